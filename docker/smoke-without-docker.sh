#!/usr/bin/env bash
# GCIO Academy — run the docker-compose stack WITHOUT Docker and smoke-test it.
#
#   docker/smoke-without-docker.sh
#
# Same pieces as docker/docker-compose.yml, run as local processes:
#   * PostgreSQL: the machine's own server (127.0.0.1:5432, user postgres, trust auth); the database
#     academy_smoke is dropped and recreated on every run.
#   * Keycloak: the keycloak-quarkus-dist zip from Maven Central (fetched into target/keycloak/ if missing),
#     `kc.sh start-dev --import-realm` with docker/keycloak/gcio-academy-realm.json, on http://localhost:8180.
#     Its dev-file (H2) data is deleted first, so the realm is imported fresh, as in a new container.
#   * The app: target/quarkus-app/quarkus-run.jar (built with ./mvnw package -DskipTests if missing) in the prod
#     profile with the compose file's environment (ACADEMY_SECURE_COOKIES=false: plain HTTP), on
#     http://localhost:8080: the realm's redirect URIs allow only localhost:8080, so with another APP_PORT the
#     browser checks fail. Java 17 from PATH runs both the app and Keycloak.
#   By default everything is on localhost, so the app's OIDC URL and the issuer are the same URL.
#   KC_BACKCHANNEL_HOST=127.0.0.1 reproduces the compose file's two URLs instead: the app talks to Keycloak at
#   http://127.0.0.1:8180 (as it does to keycloak:8080 in compose) while the browser and the issuer use
#   http://localhost:8180.
#
# Checks (each prints PASS or FAIL; the script exits 1 if any failed, and non-zero too if the stack did not start):
#   a  /q/health/ready is UP on the management port (9000), and /q/health, /q/metrics answer 404 on the app's port
#   i  OIDC discovery as the app reads it (issuer, browser and backchannel endpoints)
#   e  /api/v1/me without a token -> 401 problem JSON, no login redirect
#   f  the catalogue / links every course in content/courses (synced at start)
#   d  browser code flow with a cookie jar as peserta: /masuk -> Keycloak login form -> back -> /profil shows
#      Siti Rahmawati; the first login creates the app_user row; /belajar ("Pembelajaran saya") answers 200
#   g  the profile form: 400 without its CSRF token, 303 /belajar with it; the profile is stored
#   h  logout: GET /keluar asks first, a POST from another site is refused, the form's POST -> Keycloak end-session ->
#      back to /; the next /belajar meets Keycloak's login form
#   j  a session cookie the app cannot read is deleted and /masuk then goes to Keycloak (no redirect loop)
#   k  with X-Forwarded-Proto https (a trusted proxy ending HTTPS), the login's redirect_uri is https
#   l  after the access token expired (lifespan cut to 10 s via the admin API), a page still answers 200: the app
#      refreshed the tokens with the session's refresh token and renewed the session cookie
#   n  the ID token carries the realm roles too (realm_access.roles), for ACADEMY_OIDC_ROLES_SOURCE=idtoken
#   b  password-grant token for peserta, pelatih, mitra, admin (password demo) -> /api/v1/me 200 with the role;
#      the token's iss, aud (gcio-academy) and realm_access.roles are as docker/README.md says
#   c  client credentials of gcio-academy-mitra-demo -> /api/v1/me 200 with role mitra
#   m  a client added through the admin API (service account with realm role admin, no audience mapper): its token
#      -> /api/v1/me 401, because the API takes only tokens whose audience is gcio-academy
# Both servers are stopped on exit (trap); logs and fetched pages stay in target/smoke-without-docker/.
#
# Environment overrides: KC_VERSION (default 26.0.8, the compose file's image), KC_JAVA_HOME (JDK for Keycloak;
# default: the java on PATH), KC_BACKCHANNEL_HOST, APP_PORT, KC_PORT, PGHOST, PGPORT, PGUSER, SMOKE_DB,
# READY_TIMEOUT (seconds per server, default 180). The app inherits the environment, so e.g.
# ACADEMY_OIDC_ROLES_SOURCE=idtoken ACADEMY_OIDC_SESSION_TOKENS=id-refresh-tokens runs every check with roles read from
# the ID token and no access token in the session cookie.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
KC_VERSION=${KC_VERSION:-26.0.8}
KC_PORT=${KC_PORT:-8180}
APP_PORT=${APP_PORT:-8080}
MGMT_PORT=${MGMT_PORT:-9000}   # the app's management interface: health and metrics
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
SMOKE_DB=${SMOKE_DB:-academy_smoke}
READY_TIMEOUT=${READY_TIMEOUT:-180}
# Host name the app uses for Keycloak (ACADEMY_OIDC_URL). localhost: one URL for everything. 127.0.0.1: the compose
# split (app -> keycloak:8080, browser and issuer -> localhost:8180), a second name for the same server.
KC_BACKCHANNEL_HOST=${KC_BACKCHANNEL_HOST:-localhost}

KC_URL="http://localhost:${KC_PORT}"
REALM_URL="${KC_URL}/realms/gcio-academy"      # the browser's URL and the issuer ("iss")
OIDC_URL="http://${KC_BACKCHANNEL_HOST}:${KC_PORT}/realms/gcio-academy"   # the app's ACADEMY_OIDC_URL
APP_URL="http://localhost:${APP_PORT}"
MGMT_URL="http://localhost:${MGMT_PORT}"
KC_BASE="$ROOT/target/keycloak"
KC_HOME="$KC_BASE/keycloak-${KC_VERSION}"
APP_DIR="$ROOT/target/quarkus-app"
WORK="$ROOT/target/smoke-without-docker"
APP_SECRET=change-me-academy-secret
MITRA_SECRET=change-me-mitra-secret

for tool in curl jq psql unzip java ss; do
    command -v "$tool" >/dev/null || { echo "missing tool: $tool" >&2; exit 2; }
done

# ------------------------------------------------------------------ ports must be free
for port in "$KC_PORT" "$APP_PORT" "$MGMT_PORT"; do
    if ss -ltnH "sport = :$port" | grep -q .; then
        echo "port $port is already in use:" >&2
        ss -ltnp "sport = :$port" >&2
        exit 2
    fi
done

mkdir -p "$WORK"

# ------------------------------------------------------------------ Keycloak distribution
if [[ ! -x "$KC_HOME/bin/kc.sh" ]]; then
    zip="$KC_BASE/keycloak-quarkus-dist-${KC_VERSION}.zip"
    if [[ ! -f "$zip" ]]; then
        echo "== fetching keycloak-quarkus-dist ${KC_VERSION} from Maven Central"
        (cd "$ROOT" && ./mvnw -q dependency:copy \
            "-Dartifact=org.keycloak:keycloak-quarkus-dist:${KC_VERSION}:zip" "-DoutputDirectory=$KC_BASE")
    fi
    echo "== unpacking $zip"
    unzip -q -o "$zip" -d "$KC_BASE"
fi
mkdir -p "$KC_HOME/data/import"
rm -rf "$KC_HOME/data/h2" "$KC_HOME/data/import/"*
cp "$ROOT/docker/keycloak/gcio-academy-realm.json" "$KC_HOME/data/import/"

# ------------------------------------------------------------------ the app
if [[ ! -f "$APP_DIR/quarkus-run.jar" ]]; then
    echo "== building the app (./mvnw -q package -DskipTests)"
    (cd "$ROOT" && ./mvnw -q package -DskipTests)
fi

# ------------------------------------------------------------------ database
echo "== recreating database $SMOKE_DB on $PGHOST:$PGPORT"
psql -q -v ON_ERROR_STOP=1 -d postgres -c "drop database if exists $SMOKE_DB with (force)"
psql -q -v ON_ERROR_STOP=1 -d postgres -c "create database $SMOKE_DB"

# ------------------------------------------------------------------ start / stop
KC_PID=""
APP_PID=""
stop_group() { # $1 = pid of a process-group leader started with setsid
    local pid=$1
    [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || return 0
    kill -TERM -- "-$pid" 2>/dev/null || true
    for _ in $(seq 1 30); do
        kill -0 "$pid" 2>/dev/null || return 0
        sleep 1
    done
    kill -KILL -- "-$pid" 2>/dev/null || true
}
cleanup() {
    local rc=$?
    echo "== stopping the app and Keycloak"
    stop_group "$APP_PID"
    stop_group "$KC_PID"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

wait_ready() { # $1 name, $2 pid, $3 url, $4 jq filter the body must satisfy
    local name=$1 pid=$2 url=$3 filter=$4 deadline=$((SECONDS + READY_TIMEOUT))
    while ((SECONDS < deadline)); do
        if ! kill -0 "$pid" 2>/dev/null; then
            echo "$name exited before it was ready; last log lines:" >&2
            return 1
        fi
        if curl -fsS --max-time 5 "$url" 2>/dev/null | jq -e "$filter" >/dev/null 2>&1; then
            return 0
        fi
        sleep 1
    done
    echo "$name not ready after ${READY_TIMEOUT}s" >&2
    return 1
}

echo "== starting Keycloak ${KC_VERSION} on $KC_URL (log: $WORK/keycloak.log)"
kc_start=$(now)
(
    unset JAVA_OPTS
    [[ -n "${KC_JAVA_HOME:-}" ]] && export JAVA_HOME="$KC_JAVA_HOME"
    export KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin
    export KC_HOSTNAME="$KC_URL" KC_HOSTNAME_BACKCHANNEL_DYNAMIC=true
    exec setsid "$KC_HOME/bin/kc.sh" start-dev --import-realm --http-host=127.0.0.1 --http-port="$KC_PORT"
) >"$WORK/keycloak.log" 2>&1 &
KC_PID=$!
if ! wait_ready Keycloak "$KC_PID" "$REALM_URL/.well-known/openid-configuration" \
        ".issuer == \"$REALM_URL\""; then
    tail -30 "$WORK/keycloak.log" >&2
    exit 1
fi
KC_READY=$(elapsed "$kc_start")
echo "   Keycloak ready in ${KC_READY}s ($(grep -o 'Keycloak [0-9.]* on JVM' "$WORK/keycloak.log" | head -1), java: $("${KC_JAVA_HOME:-${JAVA_HOME:-/usr}}/bin/java" -version 2>&1 | head -1))"

echo "== starting the app (prod profile) on $APP_URL (log: $WORK/app.log)"
app_start=$(now)
(
    export ACADEMY_DB_URL="jdbc:postgresql://${PGHOST}:${PGPORT}/${SMOKE_DB}"
    export ACADEMY_DB_USER="$PGUSER" ACADEMY_DB_PASSWORD=""
    export ACADEMY_OIDC_URL="$OIDC_URL" ACADEMY_OIDC_ISSUER="$REALM_URL"
    export ACADEMY_OIDC_CLIENT_ID=gcio-academy ACADEMY_OIDC_CLIENT_SECRET="$APP_SECRET"
    export ACADEMY_SESSION_SECRET=dev-only-session-secret-change-me-0123456789
    export ACADEMY_CSRF_SECRET=dev-only-csrf-secret-change-me-0123456789abc
    export ACADEMY_CERT_SIGNING_KEY=MC4CAQAwBQYDK2VwBCIEIL/JQHjqjwRJ5E84khrsl65ZQbZ33OaQAgtXD2yrfoYe
    export ACADEMY_CONTENT_DIR="$ROOT/content" ACADEMY_PUBLIC_URL="$APP_URL"
    export ACADEMY_SECURE_COOKIES=false      # plain HTTP on localhost
    export ACADEMY_MANAGEMENT_PORT="$MGMT_PORT"
    export QUARKUS_OIDC_CONNECTION_DELAY=90S
    # Heap as in compose (mem_limit 1g x MaxRAMPercentage 62.5).
    exec setsid java -Xmx640m -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$APP_PORT" \
        -Djava.util.logging.manager=org.jboss.logmanager.LogManager -jar "$APP_DIR/quarkus-run.jar"
) >"$WORK/app.log" 2>&1 &
APP_PID=$!
if ! wait_ready app "$APP_PID" "$MGMT_URL/q/health/ready" '.status == "UP"'; then
    tail -30 "$WORK/app.log" >&2
    exit 1
fi
APP_READY=$(elapsed "$app_start")
echo "   app ready in ${APP_READY}s"

# ------------------------------------------------------------------ checks
sql() { psql -XAtq -d "$SMOKE_DB" -c "$1"; }
app_curl() { curl "$@"; }
source "$ROOT/docker/smoke-checks.sh"
echo "== Keycloak ${KC_VERSION} ready in ${KC_READY}s, app ready in ${APP_READY}s"
echo "== $PASSED passed, $FAILED failed"
((FAILED == 0))
