"""The demo camera scenes decode with the real scanner to payloads the kiosk accepts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from drivers.camera import CameraGrabber, decode_codes
from kiosk.camera.scan_payloads import BillSlip, LibraryCard, parse_scan
from kiosk.demo.camera import CURRENT, DemoBill, DemoCameraScene, render_scene

BILL = DemoBill("00001001", "BILL-1001", 4520, dt.date(2026, 12, 6))


def _decoded(name: str) -> list[tuple[str, str]]:
    return [(c.format, c.text) for c in decode_codes(render_scene(name, BILL))]


def test_scenes_decode_to_accepted_payloads() -> None:
    assert _decoded("nothing") == []
    ((fmt, text),) = _decoded("bill_qr")
    slip = parse_scan(text, fmt)
    assert isinstance(slip, BillSlip) and slip.bill_id == "BILL-1001"
    ((fmt, text),) = _decoded("library_card")
    assert isinstance(parse_scan(text, fmt), LibraryCard)
    assert _decoded("face") == []


def test_simulator_switches_what_the_camera_sees(tmp_path: Path) -> None:
    scene = DemoCameraScene(tmp_path / "cam", BILL)
    assert (tmp_path / "cam" / CURRENT).exists() and scene.current == "nothing"
    with CameraGrabber(scene.source + "?fps=20") as grabber:
        first = grabber.wait_frame(0, timeout=5)
        assert first is not None and decode_codes(first.image) == []
        scene.show("bill_qr")
        seen = False
        after = first.seq
        for _ in range(40):
            frame = grabber.wait_frame(after, timeout=2)
            assert frame is not None
            after = frame.seq
            if decode_codes(frame.image):
                seen = True
                break
        assert seen


def test_demo_rig_points_the_camera_at_the_scene(data_dir: Path) -> None:
    from kiosk.config import load_demo_config, shell_only
    from kiosk.demo.rig import start_demo

    config = shell_only(load_demo_config(data_dir))
    devices = config.devices
    camera = devices.camera.model_copy(update={"driver": "emulated", "source": "demo"})
    config = config.model_copy(update={"devices": devices.model_copy(update={"camera": camera})})
    rig, started = start_demo(config)
    try:
        assert rig.camera is not None and rig.camera.current == "nothing"
        assert started.devices.camera.source == rig.camera.source
        bill = rig.city.gateway_state.bills["BILL-1001"]
        assert rig.camera.bill.due.isoformat() == bill["due_date"]
        with CameraGrabber(started.devices.camera.source) as grabber:
            assert grabber.wait_frame(0, timeout=5) is not None
    finally:
        rig.close()
