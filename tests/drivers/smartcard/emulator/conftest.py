from tests.helpers.pcsc_fixtures import card_slot, demo_pki, pcscd

__all__ = ["card_slot", "demo_pki", "pcscd"]
