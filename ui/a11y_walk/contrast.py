"""WCAG 2.x contrast ratios: computed from the theme's palettes (A11Y-13), and measured on the
rendered pixels of every control in every state (issue #16 item 6)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, ExitStack, contextmanager
from dataclasses import dataclass

import numpy
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QStyle,
    QStyleOptionButton,
    QStyleOptionFrame,
    QWidget,
)

from ui.theme import Palette

TEXT_MIN = 4.5
"""Text (any size) against its background."""
NON_TEXT_MIN = 3.0
"""Control boundaries, focus indicators and other meaningful graphics."""

_HEX = re.compile(r"^#([0-9A-Fa-f]{6})$")
_RGBA = re.compile(r"^rgba\(\s*(\d+),\s*(\d+),\s*(\d+),\s*(\d+)\s*\)$")


def parse_colour(value: str) -> tuple[int, int, int, int]:
    """``#RRGGBB`` or ``rgba(r, g, b, a)`` (alpha 0-255) as an RGBA tuple."""
    match = _HEX.match(value)
    if match:
        raw = match.group(1)
        return int(raw[0:2], 16), int(raw[2:4], 16), int(raw[4:6], 16), 255
    match = _RGBA.match(value)
    if match:
        r, g, b, a = (int(part) for part in match.groups())
        return r, g, b, a
    raise ValueError(f"not a colour: {value!r}")


def composite(top: str, bottom: str) -> tuple[int, int, int]:
    """``top`` drawn over the opaque ``bottom`` colour."""
    r1, g1, b1, a1 = parse_colour(top)
    r2, g2, b2, _ = parse_colour(bottom)
    alpha = a1 / 255
    return (
        round(r1 * alpha + r2 * (1 - alpha)),
        round(g1 * alpha + g2 * (1 - alpha)),
        round(b1 * alpha + b2 * (1 - alpha)),
    )


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(rgb: tuple[int, int, int]) -> float:
    r, g, b = (_channel(v) for v in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def ratio(foreground: str | tuple[int, int, int], background: str | tuple[int, int, int]) -> float:
    """WCAG contrast ratio between two opaque colours (1.0 to 21.0)."""
    fg = parse_colour(foreground)[:3] if isinstance(foreground, str) else foreground
    bg = parse_colour(background)[:3] if isinstance(background, str) else background
    light, dark = sorted((luminance(fg), luminance(bg)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@dataclass(frozen=True)
class Pair:
    """One foreground/background pairing the style sheet actually draws."""

    what: str
    foreground: str
    background: str
    minimum: float


def pairs(p: Palette) -> list[Pair]:
    """Every colour pairing the kiosk's style sheet uses, with the ratio it needs."""
    return [
        Pair("text on window", p.text, p.window, TEXT_MIN),
        Pair("text on card", p.text, p.surface, TEXT_MIN),
        Pair("muted text on window", p.muted_text, p.window, TEXT_MIN),
        Pair("muted text on card", p.muted_text, p.surface, TEXT_MIN),
        Pair("primary button text", p.primary_text, p.primary, TEXT_MIN),
        Pair("secondary button text", p.secondary_text, p.secondary, TEXT_MIN),
        Pair("tile text", p.secondary_text, p.surface, TEXT_MIN),
        Pair("danger button text", p.danger_text, p.danger, TEXT_MIN),
        Pair("banner text", p.banner_text, p.banner, TEXT_MIN),
        Pair("disabled button text", p.muted_text, p.secondary, TEXT_MIN),
        Pair("pressed button text", p.window, p.border, TEXT_MIN),
        Pair("pressed tile text", p.secondary_text, p.pressed_tile, TEXT_MIN),
        Pair("hint text in a field", p.placeholder, p.surface, TEXT_MIN),
        Pair("button border on window", p.border, p.window, NON_TEXT_MIN),
        Pair("button border on card", p.border, p.surface, NON_TEXT_MIN),
        Pair("primary button on window", p.primary, p.window, NON_TEXT_MIN),
        Pair("button border in the top bar", p.banner_text, p.banner, NON_TEXT_MIN),
        Pair("focus ring on window", p.focus, p.window, NON_TEXT_MIN),
        Pair("focus ring on card", p.focus, p.surface, NON_TEXT_MIN),
        Pair("focus ring around a focused filled button", p.focus, p.secondary, NON_TEXT_MIN),
        Pair("focus ring in the top bar", p.banner_focus, p.banner, NON_TEXT_MIN),
        Pair("practice marker", p.practice_text, p.practice, TEXT_MIN),
        Pair("assisted banner", p.assisted_text, p.assisted, TEXT_MIN),
    ]


# -- every state, measured on the rendered pixels (issue #16 item 6) ---------------------------

DISABLED_MIN = 3.0
"""A disabled control's text: WCAG exempts it, the kiosk does not (docs/inclusion.md)."""

_MIN_PIXELS = 4
"""A colour counts as the text's only where at least this many pixels have it (not a stray
antialiased pixel)."""

Rgb = tuple[int, int, int]
_SELECTOR = re.compile(r"\[(\w+)")


@dataclass(frozen=True)
class Measure:
    """Text against its background on rendered pixels: the background is the commonest colour
    of the text box, the text the colour (of a few pixels at least) that differs from it most
    (antialiased edges blend the two and count less)."""

    ratio: float
    text: Rgb
    background: Rgb

    def __str__(self) -> str:
        return f"{self.ratio:.2f}:1 ({_hex(self.text)} on {_hex(self.background)})"


def _hex(rgb: Rgb) -> str:
    return "#{:02X}{:02X}{:02X}".format(*rgb)


def measure(image: QImage, box: QRect | None = None) -> Measure | None:
    """The text contrast inside ``box`` of ``image`` (None: a single colour, no text drawn)."""
    if box is not None:
        image = image.copy(box)
    if image.isNull() or image.width() <= 0 or image.height() <= 0:
        return None
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    pixels = numpy.frombuffer(image.constBits(), dtype=numpy.uint32)  # RGB32: rows unpadded
    values, counts = numpy.unique(pixels, return_counts=True)
    common = int(values[counts.argmax()])
    background = ((common >> 16) & 255, (common >> 8) & 255, common & 255)
    best: Measure | None = None
    for value, count in zip(values.tolist(), counts.tolist(), strict=True):
        if count < _MIN_PIXELS or value == common:
            continue
        rgb = ((value >> 16) & 255, (value >> 8) & 255, value & 255)
        found = ratio(rgb, background)
        if best is None or found > best.ratio:
            best = Measure(found, rgb, background)
    return best


def _look(widget: QWidget, selected: tuple[str, ...]) -> tuple[object, ...]:
    """What decides a widget's colours under the style sheet: its class, the properties the
    style sheet selects on (``selected``: ``role``, ``shift``…), its own style sheet, font, and
    the roles and style sheets of its ancestors."""
    chain: list[tuple[str, str, str]] = []
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        role = parent.property("role")
        if role or parent.styleSheet():
            chain.append((type(parent).__name__, str(role or ""), parent.styleSheet()))
        parent = parent.parentWidget()
    properties = tuple(str(widget.property(name)) for name in selected)
    font = widget.font()
    checkable = isinstance(widget, QAbstractButton) and widget.isCheckable()
    return (
        type(widget).__name__,
        properties,
        widget.styleSheet(),
        font.pixelSize(),
        font.bold(),
        checkable,
        widget.isEnabled(),
        tuple(chain),
    )


@contextmanager
def _focused(widget: QWidget) -> Iterator[None]:
    """Give ``widget`` the focus for a moment without anyone noticing (application signals
    blocked: the keyboard and speech follow ``focusChanged``), then give it back."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = QApplication.focusWidget()
    blocked = app.blockSignals(True)
    try:
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        yield
    finally:
        if before is not None:
            before.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            widget.clearFocus()
        app.blockSignals(blocked)


@contextmanager
def _set_while(set_state: Callable[[bool], object], on: bool) -> Iterator[None]:
    """``set_state(on)`` for the block, ``set_state(not on)`` after it."""
    set_state(on)
    try:
        yield
    finally:
        set_state(not on)


def _disabled(widget: QWidget) -> AbstractContextManager[None]:
    return _set_while(widget.setEnabled, False)


def _pressed(button: QAbstractButton) -> AbstractContextManager[None]:
    return _set_while(button.setDown, True)


def _hovered(widget: QWidget) -> AbstractContextManager[None]:
    return _set_while(lambda on: widget.setAttribute(Qt.WidgetAttribute.WA_UnderMouse, on), True)


@contextmanager
def _checked(button: QAbstractButton, checked: bool) -> Iterator[None]:
    """``button`` checked or not, silently (no toggled signal, its group left as it was)."""
    was = button.isChecked()
    group = button.group()
    exclusive = group is not None and group.exclusive()
    if group is not None:
        group.setExclusive(False)
    blocked = button.blockSignals(True)
    try:
        button.setChecked(checked)
        yield
    finally:
        button.setChecked(was)
        button.blockSignals(blocked)
        if group is not None:
            group.setExclusive(exclusive)


@contextmanager
def _as_is() -> Iterator[None]:
    yield


def _button_box(button: QAbstractButton) -> QRect:
    option = QStyleOptionButton()
    button.initStyleOption(option)  # type: ignore[attr-defined]
    return button.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, button)


def _field_box(field: QLineEdit) -> QRect:
    option = QStyleOptionFrame()
    field.initStyleOption(option)
    return field.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, field)


StateFn = Callable[[QWidget], AbstractContextManager[None]]


def _states(widget: QWidget) -> list[tuple[str, StateFn]]:
    if not widget.isEnabled():
        return [("disabled", lambda _w: _as_is())]
    states: list[tuple[str, StateFn]] = [
        ("normal", lambda _w: _as_is()),
        ("disabled", _disabled),
        ("focused", _focused),
    ]
    if isinstance(widget, QAbstractButton):
        states.append(("pressed", lambda w: _pressed(w)))  # type: ignore[arg-type]
        states.append(("hover", _hovered))
    return states


class StateContrast:
    """Measures the text contrast of every control in every state, and of every label.

    Each distinct look (:func:`_look`: class, role, style sheet, font, ancestors' roles) is
    rendered once per palette and text size, however many screens show it; buttons and fields
    in each state (normal, disabled, focused, pressed, hover; checked and unchecked for
    checkable buttons) with :meth:`QWidget.grab`, labels as the window shows them.
    """

    def __init__(self) -> None:
        self._seen: set[tuple[object, ...]] = set()
        self.rendered = 0

    def findings(
        self, window: QWidget, theme_key: str, within: QWidget | None = None
    ) -> list[tuple[QWidget, str]]:
        """(widget, what) for each new look shown in ``window`` (in ``within`` only, when
        given: an open overlay dims the rest) that fails in some state."""
        found: list[tuple[QWidget, str]] = []
        selected = tuple(sorted(set(_SELECTOR.findall(window.styleSheet()))))
        for widget in (within or window).findChildren(QWidget):
            if not widget.isVisible():
                continue
            if isinstance(widget, (QAbstractButton, QLineEdit)):
                text = widget.text() or (
                    widget.placeholderText() if isinstance(widget, QLineEdit) else ""
                )
            elif isinstance(widget, QLabel):
                text = (
                    ""
                    if widget.pixmap() is not None and not widget.pixmap().isNull()
                    else (widget.text())
                )
            else:
                continue
            if not text.strip():
                continue
            key = (theme_key, *_look(widget, selected))
            if key in self._seen:
                continue
            self._seen.add(key)
            if isinstance(widget, QLabel):
                found.extend((widget, what) for what in self._label(widget, window))
            else:
                found.extend((widget, what) for what in self._control(widget))
        return found

    def _label(self, label: QLabel, window: QWidget) -> list[str]:
        box = label.contentsRect().translated(label.mapTo(window, QPoint(0, 0)))
        box &= window.rect()
        if box.isEmpty():
            return []
        self.rendered += 1
        found = measure(window.grab(box).toImage())
        minimum = TEXT_MIN if label.isEnabled() else DISABLED_MIN
        if found is not None and found.ratio < minimum:
            return [f"text {found} < {minimum}:1"]
        return []

    def _control(self, widget: QAbstractButton | QLineEdit) -> list[str]:
        checks = [widget.isChecked()] if isinstance(widget, QAbstractButton) else [False]
        if isinstance(widget, QAbstractButton) and widget.isCheckable():
            checks = [False, True]
        failures: list[str] = []
        for checked in checks:
            for state, enter in _states(widget):
                with ExitStack() as stack:
                    if isinstance(widget, QAbstractButton) and widget.isCheckable():
                        stack.enter_context(_checked(widget, checked))
                    stack.enter_context(enter(widget))
                    if isinstance(widget, QAbstractButton):
                        box = _button_box(widget)
                    else:
                        box = _field_box(widget)
                    self.rendered += 1
                    found = measure(widget.grab().toImage(), box)
                disabled = state == "disabled"
                minimum = DISABLED_MIN if disabled else TEXT_MIN
                if found is not None and found.ratio < minimum:
                    name = f"{'checked, ' if checked else ''}{state}"
                    failures.append(f"{name}: text {found} < {minimum}:1")
        return failures
