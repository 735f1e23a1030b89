"""The machine lock on the virtual card readers, between real processes (flock is per process,
so every holder here is its own interpreter, with its own lock file)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

HOLD = """
import sys
from drivers.smartcard.emulator import machine_lock
assert machine_lock.acquire(timeout=5)
assert machine_lock.acquire(timeout=0)  # reentrant in one process
machine_lock.release()
print("held", flush=True)
sys.stdin.read()  # until the test closes our stdin
"""

TRY = """
from drivers.smartcard.emulator import machine_lock
print(machine_lock.acquire(timeout=float(__import__("sys").argv[1])))
"""

DEMO_CARDS = """
import sys
from pathlib import Path
from kiosk.demo.rig import DemoRig, _start_cards
rig = DemoRig(city=None)
_start_cards(rig, Path(sys.argv[1]))
print(repr((rig.card_problem, sorted(rig.card_slots), rig.holds_card_lock)))
"""


def _env(lock: Path) -> dict[str, str]:
    return {**os.environ, "KIOSK_PCSC_LOCK": str(lock)}


def _run(code: str, lock: Path, *args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        env=_env(lock),
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return done.stdout.strip()


@pytest.fixture
def holder(tmp_path: Path) -> Iterator[Path]:
    """Another process holding the lock (a test run, say) until the test ends."""
    lock = tmp_path / "pcsc.lock"
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLD],
        env=_env(lock),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
    yield lock
    proc.communicate(timeout=30)  # closes its stdin: it exits and the lock goes with it


def test_a_second_process_waits_for_or_is_refused_the_lock(holder: Path) -> None:
    assert _run(TRY, holder, "0") == "False"
    assert _run(TRY, holder, "0.5") == "False"


def test_lock_is_free_again_when_its_holder_exits(tmp_path: Path) -> None:
    lock = tmp_path / "pcsc.lock"
    assert _run(TRY, lock, "0") == "True"  # that process exits holding it: the kernel lets go
    assert _run(TRY, lock, "0") == "True"


def test_demo_started_during_a_test_run_gets_no_cards_and_says_why(
    holder: Path, tmp_path: Path
) -> None:
    problem, slots, holds = eval(_run(DEMO_CARDS, holder, str(tmp_path / "data")))  # noqa: S307
    assert "in use by a test run or another demo kiosk" in problem
    assert slots == [] and holds is False
