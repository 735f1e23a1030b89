import pytest

from drivers.smartcard import tlv


def test_roundtrip_multibyte_tag_and_long_length():
    value = bytes(300)
    encoded = tlv.encode(0x5FC102, value)
    assert encoded[:6] == bytes.fromhex("5FC102 82 012C".replace(" ", ""))
    (item,) = tlv.parse(encoded)
    assert item == tlv.Tlv(0x5FC102, value)


def test_constructed_children_and_padding():
    inner = tlv.encode(0x4F, b"\x01") + b"\x00\xff" + tlv.encode(0x50, b"PIV")
    (outer,) = tlv.parse(tlv.encode(0x61, inner))
    assert outer.constructed
    assert [c.tag for c in outer.children()] == [0x4F, 0x50]
    assert tlv.require(outer.children(), 0x50).value == b"PIV"
    assert tlv.find(outer.children(), 0x99) is None


@pytest.mark.parametrize(
    "data",
    [
        b"\x53",  # no length
        b"\x53\x05\x01",  # truncated value
        b"\x5f",  # truncated multibyte tag
        b"\x53\x80",  # indefinite length
        b"\x53\x85\x00\x00\x00\x00\x01",  # length field too long
        b"\x53\x82\x01",  # truncated length field
        b"\x5f\xff\xff\xff\xff\x01\x00",  # tag too long
    ],
)
def test_malformed_raises_tlv_error(data):
    with pytest.raises(tlv.TlvError):
        tlv.parse(data)


def test_parse_one_requires_exactly_the_tag():
    with pytest.raises(tlv.TlvError):
        tlv.parse_one(tlv.encode(0x53, b"") + tlv.encode(0x53, b""), 0x53)
    with pytest.raises(tlv.TlvError):
        tlv.require((), 0x70)
