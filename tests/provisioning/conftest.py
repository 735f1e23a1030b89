"""Fixtures: a demo city provisioning authority and a loopback enrolment endpoint."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from citysim.provisioning import ProvisioningAuthority
from provisioning.enrol import ENROL_PATH
from provisioning.layout import KioskLayout

KIOSK_ID = "LIB-CENTRAL-01"
SITE = "Central Library"


@pytest.fixture
def authority(tmp_path: Path) -> ProvisioningAuthority:
    return ProvisioningAuthority(tmp_path / "city")


@pytest.fixture
def layout(tmp_path: Path, authority: ProvisioningAuthority) -> KioskLayout:
    """A kiosk root whose image pins the city's bundle key (as a real image would)."""
    layout = KioskLayout(tmp_path / "kiosk-root")
    layout.etc_dir.mkdir(parents=True)
    layout.city_provisioning_key.write_bytes(authority.bundle_public_key_path.read_bytes())
    return layout


class _Handler(BaseHTTPRequestHandler):
    server: _EnrolServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        return

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.server.requests.append(
            {"path": self.path, "idempotency_key": self.headers.get("Idempotency-Key")}
        )
        if self.path != ENROL_PATH:
            status, payload = 404, {"error": "not_found"}
        else:
            status, payload = self.server.respond(body)
        data = json.dumps(payload).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


class _EnrolServer(ThreadingHTTPServer):
    daemon_threads = False
    block_on_close = True

    def __init__(self, authority: ProvisioningAuthority) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.authority = authority
        self.requests: list[dict[str, Any]] = []
        self.tamper: Any = None  # optional callable(status, payload) -> (status, payload)

    def respond(self, body: bytes) -> tuple[int, dict[str, Any]]:
        status, payload = self.authority.handle_enrol_request(body)
        if self.tamper is not None:
            status, payload = self.tamper(status, payload)
        return status, payload

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}{ENROL_PATH}"


@pytest.fixture
def enrol_server(authority: ProvisioningAuthority) -> Iterator[_EnrolServer]:
    """A tiny loopback HTTP server mounting the authority at POST /provisioning/enrol."""
    server = _EnrolServer(authority)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)
