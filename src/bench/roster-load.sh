#!/usr/bin/env bash
# Roster import benchmark (issue 4): a 100,000-row roster as CSV and as XLSX, dry run and commit through the API,
# in the packaged app started with -Xmx512m. Reports wall time per step, the peak heap seen by the GC, and the RSS.
#
#   src/bench/roster-load.sh [rows]        (default 100000; SKIP_BUILD=1 reuses target/quarkus-app)
#
# Fresh database `academy_roster_bench`, stand-in OIDC provider (src/bench/mock_oidc.py) on 8191, the app on 8091.
# Results: target/bench/roster-summary.txt. Targets (2-core machine): dry run < 10 s, commit < 30 s, heap < 512 MB.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROWS=${1:-100000}
APP_PORT=8091
MGMT_PORT=9091
OIDC_PORT=8191
OUT=target/bench
mkdir -p "$OUT"
PSQL="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q"
[ -f target/quarkus-app/quarkus-run.jar ] && [ "${SKIP_BUILD:-}" = 1 ] || ./mvnw -q package -DskipTests

for port in "$APP_PORT" "$MGMT_PORT" "$OIDC_PORT"; do
  if curl -s -o /dev/null "http://127.0.0.1:$port/"; then echo "port $port is busy: stop what runs there first" >&2; exit 1; fi
done
$PSQL -d postgres -tc "select 1 from pg_database where datname = 'academy_roster_bench'" | grep -q 1 \
  || $PSQL -d postgres -c "create database academy_roster_bench"
$PSQL -d academy_roster_bench -c "drop schema if exists public cascade; create schema public"

echo "generating $ROWS rows…"
java -cp "target/quarkus-app/lib/main/*" src/bench/RosterGen.java "$ROWS" "$OUT/roster"
csv_bytes=$(stat -c %s "$OUT/roster/roster.csv"); xlsx_bytes=$(stat -c %s "$OUT/roster/roster.xlsx")

cleanup() { kill "${APP_PID:-}" "${OIDC_PID:-}" "${RSS_PID:-}" 2>/dev/null || true; }
trap cleanup EXIT
python3 src/bench/mock_oidc.py "$OIDC_PORT" "$OUT" & OIDC_PID=$!
until curl -sf "http://127.0.0.1:$OIDC_PORT/.well-known/openid-configuration" >/dev/null; do sleep 0.1; done
PORT=$APP_PORT ACADEMY_MANAGEMENT_PORT=$MGMT_PORT \
ACADEMY_DB_URL=jdbc:postgresql://127.0.0.1:5432/academy_roster_bench ACADEMY_DB_USER=postgres \
ACADEMY_OIDC_URL=http://127.0.0.1:$OIDC_PORT ACADEMY_OIDC_CLIENT_SECRET=bench-secret \
ACADEMY_SESSION_SECRET=bench-only-session-secret-0123456789abcdef ACADEMY_SECURE_COOKIES=false \
ACADEMY_PUBLIC_URL=http://127.0.0.1:$APP_PORT \
ACADEMY_CERT_SIGNING_KEY=$(openssl genpkey -algorithm ed25519 -outform DER | base64 -w0) \
  java -Xmx512m -XX:+UseSerialGC -Xlog:gc:file="$OUT/roster-gc.log" -jar target/quarkus-app/quarkus-run.jar > "$OUT/roster-app.log" 2>&1 & APP_PID=$!
until curl -sf "http://127.0.0.1:$MGMT_PORT/q/health/ready" >/dev/null; do
  kill -0 "$APP_PID" 2>/dev/null || { echo "the app stopped during start-up; see $OUT/roster-app.log" >&2; tail -5 "$OUT/roster-app.log" >&2; exit 1; }
  sleep 0.1
done
( peak=0; while kill -0 "$APP_PID" 2>/dev/null; do r=$(ps -o rss= -p "$APP_PID" | tr -d ' '); [ "${r:-0}" -gt "$peak" ] && peak=$r && echo "$peak" > "$OUT/roster-rss-kb"; sleep 0.2; done ) & RSS_PID=$!

BASE="http://127.0.0.1:$APP_PORT"
token() { curl -s -d grant_type=password -d client_id=gcio-academy -d "username=$1" "http://127.0.0.1:$OIDC_PORT/token" | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])'; }
ADMIN=$(token admin); MITRA=$(token mitra)
curl -sf -H "Authorization: Bearer $MITRA" "$BASE/api/v1/me" >/dev/null
curl -sf -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' -d '{"code":"BENCH","name":"Mitra bench"}' "$BASE/api/v1/partners" >/dev/null
$PSQL -d academy_roster_bench -c "insert into partner_member (partner_id, user_id, added_at) select p.id, u.id, now() from partner p, app_user u where p.code = 'BENCH' and u.subject = 'bench-mitra'"
for c in DLA-BENCH-CSV DLA-BENCH-XLSX; do
  curl -sf -H "Authorization: Bearer $MITRA" -H 'Content-Type: application/json' -d "{\"code\":\"$c\",\"name\":\"$c\",\"programme\":\"DLA\",\"year\":2026}" "$BASE/api/v1/cohorts" >/dev/null
done

step() { # name cohort file content-type query
  local t
  t=$(curl -s -o "$OUT/roster-$1.json" -w '%{http_code} %{time_total}' -H "Authorization: Bearer $MITRA" \
        -H "Content-Type: $4" -H "X-File-Name: $(basename "$3")" --data-binary "@$3" "$BASE/api/v1/cohorts/$2/imports$5")
  local counts
  counts=$(python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print("read %s, created %s, updated %s, unchanged %s, rejected %s" % (r.get("rowsRead"), r.get("created"), r.get("updated"), r.get("unchanged"), r.get("rejected")))' "$OUT/roster-$1.json" 2>/dev/null || head -c 300 "$OUT/roster-$1.json")
  printf '%-22s HTTP %s  %7.2f s   %s\n' "$1" "${t%% *}" "${t##* }" "$counts" | tee -a "$OUT/roster-summary.txt"
}
: > "$OUT/roster-summary.txt"
echo "roster benchmark: $ROWS rows; CSV $((csv_bytes / 1024)) KB, XLSX $((xlsx_bytes / 1024)) KB; app -Xmx512m SerialGC; load before: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/roster-summary.txt"
CSV_TYPE="text/csv"; XLSX_TYPE="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
step csv-dry-run-cold DLA-BENCH-CSV "$OUT/roster/roster.csv" "$CSV_TYPE" "?dryRun=true"
step csv-dry-run DLA-BENCH-CSV "$OUT/roster/roster.csv" "$CSV_TYPE" "?dryRun=true"
step csv-commit DLA-BENCH-CSV "$OUT/roster/roster.csv" "$CSV_TYPE" ""
step csv-commit-again DLA-BENCH-CSV "$OUT/roster/roster.csv" "$CSV_TYPE" ""
step xlsx-dry-run DLA-BENCH-XLSX "$OUT/roster/roster.xlsx" "$XLSX_TYPE" "?dryRun=true"
step xlsx-commit DLA-BENCH-XLSX "$OUT/roster/roster.xlsx" "$XLSX_TYPE" ""
rows_db=$($PSQL -d academy_roster_bench -tAc "select count(*) from participant")
members=$($PSQL -d academy_roster_bench -tAc "select count(*) from membership")
peak_heap=$(grep -oE '[0-9]+M->[0-9]+M\([0-9]+M\)' "$OUT/roster-gc.log" | sed 's/M->.*//' | sort -n | tail -1)
{
  echo "participants in the database: $rows_db; memberships: $members"
  echo "peak heap before a GC (from the GC log): ${peak_heap} MB of 512 MB; no OutOfMemoryError: $(grep -c OutOfMemoryError "$OUT/roster-app.log" | sed 's/^0$/yes/')"
  echo "peak RSS: $(( $(cat "$OUT/roster-rss-kb") / 1024 )) MB"
} | tee -a "$OUT/roster-summary.txt"
