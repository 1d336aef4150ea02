#!/usr/bin/env bash
# Runs every benchmark script; each prints a markdown table with its raw baseline from the same run.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
bash scripts/ensure-chromium.sh   # tests/bench/console-speed.bench.ts
bash infra/local/up.sh
for bench in tests/bench/*.bench.ts services/*/bench/*.bench.ts; do
  [ -f "$bench" ] || continue
  echo; echo "## $bench"
  node -r @swc-node/register "$bench"
done
# The peer (emmett-mongodb) has its own package.json and lock: a dependency of this benchmark only, and installable only
# with --legacy-peer-deps (it asks for an emmett release the registry lacks), which the workspace lock must not need.
echo; echo "## tests/bench/peer-emmett/append-peer.bench.ts"
(cd tests/bench/peer-emmett && npm ci --legacy-peer-deps --no-audit --no-fund)
node -r @swc-node/register tests/bench/peer-emmett/append-peer.bench.ts
