"""SIGTERM, SIGINT and SIGHUP handled inside the Qt event loop.

A Python signal handler runs only when the interpreter gets control, and a Qt application sits
in C++ (``exec()``) most of the time, so a plain ``signal.signal`` handler would run late or not
at all. :class:`UnixSignalHandler` uses the self-pipe trick instead: ``signal.set_wakeup_fd``
makes CPython's C-level handler write the signal number into one end of a socket pair, a
:class:`QSocketNotifier` on the other end wakes the event loop, and the signal is dispatched
from an ordinary slot (never from inside the interrupted code).

The first termination signal emits ``termination_requested(signum)``: the application runs its
clean shutdown (session wipe, ``STOPPING=1``, close devices, quit). A second one means the
clean path is stuck (or the operator insists): the process exits at once with
``128 + signum``, as a shell would report it.
"""

from __future__ import annotations

import logging
import os
import signal
import socket
from collections.abc import Callable, Iterable
from types import FrameType
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, Signal

__all__ = ["TERMINATION_SIGNALS", "UnixSignalHandler", "force_exit"]

logger = logging.getLogger(__name__)

TERMINATION_SIGNALS = (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)

_Handler = Callable[[int, FrameType | None], Any] | int | signal.Handlers | None


def force_exit(code: int) -> None:
    """Flush the log handlers and leave immediately, skipping every cleanup."""
    for handler in logging.getLogger().handlers:
        handler.flush()
    os._exit(code)


def _noop(signum: int, frame: FrameType | None) -> None:
    """The Python-level handler: the work happens in the event loop."""


class UnixSignalHandler(QObject):
    """Turns termination signals into a Qt signal, from the event loop.

    Install on the main thread (CPython requires it) before ``app.exec()``; uninstall at the
    end to restore the previous handlers.

    Signals:
        termination_requested(int): the first termination signal (its number) arrived.

    Attributes:
        received: the first signal received, or None.
    """

    termination_requested = Signal(int)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        signals: Iterable[signal.Signals] = TERMINATION_SIGNALS,
        on_force_exit: Callable[[int], object] = force_exit,
    ) -> None:
        super().__init__(parent)
        self._signals = tuple(signals)
        self._on_force_exit = on_force_exit
        self._previous: dict[signal.Signals, _Handler] = {}
        self._previous_wakeup_fd = -1
        self._reader: socket.socket | None = None
        self._writer: socket.socket | None = None
        self._notifier: QSocketNotifier | None = None
        self.received: int | None = None

    def is_installed(self) -> bool:
        return self._notifier is not None

    def install(self) -> None:
        """Route the signals into the event loop (main thread only)."""
        if self._notifier is not None:
            return
        reader, writer = socket.socketpair()
        reader.setblocking(False)
        writer.setblocking(False)
        self._previous_wakeup_fd = signal.set_wakeup_fd(writer.fileno(), warn_on_full_buffer=False)
        self._reader, self._writer = reader, writer
        for signum in self._signals:
            self._previous[signum] = signal.signal(signum, _noop)
        notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read)
        notifier.activated.connect(self._on_wakeup)
        self._notifier = notifier

    def uninstall(self) -> None:
        """Restore the previous handlers and wakeup fd, close the socket pair."""
        if self._notifier is None:
            return
        self._notifier.setEnabled(False)
        self._notifier.activated.disconnect(self._on_wakeup)
        self._notifier = None
        for signum, previous in self._previous.items():
            signal.signal(signum, signal.SIG_DFL if previous is None else previous)
        self._previous.clear()
        signal.set_wakeup_fd(self._previous_wakeup_fd)
        self._previous_wakeup_fd = -1
        for sock in (self._reader, self._writer):
            if sock is not None:
                sock.close()
        self._reader = self._writer = None

    def _on_wakeup(self, *_args: object) -> None:
        if self._reader is None:
            return
        received = b""
        while True:
            try:
                chunk = self._reader.recv(256)
            except BlockingIOError:
                break
            if not chunk:
                break
            received += chunk
        for signum in received:
            self._dispatch(signum)

    def _dispatch(self, signum: int) -> None:
        if signum not in self._signals:
            return  # another Python-level handler's signal also wakes us: not ours
        name = signal.Signals(signum).name
        if self.received is None:
            self.received = signum
            logger.info("%s received: shutting down cleanly", name)
            self.termination_requested.emit(signum)
            return
        logger.critical("%s received during shutdown: forcing exit", name)
        self._on_force_exit(128 + signum)
