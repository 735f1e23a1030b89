import struct

import pytest

from drivers.smartcard import apdu, pinpad
from drivers.smartcard.errors import CardProtocolError


def test_parse_features():
    data = bytes.fromhex("06 04 42330006 0A 04 4233000A".replace(" ", ""))
    assert pinpad.parse_features(data) == {0x06: 0x42330006, 0x0A: 0x4233000A}
    assert pinpad.parse_features(b"") == {}


@pytest.mark.parametrize("data", [b"\x06\x04\x00", b"\x06\x02\x00\x00\x00\x00"])
def test_parse_features_malformed(data):
    with pytest.raises(CardProtocolError):
        pinpad.parse_features(data)


def test_pin_verify_structure_layout():
    template = apdu.verify(0x80, b"\xff" * 8).to_bytes()
    structure = pinpad.pin_verify_structure(pinpad.PinVerifyParams(), template)
    header = struct.unpack("<BBBBBHBBHB3BI", structure[:19])
    assert header[2] == 0x82  # ASCII, left aligned, byte units
    assert header[5] == 0x0608  # 6..8 digits
    assert header[-1] == len(template)
    assert structure[19:] == template
