"""A pure ESC/POS decoder: bytes in, what a person would read out.

Two layers:

- :class:`EscPosDecoder` is incremental. ``feed(chunk)`` returns the complete commands found so
  far as immutable events (text runs with their style, line feeds, cuts, QR payloads, barcodes,
  raster images, real-time status requests); an incomplete command waits for the next chunk.
  The emulators use it to answer ``DLE EOT`` in stream order.
- :class:`DocumentBuilder` turns events into :class:`DecodedDocument` pages (one per cut): text
  lines with alignment and style, QR payloads (native ``GS ( k`` or decoded from ``GS v 0``
  rasters with zxing-cpp), barcodes and images.

``decode(data)`` does both for a whole stream. No I/O.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Final

logger = logging.getLogger(__name__)

ESC: Final = 0x1B
GS: Final = 0x1D
DLE: Final = 0x10
FS: Final = 0x1C
LF: Final = 0x0A
CR: Final = 0x0D
HT: Final = 0x09

# ESC t n → codec for the decoder; the common Epson table.
DEFAULT_CODE_PAGES: Final = {
    0: "cp437",
    2: "cp850",
    3: "cp860",
    4: "cp863",
    5: "cp865",
    15: "iso8859_7",
    16: "cp1252",
    17: "cp866",
    18: "cp852",
    19: "cp858",
    37: "cp864",
    40: "iso8859_15",
    45: "cp1250",
    46: "cp1251",
    50: "cp1256",
}

_BARCODE_A: Final = {
    0: "UPC-A",
    1: "UPC-E",
    2: "EAN13",
    3: "EAN8",
    4: "CODE39",
    5: "ITF",
    6: "CODABAR",
}
_BARCODE_B: Final = {
    65: "UPC-A",
    66: "UPC-E",
    67: "EAN13",
    68: "EAN8",
    69: "CODE39",
    70: "ITF",
    71: "CODABAR",
    72: "CODE93",
    73: "CODE128",
    74: "GS1-128",
    75: "GS1 DataBar Omnidirectional",
    76: "GS1 DataBar Truncated",
    77: "GS1 DataBar Limited",
    78: "GS1 DataBar Expanded",
    79: "CODE128 auto",
}


class Align(enum.Enum):
    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"


@dataclass(frozen=True)
class Style:
    """Character style in effect for a text run."""

    bold: bool = False
    underline: bool = False
    double_width: bool = False
    double_height: bool = False
    invert: bool = False
    font_b: bool = False
    align: Align = Align.LEFT


# ---------------------------------------------------------------------------- events


@dataclass(frozen=True)
class Text:
    text: str
    style: Style


@dataclass(frozen=True)
class LineFeed:
    """End of a printed line; ``extra_lines`` blank lines follow (ESC d n)."""

    extra_lines: int = 0


@dataclass(frozen=True)
class Cut:
    partial: bool


@dataclass(frozen=True)
class QrCode:
    payload: str
    native: bool = True


@dataclass(frozen=True)
class Barcode:
    symbology: str
    data: str


@dataclass(frozen=True)
class Raster:
    """A raster bit image (``GS v 0``); ``bits`` is row-major, 1 = black, MSB first."""

    width: int  # dots
    height: int  # dots
    bits: bytes = field(repr=False)


@dataclass(frozen=True)
class StatusRequest:
    """Real-time status request ``DLE EOT n``."""

    n: int


@dataclass(frozen=True)
class TransmitStatus:
    """``GS r n``: status sent after the preceding data has been processed."""

    n: int


@dataclass(frozen=True)
class ClearBuffers:
    """``DLE DC4 fn=8``: clear the receive and print buffers (real time)."""


@dataclass(frozen=True)
class RecoverRequest:
    """``DLE ENQ n``: real-time request (1/2 = recover from error)."""

    n: int


@dataclass(frozen=True)
class Initialize:
    """``ESC @``."""


@dataclass(frozen=True)
class Unknown:
    data: bytes


Event = (
    Text
    | LineFeed
    | Cut
    | QrCode
    | Barcode
    | Raster
    | StatusRequest
    | TransmitStatus
    | ClearBuffers
    | RecoverRequest
    | Initialize
    | Unknown
)

REALTIME_EVENTS: Final = (StatusRequest, ClearBuffers, RecoverRequest)


# ---------------------------------------------------------------------------- decoder


class _Incomplete(Exception):
    """Internal: the buffer ends inside a command."""


class EscPosDecoder:
    """Incremental ESC/POS command parser (not thread-safe; one per stream)."""

    def __init__(self, code_pages: dict[int, str] | None = None) -> None:
        self._code_pages = dict(DEFAULT_CODE_PAGES if code_pages is None else code_pages)
        self._buf = bytearray()
        self.reset()

    def reset(self) -> None:
        """Back to power-on state (also what ``ESC @`` does, except the buffer)."""
        self._style = Style()
        self._codec = "cp437"
        self._qr_store: bytes = b""
        self._pdf417_store: bytes = b""

    @property
    def pending(self) -> int:
        """Bytes waiting for the rest of a command."""
        return len(self._buf)

    def feed(self, data: bytes) -> list[Event]:
        self._buf += data
        events: list[Event] = []
        pos = 0
        buf = bytes(self._buf)
        while pos < len(buf):
            try:
                consumed = self._parse_one(buf, pos, events)
            except _Incomplete:
                break
            pos += consumed
        del self._buf[:pos]
        return events

    # -- helpers
    @staticmethod
    def _need(buf: bytes, pos: int, n: int) -> None:
        if pos + n > len(buf):
            raise _Incomplete

    def _text(self, raw: bytes) -> Text:
        try:
            s = raw.decode(self._codec)
        except (UnicodeDecodeError, LookupError):
            s = raw.decode("cp437", errors="replace")
        return Text(s, self._style)

    def _parse_one(self, buf: bytes, pos: int, out: list[Event]) -> int:
        b = buf[pos]
        if b >= 0x20 and b != 0x7F:
            end = pos
            while end < len(buf) and buf[end] >= 0x20 and buf[end] != 0x7F:
                end += 1
            out.append(self._text(buf[pos:end]))
            return end - pos
        if b == LF:
            out.append(LineFeed())
            return 1
        if b == CR:
            return 1
        if b == HT:
            out.append(Text("\t", self._style))
            return 1
        if b == ESC:
            return self._esc(buf, pos, out)
        if b == GS:
            return self._gs(buf, pos, out)
        if b == DLE:
            return self._dle(buf, pos, out)
        if b == FS:
            return self._fs(buf, pos, out)
        out.append(Unknown(bytes([b])))
        return 1

    def _dle(self, buf: bytes, pos: int, out: list[Event]) -> int:
        self._need(buf, pos, 3)
        cmd, n = buf[pos + 1], buf[pos + 2]
        if cmd == 0x04:
            if n in (7, 8):
                self._need(buf, pos, 4)
                out.append(StatusRequest(n))
                return 4
            out.append(StatusRequest(n))
            return 3
        if cmd == 0x05:
            out.append(RecoverRequest(n))
            return 3
        if cmd == 0x14:
            fn = n
            length = {1: 5, 2: 5, 7: 4, 8: 10}.get(fn, 3)
            self._need(buf, pos, length)
            if fn == 8:
                out.append(ClearBuffers())
            else:
                out.append(Unknown(buf[pos : pos + length]))
            return length
        out.append(Unknown(buf[pos : pos + 1]))
        return 1

    def _esc(self, buf: bytes, pos: int, out: list[Event]) -> int:
        self._need(buf, pos, 2)
        c = chr(buf[pos + 1])
        if c == "@":
            self.reset()
            out.append(Initialize())
            return 2
        if c in "2<LSim":
            if c in "im":
                out.append(Cut(partial=c == "m"))
            return 2
        if c in "EG-!aMtdJ3RVU{r =c":
            n_len = 4 if c == "c" else 3
            self._need(buf, pos, n_len)
            n = buf[pos + 2]
            if c == "c":
                return 4
            self._esc_n(c, n, out)
            return 3
        if c in "$\\":
            self._need(buf, pos, 4)
            return 4
        if c == "p":
            self._need(buf, pos, 5)
            return 5
        if c == "*":
            self._need(buf, pos, 5)
            m, nl, nh = buf[pos + 2], buf[pos + 3], buf[pos + 4]
            cols = nl + 256 * nh
            length = 5 + cols * (1 if m in (0, 1) else 3)
            self._need(buf, pos, length)
            out.append(Unknown(b"\x1b*"))
            return length
        if c == "D":
            end = buf.find(b"\x00", pos + 2)
            if end < 0:
                raise _Incomplete
            return end + 1 - pos
        out.append(Unknown(buf[pos : pos + 2]))
        return 2

    def _esc_n(self, c: str, n: int, out: list[Event]) -> None:
        s = self._style
        if c in "EG":
            self._style = replace(s, bold=bool(n & 1))
        elif c == "-":
            self._style = replace(s, underline=(n % 48) in (1, 2))
        elif c == "!":
            self._style = replace(
                s,
                font_b=bool(n & 0x01),
                bold=bool(n & 0x08),
                double_height=bool(n & 0x10),
                double_width=bool(n & 0x20),
                underline=bool(n & 0x80),
            )
        elif c == "a":
            self._style = replace(s, align=(Align.LEFT, Align.CENTER, Align.RIGHT)[min(n % 48, 2)])
        elif c == "M":
            self._style = replace(s, font_b=(n % 48) == 1)
        elif c == "t":
            codec = self._code_pages.get(n)
            if codec is None:
                logger.debug("unknown code page %d; keeping %s", n, self._codec)
            else:
                self._codec = codec
        elif c == "d":
            out.append(LineFeed(extra_lines=max(n - 1, 0)))
        elif c == "J":
            out.append(LineFeed())

    def _fs(self, buf: bytes, pos: int, out: list[Event]) -> int:
        """FS commands (kanji modes, NV images): skipped with their parameters."""
        self._need(buf, pos, 2)
        c = chr(buf[pos + 1])
        length = {".": 2, "&": 2, "C": 3, "!": 3, "-": 3, "W": 3, "p": 4, "S": 4}.get(c)
        if c == "(":
            self._need(buf, pos, 5)
            length = 5 + buf[pos + 3] + 256 * buf[pos + 4]
        if length is None:
            out.append(Unknown(buf[pos : pos + 2]))
            return 2
        self._need(buf, pos, length)
        return length

    def _gs(self, buf: bytes, pos: int, out: list[Event]) -> int:
        self._need(buf, pos, 2)
        c = chr(buf[pos + 1])
        if c == "!":
            self._need(buf, pos, 3)
            n = buf[pos + 2]
            self._style = replace(
                self._style, double_width=(n >> 4) > 0, double_height=(n & 0x0F) > 0
            )
            return 3
        if c == "B":
            self._need(buf, pos, 3)
            self._style = replace(self._style, invert=bool(buf[pos + 2] & 1))
            return 3
        if c == "V":
            self._need(buf, pos, 3)
            m = buf[pos + 2]
            partial = m in (1, 49, 66, 98, 104)
            length = 3 if m in (0, 1, 48, 49) else 4
            self._need(buf, pos, length)
            if length == 4 and buf[pos + 3]:
                out.append(LineFeed(extra_lines=0))
            out.append(Cut(partial=partial))
            return length
        if c in "bHfhwaIrTEZ/":
            self._need(buf, pos, 3)
            if c == "r":
                out.append(TransmitStatus(buf[pos + 2]))
            return 3
        if c in "LWP$\\":
            self._need(buf, pos, 4)
            return 4
        if c == "(":
            return self._gs_paren(buf, pos, out)
        if c == "v":
            self._need(buf, pos, 8)
            xb = buf[pos + 4] + 256 * buf[pos + 5]
            h = buf[pos + 6] + 256 * buf[pos + 7]
            length = 8 + xb * h
            self._need(buf, pos, length)
            out.append(Raster(width=xb * 8, height=h, bits=buf[pos + 8 : pos + length]))
            return length
        if c == "k":
            return self._gs_k(buf, pos, out)
        if c == "*":
            self._need(buf, pos, 4)
            length = 4 + buf[pos + 2] * buf[pos + 3] * 8
            self._need(buf, pos, length)
            return length
        out.append(Unknown(buf[pos : pos + 2]))
        return 2

    def _gs_paren(self, buf: bytes, pos: int, out: list[Event]) -> int:
        self._need(buf, pos, 5)
        kind = chr(buf[pos + 2])
        plen = buf[pos + 3] + 256 * buf[pos + 4]
        length = 5 + plen
        self._need(buf, pos, length)
        body = buf[pos + 5 : pos + length]
        if kind == "k" and len(body) >= 2:
            cn, fn = body[0], body[1]
            if cn == 49:  # QR
                if fn == 80:
                    self._qr_store = body[3:]
                elif fn == 81:
                    out.append(QrCode(self._qr_store.decode("utf-8", errors="replace")))
            elif cn == 48:  # PDF417
                if fn == 80:
                    self._pdf417_store = body[3:]
                elif fn == 81:
                    data = self._pdf417_store.decode("utf-8", errors="replace")
                    out.append(Barcode("PDF417", data))
            return length
        if kind == "L" and len(body) >= 2:
            out.append(Unknown(b"\x1d(L"))
            return length
        return length

    def _gs_k(self, buf: bytes, pos: int, out: list[Event]) -> int:
        self._need(buf, pos, 3)
        m = buf[pos + 2]
        if m <= 6:
            end = buf.find(b"\x00", pos + 3)
            if end < 0:
                raise _Incomplete
            data = buf[pos + 3 : end]
            out.append(Barcode(_BARCODE_A.get(m, f"type{m}"), data.decode("ascii", "replace")))
            return end + 1 - pos
        self._need(buf, pos, 4)
        n = buf[pos + 3]
        length = 4 + n
        self._need(buf, pos, length)
        data = buf[pos + 4 : length + pos]
        symbology = _BARCODE_B.get(m, f"type{m}")
        text = data.decode("ascii", "replace")
        if m == 73 and text[:1] == "{":
            text = text[2:]  # drop the code set selector ({A/{B/{C)
        out.append(Barcode(symbology, text))
        return length


# ---------------------------------------------------------------------------- documents


@dataclass(frozen=True)
class DecodedLine:
    text: str
    align: Align = Align.LEFT
    bold: bool = False
    double_width: bool = False
    double_height: bool = False
    underline: bool = False
    invert: bool = False


@dataclass(frozen=True)
class ImageBlock:
    width: int
    height: int
    qr_payloads: tuple[str, ...] = ()


Item = DecodedLine | QrCode | Barcode | ImageBlock


@dataclass(frozen=True)
class DecodedDocument:
    """One printed page (up to and including a cut, or the uncut remainder)."""

    items: tuple[Item, ...]
    cut: bool
    partial_cut: bool = False

    @property
    def lines(self) -> tuple[DecodedLine, ...]:
        return tuple(i for i in self.items if isinstance(i, DecodedLine))

    @property
    def text_lines(self) -> tuple[str, ...]:
        return tuple(line.text for line in self.lines)

    @property
    def text(self) -> str:
        return "\n".join(self.text_lines)

    @property
    def qr_payloads(self) -> tuple[str, ...]:
        """QR payloads, native or read back from raster images."""
        found: list[str] = []
        for i in self.items:
            if isinstance(i, QrCode):
                found.append(i.payload)
            elif isinstance(i, ImageBlock):
                found.extend(i.qr_payloads)
        return tuple(found)

    @property
    def barcodes(self) -> tuple[Barcode, ...]:
        return tuple(i for i in self.items if isinstance(i, Barcode))

    @property
    def images(self) -> tuple[ImageBlock, ...]:
        return tuple(i for i in self.items if isinstance(i, ImageBlock))

    def render(self) -> str:
        """A readable transcript for logs, the Simulator window and test failure messages."""
        out: list[str] = []
        for i in self.items:
            if isinstance(i, DecodedLine):
                out.append(i.text)
            elif isinstance(i, QrCode):
                out.append(f"[QR {i.payload}]")
            elif isinstance(i, Barcode):
                out.append(f"[{i.symbology} {i.data}]")
            else:
                qr = f" QR {', '.join(i.qr_payloads)}" if i.qr_payloads else ""
                out.append(f"[image {i.width}x{i.height}{qr}]")
        if self.cut:
            out.append("--- partial cut ---" if self.partial_cut else "--- cut ---")
        return "\n".join(out)


def raster_qr_payloads(width: int, height: int, bits: bytes) -> tuple[str, ...]:
    """Decode QR codes in a 1-bit raster with zxing-cpp (empty when none or unavailable)."""
    if width <= 0 or height <= 0:
        return ()
    try:
        import numpy as np
        import zxingcpp
    except ImportError:  # pragma: no cover - both are installed with the app
        logger.debug("zxing-cpp/numpy unavailable; raster QR codes are not decoded")
        return ()
    arr = np.unpackbits(np.frombuffer(bits, dtype=np.uint8)).reshape(height, width)
    img = np.where(arr == 1, 0, 255).astype(np.uint8)
    # a white quiet zone helps when the raster is cropped to the code
    img = np.pad(img, 8, constant_values=255)
    results = zxingcpp.read_barcodes(img, formats=zxingcpp.BarcodeFormat.QRCode)
    return tuple(r.text for r in results)


class DocumentBuilder:
    """Accumulates decoder events into pages (one per cut)."""

    def __init__(self) -> None:
        self._items: list[Item] = []
        self._runs: list[Text] = []
        self._raster: list[Raster] = []
        self.pages: list[DecodedDocument] = []

    def _flush_raster(self) -> None:
        if not self._raster:
            return
        width = self._raster[0].width
        height = sum(r.height for r in self._raster)
        bits = b"".join(r.bits for r in self._raster)
        self._raster.clear()
        self._items.append(ImageBlock(width, height, raster_qr_payloads(width, height, bits)))

    def _end_line(self, extra: int = 0) -> None:
        self._flush_raster()
        runs = self._runs
        text = "".join(r.text for r in runs).replace("\t", "    ")
        visible = [r for r in runs if r.text.strip()]
        first = runs[0].style if runs else Style()
        self._items.append(
            DecodedLine(
                text=text.rstrip(),
                align=first.align,
                bold=any(r.style.bold for r in visible),
                double_width=any(r.style.double_width for r in visible),
                double_height=any(r.style.double_height for r in visible),
                underline=any(r.style.underline for r in visible),
                invert=any(r.style.invert for r in visible),
            )
        )
        self._items.extend(DecodedLine("") for _ in range(extra))
        self._runs = []

    def add(self, event: Event) -> DecodedDocument | None:
        """Apply one event; returns the finished page when the event was a cut."""
        if isinstance(event, Text):
            self._flush_raster()
            self._runs.append(event)
        elif isinstance(event, LineFeed):
            if self._raster and not self._runs:
                self._flush_raster()
                if event.extra_lines:
                    self._items.extend(DecodedLine("") for _ in range(event.extra_lines))
            else:
                self._end_line(event.extra_lines)
        elif isinstance(event, Raster):
            if self._runs:
                self._end_line()
            if self._raster and self._raster[0].width != event.width:
                self._flush_raster()
            self._raster.append(event)
        elif isinstance(event, QrCode | Barcode):
            if self._runs:
                self._end_line()
            self._flush_raster()
            self._items.append(event)
        elif isinstance(event, Cut):
            return self._finish(cut=True, partial=event.partial)
        return None

    def add_all(self, events: Iterable[Event]) -> list[DecodedDocument]:
        done: list[DecodedDocument] = []
        for e in events:
            page = self.add(e)
            if page is not None:
                done.append(page)
        return done

    def _finish(self, *, cut: bool, partial: bool = False) -> DecodedDocument:
        if self._runs:
            self._end_line()
        self._flush_raster()
        items = list(self._items)
        # feed lines before a cut are paper, not content
        while items and isinstance(items[-1], DecodedLine) and not items[-1].text:
            items.pop()
        page = DecodedDocument(tuple(items), cut=cut, partial_cut=partial)
        self._items = []
        self.pages.append(page)
        return page

    def current(self) -> DecodedDocument:
        """The uncut remainder so far (does not end the page)."""
        items = list(self._items)
        if self._runs:
            items.append(DecodedLine("".join(r.text for r in self._runs).rstrip()))
        return DecodedDocument(tuple(items), cut=False)

    def discard_current(self) -> None:
        self._items = []
        self._runs = []
        self._raster = []

    def close(self) -> DecodedDocument | None:
        """End of stream: the uncut remainder as a page, if there is anything."""
        if not (self._items or self._runs or self._raster):
            return None
        return self._finish(cut=False)


def decode(data: bytes, code_pages: dict[int, str] | None = None) -> list[DecodedDocument]:
    """Decode a whole stream into pages; an uncut remainder is the last page (``cut=False``)."""
    dec = EscPosDecoder(code_pages)
    builder = DocumentBuilder()
    builder.add_all(dec.feed(data))
    builder.close()
    return list(builder.pages)


def status_requests(events: Sequence[Event]) -> list[int]:
    return [e.n for e in events if isinstance(e, StatusRequest)]
