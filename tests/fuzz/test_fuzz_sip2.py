"""Fuzz: SIP2 lines from the library system (``offline_queue.connectors.sip2_protocol``'s
public parsers; the SIP2 connector's own fuzz lives beside it in tests/offline_queue).

Declared error: ``Sip2DecodeError`` (incl. checksum and amount errors); ``parse_fee_line``
never raises."""

from __future__ import annotations

import contextlib

from hypothesis import given
from hypothesis import strategies as st

from offline_queue.connectors import sip2_protocol as sip2
from tests.fuzz.profiles import fuzz_settings

CODES = sorted(sip2.FIXED_FIELDS)
ENCODINGS = st.sampled_from(list(sip2.ENCODINGS))
VALUE = st.text(st.characters(blacklist_characters="|\r\n"), max_size=30)


@st.composite
def frames(draw: st.DrawFn) -> bytes:
    """A well-formed frame of a random message, then maybe damaged."""
    code = draw(st.sampled_from(CODES))
    fixed = {
        name: draw(st.text(st.characters(min_codepoint=32, max_codepoint=126), min_size=n,
                           max_size=n))
        for name, n in sip2.FIXED_FIELDS[code]
    }  # fmt: skip
    tags = st.text(st.characters(min_codepoint=65, max_codepoint=90), min_size=2, max_size=2)
    fields = draw(st.lists(st.tuples(tags, VALUE), max_size=6))
    seq = draw(st.none() | st.integers(0, 9))
    frame = bytearray(sip2.encode(code, fixed, fields, seq=seq, encoding=draw(ENCODINGS)))
    if frame and draw(st.booleans()):
        frame[draw(st.integers(0, len(frame) - 1))] = draw(st.integers(0, 255))
    if draw(st.booleans()):
        frame = frame[: draw(st.integers(0, len(frame)))]
    return bytes(frame)


@fuzz_settings()
@given(
    frame=st.one_of(frames(), st.binary(max_size=300)),
    verify=st.booleans(),
    encoding=ENCODINGS,
)
def test_decode_frame(frame: bytes, verify: bool, encoding: str) -> None:
    try:
        message = sip2.decode(frame, verify=verify, encoding=encoding)
    except sip2.Sip2DecodeError:
        return
    message.redacted()
    for tag, value in message.fields:
        assert len(tag) == 2
        message.get(tag)
        for fee in message.get_all("AV"):
            sip2.parse_fee_line(fee)
        with contextlib.suppress(sip2.Sip2DecodeError):
            sip2.parse_amount(value)
        with contextlib.suppress(sip2.Sip2DecodeError):
            sip2.parse_currency(value)
        with contextlib.suppress(sip2.Sip2DecodeError):
            sip2.parse_date(value)


@fuzz_settings()
@given(chunks=st.lists(st.one_of(frames(), st.binary(max_size=40)), max_size=6))
def test_split_frames(chunks: list[bytes]) -> None:
    buffer = b"".join(chunks)
    complete, rest = sip2.split_frames(buffer)
    assert all(f.endswith(sip2.TERMINATOR) for f in complete)
    assert sip2.TERMINATOR not in rest
    assert sum(len(f) for f in complete) + len(rest) <= len(buffer)


@fuzz_settings()
@given(text=st.one_of(st.text(max_size=80), st.from_regex(r"[$€£]?-?\d{0,12}(\.\d{0,4})?")))
def test_amounts_dates_and_fee_lines(text: str) -> None:
    fee = sip2.parse_fee_line(text)
    assert fee.raw == text
    for parse in (sip2.parse_amount, sip2.parse_currency, sip2.parse_date):
        with contextlib.suppress(sip2.Sip2DecodeError):
            parse(text)
