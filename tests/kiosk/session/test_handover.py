"""The staff handover's lifetime without widgets or cards: arming, the offer at the next sign-in,
the answer, cancelling, expiry (never in the middle of a sign-in) and the audit entries."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.config import IdleSection
from kiosk.records.audit import AuditFieldError, AuditLog, check_fields, read_entries
from kiosk.session.assistance import Assistance
from kiosk.session.handover import PendingHandover, StaffHandover
from kiosk.session.machine import EndReason, Identity, IdlePolicy, Preferences, Role, Session, State

KEY = b"k" * 32
STAFF = Identity(Role.STAFF, "Sam Okafor", "staff-004217")


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class Rig:
    def __init__(
        self,
        tmp_path: Path,
        duration_s: float = 60.0,
        clock: Callable[[], float] | None = None,
    ) -> None:
        self.clock = Clock()
        now = clock if clock is not None else self.clock
        self.session = Session(
            IdlePolicy(), default_preferences=lambda: Preferences("en"), clock=now
        )
        self.audit = AuditLog(tmp_path / "audit.jsonl")
        self.assistance = Assistance(self.session, self.audit, KEY)
        self.handover = StaffHandover(self.session, self.assistance, duration_s, clock=now)
        self.offers: list[PendingHandover] = []
        self.ends: list[str] = []
        self.handover.offer.connect(self.offers.append)
        self.handover.ended.connect(self.ends.append)

    def entries(self) -> list[tuple[str, str, dict[str, Any]]]:
        return [
            (e["event"], e["actor"], e["fields"])
            for e in read_entries(self.audit.path)
            if e["event"].startswith("assisted.handover_")
        ]

    def sign_in(self, identity: Identity) -> None:
        self.session.start()
        self.session.choose_language("en")
        self.session.sign_in(identity)


@pytest.fixture
def rig(qapp: QApplication, tmp_path: Path) -> Iterator[Rig]:
    made = Rig(tmp_path)
    yield made
    made.handover.close()
    made.audit.close()


def test_armed_handover_keeps_a_name_and_a_pseudonym_only(rig: Rig) -> None:
    pending = rig.handover.arm(STAFF)
    assert pending == PendingHandover("Sam Okafor", rig.assistance.staff_ref(STAFF))
    assert pending.helper() == Identity(Role.STAFF, "Sam Okafor")  # no account id
    assert rig.handover.seconds_left() == 60.0
    assert rig.entries() == [("assisted.handover_armed", "staff", {"staff": pending.staff_ref})]
    text = rig.audit.path.read_text(encoding="utf-8")
    assert "Sam" not in text and "004217" not in text


def test_only_staff_hand_over_and_only_from_the_attract_screen(rig: Rig) -> None:
    with pytest.raises(ValueError, match="member of staff"):
        rig.handover.arm(Identity(Role.RESIDENT, "Someone", "r-1"))
    rig.sign_in(Identity(Role.GUEST))
    with pytest.raises(ValueError, match="attract"):
        rig.handover.arm(STAFF)
    assert rig.entries() == []


@pytest.mark.parametrize("visitor", [Role.RESIDENT, Role.GUEST, Role.PATRON])
def test_next_sign_in_is_offered_help_and_answers(rig: Rig, visitor: Role) -> None:
    pending = rig.handover.arm(STAFF)
    rig.sign_in(Identity(visitor, "Amina", "RES-1"))
    assert rig.offers == [pending] and rig.handover.offered
    assert rig.handover.answer(True) == pending
    assert rig.handover.pending is None and rig.ends == ["accepted"]
    assert rig.handover.answer(True) is None  # once
    assert rig.entries()[-1] == (
        "assisted.handover_accepted",
        visitor.value,
        {"staff": pending.staff_ref},
    )


def test_declined_and_unanswered_offers_end_the_handover(rig: Rig) -> None:
    ref = rig.handover.arm(STAFF).staff_ref
    rig.sign_in(Identity(Role.GUEST))
    assert rig.handover.answer(False) is None
    rig.session.end(EndReason.SIGN_OUT)
    rig.handover.arm(STAFF)
    rig.sign_in(Identity(Role.GUEST))
    rig.session.end(EndReason.IDLE_TIMEOUT)  # walked away before answering
    assert rig.ends == ["declined", "expired"] and rig.handover.pending is None
    assert [(event, actor) for event, actor, _ in rig.entries()] == [
        ("assisted.handover_armed", "staff"),
        ("assisted.handover_declined", "guest"),
        ("assisted.handover_armed", "staff"),
        ("assisted.handover_expired", "system"),
    ]
    assert all(fields == {"staff": ref} for _, _, fields in rig.entries())


def test_staff_technician_cards_and_technician_entry_cancel(rig: Rig) -> None:
    rig.handover.arm(STAFF)
    rig.sign_in(STAFF)  # the staff member signs in again instead
    assert rig.offers == [] and rig.ends == ["cancelled"]
    rig.session.end(EndReason.SIGN_OUT)
    rig.handover.arm(STAFF)
    rig.sign_in(Identity(Role.TECHNICIAN, "Tech", "T-1"))
    rig.session.end(EndReason.SIGN_OUT)
    rig.handover.arm(STAFF)
    rig.session.end(EndReason.TECHNICIAN_ENTRY)  # on the attract screen
    rig.handover.arm(STAFF)
    rig.handover.cancel()
    assert rig.ends == ["cancelled"] * 4
    assert [(event, actor) for event, actor, _ in rig.entries() if "cancelled" in event] == [
        ("assisted.handover_cancelled", "staff"),
        ("assisted.handover_cancelled", "technician"),
        ("assisted.handover_cancelled", "system"),
        ("assisted.handover_cancelled", "staff"),
    ]


def test_expiry_waits_for_a_sign_in_in_progress(rig: Rig) -> None:
    rig.handover.arm(STAFF)
    rig.session.start()  # someone starts signing in
    rig.clock.now += 61  # the deadline passes meanwhile: nothing expires under their fingers
    assert rig.handover.pending is not None and rig.ends == []
    rig.session.end(EndReason.SIGN_OUT)  # they gave up: back on the attract screen
    assert rig.ends == ["expired"] and rig.handover.pending is None


def test_a_sign_in_after_a_return_within_the_time_is_still_offered(rig: Rig) -> None:
    pending = rig.handover.arm(STAFF)
    rig.session.start()
    rig.clock.now += 30
    rig.session.end(EndReason.SIGN_OUT)
    assert rig.handover.pending == pending and rig.handover.seconds_left() == 30.0
    rig.sign_in(Identity(Role.GUEST))
    assert rig.offers == [pending]


def test_expires_by_its_timer(qapp: QApplication, qtbot: QtBot, tmp_path: Path) -> None:
    rig = Rig(tmp_path, duration_s=0.05, clock=time.monotonic)  # the Qt timer, for real
    try:
        with qtbot.waitSignal(rig.handover.ended, timeout=5_000) as ended:
            rig.handover.arm(STAFF)
        assert ended.args == ["expired"]
        assert rig.session.state is State.ATTRACT and rig.handover.pending is None
        assert [event for event, _, _ in rig.entries()] == [
            "assisted.handover_armed",
            "assisted.handover_expired",
        ]
    finally:
        rig.handover.close()
        rig.audit.close()


def test_audit_schema_allows_the_staff_reference_only() -> None:
    for outcome in ("armed", "cancelled", "expired", "accepted", "declined"):
        check_fields(f"assisted.handover_{outcome}", "staff", {"staff": "a" * 32})
        with pytest.raises(AuditFieldError):
            check_fields(f"assisted.handover_{outcome}", "staff", {"name": "a"})
        with pytest.raises(AuditFieldError):
            check_fields(f"assisted.handover_{outcome}", "staff", {"staff": "Sam Okafor"})


def test_handover_lifetime_comes_from_the_idle_configuration() -> None:
    assert IdleSection().handover_seconds == 90.0 + 30.0  # the idle timeout
    assert IdleSection(warn_after_s=60, warning_s=20).handover_seconds == 80.0
    assert IdleSection(handover_s=5).handover_seconds == 5.0
    with pytest.raises(ValueError):
        IdleSection(handover_s=0.5)
