#!/usr/bin/env bash
# Runs every test: static checks, contract checks, then unit, API (in-memory), integration and end-to-end tiers
# against the real Kafka broker and MongoDB-wire database (started here when not running), then
# the fuzz stage (tests/fuzz: schemathesis against every service's OpenAPI document) and the fault
# suite (tests/faults) on an instance of its own.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh

echo "==> starting the local infrastructure (Kafka, FerretDB, Keycloak)"
bash infra/local/up.sh
export KAFKA_BROKERS="${KAFKA_BROKERS:-127.0.0.1:${KAFKA_PORT:-9092}}"
export MONGO_URL="${MONGO_URL:-mongodb://127.0.0.1:${MONGO_PORT:-27017}}"

bash scripts/ensure-chromium.sh

echo "==> typecheck, lint, contracts"
export NX_DAEMON=false NX_NO_CLOUD=true
npx tsc -p tsconfig.json --noEmit
npx tsc -p services/console/app/tsconfig.json --noEmit
npx nx show projects > /dev/null   # builds the project graph the module-boundary lint rule needs
npx eslint . --max-warnings 0
# The code is formatted (.prettierrc; generated code is left out in .prettierignore).
git ls-files -z '*.ts' '*.tsx' '*.mjs' '*.js' | xargs -0 npx prettier --check --log-level warn
node scripts/check-engines.mjs         # every package accepts this Node (no package asking for Node 22)
node scripts/check-module-names.mjs   # no .json beside a module of the same name (resolution differs by runtime)
bash proto/check.sh
node -r @swc-node/register scripts/console-api-types.ts --check

echo "==> tests (unit, api: in-memory, int, e2e)"
results=$(mktemp)
status=0
npx jest --runInBand --forceExit --json --outputFile="$results" "$@" || status=$?
jest_summary=$(node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const skipped = r.numPendingTests + r.numTodoTests;
  console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed` + (skipped ? `, ${skipped} skipped` : ""));
' "$results" || echo "jest wrote no results")

echo "==> fuzz stage (every service as a process, schemathesis per role)"
fuzz_status=0
bash tests/fuzz/run.sh || fuzz_status=$?
[ "$fuzz_status" -eq 0 ] && fuzz_result="fuzz stage passed" || fuzz_result="fuzz stage FAILED"

# After the jest tiers and the fuzz stage: the fault suite, on an instance of Kafka, FerretDB and PostgreSQL
# of its own (it kills them).
echo "==> fault suite (tests/faults)"
faults_status=0
bash scripts/faults.sh || faults_status=$?
[ "$faults_status" -eq 0 ] && faults_result="fault suite passed" || faults_result="fault suite FAILED"

# The jest counts last: the run's closing line (the exit status covers both).
echo
echo "$fuzz_result"
# What the fuzzer found, repeated here so that the tail of a CI log names it.
if [ "$fuzz_status" -ne 0 ]; then sed 's/^/  /' .infra/fuzz-report/failures.txt 2>/dev/null | head -20 || true; fi
echo "$faults_result"
echo "$jest_summary"
[ "$status" -ne 0 ] && exit "$status"
[ "$fuzz_status" -ne 0 ] && exit "$fuzz_status"
exit "$faults_status"
