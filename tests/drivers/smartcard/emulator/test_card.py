"""The emulated PIV card, APDU by APDU (no sockets)."""

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, utils

from drivers.smartcard import apdu, tlv
from drivers.smartcard.emulator import PERSONAS, EmulatedCard, PinCounter
from drivers.smartcard.profile import PIV_AID


def make(pki, persona_id, path=None):
    persona = PERSONAS[persona_id]
    creds = pki.credentials(persona_id) if persona.piv else None
    return EmulatedCard(persona, creds, PinCounter(persona.initial_tries, path))


def send(card, command):
    raw = card.process(command.to_bytes())
    return raw[:-2], int.from_bytes(raw[-2:], "big")


def test_atr_has_a_valid_check_byte(demo_pki):
    atr = make(demo_pki, "resident-amina").atr
    x = 0
    for b in atr[1:]:
        x ^= b
    assert atr[0] == 0x3B and x == 0


def test_commands_before_select_are_refused(demo_pki):
    card = make(demo_pki, "resident-amina")
    assert send(card, apdu.get_data(0x5FC102))[1] == 0x6985
    assert send(card, apdu.select_aid(b"\xa0\x00\x00\x00\x99"))[1] == 0x6A82
    assert send(card, apdu.select_aid(PIV_AID))[1] == 0x9000


def test_chaining_returns_the_whole_object(demo_pki):
    card = make(demo_pki, "resident-amina")
    send(card, apdu.select_aid(PIV_AID))
    data, sw = send(card, apdu.get_data(0x5FC105))
    while sw >> 8 == 0x61:
        more, sw = send(card, apdu.get_response(sw & 0xFF))
        data += more
    assert sw == 0x9000
    assert tlv.parse_one(data, 0x53).children()[0].tag == 0x70
    assert send(card, apdu.get_response(0x10))[1] == 0x6985  # nothing pending


def test_pin_counter_persists_to_disk(demo_pki, tmp_path):
    path = tmp_path / "amina.json"
    card = make(demo_pki, "resident-amina", path)
    send(card, apdu.select_aid(PIV_AID))
    assert send(card, apdu.verify(0x80, b"000000\xff\xff"))[1] == 0x63C2
    again = make(demo_pki, "resident-amina", path)
    assert again.pin_tries == 2
    send(again, apdu.select_aid(PIV_AID))
    assert send(again, apdu.verify(0x80, None))[1] == 0x63C2
    assert send(again, apdu.verify(0x80, b"123456\xff\xff"))[1] == 0x9000
    assert make(demo_pki, "resident-amina", path).pin_tries == 3


def test_verify_to_blocked(demo_pki):
    card = make(demo_pki, "resident-amina")
    send(card, apdu.select_aid(PIV_AID))
    sws = [send(card, apdu.verify(0x80, b"000000\xff\xff"))[1] for _ in range(4)]
    assert sws == [0x63C2, 0x63C1, 0x63C0, 0x6983]
    assert send(card, apdu.verify(0x80, None))[1] == 0x6983
    assert send(card, apdu.verify(0x80, b"12345"))[1] == 0x6700


def test_reset_drops_verification(demo_pki):
    card = make(demo_pki, "resident-amina")
    send(card, apdu.select_aid(PIV_AID))
    send(card, apdu.verify(0x80, b"123456\xff\xff"))
    assert send(card, apdu.verify(0x80, None))[1] == 0x9000
    card.reset()
    send(card, apdu.select_aid(PIV_AID))
    assert send(card, apdu.verify(0x80, None))[1] == 0x63C3


def test_general_authenticate(demo_pki):
    card = make(demo_pki, "resident-amina")
    creds = demo_pki.credentials("resident-amina")
    send(card, apdu.select_aid(PIV_AID))
    challenge = bytes(range(32))
    data, sw = send(card, apdu.general_authenticate(0x11, 0x9E, challenge))
    assert sw == 0x9000
    signature = tlv.require(tlv.parse_one(data, 0x7C).children(), 0x82).value
    creds.card_cert.public_key().verify(
        signature, challenge, ec.ECDSA(utils.Prehashed(hashes.SHA256()))
    )
    assert send(card, apdu.general_authenticate(0x11, 0x9A, challenge))[1] == 0x6982
    assert send(card, apdu.general_authenticate(0x07, 0x9E, challenge))[1] == 0x6A86
    assert send(card, apdu.general_authenticate(0x11, 0x9E, b"short"))[1] == 0x6A80


def test_library_card_is_uid_only(demo_pki):
    card = make(demo_pki, "library-card")
    assert send(card, apdu.select_aid(PIV_AID))[1] == 0x6A82
    assert send(card, apdu.get_uid())[1] == 0x6C07
    assert send(card, apdu.get_uid().with_le(7)) == (bytes.fromhex("04A22B1A5C3E80"), 0x9000)


def test_garbage_is_refused(demo_pki):
    card = make(demo_pki, "resident-amina")
    assert card.process(b"\x00\xa4") == b"\x67\x00"
    assert card.process(b"\x00\xa4\x04\x00\x09\xa0") == b"\x67\x00"
    assert card.process(b"\x80\xa4\x04\x00") == b"\x6e\x00"
    assert card.process(b"\x00\xee\x00\x00") == b"\x6d\x00"
