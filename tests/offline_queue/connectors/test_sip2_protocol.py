"""SIP2 codec: published checksum vectors, captured frames, and properties (hypothesis)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from offline_queue.connectors import sip2_protocol as sp

# Frames captured against a real ACS (QUEUE_AND_BACKENDS.md §2.2), checksums as received.
CAPTURED = [
    b"9300CNscclient|COclientpwd|CPKIOSK1|AY0AZF1D4\r",
    b"941AY0AZFDFD\r",
    b"9900802.00AY1AZFCA0\r",
    b"98YNNYNN60000320261126    1540562.00AOUWOLS|BXYYYYYYYYYNYNYYYY|AY1AZEDD7\r",
    b"11NN20261126    15405620261126    154056AOUWOLS|AAdjfiander|AB1565921879|AC|AD6789|"
    b"AY4AZE9C9\r",
    b"121NNY20261126    154056AOUWOLS|AAdjfiander|AB1565921879|AJPerl 5 desktop reference|"
    b"AH20261210    154056|CK001|AY4AZDFAB\r",
    b"96AZFEF6\r",
]


def test_published_checksum_example() -> None:
    # the example in the Sip2 package's source
    prefix = (
        b"09N20160419    12200820160419    122008APReading Room 1|AO830|AB830$28170815|AC|AY2AZ"
    )
    assert sp.checksum(prefix) == "EB80"


def test_checksum_is_zero_padded_to_four_digits() -> None:
    # a prefix whose checksum is below 0x1000 (the unpadded-checksum bug of Sip2 1.1)
    prefix = b"\xff" * 248 + b"AZ"  # byte sum 0xF7A3
    value = sp.checksum(prefix)
    assert len(value) == 4 and int(value, 16) < 0x1000 and value.startswith("0")


@pytest.mark.parametrize("frame", CAPTURED)
def test_captured_frames_decode_and_verify(frame: bytes) -> None:
    msg = sp.decode(frame)
    assert sp.checksum_ok(frame.rstrip(b"\r"))
    assert msg.checksum is not None
    # re-encoding gives the identical bytes
    assert sp.encode(msg.code, msg.fixed, msg.fields, seq=msg.seq) == frame


def test_checkout_fixed_fields() -> None:
    msg = sp.decode(CAPTURED[4])
    assert msg.code == "11"
    assert msg.fixed["transaction_date"] == "20261126    154056"
    assert msg.get("AB") == "1565921879" and msg.get("AC") == "" and msg.seq == 4
    reply = sp.decode(CAPTURED[5])
    assert reply.flag("ok") and not reply.flag("renewal_ok")
    assert sp.parse_date(reply.get("AH")) == dt.datetime(2026, 12, 10, 15, 40, 56)


def test_bad_checksum_raises() -> None:
    with pytest.raises(sp.Sip2ChecksumError):
        sp.decode(b"9900802.00AY1AZFCA1\r")
    # the same frame is readable when verification is off
    assert sp.decode(b"9900802.00AY1AZFCA1\r", verify=False).code == "99"


def test_malformed_frames() -> None:
    for frame in (b"", b"9", b"XX", b"11NN2026", b"94"):
        with pytest.raises(sp.Sip2DecodeError):
            sp.decode(frame)


def test_encoder_refuses_bad_input() -> None:
    with pytest.raises(ValueError, match="must be 1"):
        sp.encode("94", {"ok": "11"})
    with pytest.raises(ValueError, match="delimiter"):
        sp.encode("35", {"transaction_date": sp.BLANK_DATE}, [("AA", "a|b")])
    with pytest.raises(ValueError, match="unknown SIP2"):
        sp.encode("42")
    with pytest.raises(ValueError, match=r"0\.\.9"):
        sp.encode("97", seq=10)


def test_dates_round_trip() -> None:
    when = dt.datetime(2026, 11, 26, 15, 40, 56, tzinfo=dt.UTC)
    text = sp.format_date(when)
    assert text == "20261126   Z154056" and len(text) == 18
    assert sp.parse_date(text) == when
    assert sp.parse_date(sp.BLANK_DATE) is None


def test_redacted_masks_personal_fields() -> None:
    text = sp.decode(CAPTURED[5]).redacted()
    assert "djfiander" not in text and "AA=***" in text


def test_split_frames_keeps_the_rest() -> None:
    frames, rest = sp.split_frames(CAPTURED[1] + CAPTURED[2] + b"99008")
    assert frames == [CAPTURED[1], CAPTURED[2]] and rest == b"99008"


# --- properties ------------------------------------------------------------------------------

value_text = st.text(
    alphabet=st.characters(
        min_codepoint=32,
        max_codepoint=255,
        blacklist_characters="|\r\n",
        blacklist_categories=["Cs"],
    ).filter(lambda c: c.encode("cp850", errors="replace") != b"?" or c == "?"),
    max_size=40,
)
tags = st.sampled_from(["AA", "AB", "AE", "AF", "AG", "AJ", "AO", "BV", "CG", "BK"])


@st.composite
def messages(draw: st.DrawFn) -> tuple[str, dict[str, str], list[tuple[str, str]], int | None]:
    code = draw(st.sampled_from(sorted(sp.FIXED_FIELDS)))
    fixed = {
        name: draw(st.text(alphabet="0123456789YN ", min_size=n, max_size=n))
        for name, n in sp.FIXED_FIELDS[code]
    }
    fields = draw(st.lists(st.tuples(tags, value_text), max_size=6))
    seq = draw(st.none() | st.integers(0, 9))
    return code, fixed, fields, seq


@given(messages())
def test_encode_decode_round_trip(
    msg: tuple[str, dict[str, str], list[tuple[str, str]], int | None],
) -> None:
    code, fixed, fields, seq = msg
    frame = sp.encode(code, fixed, fields, seq=seq)
    assert frame.endswith(b"\r")
    assert sp.checksum_ok(frame[:-1])
    decoded = sp.decode(frame)
    assert decoded.code == code and dict(decoded.fixed) == fixed and decoded.seq == seq
    # values survive (fields with an empty value after the tag are kept as "")
    assert list(decoded.fields) == [(t, v) for t, v in fields]


@given(st.binary(min_size=1, max_size=200))
def test_checksum_completes_the_sum_to_zero(prefix: bytes) -> None:
    value = sp.checksum(prefix + b"AZ")
    assert len(value) == 4 and value == value.upper()
    assert (sum(prefix + b"AZ") + int(value, 16)) & 0xFFFF == 0
    assert sp.checksum_ok(prefix + b"AZ" + value.encode())


@given(messages(), st.data())
def test_any_single_byte_change_is_detected(
    msg: tuple[str, dict[str, str], list[tuple[str, str]], int | None], data: st.DataObject
) -> None:
    code, fixed, fields, seq = msg
    frame = bytearray(sp.encode(code, fixed, fields, seq=seq)[:-1])
    checked = len(frame) - 4  # bytes covered by the checksum
    index = data.draw(st.integers(0, checked - 1))
    delta = data.draw(st.integers(1, 255))
    frame[index] = (frame[index] + delta) % 256
    assert not sp.checksum_ok(bytes(frame))


@given(st.binary(max_size=300))
def test_garbage_never_crashes_the_decoder(frame: bytes) -> None:
    try:
        msg = sp.decode(frame)
    except sp.Sip2DecodeError:
        return
    assert msg.code in sp.FIXED_FIELDS


@given(messages(), st.integers(1, 30))
def test_truncated_frames_are_rejected_or_shorter(
    msg: tuple[str, dict[str, str], list[tuple[str, str]], int | None], cut: int
) -> None:
    code, fixed, fields, seq = msg
    frame = sp.encode(code, fixed, fields, seq=seq)
    truncated = frame[: max(0, len(frame) - 1 - cut)]
    try:
        decoded = sp.decode(truncated)
    except sp.Sip2DecodeError:
        return
    # a cut inside the trailer leaves no verifiable checksum: nothing claims to be intact
    assert decoded.checksum is None or sp.checksum_ok(truncated)


# --- what deployed ILSs send (issue #13) ------------------------------------------------------

FEE_LINES = [
    # (line, fee_id, amount, description, form)
    ("FEE-0001 1.50 Overdue: Cien años", "FEE-0001", "1.50", "Overdue: Cien años", "id_amount"),
    # Evergreen eg_legacy: '<balance> <billing type> <title / author>'
    (
        "1.50 Overdue Materials Dune / Herbert",
        "",
        "1.50",
        "Overdue Materials Dune / Herbert",
        "amount_first",
    ),
    # Evergreen 3m / swyer_a
    ('123 $1.50 "FINE" Dune', "123", "1.50", "Dune", "id_amount"),
    # Koha's default av_field_template
    ("Lost item 25.50", "", "25.50", "Lost item", "amount_last"),
    # Evergreen swyer_b (a title with a comma)
    (
        "Charge-Number: 77, Amount-Due: 3.00, Fine-Type: LOST, Title: War, and Peace",
        "77",
        "3.00",
        "War, and Peace",
        "key_value",
    ),
    # an old Koha without amounts: text only
    ("Computer Time", "", None, "Computer Time", "text"),
    ("Harry Potter 2", "", None, "Harry Potter 2", "text"),
]


@pytest.mark.parametrize(("line", "fee_id", "amount", "description", "form"), FEE_LINES)
def test_fee_line_formats(
    line: str, fee_id: str, amount: str | None, description: str, form: str
) -> None:
    fee = sp.parse_fee_line(line)
    assert (fee.fee_id, fee.description, fee.form, fee.error_key) == (fee_id, description, form, "")
    assert fee.amount == (Decimal(amount) if amount is not None else None)
    assert fee.raw == line


@pytest.mark.parametrize(
    ("line", "key"),
    [
        ("FEE-1 1.234 Overdue", "sip2.amount_invalid"),
        ("FEE-1 1E+2 Overdue", "sip2.amount_invalid"),
        ("NaN Overdue", "sip2.amount_invalid"),
        ("FEE-1 Infinity x", "sip2.amount_invalid"),
        ("Overdue 1,50", "sip2.amount_invalid"),
        ("FEE-1 -1.00 credit", "sip2.amount_invalid"),
        ("FEE-1 $1e5 x", "sip2.amount_invalid"),
        ("FEE-1 250000.00 x", "sip2.amount_out_of_range"),
        ("Lost 99999999999999999999.00", "sip2.amount_out_of_range"),
        ("Charge-Number: 1, Amount-Due: NaN, Title: x", "sip2.amount_invalid"),
    ],
)
def test_malformed_fee_amounts_are_typed_and_kept_as_text(line: str, key: str) -> None:
    fee = sp.parse_fee_line(line)
    assert fee.amount is None and fee.error_key == key
    assert fee.raw == line and fee.description  # visible, never dropped


def test_parse_amount_and_currency() -> None:
    assert sp.parse_amount("1.50") == Decimal("1.50")
    assert sp.parse_amount("$2") == Decimal("2")
    assert sp.parse_amount("-3.00") == Decimal("-3.00")  # a BV credit
    for bad in ("1.234", "1E+2", "NaN", "sNaN", "Infinity", "", " ", "1,50", "0x10", "١٢"):
        with pytest.raises(sp.Sip2AmountError) as err:
            sp.parse_amount(bad)
        assert err.value.key == "sip2.amount_invalid"
    with pytest.raises(sp.Sip2AmountError) as err:
        sp.parse_amount("100000.01")
    assert err.value.key == "sip2.amount_out_of_range"
    with pytest.raises(sp.Sip2AmountError):
        sp.parse_amount("-1.00", allow_negative=False)
    assert sp.parse_currency("EUR") == "EUR" and sp.parse_currency("") == ""
    for bad in ("eur", "EURO", "€", "E1R"):
        with pytest.raises(sp.Sip2AmountError) as err:
            sp.parse_currency(bad)
        assert err.value.key == "sip2.currency_invalid"


def test_encodings() -> None:
    fields = [("AE", "Jaroslav Hašek"), ("AJ", "Les Misérables")]
    fixed = {"patron_status": " " * 14, "language": "000", "transaction_date": sp.BLANK_DATE}
    utf8 = sp.encode("24", fixed, fields, seq=1, encoding="utf-8")
    assert sp.decode(utf8, encoding="utf-8").fields == tuple(fields)
    assert sp.decode(utf8, encoding="auto").fields == tuple(fields)
    cp850 = sp.encode("24", fixed, [("AJ", "Les Misérables")], seq=1)
    assert sp.decode(cp850, encoding="auto").get("AJ") == "Les Misérables"
    with pytest.raises(sp.Sip2DecodeError):
        sp.decode(cp850, encoding="utf-8")  # not valid UTF-8: a declared error


def test_crlf_frames_leave_no_stray_bytes() -> None:
    frames, rest = sp.split_frames(CAPTURED[1][:-1] + b"\r\n" + CAPTURED[2][:-1] + b"\r\n")
    assert [f.rstrip(b"\r\n") for f in frames] == [CAPTURED[1][:-1], CAPTURED[2][:-1]]
    assert rest == b""
    assert sp.decode(b"\n" + CAPTURED[1][:-1] + b"\r\n").code == "94"


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400), st.sampled_from(sp.ENCODINGS))
def test_any_bytes_are_a_message_or_a_declared_protocol_error(frame: bytes, encoding: str) -> None:
    """The line parser on hostile input: a message or Sip2DecodeError, nothing else."""
    frames, rest = sp.split_frames(frame)
    for one in [*frames, rest, frame]:
        try:
            msg = sp.decode(one, encoding=encoding)
        except sp.Sip2DecodeError:
            continue
        assert msg.code in sp.FIXED_FIELDS
        for _, value in msg.fields:
            sp.parse_fee_line(value)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=120))
def test_any_fee_line_parses_to_a_bounded_amount_or_none(line: str) -> None:
    fee = sp.parse_fee_line(line)
    assert fee.raw == line
    if fee.amount is not None:
        assert fee.amount.is_finite() and 0 <= fee.amount <= sp.MAX_AMOUNT
        assert fee.amount.as_tuple().exponent >= -2  # type: ignore[operator]
        assert not fee.error_key


def test_due_dates_as_evergreen_writes_them() -> None:
    assert sp.parse_date("2026-12-10 23:59:00") == dt.datetime(2026, 12, 10, 23, 59)
    assert sp.parse_date("2026-12-10") == dt.datetime(2026, 12, 10)
    for bad in ("2026-13-10 23:59:00", "2026-12-10 25:00", "10/12/2026"):
        with pytest.raises(sp.Sip2DecodeError):
            sp.parse_date(bad)
