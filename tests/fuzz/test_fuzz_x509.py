"""Fuzz: X.509 certificates read from cards (``drivers.smartcard.session.load_certificate``).

Real certificates are damaged the ways a hostile card would: bits flipped, bytes replaced
(string tags, curve OIDs), truncated, lengths changed. Declared error: ``CardProtocolError``.
"""

from __future__ import annotations

import datetime as dt
import gzip
import zlib

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import NameOID
from hypothesis import given
from hypothesis import strategies as st

from drivers.smartcard import tlv
from drivers.smartcard.errors import CardError, CardProtocolError
from drivers.smartcard.profile import MAX_CERTIFICATE_BYTES, PivProfile
from drivers.smartcard.session import load_certificate
from tests.fuzz.profiles import fuzz_settings


def _certificate(key: ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey) -> bytes:
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, "Amina Njoroge"),
            x509.NameAttribute(NameOID.SERIAL_NUMBER, "RES-0001"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Demo City"),
        ]
    )
    now = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(12345)
        .not_valid_before(now)
        .not_valid_after(now + dt.timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.CertificatePolicies(
                [x509.PolicyInformation(x509.ObjectIdentifier("1.3.6.1.4.1.99999.1.1"), None)]
            ),
            critical=False,
        )
        .sign(key, hashes.SHA256())
    )
    return cert.public_bytes(serialization.Encoding.DER)


SEEDS = [
    _certificate(ec.generate_private_key(ec.SECP256R1())),
    _certificate(ec.generate_private_key(ec.SECP384R1())),
    _certificate(rsa.generate_private_key(public_exponent=65537, key_size=2048)),
]


# ASN.1 tags and lengths a hostile encoder would put where another one belongs
TAG_BYTES = [0x00, 0x01, 0x02, 0x04, 0x05, 0x0B, 0x0C, 0x13, 0x16, 0x1D, 0x1E, 0x30, 0x80, 0x81,
             0x82, 0xFF]  # fmt: skip


@st.composite
def damaged(draw: st.DrawFn) -> bytes:
    data = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(1, 4))):
        how = draw(st.sampled_from(["flip", "set", "cut", "insert", "delete"]))
        pos = draw(st.integers(0, len(data) - 1))
        if how == "flip":
            data[pos] ^= 1 << draw(st.integers(0, 7))
        elif how == "set":
            data[pos] = draw(st.sampled_from(TAG_BYTES))
        elif how == "cut":
            data = data[:pos]
        elif how == "insert":
            data[pos:pos] = draw(st.binary(min_size=1, max_size=8))
        else:
            del data[pos : pos + draw(st.integers(1, 8))]
        if not data:
            break
    return bytes(data)


@fuzz_settings()
@given(der=st.one_of(damaged(), st.binary(max_size=600)))
def test_damaged_certificates(der: bytes) -> None:
    try:
        cert = load_certificate(der, "fuzz")
    except CardProtocolError as exc:
        assert exc.key == "card.protocol"
        return
    # what loads is fully decoded: nothing sign-in reads raises later
    cert.subject.rfc4514_string()
    cert.public_key()


@fuzz_settings(scale=0.5)
@given(der=damaged(), info=st.sampled_from([b"\x00", b"\x01"]), compress=st.booleans())
def test_certificate_objects(der: bytes, info: bytes, compress: bool) -> None:
    body = gzip.compress(der) if compress else der
    obj = tlv.encode(0x53, tlv.encode_many([(0x70, body), (0x71, info), (0xFE, b"")]))
    try:
        load_certificate(PivProfile().parse_certificate_object(obj), "fuzz")
    except CardError as exc:
        assert exc.key.startswith("card.")


def test_compressed_certificate_bomb_is_refused() -> None:
    """A 'compressed certificate' that inflates to 10 MB stops at 16 KiB."""
    bomb = zlib.compress(b"\x00" * 10_000_000, 9)
    obj = tlv.encode(0x53, tlv.encode_many([(0x70, bomb[:4000]), (0x71, b"\x01")]))
    try:
        PivProfile().parse_certificate_object(obj)
    except CardProtocolError as exc:
        assert "too large" in str(exc) or "corrupt" in str(exc) or "truncated" in str(exc)
    big = gzip.compress(b"\x30" * (MAX_CERTIFICATE_BYTES * 4))
    obj = tlv.encode(0x53, tlv.encode_many([(0x70, big), (0x71, b"\x01")]))
    try:
        PivProfile().parse_certificate_object(obj)
    except CardProtocolError as exc:
        assert "too large" in str(exc)
    else:
        raise AssertionError("inflated past the bound")


@pytest.mark.parametrize(
    ("find", "replace", "error"),
    [
        (b"\xa0\x03\x02\x01\x02", b"\xa0\x03\x02\x01\x03", "InvalidVersion"),  # found here
        (bytes.fromhex("06082A8648CE3D030107"), bytes.fromhex("06082A8648CE3D030102"),
         "UnsupportedAlgorithm"),
        (b"\x0c\x0dAmina Njoroge", b"\x01\x0dAmina Njoroge", "KeyError"),
        (b"\x02\x02\x30\x39", b"\x02\x02\x80\x39", "serial|Deprecation"),  # found here
    ],
)  # fmt: skip
def test_known_hostile_certificates(find: bytes, replace: bytes, error: str) -> None:
    der = SEEDS[0]
    assert find in der
    with pytest.raises(CardProtocolError, match=error):
        load_certificate(der.replace(find, replace, 1), "fuzz")
