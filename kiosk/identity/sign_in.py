"""Card sign-in as plain Python steps against a card session (no Qt; run it on a worker thread).

Steps (HARDWARE.md §1.2/1.3): genuine-card check (9E certificate + challenge, no PIN) →
identity (9A certificate: chain, dates, revocation, role; name from the subject) → PIN status
(without spending a try) → PIN verify → 9A challenge (proves the resident).

Every environmental failure comes back as a :class:`SignInFailed` value with a translation key;
only bugs raise. The lead's Qt adapter turns results into signals.
"""

from __future__ import annotations

import enum
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from cryptography import x509

from drivers.smartcard.errors import (
    CardError,
    CardProtocolError,
    CardRemovedError,
    CardTimeoutError,
    CardTransportError,
    DataObjectNotFoundError,
    FeatureNotSupportedError,
    PinBlockedError,
    PinFormatError,
    PinpadCancelledError,
    PinpadTimeoutError,
    PinStateUnknownError,
    ReaderGoneError,
    SecurityStatusError,
    SessionClosedError,
    StatusWordError,
    UnsupportedCardError,
    WrongPinError,
)
from drivers.smartcard.profile import ApplicationInfo, KeySlot, PinStatus
from kiosk.identity.trust import (
    CertCheck,
    Role,
    TrustStatus,
    TrustStore,
    new_challenge,
    verify_challenge,
)

logger = logging.getLogger(__name__)


class CardSessionLike(Protocol):
    """What sign-in needs from a card session (``drivers.smartcard.CardSession`` fits)."""

    def select(self) -> ApplicationInfo: ...
    def read_certificate(self, slot: KeySlot) -> x509.Certificate: ...
    def authenticate(
        self, slot: KeySlot, challenge: bytes, algorithm: int | None = None
    ) -> bytes: ...
    def pin_status(self) -> PinStatus: ...
    def verify_pin(self, pin: bytearray) -> None: ...
    def pinpad_available(self) -> bool: ...
    def verify_pin_on_pinpad(self) -> None: ...


class SignInFailure(enum.Enum):
    """Why sign-in stopped; the value is the translation key of its screen."""

    UNKNOWN_CARD = "signin.unknown_card"  # no PIV application / not a card we can read
    NOT_ECITIZEN = "signin.not_ecitizen_card"  # does not chain to the city CA or has no role
    NOT_GENUINE = "signin.not_genuine"  # challenge signature wrong: stop and audit
    EXPIRED = "signin.expired"
    NOT_YET_VALID = "signin.not_yet_valid"
    REVOKED = "signin.revoked"
    REVOCATION_UNKNOWN = "signin.revocation_unknown"  # no usable CRL (fail closed)
    BLOCKED = "signin.blocked"
    WRONG_PIN = "signin.wrong_pin"
    PIN_INVALID = "signin.pin_invalid"
    PIN_ENTRY_ABORTED = "signin.pin_entry_aborted"  # pin pad timeout / cancel
    PIN_STATE_UNKNOWN = "signin.pin_state_unknown"  # VERIFY interrupted; re-read the counter
    CARD_REMOVED = "signin.card_removed"
    READER_GONE = "signin.reader_gone"
    CARD_UNREADABLE = "signin.card_unreadable"  # protocol error, timeout, transport error
    OUT_OF_SERVICE = "signin.out_of_service"  # kiosk locked after tampering: technicians only


@dataclass(frozen=True)
class SignInFailed:
    reason: SignInFailure
    tries_left: int | None = None
    detail: str = ""  # technical, for logs/diagnostics only; never shown, never personal data

    @property
    def key(self) -> str:
        return self.reason.value

    @property
    def last_try(self) -> bool:
        return self.tries_left == 1


@dataclass(frozen=True)
class Identity:
    name: str
    role: Role
    subject: str
    issuer: str
    serial: int
    account_id: str = ""  # the city's id for the holder (back-end requests), from the cert


@dataclass(frozen=True)
class CardIdentified:
    """Genuine card, trusted certificate: show the name and ask for the PIN."""

    identity: Identity
    pin_tries_left: int | None  # None: the card profile does not allow a free query
    pinpad: bool  # the reader has its own PIN pad: show "enter PIN on the reader"
    auth_certificate: x509.Certificate  # 9A certificate, for the challenge after the PIN

    @property
    def last_try(self) -> bool:
        return self.pin_tries_left == 1


@dataclass(frozen=True)
class SignedIn:
    identity: Identity


_STATUS_FAILURE = {
    TrustStatus.UNTRUSTED: SignInFailure.NOT_ECITIZEN,
    TrustStatus.NO_ROLE: SignInFailure.NOT_ECITIZEN,
    TrustStatus.EXPIRED: SignInFailure.EXPIRED,
    TrustStatus.NOT_YET_VALID: SignInFailure.NOT_YET_VALID,
    TrustStatus.REVOKED: SignInFailure.REVOKED,
    TrustStatus.REVOCATION_UNKNOWN: SignInFailure.REVOCATION_UNKNOWN,
}


def failure_from_error(exc: CardError) -> SignInFailed:
    """Map a typed card error to the sign-in failure the UI shows."""
    detail = exc.key
    if isinstance(exc, WrongPinError):
        return SignInFailed(SignInFailure.WRONG_PIN, exc.tries_left, detail)
    if isinstance(exc, PinBlockedError):
        return SignInFailed(SignInFailure.BLOCKED, 0, detail)
    if isinstance(exc, CardRemovedError | SessionClosedError):
        return SignInFailed(SignInFailure.CARD_REMOVED, None, detail)
    if isinstance(exc, ReaderGoneError):
        return SignInFailed(SignInFailure.READER_GONE, None, detail)
    if isinstance(exc, PinFormatError):
        return SignInFailed(SignInFailure.PIN_INVALID, None, detail)
    if isinstance(exc, PinpadTimeoutError | PinpadCancelledError):
        return SignInFailed(SignInFailure.PIN_ENTRY_ABORTED, None, detail)
    if isinstance(exc, PinStateUnknownError):
        return SignInFailed(SignInFailure.PIN_STATE_UNKNOWN, None, detail)
    if isinstance(exc, UnsupportedCardError | DataObjectNotFoundError | FeatureNotSupportedError):
        return SignInFailed(SignInFailure.UNKNOWN_CARD, None, detail)
    if isinstance(exc, SecurityStatusError):
        return SignInFailed(SignInFailure.NOT_GENUINE, None, detail)
    if isinstance(exc, CardProtocolError | CardTimeoutError | CardTransportError | StatusWordError):
        return SignInFailed(SignInFailure.CARD_UNREADABLE, None, detail)
    return SignInFailed(SignInFailure.CARD_UNREADABLE, None, detail)


class CardAuthenticator:
    """Runs the sign-in steps. Stateless between calls; safe to use from any one worker thread.

    ``allowed_roles``: roles that may sign in at this kiosk (default: all).
    """

    def __init__(
        self,
        trust: TrustStore,
        *,
        rng: Callable[[int], bytes] = os.urandom,
        allowed_roles: frozenset[Role] | None = None,
    ) -> None:
        self._trust = trust
        self._rng = rng
        self._allowed = allowed_roles or frozenset(Role)

    def _check(self, cert: x509.Certificate, need_role: bool) -> CertCheck | SignInFailed:
        verdict = self._trust.check(cert, need_role=need_role)
        if verdict.status is TrustStatus.VALID:
            return verdict
        logger.info("card certificate rejected: %s", verdict.status.value)
        return SignInFailed(_STATUS_FAILURE[verdict.status], None, verdict.status.value)

    def _challenge(self, session: CardSessionLike, slot: KeySlot, cert: x509.Certificate) -> bool:
        challenge = new_challenge(cert.public_key(), self._rng)
        signature = session.authenticate(slot, challenge.payload)
        return verify_challenge(cert.public_key(), challenge, signature)

    def identify(self, session: CardSessionLike) -> CardIdentified | SignInFailed:
        """Genuine-card check and identity, no PIN. Call right after the card is inserted."""
        try:
            session.select()
            card_cert = session.read_certificate(KeySlot.CARD_AUTH)
            card_check = self._check(card_cert, need_role=False)
            if isinstance(card_check, SignInFailed):
                return card_check
            if not self._challenge(session, KeySlot.CARD_AUTH, card_cert):
                logger.warning("card authentication signature invalid: card not genuine")
                return SignInFailed(SignInFailure.NOT_GENUINE, None, "9E signature")
            auth_cert = session.read_certificate(KeySlot.PIV_AUTH)
            verdict = self._check(auth_cert, need_role=True)
            if isinstance(verdict, SignInFailed):
                return verdict
            assert verdict.role is not None
            if verdict.role not in self._allowed:
                return SignInFailed(SignInFailure.NOT_ECITIZEN, None, "role not allowed here")
            status = session.pin_status()
            if status.blocked:
                return SignInFailed(SignInFailure.BLOCKED, 0, "pin status")
            pinpad = session.pinpad_available()
        except CardError as exc:
            return failure_from_error(exc)
        identity = Identity(
            name=verdict.common_name,
            role=verdict.role,
            subject=verdict.subject,
            issuer=verdict.issuer,
            serial=verdict.serial,
            account_id=verdict.account_id,
        )
        return CardIdentified(identity, status.tries_left, pinpad, auth_cert)

    def sign_in(
        self,
        session: CardSessionLike,
        identified: CardIdentified,
        pin: bytearray | None,
    ) -> SignedIn | SignInFailed:
        """VERIFY the PIN (``pin`` is wiped; None: use the reader's PIN pad), then prove the
        resident with a 9A challenge. Never retries VERIFY; the UI asks the resident again."""
        try:
            if pin is None:
                session.verify_pin_on_pinpad()
            else:
                session.verify_pin(pin)
            if not self._challenge(session, KeySlot.PIV_AUTH, identified.auth_certificate):
                logger.warning("PIV authentication signature invalid")
                return SignInFailed(SignInFailure.NOT_GENUINE, None, "9A signature")
        except CardError as exc:
            return failure_from_error(exc)
        finally:
            if pin is not None:
                for i in range(len(pin)):
                    pin[i] = 0
        return SignedIn(identified.identity)
