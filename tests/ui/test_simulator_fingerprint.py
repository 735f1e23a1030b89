"""The Simulator window shows the fingerprint sensor's LED ring as the kiosk sets it."""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtWidgets import QLabel

from citysim import CitySim
from drivers.fingerprint import FingerprintDevice, RetryBudget, VerifyOutcome, demo_template
from drivers.fingerprint.emulator import FingerprintEmulator
from kiosk.demo.rig import DemoRig
from ui.main import KioskApplication
from ui.simulator import SimulatorWindow


def test_sensor_light_follows_the_ring(kiosk_app: KioskApplication, qtbot) -> None:
    city = CitySim(control_port=None)
    sensor = FingerprintEmulator()
    service = FingerprintDevice(sensor.port, command_timeout=0.5)
    try:
        rig = DemoRig(city=city, fingerprint=sensor)
        simulator = SimulatorWindow(kiosk_app.controller)
        simulator.attach_core(SimpleNamespace(demo=rig))  # type: ignore[arg-type]
        light = simulator.findChild(QLabel, "sim-sensor-light")
        assert light is not None and light.text() == "Sensor light: off"
        service.open().result(10)
        sensor.place_wrong_finger()
        result = service.verify(bytearray(demo_template("alice")), RetryBudget(), finger_timeout=2)
        assert result.result(10).outcome is VerifyOutcome.NOT_MATCHED
        qtbot.waitUntil(lambda: light.text() == "Sensor light: flashing red, 3 times", timeout=5000)
        simulator._worker.shutdown(wait=True)
        simulator.deleteLater()
    finally:
        service.close()
        sensor.close()
        city.stop()
