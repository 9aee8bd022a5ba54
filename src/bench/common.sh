# Shared start-up of the benchmarks (sourced by load.sh and quiz-load.sh, not run by itself).
#
# bench_prepare   wrk present, jar built (SKIP_BUILD=1 reuses it), ports 8090/8190 free, fresh academy_bench database
# bench_start     the stand-in OIDC provider (src/bench/mock_oidc.py) and the app in the prod profile
#                 (through docker/start.sh, as the image starts it; BENCH_CDS_DIR: where it keeps its class-data
#                 archive, unset: none)
# bench_start_app the app alone (again), e.g. to time a restart on the same database
# bench_cleanup   stops what bench_start started (installed as the EXIT trap by bench_prepare)
#
# The database server: 127.0.0.1:${DB_PORT:-5432} as user postgres (trust auth). With PG=private, a throwaway
# PostgreSQL 15 cluster on port 5433 in /tmp/academy-bench-pg is used instead (initdb on first use, pg_stat_statements
# loaded), so a benchmark may restart or inspect it without touching the shared server other people's tests use.
# Extra environment for the app: APP_ENV="NAME=value NAME=value"; JVM options: JAVA_OPTS. The app runs on the java first
# on the PATH: PATH=/usr/lib/jvm/temurin-25-jdk-amd64/bin:$PATH measures it on Java 25 (with its AOT cache, see
# docker/start.sh).

APP_PORT=8090
MGMT_PORT=9090   # the management interface: health and metrics
OIDC_PORT=8190
OUT=target/bench
BASE="http://127.0.0.1:$APP_PORT"
MGMT="http://127.0.0.1:$MGMT_PORT"
PG=${PG:-shared}
PG_VERSION=${PG_VERSION:-$(ls /etc/postgresql 2>/dev/null | sort -V | tail -1)}
PG_VERSION=${PG_VERSION:-15}
PG_BIN=/usr/lib/postgresql/$PG_VERSION/bin
PRIVATE_PG_DIR=${PRIVATE_PG_DIR:-/tmp/academy-bench-pg}
if [ "$PG" = private ]; then DB_PORT=${DB_PORT:-5433}; else DB_PORT=${DB_PORT:-5432}; fi
PSQL="psql -h 127.0.0.1 -p $DB_PORT -U postgres -v ON_ERROR_STOP=1 -q"
BENCH_PIDS=()
# JVM options every benchmark's app gets whatever its heap; the image's JAVA_OPTS has the same (docker/Dockerfile).
# - io.netty.allocator.cacheTrimInterval=64: Vert.x's buffer pool keeps a cache per thread that writes responses; without
#   a trim, direct memory grew with the worker threads (69-71 MB, and past 128 MB in a long run once pages got faster;
#   session 13). With it: 27-28 MB at the same CPU per page; 128 MB leaves room to spare.
# - MaxNodeLimit=24000 (C2's default 80,000): the JIT's large compilations of page code held 50-100 MB of native memory
#   for tens of seconds while pages warmed up (a C1-only run had none of it); capped, C2 gives up on the few largest
#   compilation units, which stay C1-compiled. Pages' CPU unchanged within this machine's noise (session 16).
# - TrimNativeHeapInterval=1000 (experimental in Java 17, a product option from 21): the JVM gives memory that glibc's
#   malloc holds free back to the system every second, e.g. the JIT's arenas after a compilation.
# - MetaspaceSize=96m: the default 21 MB threshold made three full collections (~130 ms) during start-up.
APP_JVM_NONHEAP="-Xss512k -XX:ReservedCodeCacheSize=64m -XX:MetaspaceSize=96m -XX:MaxMetaspaceSize=128m -XX:MaxDirectMemorySize=128m -XX:MaxNodeLimit=24000 -XX:+UnlockExperimentalVMOptions -XX:TrimNativeHeapInterval=1000 -Dio.netty.allocator.cacheTrimInterval=64"
APP_JAVA_OPTS="-Xmx160m -XX:+UseParallelGC -XX:ParallelGCThreads=2 $APP_JVM_NONHEAP"
mkdir -p "$OUT"

bench_cleanup() {
  local pid i
  for pid in "${BENCH_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  # an app that ran out of heap may ignore SIGTERM and keep burning CPU: give it 10 s, then kill it
  for pid in "${BENCH_PIDS[@]}"; do
    for i in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  done
  if [ "$PG" = private ] && [ "${PRIVATE_PG_KEEP:-}" != 1 ] && [ -f "$PRIVATE_PG_DIR/data/postmaster.pid" ]; then
    runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PRIVATE_PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
}

# starts (and on first use creates) the private cluster on $DB_PORT; its settings are the server defaults otherwise
bench_private_pg() {
  local data=$PRIVATE_PG_DIR/data
  if [ ! -f "$data/PG_VERSION" ]; then
    mkdir -p "$PRIVATE_PG_DIR" && chown postgres "$PRIVATE_PG_DIR"
    runuser -u postgres -- "$PG_BIN/initdb" -D "$data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    cat >> "$data/postgresql.conf" <<EOF
port = $DB_PORT
listen_addresses = '127.0.0.1'
unix_socket_directories = '$PRIVATE_PG_DIR'
shared_preload_libraries = 'pg_stat_statements'
EOF
  fi
  if ! pg_isready -q -h 127.0.0.1 -p "$DB_PORT"; then
    runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$data" -l "$PRIVATE_PG_DIR/server.log" -w start >/dev/null
  fi
}

bench_prepare() {
  command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
  [ -f target/quarkus-app/quarkus-run.jar ] && [ "${SKIP_BUILD:-}" = 1 ] || ./mvnw -q package -DskipTests
  local port
  for port in "$APP_PORT" "$MGMT_PORT" "$OIDC_PORT"; do
    if curl -s -o /dev/null "http://127.0.0.1:$port/"; then echo "port $port is busy: stop what runs there first" >&2; exit 1; fi
  done
  trap bench_cleanup EXIT
  [ "$PG" = private ] && bench_private_pg
  $PSQL -d postgres -tc "select 1 from pg_database where datname = 'academy_bench'" | grep -q 1 \
    || $PSQL -d postgres -c "create database academy_bench"
  $PSQL -d academy_bench -c "drop schema if exists public cascade; create schema public"
}

# sets OIDC_PID, OIDC_KEY (the provider's signing key, generated per run), APP_PID, ready_ms, startup_line
bench_start() {
  python3 src/bench/mock_oidc.py "$OIDC_PORT" "$OUT" & OIDC_PID=$!
  BENCH_PIDS+=("$OIDC_PID")
  until curl -sf "http://127.0.0.1:$OIDC_PORT/.well-known/openid-configuration" >/dev/null; do sleep 0.1; done
  OIDC_KEY="$OUT/oidc-key-$OIDC_PID.pem"
  bench_start_app "$@"
}

# (re)starts the app only, logging to ${1:-$OUT/app.log}; sets APP_PID, ready_ms, startup_line
bench_start_app() {
  local log=${1:-$OUT/app.log} start_ns
  start_ns=$(date +%s%N)
  # shellcheck disable=SC2086  # APP_ENV and JAVA_OPTS are word lists on purpose
  env PORT=$APP_PORT ACADEMY_MANAGEMENT_PORT=$MGMT_PORT \
    ACADEMY_DB_URL=jdbc:postgresql://127.0.0.1:$DB_PORT/academy_bench ACADEMY_DB_USER=postgres \
    ACADEMY_OIDC_URL=http://127.0.0.1:$OIDC_PORT ACADEMY_OIDC_CLIENT_SECRET=bench-secret \
    ACADEMY_SESSION_SECRET=bench-only-session-secret-0123456789abcdef ACADEMY_SECURE_COOKIES=false \
    ACADEMY_BENCH_ENABLED=true ACADEMY_PUBLIC_URL=$BASE \
    ACADEMY_CERT_SIGNING_KEY=$(openssl genpkey -algorithm ed25519 -outform DER | base64 -w0) ${APP_ENV:-} \
    MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2} JAVA_OPTS="${JAVA_OPTS:-$APP_JAVA_OPTS}" \
    ACADEMY_HOME=target/quarkus-app ACADEMY_CDS_DIR="${BENCH_CDS_DIR:-}" sh docker/start.sh > "$log" 2>&1 & APP_PID=$!
  BENCH_PIDS+=("$APP_PID")
  until curl -sf "$MGMT/q/health/ready" >/dev/null; do
    kill -0 "$APP_PID" 2>/dev/null || { echo "the app stopped during start-up; see $log" >&2; tail -20 "$log" >&2; exit 1; }
    sleep 0.05
  done
  ready_ms=$(( ($(date +%s%N) - start_ns) / 1000000 ))
  startup_line=$(grep -o "started in [0-9.]*s" "$log" | head -1)
}

# CPU seconds (user + system) a process has used so far
cpu_seconds() { awk -v hz="$(getconf CLK_TCK)" '{printf "%.2f", ($14 + $15) / hz}' "/proc/$1/stat" 2>/dev/null || echo 0; }
