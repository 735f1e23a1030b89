"""Mutual TLS with the enrolled device certificate, against loopback TLS servers that require
client certificates from the city CA (stdlib ssl in a thread).
"""

from __future__ import annotations

import datetime as dt
import http.server
import socket
import ssl
import threading
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from cryptography import x509

from citysim import CitySim
from citysim.provisioning import ProvisioningAuthority, kiosk_id_from_peer_cert
from kiosk.security.tls import (
    CREDENTIAL_NAMES,
    BackendTls,
    TlsHealth,
    TlsIdentity,
    TlsIdentityError,
    backend_tls,
    certificate_status,
    city_http_client,
    client_ssl_context,
    find_identity,
    httpx_client,
    ssl_reason,
)
from provisioning.bundle import install_bundle, load_public_key, verify_bundle
from provisioning.csr import build_csr
from provisioning.enrol import check_issued_certificate
from provisioning.files import ensure_dir, write_file
from provisioning.keystore import FileKeyStore
from provisioning.layout import KioskLayout

KIOSK_ID = "LIB-CENTRAL-01"
SITE = "Central Library"


def _enrol(authority: ProvisioningAuthority, root: Path, kiosk_id: str = KIOSK_ID) -> TlsIdentity:
    """Enrol through the authority's API (the HTTP path is covered in tests/provisioning)."""
    layout = KioskLayout(root)
    keys = FileKeyStore(layout.device_key)
    keys.generate()
    result = authority.enrol(authority.issue_token(), build_csr(keys, kiosk_id, SITE))
    cert = x509.load_pem_x509_certificate(result["cert_pem"].encode())
    check_issued_certificate(cert, authority.ca_cert, keys, kiosk_id)
    bundle = verify_bundle(
        result["bundle"], load_public_key(authority.bundle_public_key_pem.encode())
    )
    install_bundle(layout, bundle)
    ensure_dir(layout.identity_dir, 0o700)
    write_file(layout.device_cert, result["cert_pem"].encode(), 0o644)
    write_file(layout.city_ca, result["ca_pem"].encode(), 0o644)
    return TlsIdentity.from_layout(layout)


class MtlsServer:
    """Accepts connections on loopback; each one: TLS handshake, read a line, answer with the
    peer's kiosk id. Records the outcome of every handshake.
    """

    def __init__(self, context: ssl.SSLContext) -> None:
        self.context = context
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.sock.settimeout(10)
        self.port = self.sock.getsockname()[1]
        self.results: list[Any] = []
        self.done = threading.Event()
        self.thread = threading.Thread(target=self._serve_one)
        self.thread.start()

    def _serve_one(self) -> None:
        try:
            conn, _ = self.sock.accept()
        except OSError as exc:
            self.results.append(exc)
            self.done.set()
            return
        with conn:
            conn.settimeout(10)
            try:
                with self.context.wrap_socket(conn, server_side=True) as tls:
                    peer = tls.getpeercert()
                    line = tls.recv(64)
                    kiosk = kiosk_id_from_peer_cert(peer)
                    tls.sendall(f"hello {kiosk} {line.decode().strip()}\n".encode())
                    self.results.append(("ok", kiosk, tls.version()))
            except (ssl.SSLError, OSError) as exc:
                self.results.append(exc)
        self.done.set()

    def close(self) -> None:
        self.sock.close()
        self.thread.join(timeout=10)
        assert not self.thread.is_alive()


@pytest.fixture
def authority(tmp_path: Path) -> ProvisioningAuthority:
    return ProvisioningAuthority(tmp_path / "city")


@pytest.fixture
def identity(authority: ProvisioningAuthority, tmp_path: Path) -> TlsIdentity:
    return _enrol(authority, tmp_path / "kiosk")


@pytest.fixture
def server(authority: ProvisioningAuthority) -> Iterator[MtlsServer]:
    srv = MtlsServer(authority.server_ssl_context(["localhost", "127.0.0.1"]))
    yield srv
    srv.close()


def _talk(context: ssl.SSLContext, port: int, host: str = "localhost") -> str:
    with (
        socket.create_connection(("127.0.0.1", port), timeout=10) as raw,
        context.wrap_socket(raw, server_hostname=host) as tls,
    ):
        tls.sendall(b"ping\n")
        data = tls.recv(64)
        if not data:
            raise ConnectionError("closed by the server")
        return data.decode()


def test_handshake_with_the_enrolled_certificate(identity: TlsIdentity, server: MtlsServer) -> None:
    reply = _talk(client_ssl_context(identity), server.port)
    assert reply == f"hello {KIOSK_ID} ping\n"
    assert server.done.wait(10)
    assert server.results[0][:2] == ("ok", KIOSK_ID)
    assert server.results[0][2] in ("TLSv1.2", "TLSv1.3")


def test_handshake_fails_without_a_client_certificate(
    identity: TlsIdentity, server: MtlsServer
) -> None:
    context = ssl.create_default_context(cafile=str(identity.ca_file))  # trusts the server only
    with pytest.raises((ssl.SSLError, ConnectionError, OSError)):
        _talk(context, server.port)
    assert server.done.wait(10)
    assert isinstance(server.results[0], ssl.SSLError)
    assert "certificate" in str(server.results[0]).lower()


def test_handshake_fails_with_a_certificate_from_another_ca(
    authority: ProvisioningAuthority, server: MtlsServer, tmp_path: Path
) -> None:
    rogue = ProvisioningAuthority(tmp_path / "rogue-city")
    rogue_identity = _enrol(rogue, tmp_path / "rogue-kiosk")
    # trusts our city's server, but presents a certificate the city never issued
    context = client_ssl_context(
        TlsIdentity(rogue_identity.cert_file, rogue_identity.key_file, authority.ca_cert_path)
    )
    with pytest.raises((ssl.SSLError, ConnectionError, OSError)):
        _talk(context, server.port)
    assert server.done.wait(10)
    assert isinstance(server.results[0], ssl.SSLError)


def test_client_trusts_only_the_city_ca(
    identity: TlsIdentity, authority: ProvisioningAuthority, tmp_path: Path
) -> None:
    """A server with a certificate from any other CA is refused (no system trust store)."""
    rogue = ProvisioningAuthority(tmp_path / "rogue-city")
    srv = MtlsServer(rogue.server_ssl_context(["localhost"], require_client_cert=False))
    try:
        with pytest.raises(ssl.SSLCertVerificationError):
            _talk(client_ssl_context(identity), srv.port)
        assert srv.done.wait(10)
    finally:
        srv.close()


def test_host_name_is_checked(identity: TlsIdentity, authority: ProvisioningAuthority) -> None:
    srv = MtlsServer(authority.server_ssl_context(["gateway.city.test"]))
    try:
        with pytest.raises(ssl.SSLCertVerificationError):
            _talk(client_ssl_context(identity), srv.port, host="localhost")
        assert srv.done.wait(10)
    finally:
        srv.close()


def test_tls_below_1_2_is_refused(identity: TlsIdentity, authority: ProvisioningAuthority) -> None:
    server_context = authority.server_ssl_context(["localhost"])
    with warnings.catch_warnings():  # the old versions are deprecated: that is the point
        warnings.simplefilter("ignore", DeprecationWarning)
        server_context.minimum_version = ssl.TLSVersion.MINIMUM_SUPPORTED
        server_context.maximum_version = ssl.TLSVersion.TLSv1_1
    srv = MtlsServer(server_context)
    try:
        with pytest.raises((ssl.SSLError, OSError)):
            _talk(client_ssl_context(identity), srv.port)
        assert srv.done.wait(10)
    finally:
        srv.close()
    with pytest.raises(ValueError):
        client_ssl_context(identity, minimum_version=ssl.TLSVersion.TLSv1_1)


class _Hello(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        return

    def do_GET(self) -> None:
        assert isinstance(self.connection, ssl.SSLSocket)
        kiosk = kiosk_id_from_peer_cert(self.connection.getpeercert())
        body = f'{{"kiosk": "{kiosk}"}}'.encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def test_httpx_client_over_mutual_tls(
    identity: TlsIdentity, authority: ProvisioningAuthority
) -> None:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Hello)
    httpd.daemon_threads = False
    httpd.socket = authority.server_ssl_context(["127.0.0.1"]).wrap_socket(
        httpd.socket, server_side=True
    )
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        url = f"https://127.0.0.1:{httpd.server_address[1]}"
        with httpx_client(identity, url, timeout_s=10) as client:
            response = client.get("/whoami")
        assert response.status_code == 200
        assert response.json() == {"kiosk": KIOSK_ID}
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=10)
    with pytest.raises(ValueError):
        httpx_client(identity, "http://127.0.0.1:1")


def test_identity_errors(identity: TlsIdentity, tmp_path: Path) -> None:
    with pytest.raises(TlsIdentityError) as info:
        client_ssl_context(TlsIdentity(tmp_path / "no.pem", identity.key_file, identity.ca_file))
    assert info.value.key == "tls.not_enrolled"
    other = FileKeyStore(tmp_path / "other-key.pem")
    other.generate()
    with pytest.raises(TlsIdentityError) as info:  # a certificate that is not for this key
        client_ssl_context(TlsIdentity(identity.cert_file, other.path, identity.ca_file))
    assert info.value.key == "tls.identity_invalid"


def test_find_identity_prefers_systemd_credentials(identity: TlsIdentity, tmp_path: Path) -> None:
    root = tmp_path / "kiosk"
    assert find_identity(root, environ={}) == identity
    creds = tmp_path / "creds"
    creds.mkdir()
    for name, src in (
        ("device-cert", identity.cert_file),
        ("device-key", identity.key_file),
        ("city-ca", identity.ca_file),
    ):
        (creds / name).write_bytes(src.read_bytes())
    found = find_identity(root, environ={"CREDENTIALS_DIRECTORY": str(creds)})
    assert found.key_file == creds / "device-key"
    client_ssl_context(found)  # usable as is
    (creds / "city-ca").unlink()  # incomplete credentials: fall back to the layout
    assert find_identity(root, environ={"CREDENTIALS_DIRECTORY": str(creds)}) == identity
    with pytest.raises(TlsIdentityError) as info:
        find_identity(tmp_path / "not-enrolled", environ={})
    assert info.value.key == "tls.not_enrolled"


def test_certificate_status(identity: TlsIdentity, tmp_path: Path) -> None:
    status = certificate_status(identity.cert_file)
    assert (status.kiosk_id, status.issuer) == (KIOSK_ID, "Demo City Kiosk CA")
    assert 360 <= status.days_left <= 365 and not status.expired
    later = certificate_status(identity.cert_file, now=status.not_after + dt.timedelta(seconds=1))
    assert later.expired
    junk = tmp_path / "junk.pem"
    junk.write_text("nope")
    with pytest.raises(TlsIdentityError):
        certificate_status(junk)


# --- the kiosk's city clients (kiosk/runtime/app.py) against citysim serving mutual TLS -----------


@pytest.fixture
def mtls_city(authority: ProvisioningAuthority) -> Iterator[CitySim]:
    """The production-like city: gateway + Open311 over HTTPS requiring the city's client certs."""
    context = authority.server_ssl_context(["127.0.0.1"])
    with CitySim(open311_port=None, control_port=None, tls=context) as city:
        yield city


def _credentials(identity: TlsIdentity, directory: Path) -> dict[str, str]:
    """The identity where systemd's LoadCredential= puts it ($CREDENTIALS_DIRECTORY)."""
    directory.mkdir(mode=0o700)
    for name, source in zip(
        CREDENTIAL_NAMES, (identity.cert_file, identity.key_file, identity.ca_file), strict=True
    ):
        write_file(directory / name, source.read_bytes(), 0o600)
    return {"CREDENTIALS_DIRECTORY": str(directory)}


def _get(tls: BackendTls, health: TlsHealth, url: str) -> httpx.Response:
    with city_http_client(url, tls, health, timeout=httpx.Timeout(10)) as client:
        return client.get("/health")


def test_production_clients_present_the_device_certificate(
    identity: TlsIdentity, mtls_city: CitySim, tmp_path: Path
) -> None:
    environ = _credentials(identity, tmp_path / "creds")
    tls = backend_tls(True, root=tmp_path / "no-root", environ=environ)
    assert tls.problem is None and tls.identity is not None
    assert tls.identity.cert_file.parent == tmp_path / "creds"
    problems: dict[str, str] = {}
    assert _get(tls, TlsHealth(problems), mtls_city.gateway_url).status_code == 200
    assert problems == {}
    assert mtls_city.gateway_url.startswith("https://")
    assert [p.split(",")[-1] for p in mtls_city.gateway.peers] == [f"CN={KIOSK_ID}"]
    assert mtls_city.gateway.requests_seen[-1][1:] == ("GET", "/health")


def test_a_refused_certificate_is_a_tls_alert_until_tls_works_again(
    identity: TlsIdentity,
    authority: ProvisioningAuthority,
    mtls_city: CitySim,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    rogue = _enrol(ProvisioningAuthority(tmp_path / "rogue-city"), tmp_path / "rogue")
    # the rogue kiosk trusts the real city's server, but its certificate is from another CA
    wrong = TlsIdentity(rogue.cert_file, rogue.key_file, identity.ca_file)
    problems: dict[str, str] = {}
    health = TlsHealth(problems)
    for _ in range(2):
        with pytest.raises(httpx.TransportError):
            _get(BackendTls(client_ssl_context(wrong)), health, mtls_city.gateway_url)
    assert problems == {"tls": "tls.handshake_failed"}
    assert mtls_city.gateway.peers == [] and mtls_city.gateway.tls_refused >= 1
    assert mtls_city.gateway.requests_seen == []
    failures = [r for r in caplog.records if r.getMessage().startswith("TLS with 127.0.0.1")]
    assert len(failures) == 1  # once per host and reason, not once per attempt
    assert _get(BackendTls(client_ssl_context(identity)), health, mtls_city.gateway_url).is_success
    assert problems == {}


def test_without_an_identity_production_never_connects(
    mtls_city: CitySim, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    tls = backend_tls(True, root=tmp_path / "not-enrolled", environ={})
    assert tls.problem == "tls.not_enrolled" and tls.identity is None
    problems: dict[str, str] = {}
    health = TlsHealth(problems, tls.problem)
    with pytest.raises(httpx.ConnectError) as info:
        _get(tls, health, mtls_city.gateway_url)
    assert ssl_reason(info.value) == "CERTIFICATE_VERIFY_FAILED"  # trusts no server at all
    assert problems == {"tls": "tls.not_enrolled"}  # the start-up problem stays
    assert mtls_city.gateway.requests_seen == []
    assert "no mutual TLS to the city: tls.not_enrolled" in caplog.text
    assert "PRIVATE KEY" not in caplog.text


def test_demo_and_practice_use_plain_clients() -> None:
    assert backend_tls(False) == BackendTls(True)
