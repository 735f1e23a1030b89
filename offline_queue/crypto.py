"""Payload encryption at rest: per-transaction AES-256-GCM data keys wrapped by a kiosk key.

Each transaction gets a fresh random data key (DEK). The payload is sealed with it, the
transaction id (and kind) as associated data, so a ciphertext cannot be swapped onto another row.
The DEK is stored only wrapped (AES-GCM) by the kiosk key-encryption key (KEK) from a
:class:`KeyProvider`; deleting the wrapped DEK shreds the record even if a copy of the ciphertext
survives somewhere.

The running kiosk builds an :class:`AesKeyProvider` over the KEK from its sealed credentials
(``kiosk.security.credentials``: ``systemd-creds``, TPM2 or the host key; never beside
``queue.db``).
:class:`FileKeyProvider` keeps it in a 0600 file in the data directory: demo mode and the
stand-alone queue tools only. A KEK that does not open the queue's wrapped keys is reported by
:func:`foreign_kek_ids`; nothing here ever replaces a key that existing data needs.
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from offline_queue.durable import create_file_once

NONCE_LEN = 12
KEY_LEN = 32
KEY_FILE = "queue.key"


class CryptoError(Exception):
    """A key is missing, malformed or wrong, or a ciphertext fails authentication."""

    def __init__(self, key: str, detail: str = "") -> None:
        super().__init__(f"{key}: {detail}" if detail else key)
        self.key = key


class KeyProvider(Protocol):
    """Wraps and unwraps data keys with the kiosk key. The KEK itself never leaves it."""

    @property
    def key_id(self) -> str:
        """A stable, non-secret identifier of the current KEK (stored beside each wrapped DEK)."""
        ...

    def wrap(self, dek: bytes, aad: bytes) -> bytes: ...

    def unwrap(self, wrapped: bytes, aad: bytes, key_id: str) -> bytes: ...


class AesKeyProvider:
    """A KeyProvider over a 32-byte KEK held in memory."""

    def __init__(self, kek: bytes) -> None:
        if len(kek) != KEY_LEN:
            raise CryptoError("queue.crypto.bad_key", "kiosk key must be 32 bytes")
        self._aead = AESGCM(kek)
        self._key_id = hashlib.sha256(b"ecitizen-kiosk-kek-id" + kek).hexdigest()[:16]

    @property
    def key_id(self) -> str:
        return self._key_id

    def wrap(self, dek: bytes, aad: bytes) -> bytes:
        nonce = os.urandom(NONCE_LEN)
        return nonce + self._aead.encrypt(nonce, dek, b"dek|" + aad)

    def unwrap(self, wrapped: bytes, aad: bytes, key_id: str) -> bytes:
        if key_id != self._key_id:
            raise CryptoError("queue.crypto.unknown_kek", key_id)
        try:
            return self._aead.decrypt(wrapped[:NONCE_LEN], wrapped[NONCE_LEN:], b"dek|" + aad)
        except InvalidTag as exc:
            raise CryptoError("queue.crypto.unwrap_failed") from exc


class FileKeyProvider(AesKeyProvider):
    """The kiosk key in a file created with mode 0600 (demo mode and stand-alone tools).

    ``may_create=False``: a missing file raises ``queue.crypto.key_lost`` instead of creating a
    new key (the caller knows the queue holds data wrapped by the lost one).
    """

    def __init__(self, path: Path | str, *, may_create: bool = True) -> None:
        self.path = Path(path)
        super().__init__(self._load_or_create(self.path, may_create))

    @staticmethod
    def _load_or_create(path: Path, may_create: bool) -> bytes:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not path.exists():
            if not may_create:
                raise CryptoError("queue.crypto.key_lost", path.name)
            # created complete or not at all: a full disk raises OSError and leaves no empty key
            # file that would fail every later start (another process may win the race: fine)
            create_file_once(path, os.urandom(KEY_LEN))
        st = path.stat()
        if st.st_mode & (stat.S_IRWXG | stat.S_IRWXO):
            raise CryptoError("queue.crypto.key_file_mode", oct(st.st_mode & 0o777))
        data = path.read_bytes()
        if len(data) != KEY_LEN:
            raise CryptoError("queue.crypto.bad_key", "kiosk key file must hold 32 bytes")
        return data

    @classmethod
    def in_data_dir(cls, data_dir: Path | str, *, may_create: bool = True) -> FileKeyProvider:
        return cls(Path(data_dir) / KEY_FILE, may_create=may_create)


def foreign_kek_ids(provider: KeyProvider, kek_ids: Iterable[str | None]) -> set[str]:
    """The KEK ids among ``kek_ids`` (those of the queue's wrapped keys) that ``provider``
    cannot unwrap: non-empty means the kiosk has the wrong key or lost the right one."""
    return {k for k in kek_ids if k is not None and k != provider.key_id}


@dataclass(frozen=True)
class Sealed:
    ciphertext: bytes  # nonce || AES-GCM(ct + tag)
    wrapped_key: bytes
    kek_id: str


def _aad(tx_id: str, kind: str) -> bytes:
    return f"{tx_id}|{kind}".encode()


def seal(provider: KeyProvider, tx_id: str, kind: str, plaintext: bytes) -> Sealed:
    dek = AESGCM.generate_key(bit_length=256)
    aad = _aad(tx_id, kind)
    nonce = os.urandom(NONCE_LEN)
    ct = AESGCM(dek).encrypt(nonce, plaintext, aad)
    return Sealed(nonce + ct, provider.wrap(dek, aad), provider.key_id)


def unseal(
    provider: KeyProvider,
    tx_id: str,
    kind: str,
    ciphertext: bytes,
    wrapped_key: bytes,
    kek_id: str,
) -> bytes:
    aad = _aad(tx_id, kind)
    dek = provider.unwrap(wrapped_key, aad, kek_id)
    try:
        return AESGCM(dek).decrypt(ciphertext[:NONCE_LEN], ciphertext[NONCE_LEN:], aad)
    except InvalidTag as exc:
        raise CryptoError("queue.crypto.payload_auth_failed") from exc


def _answer_aad(tx_id: str, kind: str) -> bytes:
    return f"{tx_id}|{kind}|answer".encode()


def seal_answer(
    provider: KeyProvider,
    tx_id: str,
    kind: str,
    wrapped_key: bytes,
    kek_id: str,
    plaintext: bytes,
) -> bytes:
    """A back end's answer about a transaction (e.g. an ILS's refusal text: untrusted and maybe
    naming the resident), sealed under that transaction's own data key with its own associated
    data (``nonce || AES-GCM``). Shredding the wrapped key shreds the answer with the payload."""
    dek = provider.unwrap(wrapped_key, _aad(tx_id, kind), kek_id)
    nonce = os.urandom(NONCE_LEN)
    return nonce + AESGCM(dek).encrypt(nonce, plaintext, _answer_aad(tx_id, kind))


def unseal_answer(
    provider: KeyProvider,
    tx_id: str,
    kind: str,
    sealed: bytes,
    wrapped_key: bytes,
    kek_id: str,
) -> bytes:
    dek = provider.unwrap(wrapped_key, _aad(tx_id, kind), kek_id)
    try:
        return AESGCM(dek).decrypt(sealed[:NONCE_LEN], sealed[NONCE_LEN:], _answer_aad(tx_id, kind))
    except InvalidTag as exc:
        raise CryptoError("queue.crypto.payload_auth_failed") from exc
