"""Card profiles: which application, objects, PIN format and keys a card type uses. No I/O.

The session talks ISO 7816 (chaining, status words); a profile knows the card application. PIV
(NIST SP 800-73-4) is the profile today; a national eID profile implements the same protocol.
"""

from __future__ import annotations

import datetime as dt
import enum
import zlib
from dataclasses import dataclass
from typing import Protocol

from cryptography.hazmat.primitives.asymmetric import ec, rsa

import drivers.smartcard.apdu as apdu
import drivers.smartcard.tlv as tlv
from drivers.smartcard.apdu import CommandApdu
from drivers.smartcard.errors import CardProtocolError, FeatureNotSupportedError, PinFormatError
from drivers.smartcard.pinpad import PinVerifyParams

PIV_AID = bytes.fromhex("A000000308000010000100")
PIV_AID_PREFIX = bytes.fromhex("A0000003080000100001")  # what the card must report (PIX prefix)

TAG_CHUID = 0x5FC102
TAG_CERT_PIV_AUTH = 0x5FC105
TAG_CERT_CARD_AUTH = 0x5FC101
TAG_FINGERPRINTS = 0x5FC103

MAX_CERTIFICATE_BYTES = 16 * 1024  # inflated from a compressed certificate object, at most

ALG_RSA_2048 = 0x07
ALG_ECC_P256 = 0x11
ALG_ECC_P384 = 0x14


PIV_PINPAD = PinVerifyParams(min_digits=6, max_digits=8, block_size=8)


class KeySlot(enum.Enum):
    """Key references; the value is the PIV key reference byte."""

    PIV_AUTH = 0x9A  # needs the PIN: proves the resident
    CARD_AUTH = 0x9E  # no PIN: proves the card is genuine


@dataclass(frozen=True)
class ApplicationInfo:
    aid: bytes
    label: str


@dataclass(frozen=True)
class Chuid:
    """Card Holder Unique Identifier fields (no personal data)."""

    fasc_n: bytes
    guid: bytes
    expiry: dt.date | None
    signed: bool


@dataclass(frozen=True)
class PinStatus:
    verified: bool
    tries_left: int | None  # None: the profile does not allow a free query
    blocked: bool


class CardProfile(Protocol):
    """What a card session needs to know about one card application."""

    @property
    def name(self) -> str: ...
    @property
    def pin_ref(self) -> int: ...
    @property
    def pin_query_safe(self) -> bool:
        """True if an empty VERIFY does not spend a try on this card type."""
        ...

    @property
    def pinpad_params(self) -> PinVerifyParams: ...

    def select_command(self) -> CommandApdu: ...
    def parse_select(self, data: bytes) -> ApplicationInfo: ...
    def object_command(self, tag: int) -> CommandApdu: ...
    def certificate_tag(self, slot: KeySlot) -> int: ...
    def parse_certificate_object(self, data: bytes) -> bytes: ...
    def parse_chuid_object(self, data: bytes) -> Chuid: ...
    def parse_fingerprint_object(self, data: bytes) -> bytes: ...
    def pin_block(self, pin: bytearray) -> bytearray: ...
    def pin_block_template(self) -> bytes: ...
    def algorithm_for(self, public_key: object) -> int: ...
    def authenticate_command(
        self, slot: KeySlot, algorithm: int, challenge: bytes
    ) -> CommandApdu: ...
    def parse_authenticate(self, data: bytes) -> bytes: ...


def _object_content(data: bytes) -> tuple[tlv.Tlv, ...]:
    return tlv.parse_one(data, 0x53).children()


@dataclass(frozen=True)
class PivProfile:
    """PIV (NIST SP 800-73-4) card profile.

    ``pin_query_safe``: send the empty VERIFY retry query; keep True only for card types tested
    not to count it as a failed attempt (OpenSC caveat, HARDWARE.md §1.1).
    """

    name: str = "PIV"
    aid: bytes = PIV_AID
    pin_ref: int = 0x80
    pin_min: int = 6
    pin_max: int = 8
    pin_query_safe: bool = True
    pinpad_params: PinVerifyParams = PIV_PINPAD

    def select_command(self) -> CommandApdu:
        return apdu.select_aid(self.aid)

    def parse_select(self, data: bytes) -> ApplicationInfo:
        if not data:
            return ApplicationInfo(self.aid, "")
        apt = tlv.parse_one(data, 0x61).children()
        aid_tlv = tlv.find(apt, 0x4F)
        label_tlv = tlv.find(apt, 0x50)
        label = label_tlv.value.decode("ascii", "replace") if label_tlv else ""
        return ApplicationInfo(aid_tlv.value if aid_tlv else self.aid, label)

    def object_command(self, tag: int) -> CommandApdu:
        return apdu.get_data(tag)

    def certificate_tag(self, slot: KeySlot) -> int:
        return {KeySlot.PIV_AUTH: TAG_CERT_PIV_AUTH, KeySlot.CARD_AUTH: TAG_CERT_CARD_AUTH}[slot]

    def parse_certificate_object(self, data: bytes) -> bytes:
        content = _object_content(data)
        cert = tlv.require(content, 0x70).value
        info = tlv.find(content, 0x71)
        if info is not None and info.value and info.value[0] & 0x01:
            inflater = zlib.decompressobj(wbits=47)
            try:
                cert = inflater.decompress(cert, MAX_CERTIFICATE_BYTES)
            except zlib.error as exc:
                raise CardProtocolError("compressed certificate is corrupt") from exc
            if inflater.unconsumed_tail:  # a bomb: never inflate more than a certificate needs
                raise CardProtocolError("compressed certificate is too large")
            if not inflater.eof:
                raise CardProtocolError("compressed certificate is truncated")
        if not cert:
            raise CardProtocolError("empty certificate")
        return cert

    def parse_chuid_object(self, data: bytes) -> Chuid:
        content = _object_content(data)
        fasc = tlv.find(content, 0x30)
        guid = tlv.require(content, 0x34)
        expiry_tlv = tlv.find(content, 0x35)
        expiry: dt.date | None = None
        if expiry_tlv is not None:
            try:
                expiry = dt.datetime.strptime(expiry_tlv.value.decode("ascii"), "%Y%m%d").date()
            except (UnicodeDecodeError, ValueError) as exc:
                raise CardProtocolError("bad CHUID expiry date") from exc
        signed = bool((sig := tlv.find(content, 0x3E)) and sig.value)
        return Chuid(fasc.value if fasc else b"", guid.value, expiry, signed)

    def parse_fingerprint_object(self, data: bytes) -> bytes:
        content = _object_content(data)
        template = tlv.require(content, 0xBC).value
        if not template:
            raise CardProtocolError("empty fingerprint template")
        return template

    def pin_block(self, pin: bytearray) -> bytearray:
        """ASCII digits padded with FF to 8 bytes; the caller wipes the returned buffer."""
        if not self.pin_min <= len(pin) <= self.pin_max:
            raise PinFormatError(f"PIN must have {self.pin_min}-{self.pin_max} digits")
        if any(not 0x30 <= b <= 0x39 for b in pin):
            raise PinFormatError("PIN must be digits")
        block = bytearray(b"\xff" * 8)
        block[: len(pin)] = pin
        return block

    def pin_block_template(self) -> bytes:
        return b"\xff" * 8

    def algorithm_for(self, public_key: object) -> int:
        if isinstance(public_key, ec.EllipticCurvePublicKey):
            if isinstance(public_key.curve, ec.SECP256R1):
                return ALG_ECC_P256
            if isinstance(public_key.curve, ec.SECP384R1):
                return ALG_ECC_P384
        if isinstance(public_key, rsa.RSAPublicKey) and public_key.key_size == 2048:
            return ALG_RSA_2048
        raise FeatureNotSupportedError("key algorithm not supported by the PIV profile")

    def authenticate_command(self, slot: KeySlot, algorithm: int, challenge: bytes) -> CommandApdu:
        return apdu.general_authenticate(algorithm, slot.value, challenge)

    def parse_authenticate(self, data: bytes) -> bytes:
        template = tlv.parse_one(data, 0x7C).children()
        signature = tlv.require(template, 0x82).value
        if not signature:
            raise CardProtocolError("empty signature")
        return signature
