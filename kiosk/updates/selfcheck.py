"""The kiosk's start-up self-check, reported on its status line (:mod:`kiosk.updates.health`).

:func:`start_reporting` is called by :meth:`kiosk.runtime.app.KioskCore.start` once the queue, the
devices and the back-end clients are up (on the core's start thread, never the GUI thread). It
does nothing outside a service manager (no ``$NOTIFY_SOCKET``). Otherwise it:

* reports the session on every transition (``session=active``/``idle``): the updater installs
  only when no resident is at the kiosk;
* runs :func:`run_selfcheck` on its own thread (``update-selfcheck``) at once, then every
  ``fast_s`` for the first ``fast_for_s`` (devices take a moment to come up: a printer is
  "connecting" for a second), then every ``slow_s``; the line is sent only when it changes.

The checks reuse what diagnostics and telemetry read (:mod:`kiosk.diagnostics.report`), plus one
cheap ``GET /health`` of the gateway (2 s at most; any HTTP answer counts as reachable).
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kiosk.updates.health import SelfCheck, StatusReporter

if TYPE_CHECKING:
    from collections.abc import Callable

    from kiosk.diagnostics.report import Check
    from kiosk.runtime.core_parts import CoreParts
    from kiosk.session.machine import Transition

logger = logging.getLogger(__name__)


def _device_statuses(core: CoreParts) -> dict[str, str]:
    from kiosk.diagnostics import report as diag

    probes: dict[str, Callable[[], Check]] = {
        "card_reader": lambda: diag.card_reader_state(core),
        "printer": lambda: diag.printer_state(core),
        "fingerprint": lambda: diag.fingerprint_state(core),
        "camera": lambda: diag.camera_state(core.config),
    }
    statuses = {}
    for name, probe in probes.items():
        try:
            statuses[name] = str(probe().status)
        except Exception as exc:  # a failing probe is that device in error, not a lost check
            logger.warning("self-check: %s probe failed: %s", name, type(exc).__name__)
            statuses[name] = "error"
    return statuses


def _queue(core: CoreParts) -> tuple[str, bool]:
    """``("ok", accepts)`` when the queue opened and migrated, else its problem key."""
    problem = core.problems.get("queue")
    if core.store is None or core.outbox is None:
        return problem or "queue.unavailable", False
    if problem is not None:
        return problem, False
    try:
        core.store.check_space()
    except Exception as exc:  # StoreFullError (below the reserve) or the statvfs failing
        logger.warning("self-check: the queue refuses new work (%s)", type(exc).__name__)
        return "ok", False
    return "ok", True


def _city(core: CoreParts) -> str:
    if core.gateway is None:
        return "unknown"
    try:
        return "reachable" if core.gateway.probe() else "unreachable"
    except Exception as exc:
        logger.warning("self-check: gateway probe failed: %s", type(exc).__name__)
        return "unreachable"


def run_selfcheck(core: CoreParts) -> SelfCheck:
    """One self-check of a started core (blocking: up to ~2 s for the gateway)."""
    queue, accepts = _queue(core)
    return SelfCheck(queue, _city(core), accepts, _device_statuses(core))


@dataclass
class SelfCheckReporter:
    core: CoreParts
    reporter: StatusReporter
    fast_s: float = 1.0
    fast_for_s: float = 120.0
    slow_s: float = 30.0

    def __post_init__(self) -> None:
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="update-selfcheck", daemon=True)

    def start(self) -> SelfCheckReporter:
        self._thread.start()
        return self

    def _run(self) -> None:
        import time

        started = time.monotonic()
        while not self._stop.is_set():
            try:
                self.reporter.update(run_selfcheck(self.core).fields())
            except Exception:  # never let the reporter die silently: the gate would time out
                logger.exception("self-check failed")
            fast = time.monotonic() - started < self.fast_for_s
            self._stop.wait(self.fast_s if fast else self.slow_s)

    def close(self) -> None:
        self._stop.set()
        self._thread.join(5.0)
        self.reporter.close()


def start_reporting(core: CoreParts) -> SelfCheckReporter | None:
    """Session and self-check on the status line (None outside a service manager)."""
    from kiosk.fleet.state import project_version
    from kiosk.session.machine import State

    reporter = StatusReporter(project_version())
    if not reporter.enabled:
        return None

    def on_transition(transition: Transition) -> None:
        # "finished": the wipe is done and the kiosk is back on its attract screen
        if transition.new is State.ATTRACT:
            reporter.session(False)
        elif transition.old is State.ATTRACT:
            reporter.session(True)

    reporter.session(core.session.state is not State.ATTRACT)
    core.session.add_listener(on_transition)
    return SelfCheckReporter(core, reporter).start()
