#!/usr/bin/env bash
# The console's browser tests and its speed benchmark drive Debian's Chromium (Playwright's own browser builds are never
# downloaded): installed from Debian when missing.
set -euo pipefail
if ! command -v chromium > /dev/null; then
  echo "==> installing Debian's chromium for the console's browser tests and benchmark"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium > /dev/null
fi
