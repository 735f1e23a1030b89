"""Staff card for assisted sessions (AD-01): read a member of staff's card during a resident's
session without disturbing the resident's own card sign-in (QtCore only).

:class:`StaffCardRouter` sits in front of the resident's
:class:`kiosk.identity.card_bridge.CardSignInBridge` as the one card-event listener. While the UI
has it *armed* (a resident, guest or library patron is signed in and nobody is helping yet), a card
put into a reader that does not hold the resident's card is read here instead:

* a **second reader** (the rig's "Virtual PCD 00 01", a staff-side reader on a real kiosk): the
  resident's card stays in the first one and their session goes on;
* the **same reader** when the resident's session holds no card (a guest session on a
  one-reader kiosk): the card is identified first; a staff card goes on here, any other card is
  handed to the resident bridge unchanged (a guest who inserts their own card starts a fresh
  card sign-in, as before).

A staff card is identified (genuine-card check, certificate chain, role from the certificate
policy), its holder enters their PIN, and the verified :class:`SignedIn` (role staff) is handed
to the UI, which asks the resident to agree. A card whose certificate is not a staff
certificate is refused before any PIN is asked. Removing the staff card afterwards ends nothing:
the staff member takes their card back at once, assistance goes on until ended on screen.

Card work runs on a "staff-card" worker thread; results cross to the GUI thread as queued signals
with immutable values. The PIN is a ``bytearray`` wiped after VERIFY, never in a signal or log.
"""

from __future__ import annotations

import concurrent.futures
import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from drivers.smartcard.monitor import CardEvent, CardEventKind
from kiosk.identity.card_bridge import CardSessionSlot, SessionOpener, submit_card_work, wipe
from kiosk.identity.sign_in import (
    CardAuthenticator,
    CardIdentified,
    SignedIn,
    SignInFailed,
    SignInFailure,
)
from kiosk.identity.trust import Role

logger = logging.getLogger(__name__)

CardListener = Callable[[CardEvent], None]


class StaffCardRouter(QObject):
    """Signals:
    card_inserted(): a card is being read as a possible staff card (show "reading").
    identified(CardIdentified): a card with the staff role was identified: ask the staff PIN.
    verified(SignedIn): a member of staff signed in (PIN and challenge passed).
    failed(SignInFailed): wrong PIN with tries left, blocked, unreadable… (translation key).
    refused(): the card is not a staff card (and cannot be handed to the resident's sign-in).
    card_removed(): the staff card left its reader.
    """

    card_inserted = Signal()
    identified = Signal(CardIdentified)
    verified = Signal(SignedIn)
    failed = Signal(SignInFailed)
    refused = Signal()
    card_removed = Signal()

    def __init__(
        self,
        service: CardAuthenticator,
        open_session: SessionOpener,
        resident: CardListener,
        *,
        reader_filter: str = "",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._card = CardSessionSlot(service, open_session, "staff card")
        self._resident = resident
        self._reader_filter = reader_filter
        self._worker = concurrent.futures.ThreadPoolExecutor(
            max_workers=1, thread_name_prefix="staff-card"
        )
        self._lock = threading.Lock()
        self._armed = False
        self._closed = False
        self._resident_reader: str | None = None  # the reader the resident bridge took
        self._staff_reader: str | None = None  # the reader whose card is read here
        self._identified: CardIdentified | None = None
        self._generation = 0  # bumps on removal and disarm: late results are dropped

    # -- GUI side -----------------------------------------------------------------------------
    def set_armed(self, armed: bool) -> None:
        """Read staff cards (True: a resident's session without a helper) or not."""
        with self._lock:
            if armed == self._armed:
                return
            self._armed = armed
            if armed:
                return
            self._generation += 1
            self._identified = None
            busy = self._staff_reader is not None and not self._closed
        if busy:
            submit_card_work(self._worker, None, "staff close", self._card.close, None)

    @property
    def armed(self) -> bool:
        with self._lock:
            return self._armed

    def forget(self) -> None:
        """Staff cancelled on screen: drop the card read so far (it is read again when it is
        taken out and put back in)."""
        with self._lock:
            self._generation += 1
            self._identified = None
            busy = self._staff_reader is not None and not self._closed
        if busy:
            submit_card_work(self._worker, None, "staff close", self._card.close, None)

    def submit_pin(self, pin: bytearray | None) -> None:
        """Verify the staff ``pin`` (wiped afterwards); None: the reader's own PIN pad."""
        with self._lock:
            generation = self._generation
            closed = self._closed
        if closed:
            wipe(pin)
            return
        submit_card_work(
            self._worker,
            self._card,
            "staff verify",
            lambda: self._verify(pin, generation),
            self._failed_if_current(generation),
        )

    def close(self) -> None:
        with self._lock:
            self._closed = True
            self._generation += 1
            self._identified = None
        submit_card_work(self._worker, None, "staff close", self._card.close, None)
        self._worker.shutdown(wait=True, cancel_futures=False)

    # -- monitor side (monitor thread) --------------------------------------------------------
    def on_card_event(self, event: CardEvent) -> None:
        """The one card listener: staff cards here, everything else to the resident bridge."""
        if event.reader and self._reader_filter and self._reader_filter not in event.reader:
            return
        kind = event.kind
        with self._lock:
            if self._closed:
                return
            staff_event = event.reader != "" and event.reader == self._staff_reader
            take = (
                kind is CardEventKind.CARD_INSERTED
                and self._armed
                and self._staff_reader is None
                and event.reader != self._resident_reader
            )
            if take:
                self._staff_reader = event.reader
                self._generation += 1
                generation = self._generation
            elif kind is CardEventKind.CARD_INSERTED and not staff_event:
                if self._resident_reader is None:
                    self._resident_reader = event.reader
            lost = kind is CardEventKind.SERVICE_LOST or (
                kind is CardEventKind.READER_REMOVED and staff_event
            )
            staff_gone = (kind is CardEventKind.CARD_REMOVED and staff_event) or (
                lost and self._staff_reader is not None
            )
            if staff_gone:
                self._staff_reader = None
                self._identified = None
                self._generation += 1
            if kind is CardEventKind.SERVICE_LOST or (
                kind in (CardEventKind.CARD_REMOVED, CardEventKind.READER_REMOVED)
                and event.reader == self._resident_reader
            ):
                self._resident_reader = None
        if take:
            self.card_inserted.emit()
            reader = event.reader
            submit_card_work(
                self._worker,
                self._card,
                "staff identify",
                lambda: self._identify(reader, generation),
                self._failed_if_current(generation),
            )
            return
        if staff_gone:
            submit_card_work(self._worker, None, "staff close", self._card.close, None)
            self.card_removed.emit()
        if staff_event and kind in (CardEventKind.CARD_INSERTED, CardEventKind.CARD_REMOVED):
            return  # the resident bridge never saw this card
        self._resident(event)

    # -- card work (staff-card thread) --------------------------------------------------------
    def _current(self, generation: int) -> bool:
        with self._lock:
            return generation == self._generation and not self._closed

    def _failed_if_current(self, generation: int) -> Callable[[SignInFailed], None]:
        def failed(failure: SignInFailed) -> None:
            if self._current(generation):
                self.failed.emit(failure)

        return failed

    def _identify(self, reader: str, generation: int) -> None:
        session, result = self._card.open_and_identify(reader)
        if session is None:
            if self._current(generation):
                self.failed.emit(result)
            return
        if not self._current(generation):
            self._card.close()
            return
        if isinstance(result, CardIdentified) and result.identity.role is Role.STAFF:
            with self._lock:
                self._identified = result
            logger.info("staff card identified")
            self.identified.emit(result)
            return
        self._card.close()
        self._not_staff(reader, result, generation)

    def _not_staff(
        self, reader: str, result: CardIdentified | SignInFailed, generation: int
    ) -> None:
        """Not a staff card: a card in the resident's own (free) reader goes to their sign-in."""
        with self._lock:
            if generation != self._generation or self._closed:
                return
            hand_over = self._resident_reader is None
            if hand_over:
                self._staff_reader = None
                self._resident_reader = reader
        if hand_over:
            logger.info("card is not a staff card: handed to the resident sign-in")
            self._resident(CardEvent(CardEventKind.CARD_INSERTED, reader))
        elif isinstance(result, SignInFailed) and result.reason is not SignInFailure.UNKNOWN_CARD:
            self.failed.emit(result)
        else:
            logger.info("card in the staff reader is not a staff card")
            self.refused.emit()

    def _verify(self, pin: bytearray | None, generation: int) -> None:
        with self._lock:
            identified = self._identified
        result = self._card.sign_in(identified, pin, lambda: self._current(generation))
        if result is None or not self._current(generation):
            return
        if isinstance(result, SignedIn):
            if result.identity.role is not Role.STAFF:
                self.refused.emit()
                return
            with self._lock:
                self._identified = None  # one verification per insert; nothing kept
            self._card.close()
            logger.info("staff card verified")
            self.verified.emit(result)
        else:
            self.failed.emit(result)
