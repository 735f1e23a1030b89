"""The Simulator's two card readers (#15.11): a staff card put into reader 2 from the Simulator
starts help while the resident's card stays in reader 1 and their session goes on. End to end
through the Simulator's own buttons, the demo rig's virtual cards in real pcscd + vpcd, the card
monitor, the staff-card router and the real widgets."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from kiosk.session.machine import Role, State
from tests.helpers.card_kiosk import type_pin, wait_pin_panel
from ui.main import KioskApplication
from ui.simulator import SimulatorWindow

TIMEOUT = 15_000


def simulator(qtbot: QtBot, kiosk: KioskApplication) -> SimulatorWindow:
    """The kiosk's own Simulator window, once its card section is built."""
    qtbot.waitUntil(
        lambda: kiosk.simulator is not None and hasattr(kiosk.simulator, "card_buttons"),
        timeout=TIMEOUT,
    )
    assert kiosk.simulator is not None
    return kiosk.simulator


def click(qtbot: QtBot, widget: QPushButton) -> None:
    assert widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def choose(sim: SimulatorWindow, persona: str) -> None:
    index = sim.persona.findData(persona)
    assert index >= 0, persona
    sim.persona.setCurrentIndex(index)


def button(sim: SimulatorWindow, name: str) -> QPushButton:
    found = sim.findChild(QPushButton, name)
    assert found is not None, name
    return found


@pytest.mark.pcsc
def test_simulator_offers_a_resident_and_a_staff_reader(
    qtbot: QtBot, card_kiosk: KioskApplication
) -> None:
    sim = simulator(qtbot, card_kiosk)
    assert len(sim.card_buttons) == 2
    texts = [(insert.text(), remove.text()) for insert, remove in sim.card_buttons]
    assert texts == [
        ("Insert into reader 1 (resident)", "Remove from reader 1"),
        ("Insert into reader 2 (staff)", "Remove from reader 2"),
    ]
    assert sim.card_buttons[1][0] is button(sim, "sim-card-insert-2")


@pytest.mark.pcsc
def test_staff_card_in_reader_2_starts_help_and_resident_stays_signed_in(
    qtbot: QtBot, card_kiosk: KioskApplication
) -> None:
    kiosk = card_kiosk
    session, inclusion, window = kiosk.core.session, kiosk.inclusion, kiosk.window
    sim = simulator(qtbot, kiosk)
    # the resident's card into reader 1, from the Simulator
    choose(sim, "resident-amina")
    click(qtbot, button(sim, "sim-card-insert-1"))
    wait_pin_panel(qtbot, kiosk, TIMEOUT)
    type_pin(qtbot, kiosk, "123456")
    qtbot.waitUntil(lambda: session.state is State.HOME, timeout=TIMEOUT)
    # the staff card into reader 2: the staff PIN is asked, the resident's session goes on
    assert kiosk.assisted is not None
    staff = kiosk.assisted.panel
    choose(sim, "staff-daniel")
    click(qtbot, button(sim, "sim-card-insert-2"))
    qtbot.waitUntil(lambda: staff.isVisible() and staff.state == "pin", timeout=TIMEOUT)
    assert "Daniel Kimani" in staff.body.text()
    assert session.state is State.HOME and session.identity.display_name == "Amina Njoroge"
    for digit in "111111":
        click(qtbot, staff.pinpad.keys[digit])
    click(qtbot, staff.pinpad.ok_button)
    qtbot.waitUntil(inclusion.assist_confirm.isVisible, timeout=TIMEOUT)
    assert "Daniel Kimani" in inclusion.assist_confirm.heading.text()
    with qtbot.waitSignal(inclusion.assistance_changed, timeout=TIMEOUT) as changed:
        click(qtbot, inclusion.assist_confirm.yes_button)
    assert changed.args == [True]
    helper = session.assisted_by
    assert helper is not None and helper.role is Role.STAFF
    assert session.state is State.HOME
    assert session.identity.display_name == "Amina Njoroge"  # still the resident's session
    assert window.top_bar.assisted.isVisible()
    shots = os.environ.get("KIOSK_SCREENSHOTS")
    if shots:
        sim.resize(1080, 1920)
        sim.show()
        qtbot.waitExposed(sim)
        sim.grab().save(str(Path(shots) / "simulator-two-readers.png"))
        window.grab().save(str(Path(shots) / "assisted-from-reader-2.png"))
    # the staff member takes their card back from reader 2: help and the session go on
    router = kiosk.staff_card
    assert router is not None
    with qtbot.waitSignal(router.card_removed, timeout=TIMEOUT):
        click(qtbot, button(sim, "sim-card-remove-2"))
    assert session.state is State.HOME and session.assisted_by is not None
    assert session.identity.display_name == "Amina Njoroge"
