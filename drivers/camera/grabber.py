"""Latest-frame grabber thread with a reconnecting supervisor.

One thread owns the source: it reads as fast as the device (or the file's pace) allows and
keeps only the newest frame, so consumers never see stale, queued frames (opencv #13145). Frames
are :class:`Frame` values wrapping a read-only array. When the source cannot be opened or stops
delivering, the state goes ABSENT with a typed error, the loss is logged once, and the same
thread retries with exponential backoff and jitter (0.5 s → 30 s); the return is logged once.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import cv2
import numpy as np

from drivers.camera.source import (
    CameraError,
    FrameSource,
    Image,
    SourceInfo,
    SourceSpec,
    open_source,
    parse_source,
)
from drivers.device import AvailabilityLog, DeviceState

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True, eq=False)
class Frame:
    """One captured frame: a read-only BGR array, its capture time and sequence number."""

    image: Image = field(repr=False)
    timestamp: float  # time.monotonic() at capture
    seq: int

    @property
    def width(self) -> int:
        return int(self.image.shape[1])

    @property
    def height(self) -> int:
        return int(self.image.shape[0])

    def downscaled(self, max_side: int) -> Image:
        """A read-only copy no larger than ``max_side`` on its longer side (for previews)."""
        return downscale(self.image, max_side)


def downscale(image: Image, max_side: int) -> Image:
    h, w = image.shape[:2]
    scale = max_side / max(h, w)
    if scale >= 1.0:
        out = image.copy()
    else:
        size = (max(1, round(w * scale)), max(1, round(h * scale)))
        out = np.asarray(cv2.resize(image, size, interpolation=cv2.INTER_AREA), dtype=np.uint8)
    out.setflags(write=False)
    return out


StateCallback = Callable[[DeviceState, CameraError | None], None]


class CameraGrabber:
    """Owns a frame source on one thread and keeps the latest frame.

    Args:
        source: a source URI (see :mod:`drivers.camera.source`) or a parsed spec.
        on_state: called on the grabber thread with each state change and its error.
        backoff: first and largest reconnect delay in seconds.
        stall_timeout: :meth:`health` reports DEGRADED when the newest frame is older.
    """

    def __init__(
        self,
        source: str | SourceSpec,
        *,
        on_state: StateCallback | None = None,
        backoff: tuple[float, float] = (0.5, 30.0),
        stall_timeout: float = 2.0,
        source_factory: Callable[[SourceSpec], FrameSource] = open_source,
    ) -> None:
        self.spec = parse_source(source) if isinstance(source, str) else source
        self._on_state = on_state
        self._backoff_min, self._backoff_max = backoff
        self._stall_timeout = stall_timeout
        self._factory = source_factory
        self._cond = threading.Condition()
        self._frame: Frame | None = None
        self._seq = 0
        self._state = DeviceState.ABSENT
        self._error: CameraError | None = None
        self._info: SourceInfo | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._availability = AvailabilityLog(logger, "camera")

    # --- consumer side (any thread) ----------------------------------------------------
    @property
    def state(self) -> DeviceState:
        return self._state

    @property
    def error(self) -> CameraError | None:
        return self._error

    @property
    def info(self) -> SourceInfo | None:
        return self._info

    @property
    def frames_grabbed(self) -> int:
        return self._seq

    def latest(self) -> Frame | None:
        with self._cond:
            return self._frame

    def wait_frame(self, after_seq: int = 0, timeout: float = 1.0) -> Frame | None:
        """The newest frame with ``seq > after_seq``, waiting up to ``timeout`` for one."""
        with self._cond:
            self._cond.wait_for(
                lambda: (self._frame is not None and self._frame.seq > after_seq)
                or self._stop.is_set(),
                timeout=timeout,
            )
            frame = self._frame
        return frame if frame is not None and frame.seq > after_seq else None

    def measure(self, first: Frame, seconds: float) -> tuple[Frame, float]:
        """Follow the frames for ``seconds`` after ``first``: the last one seen and the rate they
        came at (frames per second; 0 when no time passed). Stops early when frames stop."""
        start, last = time.monotonic(), first
        while time.monotonic() - start < seconds:
            nxt = self.wait_frame(last.seq, timeout=max(0.1, seconds))
            if nxt is None:
                break
            last = nxt
        elapsed = time.monotonic() - start
        return last, (last.seq - first.seq) / elapsed if elapsed > 0 else 0.0

    def wait_state(self, state: DeviceState, timeout: float) -> bool:
        with self._cond:
            return self._cond.wait_for(lambda: self._state is state, timeout=timeout)

    def frame_age(self) -> float | None:
        frame = self.latest()
        return None if frame is None else time.monotonic() - frame.timestamp

    def health(self) -> DeviceState:
        """The state, with READY downgraded to DEGRADED when frames have stalled."""
        age = self.frame_age()
        if self._state is DeviceState.READY and (age is None or age > self._stall_timeout):
            return DeviceState.DEGRADED
        return self._state

    # --- lifecycle ---------------------------------------------------------------------
    def start(self) -> None:
        if self._thread is not None:
            raise RuntimeError("grabber already started")
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="camera-grabber", daemon=True)
        self._thread.start()

    def close(self, timeout: float = 15.0) -> None:
        """Stop the thread and release the source. The last frame is dropped."""
        self._stop.set()
        with self._cond:
            self._cond.notify_all()
        if self._thread is not None:
            self._thread.join(timeout)
            if self._thread.is_alive():
                logger.warning("camera grabber did not stop within %.0f s", timeout)
            self._thread = None
        with self._cond:
            self._frame = None

    def __enter__(self) -> CameraGrabber:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- grabber thread ----------------------------------------------------------------
    def _set_state(self, state: DeviceState, error: CameraError | None = None) -> None:
        with self._cond:
            changed = state is not self._state or error is not self._error
            self._state, self._error = state, error
            self._cond.notify_all()
        if changed and self._on_state is not None:
            self._on_state(state, error)

    def _run(self) -> None:
        delay = self._backoff_min
        while not self._stop.is_set():
            self._set_state(DeviceState.CONNECTING, self._error)
            source = self._factory(self.spec)
            try:
                self._info = source.open()
            except CameraError as exc:
                source.close()
                self._fail(exc)
            else:
                try:
                    if self._stream(source):
                        delay = self._backoff_min
                finally:
                    source.close()
            if self._stop.wait(delay * random.uniform(0.8, 1.2)):
                break
            delay = min(self._backoff_max, delay * 2)
        self._set_state(DeviceState.DISABLED)

    def _fail(self, exc: CameraError) -> None:
        self._availability.lost(exc.key)
        self._set_state(DeviceState.ABSENT, exc)

    def _stream(self, source: FrameSource) -> bool:
        """Read until stopped or lost. Returns True if at least one frame came through."""
        got_any = False
        pace = source.pace
        next_due = time.monotonic()
        while not self._stop.is_set():
            try:
                image = source.read()
            except CameraError as exc:
                self._fail(exc)
                return got_any
            if image.flags.writeable:
                image.setflags(write=False)
            now = time.monotonic()
            first = not got_any
            with self._cond:
                # the first frame and READY appear together: whoever sees one sees the other
                self._seq += 1
                self._frame = Frame(image, now, self._seq)
                if first:
                    self._state, self._error = DeviceState.READY, None
                self._cond.notify_all()
            if first:
                got_any = True
                self._availability.back()
                if self._on_state is not None:
                    self._on_state(DeviceState.READY, None)
            if pace is not None:
                next_due += pace
                delay = next_due - time.monotonic()
                if delay > 0:
                    if self._stop.wait(delay):
                        break
                else:
                    next_due = time.monotonic()  # fell behind: don't burst to catch up
        return got_any
