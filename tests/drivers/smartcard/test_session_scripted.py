"""Card session logic against a scripted in-process transport (no PC/SC)."""

import threading
import time

import pytest

from drivers.smartcard import tlv
from drivers.smartcard.errors import (
    CardRemovedError,
    CardTimeoutError,
    CardTransportError,
    FeatureNotSupportedError,
    PinBlockedError,
    PinFormatError,
    PinStateUnknownError,
    SessionClosedError,
    WrongPinError,
)
from drivers.smartcard.profile import KeySlot, PivProfile
from drivers.smartcard.session import CardSession
from tests.helpers.card_transport import ScriptedTransport

OK = b"\x90\x00"


def session_for(transport, **kwargs):
    return CardSession(lambda: transport, timeout=kwargs.pop("timeout", 2.0), **kwargs)


def test_get_response_chaining_and_wrong_le_resend():
    chuid = tlv.encode(0x53, tlv.encode(0x34, b"G" * 16) + tlv.encode(0x35, b"20301231"))
    t = ScriptedTransport([b"\x6c\x00", chuid[:10] + b"\x61\x05", chuid[10:] + OK])
    with session_for(t) as s:
        c = s.read_chuid()
    assert c.guid == b"G" * 16 and c.expiry.year == 2030 and not c.signed
    assert t.sent[1][-1] == 0x00  # resent with Le=00 (256)
    assert t.sent[2] == bytes.fromhex("00C0000005")
    assert t.closed


def test_wrong_pin_wipes_buffer_and_reports_tries():
    t = ScriptedTransport([b"\x63\xc2"])
    pin = bytearray(b"654321")
    with session_for(t) as s, pytest.raises(WrongPinError) as info:
        s.verify_pin(pin)
    assert info.value.tries_left == 2
    assert pin == bytearray(6)
    assert t.sent[0] == bytes.fromhex("0020008008") + b"654321\xff\xff"


def test_blocked_pin_is_never_retried():
    t = ScriptedTransport([b"\x63\xc0"])
    with session_for(t) as s:
        with pytest.raises(PinBlockedError):
            s.verify_pin(bytearray(b"123456"))
        with pytest.raises(PinBlockedError):
            s.verify_pin(bytearray(b"123456"))
        assert s.pin_status().blocked
    assert len(t.sent) == 1


def test_no_verify_after_transport_error_until_counter_reread():
    t = ScriptedTransport([CardTransportError("boom"), b"\x63\xc2", OK])
    with session_for(t) as s:
        with pytest.raises(CardTransportError):
            s.verify_pin(bytearray(b"123456"))
        with pytest.raises(PinStateUnknownError):
            s.verify_pin(bytearray(b"123456"))
        assert len(t.sent) == 1
        assert s.pin_status().tries_left == 2
        s.verify_pin(bytearray(b"123456"))
        assert s.pin_verified
    assert t.sent[1] == bytes.fromhex("00200080")


def test_pin_format_checked_before_sending():
    t = ScriptedTransport([])
    with session_for(t) as s:
        for bad in (b"123", b"123456789", b"12a456"):
            with pytest.raises(PinFormatError):
                s.verify_pin(bytearray(bad))
    assert t.sent == []


def test_pin_query_skipped_when_profile_says_unsafe():
    t = ScriptedTransport([])
    with CardSession(lambda: t, PivProfile(pin_query_safe=False)) as s:
        status = s.pin_status()
    assert status.tries_left is None and not status.blocked and t.sent == []


def test_pinpad_used_when_reader_has_verify_pin_direct():
    features = bytes.fromhex("0604423300060A044233000A")
    t = ScriptedTransport(features=features, control_responses=[b"\x63\xc1", OK])
    with session_for(t) as s:
        assert s.pinpad_available()
        with pytest.raises(WrongPinError) as info:
            s.verify_pin_on_pinpad()
        assert info.value.key == "card.pin_last_try"
        s.verify_pin_on_pinpad()
        assert s.pin_verified
    code, structure = t.controls[0]
    assert code == 0x42330006
    assert structure.endswith(bytes.fromhex("0020008008") + b"\xff" * 8)
    assert t.sent == []


def test_no_pinpad_on_plain_reader():
    t = ScriptedTransport()
    with session_for(t) as s:
        assert not s.pinpad_available()
        with pytest.raises(FeatureNotSupportedError):
            s.verify_pin_on_pinpad()


def test_card_removed_ends_the_session():
    t = ScriptedTransport([CardRemovedError("gone")])
    with session_for(t) as s:
        with pytest.raises(CardRemovedError):
            s.select()
        with pytest.raises(SessionClosedError):
            s.select()
    with pytest.raises(SessionClosedError):
        s.select()


def test_timeout_poisons_the_session():
    release = threading.Event()

    class Slow(ScriptedTransport):
        def transmit(self, apdu):
            release.wait(5)
            return OK

    t = Slow()
    s = session_for(t, timeout=0.1)
    try:
        with pytest.raises(CardTimeoutError):
            s.verify_pin(bytearray(b"123456"))
    finally:
        release.set()
        s.close()
    with pytest.raises(SessionClosedError):
        s.select()


def test_authenticate_needs_a_certificate_or_algorithm():
    sig = tlv.encode(0x7C, tlv.encode(0x82, b"\x30\x02\x01\x01"))
    t = ScriptedTransport([sig + OK])
    with session_for(t) as s:
        with pytest.raises(ValueError):
            s.authenticate(KeySlot.CARD_AUTH, b"\x00" * 32)
        assert s.authenticate(KeySlot.CARD_AUTH, b"\x00" * 32, 0x11) == b"\x30\x02\x01\x01"


def test_close_does_not_hang_on_a_stuck_reader():
    release = threading.Event()

    class Stuck(ScriptedTransport):
        def transmit(self, apdu):
            release.wait(10)
            return OK

    s = session_for(Stuck(), timeout=0.1)
    try:
        with pytest.raises(CardTimeoutError):
            s.select()
        started = time.monotonic()
        s.close()
        assert time.monotonic() - started < 2.0
    finally:
        release.set()
