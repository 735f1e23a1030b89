"""kiosk.runtime.unixsignals: real signals sent to the test process, handled in the Qt event
loop."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.runtime.unixsignals import UnixSignalHandler

REPO = Path(__file__).resolve().parents[3]


@pytest.fixture
def forced() -> list[int]:
    return []


@pytest.fixture
def handler(qapp, forced) -> Iterator[UnixSignalHandler]:
    previous = {s: signal.getsignal(s) for s in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)}
    h = UnixSignalHandler(on_force_exit=forced.append)
    h.install()
    yield h
    h.uninstall()
    assert {s: signal.getsignal(s) for s in previous} == previous


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT, signal.SIGHUP])
def test_first_signal_requests_termination(qtbot, handler, forced, signum):
    with qtbot.waitSignal(handler.termination_requested, timeout=5000) as blocker:
        os.kill(os.getpid(), signum)
    assert blocker.args == [signum]
    assert handler.received == signum
    assert forced == []


def test_second_signal_forces_exit(qtbot, handler, forced):
    with qtbot.waitSignal(handler.termination_requested, timeout=5000):
        os.kill(os.getpid(), signal.SIGTERM)
    with qtbot.assertNotEmitted(handler.termination_requested):
        os.kill(os.getpid(), signal.SIGINT)
        qtbot.waitUntil(lambda: forced == [128 + signal.SIGINT], timeout=5000)


def test_install_twice_and_uninstall_restore_wakeup_fd(qapp):
    h = UnixSignalHandler()
    h.install()
    h.install()
    assert h.is_installed()
    h.uninstall()
    h.uninstall()
    assert not h.is_installed()
    assert signal.set_wakeup_fd(-1) == -1  # nothing left behind


SCRIPT = textwrap.dedent(
    """
    import os, signal, sys
    from PySide6.QtCore import QCoreApplication, QTimer
    from kiosk.runtime.unixsignals import UnixSignalHandler

    app = QCoreApplication([])
    handler = UnixSignalHandler()
    handler.install()
    stuck = sys.argv[1] == "stuck"

    def on_termination(signum):
        print("clean shutdown for", signum, flush=True)
        if stuck:  # a wipe that hangs: the operator sends a second signal
            os.kill(os.getpid(), signal.SIGTERM)
        else:
            app.quit()

    handler.termination_requested.connect(on_termination)
    QTimer.singleShot(0, lambda: os.kill(os.getpid(), signal.SIGTERM))
    code = app.exec()
    handler.uninstall()
    print("exited loop", flush=True)
    sys.exit(code)
    """
)


@pytest.mark.parametrize(
    ("mode", "returncode", "exited_loop"),
    [("clean", 0, True), ("stuck", 128 + signal.SIGTERM, False)],
)
def test_real_process_clean_then_forced(mode, returncode, exited_loop):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, mode],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        cwd=REPO,
        check=False,
    )
    assert result.returncode == returncode, result.stderr
    assert f"clean shutdown for {int(signal.SIGTERM)}" in result.stdout
    assert ("exited loop" in result.stdout) is exited_loop
