"""Scanned-code validation: every accepted format, and rejection with a typed key."""

from __future__ import annotations

import datetime as dt
import typing

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.camera import scan_payloads
from kiosk.camera.scan_payloads import (
    AppointmentTicket,
    BillBarcode,
    BillSlip,
    LibraryCard,
    PayloadRejected,
    ReceiptCode,
    ScannedCode,
    ScanPayload,
    luhn_digit,
    luhn_valid,
    make_appointment,
    make_bill_barcode,
    make_bill_slip,
    make_library_card,
    make_receipt,
    mod97_check,
    parse_scan,
)
from kiosk.records.receipts import verification_code


def test_luhn_known_values() -> None:
    assert luhn_digit("7992739871") == "3"  # the textbook example
    assert luhn_valid("79927398713")
    assert not luhn_valid("79927398714")


def test_mod97_is_iso7064() -> None:
    # IBAN-style: appending the check makes the number ≡ 1 (mod 97)
    body = "12345678WTR20260042" + "12550" + "2026-12-31"
    check = mod97_check(body)
    digits = "".join(str(int(c, 36)) for c in body if c.isalnum())
    assert int(digits + check) % 97 == 1


def test_bill_slip() -> None:
    text = make_bill_slip("12345678", "WTR-2026-0042", 12550, dt.date(2026, 12, 31))
    payload = parse_scan(text, "QRCode")
    assert payload == BillSlip("12345678", "WTR-2026-0042", 12550, dt.date(2026, 12, 31))
    assert payload.kind == "bill_slip"


def test_bill_barcode() -> None:
    text = make_bill_barcode("12345678", "004211", 12550)
    assert len(text) == 22
    assert parse_scan(text, "ITF") == BillBarcode("12345678", "004211", 12550)
    assert parse_scan(text, "Code128") == BillBarcode("12345678", "004211", 12550)


def test_library_card_codabar_with_start_stop() -> None:
    number = make_library_card("0417", "00012345")
    assert len(number) == 14 and number[0] == "2"
    card = parse_scan(f"A{number}B", "Codabar")
    assert card == LibraryCard(number, "0417", "00012345")
    assert parse_scan(number) == card


def test_appointment_and_receipt() -> None:
    text = make_appointment("K7Q2M9P4", dt.date(2026, 12, 1), dt.time(9, 30))
    assert parse_scan(text, "QRCode") == AppointmentTicket(
        "K7Q2M9P4", dt.date(2026, 12, 1), dt.time(9, 30)
    )
    code = verification_code("K7Q2-M9P4", b"k" * 32)
    receipt = make_receipt("K7Q2-M9P4", code)
    assert receipt.startswith("ECR1:")
    assert parse_scan(receipt, "QRCode") == ReceiptCode("K7Q2-M9P4", code)


def test_every_accepted_code_is_a_scanned_code() -> None:
    """The scanner's ``payload_read`` signal is declared with :class:`ScannedCode`: every
    member of :data:`ScanPayload` is one, and every kind of code parses to one."""
    kinds = {
        value
        for value in vars(scan_payloads).values()
        if isinstance(value, type) and issubclass(value, ScannedCode) and value is not ScannedCode
    }
    assert set(typing.get_args(ScanPayload)) == kinds
    codes = [
        (make_bill_slip("12345678", "WTR-2026-0042", 12550, dt.date(2026, 12, 31)), "QRCode"),
        (make_bill_barcode("12345678", "004211", 12550), "ITF"),
        (make_library_card("0417", "00012345"), "Code128"),
        (make_appointment("K7Q2M9P4", dt.date(2026, 12, 1), dt.time(9, 30)), "QRCode"),
        (make_receipt("K7Q2-M9P4", verification_code("K7Q2-M9P4", b"k" * 32)), "QRCode"),
    ]
    payloads = [parse_scan(text, symbology) for text, symbology in codes]
    assert all(isinstance(payload, ScannedCode) for payload in payloads)
    assert len({payload.kind for payload in payloads}) == len(codes)


GOOD_SLIP = make_bill_slip("12345678", "WTR-2026-0042", 12550, dt.date(2026, 12, 31))


def _flip_check(text: str) -> str:
    head, check = text.rsplit("|", 1)
    return f"{head}|{(int(check) + 1) % 100:02d}"


@pytest.mark.parametrize(
    ("text", "symbology", "key"),
    [
        ("", None, "scan.empty"),
        ("x" * 600, None, "scan.too_long"),
        ("ECB1|\x00", None, "scan.not_printable"),
        ("ECR1:ÄBC:12345678", None, "scan.not_printable"),
        ("http://example.org/", "QRCode", "scan.link_not_accepted"),
        ("HTTPS://EXAMPLE.ORG/", "QRCode", "scan.link_not_accepted"),
        ("www.example.org", "QRCode", "scan.link_not_accepted"),
        ("tel:+15551234", "QRCode", "scan.link_not_accepted"),
        ("smsto:123:hi", "QRCode", "scan.link_not_accepted"),
        ("BEGIN:VCARD", "QRCode", "scan.link_not_accepted"),
        ("rm -rf /", "QRCode", "scan.unknown_format"),
        ("ECX1|a|b", "QRCode", "scan.unknown_format"),
        ("12345", "Code128", "scan.unknown_format"),
        (_flip_check(GOOD_SLIP), "QRCode", "scan.bad_check"),
        (GOOD_SLIP.replace("|12550|", "|12551|"), "QRCode", "scan.bad_check"),
        (GOOD_SLIP, "Code128", "scan.unknown_format"),
        (GOOD_SLIP + "|extra", "QRCode", "scan.malformed"),
        (GOOD_SLIP.replace("2026-12-31", "2026-02-30"), "QRCode", "scan.malformed"),
        (GOOD_SLIP.replace("|12550|", "|-12550|"), "QRCode", "scan.malformed"),
        (GOOD_SLIP.replace("|12550|", "|012550|"), "QRCode", "scan.malformed"),
        ("ECA1|K7Q2M9P4|2026-12-01|25:00|00", "QRCode", "scan.malformed"),
        ("ECR1:K7Q2-M9P4:ABCDE-FGH18", "QRCode", "scan.malformed"),  # 1, 8 not base 32
        ("ECR1:K7Q2-M9P4:", "QRCode", "scan.malformed"),
        ("ECR1:k7q2:ABCDE-FGHIJ", "QRCode", "scan.malformed"),
        ("ECR1:K7Q2-M9P4:ABCDE-FGHIJ", "Code128", "scan.unknown_format"),
        (make_library_card("0417", "00012345")[:-1] + "0", "Codabar", "scan.bad_check"),
        ("3" + make_library_card("0417", "00012345")[1:], "Codabar", "scan.unknown_format"),
        (make_library_card("0417", "00012345"), "QRCode", "scan.unknown_format"),
        (make_bill_barcode("1", "1", 1)[:-1] + "0", "ITF", "scan.bad_check"),
        (make_bill_barcode("1", "1", 0), "ITF", "scan.malformed"),
    ],
)
def test_rejected(text: str, symbology: str | None, key: str) -> None:
    if text == make_library_card("0417", "00012345")[:-1] + "0" and luhn_valid(text):
        pytest.skip("check digit happened to be 0")
    with pytest.raises(PayloadRejected) as info:
        parse_scan(text, symbology)
    assert info.value.key == key


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=120), st.sampled_from([None, "QRCode", "Codabar", "ITF", "Code128"]))
def test_fuzz_parse_scan_is_typed(text: str, symbology: str | None) -> None:
    try:
        payload = parse_scan(text, symbology)
    except PayloadRejected as exc:
        assert exc.key.startswith("scan.")
    else:
        assert isinstance(payload, ScannedCode)
        assert payload.kind in {
            "bill_slip",
            "bill_barcode",
            "library_card",
            "appointment",
            "receipt",
        }
