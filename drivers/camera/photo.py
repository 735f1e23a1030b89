"""ID-photo measurements: face detection, sharpness, exposure, crop and JPEG encoding.

Face detection uses the Haar cascade shipped inside the opencv-python wheel
(``cv2.data.haarcascades``): nothing is downloaded. It only *finds* faces to frame the photo;
no recognition, no landmarks, nothing kept. Judging the numbers (what counts as too small,
blurry or dark) is the core's job: :mod:`kiosk.camera.photo_quality`.

Sharpness is the variance of the Laplacian on the face region after CLAHE contrast
normalisation, so a dim but sharp face does not read as blurred (HARDWARE.md §4.4).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import cv2
import cv2.data
import numpy as np

from drivers.camera.grabber import CameraGrabber, Frame
from drivers.camera.source import CameraError, Image

logger = logging.getLogger(__name__)

DEFAULT_CASCADE = "haarcascade_frontalface_default.xml"
#: ID photo 35 mm x 45 mm at 300 dpi.
ID_PHOTO_SIZE = (413, 531)


class FaceModelMissingError(CameraError):
    """The cascade file is not in the installed OpenCV package."""


@dataclass(frozen=True, slots=True)
class FaceBox:
    x: int
    y: int
    w: int
    h: int

    @property
    def centre(self) -> tuple[float, float]:
        return (self.x + self.w / 2, self.y + self.h / 2)

    @property
    def area(self) -> int:
        return self.w * self.h


@dataclass(frozen=True, slots=True)
class PhotoMeasurements:
    """Numbers about one frame; ``sharpness`` etc. refer to the largest face (None: no face)."""

    frame_width: int
    frame_height: int
    faces: tuple[FaceBox, ...]
    frame_brightness: float = 128.0  # mean grey level of the whole frame
    sharpness: float | None = None
    brightness: float | None = None  # mean grey level of the face region, 0-255
    clipped_dark: float | None = None  # fraction of face pixels < 8
    clipped_bright: float | None = None  # fraction of face pixels > 247

    @property
    def main_face(self) -> FaceBox | None:
        return max(self.faces, key=lambda f: f.area) if self.faces else None


def cascade_path(name: str = DEFAULT_CASCADE) -> Path:
    return Path(cv2.data.haarcascades) / name


class FaceDetector:
    """Frontal faces with the packaged Haar cascade, on a downscaled grey frame.

    Not thread-safe (``CascadeClassifier`` keeps state): one per worker thread.
    """

    def __init__(
        self,
        cascade: str = DEFAULT_CASCADE,
        *,
        detect_side: int = 640,
        min_face_fraction: float = 0.08,
        min_neighbors: int = 8,
    ) -> None:
        path = cascade_path(cascade)
        classifier = cv2.CascadeClassifier(str(path))
        if classifier.empty():
            raise FaceModelMissingError("camera.face_model_missing", path.name)
        self._classifier = classifier
        self._detect_side = detect_side
        self._min_face_fraction = min_face_fraction
        self._min_neighbors = min_neighbors

    def detect(self, image: Image) -> list[FaceBox]:
        gray = _gray(image)
        h, w = gray.shape[:2]
        scale = min(1.0, self._detect_side / max(h, w))
        small = gray
        if scale < 1.0:
            size = (round(w * scale), round(h * scale))
            small = np.asarray(cv2.resize(gray, size, interpolation=cv2.INTER_AREA), np.uint8)
        min_side = max(24, int(min(small.shape[:2]) * self._min_face_fraction))
        found = self._classifier.detectMultiScale(
            small, scaleFactor=1.1, minNeighbors=self._min_neighbors, minSize=(min_side, min_side)
        )
        boxes = [
            FaceBox(round(x / scale), round(y / scale), round(fw / scale), round(fh / scale))
            for (x, y, fw, fh) in (found if len(found) else [])
        ]
        return sorted(boxes, key=lambda b: -b.area)


def _gray(image: Image) -> Image:
    if image.ndim == 3:
        return np.asarray(cv2.cvtColor(image, cv2.COLOR_BGR2GRAY), dtype=np.uint8)
    return image


_CLAHE = cv2.createCLAHE(clipLimit=2.0, tileGridSize=(4, 4))
_CLAHE_LOCK = threading.Lock()


def sharpness(gray_roi: Image) -> float:
    """Laplacian variance after CLAHE, on a region resized to a fixed 128 px height so the
    value does not depend on how large the face is in the frame."""
    h, w = gray_roi.shape[:2]
    if h < 8 or w < 8:
        return 0.0
    roi = cv2.resize(gray_roi, (max(8, round(w * 128 / h)), 128), interpolation=cv2.INTER_AREA)
    with _CLAHE_LOCK:
        norm = _CLAHE.apply(roi)
    return float(cv2.Laplacian(norm, cv2.CV_64F).var())


def measure(image: Image, faces: list[FaceBox] | tuple[FaceBox, ...]) -> PhotoMeasurements:
    h, w = image.shape[:2]
    faces = tuple(faces)
    gray = _gray(image)
    overall = float(gray[::4, ::4].mean())
    if not faces:
        return PhotoMeasurements(w, h, faces, overall)
    main = max(faces, key=lambda f: f.area)
    roi = gray[max(0, main.y) : main.y + main.h, max(0, main.x) : main.x + main.w]
    if roi.size == 0:
        return PhotoMeasurements(w, h, faces, overall)
    return PhotoMeasurements(
        frame_width=w,
        frame_height=h,
        faces=faces,
        frame_brightness=overall,
        sharpness=sharpness(roi),
        brightness=float(roi.mean()),
        clipped_dark=float(np.count_nonzero(roi < 8)) / roi.size,
        clipped_bright=float(np.count_nonzero(roi > 247)) / roi.size,
    )


def analyse(image: Image, detector: FaceDetector) -> PhotoMeasurements:
    return measure(image, detector.detect(image))


def crop_id_photo(
    image: Image, face: FaceBox, size: tuple[int, int] = ID_PHOTO_SIZE, head_fraction: float = 0.75
) -> Image:
    """Crop and scale to the ID-photo aspect (35:45 by default) around ``face``.

    The Haar box spans roughly brows to chin; the head (chin to crown) is taken as 1.45 box
    heights and made ``head_fraction`` of the photo height (ICAO 9303: 70-80 %), with the
    crown a little below the top edge. Areas outside the frame are filled by edge replication.
    """
    out_w, out_h = size
    head = face.h * 1.45
    photo_h = head / head_fraction
    photo_w = photo_h * out_w / out_h
    cx = face.x + face.w / 2
    crown = face.y + face.h - head  # chin is about the bottom of the box
    top = crown - (photo_h - head) * 0.45
    x0, y0 = round(cx - photo_w / 2), round(top)
    x1, y1 = round(x0 + photo_w), round(y0 + photo_h)
    h, w = image.shape[:2]
    pad = max(0, -x0, -y0, x1 - w, y1 - h)
    src = image
    if pad:
        src = np.asarray(
            cv2.copyMakeBorder(image, pad, pad, pad, pad, cv2.BORDER_REPLICATE), np.uint8
        )
    crop = src[y0 + pad : y1 + pad, x0 + pad : x1 + pad]
    return np.asarray(
        cv2.resize(crop, (out_w, out_h), interpolation=cv2.INTER_AREA), dtype=np.uint8
    )


def encode_jpeg(image: Image, quality: int = 92) -> bytearray:
    """JPEG with no metadata (OpenCV writes no EXIF, so nothing to strip), as a bytearray the
    owner can zero (:meth:`kiosk.camera.photo_quality.PhotoSession.take_now` does)."""
    ok, buf = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, quality])
    if not ok:
        raise ValueError("JPEG encoding failed")
    data = bytearray(buf.tobytes())
    buf.fill(0)
    return data


def id_photo_jpeg(image: Image, face: FaceBox, quality: int = 92) -> bytearray:
    """The final ID photo as JPEG bytes; the intermediate crop is zeroed afterwards."""
    crop = crop_id_photo(image, face)
    try:
        return encode_jpeg(crop, quality)
    finally:
        crop.fill(0)


AnalysisCallback = Callable[[Frame, PhotoMeasurements], None]


class FaceAnalyser:
    """Worker thread measuring the grabber's newest frame at ``rate_hz`` for live guidance.

    ``on_result`` runs on the worker with the frame and its measurements; the UI keeps the frame
    it wants to capture (the last one that passed) and nothing else.
    """

    def __init__(
        self, grabber: CameraGrabber, on_result: AnalysisCallback, *, rate_hz: float = 5.0
    ) -> None:
        self._grabber = grabber
        self._on_result = on_result
        self._interval = 1.0 / rate_hz
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is not None:
            raise RuntimeError("analyser already started")
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="face-analyser", daemon=True)
        self._thread.start()

    def close(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(5.0)
            self._thread = None

    def __enter__(self) -> FaceAnalyser:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _run(self) -> None:
        detector = FaceDetector()
        last = 0
        while not self._stop.is_set():
            started = time.monotonic()
            frame = self._grabber.wait_frame(last, timeout=0.5)
            if frame is None:
                continue
            last = frame.seq
            self._on_result(frame, analyse(frame.image, detector))
            rest = self._interval - (time.monotonic() - started)
            if rest > 0 and self._stop.wait(rest):
                break
