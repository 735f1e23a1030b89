"""kiosk.runtime.watchdog: sd_notify datagrams received on a real unix datagram socket."""

from __future__ import annotations

import logging
import os
import select
import signal
import socket
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.runtime.watchdog import Notifier, Watchdog, watchdog_interval_ms


class NotifySocket:
    """The service manager's side: a bound datagram socket collecting messages."""

    def __init__(self, address: str | bytes) -> None:
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind(address)
        self.sock.setblocking(False)
        self.messages: list[str] = []

    def drain(self) -> list[str]:
        while True:
            try:
                self.messages.append(self.sock.recv(4096).decode())
            except BlockingIOError:
                return self.messages

    def close(self) -> None:
        self.sock.close()


@pytest.fixture
def notify_path() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="kwd") as name:
        yield Path(name) / "notify"


@pytest.fixture
def manager(notify_path: Path) -> Iterator[NotifySocket]:
    sink = NotifySocket(str(notify_path))
    yield sink
    sink.close()


def env_for(path: Path, **extra: str) -> dict[str, str]:
    return {"NOTIFY_SOCKET": str(path), **extra}


def test_ready_status_stopping(qtbot, manager, notify_path):
    watchdog = Watchdog(environ=env_for(notify_path))
    try:
        assert watchdog.enabled
        assert watchdog.interval_ms == 0  # no WATCHDOG_USEC: no pings
        watchdog.start()
        assert not watchdog.is_active()
        watchdog.ready("attract screen shown")
        watchdog.status("queue 0")
        watchdog.stopping("wiping session")
    finally:
        watchdog.close()
    assert manager.drain() == [
        "READY=1\nSTATUS=attract screen shown",
        "STATUS=queue 0",
        "STOPPING=1\nSTATUS=wiping session",
    ]


def test_watchdog_pings_from_the_event_loop(qtbot, manager, notify_path):
    environ = env_for(notify_path, WATCHDOG_USEC="60000", WATCHDOG_PID=str(os.getpid()))
    watchdog = Watchdog(environ=environ)
    try:
        assert watchdog.interval_ms == 30
        watchdog.start()
        assert watchdog.is_active()
        qtbot.waitUntil(lambda: manager.drain().count("WATCHDOG=1") >= 3, timeout=5000)
        with qtbot.waitSignal(watchdog.pinged, timeout=5000):
            pass
    finally:
        watchdog.close()
    assert not watchdog.is_active()
    assert set(manager.drain()) == {"WATCHDOG=1"}


def test_abstract_namespace_socket(qtbot):
    name = f"kiosk-test-{os.getpid()}-{id(qtbot)}"
    sink = NotifySocket(b"\0" + name.encode())
    try:
        watchdog = Watchdog(environ={"NOTIFY_SOCKET": "@" + name, "WATCHDOG_USEC": "40000"})
        try:
            watchdog.start()
            watchdog.ready()
            qtbot.waitUntil(lambda: "READY=1" in sink.drain(), timeout=5000)
            qtbot.waitUntil(lambda: sink.drain().count("WATCHDOG=1") >= 2, timeout=5000)
        finally:
            watchdog.close()
    finally:
        sink.close()


def test_noop_without_notify_socket(qtbot):
    watchdog = Watchdog(environ={"WATCHDOG_USEC": "1000000"})
    try:
        assert not watchdog.enabled
        assert watchdog.interval_ms == 0
        watchdog.start()
        watchdog.ready()
        watchdog.stopping()
        assert not watchdog.is_active()
    finally:
        watchdog.close()


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"WATCHDOG_USEC": "30000000"}, 15000),
        ({"WATCHDOG_USEC": "30000000", "WATCHDOG_PID": "4242"}, 15000),
        ({"WATCHDOG_USEC": "30000000", "WATCHDOG_PID": "4243"}, 0),
        ({"WATCHDOG_USEC": "30000000", "WATCHDOG_PID": "x"}, 0),
        ({"WATCHDOG_USEC": "0"}, 0),
        ({"WATCHDOG_USEC": "soon"}, 0),
        ({"WATCHDOG_USEC": "1"}, 1),
        ({}, 0),
    ],
)
def test_watchdog_interval(environ, expected):
    assert watchdog_interval_ms(environ, pid=4242) == expected


def test_send_failure_logged_once_and_recovery(notify_path, caplog):
    notifier = Notifier(env_for(notify_path))  # nothing bound there yet
    try:
        with caplog.at_level(logging.INFO, logger="kiosk.runtime.watchdog"):
            assert not notifier.notify("WATCHDOG=1")
            assert not notifier.notify("WATCHDOG=1")
            sink = NotifySocket(str(notify_path))
            try:
                assert notifier.notify("WATCHDOG=1")
                assert sink.drain() == ["WATCHDOG=1"]
            finally:
                sink.close()
        messages = [r.getMessage() for r in caplog.records]
        assert len([m for m in messages if m.startswith("sd_notify failed")]) == 1
        assert messages[-1] == "sd_notify works again"
    finally:
        notifier.close()
    assert not notifier.enabled


def test_parent_watchdog_pid_only_when_allowed():
    environ = {"WATCHDOG_USEC": "2000000", "WATCHDOG_PID": "100"}
    assert watchdog_interval_ms(environ, pid=200, parent_pid=100) == 0
    assert watchdog_interval_ms(environ, pid=200, allow_parent=True, parent_pid=100) == 1000
    assert watchdog_interval_ms(environ, pid=200, allow_parent=True, parent_pid=300) == 0


def test_watchdog_for_a_wrapping_parent(qtbot, manager, notify_path):
    environ = env_for(notify_path, WATCHDOG_USEC="60000", WATCHDOG_PID=str(os.getppid()))
    strict = Watchdog(environ=environ)
    wrapped = Watchdog(environ=environ, allow_parent=True)
    try:
        assert strict.interval_ms == 0
        assert wrapped.interval_ms == 30
        wrapped.start()
        qtbot.waitUntil(lambda: manager.drain().count("WATCHDOG=1") >= 2, timeout=5000)
    finally:
        strict.close()
        wrapped.close()


LIFECYCLE_SCRIPT = """
import logging, sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QTimer
from kiosk.records.logs import setup_logging
from kiosk.records.qtlog import install_qt_message_handler
from kiosk.runtime.unixsignals import UnixSignalHandler
from kiosk.runtime.watchdog import Watchdog

setup = setup_logging(Path(sys.argv[1]), "INFO", journal=False)
app = QCoreApplication([])
install_qt_message_handler()
watchdog = Watchdog()
signals = UnixSignalHandler()
signals.install()

def shutdown(signum):
    watchdog.stopping("shutting down")
    logging.getLogger("kiosk.runtime.app").info("session wiped")
    app.quit()

signals.termination_requested.connect(shutdown)
watchdog.start()
QTimer.singleShot(0, lambda: watchdog.ready("attract screen shown"))
code = app.exec()
signals.uninstall()
watchdog.close()
setup.close()
sys.exit(code)
"""


def test_service_lifecycle_as_systemd_sees_it(manager, notify_path, tmp_path):
    """READY after start, pings while running, STOPPING then a clean exit on SIGTERM."""
    repo = Path(__file__).resolve().parents[3]
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(repo),
        "NOTIFY_SOCKET": str(notify_path),
        "WATCHDOG_USEC": "100000",
    }
    env.pop("WATCHDOG_PID", None)
    proc = subprocess.Popen(
        [sys.executable, "-c", LIFECYCLE_SCRIPT, str(tmp_path)],
        env=env,
        cwd=repo,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        messages: list[str] = []
        while messages.count("WATCHDOG=1") < 2 or not any(
            m.startswith("READY=1") for m in messages
        ):
            readable, _, _ = select.select([manager.sock], [], [], 30)
            assert readable, f"no notification; got {messages}"
            messages = manager.drain()
        proc.send_signal(signal.SIGTERM)
        _out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, err
    messages = manager.drain()
    assert messages[0] == "WATCHDOG=1"  # start() pings at once
    assert "READY=1\nSTATUS=attract screen shown" in messages
    stopping = messages.index("STOPPING=1\nSTATUS=shutting down")
    assert stopping > messages.index("READY=1\nSTATUS=attract screen shown")
    log = (tmp_path / "logs" / "kiosk.jsonl").read_text(encoding="utf-8")
    assert "SIGTERM received: shutting down cleanly" in log
    assert "session wiped" in log
