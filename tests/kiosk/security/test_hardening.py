"""SEC-03: the kiosk process leaves no core dump and is not dumpable (checked in a fresh process
with prctl and getrlimit, as the kernel sees it)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]

CHECK = """
import ctypes, resource
from kiosk.security.hardening import PR_GET_DUMPABLE, core_dumps_possible, harden_process
libc = ctypes.CDLL(None, use_errno=True)
before = (libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), core_dumps_possible())
ok = harden_process()
after = (libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), resource.getrlimit(resource.RLIMIT_CORE))
print(repr((before, ok, after, core_dumps_possible())))
"""


def test_harden_process_turns_off_core_dumps_and_dumpability() -> None:
    done = subprocess.run(
        [sys.executable, "-c", CHECK], cwd=REPO, capture_output=True, text=True, check=True
    )
    before, ok, after, possible = eval(done.stdout)  # noqa: S307 (our own repr)
    assert before[0] == 1 and before[1] is True  # an ordinary process: dumpable
    assert ok is True
    assert after == (0, (0, 0))  # PR_GET_DUMPABLE == 0, RLIMIT_CORE 0/0
    assert possible is False


HEADER = "Filename\t\t\t\tType\t\tSize\t\tUsed\t\tPriority\n"


def test_swap_kind_from_proc_swaps() -> None:
    from kiosk.security.hardening import swap_kind

    assert swap_kind(HEADER) == "off"
    assert swap_kind(HEADER + "/dev/zram0  partition  4000000  0  100\n") == "in_memory"
    assert swap_kind(HEADER + "/dev/dm-1  partition  8000000  0  -2\n") == "mapped"
    assert swap_kind(HEADER + "/swapfile  file  2097148  0  -2\n") == "plain"
    mixed = HEADER + "/dev/zram0  partition  1  0  100\n/dev/sda3  partition  1  0  -2\n"
    assert swap_kind(mixed) == "plain"
