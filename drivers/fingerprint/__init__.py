"""R30x / ZFM / AS608 fingerprint modules over a serial port: protocol, client, 1:1 verifier,
and a pty emulator.

Public API for the application::

    from drivers.fingerprint import FingerprintDevice, RetryBudget, VerifyOutcome
    service = FingerprintDevice("/dev/ttyUSB0")
    service.open().result(timeout=5)
    result = service.verify(card_template, budget, finger_timeout=15).result()
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from civic.lazy_exports import lazy_exports

if TYPE_CHECKING:
    from drivers.fingerprint.client import SensorDisconnectedError, SensorTimeoutError, ZfmClient
    from drivers.fingerprint.protocol import Confirmation, ConfirmationError, FingerprintError
    from drivers.fingerprint.templates import demo_template, wipe
    from drivers.fingerprint.verifier import (
        FingerprintDevice,
        RetryBudget,
        VerifyOutcome,
        VerifyResult,
        VerifyStage,
    )

# Loaded on first use (PEP 562), not when the package is imported: submodules are imported
# from two threads at start-up, and a package whose __init__ imports its submodules forms an
# import-lock cycle with a thread importing one of them directly (tests/test_import_safety.py).
_EXPORTS = {
    "SensorDisconnectedError": "drivers.fingerprint.client",
    "SensorTimeoutError": "drivers.fingerprint.client",
    "ZfmClient": "drivers.fingerprint.client",
    "Confirmation": "drivers.fingerprint.protocol",
    "ConfirmationError": "drivers.fingerprint.protocol",
    "FingerprintError": "drivers.fingerprint.protocol",
    "demo_template": "drivers.fingerprint.templates",
    "wipe": "drivers.fingerprint.templates",
    "FingerprintDevice": "drivers.fingerprint.verifier",
    "RetryBudget": "drivers.fingerprint.verifier",
    "VerifyOutcome": "drivers.fingerprint.verifier",
    "VerifyResult": "drivers.fingerprint.verifier",
    "VerifyStage": "drivers.fingerprint.verifier",
}

__all__ = [
    "Confirmation",
    "ConfirmationError",
    "FingerprintDevice",
    "FingerprintError",
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

__getattr__ = lazy_exports(__name__, _EXPORTS)
