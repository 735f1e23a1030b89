"""Idle RSS and RSS growth over 1,000 simulated sessions (sign in, open a service, finish),
offscreen, UI shell config. Targets: idle RSS <= 250 MB, growth <= 20 MB over 1,000 sessions.
"""

from __future__ import annotations

import gc
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.kiosk_rig import pump, rss_mb, shell_config, start
from bench.results import record, reset
from kiosk.session.machine import EndReason, Identity, Role

SESSIONS = 1000
WARMUP = 50


def session(kiosk: object, i: int) -> None:
    from ui.main import KioskApplication

    assert isinstance(kiosk, KioskApplication)
    controller = kiosk.controller
    controller.start()
    controller.sign_in(Identity(Role.RESIDENT, f"Soak Resident {i}", f"RES-{i:05d}"))
    kiosk.window._on_service_chosen("about")
    pump()
    controller.end(EndReason.SIGN_OUT)
    pump()


def main() -> int:
    reset("soak")
    with tempfile.TemporaryDirectory() as tmp:
        kiosk = start(shell_config(Path(tmp)))
        pump(1.0)
        gc.collect()
        idle = rss_mb()
        for i in range(WARMUP):  # first use builds caches (fonts, styles, translations)
            session(kiosk, i)
        gc.collect()
        before = rss_mb()
        t0 = time.perf_counter()
        for i in range(SESSIONS):
            session(kiosk, WARMUP + i)
        elapsed = time.perf_counter() - t0
        pump(0.2)
        gc.collect()
        after = rss_mb()
        kiosk.dispose()
        pump(0.1)
    growth = after - before
    print(
        f"soak: idle RSS {idle:.0f} MB; after {WARMUP} warm-up sessions {before:.0f} MB; after "
        f"{SESSIONS} more {after:.0f} MB (growth {growth:+.1f} MB, {elapsed:.1f} s)"
    )
    record(
        "idle RSS (attract screen, core up)",
        f"{idle:.0f} MB",
        "<= 250 MB",
        idle <= 250,
        bench="soak",
    )
    record(
        f"RSS growth over {SESSIONS} sessions",
        f"{growth:+.1f} MB ({before:.0f} -> {after:.0f} MB)",
        "<= 20 MB",
        growth <= 20,
        bench="soak",
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
