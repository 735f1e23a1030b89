"""citysim.provisioning: the city side of enrolment (tokens, CA, certificates, bundles)."""

from __future__ import annotations

import datetime as dt
import json
import threading
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

import citysim.provisioning as cp
from citysim.provisioning import EnrolmentError, ProvisioningAuthority

from .conftest import KIOSK_ID, SITE


def _csr(kiosk_id: str = KIOSK_ID, site: str | None = SITE, key: object | None = None) -> str:
    key = key or ec.generate_private_key(ec.SECP256R1())
    attrs = [x509.NameAttribute(NameOID.COMMON_NAME, kiosk_id)]
    if site is not None:
        attrs.insert(0, x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, site))
    csr = x509.CertificateSigningRequestBuilder().subject_name(x509.Name(attrs))
    return (
        csr.sign(key, hashes.SHA256())  # type: ignore[arg-type]
        .public_bytes(serialization.Encoding.PEM)
        .decode()
    )


def test_enrol_issues_client_cert_and_signed_bundle(authority: ProvisioningAuthority) -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    token = authority.issue_token()
    result = authority.enrol(token, _csr(key=key))
    cert = x509.load_pem_x509_certificate(result["cert_pem"].encode())
    ca = x509.load_pem_x509_certificate(result["ca_pem"].encode())
    cert.verify_directly_issued_by(ca)
    assert cert.public_key() == key.public_key()
    assert cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == KIOSK_ID
    assert cert.subject.get_attributes_for_oid(NameOID.ORGANIZATIONAL_UNIT_NAME)[0].value == SITE
    eku = cert.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    assert list(eku) == [ExtendedKeyUsageOID.CLIENT_AUTH]
    assert not cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    payload = cp.verify_bundle_signature(result["bundle"], authority.bundle_public_key_pem)
    assert payload["kiosk_id"] == KIOSK_ID
    assert payload["ca_sha256"] == authority.ca_sha256
    assert 'mode = "production"' in payload["config_toml"]


def test_token_is_one_time_and_stored_hashed(authority: ProvisioningAuthority) -> None:
    token = authority.issue_token()
    state = (authority.directory / "state.json").read_text()
    assert token not in state
    authority.enrol(token, _csr())
    with pytest.raises(EnrolmentError) as info:
        authority.enrol(token, _csr())
    assert (info.value.key, info.value.status) == ("provisioning.token_used", 401)
    with pytest.raises(EnrolmentError) as info:
        authority.enrol("not-a-token", _csr())
    assert info.value.key == "provisioning.token_unknown"


def test_token_expires(tmp_path: Path) -> None:
    now = [dt.datetime(2026, 11, 26, 12, 0, tzinfo=dt.UTC)]
    authority = ProvisioningAuthority(tmp_path / "city", clock=lambda: now[0])
    token = authority.issue_token(ttl_s=60)
    now[0] += dt.timedelta(seconds=61)
    with pytest.raises(EnrolmentError) as info:
        authority.enrol(token, _csr())
    assert info.value.key == "provisioning.token_expired"


def test_bad_csr_does_not_spend_the_token(authority: ProvisioningAuthority) -> None:
    token = authority.issue_token()
    for bad, key in [
        ("garbage", "provisioning.csr_invalid"),
        (_csr(site=None), "provisioning.csr_subject"),
        (_csr(key=ec.generate_private_key(ec.SECP384R1())), "provisioning.csr_key_type"),
        (
            _csr(key=rsa.generate_private_key(public_exponent=65537, key_size=2048)),
            "provisioning.csr_key_type",
        ),
    ]:
        with pytest.raises(EnrolmentError) as info:
            authority.enrol(token, bad)
        assert (info.value.key, info.value.status) == (key, 400)
    authority.enrol(token, _csr())  # still good


def test_bound_token_refuses_another_kiosk(authority: ProvisioningAuthority) -> None:
    token = authority.issue_token(kiosk_id=KIOSK_ID, site=SITE)
    with pytest.raises(EnrolmentError) as info:
        authority.enrol(token, _csr(kiosk_id="OTHER-02"))
    assert (info.value.key, info.value.status) == ("provisioning.kiosk_mismatch", 403)
    with pytest.raises(EnrolmentError) as info:
        authority.enrol(token, _csr(site="Elsewhere"))
    assert info.value.key == "provisioning.site_mismatch"
    authority.enrol(token, _csr())


def test_concurrent_use_of_one_token_succeeds_once(authority: ProvisioningAuthority) -> None:
    token = authority.issue_token()
    outcomes: list[str] = []
    barrier = threading.Barrier(4)

    def attempt() -> None:
        barrier.wait(timeout=10)
        try:
            authority.enrol(token, _csr())
            outcomes.append("ok")
        except EnrolmentError as exc:
            outcomes.append(exc.key)

    threads = [threading.Thread(target=attempt) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert sorted(outcomes) == ["ok"] + ["provisioning.token_used"] * 3


def test_state_survives_restart(tmp_path: Path) -> None:
    first = ProvisioningAuthority(tmp_path / "city")
    token = first.issue_token()
    version = first.publish_config(KIOSK_ID, '[kiosk]\nid = "X"\nsite = "Y"\n')
    second = ProvisioningAuthority(tmp_path / "city")
    assert second.ca_pem == first.ca_pem
    assert second.bundle_public_key_pem == first.bundle_public_key_pem
    assert second.config_version == version == 2
    result = second.enrol(token, _csr())
    payload = cp.verify_bundle_signature(result["bundle"], first.bundle_public_key_pem)
    assert payload["version"] == 2
    assert payload["config_toml"].startswith("[kiosk]")
    for name in ("ca-key.pem", "bundle-signing-key.pem", "state.json"):
        assert (tmp_path / "city" / name).stat().st_mode & 0o077 == 0


def test_http_adapters(authority: ProvisioningAuthority) -> None:
    assert authority.handle_enrol_request(b"{not json")[0] == 400
    status, body = authority.handle_enrol({"token": 5})
    assert (status, body["code"]) == (400, "provisioning.bad_request")
    status, body = authority.handle_enrol_request(
        json.dumps({"token": "nope", "csr_pem": _csr()}).encode()
    )
    assert (status, body["error"], body["code"]) == (
        401,
        "provisioning.token_unknown",
        "provisioning.token_unknown",
    )
    token = authority.issue_token()
    status, body = authority.handle_enrol({"token": token, "csr_pem": _csr()})
    assert status == 200 and set(body) == {"cert_pem", "ca_pem", "bundle"}


def test_module_hook_needs_an_authority(authority: ProvisioningAuthority) -> None:
    assert cp.handle_enrol({"token": "x", "csr_pem": "y"})[0] == 503
    cp.set_authority(authority)
    try:
        token = authority.issue_token()
        assert cp.handle_enrol({"token": token, "csr_pem": _csr()})[0] == 200
    finally:
        cp.set_authority(None)


def test_server_certificate_chains_to_the_city_ca(authority: ProvisioningAuthority) -> None:
    cert_path, key_path = authority.issue_server_certificate(["gateway.city.test", "127.0.0.1"])
    cert = x509.load_pem_x509_certificate(cert_path.read_bytes())
    cert.verify_directly_issued_by(authority.ca_cert)
    san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert san.get_values_for_type(x509.DNSName) == ["gateway.city.test"]
    assert [str(a) for a in san.get_values_for_type(x509.IPAddress)] == ["127.0.0.1"]
    assert key_path.stat().st_mode & 0o077 == 0
