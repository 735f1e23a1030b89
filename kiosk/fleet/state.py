"""The kiosk's retained state document (issue #18 A): typed, whitelisted, never personal.

:class:`KioskState` holds only numbers, booleans and *tokens* — state names, problem keys,
back-end names, the kiosk id — each checked against :data:`TOKEN_RE` when the document is built
(:meth:`KioskState.as_dict` raises :class:`UnsafeValue` on anything else). There is no free-text
field at all, so a resident's name or number cannot get in by way of an exception message or a
payload: PRIV-09 (no personal data in telemetry), OPS-06 (device health only, queue *counts and
ages*, never contents). The queue is aggregated per back end (``gateway``, ``open311``,
``sip2``): a lane name can carry a resident's reference, so lanes never appear.

:func:`read_state` takes a snapshot from a running :class:`~kiosk.runtime.app.KioskCore`, reusing
the diagnostics' device probes (:mod:`kiosk.diagnostics.report`). It reads the queue database: call
it from the telemetry thread, never the GUI thread. :func:`parse_state` is the reverse for the city
side (the exporter): hostile bytes give :class:`UnsafeValue`, never a crash.

Example (``docs/fleet.md`` has the field list)::

    {"schema": 1, "kiosk": "lib-01", "site": "central-library", "version": "0.1.0",
     "mode": "production", "in_service": true, "out_of_service_cause": null,
     "devices": {"printer": {"status": "warning", "problem": "printer.paper_low",
                             "paper": "low"}, ...},
     "queue": {"gateway": {"depth": 2, "oldest_age_s": 35.0, "last_sync_age_s": 12.0,
                           "circuit": "closed"}},
     "waiting": 2, "dead_letters": 0, "disk_free_bytes": 123456789, "disk_free_ratio": 0.41,
     "disk_low": false, "crl_age_h": 3.5, "problems": [], "uptime_s": 3600.0,
     "ts": 1764870000.0}
"""

from __future__ import annotations

import functools
import importlib.metadata
import json
import logging
import math
import re
import shutil
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kiosk.runtime.core_parts import CoreParts

logger = logging.getLogger(__name__)

SCHEMA = 1
TOKEN_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.:-]{0,79}")
"""Every string in a state document: an identifier or key, never text."""
VERSION_TOKEN_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.:+~-]{0,79}")
"""A release version (a Debian version may hold ``+`` and ``~``)."""
UPDATE_STATES = (
    "up_to_date",
    "pending",
    "downloading",
    "installing",
    "verifying",
    "rolling_back",
    "rolled_back",
    "failed",
)
"""``update_state``: the updater's phase (kiosk.updates.state.Phase)."""
SITE_RE = re.compile(r"\w[\w .,:/()'&-]{0,119}")
"""The site label (a place from the configuration, used to route alerts)."""
DEVICES = ("card_reader", "printer", "fingerprint", "camera")
STATUSES = ("ok", "warning", "error", "disabled", "unknown")
PAPER = {"ok": "ok", "near_end": "low", "out": "out", "unknown": "unknown"}
"""The printer driver's paper levels as the fleet names them."""
TAMPER_CAUSES = ("card_reader", "fingerprint")
"""Out-of-service causes that are tampering (an unplug), as opposed to ``remote``."""
DISK_LOW_RATIO = 0.10


class UnsafeValue(ValueError):
    """A value that is not a whitelisted token (or a document that does not parse)."""


def _token(value: object, what: str) -> str:
    if not isinstance(value, str) or not TOKEN_RE.fullmatch(value):
        raise UnsafeValue(f"{what}: not a token")
    return value


def _opt_token(value: object, what: str) -> str | None:
    return None if value is None else _token(value, what)


def _version(value: object, what: str) -> str:
    if not isinstance(value, str) or not VERSION_TOKEN_RE.fullmatch(value):
        raise UnsafeValue(f"{what}: not a version")
    return value


def _opt_version(value: object, what: str) -> str | None:
    return None if value is None else _version(value, what)


def _update_state(value: object) -> str | None:
    if value is not None and value not in UPDATE_STATES:
        raise UnsafeValue("update_state")
    return value if isinstance(value, str) else None


def _number(value: object, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise UnsafeValue(f"{what}: not a number")
    return float(value)


def _opt_number(value: object, what: str) -> float | None:
    return None if value is None else _number(value, what)


@dataclass(frozen=True)
class DeviceHealth:
    status: str  # one of STATUSES
    problem: str | None = None  # a problem key, e.g. printer.paper_out
    paper: str | None = None  # printer only: ok | low | out | unknown

    def as_dict(self, name: str) -> dict[str, Any]:
        if self.status not in STATUSES:
            raise UnsafeValue(f"devices.{name}.status")
        doc: dict[str, Any] = {
            "status": self.status,
            "problem": _opt_token(self.problem, f"devices.{name}.problem"),
        }
        if self.paper is not None:
            if self.paper not in PAPER.values():
                raise UnsafeValue(f"devices.{name}.paper")
            doc["paper"] = self.paper
        return doc


@dataclass(frozen=True)
class BackendQueue:
    depth: int  # active items (pending, in flight, unknown) for this back end
    oldest_age_s: float | None
    last_sync_age_s: float | None  # since the last successful delivery
    circuit: str = "closed"

    def as_dict(self, name: str) -> dict[str, Any]:
        return {
            "depth": int(_number(self.depth, f"queue.{name}.depth")),
            "oldest_age_s": _rounded(self.oldest_age_s, f"queue.{name}.oldest_age_s"),
            "last_sync_age_s": _rounded(self.last_sync_age_s, f"queue.{name}.last_sync_age_s"),
            "circuit": _token(self.circuit, f"queue.{name}.circuit"),
        }


def _rounded(value: float | None, what: str) -> float | None:
    number = _opt_number(value, what)
    return None if number is None else round(number, 1)


@dataclass(frozen=True)
class KioskState:
    kiosk: str
    site: str
    version: str
    mode: str
    in_service: bool
    out_of_service_cause: str | None = None
    devices: Mapping[str, DeviceHealth] = field(default_factory=dict)
    queue: Mapping[str, BackendQueue] = field(default_factory=dict)
    waiting: int = 0
    dead_letters: int = 0
    disk_free_bytes: int = 0
    disk_free_ratio: float = 1.0
    disk_low: bool = False
    crl_age_h: float | None = None
    problems: tuple[str, ...] = ()
    uptime_s: float = 0.0
    ts: float = 0.0
    update_state: str | None = None  # one of UPDATE_STATES (None: no updater)
    target_version: str | None = None  # the release this kiosk was told to run
    update_reason: str | None = None  # why the last update failed or was rolled back (a key)
    update_event: tuple[str, str, str, str] | None = field(default=None, compare=False)
    """The updater's last result ``(id, outcome, version, reason)``: reported once as an event
    (kept out of the document)."""

    @property
    def tamper(self) -> bool:
        return not self.in_service and self.out_of_service_cause in TAMPER_CAUSES

    @property
    def paper(self) -> str | None:
        printer = self.devices.get("printer")
        return None if printer is None else printer.paper

    def as_dict(self) -> dict[str, Any]:
        """The document, every string checked (raises :class:`UnsafeValue`)."""
        if not isinstance(self.site, str) or not SITE_RE.fullmatch(self.site):
            raise UnsafeValue("site: not a site label")
        return {
            "schema": SCHEMA,
            "kiosk": _token(self.kiosk, "kiosk"),
            "site": self.site,
            "version": _version(self.version, "version"),
            "update_state": _update_state(self.update_state),
            "target_version": _opt_version(self.target_version, "target_version"),
            "update_reason": _opt_token(self.update_reason, "update_reason"),
            "mode": _token(self.mode, "mode"),
            "in_service": bool(self.in_service),
            "out_of_service_cause": _opt_token(self.out_of_service_cause, "cause"),
            "devices": {
                _token(name, "device"): health.as_dict(name)
                for name, health in sorted(self.devices.items())
            },
            "queue": {
                _token(name, "backend"): q.as_dict(name) for name, q in sorted(self.queue.items())
            },
            "waiting": int(_number(self.waiting, "waiting")),
            "dead_letters": int(_number(self.dead_letters, "dead_letters")),
            "disk_free_bytes": int(_number(self.disk_free_bytes, "disk_free_bytes")),
            "disk_free_ratio": round(_number(self.disk_free_ratio, "disk_free_ratio"), 4),
            "disk_low": bool(self.disk_low),
            "crl_age_h": _rounded(self.crl_age_h, "crl_age_h"),
            "problems": sorted({_token(p, "problem") for p in self.problems}),
            "uptime_s": round(_number(self.uptime_s, "uptime_s"), 1),
            "ts": round(_number(self.ts, "ts"), 3),
        }

    def significant(self) -> tuple[Any, ...]:
        """What a change is (published at once); ages, uptime and exact disk bytes only move
        with the heartbeat."""
        return (
            self.mode,
            self.in_service,
            self.out_of_service_cause,
            tuple(sorted((n, d.status, d.problem, d.paper) for n, d in self.devices.items())),
            tuple(sorted((n, q.depth, q.circuit) for n, q in self.queue.items())),
            self.waiting,
            self.dead_letters,
            self.disk_low,
            tuple(sorted(self.problems)),
            self.version,
            self.update_state,
            self.target_version,
            self.update_reason,
        )


def encode(state: KioskState) -> bytes:
    return json.dumps(state.as_dict(), separators=(",", ":"), sort_keys=True).encode()


MAX_DOCUMENT = 64 * 1024


def parse_state(payload: bytes) -> KioskState:
    """A state document received from the broker (hostile input: :class:`UnsafeValue`)."""
    if len(payload) > MAX_DOCUMENT:
        raise UnsafeValue("document too large")
    try:
        doc = json.loads(payload)
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:  # e.g. 60 000 nested "["
        raise UnsafeValue("not JSON") from exc
    if not isinstance(doc, dict) or doc.get("schema") != SCHEMA:
        raise UnsafeValue("not a state document of a known schema")
    try:
        devices = {
            _token(name, "device"): DeviceHealth(str(d["status"]), d.get("problem"), d.get("paper"))
            for name, d in dict(doc.get("devices") or {}).items()
        }
        queue = {
            _token(name, "backend"): BackendQueue(
                int(_number(q["depth"], "depth")),
                _opt_number(q.get("oldest_age_s"), "oldest_age_s"),
                _opt_number(q.get("last_sync_age_s"), "last_sync_age_s"),
                _token(q.get("circuit", "closed"), "circuit"),
            )
            for name, q in dict(doc.get("queue") or {}).items()
        }
        problems = doc.get("problems") or []
        if not isinstance(problems, list):
            raise UnsafeValue("problems")
        state = KioskState(
            kiosk=_token(doc["kiosk"], "kiosk"),
            site=str(doc["site"]),
            version=_version(doc["version"], "version"),
            update_state=_update_state(doc.get("update_state")),
            target_version=_opt_version(doc.get("target_version"), "target_version"),
            update_reason=_opt_token(doc.get("update_reason"), "update_reason"),
            mode=_token(doc["mode"], "mode"),
            in_service=bool(doc["in_service"]),
            out_of_service_cause=_opt_token(doc.get("out_of_service_cause"), "cause"),
            devices=devices,
            queue=queue,
            waiting=int(_number(doc.get("waiting", 0), "waiting")),
            dead_letters=int(_number(doc.get("dead_letters", 0), "dead_letters")),
            disk_free_bytes=int(_number(doc.get("disk_free_bytes", 0), "disk_free_bytes")),
            disk_free_ratio=_number(doc.get("disk_free_ratio", 1.0), "disk_free_ratio"),
            disk_low=bool(doc.get("disk_low", False)),
            crl_age_h=_opt_number(doc.get("crl_age_h"), "crl_age_h"),
            problems=tuple(_token(p, "problem") for p in problems),
            uptime_s=_number(doc.get("uptime_s", 0.0), "uptime_s"),
            ts=_number(doc.get("ts", 0.0), "ts"),
        )
        state.as_dict()  # every field checked the same way as on the kiosk
    except (KeyError, TypeError, AttributeError, ValueError) as exc:
        if isinstance(exc, UnsafeValue):
            raise
        raise UnsafeValue(f"malformed state document: {type(exc).__name__}") from exc
    return state


# --------------------------------------------------------------------------------------------
# Snapshot of a running core


@functools.cache
def project_version() -> str:
    """The installed project version (pyproject.toml ``version``, via the package metadata)."""
    try:
        return importlib.metadata.version("ecitizen-kiosk")
    except importlib.metadata.PackageNotFoundError:
        return "unknown"


def _device(check: Any) -> DeviceHealth:
    paper = check.details.get("paper") if check.name == "printer" else None
    return DeviceHealth(
        check.status,
        check.key if isinstance(check.key, str) and TOKEN_RE.fullmatch(check.key) else None,
        PAPER.get(paper, "unknown") if isinstance(paper, str) else None,
    )


def _probe(name: str, probe: Callable[[], DeviceHealth]) -> DeviceHealth:
    """One device probe; a failing one is that device in error, never a lost document."""
    try:
        return probe()
    except Exception as exc:
        logger.warning("telemetry: %s probe failed: %s", name, type(exc).__name__)
        return DeviceHealth("error", f"{name}.unavailable")


def _printer_health(check: Any) -> DeviceHealth:
    """The printer with its paper level (diagnostics' probe; a low roll is a warning, not the
    error the diagnostics line shows for the driver's DEGRADED state)."""
    health = _device(check)
    if health.paper == "low" and health.problem is None and health.status in ("ok", "error"):
        # the driver's DEGRADED state (near end, still printing): a warning with a key
        return DeviceHealth("warning", "printer.paper_low", "low")
    return health


def _queue_by_backend(core: CoreParts, now: float) -> tuple[dict[str, BackendQueue], int, int]:
    outbox = core.outbox
    if outbox is None:
        return {}, 0, 0
    from sqlalchemy import func, select

    from offline_queue.store import ACTIVE_STATES, State
    from offline_queue.store.models import OutboxItem

    table = OutboxItem.__table__
    active = [s.value for s in ACTIVE_STATES]
    with outbox.store.read() as conn:
        rows = conn.execute(
            select(table.c.backend, func.count(), func.min(table.c.created_at))
            .where(table.c.state.in_(active))
            .group_by(table.c.backend)
        ).all()
        dead = conn.execute(select(func.count()).where(table.c.state == State.DEAD.value)).scalar()
    backends = outbox.backend_states()
    names = {str(r[0]) for r in rows} | set(backends)
    by_name = {str(r[0]): (int(r[1]), float(r[2])) for r in rows}
    queue: dict[str, BackendQueue] = {}
    waiting = 0
    for name in sorted(n for n in names if TOKEN_RE.fullmatch(n)):
        depth, oldest = by_name.get(name, (0, None))
        circuit, _until, last_ok, _failures = backends.get(name, ("closed", None, None, 0))
        waiting += depth
        queue[name] = BackendQueue(
            depth,
            None if oldest is None else max(0.0, now - oldest),
            None if last_ok is None else max(0.0, now - last_ok),
            circuit if TOKEN_RE.fullmatch(circuit) else "unknown",
        )
    return queue, waiting, int(dead or 0)


def read_state(core: CoreParts, started_at: float, clock: Any = time.time) -> KioskState:
    """A snapshot of the running core (the telemetry thread; reads the queue database)."""
    from kiosk.diagnostics import report as diag

    config = core.config
    now = float(clock())
    devices = {
        "card_reader": _probe("card_reader", lambda: _device(diag.card_reader_state(core))),
        "printer": _probe("printer", lambda: _printer_health(diag.printer_state(core))),
        "fingerprint": _probe("fingerprint", lambda: _device(diag.fingerprint_state(core))),
        "camera": _probe("camera", lambda: _device(diag.camera_state(config))),
    }
    queue, waiting, dead = _queue_by_backend(core, now)
    usage = shutil.disk_usage(config.paths.data_dir)
    ratio = usage.free / usage.total if usage.total else 0.0
    tamper = core.tamper
    locked = tamper is not None and tamper.locked
    crl_age_h = None
    if core.trust is not None:
        age = core.trust.crl_age()
        crl_age_h = None if age is None else age.total_seconds() / 3600
    problems = tuple(sorted({key for key in core.problems.values() if TOKEN_RE.fullmatch(key)}))
    updates = read_update_state(config.updates.state_dir, config.paths.data_dir, project_version())
    return KioskState(
        kiosk=config.kiosk.id,
        site=config.kiosk.site,
        version=project_version(),
        mode=config.kiosk.mode.value,
        in_service=not locked,
        out_of_service_cause=tamper.sensor if locked and tamper is not None else None,
        devices=devices,
        queue=queue,
        waiting=waiting,
        dead_letters=dead,
        disk_free_bytes=usage.free,
        disk_free_ratio=ratio,
        disk_low=ratio < DISK_LOW_RATIO or usage.free < config.paths.reserve_bytes,
        crl_age_h=crl_age_h,
        problems=problems,
        uptime_s=max(0.0, time.monotonic() - started_at),
        ts=now,
        update_state=updates.state,
        target_version=updates.target,
        update_reason=updates.reason,
        update_event=updates.event,
    )


@dataclass(frozen=True)
class UpdateView:
    state: str | None = None
    target: str | None = None
    reason: str | None = None
    event: tuple[str, str, str, str] | None = None


def read_update_state(state_dir: Any, data_dir: Any, running: str) -> UpdateView:
    """The updater's record (world-readable, written by root) and the target this kiosk was told
    (its own file), as telemetry reports them (kiosk.updates.state)."""
    from kiosk.updates.releases import same_release
    from kiosk.updates.state import Phase, StateFile, read_target

    record = StateFile(state_dir).load()
    told = read_target(data_dir)
    target = record.target if told is None else (told.version or None)
    phase = record.phase
    if phase is Phase.UP_TO_DATE and target is not None and not same_release(running, target):
        phase = Phase.PENDING  # told a moment ago; the updater has not run yet
    reason = record.detail if phase is not Phase.UP_TO_DATE else None
    if reason is not None and not TOKEN_RE.fullmatch(reason):
        reason = None
    last, event = record.last, None
    if (
        last is not None
        and TOKEN_RE.fullmatch(last.id)
        and VERSION_TOKEN_RE.fullmatch(last.version)
    ):
        cause = last.reason if TOKEN_RE.fullmatch(last.reason) else "update.unknown"
        event = (last.id, last.outcome, last.version, cause)
    return UpdateView(phase.value, target, reason, event)
