"""A small loopback HTTP/1.1 service on the standard library, with fault injection hooks.

Why ``http.server.ThreadingHTTPServer`` and not Starlette/uvicorn: the demo back end must
misbehave at the socket level (close the connection after applying a request, answer 2xx with
garbage, refuse connections while "the network is down", kill live keep-alive connections), which
the stdlib server lets us do directly on the request's socket, with no new dependency and no event
loop to bridge into tests. It is a demo and test peer on loopback, never exposed.

Every request is matched to a :class:`Route` whose ``endpoint`` name is what faults are armed on.

With a server ``tls`` context the service speaks HTTPS; a context that requires client
certificates (``citysim.provisioning.ProvisioningAuthority.server_ssl_context()``) makes it a
production-like city back end that accepts only enrolled kiosks (mutual TLS, SEC-13). The TLS
handshake runs on the connection's own thread; ``peers`` records the subject of every verified
client certificate, ``requests_seen`` which peer made which request, ``tls_refused`` the failed
handshakes.
"""

from __future__ import annotations

import json
import logging
import re
import socket
import ssl
import sys
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from email.message import Message
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from citysim.faults import AFTER_COMMIT, Fault, FaultController, FaultMode

logger = logging.getLogger(__name__)

GARBAGE = b"\x00\x9f<html><body>Gateway Time-out</body>\xff{"


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: Message
    body: bytes
    params: dict[str, str] = field(default_factory=dict)
    peer: str | None = None  # the verified client certificate's subject (mutual TLS)

    def q(self, name: str, default: str | None = None) -> str | None:
        values = self.query.get(name)
        return values[0] if values else default

    def header(self, name: str) -> str | None:
        value = self.headers.get(name)
        return None if value is None else str(value)

    def json(self) -> Any:
        return json.loads(self.body.decode("utf-8")) if self.body else None


@dataclass
class Response:
    status: int
    body: bytes = b""
    content_type: str = "application/json"
    headers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of_json(cls, status: int, data: Any, headers: Mapping[str, str] | None = None) -> Response:
        return cls(
            status,
            json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8"),
            headers=dict(headers or {}),
        )


Handler = Callable[[Request], Response]


@dataclass(frozen=True)
class Route:
    method: str
    template: str  # e.g. "/bills/{bill_id}/payments"
    endpoint: str  # fault key, e.g. the OpenAPI operationId
    handler: Handler
    owner: App | None = None  # the app whose fault keys and error bodies apply (composites)
    regex: re.Pattern[str] = field(init=False, compare=False)

    def __post_init__(self) -> None:
        parts = re.split(r"\{(\w+)\}", self.template)
        pattern = "".join(
            re.escape(part) if i % 2 == 0 else f"(?P<{part}>[^/]+)" for i, part in enumerate(parts)
        )
        object.__setattr__(self, "regex", re.compile("^" + pattern + "$"))


class App:
    """What a service serves: routes plus a hook to turn a fault into a service-specific reply."""

    service = "app"

    def routes(self) -> Sequence[Route]:
        raise RuntimeError("subclasses define routes")

    def error_response(self, fault: Fault) -> Response:
        body = fault.body if fault.body is not None else json.dumps({"error": "injected"})
        return Response(fault.status, body.encode("utf-8"))

    def not_found(self, request: Request) -> Response:
        return Response.of_json(404, {"error": "not_found", "path": request.path})


class CompositeApp(App):
    """Several apps on one port (the kiosk's default config serves Open311 under the gateway)."""

    def __init__(self, *apps: App) -> None:
        self.apps = apps
        self.service = "+".join(a.service for a in apps)

    def routes(self) -> Sequence[Route]:
        return [
            Route(r.method, r.template, r.endpoint, r.handler, owner=r.owner or app)
            for app in self.apps
            for r in app.routes()
        ]

    def not_found(self, request: Request) -> Response:
        return self.apps[0].not_found(request)


class _Server(ThreadingHTTPServer):
    daemon_threads = False
    block_on_close = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], service: HTTPService) -> None:
        self.service = service
        self.conns: set[socket.socket] = set()
        self.conns_lock = threading.Lock()
        super().__init__(address, _RequestHandler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that went away mid-request (a killed worker, a reset or broken connection:
        the crash bench does it hundreds of times) is no fault of the server: no traceback on
        stderr between the bench's numbers. Anything else is printed as before."""
        if isinstance(sys.exc_info()[1], ConnectionError):
            logger.debug("%s: client %s went away", self.service.app.service, client_address)
            return
        super().handle_error(request, client_address)

    def finish_request(self, request: Any, client_address: Any) -> None:
        """Runs on the connection's thread: the TLS handshake first, when the service has TLS."""
        context = self.service.tls
        if context is None:
            super().finish_request(request, client_address)
            return
        request.settimeout(_RequestHandler.timeout)
        try:
            conn = context.wrap_socket(request, server_side=True)
        except (ssl.SSLError, OSError) as exc:
            self.service.handshake_refused(exc)
            return
        self.service.connection_verified(conn)
        try:
            super().finish_request(conn, client_address)
        finally:
            conn.close()

    def close_connections(self) -> None:
        with self.conns_lock:
            conns = list(self.conns)
        for conn in conns:
            try:
                conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                logger.debug("connection already closed")


class _RequestHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server
    timeout = 15
    disable_nagle_algorithm = True  # headers and body leave at once: no 40 ms delayed-ACK stall
    _date: str | None = None

    def setup(self) -> None:
        super().setup()
        with self.server.conns_lock:
            self.server.conns.add(self.connection)

    def finish(self) -> None:
        with self.server.conns_lock:
            self.server.conns.discard(self.connection)
        try:
            super().finish()
        except OSError:
            logger.debug("client went away")

    def log_message(self, format: str, *args: Any) -> None:
        logger.debug("%s: %s", self.server.service.app.service, format % args)

    def do_GET(self) -> None:
        self._handle()

    def do_POST(self) -> None:
        self._handle()

    def do_PUT(self) -> None:
        self._handle()

    def do_DELETE(self) -> None:
        self._handle()

    def _drop(self) -> None:
        self.close_connection = True
        try:
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            logger.debug("drop: connection already gone")

    def _handle(self) -> None:
        svc = self.server.service
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            self.close_connection = True
            self._write(Response.of_json(400, {"error": "bad Content-Length"}))
            return
        body = self.rfile.read(length) if length > 0 else b""
        split = urlsplit(self.path)
        request = Request(
            method=self.command,
            path=split.path,
            query=parse_qs(split.query, keep_blank_values=True),
            headers=self.headers,
            body=body,
        )
        if isinstance(self.connection, ssl.SSLSocket):
            request.peer = subject_text(self.connection.getpeercert())
            svc.note_request(request.peer, request.method, request.path)
        route, params = svc.match(request.method, request.path)
        fault: Fault | None = None
        if route is None:
            response = svc.app.not_found(request)
        else:
            request.params = params
            app = route.owner or svc.app
            fault = svc.faults.take(app.service, route.endpoint)
            if fault is not None and fault.mode is FaultMode.DROP_BEFORE:
                self._drop()
                return
            if fault is not None and fault.mode is FaultMode.ERROR:
                response = app.error_response(fault)
            elif fault is not None and fault.mode is FaultMode.UNAVAILABLE:
                response = app.error_response(Fault(FaultMode.ERROR, status=503, body=fault.body))
                response.headers["Retry-After"] = fault.retry_after
            else:
                try:
                    response = route.handler(request)
                except Exception:
                    logger.exception("%s handler %s failed", app.service, route.endpoint)
                    response = Response.of_json(500, {"error": "internal"})
        if fault is not None and fault.mode in AFTER_COMMIT:
            if fault.mode is FaultMode.DROP_AFTER_COMMIT:
                self._drop()
                return
            if fault.mode is FaultMode.SLOW_AFTER_COMMIT:
                svc.stopping.wait(fault.delay)
            if fault.mode is FaultMode.GARBAGE_AFTER_COMMIT:
                response = Response(200 if response.status >= 300 else response.status, GARBAGE)
        self._write(response)

    def date_time_string(self, timestamp: float | None = None) -> str:
        # an app with its own clock (a skewed-clock server profile) sets its Date header itself
        return self._date or super().date_time_string(timestamp)

    def _write(self, response: Response) -> None:
        headers = dict(response.headers)
        self._date = headers.pop("Date", None)
        try:
            self.send_response(response.status)
            self.send_header("Content-Type", response.content_type)
            self.send_header("Content-Length", str(len(response.body)))
            for name, value in headers.items():
                self.send_header(name, value)
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(response.body)
        except OSError:
            self.close_connection = True
            logger.debug("client went away before the response")


def subject_text(peer_cert: Mapping[str, Any] | None) -> str | None:
    """``O=Demo City,OU=Central Library,CN=LIB-01`` from ``SSLSocket.getpeercert()``."""
    if not peer_cert:
        return None
    names = {"commonName": "CN", "organizationName": "O", "organizationalUnitName": "OU"}
    parts = [
        f"{names.get(attr, attr)}={value}"
        for rdn in peer_cert.get("subject", ())
        for attr, value in rdn
    ]
    return ",".join(parts) or None


class HTTPService:
    """One app served on a loopback port in a background thread; can go "network down".

    ``tls``: a server context (HTTPS; mutual TLS if it requires client certificates).
    """

    def __init__(
        self,
        app: App,
        faults: FaultController,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        tls: ssl.SSLContext | None = None,
    ) -> None:
        self.app = app
        self.faults = faults
        self.host = host
        self.port = port
        self.tls = tls
        self.peers: list[str] = []  # subjects of verified client certificates, per connection
        self.requests_seen: list[tuple[str, str, str]] = []  # (peer, method, path), last 1000
        self.tls_refused = 0
        self.tls_refusals: list[str] = []  # the reason of each refused handshake
        self._peer_lock = threading.Lock()
        self.stopping = threading.Event()
        self._routes = list(app.routes())
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    @property
    def url(self) -> str:
        return f"{'https' if self.tls is not None else 'http'}://{self.host}:{self.port}"

    def handshake_refused(self, exc: BaseException) -> None:
        reason = getattr(exc, "reason", None) or type(exc).__name__
        with self._peer_lock:
            self.tls_refused += 1
            self.tls_refusals.append(str(reason))
        logger.info("%s: TLS handshake refused (%s)", self.app.service, reason)

    def connection_verified(self, conn: ssl.SSLSocket) -> None:
        """A handshake succeeded: note the client certificate's subject (None without one)."""
        subject = subject_text(conn.getpeercert())
        if subject is not None:
            with self._peer_lock:
                self.peers.append(subject)

    def note_request(self, peer: str | None, method: str, path: str) -> None:
        if peer is None:
            return
        with self._peer_lock:
            self.requests_seen.append((peer, method, path))
            del self.requests_seen[:-1000]

    @property
    def up(self) -> bool:
        return self._server is not None

    def match(self, method: str, path: str) -> tuple[Route | None, dict[str, str]]:
        for route in self._routes:
            if route.method != method:
                continue
            m = route.regex.match(path)
            if m is not None:
                return route, {k: unquote(v) for k, v in m.groupdict().items()}
        return None, {}

    def start(self) -> None:
        with self._lock:
            if self._server is not None:
                return
            self.stopping.clear()
            server = _Server((self.host, self.port), self)
            self.port = server.server_address[1]
            self._server = server
            self._thread = threading.Thread(
                target=server.serve_forever,
                kwargs={"poll_interval": 0.05},
                name=f"citysim-{self.app.service}",
            )
            self._thread.start()

    def stop(self) -> None:
        """Refuse new connections and cut live ones; joins every thread."""
        with self._lock:
            server, thread = self._server, self._thread
            self._server = self._thread = None
            if server is None:
                return
            self.stopping.set()
            server.shutdown()
            server.close_connections()
            server.server_close()
            if thread is not None:
                thread.join(timeout=10)
