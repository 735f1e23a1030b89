"""Library-card sign-in: a contactless library card is an identifier, not proof (issue #14.5).

A card's UID can be cloned, so holding the card shows nothing of the patron. The library PIN
is asked for **every** library-card sign-in, whatever the library system says about PINs, and
the library system must confirm it (SIP2 23 with ``AD`` answering ``CQY``); nothing of the
patron (name, fees, loans) is read before that.

Wrong PINs are limited like the eCitizen card's: :data:`MAX_ATTEMPTS` wrong PINs within
:data:`LOCK_S` lock that card on this kiosk for :data:`LOCK_S` seconds (the library system's
own limits still apply). Cards are counted under a keyed pseudonym, never their UID. Every
attempt goes to the audit log (``auth.attempt``, factor ``library_card``: result, tries left,
error key and the card's pseudonym; never the PIN, its length, the UID or a name).

Pure Python, no Qt; :meth:`LibraryCardSignIn.verify` does network I/O (call it on a worker).
"""

from __future__ import annotations

import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

from kiosk.records.audit import AuditLog, pseudonym, record_or_log
from kiosk.services import library
from offline_queue.connectors.sip2 import Sip2Error

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 3
"""Wrong library PINs in a row before the card is locked on this kiosk."""
LOCK_S = 15 * 60
"""How long a card stays locked on this kiosk (and how long a wrong PIN is remembered)."""
MAX_CARDS = 4096
"""Cards remembered at once (the oldest is forgotten first)."""


@dataclass
class _Record:
    failures: int
    last_failure: float
    locked_until: float = 0.0


class PinAttempts:
    """Wrong-PIN counts per card on this kiosk (in memory, keyed by pseudonym). Thread-safe."""

    def __init__(
        self,
        max_attempts: int = MAX_ATTEMPTS,
        lock_s: float = LOCK_S,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if max_attempts < 1 or lock_s <= 0:
            raise ValueError("at least one attempt and a positive lock time")
        self.max_attempts = max_attempts
        self.lock_s = lock_s
        self._clock = clock
        self._records: OrderedDict[str, _Record] = OrderedDict()
        self._lock = threading.Lock()

    def _current(self, card: str, now: float) -> _Record | None:
        record = self._records.get(card)
        if record is None:
            return None
        if record.locked_until and now >= record.locked_until:
            del self._records[card]  # the lock ran out: a fresh start
            return None
        if not record.locked_until and now - record.last_failure >= self.lock_s:
            del self._records[card]  # old wrong PINs are forgotten
            return None
        return record

    def locked_for(self, card: str) -> int:
        """Seconds this card stays locked (0: not locked)."""
        with self._lock:
            now = self._clock()
            record = self._current(card, now)
            if record is None or not record.locked_until:
                return 0
            return max(1, int(record.locked_until - now + 0.999))

    def tries_left(self, card: str) -> int:
        with self._lock:
            record = self._current(card, self._clock())
            failures = record.failures if record is not None else 0
            return max(0, self.max_attempts - failures)

    def failed(self, card: str) -> int:
        """A wrong PIN; returns the tries left (0: the card is now locked)."""
        with self._lock:
            now = self._clock()
            record = self._current(card, now)
            if record is None:
                record = _Record(0, now)
            record.failures += 1
            record.last_failure = now
            if record.failures >= self.max_attempts:
                record.locked_until = now + self.lock_s
            self._records[card] = record
            self._records.move_to_end(card)
            while len(self._records) > MAX_CARDS:
                self._records.popitem(last=False)
            return max(0, self.max_attempts - record.failures)

    def succeeded(self, card: str) -> None:
        with self._lock:
            self._records.pop(card, None)


_SHARED: PinAttempts | None = None
_SHARED_LOCK = threading.Lock()


def shared_attempts() -> PinAttempts:
    """The kiosk's one wrong-PIN counter (library cards and linked library accounts alike)."""
    global _SHARED
    with _SHARED_LOCK:
        if _SHARED is None:
            _SHARED = PinAttempts()
        return _SHARED


class LibraryCardSignIn:
    """Verifies the library PIN for a card UID, with the attempt limit and the audit trail.

    Args:
        key: the kiosk's pseudonym key (``kiosk.session.assistance.load_or_create_key``).
        audit: the audit log, or None (nothing recorded).
        attempts: the wrong-PIN counter (default: the kiosk's :func:`shared_attempts`, which
            outlives sessions).
        actor: the audit actor: ``patron`` (a library-card sign-in) or ``resident`` (a
            resident's linked library account).
        rule: what the site's library system takes as a password (default: a 4–8 digit PIN;
            ``library.PasswordRule.of(config)`` for the site's ``[library]`` setting).
    """

    def __init__(
        self,
        key: bytes,
        audit: AuditLog | None,
        attempts: PinAttempts | None = None,
        *,
        actor: str = "patron",
        rule: library.PasswordRule | None = None,
    ) -> None:
        if len(key) < 16:
            raise ValueError("the pseudonym key must be at least 16 bytes")
        self._key = key
        self._actor = actor
        self._audit = audit
        self.attempts = attempts if attempts is not None else shared_attempts()
        self.rule = rule if rule is not None else library.PasswordRule()

    def card_ref(self, uid: str) -> str:
        return pseudonym(self._key, "library_card", uid.strip())

    def locked_for(self, uid: str) -> int:
        return self.attempts.locked_for(self.card_ref(uid))

    def tries_left(self, uid: str) -> int:
        return self.attempts.tries_left(self.card_ref(uid))

    def check_card(self, uid: str) -> None:
        """Before asking for the PIN (no network): LibraryError ``library.bad_card`` or
        ``library.locked`` (``locked_s`` set)."""
        if not library.valid_patron_id(uid):
            raise library.LibraryError("library.bad_card")
        locked = self.locked_for(uid)
        if locked:
            raise library.LibraryError("library.locked", tries_left=0, locked_s=locked)

    def verify(self, factory: library.Sip2Factory, uid: str, pin: bytearray) -> library.Patron:
        """Check the PIN with the library system (``pin`` is zeroed here).

        Raises LibraryError (``library.locked``, ``library.wrong_pin`` with ``tries_left``,
        ``library.bad_pin``, ``library.unknown_card``, ``library.pin_unverifiable``) or
        ``Sip2Error`` (the library system cannot be reached; no try is used up).
        """
        card = self.card_ref(uid)
        try:
            text = pin.decode("utf-8", errors="replace")  # a text password may be UTF-8
        finally:
            pin[:] = bytes(len(pin))
        try:
            self.check_card(uid)
            patron = library.check_pin(factory, uid.strip(), text, self.rule)
        except library.LibraryError as exc:
            if exc.key in ("library.wrong_pin", "library.bad_pin"):
                exc.tries_left = self.attempts.failed(card)
                if exc.tries_left == 0:
                    exc.locked_s = self.attempts.locked_for(card)
                    self._record("blocked", 0, "library.locked", card)
                    raise library.LibraryError(
                        "library.locked", tries_left=0, locked_s=exc.locked_s
                    ) from exc
                self._record("failure", exc.tries_left, exc.key, card)
            elif exc.key == "library.locked":
                self._record("blocked", 0, exc.key, card)
            else:
                self._record("failure", None, exc.key, card)
            raise
        except Sip2Error as exc:
            self._record("error", None, exc.key, card)
            raise
        self.attempts.succeeded(card)
        self._record("success", None, None, card)
        return patron

    def _record(self, result: str, tries_left: int | None, error: str | None, card: str) -> None:
        record_or_log(
            self._audit,
            "auth.attempt",
            self._actor,
            factor="library_card",
            result=result,
            tries_left=tries_left,
            error=error,
            subject=card,
        )
