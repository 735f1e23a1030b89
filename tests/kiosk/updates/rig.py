"""A kiosk for the updater's tests: release 1.0.0 installed and running under ProcessService
(the real supervised process, its notify socket read as systemd reads it), a keyed audit log."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kiosk.records.audit import read_entries
from kiosk.updates.releases import ReleaseStore
from kiosk.updates.service import ProcessService, ServiceReport
from kiosk.updates.sources import DirectorySource
from kiosk.updates.state import StateFile, Target, write_target
from kiosk.updates.updater import Updater, audit_log_writer
from tests.kiosk.updates.fakes import settings


@dataclass
class Kiosk:
    store: ReleaseStore
    service: ProcessService
    data_dir: Path
    state: StateFile
    key: bytes
    debs: Path
    tmp: Path

    def updater(self, **changes: object) -> Updater:
        return Updater(
            releases=self.store,
            state=self.state,
            service=self.service,
            source=DirectorySource(self.debs),
            data_dir=self.data_dir,
            settings=settings(self.tmp, **changes),
            audit=audit_log_writer(self.data_dir),
        )

    def update_to(self, version: str, **changes: object) -> Updater:
        write_target(self.data_dir, Target(version, "canary"))
        updater = self.updater(**changes)
        updater.run_once()
        return updater

    def audit(self) -> list[dict[str, object]]:
        return [
            e for e in read_entries(self.data_dir / "audit.jsonl") if e["event"] == "update.apply"
        ]


def serving(report: ServiceReport, version: str) -> bool:
    return report.ready and report.status.get("version") == version


def clock_from_ready(
    service: ProcessService, version: str, bound_s: float = 120.0
) -> Callable[[], float]:
    """A monotonic clock for :attr:`Updater.monotonic` that stands still until ``version`` has
    said READY (and its first status line), at most ``bound_s``: the gate's
    ``health_timeout_s`` then times the release's self-check, not how long a busy machine
    takes to start its interpreter. For a release that does real work before READY (imports,
    a queue migration) and must fail its gate on its self-check, never for lack of time."""
    started = time.monotonic()
    shift: list[float] = []

    def monotonic() -> float:
        now = time.monotonic()
        if not shift:
            if not serving(service.report(), version) and now - started < bound_s:
                return started
            shift.append(now - started)
        return now - shift[0]

    return monotonic
