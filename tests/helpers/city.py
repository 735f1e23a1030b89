"""A running demo city back end (citysim) per test: fresh state, free loopback ports."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from citysim import CitySim
from offline_queue.connectors import sip2_protocol as sp


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


def record_sip2(sim: CitySim) -> list[sp.Sip2Message]:
    """Every SIP2 message the demo library receives from now on (its own handler still
    answers each one)."""
    seen: list[sp.Sip2Message] = []
    app: Any = sim.sip2.app
    respond: Callable[..., Any] = app.respond

    def recording(msg: sp.Sip2Message, conn: Any) -> Any:
        seen.append(msg)
        return respond(msg, conn)

    app.respond = recording
    return seen
