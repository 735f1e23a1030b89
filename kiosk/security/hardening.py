"""Process hardening at start-up (SEC-03): no core dumps and a process that is not dumpable.

A core dump, or another process of the kiosk's user reading its memory through ptrace or
``/proc/<pid>/mem``, would expose what a resident typed, their PIN digits while they are being
sent, and card data. ``kiosk.service`` sets ``LimitCORE=0`` too; this covers a kiosk started
any other way. Linux only (prctl); elsewhere it reports that it could not.
"""

from __future__ import annotations

import ctypes
import logging
import resource

logger = logging.getLogger(__name__)

PR_GET_DUMPABLE = 3
PR_SET_DUMPABLE = 4


def _prctl(option: int, value: int = 0) -> int:
    libc = ctypes.CDLL(None, use_errno=True)
    return int(libc.prctl(option, value, 0, 0, 0))


def harden_process() -> bool:
    """Turn core dumps off and make the process non-dumpable; True if both took effect."""
    ok = True
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ValueError, OSError) as exc:
        ok = False
        logger.warning("core dumps could not be turned off: %s", type(exc).__name__)
    try:
        if _prctl(PR_SET_DUMPABLE, 0) != 0:
            ok = False
            logger.warning("process could not be made non-dumpable (errno %d)", ctypes.get_errno())
    except (AttributeError, OSError):  # no prctl (not Linux)
        ok = False
        logger.warning("process could not be made non-dumpable: no prctl")
    if ok:
        logger.info("core dumps off, process not dumpable")
    return ok


def core_dumps_possible() -> bool:
    """True if this process could still leave a core dump or be read by its user (for
    diagnostics): dumpable, or a core size limit above zero."""
    try:
        dumpable = _prctl(PR_GET_DUMPABLE) != 0
    except (AttributeError, OSError):
        dumpable = True
    soft, _hard = resource.getrlimit(resource.RLIMIT_CORE)
    return dumpable or soft != 0


def swap_kind(proc_swaps: str) -> str:
    """What ``/proc/swaps`` says about swap (SEC-03 wants it off or encrypted): ``off``;
    ``in_memory`` (zram only, never written to disk); ``mapped`` (device-mapper devices only:
    dm-crypt, but LVM looks the same, so check the image); else ``plain`` (a partition or file
    that would keep pages of a resident's session on disk)."""
    devices = [line.split()[0] for line in proc_swaps.splitlines()[1:] if line.strip()]
    if not devices:
        return "off"
    if all(d.startswith("/dev/zram") for d in devices):
        return "in_memory"
    if all(d.startswith(("/dev/zram", "/dev/dm-", "/dev/mapper/")) for d in devices):
        return "mapped"
    return "plain"


def current_swap() -> str:
    try:
        with open("/proc/swaps", encoding="ascii") as swaps:
            return swap_kind(swaps.read())
    except OSError:
        return "unknown"
