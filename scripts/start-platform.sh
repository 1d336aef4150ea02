#!/usr/bin/env bash
# Starts the whole platform on this machine: Kafka, FerretDB and Keycloak, every service, then
# loads the demo data from the seed documents (with tokens from Keycloak). Idempotent: what
# already runs is left running.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
bash infra/local/up.sh
source scripts/services.sh
mkdir -p "$RUN_DIR"
echo "==> building the console app (services/console/app → dist)"
npx vite build services/console/app --logLevel warn
export KAFKA_BROKERS="${KAFKA_BROKERS:-127.0.0.1:${KAFKA_PORT:-9092}}"
export MONGO_URL="${MONGO_URL:-mongodb://127.0.0.1:${MONGO_PORT:-27017}}"
# Each service accepts this issuer's tokens for its own audience (OIDC_AUDIENCE, default: its name).
export OIDC_ISSUER="${OIDC_ISSUER:-http://127.0.0.1:${KEYCLOAK_PORT:-8180}/realms/salw}"

for service in "${SERVICES[@]}"; do
  [ -f "services/$service/src/main.ts" ] || continue
  pidfile="$RUN_DIR/$service.pid"
  if pid="$(live_pid "$pidfile" "$(service_pattern "$service")")"; then
    echo "==> $service already running (pid $pid)"
    continue
  fi
  echo "==> starting $service on port ${SERVICE_PORT[$service]} (log $RUN_DIR/$service.log)"
  PORT="${SERVICE_PORT[$service]}" nohup node -r @swc-node/register "services/$service/src/main.ts" \
    > "$RUN_DIR/$service.log" 2>&1 &
  echo $! > "$pidfile"
done

for service in "${SERVICES[@]}"; do
  [ -f "services/$service/src/main.ts" ] || continue
  url="http://127.0.0.1:${SERVICE_PORT[$service]}/health/ready"
  for _ in $(seq 1 120); do
    curl -fsS "$url" > /dev/null 2>&1 && break
    live_pid "$RUN_DIR/$service.pid" "$(service_pattern "$service")" >/dev/null || { echo "!! $service died:"; tail -30 "$RUN_DIR/$service.log"; exit 1; }
    sleep 1
  done
  curl -fsS "$url" > /dev/null || { echo "!! $service not ready:"; tail -30 "$RUN_DIR/$service.log"; exit 1; }
  echo "==> $service ready: http://127.0.0.1:${SERVICE_PORT[$service]}/docs"
done

for service in "${SERVICES[@]}"; do
  seed="services/$service/src/demo/seed.ts"
  [ -f "$seed" ] || continue
  echo "==> demo data: $service"
  node -r @swc-node/register "$seed"
done

cat <<EOT

The platform is up. API docs:
$(for s in "${SERVICES[@]}"; do [ -f "services/$s/src/main.ts" ] && echo "  $s  http://127.0.0.1:${SERVICE_PORT[$s]}/docs"; done)
Identity provider:      $OIDC_ISSUER (demo logins and ministry clients: README, "Identity")
A token for trying it:  npm run -s token -- --role seesac   (or --role ministry --jurisdiction belgrade)

The operations console: http://127.0.0.1:8080
  demo logins (password Roadmap-Dev-2026, the identity realm's demo users):
    seesac.officer    SEESAC officer (every jurisdiction)
    focal.pristina    Pristina's focal point (also focal.belgrade, focal.podgorica, focal.sarajevo, focal.skopje, focal.tirana)
    analyst           analyst (accepted figures only)
Stop everything:        make down
EOT
