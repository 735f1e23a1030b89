"""Practice sessions (#15.11): the made-up people a trainee signs in as (no Qt).

A practice session runs on a practice back end (:func:`kiosk.demo.rig.start_practice_city`: the demo
city on loopback, private to the session) and never on the city's: while it runs the core's
``practice`` is true, :func:`kiosk.services.submit.submit` gives practice receipts and
:func:`kiosk.services.submit.enqueue` writes nothing (the practice sink). The people below are
the demo city's made-up residents; their cards and PINs are invented, never anyone's real ones.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from drivers.smartcard.emulator.personas import Persona


@dataclass(frozen=True)
class PracticePerson:
    """A made-up resident: the name shown, their account in the practice city, their practice
    PIN (shown on screen: it protects nothing)."""

    id: str
    name: str
    account_id: str
    pin: str


def can_practise_as(persona: Persona) -> bool:
    """A resident a trainee can be: a genuine demo city card that signs in (no trick cards:
    expired, revoked, foreign or blocked)."""
    return (
        persona.id.startswith("resident-")
        and persona.piv
        and persona.issuer == "city"
        and not (persona.expired or persona.revoked)
        and persona.initial_tries > 0
    )


def practice_people() -> list[PracticePerson]:
    """The residents a trainee can be (:func:`can_practise_as`)."""
    from drivers.smartcard.emulator.personas import PERSONAS

    return [
        PracticePerson(persona.id, persona.display_name, persona.account_id, persona.pin)
        for persona in PERSONAS.values()
        if can_practise_as(persona)
    ]
