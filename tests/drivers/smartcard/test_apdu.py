import pytest

from drivers.smartcard import apdu, tlv
from drivers.smartcard.apdu import CommandApdu, ResponseApdu, SwClass
from drivers.smartcard.errors import (
    CardProtocolError,
    DataObjectNotFoundError,
    FeatureNotSupportedError,
    PinBlockedError,
    PinpadCancelledError,
    PinpadTimeoutError,
    SecurityStatusError,
    StatusWordError,
    WrongPinError,
)


def test_builders_match_the_piv_shapes():
    assert apdu.select_aid(bytes.fromhex("A0000003080000100001")).to_bytes() == bytes.fromhex(
        "00A404000AA000000308000010000100"
    )
    assert apdu.get_data(0x5FC102).to_bytes() == bytes.fromhex("00CB3FFF055C035FC10200")
    assert apdu.get_response(0x10).to_bytes() == bytes.fromhex("00C0000010")
    assert apdu.get_response(0).to_bytes() == bytes.fromhex("00C0000000")
    assert apdu.verify(0x80, None).to_bytes() == bytes.fromhex("00200080")
    assert apdu.get_uid().to_bytes() == bytes.fromhex("FFCA000000")
    ga = apdu.general_authenticate(0x11, 0x9E, b"\x01" * 32).to_bytes()
    assert ga[:4] == bytes.fromhex("0087119E")
    assert tlv.parse(ga[5:-1])[0].children() == (tlv.Tlv(0x82, b""), tlv.Tlv(0x81, b"\x01" * 32))


def test_verify_trace_masks_the_pin():
    command = apdu.verify(0x80, b"123456\xff\xff")
    trace = command.trace()
    assert "3132" not in trace and "123456" not in trace
    assert "****" in trace and repr(command).count("31") == 0


def test_command_validation():
    with pytest.raises(ValueError):
        CommandApdu(0x100, 0, 0, 0)
    with pytest.raises(ValueError):
        CommandApdu(0, 0, 0, 0, b"x" * 256)
    with pytest.raises(ValueError):
        CommandApdu(0, 0, 0, 0, le=0)


def test_response_needs_a_status_word():
    with pytest.raises(CardProtocolError):
        ResponseApdu.from_bytes(b"\x90")
    assert ResponseApdu.from_bytes(b"\x01\x90\x00") == ResponseApdu(b"\x01", 0x90, 0x00)


@pytest.mark.parametrize(
    ("sw", "cls"),
    [
        (0x9000, SwClass.OK),
        (0x6110, SwClass.MORE_DATA),
        (0x6C07, SwClass.WRONG_LE),
        (0x63C2, SwClass.PIN_WRONG),
        (0x63C0, SwClass.PIN_BLOCKED),
        (0x6983, SwClass.PIN_BLOCKED),
        (0x6984, SwClass.PIN_BLOCKED),
        (0x6982, SwClass.SECURITY_NOT_SATISFIED),
        (0x6A82, SwClass.NOT_FOUND),
        (0x6400, SwClass.PINPAD_TIMEOUT),
        (0x6401, SwClass.PINPAD_CANCELLED),
        (0x6283, SwClass.WARNING),
        (0x6F00, SwClass.OTHER),
    ],
)
def test_classify(sw, cls):
    assert apdu.classify(sw) is cls


@pytest.mark.parametrize(
    ("sw", "error"),
    [
        (0x63C2, WrongPinError),
        (0x63C0, PinBlockedError),
        (0x6983, PinBlockedError),
        (0x6982, SecurityStatusError),
        (0x6A82, DataObjectNotFoundError),
        (0x6D00, FeatureNotSupportedError),
        (0x6400, PinpadTimeoutError),
        (0x6401, PinpadCancelledError),
        (0x6F00, StatusWordError),
    ],
)
def test_check_raises_typed_errors(sw, error):
    with pytest.raises(error) as info:
        apdu.check(ResponseApdu(b"", sw >> 8, sw & 0xFF), "step")
    assert info.value.key.startswith("card.")


def test_wrong_pin_carries_tries_and_last_try_key():
    with pytest.raises(WrongPinError) as info:
        apdu.check(ResponseApdu(b"", 0x63, 0xC1), "verify")
    assert info.value.tries_left == 1 and info.value.key == "card.pin_last_try"
