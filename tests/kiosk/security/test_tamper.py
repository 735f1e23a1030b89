"""kiosk/security/tamper.py (OPS-07): a card reader unplugged while the kiosk runs puts it out of
service, recorded in the audit log; readers that go with pcscd are not tampering; the lock survives
a restart until a technician lifts it. Card events as the monitor reports them; a real audit log."""

from __future__ import annotations

import queue
import signal
from pathlib import Path

import pytest

from drivers.smartcard.emulator.pcscd import PcscDaemon
from drivers.smartcard.monitor import CardEvent, CardMonitor
from drivers.smartcard.monitor import CardEventKind as K
from kiosk.records.audit import AuditLog, read_entries, verify
from kiosk.security.tamper import LOCK_FILE, TamperGuard
from tests.helpers.pcsc_fixtures import pcscd, pcscd_restart

__all__ = ["pcscd", "pcscd_restart"]  # real pcscd + vpcd (tests/helpers/pcsc_fixtures.py)

READER = "Virtual PCD 00 00"
OTHER = "Virtual PCD 00 01"


def events(path: Path) -> list[tuple[str, str, dict[str, object]]]:
    return [(e["event"], e["actor"], e["fields"]) for e in read_entries(path)]


def test_unplugged_reader_locks_until_a_technician_lifts_it(tmp_path: Path) -> None:
    changes: list[bool] = []
    with AuditLog(tmp_path / "audit.jsonl") as audit:
        guard = TamperGuard(tmp_path, audit, on_change=changes.append)
        guard.on_card_event(CardEvent(K.READER_ADDED, READER))  # the baseline at start
        guard.on_card_event(CardEvent(K.READER_ADDED, OTHER))
        assert not guard.locked
        guard.on_card_event(CardEvent(K.CARD_INSERTED, READER, b"\x3b"))
        guard.on_card_event(CardEvent(K.CARD_REMOVED, READER))
        assert not guard.locked  # cards coming and going are not tampering
        guard.on_card_event(CardEvent(K.READER_REMOVED, READER))
        assert guard.locked and changes == [True]
        assert (tmp_path / LOCK_FILE).exists()
        guard.on_card_event(CardEvent(K.READER_ADDED, READER))  # plugged back: still locked
        assert guard.locked
        assert guard.back_in_service()
        assert not guard.locked and changes == [True, False]
        assert not (tmp_path / LOCK_FILE).exists()
    assert events(tmp_path / "audit.jsonl") == [
        ("tamper", "system", {"sensor": "card_reader", "state": "unplugged"}),
        ("mode.switch", "system", {"mode": "out_of_service"}),
        ("tamper", "system", {"sensor": "card_reader", "state": "replugged"}),
        ("mode.switch", "technician", {"mode": "normal"}),
    ]
    assert verify(tmp_path / "audit.jsonl").ok


def test_readers_that_go_with_pcscd_are_not_tampering(tmp_path: Path) -> None:
    guard = TamperGuard(tmp_path, None)
    guard.on_card_event(CardEvent(K.READER_ADDED, READER))
    guard.on_card_event(CardEvent(K.SERVICE_LOST))  # the monitor says so before the readers
    guard.on_card_event(CardEvent(K.READER_REMOVED, READER))
    guard.on_card_event(CardEvent(K.SERVICE_BACK))
    guard.on_card_event(CardEvent(K.READER_ADDED, READER))
    assert not guard.locked
    guard.on_card_event(CardEvent(K.READER_REMOVED, READER))  # now it is unplugged
    assert guard.locked


def test_lock_survives_a_restart(tmp_path: Path) -> None:
    first = TamperGuard(tmp_path, None)
    first.on_card_event(CardEvent(K.READER_ADDED, READER))
    first.on_card_event(CardEvent(K.READER_REMOVED, READER))
    restarted = TamperGuard(tmp_path, None)  # e.g. someone pulled the power afterwards
    assert restarted.locked
    assert restarted.back_in_service() and not TamperGuard(tmp_path, None).locked


def test_only_the_kiosks_readers_count(tmp_path: Path) -> None:
    guard = TamperGuard(tmp_path, None, reader_filter="PCD 00 00")
    for kind in (K.READER_ADDED, K.READER_REMOVED):
        guard.on_card_event(CardEvent(kind, OTHER))
    assert not guard.locked
    guard.on_card_event(CardEvent(K.READER_ADDED, READER))
    guard.on_card_event(CardEvent(K.READER_REMOVED, READER))
    assert guard.locked


def test_a_reader_first_seen_later_is_not_a_replug(tmp_path: Path) -> None:
    guard = TamperGuard(tmp_path, None)
    guard.on_card_event(CardEvent(K.READER_ADDED, READER))
    guard.on_card_event(CardEvent(K.READER_ADDED, OTHER))  # e.g. a staff reader plugged in
    assert not guard.locked


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL], ids=["restart", "crash"])
def test_a_pcscd_restart_is_not_tampering(
    pcscd_restart: PcscDaemon, tmp_path: Path, sig: signal.Signals
) -> None:
    """Through a real CardMonitor on real pcscd: its readers go and come back with the daemon."""
    seen: queue.Queue[CardEvent] = queue.Queue()
    guard = TamperGuard(tmp_path, None)

    def listener(event: CardEvent) -> None:
        guard.on_card_event(event)
        seen.put(event)

    def wait_for(kind: K) -> None:
        while seen.get(timeout=15).kind is not kind:
            pass

    with CardMonitor(listener, poll_timeout=0.5, backoff=(0.05, 0.3)) as monitor:
        assert monitor.wait_ready(5)
        wait_for(K.READER_ADDED)
        pcscd_restart.stop(sig)
        wait_for(K.READER_REMOVED)
        pcscd_restart.start()
        wait_for(K.READER_ADDED)
    assert not guard.locked


def test_fingerprint_sensor_unplugged_while_running_locks_too(tmp_path: Path) -> None:
    from drivers.device import DeviceState as D

    with AuditLog(tmp_path / "audit.jsonl") as audit:
        guard = TamperGuard(tmp_path, audit)
        guard.on_fingerprint_state(D.ABSENT)  # not yet opened: not a baseline
        guard.on_fingerprint_state(D.CONNECTING)
        assert not guard.locked
        for state in (D.READY, D.BUSY, D.READY, D.ERROR):  # working, and a fault is not a pull
            guard.on_fingerprint_state(state)
        assert not guard.locked
        guard.on_fingerprint_state(D.ABSENT)
        assert guard.locked and guard.sensor == "fingerprint"
        guard.on_fingerprint_state(D.READY)
        assert guard.locked
    assert events(tmp_path / "audit.jsonl")[:3] == [
        ("tamper", "system", {"sensor": "fingerprint", "state": "unplugged"}),
        ("mode.switch", "system", {"mode": "out_of_service"}),
        ("tamper", "system", {"sensor": "fingerprint", "state": "replugged"}),
    ]
    assert TamperGuard(tmp_path, None).sensor == "fingerprint"  # after a restart too


def test_a_sensor_that_never_answered_is_not_tampering(tmp_path: Path) -> None:
    from drivers.device import DeviceState as D

    guard = TamperGuard(tmp_path, None)
    guard.on_fingerprint_state(D.ABSENT)
    guard.on_fingerprint_state(D.ABSENT)
    assert not guard.locked
