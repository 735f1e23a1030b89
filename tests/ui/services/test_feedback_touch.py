"""The first tap on "Send my comment" with the keyboard open sends it (#16 item 2): the keyboard
no longer closes under the finger between the press and the release."""

from __future__ import annotations

from tests.helpers.service_stage import ServiceStage
from tests.ui.services.test_feedback import _comment_step, _receipt
from ui.keyboard import Variant


def test_the_first_tap_on_send_with_the_keyboard_open_sends(service_stage: ServiceStage) -> None:
    screen, receipt = _receipt(service_stage)
    text = _comment_step(service_stage, screen, receipt)
    keyboard = service_stage.open_keyboard(text)
    assert keyboard.variant is Variant.LONG_TEXT  # with "Clear all"
    service_stage.tap_keys(keyboard, "fine")
    assert text.toPlainText() == "fine"
    service_stage.qtbot.wait(50)  # the counter's new text is laid out (a person reads, then taps)
    send = screen.next_button
    assert send.text() == "Send my comment"
    service_stage.tap_in_place(send)
    service_stage.qtbot.waitUntil(lambda: screen.current is receipt, timeout=20_000)
    state = service_stage.city.gateway_state
    service_stage.qtbot.waitUntil(lambda: len(state.feedback) == 1, timeout=20_000)
    service_stage.qtbot.waitUntil(lambda: not keyboard.isVisible())
