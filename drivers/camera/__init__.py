"""Cameras through OpenCV: sources by URI, a latest-frame grabber, code scanning, ID-photo
measurements. No Qt here; the UI converts :class:`Frame` images to QImage copies.

Public API::

    from drivers.camera import CameraGrabber, CodeScanner, FaceAnalyser
    grabber = CameraGrabber("device:0?width=1280&height=720")   # or file:, image, folder
    grabber.start(); frame = grabber.wait_frame(0, timeout=2)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from civic.lazy_exports import lazy_exports

if TYPE_CHECKING:
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

# Loaded on first use (PEP 562), not when the package is imported: submodules are imported
# from two threads at start-up, and a package whose __init__ imports its submodules forms an
# import-lock cycle with a thread importing one of them directly (tests/test_import_safety.py).
_EXPORTS = {
    "CameraGrabber": "drivers.camera.grabber",
    "Frame": "drivers.camera.grabber",
    "downscale": "drivers.camera.grabber",
    "FaceAnalyser": "drivers.camera.photo",
    "FaceBox": "drivers.camera.photo",
    "FaceDetector": "drivers.camera.photo",
    "PhotoMeasurements": "drivers.camera.photo",
    "analyse": "drivers.camera.photo",
    "crop_id_photo": "drivers.camera.photo",
    "encode_jpeg": "drivers.camera.photo",
    "id_photo_jpeg": "drivers.camera.photo",
    "CodeScanner": "drivers.camera.scanner",
    "Debouncer": "drivers.camera.scanner",
    "DecodedCode": "drivers.camera.scanner",
    "decode_codes": "drivers.camera.scanner",
    "CameraAbsentError": "drivers.camera.source",
    "CameraError": "drivers.camera.source",
    "CameraLostError": "drivers.camera.source",
    "SourceInfo": "drivers.camera.source",
    "SourceKind": "drivers.camera.source",
    "SourceSpec": "drivers.camera.source",
    "parse_source": "drivers.camera.source",
}

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

__getattr__ = lazy_exports(__name__, _EXPORTS)
