"""The device key: an EC P-256 key that never leaves the kiosk.

:class:`KeyStore` is the extension point. :class:`FileKeyStore` keeps the key in a PEM file
(mode 0600, directory 0700, root-owned under ``/etc/ecitizen-kiosk/identity``).

**TPM-backed key (extension point).** SEC-13 asks for a hardware key where available. A
``Tpm2KeyStore`` implements the same protocol:

* ``generate``: create a P-256 key under the TPM's storage root key, e.g. with ``tpm2-tools``
  (``tpm2_createprimary`` + ``tpm2_create -G ecc256``) or the ``tpm2-openssl`` provider
  (``openssl genpkey -provider tpm2 -algorithm EC -pkeyopt group:P-256 -out device-key.pem``),
  which writes a ``-----BEGIN TSS2 PRIVATE KEY-----`` blob: the key wrapped by the TPM, useless
  on any other machine.
* ``public_key`` / ``sign_csr``: sign the CSR inside the TPM (``openssl req -provider tpm2 -key
  device-key.pem``), since the private scalar is never available to Python.
* ``tls_key_file``: the TSS2 blob. ``ssl.SSLContext.load_cert_chain`` passes it to OpenSSL, which
  loads it through the ``tpm2`` provider when the system ``openssl.cnf`` activates that
  provider (``OPENSSL_CONF`` for the kiosk service), so ``kiosk.security.tls`` needs no change.

It is not shipped here because this project has no TPM (or swtpm) to test it against.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Protocol

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec

from provisioning.errors import ProvisioningError
from provisioning.files import ensure_dir, write_file


class KeyStore(Protocol):
    """Where the device key lives and what can be done with it."""

    def exists(self) -> bool: ...

    def generate(self) -> None:
        """Create the key. Refuses (``provisioning.key_exists``) if one is already there."""
        ...

    def public_key(self) -> ec.EllipticCurvePublicKey: ...

    def sign_csr(
        self, builder: x509.CertificateSigningRequestBuilder
    ) -> x509.CertificateSigningRequest: ...

    def tls_key_file(self) -> Path:
        """The file to give ``ssl.SSLContext.load_cert_chain`` as ``keyfile``."""
        ...


class FileKeyStore:
    """A PEM (PKCS#8, unencrypted) key file with mode 0600 in a 0700 directory.

    The key is refused if the file is readable by group or others (``provisioning.key_mode``).
    """

    def __init__(self, path: Path) -> None:
        self.path = path

    def exists(self) -> bool:
        return self.path.exists()

    def generate(self) -> None:
        if self.path.exists():
            raise ProvisioningError("provisioning.key_exists", f"{self.path} already exists")
        ensure_dir(self.path.parent, 0o700)
        key = ec.generate_private_key(ec.SECP256R1())
        pem = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        write_file(self.path, pem, 0o600)

    def _load(self) -> ec.EllipticCurvePrivateKey:
        try:
            st = os.stat(self.path)
        except FileNotFoundError:
            raise ProvisioningError("provisioning.key_missing", str(self.path)) from None
        if stat.S_IMODE(st.st_mode) & 0o077:
            raise ProvisioningError(
                "provisioning.key_mode", f"{self.path} is readable by others; expected 0600"
            )
        try:
            key = serialization.load_pem_private_key(self.path.read_bytes(), password=None)
        except ValueError as exc:
            raise ProvisioningError("provisioning.key_invalid", str(self.path)) from exc
        if not isinstance(key, ec.EllipticCurvePrivateKey) or not isinstance(
            key.curve, ec.SECP256R1
        ):
            raise ProvisioningError("provisioning.key_invalid", "not an EC P-256 key")
        return key

    def public_key(self) -> ec.EllipticCurvePublicKey:
        return self._load().public_key()

    def sign_csr(
        self, builder: x509.CertificateSigningRequestBuilder
    ) -> x509.CertificateSigningRequest:
        return builder.sign(self._load(), hashes.SHA256())

    def tls_key_file(self) -> Path:
        self._load()  # mode and type checks
        return self.path
