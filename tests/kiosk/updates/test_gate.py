"""The health gate and the automatic rollback on real processes: the fake releases' real
``kiosk`` entries run under ProcessService (``NOTIFY_SOCKET`` read by the updater, as systemd
reads it), packages unpacked by dpkg-deb, the keyed audit log, the updater's state file."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kiosk.cli import main
from kiosk.records.audit import verify
from kiosk.updates.service import SystemdService
from kiosk.updates.state import Phase, Target, write_target
from tests.kiosk.updates.fakes import config_toml
from tests.kiosk.updates.rig import Kiosk, serving


def test_a_good_update_passes_the_gate_and_serves(kiosk: Kiosk) -> None:
    updater = kiosk.update_to("1.1.0")
    record = kiosk.state.load()
    assert (record.phase, record.current, record.previous) == (Phase.UP_TO_DATE, "1.1.0", "1.0.0")
    assert record.last is not None and record.last.outcome == "serving"
    assert serving(kiosk.service.report(), "1.1.0")
    assert updater.last_gate is not None and updater.last_gate.passed
    [entry] = kiosk.audit()
    assert entry["fields"] == {
        "result": "ok",
        "from_version": "1.0.0",
        "to_version": "1.1.0",
        "checks": [],
    }
    assert verify(kiosk.data_dir / "audit.jsonl", key=kiosk.key).ok  # still one keyed chain
    # nothing more to do on the next pass (the timer's)
    assert kiosk.updater().run_once().phase is Phase.UP_TO_DATE


def test_a_debian_revision_is_the_same_release_as_the_app_version(kiosk: Kiosk) -> None:
    kiosk.update_to("1.2.0-1")  # the package is 1.2.0-1, its app says 1.2.0
    assert kiosk.state.load().current == "1.2.0-1"


@pytest.mark.parametrize(
    ("version", "reason", "checks"),
    [
        ("2.0.1", "update.crashed", []),  # exits at once: cannot start
        ("2.0.2", "update.not_ready", ["selfcheck.missing"]),  # never READY
        ("2.0.3", "update.selfcheck_failed", ["queue", "city"]),
        ("2.0.4", "update.selfcheck_failed", ["device.printer"]),  # worked under 1.0.0
        ("2.0.5", "update.unstable", []),  # passes, then dies within settle_s
    ],
)
def test_a_version_that_fails_the_gate_is_rolled_back_audited_and_not_retried(
    kiosk: Kiosk, version: str, reason: str, checks: list[str]
) -> None:
    kiosk.update_to(version, health_timeout_s=1.5, settle_s=1.0)
    record = kiosk.state.load()
    assert (record.phase, record.detail, record.current) == (Phase.ROLLED_BACK, reason, "1.0.0")
    assert record.last is not None
    assert (record.last.outcome, record.last.version, list(record.last.checks)) == (
        "rolled_back",
        version,
        checks,
    )
    assert record.bad_versions == (version,)
    # the links as before the update: 1.0.0 had no previous, so none (never previous = current)
    assert (record.previous, kiosk.store.previous()) == (None, None)
    # the old version serves again
    assert serving(kiosk.service.wait(lambda r: serving(r, "1.0.0")), "1.0.0")
    [entry] = kiosk.audit()
    assert entry["fields"]["result"] == "rolled_back"
    assert (entry["fields"]["from_version"], entry["fields"]["to_version"]) == (version, "1.0.0")
    assert entry["fields"]["reason"] == reason and entry["fields"]["checks"] == checks
    assert "mac" in entry and verify(kiosk.data_dir / "audit.jsonl", key=kiosk.key).ok
    # the target stays what the fleet said, but the failed version is not tried again
    again = kiosk.updater().run_once()
    assert (again.phase, again.current, kiosk.audit()) == (Phase.ROLLED_BACK, "1.0.0", [entry])
    # a new target gets the kiosk moving again
    kiosk.update_to("1.1.0")
    assert (kiosk.state.load().current, kiosk.store.previous()) == ("1.1.0", "1.0.0")


def test_a_rollback_leaves_current_and_previous_as_they_were_before_the_update(
    kiosk: Kiosk,
) -> None:
    """1.0.0, then 1.1.0 (passes), then 2.0.1 (cannot start): back on 1.1.0 with ``previous``
    1.0.0 again — not 1.1.0 twice, not the failed 2.0.1 — and ``kiosk update status`` says so;
    the next update goes on from there."""
    kiosk.update_to("1.1.0")
    kiosk.update_to("2.0.1", health_timeout_s=1.5)
    record = kiosk.state.load()
    assert (record.phase, record.current, record.previous) == (Phase.ROLLED_BACK, "1.1.0", "1.0.0")
    assert (kiosk.store.current(), kiosk.store.previous()) == ("1.1.0", "1.0.0")
    assert kiosk.store.releases() == ["1.0.0", "1.1.0", "2.0.1"]  # kept until a good update
    config = kiosk.tmp / "kiosk.toml"
    config.write_text(config_toml(kiosk.tmp, kiosk.data_dir), encoding="utf-8")
    shown = CliRunner().invoke(main, ["update", "status", "--config", str(config)])
    assert shown.exit_code == 0, shown.output
    lines = dict(line.split(None, 1) for line in shown.output.splitlines())
    assert lines["phase"] == "rolled_back (update.crashed)"
    assert (lines["current"], lines["previous"], lines["target"]) == (
        "1.1.0",
        "1.0.0",
        "2.0.1 (ring canary)",
    )
    assert lines["last"] == "2.0.1: rolled_back update.crashed"
    assert lines["refused"] == "2.0.1 (failed their health gate)"
    # the next update: 1.1.0 becomes previous, as after any good update
    kiosk.update_to("1.2.0-1")
    assert (kiosk.store.current(), kiosk.store.previous()) == ("1.2.0-1", "1.1.0")


def test_a_kiosk_in_use_is_not_updated(kiosk: Kiosk) -> None:
    """The running 2.0.6 reports a resident session: 1.1.0 waits (pending) until it ends."""
    kiosk.update_to("2.0.6")  # a release whose app reports a session in progress
    assert kiosk.state.load().current == "2.0.6"
    kiosk.update_to("1.1.0")
    record = kiosk.state.load()
    assert (record.phase, record.detail, record.current) == (
        Phase.PENDING,
        "update.session_active",
        "2.0.6",
    )
    assert kiosk.store.is_complete("1.1.0")  # staged already, beside the running release
    assert serving(kiosk.service.report(), "2.0.6")  # never stopped in front of a resident


def test_a_kiosk_used_a_moment_ago_waits_for_idle_s(kiosk: Kiosk) -> None:
    """1.0.0 says idle since the epoch; a clock 10 s after it makes that 10 s of idleness."""
    write_target(kiosk.data_dir, Target("1.1.0", "canary"))
    soon = kiosk.updater(idle_s=60)
    soon.clock = lambda: 10.0
    record = soon.run_once()
    assert (record.phase, record.detail, record.current) == (
        Phase.PENDING,
        "update.recently_used",
        "1.0.0",
    )
    assert kiosk.updater(idle_s=60).run_once().current == "1.1.0"  # now: decades idle


def test_outside_the_window_it_stages_but_waits(kiosk: Kiosk) -> None:
    write_target(kiosk.data_dir, Target("1.1.0", "canary"))
    closed = kiosk.updater(window="03:00-03:01", timezone="Pacific/Kiritimati", days=("mon",))
    closed.clock = lambda: 1_767_225_600.0  # Thursday 2026-01-01 00:00 UTC
    record = closed.run_once()
    assert (record.phase, record.detail) == (Phase.PENDING, "update.outside_window")
    assert kiosk.store.is_complete("1.1.0") and record.current == "1.0.0"


def test_a_kiosk_off_for_a_week_installs_what_it_was_told_at_its_next_start(
    kiosk: Kiosk,
) -> None:
    """Told 1.1.0 outside its window, then switched off for a week: at the first pass after the
    boot (kiosk-update.timer's OnBootSec) inside the window, it installs the target it was told
    last, without hearing from the fleet again."""
    write_target(kiosk.data_dir, Target("1.1.0", "canary"))
    night = {"window": "02:00-05:00", "timezone": "UTC"}
    told = kiosk.updater(**night)
    told.clock = lambda: 1_767_268_800.0  # Thursday 2026-01-01 12:00 UTC: outside
    assert told.run_once().phase is Phase.PENDING
    kiosk.service.stop()  # switched off
    kiosk.service.start()  # a week later the kiosk boots on what it ran: 1.0.0
    assert serving(kiosk.service.wait(lambda r: serving(r, "1.0.0")), "1.0.0")
    boot = kiosk.updater(**night)
    boot.clock = lambda: 1_767_268_800.0 + 7 * 86_400 - 9 * 3600  # the next Thursday, 03:00
    record = boot.run_once()
    assert (record.phase, record.current) == (Phase.UP_TO_DATE, "1.1.0")
    assert serving(kiosk.service.report(), "1.1.0")


def test_a_service_manager_that_fails_is_recorded_and_the_next_pass_resumes(
    kiosk: Kiosk, tmp_path: Path
) -> None:
    """systemctl itself failing (here: a systemctl that always exits 1) stops the pass with a
    key; the journal keeps the attempt, and the next pass finishes the update."""
    broken = tmp_path / "systemctl"
    broken.write_text("#!/bin/sh\nexit 1\n", encoding="utf-8")
    broken.chmod(0o755)
    write_target(kiosk.data_dir, Target("1.1.0", "canary"))
    updater = kiosk.updater()
    updater.service = SystemdService("kiosk.service", str(broken))
    record = updater.run_once()
    assert (record.phase, record.detail, record.current) == (
        Phase.FAILED,
        "update.systemctl_failed",
        "1.0.0",
    )
    assert record.attempt is not None and record.attempt.version == "1.1.0"
    assert serving(kiosk.service.report(), "1.0.0")  # nothing was stopped
    again = kiosk.updater().run_once()
    assert (again.phase, again.current, again.attempt) == (Phase.UP_TO_DATE, "1.1.0", None)
