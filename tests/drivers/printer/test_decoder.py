"""The ESC/POS decoder against python-escpos's own output (Dummy) and hand-made streams."""

from __future__ import annotations

import pytest
from escpos.printer import Dummy
from hypothesis import given, settings
from hypothesis import strategies as st

from drivers.printer.decoder import (
    Align,
    Barcode,
    ClearBuffers,
    Cut,
    EscPosDecoder,
    Event,
    LineFeed,
    QrCode,
    StatusRequest,
    Text,
    decode,
)


def escpos_stream() -> bytes:
    p = Dummy(profile="TM-T20II")
    p.set(align="center", bold=True, double_height=True, double_width=True)
    p.textln("Town Hall")
    p.set_with_default()
    p.textln("Total: 12,50 €")
    p.set(underline=1)
    p.textln("underlined")
    p.set_with_default()
    p.qr("NATIVE-1", native=True)
    p.qr("IMAGE-2", native=False, size=4)
    p._raw(b"\x1dk\x49\x0b{BABC-12345")  # CODE128
    p.cut()
    p.textln("second page")
    p.cut(mode="PART")
    return bytes(p.output)


def test_decodes_what_a_person_reads() -> None:
    pages = decode(escpos_stream())
    assert len(pages) == 2
    first = pages[0]
    assert first.text_lines[0] == "Town Hall"
    head = first.lines[0]
    assert head.bold and head.double_width and head.double_height
    assert head.align is Align.CENTER
    assert first.text_lines[1] == "Total: 12,50 €"
    assert not first.lines[1].bold and first.lines[1].align is Align.LEFT
    assert first.lines[2].underline
    assert first.qr_payloads == ("NATIVE-1", "IMAGE-2")  # the second one read from the raster
    assert first.barcodes == (Barcode("CODE128", "ABC-12345"),)
    assert first.cut and pages[1].cut
    assert pages[1].text_lines == ("second page",)
    assert pages[1].partial_cut
    assert "[QR NATIVE-1]" in first.render() and "--- cut ---" in first.render()


def _merged(events: list[Event]) -> list[Event]:
    """Adjacent text runs of one style joined (chunking may split a run)."""
    out: list[Event] = []
    for e in events:
        if out and isinstance(e, Text) and isinstance(out[-1], Text) and e.style == out[-1].style:
            out[-1] = Text(out[-1].text + e.text, e.style)
        else:
            out.append(e)
    return out


def test_incremental_feed_gives_the_same_events_at_any_split() -> None:
    data = escpos_stream()
    whole = _merged(EscPosDecoder().feed(data))
    for split in range(0, len(data), 7):
        dec = EscPosDecoder()
        events = dec.feed(data[:split]) + dec.feed(data[split:])
        assert _merged(events) == whole
        assert dec.pending == 0


def test_byte_by_byte() -> None:
    data = b"\x1b@\x1bE\x01bold\x1bE\x00\n\x10\x04\x01\x1dV\x00"
    dec = EscPosDecoder()
    events = []
    for b in data:
        events += dec.feed(bytes([b]))
    assert [type(e) for e in events if not isinstance(e, Text)] == [
        type(events[0]),
        LineFeed,
        StatusRequest,
        Cut,
    ]
    texts = [e for e in events if isinstance(e, Text)]
    assert "".join(t.text for t in texts) == "bold"  # text runs may arrive in pieces
    assert all(t.style.bold for t in texts)


def test_realtime_commands() -> None:
    events = EscPosDecoder().feed(
        b"\x10\x04\x01\x10\x04\x04\x10\x14\x08\x01\x03\x14\x01\x06\x02\x08"
    )
    assert events == [StatusRequest(1), StatusRequest(4), ClearBuffers()]


def test_code_pages() -> None:
    data = b"\x1bt\x13" + "€ é".encode("cp858") + b"\n\x1bt\x10" + "€ é".encode("cp1252") + b"\n"
    assert decode(data)[0].text_lines == ("€ é", "€ é")


def test_unknown_bytes_do_not_stop_decoding() -> None:
    page = decode(b"\x07\x1b\xfe\x1d\xfeafter\n")[0]
    assert page.text_lines == ("after",)


def test_native_qr_and_pdf417() -> None:
    def fn(cn: int, fn_: int, data: bytes = b"") -> bytes:
        body = bytes([cn, fn_]) + data
        return b"\x1d(k" + len(body).to_bytes(2, "little") + body

    stream = (
        fn(49, 80, b"0" + "Grüße".encode())
        + fn(49, 81, b"0")
        + fn(48, 80, b"0PDF")
        + fn(48, 81, b"0")
    )
    events = EscPosDecoder().feed(stream)
    assert events == [QrCode("Grüße"), Barcode("PDF417", "PDF")]


@pytest.mark.parametrize(("m", "name"), [(2, "EAN13"), (4, "CODE39")])
def test_function_a_barcodes(m: int, name: str) -> None:
    events = EscPosDecoder().feed(b"\x1dk" + bytes([m]) + b"4006381333931\x00")
    assert events == [Barcode(name, "4006381333931")]


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_never_raises_on_arbitrary_bytes(data: bytes) -> None:
    dec = EscPosDecoder()
    dec.feed(data)
    decode(data)
