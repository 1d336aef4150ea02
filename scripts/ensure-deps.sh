#!/usr/bin/env bash
# Installs the npm dependencies when they are missing or older than the lock file.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  # npm install (not ci): the lock pins the versions, but this npm leaves other platforms'
  # optional binaries (swc, buf) out of the lock, which `npm ci` refuses.
  echo "==> npm install (dependencies, as pinned by package-lock.json)"
  npm install --no-audit --no-fund
fi
