"""The fingerprint sensor as the core holds it: :class:`FingerprintSensor`, present or absent.

:class:`drivers.fingerprint.FingerprintDevice` is the present sensor. A kiosk whose sensor is
``driver = "disabled"`` (or whose card reader does not offer the fingerprint step), or whose core
has not started yet, holds an :class:`AbsentSensor` instead of ``None``: ``available`` False, its
state ``disabled`` or ``absent`` (``fingerprint.not_started``), and every command answered at
once without touching hardware: a verification ends ``SENSOR_ERROR`` (``fingerprint.absent``),
the template is wiped all the same (issue #17).
"""

from __future__ import annotations

import concurrent.futures
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from drivers.device import DeviceState
from drivers.fingerprint.client import SensorDisconnectedError
from drivers.fingerprint.templates import wipe
from drivers.fingerprint.verifier import RetryBudget, VerifyOutcome, VerifyResult, VerifyStage
from kiosk.devices.absent import AbsentDevice, answered, refused

if TYPE_CHECKING:
    from drivers.fingerprint.protocol import Confirmation, SystemParameters

NOT_STARTED = "fingerprint.not_started"
"""The problem key of a sensor the kiosk was configured with but did not start."""

ABSENT = "fingerprint.absent"
"""What a command on the absent sensor ends with (the driver's key for a sensor not there)."""


class FingerprintSensor(Protocol):
    """What the kiosk reads and asks of its fingerprint sensor (the real one or the absent one).

    Attributes:
        available: a sensor was started (False: nothing will ever be captured).
        state: its :class:`DeviceState` (``disabled`` when the kiosk has none).
        parameters: the module's system parameters, once it answered.
    """

    @property
    def available(self) -> bool: ...

    @property
    def state(self) -> DeviceState: ...

    @property
    def parameters(self) -> SystemParameters | None: ...

    def open(self) -> concurrent.futures.Future[SystemParameters]: ...

    def health(self) -> concurrent.futures.Future[DeviceState]: ...

    def verify(
        self,
        template: bytes | bytearray,
        budget: RetryBudget,
        *,
        finger_timeout: float = 15.0,
        cancel: threading.Event | None = None,
        progress: Callable[[VerifyStage], None] = ...,
    ) -> concurrent.futures.Future[VerifyResult]: ...

    def capture_test(self, timeout: float = 0.5) -> concurrent.futures.Future[Confirmation]: ...

    def close(self) -> None: ...


def _not_there() -> SensorDisconnectedError:
    return SensorDisconnectedError(ABSENT, "no sensor on this kiosk")


class AbsentSensor(AbsentDevice):
    """The fingerprint sensor of a kiosk that has none, or has not started it: a null object.

    Build it with :meth:`disabled` or :meth:`not_started`. :meth:`open` and
    :meth:`capture_test` fail through their future with ``fingerprint.absent`` (a
    :class:`~drivers.device.DeviceError`, like a real sensor that is not there).
    """

    NOT_STARTED = NOT_STARTED

    @property
    def parameters(self) -> SystemParameters | None:
        return None

    def open(self) -> concurrent.futures.Future[SystemParameters]:
        return refused(_not_there())

    def health(self) -> concurrent.futures.Future[DeviceState]:
        return answered(self._state)

    def verify(
        self, template: bytes | bytearray, budget: RetryBudget, **_options: object
    ) -> concurrent.futures.Future[VerifyResult]:
        """No sensor to match on: ``SENSOR_ERROR`` at once; a bytearray template is wiped. The
        options of :meth:`FingerprintSensor.verify` (finger timeout, cancel, progress) are taken
        and not used: nothing is waited for and no stage is reached."""
        if isinstance(template, bytearray):
            wipe(template)
        return answered(VerifyResult(VerifyOutcome.SENSOR_ERROR, budget.tries_left, ABSENT))

    def capture_test(self, timeout: float = 0.5) -> concurrent.futures.Future[Confirmation]:
        return refused(_not_there())

    def close(self) -> None:
        return None
