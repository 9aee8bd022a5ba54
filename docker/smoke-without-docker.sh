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
    # Heap as in compose (mem_limit 1g x MaxRAMPercentage 75).
    exec setsid java -Xmx768m -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$APP_PORT" \
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
FAILED=0
PASSED=0
pass() { echo "PASS  $*"; PASSED=$((PASSED + 1)); }
fail() { echo "FAIL  $*"; FAILED=$((FAILED + 1)); }
sql() { psql -XAtq -d "$SMOKE_DB" -c "$1"; }
run_check() { # $1 label, $2 a function that prints what it saw and fails if the check failed
    local msg
    if msg=$("$2" 2>&1); then pass "$1: $msg"; else fail "$1: $msg"; fi
}

# a. readiness (UP, with the database check) on the management port; health and metrics not on the app's port
body=$(curl -sS "$MGMT_URL/q/health/ready") || true
public="$(curl -sS -o /dev/null -w '%{http_code}' "$APP_URL/q/health/ready") $(curl -sS -o /dev/null -w '%{http_code}' "$APP_URL/q/metrics") " || true
metrics=$(curl -sS -o /dev/null -w '%{http_code}' "$MGMT_URL/q/metrics") || true
if jq -e '.status == "UP" and (.checks | length > 0)' <<<"$body" >/dev/null && [[ "$public" == "404 404 " && "$metrics" == 200 ]]; then
    pass "a  :$MGMT_PORT/q/health/ready is UP ($(jq -r '[.checks[] | .name + "=" + .status] | join(", ")' <<<"$body")), :$MGMT_PORT/q/metrics 200; on :$APP_PORT both 404"
else
    fail "a  :$MGMT_PORT/q/health/ready: $body; :$MGMT_PORT/q/metrics $metrics; on :$APP_PORT: $public(expected 404 404)"
fi

# i. OIDC discovery as the app reads it (ACADEMY_OIDC_URL): the browser's endpoints on localhost, the app's own
#    calls on ACADEMY_OIDC_URL's host, the issuer always the browser's URL (the compose file's two-URL setup)
disc=$(curl -sS "$OIDC_URL/.well-known/openid-configuration") || true
if jq -e --arg front "$REALM_URL" --arg back "$OIDC_URL" '.issuer == $front
        and (.authorization_endpoint | startswith($front + "/")) and (.end_session_endpoint | startswith($front + "/"))
        and (.token_endpoint | startswith($back + "/")) and (.jwks_uri | startswith($back + "/"))' <<<"$disc" >/dev/null; then
    pass "i  discovery at $OIDC_URL: $(jq -c '{issuer, authorization_endpoint, token_endpoint}' <<<"$disc")"
else
    fail "i  discovery at $OIDC_URL: $(jq -c '{issuer, authorization_endpoint, token_endpoint, jwks_uri}' <<<"$disc")"
fi

# e. the API without a token: 401 problem JSON with a bearer challenge, no login redirect
code_type=$(curl -sS -o "$WORK/anon.json" -D "$WORK/anon.headers" -w '%{http_code} %{content_type}' \
    "$APP_URL/api/v1/me") || true
if [[ "$code_type" == "401 application/"*json* ]] && jq -e . "$WORK/anon.json" >/dev/null 2>&1 \
        && ! grep -qi '^location:' "$WORK/anon.headers"; then
    pass "e  /api/v1/me without a token -> $code_type"
else
    fail "e  /api/v1/me without a token -> $code_type: $(head -c 300 "$WORK/anon.json")"
fi

# f. the catalogue lists every course in content/courses (synced at start in prod)
curl -sS -o "$WORK/catalog.html" -w '%{http_code}' "$APP_URL/" >"$WORK/catalog.code" || true
missing=()
total=0
for dir in "$ROOT"/content/courses/*/; do
    slug=$(basename "$dir")
    total=$((total + 1))
    grep -q "href=\"/kursus/$slug\"" "$WORK/catalog.html" || missing+=("$slug")
done
if [[ $(cat "$WORK/catalog.code") == 200 && ${#missing[@]} -eq 0 && $total -gt 0 ]]; then
    pass "f  / lists all $total courses ($(sql 'select count(*) from course') rows in table course)"
else
    fail "f  / answered $(cat "$WORK/catalog.code"), missing courses: ${missing[*]:-none} of $total"
fi

# The browser: curl with a cookie jar, one request at a time (redirects followed by hand). browse prints
# "status redirect_url" and applies cookie deletions (Max-Age=0) itself, because curl 7.88 (Debian 12) keeps a
# deleted cookie when the same response sets another cookie before it (as the app's logout and Keycloak's do).
JAR="$WORK/cookies.txt"
browse() {
    local hdr="$WORK/browse.headers" out name
    out=$(curl -sS -c "$JAR" -b "$JAR" -D "$hdr" -w '%{http_code} %{redirect_url}' "$@") || return 1
    while read -r name; do
        [[ -n "$name" ]] || continue
        awk -F'\t' -v n="$name" '$6 != n' "$JAR" >"$JAR.tmp" && mv "$JAR.tmp" "$JAR"
    done < <(tr -d '\r' <"$hdr" | grep -i '^set-cookie:' | grep -i 'max-age=0' \
        | sed -E 's/^[^:]*: *([^=;]+)=.*/\1/')
    echo "$out"
}
follow() { # $1 url, $2 body file: GET and follow up to 10 redirects; prints "status final_url"
    local url=$1 out
    for _ in $(seq 1 10); do
        out=$(browse -o "$2" "$url") || return 1
        [[ "${out%% *}" == 30? ]] || { echo "${out%% *} $url"; return 0; }
        url=${out#* }
    done
    echo "more than 10 redirects, last $url"
}
jar_has() { grep -q "	$1" "$JAR"; } # a cookie whose name starts with $1

# d. browser authorization-code flow as peserta (first login)
user_rows() { sql "select count(*) from app_user where email = 'peserta@demo.gcio-academy.id'"; }
# Signs $1 (password demo) in from an empty cookie jar: /masuk -> Keycloak's login form -> credentials posted.
# Prints the app URL Keycloak sends the browser back to (/masuk?code=...), or what went wrong (and fails).
# A protected app page ($1) sends the browser to Keycloak, which shows its login form (saved as $2).
# Prints the form's action URL, or what went wrong (and fails).
kc_login_form() {
    local out code loc action
    out=$(browse -o /dev/null "$APP_URL$1")
    code=${out%% *}
    loc=${out#* }
    [[ "$code" == 302 && "$loc" == "$REALM_URL/protocol/openid-connect/auth?"* ]] \
        || { echo "GET $1 -> ${out:0:120}"; return 1; }
    out=$(browse -o "$2" "$loc")
    action=$(grep -o '<form[^>]*id="kc-form-login"[^>]*>' "$2" \
        | grep -o 'action="[^"]*"' | head -1 | sed -e 's/^action="//' -e 's/"$//' -e 's/&amp;/\&/g')
    [[ "${out%% *}" == 200 && -n "$action" ]] || { echo "no login form at $loc ($out)"; return 1; }
    echo "$action"
}
kc_sign_in() {
    local out code loc action
    rm -f "$JAR"
    # 1.-2. a protected page -> Keycloak's authorization endpoint -> its login form
    action=$(kc_login_form /masuk "$WORK/kc-login-$1.html") || { echo "$action"; return 1; }
    # 3. post the credentials -> redirect back to the app with ?code=
    out=$(browse -o /dev/null --data-urlencode "username=$1" --data-urlencode password=demo \
        --data-urlencode credentialId= "$action")
    code=${out%% *}
    loc=${out#* }
    [[ "$code" == 302 && "$loc" == "$APP_URL/masuk?"*"code="* ]] || { echo "login POST as $1 -> $out"; return 1; }
    echo "$loc"
}

d_check() {
    local out loc before after
    before=$(user_rows)
    loc=$(kc_sign_in peserta) || { echo "$loc"; return 1; }
    # 4. the app exchanges the code, then /masuk sends a new user to /profil
    out=$(follow "$loc" "$WORK/after-login.html")
    [[ "$out" == "200 $APP_URL/profil" ]] || { echo "after login -> $out (expected 200 $APP_URL/profil)"; return 1; }
    grep -q 'Siti Rahmawati' "$WORK/after-login.html" || { echo "/profil does not show Siti Rahmawati"; return 1; }
    jar_has q_session || { echo "no q_session cookie"; return 1; }
    after=$(user_rows)
    [[ "$before" == 0 && "$after" == 1 ]] || { echo "app_user rows for peserta: before $before, after $after"; return 1; }
    # 5. "Pembelajaran saya" with the session cookie
    out=$(browse -o "$WORK/belajar.html" "$APP_URL/belajar")
    [[ "${out%% *}" == 200 ]] && grep -q 'Pembelajaran saya' "$WORK/belajar.html" \
        && grep -q 'Siti Rahmawati' "$WORK/belajar.html" || { echo "/belajar -> $out without the name"; return 1; }
    echo "GET /masuk -> Keycloak login form -> POST credentials -> /masuk?code -> /profil 200; /belajar 200;" \
        "app_user rows $before -> $after; session cookie $(awk -F'\t' '$6 ~ /^q_session/ { n += length($6) + length($7) + 2 }
        END { print n }' "$JAR") bytes per request (roles from ${ACADEMY_OIDC_ROLES_SOURCE:-accesstoken})"
}
run_check "d  browser code flow as peserta" d_check

# g. the same session completes the profile: a CSRF-protected form post in the prod profile
g_check() {
    local token out form
    token=$(grep -o 'name="csrf-token" value="[^"]*"' "$WORK/after-login.html" | sed 's/.*value="//; s/"$//')
    [[ -n "$token" ]] || { echo "no csrf-token field on /profil"; return 1; }
    form=(--data-urlencode "displayName=Siti Rahmawati" --data-urlencode email=peserta@demo.gcio-academy.id
        --data-urlencode nip=198503302010012001 --data-urlencode "opdName=Dinas Komunikasi dan Informatika"
        --data-urlencode "positionTitle=Pranata Komputer" --data-urlencode echelon=JF-AHLI)
    out=$(browse -o /dev/null "${form[@]}" "$APP_URL/profil")
    [[ "${out%% *}" == 400 ]] || { echo "POST /profil without the CSRF token -> $out (expected 400)"; return 1; }
    out=$(browse -o /dev/null "${form[@]}" --data-urlencode "csrf-token=$token" "$APP_URL/profil")
    [[ "$out" == "303 $APP_URL/belajar" ]] || { echo "POST /profil -> $out (expected 303 $APP_URL/belajar)"; return 1; }
    [[ $(sql "select count(*) from app_user where email = 'peserta@demo.gcio-academy.id'
              and nip = '198503302010012001' and profile_completed_at is not null") == 1 ]] \
        || { echo "profile not stored"; return 1; }
    out=$(browse -o /dev/null "$APP_URL/masuk")
    [[ "$out" == "303 $APP_URL/belajar" ]] || { echo "GET /masuk after completing -> $out"; return 1; }
    echo "without token 400; with token 303 /belajar, NIP stored; /masuk now -> /belajar"
}
run_check "g  profile form (CSRF) as peserta" g_check

# h. logout ends the app session and Keycloak's, and Keycloak sends the browser back to the app
h_check() {
    local out code loc
    out=$(browse -o /dev/null "$APP_URL/keluar")
    [[ "$out" == "303 $APP_URL/keluar/konfirmasi" ]] || { echo "GET /keluar -> ${out:0:200} (expected to ask first)"; return 1; }
    jar_has q_session || { echo "GET /keluar deleted the session cookie"; return 1; }
    out=$(browse -o /dev/null -X POST -H "Origin: https://evil.example" -d "" "$APP_URL/keluar")
    [[ "${out%% *}" == 403 ]] || { echo "POST /keluar from another site -> ${out:0:200} (expected 403)"; return 1; }
    out=$(browse -o /dev/null -X POST -H "Origin: $APP_URL" -d "" "$APP_URL/keluar")
    code=${out%% *}
    loc=${out#* }
    [[ "$code" == 302 && "$loc" == "$REALM_URL/protocol/openid-connect/logout?"*"post_logout_redirect_uri="* ]] \
        || { echo "POST /keluar -> ${out:0:200}"; return 1; }
    ! jar_has q_session || { echo "/keluar did not delete the session cookie"; return 1; }
    out=$(follow "$loc" "$WORK/after-logout.html")
    [[ "$out" == "200 $APP_URL/"* && "$out" != "200 $APP_URL/"[a-z]* ]] \
        || { echo "Keycloak logout -> $out (expected 200 $APP_URL/)"; return 1; }
    out=$(kc_login_form /belajar "$WORK/kc-login-again.html") \
        || { echo "after logout, Keycloak did not ask for the password again: $out"; return 1; }
    echo "GET /keluar asks first; cross-site POST 403; POST /keluar -> Keycloak logout -> ${APP_URL}/ 200; /belajar then shows Keycloak's login form again"
}
run_check "h  logout" h_check

# j. a session cookie the app cannot read (as after ACADEMY_SESSION_SECRET changed) is dropped, and signing in starts
#    afresh at Keycloak instead of looping between /masuk and /masuk
j_check() {
    local hdr="$WORK/broken-session.headers" out
    out=$(curl -sS -o /dev/null -D "$hdr" -w '%{http_code} %{redirect_url}' -H 'Cookie: q_session=garbage' \
        "$APP_URL/masuk") || return 1
    [[ "$out" == "303 $APP_URL/masuk" ]] || { echo "GET /masuk with a broken session -> $out"; return 1; }
    tr -d '\r' <"$hdr" | grep -qiE '^set-cookie: q_session=;.*max-age=0' \
        || { echo "the broken session cookie was not deleted"; return 1; }
    out=$(curl -sS -o /dev/null -w '%{http_code} %{redirect_url}' "$APP_URL/masuk") || return 1
    [[ "$out" == "302 $REALM_URL/protocol/openid-connect/auth?"* ]] \
        || { echo "GET /masuk without it -> ${out:0:120}"; return 1; }
    echo "/masuk with a broken session -> 303 /masuk deleting q_session -> then 302 to Keycloak's login"
}
run_check "j  broken session cookie" j_check

# k. behind a proxy that ends HTTPS (X-Forwarded-* from a trusted address): the login's return address is https
k_check() {
    local out
    out=$(curl -sS -o /dev/null -w '%{http_code} %{redirect_url}' -H 'X-Forwarded-Proto: https' \
        -H 'X-Forwarded-Host: akademi.example.go.id' "$APP_URL/belajar") || return 1
    [[ "$out" == "302 "*"redirect_uri=https%3A%2F%2Fakademi.example.go.id%2Fbelajar"* ]] \
        || { echo "GET /belajar via an HTTPS proxy -> ${out:0:300}"; return 1; }
    echo "GET /belajar with X-Forwarded-Proto https -> Keycloak with redirect_uri https://akademi.example.go.id/belajar"
}
run_check "k  behind an HTTPS proxy" k_check

# b. password-grant token per demo user -> /api/v1/me shows that user's role
token_for() { # extra curl data args...
    curl -sS "$REALM_URL/protocol/openid-connect/token" "$@" | jq -r '.access_token // empty'
}
jwt_claims() { # the payload of a JWT as JSON
    local p
    p=$(cut -d. -f2 <<<"$1" | tr '_-' '/+')
    while ((${#p} % 4)); do p+="="; done
    base64 -d <<<"$p"
}
me_check() { # $1 label, $2 token, $3 expected role
    local out body code
    [[ -n "$2" ]] || { fail "$1: no access token"; return; }
    # What docker/README.md promises about the tokens: issuer, audience, realm roles.
    if ! jwt_claims "$2" | jq -e --arg iss "$REALM_URL" --arg r "$3" '.iss == $iss
            and ([.aud] | flatten | index("gcio-academy") != null) and (.realm_access.roles | index($r) != null)' \
            >/dev/null 2>&1; then
        fail "$1: token claims $(jwt_claims "$2" | jq -c '{iss, aud, realm_access}' 2>&1)"
        return
    fi
    out=$(curl -sS -H "Authorization: Bearer $2" -w '\n%{http_code}' "$APP_URL/api/v1/me") || true
    code=${out##*$'\n'}
    body=${out%$'\n'*}
    if [[ "$code" == 200 ]] && jq -e --arg r "$3" '.roles | index($r) != null' <<<"$body" >/dev/null 2>&1; then
        pass "$1 -> 200 $(jq -c '{name, roles}' <<<"$body")"
    else
        fail "$1 -> $code $body"
    fi
}
for user in peserta pelatih mitra admin; do
    tok=$(token_for -d grant_type=password -d client_id=gcio-academy -d "client_secret=$APP_SECRET" \
        -d "username=$user" -d password=demo) || tok=""
    me_check "b  password grant $user: /api/v1/me" "$tok" "$user"
done

# n. the realm also puts the roles into the ID token, what ACADEMY_OIDC_ROLES_SOURCE=idtoken reads
n_check() {
    local id
    id=$(curl -sS "$REALM_URL/protocol/openid-connect/token" -d grant_type=password -d client_id=gcio-academy \
        -d "client_secret=$APP_SECRET" -d username=mitra -d password=demo -d scope=openid | jq -r '.id_token // empty')
    [[ -n "$id" ]] || { echo "no ID token"; return 1; }
    jwt_claims "$id" | jq -e '.realm_access.roles | index("mitra") != null' >/dev/null \
        || { echo "ID token claims: $(jwt_claims "$id" | jq -c '{realm_access}')"; return 1; }
    echo "the ID token of mitra carries realm_access.roles $(jwt_claims "$id" | jq -c '.realm_access.roles')"
}
run_check "n  roles in the ID token" n_check

# c. the partner's client-credentials client
tok=$(token_for -d grant_type=client_credentials -d client_id=gcio-academy-mitra-demo -d "client_secret=$MITRA_SECRET") || tok=""
me_check "c  client credentials gcio-academy-mitra-demo: /api/v1/me" "$tok" mitra

# l. a session outlives its access token: Keycloak's tokens last 5 minutes (realm default), after which the app must
#    refresh them with the refresh token in the session, not send the reader back to the login form. The lifespan is
#    cut to 10 s through Keycloak's admin API (the realm file stays as it is) so that the expiry comes within the run.
kc_admin_token() { # an access token of Keycloak's own admin (master realm) for its admin API
    curl -sS "$KC_URL/realms/master/protocol/openid-connect/token" -d grant_type=password \
        -d client_id=admin-cli -d username=admin -d password=admin | jq -r '.access_token // empty'
}
l_check() {
    local admin out code loc
    admin=$(kc_admin_token)
    [[ -n "$admin" ]] || { echo "no admin token from Keycloak's master realm"; return 1; }
    curl -sSf -X PUT -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
        -d '{"accessTokenLifespan": 10}' "$KC_URL/admin/realms/gcio-academy" \
        || { echo "could not shorten the access token lifespan"; return 1; }
    local tok life
    tok=$(token_for -d grant_type=password -d client_id=gcio-academy -d "client_secret=$APP_SECRET" \
        -d username=pelatih -d password=demo)
    life=$(jwt_claims "$tok" | jq '.exp - .iat')
    [[ "$life" == 10 ]] || { echo "tokens still live ${life} s after the change"; return 1; }
    loc=$(kc_sign_in pelatih) || { echo "$loc"; return 1; }
    out=$(follow "$loc" "$WORK/l-after-login.html")
    [[ "${out%% *}" == 200 ]] || { echo "sign-in as pelatih -> $out"; return 1; }
    local before
    session() { awk -F'\t' '$6 ~ /^q_session/ { print $7 }' "$JAR" | md5sum; } # chunked past 4 KB: q_session_chunk_N
    before=$(session)
    sleep 15
    out=$(browse -o "$WORK/l-belajar.html" "$APP_URL/belajar")
    code=${out%% *}
    [[ "$code" == 200 ]] && grep -q 'Andi Pratama' "$WORK/l-belajar.html" \
        || { echo "/belajar 15 s after the access token expired -> $out"; return 1; }
    [[ "$(session)" != "$before" ]] || { echo "the session cookie was not renewed (tokens not refreshed?)"; return 1; }
    echo "access tokens of 10 s; /belajar 15 s after sign-in -> 200 as Andi Pratama with a renewed session cookie"
}
run_check "l  token refresh" l_check

# m. a token Keycloak issued to another client of the realm is refused by the API, even when its service account holds
#    the realm role admin: the app accepts only tokens whose audience names it (quarkus.oidc.api.token.audience).
m_check() {
    local admin api="$KC_URL/admin/realms/gcio-academy" cid uid role tok code
    admin=$(kc_admin_token)
    [[ -n "$admin" ]] || { echo "no admin token from Keycloak's master realm"; return 1; }
    curl -sSf -X POST -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' "$api/clients" \
        -d '{"clientId":"andere-aplikasi","secret":"andere-secret","publicClient":false,"serviceAccountsEnabled":true,
             "standardFlowEnabled":false,"directAccessGrantsEnabled":false}' || { echo "could not add the client"; return 1; }
    cid=$(curl -sS -H "Authorization: Bearer $admin" "$api/clients?clientId=andere-aplikasi" | jq -r '.[0].id')
    uid=$(curl -sS -H "Authorization: Bearer $admin" "$api/clients/$cid/service-account-user" | jq -r '.id')
    role=$(curl -sS -H "Authorization: Bearer $admin" "$api/roles/admin")
    curl -sSf -X POST -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
        "$api/users/$uid/role-mappings/realm" -d "[$role]" || { echo "could not grant the realm role admin"; return 1; }
    tok=$(token_for -d grant_type=client_credentials -d client_id=andere-aplikasi -d client_secret=andere-secret)
    [[ -n "$tok" ]] || { echo "no token for the other client"; return 1; }
    jwt_claims "$tok" | jq -e '(.realm_access.roles | index("admin") != null)
            and ([.aud] | flatten | index("gcio-academy") == null)' >/dev/null \
        || { echo "premise not met: $(jwt_claims "$tok" | jq -c '{aud, realm_access}')"; return 1; }
    code=$(curl -sS -o "$WORK/m-me.json" -w '%{http_code}' -H "Authorization: Bearer $tok" "$APP_URL/api/v1/me")
    [[ "$code" == 401 ]] || { echo "/api/v1/me with the other client's admin token -> $code $(cat "$WORK/m-me.json")"; return 1; }
    echo "token of client andere-aplikasi (realm role admin, aud without gcio-academy) -> /api/v1/me 401"
}
run_check "m  another client's token" m_check

echo "== Keycloak ${KC_VERSION} ready in ${KC_READY}s, app ready in ${APP_READY}s"
echo "== $PASSED passed, $FAILED failed"
((FAILED == 0))
