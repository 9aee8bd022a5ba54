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
# and reports requests/s, p50/p99 latency, errors, time to ready, peak RSS and compressed page weight.
# Results land in target/bench/. Bench traffic goes to 127.0.0.1 only and stops by itself.
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION=${1:-30s}
CONNECTIONS=${2:-100}
THREADS=2
source src/bench/common.sh   # APP_PORT, OIDC_PORT, OUT, BASE, PSQL, bench_prepare, bench_start, bench_cleanup

bench_prepare
bench_start

# sign in as a learner through the authorization-code flow, enrol, finish one lesson
JAR="$OUT/cookies.txt"; rm -f "$JAR"
curl -s -L -c "$JAR" -b "$JAR" -o /dev/null "$BASE/masuk"
csrf() { curl -s -c "$JAR" -b "$JAR" "$1" | grep -o 'name="csrf-token" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//'; }
LESSON=$(curl -s -b "$JAR" "$BASE/kursus/transformasi-digital" | grep -o 'href="/belajar/kursus/transformasi-digital/[a-z0-9-]*"' | head -1 | sed 's/href="//;s/"//')
enrol=$(curl -s -c "$JAR" -b "$JAR" -o /dev/null -w '%{http_code}' -d "csrf-token=$(csrf "$BASE/profil")" "$BASE/belajar/kursus/transformasi-digital/daftar")
done_=$(curl -s -c "$JAR" -b "$JAR" -o /dev/null -w '%{http_code}' -d "csrf-token=$(csrf "$BASE/profil")" "$BASE$LESSON/selesai")
[ "$enrol" = 303 ] && [ "$done_" = 303 ] || { echo "enrol answered $enrol, mark-done answered $done_ (lesson '$LESSON')" >&2; exit 1; }
COOKIE=$(awk '{sub(/^#HttpOnly_/, "")} !/^#/ && NF >= 7 {printf "%s=%s; ", $6, $7}' "$JAR")
check=$(curl -s -o "$OUT/check.html" -w '%{http_code}' -H "Cookie: $COOKIE" "$BASE/kursus/transformasi-digital")
grep -q 'progress max="100" value="' "$OUT/check.html" \
  || { echo "sign-in failed: the course page ($check) shows no progress; cookies: $(awk '{sub(/^#HttpOnly_/, "")} !/^#/ && NF >= 7 {printf "%s ", $6}' "$JAR")" >&2; exit 1; }

weight() { curl -s --compressed -H "Cookie: $COOKIE" -o /dev/null -w '%{size_download}' "$BASE$1"; }
raw() { curl -s -H "Cookie: $COOKIE" -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "$BASE$1"; }
css_gz=$(raw /static/academy.css)
course_gz=$(raw /kursus/transformasi-digital)
lesson_gz=$(raw "$LESSON")
third_party=$(curl -s -H "Cookie: $COOKIE" "$BASE$LESSON" "$BASE/kursus/transformasi-digital" \
  | grep -oE '(src|href)="https?://[^"]*"' | grep -vc "127.0.0.1" || true)

# peak RSS of the app while under load
( peak=0; while kill -0 "$APP_PID" 2>/dev/null; do r=$(ps -o rss= -p "$APP_PID" | tr -d ' '); [ "${r:-0}" -gt "$peak" ] && peak=$r && echo "$peak" > "$OUT/rss-peak-kb"; sleep 0.5; done ) & BENCH_PIDS+=("$!")

run() { # name path [connections]
  local CONNECTIONS=${3:-$CONNECTIONS}
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP:-20s}" -H "Cookie: $COOKIE" "$BASE$2" >/dev/null   # warm-up (JIT on 2 cores needs it)
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H "Accept-Encoding: gzip" -H "Cookie: $COOKIE" "$BASE$2" > "$OUT/wrk-$1.txt"
  local rps p50 p99 non2xx errors
  rps=$(awk '/Requests\/sec/ {print $2}' "$OUT/wrk-$1.txt")
  p50=$(awk '$1 == "50%" {print $2}' "$OUT/wrk-$1.txt")
  p99=$(awk '$1 == "99%" {print $2}' "$OUT/wrk-$1.txt")
  non2xx=$(awk '/Non-2xx/ {print $NF}' "$OUT/wrk-$1.txt"); non2xx=${non2xx:-0}
  errors=$(awk '/Socket errors/ {gsub(",", ""); print $4 + $6 + $8 + $10}' "$OUT/wrk-$1.txt"); errors=${errors:-0}
  printf '%-14s %10s req/s   p50 %8s   p99 %8s   non-2xx %s   socket errors %s\n' "$1" "$rps" "$p50" "$p99" "$non2xx" "$errors" | tee -a "$OUT/summary.txt"
}

: > "$OUT/summary.txt"
echo "wrk: $THREADS threads, $CONNECTIONS connections, $DURATION per target, after ${WARMUP:-20s} warm-up" | tee -a "$OUT/summary.txt"
run ceiling /bench/ceiling
run course /kursus/transformasi-digital
run lesson "$LESSON"
# the same pages below saturation: with a closed loop of 100 connections latency is mostly queueing (Little's law),
# so service time shows better with 10 connections
WARMUP=5s run course-c10 /kursus/transformasi-digital 10
WARMUP=5s run lesson-c10 "$LESSON" 10
sleep 1
{
  echo "time to ready (process start to /q/health/ready, incl. Flyway on an empty schema): ${ready_ms} ms (${startup_line})"
  echo "peak RSS under load: $(( $(cat "$OUT/rss-peak-kb") / 1024 )) MB"
  echo "page weight, gzip: course page ${course_gz} B + css ${css_gz} B = $(( course_gz + css_gz )) B; lesson page ${lesson_gz} B + css ${css_gz} B = $(( lesson_gz + css_gz )) B"
  echo "third-party URLs referenced by the pages: ${third_party}"
} | tee -a "$OUT/summary.txt"
