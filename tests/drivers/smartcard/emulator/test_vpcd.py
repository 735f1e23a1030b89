"""VirtualCard through real pcscd + vpcd: insert, remove, reconnect."""

import pytest

from drivers.smartcard import CardSession
from tests.helpers.pcsc import wait_card_state

pytestmark = pytest.mark.pcsc


def test_insert_remove_insert(card_slot):
    card = card_slot.insert("resident-amina")
    assert card.inserted
    card_slot.remove()
    assert not card.inserted
    card_slot.insert("resident-amina")
    with CardSession.open(card_slot.reader) as session:
        assert session.atr == card.card.atr


def test_close_is_idempotent_and_removes(card_slot):
    card = card_slot.insert("staff-daniel")
    card.close()
    card.close()
    assert wait_card_state(card_slot.reader, False, 5)
