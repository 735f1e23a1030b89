"""A per-test timeout that cannot be defeated by a hang inside C code.

pytest-timeout's ``signal`` method fails the one test that overran and goes on, but a Python
signal handler only runs when the interpreter gets control back: a test blocked inside C++ (a
Qt wait, a native library call) never gets it, and the whole run would hang until CI kills it,
with nothing said about which test it was. So the signal method stays the first resort and a
backstop thread fires a grace period later: it dumps every thread's stack (faulthandler, which
needs no interpreter help), names the test on the last lines of the output and ends the run.

The whole run has a budget too (``KIOSK_TEST_RUN_BUDGET_S``, 30 minutes; the suite takes about
four): past it the run ends with the slowest tests and the running one on its last lines.
"""

from __future__ import annotations

import faulthandler
import os
import signal
import sys
import threading
import time
import traceback
from pathlib import Path
from typing import Any

import pytest
import pytest_timeout

BACKSTOP_GRACE_S = float(os.environ.get("KIOSK_TEST_HANG_GRACE_S", "60"))


def _backstop(item: pytest.Item, timeout: float) -> None:
    nodeid = item.nodeid
    try:
        capman = item.config.pluginmanager.getplugin("capturemanager")
        if capman is not None:
            capman.suspend_global_capture(in_=True)  # back to the real stderr
        err = sys.stderr
        err.write(f"\n+++ {nodeid} still running {timeout + BACKSTOP_GRACE_S:.0f} s after start")
        err.write(" (blocked outside Python: the timeout signal could not stop it)\n")
        err.flush()
        faulthandler.dump_traceback(file=err, all_threads=True)
        # CI shows only the end of the output: repeat the essentials last, innermost first
        names = {t.ident: t.name for t in threading.enumerate()}
        for ident, frame in sys._current_frames().items():
            if ident == threading.get_ident():
                continue
            inner = traceback.extract_stack(frame)[-4:][::-1]
            where = " <- ".join(f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in inner)
            err.write(f"+++ thread {names.get(ident, ident)}: {where}\n")
        err.write(f"+++ HUNG TEST: {nodeid}\n")
        err.flush()
    finally:
        os._exit(3)


@pytest.hookimpl(tryfirst=True)
def pytest_timeout_set_timer(item: pytest.Item, settings: Any) -> bool | None:
    if settings.timeout <= 0 or threading.current_thread() is not threading.main_thread():
        return None  # pytest-timeout's own handling

    def on_alarm(signum: int, frame: object) -> None:
        __tracebackhide__ = True
        pytest_timeout.timeout_sigalrm(item, settings)

    backstop = threading.Timer(
        settings.timeout + BACKSTOP_GRACE_S, _backstop, (item, settings.timeout)
    )
    backstop.name = f"hang-guard {item.nodeid}"
    backstop.daemon = True

    def cancel() -> None:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, signal.SIG_DFL)
        backstop.cancel()

    item.cancel_timeout = cancel  # type: ignore[attr-defined]
    signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, settings.timeout)
    backstop.start()
    return True


# --- the whole run's budget ------------------------------------------------------------------
# Each test has its timeout, but a hundred tests that each wait just under it would still
# outlast CI. Past the budget the run stops and says where the time went, on its last lines.
RUN_BUDGET_S = float(os.environ.get("KIOSK_TEST_RUN_BUDGET_S", "1800"))
_durations: dict[str, float] = {}
_current: list[str] = []


def _over_budget(config: pytest.Config) -> None:
    capman = config.pluginmanager.getplugin("capturemanager")
    if capman is not None:
        capman.suspend_global_capture(in_=True)
    err = sys.stderr
    try:
        slowest = sorted(_durations.items(), key=lambda kv: kv[1], reverse=True)[:15]
        err.write(f"\n+++ the test run used up its {RUN_BUDGET_S:.0f} s budget; slowest tests:\n")
        for nodeid, seconds in slowest:
            err.write(f"+++ {seconds:7.1f} s  {nodeid}\n")
        err.write(f"+++ {len(_durations)} tests finished; running now: {_current[-1:]}\n")
        err.flush()
    finally:
        os._exit(4)


def pytest_sessionstart(session: pytest.Session) -> None:
    if RUN_BUDGET_S > 0:
        timer = threading.Timer(RUN_BUDGET_S, _over_budget, (session.config,))
        timer.name = "hang-guard run budget"
        timer.daemon = True
        timer.start()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> Any:
    _current.append(item.nodeid)
    started = time.monotonic()
    yield
    _durations[item.nodeid] = time.monotonic() - started
    _current.pop()
