"""The on-screen PIN pad: fixed layout, masked echo, digits only into a bytearray.

The PIN never becomes a ``str``, a Qt property or a bare signal argument (SEC-05): digits go into
a ``bytearray`` that is handed to a plain callback on "OK" and zeroed by whoever verifies it; the
pad keeps no copy. A screen that passes the PIN on by a signal wraps it in :class:`EnteredPin`,
whose ``repr`` hides it. The layout never changes (random layouts break tactile and speech use), not
even in a right-to-left language: the pad keeps the ATM/phone order 1-2-3 from left to right.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QSizePolicy, QWidget

from ui.widgets.base import button, label, set_text

MAX_DIGITS = 8
MIN_DIGITS = 4  # PIV PINs are 6–8 digits; 4 allowed for national eID profiles
_KEYS = ("1", "2", "3", "4", "5", "6", "7", "8", "9", "clear", "0", "back")
_DIGIT_KEYS = {getattr(Qt.Key, f"Key_{d}"): d for d in "0123456789"}


@dataclass(frozen=True, eq=False)
class EnteredPin:
    """A PIN (or library password, UTF-8) on its way through a Qt signal to whoever checks it.

    The digits stay out of ``repr`` and ``str``, so out of a log line or a test report that
    prints a signal's arguments (neither shows the length either). The same ``bytearray``
    travels (an object signal carries a reference, never a copy): the receiver hands
    :attr:`digits` to the verifier, which zeroes them, or calls :meth:`wipe`.
    """

    digits: bytearray = field(repr=False)

    def wipe(self) -> None:
        """Zero the digits in place."""
        self.digits[:] = bytes(len(self.digits))


class PinPad(QWidget):
    """Signals:
    digit_entered(): a digit was added (for a tone; never which digit).
    cleared(): the entry was cleared.
    """

    digit_entered = Signal()
    cleared = Signal()

    def __init__(self, on_submit: Callable[[bytearray], None], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("pinpad")
        self._on_submit = on_submit
        self._digits = bytearray()
        # ATM/phone layout in every language: an RTL session must not mirror it into 3-2-1
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        grid = QGridLayout(self)
        grid.setSpacing(12)
        self.echo = label("countdown", name="pinpad-echo", centred=True)
        self.echo.setAccessibleName("")
        grid.addWidget(self.echo, 0, 0, 1, 3)
        self.keys: dict[str, QPushButton] = {}
        for index, key in enumerate(_KEYS):
            key_button = button("primary" if key.isdigit() else "", name=f"pinpad-{key}")
            key_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            key_button.clicked.connect(lambda _=False, k=key: self._press(k))
            grid.addWidget(key_button, 1 + index // 3, index % 3)
            self.keys[key] = key_button
        self.ok_button = button("primary", name="pinpad-ok")
        self.ok_button.clicked.connect(self.submit)
        grid.addWidget(self.ok_button, 5, 0, 1, 3)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.retranslate()
        self._show()

    def retranslate(self) -> None:
        for digit in "0123456789":
            set_text(self.keys[digit], digit)
        set_text(self.keys["clear"], self.tr("Clear"))
        set_text(self.keys["back"], self.tr("Delete"))
        set_text(self.ok_button, self.tr("OK"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if key in _DIGIT_KEYS:
            self._press(_DIGIT_KEYS[key])
        elif key == Qt.Key.Key_Backspace:
            self._press("back")
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
        else:
            super().keyPressEvent(event)

    def _press(self, key: str) -> None:
        if key.isdigit():
            if len(self._digits) < MAX_DIGITS:
                self._digits.append(ord(key))
                self.digit_entered.emit()
        elif key == "back":
            if self._digits:
                self._digits[-1] = 0
                del self._digits[-1]
        elif key == "clear":
            self.clear()
            self.cleared.emit()
        self._show()

    def _show(self) -> None:
        self.echo.setText("●" * len(self._digits) if self._digits else " ")
        self.ok_button.setEnabled(len(self._digits) >= MIN_DIGITS)

    def clear(self) -> None:
        """Zero and forget every digit."""
        self._digits[:] = bytes(len(self._digits))
        self._digits = bytearray()
        self._show()

    def submit(self) -> None:
        """Hand the digits over (the receiver zeroes them) and keep nothing."""
        if len(self._digits) < MIN_DIGITS:
            return
        pin, self._digits = self._digits, bytearray()
        self._show()
        self._on_submit(pin)

    @property
    def length(self) -> int:
        return len(self._digits)

    def echo_label(self) -> QLabel:
        return self.echo
