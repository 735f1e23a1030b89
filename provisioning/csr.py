"""The certificate signing request: kiosk id in the CN, site in the OU, a kiosk URI SAN."""

from __future__ import annotations

import re

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.x509.oid import NameOID

from provisioning.errors import ProvisioningError
from provisioning.keystore import KeyStore

KIOSK_URI_PREFIX = "urn:ecitizen:kiosk:"
KIOSK_ID_RE = re.compile(r"^[A-Za-z0-9._-]{1,64}$")  # as kiosk.config's KioskSection.id


def check_identity(kiosk_id: str, site: str) -> None:
    if KIOSK_ID_RE.fullmatch(kiosk_id) is None:
        raise ProvisioningError(
            "provisioning.kiosk_id_invalid", "1-64 letters, digits, '.', '_' or '-'"
        )
    if not site.strip() or len(site) > 120:
        raise ProvisioningError("provisioning.site_invalid", "1-120 characters")


def build_csr(keys: KeyStore, kiosk_id: str, site: str) -> str:
    """A PEM CSR signed by the device key."""
    check_identity(kiosk_id, site)
    builder = (
        x509.CertificateSigningRequestBuilder()
        .subject_name(
            x509.Name(
                [
                    x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, site),
                    x509.NameAttribute(NameOID.COMMON_NAME, kiosk_id),
                ]
            )
        )
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.UniformResourceIdentifier(KIOSK_URI_PREFIX + kiosk_id)]
            ),
            critical=False,
        )
    )
    return keys.sign_csr(builder).public_bytes(serialization.Encoding.PEM).decode("ascii")
