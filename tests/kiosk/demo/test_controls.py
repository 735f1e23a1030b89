"""The Simulator's and practice kiosk's port on the demo rig, without Qt: the made-up people,
the sensor light as the kiosk set it, the emulated printer's paper."""

from __future__ import annotations

from citysim import CitySim
from drivers.fingerprint.emulator import FingerprintEmulator
from drivers.fingerprint.protocol import LedColour, LedMode
from drivers.printer.emulator.rig import start_emulated_printer
from drivers.printer.status import PaperLevel
from drivers.smartcard.emulator.personas import PERSONAS
from kiosk.demo.controls import demo_people, practice_people, sensor_light, set_paper
from kiosk.demo.rig import DemoRig


def test_every_demo_card_and_only_genuine_residents_to_practise_with() -> None:
    people = demo_people()
    assert [p.id for p in people] == list(PERSONAS)
    amina = next(p for p in people if p.id == "resident-amina")
    assert amina.signs_in and amina.pin and amina.role == "resident"
    assert not all(p.signs_in for p in people)  # a contactless-only or role-less card is there
    practice = practice_people()
    assert [p.id for p in practice] == ["resident-amina", "resident-brian", "resident-carmen"]
    assert all(p.signs_in for p in practice)


def test_the_sensor_light_as_the_kiosk_set_it() -> None:
    sensor = FingerprintEmulator()
    assert sensor_light(sensor) is None  # never set
    sensor.led_state = (LedMode.BREATHING, LedColour.BLUE)  # what an AURA_LED command leaves
    sensor.led_cycles = 3
    light = sensor_light(sensor)
    assert light is not None
    assert (light.mode, light.colour, light.cycles) == ("breathing", "blue", 3)
    sensor.led_state = (LedMode.OFF, LedColour.RED)
    assert sensor_light(sensor) is None


def test_paper_levels_reach_the_emulated_printer() -> None:
    printer = start_emulated_printer("tcp")
    rig = DemoRig(city=CitySim(), printer=printer)  # the city is never started here
    try:
        levels = []
        for name in ("near_end", "out", "ok"):
            set_paper(rig, name)
            levels.append(printer.printer.condition.paper)
        assert levels == [PaperLevel.NEAR_END, PaperLevel.OUT, PaperLevel.OK]
    finally:
        printer.close()
    set_paper(DemoRig(city=CitySim()), "out")  # no emulated printer: nothing to do
