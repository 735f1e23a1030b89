"""Guidance rules on hand-built measurements and the countdown/accept/retake state machine."""

from __future__ import annotations

import pytest

from drivers.camera.photo import FaceBox, PhotoMeasurements
from kiosk.camera.photo_quality import (
    Guidance,
    PhotoSession,
    PhotoState,
    PhotoStateError,
    QualityThresholds,
    assess,
)

W, H = 1280, 720
GOOD_FACE = FaceBox(640 - 125, 324 - 125, 250, 250)


def m(faces=(GOOD_FACE,), **kw) -> PhotoMeasurements:
    values = dict(sharpness=500.0, brightness=140.0, clipped_dark=0.0, clipped_bright=0.0)
    values.update(kw)
    if not faces:
        return PhotoMeasurements(W, H, (), kw.get("frame_brightness", 128.0))
    return PhotoMeasurements(W, H, tuple(faces), **values)


def test_good() -> None:
    assert assess(m()) == []


@pytest.mark.parametrize(
    ("meas", "expected"),
    [
        (m(()), [Guidance.NO_FACE]),
        (m((), frame_brightness=20.0), [Guidance.NO_FACE, Guidance.TOO_DARK]),
        (m((), frame_brightness=240.0), [Guidance.NO_FACE, Guidance.TOO_BRIGHT]),
        (m((GOOD_FACE, FaceBox(100, 100, 200, 200))), [Guidance.MULTIPLE_FACES]),
        (m((FaceBox(565, 249, 150, 150),)), [Guidance.MOVE_CLOSER]),
        (m((FaceBox(440, 124, 400, 400),)), [Guidance.MOVE_BACK]),
        (m((FaceBox(100, 199, 250, 250),)), [Guidance.NOT_CENTRED]),
        (m((FaceBox(515, 400, 250, 250),)), [Guidance.NOT_CENTRED]),
        (m(sharpness=20.0), [Guidance.BLURRY]),
        (m(brightness=40.0), [Guidance.TOO_DARK]),
        (m(clipped_dark=0.2), [Guidance.TOO_DARK]),
        (m(brightness=230.0), [Guidance.TOO_BRIGHT]),
        (m(clipped_bright=0.3), [Guidance.TOO_BRIGHT]),
    ],
)
def test_each_rule(meas: PhotoMeasurements, expected: list[Guidance]) -> None:
    assert assess(meas) == expected


def test_tiny_background_face_is_not_a_second_person() -> None:
    assert assess(m((GOOD_FACE, FaceBox(10, 10, 40, 40)))) == []


def test_thresholds_are_tunable() -> None:
    assert assess(m(sharpness=80.0), QualityThresholds(min_sharpness=100.0)) == [Guidance.BLURRY]


def state_of(s: PhotoSession) -> PhotoState:
    return s.state


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_countdown_capture_accept_and_wipe() -> None:
    clock = Clock()
    s = PhotoSession(countdown=3.0, passing_frames=3, clock=clock)
    assert s.state is PhotoState.PREVIEW
    assert s.on_assessment([Guidance.MOVE_CLOSER]) is PhotoState.PREVIEW
    s.on_assessment([])
    s.on_assessment([])
    assert s.state is PhotoState.PREVIEW and s.seconds_left() is None
    assert s.on_assessment([]) is PhotoState.COUNTDOWN
    assert s.seconds_left() == 3
    clock.now += 1.2
    assert s.seconds_left() == 2 and not s.shot_due()
    with pytest.raises(PhotoStateError):
        s.capture(b"\xff\xd8early")
    clock.now += 2.0
    assert s.shot_due()
    buf = bytearray(b"\xff\xd8jpeg\xff\xd9")
    s.capture(buf)
    assert buf == bytearray(len(buf))  # the caller's buffer is zeroed
    assert state_of(s) is PhotoState.REVIEW
    view = s.photo()
    assert bytes(view) == b"\xff\xd8jpeg\xff\xd9" and view.readonly
    assert s.on_assessment([Guidance.NO_FACE]) is PhotoState.REVIEW  # ignored while reviewing
    s.accept()
    assert state_of(s) is PhotoState.ACCEPTED
    s.wipe()
    assert bytes(view) == bytes(len(view))  # the old buffer was zeroed in place
    assert state_of(s) is PhotoState.ENDED
    with pytest.raises(PhotoStateError):
        s.photo()


def test_bad_frame_during_countdown_goes_back_to_preview() -> None:
    clock = Clock()
    s = PhotoSession(countdown=3.0, passing_frames=1, clock=clock)
    assert s.on_assessment([]) is PhotoState.COUNTDOWN
    assert s.on_assessment([Guidance.BLURRY]) is PhotoState.PREVIEW
    assert s.guidance == [Guidance.BLURRY]


def test_retake_wipes_and_restarts() -> None:
    clock = Clock()
    s = PhotoSession(countdown=0.0, passing_frames=1, clock=clock)
    s.on_assessment([])
    s.capture(b"first")
    view = s.photo()
    s.retake()
    assert bytes(view) == bytes(5)
    assert s.state is PhotoState.PREVIEW and s.retakes == 1
    s.take_now(b"manual")
    assert bytes(s.photo()) == b"manual"
    with pytest.raises(PhotoStateError):
        s.take_now(b"again")
    with pytest.raises(ValueError):
        PhotoSession().take_now(b"")
