"""Receipt printers: ESC/POS over USB, serial and raw TCP, with live DLE EOT status.

Public API (see ``docs/printer.md``):

- :class:`PrinterService` (``PrinterService("tcp://host:9100").start()``), its events
  :class:`StateChanged`, :class:`StatusUpdated`, :class:`JobFinished` and results
  :class:`PrintOutcome` / :class:`PrintResult`;
- the document model :class:`PrintDocument`, :class:`TextLine`, :class:`QrItem`,
  :class:`BarcodeItem`, :class:`Feed`, :class:`Align`;
- :class:`PrinterStatus`, :class:`PaperLevel`, :func:`parse_status` (pure);
- :func:`decode` (pure ESC/POS decoder), :func:`parse_uri`, :func:`find_usb_printers`;
- emulators in :mod:`drivers.printer.emulator`.
"""

from drivers.printer.decoder import DecodedDocument, decode
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
from drivers.printer.service import (
    JobFinished,
    PrinterEvent,
    PrinterService,
    PrintOutcome,
    PrintResult,
    StateChanged,
    StatusUpdated,
)
from drivers.printer.status import ErrorCause, PaperLevel, PrinterStatus, RawStatus, parse_status
from drivers.printer.transport import UsbPrinterInfo, find_usb_printers
from drivers.printer.uri import PrinterUri, Transport, parse_uri

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
    "PrinterEvent",
    "PrinterProfile",
    "PrinterService",
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
