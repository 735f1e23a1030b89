"""Command/response APDUs and status-word classification (ISO/IEC 7816-4). No I/O.

The card session sends :class:`CommandApdu` values and turns each :class:`ResponseApdu` into data or
one typed error from :mod:`drivers.smartcard.errors` through :func:`check`.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

import drivers.smartcard.tlv as tlv
from drivers.smartcard.errors import (
    CardProtocolError,
    DataObjectNotFoundError,
    FeatureNotSupportedError,
    PinBlockedError,
    PinFormatError,
    PinpadCancelledError,
    PinpadTimeoutError,
    SecurityStatusError,
    StatusWordError,
    WrongPinError,
)

SW_OK = 0x9000

INS_SELECT = 0xA4
INS_GET_DATA = 0xCB
INS_GET_RESPONSE = 0xC0
INS_VERIFY = 0x20
INS_GENERAL_AUTHENTICATE = 0x87
CLA_PROPRIETARY_READER = 0xFF
INS_GET_UID = 0xCA


@dataclass(frozen=True)
class CommandApdu:
    """A short command APDU. ``le`` None: no Le byte; 256: Le=00 (up to 256 bytes).

    ``sensitive`` marks commands whose data must never appear in a trace (VERIFY).
    """

    cla: int
    ins: int
    p1: int
    p2: int
    data: bytes = b""
    le: int | None = None
    sensitive: bool = False

    def __post_init__(self) -> None:
        for name in ("cla", "ins", "p1", "p2"):
            value = getattr(self, name)
            if not 0 <= value <= 0xFF:
                raise ValueError(f"{name} out of range")
        if len(self.data) > 255:
            raise ValueError("data longer than a short APDU allows")
        if self.le is not None and not 1 <= self.le <= 256:
            raise ValueError("le out of range")

    def to_bytes(self) -> bytes:
        out = bytearray((self.cla, self.ins, self.p1, self.p2))
        if self.data:
            out.append(len(self.data))
            out += self.data
        if self.le is not None:
            out.append(self.le & 0xFF)
        return bytes(out)

    def with_le(self, le: int) -> CommandApdu:
        return CommandApdu(self.cla, self.ins, self.p1, self.p2, self.data, le, self.sensitive)

    def trace(self) -> str:
        """Hex for logs; data of sensitive commands is masked (length only)."""
        head = f"{self.cla:02X} {self.ins:02X} {self.p1:02X} {self.p2:02X}"
        if self.data:
            body = "**" * len(self.data) if self.sensitive else self.data.hex().upper()
            head += f" Lc={len(self.data)} {body}"
        if self.le is not None:
            head += f" Le={self.le}"
        return head

    def __repr__(self) -> str:
        return f"CommandApdu({self.trace()})"


@dataclass(frozen=True)
class ResponseApdu:
    data: bytes
    sw1: int
    sw2: int

    @property
    def sw(self) -> int:
        return (self.sw1 << 8) | self.sw2

    @classmethod
    def from_bytes(cls, raw: bytes) -> ResponseApdu:
        if len(raw) < 2:
            raise CardProtocolError(f"response of {len(raw)} bytes has no status word")
        return cls(bytes(raw[:-2]), raw[-2], raw[-1])

    def trace(self) -> str:
        return f"SW={self.sw:04X} ({len(self.data)} bytes)"


class SwClass(enum.Enum):
    OK = "ok"
    MORE_DATA = "more_data"  # 61xx
    WRONG_LE = "wrong_le"  # 6Cxx
    PIN_WRONG = "pin_wrong"  # 63Cx, x > 0
    PIN_BLOCKED = "pin_blocked"  # 63C0, 6983, 6984
    SECURITY_NOT_SATISFIED = "security_not_satisfied"  # 6982
    CONDITIONS_NOT_SATISFIED = "conditions_not_satisfied"  # 6985
    NOT_FOUND = "not_found"  # 6A82 (file/application/object)
    FUNCTION_NOT_SUPPORTED = "function_not_supported"  # 6A81
    WRONG_LENGTH = "wrong_length"  # 6700
    WRONG_DATA = "wrong_data"  # 6A80
    WRONG_P1P2 = "wrong_p1p2"  # 6A86, 6B00
    INS_NOT_SUPPORTED = "ins_not_supported"  # 6D00
    CLA_NOT_SUPPORTED = "cla_not_supported"  # 6E00
    PINPAD_TIMEOUT = "pinpad_timeout"  # 6400
    PINPAD_CANCELLED = "pinpad_cancelled"  # 6401
    PINPAD_WRONG_LENGTH = "pinpad_wrong_length"  # 6403
    WARNING = "warning"  # 62xx, other 63xx
    OTHER = "other"


def classify(sw: int) -> SwClass:
    sw1, sw2 = sw >> 8, sw & 0xFF
    if sw == SW_OK:
        return SwClass.OK
    if sw1 == 0x61:
        return SwClass.MORE_DATA
    if sw1 == 0x6C:
        return SwClass.WRONG_LE
    if sw1 == 0x63 and sw2 & 0xF0 == 0xC0:
        return SwClass.PIN_BLOCKED if sw2 & 0x0F == 0 else SwClass.PIN_WRONG
    simple = {
        0x6983: SwClass.PIN_BLOCKED,
        0x6984: SwClass.PIN_BLOCKED,
        0x6982: SwClass.SECURITY_NOT_SATISFIED,
        0x6985: SwClass.CONDITIONS_NOT_SATISFIED,
        0x6A82: SwClass.NOT_FOUND,
        0x6A81: SwClass.FUNCTION_NOT_SUPPORTED,
        0x6700: SwClass.WRONG_LENGTH,
        0x6A80: SwClass.WRONG_DATA,
        0x6A86: SwClass.WRONG_P1P2,
        0x6B00: SwClass.WRONG_P1P2,
        0x6D00: SwClass.INS_NOT_SUPPORTED,
        0x6E00: SwClass.CLA_NOT_SUPPORTED,
        0x6400: SwClass.PINPAD_TIMEOUT,
        0x6401: SwClass.PINPAD_CANCELLED,
        0x6403: SwClass.PINPAD_WRONG_LENGTH,
    }
    if sw in simple:
        return simple[sw]
    if sw1 in (0x62, 0x63):
        return SwClass.WARNING
    return SwClass.OTHER


def pin_tries_left(sw: int) -> int | None:
    """Tries left encoded in 63Cx, else None."""
    if sw >> 8 == 0x63 and sw & 0xF0 == 0xC0:
        return sw & 0x0F
    return None


def check(response: ResponseApdu, what: str) -> bytes:
    """Return the data of a successful response or raise the typed error for its SW.

    61xx/6Cxx are handled by the session before this is called; seeing them here is an error.
    """
    sw = response.sw
    cls = classify(sw)
    if cls is SwClass.OK:
        return response.data
    if cls is SwClass.PIN_WRONG:
        tries = pin_tries_left(sw)
        assert tries is not None
        raise WrongPinError(tries)
    if cls is SwClass.PIN_BLOCKED:
        raise PinBlockedError(f"{what}: SW={sw:04X}")
    if cls is SwClass.SECURITY_NOT_SATISFIED:
        raise SecurityStatusError(sw, what)
    if cls is SwClass.NOT_FOUND:
        raise DataObjectNotFoundError(sw, what)
    if cls in (
        SwClass.FUNCTION_NOT_SUPPORTED,
        SwClass.INS_NOT_SUPPORTED,
        SwClass.CLA_NOT_SUPPORTED,
    ):
        raise FeatureNotSupportedError(f"{what}: SW={sw:04X}")
    if cls is SwClass.PINPAD_TIMEOUT:
        raise PinpadTimeoutError(what)
    if cls is SwClass.PINPAD_CANCELLED:
        raise PinpadCancelledError(what)
    if cls is SwClass.PINPAD_WRONG_LENGTH:
        raise PinFormatError(what)
    raise StatusWordError(sw, what)


# --- command builders ------------------------------------------------------------------------


def select_aid(aid: bytes) -> CommandApdu:
    return CommandApdu(0x00, INS_SELECT, 0x04, 0x00, aid, le=256)


def get_data(tag: int) -> CommandApdu:
    """PIV GET DATA: ``00 CB 3F FF 05 5C 03 <tag> 00``."""
    tag_bytes = tag.to_bytes(max(1, (tag.bit_length() + 7) // 8), "big")
    data = bytes([0x5C, len(tag_bytes)]) + tag_bytes
    return CommandApdu(0x00, INS_GET_DATA, 0x3F, 0xFF, data, le=256)


def get_response(le: int) -> CommandApdu:
    return CommandApdu(0x00, INS_GET_RESPONSE, 0x00, 0x00, le=le if le else 256)


def verify(key_ref: int, pin_block: bytes | None) -> CommandApdu:
    """VERIFY; ``pin_block`` None: the retry-counter query (empty data)."""
    return CommandApdu(0x00, INS_VERIFY, 0x00, key_ref, pin_block or b"", sensitive=True)


def general_authenticate(algorithm: int, key_ref: int, challenge: bytes) -> CommandApdu:
    """``00 87 <alg> <key> L 7C L 82 00 81 <len> <challenge> 00``: sign the challenge."""
    inner = tlv.encode(0x82, b"") + tlv.encode(0x81, challenge)
    return CommandApdu(
        0x00, INS_GENERAL_AUTHENTICATE, algorithm, key_ref, tlv.encode(0x7C, inner), le=256
    )


def get_uid() -> CommandApdu:
    """PC/SC part 3 GET DATA for the contactless UID (answered by the reader)."""
    return CommandApdu(CLA_PROPRIETARY_READER, INS_GET_UID, 0x00, 0x00, le=256)
