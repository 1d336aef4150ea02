#!/usr/bin/env bash
# Runs every benchmark script; each prints a markdown table with its raw baseline from the same run.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
bash infra/local/up.sh
for bench in tests/bench/*.bench.ts services/*/bench/*.bench.ts; do
  [ -f "$bench" ] || continue
  echo; echo "## $bench"
  node -r @swc-node/register "$bench"
done
