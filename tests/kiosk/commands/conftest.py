from tests.helpers.pcsc_fixtures import card_slot, demo_pki, pcscd, second_card_slot

__all__ = ["card_slot", "demo_pki", "pcscd", "second_card_slot"]
