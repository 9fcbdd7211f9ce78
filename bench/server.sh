# Sourced by the benchmark scripts: starts the server jar ($SERVER_JAR or the one just built) on this machine's
# PostgreSQL and Redis with the demo data, and waits until it answers.
# start_server PORT DATABASE REDIS_DB LOG [command prefix, e.g. taskset -c 0]; sets SERVER_PID.
# JFR=path.jfr records it with Java Flight Recorder; SERVER_HEAP (default 1g) sets its heap; SERVER_ARGS adds
# arguments (e.g. --logging.level.org.springframework.web.socket=DEBUG).
start_server() {
  local port=$1 db=$2 redis_db=$3 log=$4; shift 4
  local jfr=()
  if [[ -n "${JFR:-}" ]]; then jfr=("-XX:FlightRecorderOptions=stackdepth=256" "-XX:StartFlightRecording=settings=profile,filename=$JFR"); fi
  DATABASE_URL=jdbc:postgresql://127.0.0.1:5432/$db DATABASE_USERNAME=postgres REDIS_URL=redis://127.0.0.1:6379/$redis_db \
    SPRING_PROFILES_ACTIVE=demo MOTCUA_TOKEN_SECRET=benchmark-secret-0123456789abcdefghij DATABASE_POOL_SIZE=32 \
    "$@" java "-Xmx${SERVER_HEAP:-1g}" "${jfr[@]}" -jar "${SERVER_JAR:-$(ls server/target/server-*.jar)}" \
    --server.port="$port" --logging.level.root=WARN ${SERVER_ARGS:-} > "$log" 2>&1 &
  SERVER_PID=$!
  # on a busy machine (or one pinned core) the server may take minutes to start
  for _ in $(seq 1 400); do curl -fs -o /dev/null "http://localhost:$port/actuator/health" && return 0; sleep 1; done
  echo "the server on port $port did not start; see $log"; return 1
}

# cpu_seconds PID: the processor time the process has used so far
cpu_seconds() { awk -v hz="$(getconf CLK_TCK)" '{printf "%.2f", ($14 + $15) / hz}' "/proc/$1/stat"; }
