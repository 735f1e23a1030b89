import datetime as dt

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa, utils

from drivers.smartcard.emulator import DEMO_ROLE_POLICIES
from kiosk.identity import (
    Role,
    TrustConfig,
    TrustConfigError,
    TrustStatus,
    TrustStore,
    new_challenge,
    verify_challenge,
)


def auth_cert(pki, persona):
    return pki.credentials(persona).auth_cert


@pytest.mark.parametrize(
    ("persona", "role"),
    [
        ("resident-amina", Role.RESIDENT),
        ("staff-daniel", Role.STAFF),
        ("tech-esther", Role.TECHNICIAN),
    ],
)
def test_valid_cards_get_their_role_from_the_policy(trust, demo_pki, persona, role):
    verdict = trust.check(auth_cert(demo_pki, persona))
    assert verdict.ok and verdict.role is role
    assert verdict.chain[-1] == "CN=Demo City eCitizen CA,O=Demo City"
    assert verdict.crl_age is not None and verdict.crl_age < dt.timedelta(hours=1)


@pytest.mark.parametrize(
    ("persona", "status"),
    [
        ("expired-grace", TrustStatus.EXPIRED),
        ("revoked-hugo", TrustStatus.REVOKED),
        ("foreign-ivan", TrustStatus.UNTRUSTED),
    ],
)
def test_bad_cards(trust, demo_pki, persona, status):
    assert trust.check(auth_cert(demo_pki, persona)).status is status


def test_card_auth_cert_has_no_role(trust, demo_pki):
    cert = demo_pki.credentials("resident-amina").card_cert
    assert trust.check(cert, need_role=False).ok
    assert trust.check(cert).status is TrustStatus.NO_ROLE


def test_role_mapping_is_configurable(demo_pki):
    store = TrustStore.from_paths([demo_pki.ca_cert_path], [demo_pki.crl_path], {})
    assert store.check(auth_cert(demo_pki, "staff-daniel")).status is TrustStatus.NO_ROLE
    remapped = {oid: "resident" for oid in DEMO_ROLE_POLICIES}
    store = TrustStore.from_paths([demo_pki.ca_cert_path], [demo_pki.crl_path], remapped)
    assert store.check(auth_cert(demo_pki, "staff-daniel")).role is Role.RESIDENT


def test_without_crl_revocation_is_unknown_unless_not_required(demo_pki):
    store = TrustStore.from_paths([demo_pki.ca_cert_path], [], DEMO_ROLE_POLICIES)
    cert = auth_cert(demo_pki, "revoked-hugo")
    assert store.check(cert).status is TrustStatus.REVOCATION_UNKNOWN
    assert store.crl_age() is None
    lenient = TrustStore(
        TrustConfig((demo_pki.ca_cert_path,), (), DEMO_ROLE_POLICIES, require_revocation=False)
    )
    assert lenient.check(cert).ok


def test_crl_age_and_max_age_with_offline_clock(demo_pki):
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=30)
    config = TrustConfig(
        (demo_pki.ca_cert_path,),
        (demo_pki.crl_path,),
        DEMO_ROLE_POLICIES,
        crl_max_age=dt.timedelta(days=14),
    )
    store = TrustStore(config, clock=lambda: later)
    age = store.crl_age()
    assert age is not None and age > dt.timedelta(days=29)
    (info,) = store.crl_info()
    assert info.overdue(later) and info.revoked_count == 2
    assert store.check(auth_cert(demo_pki, "resident-amina")).status is (
        TrustStatus.REVOCATION_UNKNOWN
    )
    # without a max age an old cached CRL is still used offline
    offline = TrustStore(
        TrustConfig((demo_pki.ca_cert_path,), (demo_pki.crl_path,), DEMO_ROLE_POLICIES),
        clock=lambda: later,
    )
    assert offline.check(auth_cert(demo_pki, "revoked-hugo")).status is TrustStatus.REVOKED
    assert offline.check(auth_cert(demo_pki, "resident-amina")).ok


def test_crl_from_another_ca_is_ignored_and_install_checks_signature(demo_pki, tmp_path):
    foreign_key = serialization.load_pem_private_key(
        (demo_pki.directory / "foreign-ca.key.pem").read_bytes(), None
    )
    assert isinstance(foreign_key, ec.EllipticCurvePrivateKey)
    ca = x509.load_pem_x509_certificate(demo_pki.ca_cert_path.read_bytes())
    now = dt.datetime.now(dt.UTC)
    forged = (
        x509.CertificateRevocationListBuilder()
        .issuer_name(ca.subject)
        .last_update(now)
        .next_update(now + dt.timedelta(days=1))
        .sign(foreign_key, hashes.SHA256())
    ).public_bytes(serialization.Encoding.DER)
    crl_path = tmp_path / "city.crl"
    crl_path.write_bytes(forged)
    store = TrustStore.from_paths([demo_pki.ca_cert_path], [crl_path], DEMO_ROLE_POLICIES)
    assert store.crl_info() == ()
    with pytest.raises(TrustConfigError):
        store.install_crl(forged, crl_path)
    info = store.install_crl(demo_pki.crl_path.read_bytes(), crl_path)
    assert info.revoked_count == 2
    assert store.check(auth_cert(demo_pki, "revoked-hugo")).status is TrustStatus.REVOKED


def test_missing_ca_is_a_config_error(tmp_path):
    with pytest.raises(TrustConfigError):
        TrustStore.from_paths([tmp_path / "nope.pem"])


def test_challenge_roundtrip_ec_and_rsa():
    ec_key = ec.generate_private_key(ec.SECP256R1())
    c = new_challenge(ec_key.public_key())
    sig = ec_key.sign(c.payload, ec.ECDSA(utils.Prehashed(hashes.SHA256())))
    assert verify_challenge(ec_key.public_key(), c, sig)
    assert not verify_challenge(ec_key.public_key(), new_challenge(ec_key.public_key()), sig)
    assert not verify_challenge(ec_key.public_key(), c, b"\x30\x00")

    rsa_key = rsa.generate_private_key(65537, 2048)
    c = new_challenge(rsa_key.public_key())
    assert len(c.payload) == 256 and c.payload[:2] == b"\x00\x01"
    # what a PIV card does: raw RSA on the padded block = PKCS#1 v1.5 signature of the digest
    sig = rsa_key.sign(c.digest, padding.PKCS1v15(), utils.Prehashed(hashes.SHA256()))
    assert verify_challenge(rsa_key.public_key(), c, sig)
