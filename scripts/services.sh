# The services, their ports and the order demo data is loaded in (sourced by the platform scripts).
# console (the backend-for-frontend of the operations console) last: it proxies to the others.
SERVICES=(report-intake kpi-aggregation meeting-coordination trust-fund console)
# Each port can be moved by its variable, so a second platform can run beside the default one (with the infra's
# KAFKA_PORT, MONGO_PORT, POSTGRES_PORT, KEYCLOAK_PORT, ... and its own INFRA_DIR/DATA_DIR: infra/README.md).
declare -A SERVICE_PORT=(
  [report-intake]="${REPORT_INTAKE_PORT:-3001}"
  [kpi-aggregation]="${KPI_AGGREGATION_PORT:-3002}"
  [meeting-coordination]="${MEETING_COORDINATION_PORT:-3003}"
  [trust-fund]="${TRUST_FUND_PORT:-3004}"
  [console]="${CONSOLE_PORT:-8080}"
)
# The infra scripts' helpers (RUN_DIR, live_pid, stop_pid): a pid only counts while it is a live,
# non-zombie process running that service's main.ts.
source infra/local/lib.sh
for service in "${SERVICES[@]}"; do
  [[ "${SERVICE_PORT[$service]}" =~ ^[0-9]+$ ]] || die "$service's port must be a number, not '${SERVICE_PORT[$service]}'"
done
service_pattern() { printf 'services/%s/src/main.ts' "$1"; }
# The URL other processes reach a service at (the console's proxy, the demo seeds): REPORT_INTAKE_URL, ... as the
# console's settings and the seeds read them.
service_url_var() { local name="${1//-/_}"; printf '%s_URL' "${name^^}"; }
export_service_urls() {
  local service var
  for service in "${SERVICES[@]}"; do
    var="$(service_url_var "$service")"
    [ "$service" != console ] || var=CONSOLE_PUBLIC_URL
    export "$var=${!var:-http://127.0.0.1:${SERVICE_PORT[$service]}}"
  done
}
