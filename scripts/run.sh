#!/usr/bin/env bash
# Start the kiosk on its embedded defaults (demo mode: emulated devices, local SQLite, the local
# demo city back end, and the Simulator window). Called by `make run` after setup.
#
# With a display ($DISPLAY or $WAYLAND_DISPLAY) the kiosk and the Simulator open as windows.
# Without one (a server, an SSH session) they are served by Qt's own VNC platform (libqvnc, part
# of PySide6) on ONE screen: the 1080x1920 kiosk with the Simulator beside it, listening on
# 127.0.0.1 only (ui/vnc.py), and this script prints how to look at it. KIOSK_VNC_PORT picks the
# port (default: the first free one from 5900).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  exec .venv/bin/kiosk run --windowed "$@"
fi

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
port=${KIOSK_VNC_PORT:-}
if [ -z "$port" ]; then
  for candidate in $(seq 5900 5919); do
    if ! port_busy "$candidate"; then port=$candidate; break; fi
  done
  [ -n "$port" ] || { echo "run: no free VNC port in 5900-5919; set KIOSK_VNC_PORT" >&2; exit 1; }
elif port_busy "$port"; then
  echo "run: port $port is already in use; set KIOSK_VNC_PORT to a free port" >&2
  exit 1
fi
host=$(hostname -f 2>/dev/null || hostname)
cat >&2 <<ADVICE
run: no display here: serving the kiosk (left) and the Simulator (right) over VNC
run: on 127.0.0.1:$port only (no password; it is not reachable from the network).
run: to look at it from your own computer, open a tunnel and point a VNC viewer at it:
run:     ssh -N -L $port:127.0.0.1:$port $(id -un)@$host
run:     vncviewer localhost:$port        (TigerVNC; or Remmina / gvncviewer / any RFB viewer)
run: on this machine itself: vncviewer 127.0.0.1:$port. Stop the kiosk with Ctrl+C.
ADVICE
export QT_QPA_PLATFORM="vnc:size=1540x1920:port=$port"
exec .venv/bin/kiosk run --windowed "$@"
