"""Qt's VNC platform on loopback only (``make run`` on a machine without a display).

Qt's ``vnc`` platform plugin (``libqvnc``, shipped with PySide6) serves the application's screen
to any RFB viewer, but it listens on every network interface and has no option to choose one:
a demo kiosk would be visible, without a password, to the whole network.
:func:`restrict_to_loopback` moves the plugin's listening socket to 127.0.0.1 on the same port,
in place: a new socket bound to loopback takes over the plugin's file descriptor number
(``dup2``), so Qt's socket notifier and ``QTcpServer`` keep accepting on it without knowing.
The number is held by /dev/null while the old socket is swapped out, so no other file takes it.

Run it right after the QApplication exists. The plugin starts listening from a queued call, so
this runs the pending events until the socket appears; no viewer is accepted before the swap (a
connection caught in the old socket's backlog is reset and the viewer retries). To look from
another machine, use an SSH tunnel (scripts/run.sh prints the command).

Known Qt limitation (PySide6 6.9.3): a client that asks for a framebuffer update before sending
SetPixelFormat gets no pixel data, and in the kiosk process this crashed Qt (SIGSEGV). Real
viewers (TigerVNC, Remmina, gvncviewer, noVNC) send SetPixelFormat first; the test client
(tests/helpers/rfb.py) does too. Loopback-only keeps such a client to this machine's users.
"""

from __future__ import annotations

import logging
import os
import re
import socket
import time

from PySide6.QtCore import QCoreApplication, QEventLoop

logger = logging.getLogger(__name__)

DEFAULT_PORT = 5900
"""Qt's default when the platform string names no port."""


def vnc_port(platform: str) -> int | None:
    """The port in a ``QT_QPA_PLATFORM`` value like ``vnc:size=1560x1920:port=5900`` (None if
    the platform is not vnc)."""
    name, _, options = platform.partition(":")
    if name != "vnc":
        return None
    match = re.search(r"(?:^|:)port=(\d+)", options)
    return int(match.group(1)) if match else DEFAULT_PORT


def _listening_descriptor(port: int) -> int | None:
    for entry in os.listdir("/proc/self/fd"):
        fd = int(entry)
        try:
            probe = socket.socket(fileno=os.dup(fd))
        except OSError:
            continue  # not a socket
        try:
            if probe.type != socket.SOCK_STREAM or probe.family not in (
                socket.AF_INET,
                socket.AF_INET6,
            ):
                continue
            if not probe.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN):
                continue
            address = probe.getsockname()
            # a comparison, not a bind: finds the plugin's all-interfaces socket to replace it
            if address[1] == port and address[0] in ("0.0.0.0", "::"):  # noqa: S104
                return fd
        except OSError:
            continue
        finally:
            probe.close()
    return None


def restrict_to_loopback(platform: str | None = None) -> int | None:
    """Make Qt's VNC server listen on 127.0.0.1 only; the port, or None when not on vnc.

    Raises:
        RuntimeError: the plugin's listening socket was not found, or loopback could not be bound
            (the caller stops: serving on every interface is not an option).
    """
    platform = platform if platform is not None else os.environ.get("QT_QPA_PLATFORM", "")
    port = vnc_port(platform)
    if port is None:
        return None
    fd = _listening_descriptor(port)
    deadline = time.monotonic() + 5.0
    while fd is None and time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        fd = _listening_descriptor(port)
    if fd is None:
        raise RuntimeError(f"Qt's VNC server is not listening on port {port}")
    placeholder = os.open(os.devnull, os.O_RDONLY)
    try:
        os.dup2(placeholder, fd)  # closes the all-interfaces socket, keeps the number taken
        replacement = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        try:
            replacement.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            replacement.bind(("127.0.0.1", port))
            replacement.listen(30)
            replacement.setblocking(False)
            os.dup2(replacement.fileno(), fd, inheritable=False)
        finally:
            replacement.close()
    except OSError as exc:
        raise RuntimeError(f"cannot serve VNC on 127.0.0.1:{port}: {exc.strerror}") from exc
    finally:
        os.close(placeholder)
    logger.info("VNC server listens on 127.0.0.1:%d only", port)
    return port
