"""The emulated card: a PIV application answering command APDUs (pure logic, no sockets).

Implements what the kiosk uses (NIST SP 800-73-4 shapes): SELECT, GET DATA for CHUID, the 9A/9E
certificates and the fingerprint object (PIN-protected), GET RESPONSE chaining (61xx), VERIFY with a
retry counter (63Cx, 6983), the empty VERIFY status query, GENERAL AUTHENTICATE (ECDSA P-256) with
9E (no PIN) and 9A (after PIN), and the contactless UID pseudo-APDU for UID-only cards.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, utils

import drivers.smartcard.tlv as tlv
from drivers.smartcard.emulator.personas import PIN_MAX_TRIES, CardCredentials, Persona
from drivers.smartcard.profile import (
    ALG_ECC_P256,
    PIV_AID,
    TAG_CERT_CARD_AUTH,
    TAG_CERT_PIV_AUTH,
    TAG_CHUID,
    TAG_FINGERPRINTS,
)

logger = logging.getLogger(__name__)

SW_OK = b"\x90\x00"
SW_NOT_FOUND = b"\x6a\x82"
SW_SECURITY = b"\x69\x82"
SW_BLOCKED = b"\x69\x83"
SW_WRONG_DATA = b"\x6a\x80"
SW_WRONG_LENGTH = b"\x67\x00"
SW_INS = b"\x6d\x00"
SW_FUNC = b"\x6a\x81"
SW_P1P2 = b"\x6a\x86"
SW_CONDITIONS = b"\x69\x85"


def _atr(historical: bytes) -> bytes:
    """PC/SC part 3 style ATR ``3B 8n 80 01 <hist> TCK``."""
    body = bytes([0x80 | len(historical), 0x80, 0x01]) + historical
    tck = 0
    for b in body:
        tck ^= b
    return b"\x3b" + body + bytes([tck])


class PinCounter:
    """The PIN retry counter of one emulated card; persisted to ``path`` if given."""

    def __init__(self, initial: int, path: Path | None = None) -> None:
        self._path = path
        self._lock = threading.Lock()
        self._tries = initial
        if path is not None and path.exists():
            self._tries = int(json.loads(path.read_text())["tries"])

    @property
    def tries(self) -> int:
        return self._tries

    def set(self, tries: int) -> None:
        with self._lock:
            self._tries = tries
            if self._path is not None:
                tmp = self._path.with_name(f".{self._path.name}.{os.getpid()}.tmp")
                tmp.write_text(json.dumps({"tries": tries}))
                tmp.replace(self._path)


class EmulatedCard:
    """Answers APDUs for one persona. Not thread-safe: the vpcd link drives it from one thread."""

    def __init__(
        self, persona: Persona, credentials: CardCredentials | None, counter: PinCounter
    ) -> None:
        if persona.piv and credentials is None:
            raise ValueError("a PIV persona needs credentials")
        self.persona = persona
        self._creds = credentials
        self._counter = counter
        self.atr = _atr(b"eCitPIV1" if persona.piv else b"LIBCARD1")
        self._selected = False
        self._verified = False
        self._pending = b""
        self.apdu_count = 0
        self._objects: dict[int, bytes] = {}
        if credentials is not None:
            self._objects = {
                TAG_CHUID: self._chuid(),
                TAG_CERT_PIV_AUTH: self._cert_object(credentials.auth_cert),
                TAG_CERT_CARD_AUTH: self._cert_object(credentials.card_cert),
                TAG_FINGERPRINTS: tlv.encode(
                    0x53, tlv.encode(0xBC, persona.fingerprint_template()) + tlv.encode(0xFE, b"")
                ),
            }

    @property
    def pin_tries(self) -> int:
        return self._counter.tries

    def _chuid(self) -> bytes:
        assert self._creds is not None
        fasc_n = bytes(25)[:-4] + self.persona.guid[:4]
        expiry = self._creds.auth_cert.not_valid_after_utc.strftime("%Y%m%d").encode()
        return tlv.encode(
            0x53,
            tlv.encode_many(
                [
                    (0x30, fasc_n),
                    (0x34, self.persona.guid),
                    (0x35, expiry),
                    (0x3E, b""),
                    (0xFE, b""),
                ]
            ),
        )

    @staticmethod
    def _cert_object(cert: object) -> bytes:
        from cryptography import x509

        assert isinstance(cert, x509.Certificate)
        der = cert.public_bytes(serialization.Encoding.DER)
        return tlv.encode(0x53, tlv.encode_many([(0x70, der), (0x71, b"\x00"), (0xFE, b"")]))

    def reset(self) -> None:
        """Power cycle: security state and pending responses are lost."""
        self._selected = False
        self._verified = False
        self._pending = b""

    def _respond(self, data: bytes, le: int) -> bytes:
        """Send at most ``le`` (0 → 256) bytes, keep the rest for GET RESPONSE (61xx)."""
        limit = le or 256
        if len(data) <= limit:
            self._pending = b""
            return data + SW_OK
        self._pending = data[limit:]
        return data[:limit] + bytes([0x61, min(len(self._pending), 256) & 0xFF])

    def process(self, command: bytes) -> bytes:
        self.apdu_count += 1
        if len(command) < 4:
            return SW_WRONG_LENGTH
        cla, ins, p1, p2 = command[:4]
        body = command[4:]
        data = b""
        le = 0
        if len(body) == 1:
            le = body[0]
        elif len(body) > 1:
            lc = body[0]
            data = body[1 : 1 + lc]
            if len(data) != lc:
                return SW_WRONG_LENGTH
            rest = body[1 + lc :]
            le = rest[0] if rest else 0
        has_le = len(body) == 1 or (len(body) > 1 and len(body) > 1 + body[0])
        if ins != 0xC0:
            self._pending = b""
        if cla == 0xFF and ins == 0xCA:
            return self._uid(p1, p2, le, has_le)
        if not self.persona.piv:
            return SW_NOT_FOUND if ins == 0xA4 else SW_INS
        if cla != 0x00:
            return b"\x6e\x00"
        handlers = {
            0xA4: self._select,
            0xCB: self._get_data,
            0x20: self._verify,
            0x87: self._general_authenticate,
        }
        if ins == 0xC0:
            if not self._pending:
                return SW_CONDITIONS
            pending = self._pending
            return self._respond(pending, le)
        handler = handlers.get(ins)
        if handler is None:
            return SW_INS
        return handler(p1, p2, data, le)

    def _uid(self, p1: int, p2: int, le: int, has_le: bool) -> bytes:
        uid = self.persona.contactless_uid
        if uid is None:
            return SW_FUNC
        if p1 != 0 or p2 != 0:
            return SW_P1P2
        if self.persona.le_quirk and (not has_le or le != len(uid)):
            return bytes([0x6C, len(uid)])
        return uid + SW_OK

    def _select(self, p1: int, p2: int, data: bytes, le: int) -> bytes:
        if p1 != 0x04 or not PIV_AID.startswith(data) or len(data) < 5:
            return SW_NOT_FOUND
        self._selected = True
        apt = tlv.encode(
            0x61,
            tlv.encode_many(
                [(0x4F, PIV_AID[5:]), (0x50, b"eCitizen PIV"), (0x79, tlv.encode(0x4F, PIV_AID))]
            ),
        )
        return self._respond(apt, le)

    def _get_data(self, p1: int, p2: int, data: bytes, le: int) -> bytes:
        if not self._selected:
            return SW_CONDITIONS
        if (p1, p2) != (0x3F, 0xFF):
            return SW_P1P2
        try:
            request = tlv.parse_one(data, 0x5C)
        except tlv.TlvError:
            return SW_WRONG_DATA
        tag = int.from_bytes(request.value, "big")
        obj = self._objects.get(tag)
        if obj is None:
            return SW_NOT_FOUND
        if tag == TAG_FINGERPRINTS and not self._verified:
            return SW_SECURITY
        return self._respond(obj, le)

    def _verify(self, p1: int, p2: int, data: bytes, le: int) -> bytes:
        if not self._selected:
            return SW_CONDITIONS
        if p1 != 0x00 or p2 != 0x80:
            return SW_P1P2
        tries = self._counter.tries
        if not data:
            if tries == 0:
                return SW_BLOCKED
            return SW_OK if self._verified else bytes([0x63, 0xC0 | tries])
        if len(data) != 8:
            return SW_WRONG_LENGTH
        if tries == 0:
            return SW_BLOCKED
        expected = self.persona.pin.encode().ljust(8, b"\xff")
        if data == expected:
            self._counter.set(PIN_MAX_TRIES)
            self._verified = True
            return SW_OK
        self._verified = False
        tries -= 1
        self._counter.set(tries)
        return bytes([0x63, 0xC0 | tries])

    def _general_authenticate(self, p1: int, p2: int, data: bytes, le: int) -> bytes:
        if not self._selected:
            return SW_CONDITIONS
        assert self._creds is not None
        if p2 == 0x9E:
            key = self._creds.card_key
        elif p2 == 0x9A:
            if not self._verified:
                return SW_SECURITY
            key = self._creds.auth_key
        else:
            return SW_NOT_FOUND
        if p1 != ALG_ECC_P256:
            return SW_P1P2
        try:
            template = tlv.parse_one(data, 0x7C).children()
            challenge = tlv.require(template, 0x81).value
            tlv.require(template, 0x82)
        except tlv.TlvError:
            return SW_WRONG_DATA
        if len(challenge) != 32:
            return SW_WRONG_DATA
        signature = key.sign(challenge, ec.ECDSA(utils.Prehashed(hashes.SHA256())))
        return self._respond(tlv.encode(0x7C, tlv.encode(0x82, signature)), le)
