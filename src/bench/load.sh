#!/usr/bin/env bash
# Load benchmark for the course and lesson pages as a signed-in learner, with the ceiling measured in the same run.
#
#   src/bench/load.sh [duration] [connections]      (defaults: 30s, 100)
#
# Builds the jar, starts it in the prod profile against a fresh `academy_bench` database and a stand-in OIDC
# provider (src/bench/mock_oidc.py), signs a learner in through the real code flow, then drives with wrk:
#   1. the ceiling: /bench/ceiling, one indexed query and nothing else (enabled only here, via ACADEMY_BENCH_ENABLED)
#   2. the course page  /kursus/transformasi-digital          (session cookie, progress shown)
#   3. the lesson page  /belajar/kursus/transformasi-digital/<first lesson>
# and, to show where a page's cost comes from: signed-in (/bench/ceiling/signed-in: the ceiling plus the session
# cookie's decryption, token checks and the user's id) and course-anon (the course page without a session);
# and reports requests/s, p50/p99 latency, errors, time to ready (empty database and a restart), peak RSS and
# compressed page weight.
# Results land in target/bench/. Bench traffic goes to 127.0.0.1 only and stops by itself.
# Then an open model for "100 concurrent users": src/bench/QuizLoad.java --mode probe sends the course and lesson
# pages (picked at random) at fixed arrival rates (PAGE_RATES, default 250,500,1000/s) over at most 100 connections,
# latency measured from each request's scheduled time, the app's GC pauses per rate from its -Xlog:gc file.
# TARGETS="course lesson" runs only those (default: the seven wrk targets and "probe"); JFR=1 records the app during
# the page targets (target/bench/pages.jfr) and prints where its CPU time went (src/bench/jfr_hotspots.py);
# PROFILE=1 does the same with async-profiler (from Maven Central), which also sees native code (zlib, libc) and
# code running in the interpreter: target/bench/pages.collapsed, summarised by src/bench/profile_summary.py.
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION=${1:-30s}
CONNECTIONS=${2:-100}
THREADS=2
source src/bench/common.sh   # APP_PORT, OIDC_PORT, OUT, BASE, PSQL, bench_prepare, bench_start, bench_cleanup

bench_prepare
# The pages' heap: their live set is 30-45 MB. SerialGC has no per-heap GC structures (ParallelGC's were 15 MB), and a
# 40 MB young generation with 8 MB survivors keeps what 100 requests in flight hold from being promoted early: with
# SerialGC's default 27 MB young generation in an 80 MB heap, the old one filled every 1-5 s (90-120 ms full
# collections); like this, none in a whole run (session 16). Cohort ZIPs and large roster imports need more heap than
# this: the image sizes its heap by the container (docker/README.md).
PAGES_JAVA_OPTS="-Xmx112m -Xmn40m -XX:SurvivorRatio=3 -XX:+UseSerialGC $APP_JVM_NONHEAP"
JAVA_OPTS="${JAVA_OPTS:-$PAGES_JAVA_OPTS} -Xlog:gc:file=$PWD/$OUT/gc-pages.log"
[ "${JFR:-}" = 1 ] && JAVA_OPTS="$JAVA_OPTS -XX:FlightRecorderOptions=stackdepth=256"
if [ "${PROFILE:-}" = 1 ]; then
  ./mvnw -q dependency:copy -Dartifact=tools.profiler:async-profiler:4.1 -DoutputDirectory="$OUT/ap" \
    && (cd "$OUT/ap" && unzip -qo async-profiler-4.1.jar linux-x64/libasyncProfiler.so)
  PROFILER="$PWD/$OUT/ap/linux-x64/libasyncProfiler.so"
fi
# Class-data sharing as the image does it (docker/start.sh): the first start, on the empty schema, has no archive of
# this build's classes and writes one when it stops; the schema is emptied again and the measured start maps it.
BENCH_CDS_DIR=$OUT/cds; rm -rf "$BENCH_CDS_DIR"; mkdir -p "$BENCH_CDS_DIR"
bench_start "$OUT/app-training.log"
ready_no_archive_ms=$ready_ms

# sign in as a learner through the authorization-code flow, enrol, finish one lesson
sign_in() {
JAR="$OUT/cookies.txt"; rm -f "$JAR"
curl -s -L -c "$JAR" -b "$JAR" -o /dev/null "$BASE/masuk"
csrf() { curl -s -c "$JAR" -b "$JAR" "$1" | grep -o 'name="csrf-token" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//'; }
LESSON=$(curl -s -b "$JAR" "$BASE/kursus/transformasi-digital" | grep -o 'href="/belajar/kursus/transformasi-digital/[a-z0-9-]*"' | head -1 | sed 's/href="//;s/"//')
enrol=$(curl -s -c "$JAR" -b "$JAR" -o /dev/null -w '%{http_code}' -d "csrf-token=$(csrf "$BASE/profil")" "$BASE/belajar/kursus/transformasi-digital/daftar")
done_=$(curl -s -c "$JAR" -b "$JAR" -o /dev/null -w '%{http_code}' -d "csrf-token=$(csrf "$BASE/profil")" "$BASE$LESSON/selesai")
[ "$enrol" = 303 ] && [ "$done_" = 303 ] || { echo "enrol answered $enrol, mark-done answered $done_ (lesson '$LESSON')" >&2; exit 1; }
# the session as a browser holds it: without the one-time flash cookie of the mark-done redirect, which a browser drops
# after showing it (Max-Age=0); sent on every request it would make each page render and clear a flash message
COOKIE=$(awk '{sub(/^#HttpOnly_/, "")} !/^#/ && NF >= 7 && $6 != "academy-flash" {printf "%s=%s; ", $6, $7}' "$JAR")
check=$(curl -s -o "$OUT/check.html" -w '%{http_code}' -H "Cookie: $COOKIE" "$BASE/kursus/transformasi-digital")
grep -q 'progress max="100" value="' "$OUT/check.html" \
  || { echo "sign-in failed: the course page ($check) shows no progress; cookies: $(awk '{sub(/^#HttpOnly_/, "")} !/^#/ && NF >= 7 {printf "%s ", $6}' "$JAR")" >&2; exit 1; }
}
sign_in
# the training run's requests: the pages measured below and a few around them, so their classes are in the archive
for i in $(seq 20); do
  for p in / /kursus/transformasi-digital "$LESSON" /belajar /profil /belajar/kursus/transformasi-digital/kuis; do
    curl -s -o /dev/null -H "Cookie: $COOKIE" -H 'Accept-Encoding: gzip' "$BASE$p"
  done
  curl -s -o /dev/null "$BASE/kursus/transformasi-digital"
done
kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
ls "$BENCH_CDS_DIR"/academy-* >/dev/null || { echo "the training run left no archive in $BENCH_CDS_DIR" >&2; exit 1; }
$PSQL -d academy_bench -c "drop schema if exists public cascade; create schema public" 2>/dev/null
bench_start_app
sign_in

weight() { curl -s --compressed -H "Cookie: $COOKIE" -o /dev/null -w '%{size_download}' "$BASE$1"; }
raw() { curl -s -H "Cookie: $COOKIE" -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "$BASE$1"; }
css_gz=$(raw /static/academy.css)
js_gz=$(raw /static/academy.js)
course_gz=$(raw /kursus/transformasi-digital)
lesson_gz=$(raw "$LESSON")
# what a browser would fetch by itself from elsewhere: scripts, images, frames, style sheets and other <link>s (a link
# in the text, such as a course's source, is fetched only when followed)
third_party=$(curl -s -H "Cookie: $COOKIE" "$BASE$LESSON" "$BASE/kursus/transformasi-digital" \
  | grep -oE '<(script|img|iframe|link|source|video|audio|embed|object)[^>]*(src|href|data)="https?://[^"]*"' \
  | grep -vc "127.0.0.1" || true)

# peak RSS of the app while under load
( peak=0; while kill -0 "$APP_PID" 2>/dev/null; do r=$(ps -o rss= -p "$APP_PID" | tr -d ' '); [ "${r:-0}" -gt "$peak" ] && peak=$r && echo "$peak" > "$OUT/rss-peak-kb"; sleep 0.5; done ) & BENCH_PIDS+=("$!")

run() { # name path [connections]; COOKIE_OFF=1 sends no session
  local CONNECTIONS=${3:-$CONNECTIONS} session=(-H "Cookie: $COOKIE")
  [ "${COOKIE_OFF:-}" = 1 ] && session=()
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP:-20s}" "${session[@]}" "$BASE$2" >/dev/null   # warm-up (JIT on 2 cores needs it)
  local cpu0 cpu1 rps p50 p99 non2xx errors requests
  cpu0=$(cpu_seconds "$APP_PID")
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H "Accept-Encoding: gzip" "${session[@]}" "$BASE$2" > "$OUT/wrk-$1.txt"
  cpu1=$(cpu_seconds "$APP_PID")
  requests=$(awk '/requests in/ {print $1}' "$OUT/wrk-$1.txt")
  rps=$(awk '/Requests\/sec/ {print $2}' "$OUT/wrk-$1.txt")
  RPS[$1]=$rps
  p50=$(awk '$1 == "50%" {print $2}' "$OUT/wrk-$1.txt")
  p99=$(awk '$1 == "99%" {print $2}' "$OUT/wrk-$1.txt")
  non2xx=$(awk '/Non-2xx/ {print $NF}' "$OUT/wrk-$1.txt"); non2xx=${non2xx:-0}
  errors=$(awk '/Socket errors/ {gsub(",", ""); print $4 + $6 + $8 + $10}' "$OUT/wrk-$1.txt"); errors=${errors:-0}
  # app CPU per request: steadier than requests/s on a shared 2-core machine where wrk competes for the same cores
  printf '%-14s %10s req/s   p50 %8s   p99 %8s   non-2xx %s   socket errors %s   app CPU %s ms/req\n' "$1" "$rps" "$p50" "$p99" \
    "$non2xx" "$errors" "$(awk -v a="$cpu0" -v b="$cpu1" -v n="$requests" 'BEGIN {printf "%.3f", (n > 0 ? (b - a) * 1000 / n : 0)}')" \
    | tee -a "$OUT/summary.txt"
}

declare -A RPS
: > "$OUT/summary.txt"
echo "wrk: $THREADS threads, $CONNECTIONS connections, $DURATION per target, after ${WARMUP:-20s} warm-up" | tee -a "$OUT/summary.txt"
TARGETS=" ${TARGETS:-ceiling signed-in course-anon course lesson course-c10 lesson-c10 probe} "
want() { [[ "$TARGETS" == *" $1 "* ]]; }
want ceiling && run ceiling /bench/ceiling
want signed-in && run signed-in /bench/ceiling/signed-in
# The JIT compiles the pages' code paths on the same 2 cores: measured cold, the course page cost twice the CPU per
# request of a warm one. Both pages are warmed up (uncounted, PAGE_WARMUP each) before either is measured.
if want course || want lesson || want course-c10 || want lesson-c10 || want probe; then
  for p in /kursus/transformasi-digital "$LESSON"; do
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${PAGE_WARMUP:-30s}" -H "Cookie: $COOKIE" "$BASE$p" >/dev/null
  done
fi
# the course page for a visitor without a session (the cookie left out; measured after the warm-up above)
want course-anon && COOKIE_OFF=1 run course-anon /kursus/transformasi-digital
[ "${JFR:-}" = 1 ] && jcmd "$APP_PID" JFR.start name=pages settings=profile >/dev/null
# CPU time by timer signal (works without perf events), one sample per millisecond of CPU, stacks per thread
# (the options in quotes inside the command: jcmd would take "event=..." for an option of its own)
[ "${PROFILE:-}" = 1 ] && jcmd "$APP_PID" "JVMTI.agent_load $PROFILER \"start,event=itimer,interval=1ms,threads,ann\"" >/dev/null
want course && run course /kursus/transformasi-digital
want lesson && run lesson "$LESSON"
# the same pages below saturation: with a closed loop of 100 connections latency is mostly queueing (Little's law),
# so service time shows better with 10 connections
want course-c10 && WARMUP=5s run course-c10 /kursus/transformasi-digital 10
want lesson-c10 && WARMUP=5s run lesson-c10 "$LESSON" 10
if [ "${PROFILE:-}" = 1 ]; then
  jcmd "$APP_PID" "JVMTI.agent_load $PROFILER \"stop,collapsed,ann,file=$PWD/$OUT/pages.collapsed\"" >/dev/null
  python3 src/bench/profile_summary.py "$OUT/pages.collapsed" | tee "$OUT/pages-profile.txt"
fi
if [ "${JFR:-}" = 1 ]; then
  jcmd "$APP_PID" JFR.dump name=pages filename="$PWD/$OUT/pages.jfr" >/dev/null
  python3 src/bench/jfr_hotspots.py "$OUT/pages.jfr" | tee "$OUT/pages-hotspots.txt"
fi
# The ceiling once more, now that the JIT has had the whole run: measured first it is less warm than the pages after
# their warm-up, which flatters them. The pages are reported against both, and the warm one is the fair comparison.
# It runs after the flight recording is dumped, so JFR=1 and PROFILE=1 still profile the pages only.
if want ceiling && { want course || want lesson; }; then
  WARMUP=5s run ceiling-warm /bench/ceiling
  for page in course lesson; do
    [ -n "${RPS[$page]:-}" ] && awk -v p="$page" -v r="${RPS[$page]}" -v a="${RPS[ceiling]}" -v b="${RPS[ceiling-warm]}" \
      'BEGIN {printf "%-14s %5.1f %% of the first ceiling, %5.1f %% of the warm one\n", p, 100 * r / a, 100 * r / b}' \
      | tee -a "$OUT/summary.txt"
  done
fi
if want probe; then
  printf '%s\n' /kursus/transformasi-digital "$LESSON" > "$OUT/page-paths.txt"
  java -Xss512k -XX:+UseParallelGC -Xmx256m src/bench/QuizLoad.java --mode probe --base "$BASE" --out "$OUT" \
    --name pages --paths "$OUT/page-paths.txt" --rates "${PAGE_RATES:-250,500,1000}" --probe-seconds "${PROBE_SECONDS:-20}" \
    --warmup-seconds 10 --warmup-rate 500 --max-connections 100 --target-p99-ms 50 --gc-log "$PWD/$OUT/gc-pages.log" \
    --app-pid "$APP_PID" --header "Cookie: ${COOKIE%; }|Accept-Encoding: gzip" 2> "$OUT/probe-pages.log" | tee "$OUT/probe-pages.txt"
  cat "$OUT/probe-pages.txt" >> "$OUT/summary.txt"
fi
sleep 1
{
  echo "time to ready (process start to /q/health/ready, incl. Flyway on an empty schema): ${ready_ms} ms (${startup_line}); without the class-data archive ${ready_no_archive_ms} ms"
  echo "peak RSS under load: $(( $(cat "$OUT/rss-peak-kb") / 1024 )) MB"
  echo "page weight, gzip: course page ${course_gz} B + css ${css_gz} B + js ${js_gz} B = $(( course_gz + css_gz + js_gz )) B; lesson page ${lesson_gz} B + css + js = $(( lesson_gz + css_gz + js_gz )) B"
  echo "third-party URLs referenced by the pages: ${third_party}"
} | tee -a "$OUT/summary.txt"

# A restart on the same database: nothing to migrate and content/ unchanged, so the content sync is skipped.
kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
bench_start_app "$OUT/app-restart.log"
restart_ms=$ready_ms restart_line=$startup_line
kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
BENCH_CDS_DIR= bench_start_app "$OUT/app-restart-no-archive.log"
echo "time to ready on a restart (same database, nothing to migrate, content unchanged): ${restart_ms} ms (${restart_line}); without the class-data archive ${ready_ms} ms" \
  | tee -a "$OUT/summary.txt"
