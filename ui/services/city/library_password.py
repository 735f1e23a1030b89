"""The library password entry: what the site's library system takes (``[library] password``).

``digits`` (the default): the ATM-style :class:`PinPad`, fixed layout, masked. ``text`` (Koha,
Evergreen passwords with letters): a masked field typed on the window's on-screen keyboard
(its fixed Latin layout: letters, digits, ``_ . - @``, the same in every language, like the
PIN pad), a "Capital letters" key of its own (the keyboard has no shift layer), a show/hide
toggle and OK. Both hand a ``bytearray`` (UTF-8) to ``on_submit`` and keep nothing; the
receiver zeroes it. A password outside the site's length bounds, or with characters the
library link cannot carry, is refused here with a clear message before anything is sent (no
try used up). Nothing here logs, and the field never holds the text after OK, Clear or wipe.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from kiosk.services import library
from ui.assist import assist_for
from ui.keyboard import Variant
from ui.widgets.base import button, label, set_text
from ui.widgets.pinpad import PinPad


class PasswordField(QLineEdit):
    """A masked line edit; with ``capitals`` on, letters typed go in as capitals."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.capitals = False
        # a password is typed left to right in every language (an Arabic session too)
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)  # no copy, no paste
        self.setDragEnabled(False)
        self.setAcceptDrops(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if self.capitals and len(text) == 1 and text.isalpha() and text != text.upper():
            event = QKeyEvent(event.type(), event.key(), event.modifiers(), text.upper())
        super().keyPressEvent(event)


class LibraryPasswordEntry(QWidget):
    """The entry for one site's library password (``rule``); ``on_submit(bytearray)``."""

    def __init__(
        self,
        rule: library.PasswordRule,
        on_submit: Callable[[bytearray], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("library-password-entry")
        self.rule = rule
        self._on_submit = on_submit
        self._problem: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.bounds = label("body", name="library-password-bounds")
        self.problem = label("subtitle", name="library-password-problem")
        self.problem.hide()
        layout.addWidget(self.bounds)
        layout.addWidget(self.problem)
        self.pinpad: PinPad | None = None
        self.field: PasswordField | None = None
        if not rule.text:
            self.pinpad = PinPad(self._digits)
            self.pinpad.digit_entered.connect(self._clear_problem)
            layout.addWidget(self.pinpad, 1)
            self.focus_widget: QWidget = self.pinpad
        else:
            self.field = PasswordField()
            self.field.setObjectName("library-password-field")
            self.field.setMaxLength(rule.max_length)
            self.field.textEdited.connect(self._edited)
            self.field.returnPressed.connect(self.submit)
            layout.addWidget(self.field)
            toggles = QHBoxLayout()
            self.show_button = button(name="library-password-show")
            self.show_button.setCheckable(True)
            self.show_button.toggled.connect(self._show_toggled)
            self.capitals_button = button(name="library-password-capitals")
            self.capitals_button.setCheckable(True)
            self.capitals_button.toggled.connect(self._capitals_toggled)
            self.clear_button = button(name="library-password-clear")
            self.clear_button.clicked.connect(self.clear)
            for widget in (self.show_button, self.capitals_button, self.clear_button):
                toggles.addWidget(widget)
            layout.addLayout(toggles)
            self.ok_button = button("primary", name="library-password-ok")
            self.ok_button.clicked.connect(self.submit)
            layout.addWidget(self.ok_button)
            layout.addStretch(1)
            self.focus_widget = self.field
        self.retranslate()
        self._enable()

    # -- the keyboard -------------------------------------------------------------------------
    def attach_keyboard(self) -> None:
        """Give the text field the window's on-screen keyboard (once in the window)."""
        assist = assist_for(self)
        if self.field is not None and assist is not None:
            assist.keyboard.attach(self.field, Variant.EMAIL)

    def _keyboard_follows(self) -> None:
        """Shown or hidden: the keyboard speaks letters only while the text shows."""
        assist = assist_for(self)
        field = self.field
        if field is not None and assist is not None and assist.keyboard.target is field:
            assist.keyboard.show_for(field)

    def release_keyboard(self) -> None:
        """The entry is going away (checking, locked): the keyboard goes with it."""
        assist = assist_for(self)
        field = self.field
        if field is not None and assist is not None and assist.keyboard.target is field:
            assist.keyboard.hide_keyboard()

    # -- entry --------------------------------------------------------------------------------
    def _digits(self, pin: bytearray) -> None:
        if len(pin) < self.rule.min_length or len(pin) > self.rule.max_length:
            pin[:] = bytes(len(pin))
            self._set_problem("library.password_length")
            return
        self._clear_problem()
        self._on_submit(pin)

    def _edited(self, _text: str) -> None:
        self._clear_problem()
        self._enable()

    def _show_toggled(self, shown: bool) -> None:
        if self.field is not None:
            self.field.setEchoMode(
                QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
            )
            self._keyboard_follows()
        self.retranslate()

    def _capitals_toggled(self, on: bool) -> None:
        if self.field is not None:
            self.field.capitals = on
        self.retranslate()

    def _enable(self) -> None:
        if self.field is not None:
            self.ok_button.setEnabled(len(self.field.text()) >= 1)

    def submit(self) -> None:
        """Check the text against the site's rule; hand it over as UTF-8 and keep nothing."""
        field = self.field
        if field is None or not field.text():
            return
        text = field.text()
        problem = self.rule.problem(text)
        if problem is not None:
            self._set_problem(problem)
            return
        secret = bytearray(text.encode("utf-8"))
        del text
        self.clear()
        self._on_submit(secret)

    def clear(self) -> None:
        """Forget what was typed (and hide it again)."""
        if self.pinpad is not None:
            self.pinpad.clear()
        if self.field is not None:
            self.field.clear()
            self.show_button.setChecked(False)
            self.capitals_button.setChecked(False)
        self._clear_problem()
        self._enable()

    def wipe(self) -> None:
        self.clear()

    def focus_entry(self) -> None:
        """Focus the pad, or the field with the on-screen keyboard up at once (the step is
        there to type the password; a window that is not active gets no focus events)."""
        self.focus_widget.setFocus(Qt.FocusReason.OtherFocusReason)
        assist = assist_for(self)
        field = self.field
        if field is not None and assist is not None and field.isVisibleTo(self.window()):
            assist.keyboard.attach(field, Variant.EMAIL)
            assist.keyboard.show_for(field)

    # -- texts --------------------------------------------------------------------------------
    def _set_problem(self, key: str) -> None:
        self._problem = key
        self.retranslate()

    def _clear_problem(self) -> None:
        if self._problem is not None:
            self._problem = None
            self.retranslate()

    def bounds_text(self) -> str:
        low, high = self.rule.min_length, self.rule.max_length
        if not self.rule.text:
            if low == high:
                return self.tr("Your library PIN has %n digit(s).", "", high)
            return self.tr("Your library PIN has %1 to %n digits.", "", high).replace(
                "%1", str(low)
            )
        if low == high:
            return self.tr("Your library password has %n character(s).", "", high)
        return self.tr("Your library password has %1 to %n characters.", "", high).replace(
            "%1", str(low)
        )

    def problem_text(self) -> str:
        if self._problem == "library.password_length":
            low, high = self.rule.min_length, self.rule.max_length
            if not self.rule.text:
                return self.tr(
                    "A library PIN here has %1 to %n digits. Please type it again.", "", high
                ).replace("%1", str(low))
            return self.tr(
                "A library password here has %1 to %n characters. Please check it and "
                "press OK again.",
                "",
                high,
            ).replace("%1", str(low))
        if self._problem == "library.password_characters":
            return self.tr(
                "This password has a character the library system cannot take. Library "
                "staff can help you."
            )
        return ""

    def retranslate(self) -> None:
        set_text(self.bounds, self.bounds_text())
        set_text(self.problem, self.problem_text())
        self.problem.setVisible(self._problem is not None)
        if self.field is not None:
            shown = self.show_button.isChecked()
            self.field.setAccessibleName(self.tr("Library password"))
            self.field.setPlaceholderText(self.tr("Library password"))
            set_text(
                self.show_button, self.tr("Hide password") if shown else self.tr("Show password")
            )
            set_text(
                self.capitals_button,
                self.tr("Capital letters: on")
                if self.capitals_button.isChecked()
                else self.tr("Capital letters: off"),
            )
            set_text(self.clear_button, self.tr("Clear"))
            set_text(self.ok_button, self.tr("OK"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
