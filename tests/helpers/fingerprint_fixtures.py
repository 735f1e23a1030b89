"""pytest fixtures for the R30x fingerprint emulator on a pseudo-terminal and the real
:class:`drivers.fingerprint.FingerprintDevice` opened on it.

Import them into a test module and name them in its ``__all__``::

    from tests.helpers.fingerprint_fixtures import emulator, service

    __all__ = ["emulator", "service"]
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from drivers.fingerprint import FingerprintDevice
from drivers.fingerprint.emulator import FingerprintEmulator

OPEN_TIMEOUT_S = 10


@pytest.fixture
def emulator() -> Iterator[FingerprintEmulator]:
    emu = FingerprintEmulator()
    yield emu
    emu.close()


@pytest.fixture
def service(emulator: FingerprintEmulator) -> Iterator[FingerprintDevice]:
    """The service opened (READY) on the emulator, with short timeouts and back-off."""
    svc = FingerprintDevice(emulator.port, command_timeout=0.5, reconnect_backoff=(0.05, 0.2))
    svc.open().result(OPEN_TIMEOUT_S)
    yield svc
    svc.close()
