"""The first tap on "Send my comment" with the keyboard open sends it (#16 item 2): the keyboard
no longer closes under the finger between the press and the release."""

from __future__ import annotations

from tests.helpers.city_kiosk import CityKiosk
from tests.ui.services.test_feedback import _comment_step, _receipt
from ui.keyboard import Variant


def test_the_first_tap_on_send_with_the_keyboard_open_sends(city_kiosk: CityKiosk) -> None:
    screen, receipt = _receipt(city_kiosk)
    text = _comment_step(city_kiosk, screen, receipt)
    keyboard = city_kiosk.open_keyboard(text)
    assert keyboard.variant is Variant.LONG_TEXT  # with "Clear all"
    city_kiosk.tap_keys(keyboard, "fine")
    assert text.toPlainText() == "fine"
    city_kiosk.qtbot.wait(50)  # the counter's new text is laid out (a person reads, then taps)
    send = screen.next_button
    assert send.text() == "Send my comment"
    city_kiosk.tap_in_place(send)
    city_kiosk.qtbot.waitUntil(lambda: screen.current is receipt, timeout=20_000)
    state = city_kiosk.city.gateway_state
    city_kiosk.qtbot.waitUntil(lambda: len(state.feedback) == 1, timeout=20_000)
    city_kiosk.qtbot.waitUntil(lambda: not keyboard.isVisible())
