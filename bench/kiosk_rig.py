"""Shared set-up for the whole-kiosk benches (stall, wipe, soak): an offscreen KioskApplication.

Not a benchmark itself: run alone (``scripts/bench.sh`` runs every ``bench/*.py``) it does
nothing.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

_BENCH = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _BENCH]
sys.path.insert(0, str(_BENCH.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_ACCESSIBILITY", "0")

from PySide6.QtCore import QCoreApplication, QEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from kiosk.config import KioskConfig, load_demo_config, shell_only  # noqa: E402
from ui.main import KioskApplication  # noqa: E402


def app() -> QApplication:
    instance = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(instance, QApplication)
    return instance


def shell_config(data_dir: Path) -> KioskConfig:
    """The demo configuration without devices or demo city (the UI shell; back ends offline)."""
    return shell_only(load_demo_config(data_dir))


def pump(seconds: float = 0.0) -> None:
    """Process events (and deferred deletes) for ``seconds``, at least once."""
    end = time.monotonic() + seconds
    while True:
        QCoreApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        if time.monotonic() >= end:
            return
        time.sleep(0.002)


def start(config: KioskConfig, timeout: float = 60.0) -> KioskApplication:
    """A shown KioskApplication whose core has started."""
    kiosk = KioskApplication(app(), config, windowed=True)
    kiosk.window.resize(1080, 1920)
    kiosk.show()
    done: list[str] = []
    kiosk.starter.started.connect(done.append)
    kiosk.window.ensure_built()
    kiosk.starter.start()
    deadline = time.monotonic() + timeout
    while not done and time.monotonic() < deadline:
        pump(0.01)
    if not done:
        raise SystemExit("the kiosk core did not start")
    pump(0.2)
    return kiosk


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")
