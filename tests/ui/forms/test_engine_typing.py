"""Typing into catalog forms by touch (#16 items 1 and 2): per-field keyboards, input that is
normalised instead of refused, the rule said in the hint, and no tap lost when the keyboard
closes. A permits screen on the service stage against the demo city, the on-screen keyboard
under it (no whole kiosk: issue #17); real widgets, taps as press and release."""

from __future__ import annotations

import copy
from typing import TypeVar

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QWidget

from tests.helpers.service_stage import ServiceStage
from ui.forms.engine import FormStep
from ui.keyboard import OnScreenKeyboard, Shift, Variant
from ui.services.base import ServiceScreen
from ui.services.city.bills import BillListStep, BillsScreen
from ui.services.permits import ReviewStep

W = TypeVar("W", bound=QWidget)


def _t(en: str) -> dict[str, str]:
    return {"en": en}


TYPING_SERVICE = {
    "service_id": "typing-test",
    "kind": "permit",
    "category": "permits",
    "title": _t("Typing test licence"),
    "summary": _t("Fields of every kind of input."),
    "eligibility": ["resident"],
    "requires_photo": False,
    "requires_signature": False,
    "fee": None,
    "online_only": False,
    "fields": [
        {
            "name": "chip",
            "type": "text",
            "label": _t("Microchip number"),
            "required": True,
            "validation": {"pattern": "^[0-9]{15}$", "min_length": 15, "max_length": 15},
        },
        {
            "name": "weight",
            "type": "number",
            "label": _t("Weight (kg)"),
            "required": True,
            "validation": {"min": 0.5, "max": 120},
        },
        {
            "name": "story",
            "type": "long_text",
            "label": _t("Tell us more"),
            "required": False,
            "validation": {"max_length": 50},
        },
    ],
}


def _child(screen: QWidget, cls: type[W], name: str) -> W:
    found: W | None = screen.findChild(cls, name)
    if found is None:
        raise AssertionError(name)
    return found


def _tap(kiosk: ServiceStage, widget: QWidget) -> None:
    """A finger's tap: press and release at the widget's centre, as two events."""
    assert widget.isVisible(), widget.objectName()
    centre = widget.rect().center()
    QTest.mousePress(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
    QTest.mouseRelease(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
    kiosk.qtbot.wait(1)


def _key(keyboard: OnScreenKeyboard, name: str) -> QPushButton:
    (key,) = [k for k in keyboard.keys if k.objectName() == f"key-{name}"]
    return key


def _shift(keyboard: OnScreenKeyboard) -> Shift:
    return keyboard.shift


def _type(kiosk: ServiceStage, keyboard: OnScreenKeyboard, text: str) -> None:
    for char in text:
        _tap(kiosk, _key(keyboard, char))


def _open_parking(kiosk: ServiceStage) -> ServiceScreen:
    kiosk.sign_in()
    screen = kiosk.open("permits")
    kiosk.wait_idle(screen)
    _child(screen, QPushButton, "permits-apply-parking-permit").click()
    assert isinstance(screen.current, FormStep)
    return screen


def _open_typing_test(kiosk: ServiceStage) -> ServiceScreen:
    catalog = copy.deepcopy(kiosk.city.gateway_state.catalog)
    catalog["version"] = "2026.12.2"
    catalog["services"].append(TYPING_SERVICE)
    kiosk.city.gateway_state.catalog = catalog
    kiosk.sign_in()
    screen = kiosk.open("permits")
    kiosk.wait_idle(screen)
    _child(screen, QPushButton, "permits-apply-typing-test").click()
    assert isinstance(screen.current, FormStep)
    return screen


def test_a_plate_typed_in_small_letters_by_touch_is_taken_in_capitals(
    service_stage: ServiceStage,
) -> None:
    screen = _open_parking(service_stage)
    plate = _child(screen, QLineEdit, "field-plate-input")
    keyboard = service_stage.open_keyboard(plate)
    assert keyboard.variant is Variant.TEXT and keyboard.has_shift
    _type(service_stage, keyboard, "1234abc")
    assert plate.text() == "1234ABC"  # capitals as typed, nothing refused
    # a hardware keyboard and paste get the same
    plate.clear()
    QTest.keyClicks(plate, "1234 xy")
    plate.insert("z")
    assert plate.text() == "1234 XYZ"
    _tap(service_stage, _child(screen, QPushButton, "field-zone-b"))
    day, month, year = (
        _child(screen, QLineEdit, f"field-start_date-{p}") for p in ("day", "month", "year")
    )
    keyboard = service_stage.open_keyboard(day)
    assert keyboard.variant is Variant.NUMERIC
    _type(service_stage, keyboard, "1")
    QTest.keyClicks(day, "x5")  # letters never enter a digits field
    assert day.text() == "15"
    month.setText("6")
    year.setText("2031")
    screen.next_button.click()
    assert isinstance(screen.current, ReviewStep), screen.message.text()
    assert plate.text() == "1234XYZ"  # the field showed what is sent
    service_stage.qtbot.waitUntil(lambda: not keyboard.isVisible())


def test_shift_gives_one_capital_or_caps_lock_and_shows_which(service_stage: ServiceStage) -> None:
    screen = _open_parking(service_stage)
    keyboard = service_stage.open_keyboard(_child(screen, QLineEdit, "field-plate-input"))
    field = QLineEdit()  # a free text field: what Shift types, unfiltered
    screen.current.layout().addWidget(field)  # type: ignore[union-attr]
    keyboard = service_stage.open_keyboard(field)
    shift = _key(keyboard, "shift")
    assert not shift.isChecked() and _key(keyboard, "q").text() == "q"
    _tap(service_stage, shift)
    assert _shift(keyboard) is Shift.ONCE and shift.isChecked()
    assert _key(keyboard, "q").text() == "Q" and shift.accessibleName() == "Shift: on"
    _type(service_stage, keyboard, "ab")
    assert field.text() == "Ab" and _shift(keyboard) is Shift.OFF and not shift.isChecked()
    _tap(service_stage, shift)
    _tap(service_stage, shift)
    assert _shift(keyboard) is Shift.LOCKED and shift.isChecked()
    assert shift.accessibleName() == "Caps lock: on" and shift.property("shift") == "locked"
    _type(service_stage, keyboard, "cd")
    assert field.text() == "AbCD"
    _tap(service_stage, shift)
    assert _shift(keyboard) is Shift.OFF and _key(keyboard, "q").text() == "q"
    # the symbols layer has the punctuation people need, and back to letters
    assert _key(keyboard, "symbols").accessibleName() == "Symbols"
    _tap(service_stage, _key(keyboard, "symbols"))
    assert _key(keyboard, "symbols").accessibleName() == "Letters"
    texts = {k.text() for k in keyboard.keys}
    assert {"?", "!", "@", ".", "-", "'", ","} <= texts
    _type(service_stage, keyboard, "?!@&")
    assert field.text() == "AbCD?!@&"
    ampersand = _key(keyboard, "&")  # shown as "&", not taken for a mnemonic marker
    assert ampersand.text() == "&&" and ampersand.accessibleName() == "&"
    _tap(service_stage, _key(keyboard, "symbols"))
    assert "q" in {k.text() for k in keyboard.keys}
    # Arabic keeps its letters, has no Shift, and has its own symbols
    service_stage.controller.set_language("ar")
    texts = {k.text() for k in keyboard.keys}
    assert "ض" in texts and not [k for k in keyboard.keys if k.objectName() == "key-shift"]
    _tap(service_stage, _key(keyboard, "symbols"))
    assert {"؟", "،", "!", "@"} <= {k.text() for k in keyboard.keys}


def test_a_digits_field_opens_the_numeric_pad_accepts_only_digits_and_says_its_rule(
    service_stage: ServiceStage,
) -> None:
    screen = _open_typing_test(service_stage)
    chip = _child(screen, QLineEdit, "field-chip-input")
    help_label = _child(screen, QLabel, "field-chip-help")
    assert help_label.isVisible() and help_label.text() == "15 digits"
    assert _child(screen, QLabel, "field-weight-help").text() == "A number from 0.5 to 120"
    keyboard = service_stage.open_keyboard(chip)
    assert keyboard.variant is Variant.NUMERIC
    assert sorted(k.text() for k in keyboard.keys if len(k.text()) == 1) == sorted("0123456789")
    assert chip.inputMethodHints() & Qt.InputMethodHint.ImhDigitsOnly
    _type(service_stage, keyboard, "123")
    QTest.keyClicks(chip, "ab -4")  # a hardware keyboard: letters, space, dash
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):  # an emoji key
        event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, "😀")
        QApplication.sendEvent(chip, event)
    chip.insert("5a6")  # paste
    assert chip.text() == "123456"
    service_stage.click(screen.next_button)
    problem = _child(screen, QLabel, "field-chip-problem")
    assert problem.isVisible() and problem.text() == "Please enter 15 digits."
    # the numeric pad keeps the phone layout in Arabic
    weight = _child(screen, QLineEdit, "field-weight-input")
    keyboard = service_stage.open_keyboard(weight)
    assert keyboard.variant is Variant.DECIMAL
    QTest.keyClicks(weight, "12,5kg")
    assert weight.text() == "12,5"


def test_a_long_text_counts_its_characters_and_clears_all(service_stage: ServiceStage) -> None:
    screen = _open_typing_test(service_stage)
    story = _child(screen, QPlainTextEdit, "field-story-input")
    counter = _child(screen, QLabel, "field-story-counter")
    assert counter.text() == "0 of 50 characters"
    keyboard = service_stage.open_keyboard(story)
    assert keyboard.variant is Variant.LONG_TEXT
    _type(service_stage, keyboard, "hello")
    assert counter.text() == "5 of 50 characters"
    story.insertPlainText("x" * 50)
    assert counter.text() == "5 characters too many"
    _tap(service_stage, _key(keyboard, "clear"))
    assert story.toPlainText() == "" and counter.text() == "0 of 50 characters"


def test_the_first_tap_on_next_with_the_keyboard_open_is_not_lost(
    service_stage: ServiceStage,
) -> None:
    screen = _open_parking(service_stage)
    _child(screen, QPushButton, "field-zone-a").click()
    for part, value in (("day", "1"), ("month", "3"), ("year", "2031")):
        _child(screen, QLineEdit, f"field-start_date-{part}").setText(value)
    plate = _child(screen, QLineEdit, "field-plate-input")
    keyboard = service_stage.open_keyboard(plate)
    _type(service_stage, keyboard, "1234abc")
    next_button = screen.next_button
    window = service_stage.window
    service_stage.qtbot.wait(20)
    # the primary action stays visible above the keyboard
    top_of_keyboard = keyboard.mapTo(window, QPoint(0, 0)).y()
    at = next_button.mapTo(window, next_button.rect().center())
    assert next_button.isVisible() and at.y() < top_of_keyboard
    assert plate.mapTo(window, QPoint(0, plate.height())).y() < top_of_keyboard
    centre = next_button.rect().center()
    QTest.mousePress(next_button, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
    service_stage.qtbot.wait(20)  # the finger is down: nothing moves under it
    assert next_button.mapTo(window, centre) == at
    assert keyboard.isVisible()
    QTest.mouseRelease(
        next_button, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre
    )
    service_stage.qtbot.waitUntil(lambda: isinstance(screen.current, ReviewStep), timeout=3000)
    service_stage.qtbot.waitUntil(lambda: not keyboard.isVisible())


def test_the_account_number_takes_digits_only_from_any_keyboard(
    service_stage: ServiceStage,
) -> None:
    """The account number opens the numeric pad and keeps digits only, also from a hardware
    keyboard or paste (#16 item 1: it took letters and emoji before), then finds the bills
    (from tests/ui/services/test_city_bills.py: it needs the kiosk's on-screen keyboard)."""
    service_stage.sign_in()
    screen = service_stage.open("bills")
    assert isinstance(screen, BillsScreen)
    field = screen.findChild(QLineEdit, "bills-account")
    assert field is not None
    keyboard = service_stage.open_keyboard(field)
    assert keyboard.variant is Variant.NUMERIC
    QTest.keyClicks(field, "10 0-ab")
    field.insert("1\U0001f600")  # paste
    assert field.text() == "1001"
    service_stage.click(screen.next_button)
    service_stage.wait_idle(screen)
    assert isinstance(screen.current, BillListStep)
