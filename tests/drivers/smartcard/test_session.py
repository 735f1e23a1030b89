"""Card session through real pcscd + vpcd + the PIV card emulator."""

import os

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, utils

from drivers.smartcard.errors import (
    CardRemovedError,
    FeatureNotSupportedError,
    PinBlockedError,
    ReaderGoneError,
    SecurityStatusError,
    SessionClosedError,
    UnsupportedCardError,
    WrongPinError,
)
from drivers.smartcard.profile import KeySlot
from drivers.smartcard.session import CardSession

pytestmark = pytest.mark.pcsc


def verify_sig(cert, challenge, signature):
    cert.public_key().verify(signature, challenge, ec.ECDSA(utils.Prehashed(hashes.SHA256())))


def test_select_chuid_certificates_and_card_auth(card_slot):
    card = card_slot.insert("resident-amina")
    with CardSession.open(card_slot.reader) as s:
        assert s.atr == card.card.atr
        app = s.select()
        assert app.label == "eCitizen PIV"
        chuid = s.read_chuid()
        assert chuid.guid == card.persona.guid and chuid.expiry is not None
        cert = s.read_certificate(KeySlot.CARD_AUTH)
        challenge = os.urandom(32)
        verify_sig(cert, challenge, s.authenticate(KeySlot.CARD_AUTH, challenge))
        auth = s.read_certificate(KeySlot.PIV_AUTH)
        assert auth.subject.rfc4514_string() == "2.5.4.5=RES-0001,CN=Amina Njoroge,O=Demo City"
        # 9A needs the PIN first
        with pytest.raises(SecurityStatusError):
            s.authenticate(KeySlot.PIV_AUTH, challenge)
        with pytest.raises(SecurityStatusError):
            s.read_fingerprint_template()
        assert not s.pinpad_available()  # vpcd has no part 10 features


def test_pin_status_verify_and_9a_and_fingerprint(card_slot):
    card = card_slot.insert("resident-brian")
    with CardSession.open(card_slot.reader) as s:
        s.select()
        status = s.pin_status()
        assert (status.tries_left, status.verified, status.blocked) == (3, False, False)
        assert card.pin_tries == 3  # the query spent nothing
        with pytest.raises(WrongPinError) as info:
            s.verify_pin(bytearray(b"000000"))
        assert info.value.tries_left == 2
        assert s.pin_status().tries_left == 2
        pin = bytearray(b"246810")
        s.verify_pin(pin)
        assert pin == bytearray(6) and s.pin_verified
        assert s.pin_status().verified
        cert = s.read_certificate(KeySlot.PIV_AUTH)
        challenge = os.urandom(32)
        verify_sig(cert, challenge, s.authenticate(KeySlot.PIV_AUTH, challenge))
        assert s.read_fingerprint_template() == card.persona.fingerprint_template()
    assert card.pin_tries == 3


def test_wrong_pin_until_blocked_then_stop(card_slot):
    card = card_slot.insert("resident-carmen")
    with CardSession.open(card_slot.reader) as s:
        s.select()
        tries = []
        for _ in range(2):
            with pytest.raises(WrongPinError) as info:
                s.verify_pin(bytearray(b"999999"))
            tries.append(info.value.tries_left)
        assert tries == [2, 1] and info.value.key == "card.pin_last_try"
        with pytest.raises(PinBlockedError):
            s.verify_pin(bytearray(b"999999"))
        with pytest.raises(PinBlockedError):  # never sent again
            s.verify_pin(bytearray(b"13572468"))
    assert card.pin_tries == 0
    # the counter persists across remove/insert of the same card
    card_slot.remove()
    card_slot.insert("resident-carmen")
    with CardSession.open(card_slot.reader) as s:
        s.select()
        assert s.pin_status().blocked


def test_blocked_persona(card_slot):
    card_slot.insert("blocked-farid")
    with CardSession.open(card_slot.reader) as s:
        s.select()
        assert s.pin_status().blocked
        with pytest.raises(PinBlockedError):
            s.verify_pin(bytearray(b"123456"))


def test_contactless_uid_with_wrong_le_resend(card_slot):
    card_slot.insert("library-card")
    with CardSession.open(card_slot.reader) as s:
        assert s.read_uid() == bytes.fromhex("04A22B1A5C3E80")
        with pytest.raises(UnsupportedCardError):
            s.select()


def test_contact_card_has_no_uid(card_slot):
    card_slot.insert("resident-amina")
    with CardSession.open(card_slot.reader) as s, pytest.raises(FeatureNotSupportedError):
        s.read_uid()


def test_card_removed_mid_session(card_slot):
    card_slot.insert("resident-amina")
    with CardSession.open(card_slot.reader) as s:
        s.select()
        card_slot.remove()
        with pytest.raises(CardRemovedError):
            s.read_certificate(KeySlot.CARD_AUTH)
        with pytest.raises(SessionClosedError):
            s.select()


def test_open_empty_reader(card_slot):
    with pytest.raises(CardRemovedError):
        CardSession.open(card_slot.reader)


def test_unknown_reader(pcscd):
    with pytest.raises(ReaderGoneError):
        CardSession.open("No Such Reader 00 00")


def test_two_readers_at_once(card_slot, second_card_slot):
    card_slot.insert("resident-amina")
    second_card_slot.insert("staff-daniel")
    with (
        CardSession.open(card_slot.reader) as a,
        CardSession.open(second_card_slot.reader) as b,
    ):
        a.select()
        b.select()
        assert "Amina" in a.read_certificate(KeySlot.PIV_AUTH).subject.rfc4514_string()
        assert "Daniel" in b.read_certificate(KeySlot.PIV_AUTH).subject.rfc4514_string()
