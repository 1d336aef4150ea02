#!/usr/bin/env bash
# Runs every test: static checks, contract checks, then unit, integration and end-to-end tiers
# against the real Kafka broker and MongoDB-wire database (started here when not running), then the
# fault suite on an instance of its own.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh

echo "==> starting the local infrastructure (Kafka, FerretDB)"
bash infra/local/up.sh
export KAFKA_BROKERS="${KAFKA_BROKERS:-127.0.0.1:${KAFKA_PORT:-9092}}"
export MONGO_URL="${MONGO_URL:-mongodb://127.0.0.1:${MONGO_PORT:-27017}}"

echo "==> typecheck, lint, contracts"
export NX_DAEMON=false NX_NO_CLOUD=true
npx tsc -p tsconfig.json --noEmit
npx nx show projects > /dev/null   # builds the project graph the module-boundary lint rule needs
npx eslint . --max-warnings 0
bash proto/check.sh

echo "==> tests (unit, int, e2e)"
results=$(mktemp)
status=0
npx jest --runInBand --forceExit --json --outputFile="$results" "$@" || status=$?
node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const skipped = r.numPendingTests + r.numTodoTests;
  console.log(`\n${r.numPassedTests} passed, ${r.numFailedTests} failed` + (skipped ? `, ${skipped} skipped` : ""));
' "$results" || true

# After the jest tiers: the fault suite, on an instance of Kafka, FerretDB and PostgreSQL of its own (it kills them).
echo "==> fault suite (tests/faults)"
bash scripts/faults.sh || status=1
exit $status
