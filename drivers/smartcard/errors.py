"""Typed smart-card errors (environmental failures, each with a translation ``key``).

Bugs raise ordinary exceptions; everything the environment can do to us (card removed, reader
gone, pcscd restarted, wrong PIN, odd status words) is one of these.
"""

from __future__ import annotations

from drivers.device import (
    DeviceError,
    DisconnectedError,
    ErrorKind,
    FatalDeviceError,
    NeedsUserActionError,
    SecurityError,
    TransientError,
)


class CardError(DeviceError):
    """Base of every smart-card error (so callers can catch the whole family)."""


class CardRemovedError(CardError, NeedsUserActionError):
    """The card left the reader (or was reset by someone else): session state is gone."""

    def __init__(self, detail: str = "") -> None:
        super().__init__("card.removed", detail, kind=ErrorKind.NEEDS_USER_ACTION)


class ReaderGoneError(CardError, DisconnectedError):
    """The reader was unplugged or PC/SC (pcscd) is not reachable."""

    def __init__(self, detail: str = "") -> None:
        super().__init__("card.reader_gone", detail, kind=ErrorKind.DISCONNECTED)


class CardTimeoutError(CardError, TransientError):
    """A card operation did not finish within its timeout."""

    def __init__(self, detail: str = "") -> None:
        super().__init__("card.timeout", detail, kind=ErrorKind.TRANSIENT)


class CardTransportError(CardError, TransientError):
    """PC/SC reported a transmission failure; the command may or may not have reached the card."""

    def __init__(self, detail: str = "") -> None:
        super().__init__("card.transport", detail, kind=ErrorKind.TRANSIENT)


class CardProtocolError(CardError, FatalDeviceError):
    """The card answered something we cannot parse (truncated, malformed TLV, odd length)."""

    def __init__(self, detail: str = "") -> None:
        super().__init__("card.protocol", detail, kind=ErrorKind.FATAL)


class UnsupportedCardError(CardError, FatalDeviceError):
    """The card does not carry the application our profile needs (e.g. 6A82 on SELECT)."""

    def __init__(self, detail: str = "") -> None:
        super().__init__("card.unsupported", detail, kind=ErrorKind.FATAL)


class StatusWordError(CardError, FatalDeviceError):
    """The card refused a command with a status word we do not expect at this step."""

    def __init__(self, sw: int, detail: str = "", key: str = "card.unexpected_status") -> None:
        super().__init__(key, f"SW={sw:04X} {detail}".strip(), kind=ErrorKind.FATAL)
        self.sw = sw


class DataObjectNotFoundError(StatusWordError):
    """The data object (or key) is not on the card (6A82)."""

    def __init__(self, sw: int, detail: str = "") -> None:
        super().__init__(sw, detail, key="card.object_missing")


class SecurityStatusError(StatusWordError):
    """The command needs a verified PIN first (6982)."""

    def __init__(self, sw: int, detail: str = "") -> None:
        super().__init__(sw, detail, key="card.pin_required")
        self.kind = ErrorKind.NEEDS_USER_ACTION


class WrongPinError(CardError, NeedsUserActionError):
    """VERIFY failed; ``tries_left`` attempts remain (> 0)."""

    def __init__(self, tries_left: int) -> None:
        key = "card.pin_last_try" if tries_left == 1 else "card.pin_wrong"
        super().__init__(key, f"tries_left={tries_left}", kind=ErrorKind.NEEDS_USER_ACTION)
        self.tries_left = tries_left


class PinBlockedError(CardError, FatalDeviceError):
    """The PIN is blocked (63C0, 6983, 6984): stop, never retry, route to the help desk."""

    def __init__(self, detail: str = "") -> None:
        super().__init__("card.pin_blocked", detail, kind=ErrorKind.FATAL)


class PinStateUnknownError(CardError, TransientError):
    """A VERIFY was interrupted by a transport error: it may have counted.

    The session refuses another VERIFY until the retry counter was read again.
    """

    def __init__(self, detail: str = "") -> None:
        super().__init__("card.pin_state_unknown", detail, kind=ErrorKind.TRANSIENT)


class PinFormatError(CardError, NeedsUserActionError):
    """The PIN has the wrong length or characters for this card profile (6700, 6A80 too)."""

    def __init__(self, detail: str = "") -> None:
        super().__init__("card.pin_invalid", detail, kind=ErrorKind.NEEDS_USER_ACTION)


class PinpadTimeoutError(CardError, NeedsUserActionError):
    def __init__(self, detail: str = "") -> None:
        super().__init__("card.pinpad_timeout", detail, kind=ErrorKind.NEEDS_USER_ACTION)


class PinpadCancelledError(CardError, NeedsUserActionError):
    def __init__(self, detail: str = "") -> None:
        super().__init__("card.pinpad_cancelled", detail, kind=ErrorKind.NEEDS_USER_ACTION)


class FeatureNotSupportedError(CardError, FatalDeviceError):
    """The reader or card does not support a requested feature (no pin pad, no UID)."""

    def __init__(self, detail: str = "") -> None:
        super().__init__("card.feature_unsupported", detail, kind=ErrorKind.FATAL)


class CardSecurityError(CardError, SecurityError):
    """A cryptographic check of the card failed (bad signature): stop and audit."""

    def __init__(self, detail: str = "") -> None:
        super().__init__("card.security", detail, kind=ErrorKind.SECURITY)


class SessionClosedError(CardError, NeedsUserActionError):
    """The session was closed (card removed or sign-out) and cannot be used any more."""

    def __init__(self, detail: str = "") -> None:
        super().__init__("card.session_closed", detail, kind=ErrorKind.NEEDS_USER_ACTION)
