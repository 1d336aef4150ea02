#!/usr/bin/env bash
# Stops the services started by start-platform.sh, then Kafka and FerretDB.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/services.sh
for service in "${SERVICES[@]}"; do
  pidfile="$RUN_DIR/$service.pid"
  [ -f "$pidfile" ] || continue
  pid=$(cat "$pidfile")
  if kill -0 "$pid" 2>/dev/null; then
    echo "==> stopping $service (pid $pid)"
    kill "$pid"
    for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$pidfile"
done
bash infra/local/down.sh
