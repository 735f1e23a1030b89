"""A raw-TCP (port 9100 style) ESC/POS printer on loopback.

``NetworkPrinterEmulator().start()`` listens on 127.0.0.1 (an OS-chosen port unless given);
``uri`` is what the printer service needs. One thread owns the listening socket and the client
connections. A powered-off printer drops its connections and closes new ones at once.
"""

from __future__ import annotations

import logging
import selectors
import socket
import threading

from drivers.printer.emulator.core import EmulatedPrinter, EmulatorCondition

logger = logging.getLogger(__name__)


class NetworkPrinterEmulator:
    """ESC/POS over raw TCP on loopback.

    Attributes:
        printer: the mechanism; control it with ``printer.set_paper(...)`` and friends.
    """

    def __init__(
        self, printer: EmulatedPrinter | None = None, host: str = "127.0.0.1", port: int = 0
    ) -> None:
        self.printer = printer or EmulatedPrinter(name="network")
        self._host = host
        self._port = port
        self._listener: socket.socket | None = None
        self._wake_r, self._wake_w = socket.socketpair()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._clients: list[socket.socket] = []
        self.printer.add_listener(self._on_condition)

    @property
    def port(self) -> int:
        if self._listener is None:
            raise RuntimeError("emulator not started")
        return int(self._listener.getsockname()[1])

    @property
    def uri(self) -> str:
        return f"tcp://{self._host}:{self.port}"

    def start(self) -> NetworkPrinterEmulator:
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((self._host, self._port))
        sock.listen(4)
        sock.setblocking(False)
        self._listener = sock
        self._thread = threading.Thread(target=self._run, name="printer-emu-tcp", daemon=True)
        self._thread.start()
        return self

    def _on_condition(self, condition: EmulatorCondition) -> None:
        if not condition.powered:
            self._wake()

    def _wake(self) -> None:
        try:
            self._wake_w.send(b"x")
        except OSError:
            logger.debug("wake socket closed")

    def _run(self) -> None:
        assert self._listener is not None
        sel = selectors.DefaultSelector()
        sel.register(self._listener, selectors.EVENT_READ, "accept")
        sel.register(self._wake_r, selectors.EVENT_READ, "wake")
        try:
            while not self._stop.is_set():
                for key, _ in sel.select(timeout=0.5):
                    if key.data == "accept":
                        self._accept(sel)
                    elif key.data == "wake":
                        self._wake_r.recv(64)
                    else:
                        self._serve(sel, key.fileobj)  # type: ignore[arg-type]
                if not self.printer.condition.powered:
                    for c in list(self._clients):
                        self._drop(sel, c)
        finally:
            for c in list(self._clients):
                self._drop(sel, c)
            sel.close()

    def _accept(self, sel: selectors.BaseSelector) -> None:
        assert self._listener is not None
        try:
            conn, _ = self._listener.accept()
        except BlockingIOError:
            return
        if not self.printer.condition.powered:
            conn.close()
            return
        conn.setblocking(True)
        conn.settimeout(2.0)
        conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self._clients.append(conn)
        sel.register(conn, selectors.EVENT_READ, "client")

    def _drop(self, sel: selectors.BaseSelector, conn: socket.socket) -> None:
        sel.unregister(conn)
        self._clients.remove(conn)
        conn.close()

    def _serve(self, sel: selectors.BaseSelector, conn: socket.socket) -> None:
        try:
            data = conn.recv(65536)
        except OSError:
            data = b""
        if not data:
            self._drop(sel, conn)
            return
        reply = self.printer.receive(data)
        if reply:
            try:
                conn.sendall(reply)
            except OSError:
                self._drop(sel, conn)

    def close(self) -> None:
        self._stop.set()
        self._wake()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None
        if self._listener is not None:
            self._listener.close()
            self._listener = None
        self.printer.remove_listener(self._on_condition)
        self._wake_r.close()
        self._wake_w.close()

    def __enter__(self) -> NetworkPrinterEmulator:
        return self.start() if self._listener is None else self

    def __exit__(self, *exc: object) -> None:
        self.close()
