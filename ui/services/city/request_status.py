"""What became of a street report, for the resident: "My street reports" (signed in: the reports
they linked to their account on this kiosk) and "Check a street report" (anyone, no sign-in:
scan the QR code on the receipt, or type its reference; also offered on the attract screen).

The statuses come from :mod:`kiosk.services.request_status` off the GUI thread. Every status is
said in the session's language; a status word the kiosk does not know is shown as the city's
text, isolated; the city's note is untrusted text (plain, isolated, already cleaned and cut).
When the city cannot be asked, the screen says so and when the status was last known. Nothing
of the resident is shown on the scanned status: only reference, category, status, note, dates.
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QVBoxLayout, QWidget

from kiosk.camera.scan_payloads import ReceiptCode, ScanPayload
from kiosk.services.request_status import (
    Freshness,
    MyRequests,
    Problem,
    RequestStatus,
    Stage,
    StatusDesk,
    normalise_reference,
)
from kiosk.session.machine import Role
from kiosk.text.translatable import QT_TRANSLATE_NOOP
from ui import formatting
from ui.assist import assist_for
from ui.keyboard import Variant
from ui.services.base import ServiceScreen, Step, column
from ui.services.city.common import (
    ScanningStep,
    attach_keyboard,
    date_text,
    session_language,
    text_field,
)
from ui.services.context import ServiceContext
from ui.services.step import page
from ui.widgets.base import button, isolate, label, set_text

logger = logging.getLogger(__name__)


CONTEXT = "RequestStatus"

STAGE_WORDS: dict[Stage, str] = {
    Stage.WAITING: QT_TRANSLATE_NOOP("RequestStatus", "Waiting to be sent"),
    Stage.NEEDS_STAFF: QT_TRANSLATE_NOOP("RequestStatus", "Not sent yet: staff will look at it"),
    Stage.IN_REVIEW: QT_TRANSLATE_NOOP("RequestStatus", "Being checked by staff"),
    Stage.REFUSED: QT_TRANSLATE_NOOP("RequestStatus", "Refused by the city's system"),
    Stage.CANCELLED: QT_TRANSLATE_NOOP("RequestStatus", "Cancelled by staff"),
    Stage.SENT: QT_TRANSLATE_NOOP("RequestStatus", "Sent to the city"),
    Stage.OPEN: QT_TRANSLATE_NOOP("RequestStatus", "Received by the city (open)"),
    Stage.ACKNOWLEDGED: QT_TRANSLATE_NOOP("RequestStatus", "Acknowledged by the city"),
    Stage.IN_PROGRESS: QT_TRANSLATE_NOOP("RequestStatus", "In progress"),
    Stage.FIXED: QT_TRANSLATE_NOOP("RequestStatus", "Fixed"),
    Stage.CLOSED: QT_TRANSLATE_NOOP("RequestStatus", "Closed"),
    Stage.DUPLICATE: QT_TRANSLATE_NOOP("RequestStatus", "Closed: already reported by someone else"),
    Stage.ARCHIVED: QT_TRANSLATE_NOOP("RequestStatus", "Closed and archived"),
    Stage.NOT_RESPONSIBLE: QT_TRANSLATE_NOOP(
        "RequestStatus", "Passed on: another organisation is responsible"
    ),
    Stage.NO_ACTION: QT_TRANSLATE_NOOP("RequestStatus", "Closed: no further action"),
    Stage.NOT_FOUND: QT_TRANSLATE_NOOP("RequestStatus", "Not found"),
}
"""Each known stage in words (``Stage.OTHER`` is said with the city's own word)."""

PROBLEM_ADVICE: dict[Problem, str] = {
    Problem.BAD_CODE: QT_TRANSLATE_NOOP(
        "RequestStatus",
        "The code on this receipt does not match this kiosk's records. Please ask staff "
        "to check your receipt.",
    ),
    Problem.NOT_TRACKED: QT_TRANSLATE_NOOP(
        "RequestStatus",
        "This receipt is not for a street report, so the kiosk can only say whether it "
        "was sent. Please ask staff about its progress.",
    ),
    Problem.NOT_NUMBERED: QT_TRANSLATE_NOOP(
        "RequestStatus",
        "The city has your report but has not given it a request number yet. Please check "
        "again later.",
    ),
    Problem.NOT_PUBLISHED: QT_TRANSLATE_NOOP(
        "RequestStatus",
        "The city has your report but has not published its progress yet. Please check "
        "again later.",
    ),
}
"""What the resident should know when the status could not be told for this reason (said
before anything about the stage)."""

STAGE_ADVICE: dict[Stage, str] = {
    Stage.WAITING: QT_TRANSLATE_NOOP(
        "RequestStatus",
        "It is saved on this kiosk and will be sent automatically when the city's system "
        "can be reached. You do not need to do it again.",
    ),
    Stage.NEEDS_STAFF: QT_TRANSLATE_NOOP(
        "RequestStatus",
        "It is saved, but this kiosk could not send it yet. Staff will send it or contact "
        "you. You can ask staff, with your reference.",
    ),
    Stage.IN_REVIEW: QT_TRANSLATE_NOOP(
        "RequestStatus",
        "The kiosk cannot tell whether the city received it, so it will never send it a "
        "second time by itself. A member of staff checks that it arrived.",
    ),
    Stage.REFUSED: QT_TRANSLATE_NOOP(
        "RequestStatus",
        "The city's system refused this report, so nothing was done. Please ask staff, or "
        "report it again.",
    ),
}
"""What the resident should know about a report that has not reached the city's list."""

NOT_PUBLISHED_BY_KIND = QT_TRANSLATE_NOOP(
    "RequestStatus", "The city does not publish the progress of this kind of report."
)
LISTING_INCOMPLETE = QT_TRANSLATE_NOOP(
    "RequestStatus",
    "The kiosk could not search the city's whole list of reports, so it cannot say "
    "where this one is. The kiosk where you made the report can, or staff can help.",
)
NOT_FOUND_LIVE = QT_TRANSLATE_NOOP(
    "RequestStatus",
    "The city has no street report with this reference. New reports can take a little "
    "while to appear, and reports older than 90 days are not shown.",
)


def _translated(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)  # i18n: QT_TRANSLATE_NOOP table


def stage_text(status: RequestStatus) -> str:
    """The status in the session language (an unknown word: the city's own, isolated)."""
    if status.stage is Stage.OTHER:
        return QCoreApplication.translate("RequestStatus", "The city says: %1").replace(
            "%1", isolate(status.status_text)
        )
    return _translated(STAGE_WORDS[status.stage])


def explanation_text(status: RequestStatus) -> str:
    """What the resident should know beside the status ("" when nothing)."""
    stage, problem = status.stage, status.problem
    if problem in PROBLEM_ADVICE:
        return _translated(PROBLEM_ADVICE[problem])
    if stage in STAGE_ADVICE:
        return _translated(STAGE_ADVICE[stage])
    if stage is Stage.SENT and problem is None:
        return _translated(NOT_PUBLISHED_BY_KIND)
    if problem is Problem.LISTING_INCOMPLETE:
        return _translated(LISTING_INCOMPLETE)
    if stage is Stage.NOT_FOUND and status.freshness is Freshness.LIVE:
        return _translated(NOT_FOUND_LIVE)
    return ""


def freshness_text(status: RequestStatus) -> str:
    """Where the status comes from and when ("" for a status just read)."""
    if status.freshness is Freshness.LAST_KNOWN:
        assert status.checked_at is not None
        when = isolate(_when(status.checked_at))
        if status.problem is Problem.BAD_REPLY:
            return QCoreApplication.translate(
                "RequestStatus",
                "The city's system sent an answer the kiosk cannot read, so the status cannot "
                "be checked right now. This is what it said on %1.",
            ).replace("%1", when)
        return QCoreApplication.translate(
            "RequestStatus",
            "The status cannot be checked right now: the city's system cannot be reached. "
            "This is what it said on %1.",
        ).replace("%1", when)
    if status.freshness is Freshness.UNKNOWN:
        if status.problem is Problem.BAD_REPLY:
            return QCoreApplication.translate(
                "RequestStatus",
                "The city's system sent an answer the kiosk cannot read, so the status cannot "
                "be checked right now. Please try again later.",
            )
        return QCoreApplication.translate(
            "RequestStatus",
            "The status cannot be checked right now: the city's system cannot be reached. "
            "Please try again later.",
        )
    return ""


def _when(when: dt.datetime) -> str:
    """``Thursday 26 November 2026, 16:45``: local time, the session language."""
    return formatting.moment_text(when, session_language())


def _day(when: dt.datetime) -> str:
    """``26 November 2026``: the local date in the session language."""
    return date_text(formatting.local(when).date())


class RequestCard(QFrame):
    """One report: category and reference, status, the city's note, dates, freshness."""

    def __init__(self, status: RequestStatus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.setObjectName(f"request-{status.reference}")
        self.status = status
        layout = QVBoxLayout(self)
        margin = 16
        layout.setContentsMargins(margin, margin // 2, margin, margin // 2)
        layout.setSpacing(4)
        self.heading = label("subtitle", name="request-heading")
        self.stage = label("body", name="request-stage")
        self.explanation = label("body", name="request-explanation")
        self.note_caption = label("body", name="request-note-caption")
        self.note = label("body", name="request-note")
        self.dates = label("body", name="request-dates")
        self.freshness = label("body", name="request-freshness")
        for widget in (
            self.heading,
            self.stage,
            self.freshness,
            self.explanation,
            self.note_caption,
            self.note,
            self.dates,
        ):
            layout.addWidget(widget)
        font = self.stage.font()
        font.setBold(True)
        self.stage.setFont(font)
        font = self.note.font()
        font.setItalic(True)  # the city's own words
        self.note.setFont(font)
        self.retranslate()

    def retranslate(self) -> None:
        s = self.status
        reference = QCoreApplication.translate("RequestStatus", "Reference %1").replace(
            "%1", isolate(s.reference)
        )
        heading = f"{isolate(s.category)} · {reference}" if s.category else reference
        set_text(self.heading, heading)
        set_text(
            self.stage,
            QCoreApplication.translate("RequestStatus", "Status: %1").replace("%1", stage_text(s)),
        )
        self._show(self.explanation, explanation_text(s))
        has_note = bool(s.note)
        self.note_caption.setVisible(has_note)
        set_text(
            self.note_caption,
            QCoreApplication.translate("RequestStatus", "Note from the city (shortened):")
            if s.note_cut
            else QCoreApplication.translate("RequestStatus", "Note from the city:"),
        )
        # its own label: its own direction (an Arabic note right-aligned, a Latin one left)
        self._show(self.note, s.note if has_note else "")
        dates = []
        if s.reported_at is not None:
            dates.append(
                QCoreApplication.translate("RequestStatus", "Reported on %1").replace(
                    "%1", isolate(_day(s.reported_at))
                )
            )
        if s.updated_at is not None:
            dates.append(
                QCoreApplication.translate("RequestStatus", "Last updated on %1").replace(
                    "%1", isolate(_day(s.updated_at))
                )
            )
        if s.service_request_id:
            dates.append(
                QCoreApplication.translate("RequestStatus", "City's request number: %1").replace(
                    "%1", isolate(s.service_request_id)
                )
            )
        self._show(self.dates, "\n".join(dates))
        self._show(self.freshness, freshness_text(s))

    def spoken_text(self) -> str:
        """What speech mode says: every line shown, in order."""
        return " ".join(
            w.text().replace("\n", " ")
            for w in (
                self.heading,
                self.stage,
                self.freshness,
                self.explanation,
                self.note_caption,
                self.note,
                self.dates,
            )
            if not w.isHidden() and w.text()
        )

    @staticmethod
    def _show(widget: QLabel, text: str) -> None:
        set_text(widget, text)
        widget.setVisible(bool(text))


def announce(step: Step, text: str) -> None:
    """Say ``text`` when speech is on (A11Y-07): the status is what the resident came for."""
    assist = assist_for(step)
    if assist is not None and text:
        assist.announce(text)


def _desk(screen: ServiceScreen) -> StatusDesk | None:
    core = screen.context.core
    return StatusDesk.for_core(core) if core is not None else None


# --------------------------------------------------------------------------- My street reports


class MyRequestsScreen(ServiceScreen):
    service_id = "my_requests"

    def __init__(self, context: ServiceContext) -> None:
        super().__init__(context)
        self.setObjectName("service-my-requests")
        self.push(MyRequestsStep(self))

    def title(self) -> str:
        return self.tr("My street reports")


class MyRequestsStep(Step):
    step_id = "my-requests"

    def __init__(self, screen: MyRequestsScreen) -> None:
        super().__init__(screen)
        self.owner = screen
        self.result: MyRequests | None = None
        self.cards: list[RequestCard] = []
        layout = column(self)
        self.summary = label("body", name="my-requests-summary")
        self.offline = label("notice", name="my-requests-offline")
        self.offline.hide()
        layout.addWidget(self.summary)
        layout.addWidget(self.offline)
        self.list = QVBoxLayout()
        self.list.setSpacing(screen.theme.spacing // 2)
        layout.addLayout(self.list)
        self.hint = label("body", name="my-requests-hint")
        layout.addWidget(self.hint)
        layout.addStretch(1)
        sync = screen.context.sync
        if sync is not None:  # a report saved for later is answered: ask again
            sync.request_answered.connect(self._answered)
        self.load()

    def _answered(self, reference: str, _answer: str) -> None:
        if not self.owner.busy and any(c.status.reference == reference for c in self.cards):
            self.load()

    def title(self) -> str:
        return self.tr("Reports linked to your account")

    def next_text(self) -> str:
        return self.tr("Check again") if self.result is not None else ""

    def advance(self) -> None:
        self.load()

    def load(self) -> None:
        identity = self.owner.context.identity
        desk = _desk(self.owner)
        if desk is None or identity.role is not Role.RESIDENT or not identity.subject_id:
            self._loaded(MyRequests((), False))
            return
        subject = identity.subject_id
        self.owner.run(
            lambda: desk.my_requests(subject),
            self._loaded,
            self._failed,
            busy_text=self.tr("Asking the city…"),
        )

    def _failed(self, error: Exception) -> None:
        logger.error("my requests failed: %s", type(error).__name__)
        self._loaded(MyRequests((), False))

    def _loaded(self, result: MyRequests) -> None:
        self.result = result
        for card in self.cards:
            self.list.removeWidget(card)
            card.deleteLater()
        self.cards = [RequestCard(item) for item in result.items]
        for card in self.cards:
            self.list.addWidget(card)
            card.show()
        self.retranslate()
        self.owner.refresh()
        spoken = [self.summary.text()]
        if not self.offline.isHidden():
            spoken.append(self.offline.text())
        announce(self, " ".join(spoken + [card.spoken_text() for card in self.cards]))

    def retranslate(self) -> None:
        result = self.result
        if result is None:
            set_text(self.summary, "")
        elif not result.items:
            set_text(
                self.summary,
                self.tr("You have no street reports linked to your account on this kiosk."),
            )
        else:
            set_text(
                self.summary,
                self.tr("%n report(s), the newest first.", "", len(result.items)),
            )
        offline = result is not None and result.offline
        self.offline.setVisible(offline)
        set_text(
            self.offline,
            self.tr(
                "The city's system cannot be reached right now, so some statuses could not be "
                "checked. Each report says what was last known."
            ),
        )
        set_text(
            self.hint,
            self.tr(
                "Reports sent without your name, or at another kiosk, are not listed here. To "
                "check one, use Check a street report and scan the code on its receipt."
            ),
        )
        for card in self.cards:
            card.retranslate()

    def wipe(self) -> None:
        self.result = None
        for card in self.cards:
            self.list.removeWidget(card)
            card.deleteLater()
        self.cards = []


# --------------------------------------------------------------------------- Check a street report


class CheckRequestScreen(ServiceScreen):
    service_id = "request_status"

    def __init__(self, context: ServiceContext) -> None:
        super().__init__(context)
        self.setObjectName("service-request-status")
        self.push(ScanReceiptStep(self))

    def title(self) -> str:
        return self.tr("Check a street report")

    def look_up(self, reference: str, verification: str | None) -> None:
        desk = _desk(self)
        if desk is None:
            self.show_message(
                self.tr("The status cannot be checked on this kiosk right now. Please try later.")
            )
            return
        self.run(
            lambda: desk.look_up(reference, verification),
            lambda status: self.push(RequestStatusStep(self, status, verification)),
            self._failed,
            busy_text=self.tr("Asking the city…"),
        )

    def _failed(self, error: Exception) -> None:
        logger.error("report status look-up failed: %s", type(error).__name__)
        self.show_message(
            self.tr("The status cannot be checked right now. Please try again later.")
        )


class ScanReceiptStep(ScanningStep):
    """Scan the receipt's QR code (the camera is on only while this step scans), or type the
    reference printed on the receipt."""

    step_id = "request-status-scan"

    def __init__(self, screen: CheckRequestScreen) -> None:
        super().__init__(screen)
        self.owner = screen
        self.intro = label("body", name="request-status-intro")
        self.scan_button = button("primary", name="request-status-scan")
        self.scan_status = label("body", name="request-status-scan-status")
        self.reference_label = label("body", name="request-status-reference-label")
        self.reference: QLineEdit = text_field("request-status-reference")
        self.reference.setMaxLength(20)
        self.privacy = label("body", name="request-status-privacy")
        page(
            self,
            self.intro,
            self.scan_button,
            self.scan_status,
            self.reference_label,
            self.reference,
            self.privacy,
        )
        self.follow_scanner(self.scan_button)  # or type the reference

    def title(self) -> str:
        return self.tr("Your receipt")

    def next_text(self) -> str:
        return self.tr("Check the status")

    def shown(self) -> None:
        attach_keyboard(self, self.reference, Variant.TEXT)
        self.retranslate()

    def _rejected(self, _key: str) -> None:
        self.owner.show_message(self._not_a_receipt())

    def _not_a_receipt(self) -> str:
        return self.tr(
            "This is not the code of an eCitizen receipt. Please scan the square code printed "
            "on your receipt."
        )

    def on_payload(self, payload: ScanPayload) -> None:
        if not isinstance(payload, ReceiptCode):
            self.owner.show_message(self._not_a_receipt())
            return
        self.stop_scan()
        self.owner.look_up(payload.reference, payload.verification_code)

    def advance(self) -> None:
        try:
            reference = normalise_reference(self.reference.text())
        except ValueError:
            self.owner.show_message(
                self.tr(
                    "Please type the reference as it is printed on your receipt, for example "
                    "K7QX-3M9P."
                )
            )
            return
        self.stop_scan()
        self.owner.look_up(reference, None)

    def retranslate(self) -> None:
        set_text(
            self.intro,
            self.tr(
                "Hold the square code on your receipt in front of the camera, or type the "
                "reference number printed on it. You do not need to sign in."
            ),
        )
        set_text(self.scan_button, self.tr("Scan my receipt"))
        self.show_scan_state(
            disabled=self.tr("This kiosk has no camera. Please type the reference number."),
            absent=self.tr(
                "The camera is not working right now. Please type the reference number."
            ),
            ready=self.tr("Hold the code on your receipt in front of the camera."),
            starting=self.tr("Starting the camera…"),
        )
        set_text(self.reference_label, self.tr("Reference number"))
        self.reference.setAccessibleName(self.tr("Reference number"))
        set_text(
            self.privacy,
            self.tr(
                "Only the report's status is shown: its reference, kind, dates and the city's "
                "note. Nothing about you."
            ),
        )

    def wipe(self) -> None:
        self.stop_scan()
        self.reference.clear()


class RequestStatusStep(Step):
    step_id = "request-status-result"

    def __init__(
        self, screen: CheckRequestScreen, status: RequestStatus, verification: str | None = None
    ) -> None:
        super().__init__(screen)
        self.owner = screen
        self.verification = verification  # the receipt's code, to ask again the same way
        self.box = column(self)
        self.card: RequestCard | None = RequestCard(status)
        self.box.addWidget(self.card)
        self.box.addStretch(1)
        sync = screen.context.sync
        if sync is not None:  # the report was saved for later and is answered: ask again
            sync.request_answered.connect(self._answered)

    def _answered(self, reference: str, _answer: str) -> None:
        desk = _desk(self.owner)
        if self.card is None or reference != self.card.status.reference or desk is None:
            return
        verification = self.verification
        self.owner.run(lambda: desk.look_up(reference, verification), self._updated, self._stale)

    def _updated(self, status: RequestStatus) -> None:
        if self.card is None:
            return
        old, self.card = self.card, RequestCard(status)
        self.box.replaceWidget(old, self.card)
        old.deleteLater()
        self.card.show()
        announce(self, self.card.spoken_text())

    def _stale(self, error: Exception) -> None:
        """The new status could not be read: the one shown stays (it says when it was read)."""
        logger.info("report status update failed: %s", type(error).__name__)

    def title(self) -> str:
        return self.tr("Status of your report")

    def next_text(self) -> str:
        return self.tr("Done")

    def shown(self) -> None:
        announce(self, self.card.spoken_text() if self.card is not None else "")

    def advance(self) -> None:
        self.owner.leave()

    def retranslate(self) -> None:
        if self.card is not None:
            self.card.retranslate()

    def wipe(self) -> None:
        if self.card is not None:
            self.card.deleteLater()
            self.card = None
