"""Base class of every screen: translation hook, theme hook and the wipe contract."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from ui.theme import Theme


def label(role: str = "body", *, wrap: bool = True, name: str = "") -> QLabel:
    widget = QLabel()
    widget.setProperty("role", role)
    widget.setWordWrap(wrap)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    widget.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    if name:
        widget.setObjectName(name)
    return widget


def button(role: str = "", *, name: str = "") -> QPushButton:
    widget = QPushButton()
    if role:
        widget.setProperty("role", role)
    widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    widget.setAutoDefault(False)
    widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
    if name:
        widget.setObjectName(name)
    return widget


def set_text(widget: QLabel | QPushButton, text: str) -> None:
    """Set visible text and the accessible name together (speech reads the latter)."""
    widget.setText(text)
    widget.setAccessibleName(text.replace("\n", " "))


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
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setWidget(content)
        return area

    def vbox(self) -> QVBoxLayout:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(self.theme.spacing, self.theme.spacing, self.theme.spacing, 0)
        layout.setSpacing(self.theme.spacing)
        return layout

    def title(self) -> str:
        """The screen's title, spoken first in speech mode."""
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
