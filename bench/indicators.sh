#!/usr/bin/env bash
# The indicator measurement of docs/performance.md: a province-sized year (bench/indicators/province-year.sql: 150
# offices, 1,000,000 tickets, 500,000 ratings, 300,000 dossiers) in this machine's PostgreSQL (database
# motcua_indicators, recreated; Redis database 2, flushed), then the medians of RUNS warm requests (after 3 warm-ups)
# of each indicator screen and export, over HTTP with the provincial head's token, as curl's total time.
# Usage: bench/indicators.sh [runs=21]; SERVER_JAR=path/to/server.jar measures another build, KEEP_DATA=1 reuses the data.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/java-env.sh
RUNS=${1:-21}
PGHOST=127.0.0.1; PGUSER=postgres; export PGHOST PGUSER
DB=motcua_indicators; PORT=18090; BASE=http://localhost:$PORT/api/v1

if [ -z "${SERVER_JAR:-}" ]; then
  ./mvnw -B -ntp -q package -DskipTests -pl server -am
  SERVER_JAR=$(ls server/target/server-*.jar)
fi
# KEEP_DATA=1 measures again on the database a previous run generated (e.g. another build, through SERVER_JAR)
if [ -z "${KEEP_DATA:-}" ]; then
  dropdb --if-exists $DB && createdb $DB
  PROFILE=demo
fi
redis-cli -n 2 flushdb > /dev/null

mkdir -p target/bench
# Redis's 1 s limits (fail fast, decision 8) are widened: on a machine loaded by others the server could not even start
# within them, and these requests measure PostgreSQL and the server, not Redis
DATABASE_URL=jdbc:postgresql://127.0.0.1:5432/$DB DATABASE_USERNAME=postgres REDIS_URL=redis://127.0.0.1:6379/2 \
  SPRING_PROFILES_ACTIVE=${PROFILE:-} MOTCUA_TOKEN_SECRET=benchmark-secret-0123456789abcdefghij \
  java -Xmx1g -jar "$SERVER_JAR" --server.port=$PORT --logging.level.root=WARN \
  --spring.data.redis.timeout=10s --spring.data.redis.connect-timeout=10s > target/bench/indicators-server.log 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do curl -fs -o /dev/null http://localhost:$PORT/actuator/health && break; sleep 1; done

START=$(date +%s)
[ -n "${KEEP_DATA:-}" ] || psql -q -d $DB -f bench/indicators/province-year.sql
echo "generated in $(( $(date +%s) - START )) s:" \
  "$(psql -tA -d $DB -c "select (select count(*) from office where code like 'TINH-%') || ' offices, ' ||
      (select count(*) from ticket) || ' tickets, ' || (select count(*) from rating) || ' ratings, ' ||
      (select count(*) from dossier) || ' dossiers'")"

TOKEN=$(curl -fs -H 'Content-Type: application/json' -d '{"username":"tinh.lanhdao","password":"motcua2026"}' \
  $BASE/auth/staff | sed -E 's/.*"token":"([^"]+)".*/\1/')
OFFICE=$(psql -tA -d $DB -c "select min(id) from office where code like 'TINH-%'")

measure() { # name, path: prints the median of RUNS requests, after 3 warm-ups
  local name=$1 path=$2 times=()
  for _ in 1 2 3; do curl -fs -o /dev/null -H "Authorization: Bearer $TOKEN" "$BASE$path"; done
  for _ in $(seq 1 "$RUNS"); do
    times+=("$(curl -fs -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $TOKEN" "$BASE$path")")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v n="$name" -v r="$RUNS" \
    '{ t[NR] = $1 } END { printf "%-45s median %7.1f ms  min %7.1f ms  max %7.1f ms  (%d runs)\n", n, t[int((NR + 1) / 2)] * 1000, t[1] * 1000, t[NR] * 1000, r }'
}

measure "province, year 2026 (table)" "/indicators?period=2026"
measure "province, year 2026, XLSX" "/indicators.xlsx?period=2026"
measure "province, year 2026, CSV" "/indicators.csv?period=2026"
measure "province, year 2026, PDF" "/indicators.pdf?period=2026"
measure "province, year 2026, dossiers behind 2.1" "/indicators/dossiers?period=2026&indicator=2.1"
measure "province, quarter 2026-Q3" "/indicators?period=2026-Q3"
measure "one office, month 2026-06 (table)" "/indicators?office=$OFFICE&period=2026-06"
measure "one office, month 2026-06, XLSX" "/indicators.xlsx?office=$OFFICE&period=2026-06"
measure "one office, month 2026-06, PDF" "/indicators.pdf?office=$OFFICE&period=2026-06"
measure "one office, month 2026-06, dossiers behind 5.4" "/indicators/dossiers?office=$OFFICE&period=2026-06&indicator=5.4"
measure "one office, year 2026" "/indicators?office=$OFFICE&period=2026"
