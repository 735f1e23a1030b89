"""1:1 fingerprint verification against a template the resident holds, with nothing stored.

Flow (HARDWARE.md §2.1, §2.5): DownChar(2, card template) → wait for a finger (GenImg every
``poll_interval`` until it is there, cancellable, with a timeout) → Img2Tz(1) → Match → clear
both CharBuffers (overwritten with zeros) → zero the host copy of the template. No template,
image or score is logged or written anywhere; the score is not even returned.

:class:`FingerprintDevice` owns the serial port on one worker thread; every public call is
submitted to it and returns a :class:`concurrent.futures.Future`. :class:`RetryBudget` counts
failed matches per resident session (the kiosk session owns it and drops it on wipe).
"""

from __future__ import annotations

import concurrent.futures
import enum
import logging
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

import drivers.fingerprint.protocol as p
from drivers.device import AvailabilityLog, DeviceError, DeviceState, ErrorKind
from drivers.fingerprint.client import (
    DEFAULT_BAUD,
    SensorDisconnectedError,
    ZfmClient,
    open_serial,
)
from drivers.fingerprint.protocol import Confirmation, ConfirmationError, SystemParameters
from drivers.fingerprint.templates import wipe

logger = logging.getLogger(__name__)

DEFAULT_MAX_FAILURES = 5


class VerifyOutcome(enum.Enum):
    MATCHED = "matched"
    NOT_MATCHED = "not_matched"
    NO_FINGER = "no_finger"  # no finger within the timeout
    POOR_IMAGE = "poor_image"  # finger seen, image unusable: "try again"
    CANCELLED = "cancelled"
    SENSOR_ERROR = "sensor_error"  # module fault, timeout or unplugged
    TRIES_EXHAUSTED = "tries_exhausted"  # retry budget used up: use the PIN route
    INVALID_TEMPLATE = "invalid_template"  # the card's template is not a module template

    @property
    def key(self) -> str:
        return "fingerprint.outcome." + self.value


class VerifyStage(enum.Enum):
    """Progress for on-screen and spoken guidance."""

    PREPARING = "preparing"
    PLACE_FINGER = "place_finger"
    FINGER_DETECTED = "finger_detected"
    MATCHING = "matching"
    LIFT_FINGER = "lift_finger"


@dataclass(frozen=True, slots=True)
class VerifyResult:
    outcome: VerifyOutcome
    tries_left: int
    error_key: str | None = None  # translation key of a sensor error, if any

    @property
    def matched(self) -> bool:
        return self.outcome is VerifyOutcome.MATCHED


class RetryBudget:
    """Failed-match counter for one resident session (thread-safe)."""

    def __init__(self, max_failures: int = DEFAULT_MAX_FAILURES) -> None:
        if max_failures < 1:
            raise ValueError("max_failures must be positive")
        self._max = max_failures
        self._failures = 0
        self._lock = threading.Lock()

    @property
    def tries_left(self) -> int:
        with self._lock:
            return max(0, self._max - self._failures)

    @property
    def exhausted(self) -> bool:
        return self.tries_left == 0

    def record_failure(self) -> int:
        with self._lock:
            self._failures = min(self._max, self._failures + 1)
            return self._max - self._failures

    def reset(self) -> None:
        with self._lock:
            self._failures = 0


ProgressCallback = Callable[[VerifyStage], None]


def _noop(stage: VerifyStage) -> None:
    return None


_RING_OFF: tuple[p.LedMode, p.LedColour, int] = (p.LedMode.OFF, p.LedColour.BLUE, 0)
_RING_AFTER: dict[VerifyOutcome, tuple[p.LedMode, p.LedColour, int]] = {
    VerifyOutcome.MATCHED: (p.LedMode.FLASHING, p.LedColour.PURPLE, 2),
    VerifyOutcome.NOT_MATCHED: (p.LedMode.FLASHING, p.LedColour.RED, 3),
    VerifyOutcome.POOR_IMAGE: (p.LedMode.FLASHING, p.LedColour.RED, 3),
}
"""The ring after an attempt: purple flashes for a match, red for "try again", else off (the
ring flashes the given number of times, then goes dark by itself)."""


def verify_once(
    client: ZfmClient,
    template: bytearray,
    *,
    finger_timeout: float,
    cancel: threading.Event,
    poll_interval: float = 0.15,
    progress: ProgressCallback = _noop,
) -> VerifyOutcome:
    """One verification attempt on an open client. Raises :class:`DeviceError` on sensor faults.

    The sensor's buffers are overwritten afterwards whatever happens (best effort if the sensor
    is gone); the caller wipes ``template``.
    """
    progress(VerifyStage.PREPARING)
    try:
        client.down_char(2, template)
        progress(VerifyStage.PLACE_FINGER)
        deadline = time.monotonic() + finger_timeout
        while True:
            if cancel.is_set():
                return VerifyOutcome.CANCELLED
            code = client.gen_img()
            if code == Confirmation.OK:
                break
            if code in p.POOR_IMAGE_CODES:
                return VerifyOutcome.POOR_IMAGE
            if time.monotonic() >= deadline:
                return VerifyOutcome.NO_FINGER
            if cancel.wait(poll_interval):
                return VerifyOutcome.CANCELLED
        progress(VerifyStage.FINGER_DETECTED)
        try:
            client.img2tz(1)
        except ConfirmationError as exc:
            if exc.code in p.POOR_IMAGE_CODES:
                return VerifyOutcome.POOR_IMAGE
            raise
        progress(VerifyStage.MATCHING)
        matched = client.match()
        progress(VerifyStage.LIFT_FINGER)
        return VerifyOutcome.MATCHED if matched else VerifyOutcome.NOT_MATCHED
    finally:
        try:
            client.clear_buffers()
        except DeviceError as exc:
            # The module may be gone; its RAM buffers go with its power.
            logger.info("fingerprint buffers not cleared: %s", exc.key)


class FingerprintDevice:
    """The fingerprint device: one worker thread owns the port; calls return futures.

    Args:
        port: serial device path (``/dev/serial/by-id/...`` or an emulator pty).
        baudrate: 57600 unless the module was reconfigured.
        password: module password for VfyPwd.
        on_state: called (on the worker thread) with each new :class:`DeviceState`.
    """

    def __init__(
        self,
        port: str,
        *,
        baudrate: int = DEFAULT_BAUD,
        password: int = p.DEFAULT_PASSWORD,
        command_timeout: float = 1.0,
        reconnect_backoff: tuple[float, float] = (0.5, 30.0),
        on_state: Callable[[DeviceState], None] | None = None,
    ) -> None:
        self._port = port
        self._baudrate = baudrate
        self._password = password
        self._command_timeout = command_timeout
        self._on_state = on_state
        self._client: ZfmClient | None = None
        self._params: SystemParameters | None = None
        self._state = DeviceState.ABSENT
        self._availability = AvailabilityLog(logger, "fingerprint sensor")
        self._executor = concurrent.futures.ThreadPoolExecutor(
            max_workers=1, thread_name_prefix="fingerprint"
        )
        self._backoff_min, self._backoff_max = reconnect_backoff
        self._backoff = 0.0
        self._next_attempt = 0.0
        self._closed = False
        self._has_ring: bool | None = None  # the LED ring (R503), known after the first try
        self._watcher: threading.Thread | None = None
        self._stop_watch = threading.Event()

    # --- public API (thread-safe; work runs on the worker) -------------------------------
    @property
    def available(self) -> bool:
        """A sensor is configured here (the kiosk's stand-in for an absent one says False)."""
        return True

    @property
    def state(self) -> DeviceState:
        return self._state

    @property
    def parameters(self) -> SystemParameters | None:
        return self._params

    def open(self) -> concurrent.futures.Future[SystemParameters]:
        """Connect, VfyPwd, ReadSysPara. Raises :class:`DeviceError` through the future."""
        return self._executor.submit(self._open_now)

    def health(self) -> concurrent.futures.Future[DeviceState]:
        """Cheap poll (ReadSysPara); reconnects with backoff if the module was lost."""
        return self._executor.submit(self._health_now)

    def verify(
        self,
        template: bytes | bytearray,
        budget: RetryBudget,
        *,
        finger_timeout: float = 15.0,
        cancel: threading.Event | None = None,
        progress: ProgressCallback = _noop,
    ) -> concurrent.futures.Future[VerifyResult]:
        """1:1 verification of the finger on the sensor against ``template``.

        ``template`` is copied at once; if it is a ``bytearray`` it is zeroed in place before
        this method returns (pass a bytearray so the caller's copy is wiped too). ``progress``
        runs on the worker thread.
        """
        own = bytearray(template)
        if isinstance(template, bytearray):
            wipe(template)
        event = cancel if cancel is not None else threading.Event()
        return self._executor.submit(self._verify_now, own, budget, finger_timeout, event, progress)

    def set_led(self, mode: p.LedMode, colour: p.LedColour) -> concurrent.futures.Future[bool]:
        return self._executor.submit(self._led_now, mode, colour)

    def capture_test(self, timeout: float = 0.5) -> concurrent.futures.Future[Confirmation]:
        """Diagnostics: one GenImg poll loop; reports NO_FINGER honestly. Keeps no image."""
        return self._executor.submit(self._capture_test_now, timeout)

    def watch(self, interval_s: float) -> None:
        """Poll the sensor's health every ``interval_s`` seconds until :meth:`close`, so that a
        sensor unplugged while nobody uses it is noticed (``on_state`` hears ABSENT) and one
        plugged back is reconnected. Polls queue behind a running verification; idempotent."""
        if self._watcher is not None or self._closed:
            return

        def loop() -> None:
            while not self._stop_watch.wait(interval_s):
                try:
                    self.health().result()
                except RuntimeError:  # the executor shut down: the service is closing
                    return

        self._watcher = threading.Thread(target=loop, name="fingerprint-watch", daemon=True)
        self._watcher.start()

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._stop_watch.set()
        if self._watcher is not None:
            self._watcher.join(timeout=5)
        self._executor.submit(self._disconnect)
        self._executor.shutdown(wait=True)

    # --- worker side -------------------------------------------------------------------
    def _set_state(self, state: DeviceState) -> None:
        if state is self._state:
            return
        self._state = state
        if self._on_state is not None:
            self._on_state(state)

    def _disconnect(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    def _lost(self, exc: DeviceError) -> None:
        self._disconnect()
        self._availability.lost(exc.key)
        self._set_state(DeviceState.ABSENT)
        self._backoff = min(self._backoff_max, max(self._backoff_min, self._backoff * 2))
        self._next_attempt = time.monotonic() + self._backoff * random.uniform(0.8, 1.2)

    def _fault(self, exc: DeviceError) -> None:
        """Update the state after an error on an open connection."""
        if exc.kind is ErrorKind.DISCONNECTED or self._client is None:
            self._lost(exc)
        elif exc.kind is ErrorKind.TRANSIENT:
            # one damaged or missing reply: probe before declaring the sensor lost
            try:
                self._require_client().read_system_parameters()
            except DeviceError as again:
                self._lost(again)
            else:
                self._set_state(DeviceState.READY)
        elif exc.kind is ErrorKind.NEEDS_USER_ACTION:
            self._set_state(DeviceState.READY)
        else:
            self._set_state(DeviceState.ERROR)

    def _open_now(self) -> SystemParameters:
        self._disconnect()
        self._set_state(DeviceState.CONNECTING)
        try:
            client = ZfmClient(
                open_serial(self._port, self._baudrate), timeout=self._command_timeout
            )
            self._client = client
            client.verify_password(self._password)
            params = client.read_system_parameters()
        except DeviceError as exc:
            if exc.kind in (ErrorKind.DISCONNECTED, ErrorKind.TRANSIENT):
                self._lost(exc)
            else:
                self._disconnect()
                self._set_state(DeviceState.ERROR)
            raise
        self._params = params
        self._backoff = 0.0
        self._availability.back()
        self._set_state(DeviceState.READY)
        return params

    def _ensure_client(self) -> ZfmClient:
        if self._client is not None:
            return self._client
        if time.monotonic() < self._next_attempt:
            raise SensorDisconnectedError("fingerprint.absent", "waiting to reconnect")
        self._open_now()
        return self._require_client()

    def _require_client(self) -> ZfmClient:
        if self._client is None:
            raise SensorDisconnectedError("fingerprint.absent", "not connected")
        return self._client

    def _health_now(self) -> DeviceState:
        if self._client is None and time.monotonic() < self._next_attempt:
            return self._state
        try:
            client = self._ensure_client()
            self._params = client.read_system_parameters()
        except DeviceError as exc:
            self._fault(exc)
        else:
            if self._state is not DeviceState.BUSY:
                self._set_state(DeviceState.READY)
        return self._state

    def _ring(
        self, client: ZfmClient, mode: p.LedMode, colour: p.LedColour, cycles: int = 0
    ) -> None:
        """Guidance on the sensor's LED ring, if it has one (asked once: a module without a
        ring refuses the command, and is not asked again)."""
        if self._has_ring is False:
            return
        try:
            self._has_ring = client.aura_led(mode, colour, cycles=cycles)
        except DeviceError as exc:  # the sensor is going; the next command reports it
            logger.info("fingerprint LED not set: %s", exc.key)
            return
        if not self._has_ring:
            logger.info("fingerprint sensor has no LED ring")

    def _led_now(self, mode: p.LedMode, colour: p.LedColour) -> bool:
        try:
            return self._ensure_client().aura_led(mode, colour)
        except DeviceError as exc:
            self._fault(exc)
            return False

    def _capture_test_now(self, timeout: float) -> Confirmation:
        client = self._ensure_client()
        deadline = time.monotonic() + timeout
        try:
            while True:
                code = client.gen_img()
                if code != Confirmation.NO_FINGER or time.monotonic() >= deadline:
                    return code
                time.sleep(0.1)
        except DeviceError as exc:
            self._fault(exc)
            raise

    def _verify_now(
        self,
        template: bytearray,
        budget: RetryBudget,
        finger_timeout: float,
        cancel: threading.Event,
        progress: ProgressCallback,
    ) -> VerifyResult:
        try:
            if budget.exhausted:
                return VerifyResult(VerifyOutcome.TRIES_EXHAUSTED, 0)
            if len(template) != p.TEMPLATE_SIZE or not any(template):
                return VerifyResult(VerifyOutcome.INVALID_TEMPLATE, budget.tries_left)
            try:
                client = self._ensure_client()
                self._set_state(DeviceState.BUSY)
                self._ring(client, p.LedMode.BREATHING, p.LedColour.BLUE)  # "your finger here"
                outcome = verify_once(
                    client,
                    template,
                    finger_timeout=finger_timeout,
                    cancel=cancel,
                    progress=progress,
                )
            except DeviceError as exc:
                self._fault(exc)
                logger.info("fingerprint verification failed: %s", exc.key)
                return VerifyResult(VerifyOutcome.SENSOR_ERROR, budget.tries_left, exc.key)
            self._ring(client, *_RING_AFTER.get(outcome, _RING_OFF))
            self._set_state(DeviceState.READY)
            if outcome is VerifyOutcome.NOT_MATCHED:
                logger.info("fingerprint verification: %s", outcome.value)
                return VerifyResult(outcome, budget.record_failure())
            logger.info("fingerprint verification: %s", outcome.value)
            return VerifyResult(outcome, budget.tries_left)
        finally:
            wipe(template)
