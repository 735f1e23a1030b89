"""The Simulator window's Camera section switches what the demo camera sees."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from types import SimpleNamespace

from PySide6.QtWidgets import QPushButton

from citysim import CitySim
from kiosk.demo.camera import CURRENT, DemoBill, DemoCameraScene
from kiosk.demo.rig import DemoRig
from ui.main import KioskApplication
from ui.simulator import SimulatorWindow


def test_camera_buttons_switch_the_scene(
    kiosk_app: KioskApplication, qtbot, tmp_path: Path
) -> None:
    scene = DemoCameraScene(
        tmp_path / "camera", DemoBill("00001001", "BILL-1001", 4520, dt.date(2026, 12, 6))
    )
    city = CitySim(control_port=None)
    try:
        rig = DemoRig(city=city, camera=scene)
        simulator = SimulatorWindow(kiosk_app.controller)
        simulator.attach_core(SimpleNamespace(demo=rig))  # type: ignore[arg-type]
        before = (tmp_path / "camera" / CURRENT).read_bytes()
        button = simulator.findChild(QPushButton, "sim-camera-bill_qr")
        assert button is not None
        button.click()
        qtbot.waitUntil(lambda: scene.current == "bill_qr", timeout=5000)
        assert (tmp_path / "camera" / CURRENT).read_bytes() != before
        simulator._worker.shutdown(wait=True)
        simulator.deleteLater()
    finally:
        city.stop()
