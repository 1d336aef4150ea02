#!/usr/bin/env bash
# Records the current contracts as the released baseline (proto/baseline/image.binpb) that
# proto/check.sh guards against breaking changes. Run it deliberately, when a schema version
# is released, and commit the new image with the .proto changes it releases.
# Usage: bash proto/release.sh [--allow-breaking]   (from any directory)
#   --allow-breaking  accept changes that break the previous baseline (e.g. retiring a v1
#                     package after its consumers moved to v2). Never needed for additions.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUF="$ROOT/node_modules/.bin/buf"
BASELINE="proto/baseline/image.binpb"
[[ -x "$BUF" ]] || { echo "proto/release.sh: $BUF not found; run npm ci" >&2; exit 1; }
cd "$ROOT"

allow_breaking=false
case "${1:-}" in
  --allow-breaking) allow_breaking=true ;;
  "") ;;
  *) echo "usage: bash proto/release.sh [--allow-breaking]" >&2; exit 2 ;;
esac

"$BUF" lint proto
if [[ -f "$BASELINE" ]] && ! "$BUF" breaking proto --against "$BASELINE"; then
  if ! $allow_breaking; then
    echo "proto/release.sh: the changes above break the released contracts; refusing." >&2
    echo "Make them additive (or a new v2 package), or rerun with --allow-breaking on purpose." >&2
    exit 1
  fi
  echo "proto/release.sh: --allow-breaking: recording a breaking baseline." >&2
fi

mkdir -p "$(dirname "$BASELINE")"
# Without source info (comments, line numbers): the image only changes when the schema
# does, so a documentation edit never shows up as a baseline change.
"$BUF" build proto --exclude-source-info -o "$BASELINE"
echo "proto/release.sh: wrote $BASELINE ($(wc -c <"$BASELINE") bytes). Commit it."
