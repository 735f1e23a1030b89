"""Update benchmark (issue #19): time from "update available" to "new version serving", and to
"rolled back" for versions that fail the health gate.

Real parts: packages built with ``dpkg-deb --build`` and unpacked by the updater with
``dpkg-deb -x``, the atomic switch, the real gate (kiosk.updates.updater) reading the kiosk's
``sd_notify`` socket as systemd would (kiosk.updates.service.ProcessService: the kiosk runs
through ``current/venv/bin/kiosk`` and is restarted when it exits, like ``Restart=always``).
The releases are the tests' fake ones (tests/kiosk/updates/fakes.py: a small ``kiosk`` speaking
the real protocol), plus one pair of releases that run this checkout's real app (``kiosk run``,
demo configuration, offscreen Qt: READY after the first frame, then the real self-check).

"Update available" is the moment the kiosk records the target (what ``update.set_target`` does);
the clock stops when an independent watcher of the notify socket sees the new version READY with
a passing self-check ("serving"), or the old version READY again after the rollback ("rolled
back"). The gate's settings are printed; ``settle_s`` (how long a passing version must keep
running before it is kept) is not part of "serving" and is listed apart.
"""

from __future__ import annotations

import argparse
import logging
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if sys.path and Path(sys.path[0] or ".").resolve() == ROOT / "bench":
    sys.path[0] = str(ROOT)  # not bench/ (its queue.py would shadow the standard library's)

from bench.results import record, reset  # noqa: E402
from kiosk.updates import health  # noqa: E402
from kiosk.updates.releases import ReleaseStore, same_release  # noqa: E402
from kiosk.updates.service import ProcessService, ServiceReport  # noqa: E402
from kiosk.updates.sources import DirectorySource  # noqa: E402
from kiosk.updates.state import StateFile, Target, write_target  # noqa: E402
from kiosk.updates.updater import Updater  # noqa: E402
from tests.kiosk.updates.fakes import build_deb, settings  # noqa: E402

HEALTH_TIMEOUT_S = 10.0
SETTLE_S = 2.0
REAL_APP = f"""#!/bin/sh
# a release running this checkout's real app (bench/update.py)
export QT_QPA_PLATFORM=offscreen
cd {ROOT}
exec {sys.executable} -m kiosk.cli "$@"
"""


class Watcher:
    """Polls the service every 5 ms from its own thread: the first moment ``predicate`` held."""

    def __init__(self, service: ProcessService, predicate: Callable[[ServiceReport], bool]) -> None:
        self.service, self.predicate = service, predicate
        self.at: float | None = None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            if self.predicate(self.service.report()):
                self.at = time.monotonic()
                return
            self._stop.wait(0.005)

    def stop(self) -> float | None:
        self._stop.set()
        self._thread.join(2)
        return self.at


def serving(version: str, not_pid: int | None = None) -> Callable[[ServiceReport], bool]:
    """READY with a passing self-check, as ``version``, in a process other than ``not_pid`` (two
    real-app releases both say 0.1.0: only the process tells the new one from the old)."""

    def check(report: ServiceReport) -> bool:
        return (
            report.ready
            and report.pid != not_pid
            and same_release(report.status.get("version", ""), version)
            and not health.judge(report.status, {})
        )

    return check


def one_update(
    work: Path, debs: Path, old: str, new: str, kiosk_args: list[str], start_timeout_s: float
) -> tuple[float | None, float | None, str]:
    """Install ``old``, run it, tell it ``new``: (seconds to new serving, seconds to old serving
    again after a rollback, the updater's phase)."""
    store = ReleaseStore(work / "opt")
    store.stage(next(debs.glob(f"ecitizen-kiosk_{old}_*.deb")), old)
    store.switch(old)
    data_dir = work / "data"
    data_dir.mkdir(exist_ok=True)
    service = ProcessService(
        store.root / "current/venv/bin/kiosk",
        kiosk_args,
        work / "run",
        env={"KIOSK_DATA_DIR": str(data_dir)},
        log=work / "kiosk.log",
    )
    try:
        service.start()
        first = service.wait(serving(old), start_timeout_s)
        if not first.ready:
            raise SystemExit(f"release {old} did not come up (see {work / 'kiosk.log'})")
        updater = Updater(
            releases=store,
            state=StateFile(work / "state"),
            service=service,
            source=DirectorySource(debs),
            data_dir=data_dir,
            settings=settings(work, health_timeout_s=HEALTH_TIMEOUT_S, settle_s=SETTLE_S),
        )
        new_up = Watcher(service, serving(new, first.pid))
        started = time.monotonic()
        write_target(data_dir, Target(new, "bench"))  # "update available"
        record_ = updater.run_once()
        served = new_up.stop()
        back: float | None = None
        if record_.phase.value == "rolled_back":
            report = service.wait(serving(old), start_timeout_s)
            back = time.monotonic() if report.ready else None
        return (
            None if served is None else served - started,
            None if back is None else back - started,
            record_.phase.value,
        )
    finally:
        service.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5, help="good updates of fake releases")
    parser.add_argument("--no-real-app", action="store_true", help="skip the real-app pair")
    args = parser.parse_args()
    reset("update")
    logging.basicConfig(level=logging.WARNING, format="  (updater: %(message)s)")
    print(
        f"gate: health_timeout_s={HEALTH_TIMEOUT_S:g} settle_s={SETTLE_S:g} "
        "(window always open, idle_s 0)"
    )
    with tempfile.TemporaryDirectory(prefix="bench-update-") as tmp:
        debs = Path(tmp) / "debs"
        debs.mkdir()
        build_deb(debs, "1.0.0")
        build_deb(debs, "1.1.0")
        failing = {"2.0.1": "exit", "2.0.2": "no_ready", "2.0.3": "selfcheck_fail"}
        for version, behaviour in failing.items():
            build_deb(debs, version, behaviour)
        times = []
        for n in range(args.rounds):
            served, _back, phase = one_update(
                Path(tmp) / f"good-{n}", debs, "1.0.0", "1.1.0", ["run"], 10
            )
            assert phase == "up_to_date" and served is not None, phase
            times.append(served)
        median, worst = statistics.median(times), max(times)
        print(f"fake release, good: available -> serving median {median:.3f} s, max {worst:.3f} s")
        record(
            "update: available -> serving (fake release)",
            f"median {median:.2f} s, max {worst:.2f} s",
            "<= 5 s + the app's start",
            worst <= 5.0,
        )
        for version, behaviour in failing.items():
            _served, back, phase = one_update(
                Path(tmp) / behaviour, debs, "1.0.0", version, ["run"], 10
            )
            assert phase == "rolled_back" and back is not None, (behaviour, phase)
            limit = HEALTH_TIMEOUT_S + 5.0
            print(f"fake release, {behaviour}: available -> rolled back {back:.3f} s")
            record(
                f"update: available -> rolled back ({behaviour})",
                f"{back:.2f} s",
                f"<= health_timeout_s + 5 s ({limit:g} s)",
                back <= limit,
            )
        print(f"(a passing version is kept after a further settle_s = {SETTLE_S:g} s)")
        if not args.no_real_app:
            build_deb(debs, "0.1.0-1", script=REAL_APP)
            build_deb(debs, "0.1.0-2", script=REAL_APP)
            data = Path(tmp) / "real" / "data"
            served, _back, phase = one_update(
                Path(tmp) / "real",
                debs,
                "0.1.0-1",
                "0.1.0-2",
                ["run", "--data-dir", str(data)],
                60,
            )
            if phase != "up_to_date" or served is None:
                print(f"real app: the update did not pass ({phase}); see {tmp}/real/kiosk.log")
                record("update: available -> serving (real app)", phase, "passes", False)
            else:
                print(f"real app (kiosk run, demo, offscreen): available -> serving {served:.3f} s")
                record(
                    "update: available -> serving (real app)",
                    f"{served:.2f} s",
                    f"<= health_timeout_s ({HEALTH_TIMEOUT_S:g} s)",
                    served <= HEALTH_TIMEOUT_S,
                )
            # the real app told a version that cannot start: back on the real app
            data = Path(tmp) / "real-back" / "data"
            _served, back, phase = one_update(
                Path(tmp) / "real-back",
                debs,
                "0.1.0-1",
                "2.0.1",
                ["run", "--data-dir", str(data)],
                60,
            )
            ok = phase == "rolled_back" and back is not None
            shown = f"{back:.2f} s" if back is not None else phase
            print(f"real app told a version that exits at start: available -> rolled back {shown}")
            record(
                "update: available -> rolled back (real app, exit)",
                shown,
                f"<= health_timeout_s ({HEALTH_TIMEOUT_S:g} s)",
                ok and back is not None and back <= HEALTH_TIMEOUT_S,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
