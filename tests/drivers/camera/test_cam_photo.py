"""Face detection (packaged Haar cascade) and each photo-quality check on a real photo.

The photo is ``skimage.data.astronaut()`` (NASA, public domain), taken from the scikit-image
0.26.0 wheel and stored as tests/data/faces/astronaut.jpg.
"""

from __future__ import annotations

import threading

import cv2
import numpy as np
import pytest

from drivers.camera.grabber import CameraGrabber, Frame
from drivers.camera.photo import (
    FaceAnalyser,
    FaceDetector,
    PhotoMeasurements,
    analyse,
    cascade_path,
    crop_id_photo,
    id_photo_jpeg,
)
from kiosk.camera.photo_quality import Guidance, PhotoSession, assess
from tests.drivers.camera.camera_testimages import (
    ASTRONAUT,
    astronaut,
    bgr,
    canvas,
    face_scene,
    synthetic_face,
)


@pytest.fixture(scope="module")
def detector() -> FaceDetector:
    return FaceDetector()


def test_cascade_ships_in_the_wheel() -> None:
    assert cascade_path().is_file()


def test_astronaut_has_one_face(detector: FaceDetector) -> None:
    faces = detector.detect(astronaut())
    assert len(faces) == 1
    f = faces[0]
    assert 160 < f.x < 200 and 50 < f.y < 80 and 85 < f.h < 110


def test_synthetic_drawn_face_is_detected(detector: FaceDetector) -> None:
    assert len(detector.detect(synthetic_face())) == 1


def test_no_face_in_a_plain_scene(detector: FaceDetector) -> None:
    assert detector.detect(bgr(canvas())) == []


def test_good_frame_passes_every_check(detector: FaceDetector) -> None:
    m = analyse(face_scene(0.35), detector)
    assert len(m.faces) == 1
    assert assess(m) == []


@pytest.mark.parametrize(
    ("image", "expected"),
    [
        pytest.param(lambda: bgr(canvas()), Guidance.NO_FACE, id="no-face"),
        pytest.param(
            lambda: np.hstack([astronaut(), astronaut()]), Guidance.MULTIPLE_FACES, id="two"
        ),
        pytest.param(lambda: face_scene(0.15), Guidance.MOVE_CLOSER, id="small"),
        pytest.param(lambda: face_scene(0.6, cy=330), Guidance.MOVE_BACK, id="big"),
        pytest.param(lambda: face_scene(0.35, cx=330), Guidance.NOT_CENTRED, id="left"),
        pytest.param(lambda: face_scene(0.35, cy=520), Guidance.NOT_CENTRED, id="low"),
        pytest.param(
            lambda: cv2.GaussianBlur(face_scene(0.35), (0, 0), 4), Guidance.BLURRY, id="blur"
        ),
        pytest.param(
            lambda: (face_scene(0.35) * 0.35).astype(np.uint8), Guidance.TOO_DARK, id="dark"
        ),
        pytest.param(
            lambda: np.clip(face_scene(0.35).astype(np.float32) * 1.5, 0, 255).astype(np.uint8),
            Guidance.TOO_BRIGHT,
            id="bright",
        ),
    ],
)
def test_each_quality_check(detector: FaceDetector, image, expected: Guidance) -> None:
    guidance = assess(analyse(image(), detector))
    assert expected in guidance, guidance


def test_no_face_in_darkness_or_glare_says_why(detector: FaceDetector) -> None:
    black = (face_scene(0.35) * 0.08).astype(np.uint8)
    assert assess(analyse(black, detector)) == [Guidance.NO_FACE, Guidance.TOO_DARK]
    white = np.full((720, 1280, 3), 250, np.uint8)
    assert assess(analyse(white, detector)) == [Guidance.NO_FACE, Guidance.TOO_BRIGHT]


def test_sharpness_survives_low_light(detector: FaceDetector) -> None:
    # contrast normalisation: a dim but sharp face is not "blurry" (it is "too dark")
    dim = (face_scene(0.35) * 0.3).astype(np.uint8)
    guidance = assess(analyse(dim, detector))
    assert Guidance.TOO_DARK in guidance and Guidance.BLURRY not in guidance


def test_id_photo_crop_and_jpeg(detector: FaceDetector) -> None:
    img = face_scene(0.35)
    face = detector.detect(img)[0]
    crop = crop_id_photo(img, face)
    assert crop.shape == (531, 413, 3)
    # the face is in the crop: detect again
    again = detector.detect(crop)
    assert len(again) == 1 and 0.3 < again[0].h / 531 < 0.6
    jpeg = id_photo_jpeg(img, face)
    assert jpeg[:2] == b"\xff\xd8" and jpeg[-2:] == b"\xff\xd9"
    assert b"Exif" not in jpeg[:200]  # no metadata segment
    decoded = cv2.imdecode(np.frombuffer(bytes(jpeg), np.uint8), cv2.IMREAD_COLOR)
    assert decoded is not None and decoded.shape == (531, 413, 3)
    # into the capture session: the encoder's buffer is zeroed, the session's copy on wipe
    session = PhotoSession()
    session.take_now(jpeg)
    assert not any(jpeg)
    view = session.photo()
    assert bytes(view[:2]) == b"\xff\xd8"
    session.wipe()
    assert not any(view)
    # a face at the frame edge is padded, not cut off
    edge = crop_id_photo(img, type(face)(0, 0, face.w, face.h))
    assert edge.shape == (531, 413, 3)


def test_face_analyser_worker() -> None:
    results: list[tuple[Frame, PhotoMeasurements]] = []
    got = threading.Event()

    def on_result(frame: Frame, m: PhotoMeasurements) -> None:
        results.append((frame, m))
        got.set()

    with (
        CameraGrabber(f"{ASTRONAUT}?fps=30") as grabber,
        FaceAnalyser(grabber, on_result, rate_hz=20),
    ):
        assert got.wait(10)
    frame, m = results[0]
    assert len(m.faces) == 1 and (m.frame_width, m.frame_height) == (512, 512)
    assert frame.image.shape == (512, 512, 3)
