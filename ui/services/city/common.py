"""Small pieces shared by the city service screens: money/date text, choice lists, fields."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from civic.money import Money
from kiosk.camera.scan_bridge import STATE_ABSENT, STATE_DISABLED, STATE_READY, CodeScanBridge
from kiosk.camera.scan_payloads import ScanPayload
from kiosk.records.receipts import format_amount
from ui import formatting
from ui.assist import assist_for
from ui.keyboard import Variant, declare
from ui.services.step import Step
from ui.widgets.base import button, set_text


def money_text(money: Money, language: str) -> str:
    return format_amount(money, language)


def session_language() -> str:
    """The session language (ui/i18n sets Qt's default locale to it on every switch)."""
    return QLocale().name().split("_")[0]


def date_text(day: dt.date) -> str:
    """``8 December 2026`` in the session language (never an ISO string on screen)."""
    return formatting.date_text(day, session_language())


def time_text(start: dt.datetime, end: dt.datetime | None = None) -> str:
    """``Tuesday 8 December, 10:00–10:45``: local time, the session language's weekday."""
    return formatting.when_text(start, end, session_language())


def online(step: Step) -> bool:
    sync = step.service.context.sync
    return sync is None or sync.online


def attach_keyboard(step: Step, field: QLineEdit | QPlainTextEdit, variant: Variant) -> None:
    """Give ``field`` the window's on-screen keyboard in ``variant`` (a step shown before its
    screen is in the window declares it: the keyboard adopts the field on its first focus)."""
    assist = assist_for(step)
    if assist is not None:
        assist.keyboard.attach(field, variant)
    else:
        declare(field, variant)


class ScanningStep(Step):
    """A step that reads codes with the camera scanner (a bill's QR, a receipt's QR): starts and
    stops the scanner and follows its state. Subclasses call :meth:`follow_scanner`, show
    ``scan_state`` in ``retranslate`` and say what a code read (:meth:`on_payload`) or refused
    (:meth:`_rejected`) means."""

    scanner: CodeScanBridge | None
    scan_state: str
    scan_status: QLabel

    def follow_scanner(self, scan_button: QPushButton) -> None:
        """Take the scanner the composition root built on the started core's camera (demo: the
        demo scene; None while the core is still starting: typing only), follow it, and start it
        from ``scan_button`` (disabled without a camera)."""
        self.scanner = self.service.context.scan_bridge(self)
        if self.scanner is not None:
            self.scanner.state_changed.connect(self._scan_state)
            self.scanner.payload_read.connect(self.on_payload)
            self.scanner.rejected.connect(self._rejected)
        scan_button.clicked.connect(self.start_scan)
        available = self.scanner is not None and self.scanner.available
        self.scan_state = "" if available else STATE_DISABLED
        scan_button.setEnabled(available)

    def show_scan_state(self, *, disabled: str, absent: str, ready: str, starting: str) -> None:
        """The scan status line (``scan_status``) for the scanner's state: no camera, camera not
        working, ready, starting; hidden when the scanner is idle."""
        state = self.scan_state
        texts = {STATE_DISABLED: disabled, STATE_ABSENT: absent, STATE_READY: ready}
        text = texts.get(state, starting if state else "")
        set_text(self.scan_status, text)
        self.scan_status.setVisible(bool(text))

    def on_payload(self, payload: ScanPayload) -> None:
        """The scanner read a code it accepts (which one is for the subclass to check)."""

    def _rejected(self, key: str) -> None:
        """The scanner read a code it refuses (``key`` says why)."""

    def start_scan(self) -> None:
        self.service.show_message("")
        if self.scanner is not None:
            self.scanner.start()

    def stop_scan(self) -> None:
        if self.scanner is not None:
            self.scanner.stop()
        if self.scan_state not in (STATE_DISABLED, STATE_ABSENT):
            self.scan_state = ""
        self.retranslate()

    def _scan_state(self, state: str) -> None:
        self.scan_state = state
        if state in (STATE_DISABLED, STATE_ABSENT) and self.scanner is not None:
            self.scanner.stop()
        self.retranslate()


def text_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setMaxLength(200)
    return field


class ButtonList(QWidget):
    """A column of large buttons, rebuilt from a list of (name, text) pairs."""

    def __init__(self, parent: QWidget | None = None, *, style: str = "") -> None:
        super().__init__(parent)
        self._style = style  # the buttons' look (``button``'s role: "", "tile"...)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.buttons: list[QPushButton] = []

    def set_items(self, items: list[tuple[str, str]]) -> list[QPushButton]:
        for old in self.buttons:
            self._layout.removeWidget(old)
            old.deleteLater()
        self.buttons = []
        for name, text in items:
            widget = button(self._style, name=name)
            widget.setText(text)
            widget.setAccessibleName(text.replace("\n", " "))
            self._layout.addWidget(widget)
            widget.show()  # now, not at the layout's deferred show (the list may be on screen)
            self.buttons.append(widget)
        return self.buttons

    def set_spacing(self, pixels: int) -> None:
        """The gap between the buttons (the style's by default)."""
        self._layout.setSpacing(pixels)

    def set_texts(self, texts: list[str]) -> None:
        for widget, text in zip(self.buttons, texts, strict=True):
            widget.setText(text)
            widget.setAccessibleName(text.replace("\n", " "))
