#!/usr/bin/env bash
# The fuzz stage (also `make fuzz`, and the last stage of `make test`): installs the pinned
# schemathesis into a virtual environment under .infra/, then starts every service as an OS process
# and fuzzes its OpenAPI document with a token of every role (tests/fuzz/fuzz.ts).
set -euo pipefail
cd "$(dirname "$0")/../.."
bash scripts/ensure-deps.sh

venv="${FUZZ_VENV:-$PWD/.infra/fuzz-venv}"
requirements=tests/fuzz/requirements.txt
if ! cmp -s "$requirements" "$venv/requirements.txt" 2>/dev/null; then
  echo "==> installing $(grep -v '^#' "$requirements" | tr '\n' ' ')into $venv"
  # Debian's python3 keeps venv in a package of its own.
  python3 -m venv "$venv" 2>/dev/null || { apt-get install -y -qq python3-venv > /dev/null && python3 -m venv "$venv"; }
  "$venv/bin/pip" install --quiet --disable-pip-version-check -r "$requirements"
  cp "$requirements" "$venv/requirements.txt"
fi

bash infra/local/up.sh
export KAFKA_BROKERS="${KAFKA_BROKERS:-127.0.0.1:${KAFKA_PORT:-9092}}"
export MONGO_URL="${MONGO_URL:-mongodb://127.0.0.1:${MONGO_PORT:-27017}}"
# The tokens and the services' issuer follow the infra's Keycloak port, like start-platform.sh.
export OIDC_ISSUER="${OIDC_ISSUER:-http://127.0.0.1:${KEYCLOAK_PORT:-8180}/realms/salw}"
export SCHEMATHESIS="$venv/bin/schemathesis"
echo "==> fuzz stage: schemathesis $("$SCHEMATHESIS" --version | awk '{print $NF}') against every service"
node -r @swc-node/register tests/fuzz/fuzz.ts
