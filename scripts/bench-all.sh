#!/usr/bin/env bash
# Runs every benchmark script; each prints a markdown table with its raw baseline from the same run, the sizes it used
# (BENCH_* env knobs, defaults sized for about 15 minutes in all on a quiet 2-core box) and the time it took.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
bash scripts/ensure-chromium.sh   # tests/bench/console-speed.bench.ts
bash infra/local/up.sh
started=$SECONDS
run_bench() {
  local bench=$1 began=$SECONDS
  echo; echo "## $bench"
  node -r @swc-node/register "$bench"
  echo; echo "($bench: $((SECONDS - began)) s)"
}
for bench in tests/bench/*.bench.ts services/*/bench/*.bench.ts; do
  [ -f "$bench" ] || continue
  run_bench "$bench"
done
# The peer (emmett-mongodb) has its own package.json and lock: a dependency of this benchmark only, and installable only
# with --legacy-peer-deps (it asks for an emmett release the registry lacks), which the workspace lock must not need.
(cd tests/bench/peer-emmett && npm ci --legacy-peer-deps --no-audit --no-fund)
run_bench tests/bench/peer-emmett/append-peer.bench.ts
echo; echo "(make bench: $((SECONDS - started)) s in all, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg))"
