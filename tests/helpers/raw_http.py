"""A loopback HTTP server that answers every request with bytes the test chose (hostile bodies
and headers for the REST connectors: JSON nested 100 000 deep, ``Retry-After: ²``, ``1e400``).

    with RawHttpServer() as server:
        server.reply(200, b"[" * 100_000, {"Content-Type": "application/json"})
        GatewayClient(server.url).health()
"""

from __future__ import annotations

import http.server
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass
class RawReply:
    status: int = 200
    body: bytes = b""
    headers: Mapping[str, str] = field(default_factory=dict)


class _Handler(http.server.BaseHTTPRequestHandler):
    server: _Server

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        reply = self.server.current
        self.server.requests.append(f"{self.command} {self.path}")
        self.send_response(reply.status)
        for name, value in reply.headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(reply.body)))
        self.end_headers()
        self.wfile.write(reply.body)

    do_GET = do_POST = do_PUT = do_DELETE = _answer

    def log_message(self, format: str, *args: object) -> None:
        pass


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    current: RawReply
    requests: list[str]


class RawHttpServer:
    """Serves :attr:`current` on 127.0.0.1 (an ephemeral port) from a daemon thread."""

    def __init__(self) -> None:
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.current = RawReply()
        self._server.requests = []
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        port = self._server.server_address[1]
        return f"http://127.0.0.1:{port}"

    @property
    def requests(self) -> list[str]:
        return self._server.requests

    def reply(
        self, status: int = 200, body: bytes = b"", headers: Mapping[str, str] | None = None
    ) -> None:
        """Answer every following request with ``status``, ``body`` and ``headers``
        (header values are sent as latin-1, as http.server does)."""
        self._server.current = RawReply(status, body, dict(headers or {}))

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)

    def __enter__(self) -> RawHttpServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
