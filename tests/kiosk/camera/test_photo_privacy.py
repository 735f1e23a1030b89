"""Faces and number plates blurred before a photo is published: a real face photo
(tests/data/faces/astronaut.jpg) and a drawn car with a plate; detail (Laplacian variance) in the
blurred regions drops to almost nothing and every pixel outside them is unchanged."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest

from drivers.camera.photo import FaceBox, encode_jpeg
from kiosk.camera.photo_privacy import Image, blur_jpeg, blur_private, find_private, grown

FACES = Path(__file__).resolve().parents[2] / "data" / "faces"


def _astronaut(side: int = 512) -> Image:
    image = cv2.imread(str(FACES / "astronaut.jpg"))
    assert image is not None
    return np.asarray(cv2.resize(image, (side, side)), np.uint8)


def _detail(image: Image, box: FaceBox) -> float:
    roi = cv2.cvtColor(image[box.y : box.y + box.h, box.x : box.x + box.w], cv2.COLOR_BGR2GRAY)
    return float(cv2.Laplacian(roi, cv2.CV_64F).var())


def _outside_unchanged(before: Image, after: Image, boxes: list[FaceBox]) -> None:
    mask = np.ones(before.shape[:2], bool)
    for b in boxes:
        mask[b.y : b.y + b.h, b.x : b.x + b.w] = False
    assert mask.sum() > 0.8 * mask.size
    assert np.array_equal(before[mask], after[mask])


def _street_with_car() -> Image:
    image = np.full((480, 640, 3), (90, 110, 100), np.uint8)
    image[300:, :] = (60, 60, 60)  # road
    cv2.rectangle(image, (120, 200), (520, 420), (30, 30, 160), -1)  # the car
    x, y, w, h = 220, 330, 200, 44
    cv2.rectangle(image, (x, y), (x + w, y + h), (255, 255, 255), -1)
    cv2.rectangle(image, (x, y), (x + w, y + h), (0, 0, 0), 2)
    cv2.putText(image, "A123BC77", (x + 8, y + 34), cv2.FONT_HERSHEY_SIMPLEX, 1.05, (0, 0, 0), 3)
    return image


def test_a_face_is_blurred_and_nothing_else_changes() -> None:
    image = _astronaut()
    before = image.copy()
    result = blur_private(image)
    (face,) = result.faces
    assert not result.plates
    assert abs(face.x - 177) < 12 and abs(face.y - 66) < 12  # the face the README names
    region = grown(face, image.shape[1], image.shape[0])
    assert region.w > face.w and region.h > face.h  # the margin
    assert _detail(image, face) < 0.05 * _detail(before, face)
    _outside_unchanged(before, image, [region])


def test_a_number_plate_is_blurred() -> None:
    image = _street_with_car()
    before = image.copy()
    result = blur_private(image)
    (plate,) = result.plates
    assert not result.faces
    assert plate.x <= 225 and plate.x + plate.w >= 415  # the whole plate
    region = grown(plate, image.shape[1], image.shape[0])
    assert _detail(image, plate) < 0.05 * _detail(before, plate)
    _outside_unchanged(before, image, [region])


def test_a_street_without_people_or_cars_is_left_alone() -> None:
    scene = np.zeros((480, 640, 3), dtype=np.uint8)
    scene[240:, :] = (70, 70, 70)
    cv2.circle(scene, (320, 360), 60, (20, 20, 20), -1)  # a pothole
    before = scene.copy()
    result = blur_private(scene)
    assert not result.blurred and np.array_equal(before, scene)


def test_a_large_photo_is_found_at_full_resolution() -> None:
    image = _astronaut(1280)
    (face,) = find_private(image).faces
    assert abs(face.x - 2.5 * 177) < 30 and abs(face.w - 2.5 * 95) < 30  # in its pixels


def test_jpeg_round_trip() -> None:
    image = _astronaut()
    original = encode_jpeg(image, 90)
    jpeg, result = blur_jpeg(original)
    assert bytes(jpeg[:2]) == b"\xff\xd8" and len(result.faces) == 1
    decoded = np.asarray(cv2.imdecode(np.frombuffer(bytes(jpeg), np.uint8), 1), np.uint8)
    face = result.faces[0]
    assert _detail(decoded, face) < 0.1 * _detail(image, face)
    with pytest.raises(ValueError):
        blur_jpeg(b"not a picture")
