"""systemd readiness and watchdog notifications, pinged from the GUI event loop.

:class:`Notifier` speaks the ``sd_notify`` protocol (one datagram of ``KEY=value`` lines to the
unix socket named by ``$NOTIFY_SOCKET``; a leading ``@`` means the abstract namespace) with the
standard library only. :class:`Watchdog` drives it from Qt: ``WATCHDOG=1`` comes from a
:class:`QTimer` on the GUI thread every half ``$WATCHDOG_USEC``, so when the event loop freezes
the pings stop and systemd restarts the kiosk (``WatchdogSec=`` in ``kiosk.service``).

Outside systemd (``NOTIFY_SOCKET`` unset) everything is a no-op.
"""

from __future__ import annotations

import logging
import os
import socket
from collections.abc import Mapping

from PySide6.QtCore import QObject, QTimer, Signal

__all__ = ["Notifier", "Watchdog", "watchdog_interval_ms"]

logger = logging.getLogger(__name__)


def _address(notify_socket: str) -> str | bytes:
    if notify_socket.startswith("@"):
        return b"\0" + notify_socket[1:].encode()  # abstract namespace
    return notify_socket


class Notifier:
    """Sends ``sd_notify`` messages; a no-op when ``NOTIFY_SOCKET`` is unset.

    Send failures are logged once at WARNING (and once when sending works again) and never
    raised: a missing notification must not take the kiosk down.

    Attributes:
        enabled: whether a notification socket was given.
    """

    def __init__(self, environ: Mapping[str, str] | None = None) -> None:
        env = os.environ if environ is None else environ
        path = env.get("NOTIFY_SOCKET", "")
        self._address: str | bytes | None = _address(path) if path else None
        self._sock: socket.socket | None = None
        self._failing = False
        if self._address is not None:
            self._sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC)

    @property
    def enabled(self) -> bool:
        return self._sock is not None

    def notify(self, *assignments: str) -> bool:
        """Send ``assignments`` (e.g. ``"READY=1"``, ``"STATUS=..."``) in one datagram.

        Returns:
            True when the datagram was sent; False when disabled or the send failed.
        """
        if self._sock is None or self._address is None:
            return False
        message = "\n".join(assignments).encode("utf-8")
        try:
            self._sock.sendto(message, self._address)
        except OSError as exc:
            if not self._failing:
                self._failing = True
                logger.warning("sd_notify failed (%s); the service manager may restart us", exc)
            return False
        if self._failing:
            self._failing = False
            logger.info("sd_notify works again")
        return True

    def close(self) -> None:
        if self._sock is not None:
            self._sock.close()
            self._sock = None


def watchdog_interval_ms(
    environ: Mapping[str, str] | None = None,
    pid: int | None = None,
    *,
    allow_parent: bool = False,
    parent_pid: int | None = None,
) -> int:
    """Ping interval (half of ``WATCHDOG_USEC``) in milliseconds; 0 when no watchdog applies.

    The watchdog applies when ``WATCHDOG_USEC`` is a positive integer and ``WATCHDOG_PID`` is
    unset or names this process. With ``allow_parent``, ``WATCHDOG_PID`` may also name the
    parent process: for a unit whose main process is a wrapper that runs the app as its only
    child (``cage -- kiosk run`` with ``NotifyAccess=all``), so the app pings for it.
    """
    env = os.environ if environ is None else environ
    accepted = {os.getpid() if pid is None else pid}
    if allow_parent:
        accepted.add(os.getppid() if parent_pid is None else parent_pid)
    watchdog_pid = env.get("WATCHDOG_PID", "")
    if watchdog_pid:
        try:
            if int(watchdog_pid) not in accepted:
                return 0
        except ValueError:
            return 0
    try:
        usec = int(env.get("WATCHDOG_USEC", ""))
    except ValueError:
        return 0
    if usec <= 0:
        return 0
    return max(1, usec // 2000)


class Watchdog(QObject):
    """Readiness, status and the watchdog ping for ``Type=notify`` services.

    Create on the GUI thread, call :meth:`start` before ``app.exec()``, :meth:`ready` once the
    first screen is shown, :meth:`stopping` when shutdown begins and :meth:`close` at the end.
    ``allow_parent``: see :func:`watchdog_interval_ms` (off by default: ``kiosk.service`` runs
    the app as its main process with ``NotifyAccess=main``).

    Signals:
        pinged(): after each ``WATCHDOG=1`` was sent.

    Attributes:
        interval_ms: the ping interval, 0 when systemd asked for no watchdog.
    """

    pinged = Signal()

    def __init__(
        self,
        notifier: Notifier | None = None,
        *,
        environ: Mapping[str, str] | None = None,
        allow_parent: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._notifier = Notifier(environ) if notifier is None else notifier
        self.interval_ms = (
            watchdog_interval_ms(environ, allow_parent=allow_parent)
            if self._notifier.enabled
            else 0
        )
        self._timer = QTimer(self)
        self._timer.setObjectName("watchdog")
        self._timer.setInterval(self.interval_ms)
        self._timer.timeout.connect(self._on_timeout)

    @property
    def enabled(self) -> bool:
        return self._notifier.enabled

    def is_active(self) -> bool:
        """Whether the ping timer runs."""
        return self._timer.isActive()

    def start(self) -> None:
        """Start pinging (when systemd set a watchdog); sends a first ping at once."""
        if self.interval_ms <= 0 or self._timer.isActive():
            return
        logger.info("watchdog active", extra={"duration_ms": self.interval_ms})
        self._on_timeout()
        self._timer.start()

    def ready(self, status: str | None = None) -> None:
        """Tell systemd start-up finished (call after the first screen is shown)."""
        lines = ["READY=1"]
        if status:
            lines.append(f"STATUS={status}")
        self._notifier.notify(*lines)

    def status(self, text: str) -> None:
        """A one-line status for ``systemctl status`` (no resident data, ever)."""
        self._notifier.notify(f"STATUS={text}")

    def stopping(self, status: str | None = None) -> None:
        """Tell systemd shutdown has begun. Pings continue until :meth:`close`: a wipe that
        freezes the loop is then still caught (TimeoutStopSec bounds the rest)."""
        lines = ["STOPPING=1"]
        if status:
            lines.append(f"STATUS={status}")
        self._notifier.notify(*lines)

    def close(self) -> None:
        """Stop the timer and close the socket."""
        self._timer.stop()
        self._notifier.close()

    def _on_timeout(self) -> None:
        if self._notifier.notify("WATCHDOG=1"):
            self.pinged.emit()
