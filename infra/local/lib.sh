# Shared settings and helpers of the local infra scripts (sourced, not run).
# See infra/README.md for what the scripts do and the environment variables they read.

set -euo pipefail

INFRA_SCRIPTS="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$INFRA_SCRIPTS/../.." && pwd)"

abs_path() { case "$1" in /*) printf '%s\n' "$1" ;; *) printf '%s\n' "$PWD/$1" ;; esac; }

INFRA_DIR="$(abs_path "${INFRA_DIR:-$REPO_ROOT/.infra}")"
DATA_DIR="$(abs_path "${DATA_DIR:-$REPO_ROOT/.data}")"
# Pid, log, lock files and rendered config of one instance. RUN_DIR (with its own DATA_DIR and ports) runs
# a second, separate instance from the same installed binaries (the fault suite kills its own copy).
RUN_DIR="$(abs_path "${RUN_DIR:-$INFRA_DIR/run}")"
KAFKA_PORT="${KAFKA_PORT:-9092}"
KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-9093}"
KAFKA_HEAP="${KAFKA_HEAP:-512m}"
MONGO_PORT="${MONGO_PORT:-27017}"
POSTGRES_PORT="${POSTGRES_PORT:-54320}"
FERRETDB_DEBUG_PORT="${FERRETDB_DEBUG_PORT:-0}"
KEYCLOAK_PORT="${KEYCLOAK_PORT:-8180}"
KEYCLOAK_MANAGEMENT_PORT="${KEYCLOAK_MANAGEMENT_PORT:-9180}"
KEYCLOAK_HEAP="${KEYCLOAK_HEAP:-512m}"
# The issuer's base URL (the realm's issuer is $KEYCLOAK_URL/realms/salw).
KEYCLOAK_URL="http://127.0.0.1:$KEYCLOAK_PORT"
# Seconds to wait for a service to accept connections, and for one to stop before KILL.
INFRA_START_TIMEOUT="${INFRA_START_TIMEOUT:-120}"
INFRA_STOP_TIMEOUT="${INFRA_STOP_TIMEOUT:-20}"
# Keycloak's first start creates its schema and imports the realm: minutes on a busy machine.
KEYCLOAK_START_TIMEOUT="${KEYCLOAK_START_TIMEOUT:-300}"

say() { printf '[infra] %s\n' "$*"; }
die() {
  printf '[infra] ERROR: %s\n' "$*" >&2
  exit 1
}

for port_var in KAFKA_PORT KAFKA_CONTROLLER_PORT MONGO_PORT POSTGRES_PORT FERRETDB_DEBUG_PORT KEYCLOAK_PORT KEYCLOAK_MANAGEMENT_PORT; do
  [[ "${!port_var}" =~ ^[0-9]+$ ]] || die "$port_var must be a port number, not '${!port_var}'"
done
[ "$KAFKA_PORT" != "$KAFKA_CONTROLLER_PORT" ] || die "KAFKA_PORT and KAFKA_CONTROLLER_PORT must differ"

# require_cmd <command> <Debian package> [hint]: fails with the package to install.
require_cmd() {
  command -v "$1" >/dev/null 2>&1 ||
    die "'$1' not found on PATH. Install it, e.g.: sudo apt-get install -y $2${3:+ ($3)}"
}

require_java() {
  require_cmd java openjdk-17-jre-headless "the Kafka 4 broker needs Java 17 or newer"
  local version major
  version="$(java -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n 1)"
  major="${version%%.*}"
  [ "$major" = 1 ] && major="$(printf '%s' "$version" | cut -d. -f2)"
  [[ "$major" =~ ^[0-9]+$ ]] || die "cannot tell the Java version from 'java -version' ($version)"
  [ "$major" -ge 17 ] ||
    die "Java $version found; the Kafka 4 broker needs Java 17 or newer (apt-get install openjdk-17-jre-headless)"
}

require_go() {
  require_cmd go golang "FerretDB v1.24 needs Go 1.24; Go 1.21 or newer fetches that toolchain itself"
  local version minor
  version="$(go env GOVERSION 2>/dev/null || true)"
  minor="$(printf '%s' "$version" | sed -n 's/^go1\.\([0-9]*\).*/\1/p')"
  [[ "$minor" =~ ^[0-9]+$ ]] || die "cannot tell the Go version ('go env GOVERSION' said '$version')"
  [ "$minor" -ge 21 ] ||
    die "$version found; building FerretDB needs Go 1.24 (Go 1.21 or newer downloads it from the module proxy)"
}

# port_open <port>: true when something accepts TCP connections on 127.0.0.1:<port>.
port_open() {
  if command -v timeout >/dev/null 2>&1; then
    timeout 2 bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$1"' _ "$1" 2>/dev/null
  else
    bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$1"' _ "$1" 2>/dev/null
  fi
}

# port_owner <port>: "pid: command line" of the process listening on TCP <port>, when
# /proc tells (for the error message when a port is taken by someone else).
port_owner() {
  local hex inode link pid
  hex="$(printf '%04X' "$1")"
  for inode in $(awk -v p=":$hex" '$4 == "0A" && substr($2, length($2) - 4) == p { print $10 }' \
    /proc/net/tcp /proc/net/tcp6 2>/dev/null); do
    link="$(find /proc/[0-9]*/fd -lname "socket:\[$inode\]" -print -quit 2>/dev/null || true)"
    [ -n "$link" ] || continue
    pid="${link#/proc/}"
    pid="${pid%%/*}"
    printf '%s: %s\n' "$pid" "$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | cut -c1-200 | sed 's/ *$//')"
    return 0
  done
  return 1
}

# port_taken_error <service> <port> <env var>: fails naming who holds the port.
port_taken_error() {
  local owner
  owner="$(port_owner "$2" || true)"
  die "$1: port $2 is taken by a process these scripts did not start from $INFRA_DIR (no live pid file in $RUN_DIR)${owner:+
        held by pid $owner}
        Stop it (a copy of this infra from another checkout or INFRA_DIR stops with that copy's infra/local/down.sh), or set $3."
}

# proc_alive <pid>: the process exists and is not a zombie waiting to be reaped.
proc_alive() {
  kill -0 "$1" 2>/dev/null || return 1
  [ -r "/proc/$1/stat" ] || return 0
  [ "$(sed 's/^.*) \(.\).*$/\1/' "/proc/$1/stat" 2>/dev/null)" != Z ]
}

# live_pid <pidfile> <pattern>: prints the pid when the file names a live process whose
# command line contains <pattern> (so a recycled pid is not mistaken for ours).
live_pid() {
  local pid
  [ -f "$1" ] || return 1
  pid="$(tr -dc '0-9' <"$1")"
  [ -n "$pid" ] && proc_alive "$pid" || return 1
  if [ -r "/proc/$pid/cmdline" ]; then
    tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qF -- "$2" || return 1
  fi
  printf '%s\n' "$pid"
}

# lock <name>: serialises concurrent runs of the scripts for one service (released on exit).
lock() {
  mkdir -p "$RUN_DIR"
  command -v flock >/dev/null 2>&1 || return 0
  exec 9>"$RUN_DIR/$1.lock"
  flock -w 600 9 || die "another infra script holds $RUN_DIR/$1.lock"
}

# start_bg <pidfile> <logfile> <command...>: starts the command detached from this shell
# (own session, stdin closed, output appended to the log) and records its pid, and the
# size of the log before it (in <pidfile>.log-offset) so waits read only this run's lines.
start_bg() {
  local pidfile="$1" logfile="$2" waited=0
  shift 2
  rm -f "$pidfile"
  stat -c %s "$logfile" 2>/dev/null >"$pidfile.log-offset" || echo 0 >"$pidfile.log-offset"
  printf '\n===== %s start: %s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$*" >>"$logfile"
  local launcher=(nohup)
  command -v setsid >/dev/null 2>&1 && launcher=(setsid)
  # The inner shell writes its own pid, then becomes the service (exec keeps the pid).
  "${launcher[@]}" bash -c 'echo $$ >"$0"; exec "$@"' "$pidfile" "$@" </dev/null >>"$logfile" 2>&1 9>&- &
  while [ ! -s "$pidfile" ]; do
    sleep 0.1
    waited=$((waited + 1))
    [ "$waited" -lt 100 ] || die "could not start $1 (no pid file after 10 s; see $logfile)"
  done
}

# wait_ready <name> <pidfile> <pattern> <port> <logfile> [log line]: waits until the
# process listens on the port (and, if given, has logged the line since it started);
# fails with what it logged if it exits or the time runs out.
wait_ready() {
  local name="$1" pidfile="$2" pattern="$3" port="$4" logfile="$5" line="${6:-}" offset=0
  [ -f "$pidfile.log-offset" ] && offset="$(tr -dc '0-9' <"$pidfile.log-offset")"
  offset="${offset:-0}"
  local deadline=$((SECONDS + INFRA_START_TIMEOUT))
  while :; do
    if ! live_pid "$pidfile" "$pattern" >/dev/null; then
      printf '[infra] ERROR: %s exited during start-up; its log (%s) says:\n' "$name" "$logfile" >&2
      log_since "$logfile" "$offset" >&2
      exit 1
    fi
    if port_open "$port" && { [ -z "$line" ] || tail -c "+$((offset + 1))" "$logfile" | grep -qF -- "$line"; }; then
      return 0
    fi
    if [ "$SECONDS" -ge "$deadline" ]; then
      printf '[infra] ERROR: %s did not accept connections on 127.0.0.1:%s within %s s (INFRA_START_TIMEOUT);\n' \
        "$name" "$port" "$INFRA_START_TIMEOUT" >&2
      printf '[infra] it is left running (pid %s; stop it with infra/local/%s.sh stop); its log (%s) says:\n' \
        "$(tr -dc '0-9' <"$pidfile")" "$name" "$logfile" >&2
      log_since "$logfile" "$offset" >&2
      exit 1
    fi
    sleep 0.2
  done
}

# log_since <logfile> <offset>: the last 40 lines the current run wrote, indented.
log_since() { tail -c "+$(($2 + 1))" "$1" | tail -n 40 | sed 's/^/    /'; }

# stop_pid <name> <pidfile> <pattern> [signal]: the signal (TERM unless given), wait up to
# INFRA_STOP_TIMEOUT s, then KILL.
stop_pid() {
  local name="$1" pidfile="$2" pattern="$3" signal="${4:-TERM}" pid deadline
  if ! pid="$(live_pid "$pidfile" "$pattern")"; then
    if [ -f "$pidfile" ]; then
      rm -f "$pidfile" "$pidfile.log-offset"
      say "$name: not running (removed stale pid file)"
    else
      say "$name: not running"
    fi
    return 0
  fi
  kill -"$signal" "$pid" 2>/dev/null || true
  deadline=$((SECONDS + INFRA_STOP_TIMEOUT))
  while proc_alive "$pid" && [ "$SECONDS" -lt "$deadline" ]; do sleep 0.2; done
  if proc_alive "$pid"; then
    kill -KILL "$pid" 2>/dev/null || true
    while proc_alive "$pid"; do sleep 0.1; done
    say "$name: stopped (pid $pid did not exit within ${INFRA_STOP_TIMEOUT} s of $signal; killed)"
  else
    say "$name: stopped (pid $pid)"
  fi
  rm -f "$pidfile" "$pidfile.log-offset"
}

# stamp <files...>: a checksum of the files, recorded next to what was installed from them.
stamp() { cat "$@" | sha256sum | cut -c1-16; }

# report_status <name> <pidfile> <pattern> <port>: says whether the service runs; exit 0 when it
# does (even while it is still starting), 3 when it does not.
report_status() {
  local name="$1" pidfile="$2" pattern="$3" port="$4" pid
  if pid="$(live_pid "$pidfile" "$pattern")"; then
    if port_open "$port"; then
      say "$name: running (pid $pid, 127.0.0.1:$port)"
    else
      say "$name: process $pid alive, port $port not open (starting?)"
    fi
    return 0
  fi
  say "$name: not running"
  return 3
}

# component_cli <name> <port> <stop signal> <more usage> <command...>: the commands every component script
# answers alike, after its own install, start, wait_up (and stop_component's PIDFILE and PATTERN): install,
# start [--no-wait], wait, stop (the signal, then KILL), restart, status. A script handles its own commands
# (keycloak's env, postgres's database) before handing the rest here.
component_cli() {
  local name="$1" port="$2" signal="$3" usage="$4"
  shift 4
  case "${1:-}" in
    install) install ;;
    start) start "${2:-}" ;;
    wait) wait_up ;;
    stop) lock "$name" && stop_pid "$name" "$PIDFILE" "$PATTERN" "$signal" ;;
    restart) lock "$name" && stop_pid "$name" "$PIDFILE" "$PATTERN" "$signal" && start "${2:-}" ;;
    status) report_status "$name" "$PIDFILE" "$PATTERN" "$port" ;;
    *)
      echo "usage: $0 install|start [--no-wait]|wait|stop|restart|status$usage" >&2
      exit 2
      ;;
  esac
}
