"""Capability profiles per printer model and the table of known USB printer IDs.

A profile says what our encoder may send: paper width in dots and columns, whether QR codes
go native (``GS ( k``) or as a raster image (``GS v 0``), which code pages (``ESC t n``) exist,
and whether the cutter does partial cuts. ``escpos_profile`` names the python-escpos
capabilities profile used for its command builders (only its media width and cutter flags
matter there; it must have a known pixel width, or python-escpos prints warnings to stdout).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Final


@dataclass(frozen=True)
class PrinterProfile:
    """What one printer model can do.

    Attributes:
        name: our model name.
        escpos_profile: python-escpos capabilities profile name.
        paper_width_mm: printable width.
        width_dots: printable width in dots (raster images are scaled to it).
        columns: characters per line in font A.
        qr_native: the firmware renders ``GS ( k`` QR codes; otherwise send a raster image.
        code_pages: ``ESC t n`` number to Python codec, in order of preference.
        partial_cut: the cutter supports a partial cut.
        transmit_status: answers ``GS r 1`` after processing the preceding data, which
            confirms that a whole job went through; clones often ignore it.
    """

    name: str
    escpos_profile: str
    paper_width_mm: int
    width_dots: int
    columns: int
    qr_native: bool
    code_pages: tuple[tuple[int, str], ...]
    partial_cut: bool = True
    transmit_status: bool = False
    notes: str = field(default="", compare=False)

    def code_page_codec(self, number: int) -> str | None:
        for n, codec in self.code_pages:
            if n == number:
                return codec
        return None


_EPSON_PAGES: Final = ((0, "cp437"), (19, "cp858"), (2, "cp850"), (16, "cp1252"), (17, "cp866"))
_CLONE_PAGES: Final = ((0, "cp437"), (2, "cp850"), (16, "cp1252"))

PROFILES: Final = MappingProxyType(
    {
        p.name: p
        for p in (
            PrinterProfile(
                "TM-T20II", "TM-T20II", 72, 576, 48, True, _EPSON_PAGES, transmit_status=True
            ),
            PrinterProfile(
                "TM-T20III", "TM-T20II", 72, 576, 48, True, _EPSON_PAGES, transmit_status=True
            ),
            PrinterProfile(
                "TM-T88", "TM-T88V", 72, 512, 42, True, _EPSON_PAGES, transmit_status=True
            ),
            PrinterProfile(
                "TM-T20", "TM-T20II", 72, 576, 48, True, _EPSON_PAGES, transmit_status=True
            ),
            PrinterProfile("SRP-350plus", "TM-T88V", 72, 512, 42, True, _CLONE_PAGES),
            # 58 mm clones: no QR engine, image QR; cheap cutters cut fully only.
            PrinterProfile(
                "POS-5890", "POS-5890", 48, 384, 32, False, _CLONE_PAGES, partial_cut=False
            ),
            PrinterProfile("generic-80", "TM-T20II", 72, 576, 48, False, _CLONE_PAGES),
        )
    }
)

DEFAULT_PROFILE: Final = "generic-80"

# Known USB IDs (Odoo's list plus unconfirmed ones from HARDWARE.md §5). Any device with a
# printer-class interface (7) is found too; it then gets the generic profile.
KNOWN_USB_PRINTERS: Final = MappingProxyType(
    {
        (0x04B8, 0x0E03): "TM-T20",
        (0x04B8, 0x0202): "TM-T88",
        (0x04B8, 0x0E15): "TM-T20II",
        (0x04B8, 0x0E28): "TM-T20III",
        (0x1504, 0x0006): "SRP-350plus",
        (0x0416, 0x5011): "POS-5890",
        (0x0FE6, 0x811E): "generic-80",
    }
)


def get_profile(name: str | None) -> PrinterProfile:
    """Profile by model name; ``None``, ``"default"`` or ``"auto"`` give the generic 80 mm one."""
    if name is None or name in ("default", "auto"):
        return PROFILES[DEFAULT_PROFILE]
    try:
        return PROFILES[name]
    except KeyError:
        raise ValueError(f"unknown printer profile {name!r}; known: {sorted(PROFILES)}") from None


def profile_for_usb(vid: int, pid: int) -> PrinterProfile:
    return PROFILES[KNOWN_USB_PRINTERS.get((vid, pid), DEFAULT_PROFILE)]
