"""R30x / ZFM / AS608 fingerprint modules over a serial port: protocol, client, 1:1 verifier,
and a pty emulator.

Public API for the application::

    from drivers.fingerprint import FingerprintService, RetryBudget, VerifyOutcome
    service = FingerprintService("/dev/ttyUSB0")
    service.open().result(timeout=5)
    result = service.verify(card_template, budget, finger_timeout=15).result()
"""

from drivers.fingerprint.client import SensorDisconnectedError, SensorTimeoutError, ZfmClient
from drivers.fingerprint.protocol import Confirmation, ConfirmationError, FingerprintError
from drivers.fingerprint.templates import demo_template, wipe
from drivers.fingerprint.verifier import (
    FingerprintService,
    RetryBudget,
    VerifyOutcome,
    VerifyResult,
    VerifyStage,
)

__all__ = [
    "Confirmation",
    "ConfirmationError",
    "FingerprintError",
    "FingerprintService",
    "RetryBudget",
    "SensorDisconnectedError",
    "SensorTimeoutError",
    "VerifyOutcome",
    "VerifyResult",
    "VerifyStage",
    "ZfmClient",
    "demo_template",
    "wipe",
]
