"""Fuzz: the queue database file as found on disk at start-up (``offline_queue.store``'s public
``open_store``, then reading the queue through ``Outbox``).

A real database with queued items is damaged (random bytes, truncated, bits flipped, pages
zeroed); random files stand in for it too. The store opens (degraded, the damaged file moved
aside with a technician alert) or raises the declared ``StoreError``; nothing is deleted.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from offline_queue.crypto import KEY_FILE, FileKeyProvider
from offline_queue.outbox import Outbox
from offline_queue.store import StoreError, open_store
from tests.fuzz.profiles import fuzz_settings

DB = "queue.db"


@pytest.fixture(scope="module")
def seed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    data = tmp_path_factory.mktemp("queue-seed")
    store = open_store(data)
    outbox = Outbox(store, FileKeyProvider.in_data_dir(data))
    for i in range(6):
        outbox.enqueue(backend="gw", kind="k", payload={"i": i, "pad": "x" * 500}, lane=f"L{i % 2}")
    store.checkpoint()
    store.close()
    return data, (data / DB).read_bytes()


@st.composite
def damaged(draw: st.DrawFn, original: bytes) -> bytes:
    data = bytearray(original)
    page = 4096
    for _ in range(draw(st.integers(1, 4))):
        how = draw(st.sampled_from(["flip", "bytes", "cut", "zero_page", "header"]))
        pos = draw(st.integers(0, max(0, len(data) - 1)))
        if not data:
            break
        if how == "flip":
            data[pos] ^= 1 << draw(st.integers(0, 7))
        elif how == "bytes":
            junk = draw(st.binary(min_size=1, max_size=64))
            data[pos : pos + len(junk)] = junk
        elif how == "cut":
            data = data[:pos]
        elif how == "zero_page":
            start = (pos // page) * page
            data[start : start + page] = bytes(len(data[start : start + page]))
        else:
            data[draw(st.integers(0, 99)) % len(data)] = draw(st.integers(0, 255))
    return bytes(data)


def files(directory: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in directory.iterdir() if p.name.startswith(DB)}


@fuzz_settings(scale=0.25)
@given(data=st.data())
def test_open_damaged_database(
    tmp_path_factory: Any, seed: tuple[Path, bytes], data: st.DataObject
) -> None:
    seed_dir, original = seed
    content = data.draw(st.one_of(damaged(original), st.binary(max_size=2000)), label="file")
    directory: Path = tmp_path_factory.mktemp("queue")
    shutil.copy(seed_dir / KEY_FILE, directory / KEY_FILE)
    (directory / DB).write_bytes(content)
    try:
        store = open_store(directory)
    except StoreError as exc:
        assert exc.key.startswith("queue.")
        assert content in files(directory).values()  # still there, or moved aside whole
        return
    try:
        if store.alerts:  # moved aside: the damaged bytes are kept for the technician
            aside = {k: v for k, v in files(directory).items() if k != DB}
            assert content in aside.values() or not content
        outbox = Outbox(store, FileKeyProvider.in_data_dir(directory, may_create=False))
        outbox.items(limit=20)
        outbox.enqueue(backend="gw", kind="k", payload={"after": "damage"}, lane="L9")
    finally:
        store.close()


def _copy(seed: tuple[Path, bytes], directory: Path, content: bytes) -> None:
    shutil.copy(seed[0] / KEY_FILE, directory / KEY_FILE)
    (directory / DB).write_bytes(content)


def _usable_after_damage(directory: Path, content: bytes) -> None:
    store = open_store(directory)
    try:
        assert [a.key for a in store.alerts] == ["queue.store.moved_aside"]
        assert content in files(directory).values()  # kept for the technician
        outbox = Outbox(store, FileKeyProvider.in_data_dir(directory, may_create=False))
        outbox.enqueue(backend="gw", kind="k", payload={"after": "damage"}, lane="L9")
    finally:
        store.close()


@pytest.mark.parametrize("version", [3, 18, 255])
def test_read_only_write_version_is_set_aside(
    tmp_path: Path, seed: tuple[Path, bytes], version: int
) -> None:
    """Found by this suite: a header write version above 2 made SQLite open the file read-only
    without an error, quick_check passed, and every enqueue failed with a raw
    ``attempt to write a readonly database``."""
    damaged_header = bytearray(seed[1])
    damaged_header[18] = version
    _copy(seed, tmp_path, bytes(damaged_header))
    _usable_after_damage(tmp_path, bytes(damaged_header))


def test_schema_error_that_is_not_utf8_is_set_aside(
    tmp_path: Path, seed: tuple[Path, bytes]
) -> None:
    """Found by this suite: SQLite's error message quoted a damaged schema's bytes and Python
    raised UnicodeDecodeError (not a sqlite3 error) from quick_check, stopping start-up."""
    _copy(seed, tmp_path, seed[1])
    con = sqlite3.connect(tmp_path / DB)
    con.execute("PRAGMA writable_schema=ON")
    con.execute(
        "UPDATE sqlite_master SET sql = CAST(? AS TEXT) WHERE name = 'outbox'",
        (b"CREATE \xff TABLE outbox(a)",),
    )
    con.commit()
    con.close()
    _usable_after_damage(tmp_path, (tmp_path / DB).read_bytes())
