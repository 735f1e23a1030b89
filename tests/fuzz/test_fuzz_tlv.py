"""Fuzz: BER-TLV from cards (PIV data objects, SELECT answers, GENERAL AUTHENTICATE templates)
and the PIV profile's object parsers. Declared errors: ``CardError`` subclasses only."""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from hypothesis import given
from hypothesis import strategies as st

from drivers.smartcard import tlv
from drivers.smartcard.errors import CardError
from drivers.smartcard.profile import PivProfile
from tests.fuzz.profiles import fuzz_settings

TAGS = [0x53, 0x70, 0x71, 0x30, 0x34, 0x35, 0x3E, 0xFE, 0xBC, 0x61, 0x4F, 0x50, 0x79, 0x7C,
        0x82, 0x5FC102, 0x7F49]  # fmt: skip


@st.composite
def tlv_tree(draw: st.DrawFn, depth: int = 0) -> bytes:
    """Well-formed TLV (possibly nested), then maybe damaged: cut, a byte changed, junk added."""
    items = []
    for _ in range(draw(st.integers(0, 3))):
        tag = draw(st.sampled_from(TAGS) | st.integers(1, 0xFFFF))
        if depth < 3 and draw(st.booleans()):
            value = draw(tlv_tree(depth + 1))
        else:
            value = draw(st.binary(max_size=80 if depth else 300))
        items.append(tlv.encode(tag, value))
    data = bytearray(b"".join(items))
    if data and draw(st.booleans()):
        data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
    if draw(st.booleans()):
        data = data[: draw(st.integers(0, len(data)))]
    return bytes(data) + draw(st.binary(max_size=4))


def walk(items: tuple[tlv.Tlv, ...], depth: int = 0) -> None:
    for item in items:
        if item.constructed and depth < 8:
            with contextlib.suppress(CardError):
                walk(item.children(), depth + 1)


@fuzz_settings()
@given(data=st.one_of(tlv_tree(), st.binary(max_size=400)))
def test_tlv_parse_and_walk(data: bytes) -> None:
    try:
        items = tlv.parse(data)
    except CardError:
        return
    walk(items)
    for tag in (0x53, 0x61, 0x7C):
        with contextlib.suppress(CardError):
            tlv.parse_one(data, tag)


PROFILE = PivProfile()
PARSERS = [
    PROFILE.parse_select,
    PROFILE.parse_certificate_object,
    PROFILE.parse_chuid_object,
    PROFILE.parse_fingerprint_object,
    PROFILE.parse_authenticate,
]


@fuzz_settings()
@given(
    parser=st.sampled_from(PARSERS),
    data=st.one_of(
        tlv_tree(),
        st.builds(lambda body: tlv.encode(0x53, body), tlv_tree()),
        st.builds(lambda body: tlv.encode(0x7C, body), tlv_tree()),
        st.binary(max_size=300),
    ),
)
def test_piv_object_parsers(parser: Callable[[bytes], object], data: bytes) -> None:
    try:
        parser(data)
    except CardError as exc:
        assert exc.key.startswith("card.")
