"""Assist before sign-in on a one-reader kiosk (ui/handover.py, kiosk/session/handover.py), end to
end: the demo rig's virtual cards in real pcscd + vpcd with the kiosk limited to the first reader,
the card monitor and sign-in off the GUI thread, the real widgets and the audit log on disk.

A member of staff signs in with their staff card and PIN, chooses "Help a resident" (their
session is wiped), takes their card out; the attract screen shows the pending handover; the next
resident signs in in the same reader and is asked whether they want help from that person."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from drivers.smartcard.emulator.pcscd import VPCD_READERS, CardSlot, PcscDaemon
from kiosk.config import DISABLED, KioskConfig, with_devices
from kiosk.records.audit import read_entries, verify
from kiosk.session.handover import PendingHandover
from kiosk.session.machine import EndReason, Identity, Role, State
from tests.helpers.card_kiosk import close_card_kiosk, start_card_kiosk, type_pin, wait_pin_panel
from ui.handover import HandoverStart
from ui.main import KioskApplication

pytestmark = pytest.mark.pcsc

TIMEOUT = 15_000
STAFF_NAME = "Daniel Kimani"
SECRETS = ("Daniel", "Kimani", "STAFF-0001", "Amina", "Njoroge", "RES-0001", "111111", "123456")

KioskFactory = Callable[[float], KioskApplication]


@pytest.fixture
def make_kiosk(
    qapp: QApplication, demo_config: KioskConfig, pcscd: PcscDaemon, qtbot: QtBot
) -> Iterator[KioskFactory]:
    """A one-reader kiosk (only "Virtual PCD 00 00") whose handover lasts ``handover_s``."""
    built: list[KioskApplication] = []

    def make(handover_s: float) -> KioskApplication:
        config = with_devices(
            demo_config,
            card_reader={"reader": VPCD_READERS[0]},
            printer=DISABLED,
            camera=DISABLED,
            fingerprint=DISABLED,
        )
        config = config.model_copy(
            update={"idle": config.idle.model_copy(update={"handover_s": handover_s})}
        )
        kiosk = start_card_kiosk(qapp, config, qtbot)
        built.append(kiosk)
        assert kiosk.handover is not None
        return kiosk

    yield make
    for kiosk in built:
        close_card_kiosk(kiosk)


def slot(kiosk: KioskApplication) -> CardSlot:
    """The kiosk's only reader."""
    assert kiosk.core.demo is not None
    return kiosk.core.demo.card_slots[VPCD_READERS[0]]


def handover(kiosk: KioskApplication) -> HandoverStart:
    assert kiosk.handover is not None
    return kiosk.handover


def state(kiosk: KioskApplication) -> State:
    return kiosk.core.session.state


def role(kiosk: KioskApplication) -> Role:
    return kiosk.core.session.identity.role


def helper(kiosk: KioskApplication) -> Identity | None:
    return kiosk.core.session.assisted_by


def click(qtbot: QtBot, widget: QPushButton) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def card_sign_in(qtbot: QtBot, kiosk: KioskApplication, card: str, pin: str) -> None:
    """``card`` goes into the only reader and its holder types ``pin``."""
    slot(kiosk).insert(card)
    screen = wait_pin_panel(qtbot, kiosk, TIMEOUT)
    type_pin(qtbot, kiosk, pin, ok=False)
    with qtbot.waitSignal(kiosk.controller.state_changed, timeout=TIMEOUT):
        click(qtbot, screen.pinpad.ok_button)
    assert state(kiosk) is State.HOME


def staff_hands_over(qtbot: QtBot, kiosk: KioskApplication) -> None:
    """Daniel signs in with his staff card, chooses "Help a resident", takes his card out."""
    window, session, start = kiosk.window, kiosk.core.session, handover(kiosk)
    card_sign_in(qtbot, kiosk, "staff-daniel", "111111")
    assert role(kiosk) is Role.STAFF
    assert session.identity.display_name == STAFF_NAME
    button = window.home.help_resident_button
    assert button.isVisible() and button.text() == "Help a resident"
    wipes = session.wipe_count
    with qtbot.waitSignal(kiosk.controller.session_ended, timeout=TIMEOUT) as ended:
        click(qtbot, button)
    assert ended.args == [EndReason.SIGN_OUT.value]
    # the staff session went through the wipe: nobody signed in, nothing of Daniel on screen
    assert session.wipe_count == wipes + 1
    assert state(kiosk) is State.ATTRACT and role(kiosk) is Role.NONE
    assert session.identity.subject_id == "" and not session.data.values
    assert window.current_screen() is window.attract
    assert STAFF_NAME not in window.home.greeting.text()
    assert not window.top_bar.who.text()
    # what the handover keeps: the name for the question and a pseudonym, nothing else
    pending = start.handover.pending
    assert isinstance(pending, PendingHandover)
    assert pending.helper_name == STAFF_NAME and len(pending.staff_ref) == 32
    assert set(vars(pending)) == {"helper_name", "staff_ref"}
    notice = start.notice
    assert notice.isVisible() and notice.card_in
    assert notice.heading.text() == f"\u2068{STAFF_NAME}\u2069 from the library is ready to help"
    assert "take your staff card out" in notice.body.text()
    assert notice.cancel_button.isVisible()
    card = kiosk.card
    assert card is not None
    with qtbot.waitSignal(card.card_removed, timeout=TIMEOUT):
        slot(kiosk).remove()
    assert state(kiosk) is State.ATTRACT and start.handover.pending is pending
    assert not start.notice.card_in and "Sign in as usual" in notice.body.text()


def entries(kiosk: KioskApplication) -> list[dict[str, Any]]:
    assert kiosk.core.audit is not None
    return list(read_entries(kiosk.core.audit.path))


def audit_path(kiosk: KioskApplication) -> Path:
    assert kiosk.core.audit is not None
    return kiosk.core.audit.path


def handover_events(kiosk: KioskApplication) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (e["event"], e["actor"], e["fields"])
        for e in entries(kiosk)
        if e["event"].startswith("assisted.handover_")
    ]


def assert_no_personal_data(kiosk: KioskApplication) -> None:
    raw = audit_path(kiosk).read_text(encoding="utf-8")
    for secret in SECRETS:
        assert secret not in raw
    assert verify(audit_path(kiosk)).ok


def test_staff_hands_over_and_resident_with_card_accepts_help(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    kiosk = make_kiosk(60.0)
    window, inclusion, session = kiosk.window, kiosk.inclusion, kiosk.core.session
    start = handover(kiosk)
    staff_hands_over(qtbot, kiosk)
    pending = start.handover.pending
    assert pending is not None
    # the resident uses the same (only) reader
    card_sign_in(qtbot, kiosk, "resident-amina", "123456")
    assert role(kiosk) is Role.RESIDENT and session.identity.display_name == "Amina Njoroge"
    confirm = inclusion.assist_confirm
    assert confirm.isVisible() and STAFF_NAME in confirm.heading.text()
    assert start.handover.offered and not start.notice.isVisible()
    assert kiosk.staff_card is not None and not kiosk.staff_card.armed  # one offer at a time
    with qtbot.waitSignal(inclusion.assistance_changed, timeout=TIMEOUT) as changed:
        click(qtbot, confirm.yes_button)
    assert changed.args == [True]
    staff = helper(kiosk)
    assert staff is not None and staff.role is Role.STAFF
    assert staff.display_name == STAFF_NAME and staff.subject_id == ""  # the name only
    assert start.handover.pending is None
    banner = window.top_bar.assisted
    assert banner.isVisible() and STAFF_NAME in window.top_bar.assisted_text.text()
    assert session.identity.display_name == "Amina Njoroge"  # the resident's own session
    # a step while helped is audited as today
    click(qtbot, window.home.tiles["about"])
    assert state(kiosk) is State.SERVICE and banner.isVisible()
    # the resident takes their card: the session ends through the wipe, assistance with it
    with qtbot.waitSignal(kiosk.controller.session_ended, timeout=TIMEOUT) as ended:
        slot(kiosk).remove()
    assert ended.args == [EndReason.CARD_REMOVED.value]
    assert helper(kiosk) is None and not banner.isVisible()
    assert not start.notice.isVisible()  # the handover was used up
    assert handover_events(kiosk) == [
        ("assisted.handover_armed", "staff", {"staff": pending.staff_ref}),
        ("assisted.handover_accepted", "resident", {"staff": pending.staff_ref}),
    ]
    found = entries(kiosk)
    staff_auth = [e for e in found if e["event"] == "auth.attempt" and e["actor"] == "staff"]
    assert staff_auth and staff_auth[0]["fields"]["result"] == "success"
    assisted = [e for e in found if e["event"].startswith("assisted.")]
    assert [e["event"] for e in assisted] == [
        "assisted.handover_armed",
        "assisted.start",
        "assisted.handover_accepted",
        "assisted.step",
        "assisted.end",
    ]
    start_fields = assisted[1]["fields"]
    # the same pseudonym as a staff card in a second reader gives (kiosk key, staff account)
    assert start_fields["staff"] == pending.staff_ref
    assert start_fields["staff"] == inclusion.assistance.staff_ref(
        Identity(Role.STAFF, STAFF_NAME, "STAFF-0001")
    )
    assert assisted[3]["fields"]["step"] == "about"
    assert assisted[4]["fields"]["trigger"] == "card_removed"
    assert_no_personal_data(kiosk)


def test_guest_declines_help(qtbot: QtBot, make_kiosk: KioskFactory) -> None:
    kiosk = make_kiosk(60.0)
    window, inclusion = kiosk.window, kiosk.inclusion
    start = handover(kiosk)
    staff_hands_over(qtbot, kiosk)
    pending = start.handover.pending
    assert pending is not None
    click(qtbot, window.attract.start_button)
    kiosk.controller.choose_language("en")
    assert state(kiosk) is State.SIGN_IN
    click(qtbot, window.sign_in.guest_button)
    assert role(kiosk) is Role.GUEST
    confirm = inclusion.assist_confirm
    assert confirm.isVisible() and STAFF_NAME in confirm.heading.text()
    with qtbot.waitSignal(start.handover.ended, timeout=TIMEOUT) as ended:
        click(qtbot, confirm.no_button)
    assert ended.args == ["declined"]
    assert not confirm.isVisible() and helper(kiosk) is None
    assert not window.top_bar.assisted.isVisible()
    assert state(kiosk) is State.HOME and role(kiosk) is Role.GUEST  # a normal session
    assert start.handover.pending is None
    assert STAFF_NAME not in confirm.heading.text()  # the name is gone with the handover
    assert kiosk.staff_card is not None and kiosk.staff_card.armed  # staff may still use a card
    with qtbot.waitSignal(kiosk.controller.session_ended, timeout=TIMEOUT):
        click(qtbot, window.top_bar.finish_button)
    assert not start.notice.isVisible()
    assert handover_events(kiosk) == [
        ("assisted.handover_armed", "staff", {"staff": pending.staff_ref}),
        ("assisted.handover_declined", "guest", {"staff": pending.staff_ref}),
    ]
    assert not [e for e in entries(kiosk) if e["event"] == "assisted.start"]
    assert_no_personal_data(kiosk)


def test_staff_cancels_the_handover(qtbot: QtBot, make_kiosk: KioskFactory) -> None:
    kiosk = make_kiosk(60.0)
    inclusion = kiosk.inclusion
    start = handover(kiosk)
    staff_hands_over(qtbot, kiosk)
    pending = start.handover.pending
    assert pending is not None
    with qtbot.waitSignal(start.handover.ended, timeout=TIMEOUT) as ended:
        click(qtbot, start.notice.cancel_button)
    assert ended.args == ["cancelled"]
    assert start.handover.pending is None and not start.notice.isVisible()
    # the next resident signs in without being asked
    card_sign_in(qtbot, kiosk, "resident-amina", "123456")
    assert role(kiosk) is Role.RESIDENT
    assert not inclusion.assist_confirm.isVisible() and helper(kiosk) is None
    with qtbot.waitSignal(kiosk.controller.session_ended, timeout=TIMEOUT):
        slot(kiosk).remove()
    assert handover_events(kiosk) == [
        ("assisted.handover_armed", "staff", {"staff": pending.staff_ref}),
        ("assisted.handover_cancelled", "staff", {"staff": pending.staff_ref}),
    ]
    assert_no_personal_data(kiosk)


def test_handover_expires_after_the_configured_time(qtbot: QtBot, make_kiosk: KioskFactory) -> None:
    kiosk = make_kiosk(1.0)  # the smallest [idle] handover_s
    start = handover(kiosk)
    assert start.handover.duration_s == 1.0
    staff_hands_over(qtbot, kiosk)
    pending = start.handover.pending
    assert pending is not None
    with qtbot.waitSignal(start.handover.ended, timeout=TIMEOUT) as ended:
        pass  # nobody comes
    assert ended.args == ["expired"]
    assert start.handover.pending is None and not start.notice.isVisible()
    assert state(kiosk) is State.ATTRACT
    assert handover_events(kiosk) == [
        ("assisted.handover_armed", "staff", {"staff": pending.staff_ref}),
        ("assisted.handover_expired", "system", {"staff": pending.staff_ref}),
    ]
    assert_no_personal_data(kiosk)
