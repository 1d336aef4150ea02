#!/usr/bin/env bash
# Stops the local infrastructure (TERM, then KILL after INFRA_STOP_TIMEOUT s) and removes
# the pid files. Idempotent. `down.sh --wipe` also deletes the data folders
# ($DATA_DIR/kafka, $DATA_DIR/postgres): the next up.sh starts empty.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

wipe=0
case "${1:-}" in
  "") ;;
  --wipe) wipe=1 ;;
  *)
    echo "usage: $0 [--wipe]" >&2
    exit 2
    ;;
esac

bash "$INFRA_SCRIPTS/keycloak.sh" stop
bash "$INFRA_SCRIPTS/kafka.sh" stop
bash "$INFRA_SCRIPTS/ferretdb.sh" stop
bash "$INFRA_SCRIPTS/postgres.sh" stop
if [ "$wipe" = 1 ]; then
  rm -rf "$DATA_DIR/kafka" "$DATA_DIR/postgres" "$DATA_DIR/ferretdb" "$DATA_DIR/keycloak"
  say "wiped $DATA_DIR/kafka, $DATA_DIR/postgres (FerretDB's and Keycloak's databases) and $DATA_DIR/keycloak"
fi
