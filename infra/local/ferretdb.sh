#!/usr/bin/env bash
# The local MongoDB-wire database: FerretDB v1 on its PostgreSQL backend (the private cluster
# of postgres.sh), built from the Go module proxy at the version pinned in
# infra/ferretdb/go.mod, with the fixes in infra/ferretdb/patches applied.
#
#   ferretdb.sh install          build the binary into $INFRA_DIR/ferretdb/bin (when missing)
#   ferretdb.sh start [--no-wait] install, start, wait for the port
#   ferretdb.sh wait             wait until a started FerretDB accepts connections
#   ferretdb.sh stop             TERM, then KILL after INFRA_STOP_TIMEOUT s; keeps the data
#   ferretdb.sh restart          stop, then start
#   ferretdb.sh status           exit 0 when running, 3 when not
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

MODULE=github.com/FerretDB/FerretDB
PINS=("$REPO_ROOT/infra/ferretdb/go.mod" "$REPO_ROOT/infra/ferretdb/go.sum" "$REPO_ROOT/infra/ferretdb/tools.go")
PATCHES=("$REPO_ROOT"/infra/ferretdb/patches/*.patch)
BUILD="$INFRA_DIR/ferretdb/build"
BIN="$INFRA_DIR/ferretdb/bin/ferretdb"
STATE_DIR="$INFRA_DIR/ferretdb/state"
# A separate instance (own RUN_DIR) keeps its own state file.
[ "$RUN_DIR" = "$INFRA_DIR/run" ] || STATE_DIR="$RUN_DIR/ferretdb-state"
# FerretDB's pool: every statement of a command may hold one connection while it runs.
FERRETDB_POOL_SIZE="${FERRETDB_POOL_SIZE:-100}"
PIDFILE="$RUN_DIR/ferretdb.pid"
LOGFILE="$RUN_DIR/ferretdb.log"
PATTERN="$BIN"
FERRETDB_VERSION="$(sed -n "s:^require $MODULE \(v[^ ]*\).*:\1:p" "${PINS[0]}")"

# The Go environment of the build: the pinned go.sum is the checksum authority for FerretDB
# (not the checksum database), dependencies may be added to the build copy's go.sum,
# no VCS stamping (the build folder sits inside this repository's work tree), no cgo.
go_build_env() {
  env GOFLAGS="-mod=mod -buildvcs=false" GONOSUMDB="${GONOSUMDB:+$GONOSUMDB,}$MODULE" \
    GOWORK=off CGO_ENABLED=0 "$@"
}

install() {
  local want dir started=$SECONDS
  want="$(stamp "${PINS[@]}" "${PATCHES[@]}")"
  if [ -x "$BIN" ] && [ -f "$BIN.installed" ] && [ "$(cat "$BIN.installed")" = "$want" ]; then
    say "ferretdb: FerretDB $FERRETDB_VERSION binary present ($BIN)"
    return 0
  fi
  require_go
  say "ferretdb: building FerretDB $FERRETDB_VERSION from the Go module proxy into $BIN (~1-2 min on a first run)"
  rm -rf "$BUILD"
  mkdir -p "$BUILD" "$(dirname "$BIN")"
  cp "${PINS[@]}" "$BUILD/"
  (
    cd "$BUILD"
    say "ferretdb: downloading the modules (go mod download)"
    go_build_env go mod download "$MODULE" ||
      die "go mod download failed (is the Go module proxy reachable? see above)"
    dir="$(go_build_env go list -m -f '{{.Dir}}' "$MODULE")"
    [ -d "$dir" ] || die "go list found no module directory for $MODULE ($dir)"
    # The module zip lacks build/version/version.txt (generated from git in FerretDB's own
    # builds) and the binary panics at start without it: build from a copy that has it.
    cp -R "$dir" src
    chmod -R u+w src
    printf '%s\n' "$FERRETDB_VERSION" >src/build/version/version.txt
    for fix in "${PATCHES[@]}"; do
      say "ferretdb: applying $(basename "$fix")"
      patch --quiet -d src -p1 <"$fix" || die "could not apply $fix to FerretDB $FERRETDB_VERSION"
    done
    go_build_env go mod edit -replace "$MODULE=./src"
    say "ferretdb: compiling (go build)"
    go_build_env go build -o "$BIN.tmp" "$MODULE/cmd/ferretdb" || die "go build of FerretDB failed (see above)"
  )
  "$BIN.tmp" --version >/dev/null 2>&1 || die "the FerretDB binary built but does not run: $("$BIN.tmp" --version 2>&1 | head -n 3)"
  mv -f "$BIN.tmp" "$BIN"
  printf '%s\n' "$want" >"$BIN.installed"
  say "ferretdb: built $BIN in $((SECONDS - started)) s"
}

wait_up() {
  wait_ready ferretdb "$PIDFILE" "$PATTERN" "$MONGO_PORT" "$LOGFILE"
  [ "${1:-}" = quiet ] || say "ferretdb: ready on 127.0.0.1:$MONGO_PORT (pid $(live_pid "$PIDFILE" "$PATTERN"))"
}

start() {
  local pid wait=1
  [ "${1:-}" = "--no-wait" ] && wait=0
  lock ferretdb
  if pid="$(live_pid "$PIDFILE" "$PATTERN")"; then
    if port_open "$MONGO_PORT"; then
      say "ferretdb: already running (pid $pid, 127.0.0.1:$MONGO_PORT)"
      [ "$wait" = 0 ] || wait_up quiet
      return 0
    fi
    say "ferretdb: started earlier (pid $pid), not accepting connections yet"
  else
    rm -f "$PIDFILE"
    ! port_open "$MONGO_PORT" || port_taken_error ferretdb "$MONGO_PORT" MONGO_PORT
    install
    bash "$INFRA_SCRIPTS/postgres.sh" start
    mkdir -p "$RUN_DIR" "$STATE_DIR"
    start_bg "$PIDFILE" "$LOGFILE" "$BIN" --handler=postgresql \
      --postgresql-url="postgres://postgres@127.0.0.1:$POSTGRES_PORT/ferretdb?pool_max_conns=$FERRETDB_POOL_SIZE" \
      --listen-addr="127.0.0.1:$MONGO_PORT" --debug-addr="127.0.0.1:$FERRETDB_DEBUG_PORT" \
      --telemetry=disable --log-level=warn --state-dir="$STATE_DIR"
    say "ferretdb: starting FerretDB $FERRETDB_VERSION (pid $(cat "$PIDFILE"), 127.0.0.1:$MONGO_PORT, on postgres :$POSTGRES_PORT, log $LOGFILE)"
  fi
  [ "$wait" = 0 ] || wait_up
}

component_cli ferretdb "$MONGO_PORT" TERM "" "$@"
