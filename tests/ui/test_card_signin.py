"""Card sign-in through the whole stack: the demo rig's virtual card in real pcscd + vpcd,
the card monitor and sign-in service off the GUI thread, and the real widgets."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from drivers.smartcard.emulator.pcscd import CardSlot
from kiosk.session.machine import EndReason, Role, State
from tests.helpers.card_kiosk import type_pin, wait_pin_panel
from ui.main import KioskApplication

pytestmark = pytest.mark.pcsc


def slot_of(kiosk: KioskApplication) -> CardSlot:
    assert kiosk.core.demo is not None
    return next(iter(kiosk.core.demo.card_slots.values()))


def test_resident_signs_in_with_card_and_pin_then_removal_wipes(
    qtbot: QtBot, card_kiosk: KioskApplication
) -> None:
    window = card_kiosk.window
    slot_of(card_kiosk).insert("resident-amina")
    wait_pin_panel(qtbot, card_kiosk)
    screen = window.card_screen
    assert screen is not None
    assert "Amina Njoroge" in screen.pin_prompt.text()
    assert screen.tries.text() == "Tries left: 3"
    assert not screen.warning.isVisible()
    type_pin(qtbot, card_kiosk, "123456")
    qtbot.waitUntil(lambda: card_kiosk.core.session.state is State.HOME, timeout=15000)
    identity = card_kiosk.core.session.identity
    assert (identity.role, identity.display_name, identity.subject_id) == (
        Role.RESIDENT,
        "Amina Njoroge",
        "RES-0001",
    )
    assert "Amina Njoroge" in window.home.greeting.text()
    with qtbot.waitSignal(card_kiosk.controller.session_ended, timeout=15000) as ended:
        slot_of(card_kiosk).remove()
    assert ended.args == [EndReason.CARD_REMOVED.value]
    assert window.current_screen() is window.attract
    assert "Amina" not in window.home.greeting.text()


def test_wrong_pin_shows_tries_left_and_last_try_warning(
    qtbot: QtBot, card_kiosk: KioskApplication
) -> None:
    slot_of(card_kiosk).insert("resident-brian")
    wait_pin_panel(qtbot, card_kiosk)
    screen = card_kiosk.window.card_screen
    assert screen is not None
    type_pin(qtbot, card_kiosk, "000000")
    # #15.9: said right above the PIN pad, which stays for the next try
    qtbot.waitUntil(screen.pin_error.isVisible, timeout=15000)
    assert screen.panels.currentWidget() is screen.pin_panel
    assert screen.pin_error.text().startswith("Wrong PIN")
    assert "2 tries left" in screen.pin_error.text()
    gap = screen.pinpad.geometry().top() - screen.pin_error.geometry().bottom()
    assert 0 < gap < 60, gap
    assert screen.tries.text() == "Tries left: 2"
    type_pin(qtbot, card_kiosk, "000000")
    qtbot.waitUntil(lambda: "one try left" in screen.pin_error.text(), timeout=15000)
    assert screen.warning.isVisible()  # the last try is warned before it is spent
    type_pin(qtbot, card_kiosk, "246810")
    qtbot.waitUntil(lambda: card_kiosk.core.session.state is State.HOME, timeout=15000)


@pytest.mark.parametrize(
    ("persona", "title"),
    [
        ("blocked-farid", "Your card is blocked"),
        ("expired-grace", "Your card has expired"),
        ("revoked-hugo", "This card can no longer be used"),
        ("foreign-ivan", "This is not an eCitizen card"),
    ],
)
def test_card_problems_get_a_clear_screen(
    qtbot: QtBot, card_kiosk: KioskApplication, persona: str, title: str
) -> None:
    slot_of(card_kiosk).insert(persona)

    def problem_shown() -> bool:
        screen = card_kiosk.window.card_screen
        return screen is not None and screen.panels.currentWidget() is screen.problem

    qtbot.waitUntil(problem_shown, timeout=15000)
    screen = card_kiosk.window.card_screen
    assert screen is not None
    assert screen.problem_title.text() == title
    assert card_kiosk.core.session.identity.role is Role.NONE
    with qtbot.waitSignal(card_kiosk.controller.session_ended, timeout=15000):
        slot_of(card_kiosk).remove()
