"""Pure parser for ESC/POS real-time status (DLE EOT n) and its mapping to device states.

No I/O here: the service sends the queries, this module only interprets the answer bytes.

Bits follow the Epson ESC/POS reference for ``DLE EOT n``. Every valid answer byte has the
fixed bits ``0x12`` set and bits 0 and 7 clear; anything else is treated as "no valid reply"
(a cheap clone, a stale byte or line noise), which means *unknown*, never *offline*.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from drivers.device import DeviceState

DLE_EOT = b"\x10\x04"
QUERY_PRINTER = DLE_EOT + b"\x01"
QUERY_OFFLINE_CAUSE = DLE_EOT + b"\x02"
QUERY_ERROR_CAUSE = DLE_EOT + b"\x03"
QUERY_PAPER = DLE_EOT + b"\x04"

_FIXED_MASK = 0x93  # bits 0, 1, 4, 7
_FIXED_VALUE = 0x12  # bits 1 and 4 set, 0 and 7 clear

# DLE EOT 1 (printer status)
_P_DRAWER = 0x04
_P_OFFLINE = 0x08
_P_WAIT_RECOVERY = 0x20
_P_FEED_BUTTON = 0x40
# DLE EOT 2 (offline cause)
_O_COVER_OPEN = 0x04
_O_FEED_BY_BUTTON = 0x08
_O_PAPER_END_STOP = 0x20
_O_ERROR = 0x40
# DLE EOT 3 (error cause)
_E_RECOVERABLE = 0x04
_E_AUTOCUTTER = 0x08
_E_UNRECOVERABLE = 0x20
_E_AUTO_RECOVERABLE = 0x40
# DLE EOT 4 (roll paper sensor)
_R_NEAR_END = 0x0C
_R_OUT = 0x60


def is_valid_status_byte(value: int) -> bool:
    """True when ``value`` has the fixed bits of a DLE EOT answer."""
    return 0 <= value <= 0xFF and (value & _FIXED_MASK) == _FIXED_VALUE


class PaperLevel(enum.Enum):
    """Roll paper as reported by DLE EOT 4 (and DLE EOT 2 paper-end stop)."""

    OK = "ok"
    NEAR_END = "near_end"
    OUT = "out"
    UNKNOWN = "unknown"


class ErrorCause(enum.Enum):
    """Why the printer reports an error (DLE EOT 3)."""

    NONE = "none"
    AUTOCUTTER = "autocutter"
    RECOVERABLE = "recoverable"
    UNRECOVERABLE = "unrecoverable"
    AUTO_RECOVERABLE = "auto_recoverable"  # e.g. head temperature
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class RawStatus:
    """The answer bytes of one status round; ``None`` where the printer did not answer."""

    printer: int | None = None
    offline_cause: int | None = None
    error_cause: int | None = None
    paper: int | None = None


@dataclass(frozen=True)
class PrinterStatus:
    """What a person (or the UI) needs to know about the printer right now.

    Attributes:
        responded: the printer answered at least the printer-status query with a valid byte.
        online: ``None`` when unknown (no valid answer); otherwise the online bit.
        cover_open: cover open (DLE EOT 2 bit 2).
        paper: roll paper level.
        error: an error is reported (DLE EOT 2 bit 6).
        error_cause: the cause from DLE EOT 3 when ``error``.
        feed_button: the feed button is being pressed.
        raw: the bytes the status came from.
    """

    responded: bool
    online: bool | None
    cover_open: bool = False
    paper: PaperLevel = PaperLevel.UNKNOWN
    error: bool = False
    error_cause: ErrorCause = ErrorCause.NONE
    feed_button: bool = False
    raw: RawStatus = RawStatus()

    @property
    def paper_out(self) -> bool:
        return self.paper is PaperLevel.OUT

    @property
    def paper_near_end(self) -> bool:
        return self.paper is PaperLevel.NEAR_END

    @property
    def can_print(self) -> bool:
        """False only when the printer *said* it cannot print. Unknown counts as printable."""
        if not self.responded:
            return True
        return bool(self.online) and not (self.cover_open or self.paper_out or self.error)

    @property
    def problem_key(self) -> str | None:
        """Translation key of the most important problem, ``None`` when fine or unknown."""
        if not self.responded:
            return None
        if self.cover_open:
            return "printer.cover_open"
        if self.paper_out:
            return "printer.paper_out"
        if self.error:
            if self.error_cause is ErrorCause.AUTOCUTTER:
                return "printer.cutter_error"
            return "printer.error"
        if self.online is False:
            return "printer.offline"
        return None

    def device_state(self) -> DeviceState:
        """Map to the shared state vocabulary (the printer is connected)."""
        if not self.responded:
            return DeviceState.READY
        if not self.can_print:
            return DeviceState.ERROR
        if self.paper_near_end:
            return DeviceState.DEGRADED
        return DeviceState.READY

    def as_dict(self) -> dict[str, object]:
        """JSON-friendly fields (for the diag CLI and logs)."""
        return {
            "responded": self.responded,
            "online": self.online,
            "cover_open": self.cover_open,
            "paper": self.paper.value,
            "paper_near_end": self.paper_near_end,
            "paper_out": self.paper_out,
            "error": self.error,
            "error_cause": self.error_cause.value,
            "problem": self.problem_key,
            "raw": {
                "printer": self.raw.printer,
                "offline_cause": self.raw.offline_cause,
                "error_cause": self.raw.error_cause,
                "paper": self.raw.paper,
            },
        }


UNKNOWN_STATUS = PrinterStatus(responded=False, online=None)


def _valid(value: int | None) -> int | None:
    if value is None or not is_valid_status_byte(value):
        return None
    return value


def parse_paper(value: int | None) -> PaperLevel:
    """DLE EOT 4 byte to a paper level (``UNKNOWN`` for no/invalid reply)."""
    v = _valid(value)
    if v is None:
        return PaperLevel.UNKNOWN
    if v & _R_OUT:
        return PaperLevel.OUT
    if v & _R_NEAR_END:
        return PaperLevel.NEAR_END
    return PaperLevel.OK


def parse_error_cause(value: int | None) -> ErrorCause:
    """DLE EOT 3 byte to the most specific error cause."""
    v = _valid(value)
    if v is None:
        return ErrorCause.UNKNOWN
    if v & _E_AUTOCUTTER:
        return ErrorCause.AUTOCUTTER
    if v & _E_UNRECOVERABLE:
        return ErrorCause.UNRECOVERABLE
    if v & _E_AUTO_RECOVERABLE:
        return ErrorCause.AUTO_RECOVERABLE
    if v & _E_RECOVERABLE:
        return ErrorCause.RECOVERABLE
    return ErrorCause.NONE


def parse_status(raw: RawStatus) -> PrinterStatus:
    """Interpret one status round. Invalid bytes count as no answer."""
    printer = _valid(raw.printer)
    if printer is None:
        return PrinterStatus(responded=False, online=None, raw=raw)
    online = not (printer & _P_OFFLINE)
    offline = _valid(raw.offline_cause)
    cover_open = bool(offline is not None and offline & _O_COVER_OPEN)
    paper_end_stop = bool(offline is not None and offline & _O_PAPER_END_STOP)
    error = bool(offline is not None and offline & _O_ERROR)
    paper = parse_paper(raw.paper)
    if paper_end_stop:
        paper = PaperLevel.OUT
    error_cause = parse_error_cause(raw.error_cause) if error else ErrorCause.NONE
    return PrinterStatus(
        responded=True,
        online=online,
        cover_open=cover_open,
        paper=paper,
        error=error,
        error_cause=error_cause,
        feed_button=bool(printer & _P_FEED_BUTTON),
        raw=raw,
    )


def encode_status(
    *,
    online: bool = True,
    cover_open: bool = False,
    paper: PaperLevel = PaperLevel.OK,
    error_cause: ErrorCause = ErrorCause.NONE,
    feed_button: bool = False,
) -> RawStatus:
    """The bytes a real printer sends in a given condition (used by the emulators).

    A printer with its cover open, out of paper or in error is offline, as on real hardware.
    """
    error = error_cause not in (ErrorCause.NONE, ErrorCause.UNKNOWN)
    offline = (not online) or cover_open or paper is PaperLevel.OUT or error
    p = _FIXED_VALUE
    if offline:
        p |= _P_OFFLINE
    if feed_button:
        p |= _P_FEED_BUTTON
    o = _FIXED_VALUE
    if cover_open:
        o |= _O_COVER_OPEN
    if paper is PaperLevel.OUT:
        o |= _O_PAPER_END_STOP
    if error:
        o |= _O_ERROR
    e = _FIXED_VALUE
    if error_cause is ErrorCause.AUTOCUTTER:
        e |= _E_AUTOCUTTER
    elif error_cause is ErrorCause.UNRECOVERABLE:
        e |= _E_UNRECOVERABLE
    elif error_cause is ErrorCause.AUTO_RECOVERABLE:
        e |= _E_AUTO_RECOVERABLE
    elif error_cause is ErrorCause.RECOVERABLE:
        e |= _E_RECOVERABLE
    r = _FIXED_VALUE
    if paper is PaperLevel.NEAR_END:
        r |= _R_NEAR_END
    elif paper is PaperLevel.OUT:
        r |= _R_NEAR_END | _R_OUT
    return RawStatus(printer=p, offline_cause=o, error_cause=e, paper=r)


TRANSMIT_PAPER_STATUS = b"\x1dr\x01"


def encode_transmit_paper(paper: PaperLevel) -> int:
    """The ``GS r 1`` answer (paper sensors): bits 0-1 near end, bits 2-3 paper end."""
    value = 0
    if paper in (PaperLevel.NEAR_END, PaperLevel.OUT):
        value |= 0x03
    if paper is PaperLevel.OUT:
        value |= 0x0C
    return value


def is_transmit_status_byte(value: int) -> bool:
    """``GS r`` answers have bits 4 and 7 clear, unlike DLE EOT answers (bit 4 set)."""
    return 0 <= value <= 0xFF and (value & 0x90) == 0
