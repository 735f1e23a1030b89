"""An R30x / AS608 fingerprint module on a pseudo-terminal, speaking the real serial protocol.

The kiosk opens :attr:`FingerprintEmulator.port` (``/dev/pts/N``) with pyserial exactly as it
opens a real module, so the whole driver runs in tests, in the demo and in practice mode. The
Simulator window and tests drive the "finger" with :meth:`place_finger`,
:meth:`place_wrong_finger`, :meth:`place_poor_finger`, :meth:`lift_finger` and :meth:`unplug`.

Model: a placed finger *is* its 512-byte template (see :func:`demo_template`); GenImg copies it
into the image buffer, Img2Tz into CharBuffer1/2, Match compares the two buffers byte for byte.
Fault injection: corrupt checksum, dropped reply, garbage before a reply, unplug.
"""

from __future__ import annotations

import hashlib
import logging
import os
import select
import struct
import threading
import tty
from collections.abc import Callable
from types import TracebackType

import drivers.fingerprint.protocol as p
from drivers.fingerprint.protocol import (
    Confirmation,
    Instruction,
    Packet,
    PacketId,
    SystemParameters,
)
from drivers.fingerprint.templates import demo_template

logger = logging.getLogger(__name__)

__all__ = ["FingerprintEmulator", "demo_template"]

_MATCH_SCORE = 0x00C8


class FingerprintEmulator:
    """A module on a pty. Thread-safe controls; one reader thread answers the host.

    Args:
        password: module password (0 = none; otherwise VfyPwd is required first, else 0x21).
        packet_size: data packet length reported by ReadSysPara (32, 64, 128 or 256).
        capacity: library size reported by ReadSysPara.
        led: whether the module has an Aura LED ring (R503); without one, 0x35 is refused.
    """

    def __init__(
        self,
        *,
        password: int = p.DEFAULT_PASSWORD,
        packet_size: int = 128,
        capacity: int = 200,
        led: bool = True,
        address: int = p.DEFAULT_ADDRESS,
    ) -> None:
        if packet_size not in p.PACKET_SIZES.values():
            raise ValueError("unsupported packet size")
        self._password = password
        self._params = SystemParameters(
            status_register=0,
            system_id=0,
            capacity=capacity,
            security_level=3,
            address=address,
            packet_size=packet_size,
            baud_rate=57600,
        )
        self._led = led
        self._address = address
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._finger: bytes | None = None
        self._finger_poor: int | None = None  # confirmation code Img2Tz reports
        self._capture_fault: int | None = None  # confirmation code GenImg reports
        self._image: bytes | None = None
        self._image_poor: int | None = None
        self._buffers: dict[int, bytes] = {1: bytes(p.TEMPLATE_SIZE), 2: bytes(p.TEMPLATE_SIZE)}
        self._library: dict[int, bytes] = {}
        self._pw_ok = password == p.DEFAULT_PASSWORD
        self._rx_buffer: int | None = None
        self._rx = bytearray()
        self._corrupt_next = False
        self._drop_next = False
        self._garbage_next = b""
        self._commands: list[int] = []
        self.led_state: tuple[int, int] | None = None  # (mode, colour) last set
        self.led_cycles = 0
        self._parser = p.StreamParser()
        self._master, self._slave = os.openpty()
        tty.setraw(self._slave)
        self._port = os.ttyname(self._slave)
        self._plugged = True
        self._thread = threading.Thread(target=self._run, name="fingerprint-emulator", daemon=True)
        self._thread.start()

    # --- controls --------------------------------------------------------------------
    @property
    def port(self) -> str:
        """The pty path to open with pyserial."""
        return self._port

    @property
    def plugged(self) -> bool:
        return self._plugged

    @property
    def commands(self) -> list[int]:
        """Instruction codes received so far (no parameters, no data)."""
        with self._lock:
            return list(self._commands)

    def place_finger(self, template: bytes) -> None:
        """A finger whose template is ``template`` (512 bytes) touches the sensor."""
        if len(template) != p.TEMPLATE_SIZE:
            raise ValueError("a module template is 512 bytes")
        with self._lock:
            self._finger, self._finger_poor, self._capture_fault = bytes(template), None, None

    def place_persona_finger(self, persona_id: str) -> None:
        self.place_finger(demo_template(persona_id))

    def place_wrong_finger(self) -> None:
        """A finger that matches no card template."""
        wrong = hashlib.sha256(b"wrong-finger" + os.urandom(8)).digest() * (p.TEMPLATE_SIZE // 32)
        self.place_finger(wrong)

    def place_poor_finger(
        self, code: int = Confirmation.FEW_FEATURES, *, at_capture: bool = False
    ) -> None:
        """A finger giving an unusable image: Img2Tz fails with ``code`` (06, 07, 15), or GenImg
        itself with ``code`` (03) when ``at_capture``."""
        with self._lock:
            self._finger = hashlib.sha256(b"poor").digest() * (p.TEMPLATE_SIZE // 32)
            self._finger_poor = None if at_capture else code
            self._capture_fault = code if at_capture else None

    def lift_finger(self) -> None:
        with self._lock:
            self._finger, self._finger_poor, self._capture_fault = None, None, None

    def enroll(self, page: int, template: bytes) -> None:
        """Put a template in the module's flash library (for Store/Search demos only)."""
        with self._lock:
            self._library[page] = bytes(template)

    def corrupt_next_reply(self) -> None:
        with self._lock:
            self._corrupt_next = True

    def drop_next_reply(self) -> None:
        with self._lock:
            self._drop_next = True

    def garbage_before_next_reply(self, data: bytes) -> None:
        with self._lock:
            self._garbage_next = bytes(data)

    def char_buffers_are_clear(self) -> bool:
        """True if both CharBuffers hold only zeros."""
        with self._lock:
            return not any(self._buffers[1]) and not any(self._buffers[2])

    def unplug(self) -> None:
        """The module disappears: the pty is hung up and the reader thread ends."""
        self._shutdown()

    def close(self) -> None:
        self._shutdown()

    def __enter__(self) -> FingerprintEmulator:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _shutdown(self) -> None:
        with self._lock:
            if not self._plugged:
                return
            self._plugged = False
        self._stop.set()
        if threading.current_thread() is not self._thread:
            self._thread.join(timeout=5)
        for fd in (self._master, self._slave):
            try:
                os.close(fd)
            except OSError:
                logger.debug("emulator pty close failed", exc_info=True)
        with self._lock:
            self._buffers = {1: bytes(p.TEMPLATE_SIZE), 2: bytes(p.TEMPLATE_SIZE)}
            self._image = None
            self._finger = None

    # --- wire ------------------------------------------------------------------------
    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                ready, _, _ = select.select([self._master], [], [], 0.05)
                if not ready:
                    continue
                data = os.read(self._master, 4096)
            except OSError:
                return
            if not data:
                continue
            for item in self._parser.feed(data):
                if isinstance(item, Packet) and item.address == self._address:
                    self._handle(item)
                elif not isinstance(item, Packet) and item.key == "fingerprint.checksum":
                    self._reply(Confirmation.PACKET_RECEIVE_ERROR)

    def _send(self, pid: int, payload: bytes) -> None:
        frame = bytearray(p.encode_packet(pid, payload, self._address))
        with self._lock:
            drop, self._drop_next = self._drop_next, False
            corrupt, self._corrupt_next = self._corrupt_next, False
            garbage, self._garbage_next = self._garbage_next, b""
        if drop:
            return
        if corrupt:
            frame[-1] ^= 0xFF
        try:
            os.write(self._master, garbage + bytes(frame))
        except OSError:
            logger.debug("emulator write failed", exc_info=True)

    def _reply(self, code: int, data: bytes = b"") -> None:
        self._send(PacketId.ACK, bytes([code]) + data)

    def _handle(self, packet: Packet) -> None:
        if packet.pid in (PacketId.DATA, PacketId.END_DATA):
            self._receive_data(packet)
            return
        if packet.pid != PacketId.COMMAND or not packet.payload:
            self._reply(Confirmation.PACKET_RECEIVE_ERROR)
            return
        instruction, args = packet.payload[0], packet.payload[1:]
        with self._lock:
            self._commands.append(instruction)
            pw_ok = self._pw_ok
        if instruction != Instruction.VFY_PWD and not pw_ok:
            self._reply(Confirmation.PASSWORD_REQUIRED)
            return
        handler = _HANDLERS.get(instruction)
        if handler is None:
            self._reply(Confirmation.PACKET_RECEIVE_ERROR)
            return
        handler(self, args)

    def _receive_data(self, packet: Packet) -> None:
        if self._rx_buffer is None:
            return  # stray data: a real module ignores it
        self._rx.extend(packet.payload)
        if packet.pid == PacketId.END_DATA or len(self._rx) > 4 * p.TEMPLATE_SIZE:
            with self._lock:
                self._buffers[self._rx_buffer] = bytes(self._rx)
            self._rx[:] = bytes(len(self._rx))
            self._rx.clear()
            self._rx_buffer = None

    # --- instructions ----------------------------------------------------------------
    def _vfy_pwd(self, args: bytes) -> None:
        if len(args) != 4:
            self._reply(Confirmation.PACKET_RECEIVE_ERROR)
            return
        ok = struct.unpack(">I", args)[0] == self._password
        with self._lock:
            self._pw_ok = ok
        self._reply(Confirmation.OK if ok else Confirmation.WRONG_PASSWORD)

    def _read_sys_para(self, args: bytes) -> None:
        self._reply(Confirmation.OK, self._params.encode())

    def _gen_img(self, args: bytes) -> None:
        with self._lock:
            finger, fault, poor = self._finger, self._capture_fault, self._finger_poor
            if finger is None:
                code = Confirmation.NO_FINGER
            elif fault is not None:
                code = Confirmation(fault)
                self._image = None
            else:
                code = Confirmation.OK
                self._image, self._image_poor = finger, poor
        self._reply(code)

    def _img2tz(self, args: bytes) -> None:
        if len(args) != 1 or args[0] not in (1, 2):
            self._reply(Confirmation.INVALID_REGISTER)
            return
        with self._lock:
            if self._image is None:
                code = Confirmation.NO_VALID_IMAGE
            elif self._image_poor is not None:
                code = Confirmation(self._image_poor)
            else:
                self._buffers[args[0]] = self._image
                code = Confirmation.OK
        self._reply(code)

    def _match(self, args: bytes) -> None:
        with self._lock:
            a, b = self._buffers[1], self._buffers[2]
        same = a == b and any(a)
        self._reply(
            Confirmation.OK if same else Confirmation.NO_MATCH,
            struct.pack(">H", _MATCH_SCORE if same else 0),
        )

    def _search(self, args: bytes) -> None:
        if len(args) != 5 or args[0] not in (1, 2):
            self._reply(Confirmation.INVALID_REGISTER)
            return
        start, count = struct.unpack(">HH", args[1:])
        with self._lock:
            probe = self._buffers[args[0]]
            hits = [
                page
                for page, tpl in sorted(self._library.items())
                if start <= page < start + count and tpl == probe and any(probe)
            ]
        if hits:
            self._reply(Confirmation.OK, struct.pack(">HH", hits[0], _MATCH_SCORE))
        else:
            self._reply(Confirmation.NOT_FOUND, struct.pack(">HH", 0, 0))

    def _store(self, args: bytes) -> None:
        if len(args) != 3 or args[0] not in (1, 2):
            self._reply(Confirmation.INVALID_REGISTER)
            return
        (page,) = struct.unpack(">H", args[1:])
        if page >= self._params.capacity:
            self._reply(Confirmation.BAD_LOCATION)
            return
        with self._lock:
            self._library[page] = self._buffers[args[0]]
        self._reply(Confirmation.OK)

    def _load_char(self, args: bytes) -> None:
        if len(args) != 3 or args[0] not in (1, 2):
            self._reply(Confirmation.INVALID_REGISTER)
            return
        (page,) = struct.unpack(">H", args[1:])
        with self._lock:
            tpl = self._library.get(page)
            if tpl is not None:
                self._buffers[args[0]] = tpl
        self._reply(Confirmation.OK if tpl is not None else Confirmation.READ_TEMPLATE_FAIL)

    def _up_char(self, args: bytes) -> None:
        if len(args) != 1 or args[0] not in (1, 2):
            self._reply(Confirmation.INVALID_REGISTER)
            return
        with self._lock:
            data = self._buffers[args[0]]
        self._reply(Confirmation.OK)
        for pid, chunk in p.split_data(data, self._params.packet_size):
            self._send(pid, chunk)

    def _down_char(self, args: bytes) -> None:
        if len(args) != 1 or args[0] not in (1, 2):
            self._reply(Confirmation.INVALID_REGISTER)
            return
        self._rx_buffer = args[0]
        self._rx.clear()
        self._reply(Confirmation.OK)

    def _empty(self, args: bytes) -> None:
        with self._lock:
            self._library.clear()
        self._reply(Confirmation.OK)

    def _template_num(self, args: bytes) -> None:
        with self._lock:
            count = len(self._library)
        self._reply(Confirmation.OK, struct.pack(">H", count))

    def _aura_led(self, args: bytes) -> None:
        if not self._led or len(args) != 4:
            self._reply(Confirmation.PACKET_RECEIVE_ERROR)
            return
        self.led_state = (args[0], args[2])
        self.led_cycles = args[3]  # breathing/flashing: how many times (0: until changed)
        self._reply(Confirmation.OK)

    def _get_echo(self, args: bytes) -> None:
        self._reply(0x55)


_HANDLERS: dict[int, Callable[[FingerprintEmulator, bytes], None]] = {
    Instruction.VFY_PWD: FingerprintEmulator._vfy_pwd,
    Instruction.READ_SYS_PARA: FingerprintEmulator._read_sys_para,
    Instruction.GEN_IMG: FingerprintEmulator._gen_img,
    Instruction.IMG2TZ: FingerprintEmulator._img2tz,
    Instruction.MATCH: FingerprintEmulator._match,
    Instruction.SEARCH: FingerprintEmulator._search,
    Instruction.HI_SPEED_SEARCH: FingerprintEmulator._search,
    Instruction.STORE: FingerprintEmulator._store,
    Instruction.LOAD_CHAR: FingerprintEmulator._load_char,
    Instruction.UP_CHAR: FingerprintEmulator._up_char,
    Instruction.DOWN_CHAR: FingerprintEmulator._down_char,
    Instruction.EMPTY: FingerprintEmulator._empty,
    Instruction.TEMPLATE_NUM: FingerprintEmulator._template_num,
    Instruction.AURA_LED_CONFIG: FingerprintEmulator._aura_led,
    Instruction.GET_ECHO: FingerprintEmulator._get_echo,
}
