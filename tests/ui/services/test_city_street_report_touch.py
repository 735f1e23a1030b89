"""The first tap on "Use this address" with the keyboard open goes on (#16 item 2)."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from tests.helpers.city_kiosk import CityKiosk
from tests.ui.services.test_city_street_report import _cur, _pothole
from ui.services.city.street_report import PlaceStep


def test_the_first_tap_on_use_this_address_with_the_keyboard_open_goes_on(
    city_kiosk: CityKiosk,
) -> None:
    city_kiosk.sign_in_guest()
    screen = _pothole(city_kiosk)
    assert isinstance(_cur(screen), PlaceStep)
    address = screen.findChild(QLineEdit, "report-address")
    assert address is not None
    keyboard = city_kiosk.open_keyboard(address)
    city_kiosk.tap_keys(keyboard, "plaza 1")
    assert address.text() == "plaza 1"
    city_kiosk.qtbot.wait(50)  # laid out: a person reads, then taps
    use = screen.next_button
    assert use.text() == "Use this address"
    city_kiosk.tap_in_place(use)
    city_kiosk.qtbot.waitUntil(lambda: not isinstance(_cur(screen), PlaceStep), timeout=3000)
