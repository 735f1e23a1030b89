"""Assisted sessions started by a staff card (AD-01…AD-05), end to end: the demo rig's virtual
cards in real pcscd + vpcd (two readers), the card monitor, the staff-card router and sign-in
service off the GUI thread, the real widgets and the audit log on disk."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from drivers.smartcard.emulator.pcscd import VPCD_READERS, CardSlot
from kiosk.records.audit import read_entries, verify
from kiosk.session.machine import EndReason, Identity, Role, State
from tests.helpers.card_kiosk import type_pin, wait_pin_panel
from tests.helpers.city_kiosk import CityKiosk, city_kiosk
from ui.assisted import StaffCardPanel
from ui.main import KioskApplication
from ui.services.participation import PetitionStep
from ui.widgets.pinpad import EnteredPin

__all__ = ["city_kiosk"]

TIMEOUT = 15_000


@pytest.fixture
def card_kiosk(card_kiosk: KioskApplication) -> KioskApplication:
    """The shared card kiosk (tests/ui/conftest.py) with the assisted start and two readers."""
    assert card_kiosk.assisted is not None
    assert card_kiosk.core.demo is not None and len(card_kiosk.core.demo.card_slots) == 2
    return card_kiosk


def slot(kiosk: KioskApplication, index: int) -> CardSlot:
    assert kiosk.core.demo is not None
    return kiosk.core.demo.card_slots[VPCD_READERS[index]]


def panel(kiosk: KioskApplication) -> StaffCardPanel:
    assert kiosk.assisted is not None
    return kiosk.assisted.panel


def click(qtbot: QtBot, widget: QPushButton) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def state(kiosk: KioskApplication) -> State:
    return kiosk.core.session.state


def helper(kiosk: KioskApplication) -> Identity | None:
    """Who helps in the current session (a function: the value changes under mypy's feet)."""
    return kiosk.core.session.assisted_by


def audit_path(kiosk: KioskApplication) -> Path:
    assert kiosk.core.audit is not None
    return kiosk.core.audit.path


def resident_signs_in(qtbot: QtBot, kiosk: KioskApplication) -> None:
    """Amina signs in with her card and PIN in the first reader."""
    slot(kiosk, 0).insert("resident-amina")
    wait_pin_panel(qtbot, kiosk, TIMEOUT)
    type_pin(qtbot, kiosk, "123456")
    qtbot.waitUntil(lambda: state(kiosk) is State.HOME, timeout=TIMEOUT)


def staff_card_in(qtbot: QtBot, kiosk: KioskApplication, index: int) -> None:
    """Daniel (staff) puts his staff card into reader ``index`` and types his PIN."""
    staff = panel(kiosk)
    slot(kiosk, index).insert("staff-daniel")
    qtbot.waitUntil(lambda: staff.isVisible() and staff.state == "pin", timeout=TIMEOUT)
    assert "Daniel Kimani" in staff.body.text()
    assert staff.pinpad.isVisible()
    for digit in "111111":
        click(qtbot, staff.pinpad.keys[digit])
    inclusion = kiosk.inclusion
    with qtbot.waitSignal(staff.pin_entered, timeout=TIMEOUT) as entered:
        click(qtbot, staff.pinpad.ok_button)
    pin = entered.args[0]  # the PIN crosses by signal only inside a value that hides it
    assert isinstance(pin, EnteredPin) and "111111" not in f"{pin} {pin!r}"
    qtbot.waitUntil(inclusion.assist_confirm.isVisible, timeout=TIMEOUT)
    assert not staff.isVisible()
    assert pin.digits == bytearray(6)  # the one buffer, zeroed by the card worker after VERIFY


@pytest.mark.pcsc
def test_staff_card_in_second_reader_starts_help_and_staff_end_wipes(
    qtbot: QtBot, card_kiosk: KioskApplication
) -> None:
    kiosk = card_kiosk
    window, inclusion, session = kiosk.window, kiosk.inclusion, kiosk.core.session
    resident_signs_in(qtbot, kiosk)
    staff_card_in(qtbot, kiosk, 1)
    # the resident is asked on screen, by the staff member's name (AD-01)
    assert "Daniel Kimani" in inclusion.assist_confirm.heading.text()
    assert helper(kiosk) is None
    with qtbot.waitSignal(inclusion.assistance_changed, timeout=TIMEOUT) as changed:
        click(qtbot, inclusion.assist_confirm.yes_button)
    assert changed.args == [True]
    staff = helper(kiosk)
    assert staff is not None and staff.role is Role.STAFF
    assert session.identity.display_name == "Amina Njoroge"  # still the resident's session
    banner = window.top_bar.assisted
    assert banner.isVisible() and "Daniel Kimani" in window.top_bar.assisted_text.text()
    # the staff card comes out at once: assistance and the resident's session go on
    removed = kiosk.staff_card
    assert removed is not None
    with qtbot.waitSignal(removed.card_removed, timeout=TIMEOUT):
        slot(kiosk, 1).remove()
    assert state(kiosk) is State.HOME and helper(kiosk) is not None
    assert banner.isVisible()
    # a screen shown with help is audited as an assisted step (its id only)
    click(qtbot, window.home.tiles["about"])
    assert state(kiosk) is State.SERVICE and banner.isVisible()
    wipes = session.wipe_count
    with qtbot.waitSignal(kiosk.controller.session_ended, timeout=TIMEOUT) as ended:
        click(qtbot, window.top_bar.staff_end_button)
    assert ended.args == [EndReason.STAFF_ENDED.value]
    assert session.wipe_count == wipes + 1
    assert state(kiosk) is State.ATTRACT and helper(kiosk) is None
    # the resident's card is still in reader 1: "Take your card" (#15.7), nothing personal
    assert window.current_screen() is window.take_card and not banner.isVisible()
    assert "Amina" not in window.home.greeting.text()
    entries = list(read_entries(audit_path(kiosk)))
    staff_auth = [e for e in entries if e["event"] == "auth.attempt" and e["actor"] == "staff"]
    assert [e["fields"]["factor"] for e in staff_auth] == ["staff_card"]
    assert staff_auth[0]["fields"]["result"] == "success"
    assisted = [e for e in entries if e["event"].startswith("assisted.")]
    assert [(e["event"], e["actor"]) for e in assisted] == [
        ("assisted.start", "staff"),
        ("assisted.step", "staff"),
        ("assisted.end", "staff"),
    ]
    start, step, end = (e["fields"] for e in assisted)
    assert start["service"] == "home" and len(start["staff"]) == 32
    assert step["step"] == "about" and step["assisted"] is True
    assert end["steps_assisted"] == ["about"] and end["trigger"] == "staff_ended"
    assert end["session"] == start["session"]
    raw = audit_path(kiosk).read_text(encoding="utf-8")
    for secret in ("Daniel", "Kimani", "STAFF-0001", "Amina", "RES-0001", "111111", "123456"):
        assert secret not in raw
    assert verify(audit_path(kiosk)).ok
    slot(kiosk, 0).remove()


@pytest.mark.pcsc
def test_resident_declines_and_other_cards_are_refused(
    qtbot: QtBot, card_kiosk: KioskApplication
) -> None:
    kiosk = card_kiosk
    inclusion, session = kiosk.inclusion, kiosk.core.session
    resident_signs_in(qtbot, kiosk)
    staff_card_in(qtbot, kiosk, 1)
    click(qtbot, inclusion.assist_confirm.no_button)
    assert not inclusion.assist_confirm.isVisible()
    assert helper(kiosk) is None and not kiosk.window.top_bar.assisted.isVisible()
    assert state(kiosk) is State.HOME  # "no thanks" keeps the resident's session
    assert kiosk.staff_card is not None and kiosk.staff_card.armed  # staff may try later
    with qtbot.waitSignal(kiosk.staff_card.card_removed, timeout=TIMEOUT):
        slot(kiosk, 1).remove()
    # a resident's card is not a staff card: refused before any PIN is asked
    staff = panel(kiosk)
    slot(kiosk, 1).insert("resident-brian")
    qtbot.waitUntil(lambda: staff.isVisible() and staff.state == "refused", timeout=TIMEOUT)
    assert staff.heading.text() == "This is not a staff card"
    assert not staff.pinpad.isVisible()
    with qtbot.waitSignal(kiosk.staff_card.card_removed, timeout=TIMEOUT):
        slot(kiosk, 1).remove()
    assert not staff.isVisible()
    assert state(kiosk) is State.HOME and session.identity.display_name == "Amina Njoroge"
    assert not [e for e in read_entries(audit_path(kiosk)) if e["event"] == "assisted.start"]
    slot(kiosk, 0).remove()


@pytest.mark.pcsc
def test_one_reader_guest_session_stop_helping_then_resident_card(
    qtbot: QtBot, card_kiosk: KioskApplication
) -> None:
    """A one-reader kiosk: staff use the same reader during a guest session; "Stop helping"
    ends assistance but not the session; a resident's own card still starts card sign-in."""
    kiosk = card_kiosk
    window, inclusion, session = kiosk.window, kiosk.inclusion, kiosk.core.session
    kiosk.controller.start()
    kiosk.controller.choose_language("en")
    click(qtbot, window.sign_in.guest_button)
    assert state(kiosk) is State.HOME and session.identity.role is Role.GUEST
    staff_card_in(qtbot, kiosk, 0)
    click(qtbot, inclusion.assist_confirm.yes_button)
    assert helper(kiosk) is not None
    assert kiosk.staff_card is not None
    with qtbot.waitSignal(kiosk.staff_card.card_removed, timeout=TIMEOUT):
        slot(kiosk, 0).remove()
    assert state(kiosk) is State.HOME
    with qtbot.waitSignal(inclusion.assistance_changed, timeout=TIMEOUT) as changed:
        click(qtbot, window.top_bar.staff_stop_button)
    assert changed.args == [False]
    assert helper(kiosk) is None and state(kiosk) is State.HOME
    assert session.identity.role is Role.GUEST and not window.top_bar.assisted.isVisible()
    assisted = [e for e in read_entries(audit_path(kiosk)) if e["event"] == "assisted.end"]
    assert [e["fields"]["trigger"] for e in assisted] == ["help_ended"]
    # the same reader, a resident's card: handed to card sign-in (a fresh session)
    with qtbot.waitSignal(kiosk.controller.session_ended, timeout=TIMEOUT) as ended:
        slot(kiosk, 0).insert("resident-amina")
    assert ended.args == [EndReason.SIGN_OUT.value]
    wait_pin_panel(qtbot, kiosk, TIMEOUT)
    assert not panel(kiosk).isVisible()
    with qtbot.waitSignal(kiosk.controller.session_ended, timeout=TIMEOUT):
        slot(kiosk, 0).remove()


@pytest.mark.pcsc
def test_wrong_staff_pin_shows_tries_and_can_be_retried(
    qtbot: QtBot, card_kiosk: KioskApplication
) -> None:
    kiosk = card_kiosk
    resident_signs_in(qtbot, kiosk)
    staff = panel(kiosk)
    slot(kiosk, 1).insert("staff-daniel")
    qtbot.waitUntil(lambda: staff.isVisible() and staff.state == "pin", timeout=TIMEOUT)
    for digit in "000000":
        click(qtbot, staff.pinpad.keys[digit])
    click(qtbot, staff.pinpad.ok_button)
    qtbot.waitUntil(lambda: staff.state == "problem", timeout=TIMEOUT)
    assert staff.heading.text() == "Wrong PIN" and "2 tries left" in staff.body.text()
    click(qtbot, staff.retry_button)
    assert staff.state == "pin" and staff.tries.text() == "Tries left: 2"
    for digit in "111111":
        click(qtbot, staff.pinpad.keys[digit])
    click(qtbot, staff.pinpad.ok_button)
    qtbot.waitUntil(kiosk.inclusion.assist_confirm.isVisible, timeout=TIMEOUT)
    slot(kiosk, 1).remove()
    slot(kiosk, 0).remove()


def test_helper_steps_back_before_a_petition_signature(city_kiosk: CityKiosk) -> None:
    """AD-02/CIV-02: an assisted resident signs a petition alone; audited as a resident step."""
    kiosk = city_kiosk
    inclusion = kiosk.app.inclusion
    kiosk.sign_in()
    inclusion.start_assisted(Identity(Role.STAFF, "Daniel Kimani", "STAFF-0001"))
    kiosk.click(inclusion.assist_confirm.yes_button)
    screen = kiosk.open("petitions")
    kiosk.wait_idle(screen)
    assert not inclusion.step_back.isVisible()

    def petition() -> QPushButton | None:
        return next(
            (
                b
                for b in screen.findChildren(QPushButton)
                if b.objectName().startswith("petitions-item-")
                and "More trees" in b.text()
                and b.isVisible()  # a list rebuilt after a refresh leaves hidden old buttons
            ),
            None,
        )

    kiosk.qtbot.waitUntil(lambda: petition() is not None)  # the list may still be refreshing
    item = petition()
    kiosk.click(item)
    kiosk.wait_idle(screen)
    assert isinstance(screen.current, PetitionStep)
    assert inclusion.step_back.isVisible()
    assert "Only you can confirm the declaration" in inclusion.step_back.body.text()
    with kiosk.qtbot.waitSignal(inclusion.step_back_done) as done:
        kiosk.click(inclusion.step_back.ready_button)
    assert done.args == ["declaration"]
    assert kiosk.core.audit is not None
    steps = [
        (e["fields"]["step"], e["fields"]["assisted"])
        for e in read_entries(kiosk.core.audit.path)
        if e["event"] == "assisted.step"
    ]
    assert steps == [("participation-list", True), ("declaration", False)]
