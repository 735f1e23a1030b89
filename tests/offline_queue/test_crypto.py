"""Envelope encryption: per-transaction data keys wrapped by the kiosk key."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from offline_queue import crypto
from offline_queue.crypto import AesKeyProvider, CryptoError, FileKeyProvider


def test_round_trip_and_associated_data(tmp_path: Path) -> None:
    keys = FileKeyProvider.in_data_dir(tmp_path)
    sealed = crypto.seal(keys, "tx-1", "bill.payment", b'{"amount":12}')
    assert b"amount" not in sealed.ciphertext and b"amount" not in sealed.wrapped_key
    args = (sealed.ciphertext, sealed.wrapped_key, sealed.kek_id)
    assert crypto.unseal(keys, "tx-1", "bill.payment", *args) == b'{"amount":12}'
    with pytest.raises(CryptoError):  # moved onto another row
        crypto.unseal(keys, "tx-2", "bill.payment", *args)
    with pytest.raises(CryptoError):
        crypto.unseal(keys, "tx-1", "other.kind", *args)


def test_every_transaction_gets_its_own_data_key(tmp_path: Path) -> None:
    keys = FileKeyProvider.in_data_dir(tmp_path)
    a = crypto.seal(keys, "tx-1", "k", b"same")
    b = crypto.seal(keys, "tx-1", "k", b"same")
    assert a.ciphertext != b.ciphertext and a.wrapped_key != b.wrapped_key


def test_key_file_is_created_0600_and_reused(tmp_path: Path) -> None:
    k1 = FileKeyProvider.in_data_dir(tmp_path)
    assert oct((tmp_path / "queue.key").stat().st_mode & 0o777) == "0o600"
    k2 = FileKeyProvider.in_data_dir(tmp_path)
    assert k1.key_id == k2.key_id
    sealed = crypto.seal(k1, "t", "k", b"x")
    assert crypto.unseal(k2, "t", "k", sealed.ciphertext, sealed.wrapped_key, sealed.kek_id) == b"x"


def test_key_file_readable_by_others_is_refused(tmp_path: Path) -> None:
    FileKeyProvider.in_data_dir(tmp_path)
    os.chmod(tmp_path / "queue.key", 0o644)
    with pytest.raises(CryptoError) as exc:
        FileKeyProvider.in_data_dir(tmp_path)
    assert exc.value.key == "queue.crypto.key_file_mode"


def test_wrong_kiosk_key_cannot_unwrap(tmp_path: Path) -> None:
    sealed = crypto.seal(FileKeyProvider.in_data_dir(tmp_path), "t", "k", b"x")
    other = AesKeyProvider(os.urandom(32))
    with pytest.raises(CryptoError):
        crypto.unseal(other, "t", "k", sealed.ciphertext, sealed.wrapped_key, sealed.kek_id)
    with pytest.raises(CryptoError):
        crypto.unseal(other, "t", "k", sealed.ciphertext, sealed.wrapped_key, other.key_id)


def test_a_missing_key_file_is_not_recreated_when_data_needs_it(tmp_path: Path) -> None:
    keys = FileKeyProvider.in_data_dir(tmp_path)
    sealed = crypto.seal(keys, "tx-1", "k", b"payload")
    (tmp_path / crypto.KEY_FILE).unlink()
    with pytest.raises(CryptoError) as lost:
        FileKeyProvider.in_data_dir(tmp_path, may_create=False)
    assert lost.value.key == "queue.crypto.key_lost"
    assert not (tmp_path / crypto.KEY_FILE).exists()
    fresh = FileKeyProvider.in_data_dir(tmp_path)  # a tool that was told nothing depends on it
    assert crypto.foreign_kek_ids(fresh, [sealed.kek_id, None]) == {sealed.kek_id}
    assert crypto.foreign_kek_ids(keys, [sealed.kek_id, None]) == set()
