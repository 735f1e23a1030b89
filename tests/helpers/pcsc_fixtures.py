"""pytest fixtures for real pcscd + vpcd + the card emulator.

Use them in any test folder by adding to tests/conftest.py:

    pytest_plugins = ["tests.helpers.pcsc_fixtures"]

(tests/drivers/smartcard and tests/kiosk import them directly until then). Mark tests ``pcsc``.
The ``pcscd`` fixture holds a machine-wide lock for the session: concurrent runs queue up.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from drivers.smartcard.emulator import DemoPki
from tests.helpers.pcsc import CardSlot, PcscDaemon, exclusive_pcsc

# stays below pytest-timeout (300 s per test, the fixture wait counts towards the first test)
LOCK_WAIT_S = 240.0


class _Shared:
    """One pcscd (and one lock) per test process, however many conftests import the fixtures.

    Each conftest that imports a session fixture gets its own instance of it; the instances
    share this state so the lock is taken once and pcscd stops after the last user.
    """

    def __init__(self) -> None:
        self.users = 0
        self.daemon: PcscDaemon | None = None
        self.stack = contextlib.ExitStack()
        self.pki: DemoPki | None = None
        self.failure: str | None = None

    def acquire(self, factory: pytest.TempPathFactory) -> PcscDaemon:
        # One failure to get pcscd fails every later pcsc test at once with the same reason:
        # retrying would wait for the lock (or pcscd) again in each of a hundred tests.
        if self.failure is not None:
            pytest.fail(self.failure, pytrace=False)
        if self.daemon is None:
            try:
                self.stack.enter_context(exclusive_pcsc(timeout=LOCK_WAIT_S))
            except TimeoutError as exc:
                self.failure = f"{exc}: another test run is using pcscd + vpcd on this machine"
                pytest.fail(self.failure, pytrace=False)
            daemon = PcscDaemon(factory.mktemp("pcscd"))
            self.stack.callback(daemon.stop)
            try:
                daemon.start()
            except RuntimeError as exc:
                self.stack.close()  # stops what was started and releases the machine lock
                self.failure = (
                    f"pcscd with the vpcd reader is unavailable: {exc}\n{_log_tail(daemon)}"
                )
                pytest.fail(self.failure, pytrace=False)
            self.daemon = daemon
        self.users += 1
        return self.daemon

    def release(self) -> None:
        self.users -= 1
        if self.users == 0:
            self.daemon = None
            self.stack.close()


def _log_tail(daemon: PcscDaemon, lines: int = 15) -> str:
    try:
        text = daemon.log_path.read_text(errors="replace")
    except OSError:
        return "(no pcscd log)"
    return "pcscd log (end):\n" + "\n".join(text.splitlines()[-lines:])


_shared = _Shared()


@pytest.fixture(scope="session")
def pcscd(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PcscDaemon]:
    """A running pcscd with two vpcd readers (started if none is running)."""
    daemon = _shared.acquire(tmp_path_factory)
    yield daemon
    _shared.release()


@pytest.fixture(scope="session")
def demo_pki(tmp_path_factory: pytest.TempPathFactory) -> DemoPki:
    """The demo city CA, CRL and persona credentials (generated once per test process)."""
    if _shared.pki is None:
        _shared.pki = DemoPki.load_or_create(tmp_path_factory.mktemp("demo-pki"))
    return _shared.pki


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
