"""``python -m offline_queue.sync`` reads the queue key, never creates one (#14.3, PRIV).

Run by hand on a production data directory, the stand-alone worker used to create a plain
``queue.key`` beside ``queue.db``. It now opens an existing key only: ``--key-file``, the sealed
credential ``$CREDENTIALS_DIRECTORY/queue-kek``, or the demo file; otherwise it exits 4 with a
clear message, and a key that does not open the queue's wrapped keys is refused the same way.
The worker runs in-process (``main``) against a real loopback back end and a real SQLite queue.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from offline_queue.crypto import KEY_FILE, AesKeyProvider, FileKeyProvider
from offline_queue.outbox import Outbox
from offline_queue.store import open_store
from offline_queue.sync import KEY_EXIT, main
from tests.offline_queue.loopback import LoopbackBackend, write_config

KEY = bytes(range(32))


@pytest.fixture
def backend() -> Iterator[LoopbackBackend]:
    b = LoopbackBackend({"gw": True})
    yield b
    b.close()


@pytest.fixture
def data(tmp_path: Path, backend: LoopbackBackend) -> Path:
    d = tmp_path / "data"
    d.mkdir(mode=0o700)
    write_config(d, backend.url, {"gw": True}, 1.0)
    return d


def _run(data: Path, *extra: str) -> int:
    return main(
        [
            "--data-dir",
            str(data),
            "--connectors",
            "tests.offline_queue.loopback:connectors",
            "--until-idle",
            "--idle-poll",
            "0.05",
            *extra,
        ]
    )


def _enqueue(data: Path, key: bytes, n: int = 2) -> None:
    store = open_store(data)
    try:
        outbox = Outbox(store, AesKeyProvider(key))
        for i in range(n):
            outbox.enqueue(backend="gw", kind="k", payload={"i": i})
    finally:
        store.close()


def _done(data: Path) -> int:
    store = open_store(data)
    try:
        return Outbox(store, AesKeyProvider(KEY)).status().counts["done"]
    finally:
        store.close()


def _write_key(path: Path, key: bytes = KEY) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(key)
    path.chmod(0o600)
    return path


def test_without_any_key_it_refuses_and_creates_none(
    data: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.delenv("CREDENTIALS_DIRECTORY", raising=False)
    with caplog.at_level("ERROR"):
        assert _run(data) == KEY_EXIT
    assert not (data / KEY_FILE).exists()
    assert "never creates a key" in caplog.text and "--key-file" in caplog.text
    # nor when the queue already holds items wrapped by a key kept elsewhere
    _enqueue(data, KEY)
    assert _run(data) == KEY_EXIT
    assert not (data / KEY_FILE).exists()
    assert sorted(p.name for p in data.iterdir() if "key" in p.name) == []


def test_a_missing_key_file_is_not_created(
    data: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    missing = tmp_path / "keys" / "queue-kek"
    with caplog.at_level("ERROR"):
        assert _run(data, "--key-file", str(missing)) == KEY_EXIT
    assert not missing.exists() and not missing.parent.exists()
    assert "does not exist" in caplog.text
    assert not (data / KEY_FILE).exists()


def test_a_key_file_outside_the_data_dir_drains_the_queue(
    data: Path, tmp_path: Path, backend: LoopbackBackend
) -> None:
    key_file = _write_key(tmp_path / "keys" / "queue-kek")
    _enqueue(data, KEY)
    assert _run(data, "--key-file", str(key_file)) == 0
    assert _done(data) == 2 and backend.counts("gw") == (2, 0)
    assert not (data / KEY_FILE).exists()


def test_the_sealed_credential_is_used(
    data: Path, tmp_path: Path, backend: LoopbackBackend, monkeypatch: pytest.MonkeyPatch
) -> None:
    creds = tmp_path / "run-credentials"
    _write_key(creds / "queue-kek")
    monkeypatch.setenv("CREDENTIALS_DIRECTORY", str(creds))
    _enqueue(data, KEY)
    assert _run(data) == 0
    assert _done(data) == 2 and backend.counts("gw") == (2, 0)
    assert not (data / KEY_FILE).exists()


def test_the_demo_key_file_in_the_data_dir_still_works(
    data: Path, backend: LoopbackBackend, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What the crash bench does: the parent creates queue.key, the worker opens it."""
    monkeypatch.delenv("CREDENTIALS_DIRECTORY", raising=False)
    key = FileKeyProvider.in_data_dir(data)  # created by the caller, as bench/crash.py does
    _enqueue(data, (data / KEY_FILE).read_bytes())
    before = (data / KEY_FILE).read_bytes()
    assert _run(data) == 0
    assert (data / KEY_FILE).read_bytes() == before
    store = open_store(data)
    try:
        assert Outbox(store, key).status().counts["done"] == 2
    finally:
        store.close()
    assert backend.counts("gw") == (2, 0)


def test_a_key_that_does_not_open_the_queue_is_refused(
    data: Path, tmp_path: Path, backend: LoopbackBackend, caplog: pytest.LogCaptureFixture
) -> None:
    _enqueue(data, KEY)
    wrong = _write_key(tmp_path / "keys" / "other", bytes(32))
    with caplog.at_level("ERROR"):
        assert _run(data, "--key-file", str(wrong)) == KEY_EXIT
    assert "queue.crypto.wrong_key" in caplog.text
    assert backend.counts("gw") == (0, 0) and _done(data) == 0


def test_a_key_file_readable_by_others_is_refused(
    data: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    loose = _write_key(tmp_path / "keys" / "queue-kek")
    os.chmod(loose, 0o644)
    with caplog.at_level("ERROR"):
        assert _run(data, "--key-file", str(loose)) == KEY_EXIT
    assert "queue.crypto.key_file_mode" in caplog.text
