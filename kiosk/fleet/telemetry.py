"""Kiosk telemetry (issue #18 A): the retained state document and events, off every hot path.

:class:`Telemetry` runs one thread (``fleet-telemetry``). Observers in the kiosk — the printer's
listener, the sync worker's counts/finished/problem callbacks, the card monitor, the link's
reconnects — only call :meth:`Telemetry.poke`, which sets an event and returns: nothing on the
GUI thread, the card thread or the sync worker waits for a snapshot or for the network. The
telemetry thread then, after ``debounce_s`` (a burst of changes is one document):

1. takes a snapshot (:func:`kiosk.fleet.state.read_state`, the queue database read here);
2. publishes it retained, QoS 1, on ``<prefix>/kiosks/<id>/state`` if anything significant
   changed (:meth:`~kiosk.fleet.state.KioskState.significant`) or the heartbeat is due;
   — unless the document holds a value the redaction registry has for the signed-in resident
   (:func:`resident_values_in`: then nothing is published and the refusal is logged);
3. publishes events (QoS 1, not retained) on ``<prefix>/kiosks/<id>/events`` for the
   transitions between the previous and this snapshot: ``paper_low``, ``paper_out``,
   ``tamper``, ``out_of_service``, ``back_in_service``, ``dead_letter`` (with ``count``, the
   number of new dead letters); and once per result of the updater (kiosk.updates, issue #19)
   ``update_installed``, ``update_rolled_back`` or ``update_failed`` with ``version`` and
   ``cause`` (the reason key) — remembered in ``reported`` (a file in the data directory), so
   the rollback of a version is reported by the old version that comes back, exactly once.

Without pokes it samples every ``sample_s`` (the tamper lock and the disk have no observer API).

With a :class:`kiosk.fleet.liveness.Beat` it also republishes the retained presence on
``<prefix>/kiosks/<id>/status`` every keep-alive / 3 (no snapshot, no database: a few dozen
bytes), so that subscribers can tell a frozen kiosk from a live one by the age of what they
last heard (:func:`kiosk.fleet.liveness.alive`), whatever the broker's keep-alive timing.
The link never blocks (:class:`kiosk.fleet.link.FleetLink` buffers while the broker is away), so
neither does a publish here. An event document is ``{"kiosk", "site", "event", "ts", "seq"}``
plus ``cause`` (a token) or ``count`` (an int): never personal data.

:attr:`Telemetry.latest` is the last snapshot (for the metrics collector). Pure Python, no Qt.
"""

from __future__ import annotations

import json
import logging
import ssl
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from kiosk.fleet.liveness import Beat
from kiosk.fleet.state import KioskState, UnsafeValue, encode

if TYPE_CHECKING:
    from kiosk.fleet.link import FleetLink
    from kiosk.fleet.metrics import MetricsServer
    from kiosk.records.logs import Redactor
    from kiosk.runtime.core_parts import CoreParts

logger = logging.getLogger(__name__)

STATE = "state"
STATUS = "status"
EVENTS = "events"
EVENT_KINDS = (
    "paper_low",
    "paper_out",
    "tamper",
    "out_of_service",
    "back_in_service",
    "dead_letter",
    "update_installed",
    "update_rolled_back",
    "update_failed",
)
UPDATE_EVENTS = {
    "serving": "update_installed",
    "rolled_back": "update_rolled_back",
    "failed": "update_failed",
}


class Publisher(Protocol):
    """What telemetry needs of the link (:class:`kiosk.fleet.link.FleetLink`)."""

    def topic(self, *parts: str) -> str: ...

    def publish(self, topic: str, payload: bytes, qos: int = 0, retain: bool = False) -> bool: ...


def transitions(before: KioskState | None, after: KioskState) -> list[dict[str, Any]]:
    """The events between two snapshots (none for the first one: the state says it all)."""
    if before is None:
        return []
    found: list[dict[str, Any]] = []
    if after.paper != before.paper and after.paper in ("low", "out"):
        found.append({"event": f"paper_{after.paper}"})
    if before.in_service and not after.in_service:
        cause = after.out_of_service_cause or "unknown"
        if after.tamper:
            found.append({"event": "tamper", "cause": cause})
        found.append({"event": "out_of_service", "cause": cause})
    elif not before.in_service and after.in_service:
        found.append({"event": "back_in_service"})
    if after.dead_letters > before.dead_letters:
        found.append({"event": "dead_letter", "count": after.dead_letters - before.dead_letters})
    return found


class Telemetry:
    def __init__(
        self,
        link: Publisher,
        read: Callable[[], KioskState],
        *,
        heartbeat_s: float = 60.0,
        sample_s: float = 5.0,
        debounce_s: float = 0.2,
        clock: Callable[[], float] = time.monotonic,
        leaks: Callable[[str], bool] | None = None,
        beat: Beat | None = None,
        reported: Path | None = None,
    ) -> None:
        self._link = link
        self._reported = reported
        self._beat = beat
        self._leaks = leaks
        self._read = read
        self.heartbeat_s = heartbeat_s
        self.sample_s = sample_s
        self.debounce_s = debounce_s
        self._clock = clock
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self._latest: KioskState | None = None
        self._latest_lock = threading.Lock()
        self._seq = 0
        self.published = 0  # state documents handed to the link
        self.events = 0
        self.beats = 0  # liveness heartbeats handed to the link
        self.failures = 0  # snapshots that could not be taken or were refused

    @property
    def latest(self) -> KioskState | None:
        with self._latest_lock:
            return self._latest

    def poke(self, *_args: object) -> None:
        """Something changed: take a snapshot soon. Any thread; never blocks; ignores its
        arguments (observers pass events, which are never looked at)."""
        self._wake.set()

    def start(self) -> Telemetry:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="fleet-telemetry", daemon=True)
            self._thread.start()
        return self

    def stop(self, timeout_s: float = 5.0) -> None:
        self._stopping.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout_s)

    # -- the telemetry thread -----------------------------------------------------------------

    def _run(self) -> None:
        next_heartbeat = 0.0
        next_sample = 0.0
        next_beat = 0.0 if self._beat is not None else float("inf")
        while not self._stopping.is_set():
            now = self._clock()
            woke = self._wake.wait(max(0.0, min(next_heartbeat, next_sample, next_beat) - now))
            if self._stopping.is_set():
                return
            if self._beat is not None and self._clock() >= next_beat:
                next_beat = self._clock() + self._beat.every_s
                self._send_beat(self._beat)
                if not woke and self._clock() < min(next_heartbeat, next_sample):
                    continue  # only the beat was due
            if woke:
                self._stopping.wait(self.debounce_s)  # a burst of changes is one document
                self._wake.clear()
            now = self._clock()
            heartbeat = now >= next_heartbeat
            if self._step(heartbeat) and heartbeat:
                next_heartbeat = now + self.heartbeat_s
            elif heartbeat:
                next_heartbeat = now + min(self.heartbeat_s, self.sample_s)
            next_sample = now + self.sample_s

    def _send_beat(self, beat: Beat) -> None:
        self._link.publish(self._link.topic(STATUS), beat.payload(), qos=1, retain=True)
        self.beats += 1

    def _step(self, heartbeat: bool) -> bool:
        """One snapshot; True when a state document was published."""
        try:
            state = self._read()
            payload = encode(state)
        except UnsafeValue as exc:  # a value that is not a token: nothing leaves the kiosk
            self.failures += 1
            logger.error("telemetry: state refused (%s)", type(exc).__name__)
            return False
        except Exception as exc:  # environmental (database, disk): try again next sample
            self.failures += 1
            logger.warning("telemetry: no snapshot: %s", type(exc).__name__)
            return False
        if self._leaks is not None and self._leaks(payload.decode()):
            self.failures += 1  # a resident's registered value in a token: publish nothing
            logger.error("telemetry: state refused (a registered resident value in it)")
            return False
        with self._latest_lock:
            before, self._latest = self._latest, state
        changed = before is None or before.significant() != state.significant()
        published = False
        if changed or heartbeat:
            self._link.publish(self._link.topic(STATE), payload, qos=1, retain=True)
            self.published += 1
            published = True
        for event in [*transitions(before, state), *self._update_events(state)]:
            self._seq += 1
            doc = {"kiosk": state.kiosk, "site": state.site, "ts": round(state.ts, 3)}
            doc.update(event, seq=self._seq)
            self._link.publish(
                self._link.topic(EVENTS), json.dumps(doc, separators=(",", ":")).encode(), qos=1
            )
            self.events += 1
        return published

    def _update_events(self, state: KioskState) -> list[dict[str, Any]]:
        """The updater's last result, once (its id is kept in ``reported``)."""
        if self._reported is None or state.update_event is None:
            return []
        result_id, outcome, version, cause = state.update_event
        kind = UPDATE_EVENTS.get(outcome)
        try:
            seen = self._reported.read_text(encoding="ascii").strip()
        except (OSError, UnicodeDecodeError):
            seen = ""
        if kind is None or seen == result_id:
            return []
        try:
            from provisioning.files import write_file

            write_file(self._reported, result_id.encode("ascii"), 0o600)
        except OSError as exc:  # reported again next time rather than never
            logger.warning("telemetry: update report not remembered: %s", type(exc).__name__)
        return [{"event": kind, "version": version, "cause": cause}]


def resident_values_in(redactor: Redactor) -> Callable[[str], bool]:
    """A leak check for :class:`Telemetry`: does the text hold a value the redaction registry
    holds for the signed-in resident? (Its patterns — long numbers, e-mail — are compared away:
    a disk size is not a leak.)"""
    from kiosk.records.logs import Redactor

    baseline = Redactor()

    def leaks(text: str) -> bool:
        return redactor.redact(text) != baseline.redact(text)

    return leaks


def observe(core: CoreParts, telemetry: Telemetry) -> None:
    """Registers :meth:`Telemetry.poke` with the core's observable parts (each call only sets
    an event)."""
    core.printer.add_listener(telemetry.poke)  # an absent printer has no events
    if core.sync is not None:
        core.sync.on_counts_changed(telemetry.poke)
        core.sync.on_item_finished(telemetry.poke)
        core.sync.on_problem(telemetry.poke)
    core.card_listeners.append(telemetry.poke)


@dataclass
class FleetRuntime:
    """What ``[fleet]`` starts in a kiosk (``KioskCore.fleet``): the link (part B's commands
    subscribe on it), the telemetry thread and, with ``metrics_listen``, the /metrics server."""

    link: FleetLink
    telemetry: Telemetry
    metrics: MetricsServer | None = None

    def close(self) -> None:
        """Telemetry first (no snapshot of a closing core), then the link's offline status."""
        self.telemetry.stop()
        if self.metrics is not None:
            self.metrics.stop()
        self.link.stop()


REPORTED_UPDATE = "update-reported"
"""In the data directory: the id of the updater's last result already reported as an event."""

PROBLEM = "fleet"
"""The name of fleet problems in ``KioskCore.problems`` (technician alerts)."""


def start_fleet(core: CoreParts) -> FleetRuntime | None:
    """Builds and starts the fleet parts from ``core.config.fleet`` (called by
    ``KioskCore.start``; never blocks on the network). No usable identity with ``tls``: no link
    at all (``problems["fleet"]``) — the kiosk never falls back to a plain connection."""
    from kiosk.config import Mode
    from kiosk.fleet.link import FleetLink, LinkSettings
    from kiosk.fleet.metrics import (
        MetricsServer,
        kiosk_source,
        parse_listen,
        registry_for,
        server_ssl_context,
    )
    from kiosk.fleet.state import read_state
    from kiosk.security.tls import TlsIdentityError, client_ssl_context, find_identity

    section = core.config.fleet
    if section is None:
        return None
    production = core.config.kiosk.mode is Mode.PRODUCTION
    if production and not section.tls:
        core.problems[PROBLEM] = "fleet.plain_refused"
        logger.error("fleet link refused: production needs tls = true")
        return None
    tls = identity = None
    if section.tls:
        try:
            identity = find_identity()
            tls = client_ssl_context(identity)
        except TlsIdentityError as exc:
            core.problems[PROBLEM] = exc.key
            logger.error("fleet link not started: %s", exc.key)
            return None
    link = FleetLink(
        LinkSettings(
            host=section.broker_host,
            port=section.broker_port,
            kiosk_id=core.config.kiosk.id,
            prefix=section.topic_prefix,
            tls=tls,
            allow_plain=not section.tls,
            keepalive_s=section.keepalive_s,
            buffer_max=section.buffer_max,
        )
    )
    started = time.monotonic()
    telemetry = Telemetry(
        link,
        lambda: read_state(core, started),
        heartbeat_s=section.heartbeat_s,
        sample_s=section.sample_s,
        leaks=resident_values_in(core.redactor),
        beat=Beat(core.config.kiosk.id, section.keepalive_s),
        reported=core.config.paths.data_dir / REPORTED_UPDATE,
    )
    observe(core, telemetry)
    link.add_connection_listener(telemetry.poke)  # a fresh document after every reconnect
    metrics = None
    if section.metrics_listen:
        try:
            server_tls = None
            if identity is not None and section.metrics_cert_file and section.metrics_key_file:
                server_tls = server_ssl_context(
                    section.metrics_cert_file, section.metrics_key_file, identity.ca_file
                )
            host, port = parse_listen(section.metrics_listen)
            registry = registry_for(kiosk_source(lambda: telemetry.latest))
            metrics = MetricsServer(registry, host, port, server_tls).start()
        except (OSError, ssl.SSLError, ValueError) as exc:
            core.problems[PROBLEM] = "fleet.metrics_unavailable"
            logger.error("fleet metrics not served: %s", type(exc).__name__)
    link.start()
    telemetry.start()
    logger.info("fleet link started (%s)", "mutual TLS" if tls else "plain: demo/tests only")
    return FleetRuntime(link, telemetry, metrics)
