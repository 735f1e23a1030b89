"""The on-screen keyboard: a widget inside the kiosk window, never a separate OS window.

Usage (the form engine and any screen with a text field)::

    keyboard.attach(line_edit, Variant.EMAIL)   # or Variant.TEXT / Variant.NUMERIC

``attach`` records the variant for that field; when the field gets focus the keyboard appears
at the bottom of the window (a row of the main window's layout, so the screen above shrinks
and scrolls instead of being covered) with the layout of the session language, and types into
the field by sending real key events. Fields that were never attached still get the TEXT
variant when focused (every QLineEdit/QPlainTextEdit is reachable). No prediction, no
suggestions and no memory of what was typed: the keyboard holds no text at all.

Password fields (``QLineEdit.EchoMode.Password``) get the keyboard too; keys are marked
``speech="secret"`` while such a field has focus, so speech plays a tone instead of the letter.
"""

from __future__ import annotations

import enum
import weakref

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.screens.base import WrapButton
from ui.speech import SILENT
from ui.theme import Theme


class Variant(enum.Enum):
    TEXT = "text"
    EMAIL = "email"
    NUMERIC = "numeric"


LAYOUTS: dict[str, tuple[str, ...]] = {
    "en": ("1234567890", "qwertyuiop", "asdfghjkl'", "zxcvbnm,.-"),
    "es": ("1234567890", "qwertyuiop", "asdfghjklñ", "zxcvbnm,.-", "áéíóúü¿¡"),
    "fr": ("1234567890", "azertyuiop", "qsdfghjklm", "wxcvbn,.'-", "éèêàçùâîôë"),
    "ar": ("١٢٣٤٥٦٧٨٩٠", "ضصثقفغعهخحج", "شسيبلاتنمكط", "ئءؤرىةوزظد", "ذأإآ،.؟"),
}
"""Character rows per language (no shift layer: one tap, one character; A11Y-24)."""

EMAIL_ROWS = ("1234567890", "qwertyuiop", "asdfghjkl_", "zxcvbnm.-@")
NUMERIC_ROWS = ("123", "456", "789", "0")

TextField = QLineEdit | QPlainTextEdit


class OnScreenKeyboard(QWidget):
    """Signals:
    shown_for(QWidget): the keyboard appeared for this field.
    hidden_now(): the keyboard was hidden.
    """

    shown_for = Signal(QWidget)
    hidden_now = Signal()

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("on-screen-keyboard")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setProperty("role", "banner")
        self.theme = theme
        self.language = "en"
        self.variant = Variant.TEXT
        self._variants: weakref.WeakKeyDictionary[QWidget, Variant] = weakref.WeakKeyDictionary()
        self._target: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(8, 8, 8, 8)
        self._layout.setSpacing(6)
        self._keys: list[QPushButton] = []
        self._rows_widget: QWidget | None = None
        self._stale = True  # the rows are built when first needed, not at start-up
        self.hide()
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._on_focus_changed)

    # -- API ---------------------------------------------------------------------------------
    def attach(self, widget: TextField, variant: Variant = Variant.TEXT) -> None:
        """Use this ``variant`` whenever ``widget`` has focus (call once per field)."""
        self._variants[widget] = variant
        if isinstance(widget, QLineEdit):
            # no completion, no suggestions, nothing remembered (privacy; no prediction)
            widget.setCompleter(None)  # type: ignore[arg-type]
            if variant is Variant.NUMERIC:
                widget.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
            elif variant is Variant.EMAIL:
                widget.setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly)
        widget.setInputMethodHints(
            widget.inputMethodHints()
            | Qt.InputMethodHint.ImhNoPredictiveText
            | Qt.InputMethodHint.ImhNoAutoUppercase
            | Qt.InputMethodHint.ImhSensitiveData
        )
        if widget.hasFocus():
            self.show_for(widget)

    def set_language(self, language: str) -> None:
        if language != self.language:
            self.language = language
            self._rebuild()

    def apply_theme(self, theme: Theme) -> None:
        self.theme = theme
        self._rebuild()

    @property
    def keys(self) -> list[QPushButton]:
        """The keys of the current layout (built on first use)."""
        self._ensure_built()
        return self._keys

    @property
    def target(self) -> QWidget | None:
        return self._target

    def show_for(self, widget: QWidget) -> None:
        variant = self._variants.get(widget, Variant.TEXT)
        self._target = widget
        if variant is not self.variant:
            self.variant = variant
            self._stale = True
        self._ensure_built()
        self._mark_secret(
            isinstance(widget, QLineEdit) and widget.echoMode() != QLineEdit.EchoMode.Normal
        )
        self.show()
        self._keep_visible(widget)
        self.shown_for.emit(widget)

    def hide_keyboard(self) -> None:
        self._target = None
        if self.isVisible():
            self.hide()
            self.hidden_now.emit()

    def press(self, text: str) -> None:
        """Type ``text`` (one key's worth) into the target as real key events."""
        self._send(Qt.Key.Key_unknown, text)

    # -- building ----------------------------------------------------------------------------
    def _rebuild(self) -> None:
        """The layout changed: rebuild now if the keyboard shows, else when next needed."""
        self._stale = True
        if self.isVisible():
            self._ensure_built()

    def _ensure_built(self) -> None:
        if self._stale:
            self._stale = False
            self._build()

    def _rows(self) -> tuple[str, ...]:
        if self.variant is Variant.NUMERIC:
            return NUMERIC_ROWS
        if self.variant is Variant.EMAIL:
            return EMAIL_ROWS
        return LAYOUTS.get(self.language, LAYOUTS["en"])

    def _build(self) -> None:
        if self._rows_widget is not None:
            old = self._rows_widget
            self._layout.removeWidget(old)
            old.hide()
            old.setParent(None)
            old.deleteLater()
        rows_widget = QWidget(self)
        rows_widget.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft
            if self.language == "ar"
            else Qt.LayoutDirection.LeftToRight
        )
        grid = QVBoxLayout(rows_widget)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(6)
        self._keys = []
        side = self.theme.min_target
        for row in self._rows():
            line = QHBoxLayout()
            line.setSpacing(6)
            for char in row:
                key = self._key(char, char, side)
                key.clicked.connect(lambda _=False, c=char: self.press(c))
                line.addWidget(key)
            grid.addLayout(line)
        specials = QGridLayout()
        specials.setSpacing(6)
        entries: list[tuple[str, str, Qt.Key]] = []
        if self.variant is not Variant.NUMERIC:
            entries.append(
                ("space", QCoreApplication.translate("Keyboard", "Space"), Qt.Key.Key_Space)
            )
        entries.append(
            ("backspace", QCoreApplication.translate("Keyboard", "Delete"), Qt.Key.Key_Backspace)
        )
        entries.append(
            ("done", QCoreApplication.translate("Keyboard", "Hide keyboard"), Qt.Key.Key_unknown)
        )
        for column, (name, text, qt_key) in enumerate(entries):
            key = self._key(name, text, side)
            key.setObjectName(f"key-{name}")
            if name == "done":
                key.clicked.connect(self.hide_keyboard)
            elif name == "space":
                key.clicked.connect(lambda _=False: self._send(Qt.Key.Key_Space, " "))
            else:
                key.clicked.connect(lambda _=False, k=qt_key: self._send(k, ""))
            specials.addWidget(key, 0, column)
        grid.addLayout(specials)
        self._layout.addWidget(rows_widget)
        rows_widget.setVisible(True)  # at once, not on the next event loop turn
        self._rows_widget = rows_widget

    def _key(self, name: str, text: str, side: int) -> QPushButton:
        key = WrapButton(text)
        key.setObjectName(f"key-{name}")
        key.setProperty("role", "key")
        # keys never take focus: the text field keeps it, and typing goes there
        key.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        key.setAutoRepeat(False)
        key.setMinimumSize(side, side)
        key.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        key.setAccessibleName(text)
        self._keys.append(key)
        return key

    def _mark_secret(self, secret: bool) -> None:
        if self._rows_widget is not None:
            self._rows_widget.setProperty("speech", SILENT if secret else None)

    # -- typing ------------------------------------------------------------------------------
    def _send(self, key: Qt.Key, text: str) -> None:
        target = self._target
        if target is None:
            return
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text)
            QApplication.sendEvent(target, event)

    # -- following focus ---------------------------------------------------------------------
    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None or new.window() is not self.window():
            return
        if isinstance(new, (QLineEdit, QPlainTextEdit)) and not new.isReadOnly():
            self.show_for(new)
        elif not self.isAncestorOf(new):
            self.hide_keyboard()

    def _keep_visible(self, widget: QWidget) -> None:
        """Scroll the field into view above the keyboard (never covered)."""
        layout = self.window().layout()
        if layout is not None:
            layout.activate()
        parent = widget.parentWidget()
        while parent is not None:
            if isinstance(parent, QScrollArea):
                parent.ensureWidgetVisible(widget, 10, 10)
                break
            parent = parent.parentWidget()
