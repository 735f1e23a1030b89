"""A per-test timeout that a hang inside native code cannot defeat, and a budget for the run.

pytest-timeout's ``signal`` method fails the one test that overran and goes on, but a Python
signal handler only runs when the interpreter gets control back. A test blocked inside C++
while holding the GIL (a Qt call waiting for a lock that another thread holds while it waits
for the GIL: a real deadlock this project once had) never gives it back, and no Python thread
can run either. The run would then hang until CI kills it, saying nothing about which test.

So the signal method stays the first resort and a **watchdog process** (``python -m
tests.helpers.hang_guard``) stands behind it. Before each test the run writes the test's name
and deadline (timeout + a grace minute) into a small state file; the watchdog reads it every
second. Past the deadline it sends SIGABRT, on which faulthandler (in C, no GIL needed) dumps
every thread's stack, then it ends the run and names the test on the last lines of the output.
The whole run has a budget too (``KIOSK_TEST_RUN_BUDGET_S``, 30 minutes; the suite takes about
four): past it the run ends the same way, naming the running test.
"""

from __future__ import annotations

import contextlib
import faulthandler
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import pytest
import pytest_timeout

GRACE_S = float(os.environ.get("KIOSK_TEST_HANG_GRACE_S", "60"))
RUN_BUDGET_S = float(os.environ.get("KIOSK_TEST_RUN_BUDGET_S", "1800"))
POLL_S = 1.0
ABORT_WAIT_S = 5.0


class _Guard:
    def __init__(self) -> None:
        self.state: Path | None = None
        self.watchdog: subprocess.Popen[bytes] | None = None
        self.stderr_fd: int | None = None

    def arm(self, nodeid: str, deadline_s: float) -> None:
        self._write(f"{time.time() + deadline_s:.3f} {nodeid}")

    def disarm(self) -> None:
        self._write("idle")

    def _write(self, text: str) -> None:
        if self.state is None:
            return
        partial = self.state.with_suffix(".new")
        partial.write_text(text)
        partial.replace(self.state)


_guard = _Guard()


@pytest.hookimpl(trylast=True)
def pytest_configure(config: pytest.Config) -> None:
    # Under xdist every worker runs its own tests, so it gets its own watchdog (a hung worker
    # dumps its stacks and dies: xdist names the test it was running); the controller's watches
    # the run's budget.
    if os.environ.get("KIOSK_TEST_NO_WATCHDOG"):
        return
    handle, name = tempfile.mkstemp(prefix="kiosk-hang-guard-")
    os.close(handle)
    _guard.state = Path(name)
    _guard.disarm()
    capman = config.pluginmanager.getplugin("capturemanager")
    suspended = capman is not None and capman.is_globally_capturing()
    if suspended:
        capman.suspend_global_capture(in_=True)  # the watchdog gets the real stderr
    try:
        # pytest points faulthandler at the (captured) stderr of its configure phase: point it
        # at the real one, where the watchdog's SIGABRT dump must be seen
        _guard.stderr_fd = os.dup(2)
        faulthandler.enable(file=_guard.stderr_fd, all_threads=True)
        _guard.watchdog = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.helpers.hang_guard",
                str(os.getpid()),
                name,
                str(RUN_BUDGET_S),
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            cwd=Path(__file__).resolve().parents[2],
        )
    finally:
        if suspended:
            capman.resume_global_capture()


def pytest_unconfigure(config: pytest.Config) -> None:
    watchdog, _guard.watchdog = _guard.watchdog, None
    if watchdog is not None:
        watchdog.terminate()
        with contextlib.suppress(subprocess.TimeoutExpired):
            watchdog.wait(10)
    if _guard.state is not None:
        _guard.state.unlink(missing_ok=True)
        _guard.state = None
    if _guard.stderr_fd is not None:
        faulthandler.disable()
        os.close(_guard.stderr_fd)
        _guard.stderr_fd = None


@pytest.hookimpl(tryfirst=True)
def pytest_timeout_set_timer(item: pytest.Item, settings: Any) -> bool | None:
    """The signal method (the test fails, the run goes on), with the watchdog behind it."""
    if settings.timeout <= 0 or threading.current_thread() is not threading.main_thread():
        return None  # pytest-timeout's own handling

    def on_alarm(signum: int, frame: object) -> None:
        __tracebackhide__ = True
        pytest_timeout.timeout_sigalrm(item, settings)

    def cancel() -> None:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, signal.SIG_DFL)
        _guard.disarm()

    item.cancel_timeout = cancel  # type: ignore[attr-defined]
    signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, settings.timeout)
    _guard.arm(item.nodeid, settings.timeout + GRACE_S)
    return True


# --- the watchdog process ----------------------------------------------------------------------
def _say(text: str) -> None:
    sys.stderr.write(f"+++ {text}\n")
    sys.stderr.flush()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _end_run(pid: int, why: str, last_line: str) -> None:
    _say(f"{why}: ending the test run (stacks of every thread follow)")
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGABRT)  # faulthandler dumps every thread, then the process dies
    deadline = time.monotonic() + ABORT_WAIT_S
    while _alive(pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    if _alive(pid):
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    _say(f"{why}")
    _say(last_line)


def watch(pid: int, state: Path, budget_s: float) -> None:
    started = time.monotonic()
    while _alive(pid):
        try:
            text = state.read_text()
        except OSError:
            return  # the run removed it: finished
        deadline_text, _, nodeid = text.partition(" ")
        if deadline_text != "idle" and time.time() > float(deadline_text):
            why = f"{nodeid} did not stop at its timeout (blocked in native code?)"
            _end_run(pid, why, f"HUNG TEST: {nodeid}")
            return
        if budget_s > 0 and time.monotonic() - started > budget_s:
            running = nodeid if deadline_text != "idle" else "(between tests)"
            why = f"the test run used up its {budget_s:.0f} s budget"
            _end_run(pid, why, f"RUNNING WHEN STOPPED: {running}")
            return
        time.sleep(POLL_S)


if __name__ == "__main__":
    state_file = Path(sys.argv[2])
    try:
        watch(int(sys.argv[1]), state_file, float(sys.argv[3]))
    finally:  # after a run that ended itself, or that the watchdog ended
        state_file.unlink(missing_ok=True)
        state_file.with_suffix(".new").unlink(missing_ok=True)
