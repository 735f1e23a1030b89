"""Practice kiosks' made-up people (#15.11): a trainee signs in by tapping a person's card on
the sign-in screen, no Simulator needed. Their virtual card goes into reader 1 of the real
pcscd + vpcd and the real card sign-in runs (the PIN shown on the card is typed)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.config import KioskConfig, Mode
from kiosk.session.machine import Role, State
from tests.helpers.card_kiosk import type_pin, wait_pin_panel
from ui.a11y_walk.walk import settle
from ui.main import KioskApplication
from ui.practice_people import practice_personas

TIMEOUT = 15_000


@pytest.fixture
def demo_config(demo_config: KioskConfig) -> KioskConfig:
    """This module's kiosk runs in practice mode."""
    return demo_config.model_copy(
        update={"kiosk": demo_config.kiosk.model_copy(update={"mode": Mode.PRACTICE})}
    )


def test_practice_people_are_genuine_residents_only() -> None:
    people = practice_personas()
    assert [p.id for p in people] == ["resident-amina", "resident-brian", "resident-carmen"]
    assert all(p.role == "resident" and p.pin for p in people)


@pytest.mark.pcsc
def test_a_made_up_person_signs_in_by_tap(qtbot: QtBot, card_kiosk: KioskApplication) -> None:
    kiosk = card_kiosk
    session, window = kiosk.core.session, kiosk.window
    people = kiosk.practice_people
    assert people is not None
    kiosk.controller.start()
    kiosk.controller.choose_language("en")
    qtbot.waitUntil(lambda: session.state is State.SIGN_IN, timeout=TIMEOUT)
    qtbot.waitUntil(people.isVisible, timeout=TIMEOUT)
    assert window.top_bar.practice.isVisible()
    brian = people.people["resident-brian"]
    assert brian.text() == "Brian Otieno — practice PIN 246810"
    shots = os.environ.get("KIOSK_SCREENSHOTS")
    if shots:
        settle()
        window.grab().save(str(Path(shots) / "practice-people.png"))
    qtbot.mouseClick(brian, Qt.MouseButton.LeftButton)
    wait_pin_panel(qtbot, kiosk, TIMEOUT)
    type_pin(qtbot, kiosk, "246810")
    qtbot.waitUntil(lambda: session.state is State.HOME, timeout=TIMEOUT)
    assert session.identity.role is Role.RESIDENT
    assert session.identity.display_name == "Brian Otieno"
