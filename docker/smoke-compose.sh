#!/usr/bin/env bash
# GCIO Academy — `docker compose up` the stack of docker/docker-compose.yml and smoke-test it.
#
#   docker/smoke-compose.sh
#
# 1. Builds the jar if target/quarkus-app is missing (./mvnw -q package -DskipTests).
# 2. Runs `docker compose -f docker/docker-compose.yml up -d --build` under its own project name (gcio-academy-smoke),
#    so a stack you run yourself (project gcio-academy) and its data volume are never touched.
# 3. Waits until Keycloak serves the realm and the app's container is healthy (its Dockerfile HEALTHCHECK).
# 4. Runs docker/smoke-checks.sh: the checks a-n of docker/smoke-without-docker.sh (readiness, discovery, the API's
#    401, the catalogue, the browser login as each demo user, CSRF, logout, token refresh, ...), here against the
#    containers: the database is queried with `docker compose exec postgres psql`, the app's view of Keycloak is
#    fetched from inside the app's container, and the management port (not published) at the container's address.
# 5. Takes the stack down with its volume on exit (KEEP=1 leaves it running).
#
# Images. Where Docker Hub and quay.io answer, the compose file's own images are used. Where they cannot be pulled
# (no registry, as on this project's build machines), STANDINS=auto (the default) builds stand-ins from Debian's
# packages and Maven Central and overlays them with docker/standins/compose.standins.yml:
#   postgres:16                   -> Debian 12's PostgreSQL 15 with an entrypoint doing the official one's setup
#   quay.io/keycloak/keycloak     -> the same Keycloak release from the keycloak-quarkus-dist zip, on Debian's JRE 17
#   axllent/mailpit               -> an SMTP sink that logs each message (no web inbox)
#   eclipse-temurin:17-jre        -> Debian 12's OpenJDK 17 and curl (the app image's base, via its JRE_IMAGE argument)
# Their base is debian:bookworm-slim, or where that cannot be pulled either, a Debian 12 root file system made with
# debootstrap (needs root and the debootstrap package). STANDINS=1 always builds them, STANDINS=0 never does.
#
# Needs: docker with the compose plugin (v2) and a running daemon, curl, jq, unzip, ss.
# Environment: KC_VERSION (26.0.8, the compose file's Keycloak), READY_TIMEOUT (seconds, default 300), KEEP, STANDINS.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
KC_VERSION=${KC_VERSION:-26.0.8}
READY_TIMEOUT=${READY_TIMEOUT:-300}
STANDINS=${STANDINS:-auto}
PROJECT=gcio-academy-smoke
WORK="$ROOT/target/smoke-compose"
APP_PORT=8080 KC_PORT=8180 MGMT_PORT=9000
APP_URL="http://localhost:$APP_PORT"
KC_URL="http://localhost:$KC_PORT"
REALM_URL="$KC_URL/realms/gcio-academy"          # the browser's URL and the issuer (KC_HOSTNAME in the compose file)
OIDC_URL="http://keycloak:8080/realms/gcio-academy" # the app's ACADEMY_OIDC_URL inside the compose network
APP_SECRET=change-me-academy-secret
MITRA_SECRET=change-me-mitra-secret

for tool in docker curl jq unzip ss; do
    command -v "$tool" >/dev/null || { echo "missing tool: $tool" >&2; exit 2; }
done
docker compose version >/dev/null 2>&1 || { echo "docker compose (v2 plugin) is missing" >&2; exit 2; }
docker info >/dev/null 2>&1 || { echo "no Docker daemon answers (docker info)" >&2; exit 2; }
for port in "$APP_PORT" "$KC_PORT" 8025; do
    if ss -ltnH "sport = :$port" | grep -q .; then
        echo "port $port is already in use:" >&2
        ss -ltnp "sport = :$port" >&2
        exit 2
    fi
done
mkdir -p "$WORK"

FILES=(-f "$ROOT/docker/docker-compose.yml")
compose() { docker compose -p "$PROJECT" "${FILES[@]}" "$@"; }

# ------------------------------------------------------------------ images
pullable() { docker image inspect "$1" >/dev/null 2>&1 || docker pull -q "$1" >/dev/null 2>&1; }
if [[ "$STANDINS" == auto ]]; then
    STANDINS=0
    for image in postgres:16 "quay.io/keycloak/keycloak:$KC_VERSION" axllent/mailpit:v1.21 eclipse-temurin:17-jre; do
        pullable "$image" || { echo "== $image cannot be pulled: using stand-in images"; STANDINS=1; break; }
    done
fi
if [[ "$STANDINS" == 1 ]]; then
    base=debian:bookworm-slim
    if ! pullable "$base"; then
        base=gcio-standin/debian:bookworm
        if ! docker image inspect "$base" >/dev/null 2>&1; then
            command -v debootstrap >/dev/null || { echo "neither $base nor debootstrap to make it" >&2; exit 2; }
            echo "== making $base with debootstrap (minbase)"
            rootfs="$WORK/rootfs"
            rm -rf "$rootfs"
            debootstrap --variant=minbase bookworm "$rootfs" http://deb.debian.org/debian >"$WORK/debootstrap.log" 2>&1 \
                || { tail -20 "$WORK/debootstrap.log" >&2; exit 1; }
            tar -C "$rootfs" -c . | docker import - "$base" >/dev/null
            rm -rf "$rootfs"
        fi
    fi
    kc_zip="$ROOT/target/keycloak/keycloak-quarkus-dist-${KC_VERSION}.zip"
    if [[ ! -f "$kc_zip" ]]; then
        echo "== fetching keycloak-quarkus-dist ${KC_VERSION} from Maven Central"
        (cd "$ROOT" && ./mvnw -q dependency:copy \
            "-Dartifact=org.keycloak:keycloak-quarkus-dist:${KC_VERSION}:zip" "-DoutputDirectory=$ROOT/target/keycloak")
    fi
    kc_context="$WORK/keycloak-image"
    rm -rf "$kc_context" && mkdir -p "$kc_context"
    unzip -q "$kc_zip" -d "$kc_context" && mv "$kc_context/keycloak-$KC_VERSION" "$kc_context/keycloak"
    echo "== building stand-in images on $base (log: $WORK/standins.log)"
    standins="$ROOT/docker/standins"
    {
        docker build -t gcio-standin/jre:17 --build-arg "BASE=$base" -f "$standins/Dockerfile.jre" "$standins"
        docker build -t gcio-standin/postgres:15 --build-arg "BASE=$base" -f "$standins/Dockerfile.postgres" "$standins"
        docker build -t gcio-standin/mailsink:1 --build-arg "BASE=$base" -f "$standins/Dockerfile.mailpit" "$standins"
        docker build -t "gcio-standin/keycloak:$KC_VERSION" -f "$standins/Dockerfile.keycloak" "$kc_context"
    } >"$WORK/standins.log" 2>&1 || { tail -30 "$WORK/standins.log" >&2; exit 1; }
    rm -rf "$kc_context"
    FILES+=(-f "$ROOT/docker/standins/compose.standins.yml")
fi

# ------------------------------------------------------------------ the stack
if [[ ! -f "$ROOT/target/quarkus-app/quarkus-run.jar" ]]; then
    echo "== building the app (./mvnw -q package -DskipTests)"
    (cd "$ROOT" && ./mvnw -q package -DskipTests)
fi

cleanup() {
    local rc=$?
    compose logs --no-color >"$WORK/compose.log" 2>&1 || true
    if [[ "${KEEP:-}" == 1 ]]; then
        echo "== KEEP=1: the stack keeps running (docker compose -p $PROJECT ${FILES[*]} down -v to remove it)"
    else
        echo "== taking the stack down (logs: $WORK/compose.log)"
        compose down -v --remove-orphans >/dev/null 2>&1 || true
    fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

compose down -v --remove-orphans >/dev/null 2>&1 || true   # a fresh volume, as on a first start
echo "== docker compose up -d --build (project $PROJECT)"
up_start=$(date +%s.%N)
compose up -d --build >"$WORK/up.log" 2>&1 || { tail -30 "$WORK/up.log" >&2; exit 1; }

state() { docker inspect -f '{{if .State.Health}}{{.State.Health.Status}}{{else}}{{.State.Status}}{{end}}' "$1"; }
app_container=$(compose ps -q app)
mgmt_url() { echo "http://$(docker inspect -f '{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}' "$app_container"):$MGMT_PORT"; }
app_ready() { curl -fsS --max-time 5 "$(mgmt_url)/q/health/ready" 2>/dev/null | jq -e '.status == "UP"' >/dev/null 2>&1; }
deadline=$((SECONDS + READY_TIMEOUT))
until app_ready && curl -fsS --max-time 5 "$REALM_URL/.well-known/openid-configuration" >/dev/null 2>&1; do
    if ((SECONDS > deadline)); then
        echo "not ready after ${READY_TIMEOUT}s: app $(state "$app_container"); compose ps:" >&2
        compose ps >&2
        compose logs --tail 30 app >&2
        exit 1
    fi
    sleep 1
done
UP_READY=$(awk -v a="$up_start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
echo "   the app is ready and Keycloak serves the realm ${UP_READY}s after up"
compose ps --format 'table {{.Service}}\t{{.Image}}\t{{.Status}}'

MGMT_URL=$(mgmt_url)
sql() { compose exec -T postgres psql -U academy -d academy -XAtq -c "$1"; }
app_curl() { compose exec -T app curl "$@"; }

# ------------------------------------------------------------------ checks
source "$ROOT/docker/smoke-checks.sh"

# o. the app's process in its container: uid 185, not root, and docker stop's SIGTERM reaches java: on this first run
#    of the image (no class-data archive yet) PID 1 is docker/start.sh, which passes it on and then keeps the archive;
#    java is its child and runs with -XX:ArchiveClassesAtExit (after a restart, check p: java is PID 1)
o_check() {
    local uid cmd child
    uid=$(compose exec -T app id -u) || return 1
    cmd=$(compose exec -T app cat /proc/1/cmdline | tr '\0' ' ') || return 1
    child=$(compose exec -T app sh -c 'for p in /proc/[0-9]*; do [ "$(cut -d" " -f4 $p/stat 2>/dev/null)" = 1 ] && tr "\0" " " < $p/cmdline && echo; done' \
        | grep '^java' || true)
    [[ "$uid" == 185 && "$cmd" == "sh /deployments/start.sh"* && "$child" == *-XX:ArchiveClassesAtExit=/deployments/cds/* ]] \
        || { echo "uid $uid, PID 1: $cmd, its java: ${child:-none}"; return 1; }
    echo "the app runs as uid 185; PID 1 is start.sh, its child java makes the class-data archive"
}
run_check "o  the app's container" o_check

# r. memory: the container's limit is the compose file's mem_limit (1 GiB), and the JVM sizes its heap from it
#    (MaxRAMPercentage=62.5 in the image's JAVA_OPTS: 640 MB), not from the host's memory
r_check() {
    local limit heap
    limit=$(docker inspect -f '{{.HostConfig.Memory}}' "$app_container") || return 1
    heap=$(compose exec -T app sh -c 'java $JAVA_OPTS -XX:+PrintFlagsFinal -version 2>/dev/null' \
        | awk '$2 == "MaxHeapSize" {print $4}') || return 1
    [[ "$limit" == 1073741824 && -n "$heap" ]] && ((heap > 600 * 1024 * 1024 && heap <= 640 * 1024 * 1024)) \
        || { echo "memory limit $limit bytes, the JVM's MaxHeapSize ${heap:-?} bytes"; return 1; }
    echo "memory limit 1 GiB; the JVM's heap limit $((heap / 1024 / 1024)) MB"
}
run_check "r  memory limit" r_check

# p. a restart keeps the data: after docker compose restart app, the app is ready again and the user rows are still there
p_check() {
    local before after deadline=$((SECONDS + READY_TIMEOUT))
    before=$(sql "select count(*) from app_user")
    compose restart app >/dev/null 2>&1 || { echo "docker compose restart app failed"; return 1; }
    until app_ready; do
        ((SECONDS < deadline)) || { echo "not ready after the restart"; return 1; }
        sleep 1
    done
    after=$(sql "select count(*) from app_user")
    [[ "$before" == "$after" && "$before" -gt 0 ]] || { echo "app_user rows before $before, after $after"; return 1; }
    [[ $(curl -sS -o /dev/null -w '%{http_code}' "$APP_URL/") == 200 ]] || { echo "/ after the restart"; return 1; }
    # the first run wrote its class-data archive when it stopped; now java is PID 1 and maps it
    local cmd archive
    cmd=$(compose exec -T app cat /proc/1/cmdline | tr '\0' ' ') || return 1
    archive=$(compose exec -T app sh -c 'ls /deployments/cds/academy-*.jsa') || { echo "no archive in /deployments/cds"; return 1; }
    [[ "$cmd" == java*"-XX:SharedArchiveFile=$archive"* ]] || { echo "PID 1 after the restart: $cmd (archive $archive)"; return 1; }
    echo "restarted: ready again, $after user row(s) kept, / answers 200, java is PID 1 and maps $archive"
}
run_check "p  restart keeps data" p_check

# q. Docker's view: the image's HEALTHCHECK (every 30 s) marks the app's container healthy
q_check() {
    local deadline=$((SECONDS + 120))
    until [[ $(state "$app_container") == healthy ]]; do
        ((SECONDS < deadline)) || { echo "the container is $(state "$app_container") after 120 s"; return 1; }
        sleep 2
    done
    echo "docker reports the app's container healthy"
}
run_check "q  HEALTHCHECK" q_check

echo "== stack ready in ${UP_READY}s after up; images: $( ((STANDINS == 1)) && echo stand-ins || echo public)"
echo "== $PASSED passed, $FAILED failed"
((FAILED == 0))
