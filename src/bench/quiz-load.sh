#!/usr/bin/env bash
# Quiz load benchmark: 1,000 learners start the same timed quiz within one minute, each saves 20 answers and submits;
# answer saves at fixed rates up to saturation; the ceiling (/bench/ceiling, one indexed query) in the same run; then
# every answer the client saw acknowledged is looked up in the database.
#
#   src/bench/quiz-load.sh            normal mode (about 5 minutes): warm-up, fixed-rate probes of the bare endpoints,
#                                     wrk on the ceiling, the cohort, save saturation steps, wrk on /api/v1/me and saves
#   src/bench/quiz-load.sh restart    warm-up and the cohort, PostgreSQL restarted RESTART_AT s into it
#
# Same start-up as load.sh (src/bench/common.sh): the jar (SKIP_BUILD=1 reuses it) in the prod profile on 8090 against
# a fresh `academy_bench` database, the stand-in OIDC provider on 8190. The driver, src/bench/QuizLoad.java (JDK only),
# signs RS256 access tokens with the provider's per-run key for users bench-l0001..., so no login flow is involved.
#
# Why the driver looks like this: arrivals are open (every request has a scheduled send time and goes out then, even
# if earlier ones have not answered), so a slow server cannot slow the load down and hide its own latency
# (coordinated omission). Latency is reported from the scheduled time and from the actual send. The cohort's own save
# rate is low (1,000 learners x 20 saves in about 70 s is ~300/s), so save capacity is shown by a separate saturation
# phase that sends saves at fixed rates (SAT_RATES) against the open attempts of a second group of learners. Failed
# requests (5xx, timeouts, connection errors) are retried with back-off like the quiz page; retries are counted.
# A learner submits at its scheduled time, but never before its own saves have settled (as the page does).
# A step whose backlog passes 3,000 requests in flight stops sending (an overloaded app with -Xmx160m otherwise runs
# out of heap), and the saturation stops at the first rate it cannot hold. The driver speaks HTTP/1.1 itself on one NIO
# thread instead of using java.net.http.HttpClient: HttpClient cost about 0.65 ms of CPU per request here, a third of
# this 2-core machine at 1,000 requests/s, which would have been taken from the app being measured. The same
# endpoints are also measured closed-loop with wrk, with the app's and PostgreSQL's CPU per request.
#
# Database: by default a private PostgreSQL cluster on port 5433 (PG=private; same version and default settings,
# created in /tmp/academy-bench-pg on first use, pg_stat_statements loaded), because the shared server on 5432 also
# carries other people's tests and benchmarks: their load skewed the figures, and restarting it would break their
# runs. PG=shared uses the shared server like load.sh, and restart mode then runs
# `pg_ctlcluster --skip-systemctl-redirect <version> main restart`.
#
# Knobs (environment): LEARNERS=1000 START_WINDOW=60 SAVE_INTERVAL=0.5 GET_DELAY=0.5 WARMUP_LEARNERS=50
# WARMUP_SECONDS=30 WARMUP_RATE=1000 PROBE_RATE=1500 PROBE_SECONDS=10 SAT_LEARNERS=300 SAT_RATES=1000,1250,1500,2000
# SAT_STEP=15 RETRIES=5 TIMEOUT=10 RESTART_AT=30 PG_STOP_MODE=fast|immediate CEILING_SECONDS=10
# CEILING_CONNECTIONS=100 JFR=1 (flight recording of the app from the cohort on, to target/bench/quiz.jfr; it costs
# CPU, so do not read latency from such a run) POOL_ENV (restart mode, see below) APP_ENV="NAME=value ..."
# JAVA_OPTS (the app's JVM) DRIVER_ARGS (extra --option value pairs for QuizLoad.java) PG=private|shared.
#
# Results: target/bench/quiz-summary.txt (tables), quiz-results.json (raw figures), quiz-acked.csv (every acknowledged
# save), quiz-timeline.csv (answers and failures per second), quiz-gc.log, app.log. Traffic stays on 127.0.0.1; it
# stops by itself and stops what it started.
set -euo pipefail
cd "$(dirname "$0")/../.."
MODE=${1:-normal}
case "$MODE" in normal | restart) ;; *) echo "usage: $0 [normal|restart]" >&2; exit 2 ;; esac
PG=${PG:-private}
source src/bench/common.sh   # APP_PORT, OIDC_PORT, OUT, BASE, PSQL, DB_PORT, PG_*, bench_prepare, bench_start

# Connection pool after a restart: Agroal (PostgreSQL's exception sorter, set by Quarkus) drops a connection that fails
# with a fatal SQL state, so every pooled connection fails once and is replaced; the retries cover those requests.
# The app's defaults are benchmarked as they ship; POOL_ENV adds pool settings in restart mode to compare, e.g.
# POOL_ENV="QUARKUS_DATASOURCE_JDBC_VALIDATE_ON_BORROW=true" or
# POOL_ENV="QUARKUS_DATASOURCE_JDBC_FOREGROUND_VALIDATION_INTERVAL=1S QUARKUS_DATASOURCE_JDBC_BACKGROUND_VALIDATION_INTERVAL=10S"
[ "$MODE" = restart ] && [ -n "${POOL_ENV:-}" ] && APP_ENV="${APP_ENV:-} $POOL_ENV"
# the app's GC pauses go to a log (cheap), summarised at the end; JFR=1 adds deeper stacks for the flight recording
JAVA_OPTS="${JAVA_OPTS:-$APP_JAVA_OPTS} -Xlog:gc:file=$OUT/quiz-gc.log:uptime"
[ "${JFR:-}" = 1 ] && JAVA_OPTS="$JAVA_OPTS -XX:FlightRecorderOptions=stackdepth=256"

rm -f "$OUT"/quiz-*.csv "$OUT"/quiz-*.json "$OUT"/quiz-*.txt "$OUT"/quiz-*.log "$OUT"/quiz-*.tsv "$OUT"/quiz.jfr "$OUT"/wrk-quiz-*.txt
load_start=$(cut -d' ' -f1-3 /proc/loadavg)
bench_prepare
bench_start
echo "app ready in ${ready_ms} ms (${startup_line}); mode $MODE; PostgreSQL $PG_VERSION ($PG) on port $DB_PORT" >&2

PGSS=0
if [ "$($PSQL -d academy_bench -Atc "show shared_preload_libraries")" = pg_stat_statements ]; then
  $PSQL -d academy_bench -c "create extension if not exists pg_stat_statements" && PGSS=1
fi

CEILING_CONNECTIONS=${CEILING_CONNECTIONS:-100}
WRK="wrk -t2 -c$CEILING_CONNECTIONS -d${CEILING_SECONDS:-10}s --latency"
BEFORE_COHORT="wrk ceiling::$WRK $BASE/bench/ceiling > $OUT/wrk-quiz-ceiling.txt"
# after the saturation steps, on the same open attempts: closed-loop capacity of the token check + user lookup
# (/api/v1/me) and of the save itself, measured by wrk, whose own CPU cost is far below the Java driver's
TSV=$OUT/quiz-open-attempts.tsv
AFTER_SAT="wrk me::$WRK -H \"Authorization: Bearer \$(head -1 $TSV | cut -f3)\" $BASE/api/v1/me > $OUT/wrk-quiz-me.txt"
AFTER_SAT="$AFTER_SAT|||wrk save::$WRK -s src/bench/save.lua $BASE -- $TSV > $OUT/wrk-quiz-save.txt"
[ "$PGSS" = 1 ] && BEFORE_COHORT="$BEFORE_COHORT|||reset pg_stat_statements::$PSQL -d academy_bench -Atc 'select pg_stat_statements_reset()' >/dev/null"
# JFR=1: a flight recording of the app from the cohort on (after warm-up, probes and wrk), dumped after the driver;
# "default" settings (CPU samples every 20 ms): "profile" settings more than doubled the app's CPU here
JFR_START="jcmd $APP_PID JFR.start name=quiz settings=default >/dev/null"
[ "${JFR:-}" = 1 ] && BEFORE_COHORT="$BEFORE_COHORT|||start flight recording::$JFR_START"
if [ "$PG" = private ]; then
  RESTART_CMD="runuser -u postgres -- $PG_BIN/pg_ctl -D $PRIVATE_PG_DIR/data -l $PRIVATE_PG_DIR/server.log -m ${PG_STOP_MODE:-fast} -w restart"
else
  RESTART_CMD="pg_ctlcluster --skip-systemctl-redirect $PG_VERSION main restart -m ${PG_STOP_MODE:-fast}"
fi

PG_PIDFILE="$($PSQL -d postgres -Atc 'show data_directory')/postmaster.pid"
args=(--base "$BASE" --issuer "http://127.0.0.1:$OIDC_PORT" --key "$OIDC_KEY" --out "$OUT" --app-pid "$APP_PID"
  --pg-pidfile "$PG_PIDFILE"
  --label "$MODE" --learners "${LEARNERS:-1000}" --start-window "${START_WINDOW:-60}"
  --save-interval "${SAVE_INTERVAL:-0.5}" --get-delay "${GET_DELAY:-0.5}" --warmup-learners "${WARMUP_LEARNERS:-50}"
  --warmup-seconds "${WARMUP_SECONDS:-30}" --warmup-rate "${WARMUP_RATE:-1000}" --retries "${RETRIES:-5}"
  --timeout "${TIMEOUT:-10}")
if [ "$MODE" = normal ]; then
  args+=(--probe-rate "${PROBE_RATE:-1500}" --probe-seconds "${PROBE_SECONDS:-10}" --before-cohort "$BEFORE_COHORT"
    --sat-learners "${SAT_LEARNERS:-300}" --sat-rates "${SAT_RATES:-1000,1250,1500,2000}" --sat-step "${SAT_STEP:-15}"
    --after-sat "$AFTER_SAT")
else
  args+=(--probe-rate 0 --sat-learners 0 --restart-cmd "$RESTART_CMD" --restart-at "${RESTART_AT:-30}")
  before=""
  [ "$PGSS" = 1 ] && before="$before|||reset pg_stat_statements::$PSQL -d academy_bench -Atc 'select pg_stat_statements_reset()' >/dev/null"
  [ "${JFR:-}" = 1 ] && before="$before|||start flight recording::$JFR_START"
  args+=(--before-cohort "$before")
fi
# shellcheck disable=SC2086  # DRIVER_ARGS is a word list on purpose
java -Xss512k -XX:+UseParallelGC -Xmx512m src/bench/QuizLoad.java "${args[@]}" ${DRIVER_ARGS:-} > /dev/null

[ "${JFR:-}" = 1 ] && jcmd "$APP_PID" JFR.dump name=quiz filename="$PWD/$OUT/quiz.jfr" >/dev/null 2>&1

# ------------------------------------------------------------------ after the run: is the app still serving?
after_ceiling=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/bench/ceiling" || true)
after_ready=$(curl -s -o /dev/null -w '%{http_code}' "$MGMT/q/health/ready" || true)
app_errors=$(grep -c " ERROR " "$OUT/app.log" || true)

# ------------------------------------------------------------------ every acknowledged answer in the database?
$PSQL -d academy_bench -P footer=off > "$OUT/quiz-db-check.txt" <<SQL
create temp table acked (attempt_id bigint, question_id bigint, revision int, endpoint text);
\copy acked from '$OUT/quiz-acked.csv' with (format csv, header)
create temp table submitted (attempt_id bigint, state text, phase text);
\copy submitted from '$OUT/quiz-submitted.csv' with (format csv, header)
create temp table last_ack as
  select split_part(endpoint, '.', 1) as phase, attempt_id, question_id, max(revision) as revision
  from acked group by 1, 2, 3;
\echo 'Acknowledged saves against attempt_answer (lost = no row, no response, or a lower revision than acknowledged;'
\echo 'a higher revision in the database comes from saves not acknowledged to the driver: wrk writes to the sat attempts,'
\echo 'and a save whose response was lost to a timeout or a closed connection may have committed):'
select l.phase, count(*) as answers_acked,
       count(*) filter (where a.attempt_id is null or a.response is null or a.revision < l.revision) as lost,
       count(*) filter (where a.revision > l.revision) as db_revision_higher_than_acked,
       (select count(*) from acked k where split_part(k.endpoint, '.', 1) = l.phase) as saves_acked
from last_ack l left join attempt_answer a using (attempt_id, question_id)
group by l.phase order by l.phase;
\echo 'Answers stored for the attempts that had a save acknowledged, against the acknowledged answers:'
select count(*) as answers_in_db, (select count(*) from last_ack) as answers_acked
from attempt_answer where response is not null and attempt_id in (select attempt_id from last_ack);
\echo 'Submits acknowledged against attempt states in the database:'
select s.phase, count(*) as submits_acked, count(*) filter (where q.state = 'GRADED') as graded_in_db,
       count(*) filter (where q.state is distinct from 'GRADED') as not_graded_in_db
from submitted s left join quiz_attempt q on q.id = s.attempt_id group by s.phase order by s.phase;
\echo 'All attempts by state:'
select state, count(*) from quiz_attempt group by state order by state;
SQL
lost=$($PSQL -d academy_bench -At <<SQL
create temp table acked (attempt_id bigint, question_id bigint, revision int, endpoint text);
\copy acked from '$OUT/quiz-acked.csv' with (format csv, header)
select count(*) from (select attempt_id, question_id, max(revision) as r from acked group by 1, 2) l
left join attempt_answer a using (attempt_id, question_id)
where a.attempt_id is null or a.response is null or a.revision < l.r;
SQL
)

if [ "$PGSS" = 1 ]; then
  $PSQL -d academy_bench -P footer=off > "$OUT/quiz-pg-statements.txt" -c "
    select calls, round(total_exec_time)::int as total_ms, round(mean_exec_time::numeric, 3) as mean_ms,
           round(max_exec_time::numeric, 1) as max_ms, left(regexp_replace(query, '\s+', ' ', 'g'), 110) as query
    from pg_stat_statements where dbid = (select oid from pg_database where datname = 'academy_bench')
    order by total_exec_time desc limit 15"
fi

# ------------------------------------------------------------------ summary
wrk_line() { # file label phase: throughput, latency, and CPU per request of the app and of PostgreSQL in that phase
  [ -s "$1" ] || return 0
  local cpu
  cpu=$(python3 -c 'import json, sys
p = [x for x in json.load(open(sys.argv[1]))["phases"] if x["phase"] == sys.argv[2]]
print(p[0]["appCpuSeconds"], p[0]["postgresCpuSeconds"]) if p else print("0 0")' "$OUT/quiz-results.json" "$3")
  awk '/requests in/ {n=$1} /Requests\/sec/ {rps=$2} $1 == "50%" {p50=$2} $1 == "99%" {p99=$2} /Non-2xx/ {x=$NF} /Socket errors/ {gsub(",", ""); e=$4+$6+$8+$10}
    END {split(cpu, c, " "); printf "%-40s %8s req/s  p50 %8s  p99 %8s  non-2xx %s  socket errors %s  CPU per request: app %.2f ms, postgres %.2f ms\n",
         label, rps, p50, p99, x+0, e+0, n ? 1000*c[1]/n : 0, n ? 1000*c[2]/n : 0}' label="$2" cpu="$cpu" "$1"
}
{
  echo "Quiz load benchmark, mode '$MODE', $(date -u +%Y-%m-%dT%H:%MZ), commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
  echo "machine: $(nproc) cores, load average before the run $load_start; PostgreSQL $PG_VERSION ($PG, port $DB_PORT)"
  echo "app: ready in ${ready_ms} ms (${startup_line}); extra app environment: ${APP_ENV:-none}"
  if [ -s "$OUT/wrk-quiz-ceiling.txt" ]; then
    echo "Closed loop (wrk, 2 threads, $CEILING_CONNECTIONS connections, ${CEILING_SECONDS:-10} s each; latency is mostly queueing here):"
    wrk_line "$OUT/wrk-quiz-ceiling.txt" "  ceiling /bench/ceiling (before the cohort)" "wrk ceiling"
    wrk_line "$OUT/wrk-quiz-me.txt" "  token check + user lookup /api/v1/me" "wrk me"
    wrk_line "$OUT/wrk-quiz-save.txt" "  answer save PUT .../answers/{ref}" "wrk save"
  fi
  echo
  cat "$OUT/quiz-driver-summary.txt"
  echo
  cat "$OUT/quiz-db-check.txt"
  echo
  echo "LOST ANSWERS (acknowledged but not in the database): $lost"
  echo "after the run: /bench/ceiling $after_ceiling, /q/health/ready $after_ready; ERROR lines in app.log: $app_errors"
  awk '/Pause/ {n++; ms=$NF; sub("ms", "", ms); ms += 0; t+=ms; if (ms > m) m=ms; if (/Full/) f++}
    END {printf "app GC over the whole run (-Xlog:gc): %d pauses, %.1f s in total, longest %.0f ms, %d full collections\n", n, t/1000, m, f}' "$OUT/quiz-gc.log"
  python3 - "$OUT/quiz-results.json" "$MODE" "$lost" <<'PY'
import json, sys
r = json.load(open(sys.argv[1])); mode = sys.argv[2]; lost = int(sys.argv[3] or 0)
eps = {e["name"]: e for e in r["endpoints"]}
measured = [e for e in r["endpoints"] if not e["name"].startswith("warmup.")]
fails = sum(e["failedTries"] for e in measured); gave_up = sum(e["gaveUp"] for e in measured)
print("\nTargets (issue): save >= 1,500/s with p99 < 30 ms; submit p99 < 100 ms while the 1,000 start; 0 errors; 0 lost")
def line(ok, text): print(("  PASS  " if ok else "  FAIL  ") + text)
if mode == "normal":
    steps = [(float(n.split("@")[1]), e) for n, e in eps.items() if n.startswith("sat.save@")]
    for rate, e in sorted(steps, key=lambda x: x[0]):
        held = e["throughput"] >= 0.98 * rate and e["notSent"] == 0 and e["gaveUp"] == 0
        line(held and e["schedMs"]["p99"] < 30,
             f"saves offered at {rate:,.0f}/s: {e['throughput']:,.0f}/s answered, p50 {e['schedMs']['p50']:.1f} ms, "
             f"p99 {e['schedMs']['p99']:.1f} ms from scheduled time" + ("" if held else " (overloaded: the rate was not held)"))
    if not any(rate >= 1500 for rate, _ in steps):
        line(False, "saves at 1,500/s: not reached (the saturation steps stopped at an overloaded rate below it)")
c = eps.get("cohort.save")
if c:
    line(c["schedMs"]["p99"] < 30, f"cohort saves ({c['ok']} at {c['throughput']:.0f}/s): p99 {c['schedMs']['p99']:.1f} ms")
c = eps.get("cohort.submit")
if c:
    line(c["schedMs"]["p99"] < 100, f"cohort submits ({c['ok']}): p99 {c['schedMs']['p99']:.1f} ms from scheduled time")
line(fails == 0 and gave_up == 0, f"errors: {fails} failed tries, {gave_up} requests failed after every retry"
     + (" (expected during the PostgreSQL restart: those saves were not acknowledged)" if mode == "restart" else ""))
line(lost == 0, f"lost answers: {lost} of {r['acked']} acknowledged saves")
PY
  if [ -s "$OUT/quiz-pg-statements.txt" ]; then echo; echo "pg_stat_statements (cohort and later):"; cat "$OUT/quiz-pg-statements.txt"; fi
  if [ "${JFR:-}" = 1 ] && [ -s "$OUT/quiz.jfr" ]; then
    echo; echo "Flight recording of the app, cohort and later ($OUT/quiz.jfr):"; python3 src/bench/jfr_hotspots.py "$OUT/quiz.jfr" || true
  fi
} > "$OUT/quiz-summary.txt"
cat "$OUT/quiz-summary.txt"
