"""`make run` without a display (issue #16 item 13): scripts/run.sh serves the kiosk and the
Simulator through Qt's VNC platform on loopback only, and a real RFB client sees them."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.rfb import Frame, grab
from ui.vnc import vnc_port

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def outside_address() -> str | None:
    """An address of this machine that is not loopback (None if it has none)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.1", 9))  # no packet is sent: picks the outgoing interface
        except OSError:
            return None
        address = str(probe.getsockname()[0])
    return None if address.startswith("127.") or address == "0.0.0.0" else address


@pytest.fixture
def headless_run(tmp_path: Path) -> Iterator[tuple[subprocess.Popen[str], int, Path]]:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    env["KIOSK_VNC_PORT"] = str(port)
    advice = tmp_path / "advice.txt"
    with advice.open("w") as stderr:
        process = subprocess.Popen(
            ["scripts/run.sh", "--data-dir", str(tmp_path / "data")],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=stderr,
            text=True,
            start_new_session=True,
        )
    try:
        yield process, port, advice
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)


def wait_for_frame(process: subprocess.Popen[str], port: int, test: object) -> Frame:
    """Grab frames until ``test(frame)`` holds: the first frames may precede the first paint."""
    deadline = time.monotonic() + 90
    last: Frame | None = None
    while time.monotonic() < deadline:
        assert process.poll() is None, f"the kiosk exited with {process.returncode}"
        try:
            last = grab("127.0.0.1", port, timeout=20)
        except OSError:
            time.sleep(0.5)
            continue
        if test(last):  # type: ignore[operator]
            return last
        time.sleep(0.5)
    raise AssertionError(f"no matching frame within 90 s (last: {last and last.width})")


def lit(frame: Frame, left: int, top: int, right: int, bottom: int) -> float:
    """Share of sampled pixels in the box that are not black."""
    samples = [frame.rgb(x, y) for x in range(left, right, 20) for y in range(top, bottom, 20)]
    return sum(1 for rgb in samples if sum(rgb) > 60) / len(samples)


def test_vnc_port_is_read_from_the_platform_string() -> None:
    assert vnc_port("vnc:size=1540x1920:port=5907") == 5907
    assert vnc_port("vnc:size=1540x1920") == 5900
    assert vnc_port("offscreen") is None
    assert vnc_port("xcb") is None


# the demo it starts plugs its cards into pcscd + vpcd when the machine lock is free
@pytest.mark.pcsc
def test_headless_run_serves_kiosk_and_simulator_on_loopback_vnc(
    headless_run: tuple[subprocess.Popen[str], int, Path],
) -> None:
    process, port, advice = headless_run

    def both_windows_painted(frame: Frame) -> bool:
        # the kiosk fills x < 1080; the Simulator (460x900) stands beside it at the top
        return lit(frame, 0, 0, 1080, 1920) > 0.9 and lit(frame, 1090, 10, 1530, 880) > 0.9

    frame = wait_for_frame(process, port, both_windows_painted)
    assert (frame.width, frame.height) == (1540, 1920)
    assert lit(frame, 1090, 1000, 1530, 1900) < 0.1  # below the Simulator: the empty screen
    text = advice.read_text()
    assert f"ssh -N -L {port}:127.0.0.1:{port} " in text
    assert f"vncviewer localhost:{port}" in text
    assert "$DISPLAY" not in text and "xwd" not in text
    # listening on loopback only: the machine's network address refuses the viewer
    address = outside_address()
    if address is not None:
        with pytest.raises(OSError), socket.create_connection((address, port), timeout=5):
            pass
