#!/usr/bin/env bash
# CI gate for the contracts. Usage: bash proto/check.sh   (from any directory; no network)
#   1. buf lint            STANDARD + COMMENTS rules (proto/buf.yaml)
#   2. buf breaking        against the released baseline image proto/baseline/image.binpb
#                          (a committed file, so this works on a fresh clone of main)
#   3. generated code      libs/contracts/src/gen must equal a fresh `proto/generate.sh`
# Runs every step and fails if any failed.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUF="$ROOT/node_modules/.bin/buf"
BASELINE="proto/baseline/image.binpb"
[[ -x "$BUF" ]] || { echo "proto/check.sh: $BUF not found; run npm ci" >&2; exit 1; }
cd "$ROOT"

failed=()
step() { echo "== proto/check.sh: $1"; }

step "buf lint"
"$BUF" lint proto || failed+=("lint")

step "buf breaking against $BASELINE"
if [[ -f "$BASELINE" ]]; then
  "$BUF" breaking proto --against "$BASELINE" || failed+=("breaking (see proto/README.md: add fields only; breaking changes need a v2 package and topic)")
else
  echo "missing $BASELINE: create it with bash proto/release.sh" >&2
  failed+=("breaking (no baseline)")
fi

step "generated code is up to date"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
if bash proto/generate.sh "$TMP"; then
  if ! diff -ru libs/contracts/src/gen "$TMP/libs/contracts/src/gen"; then
    echo "libs/contracts/src/gen is stale: run npm run proto:gen and commit the result" >&2
    failed+=("generated code")
  fi
else
  failed+=("generate")
fi

if ((${#failed[@]})); then
  printf 'proto/check.sh: FAILED: %s\n' "${failed[@]}" >&2
  exit 1
fi
echo "proto/check.sh: OK (lint, breaking, generated code)"
