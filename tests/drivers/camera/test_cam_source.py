"""Sources by URI and the latest-frame grabber on real files decoded by OpenCV."""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import numpy.typing as npt
import pytest

from drivers.camera.grabber import CameraGrabber
from drivers.camera.source import (
    CameraAbsentError,
    CameraLostError,
    SourceKind,
    SourceSpec,
    open_source,
    parse_source,
)
from drivers.device import DeviceState
from tests.drivers.camera.camera_testimages import write_video


def numbered_frames(n: int, w: int = 320, h: int = 240) -> list[npt.NDArray[Any]]:
    frames: list[npt.NDArray[Any]] = []
    for i in range(n):
        f = np.full((h, w, 3), 40, np.uint8)
        cv2.rectangle(
            f, (10 + 20 * i % (w - 40), 10), (30 + 20 * i % (w - 40), 60), (0, 200, 255), -1
        )
        frames.append(f)
    return frames


def current_state(grabber: CameraGrabber) -> DeviceState:
    return grabber.state


def test_parse_source(tmp_path: Path) -> None:
    assert parse_source("0") == SourceSpec(SourceKind.DEVICE, "0")
    assert parse_source("device:2").index == 2
    spec = parse_source("/dev/video0?width=1280&height=720&fps=30")
    assert (spec.kind, spec.target, spec.width, spec.height, spec.fps) == (
        SourceKind.DEVICE,
        "/dev/video0",
        1280,
        720,
        30.0,
    )
    assert parse_source("file:demo.avi").kind is SourceKind.VIDEO
    assert parse_source("photo.JPG").kind is SourceKind.IMAGE
    assert parse_source(str(tmp_path)).kind is SourceKind.FOLDER
    with pytest.raises(ValueError):
        parse_source("")
    with pytest.raises(ValueError):
        parse_source("0?zoom=2")


def test_video_file_source_loops(tmp_path: Path) -> None:
    path = tmp_path / "clip.avi"
    write_video(path, numbered_frames(5))
    src = open_source(parse_source(f"file:{path}"))
    info = src.open()
    assert (info.width, info.height) == (320, 240)
    assert src.pace == pytest.approx(1 / 30, rel=0.05)
    frames = [src.read() for _ in range(12)]  # past the end: loops
    assert all(f.shape == (240, 320, 3) and f.dtype == np.uint8 for f in frames)
    src.close()


def test_missing_sources_are_absent(tmp_path: Path) -> None:
    for uri in (
        str(tmp_path / "nope.avi"),
        str(tmp_path / "nope.png"),
        str(tmp_path / "empty") + "/",
    ):
        src = open_source(parse_source(uri))
        with pytest.raises(CameraAbsentError) as info:
            src.open()
        assert info.value.key == "camera.absent"
        src.close()


def test_folder_source_skips_unreadable(tmp_path: Path) -> None:
    for i, f in enumerate(numbered_frames(3)):
        cv2.imwrite(str(tmp_path / f"{i:02d}.png"), f)
    (tmp_path / "01b.jpg").write_bytes(b"not a jpeg")
    src = open_source(parse_source(str(tmp_path)))
    src.open()
    got = [src.read() for _ in range(6)]
    assert len(got) == 6
    assert np.array_equal(got[0], got[3])  # looped after 3 readable images
    src.close()


def test_grabber_keeps_latest_read_only_frame(tmp_path: Path) -> None:
    path = tmp_path / "clip.avi"
    write_video(path, numbered_frames(10), fps=60)
    with CameraGrabber(f"file:{path}") as grabber:
        first = grabber.wait_frame(0, timeout=5)
        assert first is not None
        assert grabber.state is DeviceState.READY
        with pytest.raises(ValueError):
            first.image[0, 0, 0] = 1  # immutable
        later = grabber.wait_frame(first.seq + 5, timeout=5)
        assert later is not None and later.seq > first.seq + 5
        assert later.timestamp > first.timestamp
        assert grabber.info is not None and grabber.info.width == 320
        small = later.downscaled(160)
        assert small.shape == (120, 160, 3) and not small.flags.writeable
        assert grabber.health() is DeviceState.READY
    assert current_state(grabber) is DeviceState.DISABLED
    assert grabber.latest() is None


def test_grabber_single_image_source(tmp_path: Path) -> None:
    path = tmp_path / "still.png"
    cv2.imwrite(str(path), numbered_frames(1)[0])
    with CameraGrabber(f"{path}?fps=50") as grabber:
        a = grabber.wait_frame(0, timeout=5)
        b = grabber.wait_frame(a.seq if a else 0, timeout=5)
        assert a is not None and b is not None and np.array_equal(a.image, b.image)


def test_absent_then_present_logs_once(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="drivers.camera.grabber")
    path = tmp_path / "late.png"
    states: list[DeviceState] = []
    grabber = CameraGrabber(str(path), backoff=(0.02, 0.05), on_state=lambda s, e: states.append(s))
    grabber.start()
    try:
        assert grabber.wait_state(DeviceState.ABSENT, 5)
        assert grabber.error is not None and grabber.error.key == "camera.absent"
        # let it retry a few times
        seen = threading.Event()
        for _ in range(50):
            if states.count(DeviceState.CONNECTING) >= 4:
                seen.set()
                break
            seen.wait(0.02)
        cv2.imwrite(str(path), numbered_frames(1)[0])
        assert grabber.wait_frame(0, timeout=5) is not None
        assert grabber.state is DeviceState.READY
    finally:
        grabber.close()
    lost = [r for r in caplog.records if "unavailable" in r.getMessage()]
    assert len(lost) == 1
    assert sum("available again" in r.getMessage() for r in caplog.records) == 1


class FlakySource:
    """Wraps a real image source; the first instance is 'unplugged' after a few frames."""

    opened = 0

    def __init__(self, spec: SourceSpec) -> None:
        self._inner = open_source(spec)
        FlakySource.opened += 1
        self._budget = 3 if FlakySource.opened == 1 else 10**9

    @property
    def pace(self) -> float | None:
        return self._inner.pace

    def open(self):
        return self._inner.open()

    def read(self):
        self._budget -= 1
        if self._budget < 0:
            raise CameraLostError("camera.lost", "unplugged")
        return self._inner.read()

    def close(self) -> None:
        self._inner.close()


def test_lost_mid_stream_reconnects(tmp_path: Path) -> None:
    path = tmp_path / "still.png"
    cv2.imwrite(str(path), numbered_frames(1)[0])
    FlakySource.opened = 0
    states: list[DeviceState] = []
    errors: list[str] = []

    def on_state(state: DeviceState, err) -> None:
        states.append(state)
        if err is not None:
            errors.append(err.key)

    grabber = CameraGrabber(
        f"{path}?fps=100", backoff=(0.02, 0.05), on_state=on_state, source_factory=FlakySource
    )
    with grabber:
        assert grabber.wait_frame(10, timeout=5) is not None
    assert "camera.lost" in errors
    assert states.index(DeviceState.ABSENT) < len(states) - 1 - states[::-1].index(
        DeviceState.READY
    )


def test_missing_v4l2_device_is_absent() -> None:
    grabber = CameraGrabber("/dev/video63", backoff=(5, 5))
    grabber.start()
    try:
        assert grabber.wait_state(DeviceState.ABSENT, 10)
        assert grabber.error is not None and grabber.error.key == "camera.absent"
        assert grabber.health() is DeviceState.ABSENT
    finally:
        grabber.close()


def test_grabber_measures_the_frame_rate(tmp_path: Path) -> None:
    path = tmp_path / "still.png"
    cv2.imwrite(str(path), numbered_frames(1)[0])
    with CameraGrabber(f"{path}?fps=50") as grabber:
        first = grabber.wait_frame(0, timeout=5)
        assert first is not None
        last, fps = grabber.measure(first, 0.3)
        assert last.seq > first.seq
        assert 5 < fps < 100  # a 50 fps source on a busy machine
