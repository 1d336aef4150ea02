#!/usr/bin/env bash
# The fault suite (tests/faults): the platform as OS processes under load while Kafka, FerretDB + PostgreSQL and each
# service are killed in turn, checked against the event stores after every fault. It runs on an instance of Kafka,
# FerretDB and PostgreSQL of its own (free ports, its own RUN_DIR and DATA_DIR under FAULTS_DIR, the binaries of
# INFRA_DIR, installed there when missing), never the shared one, and always stops it, on failure too.
#   RUNS=3 bash scripts/faults.sh     runs it three times in a row (each on an empty instance) and prints every table
# Tuning (defaults for CI): FAULTS_RATE, FAULTS_BEFORE_S, FAULTS_AFTER_S, FAULTS_KAFKA_OUTAGE_S, FAULTS_DB_OUTAGE_S,
# FAULTS_RECOVER_TIMEOUT_S, FAULTS_RECIPES (names to run, comma-separated substrings): see tests/faults/run.ts.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${RUNS:-1}"
[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || { echo "RUNS must be a positive number, not '$RUNS'" >&2; exit 2; }
FAULTS_DIR="${FAULTS_DIR:-$PWD/.data/faults}"

# The identity provider is the shared local one (the suite never kills it): make sure it runs, with the
# default local infra (idempotent: skips what already runs).
bash infra/local/up.sh

# Ports nobody listens on now (distinct), unless given.
taken=" "
free_port() {
  local port
  while :; do
    port="$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
    case "$taken" in *" $port "*) continue ;; esac
    taken="$taken$port "
    echo "$port"
    return
  done
}
export RUN_DIR="$FAULTS_DIR/run" DATA_DIR="$FAULTS_DIR/data"
export KAFKA_PORT="${FAULTS_KAFKA_PORT:-$(free_port)}"
export KAFKA_CONTROLLER_PORT="${FAULTS_KAFKA_CONTROLLER_PORT:-$(free_port)}"
export MONGO_PORT="${FAULTS_MONGO_PORT:-$(free_port)}"
export POSTGRES_PORT="${FAULTS_POSTGRES_PORT:-$(free_port)}"
export FAULTS_SERVICE_PORTS="${FAULTS_SERVICE_PORTS:-$(free_port),$(free_port),$(free_port),$(free_port)}"
# The services must reach this instance, whatever the caller's environment points at.
unset KAFKA_BROKERS MONGO_URL MONGO_DB REPORTS_TOPIC KPI_FACTS_TOPIC KPI_AGGREGATION_GROUP MEETINGS_TOPIC FUND_TOPIC

source scripts/services.sh
stop_instance() {
  for service in "${SERVICES[@]}"; do
    stop_pid "$service" "$RUN_DIR/$service.pid" "$(service_pattern "$service")" >/dev/null 2>&1 || true
  done
  bash infra/local/kafka.sh stop >/dev/null 2>&1 || true
  bash infra/local/ferretdb.sh stop >/dev/null 2>&1 || true
  bash infra/local/postgres.sh stop >/dev/null 2>&1 || true
}
trap stop_instance EXIT
trap 'exit 130' INT TERM

status=0
for run in $(seq 1 "$RUNS"); do
  echo "==> fault suite, run $run of $RUNS (own infra: Kafka :$KAFKA_PORT, FerretDB :$MONGO_PORT, PostgreSQL :$POSTGRES_PORT; $FAULTS_DIR)"
  stop_instance
  rm -rf "$FAULTS_DIR"
  mkdir -p "$RUN_DIR" "$DATA_DIR"
  started=$SECONDS
  node -r @swc-node/register tests/faults/run.ts 2>&1 | tee "$FAULTS_DIR.run-$run.log" || status=1
  echo "==> run $run took $((SECONDS - started)) s"
done
exit $status
