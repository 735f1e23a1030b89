"""Project-wide test set-up: headless Qt, markers, fresh data directories."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_ACCESSIBILITY", "0")

from kiosk.config import KioskConfig, load_demo_config, shell_only

pytest_plugins = ["tests.helpers.hang_guard"]

# The suite's hypothesis default: properties, not timings. On a loaded two-core CI machine one
# draw can stall for a second (a collector pass, another worker's Qt test), which the timing
# health check and the per-example deadline report as failures of the code. Tests that set
# their own @settings still inherit these two (tests/fuzz/profiles.py sets its own).
settings.register_profile("suite", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("suite")

__all__ = ["shell_only"]  # moved to kiosk.config (benches use it too); still importable here


PCSC_GROUP = "pcsc"
"""The xdist group of every test that uses the virtual card readers (``make test`` runs the suite
on several workers with ``--dist loadgroup``): pcscd's socket and the vpcd ports are one per
machine, and the ``pcscd`` fixture holds their machine lock for the whole session of its worker,
so all such tests run one after the other on one worker."""


def uses_card_readers(item: pytest.Item) -> bool:
    """The test is marked ``pcsc`` or uses the ``pcscd`` fixture (directly or through another)."""
    return item.get_closest_marker("pcsc") is not None or "pcscd" in getattr(
        item, "fixturenames", ()
    )


@pytest.hookimpl(tryfirst=True)  # before xdist names the groups in the node ids
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    xdist = config.pluginmanager.hasplugin("xdist")
    for item in items:
        fixtures = getattr(item, "fixturenames", ())
        if "qtbot" in fixtures or "qapp" in fixtures:
            item.add_marker(pytest.mark.gui)
        if "hardware" in item.keywords and not config.getoption("--hardware"):
            item.add_marker(pytest.mark.skip(reason="needs real devices: run with --hardware"))
        if uses_card_readers(item):
            item.add_marker(pytest.mark.pcsc)
            if xdist:
                item.add_marker(pytest.mark.xdist_group(PCSC_GROUP))
    if hasattr(config, "workerinput"):
        # xdist hands out the tests in this order (after the largest group, pcsc): the long
        # ones first, so that none of them starts last and keeps one worker busy alone
        items.sort(key=lambda item: item.get_closest_marker("slow") is None)


class _CardLockWatch:
    """Fails a test that takes the virtual readers' machine lock in this process (a demo kiosk
    with the emulated card reader, say) without being in the pcsc group: on another worker it
    would find the lock held and get no cards, or hold it while the pcsc tests wait.

    Wraps :func:`drivers.smartcard.emulator.machine_lock.acquire`, which every user calls through
    the module (the wrapper only records the call).
    """

    def __init__(self) -> None:
        self.test: pytest.Item | None = None
        self.unmarked: str = ""
        self._guard = threading.Lock()

    def install(self) -> None:
        from drivers.smartcard.emulator import machine_lock

        acquire: Callable[[float], bool] = machine_lock.acquire

        def watched(timeout: float = 0.0) -> bool:
            with self._guard:
                test = self.test
                if test is not None and not uses_card_readers(test) and not self.unmarked:
                    self.unmarked = test.nodeid
            return acquire(timeout)

        machine_lock.acquire = watched  # type: ignore[assignment]

    def start(self, item: pytest.Item) -> None:
        with self._guard:
            self.test, self.unmarked = item, ""

    def stop(self) -> str:
        with self._guard:
            unmarked, self.test, self.unmarked = self.unmarked, None, ""
        return unmarked


_card_lock_watch = _CardLockWatch()


@pytest.hookimpl(tryfirst=True)  # before pytest's tmp_path factory reads the base directory
def pytest_configure(config: pytest.Config) -> None:
    _card_lock_watch.install()
    workerinput = getattr(config, "workerinput", None)
    basetemp = config.option.basetemp
    if workerinput is not None and basetemp and Path(basetemp).name.startswith("popen-"):
        # xdist gives each worker <basetemp>/popen-gwN: six characters fewer keep tmp_path as
        # short as the code under test needs (a Unix socket's path has at most 107 bytes)
        config.option.basetemp = str(Path(basetemp).with_name(workerinput["workerid"]))


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    _card_lock_watch.start(item)


@pytest.hookimpl(trylast=True)
def pytest_runtest_teardown(item: pytest.Item) -> None:
    if _card_lock_watch.stop():
        pytest.fail(
            "this test takes the virtual card readers' machine lock (a demo kiosk with the "
            "emulated card reader?) but is not marked pcsc: mark it @pytest.mark.pcsc so it "
            "runs in the pcsc xdist group, or disable the card reader (with_devices, shell_only)",
            pytrace=False,
        )


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--hardware", action="store_true", help="run tests that need real devices")


@pytest.fixture
def data_dir(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "data"
    path.mkdir(mode=0o700)
    yield path


@pytest.fixture
def demo_config(data_dir: Path) -> KioskConfig:
    """The embedded demo configuration with a fresh data directory."""
    return load_demo_config(data_dir)
