"""kiosk/diagnostics/report.py: one report for the screen and the CLI; counts, never contents."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from kiosk.commands.diag_all import collect_standalone
from kiosk.config import KioskConfig, shell_only, with_devices
from kiosk.diagnostics.report import (
    DISABLED,
    ERROR,
    OK,
    WARNING,
    Diagnostics,
    backend_check,
    build_test_page,
    collect,
)
from kiosk.runtime.app import KioskCore, build_core
from kiosk.runtime.devices import camera_grabber, open_card_session
from offline_queue.crypto import FileKeyProvider
from offline_queue.outbox import Outbox
from offline_queue.store import open_store
from tests.helpers.queue_damage import rename_in_schema

CANARY = "Zebulon Quaxley 4711-CANARY"


def _enqueue(data_dir: Path, n: int = 1) -> None:
    store = open_store(data_dir)
    try:
        outbox = Outbox(store, FileKeyProvider.in_data_dir(data_dir))
        for _ in range(n):
            outbox.enqueue(backend="gateway", kind="report", payload={"name": CANARY})
    finally:
        store.close()


@pytest.fixture
def core(demo_config: KioskConfig) -> Iterator[KioskCore]:
    core = build_core(shell_only(demo_config))
    core.start()
    yield core
    core.close()


def test_running_core_report_has_every_section_and_no_payload(core: KioskCore) -> None:
    assert core.outbox is not None
    core.outbox.enqueue(backend="gateway", kind="report", payload={"name": CANARY})
    report = collect(core)
    names = [c.name for c in report.checks]
    for name in ("card_reader", "printer", "fingerprint", "camera", "queue", "backend"):
        assert name in names
    for name in ("system", "trust", "software", "alerts"):
        assert name in names
    for device in ("card_reader", "printer", "fingerprint", "camera"):
        check = report.get(device)
        assert check is not None and check.status == DISABLED
    queue = report.get("queue")
    assert queue is not None and queue.details["counts"]["pending"] == 1
    backend = report.get("backend")
    assert backend is not None and backend.status == ERROR and not backend.details["reachable"]
    text = json.dumps(report.as_dict())
    assert "Zebulon" not in text and "CANARY" not in text
    software = report.get("software")
    assert software is not None and software.details["version"]


def test_the_composition_root_builds_the_diagnostics_over_its_devices(core: KioskCore) -> None:
    """``core.diagnostics()`` is the technician screen's port: its report is the running core's
    and its self-tests use the devices the core started (none here: each says so)."""
    diagnostics = core.diagnostics()
    report = diagnostics.report()
    assert [c.name for c in report.checks] == [c.name for c in collect(core).checks]
    assert diagnostics.test_print().status == DISABLED
    assert diagnostics.fingerprint_test().status == DISABLED


def test_the_card_check_uses_the_reader_scan_it_was_given(core: KioskCore) -> None:
    scans: list[float] = []

    def no_reader(timeout: float) -> tuple[bool, dict[str, bytes | None]]:
        scans.append(timeout)
        return True, {}

    diagnostics = Diagnostics(
        core,
        scan_readers=no_reader,
        open_card_session=open_card_session,
        open_camera=camera_grabber,
    )
    check = diagnostics.card_check()
    assert scans == [3.0]
    assert (check.status, check.key, check.details["readers"]) == (ERROR, "card.no_reader", 0)


def test_the_camera_self_test_opens_the_configured_camera(demo_config: KioskConfig) -> None:
    from tests.drivers.camera.camera_testimages import ASTRONAUT

    camera = {"driver": "emulated", "source": str(ASTRONAUT)}
    core = build_core(with_devices(shell_only(demo_config), camera=camera))
    try:
        check = core.diagnostics().camera_test(timeout=3)
    finally:
        core.close()
    assert check.status == OK
    assert check.details["opened"] and check.details["faces"] == 1
    assert (check.details["width"], check.details["height"]) == (512, 512)


def test_standalone_counts_by_state(data_dir: Path, demo_config: KioskConfig) -> None:
    _enqueue(data_dir, 3)
    report = collect_standalone(shell_only(demo_config), devices=False)
    queue = report.get("queue")
    assert queue is not None and queue.status == OK
    assert queue.details["counts"]["pending"] == 3 and queue.details["waiting"] == 3
    assert CANARY not in json.dumps(report.as_dict())


def test_corrupt_queue_is_reported_and_not_moved(data_dir: Path, demo_config: KioskConfig) -> None:
    (data_dir / "queue.db").write_bytes(b"this is not a database" * 100)
    report = collect_standalone(shell_only(demo_config), devices=False)
    queue = report.get("queue")
    assert queue is not None and queue.status == ERROR and queue.key == "queue.damaged"
    assert report.worst == ERROR
    # the technician's report only reads: the kiosk's next start sets the file aside
    assert (data_dir / "queue.db").read_bytes() == b"this is not a database" * 100


def test_a_queue_whose_schema_lost_a_column_is_reported_and_not_moved(
    data_dir: Path, demo_config: KioskConfig
) -> None:
    """Damage quick_check does not see (a renamed column) is found by the probe, so a status
    query says so and leaves the running kiosk's file where it is."""
    _enqueue(data_dir, 2)
    db = data_dir / "queue.db"
    rename_in_schema(db, "attempt_log", "error_key", "errox_key")
    before = db.read_bytes()
    report = collect_standalone(shell_only(demo_config), devices=False)
    queue = report.get("queue")
    assert queue is not None and queue.status == ERROR and queue.key == "queue.damaged"
    assert db.read_bytes() == before
    assert not [p for p in data_dir.iterdir() if ".corrupt-" in p.name]


@dataclass
class _Time:
    skew_s: float
    round_trip_s: float = 0.01
    server: dt.datetime = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


class _Gateway:
    def __init__(self, skew: float) -> None:
        self.skew = skew

    def health(self) -> bool:
        return True

    def server_time(self) -> _Time:
        return _Time(self.skew)


@pytest.mark.parametrize(("skew", "status"), [(1.5, OK), (-600.0, WARNING)])
def test_clock_skew(skew: float, status: str) -> None:
    check = backend_check(_Gateway(skew))  # type: ignore[arg-type]
    assert check.status == status
    assert check.details["clock_skew_s"] == skew


def test_the_printer_test_page_gives_local_time_as_people_read_it() -> None:
    from drivers.printer import TextLine

    when = dt.datetime(2026, 11, 26, 15, 45, tzinfo=dt.UTC)
    page = build_test_page("dummy://", "TM-T20", when)
    lines = [item.text for item in page.items if isinstance(item, TextLine)]
    time_line = next(line for line in lines if line.startswith("Time: "))
    assert "UTC" not in time_line and "2026-11-26" not in time_line
    assert "Thursday" in time_line and "November 2026" in time_line


def test_the_port_says_why_the_kiosk_is_out_of_service_and_lifts_the_lock(
    core: KioskCore,
) -> None:
    """The technician screen reads the lock and lifts it through the port, never the guard."""
    from kiosk.security.tamper import TamperGuard

    diagnostics = core.diagnostics()
    assert core.tamper is None  # the shell kiosk has no card reader: nothing can lock it
    assert diagnostics.out_of_service is None and diagnostics.back_in_service()
    core.tamper = TamperGuard(core.config.paths.data_dir, core.audit)
    assert diagnostics.out_of_service is None
    core.tamper.take_out_of_service()
    assert diagnostics.out_of_service == "remote"
    assert TamperGuard(core.config.paths.data_dir, None).locked  # kept across restarts
    assert diagnostics.back_in_service()
    assert diagnostics.out_of_service is None
    assert not TamperGuard(core.config.paths.data_dir, None).locked


def test_the_port_rows_for_live_updates_and_the_technician_audit(core: KioskCore) -> None:
    diagnostics = core.diagnostics()
    assert diagnostics.printer_state().status == DISABLED
    assert core.outbox is not None
    core.outbox.enqueue(backend="gateway", kind="report", payload={"name": CANARY})
    queue = diagnostics.queue_check()
    assert queue.details["counts"]["pending"] == 1
    assert CANARY not in json.dumps(queue.details)
    audit = diagnostics.technician_audit()
    assert audit.available
    assert diagnostics.camera_test().status == DISABLED  # switched off: never opened
