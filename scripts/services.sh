# The services, their ports and the order demo data is loaded in (sourced by the platform scripts).
SERVICES=(report-intake kpi-aggregation meeting-coordination trust-fund)
declare -A SERVICE_PORT=([report-intake]=3001 [kpi-aggregation]=3002 [meeting-coordination]=3003 [trust-fund]=3004)
RUN_DIR="${INFRA_DIR:-$(pwd)/.infra}/run"
