"""What the printer service prints: a document model and its ESC/POS encoding (no I/O).

A :class:`PrintDocument` is a tuple of lines, QR codes, barcodes and feeds; it carries no
personal data beyond what the caller put in the lines. :func:`encode_document` turns it into
the bytes for one printer profile with python-escpos's command builders (on a ``Dummy``):

- text goes through the first code page of the profile that can encode the whole line
  (``ESC t n``), so the printer's font draws it;
- lines in right-to-left scripts (Arabic, Hebrew) or with characters no code page has are drawn
  as a raster image (``GS v 0``) with Pillow + libraqm shaping, since ESC/POS firmware neither
  shapes nor reorders;
- QR codes are native (``GS ( k``) where the profile has a QR engine, else a raster image;
- the document ends with a feed and a cut (partial where the cutter can).
"""

from __future__ import annotations

import functools
import logging
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from escpos.printer import Dummy

from drivers.printer.decoder import Align as Align  # re-exported: one alignment enum
from drivers.printer.profiles import PrinterProfile

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class TextLine:
    text: str
    align: Align = Align.LEFT
    bold: bool = False
    large: bool = False  # double width and height


@dataclass(frozen=True)
class QrItem:
    payload: str
    size: int = 6  # module size in dots

    def __post_init__(self) -> None:
        if not self.payload or not 1 <= self.size <= 16:
            raise ValueError("a QR code needs a payload and a module size of 1-16 dots")


@dataclass(frozen=True)
class BarcodeItem:
    """A CODE128 barcode (code set B, printable ASCII) drawn by the printer, text below."""

    data: str

    def __post_init__(self) -> None:
        if not self.data or len(self.data) > 60 or not all(32 <= ord(c) < 127 for c in self.data):
            raise ValueError("CODE128-B takes 1-60 printable ASCII characters")


@dataclass(frozen=True)
class Feed:
    lines: int = 1


DocItem = TextLine | QrItem | BarcodeItem | Feed


@dataclass(frozen=True)
class PrintDocument:
    """A job for the printer service.

    Attributes:
        items: what to print, top to bottom.
        label: a non-personal label for logs (e.g. "receipt" or "test page").
        cut: end with a cut.
    """

    items: tuple[DocItem, ...]
    label: str = "document"
    cut: bool = True


_RTL_BIDI = {"R", "AL", "AN"}
_FONT_CANDIDATES = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/TTF/DejaVuSans.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf",
)


def needs_raster(text: str) -> bool:
    """True when the printer's own font cannot show ``text`` correctly (RTL scripts)."""
    return any(unicodedata.bidirectional(ch) in _RTL_BIDI for ch in text)


def _encode_text(text: str, profile: PrinterProfile) -> tuple[int, bytes] | None:
    for number, codec in profile.code_pages:
        try:
            return number, text.encode(codec)
        except UnicodeEncodeError:
            continue
    return None


@functools.cache
def _font_path() -> str | None:
    for candidate in _FONT_CANDIDATES:
        if Path(candidate).is_file():
            return candidate
    logger.warning("no TrueType font found; right-to-left lines will print as '?'")
    return None


def _render_line_image(line: TextLine, profile: PrinterProfile) -> object | None:
    """A 1-bit Pillow image of one line, shaped and right-to-left where needed."""
    from PIL import Image, ImageDraw, ImageFont, features

    path = _font_path()
    if path is None:
        return None
    rtl = needs_raster(line.text)
    kwargs: dict[str, object] = {}
    if features.check("raqm"):
        kwargs["direction"] = "rtl" if rtl else "ltr"
    width = profile.width_dots
    size = 48 if line.large else 26
    while True:  # shrink to fit the paper rather than cut the line off
        font = ImageFont.truetype(path, size)
        left, top, right, bottom = font.getbbox(line.text, **kwargs)  # type: ignore[arg-type]
        if right - left <= width or size <= 14:
            break
        size -= 2
    height = int(bottom - min(top, 0)) + 6
    img = Image.new("1", (width, height), 1)
    draw = ImageDraw.Draw(img)
    text_w = right - left
    align = line.align
    if align is Align.LEFT and rtl:
        align = Align.RIGHT  # the natural start of an RTL line is the right edge
    if align is Align.CENTER:
        x = (width - text_w) // 2 - left
    elif align is Align.RIGHT:
        x = width - text_w - left
    else:
        x = -left
    draw.text((x, 2 - min(top, 0)), line.text, font=font, fill=0, **kwargs)  # type: ignore[arg-type]
    if line.bold:
        draw.text((x + 1, 2 - min(top, 0)), line.text, font=font, fill=0, **kwargs)  # type: ignore[arg-type]
    return img


def _code128(data: str) -> bytes:
    body = b"{B" + data.encode("ascii")
    # GS h height, GS w module width, GS H text below, GS k 73 (CODE128) n data
    return b"\x1dh\x50\x1dw\x02\x1dH\x02\x1dk\x49" + bytes([len(body)]) + body + b"\n"


def encode_document(doc: PrintDocument, profile: PrinterProfile) -> bytes:
    """The ESC/POS bytes of ``doc`` for ``profile`` (starts with ``ESC @``)."""
    p = Dummy(profile=profile.escpos_profile)
    raw = p._raw
    raw(b"\x1b@")
    current_page: int | None = None
    for item in doc.items:
        if isinstance(item, TextLine):
            encoded = None if needs_raster(item.text) else _encode_text(item.text, profile)
            if encoded is None:
                img = _render_line_image(item, profile)
                if img is not None:
                    p.image(img, impl="bitImageRaster", center=False)
                    continue
                number, codec = profile.code_pages[0]
                encoded = (number, item.text.encode(codec, "replace"))
            number, data = encoded
            # size first: python-escpos resets the print mode (and bold) with the size
            if item.large:
                p.set(double_width=True, double_height=True)
            else:
                p.set(normal_textsize=True)
            p.set(align=item.align.value, bold=item.bold)
            if number != current_page:
                raw(b"\x1bt" + bytes([number]))
                current_page = number
            raw(data + b"\n")
        elif isinstance(item, QrItem):
            p.set(normal_textsize=True)
            p.set(align="center", bold=False)
            if profile.qr_native:
                p.qr(item.payload, native=True, size=min(item.size, 16))
                raw(b"\n")
            else:
                p.qr(item.payload, native=False, size=min(item.size, 16), center=True)
        elif isinstance(item, BarcodeItem):
            p.set(normal_textsize=True)
            p.set(align="center", bold=False)
            raw(_code128(item.data))
        else:
            raw(b"\n" * item.lines)
    p.set(normal_textsize=True)
    p.set(align="left", bold=False)
    if doc.cut:
        raw(b"\x1bd\x05")  # feed past the cutter
        raw(b"\x1dV\x01" if profile.partial_cut else b"\x1dV\x00")
    return bytes(p.output)
