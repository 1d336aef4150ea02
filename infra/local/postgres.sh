#!/usr/bin/env bash
# The PostgreSQL cluster that FerretDB stores its documents in: Debian's PostgreSQL server,
# run as a private cluster of this checkout (own data folder, port and socket folder), never
# the machine's system cluster.
#
#   postgres.sh install           make sure the server binaries exist (apt-get when root)
#   postgres.sh start [--no-wait] initdb once, start, wait for the port, create the database
#   postgres.sh wait              wait until a started cluster accepts connections
#   postgres.sh stop              fast shutdown (INT), then KILL after INFRA_STOP_TIMEOUT s
#   postgres.sh status            exit 0 when running, 3 when not
#   postgres.sh database <name> <password>
#                                 create the role <name> (login, that password) and its database <name>
#                                 when missing (Keycloak's database); idempotent
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

PG_DATA="$DATA_DIR/postgres"
PG_SOCKETS="$RUN_DIR/postgres-sockets"
PIDFILE="$RUN_DIR/postgres.pid"
LOGFILE="$RUN_DIR/postgres.log"
PATTERN="-D $PG_DATA"

# The newest installed major version's binaries (Debian keeps them off PATH).
pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

# PostgreSQL refuses to run as root: as root, it runs as the 'postgres' system user the
# Debian package creates; setpriv execs in place, so the recorded pid is the server's own.
AS_OWNER=()
[ "$(id -u)" = 0 ] && AS_OWNER=(setpriv --reuid=postgres --regid=postgres --init-groups --)
as_owner() { "${AS_OWNER[@]}" "$@"; }

install() {
  [ -n "$(pg_bin)" ] && [ -x "$(pg_bin)/postgres" ] && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "postgres: installing Debian's PostgreSQL server (apt-get install postgresql)"
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends postgresql >/dev/null ||
      { apt-get update >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends postgresql >/dev/null; } ||
      die "apt-get could not install postgresql (see above)"
  fi
  [ -n "$(pg_bin)" ] || die "no PostgreSQL server found in /usr/lib/postgresql/*/bin. Install it: sudo apt-get install -y postgresql"
}

init_cluster() {
  [ -f "$PG_DATA/PG_VERSION" ] && return 0
  say "postgres: creating the cluster in $PG_DATA (initdb, once)"
  mkdir -p "$PG_DATA"
  [ "$(id -u)" != 0 ] || chown postgres: "$PG_DATA"
  chmod 700 "$PG_DATA"
  as_owner test -w "$PG_DATA" ||
    die "the postgres user cannot write $PG_DATA (a parent folder is private?); set DATA_DIR to a folder it can reach"
  as_owner "$(pg_bin)/initdb" -D "$PG_DATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null ||
    die "initdb failed"
}

ensure_database() {
  local psql=("$(pg_bin)/psql" -h 127.0.0.1 -p "$POSTGRES_PORT" -U postgres -d postgres -Atq)
  [ "$("${psql[@]}" -c "select 1 from pg_database where datname = 'ferretdb'")" = 1 ] ||
    "${psql[@]}" -c 'create database ferretdb' || die "could not create the database 'ferretdb'"
}

# ensure_owned_database <name> <password>: a role and a database of that name, created once.
ensure_owned_database() {
  local name="$1" password="$2" psql=("$(pg_bin)/psql" -h 127.0.0.1 -p "$POSTGRES_PORT" -U postgres -d postgres -Atq -v ON_ERROR_STOP=1)
  [[ "$name" =~ ^[a-z_][a-z0-9_]*$ ]] || die "database name '$name' is not a plain identifier"
  [ "$("${psql[@]}" -c "select 1 from pg_roles where rolname = '$name'")" = 1 ] ||
    printf "create role %s login password :'pw';\n" "$name" | "${psql[@]}" -v pw="$password" >/dev/null ||
    die "could not create the role '$name'"
  [ "$("${psql[@]}" -c "select 1 from pg_database where datname = '$name'")" = 1 ] ||
    "${psql[@]}" -c "create database $name owner $name" >/dev/null || die "could not create the database '$name'"
}

wait_up() {
  wait_ready postgres "$PIDFILE" "$PATTERN" "$POSTGRES_PORT" "$LOGFILE"
  until "$(pg_bin)/pg_isready" -q -h 127.0.0.1 -p "$POSTGRES_PORT"; do sleep 0.2; done
  ensure_database
  [ "${1:-}" = quiet ] || say "postgres: ready on 127.0.0.1:$POSTGRES_PORT (pid $(live_pid "$PIDFILE" "$PATTERN"))"
}

start() {
  local pid wait=1
  [ "${1:-}" = "--no-wait" ] && wait=0
  lock postgres
  if pid="$(live_pid "$PIDFILE" "$PATTERN")"; then
    say "postgres: already running (pid $pid, 127.0.0.1:$POSTGRES_PORT)"
  else
    rm -f "$PIDFILE"
    ! port_open "$POSTGRES_PORT" || port_taken_error postgres "$POSTGRES_PORT" POSTGRES_PORT
    install
    init_cluster
    mkdir -p "$PG_SOCKETS"
    [ "$(id -u)" != 0 ] || chown postgres: "$PG_SOCKETS"
    # Durable on commit (synchronous_commit stays on: with it off, the fault suite's kill -9 of
    # PostgreSQL lost a write already acknowledged to a ministry, the WAL still in shared memory);
    # enough connections for FerretDB's pool and every test process.
    start_bg "$PIDFILE" "$LOGFILE" "${AS_OWNER[@]}" "$(pg_bin)/postgres" -D "$PG_DATA" -p "$POSTGRES_PORT" \
      -c listen_addresses=127.0.0.1 -c unix_socket_directories="$PG_SOCKETS" \
      -c max_connections=300 -c shared_buffers=256MB -c synchronous_commit=on
    say "postgres: starting (pid $(cat "$PIDFILE"), 127.0.0.1:$POSTGRES_PORT, data $PG_DATA, log $LOGFILE)"
  fi
  [ "$wait" = 0 ] || wait_up quiet
}

case "${1:-}" in
  database)
    [ $# = 3 ] || die "usage: $0 database <name> <password>"
    wait_up quiet
    ensure_owned_database "$2" "$3"
    ;;
  # INT: PostgreSQL's fast shutdown (TERM would wait for every client to leave).
  *) component_cli postgres "$POSTGRES_PORT" INT "|database <name> <password>" "$@" ;;
esac
