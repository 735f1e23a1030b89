"""Fuzz: text decoded from QR codes and barcodes (``kiosk.camera.scan_payloads.parse_scan``).

Declared error: ``PayloadRejected`` with a ``scan.`` key. What is accepted re-encodes to the
same text (nothing is accepted that the kiosk could not have printed or the city issued)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from kiosk.camera import scan_payloads as sp
from tests.fuzz.profiles import fuzz_settings

SYMBOLOGY = st.one_of(
    st.none(), st.sampled_from(["QRCode", "Code128", "ITF", "Code39", "Codabar", "EAN13"])
)
FIELD = st.one_of(
    st.text(alphabet="0123456789ABCDEFXYZ-:|/ .", max_size=24),
    st.from_regex(r"\d{1,30}", fullmatch=True),
    st.text(max_size=12),
)


@st.composite
def near_valid(draw: st.DrawFn) -> str:
    """Valid payloads of every format, then maybe one field replaced or a character changed."""
    day = draw(st.dates(dt.date(2000, 1, 1), dt.date(2099, 12, 31)))
    text = draw(
        st.sampled_from(
            [
                sp.make_bill_slip("12345678", "BILL-1001", 4520, day),
                sp.make_bill_barcode("12345678", "000123", 4520),
                sp.make_library_card("0042", "00001234"),
                sp.make_appointment("APPT1234", day, dt.time(9, 30)),
                "ECR1:K7QW-3MXP-9TRC:ABCDE-FGHIJ",
            ]
        )
    )
    if draw(st.booleans()):
        sep = "|" if "|" in text else ":"
        parts = text.split(sep)
        parts[draw(st.integers(0, len(parts) - 1))] = draw(FIELD)
        text = sep.join(parts)
    if text and draw(st.booleans()):
        i = draw(st.integers(0, len(text) - 1))
        text = text[:i] + draw(st.characters()) + text[i + 1 :]
    return text


@fuzz_settings()
@given(text=st.one_of(near_valid(), st.text(max_size=600)), symbology=SYMBOLOGY)
def test_parse_scan(text: str, symbology: str | None) -> None:
    try:
        payload = sp.parse_scan(text, symbology)
    except sp.PayloadRejected as exc:
        assert exc.key.startswith("scan.")
        return
    assert payload is not None
    assert text.isascii() and len(text) <= sp.MAX_TEXT
