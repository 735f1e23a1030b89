"""Blur faces and number plates in a photo that will be published (the street report's photo).

Pure functions on a BGR image, no Qt. Detection uses the Haar cascades shipped inside the OpenCV
wheel (``cv2.data.haarcascades``; nothing is downloaded): frontal and profile faces (the profile
cascade runs on the mirrored image too, for faces turned the other way) and number plates
(``haarcascade_russian_plate_number.xml``, trained on Russian plates: it finds light
rectangular plates with dark characters, not every plate in the world, so the photo step still
asks the resident to keep plates out of the picture). The detectors are tuned to prefer
blurring too much over publishing a face: fewer neighbours than the ID-photo detector and small
minimum sizes.

Each found region, grown by :data:`MARGIN` on every side, is pixelated to blocks of
:data:`BLOCK_FRACTION` of its side and then smoothed with a Gaussian, so nothing of the face or
the characters survives. Nothing is recognised and nothing found is kept or logged beyond
counts.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass

import cv2
import cv2.data
import numpy as np
from numpy.typing import NDArray

from drivers.camera.photo import FaceBox, encode_jpeg

logger = logging.getLogger(__name__)

Image = NDArray[np.uint8]

FACE_CASCADES = ("haarcascade_frontalface_default.xml",)
PROFILE_CASCADE = "haarcascade_profileface.xml"
PLATE_CASCADE = "haarcascade_russian_plate_number.xml"
DETECT_SIDE = 640  # detection runs on a copy at most this large (about 1 s on one core)
MARGIN = 0.25  # of the box's side, added on each side (hair, ears, the plate's frame)
BLOCK_FRACTION = 0.12  # pixel blocks, as a fraction of the blurred region's shorter side
MIN_FACE_PX = 16  # at DETECT_SIDE
MIN_PLATE_PX = (36, 10)


class PrivacyModelMissingError(RuntimeError):
    """A cascade file is not in the installed OpenCV package (a broken install: a bug)."""


@dataclass(frozen=True, slots=True)
class PrivacyResult:
    """What was blurred: the boxes (image pixels, before the margin) of faces and plates."""

    faces: tuple[FaceBox, ...]
    plates: tuple[FaceBox, ...]

    @property
    def blurred(self) -> bool:
        return bool(self.faces or self.plates)


_LOCAL = threading.local()  # CascadeClassifier keeps state: one set per thread


def _classifier(name: str) -> cv2.CascadeClassifier:
    cache: dict[str, cv2.CascadeClassifier] = getattr(_LOCAL, "cascades", {})
    _LOCAL.cascades = cache
    found = cache.get(name)
    if found is None:
        found = cv2.CascadeClassifier(str(cv2.data.haarcascades) + name)
        if found.empty():
            raise PrivacyModelMissingError(name)
        cache[name] = found
    return found


def _detect(
    gray: Image, name: str, scale: float, neighbours: int, min_size: tuple[int, int]
) -> list[FaceBox]:
    found = _classifier(name).detectMultiScale(
        gray, scaleFactor=1.1, minNeighbors=neighbours, minSize=min_size
    )
    return [
        FaceBox(round(x / scale), round(y / scale), round(w / scale), round(h / scale))
        for (x, y, w, h) in (found if len(found) else [])
    ]


def find_private(image: Image) -> PrivacyResult:
    """Faces (frontal and profile) and number plates in a BGR (or grey) image."""
    gray = image if image.ndim == 2 else np.asarray(cv2.cvtColor(image, cv2.COLOR_BGR2GRAY))
    height, width = gray.shape[:2]
    scale = min(1.0, DETECT_SIDE / max(height, width))
    if scale < 1.0:
        size = (round(width * scale), round(height * scale))
        gray = np.asarray(cv2.resize(gray, size, interpolation=cv2.INTER_AREA), np.uint8)
    face_min = (MIN_FACE_PX, MIN_FACE_PX)
    faces: list[FaceBox] = []
    for name in FACE_CASCADES:
        faces += _detect(gray, name, scale, 4, face_min)
    faces += _detect(gray, PROFILE_CASCADE, scale, 4, face_min)
    mirrored = np.ascontiguousarray(gray[:, ::-1])
    small_w = gray.shape[1]
    for box in _detect(mirrored, PROFILE_CASCADE, 1.0, 4, face_min):
        x = small_w - box.x - box.w
        y, w, h = box.y, box.w, box.h
        faces.append(FaceBox(*(round(v / scale) for v in (x, y, w, h))))
    plates = _detect(gray, PLATE_CASCADE, scale, 3, MIN_PLATE_PX)
    return PrivacyResult(tuple(_merge(faces)), tuple(_merge(plates)))


def _merge(boxes: list[FaceBox]) -> list[FaceBox]:
    """Drop boxes lying mostly inside a bigger one (the cascades find the same face twice)."""
    out: list[FaceBox] = []
    for box in sorted(boxes, key=lambda b: -b.area):
        if not any(_inside(box, big) > 0.6 for big in out):
            out.append(box)
    return out


def _inside(small: FaceBox, big: FaceBox) -> float:
    w = min(small.x + small.w, big.x + big.w) - max(small.x, big.x)
    h = min(small.y + small.h, big.y + big.h) - max(small.y, big.y)
    return max(0, w) * max(0, h) / max(1, small.area)


def grown(box: FaceBox, width: int, height: int, margin: float = MARGIN) -> FaceBox:
    """``box`` grown by ``margin`` of its side on each side, clipped to the image."""
    dx, dy = round(box.w * margin), round(box.h * margin)
    x0, y0 = max(0, box.x - dx), max(0, box.y - dy)
    x1, y1 = min(width, box.x + box.w + dx), min(height, box.y + box.h + dy)
    return FaceBox(x0, y0, max(0, x1 - x0), max(0, y1 - y0))


def obscure(image: Image, box: FaceBox) -> None:
    """Pixelate then smooth ``box`` of ``image`` in place."""
    x, y, w, h = box.x, box.y, box.w, box.h
    if w < 2 or h < 2:
        return
    roi = image[y : y + h, x : x + w]
    block = max(2, round(min(w, h) * BLOCK_FRACTION))
    small = cv2.resize(roi, (max(1, w // block), max(1, h // block)), interpolation=cv2.INTER_AREA)
    pixelated = cv2.resize(small, (w, h), interpolation=cv2.INTER_NEAREST)
    kernel = block * 2 + 1
    roi[...] = cv2.GaussianBlur(pixelated, (kernel, kernel), 0)


def blur_private(image: Image) -> PrivacyResult:
    """Find faces and plates in ``image`` and obscure them in place (with :data:`MARGIN`)."""
    result = find_private(image)
    height, width = image.shape[:2]
    for box in (*result.faces, *result.plates):
        obscure(image, grown(box, width, height))
    if result.blurred:
        logger.info(
            "photo privacy: %d face(s), %d plate(s) blurred", len(result.faces), len(result.plates)
        )
    return result


def blur_jpeg(jpeg: bytes | bytearray, quality: int = 85) -> tuple[bytearray, PrivacyResult]:
    """A JPEG with faces and plates obscured (a new buffer the caller owns and zeroes), and what
    was found. The decoded pixels are zeroed before returning.

    Raises:
        ValueError: the bytes are not an image OpenCV can decode.
    """
    data = np.frombuffer(bytes(jpeg), np.uint8)
    image = cv2.imdecode(data, cv2.IMREAD_COLOR)
    if image is None:
        raise ValueError("not an image")
    pixels = np.asarray(image, np.uint8)
    try:
        result = blur_private(pixels)
        return encode_jpeg(pixels, quality), result
    finally:
        pixels.fill(0)
