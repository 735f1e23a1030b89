"""The kiosk's sealed secrets: created once at provisioning, encrypted by ``systemd-creds``.

``create_sealed_credentials(root)`` makes, for each name of :data:`CREDENTIAL_NAMES` that has no
``<root>/etc/ecitizen-kiosk/credentials/<name>.cred`` yet, 32 random bytes and seals them with
``systemd-creds encrypt --name=<name> --with-key=<mode>``: ``auto`` picks the TPM2 (and the host
key) when the machine has a TPM, the host key ``/var/lib/systemd/credential.secret`` otherwise;
``host`` / ``tpm2`` / ``host+tpm2`` force one. The plaintext goes through a pipe, never a file.
``kiosk.service`` loads them with ``LoadCredentialEncrypted=<name>:<path>`` and the kiosk reads
the decrypted copies from ``$CREDENTIALS_DIRECTORY`` (``kiosk.security.credentials``).

An existing credential is **never** replaced: the data it protects (the queue's wrapped keys,
the keyed audit chain) would become unreadable. To rotate one, a technician drains the queue
and archives the audit log first, then removes the file deliberately.

The names mirror ``kiosk.security.credentials.CREDENTIAL_NAMES`` (provisioning does not import the
app).
"""

from __future__ import annotations

import logging
import os
import secrets
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from provisioning.errors import ProvisioningError
from provisioning.files import ensure_dir

logger = logging.getLogger(__name__)

CREDENTIAL_NAMES: tuple[str, ...] = ("queue-kek", "audit-key", "pseudonym-key", "receipt-key")
SECRET_LEN = 32
WITH_KEY_MODES = ("auto", "host", "tpm2", "host+tpm2")


def credentials_dir(root: Path) -> Path:
    """``<root>/etc/ecitizen-kiosk/credentials`` (root-only, 0700)."""
    return root / "etc" / "ecitizen-kiosk" / "credentials"


@dataclass
class CredentialsReport:
    created: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)


def create_sealed_credentials(
    root: Path, *, with_key: str = "auto", systemd_creds: str = "systemd-creds"
) -> CredentialsReport:
    """Create and seal every missing credential under ``root`` (see the module docstring).

    Raises :class:`ProvisioningError` (``provisioning.credentials_failed``) when
    ``systemd-creds`` is missing or refuses (no TPM for ``tpm2``, no host key and no root).
    """
    if with_key not in WITH_KEY_MODES:
        raise ProvisioningError("provisioning.credentials_bad_mode", with_key)
    directory = credentials_dir(root)
    ensure_dir(directory, 0o700)
    report = CredentialsReport()
    for name in CREDENTIAL_NAMES:
        target = directory / f"{name}.cred"
        if target.exists():
            report.kept.append(name)
            continue
        _seal(name, target, with_key, systemd_creds)
        report.created.append(name)
    logger.info("sealed credentials: %d created, %d kept", len(report.created), len(report.kept))
    return report


def _seal(name: str, target: Path, with_key: str, program: str) -> None:
    tmp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
    try:
        done = subprocess.run(  # fixed arguments, no shell
            [program, "encrypt", f"--name={name}", f"--with-key={with_key}", "-", str(tmp)],
            input=secrets.token_bytes(SECRET_LEN),
            capture_output=True,
            timeout=60,
            check=False,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        tmp.unlink(missing_ok=True)
        raise ProvisioningError("provisioning.credentials_failed", f"{program}: {exc}") from exc
    if done.returncode != 0 or not tmp.exists():
        tmp.unlink(missing_ok=True)
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise ProvisioningError(
            "provisioning.credentials_failed", message[-1] if message else f"exit {done.returncode}"
        )
    os.chmod(tmp, 0o600)
    fd = os.open(tmp, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    try:
        os.link(tmp, target)  # never over an existing credential (a concurrent run)
    except FileExistsError:
        pass
    finally:
        tmp.unlink(missing_ok=True)
    dir_fd = os.open(target.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


def unit_lines(root: Path = Path("/")) -> list[str]:
    """The ``LoadCredentialEncrypted=`` lines of ``kiosk.service`` for credentials under
    ``root``."""
    directory = Path("/") / credentials_dir(root).relative_to(root)
    return [f"LoadCredentialEncrypted={n}:{directory / n}.cred" for n in CREDENTIAL_NAMES]
