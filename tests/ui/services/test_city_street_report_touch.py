"""The first tap on "Use this address" with the keyboard open goes on (#16 item 2)."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from tests.helpers.service_stage import ServiceStage
from tests.ui.services.test_city_street_report import _cur, _pothole
from ui.services.city.street_report import PlaceStep


def test_the_first_tap_on_use_this_address_with_the_keyboard_open_goes_on(
    service_stage: ServiceStage,
) -> None:
    service_stage.sign_in_guest()
    screen = _pothole(service_stage)
    assert isinstance(_cur(screen), PlaceStep)
    address = screen.findChild(QLineEdit, "report-address")
    assert address is not None
    keyboard = service_stage.open_keyboard(address)
    service_stage.tap_keys(keyboard, "plaza 1")
    assert address.text() == "plaza 1"
    service_stage.qtbot.wait(50)  # laid out: a person reads, then taps
    use = screen.next_button
    assert use.text() == "Use this address"
    service_stage.tap_in_place(use)
    service_stage.qtbot.waitUntil(lambda: not isinstance(_cur(screen), PlaceStep), timeout=3000)
