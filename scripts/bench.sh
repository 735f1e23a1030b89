#!/usr/bin/env bash
# Runs every benchmark in bench/ and prints their numbers. Called by `make bench`.
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
# no Qt platform chatter between the numbers ("This plugin does not support propagateSizeHints()")
export QT_LOGGING_RULES=${QT_LOGGING_RULES:-"default.warning=false;default.info=false;qt.*.warning=false;qt.*.info=false"}
for script in bench/*.py; do
  echo "== $script"
  .venv/bin/python "$script"
  if [ "$script" = bench/crash.py ]; then
    # the crash test against every citysim server profile (deployed-server behaviours):
    # 200 worker kills shared out over the profiles, one lane=... line per profile and lane
    echo "== $script --profile all"
    .venv/bin/python "$script" --profile all --kills-total 200
  fi
done
