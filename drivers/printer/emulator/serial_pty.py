"""An ESC/POS serial printer on a pseudo-terminal.

``SerialPrinterEmulator().start()`` opens a pty pair in raw mode; the host opens ``device``
(the slave path, e.g. ``/dev/pts/7``) with pyserial like a real ``/dev/ttyUSB0``. One thread
reads the master side, feeds the printer mechanism and writes its answers back. A powered-off
printer swallows everything and answers nothing, as a dead serial line does.
"""

from __future__ import annotations

import logging
import os
import selectors
import threading
import tty

from drivers.printer.emulator.core import EmulatedPrinter

logger = logging.getLogger(__name__)


class SerialPrinterEmulator:
    """ESC/POS over a pty.

    Attributes:
        printer: the mechanism; control it with ``printer.set_paper(...)`` and friends.
    """

    def __init__(self, printer: EmulatedPrinter | None = None, baudrate: int = 9600) -> None:
        self.printer = printer or EmulatedPrinter(name="serial")
        self.baudrate = baudrate
        self._master = -1
        self._slave = -1
        self._device = ""
        self._wake_r, self._wake_w = -1, -1
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def device(self) -> str:
        if not self._device:
            raise RuntimeError("emulator not started")
        return self._device

    @property
    def uri(self) -> str:
        return f"serial://{self.device}?baudrate={self.baudrate}"

    def start(self) -> SerialPrinterEmulator:
        self._master, self._slave = os.openpty()
        # raw: no echo, no CR/LF translation, no XON/XOFF eating 0x11/0x13
        tty.setraw(self._slave)
        tty.setraw(self._master)
        self._device = os.ttyname(self._slave)
        self._wake_r, self._wake_w = os.pipe()
        self._thread = threading.Thread(target=self._run, name="printer-emu-pty", daemon=True)
        self._thread.start()
        return self

    def _run(self) -> None:
        sel = selectors.DefaultSelector()
        sel.register(self._master, selectors.EVENT_READ, "data")
        sel.register(self._wake_r, selectors.EVENT_READ, "wake")
        try:
            while not self._stop.is_set():
                for key, _ in sel.select(timeout=0.5):
                    if key.data == "wake":
                        os.read(self._wake_r, 64)
                        continue
                    try:
                        data = os.read(self._master, 65536)
                    except OSError:
                        # EIO once every slave fd is closed; ours stays open, so this is rare
                        logger.debug("pty master read failed", exc_info=True)
                        continue
                    reply = self.printer.receive(data)
                    if reply:
                        os.write(self._master, reply)
        finally:
            sel.close()

    def close(self) -> None:
        self._stop.set()
        if self._wake_w >= 0:
            os.write(self._wake_w, b"x")
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None
        for fd in (self._master, self._slave, self._wake_r, self._wake_w):
            if fd >= 0:
                os.close(fd)
        self._master = self._slave = self._wake_r = self._wake_w = -1

    def __enter__(self) -> SerialPrinterEmulator:
        return self.start() if self._master < 0 else self

    def __exit__(self, *exc: object) -> None:
        self.close()
