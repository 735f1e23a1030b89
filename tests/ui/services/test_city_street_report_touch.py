"""The first tap on "Use this address" with the keyboard open goes on (#16 item 2)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

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
    window = city_kiosk.app.window
    window.activateWindow()
    city_kiosk.qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    address.setFocus(Qt.FocusReason.MouseFocusReason)
    keyboard = city_kiosk.app.inclusion.keyboard
    city_kiosk.qtbot.waitUntil(lambda: keyboard.isVisible() and keyboard.target is address)
    for char in "plaza 1":
        name = "space" if char == " " else char
        (key,) = [k for k in keyboard.keys if k.objectName() == f"key-{name}"]
        QTest.mouseClick(key, Qt.MouseButton.LeftButton)
    assert address.text() == "plaza 1"
    city_kiosk.qtbot.wait(50)  # laid out: a person reads, then taps
    use = screen.next_button
    assert use.text() == "Use this address"
    centre = use.rect().center()
    before = use.mapTo(window, centre)
    QTest.mousePress(use, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
    city_kiosk.qtbot.wait(20)
    assert use.mapTo(window, centre) == before  # nothing moved under the finger
    QTest.mouseRelease(use, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
    city_kiosk.qtbot.waitUntil(lambda: not isinstance(_cur(screen), PlaceStep), timeout=3000)
