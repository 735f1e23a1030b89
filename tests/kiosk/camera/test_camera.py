"""The camera port without Qt: built by the composition root from the configuration, a face
photo from a picture file played as the camera, an absent camera that still answers."""

from __future__ import annotations

import threading
from pathlib import Path

import cv2
import numpy as np

from kiosk.camera.camera import Camera, FaceReading
from kiosk.camera.photo_quality import Guidance
from kiosk.config import KioskConfig
from kiosk.runtime.app import build_core

FACE = Path(__file__).parents[2] / "data" / "faces" / "astronaut.jpg"


def _with_camera(config: KioskConfig, driver: str, source: str) -> KioskConfig:
    camera = config.devices.camera.model_copy(update={"driver": driver, "source": source})
    devices = config.devices.model_copy(update={"camera": camera})
    return config.model_copy(update={"devices": devices})


def test_a_disabled_camera_is_an_absent_camera_not_none(demo_config: KioskConfig) -> None:
    core = build_core(_with_camera(demo_config, "disabled", ""))
    camera = core.camera()
    assert not camera.available
    camera.start()  # nothing to start
    assert not camera.running and camera.latest() is None and not camera.failed
    camera.close()
    assert not Camera.absent().available


def test_frames_and_a_face_reading_make_an_id_photo(demo_config: KioskConfig) -> None:
    core = build_core(_with_camera(demo_config, "emulated", f"{FACE}?fps=30"))
    camera = core.camera()
    assert camera.available and not camera.running
    readings: list[FaceReading] = []
    got = threading.Event()

    def on_reading(reading: FaceReading) -> None:
        readings.append(reading)
        got.set()

    camera.start()
    try:
        camera.analyse_faces(on_reading, rate_hz=20.0)
        assert got.wait(10)
        frame = camera.latest()
        assert frame is not None and frame.image.shape == (512, 512, 3)
        assert max(frame.downscaled(128).shape[:2]) == 128
        assert not camera.failed
    finally:
        camera.close()
    assert not camera.running and camera.latest() is None
    reading = readings[0]
    assert Guidance.NO_FACE not in reading.guidance
    photo = reading.id_photo_jpeg()
    decoded = cv2.imdecode(np.frombuffer(bytes(photo), np.uint8), cv2.IMREAD_COLOR)
    assert decoded is not None and decoded.shape == (531, 413, 3)  # cropped around the face
    camera.start()  # a closed camera starts again (retake)
    camera.close()
