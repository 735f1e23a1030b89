"""Real pcscd + the vsmartcard-vpcd reader for tests: the shipped harness plus a machine lock.

The daemon, readers and card slots live in :mod:`drivers.smartcard.emulator.pcscd` (the demo uses
them too); this module adds the machine-wide lock that keeps two test runs apart.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
from collections.abc import Iterator
from pathlib import Path

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

LOCK_PATH = Path(os.environ.get("KIOSK_PCSC_LOCK", "/tmp/ecitizen-kiosk-pcsc.lock"))


@contextlib.contextmanager
def exclusive_pcsc(timeout: float = 900.0) -> Iterator[None]:
    """Hold the machine-wide lock for the one pcscd and its vpcd ports.

    pcscd's socket and the vpcd ports are global, so two test runs (or a run and the benchmark)
    on one machine would plug cards into each other's readers; the second waits here instead.
    """
    LOCK_PATH.parent.mkdir(parents=True, exist_ok=True)
    with LOCK_PATH.open("a") as handle:
        if not wait_until(lambda: _try_lock(handle.fileno()), timeout, interval=0.2):
            raise TimeoutError(f"another run holds {LOCK_PATH}")
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def _try_lock(fd: int) -> bool:
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True
