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

Letters layouts (TEXT, LONG_TEXT) have a Shift key (one tap: the next letter is a capital; a
second tap: caps lock; a third: off; the key shows which, and the letters on the keys follow)
where the language has capitals, and a symbols layer (``?123``) with the punctuation people
need, per language. NUMERIC (digits only) and DECIMAL (a number or amount) are keypads that
keep the phone layout 1-2-3 from left to right in every language. LONG_TEXT adds a "Clear all"
key. What a field finally accepts is up to the field (a validator filters hardware keys and
paste too; see ``ui/forms/engine.py``).

A tap never gets lost: when a tap moves the focus away from the field (a button inside a
scrolling page), the keyboard stays until the finger is lifted, so nothing moves between the
press and the release; only then it hides (and not at all when the tap focused another field).
"""

from __future__ import annotations

import contextlib
import enum
import unicodedata
import weakref

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QValidator
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

from ui.speech import SILENT
from ui.theme import Theme
from ui.widgets.base import WrapButton


class Variant(enum.Enum):
    TEXT = "text"
    EMAIL = "email"
    NUMERIC = "numeric"
    DECIMAL = "decimal"  # a number or an amount: digits and a separator
    LONG_TEXT = "long_text"  # TEXT with a "Clear all" key


class Shift(enum.Enum):
    OFF = "off"
    ONCE = "once"  # the next letter is a capital
    LOCKED = "locked"  # caps lock


LAYOUTS: dict[str, tuple[str, ...]] = {
    "en": ("1234567890", "qwertyuiop", "asdfghjkl'", "zxcvbnm,.-"),
    "es": ("1234567890", "qwertyuiop", "asdfghjklñ", "zxcvbnm,.-", "áéíóúü¿¡"),
    "fr": ("1234567890", "azertyuiop", "qsdfghjklm", "wxcvbn,.'-", "éèêàçùâîôë"),
    "ar": ("١٢٣٤٥٦٧٨٩٠", "ضصثقفغعهخحج", "شسيبلاتنمكط", "ئءؤرىةوزظد", "ذأإآ،.؟"),
}
"""Character rows per language (small letters; Shift gives capitals where a language has them;
one tap, one character; A11Y-24)."""

SYMBOL_ROWS: dict[str, tuple[str, ...]] = {
    "en": ("1234567890", "?!@.,-'\"", ":;()/&_+*#", "€£$%=<>"),
    "es": ("1234567890", "?!¿¡@.,-'\"", ":;()/&_+*#", "€$%ºª«»"),
    "fr": ("1234567890", "?!@.,-'\"", ":;()/&_+*#", "€$%«»’°"),
    "ar": ("1234567890", "؟!@.،-'\"", ":؛()/&_+*#", "€$٪«»=~"),
}
"""The symbols layer per language (the ``?123`` key); the letters layout stays as it is."""

CASELESS_LANGUAGES = frozenset({"ar"})
"""Languages whose script has no capitals: no Shift key."""

EMAIL_ROWS = ("1234567890", "qwertyuiop", "asdfghjkl_", "zxcvbnm.-@")
NUMERIC_ROWS = ("123", "456", "789", "0")
DECIMAL_ROWS = ("123", "456", "789", ",0.")
KEYPAD_VARIANTS = frozenset({Variant.NUMERIC, Variant.DECIMAL})
LETTER_VARIANTS = frozenset({Variant.TEXT, Variant.LONG_TEXT})

TextField = QLineEdit | QPlainTextEdit

VARIANT_PROPERTY = "keyboardVariant"
"""The dynamic property a field declares its keys in (:func:`declare`)."""


def declare(widget: TextField, variant: Variant) -> None:
    """Give ``widget`` the input rule of ``variant`` and say which keys it needs, also where no
    keyboard is at hand yet (a service's first page is built before its screen is in the
    window): the window's keyboard adopts the field when it first gets focus."""
    widget.setProperty(VARIANT_PROPERTY, variant.value)
    if isinstance(widget, QLineEdit):
        # no completion, no suggestions, nothing remembered (privacy; no prediction)
        widget.setCompleter(None)  # type: ignore[arg-type]
        if variant is Variant.NUMERIC:
            widget.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        elif variant is Variant.DECIMAL:
            widget.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
        elif variant is Variant.EMAIL:
            widget.setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly)
        rule: object = widget.validator()  # None without one (the stubs say otherwise)
        if variant in KEYPAD_VARIANTS and not isinstance(rule, QValidator):
            # a keypad field accepts nothing else, from any keyboard (a form's field
            # brings its own rule: ui.forms.engine.FieldValidator)
            widget.setValidator(KeepDigits(variant is Variant.DECIMAL, widget))
    widget.setInputMethodHints(
        widget.inputMethodHints()
        | Qt.InputMethodHint.ImhNoPredictiveText
        | Qt.InputMethodHint.ImhNoAutoUppercase
        | Qt.InputMethodHint.ImhSensitiveData
    )


class KeepDigits(QValidator):
    """What a keypad field without a rule of its own keeps of what is typed or pasted (a
    hardware keyboard, paste): digits (any script's, as 0-9) and, for an amount, one decimal
    separator. Letters, spaces, dashes and emoji are dropped, not refused (#16 item 1)."""

    def __init__(self, decimal: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.decimal = decimal

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        kept: list[str] = []
        separator = False
        for char in text:
            if char.isdigit():
                kept.append(str(unicodedata.digit(char, 0)))
            elif self.decimal and char in ".," and not separator:
                kept.append(char)
                separator = True
        result = "".join(kept)
        if result != text:
            pos = max(0, min(len(result), pos - (len(text) - len(result))))
        return QValidator.State.Acceptable, result, pos


class OnScreenKeyboard(QWidget):
    """Signals:
    opening(QWidget): the keyboard is about to appear (or change field); room can be made.
    shown_for(QWidget): the keyboard appeared for this field.
    hidden_now(): the keyboard was hidden.
    shift_changed(): Shift or the symbols layer was switched (the keys show the new state).
    """

    opening = Signal(QWidget)
    shown_for = Signal(QWidget)
    hidden_now = Signal()
    shift_changed = Signal()

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
        self._watched_fields: weakref.WeakSet[QWidget] = weakref.WeakSet()  # destroyed connected
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(8, 8, 8, 8)
        self._layout.setSpacing(6)
        self._keys: list[QPushButton] = []
        self._char_keys: list[tuple[QPushButton, str]] = []
        self.shift = Shift.OFF
        self.symbols = False
        self._shift_key: QPushButton | None = None
        self._symbols_key: QPushButton | None = None
        self._hide_after_release = False
        self._release_watch = _ReleaseWatch(self)
        self._field_watch = _FieldWatch(self)
        self._rows_widget: QWidget | None = None
        self._stale = True  # the rows are built when first needed, not at start-up
        self.hide()
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._on_focus_changed)

    # -- API ---------------------------------------------------------------------------------
    def attach(self, widget: TextField, variant: Variant = Variant.TEXT) -> None:
        """Use this ``variant`` whenever ``widget`` has focus (call once per field)."""
        self._configure(widget, variant)
        if widget.hasFocus():
            self.show_for(widget)

    def _configure(self, widget: TextField, variant: Variant) -> None:
        declare(widget, variant)
        self._variants[widget] = variant

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

    def variant_for(self, widget: QWidget) -> Variant:
        """The keys ``widget`` gets when it has focus (attached or declared; else TEXT)."""
        attached = self._variants.get(widget)
        if attached is not None:
            return attached
        declared = widget.property(VARIANT_PROPERTY)
        known = {v.value: v for v in Variant}
        return known.get(declared, Variant.TEXT) if isinstance(declared, str) else Variant.TEXT

    def show_for(self, widget: QWidget) -> None:
        if widget not in self._variants and isinstance(widget, (QLineEdit, QPlainTextEdit)):
            self._configure(widget, self.variant_for(widget))  # declared before a keyboard
        variant = self._variants.get(widget, Variant.TEXT)
        self._hide_after_release = False
        if widget is not self._target:
            self.shift = Shift.OFF  # a new field starts in small letters and letters
            if self.symbols:
                self.symbols = False
                self._stale = True
            if widget not in self._watched_fields:
                # a field dropped with its step (the step after it replaced it) takes the
                # keyboard with it: nothing is left to type into, nor to touch again
                self._watched_fields.add(widget)
                widget.destroyed.connect(self._on_field_destroyed)
        self._target = widget
        if variant is not self.variant:
            self.variant = variant
            self._stale = True
        self._ensure_built()
        self._mark_secret(
            isinstance(widget, QLineEdit) and widget.echoMode() != QLineEdit.EchoMode.Normal
        )
        # before it takes its room: what listens may make room first (the top bar on a
        # landscape screen; showing a widget re-lays out the window at once)
        self.opening.emit(widget)
        self.show()
        self._keep_visible(widget)
        # and again whenever the page moves the field (texts re-wrap when the viewport narrows
        # for its scroll bar, content arrives) or the viewport changes size
        self._field_watch.watch(widget)
        self.shown_for.emit(widget)

    def _keep_target_visible(self) -> None:
        target = self._target
        if target is not None and self.isVisible() and target.isVisible():
            self._keep_visible(target)

    def _on_field_destroyed(self, destroyed: QObject | None = None) -> None:
        # ``destroyed`` is the dying object's C++ side: compare by what is still valid
        target = self._target
        if target is None or not shiboken6.isValid(target):
            self.hide_keyboard()

    def hide_keyboard(self) -> None:
        self._hide_after_release = False
        self._target = None
        self._field_watch.stop()
        self.shift = Shift.OFF
        if self.isVisible():
            self.hide()
            self.hidden_now.emit()

    def press(self, text: str) -> None:
        """Type ``text`` (one key's worth) into the target as real key events."""
        self._send(Qt.Key.Key_unknown, text)

    def tap_shift(self) -> None:
        """Off → one capital → caps lock → off."""
        order = (Shift.OFF, Shift.ONCE, Shift.LOCKED)
        self._set_shift(order[(order.index(self.shift) + 1) % len(order)])

    def toggle_symbols(self) -> None:
        """Switch between the letters and the symbols layer."""
        self.symbols = not self.symbols
        self.shift = Shift.OFF
        self._stale = True
        self._ensure_built()
        self._mark_secret(self._is_secret())
        self.shift_changed.emit()

    def clear_all(self) -> None:
        """Empty the target field (select all, then one Delete: undoable like typing)."""
        target = self._target
        if isinstance(target, QLineEdit | QPlainTextEdit):
            target.selectAll()
            self._send(Qt.Key.Key_Backspace, "")

    def char_for(self, char: str) -> str:
        """What the key for ``char`` types now (a capital while Shift is on)."""
        if self.shift is Shift.OFF:
            return char
        upper = char.upper()
        return upper if len(upper) == 1 else char

    @property
    def has_shift(self) -> bool:
        """The current layout has a Shift key (letters, in a language with capitals)."""
        return (
            self.variant in LETTER_VARIANTS
            and not self.symbols
            and self.language not in CASELESS_LANGUAGES
        )

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
        if self.variant is Variant.DECIMAL:
            return DECIMAL_ROWS
        if self.variant is Variant.EMAIL:
            return EMAIL_ROWS
        if self.symbols:
            return SYMBOL_ROWS.get(self.language, SYMBOL_ROWS["en"])
        return LAYOUTS.get(self.language, LAYOUTS["en"])

    def _build(self) -> None:
        if self._rows_widget is not None:
            old = self._rows_widget
            self._layout.removeWidget(old)
            old.hide()
            old.setParent(None)
            old.deleteLater()
        rows_widget = QWidget(self)
        keypad = self.variant in KEYPAD_VARIANTS
        # keys sit where every keyboard of the language has them, in every language: keypads
        # in the phone layout (1-2-3 left to right), letters as printed on the language's own
        # keyboards (Arabic too: ض top left, the number row ١ to ٠ left to right; a mirrored
        # row put ض top right and read ٠٩٨…١, #16 item 7)
        rows_widget.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        grid = QVBoxLayout(rows_widget)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(6)
        self._keys = []
        self._char_keys = []
        self._shift_key = None
        self._symbols_key = None
        side = self.theme.min_target
        rows = self._rows()
        for index, row in enumerate(rows):
            line = QHBoxLayout()
            line.setSpacing(6)
            if self.has_shift and index == min(3, len(rows) - 1):
                line.addWidget(self._make_shift_key(side))  # left of "z", as on every keyboard
            for char in row:
                key = self._key(char, char, side)
                key.clicked.connect(lambda _=False, c=char: self._type_char(c))
                self._char_keys.append((key, char))
                line.addWidget(key)
            if self.variant is Variant.LONG_TEXT and index == 0:
                # top right, away from Delete: emptying a long text is never a slip
                clear = self._key(
                    "clear", QCoreApplication.translate("Keyboard", "Clear all"), side
                )
                clear.clicked.connect(lambda _=False: self.clear_all())
                line.addWidget(clear)
            grid.addLayout(line)
        # the character keys come first in ``keys``, in row order; the others after them
        self._keys.sort(key=lambda k: (k.objectName() in ("key-shift", "key-clear")))
        specials = QGridLayout()
        specials.setSpacing(6)
        entries: list[tuple[str, str, Qt.Key]] = []
        if self.variant in LETTER_VARIANTS:
            entries.append(("symbols", self._symbols_text(), Qt.Key.Key_unknown))
        if not keypad:
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
            elif name == "symbols":
                key.clicked.connect(lambda _=False: self.toggle_symbols())
                self._symbols_key = key
            else:
                key.clicked.connect(lambda _=False, k=qt_key: self._send(k, ""))
            if name == "symbols":
                key.setAccessibleName(self._symbols_name())
            # Space is wider than the other keys, as on every keyboard; "Hide keyboard" gets
            # room for its words on one line where the screen is wide
            specials.addWidget(key, 0, column)
            specials.setColumnStretch(column, 3 if name in ("space", "done") else 2)
        grid.addLayout(specials)
        self._layout.addWidget(rows_widget)
        rows_widget.setVisible(True)  # at once, not on the next event loop turn
        self._rows_widget = rows_widget
        self._show_shift()

    def _make_shift_key(self, side: int) -> QPushButton:
        key = self._key("shift", "⇧", side)
        key.setCheckable(True)
        key.clicked.connect(lambda _=False: self.tap_shift())
        self._shift_key = key
        return key

    def _symbols_text(self) -> str:
        # the labels of the layer key: the language's first letters, or a symbol and digits
        return (
            QCoreApplication.translate("Keyboard", "abc")
            if self.symbols
            else QCoreApplication.translate("Keyboard", "?123")
        )

    def _symbols_name(self) -> str:
        """What speech says for the layer key: where it leads."""
        return (
            QCoreApplication.translate("Keyboard", "Letters")
            if self.symbols
            else QCoreApplication.translate("Keyboard", "Symbols")
        )

    def _set_shift(self, shift: Shift) -> None:
        if shift is not self.shift:
            self.shift = shift
            self._show_shift()
            self.shift_changed.emit()

    def _show_shift(self) -> None:
        """Letters and the Shift key show the state: capitals on the keys, the key lit, and
        its name says caps lock."""
        for key, char in self._char_keys:
            shown = self.char_for(char)
            if key.accessibleName() != shown:
                key.setText(_shown(shown))
                key.setAccessibleName(shown)
        shift_key = self._shift_key
        if shift_key is None:
            return
        # the key is lit while on; caps lock shows its own symbol and a double border
        texts = {
            Shift.OFF: ("⇧", QCoreApplication.translate("Keyboard", "Shift")),
            Shift.ONCE: ("⇧", QCoreApplication.translate("Keyboard", "Shift: on")),
            Shift.LOCKED: ("⇪", QCoreApplication.translate("Keyboard", "Caps lock: on")),
        }
        arrow, name = texts[self.shift]
        shift_key.setChecked(self.shift is not Shift.OFF)
        shift_key.setProperty("shift", self.shift.value)
        shift_key.setText(arrow)
        shift_key.setAccessibleName(name)
        shift_key.style().unpolish(shift_key)
        shift_key.style().polish(shift_key)

    def _type_char(self, char: str) -> None:
        self.press(self.char_for(char))
        if self.shift is Shift.ONCE:
            self._set_shift(Shift.OFF)

    def _is_secret(self) -> bool:
        widget = self._target
        return isinstance(widget, QLineEdit) and widget.echoMode() != QLineEdit.EchoMode.Normal

    def _key(self, name: str, text: str, side: int) -> QPushButton:
        key = WrapButton(_shown(text))
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
            if QApplication.mouseButtons() != Qt.MouseButton.NoButton and self.isVisible():
                # a finger is down (the press gave focus to a page): hiding now would move
                # the button under it and lose the tap; hide once it is lifted
                self._hide_after_release = True
                self._release_watch.arm()
            else:
                self.hide_keyboard()

    def _released(self) -> None:
        """The finger was lifted (the tap was delivered): hide now unless a field has focus."""
        if not self._hide_after_release:
            return
        self._hide_after_release = False
        focus = QApplication.focusWidget()
        editable = isinstance(focus, (QLineEdit, QPlainTextEdit)) and not focus.isReadOnly()
        if editable and focus is not None and focus.window() is self.window():
            self.show_for(focus)
            return
        self.hide_keyboard()

    def _keep_visible(self, widget: QWidget) -> None:
        """Scroll the field into view above the keyboard (never covered), with the screen's
        primary action (its Next button) too when both fit."""
        layout = self.window().layout()
        if layout is not None:
            layout.activate()
        parent = widget.parentWidget()
        primary: QWidget | None = None
        while parent is not None:
            action = getattr(parent, "next_button", None)
            if primary is None and isinstance(action, QPushButton) and action.isVisible():
                primary = action
            if isinstance(parent, QScrollArea):
                if primary is None:
                    primary = _next_button_above(parent)
                if primary is not None and parent.isAncestorOf(primary):
                    _show_whole(parent, primary)
                # every enclosing scroll area: a field in a scrolled box on a scrolled page
                _show_whole(parent, widget)
            parent = parent.parentWidget()


def _show_whole(area: QScrollArea, widget: QWidget) -> None:
    """Scroll ``area`` so that all of ``widget`` is in view (with 10 px around it).

    ``ensureWidgetVisible`` shows only a focused field's text cursor, which leaves the rest of
    the field under the keyboard."""
    content = area.widget()
    if content is None or not content.isAncestorOf(widget):
        return
    corner = widget.mapTo(content, QPoint(0, 0))
    half_w, half_h = widget.width() // 2, widget.height() // 2
    area.ensureVisible(corner.x() + half_w, corner.y() + half_h, half_w + 10, half_h + 10)


def _shown(text: str) -> str:
    """A key's label: "&" is a mnemonic marker on a button, "&&" shows it."""
    return text.replace("&", "&&")


def _next_button_above(area: QScrollArea) -> QWidget | None:
    parent: QWidget | None = area
    while parent is not None:
        action = getattr(parent, "next_button", None)
        if isinstance(action, QPushButton) and action.isVisible():
            return action
        parent = parent.parentWidget()
    return None


class _FieldWatch(QObject):
    """While the keyboard is open, keeps the field being typed in wholly in view: when the page
    re-lays out and moves the field, or a scroll viewport around it changes size, the page is
    scrolled back to it (once per burst of events, after they are delivered). A resident's own
    scrolling moves the page, not the field, and is left alone."""

    def __init__(self, keyboard: OnScreenKeyboard) -> None:
        super().__init__(keyboard)
        self._keyboard = keyboard
        self._watched: list[QWidget] = []
        self._due = False

    def watch(self, field: QWidget) -> None:
        self.stop()
        watched = [field]
        parent = field.parentWidget()
        while parent is not None:
            if isinstance(parent, QScrollArea):
                watched.append(parent.viewport())
            parent = parent.parentWidget()
        for widget in watched:
            widget.installEventFilter(self)
        self._watched = watched

    def stop(self) -> None:
        for widget in self._watched:
            with contextlib.suppress(RuntimeError):  # already deleted (a screen dropped)
                widget.removeEventFilter(self)
        self._watched = []

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if not self._due and event.type() in (QEvent.Type.Move, QEvent.Type.Resize):
            self._due = True
            QTimer.singleShot(0, self._refit)
        return False

    def _refit(self) -> None:
        self._due = False
        self._keyboard._keep_target_visible()


class _ReleaseWatch(QObject):
    """Watches the application for the release of the press that moved the focus (only
    while armed: no application-wide filter the rest of the time)."""

    def __init__(self, keyboard: OnScreenKeyboard) -> None:
        super().__init__(keyboard)
        self._keyboard = keyboard
        self._armed = False

    def arm(self) -> None:
        if not self._armed:
            self._armed = True
            app = QApplication.instance()
            if app is not None:
                app.installEventFilter(self)

    def _disarm(self) -> None:
        self._armed = False
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() in (
            QEvent.Type.MouseButtonRelease,
            QEvent.Type.TouchEnd,
            QEvent.Type.TouchCancel,
        ):
            self._disarm()
            # after the release has been delivered (the button's click runs first)
            QTimer.singleShot(0, self._keyboard._released)
        return False
