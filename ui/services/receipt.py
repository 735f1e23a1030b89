"""The confirmation step every service ends with (shown by :meth:`ServiceScreen.show_receipt`).

It says plainly whether the request was **submitted** (the city's system acknowledged it) or
**queued** (saved on this kiosk, sent automatically when the network returns), shows the
reference large, follows the receipt printer's outcome, and offers "Show on screen instead" when
the printer fails (the reference and verification code then stay on screen until dismissed,
A11Y-19). When the paper ran out, "Print again" appears as soon as the printer is ready again
(followed through the printer's own events): the reprint says "COPY", and says "submitted" if the
saved request was delivered meanwhile (issue #15 item 8). "Read aloud" reads the receipt's
content through the window's speech (A11Y-06).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from concurrent.futures import Future

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton

from kiosk.records.receipt_journal import ReceiptPrintResult
from kiosk.records.receipts import ReceiptStatus, render_receipt
from kiosk.records.statistics import RATINGS
from kiosk.services.submit import SubmitOutcome
from kiosk.session.machine import Role
from kiosk.sync.bridge import Answer
from ui.assist import assist_for
from ui.services.feedback import FeedbackCommentStep
from ui.services.step import Step, StepHost, column
from ui.widgets.base import button, label, set_text

RECEIPT_QR_SIDE_PX = 240


def answer_title(answer: Answer) -> str:
    """The headline of a saved request that could not be sent (the status look-up's words)."""
    if answer is Answer.REFUSED:
        return QCoreApplication.translate("RequestStatus", "Refused by the city's system")
    if answer is Answer.IN_REVIEW:
        return QCoreApplication.translate("RequestStatus", "Being checked by staff")
    return QCoreApplication.translate("RequestStatus", "Not sent yet: staff will look at it")


class _PrintRelay(QObject):
    """Signals (emitted on the printer's thread, delivered queued on the GUI thread):
    finished(ReceiptPrintResult): a print or reprint of this receipt is over.
    printer_changed(): the printer reported an event (paper back: "Print again").
    """

    finished = Signal(ReceiptPrintResult)
    printer_changed = Signal()


class ReceiptStep(Step):
    """The last step of a service (no Back: the request is already saved).

    Attributes:
        outcome: what :func:`kiosk.services.submit.submit` returned.
        print_state: "printing" | "printed" | "failed" | "none" (no printer).
        answer: what became of a queued request while the step is shown (an
            :class:`kiosk.sync.bridge.Answer`), or None while it waits to be sent.
    """

    step_id = "receipt"
    final = True

    def __init__(
        self,
        screen: StepHost,
        outcome: SubmitOutcome,
        *,
        said: Callable[[], str] | None = None,
        said_queued: Callable[[], str] | None = None,
    ) -> None:
        super().__init__(screen)
        self.outcome = outcome
        self.said = said  # the outcome in the service's words ("Paid 45.20 EUR")
        self.said_queued = said_queued  # the same when it could only be saved for later
        self.print_state = "printing" if outcome.printing is not None else "none"
        self.answer: Answer | None = None
        self.on_screen = outcome.printing is None
        layout = column(self)
        self.status_title = label("title", name="receipt-status")
        self.status_text = label("body", name="receipt-status-text")
        self.reference_caption = label("subtitle", name="receipt-reference-caption")
        self.reference = label("hero", name="receipt-reference")
        self.reference.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.verification = label("body", name="receipt-verification")
        # on screen instead of on paper: the receipt's QR code too (scan it at any kiosk to see
        # what became of the request; a phone photo keeps it), made when first shown
        self.qr = QLabel()
        self.qr.setObjectName("receipt-qr")
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr.hide()
        self.print_text = label("body", name="receipt-print")
        self.show_button = button(name="receipt-show")
        self.print_again_button = button("primary", name="receipt-print-again")
        self.printer_ready = False
        self.reprinted = False
        self.read_button = button(name="receipt-read")
        self.done_button = button("primary", name="receipt-done")
        self.rating_label = label("subtitle", name="receipt-rating-question")
        self.ratings: dict[str, QPushButton] = {}
        rating_row = QHBoxLayout()
        for rating in RATINGS:
            choice = button("toggle", name=f"receipt-rating-{rating}")
            choice.setCheckable(True)
            choice.clicked.connect(lambda _=False, r=rating: self.rate(r))
            rating_row.addWidget(choice)
            self.ratings[rating] = choice
        self.rated = ""
        self.comment_button = button(name="receipt-comment")
        self.comment_button.clicked.connect(self.add_comment)
        self.comment_thanks = label("body", name="receipt-comment-thanks")
        self.commented = False
        for widget in (
            self.status_title,
            self.status_text,
            self.reference_caption,
            self.reference,
            self.verification,
            self.qr,
            self.print_text,
            self.print_again_button,
            self.show_button,
            self.read_button,
        ):
            layout.addWidget(widget)
        layout.addWidget(self.rating_label)
        layout.addLayout(rating_row)
        layout.addWidget(self.comment_button)
        layout.addWidget(self.comment_thanks)
        layout.addStretch(1)
        layout.addWidget(self.done_button)
        self.show_button.clicked.connect(self.show_on_screen)
        self.print_again_button.clicked.connect(self.print_again)
        self.read_button.clicked.connect(self.read_aloud)
        self.done_button.clicked.connect(screen.leave)
        self._relay = _PrintRelay(self)
        self._relay.finished.connect(self._printed, Qt.ConnectionType.QueuedConnection)
        self._relay.printer_changed.connect(
            self._printer_changed, Qt.ConnectionType.QueuedConnection
        )
        if outcome.printing is not None:
            outcome.printing.add_done_callback(self._print_done)
            self._follow_printer()
        sync = screen.context.sync
        if outcome.status is ReceiptStatus.QUEUED and not outcome.practice and sync is not None:
            sync.request_answered.connect(self._answered)  # disconnected when the step goes
        self.retranslate()

    def _answered(self, reference: str, answer: str) -> None:
        """The saved request was answered meanwhile: say what became of it (no longer "will be
        sent"), aloud too when speech is on."""
        if reference != self.outcome.reference:
            return
        self.answer = Answer(answer)
        self.retranslate()
        assist = assist_for(self)
        if assist is not None:
            assist.announce(self.status_title.text())

    def _follow_printer(self) -> None:
        """Listen to the printer's events while this step exists (paper back: "Print again")."""
        printer = self.service.context.printer  # an absent one never calls its listeners
        relay = self._relay

        def listener(_event: object) -> None:  # the printer's worker thread
            try:
                relay.printer_changed.emit()
            except RuntimeError:
                return  # the step was deleted meanwhile

        printer.add_listener(listener)

        def forget() -> None:
            with contextlib.suppress(ValueError):
                printer.remove_listener(listener)

        self.destroyed.connect(forget)
        self._printer_changed()

    def _printer_changed(self) -> None:
        printer = self.service.context.printer
        ready = printer.state.value == "ready" and printer.problem_key in (
            None,
            "printer.paper_low",
        )
        if ready != self.printer_ready:
            self.printer_ready = ready
            self.retranslate()

    def print_again(self) -> None:
        """Print the receipt again (marked "COPY"); a queued request delivered meanwhile is
        printed as submitted."""
        core = self.service.context.core
        desk = self.service.context.receipts
        if core is None or not desk.available:
            return
        reference = self.outcome.reference
        queue = core.queue_ops
        # the queue database and the journal are read off the GUI thread (either may be slow)
        self.service.run(
            lambda: desk.submit_reprint(reference, queue.state_of(reference)), self._reprinting
        )

    def _reprinting(self, future: Future[ReceiptPrintResult] | None) -> None:
        if future is None:  # not in the journal (it could not be written): say so
            self.print_state = "failed"
            self.retranslate()
            return
        self.reprinted = True
        self.print_state = "printing"
        future.add_done_callback(self._print_done)
        self.retranslate()

    def _print_done(self, future: Future[ReceiptPrintResult]) -> None:  # printer thread
        try:
            self._relay.finished.emit(future.result())
        except RuntimeError:
            return  # the step was deleted (resident left): nothing to show

    def _printed(self, result: ReceiptPrintResult) -> None:
        if result.show_reference_on_screen:
            self.print_state = "failed"
        else:
            self.print_state = "printed"
        self.retranslate()

    def rate(self, rating: str) -> None:
        """Optional one-tap "how did it go?": counted once, anonymously
        (kiosk.records.statistics)."""
        if not self.rated:
            self.service.count(f"feedback.{rating}")
        self.rated = rating
        for name, choice in self.ratings.items():
            choice.setChecked(name == rating)
            choice.setEnabled(False)
        self.retranslate()

    def add_comment(self) -> None:
        """An optional anonymous free-text comment (queued for the city, never logged)."""
        self.service.push(
            FeedbackCommentStep(self.service, rating=self.rated, on_sent=self._commented)
        )

    def _commented(self) -> None:
        """The comment was saved: back here, which now thanks the resident."""
        self.commented = True
        self.service.pop_to(self)

    def show_on_screen(self) -> None:
        self.on_screen = True
        self.retranslate()

    def read_aloud(self) -> None:
        assist = assist_for(self)
        if assist is None:
            return
        language = self.service.context.language
        assist.read_receipt(render_receipt(self.outcome.receipt, language))

    def title(self) -> str:
        return self.tr("Confirmation")

    def answer_text(self, answer: Answer) -> str:
        """What the resident should know about a saved request that could not be sent."""
        if answer is Answer.REFUSED:
            return self.tr(
                "The city's system refused this request, so nothing was done. Please ask staff, "
                "or try again."
            )
        if answer is Answer.IN_REVIEW:
            return QCoreApplication.translate(
                "RequestStatus",
                "The kiosk cannot tell whether the city received it, so it will never send it a "
                "second time by itself. A member of staff checks that it arrived.",
            )
        return QCoreApplication.translate(
            "RequestStatus",
            "It is saved, but this kiosk could not send it yet. Staff will send it or contact "
            "you. You can ask staff, with your reference.",
        )

    def retranslate(self) -> None:
        outcome = self.outcome
        if outcome.practice:
            set_text(self.status_title, self.tr("Practice: nothing was sent"))
            set_text(
                self.status_text,
                self.tr("This kiosk is in practice mode. This request was not sent to the city."),
            )
        elif outcome.status is ReceiptStatus.SUBMITTED and self.said is not None:
            set_text(self.status_title, self.said())
            set_text(
                self.status_text,
                self.tr("The city's system confirmed it. Keep your reference to follow it up."),
            )
        elif self.answer is Answer.SENT and self.said is not None and self.said_queued is None:
            # sent since: the service's words, unless they differ for a request saved for later
            # (a change of booking sent late keeps the old time: the plain words are then true)
            set_text(self.status_title, self.said())
            set_text(
                self.status_text,
                self.tr("The city's system confirmed it. Keep your reference to follow it up."),
            )
        elif outcome.status is ReceiptStatus.SUBMITTED or self.answer is Answer.SENT:
            set_text(self.status_title, self.tr("Sent: the city received your request"))
            set_text(
                self.status_text,
                self.tr("The city's system confirmed it. Keep your reference to follow it up."),
            )
        elif self.answer is not None:
            set_text(self.status_title, answer_title(self.answer))
            set_text(self.status_text, self.answer_text(self.answer))
        else:
            set_text(
                self.status_title,
                self.said_queued()
                if self.said_queued is not None
                else self.tr("Saved — will be sent when the network is back")
                if self.said is not None
                else self.tr("Saved: your request will be sent"),
            )
            # a guest has no notices inbox: never promise one (#15.12)
            guest = self.service.context.identity.role is Role.GUEST
            set_text(
                self.status_text,
                self.tr(
                    "The city's system could not confirm it yet, so your request is saved on "
                    "this kiosk in encrypted form and will be sent automatically. You do not "
                    "need to do it again. Keep your reference to follow it up."
                )
                if guest
                else self.tr(
                    "The city's system could not confirm it yet, so your request is saved on "
                    "this kiosk in encrypted form and will be sent automatically. You do not "
                    "need to do it again. It will appear in My notices once it is sent."
                ),
            )
        set_text(self.reference_caption, self.tr("Your reference"))
        set_text(self.reference, outcome.reference)
        self.verification.setVisible(self.on_screen)
        if self.on_screen and self.qr.pixmap().isNull():
            from ui.widgets.qr import qr_pixmap, qr_png

            png = qr_png(outcome.receipt.qr_payload, robust=True)
            self.qr.setPixmap(qr_pixmap(png, RECEIPT_QR_SIDE_PX))
        self.qr.setVisible(self.on_screen)
        self.qr.setAccessibleName(
            self.tr("QR code of your receipt: scan it at any kiosk to check your request")
        )
        set_text(
            self.verification,
            self.tr("Verification code: %1").replace("%1", outcome.receipt.verification),
        )
        if self.print_state == "printing":
            text = self.tr("Printing your receipt…")
        elif self.print_state == "printed":
            text = self.tr("Your receipt is printed. Please take it.")
        elif self.print_state == "failed":
            text = self.tr(
                "The receipt could not be printed. Please write down your reference or ask "
                "staff for a copy later."
            )
        else:
            text = self.tr("This kiosk cannot print receipts. Please write down your reference.")
        set_text(self.print_text, text)
        self.show_button.setVisible(self.print_state == "failed" and not self.on_screen)
        can_reprint = self.print_state == "failed" and self.printer_ready
        self.print_again_button.setVisible(can_reprint)
        set_text(self.print_again_button, self.tr("Print again"))
        if can_reprint:
            set_text(
                self.print_text,
                self.tr("The printer is ready again. Press Print again for your receipt."),
            )
        set_text(self.show_button, self.tr("Show on screen instead"))
        set_text(self.read_button, self.tr("Read aloud"))
        set_text(self.done_button, self.tr("Done"))
        set_text(
            self.rating_label,
            self.tr("Thank you for your answer.")
            if self.rated
            else self.tr("How did it go? (optional, anonymous)"),
        )
        self.comment_button.setVisible(not self.commented and not self.outcome.practice)
        set_text(self.comment_button, self.tr("Add a comment (optional)"))
        self.comment_thanks.setVisible(self.commented)
        set_text(
            self.comment_thanks,
            self.tr(
                "Thank you for your comment. It is saved on this kiosk and goes to the city "
                "automatically, without your name."
            ),
        )
        texts = {"good": self.tr("Good"), "ok": self.tr("OK"), "bad": self.tr("Not good")}
        for name, choice in self.ratings.items():
            set_text(choice, texts[name])
