"""Session wipe time: from "Finish" (controller.end) to the attract screen with everything
cleared (widgets, service screen destroyed, clipboard, overlays), offscreen, UI shell config.
Target: max <= 250 ms, median <= 50 ms.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.kiosk_rig import pump, shell_config, start
from bench.results import record, reset
from kiosk.session.machine import EndReason, Identity, Role, State

ROUNDS = 200


def main() -> int:
    reset("wipe")
    with tempfile.TemporaryDirectory() as tmp:
        kiosk = start(shell_config(Path(tmp)))
        window, controller = kiosk.window, kiosk.controller
        times = []
        for i in range(ROUNDS):
            controller.sign_in(Identity(Role.RESIDENT, f"Bench Resident {i}", f"RES-{i:04d}"))
            window._on_service_chosen("about")
            pump()
            t0 = time.perf_counter()
            controller.end(EndReason.SIGN_OUT)
            pump()
            times.append(time.perf_counter() - t0)
            assert kiosk.core.session.state is State.ATTRACT
        kiosk.dispose()
        pump(0.1)
    med, worst = statistics.median(times) * 1000, max(times) * 1000
    print(f"session wipe ({ROUNDS} sessions): median {med:.1f} ms, max {worst:.1f} ms")
    record(
        "session wipe (Finish -> attract, cleared)",
        f"median {med:.1f} ms, max {worst:.1f} ms",
        "median <= 50 ms, max <= 250 ms",
        med <= 50 and worst <= 250,
        bench="wipe",
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
