"""Identity: certificate trust for eCitizen cards and the card sign-in service (no Qt)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from civic.lazy_exports import lazy_exports

if TYPE_CHECKING:
    from kiosk.identity.sign_in import (
        CardAuthenticator,
        CardIdentified,
        CardSessionLike,
        Identity,
        SignedIn,
        SignInFailed,
        SignInFailure,
        failure_from_error,
    )
    from kiosk.identity.trust import (
        CertCheck,
        Challenge,
        CrlInfo,
        Role,
        TrustConfig,
        TrustConfigError,
        TrustStatus,
        TrustStore,
        new_challenge,
        verify_challenge,
    )

# Loaded on first use (PEP 562), not when the package is imported: submodules are imported
# from two threads at start-up, and a package whose __init__ imports its submodules forms an
# import-lock cycle with a thread importing one of them directly (tests/test_import_safety.py).
_EXPORTS = {
    "CardIdentified": "kiosk.identity.sign_in",
    "CardSessionLike": "kiosk.identity.sign_in",
    "Identity": "kiosk.identity.sign_in",
    "SignedIn": "kiosk.identity.sign_in",
    "SignInFailed": "kiosk.identity.sign_in",
    "SignInFailure": "kiosk.identity.sign_in",
    "CardAuthenticator": "kiosk.identity.sign_in",
    "failure_from_error": "kiosk.identity.sign_in",
    "CertCheck": "kiosk.identity.trust",
    "Challenge": "kiosk.identity.trust",
    "CrlInfo": "kiosk.identity.trust",
    "Role": "kiosk.identity.trust",
    "TrustConfig": "kiosk.identity.trust",
    "TrustConfigError": "kiosk.identity.trust",
    "TrustStatus": "kiosk.identity.trust",
    "TrustStore": "kiosk.identity.trust",
    "new_challenge": "kiosk.identity.trust",
    "verify_challenge": "kiosk.identity.trust",
}

__all__ = [
    "CardAuthenticator",
    "CardIdentified",
    "CardSessionLike",
    "CertCheck",
    "Challenge",
    "CrlInfo",
    "Identity",
    "Role",
    "SignInFailed",
    "SignInFailure",
    "SignedIn",
    "TrustConfig",
    "TrustConfigError",
    "TrustStatus",
    "TrustStore",
    "failure_from_error",
    "new_challenge",
    "verify_challenge",
]

__getattr__ = lazy_exports(__name__, _EXPORTS)
