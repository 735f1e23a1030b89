"""Issue #14, "done when": ``kiosk run`` in production mode, end to end, as systemd runs it.

The real CLI in a subprocess (offscreen Qt) with a production configuration against citysim
serving the gateway and Open311 over HTTPS that requires client certificates from the city CA
(mutual TLS, SEC-13). Everything the unit gives the kiosk comes the way systemd gives it: the
device identity from provisioning and the sealed secrets (queue KEK, audit key, pseudonym key,
receipt key, sealed by ``kiosk provision credentials`` with systemd-creds and decrypted as
``LoadCredentialEncrypted=`` does) in ``$CREDENTIALS_DIRECTORY``, readiness over
``$NOTIFY_SOCKET``.

* enrolled: READY; a transaction queued before the start is delivered over mutual TLS (the server
  saw the kiosk's certificate subject); the keyed audit log's checkpoint, signed with the device
  key, is shipped and accepted; the data directory holds no key and no secret in clear;
* a certificate from another CA, or none at all: READY, but nothing reaches the gateway, the
  item stays queued, and the log says why (tls);
* an ``http://`` back end: refused before anything starts, a ``field: reason`` line, no traceback.

:func:`production_site` builds the configuration, credentials and data directory for any such
test; devices are disabled (production refuses emulated ones; real readers are tested elsewhere).
"""

from __future__ import annotations

import base64
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography import x509

from citysim import CitySim
from citysim.provisioning import ProvisioningAuthority
from kiosk.records.audit import AuditLog
from kiosk.security.credentials import AUDIT_KEY, PSEUDONYM_KEY, QUEUE_KEK, RECEIPT_KEY
from offline_queue.crypto import AesKeyProvider
from offline_queue.outbox import Outbox
from offline_queue.store import State, open_store
from provisioning.credentials import create_sealed_credentials, credentials_dir
from provisioning.csr import build_csr
from provisioning.enrol import check_issued_certificate
from provisioning.keystore import FileKeyStore

REPO = Path(__file__).resolve().parents[2]
KIOSK_ID = "LIB-E2E-01"
SITE = "Central Library"
COMMENT = "canary-comment-7Q2X the reading room is great"


@dataclass
class ProductionSite:
    """One production kiosk's files: what provisioning and systemd would give it.

    Attributes:
        config: kiosk.toml (mode production, https back ends, devices disabled).
        credentials: ``$CREDENTIALS_DIRECTORY``: device-cert, device-key, city-ca (the
            enrolled identity) and the sealed secrets, each 0600 in a 0700 directory.
        data_dir: the kiosk's data directory (queue, audit log, logs).
    """

    config: Path
    credentials: Path
    data_dir: Path
    secrets: dict[str, bytes]

    @property
    def log(self) -> Path:
        return self.data_dir / "logs" / "kiosk.jsonl"

    def outbox(self) -> Outbox:
        """The kiosk's queue, opened as the kiosk opens it (same KEK); close its store after."""
        return Outbox(open_store(self.data_dir), AesKeyProvider(self.secrets[QUEUE_KEK]))


def enrol_identity(
    authority: ProvisioningAuthority, directory: Path, kiosk_id: str = KIOSK_ID
) -> None:
    """A device key and the certificate the city's provisioning authority issues for it."""
    keys = FileKeyStore(directory / "device-key")
    keys.generate()
    issued = authority.enrol(authority.issue_token(), build_csr(keys, kiosk_id, SITE))
    cert = x509.load_pem_x509_certificate(issued["cert_pem"].encode())
    check_issued_certificate(cert, authority.ca_cert, keys, kiosk_id)
    (directory / "device-cert").write_text(issued["cert_pem"])
    (directory / "city-ca").write_text(issued["ca_pem"])


CAN_SEAL = shutil.which("systemd-creds") is not None and os.geteuid() == 0
"""``systemd-creds --with-key=host`` needs root (the host key is root-only)."""
SECRET_NAMES = (QUEUE_KEK, AUDIT_KEY, PSEUDONYM_KEY, RECEIPT_KEY)


def sealed_secrets(root: Path) -> dict[str, bytes]:
    """The secrets as production has them: created and sealed by provisioning
    (``kiosk provision credentials``, systemd-creds with the host key), then decrypted the way
    ``LoadCredentialEncrypted=`` does at service start (the name is bound into each)."""
    create_sealed_credentials(root, with_key="host")
    opened = {}
    for name in SECRET_NAMES:
        sealed = credentials_dir(root) / f"{name}.cred"
        done = subprocess.run(
            ["systemd-creds", "decrypt", f"--name={name}", str(sealed), "-"],
            capture_output=True,
            timeout=60,
            check=True,
        )
        opened[name] = done.stdout
    return opened


def plain_secrets() -> dict[str, bytes]:
    return {name: os.urandom(32) for name in SECRET_NAMES}


def production_site(
    tmp_path: Path,
    city: CitySim,
    authority: ProvisioningAuthority,
    *,
    identity: str = "enrolled",
    gateway_url: str | None = None,
    extra_toml: str = "",
) -> ProductionSite:
    """A production kiosk for ``city``. ``identity``: "enrolled" (by ``authority``), "foreign"
    (a certificate from another city CA, trusting the real one) or "missing" (no device
    identity, only the sealed secrets). The secrets are sealed with systemd-creds when it can
    (root), else random files as systemd would hand them over."""
    credentials = tmp_path / "credentials"
    credentials.mkdir(mode=0o700)
    if identity == "enrolled":
        enrol_identity(authority, credentials)
    elif identity == "foreign":
        enrol_identity(ProvisioningAuthority(tmp_path / "rogue-city"), credentials)
        (credentials / "city-ca").write_text(authority.ca_pem)
    else:
        assert identity == "missing"
    secrets = sealed_secrets(tmp_path / "root") if CAN_SEAL else plain_secrets()
    for name, value in secrets.items():
        (credentials / name).write_bytes(value)
    for path in credentials.iterdir():
        path.chmod(0o600)
    data_dir = tmp_path / "data"
    data_dir.mkdir(mode=0o700)
    gateway = gateway_url or city.gateway_url
    host, port = city.sip2_address
    config = tmp_path / "kiosk.toml"
    config.write_text(
        "[kiosk]\n"
        f'id = "{KIOSK_ID}"\n'
        f'site = "{SITE}"\n'
        'mode = "production"\n'
        "[devices.card_reader]\n"
        'driver = "disabled"\n'
        "[devices.printer]\n"
        'driver = "disabled"\n'
        "[devices.camera]\n"
        'driver = "disabled"\n'
        "[backends]\n"
        f'gateway_url = "{gateway}"\n'
        f'open311_url = "{gateway}/open311/v2"\n'
        f'sip2_host = "{host}"\n'
        f"sip2_port = {port}\n"
        # SIP2 over TLS is tested with the SIP2 connector; here the loopback ACS is plain
        "sip2_plaintext_accepted_risk = true\n"
        "[paths]\n"
        f'data_dir = "{data_dir}"\n' + extra_toml,
        encoding="utf-8",
    )
    return ProductionSite(config, credentials, data_dir, secrets)


@pytest.fixture
def authority(tmp_path: Path) -> ProvisioningAuthority:
    return ProvisioningAuthority(tmp_path / "city")


@pytest.fixture
def city(authority: ProvisioningAuthority) -> Iterator[CitySim]:
    """The production-like city: HTTPS requiring the city's client certificates."""
    context = authority.server_ssl_context(["127.0.0.1"])
    with CitySim(open311_port=None, control_port=None, tls=context) as sim:
        sim.gateway_state.require_signed_checkpoints = True
        yield sim


def audit_history(site: ProductionSite) -> None:
    """An entry a previous run left in the keyed audit log (so there is a head to ship)."""
    with AuditLog.in_data_dir(site.data_dir, key=site.secrets[AUDIT_KEY]) as log:
        log.record("mode.switch", "system", mode="normal")


def queue_feedback(site: ProductionSite) -> str:
    """A transaction queued before the kiosk starts (as if left from an offline spell)."""
    outbox = site.outbox()
    try:
        queued = outbox.enqueue(
            backend="gateway",
            kind="feedback.comment",
            payload={"body": {"comment": COMMENT, "kiosk_id": KIOSK_ID}},
        )
    finally:
        outbox.store.close()
    return str(queued.tx_id)


def item_state(site: ProductionSite, tx_id: str) -> str:
    outbox = site.outbox()
    try:
        return outbox.find(tx_id).state
    finally:
        outbox.store.close()


class RunningKiosk:
    """``kiosk run --config`` as systemd starts it (Type=notify, credentials, offscreen)."""

    def __init__(self, site: ProductionSite, notify: socket.socket, notify_path: Path) -> None:
        env = dict(os.environ)
        env.update(
            QT_QPA_PLATFORM="offscreen",
            NOTIFY_SOCKET=str(notify_path),
            CREDENTIALS_DIRECTORY=str(site.credentials),
        )
        env.pop("WATCHDOG_USEC", None)
        self.notify = notify
        self.seen: list[str] = []
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "kiosk.cli", "run", "--config", str(site.config)],
            env=env,
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    def wait_for_notify(self, wanted: str, timeout_s: float) -> None:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if any(line.startswith(wanted) for line in self.seen):
                return
            if self.proc.poll() is not None:
                break
            self.notify.settimeout(0.2)
            try:
                self.seen.extend(self.notify.recv(4096).decode().split("\n"))
            except TimeoutError:
                continue
        raise AssertionError(f"{wanted!r} never arrived; got {self.seen}")

    def stop(self) -> str:
        """SIGTERM as systemd sends it; the kiosk's stderr."""
        self.proc.send_signal(signal.SIGTERM)
        _out, err = self.proc.communicate(timeout=30)
        assert self.proc.returncode == 0, err
        return err

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.communicate()


@pytest.fixture
def start_kiosk(tmp_path: Path) -> Iterator[Callable[[ProductionSite], RunningKiosk]]:
    notify_path = tmp_path / "notify.sock"
    started: list[RunningKiosk] = []
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
        sock.bind(str(notify_path))

        def start(site: ProductionSite) -> RunningKiosk:
            kiosk = RunningKiosk(site, sock, notify_path)
            started.append(kiosk)
            return kiosk

        try:
            yield start
        finally:
            for kiosk in started:
                kiosk.kill()


def wait_until(condition: Callable[[], bool], timeout_s: float, what: str) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


def test_enrolled_kiosk_delivers_over_mutual_tls(
    tmp_path: Path,
    city: CitySim,
    authority: ProvisioningAuthority,
    start_kiosk: Callable[[ProductionSite], RunningKiosk],
) -> None:
    site = production_site(tmp_path, city, authority)
    audit_history(site)
    tx_id = queue_feedback(site)
    kiosk = start_kiosk(site)
    kiosk.wait_for_notify("READY=1", 60)

    subject = f"O=Demo City,OU={SITE},CN={KIOSK_ID}"
    wait_until(
        lambda: (subject, "POST", "/feedback") in city.gateway.requests_seen, 30, "the delivery"
    )
    assert [f["comment"] for f in city.gateway_state.feedback] == [COMMENT]
    wait_until(lambda: item_state(site, tx_id) == State.DONE, 30, "the acknowledgement")
    # SEC-16: the keyed audit log's head is shipped at start, signed with the device key, over
    # the same mutual TLS
    wait_until(lambda: bool(city.gateway_state.audit_checkpoints.get(KIOSK_ID)), 30, "checkpoint")
    shipped = city.gateway_state.audit_checkpoints[KIOSK_ID][0]
    assert (shipped["seq"], shipped["algorithm"]) == (1, "ECDSA-P256-SHA256")
    assert (subject, "POST", "/audit/checkpoints") in city.gateway.requests_seen
    # every connection the city saw presented this kiosk's certificate
    assert set(city.gateway.peers) == {subject}
    assert city.gateway.tls_refused == 0
    assert "Traceback" not in kiosk.stop()

    verify = subprocess.run(
        [sys.executable, "-m", "kiosk.cli", "audit", "verify", "--config", str(site.config)],
        env={**os.environ, "CREDENTIALS_DIRECTORY": str(site.credentials)},
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert verify.returncode == 0, verify.stdout + verify.stderr
    log = site.log.read_text()
    assert "mutual TLS to the city with the device certificate" in log
    assert "tls." not in "".join(_alerts(log))
    # the data directory holds no key and nothing of the identity or the resident in clear
    everything = b"".join(p.read_bytes() for p in site.data_dir.rglob("*") if p.is_file())
    for secret in site.secrets.values():
        assert secret not in everything and base64.b64encode(secret) not in everything
        assert secret.hex().encode() not in everything
    assert b"PRIVATE KEY" not in everything
    assert COMMENT.encode() not in everything
    if CAN_SEAL:  # on disk the secrets exist only sealed (systemd-creds ciphertext)
        for name, secret in site.secrets.items():
            assert secret not in (credentials_dir(tmp_path / "root") / f"{name}.cred").read_bytes()


def _alerts(log: str) -> list[str]:
    return [line for line in log.splitlines() if '"ERROR"' in line]


@pytest.mark.parametrize("identity", ["foreign", "missing"])
def test_without_a_valid_client_certificate_nothing_reaches_the_city(
    tmp_path: Path,
    city: CitySim,
    authority: ProvisioningAuthority,
    start_kiosk: Callable[[ProductionSite], RunningKiosk],
    identity: str,
) -> None:
    site = production_site(tmp_path, city, authority, identity=identity)
    audit_history(site)
    tx_id = queue_feedback(site)
    kiosk = start_kiosk(site)
    kiosk.wait_for_notify("READY=1", 60)
    expected = {
        "foreign": "TLS with 127.0.0.1 failed",  # the city refused the certificate
        "missing": "no mutual TLS to the city: tls.not_enrolled",
    }[identity]
    wait_until(lambda: expected in site.log.read_text(), 30, "the TLS error in the log")
    if identity == "foreign":
        wait_until(lambda: city.gateway.tls_refused >= 1, 10, "the city's refusal")
    err = kiosk.stop()
    assert "Traceback" not in err

    assert city.gateway.requests_seen == [] and city.gateway.peers == []
    assert city.gateway_state.feedback == []
    assert item_state(site, tx_id) == State.PENDING  # still queued, for when TLS works
    assert KIOSK_ID not in city.gateway_state.audit_checkpoints


def test_plain_http_back_end_is_refused_at_start(
    tmp_path: Path,
    city: CitySim,
    authority: ProvisioningAuthority,
    start_kiosk: Callable[[ProductionSite], RunningKiosk],
) -> None:
    plain = city.gateway_url.replace("https://", "http://")
    site = production_site(tmp_path, city, authority, gateway_url=plain)
    kiosk = start_kiosk(site)
    _out, err = kiosk.proc.communicate(timeout=60)
    assert kiosk.proc.returncode == 2
    assert "backends.gateway_url: production mode refuses plain http://" in err
    assert "backends.open311_url: production mode refuses plain http://" in err
    assert "Traceback" not in err
    assert not any(line.startswith("READY=1") for line in kiosk.seen)
    assert not site.log.exists()  # nothing started
    assert city.gateway.requests_seen == []
