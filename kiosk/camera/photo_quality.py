"""ID-photo guidance and the capture state machine (pure Python, no Qt, injectable clock).

:func:`assess` turns :class:`~drivers.camera.photo.PhotoMeasurements` into guidance keys the UI
shows and speaks ("move closer", "hold still"…); an empty list means the frame is good.
:class:`PhotoSession` runs preview → countdown → review → accepted, with retake and cancel; the
captured JPEG lives only in a ``bytearray`` inside the session and :meth:`PhotoSession.wipe`
zeroes it (every exit path calls it).
"""

from __future__ import annotations

import enum
import math
import time
from collections.abc import Callable
from dataclasses import dataclass

from drivers.camera.photo import PhotoMeasurements


class Guidance(enum.StrEnum):
    """Translation keys, in the order the UI should mention them."""

    NO_FACE = "photo.no_face"
    MULTIPLE_FACES = "photo.multiple_faces"
    MOVE_CLOSER = "photo.move_closer"  # face too small
    MOVE_BACK = "photo.move_back"  # face too big
    NOT_CENTRED = "photo.not_centred"
    TOO_DARK = "photo.too_dark"
    TOO_BRIGHT = "photo.too_bright"
    BLURRY = "photo.hold_still"


@dataclass(frozen=True, slots=True)
class QualityThresholds:
    """Calibrated on ``skimage.data.astronaut()`` (tests/data/faces); tune per site.

    Sharpness is CLAHE-normalised Laplacian variance at a 128 px face height: sharp ≈ 700,
    Gaussian blur σ1 ≈ 90, σ2 ≈ 30; a sharp face at 25 % brightness still ≈ 140.
    """

    min_face_height: float = 0.25  # of frame height
    max_face_height: float = 0.52
    max_offset_x: float = 0.10  # face centre from frame centre, fraction of width
    target_y: float = 0.45  # face centre height, fraction of frame height
    max_offset_y: float = 0.12
    min_sharpness: float = 60.0
    min_brightness: float = 70.0
    max_brightness: float = 200.0
    max_clipped: float = 0.05
    min_frame_brightness: float = 45.0  # whole frame, used when no face is found
    max_frame_brightness: float = 220.0
    # a second face counts only if at least this large relative to the main one
    other_face_ratio: float = 0.35


def assess(m: PhotoMeasurements, t: QualityThresholds | None = None) -> list[Guidance]:
    """Guidance for one frame; ``[]`` means it passes every check."""
    t = t or QualityThresholds()
    main = m.main_face
    if main is None:
        # a face lost in darkness or glare: say why, not only "no face"
        if m.frame_brightness < t.min_frame_brightness:
            return [Guidance.NO_FACE, Guidance.TOO_DARK]
        if m.frame_brightness > t.max_frame_brightness:
            return [Guidance.NO_FACE, Guidance.TOO_BRIGHT]
        return [Guidance.NO_FACE]
    out: list[Guidance] = []
    others = [f for f in m.faces if f is not main and f.h >= main.h * t.other_face_ratio]
    if others:
        out.append(Guidance.MULTIPLE_FACES)
    size = main.h / m.frame_height
    if size < t.min_face_height:
        out.append(Guidance.MOVE_CLOSER)
    elif size > t.max_face_height:
        out.append(Guidance.MOVE_BACK)
    cx, cy = main.centre
    if (
        abs(cx / m.frame_width - 0.5) > t.max_offset_x
        or abs(cy / m.frame_height - t.target_y) > t.max_offset_y
    ):
        out.append(Guidance.NOT_CENTRED)
    if m.brightness is not None:
        if m.brightness < t.min_brightness or (m.clipped_dark or 0.0) > t.max_clipped:
            out.append(Guidance.TOO_DARK)
        elif m.brightness > t.max_brightness or (m.clipped_bright or 0.0) > t.max_clipped:
            out.append(Guidance.TOO_BRIGHT)
    if m.sharpness is not None and m.sharpness < t.min_sharpness:
        out.append(Guidance.BLURRY)
    return out


class PhotoState(enum.Enum):
    PREVIEW = "preview"  # live view with guidance
    COUNTDOWN = "countdown"  # good frames held: 3, 2, 1
    REVIEW = "review"  # photo taken; resident accepts or retakes
    ACCEPTED = "accepted"
    ENDED = "ended"  # cancelled or wiped


class PhotoStateError(RuntimeError):
    """An action that is not valid in the current state (a bug in the caller)."""


class PhotoSession:
    """Countdown / accept / retake for one ID photo. Not thread-safe: drive it from one thread.

    Args:
        countdown: seconds from "hold still" to the shot.
        passing_frames: consecutive good assessments needed to start the countdown.
        clock: monotonic seconds (injectable for tests).
    """

    def __init__(
        self,
        *,
        countdown: float = 3.0,
        passing_frames: int = 5,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._countdown = countdown
        self._needed = passing_frames
        self._clock = clock
        self._state = PhotoState.PREVIEW
        self._passes = 0
        self._started = 0.0
        self._photo = bytearray()
        self.guidance: list[Guidance] = [Guidance.NO_FACE]
        self.retakes = 0

    @property
    def state(self) -> PhotoState:
        return self._state

    def on_assessment(self, guidance: list[Guidance]) -> PhotoState:
        """Feed the guidance of the newest analysed frame (ignored outside preview/countdown)."""
        if self._state not in (PhotoState.PREVIEW, PhotoState.COUNTDOWN):
            return self._state
        self.guidance = list(guidance)
        if guidance:
            self._passes = 0
            self._state = PhotoState.PREVIEW
            return self._state
        self._passes += 1
        if self._state is PhotoState.PREVIEW and self._passes >= self._needed:
            self._state = PhotoState.COUNTDOWN
            self._started = self._clock()
        return self._state

    def seconds_left(self) -> int | None:
        """Whole seconds to show/speak during the countdown (3, 2, 1, then 0 = shoot)."""
        if self._state is not PhotoState.COUNTDOWN:
            return None
        return max(0, math.ceil(self._countdown - (self._clock() - self._started)))

    def shot_due(self) -> bool:
        return self._state is PhotoState.COUNTDOWN and self.seconds_left() == 0

    def capture(self, jpeg: bytes | bytearray) -> None:
        """Store the photo taken when :meth:`shot_due`; a bytearray argument is zeroed."""
        if not self.shot_due():
            raise PhotoStateError(f"capture in {self._state.value}")
        self._store(jpeg)
        self._state = PhotoState.REVIEW

    def take_now(self, jpeg: bytes | bytearray) -> None:
        """Manual shutter (assisted or accessibility route) from preview or countdown."""
        if self._state not in (PhotoState.PREVIEW, PhotoState.COUNTDOWN):
            raise PhotoStateError(f"take_now in {self._state.value}")
        self._store(jpeg)
        self._state = PhotoState.REVIEW

    def _store(self, jpeg: bytes | bytearray) -> None:
        if not jpeg:
            raise ValueError("empty photo")
        self._zero()
        self._photo = bytearray(jpeg)
        if isinstance(jpeg, bytearray):
            jpeg[:] = bytes(len(jpeg))

    def photo(self) -> memoryview:
        """Read-only view of the JPEG for the review screen (and for encrypting on submit)."""
        if self._state not in (PhotoState.REVIEW, PhotoState.ACCEPTED):
            raise PhotoStateError(f"no photo in {self._state.value}")
        return memoryview(self._photo).toreadonly()

    def accept(self) -> None:
        """The resident's explicit acceptance."""
        if self._state is not PhotoState.REVIEW:
            raise PhotoStateError(f"accept in {self._state.value}")
        self._state = PhotoState.ACCEPTED

    def retake(self) -> None:
        if self._state not in (PhotoState.REVIEW, PhotoState.ACCEPTED):
            raise PhotoStateError(f"retake in {self._state.value}")
        self._zero()
        self._passes = 0
        self.retakes += 1
        self.guidance = [Guidance.NO_FACE]
        self._state = PhotoState.PREVIEW

    def wipe(self) -> None:
        """Zero the photo buffer and end the session (cancel, submit done, session end)."""
        self._zero()
        self._state = PhotoState.ENDED

    def _zero(self) -> None:
        self._photo[:] = bytes(len(self._photo))
        self._photo = bytearray()
