#!/usr/bin/env bash
# Runs every test: static checks, contract checks, then unit, integration and end-to-end tiers
# against the real Kafka broker and MongoDB-wire database (started here when not running).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh

echo "==> starting the local infrastructure (Kafka, FerretDB)"
bash infra/local/up.sh
export KAFKA_BROKERS="${KAFKA_BROKERS:-127.0.0.1:${KAFKA_PORT:-9092}}"
export MONGO_URL="${MONGO_URL:-mongodb://127.0.0.1:${MONGO_PORT:-27017}}"

# The console's browser tests drive Debian's Chromium (Playwright's own browser builds are never downloaded).
if ! command -v chromium > /dev/null; then
  echo "==> installing Debian's chromium for the browser tests"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium > /dev/null
fi

echo "==> typecheck, lint, contracts"
export NX_DAEMON=false NX_NO_CLOUD=true
npx tsc -p tsconfig.json --noEmit
npx tsc -p services/console/app/tsconfig.json --noEmit
npx nx show projects > /dev/null   # builds the project graph the module-boundary lint rule needs
npx eslint . --max-warnings 0
bash proto/check.sh
node -r @swc-node/register scripts/console-api-types.ts --check

echo "==> tests (unit, int, e2e)"
results=$(mktemp)
status=0
npx jest --runInBand --forceExit --json --outputFile="$results" "$@" || status=$?
node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const skipped = r.numPendingTests + r.numTodoTests;
  console.log(`\n${r.numPassedTests} passed, ${r.numFailedTests} failed` + (skipped ? `, ${skipped} skipped` : ""));
' "$results" || true
exit $status
