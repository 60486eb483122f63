#!/usr/bin/env bash
# Starts the PostgreSQL and Redis servers the store and queue tests use, when they are not already running
# (installing Debian's postgresql and redis-server when missing), and creates the test role and database
# (sitrep/sitrep, sitrep_test, with pg_trgm). Idempotent: on a machine where both answer, it only checks the role.
# Tests read SITREP_TEST_PG / SITREP_TEST_REDIS; with other servers there, set those and this script is not needed.
set -euo pipefail
SUDO=""
if [ "$(id -u)" != "0" ] && command -v sudo >/dev/null; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
PG_HOST=127.0.0.1
missing=()
command -v pg_ctlcluster >/dev/null || missing+=(postgresql)
command -v redis-server >/dev/null || missing+=(redis-server)
if [ ${#missing[@]} -gt 0 ]; then
  $SUDO apt-get update
  $SUDO apt-get install -y --no-install-recommends "${missing[@]}"
fi

if ! pg_isready -q -h $PG_HOST; then
  # the first cluster Debian made (e.g. 15 main), started without systemd
  read -r ver name _ < <(pg_lsclusters --no-header | head -1)
  $SUDO pg_ctlcluster "$ver" "$name" start
  for _ in $(seq 30); do pg_isready -q -h $PG_HOST && break; sleep 1; done
fi
if ! redis-cli -h 127.0.0.1 ping >/dev/null 2>&1; then
  if command -v service >/dev/null && service redis-server start >/dev/null 2>&1; then :; else
    redis-server --bind 127.0.0.1 --port 6379 --daemonize yes --save "" --appendonly no
  fi
  for _ in $(seq 30); do redis-cli -h 127.0.0.1 ping >/dev/null 2>&1 && break; sleep 1; done
fi

# SQL as the superuser: the postgres account over the local socket (Debian's peer authentication), else over TCP
psql_admin() {
  local db=$1 sql=$2
  if [ "$(id -u)" = "0" ] && id postgres >/dev/null 2>&1; then su postgres -c "psql -v ON_ERROR_STOP=1 -qAt -d $db -c \"$sql\""
  elif [ -n "$SUDO" ]; then $SUDO -u postgres psql -v ON_ERROR_STOP=1 -qAt -d "$db" -c "$sql"
  else psql -h $PG_HOST -U postgres -v ON_ERROR_STOP=1 -qAt -d "$db" -c "$sql"; fi
}
if [ "$(psql_admin postgres "SELECT 1 FROM pg_roles WHERE rolname = 'sitrep'")" != "1" ]; then
  psql_admin postgres "CREATE ROLE sitrep LOGIN PASSWORD 'sitrep'"
fi
if [ "$(psql_admin postgres "SELECT 1 FROM pg_database WHERE datname = 'sitrep_test'")" != "1" ]; then
  psql_admin postgres "CREATE DATABASE sitrep_test OWNER sitrep"
fi
psql_admin sitrep_test "CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public" 2>&1 | grep -v "already exists" || true
echo "postgresql: $(pg_isready -h $PG_HOST); redis: $(redis-cli -h 127.0.0.1 ping)"
