"""What the Simulator window and a practice kiosk's made-up people may do with the demo rig
(a port of the application layer, demo and practice mode only).

The UI never imports the emulators: it sees the demo's made-up people as :class:`DemoPerson`
values, a virtual card reader as a :class:`VirtualReader`, the emulated fingerprint sensor's
LED ring as a :class:`SensorLight`, and sets the emulated printer's paper with
:func:`set_paper`. Everything else the Simulator does goes through :class:`kiosk.demo.rig.DemoRig`
(the demo city, the camera scene, the printer's printed pages).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, Protocol

from drivers.fingerprint.protocol import LedColour, LedMode
from drivers.printer.status import PaperLevel
from drivers.smartcard.emulator.personas import PERSONAS, Persona
from kiosk.demo.practice import can_practise_as

if TYPE_CHECKING:
    from drivers.fingerprint.emulator import FingerprintEmulator
    from kiosk.demo.rig import DemoRig


@dataclass(frozen=True)
class DemoPerson:
    """A made-up person of the demo city and their card (the PIN is made up too).

    Attributes:
        signs_in: their card signs in with a PIN (a role and a PIV applet).
    """

    id: str
    display_name: str
    role: str
    pin: str
    signs_in: bool

    @classmethod
    def of(cls, persona: Persona) -> DemoPerson:
        return cls(
            persona.id,
            persona.display_name,
            persona.role,
            persona.pin,
            bool(persona.pin and persona.piv and persona.role),
        )


def demo_people() -> tuple[DemoPerson, ...]:
    """Every card of the demo city (trick cards included: expired, revoked, foreign...)."""
    return tuple(DemoPerson.of(p) for p in PERSONAS.values())


def practice_people() -> tuple[DemoPerson, ...]:
    """The residents a trainee can be (:func:`kiosk.demo.practice.can_practise_as`)."""
    return tuple(DemoPerson.of(p) for p in PERSONAS.values() if can_practise_as(p))


class VirtualReader(Protocol):
    """A virtual card reader of the demo rig (calls block until pcscd sees the change: call
    them off the GUI thread)."""

    def insert(self, persona_id: str, timeout: float = 5.0) -> object: ...

    def remove(self, timeout: float = 5.0) -> None: ...


@dataclass(frozen=True)
class SensorLight:
    """The emulated fingerprint sensor's LED ring as the kiosk last set it."""

    mode: str  # "breathing", "flashing", "on", "fade_in", "fade_out"
    colour: str  # "red", "blue", "purple"
    cycles: int  # breathing/flashing: how many times (0: until changed)


def sensor_light(sensor: FingerprintEmulator) -> SensorLight | None:
    """The sensor's light, or None while it is off (or never set)."""
    if sensor.led_state is None:
        return None
    mode, colour = LedMode(sensor.led_state[0]), LedColour(sensor.led_state[1])
    if mode is LedMode.OFF:
        return None
    return SensorLight(mode.name.lower(), colour.name.lower(), sensor.led_cycles)


PaperName = Literal["ok", "near_end", "out"]
_PAPER: dict[str, PaperLevel] = {
    "ok": PaperLevel.OK,
    "near_end": PaperLevel.NEAR_END,
    "out": PaperLevel.OUT,
}


def set_paper(rig: DemoRig, level: PaperName) -> None:
    """Put the emulated printer's paper at ``level`` (nothing without an emulated printer)."""
    if rig.printer is not None:
        rig.printer.printer.set_paper(_PAPER[level])
