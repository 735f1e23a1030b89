"""Typed R30x / ZFM / AS608 command client over a pyserial port.

One client belongs to one thread (the fingerprint worker). Every read has a deadline; a damaged
reply raises :class:`~drivers.fingerprint.protocol.PacketError`, silence raises
:class:`SensorTimeoutError`, a vanished port raises :class:`SensorDisconnectedError`. Template
bytes pass through here but are never logged or kept.
"""

from __future__ import annotations

import collections
import logging
import struct
import termios
import time
from typing import Protocol

import serial

import drivers.fingerprint.protocol as p
from drivers.device import DisconnectedError, TransientError
from drivers.fingerprint.protocol import (
    Confirmation,
    ConfirmationError,
    FingerprintError,
    FrameError,
    Packet,
    PacketError,
    PacketId,
    SystemParameters,
)
from drivers.fingerprint.templates import wipe

logger = logging.getLogger(__name__)

DEFAULT_BAUD = 57600
#: Per-read poll granularity of the serial port (the overall deadline is per command).
READ_SLICE_S = 0.05
#: What a vanished port raises, depending on the call (termios for flushes on a hung-up tty).
_PORT_ERRORS = (serial.SerialException, OSError, termios.error)


class SensorTimeoutError(FingerprintError, TransientError):
    """The module did not answer in time."""


class SensorDisconnectedError(FingerprintError, DisconnectedError):
    """The serial port is gone (unplugged, USB-serial adapter reset)."""


class SerialPort(Protocol):
    """The part of ``serial.Serial`` the client uses (any pyserial port object fits)."""

    timeout: float | None

    def write(self, data: bytes, /) -> int | None: ...

    def read(self, size: int = 1, /) -> bytes: ...

    def reset_input_buffer(self) -> None: ...

    def close(self) -> None: ...

    @property
    def in_waiting(self) -> int: ...


def open_serial(port: str, baudrate: int = DEFAULT_BAUD) -> serial.Serial:
    """Open a port 8N1 with short read slices; raise :class:`SensorDisconnectedError`."""
    if baudrate % 9600:
        raise ValueError("R30x baud rates are multiples of 9600")
    try:
        return serial.Serial(
            port,
            baudrate=baudrate,
            bytesize=serial.EIGHTBITS,
            parity=serial.PARITY_NONE,
            stopbits=serial.STOPBITS_ONE,
            timeout=READ_SLICE_S,
            write_timeout=1.0,
            exclusive=True,
        )
    except _PORT_ERRORS as exc:
        raise SensorDisconnectedError("fingerprint.absent", type(exc).__name__) from exc


class ZfmClient:
    """Commands of the module, one request and its reply at a time."""

    def __init__(
        self,
        port: SerialPort,
        *,
        address: int = p.DEFAULT_ADDRESS,
        timeout: float = 1.0,
    ) -> None:
        self._port = port
        self._address = address
        self._timeout = timeout
        self._parser = p.StreamParser()
        self._pending: collections.deque[Packet] = collections.deque()
        self.packet_size = 128
        self.frame_errors = 0  # damaged frames seen (a health counter, no content)

    # --- transport -------------------------------------------------------------------
    def _write(self, frame: bytes) -> None:
        try:
            self._port.write(frame)
        except serial.SerialTimeoutException as exc:
            raise SensorTimeoutError("fingerprint.timeout", "write timed out") from exc
        except _PORT_ERRORS as exc:
            raise SensorDisconnectedError("fingerprint.disconnected", type(exc).__name__) from exc

    def _read_packet(self, deadline: float) -> Packet:
        while True:
            if self._pending:
                return self._pending.popleft()
            if time.monotonic() >= deadline:
                raise SensorTimeoutError("fingerprint.timeout", "no reply")
            try:
                chunk = self._port.read(max(1, min(self._port.in_waiting, 1024)))
            except _PORT_ERRORS as exc:
                raise SensorDisconnectedError(
                    "fingerprint.disconnected", type(exc).__name__
                ) from exc
            if not chunk:
                continue
            damaged: FrameError | None = None
            for item in self._parser.feed(chunk):
                if isinstance(item, Packet):
                    if item.address == self._address:
                        self._pending.append(item)
                elif item.key != "fingerprint.garbage":
                    self.frame_errors += 1
                    damaged = damaged or item
                else:
                    logger.debug("fingerprint line: skipped garbage")
            if damaged is not None:
                # A reply was on the wire but damaged: its result is unknown.
                self._pending.clear()
                raise PacketError(damaged.key, damaged.detail)

    def _flush(self) -> None:
        self._pending.clear()
        self._parser.reset()
        try:
            self._port.reset_input_buffer()
        except _PORT_ERRORS as exc:
            raise SensorDisconnectedError("fingerprint.disconnected", type(exc).__name__) from exc

    def command(
        self, instruction: int, params: bytes = b"", timeout: float | None = None
    ) -> Packet:
        """Send a command and return its ACK packet (any confirmation code)."""
        self._flush()
        self._write(p.encode_command(instruction, params, self._address))
        deadline = time.monotonic() + (self._timeout if timeout is None else timeout)
        packet = self._read_packet(deadline)
        if packet.pid != PacketId.ACK or not packet.payload:
            raise PacketError("fingerprint.bad_packet", "expected an acknowledgement")
        return packet

    def call(self, cmd: tuple[int, bytes], timeout: float | None = None) -> bytes:
        """Send a command; return the ACK data or raise :class:`ConfirmationError`."""
        instruction, params = cmd
        return p.raise_for_confirmation(self.command(instruction, params, timeout), instruction)

    # --- commands --------------------------------------------------------------------
    def verify_password(self, password: int = p.DEFAULT_PASSWORD) -> None:
        self.call(p.cmd_verify_password(password))

    def read_system_parameters(self) -> SystemParameters:
        params = SystemParameters.parse(self.call(p.cmd_read_sys_para()))
        self.packet_size = params.packet_size
        return params

    def gen_img(self) -> Confirmation:
        """Capture an image: OK, NO_FINGER, or a poor-image code; other codes raise."""
        packet = self.command(*p.cmd_gen_img())
        code = packet.confirmation
        if code == Confirmation.OK or code == Confirmation.NO_FINGER:
            return Confirmation(code)
        if code in p.POOR_IMAGE_CODES:
            return Confirmation(code)
        raise ConfirmationError(code, p.Instruction.GEN_IMG)

    def img2tz(self, buffer_id: int) -> None:
        self.call(p.cmd_img2tz(buffer_id), timeout=max(self._timeout, 2.0))

    def match(self) -> bool:
        """Compare CharBuffer1 with CharBuffer2. The score is deliberately discarded."""
        packet = self.command(*p.cmd_match())
        code = packet.confirmation
        if code == Confirmation.OK:
            return True
        if code == Confirmation.NO_MATCH:
            return False
        raise ConfirmationError(code, p.Instruction.MATCH)

    def up_char(self, buffer_id: int, timeout: float | None = None) -> bytearray:
        """Read a CharBuffer from the module (UpChar; data packets module → host)."""
        self.call(p.cmd_up_char(buffer_id))
        deadline = time.monotonic() + (self._timeout if timeout is None else timeout) * 2
        data = bytearray()
        while True:
            packet = self._read_packet(deadline)
            if packet.pid not in (PacketId.DATA, PacketId.END_DATA):
                wipe(data)
                raise PacketError("fingerprint.bad_packet", "expected a data packet")
            data.extend(packet.payload)
            if len(data) > 4 * p.TEMPLATE_SIZE:
                wipe(data)
                raise PacketError("fingerprint.bad_packet", "transfer too long")
            if packet.pid == PacketId.END_DATA:
                return data

    def down_char(self, buffer_id: int, data: bytes | bytearray | memoryview) -> None:
        """Write a template into a CharBuffer (DownChar; data packets host → module)."""
        if len(data) != p.TEMPLATE_SIZE:
            raise ValueError("a module template is 512 bytes")
        self.call(p.cmd_down_char(buffer_id))
        view = memoryview(data)
        size = self.packet_size
        count = (len(view) + size - 1) // size
        for i in range(count):
            pid = PacketId.END_DATA if i == count - 1 else PacketId.DATA
            self._write(p.encode_packet(pid, bytes(view[i * size : (i + 1) * size]), self._address))

    def empty_library(self) -> None:
        """Delete every template stored in the module's flash library (Empty)."""
        self.call(p.cmd_empty())

    def template_count(self) -> int:
        data = self.call(p.cmd_template_num())
        if len(data) < 2:
            raise PacketError("fingerprint.bad_packet", "short template count")
        (count,) = struct.unpack_from(">H", data)
        return int(count)

    def aura_led(
        self, mode: p.LedMode, colour: p.LedColour, speed: int = 0x80, cycles: int = 0
    ) -> bool:
        """Set the ring LED (R503). Returns False on modules without one; never raises for that."""
        try:
            self.call(p.cmd_aura_led(mode, colour, speed, cycles), timeout=0.3)
        except ConfirmationError:
            return False
        except SensorTimeoutError:
            return False
        return True

    def clear_buffers(self) -> None:
        """Overwrite both CharBuffers with zeros (the module has no 'clear buffer' command)."""
        zero = bytes(p.TEMPLATE_SIZE)
        self.down_char(2, zero)
        self.down_char(1, zero)
        # Data packets are not acknowledged; a command answered after them proves the module
        # has taken them in (it works through the line in order).
        self.sync()

    def sync(self) -> None:
        """A round trip (ReadSysPara) that completes only after all earlier bytes were handled."""
        self.call(p.cmd_read_sys_para())

    def close(self) -> None:
        self._parser.reset()
        self._pending.clear()
        try:
            self._port.close()
        except _PORT_ERRORS:
            logger.debug("fingerprint port close failed", exc_info=True)
