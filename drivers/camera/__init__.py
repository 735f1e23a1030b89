"""Cameras through OpenCV: sources by URI, a latest-frame grabber, code scanning, ID-photo
measurements. No Qt here; the UI converts :class:`Frame` images to QImage copies.

Public API::

    from drivers.camera import CameraGrabber, CodeScanner, FaceAnalyser
    grabber = CameraGrabber("device:0?width=1280&height=720")   # or file:, image, folder
    grabber.start(); frame = grabber.wait_frame(0, timeout=2)
"""

from drivers.camera.grabber import CameraGrabber, Frame, downscale
from drivers.camera.photo import (
    FaceAnalyser,
    FaceBox,
    FaceDetector,
    PhotoMeasurements,
    analyse,
    crop_id_photo,
    encode_jpeg,
    id_photo_jpeg,
)
from drivers.camera.scanner import CodeScanner, Debouncer, DecodedCode, decode_codes
from drivers.camera.source import (
    CameraAbsentError,
    CameraError,
    CameraLostError,
    SourceInfo,
    SourceKind,
    SourceSpec,
    parse_source,
)

__all__ = [
    "CameraAbsentError",
    "CameraError",
    "CameraGrabber",
    "CameraLostError",
    "CodeScanner",
    "Debouncer",
    "DecodedCode",
    "FaceAnalyser",
    "FaceBox",
    "FaceDetector",
    "Frame",
    "PhotoMeasurements",
    "SourceInfo",
    "SourceKind",
    "SourceSpec",
    "analyse",
    "crop_id_photo",
    "decode_codes",
    "downscale",
    "encode_jpeg",
    "id_photo_jpeg",
    "parse_source",
]
