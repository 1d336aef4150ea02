#!/usr/bin/env bash
# Stops the services started by start-platform.sh, then Kafka and FerretDB.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/services.sh
for service in "${SERVICES[@]}"; do
  stop_pid "$service" "$RUN_DIR/$service.pid" "$(service_pattern "$service")"
done
bash infra/local/down.sh
