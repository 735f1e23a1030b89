"""Real pcscd + the vsmartcard-vpcd reader for tests: the shipped harness and its machine lock.

The daemon, readers, card slots and the lock live in :mod:`drivers.smartcard.emulator` (the demo
uses them too); this module gathers them for tests.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from drivers.smartcard.emulator.machine_lock import exclusive
from drivers.smartcard.emulator.pcscd import (
    VPCD_DRIVER,
    VPCD_PORTS,
    VPCD_READER_CONF,
    VPCD_READERS,
    CardSlot,
    PcscDaemon,
    list_readers,
    wait_card_state,
    wait_until,
)

__all__ = [
    "VPCD_DRIVER",
    "VPCD_PORTS",
    "VPCD_READERS",
    "VPCD_READER_CONF",
    "CardSlot",
    "PcscDaemon",
    "exclusive_pcsc",
    "list_readers",
    "wait_card_state",
    "wait_until",
]


@contextlib.contextmanager
def exclusive_pcsc(timeout: float = 900.0) -> Iterator[None]:
    """Hold the machine-wide lock for the one pcscd and its vpcd ports
    (:mod:`drivers.smartcard.emulator.machine_lock`): a second test run, the benchmark or a demo
    kiosk would otherwise plug cards into this run's readers; the second one waits here."""
    with exclusive(timeout):
        yield
