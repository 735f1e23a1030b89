"""The base of every service screen: a stack of steps, Back/Next, and a busy state.

A service is a :class:`ServiceScreen` holding a stack of :class:`Step` widgets. The resident
moves forward with :meth:`ServiceScreen.push` (usually from a step's :meth:`Step.advance`, run
when Next is pressed) and back with the Back button (popping the top step; on the first step
Back leaves the service). Back-end calls never run on the GUI thread: :meth:`ServiceScreen.run`
runs a callable on a thread pool and delivers its result (or typed error) back on the GUI thread
through a queued signal, showing "Please wait…" meanwhile with navigation disabled. A result that
arrives after the resident left (wipe, Back, session end) is dropped.

For service authors::

    class PetitionScreen(ServiceScreen):
        service_id = "petitions"
        def __init__(self, context):
            super().__init__(context)
            self.push(ListStep(self))
            self.run(lambda: context.city.petitions(sub), self._listed, self._failed)

    finish with ``self.submit(Submission(...))`` → the receipt step is shown (submitted/queued,
    print outcome, reference on screen when printing failed, read aloud) and Done goes home.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QWidget

from kiosk.identity.signing import Signer, SigningError, sign_document
from kiosk.services.backend_errors import classified
from kiosk.services.submit import Submission, SubmitError, SubmitOutcome, submit
from ui.assist import assist_for
from ui.formatting import language_notice_text
from ui.services.context import ServiceContext
from ui.services.receipt import ReceiptStep
from ui.services.step import Step, column
from ui.widgets.base import Screen, button, label, set_text

__all__ = ["ServiceScreen", "Step", "column", "pool", "wait_for_jobs"]
"""What service authors import from here (:class:`Step` and :func:`column` are defined in
:mod:`ui.services.step`, below the screen and the receipt)."""

logger = logging.getLogger(__name__)

T = TypeVar("T")

_POOL: QThreadPool | None = None


def pool() -> QThreadPool:
    """The thread pool service back-end calls run on (at most 4 at a time)."""
    global _POOL
    if _POOL is None:
        _POOL = QThreadPool()
        _POOL.setMaxThreadCount(4)
        _POOL.setExpiryTimeout(2000)
    return _POOL


def wait_for_jobs(timeout_ms: int = 10_000) -> bool:
    """Wait until no service job runs (shutdown and tests)."""
    return pool().waitForDone(timeout_ms)


class _Relay(QObject):
    """Lives on the GUI thread; emitted from the pool thread, so delivery is queued."""

    finished = Signal(object, object)  # result, error


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as exc:  # delivered to the screen's error handler on the GUI thread
            logger.debug("service job failed: %s", type(exc).__name__)
            # a back end's failure arrives as the application layer names it (BackendError)
            self._relay.finished.emit(None, classified(exc))
            return
        self._relay.finished.emit(result, None)


class ServiceScreen(Screen):
    """Signals:
    done(): leave the service (back to the home screen).

    Attributes:
        context: the service context (theme, config, controller, core, sync).
        steps: the step stack (last = current).
    """

    screen_id = "service"
    service_id = ""
    done = Signal()

    def __init__(self, context: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(context.theme, parent)
        self.setObjectName(self.screen_id)
        self.context = context
        self.steps: list[Step] = []
        self._generation = 0
        self._busy = 0
        self._cancel = threading.Event()
        self._relays: set[_Relay] = set()
        self.said: Callable[[], str] | None = None  # the outcome's words for the receipt
        # the words when the request could only be saved for later, where that changes what
        # the resident should know (a change of booking keeps the old time until then)
        self.said_queued: Callable[[], str] | None = None
        outer = self.vbox()
        self.heading = label("title", name=f"{self.screen_id}-title")
        self.step_label = label("subtitle", name=f"{self.screen_id}-step")
        # said once per screen when back-end texts are not in the resident's language
        self.language_notice = label("info", name=f"{self.screen_id}-language-notice")
        self.language_notice.hide()
        outer.addWidget(self.heading)
        outer.addWidget(self.step_label)
        outer.addWidget(self.language_notice)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack, 1)
        self.busy_label = label("subtitle", name=f"{self.screen_id}-busy", centred=True)
        self.busy_label.hide()
        outer.addWidget(self.busy_label)
        self.message = label("body", name=f"{self.screen_id}-message")
        self.message.hide()
        outer.addWidget(self.message)
        nav = QWidget()
        row = QHBoxLayout(nav)
        row.setContentsMargins(0, 0, 0, self.theme.spacing // 2)
        row.setSpacing(self.theme.spacing)
        self.back_button = button(name=f"{self.screen_id}-back")
        self.next_button = button("primary", name=f"{self.screen_id}-next")
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self._next)
        row.addWidget(self.back_button)
        row.addWidget(self.next_button)
        # outside the scrolling page: Back/Next never scroll away or hide behind the keyboard
        self.pin_below(nav)

    # -- steps -------------------------------------------------------------------------------
    @property
    def current(self) -> Step | None:
        return self.steps[-1] if self.steps else None

    def push(self, step: Step) -> Step:
        """Show ``step`` on top of the stack."""
        self.steps.append(step)
        self.count(f"service.{self.service_id}.step.{len(self.steps)}")
        self.stack.addWidget(step)
        self.stack.setCurrentWidget(step)
        self.show_message("")
        step.retranslate()
        self._refresh()
        step.shown()
        return step

    def replace(self, step: Step) -> Step:
        """Show ``step`` instead of the current one (Back skips the replaced step)."""
        if self.steps:
            self._drop(self.steps.pop())
        return self.push(step)

    def pop_to(self, step: Step) -> None:
        """Go back to ``step`` (dropping those above it)."""
        while self.steps and self.steps[-1] is not step:
            self._drop(self.steps.pop())
        self._show_top()

    def back(self) -> None:
        """Back: previous step, or leave the service from the first one."""
        if self._busy:
            return
        if len(self.steps) <= 1:
            self.leave()
            return
        self._drop(self.steps.pop())
        self._show_top()

    def leave(self) -> None:
        """Leave the service (home)."""
        self._cancel.set()
        self._generation += 1
        self.done.emit()

    def _show_top(self) -> None:
        top = self.current
        if top is not None:
            self.stack.setCurrentWidget(top)
            self.show_message("")
            top.retranslate()
            self._refresh()
            top.shown()

    def _drop(self, step: Step) -> None:
        step.wipe()
        self.stack.removeWidget(step)
        step.deleteLater()

    def _next(self) -> None:
        step = self.current
        if step is not None and not self._busy:
            step.advance()

    def refresh(self) -> None:
        """Update title, step counter and buttons (after a step changed what Next says)."""
        self._refresh()

    def _refresh(self) -> None:
        step = self.current
        set_text(self.heading, self.title())
        count = len(self.steps)
        self.step_label.setVisible(count > 1 and step is not None and bool(step.title()))
        if step is not None and step.title():
            set_text(self.step_label, step.title())
        next_text = step.next_text() if step is not None else ""
        self.next_button.setVisible(bool(next_text))
        if next_text:
            set_text(self.next_button, next_text)
        set_text(
            self.back_button,
            self.tr("Back") if count > 1 else self.tr("Back to the services"),
        )
        self.back_button.setVisible(not getattr(step, "final", False))
        self.update_language_notice()
        busy = bool(self._busy)
        self.back_button.setEnabled(not busy)
        self.next_button.setEnabled(not busy)
        self.stack.setEnabled(not busy)

    def update_language_notice(self) -> None:
        """Show (or hide) the notice for the current step's texts in another language."""
        step = self.current
        text = language_notice_text(step.foreign_languages if step is not None else frozenset())
        set_text(self.language_notice, text)
        self.language_notice.setVisible(bool(text))

    def show_message(self, text: str) -> None:
        """A message under the step (errors, offline notes); stays until the next step."""
        set_text(self.message, text)
        self.message.setVisible(bool(text))
        if text:
            self.message.setFocus()
            assist = assist_for(self)
            if assist is not None:  # spoken too, when speech is on (A11Y-07)
                assist.announce(text)

    # -- background work ---------------------------------------------------------------------
    def run(
        self,
        fn: Callable[[], T],
        on_result: Callable[[T], object],
        on_error: Callable[[Exception], None] | None = None,
        *,
        busy_text: str = "",
    ) -> None:
        """Run ``fn`` off the GUI thread; ``on_result``/``on_error`` run on the GUI thread.

        The screen is busy meanwhile (navigation disabled, "Please wait…"); results that come
        back after the resident left the step stack (wipe/leave) are dropped.
        """
        generation = self._generation
        # parented: the pool thread's job must never hold the last reference (the relay would
        # then be destroyed on that thread, which can deadlock against the GUI thread)
        relay = _Relay(self)
        self._relays.add(relay)

        def deliver(result: object, error: object) -> None:
            self._relays.discard(relay)
            relay.deleteLater()
            self._busy = max(0, self._busy - 1)
            self._update_busy()
            if generation != self._generation:
                return
            if isinstance(error, Exception):
                if on_error is not None:
                    on_error(error)
                else:
                    self.failed(error)
            else:
                on_result(result)  # type: ignore[arg-type]

        relay.finished.connect(deliver, Qt.ConnectionType.QueuedConnection)
        self._busy += 1
        set_text(self.busy_label, busy_text or self.tr("Please wait…"))
        self._update_busy()
        pool().start(_Job(fn, relay))

    @property
    def busy(self) -> bool:
        return bool(self._busy)

    def _update_busy(self) -> None:
        self.busy_label.setVisible(bool(self._busy))
        self._refresh()

    def failed(self, error: Exception) -> None:
        """Default error handler: a plain message; the resident can try again or go back."""
        key = getattr(error, "key", "")
        if not key:
            logger.error("service %s job failed: %s", self.service_id, type(error).__name__)
        self.show_message(self.error_text(str(key)))

    def error_text(self, key: str) -> str:
        """A plain sentence for an error key (network, queue, refusal)."""
        if key in ("gateway.unavailable", "offline"):
            return self.tr(
                "The city's service cannot be reached right now. This part needs the network. "
                "Please try again later or ask staff."
            )
        if key == "submit.unavailable":
            return self.tr(
                "Your request could not be saved on this kiosk. Nothing was sent. Please ask "
                "staff for help."
            )
        if key == "submit.storage_full":
            return self.tr(
                "This kiosk's storage is full, so your request could not be saved. Nothing was "
                "sent. Please use another kiosk or ask staff."
            )
        if key in ("gateway.closed",):
            return self.tr("This is closed and no longer accepts responses.")
        return self.tr("Something went wrong. Nothing was sent. Please try again or ask staff.")

    # -- statistics --------------------------------------------------------------------------
    def count(self, counter: str) -> None:
        """Count an anonymous event for planners (kiosk.records.statistics; counts only)."""
        if not self.service_id:
            return
        from kiosk.records.statistics import recorder_for

        recorder = recorder_for(self.context.session)
        if recorder is not None:
            recorder.record(counter)

    # -- card signature ----------------------------------------------------------------------
    def signer(self) -> Signer | None:
        """The resident's card for signing declarations (the window's card bridge), or None
        when this session was not opened with a card."""
        card = getattr(self.window(), "card", None)
        if card is None or not hasattr(card, "sign_digest"):
            return None
        signer: Signer = card
        return signer if signer.signing_certificate() is not None else None

    def signer_or_explain(self) -> Signer | None:
        """:meth:`signer`, or None after telling the resident why nothing can be signed (this
        session was not opened with a card)."""
        signer = self.signer()
        if signer is None:
            self.show_message(
                self.tr(
                    "Signing needs the eCitizen card you signed in with. Please sign in with "
                    "your card and PIN, or ask staff."
                )
            )
        return signer

    def sign_then(
        self,
        signer: Signer,
        document: Mapping[str, Any],
        on_signed: Callable[[dict[str, str]], None],
    ) -> None:
        """Have the card sign ``document`` off the GUI thread, then ``on_signed(signature)``;
        when the card did not sign, a message says so (keep the card in the reader and try
        again); other errors go to :meth:`failed`."""

        def refused(error: Exception) -> None:
            if isinstance(error, SigningError):
                self.show_message(
                    self.tr("Your card did not sign. Please keep it in the reader and try again.")
                )
            else:
                self.failed(error)

        self.run(lambda: sign_document(signer, document), on_signed, refused)

    # -- submitting --------------------------------------------------------------------------
    def submit(
        self,
        submission: Submission,
        on_refused: Callable[[SubmitError], None] | None = None,
        *,
        said: Callable[[], str] | None = None,
    ) -> None:
        """Queue ``submission`` (worker thread), then show the receipt step.

        ``said`` is the outcome in the service's words for the receipt's headline when the
        city confirmed it ("Paid 45.20 EUR", "Booking cancelled"); without it the receipt says
        the request was received."""
        core = self.context.core
        if core is None:
            self.show_message(self.error_text("submit.unavailable"))
            return
        language = self.context.language
        cancel = self._cancel

        def work() -> SubmitOutcome:
            return submit(core, submission, language, cancel=cancel)

        def refused(error: Exception) -> None:
            if isinstance(error, SubmitError) and on_refused is not None:
                on_refused(error)
            else:
                self.failed(error)

        self.said = said
        self.said_queued = None
        self.run(work, self.show_receipt, refused, busy_text=self.tr("Sending your request…"))

    def build_and_submit(
        self,
        build: Callable[[], Submission],
        invalid: type[Exception],
        *,
        said: Callable[[], str] | None = None,
    ) -> bool:
        """Build the submission from the resident's answers and :meth:`submit` it; an
        ``invalid`` error while building it (answers the service refuses before anything is
        sent) is shown as a message instead (:meth:`failed`). False when nothing was submitted."""
        try:
            submission = build()
        except invalid as exc:
            self.failed(exc)
            return False
        self.submit(submission, said=said)
        return True

    def show_receipt(self, outcome: SubmitOutcome) -> None:
        """The confirmation step (submitted vs queued, reference, print outcome, and the
        outcome in the service's words when the last :meth:`submit` gave them)."""
        self.context.controller.complete()
        self.push(ReceiptStep(self, outcome, said=self.said, said_queued=self.said_queued))

    # -- Screen contract ---------------------------------------------------------------------
    def retranslate(self) -> None:
        for step in self.steps:
            step.retranslate()
        self._refresh()

    def wipe(self) -> None:
        self._cancel.set()
        self._generation += 1
        for step in self.steps:
            step.wipe()
        self.show_message("")
