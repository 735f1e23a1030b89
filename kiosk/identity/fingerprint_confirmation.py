"""Qt bridge for the fingerprint step of card sign-in (QtCore only).

After a correct PIN, a resident may confirm with their finger: the template read from their card
is downloaded into the sensor, the finger captured and matched 1:1, and the sensor's buffers
cleared (:meth:`drivers.fingerprint.FingerprintDevice.verify`, which runs on the sensor's own
worker thread). This object starts attempts, turns the worker's progress and results into
signals on the GUI thread, and keeps the :class:`RetryBudget` of the session (at most
``max_failures`` failed matches; a new budget after every session end).

The template is a ``bytearray`` handed to :meth:`start`; the service copies it and zeroes it
before :meth:`start` returns, and zeroes its own copy once the attempt is over. No template,
image or score is ever put in a signal or a log: results carry an outcome and the tries left.
"""

from __future__ import annotations

import concurrent.futures
import logging
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from drivers.device import DeviceState
from drivers.fingerprint.templates import wipe
from drivers.fingerprint.verifier import (
    DEFAULT_MAX_FAILURES,
    RetryBudget,
    VerifyOutcome,
    VerifyResult,
    VerifyStage,
)
from kiosk.devices.fingerprint import AbsentSensor

if TYPE_CHECKING:
    from kiosk.devices.fingerprint import FingerprintSensor

logger = logging.getLogger(__name__)

# The signals carry the sensor's own immutable values (enum stage, frozen result): they are this
# adapter's vocabulary too, so the UI names them from here and never imports drivers/.
__all__ = [
    "DEFAULT_FINGER_TIMEOUT_S",
    "FingerprintConfirmation",
    "VerifyOutcome",
    "VerifyResult",
    "VerifyStage",
]

DEFAULT_FINGER_TIMEOUT_S = 15.0


class FingerprintConfirmation(QObject):
    """Signals (GUI thread):
    stage_changed(VerifyStage): the stage of the running attempt, for guidance.
    finished(VerifyResult): the result of an attempt; never for a cancelled one.
    """

    stage_changed = Signal(VerifyStage)
    finished = Signal(VerifyResult)
    _stage = Signal(int, VerifyStage)  # (attempt, stage) from the sensor's worker thread
    _result = Signal(int, VerifyResult)  # (attempt, result) from the sensor's worker thread

    def __init__(
        self,
        service: FingerprintSensor,
        *,
        max_failures: int = DEFAULT_MAX_FAILURES,
        finger_timeout: float = DEFAULT_FINGER_TIMEOUT_S,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._max_failures = max_failures
        self.finger_timeout = finger_timeout
        self._budget = RetryBudget(max_failures)
        self._attempt = 0  # bumps on start and cancel: results of older attempts are dropped
        self._cancel: threading.Event | None = None
        self._stage.connect(self._on_stage)
        self._result.connect(self._on_result)

    @classmethod
    def without_sensor(cls, parent: QObject | None = None) -> FingerprintConfirmation:
        """A confirmation over the absent sensor (nothing can be captured, no device is
        touched): the accessibility walk shows the step's pages with it."""
        return cls(AbsentSensor.disabled(), parent=parent)

    def close(self) -> None:
        """Close the sensor's service (the composition root does this for the real one)."""
        self._service.close()

    # -- GUI side -----------------------------------------------------------------------------
    def available(self) -> bool:
        """The sensor is connected and answering (as far as the last command knows)."""
        return self._service.state in (DeviceState.READY, DeviceState.BUSY)

    def refresh(self) -> None:
        """Ask the sensor for a cheap health poll (reconnects it if it came back)."""
        try:
            self._service.health()
        except RuntimeError:  # the service was closed: the kiosk is shutting down
            logger.debug("fingerprint service closed; no health poll")

    @property
    def max_failures(self) -> int:
        return self._max_failures

    @property
    def tries_left(self) -> int:
        return self._budget.tries_left

    @property
    def running(self) -> bool:
        return self._cancel is not None

    def start(self, template: bytearray) -> None:
        """Start one attempt with ``template`` (zeroed before this returns)."""
        if self._cancel is not None:
            wipe(template)
            raise RuntimeError("a fingerprint attempt is already running")
        self._attempt += 1
        attempt = self._attempt
        self._cancel = threading.Event()

        def progress(stage: VerifyStage) -> None:
            self._stage.emit(attempt, stage)

        try:
            future = self._service.verify(
                template,
                self._budget,
                finger_timeout=self.finger_timeout,
                cancel=self._cancel,
                progress=progress,
            )
        except RuntimeError:  # the service was closed (shutdown): nothing to verify with
            wipe(template)
            logger.info("fingerprint service closed; attempt not started")
            self._result.emit(
                attempt,
                VerifyResult(
                    VerifyOutcome.SENSOR_ERROR, self._budget.tries_left, "fingerprint.absent"
                ),
            )
            return
        future.add_done_callback(lambda done: self._done(attempt, done))

    def cancel(self) -> None:
        """Stop the running attempt (its result, if any, is dropped)."""
        self._attempt += 1
        if self._cancel is not None:
            self._cancel.set()
            self._cancel = None

    def end_session(self) -> None:
        """The session ended: stop, and a fresh retry budget for the next resident."""
        self.cancel()
        self._budget = RetryBudget(self._max_failures)

    # -- sensor worker side -------------------------------------------------------------------
    def _done(self, attempt: int, future: concurrent.futures.Future[VerifyResult]) -> None:
        if future.cancelled():
            result = VerifyResult(VerifyOutcome.CANCELLED, self._budget.tries_left)
        elif (error := future.exception()) is not None:
            logger.error("fingerprint verification failed unexpectedly", exc_info=error)
            result = VerifyResult(
                VerifyOutcome.SENSOR_ERROR, self._budget.tries_left, "fingerprint.error"
            )
        else:
            result = future.result()
        self._result.emit(attempt, result)

    # -- back on the GUI thread ---------------------------------------------------------------
    def _on_stage(self, attempt: int, stage: VerifyStage) -> None:
        if attempt == self._attempt and self._cancel is not None:
            self.stage_changed.emit(stage)

    def _on_result(self, attempt: int, result: VerifyResult) -> None:
        if attempt != self._attempt:
            return  # cancelled, or the session ended meanwhile
        self._cancel = None
        if result.outcome is VerifyOutcome.CANCELLED:
            return
        self.finished.emit(result)
