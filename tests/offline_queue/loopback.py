"""A trivial loopback HTTP back end and its connector, for queue tests and benchmarks.

The back end records every *effect* (one per applied request) so tests can count lost and
duplicated transactions at the back end. Two kinds:

* idempotent (eCitizen-gateway-like): ``Idempotency-Key`` deduplicates; a resend gets the saved
  response;
* keyless (Open311/SIP2-like): every POST applies again; ``GET ?marker=`` finds an earlier effect
  (reconciliation, as the Open311 connector does with its marker in ``description``).

Faults are injected per request from a queue or with probabilities: ``error500``,
``busy503`` (Retry-After), ``reject400``, ``slow_after_commit``, ``drop_after_commit``,
``garbage_after_commit``; :meth:`LoopbackBackend.down` refuses connections.
"""

from __future__ import annotations

import email.utils
import json
import random
import sys
import threading
import time
import urllib.parse
from collections import Counter, deque
from collections.abc import Mapping
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx

from offline_queue.connectors.base import Connector, Delivery, Outcome, SendResult

FAULTS = (
    "error500",
    "busy503",
    "reject400",
    "slow_after_commit",
    "drop_after_commit",
    "garbage_after_commit",
)


@dataclass
class Effect:
    backend: str
    tx_id: str
    lane: str
    remote_id: str


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out in two writes

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        return

    def _reply(self, status: int, body: bytes, headers: Mapping[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def _drop(self) -> None:
        self.close_connection = True
        self.connection.shutdown(2)

    def do_GET(self) -> None:
        url = urllib.parse.urlsplit(self.path)
        backend = self.server.owner
        if url.path == "/health":
            self._reply(200, b'{"ok":true}')
            return
        name = url.path.strip("/").split("/")[-1]
        marker = urllib.parse.parse_qs(url.query).get("marker", [""])[0]
        found = backend.lookup(name, marker)
        body = {"found": found is not None, "id": found}
        self._reply(200, json.dumps(body).encode())

    def do_POST(self) -> None:
        backend = self.server.owner
        length = int(self.headers.get("Content-Length", "0"))
        raw = self.rfile.read(length)
        if len(raw) != length:
            self.close_connection = True
            return
        name = self.path.strip("/").split("/")[-1]
        fault = backend.next_fault()
        if fault == "error500":  # fails before applying anything (still ambiguous to a client)
            self._reply(500, b'{"error":"internal"}')
            return
        if fault == "busy503":
            self._reply(503, b'{"error":"busy"}', {"Retry-After": "0"})
            return
        if fault == "reject400":
            self._reply(400, b'{"error":"invalid"}')
            return
        body = json.loads(raw)
        key = self.headers.get("Idempotency-Key", "")
        status, reply = backend.apply(name, key, body)
        if fault == "slow_after_commit":
            time.sleep(backend.slow_seconds)
        if fault == "drop_after_commit":
            self._drop()
            return
        if fault == "garbage_after_commit":
            self._reply(200, b"<html>proxy error")
            return
        self._reply(status, reply)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    owner: LoopbackBackend

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that timed out or was killed mid-request: expected here, not worth a trace.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class LoopbackBackend:
    """An HTTP back end on 127.0.0.1 serving several named services (lanes of the test)."""

    def __init__(
        self,
        services: Mapping[str, bool],
        *,
        fault_rate: float = 0.0,
        faults: tuple[str, ...] = FAULTS,
        slow_seconds: float = 0.3,
        seed: int | None = None,
    ) -> None:
        self.services = dict(services)  # name -> idempotent
        self.fault_rate = fault_rate
        self.fault_kinds = faults
        self.slow_seconds = slow_seconds
        self._rng = random.Random(seed)
        self._lock = threading.Lock()
        self._faults: deque[str] = deque()
        self.effects: list[Effect] = []
        self._by_key: dict[tuple[str, str], bytes] = {}
        self._by_marker: dict[tuple[str, str], str] = {}
        self.requests = 0  # POSTs
        self.lookups = 0  # reconciliation GETs
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self.port = 0
        self.up()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def up(self) -> None:
        server = _Server(("127.0.0.1", self.port), _Handler)
        server.owner = self
        self.port = server.server_address[1]
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()

    def down(self) -> None:
        """Stop listening: clients get "connection refused"."""
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            assert self._thread is not None
            self._thread.join(5)
            self._server = None

    def close(self) -> None:
        self.down()

    def inject(self, *faults: str) -> None:
        """Queue faults for the next POSTs (in order)."""
        with self._lock:
            self._faults.extend(faults)

    def next_fault(self) -> str | None:
        with self._lock:
            self.requests += 1
            if self._faults:
                return self._faults.popleft()
            if self.fault_rate and self._rng.random() < self.fault_rate:
                return self._rng.choice(self.fault_kinds)
        return None

    def idempotent(self, name: str) -> bool:
        return self.services.get(name, False)

    def apply(self, name: str, key: str, body: Mapping[str, Any]) -> tuple[int, bytes]:
        with self._lock:
            if self.services[name] and key and (name, key) in self._by_key:
                return 200, self._by_key[(name, key)]
            remote = f"{name}-{len(self.effects) + 1}"
            marker = str(body.get("marker", ""))
            self.effects.append(Effect(name, marker, str(body.get("lane", "")), remote))
            self._by_marker.setdefault((name, marker), remote)
            reply = json.dumps({"id": remote}).encode()
            if self.services[name] and key:
                self._by_key[(name, key)] = reply
            return 201, reply

    def lookup(self, name: str, marker: str) -> str | None:
        with self._lock:
            self.lookups += 1
            return self._by_marker.get((name, marker))

    def counts(self, name: str) -> tuple[int, int]:
        """(unique transactions applied, duplicate applications) for one service."""
        with self._lock:
            c = Counter(e.tx_id for e in self.effects if e.backend == name)
        return len(c), sum(n - 1 for n in c.values())

    def applied(self, name: str) -> Counter[str]:
        with self._lock:
            return Counter(e.tx_id for e in self.effects if e.backend == name)


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


class LoopbackConnector:
    """A connector for one loopback service, classifying outcomes as QUEUE_AND_BACKENDS §4.3."""

    def __init__(self, name: str, base_url: str, *, idempotent: bool, timeout: float = 2.0) -> None:
        self.name = name
        self.has_idempotency = idempotent
        self._url = f"{base_url}/svc/{name}"
        self._base = base_url
        self._client = httpx.Client(timeout=timeout)

    def send(self, delivery: Delivery) -> SendResult:
        body = {"marker": str(delivery.tx_id), "lane": delivery.lane, **delivery.payload}
        headers = {"Idempotency-Key": str(delivery.tx_id)} if self.has_idempotency else {}
        try:
            r = self._client.post(self._url, json=body, headers=headers)
        except (httpx.ConnectError, httpx.ConnectTimeout):
            return SendResult(Outcome.RETRY, "net.connect", reached=False)
        except (httpx.TimeoutException, httpx.TransportError):
            return SendResult(Outcome.UNKNOWN, "net.after_send")
        return self._classify(r)

    def _classify(self, r: httpx.Response) -> SendResult:
        s = r.status_code
        if 200 <= s < 300:
            try:
                ref = r.json()["id"]
            except (ValueError, KeyError, TypeError):
                return SendResult(Outcome.UNKNOWN, "http.garbage_2xx")
            return SendResult(Outcome.ACKED, remote_ref=str(ref))
        if s in (408, 409, 425, 429, 503):
            return SendResult(
                Outcome.RETRY, f"http.{s}", retry_after=_retry_after(r.headers.get("Retry-After"))
            )
        if s >= 500:
            return SendResult(Outcome.UNKNOWN, f"http.{s}")
        return SendResult(Outcome.REJECTED, f"http.{s}")

    def reconcile(self, delivery: Delivery) -> SendResult:
        try:
            r = self._client.get(self._url, params={"marker": str(delivery.tx_id)})
            data = r.json()
        except (httpx.ConnectError, httpx.ConnectTimeout):
            return SendResult(Outcome.UNKNOWN, "net.connect", reached=False)
        except (httpx.TransportError, ValueError):
            return SendResult(Outcome.UNKNOWN, "reconcile.failed")
        if r.status_code != 200 or not isinstance(data, dict):
            return SendResult(Outcome.UNKNOWN, f"reconcile.http.{r.status_code}")
        if data.get("found"):
            return SendResult(Outcome.ACKED, remote_ref=str(data.get("id")))
        return SendResult(Outcome.RETRY, "reconcile.absent")

    def probe(self) -> bool:
        try:
            self._client.get(f"{self._base}/health")
        except httpx.TransportError:
            return False
        return True

    def close(self) -> None:
        self._client.close()


def write_config(
    data_dir: Path, base_url: str, services: Mapping[str, bool], timeout: float
) -> None:
    """For a worker in another process: where the back ends are (see :func:`connectors`)."""
    cfg = {"url": base_url, "services": dict(services), "timeout": timeout}
    (data_dir / "loopback.json").write_text(json.dumps(cfg))


def connectors(data_dir: Path) -> dict[str, Connector]:
    """Factory for a worker process: ``--connectors tests.offline_queue.loopback:connectors``."""
    cfg = json.loads((data_dir / "loopback.json").read_text())
    return {
        name: LoopbackConnector(name, cfg["url"], idempotent=idem, timeout=cfg["timeout"])
        for name, idem in cfg["services"].items()
    }
