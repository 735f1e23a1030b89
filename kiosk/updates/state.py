"""What the updater and the kiosk know about updates, in two small files.

``<state_dir>/update-state.json`` (:class:`UpdateRecord`, written only by the updater, mode
0644 so the unprivileged kiosk can read it for telemetry): the phase (a token the fleet sees as
``update_state``), the attempt in progress as a journal (so an updater killed mid-way knows where
it was at its next start), the last result (why a version was rolled back), the versions that
failed their health gate (never retried until told again).

``<data_dir>/update-target.json`` (:class:`Target`, written by the running kiosk when a signed
fleet command ``update.set_target`` arrives, or by a technician with ``kiosk update target``):
the version this kiosk was told to run last. It survives restarts and weeks offline: the updater
reads it at every start and on its timer. The kiosk keeps the command's signed envelope in it,
so the updater (root) re-checks the operator's signature and never takes a version from a file
the less privileged kiosk user merely wrote.

Every value in both files is a version, a key or a number: nothing personal.
"""

from __future__ import annotations

import base64
import binascii
import enum
import json
import logging
import os
import time
import uuid
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from kiosk.updates.releases import VERSION_RE

logger = logging.getLogger(__name__)

STATE_FILE = "update-state.json"
TARGET_FILE = "update-target.json"
SCHEMA = 1
MAX_FILE = 64 * 1024


class Phase(enum.Enum):
    """The updater's state, as ``update_state`` in the fleet's state document."""

    UP_TO_DATE = "up_to_date"  # running the target (or no target)
    PENDING = "pending"  # a target to install; waiting (``detail``: the window, a session...)
    DOWNLOADING = "downloading"
    INSTALLING = "installing"  # staged, switching
    VERIFYING = "verifying"  # the health gate runs
    ROLLING_BACK = "rolling_back"
    ROLLED_BACK = "rolled_back"  # the target failed its gate: back on the previous release
    FAILED = "failed"  # download, signature or unpacking failed; retried on the next run


class Step(enum.Enum):
    """The journal of an attempt: where a killed updater resumes."""

    STAGED = "staged"
    SWITCHING = "switching"
    VERIFYING = "verifying"
    ROLLING_BACK = "rolling_back"


@dataclass(frozen=True)
class Attempt:
    version: str
    from_version: str | None
    step: Step
    started_at: float
    devices_before: Mapping[str, str] = field(default_factory=dict)
    queue_revision: str | None = None
    """The queue's schema revision under the old release (what a rollback goes back to)."""
    reason: str | None = None  # why, once rolling back
    checks: tuple[str, ...] = ()
    previous_before: str | None = None
    """What ``previous`` named before the switch: a rollback restores it (a journal written
    before this field existed reads None: the rollback then leaves no ``previous``)."""


@dataclass(frozen=True)
class Result:
    id: str
    version: str
    from_version: str | None
    outcome: str  # serving | rolled_back | failed
    reason: str
    at: float
    checks: tuple[str, ...] = ()
    queue_downgraded: bool = False


@dataclass(frozen=True)
class UpdateRecord:
    phase: Phase = Phase.UP_TO_DATE
    detail: str | None = None
    current: str | None = None
    previous: str | None = None
    target: str | None = None
    ring: str | None = None
    attempt: Attempt | None = None
    last: Result | None = None
    bad_versions: tuple[str, ...] = ()
    updated_at: float = 0.0

    def with_(self, **changes: Any) -> UpdateRecord:
        return replace(self, **changes)


def new_result_id() -> str:
    return uuid.uuid4().hex


def _write(path: Path, data: bytes, mode: int) -> None:
    from provisioning.files import write_file

    write_file(path, data, mode)


def _read(path: Path) -> Any:
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_FILE + 1)
    except FileNotFoundError:
        return None
    if len(raw) > MAX_FILE:
        raise ValueError("too large")
    return json.loads(raw)


def _version(value: object) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or VERSION_RE.fullmatch(value) is None:
        raise ValueError("not a version")
    return value


class StateFile:
    """``update-state.json`` in the updater's state directory."""

    def __init__(self, state_dir: Path) -> None:
        self.path = state_dir / STATE_FILE

    def load(self) -> UpdateRecord:
        """The record; a missing or damaged file gives a fresh one (logged): the links on disk
        say what runs, the journal only helps to resume."""
        try:
            doc = _read(self.path)
            return UpdateRecord() if doc is None else _record(doc)
        except (OSError, ValueError, TypeError, KeyError, RecursionError) as exc:
            logger.error("update state unreadable (%s): starting afresh", type(exc).__name__)
            return UpdateRecord()

    def save(self, record: UpdateRecord) -> UpdateRecord:
        record = record.with_(updated_at=time.time())
        doc = _jsonable(asdict(record))
        doc["schema"] = SCHEMA
        self.path.parent.mkdir(mode=0o755, parents=True, exist_ok=True)
        _write(self.path, json.dumps(doc, sort_keys=True, indent=1).encode(), 0o644)
        return record


def _jsonable(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    return value


def _record(doc: Any) -> UpdateRecord:
    if not isinstance(doc, dict) or doc.get("schema") != SCHEMA:
        raise ValueError("not an update state of a known schema")
    attempt = doc.get("attempt")
    last = doc.get("last")
    return UpdateRecord(
        phase=Phase(doc["phase"]),
        detail=doc.get("detail"),
        current=_version(doc.get("current")),
        previous=_version(doc.get("previous")),
        target=_version(doc.get("target")),
        ring=doc.get("ring"),
        attempt=None
        if attempt is None
        else Attempt(
            version=str(_version(attempt["version"])),
            from_version=_version(attempt.get("from_version")),
            step=Step(attempt["step"]),
            started_at=float(attempt["started_at"]),
            devices_before={str(k): str(v) for k, v in dict(attempt["devices_before"]).items()},
            queue_revision=attempt.get("queue_revision"),
            reason=attempt.get("reason"),
            checks=tuple(str(c) for c in attempt.get("checks", ())),
            previous_before=_version(attempt.get("previous_before")),
        ),
        last=None
        if last is None
        else Result(
            id=str(last["id"]),
            version=str(_version(last["version"])),
            from_version=_version(last.get("from_version")),
            outcome=str(last["outcome"]),
            reason=str(last["reason"]),
            at=float(last["at"]),
            checks=tuple(str(c) for c in last.get("checks", ())),
            queue_downgraded=bool(last.get("queue_downgraded", False)),
        ),
        bad_versions=tuple(str(_version(v)) for v in doc.get("bad_versions", ())),
        updated_at=float(doc.get("updated_at", 0.0)),
    )


# --------------------------------------------------------------------------------------------
# The target the kiosk was told


@dataclass(frozen=True)
class Target:
    """``version`` empty: no target (a halted rollout cleared it)."""

    version: str
    ring: str = ""
    issued_at: int = 0
    envelope: bytes = b""
    """The signed fleet command that set it (empty when a technician set it locally)."""
    owner_uid: int = -1
    """Who wrote the file (the updater trusts an unsigned target only from its own user)."""


def write_target(data_dir: Path, target: Target) -> None:
    """Record the target (atomic; 0644: a signed command and a version, nothing secret, and
    whichever of the kiosk and a technician wrote it, the other reads it)."""
    if target.version:
        _version(target.version)
    doc = {
        "schema": SCHEMA,
        "version": target.version,
        "ring": target.ring,
        "issued_at": target.issued_at,
        "envelope": base64.b64encode(target.envelope).decode("ascii"),
    }
    _write(data_dir / TARGET_FILE, json.dumps(doc, sort_keys=True).encode(), 0o644)


def record_target(data_dir: Path, version: str, ring: str, issued_at: int, envelope: bytes) -> bool:
    """What the kiosk does with a verified ``update.set_target``: record it, unless the target
    recorded was issued later (a retained or delayed older command must not move the kiosk
    back). Returns whether it was recorded."""
    recorded = read_target(data_dir)
    if recorded is not None and recorded.issued_at > issued_at:
        return False
    write_target(data_dir, Target(version, ring, issued_at, envelope))
    return True


def read_target(data_dir: Path) -> Target | None:
    """The target, or None (no file, or a damaged one: logged)."""
    path = data_dir / TARGET_FILE
    try:
        doc = _read(path)
        if doc is None:
            return None
        if not isinstance(doc, dict) or doc.get("schema") != SCHEMA:
            raise ValueError("not a target document")
        version = doc.get("version", "")
        if version:
            _version(version)
        ring = doc.get("ring", "")
        issued_at = doc.get("issued_at", 0)
        if not isinstance(ring, str) or len(ring) > 64 or not isinstance(issued_at, int):
            raise ValueError("bad ring or time")
        envelope = base64.b64decode(str(doc.get("envelope", "")), validate=True)
        return Target(str(version), ring, issued_at, envelope, os.stat(path).st_uid)
    except (OSError, ValueError, TypeError, RecursionError, binascii.Error) as exc:
        logger.error("update target unreadable (%s): ignored", type(exc).__name__)
        return None
