#!/usr/bin/env bash
# Runs every test of every module. Redis and PostgreSQL are real: Testcontainers where a Docker engine
# answers, else the services in TEST_DATABASE_URL / TEST_REDIS_URL, else embedded ones.
set -euo pipefail
cd "$(dirname "$0")"
. scripts/java-env.sh
exec ./mvnw -B -ntp verify "$@"
