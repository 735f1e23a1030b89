"""The kiosk's service as the updater drives and watches it.

Two managers with one interface (:class:`Service`):

:class:`SystemdService` (a kiosk): ``systemctl stop|start --no-block kiosk.service`` and
``systemctl show`` for the state. ``Type=notify`` makes systemd report the unit ``active`` only
once the app sent ``READY=1``; ``NRestarts`` counts the restarts ``Restart=always`` made (a
version that crashes at start); ``StatusText`` is the app's status line
(:mod:`kiosk.updates.health`).

:class:`ProcessService` (tests, the benchmark, a development machine): runs
``<root>/current/venv/bin/kiosk run ...`` itself — through the ``current`` link at every (re)start,
as systemd's ``ExecStart=`` does — with ``NOTIFY_SOCKET`` pointing at a datagram socket it reads,
and restarts the process when it exits (``Restart=always``, after ``restart_s``).
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import socket
import subprocess
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from kiosk.errors import KeyedError
from kiosk.updates import health

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class ServiceReport:
    """What the manager says about the unit now."""

    running: bool  # a process is there (starting or ready)
    ready: bool  # READY=1 was received from the current process
    restarts: int  # restarts since the manager started the unit (monotonic)
    status: Mapping[str, str] = field(default_factory=dict)  # the status line's fields
    pid: int | None = None


class Service(Protocol):
    def report(self) -> ServiceReport: ...

    def start(self) -> None:
        """Start without waiting for READY (the gate waits)."""

    def stop(self) -> None:
        """Stop and wait until the process is gone (the kiosk wipes its session first)."""


class ServiceError(KeyedError):
    """systemctl could not stop, start or ask about the kiosk's service (``update.*``)."""


class SystemdService:
    def __init__(self, unit: str, systemctl: str = "systemctl") -> None:
        self.unit = unit
        self.systemctl = systemctl

    def _run(self, *args: str, timeout: float = 120.0) -> str:
        try:
            done = subprocess.run(
                [self.systemctl, *args],
                check=True,
                capture_output=True,
                text=True,
                timeout=timeout,
            )
        except (OSError, subprocess.SubprocessError) as exc:
            raise ServiceError("update.systemctl_failed", type(exc).__name__) from exc
        return done.stdout

    def report(self) -> ServiceReport:
        out = self._run(
            "show",
            self.unit,
            "-p",
            "ActiveState,SubState,MainPID,NRestarts,StatusText",
            timeout=30.0,
        )
        props = dict(line.partition("=")[::2] for line in out.splitlines() if "=" in line)
        active, sub = props.get("ActiveState", ""), props.get("SubState", "")
        pid = int(props.get("MainPID", "0") or 0)
        return ServiceReport(
            running=active in ("active", "activating", "reloading") and pid > 0,
            ready=active == "active" and sub == "running",
            restarts=int(props.get("NRestarts", "0") or 0),
            status=health.parse(props.get("StatusText", "")),
            pid=pid or None,
        )

    def start(self) -> None:
        self._run("start", "--no-block", self.unit)

    def stop(self) -> None:
        self._run("stop", self.unit)


class ProcessService:
    """See the module docstring.

    Args:
        entry: the command to run (normally ``<root>/current/venv/bin/kiosk``; resolved again at
            every start, like ``ExecStart=`` through the ``current`` link).
        args: its arguments (``run --config ...``).
        workdir: where the notify socket is made.
        env: extra environment for the process.
        restart_s: delay before restarting an exited process (``RestartSec=``).
        stop_timeout_s: SIGTERM, then SIGKILL after this (``TimeoutStopSec=``).
    """

    def __init__(
        self,
        entry: Path,
        args: Sequence[str],
        workdir: Path,
        *,
        env: Mapping[str, str] | None = None,
        restart_s: float = 0.2,
        stop_timeout_s: float = 10.0,
        log: Path | None = None,
    ) -> None:
        self.entry = entry
        self.args = list(args)
        self.env = dict(env or {})
        self.restart_s = restart_s
        self.stop_timeout_s = stop_timeout_s
        self.log = log
        workdir.mkdir(parents=True, exist_ok=True)
        self.notify_path = workdir / f"notify-{os.getpid()}-{id(self):x}.sock"
        self.notify_path.unlink(missing_ok=True)
        self._sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC)
        self._sock.bind(str(self.notify_path))
        self._sock.settimeout(0.1)
        self._lock = threading.Condition()
        self._proc: subprocess.Popen[bytes] | None = None
        self._wanted = False
        self._ready = False
        self._status: dict[str, str] = {}
        self._restarts = 0
        self._closed = False
        self.messages: list[str] = []  # every notify line received (tests look at them)
        self._reader = threading.Thread(target=self._read, name="notify-reader", daemon=True)
        self._reader.start()
        self._supervisor: threading.Thread | None = None

    # -- the notify socket ---------------------------------------------------------------------

    def _read(self) -> None:
        while not self._closed:
            try:
                data, _ = self._sock.recvfrom(65536)
            except TimeoutError:
                continue
            except OSError:
                return
            lines = data.decode("utf-8", "replace").split("\n")
            with self._lock:
                self.messages.extend(lines)
                for line in lines:
                    if line == "READY=1":
                        self._ready = True
                    elif line.startswith("STATUS="):
                        self._status = health.parse(line[len("STATUS=") :])
                self._lock.notify_all()

    # -- the process ---------------------------------------------------------------------------

    def _launch(self) -> None:
        env = dict(os.environ)
        env.update(self.env)
        env["NOTIFY_SOCKET"] = str(self.notify_path)
        env.pop("WATCHDOG_PID", None)
        env.pop("WATCHDOG_USEC", None)
        out: int | object = subprocess.DEVNULL
        handle = None
        if self.log is not None:
            handle = self.log.open("ab")
            out = handle
        try:
            proc = subprocess.Popen(
                [str(self.entry.resolve()), *self.args],
                env=env,
                stdout=out,  # type: ignore[arg-type]
                stderr=out,  # type: ignore[arg-type]
                start_new_session=True,
            )
        except OSError as exc:  # the entry is missing or not executable: a failed start
            logger.warning("kiosk did not start: %s", type(exc).__name__)
            proc = None
        finally:
            if handle is not None:
                handle.close()
        with self._lock:
            self._proc = proc
            self._ready = False
            self._status = {}

    def _still_wanted(self) -> bool:
        with self._lock:
            return self._wanted

    def _supervise(self) -> None:
        while self._still_wanted():
            with self._lock:
                proc = self._proc
            if proc is not None:
                proc.wait()
            with self._lock:
                if not self._wanted:
                    return
                self._restarts += 1
                self._lock.notify_all()
            time.sleep(self.restart_s)
            if self._still_wanted():
                self._launch()

    def start(self) -> None:
        with self._lock:
            if self._wanted:
                return
            self._wanted = True
        self._launch()
        self._supervisor = threading.Thread(target=self._supervise, name="kiosk-supervisor")
        self._supervisor.daemon = True
        self._supervisor.start()

    def stop(self) -> None:
        with self._lock:
            self._wanted = False
            proc = self._proc
        if proc is not None and proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(self.stop_timeout_s)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(5)
        if self._supervisor is not None:
            self._supervisor.join(5)
            self._supervisor = None
        with self._lock:
            self._proc = None
            self._ready = False
            self._status = {}

    def report(self) -> ServiceReport:
        with self._lock:  # (a Condition over an RLock: report_locked may run inside it too)
            return self.report_locked()

    def wait(
        self, predicate: Callable[[ServiceReport], bool], timeout_s: float = 10.0
    ) -> ServiceReport:
        """Wait until ``predicate(report)`` holds or ``timeout_s`` passed; the last report."""
        deadline = time.monotonic() + timeout_s
        with self._lock:
            while True:
                report = self.report_locked()
                if predicate(report) or time.monotonic() >= deadline:
                    return report
                # woken by every notify message and exit; the short cap notices a plain exit
                self._lock.wait(max(0.0, min(0.05, deadline - time.monotonic())))

    def report_locked(self) -> ServiceReport:
        proc = self._proc
        running = proc is not None and proc.poll() is None
        return ServiceReport(
            running=running,
            ready=running and self._ready,
            restarts=self._restarts,
            status=dict(self._status) if running else {},
            pid=proc.pid if proc is not None and running else None,
        )

    def close(self) -> None:
        self.stop()
        self._closed = True
        self._reader.join(2)
        self._sock.close()
        self.notify_path.unlink(missing_ok=True)
