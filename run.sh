#!/usr/bin/env bash
# Builds everything and starts server + kiosk-app + counter-app in the embedded mode (embedded Redis
# and PostgreSQL under ./data, demo offices). Ctrl-C stops all three.
set -euo pipefail
cd "$(dirname "$0")"
. scripts/java-env.sh
./mvnw -B -ntp -q install -DskipTests
mkdir -p data/logs
pids=()
stop() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap stop EXIT INT TERM

wait_for() { # url name log
  for _ in $(seq 1 180); do
    if curl -fs -o /dev/null "$1"; then return 0; fi
    sleep 1
  done
  echo "$2 did not start; see $3" >&2
  exit 1
}

java -jar server/target/server-*.jar --motcua.embedded=true > data/logs/server.log 2>&1 & pids+=($!)
wait_for http://localhost:8080/actuator/health server data/logs/server.log
MOTCUA_SERVER_URL=http://localhost:8080 PORT=8081 java -jar kiosk-app/target/kiosk-app-*.jar > data/logs/kiosk-app.log 2>&1 & pids+=($!)
MOTCUA_SERVER_URL=http://localhost:8080 PORT=8082 java -jar counter-app/target/counter-app-*.jar > data/logs/counter-app.log 2>&1 & pids+=($!)
wait_for http://localhost:8081/ kiosk-app data/logs/kiosk-app.log
wait_for http://localhost:8082/ counter-app data/logs/counter-app.log

cat <<'TXT'

Mot cua is running (logs in data/logs/, data in data/):
  server        http://localhost:8080   API docs: http://localhost:8080/swagger-ui.html
  kiosk-app     http://localhost:8081   pair a screen at /pair with a device code and secret
  counter-app   http://localhost:8082   sign in as a clerk, head or admin

Staff logins (password motcua2026): canbo1, canbo2 (clerks), lanhdao (head), admin
  at the provincial centre; xa.canbo, xa.lanhdao at the commune.
Devices (secret = code in lower case + "-secret", e.g. kiosk-tt-01-secret):
  KIOSK-TT-01, DISPLAY-TT-01, TABLET-TT-Q1 (provincial centre), KIOSK-XA-01, DISPLAY-XA-01, TABLET-XA-Q3 (commune)
Press Ctrl-C to stop.
TXT
wait -n "${pids[@]}"
