#!/usr/bin/env bash
# The province benchmark of docs/performance.md: OFFICES offices (the demo's provincial centre copied, open around the
# clock, 10 counters serving every area, the clerk canbo1 working in all), 22 STOMP sessions each (the kiosk-app's
# display topic, the counter-app's and 10 consoles' queue topic, 10 rating tablets' counter topics), tickets issued,
# called, started and finished along a working day's curve with PEAK tickets a second at its height.
# Usage: bench/province.sh [offices=150] [peak=25] [seconds=120] [servers=1]
# With servers=2 a second server on the same stores takes half the offices' screens and half the commands, so that
# half the events cross from one instance to the other through Redis.
# PIN=1 runs the server(s) on CPU 0 and the driver on CPU 1; SKIP_BUILD=1 reuses the last build's jars;
# WARMUP=seconds (default 60) of the same day before the measured run (its delays are printed apart).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/java-env.sh
OFFICES=${1:-150}; PEAK=${2:-25}; SECONDS_RUN=${3:-120}; SERVERS=${4:-1}
PGHOST=127.0.0.1; PGUSER=postgres; export PGHOST PGUSER
SERVER_CPUS=(); DRIVER_CPUS=()
if [[ "${PIN:-0}" == 1 ]]; then SERVER_CPUS=(taskset -c 0); DRIVER_CPUS=(taskset -c 1); fi

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  ./mvnw -B -ntp -q package -DskipTests -pl client,server,bench -am \
    dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
fi
dropdb --if-exists motcua_province && createdb motcua_province
redis-cli -n 4 flushdb > /dev/null
mkdir -p target/bench
. bench/server.sh
start_server 18180 motcua_province 4 target/bench/province-1.log "${SERVER_CPUS[@]}"
PIDS=($SERVER_PID)
trap 'kill "${PIDS[@]}" 2>/dev/null || true' EXIT

# the demo's provincial centre (office 1) copied with its areas; every office gets 10 counters serving all its areas
psql -q -d motcua_province -v offices="$OFFICES" <<'SQL'
insert into office (code, name, agency_code, opens_at, closes_at, open_on_saturday, open_on_sunday)
select 'TINH-' || g, 'Bộ phận Một cửa số ' || g, o.agency_code, o.opens_at, o.closes_at, true, true
  from office o, generate_series(2, :offices) g where o.id = 1;
insert into service_area (office_id, code, name, name_en, prefix)
select n.id, a.code, a.name, a.name_en, a.prefix
  from office n join service_area a on a.office_id = 1 and a.daily_limit is null where n.code like 'TINH-%';
insert into counter (office_id, number, name)
select o.id, 100 + g, 'Quầy ' || (100 + g) from office o, generate_series(1, 10) g where o.id = 1 or o.code like 'TINH-%';
insert into counter_area (counter_id, area_id)
select c.id, a.id from counter c join service_area a on a.office_id = c.office_id where c.number > 100;
insert into staff_office_role (staff_id, office_id, role)
select s.id, o.id, 'CLERK' from staff s, office o where s.username = 'canbo1' and o.code like 'TINH-%';
SQL
sleep 6 # the office cache holds for 5 s
URLS=http://localhost:18180
if [[ "$SERVERS" == 2 ]]; then
  start_server 18181 motcua_province 4 target/bench/province-2.log "${SERVER_CPUS[@]}"
  PIDS+=($SERVER_PID); URLS=$URLS,http://localhost:18181
fi

echo "== province: $OFFICES offices, peak $PEAK tickets/s, ${SECONDS_RUN}s, $SERVERS server(s); load average $(cut -d' ' -f1-3 /proc/loadavg)"
declare -A BEFORE
for p in "${PIDS[@]}"; do BEFORE[$p]=$(cpu_seconds "$p"); done
START=$(date +%s.%N)
"${DRIVER_CPUS[@]}" java -Xmx2g -cp "bench/target/classes:$(cat bench/target/classpath.txt)" vn.motcua.bench.ProvinceBenchmark \
  "$URLS" "$OFFICES" "$PEAK" "$SECONDS_RUN" "$(IFS=,; echo "${PIDS[*]}")" "${WARMUP:-60}"
END=$(date +%s.%N)
for p in "${PIDS[@]}"; do
  echo "server $p: CPU $(echo "($(cpu_seconds "$p") - ${BEFORE[$p]}) / ($END - $START)" | bc -l | cut -c1-4) cores over the run" \
    "(connecting included); peak resident memory $(awk '/VmHWM/ {print $2 / 1024 " MB"}' "/proc/$p/status");" \
    "heap now: $(jcmd "$p" GC.heap_info 2>/dev/null | awk '/total/ {print $0; exit}')"
done
echo "load average $(cut -d' ' -f1-3 /proc/loadavg)"
