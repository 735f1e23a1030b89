#!/usr/bin/env bash
# Runs every benchmark in bench/ and prints their numbers. Called by `make bench`.
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
for script in bench/*.py; do
  echo "== $script"
  .venv/bin/python "$script"
done
