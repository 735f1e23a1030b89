"""The device key file and the CSR."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from provisioning.csr import KIOSK_URI_PREFIX, build_csr
from provisioning.errors import ProvisioningError
from provisioning.keystore import FileKeyStore, KeyStore


def test_generate_private_modes_and_p256(tmp_path: Path) -> None:
    old = os.umask(0)  # even a careless umask must not widen the key's mode
    try:
        keys: KeyStore = FileKeyStore(tmp_path / "identity" / "device-key.pem")
        assert not keys.exists()
        keys.generate()
    finally:
        os.umask(old)
    path = tmp_path / "identity" / "device-key.pem"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert isinstance(keys.public_key().curve, ec.SECP256R1)
    assert keys.tls_key_file() == path
    assert list(tmp_path.joinpath("identity").iterdir()) == [path]  # no temp file left


def test_existing_key_is_never_replaced(tmp_path: Path) -> None:
    keys = FileKeyStore(tmp_path / "k.pem")
    keys.generate()
    before = (tmp_path / "k.pem").read_bytes()
    with pytest.raises(ProvisioningError) as info:
        keys.generate()
    assert info.value.key == "provisioning.key_exists"
    assert (tmp_path / "k.pem").read_bytes() == before


def test_key_readable_by_others_is_refused(tmp_path: Path) -> None:
    keys = FileKeyStore(tmp_path / "k.pem")
    keys.generate()
    (tmp_path / "k.pem").chmod(0o644)
    with pytest.raises(ProvisioningError) as info:
        keys.public_key()
    assert info.value.key == "provisioning.key_mode"


def test_missing_or_bad_key(tmp_path: Path) -> None:
    with pytest.raises(ProvisioningError) as info:
        FileKeyStore(tmp_path / "none.pem").public_key()
    assert info.value.key == "provisioning.key_missing"
    bad = tmp_path / "bad.pem"
    bad.write_text("not a key")
    bad.chmod(0o600)
    with pytest.raises(ProvisioningError) as info:
        FileKeyStore(bad).public_key()
    assert info.value.key == "provisioning.key_invalid"


def test_csr_subject_and_signature(tmp_path: Path) -> None:
    keys = FileKeyStore(tmp_path / "k.pem")
    keys.generate()
    csr = x509.load_pem_x509_csr(build_csr(keys, "LIB-01", "Central Library").encode())
    assert csr.is_signature_valid
    assert csr.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == "LIB-01"
    assert (
        csr.subject.get_attributes_for_oid(NameOID.ORGANIZATIONAL_UNIT_NAME)[0].value
        == "Central Library"
    )
    san = csr.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert san.get_values_for_type(x509.UniformResourceIdentifier) == [KIOSK_URI_PREFIX + "LIB-01"]
    assert csr.public_key() == keys.public_key()


@pytest.mark.parametrize(
    ("kiosk_id", "site"), [("bad id", "x"), ("", "x"), ("A" * 65, "x"), ("OK", " ")]
)
def test_csr_refuses_bad_identity(tmp_path: Path, kiosk_id: str, site: str) -> None:
    keys = FileKeyStore(tmp_path / "k.pem")
    keys.generate()
    with pytest.raises(ProvisioningError):
        build_csr(keys, kiosk_id, site)
