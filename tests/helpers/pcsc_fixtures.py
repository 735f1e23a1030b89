"""pytest fixtures for real pcscd + vpcd + the card emulator.

Use them in any test folder by adding to tests/conftest.py:

    pytest_plugins = ["tests.helpers.pcsc_fixtures"]

(tests/drivers/smartcard and tests/kiosk import them directly until then). Mark tests ``pcsc``.
The ``pcscd`` fixture holds a machine-wide lock for the session: concurrent runs queue up.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from drivers.smartcard.emulator import DemoPki
from tests.helpers.pcsc import CardSlot, PcscDaemon, exclusive_pcsc


@pytest.fixture(scope="session")
def pcscd(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PcscDaemon]:
    """A running pcscd with two vpcd readers (started if none is running)."""
    with exclusive_pcsc():
        daemon = PcscDaemon(tmp_path_factory.mktemp("pcscd"))
        daemon.start()
        yield daemon
        daemon.stop()


@pytest.fixture(scope="session")
def demo_pki(tmp_path_factory: pytest.TempPathFactory) -> DemoPki:
    """The demo city CA, CRL and persona credentials (generated once per test session)."""
    return DemoPki.load_or_create(tmp_path_factory.mktemp("demo-pki"))


def _slot(pcscd: PcscDaemon, pki: DemoPki, tmp_path: Path, index: int) -> Iterator[CardSlot]:
    if not pcscd.running:
        pcscd.start()
    slot = CardSlot(pcscd.readers[index], pcscd.ports[index], pki, tmp_path / f"slot{index}")
    yield slot
    slot.close()


@pytest.fixture
def card_slot(pcscd: PcscDaemon, demo_pki: DemoPki, tmp_path: Path) -> Iterator[CardSlot]:
    """The first vpcd reader with a virtual card slot: ``card_slot.insert("resident-amina")``."""
    yield from _slot(pcscd, demo_pki, tmp_path, 0)


@pytest.fixture
def second_card_slot(pcscd: PcscDaemon, demo_pki: DemoPki, tmp_path: Path) -> Iterator[CardSlot]:
    """The second vpcd reader (two readers at once)."""
    yield from _slot(pcscd, demo_pki, tmp_path, 1)


@pytest.fixture
def pcscd_restart(pcscd: PcscDaemon) -> Iterator[PcscDaemon]:
    """The harness-owned pcscd, for tests that kill/restart it; running again afterwards."""
    if not pcscd.owned:
        pytest.skip("pcscd was started outside the test run; cannot restart it")
    yield pcscd
    if not pcscd.running:
        pcscd.start()
