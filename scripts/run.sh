#!/usr/bin/env bash
# Start the kiosk on its embedded defaults (demo mode: emulated devices, local SQLite, the local
# demo city back end, and the Simulator window). Called by `make run` after setup.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  exec .venv/bin/kiosk run --windowed "$@"
fi
echo "run: no display found; starting the kiosk on a virtual X display (Xvfb)." >&2
echo "run: to look at it, take screenshots with: xwd -root -display \$DISPLAY | convert xwd:- shot.png" >&2
exec xvfb-run -a -s "-screen 0 1920x1920x24" .venv/bin/kiosk run --windowed "$@"
