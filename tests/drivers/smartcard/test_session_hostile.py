"""Hostile cards through real pcscd + vpcd + the emulator: every failure is a typed CardError.

Regression tests for issue #14: a certificate with an unknown EC curve or a name attribute in an
unexpected ASN.1 string tag, and a card that answers ``61 00`` for ever.
"""

import threading
import time

import pytest
from cryptography.hazmat.primitives import serialization

import drivers.smartcard.session as session_module
from drivers.smartcard import tlv
from drivers.smartcard.errors import CardProtocolError, SessionClosedError
from drivers.smartcard.profile import TAG_CERT_CARD_AUTH, TAG_CERT_PIV_AUTH, KeySlot
from drivers.smartcard.session import CardSession

pytestmark = pytest.mark.pcsc

P256_OID = bytes.fromhex("06082A8648CE3D030107")
PRIME192V2_OID = bytes.fromhex("06082A8648CE3D030102")  # a curve cryptography does not know


def cert_object(der: bytes) -> bytes:
    return tlv.encode(0x53, tlv.encode_many([(0x70, der), (0x71, b"\x00"), (0xFE, b"")]))


def unknown_curve(der: bytes) -> bytes:
    assert P256_OID in der
    return der.replace(P256_OID, PRIME192V2_OID)


def odd_string_tag(der: bytes, common_name: str) -> bytes:
    """The subject CN re-tagged from UTF8String (0C) to BOOLEAN (01)."""
    value = common_name.encode()
    utf8 = bytes([0x0C, len(value)]) + value
    assert utf8 in der
    return der.replace(utf8, bytes([0x01, len(value)]) + value)


def card_der(card, slot: str) -> bytes:
    cert = card.card._creds.card_cert if slot == "9e" else card.card._creds.auth_cert
    return cert.public_bytes(serialization.Encoding.DER)


def test_unknown_curve_is_a_protocol_error(card_slot):
    card = card_slot.insert("resident-amina")
    card.card._objects[TAG_CERT_CARD_AUTH] = cert_object(unknown_curve(card_der(card, "9e")))
    with CardSession.open(card_slot.reader) as s:
        s.select()
        with pytest.raises(CardProtocolError, match="UnsupportedAlgorithm"):
            s.read_certificate(KeySlot.CARD_AUTH)


def test_unexpected_string_tag_is_a_protocol_error(card_slot):
    card = card_slot.insert("resident-amina")
    hostile = odd_string_tag(card_der(card, "9a"), "Amina Njoroge")
    card.card._objects[TAG_CERT_PIV_AUTH] = cert_object(hostile)
    with CardSession.open(card_slot.reader) as s:
        s.select()
        with pytest.raises(CardProtocolError, match="KeyError"):
            s.read_certificate(KeySlot.PIV_AUTH)
        s.read_certificate(KeySlot.CARD_AUTH)  # the session stays usable


def endless_61_00(card) -> list[bytes]:
    seen: list[bytes] = []
    real = card.card.process

    def process(command: bytes) -> bytes:
        if command[1] in (0xCB, 0xC0):
            seen.append(command)
            return b"\x61\x00"
        return real(command)

    card.card.process = process
    return seen


def test_endless_61_00_stops_after_a_bound(card_slot):
    card = card_slot.insert("resident-amina")
    seen = endless_61_00(card)
    with CardSession.open(card_slot.reader) as s:
        s.select()
        with pytest.raises(CardProtocolError, match="61xx rounds"):
            s.read_chuid()
    assert len(seen) == session_module.MAX_GET_RESPONSE_ROUNDS + 1


def test_endless_61_00_stops_on_close(card_slot, monkeypatch):
    monkeypatch.setattr(session_module, "MAX_GET_RESPONSE_ROUNDS", 10**9)
    card = card_slot.insert("resident-amina")
    seen = endless_61_00(card)
    s = CardSession.open(card_slot.reader, timeout=30.0)
    s.select()
    outcome: list[BaseException] = []

    def read() -> None:
        try:
            s.read_chuid()
        except BaseException as exc:
            outcome.append(exc)

    reader = threading.Thread(target=read)
    reader.start()
    deadline = time.monotonic() + 10
    while len(seen) < 20 and time.monotonic() < deadline:
        time.sleep(0.01)
    assert len(seen) >= 20, "the card was never asked for more data"
    started = time.monotonic()
    s.close()
    reader.join(10)
    assert not reader.is_alive()
    assert time.monotonic() - started < 5
    assert len(outcome) == 1 and isinstance(outcome[0], SessionClosedError)
    count = len(seen)
    time.sleep(0.2)
    assert len(seen) == count  # nothing sent after close
