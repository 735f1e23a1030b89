"""Qt bridge for card sign-in: monitor events and card work become signals (QtCore only).

The card monitor calls back on its own thread; card work (identify, PIN, challenge) runs on one
"card-worker" thread here. Results cross to the GUI thread as queued signals carrying immutable
values. The PIN travels as a ``bytearray`` that the sign-in service wipes after VERIFY; it is
never put in a signal, a log or a Qt property.

With :meth:`CardSignInBridge.read_fingerprint_templates` on, a resident's fingerprint template
(readable only after the PIN) is read right after a successful sign-in, before ``signed_in`` is
emitted, and kept here as a ``bytearray``: the UI gets a copy per attempt (the sensor service
zeroes it) and has it wiped once the step is over; card removal wipes it too. It is never put in
a signal or a log either.
"""

from __future__ import annotations

import concurrent.futures
import logging
import threading
from collections.abc import Callable
from typing import Protocol

from cryptography import x509
from PySide6.QtCore import QObject, Signal

from drivers.smartcard.errors import CardError, CardRemovedError, DataObjectNotFoundError
from drivers.smartcard.monitor import CardEvent, CardEventKind
from drivers.smartcard.profile import KeySlot
from kiosk.identity.sign_in import (
    CardAuthenticator,
    CardIdentified,
    CardSessionLike,
    SignedIn,
    SignInFailed,
    SignInFailure,
    failure_from_error,
)
from kiosk.identity.signing import digest_challenge
from kiosk.identity.trust import Role

logger = logging.getLogger(__name__)


class ClosableCardSession(CardSessionLike, Protocol):
    def read_uid(self) -> bytes: ...
    def read_fingerprint_template(self) -> bytes: ...
    def close(self) -> None: ...


SessionOpener = Callable[[str], ClosableCardSession]


def wipe(secret: bytearray | None) -> None:
    """Zero a PIN or template buffer in place (None: nothing to wipe)."""
    if secret is not None:
        secret[:] = bytes(len(secret))


def _log_failure(step: str, failure: SignInFailed) -> None:
    """Log a sign-in failure by its key and technical detail (never personal data)."""
    logger.info("card %s failed: %s (%s)", step, failure.key, failure.detail)


def submit_card_work(
    worker: concurrent.futures.Executor,
    slot: CardSessionSlot | None,
    what: str,
    work: Callable[[], None],
    failed: Callable[[SignInFailed], None] | None,
) -> None:
    """Run ``work`` on a card worker thread so that nothing it raises is lost in a dropped
    future: a hostile card can make a parser raise something no card error covers (a
    certificate ``cryptography`` cannot decode, say), and a bug is a bug. The failure is logged
    with the step and the exception's type only (its message may quote card data), ``slot``'s
    session is closed, and ``failed`` gets ``SignInFailed(CARD_UNREADABLE)`` so the UI leaves
    "reading card" for "card could not be read". ``failed`` None: housekeeping, logged only."""

    def guarded() -> None:
        try:
            work()
        except Exception as exc:  # any card-worker failure becomes a UI state and a log line
            logger.error("card worker step %s failed: %s", what, type(exc).__name__)
            if slot is not None:
                slot.close_quietly()
            if failed is not None:
                failed(
                    SignInFailed(
                        SignInFailure.CARD_UNREADABLE, None, f"{what}: {type(exc).__name__}"
                    )
                )

    worker.submit(guarded)


class CardSessionSlot:
    """The one open card session of a card worker thread: opened and identified per inserted
    card, used for the PIN, closed on removal. Use it from that worker thread only."""

    def __init__(self, service: CardAuthenticator, open_session: SessionOpener, name: str) -> None:
        self._service = service
        self._open_session = open_session
        self._name = name
        self.session: ClosableCardSession | None = None

    def close(self) -> None:
        session, self.session = self.session, None
        if session is not None:
            try:
                session.close()
            except CardError:
                logger.debug("%s session close failed (card already gone)", self._name)

    def close_quietly(self) -> None:
        """Close after a failed step, whatever the session raises (it may be the culprit)."""
        try:
            self.close()
        except Exception as exc:  # the session is dropped either way
            self.session = None
            logger.debug("%s session close failed: %s", self._name, type(exc).__name__)

    def open_and_identify(
        self, reader: str
    ) -> tuple[ClosableCardSession | None, CardIdentified | SignInFailed]:
        """Close the previous session, open one on ``reader`` and identify its card (no PIN).
        When the session cannot be opened: no session and the failure of the card error."""
        self.close()
        try:
            session = self._open_session(reader)
        except CardError as exc:
            return None, failure_from_error(exc)
        self.session = session
        return session, self._service.identify(session)

    def sign_in(
        self, identified: CardIdentified | None, pin: bytearray | None, current: Callable[[], bool]
    ) -> SignedIn | SignInFailed | None:
        """VERIFY ``pin`` (always wiped afterwards; None: the reader's PIN pad) and the challenge.
        None, without touching the card, when there is no session or identified card or the
        card is no longer ``current()``."""
        try:
            session = self.session
            if session is None or identified is None or not current():
                return None
            return self._service.sign_in(session, identified, pin)
        finally:
            wipe(pin)


class CardSignInBridge(QObject):
    """Signals:
    reader_changed(bool): a usable reader is present (True) or gone (False).
    card_inserted(): a card was put in the reader (reading starts).
    card_removed(): the card left the reader (end the session at once).
    identified(CardIdentified): the card's holder (name, tries left, PIN pad): ask for the PIN.
    library_card_read(str): a contactless card without an eCitizen application: its UID (hex),
        an identifier only, never proof of identity.
    signed_in(SignedIn): the PIN and the challenge passed.
    failed(SignInFailed): why a step failed (translation key, tries left).
    """

    reader_changed = Signal(bool)
    card_inserted = Signal()
    card_removed = Signal()
    identified = Signal(CardIdentified)
    library_card_read = Signal(str)
    signed_in = Signal(SignedIn)
    failed = Signal(SignInFailed)

    def __init__(
        self,
        service: CardAuthenticator,
        open_session: SessionOpener,
        *,
        reader_filter: str = "",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._card = CardSessionSlot(service, open_session, "card")
        self._reader_filter = reader_filter
        self._worker = concurrent.futures.ThreadPoolExecutor(
            max_workers=1, thread_name_prefix="card-worker"
        )
        self._lock = threading.Lock()
        self._reader: str | None = None  # the reader whose card we are using
        self._readers: set[str] = set()
        self._identified: CardIdentified | None = None
        self._generation = 0  # bumps on every removal: late results of old cards are dropped
        self._read_templates = False
        self._template: bytearray | None = None  # the signed-in resident's fingerprint template

    # -- monitor side (monitor thread) --------------------------------------------------------
    def on_card_event(self, event: CardEvent) -> None:
        """Give this to :class:`drivers.smartcard.CardMonitor` as ``on_event``."""
        if event.reader and self._reader_filter and self._reader_filter not in event.reader:
            return
        kind = event.kind
        if kind is CardEventKind.READER_ADDED:
            with self._lock:
                self._readers.add(event.reader)
            self.reader_changed.emit(True)
        elif kind in (CardEventKind.READER_REMOVED, CardEventKind.SERVICE_LOST):
            with self._lock:
                if kind is CardEventKind.SERVICE_LOST:
                    self._readers.clear()
                else:
                    self._readers.discard(event.reader)
                ours = self._reader is not None and (
                    kind is CardEventKind.SERVICE_LOST or event.reader == self._reader
                )
                any_left = bool(self._readers)
            if ours:
                self._drop_card()
                self.failed.emit(SignInFailed(SignInFailure.READER_GONE))
                self.card_removed.emit()
            self.reader_changed.emit(any_left)
        elif kind is CardEventKind.SERVICE_BACK:
            pass  # readers come back as READER_ADDED events
        elif kind is CardEventKind.CARD_INSERTED:
            with self._lock:
                if self._reader is not None:
                    return  # one card at a time; a second reader's card waits
                self._reader = event.reader
                self._generation += 1
                generation = self._generation
            self.card_inserted.emit()
            self._submit("identify", self._identify, event.reader, generation)
        elif kind is CardEventKind.CARD_REMOVED:
            with self._lock:
                if event.reader != self._reader:
                    return
            self._drop_card()
            self.card_removed.emit()

    def _drop_card(self) -> None:
        with self._lock:
            self._reader = None
            self._generation += 1
            self._identified = None
        self.wipe_fingerprint_template()
        self._submit_quiet("close", self._card.close)

    # -- card work (card-worker thread) -------------------------------------------------------
    def _submit(self, what: str, fn: Callable[..., None], *args: object) -> None:
        """Run card work on the worker; whatever it raises reaches the UI as a failure (see
        :func:`submit_card_work`), unless the card was removed meanwhile."""
        with self._lock:
            generation = self._generation

        def failed(failure: SignInFailed) -> None:
            if self._current(generation):  # a removed card already told the UI
                self.failed.emit(failure)

        submit_card_work(self._worker, self._card, what, lambda: fn(*args), failed)

    def _submit_quiet(self, what: str, fn: Callable[[], None]) -> None:
        """Housekeeping on the worker (closing a session): failures are logged, not shown."""
        submit_card_work(self._worker, None, what, fn, None)

    def _current(self, generation: int) -> bool:
        with self._lock:
            return generation == self._generation

    def _identify(self, reader: str, generation: int) -> None:
        session, result = self._card.open_and_identify(reader)
        if not self._current(generation):
            return
        if isinstance(result, CardIdentified):
            with self._lock:
                self._identified = result
            self.identified.emit(result)
        elif session is not None and result.reason is SignInFailure.UNKNOWN_CARD:
            self._try_library_card(session, result, generation)
        else:
            _log_failure("identify", result)
            self.failed.emit(result)

    def _try_library_card(
        self, session: ClosableCardSession, failure: SignInFailed, generation: int
    ) -> None:
        try:
            uid = session.read_uid()
        except CardError:
            uid = b""
        if not self._current(generation):
            return
        if uid:
            self.library_card_read.emit(uid.hex().upper())
        else:
            _log_failure("identify", failure)
            self.failed.emit(failure)

    def _verify(self, pin: bytearray | None, generation: int) -> None:
        session = self._card.session
        result = self._card.sign_in(self._identified, pin, lambda: self._current(generation))
        if result is None:
            self.failed.emit(SignInFailed(SignInFailure.CARD_REMOVED))
            return
        if not self._current(generation):
            return
        if isinstance(result, SignedIn):
            if self._read_templates and result.identity.role is Role.RESIDENT:
                assert session is not None  # sign_in ran on it
                self._keep_template(session, generation)
            self.signed_in.emit(result)
        else:
            _log_failure("verify", result)
            self.failed.emit(result)

    def _keep_template(self, session: ClosableCardSession, generation: int) -> None:
        """Read the resident's fingerprint template (PIN verified) and keep it for the UI."""
        try:
            template = bytearray(session.read_fingerprint_template())
        except DataObjectNotFoundError:
            return  # this card carries no fingerprint: PIN only
        except CardError as exc:
            logger.info("fingerprint template not read: %s", exc.key)
            return
        with self._lock:
            if generation != self._generation:
                wipe(template)
                return
            old, self._template = self._template, template
        wipe(old)

    # -- GUI side -----------------------------------------------------------------------------
    def read_fingerprint_templates(self, enabled: bool) -> None:
        """Read a resident's fingerprint template after the PIN (the sensor is there)."""
        self._read_templates = enabled

    def fingerprint_template_ready(self) -> bool:
        """The signed-in card's fingerprint template was read and is waiting here."""
        with self._lock:
            return self._template is not None

    def copy_fingerprint_template(self) -> bytearray | None:
        """A copy of the template for one attempt; the caller wipes it (``verify`` does). The
        original stays here for another try until :meth:`wipe_fingerprint_template`."""
        with self._lock:
            return bytearray(self._template) if self._template is not None else None

    def wipe_fingerprint_template(self) -> None:
        """Zero and drop the template (skip, session end, card out)."""
        with self._lock:
            template, self._template = self._template, None
        wipe(template)

    def submit_pin(self, pin: bytearray | None) -> None:
        """Verify ``pin`` (wiped afterwards) or, with None, ask the reader's own PIN pad."""
        with self._lock:
            generation = self._generation
        self._submit("verify", self._verify, pin, generation)

    def forget_card(self) -> None:
        """Session ended while a card is still in: drop what we know, keep watching."""
        with self._lock:
            self._identified = None
            self._generation += 1
            reader = self._reader
        self.wipe_fingerprint_template()
        if reader is not None:
            self._submit_quiet("close", self._card.close)

    def sign_digest(self, digest: bytes) -> concurrent.futures.Future[bytes]:
        """Have the signed-in card sign a SHA-256 ``digest`` (GENERAL AUTHENTICATE, slot 9A) in
        the already PIN-verified session, on the card-worker thread. The future raises
        CardRemovedError when no verified card session is there (see kiosk.identity.signing)."""
        if len(digest) != 32:
            raise ValueError("a SHA-256 digest is 32 bytes")
        with self._lock:
            generation = self._generation
        return self._worker.submit(self._sign_digest, bytes(digest), generation)

    def _sign_digest(self, digest: bytes, generation: int) -> bytes:
        session, identified = self._card.session, self._identified
        if session is None or identified is None or not self._current(generation):
            raise CardRemovedError("no signed-in card session")
        challenge = digest_challenge(identified.auth_certificate.public_key(), digest)
        return session.authenticate(KeySlot.PIV_AUTH, challenge.payload)

    def signing_certificate(self) -> x509.Certificate | None:
        """The signed-in card's PIV authentication certificate (None without a card)."""
        with self._lock:
            identified = self._identified
        return identified.auth_certificate if identified is not None else None

    def reader_present(self) -> bool:
        with self._lock:
            return bool(self._readers)

    def close(self) -> None:
        self._drop_card()
        self._worker.shutdown(wait=True, cancel_futures=False)
