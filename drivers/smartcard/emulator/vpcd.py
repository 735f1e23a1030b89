"""A virtual card plugged into the vsmartcard-vpcd reader of a real pcscd.

vpcd (the reader driver inside pcscd) listens on TCP (35963 for its first slot, 35964 for the
second); the card side connects to it. Connected = card inserted, closed = card removed. Framing:
2-byte big-endian length + payload; a 1-byte payload from vpcd is a control code (0 power off,
1 power on, 2 reset, 4 ATR request: answered with the ATR); anything else is a command APDU,
answered with the response APDU. Power off / on / reset get no answer.

Never run vpcd on a production kiosk: it listens on all interfaces.
"""

from __future__ import annotations

import contextlib
import logging
import socket
import struct
import threading
from pathlib import Path

from drivers.device import AvailabilityLog
from drivers.smartcard.emulator.card import EmulatedCard, PinCounter
from drivers.smartcard.emulator.personas import PERSONAS, DemoPki, Persona

logger = logging.getLogger(__name__)

VPCD_PORT = 0x8C7B  # 35963; the second slot listens on 35964
CTRL_OFF, CTRL_ON, CTRL_RESET, CTRL_ATR = 0, 1, 2, 4


class VirtualCard:
    """One emulated card and its link to a vpcd slot, served by its own thread.

    ``connect(host, port)`` inserts the card into that slot; ``remove()``/``insert()`` take it out
    and put it back; ``close()`` removes it for good and joins the thread. While inserted, a lost
    link (pcscd restarted) is re-established with backoff, like a card left in the reader.

    The PIN retry counter lives as long as this object and, with ``state_dir``, on disk.
    """

    def __init__(
        self,
        persona: Persona | str,
        pki: DemoPki | None = None,
        *,
        state_dir: Path | str | None = None,
    ) -> None:
        if isinstance(persona, str):
            persona = PERSONAS[persona]
        self.persona = persona
        creds = None
        if persona.piv:
            if pki is None:
                raise ValueError("a PIV persona needs the DemoPki")
            creds = pki.credentials(persona.id)
        counter_path = None
        if state_dir is not None:
            Path(state_dir).mkdir(parents=True, exist_ok=True)
            counter_path = Path(state_dir) / f"{persona.id}.pin.json"
        self._counter = PinCounter(persona.initial_tries, counter_path)
        self.card = EmulatedCard(persona, creds, self._counter)
        self._target: tuple[str, int] | None = None
        self._want_inserted = False
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._connected = threading.Event()
        self._disconnected = threading.Event()
        self._disconnected.set()
        self._sock_lock = threading.Lock()
        self._sock: socket.socket | None = None
        self._thread: threading.Thread | None = None
        self._availability = AvailabilityLog(logger, f"vpcd link of {persona.id}")

    # --- public API ------------------------------------------------------------------------

    @property
    def pin_tries(self) -> int:
        return self._counter.tries

    @property
    def inserted(self) -> bool:
        return self._connected.is_set()

    def connect(self, host: str = "127.0.0.1", port: int = VPCD_PORT) -> VirtualCard:
        """Insert the card into the vpcd slot at host:port."""
        self._target = (host, port)
        self.insert()
        return self

    def insert(self) -> None:
        if self._target is None:
            raise RuntimeError("connect(host, port) first")
        if self._thread is None:
            self._thread = threading.Thread(
                target=self._run, name=f"vcard-{self.persona.id}", daemon=True
            )
            self._thread.start()
        self._want_inserted = True
        self._wake.set()

    def remove(self) -> None:
        self._want_inserted = False
        self._drop_link()
        self._wake.set()

    def wait_inserted(self, timeout: float) -> bool:
        return self._connected.wait(timeout)

    def wait_removed(self, timeout: float) -> bool:
        return self._disconnected.wait(timeout)

    def close(self) -> None:
        self._want_inserted = False
        self._stop.set()
        self._wake.set()
        self._drop_link()
        if self._thread is not None:
            self._thread.join(5.0)
            self._thread = None

    def __enter__(self) -> VirtualCard:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- link ------------------------------------------------------------------------------

    def _drop_link(self) -> None:
        with self._sock_lock:
            sock, self._sock = self._sock, None
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()

    def _run(self) -> None:
        delay = 0.05
        while not self._stop.is_set():
            if not self._want_inserted:
                self._wake.wait()
                self._wake.clear()
                continue
            assert self._target is not None
            try:
                sock = socket.create_connection(self._target, timeout=2.0)
            except OSError as exc:
                self._availability.lost(str(exc))
                self._wake.wait(delay)
                self._wake.clear()
                delay = min(delay * 2, 1.0)
                continue
            delay = 0.05
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            sock.settimeout(None)
            with self._sock_lock:
                if not self._want_inserted or self._stop.is_set():
                    sock.close()
                    continue
                self._sock = sock
            self._availability.back()
            self.card.reset()
            self._disconnected.clear()
            self._connected.set()
            try:
                self._serve(sock)
            except OSError as exc:
                logger.debug("vpcd link of %s closed: %s", self.persona.id, exc)
            finally:
                self._connected.clear()
                self._drop_link()
                self.card.reset()
                self._disconnected.set()

    def _recv_exact(self, sock: socket.socket, n: int) -> bytes:
        data = bytearray()
        while len(data) < n:
            chunk = sock.recv(n - len(data))
            if not chunk:
                raise ConnectionResetError("vpcd closed the link")
            data += chunk
        return bytes(data)

    def _serve(self, sock: socket.socket) -> None:
        while not self._stop.is_set():
            (length,) = struct.unpack(">H", self._recv_exact(sock, 2))
            payload = self._recv_exact(sock, length)
            if length == 1:
                code = payload[0]
                if code == CTRL_ATR:
                    answer = self.card.atr
                elif code in (CTRL_OFF, CTRL_RESET):
                    self.card.reset()
                    continue
                else:
                    continue
            else:
                answer = self.card.process(payload)
            sock.sendall(struct.pack(">H", len(answer)) + answer)
