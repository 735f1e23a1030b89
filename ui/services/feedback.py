"""The optional free-text comment after a service ("Add a comment"), reached from the receipt.

The comment is anonymous and goes to the city through the queue (:mod:`kiosk.services.feedback`);
the text box is wiped when the step is left and at session end, and nothing of it is logged.
"""

from __future__ import annotations

from collections.abc import Callable

from kiosk.services import feedback
from kiosk.services.submit import SubmitError, SubmitInvalid, enqueue
from ui.keyboard import Variant
from ui.services.city.common import attach_keyboard
from ui.services.step import Step, StepHost, page
from ui.widgets.base import label, set_text, text_area


class FeedbackCommentStep(Step):
    """Pushed by the confirmation step (:class:`ui.services.receipt.ReceiptStep`).

    Attributes:
        rating: the rating chosen on the confirmation step ("" for none), sent with the comment.
        on_sent: runs once the comment is saved (the confirmation step thanks the resident and
            comes back).
    """

    step_id = "feedback-comment"

    def __init__(self, screen: StepHost, *, rating: str, on_sent: Callable[[], None]) -> None:
        super().__init__(screen)
        self.owner = screen
        self.rating = rating
        self.on_sent = on_sent
        self.intro = label("body", name="feedback-intro")
        self.caption = label("body", name="feedback-comment-label")
        self.text = text_area("feedback-comment", screen.theme.spacing * 6)
        self.text.textChanged.connect(self._count)
        self.counter = label("body", name="feedback-counter")
        page(self, self.intro, self.caption, self.text, self.counter)

    def title(self) -> str:
        return self.tr("Your comment (optional)")

    def next_text(self) -> str:
        return self.tr("Send my comment")

    def shown(self) -> None:
        attach_keyboard(self, self.text, Variant.LONG_TEXT)

    def _count(self) -> None:
        self.counter.setText(
            self.tr("%1 of %2 characters")
            .replace("%1", str(len(self.text.toPlainText())))
            .replace("%2", str(feedback.MAX_COMMENT))
        )

    def advance(self) -> None:
        context = self.owner.context
        comment = feedback.Comment(
            self.text.toPlainText(),
            service_id=self.owner.service_id,
            rating=self.rating,
            language=context.language,
        )
        try:
            item = feedback.submission(
                comment, kiosk_id=context.config.kiosk.id, title=self.tr("Comment")
            )
        except SubmitInvalid as exc:
            if exc.problems.get("comment") == "feedback.too_long":
                self.owner.show_message(self.tr("Please shorten your comment."))
            else:
                self.owner.show_message(self.tr("Please write your comment first."))
            return
        core = context.core
        if core is None:
            self.owner.show_message(self.owner.error_text("submit.unavailable"))
            return
        if core.practice:  # practice kiosks never send anything
            self._sent(None)
            return
        self.owner.run(lambda: enqueue(core, item), self._sent, self._failed)

    def _sent(self, _result: object) -> None:
        self.text.clear()
        self.on_sent()

    def _failed(self, error: Exception) -> None:
        key = error.key if isinstance(error, SubmitError) else ""
        self.owner.show_message(self.owner.error_text(key))

    def retranslate(self) -> None:
        set_text(
            self.intro,
            self.tr(
                "Tell the city what went well or what could be better. Your comment is "
                "anonymous: it is sent without your name, so please do not write personal "
                "details in it."
            ),
        )
        set_text(self.caption, self.tr("Your comment"))
        self.text.setAccessibleName(self.tr("Your comment"))
        self._count()

    def wipe(self) -> None:
        self.text.clear()
