"""Kiosk secrets sealed by the platform, never beside the data they protect (PRIV, SEC-10, SEC-16).

Four 32-byte secrets protect what the kiosk keeps on its disk:

========================  =====================================================================
credential name           protects
========================  =====================================================================
``queue-kek``             the offline queue: wraps every transaction's data key (SEC-10)
``audit-key``             the audit log: HMAC of every entry and of the local anchor (SEC-16)
``pseudonym-key``         pseudonyms of staff, residents and sessions in the audit log (AD-04)
``receipt-key``           the HMAC a receipt's QR code carries
========================  =====================================================================

**Production** reads them only from ``$CREDENTIALS_DIRECTORY``: provisioning creates them and
seals them with ``systemd-creds encrypt`` (TPM2 when the kiosk has one, the host key
``/var/lib/systemd/credential.secret`` otherwise) into ``/etc/ecitizen-kiosk/credentials/
<name>.cred``; ``kiosk.service`` names them in ``LoadCredentialEncrypted=`` and systemd decrypts
them into a private, non-swappable directory for the service's lifetime. A copy of the data
directory therefore holds ciphertext and no key (``docs/security.md``). A production kiosk
without a sealed credential does not fall back to a file: it starts degraded and the technician
sees ``credentials.missing`` on the diagnostics screen.

**Demo** mode (``[kiosk] mode = "demo"``) may keep them as plain ``0600`` files in the data
directory (``queue.key``, ``audit.key``, ``pseudonym.key``, ``receipt.key``), created on first
use. Even there a key that protects existing data (a queue with wrapped keys, a keyed audit log)
is never created afresh: ``credentials.lost`` is raised instead, so a lost key shows as an alert
and the data it protected stays untouched for a technician (or the key's backup) to recover.

No Qt.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from offline_queue.durable import create_file_once

if TYPE_CHECKING:
    from offline_queue.store.db import Store

logger = logging.getLogger(__name__)

QUEUE_KEK = "queue-kek"
AUDIT_KEY = "audit-key"
PSEUDONYM_KEY = "pseudonym-key"
RECEIPT_KEY = "receipt-key"
CREDENTIAL_NAMES: tuple[str, ...] = (QUEUE_KEK, AUDIT_KEY, PSEUDONYM_KEY, RECEIPT_KEY)
"""Every sealed credential the kiosk reads (``LoadCredentialEncrypted=<name>:...`` each)."""

PLAIN_FILES: Mapping[str, str] = {
    QUEUE_KEK: "queue.key",
    AUDIT_KEY: "audit.key",
    PSEUDONYM_KEY: "pseudonym.key",
    RECEIPT_KEY: "receipt.key",
}
"""The demo-mode file of each secret, in the data directory."""

SECRET_LEN = 32
SEALED_DIR = Path("/etc/ecitizen-kiosk/credentials")
"""Where provisioning puts ``<name>.cred`` (root-only; read by systemd, not by the kiosk)."""


class CredentialError(OSError):
    """A secret is missing, unreadable or malformed (environmental, like the disk errors callers
    already handle as OSError: an alert, never a crash).

    ``key``: ``credentials.missing`` (production without the sealed credential),
    ``credentials.lost`` (the key of existing data is gone: never regenerated),
    ``credentials.unreadable`` (I/O error, permissions), ``credentials.malformed`` (wrong size),
    ``credentials.wrong_key`` (a key that does not open the data it should).
    """

    def __init__(self, key: str, name: str, detail: str = "") -> None:
        super().__init__(f"{key}: {name}" + (f" ({detail})" if detail else ""))
        self.key = key
        self.name = name


@dataclass(frozen=True)
class SecretSource:
    """Where this kiosk's secrets come from.

    Attributes:
        data_dir: the data directory (demo-mode plain files live here).
        credentials_dir: ``$CREDENTIALS_DIRECTORY`` (systemd's decrypted credentials), or None.
        plain_fallback: demo mode: a secret not in ``credentials_dir`` may be a plain file.
    """

    data_dir: Path
    credentials_dir: Path | None
    plain_fallback: bool

    @classmethod
    def from_environment(
        cls,
        data_dir: Path,
        *,
        plain_fallback: bool,
        environ: Mapping[str, str] | None = None,
    ) -> SecretSource:
        env = os.environ if environ is None else environ
        creds = env.get("CREDENTIALS_DIRECTORY") or None
        return cls(data_dir, Path(creds) if creds else None, plain_fallback)

    @property
    def sealed(self) -> bool:
        """Secrets come from systemd credentials (nothing secret in the data directory)."""
        return self.credentials_dir is not None and not self.plain_fallback

    def where(self, name: str) -> str:
        """Where ``name`` is (or would be) read from, for diagnostics (no secret)."""
        if self.credentials_dir is not None and (self.credentials_dir / name).exists():
            return "sealed"
        return "plain_file" if self.plain_fallback else "missing"

    def load(self, name: str, *, may_create: bool = True) -> bytes:
        """The secret ``name`` (32 bytes).

        ``may_create``: in demo mode a missing plain file may be created (False when the secret
        protects existing data: then :class:`CredentialError` ``credentials.lost``).
        """
        if name not in PLAIN_FILES:
            raise ValueError(f"unknown credential {name!r}")
        if self.credentials_dir is not None:
            sealed = self.credentials_dir / name
            try:
                return _check(name, sealed.read_bytes())
            except FileNotFoundError:
                if not self.plain_fallback:
                    raise CredentialError("credentials.missing", name) from None
            except CredentialError:
                raise
            except OSError as exc:
                raise CredentialError("credentials.unreadable", name, type(exc).__name__) from exc
        if not self.plain_fallback:
            raise CredentialError("credentials.missing", name, "no $CREDENTIALS_DIRECTORY")
        path = self.data_dir / PLAIN_FILES[name]
        try:
            if path.stat().st_mode & 0o077:
                raise CredentialError("credentials.unreadable", name, "group/other may read it")
            return _check(name, path.read_bytes())
        except FileNotFoundError:
            if not may_create:
                raise CredentialError("credentials.lost", name, path.name) from None
        except CredentialError:
            raise
        except OSError as exc:
            raise CredentialError("credentials.unreadable", name, type(exc).__name__) from exc
        # created complete or not at all (a full disk raises OSError and leaves no empty file);
        # another process may win the race: then its key is read back
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        if create_file_once(path, os.urandom(SECRET_LEN)):
            logger.warning("demo mode: created the plain key file %s", path.name)
        return _check(name, path.read_bytes())


def _check(name: str, data: bytes) -> bytes:
    if len(data) != SECRET_LEN:
        raise CredentialError("credentials.malformed", name, f"{len(data)} bytes")
    return data


def decrypt_sealed(name: str, sealed: Path | None = None) -> bytes | None:
    """The sealed credential ``name`` (``SEALED_DIR/<name>.cred`` unless ``sealed`` says which
    file) decrypted with ``systemd-creds``, for root tools on the kiosk (``kiosk audit verify``,
    ``kiosk queue``); None when it is not there or does not open."""
    import subprocess

    sealed = sealed if sealed is not None else SEALED_DIR / f"{name}.cred"
    if not os.access(sealed, os.R_OK):
        return None
    try:
        done = subprocess.run(
            ["systemd-creds", "decrypt", f"--name={name}", str(sealed), "-"],
            capture_output=True,
            timeout=30,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    if done.returncode != 0 or len(done.stdout) != SECRET_LEN:
        return None
    return done.stdout


def find_audit_key(data_dir: Path) -> bytes | None:
    """The audit key for a writer or tool that was not handed one: the data directory's source
    (sealed credentials, or the demo file; never created here), else the sealed credential
    decrypted as root; None if none is available."""
    try:
        return source_for(data_dir).load(AUDIT_KEY, may_create=False)
    except CredentialError:
        return decrypt_sealed(AUDIT_KEY)


# --------------------------------------------------------------------------------------------
# The source of each data directory (set by kiosk.runtime.app.build_core)

_sources: dict[Path, SecretSource] = {}
_sources_lock = threading.Lock()


def register(source: SecretSource) -> None:
    """Make ``source`` the one :func:`source_for` returns for its data directory (the running
    kiosk's policy reaches helpers that only know the data directory, e.g.
    :func:`kiosk.session.assistance.load_or_create_key`)."""
    with _sources_lock:
        _sources[_norm(source.data_dir)] = source


def source_for(data_dir: Path) -> SecretSource:
    """The registered source of ``data_dir``; unregistered (tools, tests): credentials from the
    environment when present, else plain files."""
    with _sources_lock:
        found = _sources.get(_norm(data_dir))
    if found is not None:
        return found
    return SecretSource.from_environment(data_dir, plain_fallback=True)


def queue_kek_ids(store: Store) -> set[str]:
    """The KEK ids the queue's wrapped data keys need (empty: no payload depends on a key)."""
    from sqlalchemy import text

    with store.read() as conn:
        rows = conn.execute(
            text("SELECT DISTINCT kek_id FROM outbox WHERE wrapped_key IS NOT NULL")
        ).scalars()
        return {str(k) for k in rows if k is not None}


def _norm(path: Path) -> Path:
    return Path(os.path.abspath(path))
