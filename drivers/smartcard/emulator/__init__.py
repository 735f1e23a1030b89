"""PIV card emulator for the vsmartcard-vpcd reader (demo, practice mode and tests).

pki = DemoPki.load_or_create(cache_dir)
card = VirtualCard("resident-amina", pki).connect("127.0.0.1", 35963)  # inserted
card.remove(); card.insert(); card.close()
"""

from drivers.smartcard.emulator.card import EmulatedCard, PinCounter
from drivers.smartcard.emulator.personas import (
    DEMO_ROLE_POLICIES,
    PERSONAS,
    DemoPki,
    Persona,
)
from drivers.smartcard.emulator.vpcd import VPCD_PORT, VirtualCard

__all__ = [
    "DEMO_ROLE_POLICIES",
    "PERSONAS",
    "VPCD_PORT",
    "DemoPki",
    "EmulatedCard",
    "Persona",
    "PinCounter",
    "VirtualCard",
]
