"""Receipt model, verification code, texts, and printed receipts read back in two languages."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal

import pytest

from civic.money import Money
from drivers.printer import PrinterDevice
from drivers.printer.emulator import NetworkPrinterEmulator
from kiosk.records.receipts import (
    LANGUAGES,
    MESSAGES,
    Receipt,
    ReceiptStatus,
    check_verification_code,
    format_amount,
    parse_qr_payload,
    receipt_document,
    render_receipt,
    verification_code,
)
from kiosk.text.local_time import moment_text

KEY = bytes(range(32))
WHEN = datetime(2026, 11, 26, 16, 45, tzinfo=UTC)


def make(status: ReceiptStatus = ReceiptStatus.SUBMITTED, **kw: object) -> Receipt:
    args: dict[str, object] = {
        "reference": "PMT-2026-000123",
        "kiosk_id": "K-LIB-01",
        "site": "Central Library",
        "issued_at": WHEN,
        "service": "Parking permit",
        "status": status,
        "key": KEY,
    }
    args.update(kw)
    return Receipt.create(**args)  # type: ignore[arg-type]


@pytest.fixture
def printer() -> Iterator[tuple[PrinterDevice, NetworkPrinterEmulator]]:
    emu = NetworkPrinterEmulator().start()
    service = PrinterDevice(emu.uri + "?profile=TM-T20II", status_timeout=0.3, ack_timeout=2)
    service.start()
    yield service, emu
    service.close()
    emu.close()


def test_verification_code_is_an_hmac_of_the_reference() -> None:
    code = verification_code("PMT-2026-000123", KEY)
    assert len(code) == 11 and code[5] == "-"
    assert check_verification_code("PMT-2026-000123", code, KEY)
    assert check_verification_code("PMT-2026-000123", code.lower(), KEY)
    assert not check_verification_code("PMT-2026-000124", code, KEY)
    assert not check_verification_code("PMT-2026-000123", code, bytes(32))
    with pytest.raises(ValueError):
        verification_code("PMT-1", b"short")


def test_qr_payload_carries_reference_and_code() -> None:
    r = make()
    assert parse_qr_payload(r.qr_payload) == (r.reference, r.verification)
    with pytest.raises(ValueError):
        parse_qr_payload("https://example.org/")


def test_minimal_personal_data() -> None:
    with pytest.raises(ValueError):
        make(card_last4="4111111111111111")  # never a full card number
    with pytest.raises(ValueError):
        make(reference="name with spaces")
    with pytest.raises(ValueError):
        make(issued_at=datetime(2026, 1, 1))
    fields = set(make().to_dict())
    assert not fields & {"name", "address", "card_number", "pan", "date_of_birth"}


def test_every_message_has_every_language() -> None:
    for msg_id, texts in MESSAGES.items():
        assert set(texts) == set(LANGUAGES), msg_id
        assert all(t.strip() for t in texts.values()), msg_id


def test_english_and_spanish_layouts() -> None:
    r = make(ReceiptStatus.QUEUED, amount=Money.of(Decimal("1234.5"), "USD"), card_last4="4242")
    en = render_receipt(r, "en", columns=42)
    es = render_receipt(r, "es", columns=42)
    assert "Reference number:" in en.text and "PMT-2026-000123" in en.text
    assert "Queued — will be sent when the" in en.text
    assert "Amount: 1,234.50 USD" in en.text and "Card: **** 4242" in en.text
    assert "Número de referencia:" in es.text and "Importe: 1.234,50 USD" in es.text
    assert "En cola" in es.text
    assert all(len(line.text) <= 42 for line in en.lines + es.lines)
    assert not en.rtl and render_receipt(r, "ar").rtl


def test_practice_and_copy_markers() -> None:
    text = render_receipt(make(practice=True), "fr", copy=True).text
    assert text.count("EXERCICE - AUCUNE OPÉRATION RÉELLE") == 2
    assert "COPIE" in text


def test_amount_formats() -> None:
    m = Money.of(Decimal("1234567.5"), "EUR")
    assert format_amount(m, "en") == "1,234,567.50 EUR"
    assert format_amount(m, "fr") == "1 234 567,50 EUR"
    assert format_amount(m, "es") == "1.234.567,50 EUR"
    with pytest.raises(ValueError):
        Money.of(Decimal("1.001"), "EUR")
    with pytest.raises(ValueError):
        Money.of(Decimal(1), "euro")


def test_round_trips_through_dict() -> None:
    r = make(amount=Money.of(Decimal("3.20"), "USD"), instructions=("Bring ID",), practice=True)
    assert Receipt.from_dict(r.to_dict()) == r


@pytest.mark.parametrize(
    ("language", "expect"),
    [
        ("en", ("Reference number:", "Status: Submitted", "Thank you")),
        ("es", ("Número de referencia:", "Estado: Enviado", "Gracias")),
        ("fr", ("Numéro de référence:", "État: Envoyé", "Merci")),
    ],
)
def test_printed_receipt_reads_back(printer, language: str, expect: tuple[str, ...]) -> None:
    service, emu = printer
    r = make(amount=Money.of(Decimal("12.5"), "USD"))
    outcome = service.print_document(receipt_document(render_receipt(r, language)), timeout=10)
    assert outcome.printed
    page = emu.printer.pages[-1]
    lines = page.text_lines
    for text in expect:
        assert text in lines, page.render()
    assert "PMT-2026-000123" in lines
    heading = page.lines[lines.index("PMT-2026-000123")]
    assert heading.double_height and heading.bold
    assert page.qr_payloads == (r.qr_payload,)
    assert page.cut


def test_arabic_receipt_prints_as_images_with_a_readable_qr(printer) -> None:
    service, emu = printer
    r = make()
    rendered = render_receipt(r, "ar")
    assert "الرقم المرجعي:" in rendered.text
    assert service.print_document(receipt_document(rendered), timeout=10).printed
    page = emu.printer.pages[-1]
    assert page.images  # Arabic lines are shaped into raster lines
    assert "PMT-2026-000123" in page.text_lines  # Latin-only lines stay text
    assert page.qr_payloads == (r.qr_payload,)


def test_values_keep_their_direction_in_arabic() -> None:
    text = render_receipt(make(), "ar").text
    when = moment_text(WHEN, "ar")  # the kiosk's local time, in Arabic, no "UTC"
    assert f"التاريخ: \u2068{when}\u2069" in text and "UTC" not in text
    assert "\u2068" not in render_receipt(make(), "en").text


def test_the_time_reads_as_people_read_it() -> None:
    text = render_receipt(make(), "es").text
    assert moment_text(WHEN, "es") in text and "2026-11-26" not in text and "UTC" not in text
    assert "de noviembre de 2026" in text


def test_unknown_language_falls_back_to_english(caplog: pytest.LogCaptureFixture) -> None:
    rendered = render_receipt(make(), "de")
    assert rendered.language == "en" and "Reference number:" in rendered.text
    assert "using English" in caplog.text


def test_a_reprint_says_submitted_only_once_the_queue_delivered_it() -> None:
    from kiosk.records.receipts import status_at_reprint

    queued, submitted = ReceiptStatus.QUEUED, ReceiptStatus.SUBMITTED
    assert status_at_reprint(queued, "done") is submitted
    for state in ("pending", "in_flight", "unknown", "dead", "cancelled", "purged", None):
        assert status_at_reprint(queued, state) is queued
    assert status_at_reprint(submitted, None) is submitted
