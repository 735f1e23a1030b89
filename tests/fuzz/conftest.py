"""The fuzz suite: see tests/fuzz/profiles.py for its hypothesis budgets (``make fuzz``)."""

from __future__ import annotations

from pathlib import Path

import pytest

HERE = Path(__file__).parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # A failing example may hold a 100 kB hostile body: hypothesis warns that its repr is
    # large, and the suite turns warnings into errors, which would hide the real failure.
    quiet = pytest.mark.filterwarnings("ignore:Generating overly large repr")
    for item in items:
        if HERE in Path(item.path).parents:
            item.add_marker(quiet)
