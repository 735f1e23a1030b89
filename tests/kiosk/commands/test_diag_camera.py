"""``kiosk diag camera`` on real image and video files."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import cv2
from click.testing import CliRunner

from kiosk.camera.scan_payloads import make_bill_slip
from kiosk.commands.diag_camera import EXIT_ABSENT, EXIT_OK, camera
from tests.drivers.camera.camera_testimages import (
    ASTRONAUT,
    canvas,
    code_image,
    place,
    scene_with,
    write_video,
)


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(camera, [*args, "--timeout", "3", "--measure", "0.3"])
    return result.exit_code, result.output


def test_photo_source_reports_one_face() -> None:
    code, out = run("--source", str(ASTRONAUT), "--json")
    assert code == EXIT_OK
    report = json.loads(out)
    assert (report["width"], report["height"]) == (512, 512)
    assert len(report["faces"]) == 1
    assert report["codes"] == []
    assert report["photo_quality"] != ["ok"]  # the astronaut is off-centre and small


def test_video_with_codes(tmp_path: Path) -> None:
    slip = make_bill_slip("12345678", "WTR-2026-0042", 12550, dt.date(2026, 12, 31))
    frame = scene_with("QRCode", slip, module_px=5)
    evil = cv2.cvtColor(
        place(canvas(), code_image("QRCode", "https://evil.example/", 5), 640, 360),
        cv2.COLOR_GRAY2BGR,
    )
    path = tmp_path / "codes.avi"
    write_video(path, [frame] * 10 + [evil] * 10, fps=10)
    code, out = run("--source", f"file:{path}", "--json", "--measure", "0.2")
    assert code == EXIT_OK
    report = json.loads(out)
    assert report["fps_reported"] == 10.0
    assert report["codes"] == [
        {"format": "QRCode", "text": slip, "accepted": True, "kind": "bill_slip"}
    ]
    code, out = run("--source", f"file:{path}")
    assert "resolution:   1280x720" in out and "accepted (bill_slip)" in out


def test_absent_source(tmp_path: Path) -> None:
    code, out = run("--source", str(tmp_path / "missing.png"))
    assert code == EXIT_ABSENT
    assert "camera.absent" in out
