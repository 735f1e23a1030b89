"""Keys not beside the data (issue #14 item 3, PRIV, SEC-10): the kiosk's secrets are sealed by
the real ``systemd-creds`` at provisioning and read from ``$CREDENTIALS_DIRECTORY``; production
has no plain-file fallback; a lost or wrong key is an alert, never a new key over the data; a
stolen copy of the data directory decrypts nothing."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import sqlite3
import subprocess
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from kiosk.config import KioskConfig, Mode, load_demo_config
from kiosk.records.receipt_journal import ReceiptJournal, journal_key
from kiosk.records.receipts import Receipt, ReceiptStatus
from kiosk.runtime.app import KioskCore, build_core
from kiosk.security.credentials import (
    AUDIT_KEY,
    CREDENTIAL_NAMES,
    PLAIN_FILES,
    QUEUE_KEK,
    RECEIPT_KEY,
    CredentialError,
    SecretSource,
)
from kiosk.services.submit import Submission, enqueue
from offline_queue.crypto import AesKeyProvider, CryptoError
from provisioning.credentials import create_sealed_credentials, credentials_dir, unit_lines
from tests.conftest import shell_only

REPO = Path(__file__).resolve().parents[3]
NAME = "Amina Njoroge"
SECRET_TEXT = "my door code is 4711"


def _systemd_creds_usable() -> str | None:
    if shutil.which("systemd-creds") is None:
        return "systemd-creds is not installed (apt install systemd: scripts/setup.sh)"
    if os.geteuid() != 0:
        return "systemd-creds --with-key=host needs root (the host key is root-only)"
    return None


needs_systemd_creds = pytest.mark.skipif(
    _systemd_creds_usable() is not None, reason=str(_systemd_creds_usable())
)


def _as_systemd_would(root: Path, target: Path) -> Path:
    """Decrypt each sealed credential into ``target`` the way PID 1 does for
    ``LoadCredentialEncrypted=`` (the name is checked against the one sealed in)."""
    target.mkdir(mode=0o700)
    for name in CREDENTIAL_NAMES:
        subprocess.run(
            [
                "systemd-creds",
                "decrypt",
                f"--name={name}",
                str(credentials_dir(root) / f"{name}.cred"),
                str(target / name),
            ],
            check=True,
            capture_output=True,
            timeout=60,
        )
    return target


@pytest.fixture
def sealed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Provisioned, sealed credentials, decrypted into ``$CREDENTIALS_DIRECTORY``."""
    reason = _systemd_creds_usable()
    if reason is not None:
        pytest.skip(reason)
    root = tmp_path / "root"
    root.mkdir()
    create_sealed_credentials(root, with_key="host")
    creds = _as_systemd_would(root, tmp_path / "run-credentials")
    monkeypatch.setenv("CREDENTIALS_DIRECTORY", str(creds))
    yield creds


def _config(data: Path, mode: Mode) -> KioskConfig:
    config = shell_only(load_demo_config(data))
    return config.model_copy(update={"kiosk": config.kiosk.model_copy(update={"mode": mode})})


def _started(config: KioskConfig) -> KioskCore:
    core = build_core(config)
    core.start()
    return core


def _submission() -> Submission:
    return Submission(
        "feedback",
        "Feedback",
        "profile.update",
        {"body": {"display_name": NAME, "note": SECRET_TEXT}},
        lane="misc",
    )


def _digest(data: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(data.iterdir())
        if p.name.startswith("queue.db")
    }


# --------------------------------------------------------------------------------------------
# provisioning and the unit


@needs_systemd_creds
def test_provisioning_seals_each_secret_once_and_binds_its_name(tmp_path: Path) -> None:
    root = tmp_path / "root"
    root.mkdir()
    first = create_sealed_credentials(root, with_key="host")
    assert sorted(first.created) == sorted(CREDENTIAL_NAMES)
    directory = credentials_dir(root)
    assert directory.stat().st_mode & 0o777 == 0o700
    sealed = {n: (directory / f"{n}.cred").read_bytes() for n in CREDENTIAL_NAMES}
    for name in CREDENTIAL_NAMES:
        assert (directory / f"{name}.cred").stat().st_mode & 0o777 == 0o600
    creds = _as_systemd_would(root, tmp_path / "creds")
    for name in CREDENTIAL_NAMES:
        plain = (creds / name).read_bytes()
        assert len(plain) == 32
        assert plain not in sealed[name]  # encrypted, not encoded
    assert len({(creds / n).read_bytes() for n in CREDENTIAL_NAMES}) == 4  # one key per purpose
    # a credential renamed to another one's slot is refused (the name is sealed in)
    wrong = subprocess.run(
        ["systemd-creds", "decrypt", "--name=audit-key", str(directory / "queue-kek.cred"), "-"],
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert wrong.returncode != 0
    # a second run keeps every existing credential: never a new key over existing data
    again = create_sealed_credentials(root, with_key="host")
    assert again.created == [] and sorted(again.kept) == sorted(CREDENTIAL_NAMES)
    assert {n: (directory / f"{n}.cred").read_bytes() for n in CREDENTIAL_NAMES} == sealed


def test_kiosk_service_loads_every_sealed_credential() -> None:
    unit = (REPO / "kiosk.service").read_text(encoding="utf-8").splitlines()
    loaded = [line for line in unit if line.startswith("LoadCredentialEncrypted=")]
    assert loaded == unit_lines()
    assert {line.split("=", 1)[1].split(":", 1)[0] for line in loaded} == set(CREDENTIAL_NAMES)


def test_provisioning_reports_a_missing_systemd_creds(tmp_path: Path) -> None:
    from provisioning.errors import ProvisioningError

    with pytest.raises(ProvisioningError) as failed:
        create_sealed_credentials(tmp_path, with_key="host", systemd_creds="/nonexistent/creds")
    assert failed.value.key == "provisioning.credentials_failed"
    assert list(credentials_dir(tmp_path).iterdir()) == []  # nothing half-made


# --------------------------------------------------------------------------------------------
# the kiosk reads them


def test_source_policy_without_the_platform(tmp_path: Path) -> None:
    production = SecretSource(tmp_path, None, plain_fallback=False)
    with pytest.raises(CredentialError) as missing:
        production.load(QUEUE_KEK)
    assert missing.value.key == "credentials.missing"
    assert list(tmp_path.iterdir()) == []  # production never writes a key file
    demo = SecretSource(tmp_path, None, plain_fallback=True)
    key = demo.load(QUEUE_KEK)
    assert demo.load(QUEUE_KEK) == key and (tmp_path / "queue.key").stat().st_mode & 0o777 == 0o600
    (tmp_path / "audit.key").write_bytes(b"short")
    os.chmod(tmp_path / "audit.key", 0o600)
    with pytest.raises(CredentialError) as malformed:
        demo.load(AUDIT_KEY)
    assert malformed.value.key == "credentials.malformed"
    with pytest.raises(CredentialError) as lost:
        demo.load("receipt-key", may_create=False)
    assert lost.value.key == "credentials.lost"
    os.chmod(tmp_path / "queue.key", 0o644)
    with pytest.raises(CredentialError) as readable:
        demo.load(QUEUE_KEK)
    assert readable.value.key == "credentials.unreadable"


def test_production_reads_sealed_credentials_and_keeps_no_key_in_the_data_dir(
    sealed: Path, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    core = _started(_config(data, Mode.PRODUCTION))
    try:
        assert not [k for k in core.problems if k.startswith("credentials")], core.problems
        assert core.outbox is not None and core.audit is not None and core.audit.keyed
        assert core.audit_key == (sealed / AUDIT_KEY).read_bytes()
        assert core.secrets is not None and core.secrets.sealed
        enqueue(core, _submission())
        core.audit.record("mode.switch", "system", mode="normal")
    finally:
        core.close()
    assert not set(PLAIN_FILES.values()) & {p.name for p in data.iterdir()}


def test_production_without_sealed_credentials_starts_degraded_with_an_alert(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CREDENTIALS_DIRECTORY", raising=False)
    data = tmp_path / "data"
    core = _started(_config(data, Mode.PRODUCTION))
    try:
        assert core.problems["credentials.queue-kek"] == "credentials.missing"
        assert core.problems["credentials.audit-key"] == "credentials.missing"
        assert core.problems["queue"] == "credentials.missing"
        assert core.outbox is None  # nothing new is queued under a key it would not have
        assert core.audit is not None and not core.audit.keyed  # events still recorded
    finally:
        core.close()
    assert not set(PLAIN_FILES.values()) & {p.name for p in data.iterdir()}


def test_lost_queue_key_with_a_non_empty_queue_is_an_alert_and_the_queue_is_untouched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CREDENTIALS_DIRECTORY", raising=False)
    data = tmp_path / "data"
    config = _config(data, Mode.DEMO)  # plain key files: the one place a key could be re-made
    core = _started(config)
    try:
        reference = enqueue(core, _submission()).reference
    finally:
        core.close()
    (data / "queue.key").unlink()
    before = _digest(data)
    core = _started(config)
    try:
        assert core.problems["credentials.queue-kek"] == "credentials.lost"
        assert core.problems["queue"] == "credentials.lost"
        assert core.outbox is None and core.sync is None
    finally:
        core.close()
    assert not (data / "queue.key").exists()  # never regenerated over data it cannot read
    assert _digest(data) == before
    db = sqlite3.connect(f"file:{data / 'queue.db'}?mode=ro", uri=True)
    try:  # the transaction is still there for the key's backup to open
        count = db.execute("SELECT count(*) FROM outbox WHERE reference = ?", (reference,))
        assert count.fetchone() == (1,)
    finally:
        db.close()


def test_a_foreign_sealed_queue_key_is_an_alert_not_a_reencryption(
    sealed: Path, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    config = _config(data, Mode.PRODUCTION)
    core = _started(config)
    try:
        enqueue(core, _submission())
    finally:
        core.close()
    before = _digest(data)
    (sealed / QUEUE_KEK).write_bytes(os.urandom(32))  # another kiosk's credential
    core = _started(config)
    try:
        assert core.problems["credentials.queue-kek"] == "credentials.wrong_key"
        assert core.outbox is None
    finally:
        core.close()
    assert _digest(data) == before


# --------------------------------------------------------------------------------------------
# a stolen disk


def _candidates(directory: Path) -> set[bytes]:
    """Everything in ``directory`` that could be a 32-byte key: whole files of 32 bytes, every
    32-byte window of the small files, every 64-digit hex string anywhere."""
    found: set[bytes] = set()
    for path in directory.rglob("*"):
        if not path.is_file():
            continue
        data = path.read_bytes()
        if len(data) == 32:
            found.add(data)
        if len(data) <= 16 * 1024:
            found.update(data[i : i + 32] for i in range(0, max(0, len(data) - 31)))
        for match in re.finditer(rb"[0-9a-fA-F]{64}", data):
            found.add(bytes.fromhex(match.group().decode("ascii")))
    return found


def _unwraps(keys: AesKeyProvider, rows: list[tuple[str, str, bytes, str]]) -> int:
    opened = 0
    for tx_id, kind, wrapped, _kek_id in rows:
        try:
            keys.unwrap(wrapped, f"{tx_id}|{kind}".encode(), keys.key_id)
        except CryptoError:
            continue
        opened += 1
    return opened


def _receipt() -> Receipt:
    return Receipt.create(
        reference="REF-STOLEN-1",
        kiosk_id="K-1",
        site="City Hall",
        issued_at=datetime.now(UTC),
        service=f"Appointment for {NAME}",
        status=ReceiptStatus.SUBMITTED,
        key=b"q" * 32,
        instructions=(SECRET_TEXT,),
    )


def _opens_receipt(receipt_key: bytes, bodies: list[tuple[str, bytes]]) -> int:
    key = journal_key(receipt_key)
    if key is None:
        return 0
    opened = 0
    for reference, body in bodies:
        try:
            AESGCM(key).decrypt(body[:12], body[12:], b"receipt-journal|" + reference.encode())
        except InvalidTag:
            continue
        opened += 1
    return opened


def test_a_stolen_data_directory_reveals_no_payload(sealed: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    core = _started(_config(data, Mode.PRODUCTION))
    try:
        for _ in range(3):
            enqueue(core, _submission())
        assert core.audit is not None
        core.audit.record("mode.switch", "system", mode="normal")
        # the receipt journal (reprints), under the sealed receipt-key as kiosk run keeps it
        journal = ReceiptJournal(data, key=core.receipt_key)
        journal.record(_receipt(), "en")
    finally:
        core.close()
    stolen = tmp_path / "stolen"
    shutil.copytree(data, stolen)  # the disk, without the machine's TPM / host key
    assert (stolen / "receipts.sqlite3").is_file()
    for path in stolen.rglob("*"):
        if path.is_file():
            raw = path.read_bytes()
            assert NAME.encode() not in raw and SECRET_TEXT.encode() not in raw, path.name
    with sqlite3.connect(stolen / "queue.db") as db:
        rows = db.execute(
            "SELECT tx_id, kind, wrapped_key, kek_id FROM outbox WHERE wrapped_key IS NOT NULL"
        ).fetchall()
    assert len(rows) >= 3
    candidates = _candidates(stolen)
    assert len(candidates) > 100  # the search really tried what the disk holds
    assert sum(_unwraps(AesKeyProvider(c), rows) for c in candidates) == 0
    # the same search with the sealed key opens every row: the test can see a leak
    assert _unwraps(AesKeyProvider((sealed / QUEUE_KEK).read_bytes()), rows) == len(rows)
    # nor any receipt body: the journal's key is not on the disk either
    with sqlite3.connect(stolen / "receipts.sqlite3") as db:
        bodies = db.execute("SELECT reference, body FROM receipts").fetchall()
    assert len(bodies) == 1
    assert sum(_opens_receipt(c, bodies) for c in candidates) == 0
    assert _opens_receipt((sealed / RECEIPT_KEY).read_bytes(), bodies) == 1


@needs_systemd_creds
def test_provision_credentials_command(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from kiosk.commands.provision import provision

    runner = CliRunner()
    first = runner.invoke(provision, ["credentials", "--root", str(tmp_path), "--with-key", "host"])
    assert first.exit_code == 0, first.output
    assert first.output.count("sealed") == len(CREDENTIAL_NAMES)
    again = runner.invoke(provision, ["credentials", "--root", str(tmp_path), "--with-key", "host"])
    assert again.exit_code == 0 and again.output.count("kept") == len(CREDENTIAL_NAMES)


# --------------------------------------------------------------------------------------------
# TPM2 (a software TPM, swtpm): the sealed secret is bound to one TPM


def _free_port_pair() -> int:
    """A free TCP port whose successor is free too (the swtpm TCTI's control port is port+1)."""
    import socket

    for _ in range(50):
        with socket.socket() as a, socket.socket() as b:
            a.bind(("127.0.0.1", 0))
            port = int(a.getsockname()[1])
            try:
                b.bind(("127.0.0.1", port + 1))
            except OSError:
                continue
            return port
    raise AssertionError("no free port pair")


def _listening(port: int) -> bool:
    import socket

    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.2):
            return True
    except OSError:
        return False


class SoftTpm:
    """One swtpm on a TCP port pair (the swtpm TCTI's control port is port+1).

    Without a resource manager (the kernel's /dev/tpmrm0 on a real kiosk) every decrypt leaves
    a policy session behind in the TPM and the third one fails with "out of memory for session
    contexts": :meth:`flush_sessions` does what the resource manager would (tpm2_flushcontext).
    """

    def __init__(self, state: Path) -> None:
        self.state = state
        state.mkdir()
        self.port = _free_port_pair()
        self.tcti = f"swtpm:host=127.0.0.1,port={self.port}"
        self.process: subprocess.Popen[bytes] | None = None
        self.restart()

    def restart(self) -> None:
        self.stop()
        self.process = subprocess.Popen(
            [
                "swtpm",
                "socket",
                "--tpm2",
                "--tpmstate",
                f"dir={self.state}",
                "--server",
                f"type=tcp,port={self.port},bindaddr=127.0.0.1",
                "--ctrl",
                f"type=tcp,port={self.port + 1},bindaddr=127.0.0.1",
                "--flags",
                "startup-clear",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while not _listening(self.port + 1):
            assert self.process.poll() is None, "swtpm exited"
            assert time.monotonic() < deadline, "swtpm did not start"
            time.sleep(0.02)

    def flush_sessions(self) -> None:
        env = {**os.environ, "TPM2TOOLS_TCTI": self.tcti}
        for flag in ("-l", "-s"):
            subprocess.run(["tpm2_flushcontext", flag], env=env, timeout=30, check=True)

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=10)
            self.process = None


@pytest.fixture
def soft_tpms(tmp_path: Path) -> Iterator[Callable[[str], SoftTpm]]:
    """Start software TPMs (swtpm) for ``SYSTEMD_TPM2_DEVICE``; all stopped at the end."""
    if shutil.which("swtpm") is None or shutil.which("tpm2_flushcontext") is None:
        pytest.skip("swtpm or tpm2-tools is not installed (scripts/setup.sh installs them)")
    reason = _systemd_creds_usable()
    if reason is not None:
        pytest.skip(reason)
    started: list[SoftTpm] = []

    def start(name: str) -> SoftTpm:
        tpm = SoftTpm(tmp_path / f"tpm-{name}")
        started.append(tpm)
        return tpm

    yield start
    for tpm in started:
        tpm.stop()


def _decrypt(path: Path, name: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        ["systemd-creds", "decrypt", f"--name={name}", str(path), "-"],
        capture_output=True,
        timeout=60,
        check=False,
    )


def test_tpm2_sealed_credentials_open_only_on_their_tpm(
    soft_tpms: Callable[[str], SoftTpm], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kiosk_tpm = soft_tpms("kiosk")
    other_tpm = soft_tpms("thief")
    root = tmp_path / "root"
    root.mkdir()
    monkeypatch.setenv("SYSTEMD_TPM2_DEVICE", kiosk_tpm.tcti)
    report = create_sealed_credentials(root, with_key="tpm2")
    assert sorted(report.created) == sorted(CREDENTIAL_NAMES)
    sealed = {n: credentials_dir(root) / f"{n}.cred" for n in CREDENTIAL_NAMES}
    for name, path in sealed.items():
        opened = _decrypt(path, name)
        kiosk_tpm.flush_sessions()
        assert opened.returncode == 0 and len(opened.stdout) == 32, opened.stderr
    # the same files on another machine (another TPM): nothing opens
    monkeypatch.setenv("SYSTEMD_TPM2_DEVICE", other_tpm.tcti)
    for name, path in sealed.items():
        stolen = _decrypt(path, name)
        other_tpm.flush_sessions()
        assert stolen.returncode != 0 and stolen.stdout == b""
        assert b"TCTI" not in stolen.stderr, stolen.stderr  # the TPM answered, and refused
