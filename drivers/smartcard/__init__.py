"""Smart cards over PC/SC: monitor, session, PIV profile, typed errors (no Qt)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from civic.lazy_exports import lazy_exports

if TYPE_CHECKING:
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

# Loaded on first use (PEP 562), not when the package is imported: submodules are imported
# from two threads at start-up, and a package whose __init__ imports its submodules forms an
# import-lock cycle with a thread importing one of them directly (tests/test_import_safety.py).
_EXPORTS = {
    "CardError": "drivers.smartcard.errors",
    "CardProtocolError": "drivers.smartcard.errors",
    "CardRemovedError": "drivers.smartcard.errors",
    "CardSecurityError": "drivers.smartcard.errors",
    "CardTimeoutError": "drivers.smartcard.errors",
    "FeatureNotSupportedError": "drivers.smartcard.errors",
    "PinBlockedError": "drivers.smartcard.errors",
    "PinStateUnknownError": "drivers.smartcard.errors",
    "ReaderGoneError": "drivers.smartcard.errors",
    "UnsupportedCardError": "drivers.smartcard.errors",
    "WrongPinError": "drivers.smartcard.errors",
    "CardEvent": "drivers.smartcard.monitor",
    "CardEventKind": "drivers.smartcard.monitor",
    "CardMonitor": "drivers.smartcard.monitor",
    "CardProfile": "drivers.smartcard.profile",
    "Chuid": "drivers.smartcard.profile",
    "KeySlot": "drivers.smartcard.profile",
    "PinStatus": "drivers.smartcard.profile",
    "PivProfile": "drivers.smartcard.profile",
    "CardSession": "drivers.smartcard.session",
}

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

__getattr__ = lazy_exports(__name__, _EXPORTS)
