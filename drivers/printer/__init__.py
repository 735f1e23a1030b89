"""Receipt printers: ESC/POS over USB, serial and raw TCP, with live DLE EOT status.

Public API (see ``docs/printer.md``):

- :class:`PrinterDevice` (``PrinterDevice("tcp://host:9100").start()``), its events
  :class:`StateChanged`, :class:`StatusUpdated`, :class:`JobFinished` and results
  :class:`PrintOutcome` / :class:`PrintResult`;
- the document model :class:`PrintDocument`, :class:`TextLine`, :class:`QrItem`,
  :class:`BarcodeItem`, :class:`Feed`, :class:`Align`;
- :class:`PrinterStatus`, :class:`PaperLevel`, :func:`parse_status` (pure);
- :func:`decode` (pure ESC/POS decoder), :func:`parse_uri`, :func:`find_usb_printers`;
- emulators in :mod:`drivers.printer.emulator`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from civic.lazy_exports import lazy_exports

if TYPE_CHECKING:
    from drivers.printer.decoder import DecodedDocument, decode
    from drivers.printer.device import (
        JobFinished,
        PrinterDevice,
        PrinterEvent,
        PrintOutcome,
        PrintResult,
        StateChanged,
        StatusUpdated,
    )
    from drivers.printer.document import (
        Align,
        BarcodeItem,
        Feed,
        PrintDocument,
        QrItem,
        TextLine,
        encode_document,
    )
    from drivers.printer.profiles import PROFILES, PrinterProfile, get_profile
    from drivers.printer.status import (
        ErrorCause,
        PaperLevel,
        PrinterStatus,
        RawStatus,
        parse_status,
    )
    from drivers.printer.transport import UsbPrinterInfo, find_usb_printers
    from drivers.printer.uri import PrinterUri, Transport, parse_uri

# Loaded on first use (PEP 562), not when the package is imported: submodules are imported
# from two threads at start-up, and a package whose __init__ imports its submodules forms an
# import-lock cycle with a thread importing one of them directly (tests/test_import_safety.py).
_EXPORTS = {
    "DecodedDocument": "drivers.printer.decoder",
    "decode": "drivers.printer.decoder",
    "Align": "drivers.printer.document",
    "BarcodeItem": "drivers.printer.document",
    "Feed": "drivers.printer.document",
    "PrintDocument": "drivers.printer.document",
    "QrItem": "drivers.printer.document",
    "TextLine": "drivers.printer.document",
    "encode_document": "drivers.printer.document",
    "PROFILES": "drivers.printer.profiles",
    "PrinterProfile": "drivers.printer.profiles",
    "get_profile": "drivers.printer.profiles",
    "JobFinished": "drivers.printer.device",
    "PrinterEvent": "drivers.printer.device",
    "PrinterDevice": "drivers.printer.device",
    "PrintOutcome": "drivers.printer.device",
    "PrintResult": "drivers.printer.device",
    "StateChanged": "drivers.printer.device",
    "StatusUpdated": "drivers.printer.device",
    "ErrorCause": "drivers.printer.status",
    "PaperLevel": "drivers.printer.status",
    "PrinterStatus": "drivers.printer.status",
    "RawStatus": "drivers.printer.status",
    "parse_status": "drivers.printer.status",
    "UsbPrinterInfo": "drivers.printer.transport",
    "find_usb_printers": "drivers.printer.transport",
    "PrinterUri": "drivers.printer.uri",
    "Transport": "drivers.printer.uri",
    "parse_uri": "drivers.printer.uri",
}

__all__ = [
    "PROFILES",
    "Align",
    "BarcodeItem",
    "DecodedDocument",
    "ErrorCause",
    "Feed",
    "JobFinished",
    "PaperLevel",
    "PrintDocument",
    "PrintOutcome",
    "PrintResult",
    "PrinterDevice",
    "PrinterEvent",
    "PrinterProfile",
    "PrinterStatus",
    "PrinterUri",
    "QrItem",
    "RawStatus",
    "StateChanged",
    "StatusUpdated",
    "TextLine",
    "Transport",
    "UsbPrinterInfo",
    "decode",
    "encode_document",
    "find_usb_printers",
    "get_profile",
    "parse_status",
    "parse_uri",
]

__getattr__ = lazy_exports(__name__, _EXPORTS)
