"""The service stage (tests/helpers/service_stage.py) does for a service screen what the kiosk
window does: the screen is wiped and dropped when the session ends, Home goes home, a language
change retranslates it, a display preference re-themes it, and only offered services open."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton

from kiosk.session.machine import State
from tests.helpers.service_stage import ServiceStage
from ui.forms.engine import FormStep


def _parking_plate(stage: ServiceStage) -> QLineEdit:
    stage.sign_in()
    screen = stage.open("permits")
    stage.wait_idle(screen)
    apply = screen.findChild(QPushButton, "permits-apply-parking-permit")
    assert apply is not None
    apply.click()
    assert isinstance(screen.current, FormStep)
    plate = screen.findChild(QLineEdit, "field-plate-input")
    assert plate is not None and plate.isVisible()
    return plate


def test_the_screen_is_wiped_and_dropped_when_the_session_ends(
    service_stage: ServiceStage,
) -> None:
    plate = _parking_plate(service_stage)
    screen = service_stage.service_screen
    assert screen is not None and service_stage.host.current_screen() is screen
    assert service_stage.host.top_bar.finish_button.isVisibleTo(service_stage.host)
    plate.setText("KDA 123A")
    service_stage.finish()
    assert service_stage.controller.session.state is State.ATTRACT
    assert service_stage.service_screen is None
    assert plate.text() == ""  # wiped before it is deleted
    assert service_stage.host.current_screen() is service_stage.host.blank


def test_home_drops_the_screen_and_another_service_opens(service_stage: ServiceStage) -> None:
    _parking_plate(service_stage)
    service_stage.host.top_bar.home_button.click()
    assert service_stage.controller.session.state is State.HOME
    assert service_stage.service_screen is None
    screen = service_stage.open("my_data")
    assert service_stage.controller.session.state is State.SERVICE
    assert service_stage.host.current_screen() is screen


def test_language_and_display_preferences_reach_the_screen(service_stage: ServiceStage) -> None:
    plate = _parking_plate(service_stage)
    screen = service_stage.service_screen
    assert screen is not None
    english = screen.title()
    service_stage.controller.set_language("ar")
    service_stage.qtbot.waitUntil(lambda: screen.title() != english)
    assert QApplication.layoutDirection() is Qt.LayoutDirection.RightToLeft
    assert plate.isVisible()
    service_stage.controller.set_language("en")
    service_stage.qtbot.waitUntil(lambda: screen.title() == english)
    before = screen.theme
    service_stage.controller.set_preference("high_contrast", True)
    assert screen.theme is service_stage.host.theme and screen.theme != before
    assert screen.theme.palette != before.palette


def test_only_services_offered_to_the_visitor_open(service_stage: ServiceStage) -> None:
    service_stage.sign_in_guest()
    with pytest.raises(AssertionError, match="no home tile for my_data"):
        service_stage.open("my_data")
    with pytest.raises(AssertionError, match="no home tile for nothing"):
        service_stage.open("nothing")
