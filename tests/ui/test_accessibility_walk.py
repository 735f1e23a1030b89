"""Every screen × language × visual mode: contrast, clipping, containment, targets, names.

Screens are enumerated through the main window and the service registry (ui.a11y_walk.walk), so
screens added later are audited without editing this test.
"""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QRegularExpression, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QRegularExpressionValidator
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.accessibility import LANGUAGES, compiled_translations, kiosk, mock_tts
from ui.a11y_walk.contrast import StateContrast, measure, pairs, ratio
from ui.a11y_walk.walk import check, check_contrast, prepare, settle, views
from ui.keyboard import KeepDigits, Variant
from ui.main import KioskApplication
from ui.services.base import ServiceScreen
from ui.theme import HIGH_CONTRAST, STANDARD, Palette, Theme
from ui.widgets.base import Screen, button, label, set_text
from ui.widgets.pinpad import PinPad

__all__ = ["compiled_translations", "kiosk", "mock_tts"]

# Qt's mock speech engine loads QtMultimedia, which notes the missing PipeWire library
pytestmark = pytest.mark.qt_log_ignore("pipewire")

WALKS: dict[str, tuple[tuple[int, int], dict[str, set[str]]]] = {
    "portrait": (
        (1080, 1920),
        {
            "normal": set(),
            "large+contrast": {"large_text", "high_contrast"},
            "large+simplified": {"large_text", "simplified"},
        },
    ),
    "landscape": (
        (1920, 1080),
        {
            "simplified+contrast": {"simplified", "high_contrast"},
            "large": {"large_text"},
            "large+simplified+contrast": {"large_text", "simplified", "high_contrast"},
        },
    ),
}
"""The walk's modes per screen orientation. High contrast changes colours only (the style
sheet's sizes are the same in both palettes), so each palette runs in some modes rather than
doubling every one; the contrast check renders each look once per palette and text size."""

PSEUDO_MODE = {"portrait": "large+contrast"}


@pytest.mark.parametrize("palette", [STANDARD, HIGH_CONTRAST], ids=lambda p: p.name)
def test_palette_contrast(palette: Palette) -> None:
    failures = [
        f"{pair.what}: {ratio(pair.foreground, pair.background):.2f} < {pair.minimum}"
        for pair in pairs(palette)
        if ratio(pair.foreground, pair.background) < pair.minimum
    ]
    assert not failures


def test_contrast_formula_known_values() -> None:
    assert ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert ratio("#FFFFFF", "#FFFFFF") == pytest.approx(1.0)
    assert ratio("#767676", "#FFFFFF") == pytest.approx(4.54, abs=0.01)


@pytest.mark.slow  # started first on an xdist worker (tests/conftest.py)
@pytest.mark.parametrize("orientation", WALKS)
def test_every_screen_in_every_language_and_mode(kiosk: KioskApplication, orientation: str) -> None:
    """Portrait 1080×1920 and landscape 1920×1080, en/es/fr/ar (and the longer pseudo-locale xx
    at 200 % portrait), in the modes of :data:`WALKS`: no clipped, overlapped or cut text, no
    field or Next button behind the keyboard or out of view, no text below its contrast in any
    state (normal, disabled, pressed, focused, hover, checked), no button outside the window or
    below the minimum target, no control without an accessible name, no screen without a title
    for speech, and the window never grows past the screen."""
    started = time.process_time()  # CPU time: other processes on the machine do not count
    size, modes = WALKS[orientation]
    window = kiosk.window
    window.resize(*size)
    controller = kiosk.controller
    controller.start()
    controller.choose_language("en")
    all_views = views(window, kiosk.inclusion)
    names = {view.name for view in all_views}
    assert {"screen:attract", "screen:language", "screen:sign_in", "screen:home"} <= names
    assert {"service:about", "overlay:idle-warning", "overlay:help-panel"} <= names
    assert {"overlay:access-panel", "overlay:assist-confirm", "overlay:step-back"} <= names
    assert {"service:form", "service:form+keyboard", "keyboard:text"} <= names
    states = StateContrast()
    problems: list[str] = []
    checked = typing = 0
    for mode, settings in modes.items():
        for name in ("large_text", "high_contrast", "simplified"):
            controller.set_preference(name, name in settings)
        controller.set_preference("speech", True)  # the access panel's speech controls show
        for language in LANGUAGES:
            if language == "xx" and mode != PSEUDO_MODE.get(orientation):
                continue  # the pseudo-locale is about length: its worst case is large text
            controller.set_language(language)
            prepare(window)
            for view in all_views:
                if view.show() is False:  # a service without a field on its first page
                    view.hide()
                    continue
                settle()
                where = f"{orientation}/{mode}/{language}"
                problems.extend(f"{where}/{p}" for p in check(window, view.name))
                problems.extend(f"{where}/{p}" for p in check_contrast(window, view.name, states))
                if window.size() != QSize(*size):
                    problems.append(f"{where}/{view.name}: window grew {window.size()}")
                    window.resize(*size)
                if view.name.startswith(("screen:", "service:")) and not (
                    window.current_screen().title().strip()
                ):
                    problems.append(f"{where}/{view.name}: no title for speech")
                typing += kiosk.inclusion.keyboard.isVisible()
                view.hide()
                checked += 1
        for view in all_views:
            view.release()
    QApplication.processEvents()
    combinations = len(modes) * (len(LANGUAGES) - 1) + (orientation in PSEUDO_MODE)
    # every view but the "+keyboard" ones of services without a field was checked
    assert checked >= combinations * sum(not v.name.endswith("+keyboard") for v in all_views)
    assert typing >= combinations * 7  # 5 keyboards, the form and a service with the keyboard
    assert states.rendered > 100  # the contrast check rendered controls in their states
    assert not problems, "\n".join(problems[:40]) + f"\n… {len(problems)} problems"
    assert time.process_time() - started < 60


def test_audit_finds_clipped_text_small_targets_and_missing_names(kiosk: KioskApplication) -> None:
    """The checks themselves: a squeezed label, a tiny unnamed button are reported."""
    window = kiosk.window
    window.ensure_built()
    squeezed = QLabel("A long text that cannot fit in ten pixels of height", window.attract)
    squeezed.setWordWrap(True)
    squeezed.setGeometry(0, 0, 200, 10)
    squeezed.show()
    tiny = QPushButton(window.attract)
    tiny.setStyleSheet("min-width: 0px; min-height: 0px; padding: 0px;")
    tiny.setGeometry(0, 20, 20, 20)
    tiny.show()
    settle()
    problems = [str(p) for p in check(window, "probe")]
    assert any("QLabel" in p and "clipped" in p for p in problems)
    assert any("QPushButton" in p and "target" in p for p in problems)
    assert any("QPushButton" in p and "no accessible name" in p for p in problems)
    squeezed.deleteLater()
    tiny.deleteLater()


def test_audit_finds_overlapped_cut_and_elided_text(kiosk: KioskApplication) -> None:
    """A label under a sibling, a label sticking out of its box and a field whose hint text is
    elided are reported (issue #16 item 4)."""
    window = kiosk.window
    window.ensure_built()
    page = window.attract
    under = QLabel("Text under another widget", page)
    under.setGeometry(0, 300, 500, 60)
    over = QLabel("Text on top", page)
    over.setGeometry(0, 330, 500, 60)
    box = QWidget(page)
    box.setGeometry(0, 500, 400, 40)
    sticking = QLabel("Sticks out of its box", box)
    sticking.setGeometry(0, 0, 400, 80)
    field = QLineEdit(page)
    field.setAccessibleName("probe field")
    field.setPlaceholderText("A hint far too long for this narrow field")
    field.setGeometry(0, 700, 200, 80)
    probes = (under, over, box, field)
    for probe in probes:
        probe.show()
    settle()
    problems = [str(p) for p in check(window, "probe")]
    assert any("'Text under another widget'" in p and "covered by QLabel#" in p for p in problems)
    assert any("'Sticks out of its box'" in p and "cut by QWidget#" in p for p in problems)
    assert any("QLineEdit" in p and "hint text cut" in p for p in problems)
    for probe in probes:
        probe.deleteLater()


def test_audit_finds_mirrored_keypads_wrong_keyboards_and_empty_headings(
    qtbot: QtBot, kiosk: KioskApplication
) -> None:
    """The walk's keypad, input-per-field and heading checks (#16 items 1, 7, 11): a PIN pad
    mirrored 3-2-1 as it was in Arabic, a digits-only field given the letters keyboard, a
    keypad on a field that takes letters and a shown title with nothing in it (direction marks
    only) are reported; the same pad in the phone layout and right keyboards are not."""
    window = kiosk.window
    window.ensure_built()
    keyboard = kiosk.inclusion.keyboard
    page = window.attract
    pad = PinPad(lambda _pin: None, page)
    pad.setGeometry(0, 300, 600, 800)
    digits = QLineEdit(page)
    digits.setObjectName("probe-digits")
    digits.setAccessibleName("probe digits")
    digits.setValidator(QRegularExpressionValidator(QRegularExpression("[0-9]*"), digits))
    digits.setGeometry(0, 1150, 400, 80)
    letters = QLineEdit(page)
    letters.setObjectName("probe-letters")
    letters.setAccessibleName("probe letters")
    letters.setGeometry(0, 1250, 400, 80)
    keyboard.attach(letters, Variant.NUMERIC)
    letters.setValidator(None)  # a keypad field that lets letters in (as bills-account did)
    heading = label("title", name="probe-heading")
    heading.setParent(page)
    heading.setText("\u200f\u2068\u2069")
    heading.setGeometry(0, 1350, 400, 80)
    probes = (pad, digits, letters, heading)
    for probe in probes:
        probe.show()
    pad.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # mirrored: 3-2-1
    settle()
    problems = [str(p) for p in check(window, "probe")]
    assert any("pinpad" in p and "row 123 not left to right" in p for p in problems)
    assert any("probe-digits" in p and "text keyboard for a digits-only" in p for p in problems)
    assert any("probe-letters" in p and "keypad for a field that takes" in p for p in problems)
    assert any("probe-heading" in p and "empty heading" in p for p in problems)
    pad.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    keyboard.attach(digits, Variant.NUMERIC)
    keyboard.attach(letters, Variant.TEXT)
    set_text(heading, "A heading")
    settle()
    problems = [str(p) for p in check(window, "probe")]
    new_checks = ("keypad row", "keypad rows", "keypad for", "keyboard for", "empty heading")
    assert not [p for p in problems if any(what in p for what in new_checks)]
    for probe in probes:
        probe.hide()
        probe.deleteLater()


def test_a_keypad_field_keeps_only_digits_from_any_keyboard(qtbot: QtBot) -> None:
    """A field given the numeric pad without a rule of its own takes digits only, also from a
    hardware keyboard or paste (#16 item 1): letters, spaces, dashes and emoji are dropped,
    Arabic-Indic digits become 0-9; the decimal pad's field keeps one separator."""
    field = QLineEdit()
    qtbot.addWidget(field)
    field.setValidator(KeepDigits(decimal=False, parent=field))
    field.show()
    QTest.keyClicks(field, "12 ab-3")
    field.insert("4\U0001f600\u0665")
    assert field.text() == "12345"
    amount = QLineEdit()
    qtbot.addWidget(amount)
    amount.setValidator(KeepDigits(decimal=True, parent=amount))
    amount.show()
    QTest.keyClicks(amount, "12,5.0 EUR")
    assert amount.text() == "12,50"


class _NextInsideThePage(Screen):
    """A service page laid out as before issue #16: Back/Next at the end of the scrolling page."""

    screen_id = "probe"

    def __init__(self, theme: Theme) -> None:
        super().__init__(theme)
        layout = self.vbox()
        self.field = QLineEdit()
        self.field.setAccessibleName("probe field")
        layout.addWidget(self.field)
        filler = QWidget()
        filler.setMinimumHeight(1500)
        layout.addWidget(filler)
        self.next_button = button("primary", name="probe-next")
        set_text(self.next_button, "Next")
        layout.addWidget(self.next_button)

    def title(self) -> str:
        return "Probe"


def test_audit_finds_the_next_button_behind_the_keyboard(
    qtbot: QtBot, kiosk: KioskApplication
) -> None:
    """With the keyboard open for a field at the top, a Next button at the end of the scrolling
    page is out of view: reported. The service screens' Back/Next row stays under the page
    (pinned, ui/services/base.py): the form's Next stays in view above the keyboard."""
    window = kiosk.window
    window.ensure_built()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    kiosk.controller.set_preference("large_text", True)
    kiosk.controller.set_language("ar")
    keyboard = kiosk.inclusion.keyboard
    old = _NextInsideThePage(window.theme)
    window.stack.addWidget(old)
    window.stack.setCurrentWidget(old)
    old.field.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(lambda: keyboard.isVisible() and keyboard.target is old.field)
    settle()
    problems = [str(p) for p in check(window, "probe")]
    assert any("probe-next" in p and "primary action behind the keyboard" in p for p in problems)
    keyboard.hide_keyboard()
    window.stack.removeWidget(old)
    old.deleteLater()
    (typing,) = [v for v in views(window, kiosk.inclusion) if v.name == "service:form+keyboard"]
    assert typing.show() is True
    settle()
    screen = window.current_screen()
    assert isinstance(screen, ServiceScreen)
    assert keyboard.isVisible() and not screen.page_area.isAncestorOf(screen.next_button)
    assert not [p for p in check(window, typing.name) if "keyboard" in p.what]
    typing.hide()
    typing.release()


def test_measure_reads_text_and_background_from_pixels() -> None:
    image = QImage(60, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#FFE600"))
    painter = QPainter(image)
    painter.fillRect(10, 10, 20, 10, QColor("#FFFFFF"))
    painter.end()
    found = measure(image)
    assert found is not None
    assert found.background == (0xFF, 0xE6, 0x00) and found.text == (255, 255, 255)
    assert found.ratio == pytest.approx(1.27, abs=0.01)
    image.fill(QColor("#000000"))
    assert measure(image) is None  # one colour: no text drawn


def test_state_contrast_finds_low_contrast_states(kiosk: KioskApplication) -> None:
    """A disabled button drawn white on yellow and a pressed one dark blue on grey are reported
    in those states (issue #16 item 6); the kiosk's own primary button passes in every state in
    both palettes, and the probed widgets get their state back."""
    window = kiosk.window
    window.ensure_built()
    probe = QWidget(window.attract)
    probe.setGeometry(0, 0, 700, 300)
    disabled = QPushButton("OK", probe)
    disabled.setStyleSheet("QPushButton:disabled { background: #FFE600; color: #FFFFFF; }")
    disabled.setGeometry(10, 10, 300, 120)
    pressed = QPushButton("Send", probe)
    pressed.setStyleSheet("QPushButton:pressed { background: #56606B; color: #0B3D73; }")
    pressed.setGeometry(10, 150, 300, 120)
    probe.show()
    settle()
    states = StateContrast()
    found = states.findings(window, "standard")
    failing = {(widget.objectName() or widget.text(), what.split(":")[0]) for widget, what in found}
    assert ("OK", "disabled") in failing
    assert ("Send", "pressed") in failing
    assert not [what for widget, what in found if widget is disabled and "normal" in what]
    assert all(widget is not window.attract.start_button for widget, _ in found)
    assert disabled.isEnabled() and not pressed.isDown() and not pressed.hasFocus()
    kiosk.controller.set_preference("high_contrast", True)
    settle()
    found = states.findings(window, "high_contrast")
    assert all(widget is not window.attract.start_button for widget, _ in found)
    probe.deleteLater()
