"""Shared fixtures of the city-service tests: the demo city on loopback."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from citysim import CitySim


@pytest.fixture(scope="module")
def city() -> Iterator[CitySim]:
    """The demo city's gateway and SIP2 server on loopback, one per test module."""
    sim = CitySim(open311_port=None, control_port=None)
    sim.start()
    try:
        yield sim
    finally:
        sim.stop()
