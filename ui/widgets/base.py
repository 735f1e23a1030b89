"""Base class of every screen: translation hook, theme hook and the wipe contract."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QEvent, QSize, Qt, SignalInstance
from PySide6.QtGui import QFont, QPaintEvent, QResizeEvent, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QScroller,
    QScrollerProperties,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QVBoxLayout,
    QWidget,
)

from kiosk.text import bidi
from ui.fonts import displayable
from ui.i18n import LANGUAGE_NAMES
from ui.theme import Theme

LANDSCAPE_RATIO = 1.2
"""Wider than tall by this much: a screen or panel lays out in two columns (on the attract
screen: start and card on one side, language and access modes on the other) instead of one tall
column that would scroll."""


def label(
    role: str = "body", *, wrap: bool = True, name: str = "", centred: bool = False
) -> QLabel:
    widget = QLabel()
    widget.setProperty("role", role)
    widget.setWordWrap(wrap)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    widget.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    if name:
        widget.setObjectName(name)
    if centred:
        widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return widget


def text_lines(text: str, font: QFont, width: int) -> list[str]:
    """``text`` broken into lines no wider than ``width`` pixels in ``font`` (bidi-aware); an
    empty paragraph is one empty line."""
    lines: list[str] = []
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    for paragraph in text.split("\n"):
        layout = QTextLayout(paragraph, font)
        layout.setTextOption(option)
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(max(1, width))
            lines.append(paragraph[line.textStart() : line.textStart() + line.textLength()].strip())
        layout.endLayout()
    return lines


def text_area(name: str, min_height: int) -> QPlainTextEdit:
    """A field for free text over several lines, at least ``min_height`` pixels high; Tab
    moves the focus on instead of typing a tab."""
    widget = QPlainTextEdit()
    widget.setObjectName(name)
    widget.setTabChangesFocus(True)
    widget.setMinimumHeight(min_height)
    return widget


def wrap_lines(text: str, font_metrics_source: QWidget, width: int) -> str:
    """``text`` with line breaks so that no line is wider than ``width`` pixels (bidi-aware)."""
    if width <= 0:
        return text
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines.extend(text_lines(paragraph, font_metrics_source.font(), width))  # "" -> [""]
    return "\n".join(lines)


class WrapButton(QPushButton):
    """A push button whose text wraps onto more lines instead of being cut (A11Y-14 reflow).

    Large text in long languages does not fit one line of a narrow button; this button reports
    the height it needs for a width (``heightForWidth``) and draws the wrapped text through the
    style, so colours of every state (focus, pressed, checked) stay the style sheet's.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        # measurements per (what, width, text); emptied when the style or font changes
        self._measures: dict[tuple[str, int, str], QSize] = {}

    def _option(self, text: str) -> QStyleOptionButton:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = text  # type: ignore[attr-defined]
        return option

    def _chrome(self) -> QSize:
        """Border and padding around the text, from the style (and its style sheet).

        Measured around a large content box, so a ``min-width``/``min-height`` of the style
        sheet does not count as padding.
        """
        option = self._option("")
        big = QSize(2000, 2000)
        outer = self.style().sizeFromContents(QStyle.ContentsType.CT_PushButton, option, big, self)
        return QSize(max(0, outer.width() - big.width()), max(0, outer.height() - big.height()))

    def _text_width(self, width: int) -> int:
        return max(1, width - self._chrome().width())

    def _size_for(self, text: str) -> QSize:
        metrics = self.fontMetrics()
        size = metrics.size(0, text)
        option = self._option(text)
        hint = self.style().sizeFromContents(QStyle.ContentsType.CT_PushButton, option, size, self)
        return hint

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        key = ("hfw", width, self.text())
        size = self._measures.get(key)
        if size is None:
            if len(self._measures) > 64:  # texts and widths come and go; keep it small
                self._measures.clear()
            size = self._size_for(wrap_lines(self.text(), self, self._text_width(width)))
            self._measures[key] = size
        return size.height()

    def sizeHint(self) -> QSize:
        key = ("hint", 0, self.text())
        size = self._measures.get(key)
        if size is None:
            size = self._measures[key] = self._size_for(self.text())
        return QSize(size)

    def minimumSizeHint(self) -> QSize:
        key = ("min", 0, self.text())
        size = self._measures.get(key)
        if size is None:
            words = self.text().replace("\n", " ").split() or [""]
            metrics = self.fontMetrics()
            widest = max(words, key=metrics.horizontalAdvance)
            width = self._size_for(widest).width()  # the style's padding, border, min-width
            size = self._measures[key] = QSize(width, self.heightForWidth(width))
        return QSize(size)

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.Polish, QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._measures.clear()
        handled = super().event(event)
        if kind in (
            QEvent.Type.Polish,
            QEvent.Type.FontChange,
            QEvent.Type.StyleChange,
            QEvent.Type.Show,
        ):
            self._measures.clear()
            self._fit()
        return handled

    def _fit(self) -> None:
        """Ask the layout for the height the wrapped text needs at the current width.

        Layouts do not always honour ``heightForWidth`` (nested boxes, scroll areas), so the
        needed height also becomes the minimum height; the style sheet's ``min-height`` is kept.
        """
        if self.width() <= 1 or not self.isVisible():
            return  # a hidden button is fitted when shown (its Show event), not before
        needed = self.heightForWidth(self.width())
        if needed != self.minimumHeight():
            floor = self._style_min_height()
            self.setMinimumHeight(max(needed, floor))
        # never narrower than the widest word: words are not broken (Arabic letters join)
        widest = self.minimumSizeHint().width()
        if widest != self.minimumWidth():
            self.setMinimumWidth(widest)

    def _style_min_height(self) -> int:
        option = self._option("")
        return (
            self.style()
            .sizeFromContents(QStyle.ContentsType.CT_PushButton, option, QSize(0, 0), self)
            .height()
        )

    def wrapped_text(self) -> str:
        return wrap_lines(self.text(), self, self._text_width(self.width()))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        painter.drawControl(QStyle.ControlElement.CE_PushButton, self._option(self.wrapped_text()))


def isolate(text: str, language: str | None = None) -> str:
    """Wrap a value (a name, a code, an address) in Unicode isolates before putting it into a
    translated sentence, so a Latin name keeps its order inside Arabic text and vice versa
    (:func:`kiosk.text.bidi.isolate`: the one helper; FSI…PDI unless ``language`` is known)."""
    return bidi.isolate(text, language)


def touch_scrolling(area: QAbstractScrollArea) -> None:
    """Kinetic scrolling by dragging the content with a finger (or the mouse), on any scroll
    area whose content can overflow: a resident drags the page, not a thin scroll bar.

    A tap still reaches the button under the finger at once (no press delay); a drag that
    starts on a button scrolls and does not click it.
    """
    viewport = area.viewport()
    viewport.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
    QScroller.grabGesture(viewport, QScroller.ScrollerGestureType.LeftMouseButtonGesture)
    scroller = QScroller.scroller(viewport)
    properties = scroller.scrollerProperties()
    properties.setScrollMetric(QScrollerProperties.ScrollMetric.MousePressEventDelay, 0.0)
    never = QScrollerProperties.OvershootPolicy.OvershootAlwaysOff
    properties.setScrollMetric(QScrollerProperties.ScrollMetric.HorizontalOvershootPolicy, never)
    properties.setScrollMetric(QScrollerProperties.ScrollMetric.VerticalOvershootPolicy, never)
    scroller.setScrollerProperties(properties)


class ScrollArea(QScrollArea):
    """A scroll area that asks for little height: it takes the room the layout gives it.

    A plain QScrollArea asks for its whole content's height, which makes an enclosing
    scrolling page scroll instead of this area (two scroll bars, buttons pushed off screen).
    Its content scrolls by touch (:func:`touch_scrolling`).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        touch_scrolling(self)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), min(hint.height(), self.minimumSizeHint().height() * 2))


def button(role: str = "", *, name: str = "") -> QPushButton:
    widget = WrapButton()
    if role:
        widget.setProperty("role", role)
    # the keypad moves focus; a touch does not take it (a text field keeps focus and its
    # on-screen keyboard while the resident taps other buttons)
    widget.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    widget.setAutoDefault(False)
    if name:
        widget.setObjectName(name)
    return widget


def show_toggles(
    toggles: Mapping[str, QAbstractButton],
    large_text: bool,
    high_contrast: bool,
    speech: bool,
    simplified: bool | None = None,
) -> None:
    """Show the session's access modes on toggle buttons without emitting their signals."""
    values = {"large_text": large_text, "high_contrast": high_contrast, "speech": speech}
    if simplified is not None:
        values["simplified"] = simplified
    for name, value in values.items():
        toggle = toggles[name]
        toggle.blockSignals(True)
        toggle.setChecked(value)
        toggle.blockSignals(False)


def paragraphs(
    layout: QBoxLayout, prefix: str, keys: Iterable[str]
) -> dict[str, tuple[QLabel, QLabel]]:
    """A subtitle and a body text per key, added to ``layout`` in order (objects named
    ``<prefix>-<key>-heading`` and ``<prefix>-<key>-text``); texts come from
    :func:`set_paragraphs`."""
    parts: dict[str, tuple[QLabel, QLabel]] = {}
    for key in keys:
        heading = label("subtitle", name=f"{prefix}-{key}-heading")
        text = label("body", name=f"{prefix}-{key}-text")
        layout.addWidget(heading)
        layout.addWidget(text)
        parts[key] = (heading, text)
    return parts


def set_paragraphs(
    parts: Mapping[str, tuple[QLabel, QLabel]], texts: Mapping[str, tuple[str, str]]
) -> None:
    """Set (heading, body) texts on :func:`paragraphs` (on construction and language change)."""
    for key, (heading_text, body_text) in texts.items():
        heading, text = parts[key]
        heading.setText(heading_text)
        text.setText(body_text)


def set_text(widget: QLabel | QPushButton, text: str) -> None:
    """Set visible text and the accessible name together (speech reads the latter).

    Emoji (from back-end text) are removed when no emoji font is installed (ui/fonts.py)."""
    text = displayable(text)
    widget.setText(text)
    widget.setAccessibleName(text.replace("\n", " "))


def language_buttons(
    languages: Iterable[str], chosen: SignalInstance, *, name: str, role: str = ""
) -> dict[str, QPushButton]:
    """A button for each language, named in that language (object name ``{name}-{code}``);
    a tap emits ``chosen`` with the language's code."""
    buttons: dict[str, QPushButton] = {}
    for code in languages:
        choice = button(role, name=f"{name}-{code}")
        set_text(choice, LANGUAGE_NAMES[code])
        choice.clicked.connect(lambda _=False, c=code: chosen.emit(c))
        buttons[code] = choice
    return buttons


class Screen(QWidget):
    """A page of the main window's stack.

    Subclasses build their widgets once in ``__init__`` and set every text in
    :meth:`retranslate`, which runs at construction and whenever the language changes, so a
    language switch never loses what the resident typed. :meth:`wipe` clears everything the
    resident entered or was shown; it runs at every session end.
    """

    screen_id = "screen"

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(self.screen_id)
        self.theme = theme

    def scrolling(self, content: QWidget) -> QScrollArea:
        """Wrap content so that large text scrolls instead of being clipped."""
        area = ScrollArea(self)
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setWidget(content)
        return area

    def vbox(self) -> QVBoxLayout:
        """The screen's main layout, inside a vertical scroll area.

        When large text (200 %) in a long language makes a screen taller than the window, it
        scrolls instead of squeezing or clipping anything (A11Y-14); when it fits, the page
        fills the window exactly and stretches work as usual.
        """
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self._outer = outer
        page = QWidget()
        page.setObjectName(f"{self.screen_id}-page")
        self.page_area = self.scrolling(page)
        self.page_area.setObjectName(f"{self.screen_id}-page-area")
        outer.addWidget(self.page_area)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(self.theme.spacing, self.theme.spacing, self.theme.spacing, 0)
        layout.setSpacing(self.theme.spacing)
        return layout

    def hasHeightForWidth(self) -> bool:
        """No: a screen fills the window's stack and scrolls what does not fit. (The stack
        takes the tallest page's height-for-width as its minimum, which squeezed the on-screen
        keyboard below its own minimum on a landscape screen at 200 % text.)"""
        return False

    def pin_below(self, widget: QWidget) -> None:
        """Keep ``widget`` under the scrolling page of :meth:`vbox`, always in view: it does not
        scroll away, and the on-screen keyboard (a row under the screen) never covers it."""
        spacing = self.theme.spacing
        widget.setContentsMargins(spacing, spacing // 2, spacing, 0)
        self._outer.addWidget(widget)

    def title(self) -> str:
        """The screen's title, spoken first in speech mode."""
        return ""

    def spoken_intro(self) -> str:
        """Said right after the title when the screen appears (a notice the resident must hear
        before going on, e.g. the privacy notice before sign-in); "" for none."""
        return ""

    def retranslate(self) -> None:
        """Set every visible text from translations."""

    def apply_theme(self, theme: Theme) -> None:
        self.theme = theme

    def wipe(self) -> None:
        """Clear everything of the resident's from this screen."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
