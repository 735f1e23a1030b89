"""PIV card emulator for the vsmartcard-vpcd reader (demo, practice mode and tests).

pki = DemoPki.load_or_create(cache_dir)
card = VirtualCard("resident-amina", pki).connect("127.0.0.1", 35963)  # inserted
card.remove(); card.insert(); card.close()
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from civic.lazy_exports import lazy_exports

if TYPE_CHECKING:
    from drivers.smartcard.emulator.card import EmulatedCard, PinCounter
    from drivers.smartcard.emulator.personas import (
        DEMO_ROLE_POLICIES,
        PERSONAS,
        DemoPki,
        Persona,
    )
    from drivers.smartcard.emulator.vpcd import VPCD_PORT, VirtualCard

# Loaded on first use (PEP 562), not when the package is imported: submodules are imported
# from two threads at start-up, and a package whose __init__ imports its submodules forms an
# import-lock cycle with a thread importing one of them directly (tests/test_import_safety.py).
_EXPORTS = {
    "EmulatedCard": "drivers.smartcard.emulator.card",
    "PinCounter": "drivers.smartcard.emulator.card",
    "DEMO_ROLE_POLICIES": "drivers.smartcard.emulator.personas",
    "PERSONAS": "drivers.smartcard.emulator.personas",
    "DemoPki": "drivers.smartcard.emulator.personas",
    "Persona": "drivers.smartcard.emulator.personas",
    "VPCD_PORT": "drivers.smartcard.emulator.vpcd",
    "VirtualCard": "drivers.smartcard.emulator.vpcd",
}

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

__getattr__ = lazy_exports(__name__, _EXPORTS)
