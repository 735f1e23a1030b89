"""Full disk (issue #9 lockdown): start degraded, tell the technician, refuse new work clearly,
lose nothing committed, recover live once space is back. A real tiny tmpfs, no mocks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kiosk.cli import main
from kiosk.config import KioskConfig, load_demo_config
from kiosk.diagnostics.report import collect
from kiosk.runtime.app import KioskCore, build_core
from kiosk.runtime.storage import create_file_once, load_or_create_secret, space
from kiosk.services.submit import Submission, SubmitError, enqueue
from kiosk.session.assistance import load_or_create_key
from tests.conftest import shell_only
from tests.helpers.fullfs import TinyFs, tiny_fs_fixture  # noqa: F401  (fixture tiny_fs)

RESERVE_MB = 0.25  # the tmpfs is 2 MiB: a reserve it can be above and below


def _config(data: Path) -> KioskConfig:
    config = shell_only(load_demo_config(data))
    return config.model_copy(
        update={"paths": config.paths.model_copy(update={"reserve_mb": RESERVE_MB})}
    )


def _started(config: KioskConfig) -> KioskCore:
    core = build_core(config)
    core.start()
    return core


def _submission() -> Submission:
    return Submission("feedback", "Feedback", "feedback.send", {"body": {"rating": 4}})


def test_secrets_are_created_whole_or_not_at_all(tiny_fs: TinyFs) -> None:
    data = tiny_fs.root / "data"
    data.mkdir()
    tiny_fs.fill()
    with pytest.raises(OSError) as full:
        load_or_create_key(data)
    assert full.value.errno == 28
    with pytest.raises(OSError):
        load_or_create_secret(data / "receipt.key")
    assert list(data.iterdir()) == []  # no empty key file, no temporary file
    tiny_fs.release()
    assert len(load_or_create_key(data)) == 32
    assert create_file_once(data / "receipt.key", b"k" * 32)
    assert not create_file_once(data / "receipt.key", b"other")  # never overwritten
    assert load_or_create_secret(data / "receipt.key") == b"k" * 32


def test_existing_kiosk_on_full_disk_starts_degraded_and_recovers_live(tiny_fs: TinyFs) -> None:
    data = tiny_fs.root / "data"
    config = _config(data)
    core = _started(config)  # an earlier, normal start: keys, audit log, queue
    try:
        committed = enqueue(core, _submission()).reference
    finally:
        core.close()
    tiny_fs.fill(leave=64 * 1024)  # below the 256 KiB reserve, not quite empty
    assert space(data, config.paths.reserve_bytes).below_reserve
    core = _started(config)
    try:
        assert core.problems["storage"] == "system.disk_full"
        assert core.store is not None and not core.store.degraded  # not moved aside
        assert core.outbox is not None and core.sync is not None
        with pytest.raises(SubmitError) as refused:
            enqueue(core, _submission())
        assert refused.value.key == "submit.storage_full"
        assert core.outbox.find(committed).reference == committed  # nothing lost
        report = collect(core)
        system = report.get("system")
        assert system is not None and system.status == "error"
        assert system.key == "system.disk_full" and system.details["disk_reserve_mb"] == 0.2
        alerts = report.get("alerts")
        assert alerts is not None and "system.disk_full" in alerts.details["problems"]
        tiny_fs.release()  # space is back: no restart needed
        assert enqueue(core, _submission()).reference != committed
        report = collect(core)
        system = report.get("system")
        assert system is not None and system.key != "system.disk_full"
        alerts = report.get("alerts")
        assert alerts is not None and "system.disk_full" not in alerts.details["problems"]
    finally:
        core.close()


def test_first_start_on_full_disk_has_no_queue_until_restart(tiny_fs: TinyFs) -> None:
    data = tiny_fs.root / "data"
    data.mkdir(mode=0o700)
    tiny_fs.fill()
    config = _config(data)
    core = _started(config)  # no exception: a degraded start
    try:
        assert core.problems["storage"] == "system.disk_full"
        assert core.problems["queue"] == "queue.store.full"
        assert core.store is None and core.outbox is None and core.sync is None
        assert core.gateway is not None  # read-only services still have their client
        with pytest.raises(SubmitError) as refused:
            enqueue(core, _submission())
        assert refused.value.key == "submit.unavailable"
        report = collect(core)
        queue = report.get("queue")
        assert queue is not None and queue.status == "error"
        alerts = report.get("alerts")
        assert alerts is not None
        assert {"queue.store.full", "system.disk_full"} <= set(alerts.details["problems"])
        # the audit log cannot take an entry: a typed error, never a crash
        from kiosk.records.audit import AuditLogError

        assert core.audit is not None
        with pytest.raises(AuditLogError):
            core.audit.record("technician.action", "technician", action="self_test")
    finally:
        core.close()
    assert not [p for p in data.iterdir() if p.name.endswith(".key") and p.stat().st_size == 0]
    tiny_fs.release()
    core = _started(config)  # the restart recovers
    try:
        assert "queue" not in core.problems and "storage" not in core.problems
        enqueue(core, _submission())
    finally:
        core.close()


def test_diag_all_json_reports_the_full_disk_and_never_moves_the_queue(tiny_fs: TinyFs) -> None:
    data = tiny_fs.root / "data"
    core = _started(_config(data))
    try:
        enqueue(core, _submission())
    finally:
        core.close()
    tiny_fs.fill()
    result = CliRunner().invoke(
        main, ["diag", "all", "--json", "--no-devices", "--data-dir", str(data), "--timeout", "1"]
    )
    report = json.loads(result.output)
    assert report["result"] == "error" and result.exit_code == 2
    assert report["checks"]["system"]["key"] == "system.disk_full"
    assert report["checks"]["queue"]["key"] == "queue.store.full"
    assert "system.disk_full" in report["checks"]["alerts"]["problems"]
    assert not [p for p in data.iterdir() if ".corrupt-" in p.name]
