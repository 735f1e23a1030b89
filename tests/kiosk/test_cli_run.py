"""`kiosk run` as systemd runs it: READY after the first frame, watchdog pings, clean SIGTERM."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def receive_until(sock: socket.socket, wanted: str, deadline: float) -> list[str]:
    seen: list[str] = []
    while time.monotonic() < deadline:
        sock.settimeout(max(0.05, deadline - time.monotonic()))
        try:
            data = sock.recv(4096).decode()
        except TimeoutError:
            break
        seen.extend(data.split("\n"))
        if any(line.startswith(wanted) for line in seen):
            return seen
    raise AssertionError(f"{wanted!r} never arrived; got {seen}")


# the demo it starts plugs its cards into pcscd + vpcd when the machine lock is free
@pytest.mark.pcsc
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_kiosk_run_notifies_ready_pings_and_stops_cleanly(
    tmp_path: Path, signum: signal.Signals
) -> None:
    notify_path = tmp_path / "notify.sock"
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
        sock.bind(str(notify_path))
        env = dict(os.environ)
        env.update(
            QT_QPA_PLATFORM="offscreen",
            NOTIFY_SOCKET=str(notify_path),
            WATCHDOG_USEC="400000",
        )
        env.pop("WATCHDOG_PID", None)
        proc = subprocess.Popen(
            [sys.executable, "-m", "kiosk.cli", "run", "--data-dir", str(tmp_path / "data")],
            env=env,
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            deadline = time.monotonic() + 30
            seen = receive_until(sock, "READY=1", deadline)
            seen += receive_until(sock, "WATCHDOG=1", time.monotonic() + 5)
            proc.send_signal(signum)
            seen += receive_until(sock, "STOPPING=1", time.monotonic() + 10)
            _out, err = proc.communicate(timeout=20)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.communicate()
    assert proc.returncode == 0, err
    assert "Traceback" not in err
    log = (tmp_path / "data" / "logs" / "kiosk.jsonl").read_text()
    assert "session ending: shutdown" in log
    assert "core dumps off, process not dumpable" in log  # SEC-03
