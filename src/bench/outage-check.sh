#!/usr/bin/env bash
# A database outage under the packaged app, as readers see it (not a benchmark: a check the tests cannot make, since
# they share one PostgreSQL server with everything else).
#
#   src/bench/outage-check.sh        (SKIP_BUILD=1 reuses target/quarkus-app)
#
# Starts the app as src/bench/load.sh does, but on a private PostgreSQL cluster (PG=private, port 5433) that it then
# stops and starts again. Checks, and exits 1 if one fails:
#   1. with the database down: readiness 503; a signed-in reader's pages 503 with Retry-After and the plain "try again"
#      page (before: a bare server error from the error page's own layout, which reads the reader's name); the
#      anonymous catalogue and course page, opened just before, still 200 from the content cache (30 s);
#   2. with the database back: the same pages 200 again, without restarting the app.
set -uo pipefail
cd "$(dirname "$0")/../.."
export PG=private
source src/bench/common.sh   # APP_PORT, MGMT, OUT, BASE, PG_BIN, PRIVATE_PG_DIR, bench_prepare, bench_start

bench_prepare > /dev/null
bench_start "$OUT/app-outage.log"
JAR="$OUT/cookies-outage.txt"; rm -f "$JAR"
curl -s -L -c "$JAR" -b "$JAR" -o /dev/null "$BASE/masuk"
status=0
check() { # name, want, got
  if [ "$2" = "$3" ]; then echo "  ok    $1: $3"; else echo "  FAIL  $1: $3 (want $2)"; status=1; fi
}
code() { curl -s -o "$OUT/outage-body.txt" -D "$OUT/outage-head.txt" -w '%{http_code}' "$@"; }

echo "database up"
check "signed-in /belajar" 200 "$(code -b "$JAR" "$BASE/belajar")"
check "readiness" 200 "$(code "$MGMT/q/health/ready")"
check "anonymous catalogue" 200 "$(code "$BASE/")"
check "anonymous course page" 200 "$(code "$BASE/kursus/transformasi-digital")"

runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PRIVATE_PG_DIR/data" -m fast -w stop > /dev/null
echo "database stopped"
check "readiness" 503 "$(code "$MGMT/q/health/ready")"
for p in /belajar /kursus/transformasi-digital; do
  check "signed-in $p" 503 "$(code -b "$JAR" "$BASE$p")"
  check "  Retry-After" 15 "$(grep -i '^retry-after:' "$OUT/outage-head.txt" | tr -dc '0-9')"
  check "  the try-again page" yes "$(grep -q 'tidak dapat mengakses datanya' "$OUT/outage-body.txt" && echo yes)"
done
check "anonymous catalogue" 200 "$(code "$BASE/")"
check "anonymous course page" 200 "$(code "$BASE/kursus/transformasi-digital")"

runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PRIVATE_PG_DIR/data" -l "$PRIVATE_PG_DIR/server.log" -w start > /dev/null
echo "database started again"
for i in $(seq 100); do [ "$(code "$MGMT/q/health/ready")" = 200 ] && break; sleep 0.1; done
check "readiness" 200 "$(code "$MGMT/q/health/ready")"
check "signed-in /belajar" 200 "$(code -b "$JAR" "$BASE/belajar")"
echo "log lines about the outage: $(grep -c 'Database unavailable' "$OUT/app-outage.log") warnings, $(grep -c ' ERROR ' "$OUT/app-outage.log") errors"
[ $status = 0 ] && echo PASS || echo FAIL
exit $status
