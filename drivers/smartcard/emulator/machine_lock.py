"""The machine-wide lock on the one pcscd and its vpcd ports.

pcscd's socket and the vsmartcard-vpcd ports are global: two users of the virtual readers at once
(a test run and a demo kiosk, two test runs, a run and the benchmark) would plug cards into each
other's readers. Whoever inserts virtual cards holds this lock first: the test harness waits for
it, a demo kiosk that finds it taken starts without cards and says why.

An ``flock`` on a file in /tmp, so it is released when the holder exits, however it exits. It is
reentrant within one process (a test that holds it may start a demo rig, which asks again).
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import threading
from collections.abc import Iterator
from pathlib import Path

from drivers.smartcard.emulator.pcscd import wait_until

# one well-known name for every user of the machine (root's test run, a developer's demo): /tmp,
# opened without following links and never written to
LOCK_PATH = Path(os.environ.get("KIOSK_PCSC_LOCK", "/tmp/ecitizen-kiosk-pcsc.lock"))  # noqa: S108

_guard = threading.Lock()
_held = 0  # how many holders in this process
_fd = -1


def acquire(timeout: float = 0.0) -> bool:
    """Take the lock, waiting up to ``timeout`` seconds; False if someone else keeps it.

    Every successful call needs one :func:`release`.
    """
    global _held, _fd
    with _guard:
        if _held:
            _held += 1
            return True
    try:
        # read-only is enough for flock: a lock file created by root stays usable by others
        fd = os.open(LOCK_PATH, os.O_RDONLY | os.O_CREAT | os.O_CLOEXEC | os.O_NOFOLLOW, 0o644)
    except OSError:
        return False
    if not wait_until(lambda: _try_lock(fd), timeout, interval=0.2):
        os.close(fd)
        return False
    with _guard:
        _held, _fd = 1, fd
    return True


def release() -> None:
    global _held, _fd
    with _guard:
        if _held == 0:
            raise RuntimeError("the pcsc machine lock is not held")
        _held -= 1
        if _held:
            return
        fd, _fd = _fd, -1
    fcntl.flock(fd, fcntl.LOCK_UN)
    os.close(fd)


@contextlib.contextmanager
def exclusive(timeout: float = 900.0) -> Iterator[None]:
    """Hold the lock for a block; TimeoutError names the lock file if it stays taken."""
    if not acquire(timeout):
        raise TimeoutError(
            f"another user of the virtual card readers (a test run or a demo kiosk) holds "
            f"{LOCK_PATH}; stop it and try again"
        )
    try:
        yield
    finally:
        release()


def _try_lock(fd: int) -> bool:
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True
