"""Shared fixtures of the kiosk's queue tests: a fresh queue file and its outbox."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from offline_queue.crypto import FileKeyProvider
from offline_queue.outbox import Outbox
from offline_queue.store import Store, open_store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """A fresh queue database in this test's data directory."""
    s = open_store(tmp_path / "data")
    yield s
    s.close()


@pytest.fixture
def outbox(store: Store, tmp_path: Path) -> Outbox:
    return Outbox(store, FileKeyProvider.in_data_dir(tmp_path / "data"))
