#!/usr/bin/env bash
# The load benchmark of docs/performance.md. Runs the server on this machine's PostgreSQL (database
# motcua_bench, recreated) and Redis (database 1, flushed), drives it with bench's LoadBenchmark and runs
# pgbench (one-row INSERT per transaction, same concurrency) as the durable-write yardstick.
# Usage: bench/run.sh [clients=16] [subscribers=200] [seconds=15]
# SERVER_JAR=path/to/server.jar benchmarks another build of the server (e.g. a baseline commit's) with the
# same driver, for a before/after comparison in one session.
# PIN=1 runs the server on CPU 0 and the load generator and pgbench on CPU 1 (taskset), so that the driver
# does not take the server's core; PostgreSQL and Redis stay where the kernel puts them.
# JFR=path.jfr records the server with Java Flight Recorder (the "profile" settings) during the measured phases
# only (jcmd, started by the driver after its warm-up), so that the profile is the server's as it runs all day.
# SKIP_BUILD=1 reuses the jars built by the last run. WARMUP=seconds (default 90) of issuing and calling together
# before the measured phases: on two cores the server's JIT compiles for a minute and more.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/java-env.sh
CLIENTS=${1:-16}; SUBSCRIBERS=${2:-200}; SECONDS_EACH=${3:-15}
PGHOST=127.0.0.1; PGUSER=postgres; export PGHOST PGUSER
SERVER_CPUS=(); DRIVER_CPUS=()
if [[ "${PIN:-0}" == 1 ]]; then SERVER_CPUS=(taskset -c 0); DRIVER_CPUS=(taskset -c 1); fi

# packaged in the reactor, not installed: the shared ~/.m2 keeps other builds' jars
if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  ./mvnw -B -ntp -q package -DskipTests -pl client,server,bench -am \
    dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
fi
dropdb --if-exists motcua_bench && createdb motcua_bench
redis-cli -n 1 flushdb > /dev/null

mkdir -p target/bench
. bench/server.sh
PROFILE=${JFR:-}; JFR=
start_server 18080 motcua_bench 1 target/bench/server.log "${SERVER_CPUS[@]}"
SERVER=$SERVER_PID
trap 'kill $SERVER 2>/dev/null || true' EXIT
# more counters than clients, all serving every area, so call-next runs CLIENTS counters at once
psql -q -d motcua_bench -c "
  insert into counter (office_id, number, name) select 1, 100 + g, 'Quầy ' || (100 + g) from generate_series(1, 40) g;
  insert into counter_area (counter_id, area_id) select c.id, a.id from counter c, service_area a
   where c.office_id = 1 and a.office_id = 1 and c.number > 100;"
sleep 6 # the office cache holds for 5 s

echo "== pgbench: one-row INSERT per transaction, $CLIENTS clients, ${SECONDS_EACH}s"
psql -q -d motcua_bench -c "create table if not exists pgbench_ticket (id bigserial primary key, payload text)"
echo "insert into pgbench_ticket (payload) values ('A001');" > target/bench/insert.sql
"${DRIVER_CPUS[@]}" pgbench -n -c "$CLIENTS" -j 2 -T "$SECONDS_EACH" -f target/bench/insert.sql motcua_bench 2>&1 \
  | grep -E "^tps|latency average" || true

echo "== server: $CLIENTS clients, $SUBSCRIBERS STOMP subscribers, ${SECONDS_EACH}s per phase; load average $(cut -d' ' -f1-3 /proc/loadavg)"
BEFORE=$(cpu_seconds $SERVER); START=$(date +%s.%N)
"${DRIVER_CPUS[@]}" java ${PROFILE:+"-Dbench.jfr=$PROFILE"} -cp "bench/target/classes:$(cat bench/target/classpath.txt)" vn.motcua.bench.LoadBenchmark \
  http://localhost:18080 "$CLIENTS" "$SUBSCRIBERS" "$SECONDS_EACH" "$SERVER" "${WARMUP:-90}"
AFTER=$(cpu_seconds $SERVER); END=$(date +%s.%N)
echo "server CPU during the driver's run: $(echo "($AFTER - $BEFORE) / ($END - $START)" | bc -l | cut -c1-4) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"
