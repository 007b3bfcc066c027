#!/usr/bin/env bash
# The API's integration suite through PgBouncer in transaction-pooling mode (npm run test:pgbouncer).
#
# Writes its own pgbouncer.ini into a temp dir, starts PgBouncer on a free 127.0.0.1 port in front of
# the PostgreSQL server (default 127.0.0.1:5432, user postgres, trust auth), creates a fresh database
# on that server, points DATABASE_URL at it through PgBouncer and runs `jest --selectProjects
# integration` in apps/api. The suite's global setup then creates its own crm_test_* database through
# PgBouncer, migrates it through PgBouncer and drops it at the end; every test connection goes through
# the pooler. Afterwards PgBouncer is stopped and the databases are dropped.
#
# Not part of `npm test` or .ci/run (time). Needs Debian's pgbouncer: apt-get install -y pgbouncer.
#
#   PGBOUNCER_CHECK_PG_HOST / PGBOUNCER_CHECK_PG_PORT   the PostgreSQL server (127.0.0.1 / 5432)
#   PGBOUNCER_CHECK_POOL_SIZE                            server connections per database (default 4)
#   extra arguments go to jest as test path patterns, e.g. npm run test:pgbouncer -- src/modules/order
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"

pg_host="${PGBOUNCER_CHECK_PG_HOST:-127.0.0.1}"
pg_port="${PGBOUNCER_CHECK_PG_PORT:-5432}"
pool_size="${PGBOUNCER_CHECK_POOL_SIZE:-4}"

pgbouncer_bin="$(command -v pgbouncer || true)"
[ -n "$pgbouncer_bin" ] || pgbouncer_bin=/usr/sbin/pgbouncer
if [ ! -x "$pgbouncer_bin" ]; then
  echo "pgbouncer not found: apt-get install -y pgbouncer" >&2
  exit 2
fi
pg_isready -q -h "$pg_host" -p "$pg_port" -U postgres || {
  echo "no PostgreSQL server at $pg_host:$pg_port" >&2
  exit 2
}

dir="$(mktemp -d /tmp/crm-pgbouncer-XXXXXX)"
db="crm_pgb_$$"
pgb_pid=""
cleanup() {
  status=$?
  if [ -n "$pgb_pid" ] && kill -0 "$pgb_pid" 2>/dev/null; then
    kill -TERM "$pgb_pid" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$pgb_pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$pgb_pid" 2>/dev/null || true
  fi
  dropdb --if-exists --force -h "$pg_host" -p "$pg_port" -U postgres "$db" 2>/dev/null || true
  if [ "$status" -ne 0 ] && [ -f "$dir/pgbouncer.log" ]; then
    echo "--- last lines of $dir/pgbouncer.log ---" >&2
    tail -n 30 "$dir/pgbouncer.log" >&2 || true
  fi
  rm -rf "$dir"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# the API and its workspace dependencies must be built, as `npm test` does through turbo (the
# embedded-database spec runs dist/seed.js)
TURBO_TELEMETRY_DISABLED=1 npx turbo run build --filter=@crm/api --output-logs=errors-only

port="$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"

# Transaction pooling: a server connection belongs to a client only for one transaction, and no
# reset query runs between clients, so any session state the code leaves behind leaks into another
# client's transaction. The pool is smaller than one test app's own pool (5 connections), so clients
# really do take turns on server connections, and a transaction that needed a second connection
# while holding the first would stall here.
cat >"$dir/pgbouncer.ini" <<EOF
[databases]
* = host=$pg_host port=$pg_port

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = $port
unix_socket_dir =
auth_type = trust
auth_file = $dir/userlist.txt
pool_mode = transaction
default_pool_size = $pool_size
max_client_conn = 500
max_db_connections = 0
server_reset_query =
server_check_delay = 0
logfile = $dir/pgbouncer.log
pidfile = $dir/pgbouncer.pid
admin_users = postgres
log_connections = 0
log_disconnections = 0
EOF
printf '"postgres" ""\n' >"$dir/userlist.txt"

# PgBouncer refuses to run as root: it switches to the postgres user itself (-u), so $! stays its pid.
as_user=()
if [ "$(id -u)" = 0 ]; then
  chown -R postgres: "$dir"
  as_user=(-u postgres)
fi
"$pgbouncer_bin" "${as_user[@]}" "$dir/pgbouncer.ini" &
pgb_pid=$!
for _ in $(seq 50); do
  pg_isready -q -h 127.0.0.1 -p "$port" -U postgres -d pgbouncer && break
  kill -0 "$pgb_pid" 2>/dev/null || { echo "pgbouncer exited" >&2; exit 1; }
  sleep 0.2
done
pg_isready -q -h 127.0.0.1 -p "$port" -U postgres -d pgbouncer

createdb -h "$pg_host" -p "$pg_port" -U postgres "$db"
export DATABASE_URL="postgres://postgres@127.0.0.1:$port/$db"
echo "PgBouncer $("$pgbouncer_bin" --version | head -n 1 | awk '{print $2}') on 127.0.0.1:$port, pool_mode=transaction, default_pool_size=$pool_size -> $pg_host:$pg_port"
echo "DATABASE_URL=$DATABASE_URL"

started=$(date +%s)
set +e
(cd "$root/apps/api" && npx jest "$@" --selectProjects integration)
result=$?
set -e
echo "jest through PgBouncer: exit $result in $(($(date +%s) - started)) s"
psql -X -q -h 127.0.0.1 -p "$port" -U postgres -d pgbouncer -c "SHOW POOLS" 2>/dev/null | head -n 20 || true
exit "$result"
