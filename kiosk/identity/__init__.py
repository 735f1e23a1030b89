"""Identity: certificate trust for eCitizen cards and the card sign-in service (no Qt)."""

from kiosk.identity.signin import (
    CardIdentified,
    CardSessionLike,
    Identity,
    SignedIn,
    SignInFailed,
    SignInFailure,
    SignInService,
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

__all__ = [
    "CardIdentified",
    "CardSessionLike",
    "CertCheck",
    "Challenge",
    "CrlInfo",
    "Identity",
    "Role",
    "SignInFailed",
    "SignInFailure",
    "SignInService",
    "SignedIn",
    "TrustConfig",
    "TrustConfigError",
    "TrustStatus",
    "TrustStore",
    "failure_from_error",
    "new_challenge",
    "verify_challenge",
]
