"""The kiosk starts degraded, with its devices, over a damaged queue database, and a sync worker
that keeps dying becomes a technician alert (#14). Real damaged SQLite files, a real core."""

from __future__ import annotations

import threading
from pathlib import Path

from kiosk.config import load_demo_config
from kiosk.diagnostics.report import alerts_check, queue_check
from kiosk.runtime.app import build_core
from kiosk.services.submit import Submission, enqueue
from tests.conftest import shell_only
from tests.offline_queue.test_damage import LANE as LANE_BYTES
from tests.offline_queue.test_damage import _damage_index, _non_utf8_report

LANE = LANE_BYTES.decode()


def test_a_non_utf8_quick_check_report_does_not_stop_start_up(tmp_path: Path) -> None:
    data = tmp_path / "data"
    config = shell_only(load_demo_config(data))
    first = build_core(config)
    first.start()
    first.close()
    _non_utf8_report(data / "queue.db")
    for _ in range(2):  # every restart: up, degraded, queuing on a fresh file
        core = build_core(config)
        try:
            core.start()
            assert core.problems["queue"] == "queue.degraded"
            assert core.outbox is not None
            enqueue(core, Submission("feedback", "Feedback", "feedback.comment", {"body": {}}))
            check = alerts_check(core.problems, core.store)
            assert check.status == "error" and check.details["moved_aside"]
        finally:
            core.close()
    aside = [p for p in data.glob("queue.db.corrupt-*") if p.suffix != ".reason"]
    assert len(aside) == 1  # set aside once, never deleted


def test_a_sync_worker_that_keeps_dying_is_a_technician_alert(tmp_path: Path) -> None:
    data = tmp_path / "data"
    config = shell_only(load_demo_config(data))
    first = build_core(config)
    first.start()
    try:  # a lane, then damage its index where quick_check cannot see it
        for i in range(3):
            submission = Submission("x", "X", "feedback.comment", {"body": {"i": i}}, lane=LANE)
            enqueue(first, submission)
        assert first.store is not None
        first.store.checkpoint()
    finally:
        first.close()
    _damage_index(data / "queue.db")
    core = build_core(config)
    try:
        core.start()
        assert "queue" not in core.problems and core.sync is not None
        alerted = threading.Event()
        core.sync.on_problem(lambda key: alerted.set() if key else None)
        core.start_watching()
        # offline back ends: the claim itself writes the damaged index
        assert alerted.wait(60), "no alert"
        assert core.problems["sync"] == "queue.sync.stopped"
        check = queue_check(core.outbox, core.store, core.sync)
        assert check.status == "error" and check.key == "queue.sync.stopped"
        assert check.details["sync_restarts"] >= 1
        assert "queue.sync.stopped" in alerts_check(core.problems, core.store).details["problems"]
    finally:
        core.close()
    assert (data / "queue.db.check").exists()  # the next start runs the full integrity_check
