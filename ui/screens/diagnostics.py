"""Technician diagnostics (OPS-05, OPS-06): device health, self-tests, dead letters, reprint and
encrypted log export. Offered only to :attr:`Role.TECHNICIAN` (card + PIN).

Shows states, counts, ages and problem keys from :mod:`kiosk.diagnostics.report`; never a queue
item's contents, never a resident's data. Every self-test and every queue/printer action runs on the
screen's own worker thread; results come back to the GUI thread through a queued signal. Every
action is recorded in the audit log (:class:`kiosk.records.audit_trail.TechnicianAudit`).
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import datetime as dt
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, QTime, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QWidget

from kiosk.diagnostics.report import Check, Diagnostics, Report
from kiosk.diagnostics.text import CONTEXT, advice
from kiosk.records.audit_trail import TechnicianAudit
from kiosk.sync.deadletter_reasons import CONTEXT as DECISION_CONTEXT
from kiosk.sync.deadletter_reasons import DECISION_CODES, DECISION_REASONS
from kiosk.sync.queue_ops import QueueOpError
from ui.services.context import ServiceContext
from ui.theme import Theme
from ui.widgets.base import Screen, button, label, set_text
from ui.widgets.qr import qr_pixmap, qr_png

logger = logging.getLogger(__name__)

REASONS = DECISION_CODES
"""Why a dead-lettered item is retried or discarded (:mod:`kiosk.sync.deadletter_reasons`)."""

DEFAULT_EXPORT_DIR = Path("/media/kiosk-export")
"""Where a technician's USB stick is mounted (OPS-04: no automount; the technician's own mount,
or ``KIOSK_EXPORT_DIR``)."""

MAX_DEAD_SHOWN = 8


ROWS = (
    "card_reader",
    "printer",
    "fingerprint",
    "camera",
    "queue",
    "backend",
    "system",
    "trust",
    "software",
    "alerts",
)
"""The board's rows, one per device or part of the system, in this order."""

SYMBOLS = {"ok": "✓", "warning": "!", "error": "✕", "disabled": "–", "unknown": "?"}
"""Each state has a symbol and a word as well as a colour (never colour alone)."""

BADGE_COLOURS = {
    # (background, text) per state: standard look, then high contrast (black page)
    "standard": {
        "ok": ("#1B6E2A", "#FFFFFF"),
        "warning": ("#8A4B00", "#FFFFFF"),
        "error": ("#A3141E", "#FFFFFF"),
        "disabled": ("#56606B", "#FFFFFF"),
        "unknown": ("#56606B", "#FFFFFF"),
    },
    "high_contrast": {
        "ok": ("#00E676", "#000000"),
        "warning": ("#FFE600", "#000000"),
        "error": ("#FF6B6B", "#000000"),
        "disabled": ("#000000", "#FFFFFF"),
        "unknown": ("#000000", "#FFFFFF"),
    },
}


def advice_text(text: str) -> str:
    """A text of :data:`kiosk.diagnostics.text.ADVICE` in the session language (the table marks
    its texts with ``QT_TRANSLATE_NOOP``, so the catalogues have them)."""
    return QCoreApplication.translate(CONTEXT, text)  # i18n: QT_TRANSLATE_NOOP table


def decision_text(reason: str) -> str:
    """A decision reason's words (:data:`kiosk.sync.deadletter_reasons.DECISION_REASONS`, marked
    with ``QT_TRANSLATE_NOOP`` in this screen's context) in the session language."""
    words = DECISION_REASONS[reason]
    return QCoreApplication.translate(DECISION_CONTEXT, words)  # i18n: QT_TRANSLATE_NOOP table


class _Relay(QObject):
    """Carries a worker's result (or a device's event) to the GUI thread (queued: emitted from
    the worker or the device's thread)."""

    finished = Signal(str, object)
    device_changed = Signal(str)


class DeviceRow(QFrame):
    """One row of the board: state badge (symbol, word, colour), name, the problem in plain
    words, the next step, a short summary, and room for the row's own action and its result."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.status = "unknown"
        self.setProperty("role", "card")
        self.setObjectName(f"diag-row-{name}")
        grid = QGridLayout(self)
        # wraps: a long state word in a long language must not widen the board past the screen
        self.badge = label("body", name=f"diag-state-{name}")
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = label("body", name=f"diag-name-{name}")
        self.title.setStyleSheet("font-weight: bold;")
        self.problem = label("body", name=f"diag-problem-{name}")
        self.problem.setStyleSheet("font-weight: bold;")
        self.next_step = label("body", name=f"diag-next-{name}")
        self.summary = label("body", name=f"diag-summary-{name}")
        grid.addWidget(self.badge, 0, 0)
        grid.addWidget(self.title, 0, 1)
        grid.addWidget(self.problem, 1, 0, 1, 2)
        grid.addWidget(self.next_step, 2, 0, 1, 2)
        grid.addWidget(self.summary, 3, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        self.action_row = QHBoxLayout()
        grid.addLayout(self.action_row, 4, 0, 1, 2)
        self.result: QLabel | None = None
        for widget in (self.problem, self.next_step, self.summary):
            widget.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            widget.hide()

    def add_action(self, widget: QWidget) -> QLabel:
        """Put the row's action button in it; returns the label where its result is shown."""
        self.action_row.addWidget(widget)
        self.result = label("body", name=f"diag-result-{self.name}")
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.action_row.addWidget(self.result, 1)
        return self.result

    def show_state(
        self, status: str, word: str, title: str, problem: str, step: str, summary: str
    ) -> None:
        self.status = status
        set_text(self.badge, f"{SYMBOLS.get(status, '?')} {word}")
        set_text(self.title, title)
        self.badge.setAccessibleName(
            QCoreApplication.translate("Diagnostics", "%1: %2")
            .replace("%1", title)
            .replace("%2", word)
        )
        for widget, text in (
            (self.problem, problem),
            (self.next_step, step),
            (self.summary, summary),
        ):
            set_text(widget, text)
            widget.setVisible(bool(text))

    def paint_badge(self, theme: Theme) -> None:
        colours = BADGE_COLOURS.get(theme.palette.name, BADGE_COLOURS["standard"])
        background, text = colours.get(self.status, colours["unknown"])
        self.badge.setStyleSheet(
            f"background: {background}; color: {text}; font-weight: bold; "
            f"border: 3px solid {theme.palette.border}; border-radius: 8px; padding: 4px 14px;"
        )

    def text(self) -> str:
        """Everything the row shows, as one string (tests, and a quick look in a log)."""
        parts = [self.badge.text(), self.title.text()]
        parts += [
            w.text() for w in (self.problem, self.next_step, self.summary) if not w.isHidden()
        ]
        if self.result is not None:
            parts.append(self.result.text())
        return "  ".join(p for p in parts if p.strip())


class DiagnosticsScreen(Screen):
    """Signals:
    done(): back to the technician's home screen.
    """

    screen_id = "diagnostics"
    done = Signal()

    def __init__(self, context: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(context.theme, parent)
        self._context = context
        self._core = context.core
        # the technician's port (kiosk.diagnostics.report.Diagnostics): devices, queue, lock
        self._diagnostics = context.core.diagnostics() if context.core is not None else None
        self._worker = concurrent.futures.ThreadPoolExecutor(
            max_workers=1, thread_name_prefix="diagnostics"
        )
        self._relay = _Relay(self)
        self._relay.finished.connect(self._on_finished)
        self._audit: TechnicianAudit | None = None  # read off the GUI thread (a key file)
        self._busy = 0
        self._report: Report | None = None
        self._dead: list[tuple[str, str]] = []  # (reference, back end): never a payload
        self._chosen_item: str | None = None
        self._chosen_reason: str | None = None
        self.last_result: tuple[str, object] | None = None

        outer = self.vbox()
        self.heading = label("title", name="diag-title")
        outer.addWidget(self.heading)
        # the board at a glance, above the fold: which rows need the technician
        self.overview = label("body", name="diag-overview")
        self.overview.setStyleSheet("font-weight: bold;")
        outer.addWidget(self.overview)
        self.limit_note = label("body", name="diag-limit")
        outer.addWidget(self.limit_note)
        self.status_line = label("body", name="diag-status")
        self.status_line.setAccessibleName(" ")

        # OPS-07: out of service after a card reader was unplugged; the technician lifts it
        self.service_notice = label("notice", name="diag-out-of-service")
        outer.addWidget(self.service_notice)
        self.back_in_service_button = button("primary", name="diag-back-in-service")
        self.back_in_service_button.clicked.connect(self._back_in_service)
        outer.addWidget(self.back_in_service_button)

        # the board: one row per device or part of the system, the self-tests in their rows
        self.health_heading = label("subtitle", name="diag-health-heading")
        outer.addWidget(self.health_heading)
        refresh_row = QHBoxLayout()
        self.refresh_button = button("", name="diag-refresh")
        self.refresh_button.clicked.connect(self.refresh)
        refresh_row.addWidget(self.refresh_button)
        refresh_row.addWidget(self.status_line, 1)
        outer.addLayout(refresh_row)
        self.rows: dict[str, DeviceRow] = {}
        for name in ROWS:
            row = DeviceRow(name)
            outer.addWidget(row)
            self.rows[name] = row
        self.card_button = button("", name="diag-test-card")
        self.print_button = button("", name="diag-test-print")
        self.finger_button = button("", name="diag-test-fingerprint")
        self.camera_button = button("", name="diag-test-camera")
        self.results: dict[str, QLabel] = {"report": self.status_line}
        for name, widget in (
            ("card_reader", self.card_button),
            ("printer", self.print_button),
            ("fingerprint", self.finger_button),
            ("camera", self.camera_button),
        ):
            self.results[name] = self.rows[name].add_action(widget)
        self.card_button.clicked.connect(self._test_card)
        self.print_button.clicked.connect(self._test_print)
        self.finger_button.clicked.connect(self._test_fingerprint)
        self.camera_button.clicked.connect(self._test_camera)

        # dead letters
        self.dead_heading = label("subtitle", name="diag-dead-heading")
        outer.addWidget(self.dead_heading)
        self.dead_empty = label("body", name="diag-dead-empty")
        outer.addWidget(self.dead_empty)
        self.dead_box = QWidget()
        self.dead_layout = QGridLayout(self.dead_box)
        self.dead_layout.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.dead_box)
        self.item_buttons: list[Any] = []
        self.reason_heading = label("body", name="diag-reason-heading")
        outer.addWidget(self.reason_heading)
        reasons = QGridLayout()
        reasons.setSpacing(self.theme.spacing // 2)
        self.reason_buttons: dict[str, Any] = {}
        for index, reason in enumerate(REASONS):
            widget = button("", name=f"diag-reason-{reason}")
            widget.setCheckable(True)
            widget.clicked.connect(lambda _c=False, r=reason: self._choose_reason(r))
            reasons.addWidget(widget, index // 2, index % 2)
            self.reason_buttons[reason] = widget
        outer.addLayout(reasons)
        actions = QHBoxLayout()
        self.retry_button = button("", name="diag-retry")
        self.discard_button = button("", name="diag-discard")
        actions.addWidget(self.retry_button)
        actions.addWidget(self.discard_button)
        outer.addLayout(actions)
        self.decision_result = label("body", name="diag-result-decision")
        outer.addWidget(self.decision_result)
        self.retry_button.clicked.connect(lambda: self._decide("retry"))
        self.discard_button.clicked.connect(lambda: self._decide("cancel"))

        # reprint
        self.reprint_heading = label("subtitle", name="diag-reprint-heading")
        outer.addWidget(self.reprint_heading)
        self.reference = QLineEdit()
        self.reference.setObjectName("diag-reprint-reference")
        self.reference.setMaxLength(32)
        self.reference.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        outer.addWidget(self.reference)
        self.reprint_button = button("", name="diag-reprint")
        self.reprint_button.clicked.connect(self._reprint)
        outer.addWidget(self.reprint_button)
        self.reprint_result = label("body", name="diag-result-reprint")
        outer.addWidget(self.reprint_result)

        # log export (ciphertext only)
        self.export_heading = label("subtitle", name="diag-export-heading")
        outer.addWidget(self.export_heading)
        export_row = QHBoxLayout()
        self.export_usb_button = button("", name="diag-export-usb")
        self.export_qr_button = button("", name="diag-export-qr")
        export_row.addWidget(self.export_usb_button)
        export_row.addWidget(self.export_qr_button)
        outer.addLayout(export_row)
        self.export_result = label("body", name="diag-result-export")
        outer.addWidget(self.export_result)
        self.results.update(
            {
                "retry": self.decision_result,
                "cancel": self.decision_result,
                "reprint": self.reprint_result,
                "export": self.export_result,
                "qr": self.export_result,
            }
        )
        self.export_usb_button.clicked.connect(self._export_usb)
        self.export_qr_button.clicked.connect(self._export_qr)
        self.qr_label = QLabel()
        self.qr_label.setObjectName("diag-export-qrcode")
        self.qr_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(self.qr_label)

        self.done_button = button("primary", name="diag-done")
        self.done_button.clicked.connect(self.done)
        outer.addWidget(self.done_button)
        self._relay.device_changed.connect(self._on_device_changed)
        self._printer_listener: Callable[[object], None] | None = None
        self._queue_pending = False
        self._listen()
        self.retranslate()
        self._set_status(self.tr("Checking…") if self._core is not None else "")
        # first on the one worker, which sets it: every later job there finds it set
        self._run("audit", self._load_audit)
        if self._core is not None:
            self.refresh()
        else:
            self._set_status(self.tr("The kiosk is still starting. Try again in a moment."))

    # -- set-up -------------------------------------------------------------------------------
    def _load_audit(self) -> None:  # diagnostics worker
        self._audit = self._make_audit()

    def _make_audit(self) -> TechnicianAudit | None:
        if self._diagnostics is None:
            return None
        try:
            return self._diagnostics.technician_audit()
        except OSError:
            logger.exception("technician audit unavailable")
            return None

    def title(self) -> str:
        return self.tr("Technician diagnostics")

    def retranslate(self) -> None:
        set_text(self.heading, self.title())
        set_text(
            self.limit_note,
            self.tr(
                "Technician sessions end automatically after 30 minutes. Queue contents "
                "are never shown here."
            ),
        )
        set_text(self.health_heading, self.tr("Device and system health"))
        set_text(self.refresh_button, self.tr("Refresh"))
        set_text(self.card_button, self.tr("Check card reader"))
        set_text(self.print_button, self.tr("Print test receipt"))
        set_text(self.finger_button, self.tr("Test fingerprint sensor"))
        set_text(self.camera_button, self.tr("Test camera"))
        set_text(self.dead_heading, self.tr("Items that could not be sent"))
        set_text(self.dead_empty, self.tr("No items are waiting for a decision."))
        set_text(self.reason_heading, self.tr("Choose the reason, then retry or discard:"))
        for reason, widget in self.reason_buttons.items():
            set_text(widget, decision_text(reason))
        set_text(self.retry_button, self.tr("Retry"))
        set_text(self.discard_button, self.tr("Discard"))
        set_text(self.reprint_heading, self.tr("Reprint a receipt"))
        self.reference.setAccessibleName(self.tr("Receipt reference"))
        self.reference.setPlaceholderText(self.tr("Receipt reference"))
        set_text(self.reprint_button, self.tr("Reprint"))
        set_text(self.export_heading, self.tr("Export logs (encrypted for the city)"))
        set_text(self.export_usb_button, self.tr("Save to USB stick"))
        set_text(self.export_qr_button, self.tr("Show as QR code"))
        self.qr_label.setAccessibleName(self.tr("Encrypted log bundle as a QR code"))
        set_text(self.done_button, self.tr("Back"))
        cause = self._diagnostics.out_of_service if self._diagnostics is not None else None
        if cause == "remote":
            notice = self._remote_notice()
        elif cause == "fingerprint":
            notice = self.tr(
                "Out of service: the fingerprint sensor was unplugged while the kiosk was "
                "running. Check that the sensor and its cable are the kiosk's own and nothing "
                "was added between them, then put the kiosk back in service."
            )
        else:
            notice = self.tr(
                "Out of service: a card reader was unplugged while the kiosk was running. "
                "Check that the reader and its cable are the kiosk's own and nothing was added "
                "between them, then put the kiosk back in service."
            )
        set_text(self.service_notice, notice)
        set_text(self.back_in_service_button, self.tr("Put back in service"))
        self._show_service_state()
        self._show_report()

    def _remote_notice(self) -> str:
        """The lock's cause is ``remote`` (kiosk.security.tamper.REMOTE): a fleet operator's signed
        command took the kiosk out of service, nothing was unplugged (issue #18)."""
        return self.tr(
            "Taken out of service by the city's IT team. Put the kiosk back in service only "
            "when they ask you to."
        )

    # -- out of service (OPS-07) --------------------------------------------------------------
    def _out_of_service(self) -> bool:
        return self._diagnostics is not None and self._diagnostics.out_of_service is not None

    def _show_service_state(self) -> None:
        locked = self._out_of_service()
        self.service_notice.setVisible(locked)
        self.back_in_service_button.setVisible(locked)

    def _back_in_service(self) -> None:
        diagnostics = self._diagnostics
        sensor = diagnostics.out_of_service if diagnostics is not None else None
        if diagnostics is None or sensor is None:
            # lifted meanwhile (a fleet operator's remote action): show it, not a dead button
            self._set_status(self.tr("The kiosk is back in service."))
            self._show_service_state()
            return

        def job() -> bool:  # a file removal (fsynced) and audit entries: disk I/O, off the GUI
            ok = diagnostics.back_in_service()
            audit = self._audit  # set by the first job on this worker
            if audit is not None:
                audit.technician_action("back_in_service", sensor, ok)
            return ok

        self.back_in_service_button.setEnabled(False)  # one tap, one action
        self._run("service", job)

    def _back_in_service_done(self, ok: object) -> None:
        self.back_in_service_button.setEnabled(True)
        self._set_status(
            self.tr("The kiosk is back in service.")
            if ok is True
            else self.tr("The kiosk could not be put back in service: its disk refused.")
        )
        self._show_service_state()

    # -- worker plumbing ------------------------------------------------------------------------
    def _run(self, name: str, job: Callable[[], object]) -> None:
        """Run ``job`` on the worker thread; :meth:`_on_finished` gets its result on the GUI.
        "Working…" and then the result appear beside the button that started it."""
        self._busy += 1
        if name in self.results:
            self._set_result(name, self.tr("Working…"))
        relay = self._relay

        def work() -> None:
            try:
                result: object = job()
            except Exception as exc:  # typed environmental errors carry a key; bugs re-raise
                key = getattr(exc, "key", None)
                if not isinstance(key, str):
                    logger.exception("diagnostics job %s failed", name)
                    key = "diagnostics.failed"
                result = Check(name, "error", key)
            # the screen may have been closed (session ended) while the job ran
            with contextlib.suppress(RuntimeError):
                relay.finished.emit(name, result)

        self._worker.submit(work)

    def _on_finished(self, name: str, result: object) -> None:
        self._busy = max(0, self._busy - 1)
        self.last_result = (name, result)
        if isinstance(result, Report):
            self._report = result
            self._show_report()
            when = QLocale().toString(QTime.currentTime(), "HH:mm:ss")  # local, own digits
            self._set_status(self.tr("Updated at %1.").replace("%1", when))
            return
        if name == "audit":
            return
        if name == "service":
            self._back_in_service_done(result)
            return
        if name == "dead":
            if isinstance(result, Check):  # the queue could not be read: say so, keep the list
                self._set_status(self._check_result(name, result))
                return
            self._dead = list(result) if isinstance(result, list) else []
            self._show_dead()
            return
        if name == "queue-live":
            self._queue_pending = False
            if isinstance(result, Check):
                self._merge(result)
            return
        if name == "qr" and isinstance(result, bytes):
            self._show_qr(result)
            self._set_result(name, self.tr("Encrypted log bundle ready."))
            return
        if isinstance(result, Check):
            self._merge(result)
            self._set_result(name, self._check_result(name, result))
        elif isinstance(result, str):
            self._set_result(name, result)
        if name in ("retry", "cancel"):
            self._load_dead()

    def _check_result(self, name: str, check: Check) -> str:
        """A self-test's outcome in plain words, shown beside its button."""
        if check.status == "disabled":
            return self.tr("Not installed on this kiosk.")
        if check.status == "ok":
            return {
                "printer": self.tr("Test receipt printed. Check it came out and is readable."),
                "card_reader": self.tr("Card reader works."),
                "fingerprint": self.tr("Fingerprint sensor works."),
                "camera": self.tr("Camera works."),
            }.get(name, self.tr("Done."))
        words = advice(check.key or "")
        problem = advice_text(words.problem)
        step = advice_text(words.next_step)
        return self.tr("Failed: %1 %2").replace("%1", problem).replace("%2", step)

    def _set_status(self, text: str) -> None:
        set_text(self.status_line, text or " ")

    def _set_result(self, name: str, text: str) -> None:
        """Show ``text`` where the action ``name`` was started (the status line otherwise)."""
        set_text(self.results.get(name, self.status_line), text or " ")

    # -- live updates from the devices ----------------------------------------------------------
    def _listen(self) -> None:
        """Follow the printer's own events and the sync worker's counts: the board changes when
        the paper runs out or comes back, without Refresh."""
        core = self._core
        relay = self._relay
        if core is not None:  # an absent printer takes the listener and never calls it

            def on_printer(_event: object) -> None:  # the printer's worker thread
                with contextlib.suppress(RuntimeError):  # the screen was closed meanwhile
                    relay.device_changed.emit("printer")

            core.printer.add_listener(on_printer)
            self._printer_listener = on_printer
        sync = self._context.sync
        if sync is not None:
            sync.connectivity_changed.connect(lambda _state: self._on_device_changed("queue"))
            sync.counts_changed.connect(lambda _status: self._on_device_changed("queue"))

    def _unlisten(self) -> None:
        core = self._core
        listener, self._printer_listener = self._printer_listener, None
        if core is not None and listener is not None:
            with contextlib.suppress(ValueError):
                core.printer.remove_listener(listener)

    def _on_device_changed(self, name: str) -> None:
        diagnostics = self._diagnostics
        if diagnostics is None or self._report is None:
            return
        if name == "printer":
            check = diagnostics.printer_state()  # attributes only: quick, on the GUI thread
            if check != self._report.get("printer"):
                self._merge(check)
        elif name == "queue" and not self._queue_pending:
            self._queue_pending = True  # one database read at a time, off the GUI thread
            self._run("queue-live", diagnostics.queue_check)

    def apply_theme(self, theme: Theme) -> None:
        super().apply_theme(theme)
        for row in self.rows.values():
            row.paint_badge(theme)

    def _action(
        self, action: str, device: str | None, ok: bool, reference: str | None = None
    ) -> None:
        if self._audit is not None:
            self._audit.technician_action(action, device, ok, reference)

    # -- health ------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self._diagnostics is None:
            return
        self._run("report", self._diagnostics.report)
        self._load_dead()

    def _merge(self, check: Check) -> None:
        if self._report is None:
            self._report = Report(dt.datetime.now(dt.UTC).isoformat(), (check,))
        else:
            checks = tuple(check if c.name == check.name else c for c in self._report.checks)
            if check.name not in {c.name for c in checks}:
                checks = (*checks, check)
            self._report = Report(self._report.at, checks)
        self._show_report()

    def _status_word(self, status: str) -> str:
        return {
            "ok": self.tr("OK"),
            "warning": self.tr("Warning"),
            "error": self.tr("Problem"),
            "disabled": self.tr("Not installed"),
            "unknown": self.tr("Not checked"),
        }.get(status, status)

    def _row_names(self) -> dict[str, str]:
        return {
            "card_reader": self.tr("Card reader"),
            "printer": self.tr("Receipt printer"),
            "fingerprint": self.tr("Fingerprint sensor"),
            "camera": self.tr("Camera"),
            "queue": self.tr("Saved requests (offline queue)"),
            "backend": self.tr("Network and city back end"),
            "system": self.tr("Disk and memory"),
            "trust": self.tr("Card revocation list"),
            "software": self.tr("Software"),
            "alerts": self.tr("Alerts"),
        }

    def _show_overview(self) -> None:
        if self._report is None:
            set_text(self.overview, " ")
            return
        names = self._row_names()
        bad = [names[n] for n, row in self.rows.items() if row.status == "error"]
        warn = [names[n] for n, row in self.rows.items() if row.status == "warning"]
        parts = []
        listed = QLocale().createSeparatedList  # "A, B and C" in the session language
        if bad:
            parts.append(f"{SYMBOLS['error']} " + self.tr("Problem: %1").replace("%1", listed(bad)))
        if warn:
            parts.append(
                f"{SYMBOLS['warning']} " + self.tr("Warning: %1").replace("%1", listed(warn))
            )
        text = "\n".join(parts) or f"{SYMBOLS['ok']} " + self.tr("Everything installed works.")
        set_text(self.overview, text)

    def _show_report(self) -> None:
        names = self._row_names()
        for name, row in self.rows.items():
            check = self._report.get(name) if self._report is not None else None
            if check is None:
                row.show_state("unknown", self._status_word("unknown"), names[name], "", "", "")
            else:
                problem = step = ""
                if check.key and check.status in ("warning", "error"):
                    words = advice(check.key)
                    problem = advice_text(words.problem)
                    step = self.tr("Next step: %1").replace("%1", advice_text(words.next_step))
                    # the key stays on the row, last and small, for a call to the service desk
                    step += "\n" + self.tr("Code for the service desk: %1").replace("%1", check.key)
                row.show_state(
                    check.status,
                    self._status_word(check.status),
                    names[name],
                    problem,
                    step,
                    self._summary(check),
                )
            row.paint_badge(self.theme)
        self._show_overview()

    def _summary(self, check: Check) -> str:
        """A short plain summary of the numbers behind a row (never a key=value dump)."""
        d = check.details
        if check.status == "disabled":
            return ""
        if check.name == "card_reader" and "readers" in d:
            return self.tr("Readers connected: %1").replace("%1", str(d["readers"]))
        if check.name == "queue" and "waiting" in d:
            counts = d.get("counts") or {}
            text = self.tr("Waiting to be sent: %1. Could not be sent: %2.")
            text = text.replace("%1", str(d["waiting"])).replace("%2", str(counts.get("dead", 0)))
            connectivity = d.get("connectivity")
            if connectivity == "online":
                text += " " + self.tr("Network: connected.")
            elif connectivity == "offline":
                text += " " + self.tr("Network: not connected.")
            return text
        if check.name == "backend" and d.get("reachable"):
            return self.tr("Answers in %1 ms.").replace("%1", f"{d.get('round_trip_ms', 0):g}")
        if check.name == "system" and "disk_free_mb" in d:
            # SEC-03: core dumps "off" and swap off, in memory or encrypted ("mapped") expected
            return (
                self.tr("Disk: %1 GB free (%2 %). Core dumps: %3. Swap: %4.")
                .replace("%1", f"{d['disk_free_mb'] / 1024:.1f}")
                .replace("%2", f"{d.get('disk_free_percent', 0):g}")
                .replace("%3", str(d.get("core_dumps", "-")))
                .replace("%4", str(d.get("swap", "-")))
            )
        if check.name == "trust" and d.get("crl_age_hours") is not None:
            hours = max(0, round(float(d["crl_age_hours"])))
            return self.tr("Updated %n hour(s) ago.", "", hours)
        if check.name == "software" and "version" in d:
            return (
                self.tr("Version %1, kiosk %2.")
                .replace("%1", str(d["version"]))
                .replace("%2", str(d.get("kiosk_id", "-")))
            )
        if check.name == "alerts" and len(d.get("problems") or []) > 1:
            others = [
                f"{advice_text(advice(key).problem)} ({key})"
                for key in d["problems"]
                if key != check.key
            ]
            return self.tr("Also:") + "\n" + "\n".join(others)
        if check.name == "camera" and check.status == "unknown":
            return self.tr("The camera is switched on only during a test or a service.")
        return ""

    # -- self-tests ------------------------------------------------------------------------------
    def _test_card(self) -> None:
        self._self_test("card_reader", "card_check", lambda d: d.card_check(), ("ok",))

    def _test_print(self) -> None:
        self._self_test("printer", "test_print", lambda d: d.test_print())

    def _test_fingerprint(self) -> None:
        self._self_test("fingerprint", "fingerprint_test", lambda d: d.fingerprint_test())

    def _test_camera(self) -> None:
        self._self_test("camera", "camera_test", lambda d: d.camera_test())

    def _self_test(
        self,
        device: str,
        action: str,
        test: Callable[[Diagnostics], Check],
        passed: tuple[str, ...] = ("ok", "disabled"),
    ) -> None:
        """Run one device's self-test on the worker; audit it as the technician's action."""
        diagnostics = self._diagnostics
        if diagnostics is None:
            return

        def job() -> Check:
            check = test(diagnostics)
            self._action(action, device, check.status in passed)
            return check

        self._run(device, job)

    # -- dead letters ---------------------------------------------------------------------------
    def _load_dead(self) -> None:
        core = self._core
        if core is None or not core.queue_ops.available:
            return
        queue = core.queue_ops

        def job() -> list[tuple[str, str]]:
            items = queue.dead_letters(MAX_DEAD_SHOWN)
            return [(i.reference, i.backend) for i in items]

        self._run("dead", job)

    def _show_dead(self) -> None:
        for widget in self.item_buttons:
            self.dead_layout.removeWidget(widget)
            widget.deleteLater()
        self.item_buttons = []
        self.dead_empty.setVisible(not self._dead)
        if self._chosen_item not in {ref for ref, _ in self._dead}:
            self._chosen_item = None
        for index, (reference, backend) in enumerate(self._dead):
            widget = button("", name=f"diag-dead-{index}")
            widget.setCheckable(True)
            widget.setChecked(reference == self._chosen_item)
            set_text(widget, f"{reference} · {backend}")
            widget.clicked.connect(lambda _c=False, r=reference: self._choose_item(r))
            self.dead_layout.addWidget(widget, index // 2, index % 2)
            self.item_buttons.append(widget)
        self._update_decision_buttons()

    def _choose_item(self, reference: str) -> None:
        self._chosen_item = reference
        for widget, (ref, _backend) in zip(self.item_buttons, self._dead, strict=False):
            widget.setChecked(ref == reference)
        self._update_decision_buttons()

    def _choose_reason(self, reason: str) -> None:
        self._chosen_reason = reason
        for name, widget in self.reason_buttons.items():
            widget.setChecked(name == reason)
        self._update_decision_buttons()

    def _update_decision_buttons(self) -> None:
        ready = self._chosen_item is not None and self._chosen_reason is not None
        self.retry_button.setEnabled(ready)
        self.discard_button.setEnabled(ready)

    def _decide(self, action: str) -> None:
        """Retry or discard the chosen dead letter; the audit entry is written first."""
        core = self._core
        reference, reason = self._chosen_item, self._chosen_reason
        if core is None or not core.queue_ops.available or reference is None or reason is None:
            return
        if self._audit is None or not self._audit.available:
            self._set_result(
                action, self.tr("The audit log is not available: nothing was changed.")
            )
            return
        queue, hook = core.queue_ops, self._audit.deadletter_hook(reason)
        done_text = self.tr("Queued again.") if action == "retry" else self.tr("Discarded.")

        def job() -> object:
            decide = queue.retry if action == "retry" else queue.discard
            try:
                decide(reference, actor="technician", audit=hook)
            except QueueOpError as exc:
                return Check("queue", "error", exc.key)
            return done_text

        self._chosen_item = None
        self._run(action, job)

    # -- reprint -------------------------------------------------------------------------------
    def _reprint(self) -> None:
        core = self._core
        reference = self.reference.text().strip().upper()
        if core is None or not reference:
            return
        receipts = core.receipts
        unknown = self.tr("No receipt with this reference on this kiosk.")
        printed = self.tr("Reprinted.")
        failed = self.tr("The printer could not print it.")
        if not receipts.available:
            self._set_result("reprint", self.tr("No printer is installed."))
            return

        queue = core.queue_ops

        def job() -> object:
            # a COPY; "submitted" when the queued request was delivered since (issue #15 item 8)
            future = receipts.submit_reprint(reference, queue.state_of(reference))
            if future is None:
                self._action("reprint", "printer", False)
                return unknown
            result = future.result(timeout=60)
            ok = bool(getattr(result, "printed", False))
            self._action("reprint", "printer", ok, reference)
            return printed if ok else failed

        self._run("reprint", job)

    # -- log export -------------------------------------------------------------------------------
    def _export_usb(self) -> None:
        core = self._core
        if core is None:
            return
        kiosk_id = core.config.kiosk.id
        directory = Path(os.environ.get("KIOSK_EXPORT_DIR", str(DEFAULT_EXPORT_DIR)))
        saved = self.tr("Encrypted log bundle saved: %1")
        missing = self.tr("No USB stick is mounted for export.")
        no_key = self.tr("No city export key is installed: nothing was exported.")

        def job() -> object:
            from kiosk.records.log_export import (
                ExportError,
                encrypt_bundle,
                find_recipient_key,
                ring_lines,
                write_bundle,
            )

            try:
                bundle = encrypt_bundle(ring_lines(), find_recipient_key(), kiosk_id)
                stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
                path = write_bundle(bundle, directory, kiosk_id, stamp)
            except ExportError as exc:
                self._action("log_export", "disk", False)
                return no_key if exc.key == "export.no_recipient_key" else missing
            self._action("log_export", "disk", True)
            return saved.replace("%1", path.name)

        self._run("export", job)

    def _export_qr(self) -> None:
        core = self._core
        if core is None:
            return
        kiosk_id = core.config.kiosk.id
        no_key = self.tr("No city export key is installed: nothing was exported.")

        def job() -> object:
            import base64

            from kiosk.records.log_export import (
                ExportError,
                bundle_for_qr,
                find_recipient_key,
                ring_lines,
            )

            try:
                bundle = bundle_for_qr(ring_lines(), find_recipient_key(), kiosk_id)
            except ExportError:
                self._action("log_export", "all", False)
                return no_key
            self._action("log_export", "all", True)
            return qr_png(b"ECKX1:" + base64.b64encode(bundle.data))

        self._run("qr", job)

    def _show_qr(self, png: bytes) -> None:
        size = min(self.width() - 2 * self.theme.spacing, 720)
        self.qr_label.setPixmap(qr_pixmap(png, max(size, 240)))

    # -- end -------------------------------------------------------------------------------------
    def wipe(self) -> None:
        self._unlisten()
        self.reference.clear()
        self.qr_label.clear()
        self._dead = []
        self._chosen_item = None
        self._chosen_reason = None
        self._report = None
        self._worker.shutdown(wait=False, cancel_futures=True)

    def close_worker(self, timeout: bool = True) -> None:
        """Wait for a running job (tests, and before the window is destroyed)."""
        self._unlisten()
        self._worker.shutdown(wait=timeout, cancel_futures=True)
