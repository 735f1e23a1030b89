"""The kiosk's camera as photo steps use it (a port of the application layer).

A :class:`Camera` is one use of the camera by one step: started on the resident's request
("Take photo"), read by the step's preview timer, closed when the step is done or hidden. The
composition root builds it (:meth:`kiosk.runtime.app.KioskCore.camera`); a kiosk without a camera
gets a camera whose :attr:`Camera.available` is False, never ``None``. The step sees frames as
:class:`CameraFrame` values and the face analyser's readings as :class:`FaceReading`, never
the driver's grabber.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import NDArray

from drivers.camera.grabber import Frame, downscale
from drivers.camera.photo import FaceAnalyser, PhotoMeasurements, encode_jpeg, id_photo_jpeg
from drivers.device import DeviceState
from kiosk.camera.photo_quality import Guidance, assess

if TYPE_CHECKING:
    from drivers.camera.grabber import CameraGrabber

Image = NDArray[np.uint8]
"""A BGR picture (height x width x 3), as the camera gives it."""


@dataclass(frozen=True)
class CameraFrame:
    """One picture from the camera; ``seq`` counts up with every new frame."""

    image: Image = field(repr=False)
    seq: int

    def downscaled(self, max_side: int) -> Image:
        """The picture with its longer side at most ``max_side`` pixels (a preview)."""
        return downscale(self.image, max_side)

    @classmethod
    def of(cls, frame: Frame) -> CameraFrame:
        return cls(frame.image, frame.seq)


@dataclass(frozen=True)
class FaceReading:
    """A frame and what the face analyser measured in it (for the ID photo's guidance)."""

    frame: CameraFrame
    measurements: PhotoMeasurements = field(repr=False)

    @property
    def guidance(self) -> list[Guidance]:
        """What the resident should change (empty: this frame makes a good ID photo)."""
        return assess(self.measurements)

    def id_photo_jpeg(self) -> bytearray:
        """The ID photo: cropped around the face when there is one, else the whole frame."""
        face = self.measurements.main_face
        if face is not None:
            return id_photo_jpeg(self.frame.image, face)
        return encode_jpeg(np.ascontiguousarray(self.frame.image))


def jpeg(image: Image, quality: int = 92) -> bytearray:
    """``image`` as a JPEG without metadata (the caller zeroes the pixels it owns)."""
    return encode_jpeg(image, quality)


class Camera:
    """One use of the camera. Call :meth:`start`, then read :meth:`latest` (GUI thread), and
    :meth:`close` when done (closing twice is fine; a closed camera can be started again).

    Attributes:
        available: the kiosk has a camera (False: :meth:`start` does nothing).
    """

    def __init__(self, grabber_factory: Callable[[], CameraGrabber] | None) -> None:
        self._factory = grabber_factory
        self._grabber: CameraGrabber | None = None
        self._analyser: FaceAnalyser | None = None
        self._lock = threading.Lock()

    @classmethod
    def absent(cls) -> Camera:
        """The camera of a kiosk that has none (or is still starting)."""
        return cls(None)

    @property
    def available(self) -> bool:
        return self._factory is not None

    @property
    def running(self) -> bool:
        return self._grabber is not None

    @property
    def failed(self) -> bool:
        """The camera was started but is absent or in error (no picture will come)."""
        grabber = self._grabber
        return grabber is not None and grabber.state in (DeviceState.ABSENT, DeviceState.ERROR)

    def start(self) -> None:
        if self._factory is None or self._grabber is not None:
            return
        self._grabber = self._factory()
        self._grabber.start()

    def latest(self) -> CameraFrame | None:
        grabber = self._grabber
        frame = grabber.latest() if grabber is not None else None
        return CameraFrame.of(frame) if frame is not None else None

    def analyse_faces(self, on_reading: Callable[[FaceReading], None], rate_hz: float) -> None:
        """Measure the newest frame ``rate_hz`` times a second on a worker thread;
        ``on_reading`` runs on that worker (the step relays it to the GUI thread)."""
        grabber = self._grabber
        if grabber is None or self._analyser is not None:
            return

        def analysed(frame: Frame, measurements: PhotoMeasurements) -> None:
            on_reading(FaceReading(CameraFrame.of(frame), measurements))

        self._analyser = FaceAnalyser(grabber, analysed, rate_hz=rate_hz)
        self._analyser.start()

    def close(self, timeout: float = 5.0) -> None:
        """Stop the analyser, then the camera (joins their threads)."""
        with self._lock:
            analyser, self._analyser = self._analyser, None
            grabber, self._grabber = self._grabber, None
        if analyser is not None:
            analyser.close()
        if grabber is not None:
            grabber.close(timeout=timeout)
