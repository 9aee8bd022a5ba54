#!/usr/bin/env bash
# GCIO Academy — the smoke checks, shared by docker/smoke-without-docker.sh (local processes) and
# docker/smoke-compose.sh (the compose stack). Sourced, not run: the caller has started the stack and set
#   ROOT WORK                      the repository and a folder for fetched pages
#   APP_URL APP_PORT               the app as the browser reaches it (the realm allows only localhost:8080)
#   MGMT_URL MGMT_PORT             the app's management interface (health, metrics)
#   KC_URL REALM_URL               Keycloak and the realm as the browser reaches them (REALM_URL is also the issuer)
#   OIDC_URL                       the realm as the app reaches it (ACADEMY_OIDC_URL)
#   APP_SECRET MITRA_SECRET        the two clients' secrets
#   sql "<query>"                  runs a query on the app's database and prints the rows (psql -XAtq)
#   app_curl <curl arguments>      curl from where the app runs (the compose network, or this machine)
# It counts PASSED and FAILED; each check prints PASS or FAIL with what it saw.
# (The checks themselves are listed at the top of docker/smoke-without-docker.sh.)

# ------------------------------------------------------------------ checks
FAILED=0
PASSED=0
pass() { echo "PASS  $*"; PASSED=$((PASSED + 1)); }
fail() { echo "FAIL  $*"; FAILED=$((FAILED + 1)); }
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
disc=$(app_curl -sS "$OIDC_URL/.well-known/openid-configuration") || true
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

