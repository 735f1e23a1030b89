"""Encoding documents per profile, checked by decoding (what a person would read)."""

from __future__ import annotations

from drivers.printer.decoder import decode
from drivers.printer.document import (
    Align,
    BarcodeItem,
    Feed,
    PrintDocument,
    QrItem,
    TextLine,
    encode_document,
    needs_raster,
)
from drivers.printer.profiles import get_profile

DOC = PrintDocument(
    (
        TextLine("Ayuntamiento", Align.CENTER, bold=True, large=True),
        TextLine("Importe: 12,50 €"),
        TextLine("Déjà vu — ça marche"),
        QrItem("ECR1:REF-1:ABCDE-FGHIJ"),
        BarcodeItem("REF-1"),
        Feed(2),
        TextLine("fin", Align.RIGHT),
    ),
)


def test_native_qr_profile() -> None:
    data = encode_document(DOC, get_profile("TM-T20II"))
    assert b"\x1d(k" in data and b"\x1dv0" not in data
    page = decode(data)[0]
    assert page.text_lines[:3] == ("Ayuntamiento", "Importe: 12,50 €", "Déjà vu — ça marche")
    first = page.lines[0]
    assert first.bold and first.double_width and first.align is Align.CENTER
    assert page.qr_payloads == ("ECR1:REF-1:ABCDE-FGHIJ",)
    assert [b.data for b in page.barcodes] == ["REF-1"]
    assert page.lines[-1].text == "fin" and page.lines[-1].align is Align.RIGHT
    assert page.cut and page.partial_cut


def test_image_qr_profile_and_full_cut() -> None:
    profile = get_profile("POS-5890")
    data = encode_document(DOC, profile)
    assert b"\x1d(k" not in data and b"\x1dv0" in data
    page = decode(data)[0]
    assert page.qr_payloads == ("ECR1:REF-1:ABCDE-FGHIJ",)  # read back from the raster
    assert all(img.width <= profile.width_dots for img in page.images)
    assert page.cut and not page.partial_cut


def test_right_to_left_lines_are_rasterised() -> None:
    assert needs_raster("الرقم المرجعي") and not needs_raster("Référence")
    doc = PrintDocument((TextLine("الرقم المرجعي: REF-1"), QrItem("REF-1")))
    page = decode(encode_document(doc, get_profile("TM-T20II")))[0]
    assert page.text_lines == ()  # no code-page text for Arabic...
    assert page.images and page.images[0].width == 576  # ...but a full-width image line
    assert page.qr_payloads == ("REF-1",)


def test_document_without_cut() -> None:
    data = encode_document(PrintDocument((TextLine("x"),), cut=False), get_profile(None))
    assert b"\x1dV" not in data
    assert not decode(data)[0].cut
