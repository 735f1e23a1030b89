"""Pure R30x / ZFM-20 / AS608 / R503 packet encoder, decoder and stream parser (no I/O).

Frame layout (HARDWARE.md §2.1)::

    EF 01 | ADDR(4) | PID(1) | LEN(2) = len(payload) + 2 | payload | SUM(2)
    SUM = (PID + LEN_hi + LEN_lo + sum(payload)) & 0xFFFF

Everything here is deterministic and side-effect free so it can be fuzzed: the decoder either
returns a :class:`Packet` or raises a :class:`PacketError`; the stream parser never raises on
input bytes and reports damaged frames as :class:`FrameError` values, then resyncs on the next
header.
"""

from __future__ import annotations

import enum
import struct
from dataclasses import dataclass

from drivers.device import DeviceError, ErrorKind, TransientError

HEADER = b"\xef\x01"
DEFAULT_ADDRESS = 0xFFFFFFFF
DEFAULT_PASSWORD = 0x00000000
#: Bytes before the payload: header(2) + address(4) + pid(1) + length(2).
PREFIX_LEN = 9
#: The largest LEN we accept: a 256-byte data packet plus its checksum, with headroom for
#: vendor extensions. Anything larger is treated as garbage so one corrupt length byte cannot
#: make the parser wait for 64 KiB.
MAX_LENGTH = 2 + 512
#: Module templates (character files) are 512 bytes on R30x / AS608 modules.
TEMPLATE_SIZE = 512
#: ReadSysPara packet-size codes.
PACKET_SIZES = {0: 32, 1: 64, 2: 128, 3: 256}


class PacketId(enum.IntEnum):
    COMMAND = 0x01
    DATA = 0x02
    ACK = 0x07
    END_DATA = 0x08


class Instruction(enum.IntEnum):
    GEN_IMG = 0x01
    IMG2TZ = 0x02
    MATCH = 0x03
    SEARCH = 0x04
    REG_MODEL = 0x05
    STORE = 0x06
    LOAD_CHAR = 0x07
    UP_CHAR = 0x08
    DOWN_CHAR = 0x09
    UP_IMAGE = 0x0A
    DOWN_IMAGE = 0x0B
    DELETE_CHAR = 0x0C
    EMPTY = 0x0D
    SET_SYS_PARA = 0x0E
    READ_SYS_PARA = 0x0F
    SET_PWD = 0x12
    VFY_PWD = 0x13
    GET_RANDOM_CODE = 0x14
    SET_ADDER = 0x15
    HI_SPEED_SEARCH = 0x1B
    TEMPLATE_NUM = 0x1D
    READ_INDEX_TABLE = 0x1F
    AURA_LED_CONFIG = 0x35
    SOFT_RESET = 0x3D
    GET_ECHO = 0x53


class Confirmation(enum.IntEnum):
    """Every confirmation code of the module, plus the two host-side codes (FE, FF)."""

    OK = 0x00
    PACKET_RECEIVE_ERROR = 0x01
    NO_FINGER = 0x02
    ENROLL_IMAGE_FAIL = 0x03
    IMAGE_TOO_DRY_OR_FAINT = 0x04
    IMAGE_TOO_WET = 0x05
    IMAGE_MESSY = 0x06
    FEW_FEATURES = 0x07
    NO_MATCH = 0x08
    NOT_FOUND = 0x09
    MERGE_FAIL = 0x0A
    BAD_LOCATION = 0x0B
    READ_TEMPLATE_FAIL = 0x0C
    UPLOAD_TEMPLATE_FAIL = 0x0D
    CANNOT_RECEIVE_DATA = 0x0E
    IMAGE_UPLOAD_FAIL = 0x0F
    DELETE_FAIL = 0x10
    CLEAR_FAIL = 0x11
    WRONG_PASSWORD = 0x13
    NO_VALID_IMAGE = 0x15
    FLASH_ERROR = 0x18
    INVALID_REGISTER = 0x1A
    ADDRESS_ERROR = 0x20
    PASSWORD_REQUIRED = 0x21
    BAD_PACKET = 0xFE  # host side: a reply we could not decode
    TIMEOUT = 0xFF  # host side: no reply in time

    @property
    def key(self) -> str:
        """Stable translation key, e.g. ``fingerprint.no_finger``."""
        return "fingerprint." + self.name.lower()


#: What each non-OK confirmation means for the application.
_CONFIRMATION_KIND: dict[Confirmation, ErrorKind] = {
    Confirmation.PACKET_RECEIVE_ERROR: ErrorKind.TRANSIENT,
    Confirmation.NO_FINGER: ErrorKind.NEEDS_USER_ACTION,
    Confirmation.ENROLL_IMAGE_FAIL: ErrorKind.NEEDS_USER_ACTION,
    Confirmation.IMAGE_TOO_DRY_OR_FAINT: ErrorKind.NEEDS_USER_ACTION,
    Confirmation.IMAGE_TOO_WET: ErrorKind.NEEDS_USER_ACTION,
    Confirmation.IMAGE_MESSY: ErrorKind.NEEDS_USER_ACTION,
    Confirmation.FEW_FEATURES: ErrorKind.NEEDS_USER_ACTION,
    Confirmation.NO_MATCH: ErrorKind.NEEDS_USER_ACTION,
    Confirmation.NOT_FOUND: ErrorKind.NEEDS_USER_ACTION,
    Confirmation.MERGE_FAIL: ErrorKind.NEEDS_USER_ACTION,
    Confirmation.BAD_LOCATION: ErrorKind.FATAL,
    Confirmation.READ_TEMPLATE_FAIL: ErrorKind.TRANSIENT,
    Confirmation.UPLOAD_TEMPLATE_FAIL: ErrorKind.TRANSIENT,
    Confirmation.CANNOT_RECEIVE_DATA: ErrorKind.TRANSIENT,
    Confirmation.IMAGE_UPLOAD_FAIL: ErrorKind.TRANSIENT,
    Confirmation.DELETE_FAIL: ErrorKind.TRANSIENT,
    Confirmation.CLEAR_FAIL: ErrorKind.TRANSIENT,
    Confirmation.WRONG_PASSWORD: ErrorKind.FATAL,
    Confirmation.NO_VALID_IMAGE: ErrorKind.NEEDS_USER_ACTION,
    Confirmation.FLASH_ERROR: ErrorKind.FATAL,
    Confirmation.INVALID_REGISTER: ErrorKind.FATAL,
    Confirmation.ADDRESS_ERROR: ErrorKind.FATAL,
    Confirmation.PASSWORD_REQUIRED: ErrorKind.FATAL,
    Confirmation.BAD_PACKET: ErrorKind.TRANSIENT,
    Confirmation.TIMEOUT: ErrorKind.TRANSIENT,
}

#: Capture-quality codes: the finger was there but the image was not usable.
POOR_IMAGE_CODES = frozenset(
    {
        Confirmation.ENROLL_IMAGE_FAIL,
        Confirmation.IMAGE_TOO_DRY_OR_FAINT,
        Confirmation.IMAGE_TOO_WET,
        Confirmation.IMAGE_MESSY,
        Confirmation.FEW_FEATURES,
        Confirmation.NO_VALID_IMAGE,
    }
)


class FingerprintError(DeviceError):
    """Base of fingerprint sensor errors (a :class:`DeviceError` with a translation key)."""


class PacketError(FingerprintError, TransientError):
    """A frame could not be decoded (bad header, length or checksum)."""


class ConfirmationError(FingerprintError):
    """The module answered with a non-OK confirmation code.

    Attributes:
        code: the :class:`Confirmation` (or ``None`` for a code the protocol does not define).
        raw_code: the byte as received.
    """

    def __init__(self, raw_code: int, instruction: int | None = None) -> None:
        try:
            code: Confirmation | None = Confirmation(raw_code)
        except ValueError:
            code = None
        key = code.key if code is not None else "fingerprint.unknown_confirmation"
        kind = _CONFIRMATION_KIND.get(code, ErrorKind.FATAL) if code else ErrorKind.FATAL
        where = f"instruction 0x{instruction:02x}" if instruction is not None else ""
        super().__init__(key, f"code 0x{raw_code:02x} {where}".strip(), kind=kind)
        self.code = code
        self.raw_code = raw_code


def confirmation_kind(code: Confirmation) -> ErrorKind | None:
    """The :class:`ErrorKind` of a confirmation code (``None`` for OK)."""
    return _CONFIRMATION_KIND.get(code)


@dataclass(frozen=True, slots=True)
class Packet:
    """One decoded frame."""

    pid: int
    payload: bytes
    address: int = DEFAULT_ADDRESS

    @property
    def confirmation(self) -> int:
        """First payload byte of an ACK packet."""
        if self.pid != PacketId.ACK or not self.payload:
            raise PacketError("fingerprint.bad_packet", "not an acknowledgement")
        return self.payload[0]

    def __repr__(self) -> str:
        # Data packets carry template bytes: never put them in a repr (logs, tracebacks).
        return f"Packet(pid=0x{self.pid:02x}, len={len(self.payload)}, addr=0x{self.address:08x})"


@dataclass(frozen=True, slots=True)
class FrameError:
    """A damaged frame seen by the stream parser (kept as a value; parsing continues)."""

    key: str
    detail: str


def checksum(pid: int, payload: bytes) -> int:
    length = len(payload) + 2
    return (pid + (length >> 8) + (length & 0xFF) + sum(payload)) & 0xFFFF


def encode_packet(pid: int, payload: bytes, address: int = DEFAULT_ADDRESS) -> bytes:
    """Encode one frame. Raises ``ValueError`` for arguments no module accepts (a bug)."""
    if not 0 <= pid <= 0xFF:
        raise ValueError("pid out of range")
    if not 0 <= address <= 0xFFFFFFFF:
        raise ValueError("address out of range")
    if len(payload) + 2 > MAX_LENGTH:
        raise ValueError("payload too long")
    length = len(payload) + 2
    return (
        HEADER
        + struct.pack(">IBH", address, pid, length)
        + payload
        + struct.pack(">H", checksum(pid, payload))
    )


def encode_command(instruction: int, params: bytes = b"", address: int = DEFAULT_ADDRESS) -> bytes:
    return encode_packet(PacketId.COMMAND, bytes([instruction]) + params, address)


def encode_ack(code: int, data: bytes = b"", address: int = DEFAULT_ADDRESS) -> bytes:
    return encode_packet(PacketId.ACK, bytes([code]) + data, address)


def decode_packet(frame: bytes) -> Packet:
    """Decode exactly one frame; raise :class:`PacketError` if it is not one."""
    if len(frame) < PREFIX_LEN + 2:
        raise PacketError("fingerprint.bad_packet", "frame too short")
    if frame[:2] != HEADER:
        raise PacketError("fingerprint.bad_packet", "bad header")
    address, pid, length = struct.unpack_from(">IBH", frame, 2)
    if length < 2 or length > MAX_LENGTH:
        raise PacketError("fingerprint.bad_packet", "bad length")
    if len(frame) != PREFIX_LEN + length:
        raise PacketError("fingerprint.bad_packet", "length mismatch")
    if pid not in PacketId._value2member_map_:
        raise PacketError("fingerprint.bad_packet", "unknown packet id")
    payload = bytes(frame[PREFIX_LEN : PREFIX_LEN + length - 2])
    (received,) = struct.unpack_from(">H", frame, PREFIX_LEN + length - 2)
    if received != checksum(pid, payload):
        raise PacketError("fingerprint.checksum", "checksum mismatch")
    return Packet(pid=pid, payload=payload, address=address)


class StreamParser:
    """Incremental frame parser with resync after garbage.

    :meth:`feed` takes any bytes and returns the complete packets and frame errors found so far,
    in order. It never raises on input: garbage before a header is skipped (reported once per
    run of garbage), a frame with a bad length, unknown packet id or checksum is reported and
    the parser resumes at the next possible header after its first byte.
    """

    def __init__(self) -> None:
        self._buf = bytearray()
        self._skipping = False

    def reset(self) -> None:
        self._wipe()
        self._skipping = False

    def _wipe(self) -> None:
        self._buf[:] = bytes(len(self._buf))
        del self._buf[:]

    @property
    def pending(self) -> int:
        return len(self._buf)

    def feed(self, data: bytes) -> list[Packet | FrameError]:
        self._buf.extend(data)
        out: list[Packet | FrameError] = []
        while True:
            start = self._buf.find(HEADER)
            if start < 0:
                # keep a trailing 0xEF: it may be the first half of a header
                keep = 1 if self._buf.endswith(HEADER[:1]) else 0
                dropped = len(self._buf) - keep
                if dropped > 0:
                    self._note_garbage(out, dropped)
                    del self._buf[:dropped]
                return out
            if start > 0:
                self._note_garbage(out, start)
                del self._buf[:start]
            if len(self._buf) < PREFIX_LEN:
                return out
            _address, pid, length = struct.unpack_from(">IBH", self._buf, 2)
            if length < 2 or length > MAX_LENGTH or pid not in PacketId._value2member_map_:
                out.append(FrameError("fingerprint.bad_packet", "bad length or packet id"))
                del self._buf[:1]
                continue
            total = PREFIX_LEN + length
            if len(self._buf) < total:
                return out
            frame = bytes(self._buf[:total])
            try:
                packet = decode_packet(frame)
            except PacketError as exc:
                out.append(FrameError(exc.key, exc.detail))
                del self._buf[:1]
                continue
            self._buf[:total] = bytes(total)
            del self._buf[:total]
            self._skipping = False
            out.append(packet)

    def _note_garbage(self, out: list[Packet | FrameError], count: int) -> None:
        if not self._skipping:
            out.append(FrameError("fingerprint.garbage", f"{count} byte(s) skipped"))
        self._skipping = True


# --- command payloads -------------------------------------------------------------------


def cmd_verify_password(password: int = DEFAULT_PASSWORD) -> tuple[int, bytes]:
    return Instruction.VFY_PWD, struct.pack(">I", password)


def cmd_read_sys_para() -> tuple[int, bytes]:
    return Instruction.READ_SYS_PARA, b""


def cmd_gen_img() -> tuple[int, bytes]:
    return Instruction.GEN_IMG, b""


def cmd_img2tz(buffer_id: int) -> tuple[int, bytes]:
    _check_buffer(buffer_id)
    return Instruction.IMG2TZ, bytes([buffer_id])


def cmd_match() -> tuple[int, bytes]:
    return Instruction.MATCH, b""


def cmd_up_char(buffer_id: int) -> tuple[int, bytes]:
    _check_buffer(buffer_id)
    return Instruction.UP_CHAR, bytes([buffer_id])


def cmd_down_char(buffer_id: int) -> tuple[int, bytes]:
    _check_buffer(buffer_id)
    return Instruction.DOWN_CHAR, bytes([buffer_id])


def cmd_empty() -> tuple[int, bytes]:
    return Instruction.EMPTY, b""


def cmd_template_num() -> tuple[int, bytes]:
    return Instruction.TEMPLATE_NUM, b""


class LedMode(enum.IntEnum):
    BREATHING = 1
    FLASHING = 2
    ON = 3
    OFF = 4
    FADE_IN = 5
    FADE_OUT = 6


class LedColour(enum.IntEnum):
    RED = 1
    BLUE = 2
    PURPLE = 3


def cmd_aura_led(
    mode: LedMode, colour: LedColour, speed: int = 0x80, cycles: int = 0
) -> tuple[int, bytes]:
    if not (0 <= speed <= 0xFF and 0 <= cycles <= 0xFF):
        raise ValueError("speed and cycles are bytes")
    return Instruction.AURA_LED_CONFIG, bytes([mode, speed, colour, cycles])


def _check_buffer(buffer_id: int) -> None:
    if buffer_id not in (1, 2):
        raise ValueError("CharBuffer id must be 1 or 2")


def split_data(data: bytes, packet_size: int) -> list[tuple[int, bytes]]:
    """Split a transfer into (pid, chunk) pairs: DATA packets, the last one END_DATA."""
    if packet_size not in PACKET_SIZES.values():
        raise ValueError("unsupported packet size")
    if not data:
        raise ValueError("empty transfer")
    chunks = [data[i : i + packet_size] for i in range(0, len(data), packet_size)]
    return [
        (PacketId.END_DATA if i == len(chunks) - 1 else PacketId.DATA, chunk)
        for i, chunk in enumerate(chunks)
    ]


@dataclass(frozen=True, slots=True)
class SystemParameters:
    """ReadSysPara reply (16 bytes after the confirmation code)."""

    status_register: int
    system_id: int
    capacity: int
    security_level: int
    address: int
    packet_size: int  # bytes per data packet (32..256)
    baud_rate: int  # 9600 * N

    @property
    def busy(self) -> bool:
        return bool(self.status_register & 0x01)

    @classmethod
    def parse(cls, data: bytes) -> SystemParameters:
        if len(data) < 16:
            raise PacketError("fingerprint.bad_packet", "short system parameters")
        status, sysid, capacity, security, address, size_code, baud_n = struct.unpack_from(
            ">HHHHIHH", data
        )
        if size_code not in PACKET_SIZES:
            raise PacketError("fingerprint.bad_packet", "unknown packet size code")
        return cls(
            status_register=status,
            system_id=sysid,
            capacity=capacity,
            security_level=security,
            address=address,
            packet_size=PACKET_SIZES[size_code],
            baud_rate=9600 * baud_n,
        )

    def encode(self) -> bytes:
        size_code = {v: k for k, v in PACKET_SIZES.items()}[self.packet_size]
        return struct.pack(
            ">HHHHIHH",
            self.status_register,
            self.system_id,
            self.capacity,
            self.security_level,
            self.address,
            size_code,
            self.baud_rate // 9600,
        )


def raise_for_confirmation(packet: Packet, instruction: int | None = None) -> bytes:
    """Return the ACK data after the confirmation byte, or raise :class:`ConfirmationError`."""
    code = packet.confirmation
    if code != Confirmation.OK:
        raise ConfirmationError(code, instruction)
    return packet.payload[1:]


__all__ = [
    "DEFAULT_ADDRESS",
    "DEFAULT_PASSWORD",
    "HEADER",
    "POOR_IMAGE_CODES",
    "TEMPLATE_SIZE",
    "Confirmation",
    "ConfirmationError",
    "FingerprintError",
    "FrameError",
    "Instruction",
    "LedColour",
    "LedMode",
    "Packet",
    "PacketError",
    "PacketId",
    "StreamParser",
    "SystemParameters",
    "checksum",
    "decode_packet",
    "encode_ack",
    "encode_command",
    "encode_packet",
    "raise_for_confirmation",
    "split_data",
]
