# The services, their ports and the order demo data is loaded in (sourced by the platform scripts).
# console (the backend-for-frontend of the operations console) last: it proxies to the others.
SERVICES=(report-intake kpi-aggregation meeting-coordination trust-fund console)
declare -A SERVICE_PORT=([report-intake]=3001 [kpi-aggregation]=3002 [meeting-coordination]=3003 [trust-fund]=3004 [console]=8080)
# The infra scripts' helpers (RUN_DIR, live_pid, stop_pid): a pid only counts while it is a live,
# non-zombie process running that service's main.ts.
source infra/local/lib.sh
service_pattern() { printf 'services/%s/src/main.ts' "$1"; }
