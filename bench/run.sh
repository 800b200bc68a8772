#!/usr/bin/env bash
# Sijill benchmark: HTTP throughput and latency against the process' own ceiling, memory, start-up, bulk ingest.
# Prints figures; asserts nothing. From a fresh clone:  bench/run.sh            (seeds + 5,000 generated articles)
#                                                        ARTICLES=100000 bench/run.sh   (the scale run, about a million figures)
# Knobs (environment): ARTICLES (0 skips the bulk run), DURATION (wrk -d, 10s), CONNECTIONS (32), THREADS (2),
# WARMUP (10s), PORT (18080), JAVA_OPTS (the README's recommended "-Xms32m -Xmx512m -XX:+UseSerialGC"), SKIP_BUILD,
# STATS_REQUESTS (40 per statistics grouping), KEEP_LOG (a file to keep the last service's log in).
set -euo pipefail
cd "$(dirname "$0")/.."

ARTICLES=${ARTICLES:-5000}
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
WARMUP=${WARMUP:-10s}
PORT=${PORT:-18080}
JAVA_OPTS=${JAVA_OPTS--Xms32m -Xmx512m -XX:+UseSerialGC}   # set JAVA_OPTS= (empty) for the JVM's own defaults
STATS_REQUESTS=${STATS_REQUESTS:-40}
WORK=$(mktemp -d /tmp/sijill-bench.XXXXXX)
BASE="http://127.0.0.1:$PORT"
PID=

log() { printf '%s\n' "$*" >&2; }
cleanup() {
  [ -n "$PID" ] && kill "$PID" 2>/dev/null && wait "$PID" 2>/dev/null
  [ -n "${KEEP_LOG:-}" ] && [ -f "$WORK/service.log" ] && cp "$WORK/service.log" "$KEEP_LOG"
  rm -rf "$WORK"
}
trap cleanup EXIT

if ! command -v wrk >/dev/null; then
  log "installing wrk"
  SUDO=; [ "$(id -u)" -ne 0 ] && SUDO=sudo
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq wrk >/dev/null
fi
command -v curl >/dev/null || { log "curl is needed"; exit 1; }

if [ -z "${SKIP_BUILD:-}" ]; then
  log "building the jar"
  ./mvnw -B -q package -DskipTests
  ./mvnw -B -q test-compile
fi
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/cp.txt" >/dev/null

now_ms() { date +%s%3N; }
rss_mb() { awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$1/status"; }
pg_rss_mb() {  # summed RSS of the embedded PostgreSQL processes under this data dir (shared buffers counted per process)
  local total=0
  for p in $(pgrep -f "$1/postgres" || true); do total=$((total + $(awk '/VmRSS/ {print $2}' "/proc/$p/status" 2>/dev/null || echo 0))); done
  echo $((total / 1024))
}

pg_cpu_s() {  # CPU seconds of the embedded PostgreSQL under this data dir: postmaster and its live and exited backends
  local pm total=0; pm=$(pgrep -f "$1/postgres" | head -1)
  [ -z "$pm" ] && { echo 0; return; }
  for p in $pm $(pgrep -P "$pm"); do total=$((total + $(awk '{print $14+$15+$16+$17}' "/proc/$p/stat" 2>/dev/null || echo 0))); done
  echo $((total / $(getconf CLK_TCK)))
}

# start <data dir> <seeds dir>: launches the service, sets PID and FIRST (ms from launch to the first 200)
start() {
  local t0; t0=$(now_ms)
  SIJILL_DATA_DIR="$1" SIJILL_SEEDS_DIR="$2" QUARKUS_HTTP_PORT=$PORT \
    java $JAVA_OPTS -jar target/quarkus-app/quarkus-run.jar >"$WORK/service.log" 2>&1 &
  PID=$!
  echo "$PID" >"$WORK/pid"
  until curl -fs -o /dev/null "$BASE/api/v1/articles?limit=1"; do
    kill -0 "$PID" 2>/dev/null || { cat "$WORK/service.log" >&2; exit 1; }
    sleep 0.05
  done
  FIRST=$(( $(now_ms) - t0 ))
}
await_ready() { until curl -fs -o /dev/null "$BASE/q/health/ready"; do sleep 0.2; done; }
stop() { kill "$PID"; wait "$PID" 2>/dev/null || true; PID=; }

# measure <label> <path>: one wrk run; prints "label rps p50 p99" (latencies in ms)
measure() {
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$BASE$2" >"$WORK/wrk.txt"
  awk -v label="$1" '
    function ms(v) { if (v ~ /us$/) return v/1000; if (v ~ /ms$/) return v+0; if (v ~ /s$/) return v*1000; return v }
    /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) } /Requests\/sec/ { rps = $2 }
    /Non-2xx/ { non2xx = $NF }
    END { printf "%s %.0f %.2f %.2f %s\n", label, rps, p50, p99, (non2xx == "" ? 0 : non2xx) }' "$WORK/wrk.txt"
}

http_table() {
  local article; article=$(curl -fs "$BASE/api/v1/articles?limit=1" | sed -E 's/.*"items":\[\{"id":"([^"]+)".*/\1/')
  local stats="/api/v1/statistics/casualties?groupBy=admin1,outcome"
  log "warm-up ($WARMUP per endpoint)"
  for p in /q/health/live /api/v1/incidents /api/v1/figures "/api/v1/articles/$article" "$stats"; do
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$BASE$p" >/dev/null
  done
  local rows=("$(measure ceiling:/q/health/live /q/health/live)")
  RSS_LOAD=$(rss_mb "$PID")
  rows+=("$(measure /api/v1/incidents /api/v1/incidents)")
  rows+=("$(measure /api/v1/figures /api/v1/figures)")
  rows+=("$(measure /api/v1/articles/{id} "/api/v1/articles/$article")")
  rows+=("$(measure /api/v1/statistics/casualties?groupBy=admin1,outcome "$stats")")
  RSS_LOAD=$(( $(rss_mb "$PID") > RSS_LOAD ? $(rss_mb "$PID") : RSS_LOAD ))
  rows+=("$(measure ceiling-again:/q/health/live /q/health/live)")  # the machine may have changed meanwhile
  local ceiling; ceiling=$(echo "${rows[0]}" | awk '{print $2}')
  printf '| endpoint | req/s | p50 ms | p99 ms | of ceiling | non-2xx |\n|---|---|---|---|---|---|\n'
  for r in "${rows[@]}"; do
    echo "$r" | awk -v c="$ceiling" '{printf "| `%s` | %s | %s | %s | %.0f %% | %s |\n", $1, $2, $3, $4, 100*$2/c, $5}'
  done
}

# stats_table: casualty statistics per groupBy combination, STATS_REQUESTS requests each, one at a time, each with
# its own URI (a different 'from' date long before any data, so the same rows) so the response cache never answers:
# every request runs the query. Prints p50, p95 and the slowest, in ms (curl's total time, loopback).
stats_table() {
  printf '| groupBy | requests | rows | p50 ms | p95 ms | max ms | non-200 |\n|---|---|---|---|---|---|---|\n'
  for g in admin1,outcome admin2,outcome month,outcome year,outcome eventType,outcome actor,outcome source,outcome \
           admin1,month,outcome year,actor,outcome; do
    local rows; rows=$(curl -fs "$BASE/api/v1/statistics/casualties?groupBy=$g" | grep -o '"low"' | wc -l)
    for i in $(seq 1 "$STATS_REQUESTS"); do
      curl -s -o /dev/null -w '%{http_code} %{time_total}\n' \
        "$BASE/api/v1/statistics/casualties?groupBy=$g&from=$(date -u -d "1990-01-01 + $i days" +%F)"
    done | sort -k2 -n | awk -v g="$g" -v rows="$rows" '
      { t[NR] = $2 * 1000; if ($1 != 200) bad++ }
      END { printf "| `%s` | %d | %d | %.1f | %.1f | %.1f | %d |\n", g, NR, rows, t[int(NR*0.5+0.5)], t[int(NR*0.95+0.5)], t[NR], bad }'
  done
}

echo "# Sijill bench $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency, after $WARMUP warm-up per endpoint; JAVA_OPTS='$JAVA_OPTS'"

# --- 1. Seed data: start-up, idle memory, HTTP
echo; echo "## Seed data (seeds/, embedded PostgreSQL)"
start "$WORK/data-seeds" seeds
await_ready; sleep 2
echo "start-up to first served request: $FIRST ms (includes starting the embedded PostgreSQL and migrations)"
echo "RSS idle after start-up: JVM $(rss_mb "$PID") MB, PostgreSQL processes (summed) $(pg_rss_mb "$WORK/data-seeds") MB"
http_table
echo "RSS under load: JVM $RSS_LOAD MB"
stop

# --- 2. Bulk load of a generated corpus
if [ "$ARTICLES" -gt 0 ]; then
  echo; echo "## Bulk load: $ARTICLES generated articles"
  java -cp "target/test-classes:target/classes:$(cat "$WORK/cp.txt")" org.sijill.bench.CorpusGenerator "$WORK/corpus" "$ARTICLES"
  T0=$(now_ms)
  start "$WORK/data-bulk" "$WORK/corpus"
  await_ready
  T1=$(now_ms)
  INGEST_MS=$((T1 - T0))
  echo "launch to ready (start-up + ingest of $ARTICLES articles + incident matching): $INGEST_MS ms"
  grep -E "Seed ingest finished" "$WORK/service.log" | sed -E 's/.*(Seed ingest finished.*)/\1/' | cut -c1-200
  awk -v n="$ARTICLES" -v ms="$INGEST_MS" 'BEGIN { printf "ingest rate (whole start, wall clock): %.0f articles/s\n", n*1000/ms }'
  echo "database size on disk: $(du -sh "$WORK/data-bulk" | cut -f1)"
  echo "figures: $(curl -fs "$BASE/api/v1/figures?limit=1" | sed -E 's/.*"total":([0-9]+).*/\1/'), incidents: $(curl -fs "$BASE/api/v1/incidents?limit=1" | sed -E 's/.*"total":([0-9]+).*/\1/')"
  echo "RSS idle after the load: JVM $(rss_mb "$PID") MB"
  echo "CPU time so far (start-up, ingest, incident derivation): JVM $(ps -o cputime= -p "$PID"), PostgreSQL $(pg_cpu_s "$WORK/data-bulk") s"
  grep -E "Stored [0-9]+ of [0-9]+ files" "$WORK/service.log" | tail -1 | sed -E 's/.*\] \(main\) //' | cut -c1-200
  grep -E "Incidents re-derived|Bulk load over" "$WORK/service.log" | tail -2 | sed -E 's/.*\] \(main\) //'  # whole lines
  echo; echo "### Casualty statistics at this size (uncached, load $(cut -d' ' -f1-3 /proc/loadavg))"
  stats_table
  echo; echo "### HTTP at this size (load $(cut -d' ' -f1-3 /proc/loadavg))"
  http_table
  echo "RSS under load: JVM $RSS_LOAD MB"
  stop
fi
