"""The kiosk's health as the update gate reads it: one ``STATUS=`` line over ``sd_notify``.

The running kiosk already speaks ``sd_notify`` to systemd (``READY=1``, ``WATCHDOG=1``:
:mod:`kiosk.runtime.watchdog`). It also keeps one status line current, made of ``key=value``
tokens::

    STATUS=kiosk version=1.4.0 session=idle idle_since=1765000000 selfcheck=ok queue=ok
           city=reachable accepts=yes dev.card_reader=ok dev.printer=warning dev.camera=disabled

(one line). systemd shows it in ``systemctl status`` and ``systemctl show -p StatusText``, which
is where the updater reads it (:mod:`kiosk.updates.service`); in tests and the benchmark the
updater itself is the notify socket's reader. The same line answers the updater's two
questions, with no new channel into the kiosk:

* *is a resident using the kiosk?* ``session`` (``active`` from the first touch on the attract
  screen until the session's wipe is done) and ``idle_since`` (unix seconds);
* *did the new version come up healthy?* the start-up self-check (:mod:`kiosk.updates.selfcheck`):
  ``queue`` (``ok`` or the queue's problem key: it opened and migrated), ``city``
  (``reachable``/``unreachable``), ``accepts`` (the queue takes new work), and ``dev.<name>``
  for each device (``ok``, ``warning``, ``error``, ``disabled``, ``unknown``).

The kiosk only reports; :func:`judge` (the updater) decides, comparing with what the previous
version reported before it was stopped: a device that was fine then must be fine now.

Values are tokens (``[A-Za-z0-9._:+~-]``): no resident data can be in the line.
"""

from __future__ import annotations

import logging
import os
import re
import socket
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

logger = logging.getLogger(__name__)

PREFIX = "kiosk"
FINE = frozenset({"ok", "warning"})
"""Device statuses that count as working (a low paper roll still prints)."""
_VALUE_RE = re.compile(r"^[A-Za-z0-9._:+~-]{1,80}$")
_KEY_RE = re.compile(r"^[a-z][a-z0-9_.]{0,40}$")


@dataclass(frozen=True)
class SelfCheck:
    """The start-up self-check of a running kiosk (facts, no verdict)."""

    queue: str  # "ok" or a problem key
    city: str  # reachable | unreachable | unknown
    accepts: bool
    devices: Mapping[str, str] = field(default_factory=dict)

    def fields(self) -> dict[str, str]:
        out = {
            "selfcheck": "ok",
            "queue": self.queue,
            "city": self.city,
            "accepts": "yes" if self.accepts else "no",
        }
        out.update({f"dev.{name}": status for name, status in sorted(self.devices.items())})
        return out


def render(fields: Mapping[str, str]) -> str:
    """The status line (unsafe tokens are dropped, never sent)."""
    tokens = [PREFIX]
    for key, value in fields.items():
        if _KEY_RE.fullmatch(key) and _VALUE_RE.fullmatch(value):
            tokens.append(f"{key}={value}")
    return " ".join(tokens)


def parse(line: str) -> dict[str, str]:
    """The fields of a status line (empty for any other status text)."""
    words = line.split()
    if not words or words[0] != PREFIX:
        return {}
    fields: dict[str, str] = {}
    for word in words[1:]:
        key, sep, value = word.partition("=")
        if sep and _KEY_RE.fullmatch(key) and _VALUE_RE.fullmatch(value):
            fields[key] = value
    return fields


def devices_of(fields: Mapping[str, str]) -> dict[str, str]:
    return {key[4:]: value for key, value in fields.items() if key.startswith("dev.")}


def judge(fields: Mapping[str, str], devices_before: Mapping[str, str]) -> list[str]:
    """What fails the gate in this report (empty: it passes). Failure names are identifiers:
    ``selfcheck.missing``, ``queue``, ``city``, ``device.<name>``."""
    if fields.get("selfcheck") != "ok":
        return ["selfcheck.missing"]
    failures = []
    if fields.get("queue") != "ok":
        failures.append("queue")
    if fields.get("city") != "reachable" and fields.get("accepts") != "yes":
        failures.append("city")
    now = devices_of(fields)
    for name, before in sorted(devices_before.items()):
        if before in FINE and now.get(name) not in FINE:
            failures.append(f"device.{name}")
    return failures


def idle_for(fields: Mapping[str, str], now: float) -> float | None:
    """Seconds without a resident session (None: a session is active, or the kiosk does not
    say)."""
    if fields.get("session") != "idle":
        return None
    try:
        since = float(fields.get("idle_since", ""))
    except ValueError:
        return None
    return max(0.0, now - since)


class StatusReporter:
    """Keeps the kiosk's status line current (any thread; never blocks).

    A no-op without ``$NOTIFY_SOCKET``. Sends are non-blocking: a service manager that does not
    read its socket costs a lost status, never a stalled GUI thread.
    """

    def __init__(
        self,
        version: str,
        environ: Mapping[str, str] | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        env = os.environ if environ is None else environ
        path = env.get("NOTIFY_SOCKET", "")
        self._address: str | bytes | None = None
        self._sock: socket.socket | None = None
        if path:
            self._address = b"\0" + path[1:].encode() if path.startswith("@") else path
            self._sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC)
            self._sock.setblocking(False)
        self._clock = clock
        self._lock = threading.Lock()
        self._fields: dict[str, str] = {"version": version}
        self._failing = False
        self.sent = 0

    @property
    def enabled(self) -> bool:
        return self._sock is not None

    def line(self) -> str:
        with self._lock:
            return render(self._fields)

    def update(self, fields: Mapping[str, str]) -> None:
        with self._lock:
            changed = any(self._fields.get(k) != v for k, v in fields.items())
            self._fields.update(fields)
            line = render(self._fields)
        if changed:
            self._send(line)

    def session(self, active: bool) -> None:
        """A resident session started (``active``) or ended (its wipe done)."""
        if active:
            self.update({"session": "active", "idle_since": "-"})
        else:
            self.update({"session": "idle", "idle_since": str(int(self._clock()))})

    def _send(self, line: str) -> None:
        if self._sock is None or self._address is None:
            return
        try:
            self._sock.sendto(f"STATUS={line}".encode(), self._address)
        except OSError as exc:
            if not self._failing:
                self._failing = True
                logger.warning("status line not sent (%s)", type(exc).__name__)
            return
        self._failing = False
        self.sent += 1

    def close(self) -> None:
        if self._sock is not None:
            self._sock.close()
            self._sock = None
