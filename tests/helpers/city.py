"""A running demo city back end (citysim) per test: fresh state, free loopback ports."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from citysim import CitySim


@pytest.fixture
def city() -> Iterator[CitySim]:
    sim = CitySim()
    sim.start()
    try:
        yield sim
    finally:
        sim.stop()


@pytest.fixture
def quirky_city() -> Iterator[CitySim]:
    """Open311 behaving like the deviating real server of the design notes (§2.1)."""
    sim = CitySim(open311_quirks=True)
    sim.start()
    try:
        yield sim
    finally:
        sim.stop()
