# The services, their ports and the order demo data is loaded in (sourced by the platform scripts).
SERVICES=(report-intake kpi-aggregation meeting-coordination trust-fund)
declare -A SERVICE_PORT=([report-intake]=3001 [kpi-aggregation]=3002 [meeting-coordination]=3003 [trust-fund]=3004)
# The infra scripts' helpers (RUN_DIR, live_pid, stop_pid): a pid only counts while it is a live,
# non-zombie process running that service's main.ts.
source infra/local/lib.sh
service_pattern() { printf 'services/%s/src/main.ts' "$1"; }
