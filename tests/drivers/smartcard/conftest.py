"""Smart-card test fixtures: real pcscd + vpcd + the card emulator (see tests/helpers)."""

from tests.helpers.pcsc_fixtures import (
    card_slot,
    demo_pki,
    pcscd,
    pcscd_restart,
    second_card_slot,
)

__all__ = ["card_slot", "demo_pki", "pcscd", "pcscd_restart", "second_card_slot"]
