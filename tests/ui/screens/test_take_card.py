"""Take your card (issue #15.7), through the whole stack: the demo rig's virtual card in real
pcscd + vpcd, the card monitor off the GUI thread and the real widgets."""

from __future__ import annotations

import time

import pytest
from pytestqt.qtbot import QtBot

from drivers.smartcard.emulator.pcscd import CardSlot
from kiosk.diagnostics import report as diagnostics
from kiosk.session.machine import Role, State
from tests.helpers.card_kiosk import type_pin, wait_pin_panel
from tests.helpers.screens import render_and_audit
from tests.ui.accessibility import Spoken, mock_tts
from ui.main import KioskApplication
from ui.main_window import CARD_LEFT_KEY, CARD_LEFT_PROBLEM
from ui.screens.take_card import TakeCardScreen

pytestmark = pytest.mark.pcsc
__all__ = ["mock_tts"]


def slot_of(kiosk: KioskApplication) -> CardSlot:
    assert kiosk.core.demo is not None
    return next(iter(kiosk.core.demo.card_slots.values()))


def sign_in_amina(qtbot: QtBot, kiosk: KioskApplication) -> None:
    slot_of(kiosk).insert("resident-amina")
    wait_pin_panel(qtbot, kiosk)
    type_pin(qtbot, kiosk, "123456")
    qtbot.waitUntil(lambda: kiosk.core.session.state is State.HOME, timeout=15000)


def take_card_screen(kiosk: KioskApplication) -> TakeCardScreen:
    screen = kiosk.window.take_card
    assert screen is not None
    assert kiosk.window.current_screen() is screen
    return screen


def test_sign_out_with_the_card_in_asks_for_it_then_removal_shows_attract(
    qtbot: QtBot, card_kiosk: KioskApplication
) -> None:
    window = card_kiosk.window
    sign_in_amina(qtbot, card_kiosk)
    window.finish()
    screen = take_card_screen(card_kiosk)
    # privacy first: wiped before the screen, which shows nothing personal
    session = card_kiosk.core.session
    assert session.identity.role is Role.NONE and not session.data.values
    texts = [screen.heading.text(), screen.body.text(), screen.title()]
    assert texts[0] == "Take your card"
    assert not any("Amina" in text or "RES-0001" in text for text in texts)
    assert screen.waiting and screen.picture.running
    with qtbot.waitSignal(screen.beeped, timeout=10_000):  # the beep repeats while waiting
        pass
    slot_of(card_kiosk).remove()
    qtbot.waitUntil(lambda: window.current_screen() is window.attract, timeout=15_000)
    assert (screen.waiting, screen.picture.running) == (False, False)
    assert not window.attract.card_left.isVisibleTo(window.attract)
    assert window.attract.card_hint.isVisibleTo(window.attract)
    assert CARD_LEFT_PROBLEM not in card_kiosk.core.problems


def test_idle_wipe_with_the_card_in_asks_for_it(
    qtbot: QtBot, card_kiosk: KioskApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = card_kiosk.window
    controller = card_kiosk.controller
    sign_in_amina(qtbot, card_kiosk)
    with qtbot.waitSignal(controller.idle_warned, timeout=5000):
        controller.simulate_walk_away()
    session = card_kiosk.core.session
    warning = card_kiosk.config.idle.warning_s
    monkeypatch.setattr(session, "_clock", lambda: time.monotonic() + warning + 1)
    with qtbot.waitSignal(controller.session_ended, timeout=5000) as ended:
        pass
    assert ended.args == ["idle_timeout"]
    take_card_screen(card_kiosk)
    assert session.identity.role is Role.NONE
    slot_of(card_kiosk).remove()
    qtbot.waitUntil(lambda: window.current_screen() is window.attract, timeout=15_000)


def test_card_not_taken_attract_says_so_and_staff_see_it_in_diagnostics(
    qtbot: QtBot, card_kiosk: KioskApplication
) -> None:
    window = card_kiosk.window
    window.take_card_wait_s = 0.5
    sign_in_amina(qtbot, card_kiosk)
    window.finish()
    screen = take_card_screen(card_kiosk)
    with qtbot.waitSignal(screen.waited_out, timeout=5000):
        pass
    attract = window.attract
    assert window.current_screen() is attract
    assert attract.card_left.isVisibleTo(attract)
    assert attract.card_left.text() == "A card was left in the reader: please hand it to staff."
    assert "Amina" not in attract.card_left.text()
    assert not attract.card_hint.isVisibleTo(attract)
    assert card_kiosk.core.problems[CARD_LEFT_PROBLEM] == CARD_LEFT_KEY
    alerts = diagnostics.collect(card_kiosk.core).get("alerts")
    assert alerts is not None and CARD_LEFT_KEY in alerts.details["problems"]
    # the next person can still start (as a guest); the old card does not sign them in
    slot_of(card_kiosk).remove()
    qtbot.waitUntil(lambda: not attract.card_left.isVisibleTo(attract), timeout=15_000)
    assert attract.card_hint.isVisibleTo(attract)
    assert CARD_LEFT_PROBLEM not in card_kiosk.core.problems


def test_removal_during_the_session_needs_no_take_card_screen(
    qtbot: QtBot, card_kiosk: KioskApplication
) -> None:
    window = card_kiosk.window
    sign_in_amina(qtbot, card_kiosk)
    with qtbot.waitSignal(card_kiosk.controller.session_ended, timeout=15_000):
        slot_of(card_kiosk).remove()
    assert window.current_screen() is window.attract


@pytest.mark.parametrize("language", ["en", "ar"])
def test_take_card_and_left_behind_screens_fit_in_high_contrast_large_text(
    qtbot: QtBot, card_kiosk: KioskApplication, language: str
) -> None:
    """Both screens at 1080x1920 and 1920x1080, audited (clipping, targets, names);
    ``SERVICE_STEP_SCREENS=<dir>`` saves them."""
    window = card_kiosk.window
    window.take_card_wait_s = 1.0
    sign_in_amina(qtbot, card_kiosk)
    window.finish()
    screen = take_card_screen(card_kiosk)
    controller = card_kiosk.controller
    controller.set_language(language)
    controller.set_preference("large_text", True)
    controller.set_preference("high_contrast", True)
    render_and_audit(window, f"take-card-{language}-hc-large")
    # the wait may be over while the screens render: wait on the state, not the signal
    qtbot.waitUntil(lambda: window.current_screen() is window.attract, timeout=5000)
    assert not screen.waiting
    render_and_audit(window, f"attract-card-left-{language}-hc-large")
    slot_of(card_kiosk).remove()
    qtbot.waitUntil(lambda: CARD_LEFT_PROBLEM not in card_kiosk.core.problems, timeout=15_000)


@pytest.mark.qt_log_ignore("pipewire")
def test_take_card_keeps_the_residents_access_modes_and_speaks(
    qtbot: QtBot, mock_tts: None, card_kiosk: KioskApplication
) -> None:
    """Said with the ended session's speech and large text (its data is gone); the next person
    gets the defaults back once the card is out."""
    window, controller = card_kiosk.window, card_kiosk.controller
    spoken = Spoken(card_kiosk)
    sign_in_amina(qtbot, card_kiosk)
    controller.set_preference("speech", True)
    controller.set_preference("large_text", True)
    window.finish()
    take_card_screen(card_kiosk)
    session = card_kiosk.core.session
    assert session.identity.role is Role.NONE and not session.data.values
    assert session.preferences.speech and session.preferences.large_text
    assert window.theme.text_scale == 2.0
    qtbot.waitUntil(lambda: "Take your card" in spoken.all, timeout=5000)
    assert "Amina" not in spoken.all.split("Take your card")[-1]
    slot_of(card_kiosk).remove()
    qtbot.waitUntil(lambda: window.current_screen() is window.attract, timeout=15_000)
    prefs = session.preferences
    assert (prefs.speech, prefs.large_text, window.theme.text_scale) == (False, False, 1.0)
