"""Frame sources chosen by a URI: a V4L2 device, a video file, one image, or an image folder.

URI forms (``?width=1280&height=720&fps=30`` may follow any of them)::

    device:0            V4L2 device index (``0`` alone means the same)
    /dev/video0         V4L2 device path (``device:/dev/video0`` too; by-id links work)
    file:demo.avi       a video file, looped and paced at its own frame rate
    photo.png           one image, repeated at ``fps`` (default 15)
    frames/             a folder of images (sorted by name), looped at ``fps``

Files are decoded by real OpenCV (FFMPEG / imgcodecs), so tests and the demo exercise the same
pipeline as a webcam. Every source raises :class:`CameraAbsentError` when it cannot be opened
and :class:`CameraLostError` when it stops delivering frames.
"""

from __future__ import annotations

import enum
import logging
import os
import urllib.parse
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import cv2
import numpy as np
import numpy.typing as npt

from drivers.device import DeviceError, DisconnectedError

logger = logging.getLogger(__name__)

Image = npt.NDArray[np.uint8]

IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".bmp", ".tif", ".tiff", ".webp", ".pgm"})


class CameraError(DeviceError):
    """Base of camera errors."""


class CameraAbsentError(CameraError, DisconnectedError):
    """The source cannot be opened (no device, missing or unreadable file)."""


class CameraLostError(CameraError, DisconnectedError):
    """The source stopped delivering frames (unplugged, brown-out, decoder failure)."""


class SourceKind(enum.Enum):
    DEVICE = "device"
    VIDEO = "video"
    IMAGE = "image"
    FOLDER = "folder"


@dataclass(frozen=True, slots=True)
class SourceSpec:
    kind: SourceKind
    target: str  # device path or index as text, or a file/folder path
    width: int | None = None
    height: int | None = None
    fps: float | None = None

    @property
    def index(self) -> int | None:
        return (
            int(self.target) if self.kind is SourceKind.DEVICE and self.target.isdigit() else None
        )


@dataclass(frozen=True, slots=True)
class SourceInfo:
    width: int
    height: int
    fps: float
    backend: str
    fourcc: str = ""


def parse_source(uri: str) -> SourceSpec:
    """Parse a source URI. Raises ``ValueError`` for a malformed one (a configuration bug)."""
    uri = uri.strip()
    if not uri:
        raise ValueError("empty camera source")
    target, _, query = uri.partition("?")
    opts = dict(urllib.parse.parse_qsl(query, strict_parsing=bool(query)))
    unknown = set(opts) - {"width", "height", "fps"}
    if unknown:
        raise ValueError(f"unknown camera source option(s): {sorted(unknown)}")
    width = int(opts["width"]) if "width" in opts else None
    height = int(opts["height"]) if "height" in opts else None
    fps = float(opts["fps"]) if "fps" in opts else None
    if fps is not None and fps <= 0:
        raise ValueError("fps must be positive")

    if target.startswith("device:"):
        kind, target = SourceKind.DEVICE, target[len("device:") :]
    elif target.isdigit() or target.startswith("/dev/"):
        kind = SourceKind.DEVICE
    else:
        if target.startswith("file:"):
            target = target[len("file:") :]
        path = Path(target)
        if path.is_dir() or target.endswith(os.sep):
            kind = SourceKind.FOLDER
        elif path.suffix.lower() in IMAGE_SUFFIXES:
            kind = SourceKind.IMAGE
        else:
            kind = SourceKind.VIDEO
    if not target:
        raise ValueError("camera source has no target")
    return SourceSpec(kind, target, width, height, fps)


class FrameSource(Protocol):
    """What the grabber drives. Not thread-safe: one grabber thread owns it."""

    def open(self) -> SourceInfo: ...

    def read(self) -> Image:
        """The next frame (BGR uint8). Raises :class:`CameraLostError`."""
        ...

    @property
    def pace(self) -> float | None:
        """Seconds between frames for file sources; ``None`` when the device paces itself."""
        ...

    def close(self) -> None: ...


def _fourcc_text(value: float) -> str:
    code = int(value)
    text = "".join(chr((code >> (8 * i)) & 0xFF) for i in range(4))
    return text if text.isprintable() else ""


class CaptureSource:
    """``cv2.VideoCapture`` on a V4L2 device (MJPG where offered) or on a video file (looped)."""

    def __init__(self, spec: SourceSpec) -> None:
        if spec.kind not in (SourceKind.DEVICE, SourceKind.VIDEO):
            raise ValueError("CaptureSource takes a device or video spec")
        self._spec = spec
        self._cap: cv2.VideoCapture | None = None
        self._pace: float | None = None

    @property
    def pace(self) -> float | None:
        return self._pace

    def open(self) -> SourceInfo:
        spec = self._spec
        if spec.kind is SourceKind.DEVICE:
            where: int | str = spec.index if spec.index is not None else spec.target
            cap = cv2.VideoCapture(where, cv2.CAP_V4L2)
            if cap.isOpened():
                # MJPG first: USB 2 cannot carry 720p30 YUYV. Drivers ignore what they lack.
                cap.set(cv2.CAP_PROP_FOURCC, cv2.VideoWriter.fourcc(*"MJPG"))
                if spec.width:
                    cap.set(cv2.CAP_PROP_FRAME_WIDTH, spec.width)
                if spec.height:
                    cap.set(cv2.CAP_PROP_FRAME_HEIGHT, spec.height)
                if spec.fps:
                    cap.set(cv2.CAP_PROP_FPS, spec.fps)
                cap.set(cv2.CAP_PROP_BUFFERSIZE, 1)
        else:
            if not Path(spec.target).is_file():
                raise CameraAbsentError("camera.absent", "video file missing")
            cap = cv2.VideoCapture(spec.target)
        if not cap.isOpened():
            cap.release()
            raise CameraAbsentError("camera.absent", f"cannot open {spec.kind.value} source")
        self._cap = cap
        fps = float(cap.get(cv2.CAP_PROP_FPS)) or 0.0
        if spec.kind is SourceKind.VIDEO:
            fps = spec.fps or (fps if 1.0 <= fps <= 240.0 else 25.0)
            self._pace = 1.0 / fps
        return SourceInfo(
            width=int(cap.get(cv2.CAP_PROP_FRAME_WIDTH)),
            height=int(cap.get(cv2.CAP_PROP_FRAME_HEIGHT)),
            fps=fps,
            backend=str(cap.getBackendName()),
            fourcc=_fourcc_text(cap.get(cv2.CAP_PROP_FOURCC)),
        )

    def read(self) -> Image:
        cap = self._cap
        if cap is None:
            raise CameraLostError("camera.lost", "not open")
        ok, frame = cap.read()
        if not ok and self._spec.kind is SourceKind.VIDEO:
            cap.set(cv2.CAP_PROP_POS_FRAMES, 0)  # loop the file
            ok, frame = cap.read()
        if not ok or frame is None:
            raise CameraLostError("camera.lost", "read failed")
        return _as_bgr(frame)

    def close(self) -> None:
        if self._cap is not None:
            self._cap.release()
            self._cap = None


class ImageSource:
    """One still image, delivered again and again at ``fps``."""

    def __init__(self, spec: SourceSpec) -> None:
        self._spec = spec
        self._image: Image | None = None

    @property
    def pace(self) -> float:
        return 1.0 / (self._spec.fps or 15.0)

    def open(self) -> SourceInfo:
        image = cv2.imread(self._spec.target, cv2.IMREAD_COLOR)
        if image is None:
            raise CameraAbsentError("camera.absent", "image missing or unreadable")
        image = _as_bgr(image)
        image.setflags(write=False)
        self._image = image
        return SourceInfo(image.shape[1], image.shape[0], 1.0 / self.pace, "imgcodecs")

    def read(self) -> Image:
        if self._image is None:
            raise CameraLostError("camera.lost", "not open")
        return self._image

    def close(self) -> None:
        self._image = None


class FolderSource:
    """The images of a folder in name order, looped at ``fps``; unreadable files are skipped."""

    def __init__(self, spec: SourceSpec) -> None:
        self._spec = spec
        self._files: list[Path] = []
        self._pos = 0

    @property
    def pace(self) -> float:
        return 1.0 / (self._spec.fps or 15.0)

    def open(self) -> SourceInfo:
        folder = Path(self._spec.target)
        if not folder.is_dir():
            raise CameraAbsentError("camera.absent", "image folder missing")
        self._files = sorted(
            f for f in folder.iterdir() if f.is_file() and f.suffix.lower() in IMAGE_SUFFIXES
        )
        if not self._files:
            raise CameraAbsentError("camera.absent", "image folder empty")
        self._pos = 0
        first = self.read()
        self._pos = 0
        return SourceInfo(first.shape[1], first.shape[0], 1.0 / self.pace, "imgcodecs")

    def read(self) -> Image:
        for _ in range(len(self._files)):
            path = self._files[self._pos]
            self._pos = (self._pos + 1) % len(self._files)
            image = cv2.imread(str(path), cv2.IMREAD_COLOR)
            if image is not None:
                return _as_bgr(image)
            logger.debug("camera folder: skipped an unreadable file")
        raise CameraLostError("camera.lost", "no readable image in folder")

    def close(self) -> None:
        self._files = []


def _as_bgr(frame: npt.NDArray[Any]) -> Image:
    if frame.ndim == 2:
        return np.asarray(cv2.cvtColor(frame, cv2.COLOR_GRAY2BGR), dtype=np.uint8)
    if frame.shape[2] == 4:
        return np.asarray(cv2.cvtColor(frame, cv2.COLOR_BGRA2BGR), dtype=np.uint8)
    return np.asarray(frame, dtype=np.uint8)


def open_source(spec: SourceSpec) -> FrameSource:
    """Build (not open) the source for a spec."""
    if spec.kind in (SourceKind.DEVICE, SourceKind.VIDEO):
        return CaptureSource(spec)
    if spec.kind is SourceKind.IMAGE:
        return ImageSource(spec)
    return FolderSource(spec)
