#!/usr/bin/env bash
# Regenerates the TypeScript contracts (libs/contracts/src/gen) from the .proto files.
# Usage: bash proto/generate.sh [output-base-dir]    (from any directory)
# With an output base dir, the code is written to <dir>/libs/contracts/src/gen instead of
# the repository (proto/check.sh uses this to compare against the checked-in code).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUF="$ROOT/node_modules/.bin/buf"
[[ -x "$BUF" ]] || { echo "proto/generate.sh: $BUF not found; run npm ci" >&2; exit 1; }

OUT_BASE="${1:-$ROOT}"
cd "$ROOT"
# buf.gen.yaml has `clean: true`; removing the directory as well also drops files of
# protos that were deleted or renamed.
rm -rf "$OUT_BASE/libs/contracts/src/gen"
"$BUF" generate --template proto/buf.gen.yaml --output "$OUT_BASE"
