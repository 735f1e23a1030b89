"""A frozen GUI event loop stops the WATCHDOG=1 pings, so systemd (WatchdogSec, Restart=always
in kiosk.service, checked by tests/test_service_unit.py) kills and restarts the kiosk."""

from __future__ import annotations

import os
import socket
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.runtime.watchdog import Watchdog


class TimedSink:
    """The service manager's notify socket, stamping each datagram when it arrives."""

    def __init__(self, path: Path) -> None:
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind(str(path))
        self.sock.settimeout(0.05)
        self.pings: list[float] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="notify-sink")
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                data = self.sock.recv(4096)
            except TimeoutError:
                continue
            if b"WATCHDOG=1" in data:
                self.pings.append(time.monotonic())

    def close(self) -> None:
        self._stop.set()
        self._thread.join(5)
        self.sock.close()


@pytest.fixture
def sink() -> Iterator[tuple[Path, TimedSink]]:
    with tempfile.TemporaryDirectory(prefix="kwf") as name:
        path = Path(name) / "notify"
        receiver = TimedSink(path)
        yield path, receiver
        receiver.close()


def test_blocked_event_loop_stops_pings(qtbot, sink: tuple[Path, TimedSink]) -> None:
    path, receiver = sink
    environ = {
        "NOTIFY_SOCKET": str(path),
        "WATCHDOG_USEC": "60000",  # ping every 30 ms
        "WATCHDOG_PID": str(os.getpid()),
    }
    watchdog = Watchdog(environ=environ)
    try:
        watchdog.start()
        qtbot.waitUntil(lambda: len(receiver.pings) >= 3, timeout=5000)
        blocked_at = time.monotonic()
        time.sleep(0.6)  # the freeze itself: the GUI thread does not return to the event loop
        unblocked_at = time.monotonic()
        qtbot.waitUntil(lambda: any(t > unblocked_at for t in receiver.pings), timeout=5000)
    finally:
        watchdog.close()
    during = [t for t in receiver.pings if blocked_at + 0.05 < t < unblocked_at]
    assert during == []  # 20 intervals without a single ping: systemd's timer runs out
    assert any(t > unblocked_at for t in receiver.pings)  # pings resume once the loop runs
