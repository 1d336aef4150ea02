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
# Where the console's proxy and the demo seeds reach each service (REPORT_INTAKE_URL, ...; scripts/services.sh).
export_service_urls

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

# The demo data is stamped with the seeds' version (a hash of the seed scripts and the figures they load). On data an
# earlier version loaded, a seed may be refused (e.g. the same Idempotency-Key with a changed body): that is the old
# demo, not a fault, so the platform stays up and says how to load the current one. On current data a failure is a bug.
seeds_version="$(cat services/*/src/demo/*.ts libs/kpi-catalogue/src/seed-figures.ts | sha256sum | cut -c1-16)"
stamp="$DATA_DIR/demo-seeds.version"
loaded_version="$(cat "$stamp" 2>/dev/null || true)"
demo_ok=1
for service in "${SERVICES[@]}"; do
  seed="services/$service/src/demo/seed.ts"
  [ -f "$seed" ] || continue
  echo "==> demo data: $service"
  if ! node -r @swc-node/register "$seed"; then
    [ -n "$loaded_version" ] && [ "$loaded_version" = "$seeds_version" ] && { echo "!! demo data: $service failed"; exit 1; }
    demo_ok=0
  fi
done
if [ "$demo_ok" = 1 ]; then
  echo "$seeds_version" > "$stamp"
else
  echo "!! demo data: $DATA_DIR holds demo data an earlier version of the seeds loaded (version ${loaded_version:-unknown}," \
    "now $seeds_version); the platform runs on it. \`make reset\` wipes this machine's local data and loads the current demo."
fi

cat <<EOT

The platform is up. API docs:
$(for s in "${SERVICES[@]}"; do [ -f "services/$s/src/main.ts" ] && echo "  $s  http://127.0.0.1:${SERVICE_PORT[$s]}/docs"; done)
Identity provider:      $OIDC_ISSUER (demo logins and ministry clients: README, "Identity")
A token for trying it:  npm run -s token -- --role seesac   (or --role ministry --jurisdiction belgrade)

The operations console: $CONSOLE_PUBLIC_URL
  demo logins (password Roadmap-Dev-2026, the identity realm's demo users):
    seesac.officer    SEESAC officer (every jurisdiction)
    focal.pristina    Pristina's focal point (also focal.belgrade, focal.podgorica, focal.sarajevo, focal.skopje, focal.tirana)
    analyst           analyst (accepted figures only)
Stop everything:        make down
EOT
