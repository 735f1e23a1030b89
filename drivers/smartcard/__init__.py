"""Smart cards over PC/SC: monitor, session, PIV profile, typed errors (no Qt)."""

from drivers.smartcard.errors import (
    CardError,
    CardProtocolError,
    CardRemovedError,
    CardSecurityError,
    CardTimeoutError,
    FeatureNotSupportedError,
    PinBlockedError,
    PinStateUnknownError,
    ReaderGoneError,
    UnsupportedCardError,
    WrongPinError,
)
from drivers.smartcard.monitor import CardEvent, CardEventKind, CardMonitor
from drivers.smartcard.profile import CardProfile, Chuid, KeySlot, PinStatus, PivProfile
from drivers.smartcard.session import CardSession

__all__ = [
    "CardError",
    "CardEvent",
    "CardEventKind",
    "CardMonitor",
    "CardProfile",
    "CardProtocolError",
    "CardRemovedError",
    "CardSecurityError",
    "CardSession",
    "CardTimeoutError",
    "Chuid",
    "FeatureNotSupportedError",
    "KeySlot",
    "PinBlockedError",
    "PinStateUnknownError",
    "PinStatus",
    "PivProfile",
    "ReaderGoneError",
    "UnsupportedCardError",
    "WrongPinError",
]
