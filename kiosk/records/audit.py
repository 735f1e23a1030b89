"""Append-only, hash-chained audit log of security events (SEC-16, SEC-17, AD-04, OPS-06).

One JSON object per line in ``<data dir>/audit.jsonl``::

    {"seq": 7, "time": "2026-11-26T16:50:01.123Z", "event": "auth.attempt",
     "actor": "resident", "fields": {"factor": "pin", "result": "failure", "tries_left": 2},
     "prev": "<entry hash of seq 6>", "hash": "<sha256>", "mac": "<hmac, optional>"}

* ``hash`` is SHA-256 over the canonical JSON (sorted keys, no spaces, UTF-8) of the entry without
  ``hash`` and ``mac``; ``prev`` is the previous entry's ``hash`` (64 zeros for seq 1). Editing,
  removing, reordering or inserting any entry breaks the chain; :func:`verify` finds the first bad
  ``seq``.
* ``mac`` (optional) is HMAC-SHA256 with a kiosk key over ``hash``: without the key nobody can
  rewrite the whole chain consistently. Removing entries at the *end* of the file is only
  detectable against an anchor (a ``(seq, hash)`` checkpoint shipped off the box, see
  :meth:`AuditLog.checkpoint`), which :func:`verify` accepts.
* :func:`sign_checkpoint` signs the head with the device key for shipping to the city;
  :func:`verify_checkpoint` is the server's check (signature, kiosk, continuity).
* Each append is written with one ``write`` and ``fsync``-ed; an advisory ``flock`` serialises
  writers in different processes (the app and a technician CLI). A torn last line left by a power
  cut is closed and recorded by an ``audit.torn_write`` entry carrying the fragment's SHA-256, so
  the file still verifies and the loss is visible.
* What can be recorded is an allow-list: each event type names its fields and each field has a
  strict type (a fixed choice, a bounded integer, a boolean, an opaque reference of hex digits or a
  UUID, or a lowercase identifier). There is no free-text field, so a PIN, a name or a resident's
  words cannot be written (SEC-06, SEC-15); unknown events or fields raise :class:`AuditFieldError`
  (a bug in the caller).

No Qt; thread-safe.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import fcntl
import hashlib
import hmac
import json
import logging
import os
import re
import threading
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.errors import KeyedError
from kiosk.sync.deadletter_reasons import DECISION_CODES

# cryptography is imported by the two functions that sign and verify checkpoints: the log
# itself (opened on the way to the first frame) needs only hashlib/hmac
from offline_queue.durable import fsync_dir

logger = logging.getLogger(__name__)

AUDIT_FILE_NAME = "audit.jsonl"
GENESIS_HASH = "0" * 64
TORN_WRITE_EVENT = "audit.torn_write"

# --------------------------------------------------------------------------------------------
# Field types


class AuditFieldError(ValueError):
    """A caller tried to record an unknown event, an unknown field or a value of the wrong shape.

    This is a bug in the caller (never an environmental error): it raises loudly.
    """


@dataclass(frozen=True)
class Choice:
    """One of a fixed set of lowercase words."""

    values: frozenset[str]

    def check(self, value: object) -> bool:
        return isinstance(value, str) and value in self.values


@dataclass(frozen=True)
class Int:
    """A bounded integer (counts, versions, attempts left)."""

    low: int = 0
    high: int = 2**53

    def check(self, value: object) -> bool:
        return (
            isinstance(value, int)
            and not isinstance(value, bool)
            and self.low <= value <= self.high
        )


@dataclass(frozen=True)
class Bool:
    def check(self, value: object) -> bool:
        return isinstance(value, bool)


_REF_RE = re.compile(
    r"^(?:[0-9a-f]{16,64}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$"
)
_IDENT_RE = re.compile(r"^[a-z][a-z0-9_.:-]{0,63}$")


@dataclass(frozen=True)
class Ref:
    """An opaque reference: 16-64 lowercase hex digits (a keyed hash, a fingerprint) or a UUID.

    At least 16 hex digits, so a PIN or a short number cannot pass as a reference.
    """

    def check(self, value: object) -> bool:
        return isinstance(value, str) and _REF_RE.fullmatch(value) is not None


@dataclass(frozen=True)
class Ident:
    """A program identifier: lowercase ASCII, starts with a letter, at most 64 characters.

    For names defined by the software (form step ids, config keys, error keys), never for
    anything a person typed.
    """

    def check(self, value: object) -> bool:
        return isinstance(value, str) and _IDENT_RE.fullmatch(value) is not None


_VERSION_RE = re.compile(r"^[0-9][A-Za-z0-9.+~_-]{0,63}$")


@dataclass(frozen=True)
class Version:
    """A release version (``1.4.0``, ``1.4.0-1``): a digit first, no spaces, no ``/``."""

    def check(self, value: object) -> bool:
        return isinstance(value, str) and _VERSION_RE.fullmatch(value) is not None


@dataclass(frozen=True)
class ListOf:
    """A short list of identifiers or choices (e.g. the steps that were assisted)."""

    item: Choice | Ident
    max_items: int = 64

    def check(self, value: object) -> bool:
        return (
            isinstance(value, list)
            and len(value) <= self.max_items
            and all(self.item.check(v) for v in value)
        )


FieldType = Choice | Int | Bool | Ref | Ident | Version | ListOf


def _choice(*values: str) -> Choice:
    return Choice(frozenset(values))


ACTORS = _choice("none", "guest", "resident", "patron", "staff", "technician", "system")
"""Who did it, as a role (never a person). Mirrors :class:`kiosk.session.machine.Role` plus
``system``."""

_RESULT = _choice("success", "failure", "blocked", "cancelled", "error", "timeout")
_OK = _choice("ok", "failed")
_DEVICE = _choice(
    "card_reader",
    "printer",
    "camera",
    "fingerprint",
    "network",
    "disk",
    "queue",
    "audio",
    "all",
    "remote",
)
_SESSION = Ref()
_END_TRIGGER = _choice(
    "sign_out",
    "card_removed",
    "idle_timeout",
    "technician_entry",
    "crash_recovery",
    "shutdown",
    "staff_ended",
    "time_limit",
)

EVENT_FIELDS: Mapping[str, Mapping[str, FieldType]] = {
    # sign-in (SEC-17: result and factor; never the PIN, its length or the card number)
    "auth.attempt": {
        "factor": _choice("pin", "fingerprint", "library_card", "staff_card", "technician_card"),
        "result": _RESULT,
        "tries_left": Int(0, 15),
        "error": Ident(),
        "session": _SESSION,
        "subject": Ref(),  # keyed pseudonym of the card holder (kiosk.records.audit_trail)
    },
    "session.start": {"session": _SESSION, "mode": _choice("self", "assisted", "practice")},
    "session.end": {"session": _SESSION, "trigger": _END_TRIGGER, "duration_s": Int(0, 86_400)},
    "role.change": {"session": _SESSION, "from_role": ACTORS, "to_role": ACTORS},
    "mode.switch": {"mode": _choice("normal", "out_of_service", "technician", "practice", "demo")},
    # a practice session started by staff with their card (#15.11): roles and triggers only
    "practice.start": {},
    "practice.end": {
        "trigger": _choice(
            "staff_ended", "card_removed", "idle_timeout", "technician_entry", "shutdown"
        )
    },
    # assisted digital (AD-04: names of staff-entered fields, never their values)
    "assisted.start": {"session": _SESSION, "staff": Ref(), "service": Ident()},
    "assisted.step": {
        "session": _SESSION,
        "service": Ident(),
        "step": Ident(),
        "assisted": Bool(),
        "fields_entered_by_staff": ListOf(Ident()),
    },
    "assisted.end": {
        "session": _SESSION,
        "service": Ident(),
        "steps_assisted": ListOf(Ident()),
        # help_ended: staff stopped helping, the resident's session went on
        "trigger": Choice(_END_TRIGGER.values | {"help_ended"}),
    },
    # "assist before sign-in" on a one-reader kiosk (kiosk.session.handover): the staff member's
    # pseudonymous reference only, the outcome is the event type
    "assisted.handover_armed": {"staff": Ref()},
    "assisted.handover_cancelled": {"staff": Ref()},
    "assisted.handover_expired": {"staff": Ref()},
    "assisted.handover_accepted": {"staff": Ref()},
    "assisted.handover_declined": {"staff": Ref()},
    # technician mode (OPS-05, OPS-06)
    "technician.enter": {"technician": Ref(), "wiped_session": Bool()},
    "technician.exit": {
        "trigger": _choice(
            "sign_out", "time_limit", "card_removed", "shutdown", "idle_timeout", "technician_entry"
        )
    },
    "technician.action": {
        "action": _choice(
            "self_test",
            "test_print",
            "reprint",
            "log_export",
            "card_check",
            "camera_test",
            "fingerprint_test",
            "sync_now",
            "restart_app",
            "out_of_service",
            "back_in_service",
        ),
        "device": _DEVICE,
        "result": _OK,
        "reference": Ref(),
    },
    # configuration and provisioning
    "config.change": {
        "key": Ident(),
        "source": _choice("provisioning", "technician", "update", "startup"),
        "old_version": Int(),
        "new_version": Int(),
        "bundle_sha256": Ref(),
    },
    "provision.enrol": {"result": _OK, "cert_sha256": Ref(), "error": Ident()},
    "provision.install": {"result": _OK, "changed_files": Int(0, 10_000)},
    # offline queue (SEC-11, issue #9 item 1)
    "deadletter.decision": {
        "tx": Ref(),
        "decision": _choice("retry", "discard"),
        "reason": _choice(*DECISION_CODES),  # kiosk.sync.deadletter_reasons: the one table
        "backend": Ident(),
    },
    "sync.run": {
        "result": _choice("ok", "partial", "failed"),
        "sent": Int(),
        "failed": Int(),
        "pending": Int(),
    },
    # a release switch by the updater (issue #19, kiosk.updates): the gate's outcome, and for a
    # rollback why (an error key) and which self-checks failed (identifiers, never values)
    "update.apply": {
        "result": _choice("ok", "failed", "rolled_back"),
        "from_version": Version(),
        "to_version": Version(),
        "reason": Ident(),
        "checks": ListOf(Ident()),
        "queue_downgraded": Bool(),
    },
    # a fleet operator's signed remote command (kiosk.fleet.commands), accepted or refused:
    # the operator is the certificate's serial and SHA-256 (the city CA's register names them)
    "fleet.command": {
        "command": Ident(),
        "outcome": _choice("accepted", "refused", "done", "failed"),
        "reason": Ident(),
        "nonce": Ref(),
        "operator_serial": Ref(),
        "operator_cert": Ref(),
        "urgent": Bool(),
    },
    "tamper": {"sensor": Ident(), "state": _choice("opened", "closed", "unplugged", "replugged")},
    # written by this module itself
    TORN_WRITE_EVENT: {"fragment_sha256": Ref(), "fragment_bytes": Int()},
    "audit.rotated": {"reason": _choice("unkeyed"), "previous_seq": Int(), "previous_head": Ref()},
}
"""The allow-list: event type → field name → field type. Nothing else can be recorded."""


def check_fields(event: str, actor: str, fields: Mapping[str, object]) -> None:
    """Raise :class:`AuditFieldError` unless ``event``, ``actor`` and ``fields`` are allowed."""
    spec = EVENT_FIELDS.get(event)
    if spec is None:
        raise AuditFieldError(f"unknown audit event {event!r}")
    if not ACTORS.check(actor):
        raise AuditFieldError(f"unknown actor role {actor!r}")
    for name, value in fields.items():
        ftype = spec.get(name)
        if ftype is None:
            raise AuditFieldError(f"field {name!r} is not allowed for {event!r}")
        if value is not None and not ftype.check(value):
            # never echo the value: it may be exactly what must not be recorded
            raise AuditFieldError(
                f"field {name!r} of {event!r} must be {type(ftype).__name__}, got a "
                f"{type(value).__name__}"
            )


def record_or_log(audit: AuditLog | None, event: str, actor: str, **fields: Any) -> bool:
    """Append an entry where losing it must not stop the kiosk (a full or failing disk, a closed
    log, even a caller's bug): it never raises. The loss is logged as an error (the event's name
    and an error key or exception class, never a value) and False is returned. No log
    (``None``): nothing recorded, False."""
    if audit is None:
        return False
    try:
        audit.record(event, actor, **fields)
    except AuditLogError as exc:
        logger.error("audit entry %s not written: %s", event, exc.key)
        return False
    except AuditFieldError:
        # a bug in the caller; its message names the field, never the value
        logger.exception("audit entry %s refused by the allow-list (a bug)", event)
        return False
    except Exception as exc:  # the one place where nothing may escape
        logger.error("audit entry %s not written: %s", event, type(exc).__name__)
        return False
    return True


def pseudonym(key: bytes, kind: str, value: str) -> str:
    """A keyed pseudonym (32 hex digits) for a session, resident or staff identifier (AD-04,
    SEC-15): stable for one kiosk key, meaningless without it. Pass the result as a ``Ref`` field.
    """
    if len(key) < 16:
        raise ValueError("the pseudonym key must be at least 16 bytes")
    message = kind.encode("utf-8") + b"\0" + value.encode("utf-8")
    return hmac.new(key, message, hashlib.sha256).hexdigest()[:32]


# --------------------------------------------------------------------------------------------
# Entries


def canonical_json(obj: Mapping[str, Any]) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode(
        "utf-8"
    )


def entry_hash(entry: Mapping[str, Any]) -> str:
    """SHA-256 (hex) over the canonical JSON of ``entry`` without ``hash`` and ``mac``."""
    body = {k: v for k, v in entry.items() if k not in ("hash", "mac")}
    return hashlib.sha256(canonical_json(body)).hexdigest()


def entry_mac(key: bytes, digest_hex: str) -> str:
    return hmac.new(key, bytes.fromhex(digest_hex), hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    time: str
    event: str
    actor: str
    fields: Mapping[str, Any]
    prev: str
    hash: str
    mac: str | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "seq": self.seq,
            "time": self.time,
            "event": self.event,
            "actor": self.actor,
            "fields": dict(self.fields),
            "prev": self.prev,
            "hash": self.hash,
        }
        if self.mac is not None:
            d["mac"] = self.mac
        return d


@dataclass(frozen=True)
class Checkpoint:
    """The head of the chain, to ship off the box (SEC-16) and pass back to :func:`verify`."""

    seq: int
    hash: str
    mac: str | None = None  # the head entry's HMAC (keyed logs), shipped with it

    def __str__(self) -> str:
        return f"{self.seq}:{self.hash}"

    @classmethod
    def parse(cls, text: str) -> Checkpoint:
        seq_text, _, digest = text.partition(":")
        if not seq_text.isdigit() or re.fullmatch(r"[0-9a-f]{64}", digest) is None:
            raise ValueError("a checkpoint looks like SEQ:SHA256HEX")
        return cls(int(seq_text), digest)


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _format_time(moment: dt.datetime) -> str:
    moment = moment.astimezone(dt.UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


# --------------------------------------------------------------------------------------------
# Writer


class AuditLogError(KeyedError, OSError):
    """The audit file cannot be opened or written (environmental). ``key`` is for translation."""


class AuditLog:
    """The writer. One instance per process is enough; appends are serialised across processes.

    Args:
        path: the JSON-lines file (created 0600 with its directory 0700 if missing).
        key: optional HMAC key (bytes, at least 16) for the ``mac`` of every entry.
        clock: returns the current time (injectable for tests); UTC is written.
    """

    def __init__(
        self,
        path: Path,
        *,
        key: bytes | None = None,
        clock: Callable[[], dt.datetime] = _utc_now,
    ) -> None:
        if key is not None and len(key) < 16:
            raise ValueError("the audit HMAC key must be at least 16 bytes")
        self.path = path
        self._key = key
        self._clock = clock
        self._lock = threading.Lock()
        self._listeners: list[Callable[[AuditEntry], None]] = []
        self._key_required = False  # a keyed log opened without any way to get its key
        try:
            path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            created = not path.exists()
            self._fd = os.open(path, os.O_RDWR | os.O_APPEND | os.O_CREAT | os.O_CLOEXEC, 0o600)
            if created:
                fsync_dir(path.parent)
            if key is not None:
                self._start_keyed_log()
            elif has_keyed_tail(path):
                # a keyed log is only ever extended with its key (never an entry without a
                # MAC): the key of this data directory, or the writes are refused
                from kiosk.security.credentials import find_audit_key

                self._key = find_audit_key(path.parent)
                self._key_required = self._key is None
        except OSError as exc:
            raise AuditLogError("audit.open_failed", exc.__class__.__name__) from exc

    def _start_keyed_log(self) -> None:
        """A log written before the kiosk had its audit key (an upgrade) is moved aside whole
        (``audit.unkeyed-<UTC>.jsonl``, still verifiable by its hash chain) and the keyed log
        starts with an ``audit.rotated`` entry naming its head: a keyed chain never continues
        unkeyed entries, which anyone could have rewritten."""
        fcntl.flock(self._fd, fcntl.LOCK_EX)
        try:
            tail = _last_line(self._fd)
            head = _head_of(tail) if tail is not None and tail.endswith(b"\n") else None
            if head is None or head.mac is not None:
                return
            obj = parse_line(tail or b"")
            try:
                if obj is None or entry_hash(obj) != head.hash:
                    return  # not a clean unkeyed log: left for verify to explain
            except (ValueError, TypeError, RecursionError):
                return
            stamp = self._clock().astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
            aside = self.path.with_name(f"audit.unkeyed-{stamp}.jsonl")
            os.rename(self.path, aside)
            old_fd = self._fd
            self._fd = os.open(
                self.path, os.O_RDWR | os.O_APPEND | os.O_CREAT | os.O_CLOEXEC, 0o600
            )
            fcntl.flock(self._fd, fcntl.LOCK_EX)
            fsync_dir(self.path.parent)
            os.close(old_fd)  # releases its lock
            self._append(
                1,
                GENESIS_HASH,
                "audit.rotated",
                "system",
                {"reason": "unkeyed", "previous_seq": head.seq, "previous_head": head.hash},
            )
            logger.warning("audit log: the unkeyed log was moved aside (%s)", aside.name)
        finally:
            fcntl.flock(self._fd, fcntl.LOCK_UN)

    @classmethod
    def in_data_dir(cls, data_dir: Path, *, key: bytes | None = None) -> AuditLog:
        return cls(data_dir / AUDIT_FILE_NAME, key=key)

    @property
    def keyed(self) -> bool:
        """Entries carry an HMAC under the kiosk's audit key."""
        return self._key is not None

    def add_listener(self, listener: Callable[[AuditEntry], None]) -> None:
        """Call ``listener`` with each entry once it is on disk (after the locks are released;
        what it raises is logged, never passed to the writer): the checkpoint shipper counts
        entries this way."""
        self._listeners.append(listener)

    def close(self) -> None:
        with self._lock:
            if self._fd >= 0:
                os.close(self._fd)
                self._fd = -1

    def __enter__(self) -> AuditLog:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def record(self, event: str, actor: str, **fields: Any) -> AuditEntry:
        """Append one entry (validated against the allow-list) and fsync it.

        ``None`` values are dropped. Raises :class:`AuditFieldError` for a bug in the caller and
        :class:`AuditLogError` if the disk refuses the write.
        """
        clean = {k: v for k, v in fields.items() if v is not None}
        check_fields(event, actor, clean)
        with self._lock:
            if self._fd < 0:
                raise ValueError("the audit log is closed")
            if self._key_required:
                raise AuditLogError("audit.key_required")
            fcntl.flock(self._fd, fcntl.LOCK_EX)
            try:
                seq, prev = self._recover_tail()
                entry = self._append(seq + 1, prev, event, actor, clean)
            except AuditLogError:
                raise
            except OSError as exc:
                raise AuditLogError("audit.write_failed", exc.__class__.__name__) from exc
            finally:
                fcntl.flock(self._fd, fcntl.LOCK_UN)
        for listener in list(self._listeners):
            try:
                listener(entry)
            except Exception:  # a listener never breaks the writer
                logger.exception("audit listener failed")
        return entry

    def checkpoint(self) -> Checkpoint:
        """The current head ``(seq, hash, mac)``; ``(0, GENESIS_HASH)`` for an empty log.

        Raises :class:`AuditLogError` (``audit.corrupt_tail``) if the last line is not an entry.
        """
        with self._lock:
            if self._fd < 0:
                raise AuditLogError("audit.closed")
            fcntl.flock(self._fd, fcntl.LOCK_SH)
            try:
                tail = _last_line(self._fd)
            finally:
                fcntl.flock(self._fd, fcntl.LOCK_UN)
        if tail is None or not tail.endswith(b"\n"):
            return self._last_complete()
        head = self._valid_head(tail)
        if head is None:
            raise AuditLogError("audit.corrupt_tail")
        return head

    def _valid_head(self, raw: bytes) -> Checkpoint | None:
        """The entry on ``raw`` as a head to chain onto, if it is one this log could have
        written: its hash matches its content and, in a keyed log, its MAC the key."""
        head = _head_of(raw)
        if head is None or _HEX64_RE.fullmatch(head.hash) is None:
            return None
        obj = parse_line(raw)
        try:
            if obj is None or entry_hash(obj) != head.hash:
                return None
        except (ValueError, TypeError, RecursionError):
            return None
        if self._key is not None and (
            head.mac is None
            or not hmac.compare_digest(
                head.mac.encode("utf-8", "replace"), entry_mac(self._key, head.hash).encode()
            )
        ):
            return None
        return head

    # -- internals (called with the lock and flock held) --

    def _last_complete(self) -> Checkpoint:
        last = Checkpoint(0, GENESIS_HASH)
        for _, raw in _iter_lines(self.path):
            if raw.endswith(b"\n"):
                last = _head_of(raw) or last
        return last

    def _recover_tail(self) -> tuple[int, str]:
        """The last complete entry's (seq, hash), closing a torn last line first."""
        tail = _last_line(self._fd)
        if tail is None:
            return 0, GENESIS_HASH
        if tail.endswith(b"\n"):
            head = self._valid_head(tail)
            if head is None:
                # someone edited the file: refuse to extend a chain we cannot read
                raise AuditLogError("audit.corrupt_tail")
            return head.seq, head.hash
        if len(tail) > MAX_LINE_BYTES:
            # no append is that long: not a torn write but a foreign line; do not extend it
            raise AuditLogError("audit.corrupt_tail", "oversized last line")
        # a torn write (power cut between write and fsync): terminate it and say so
        logger.warning("audit log: closing a torn last line of %d bytes", len(tail))
        os.write(self._fd, b"\n")
        last = self._last_complete()
        entry = self._append(
            last.seq + 1,
            last.hash,
            TORN_WRITE_EVENT,
            "system",
            {"fragment_sha256": hashlib.sha256(tail).hexdigest(), "fragment_bytes": len(tail)},
        )
        return entry.seq, entry.hash

    def _append(
        self, seq: int, prev: str, event: str, actor: str, fields: Mapping[str, Any]
    ) -> AuditEntry:
        body: dict[str, Any] = {
            "seq": seq,
            "time": _format_time(self._clock()),
            "event": event,
            "actor": actor,
            "fields": dict(fields),
            "prev": prev,
        }
        digest = entry_hash(body)
        mac = entry_mac(self._key, digest) if self._key is not None else None
        entry = AuditEntry(hash=digest, mac=mac, **body)
        data = canonical_json(entry.to_dict()) + b"\n"
        written = os.write(self._fd, data)
        if written != len(data):
            raise OSError(f"short write to the audit log ({written} of {len(data)} bytes)")
        os.fsync(self._fd)
        return entry


MAX_LINE_BYTES = 64 * 1024
"""No entry is longer (the allow-list bounds every field): a longer line is damage, and is never
read whole into memory."""


def _last_line(fd: int) -> bytes | None:
    """The last line of the file (with its newline, if it has one); None for an empty file.

    At most ``MAX_LINE_BYTES + 1`` bytes of it are returned: a longer result means "too long".
    """
    size = os.fstat(fd).st_size
    if size == 0:
        return None
    chunk = 4096
    end = size
    buf = b""
    while end > 0 and len(buf) <= MAX_LINE_BYTES + 1:
        start = max(0, end - chunk)
        buf = os.pread(fd, end - start, start) + buf
        end = start
        # look for the newline that ends the second-to-last line
        idx = buf.rfind(b"\n", 0, len(buf) - 1)
        if idx >= 0:
            return buf[idx + 1 :]
    return buf


def parse_line(raw: bytes) -> dict[str, Any] | None:
    """A line as a JSON object, or None for anything else: bad UTF-8 or JSON, nesting deep
    enough to exhaust the parser, a non-object, an oversized line. Never raises."""
    if len(raw) > MAX_LINE_BYTES:
        return None
    try:
        obj = json.loads(raw)
    except (ValueError, RecursionError):
        return None
    return obj if isinstance(obj, dict) else None


def _head_of(raw: bytes) -> Checkpoint | None:
    obj = parse_line(raw)
    if obj is None:
        return None
    seq, digest, mac = obj.get("seq"), obj.get("hash"), obj.get("mac")
    if not isinstance(seq, int) or isinstance(seq, bool) or not isinstance(digest, str):
        return None
    return Checkpoint(seq, digest, mac if isinstance(mac, str) else None)


def _iter_lines(path: Path) -> Iterator[tuple[int, bytes]]:
    """(line number from 1, raw bytes including the newline if present).

    A line longer than ``MAX_LINE_BYTES`` is returned cut to ``MAX_LINE_BYTES + 1`` bytes (plus
    its newline), so no hostile line is held whole in memory.
    """
    with path.open("rb") as fh:
        number = 0
        while True:
            raw = fh.readline(MAX_LINE_BYTES + 1)
            if not raw:
                return
            number += 1
            if len(raw) > MAX_LINE_BYTES and not raw.endswith(b"\n"):
                ended = False
                while not ended:
                    rest = fh.readline(MAX_LINE_BYTES)
                    ended = not rest or rest.endswith(b"\n")
                    if rest.endswith(b"\n"):
                        raw += b"\n"
            yield number, raw


# --------------------------------------------------------------------------------------------
# Verification


@dataclass(frozen=True)
class VerifyResult:
    """The outcome of :func:`verify`.

    ``reason`` is a stable key: ``ok``, ``missing_file``, ``bad_json``, ``bad_entry``,
    ``seq_mismatch``, ``chain_broken``, ``hash_mismatch``, ``mac_missing``, ``mac_mismatch``,
    ``not_allowed``, ``not_canonical``, ``torn_write_unrecorded``, ``line_too_long``,
    ``anchor_missing`` or ``anchor_mismatch``.
    ``first_bad_seq`` is the seq where verification first failed (for a line that cannot be
    parsed, the seq that was expected there); ``line`` the line number in the file.
    """

    ok: bool
    entries: int
    last_seq: int
    head_hash: str
    reason: str = "ok"
    first_bad_seq: int | None = None
    line: int | None = None
    mac_checked: bool = False
    torn_writes: int = 0

    def describe(self) -> str:
        if self.ok:
            text = f"OK: {self.entries} entries, last seq {self.last_seq}, head {self.head_hash}"
            if not self.mac_checked:
                text += " (hash chain only; no HMAC key given)"
            if self.torn_writes:
                text += f"; {self.torn_writes} torn write(s) recorded"
            return text
        where = f"seq {self.first_bad_seq}" + (f" (line {self.line})" if self.line else "")
        verdict = f"{self.reason}: {_REASONS.get(self.reason, '')}".rstrip(": ")
        if self.line and self.reason in _DAMAGE:
            verdict = f"line {self.line}: damaged ({verdict})"
        return f"FAILED at {where}: {verdict}"


_REASONS = {
    "missing_file": "no audit log at this path",
    "bad_json": "a line is not a JSON entry",
    "bad_entry": "an entry lacks fields or has extra ones",
    "seq_mismatch": "sequence number out of order: entries removed, inserted or reordered",
    "chain_broken": "prev does not match the previous entry's hash: this or the previous entry "
    "was altered, or entries between them were removed",
    "hash_mismatch": "the entry was edited after it was written",
    "mac_missing": "an entry has no MAC although a key was given",
    "mac_mismatch": "the MAC does not match: entry forged or written with another key",
    "not_allowed": "an event, actor or field outside the allow-list",
    "not_canonical": "the entry's bytes differ from what the kiosk writes (spaces, escapes or key "
    "order): the file was rewritten",
    "torn_write_unrecorded": "a cut-off or foreign line not followed by its torn-write record",
    "anchor_missing": "the checkpoint's entry is gone: the log was truncated",
    "anchor_mismatch": "the entry at the checkpoint's seq differs from the shipped checkpoint",
    "line_too_long": "a line longer than any entry can be",
}
_DAMAGE = frozenset(
    {
        "bad_json",
        "bad_entry",
        "line_too_long",
        "not_allowed",
        "not_canonical",
        "torn_write_unrecorded",
    }
)


_ENTRY_KEYS = {"seq", "time", "event", "actor", "fields", "prev", "hash"}
_HEX64_RE = re.compile(r"^[0-9a-f]{64}$")
_TIME_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$")


def verify(
    path: Path, *, key: bytes | None = None, anchor: Checkpoint | None = None
) -> VerifyResult:
    """Check the whole file: every entry's hash, the chain, seq order, the allow-list, the HMAC
    (when ``key`` is given) and that ``anchor`` (a shipped checkpoint), if given, is in the chain.
    """
    expected_seq = 1
    prev = GENESIS_HASH
    entries = 0
    torn: list[bytes] = []  # fragments seen but not yet recorded by a torn-write entry
    torn_count = 0
    anchor_seen = anchor is None or anchor.seq == 0

    def fail(reason: str, line: int | None, seq: int | None = None) -> VerifyResult:
        return VerifyResult(
            ok=False,
            entries=entries,
            last_seq=expected_seq - 1,
            head_hash=prev,
            reason=reason,
            first_bad_seq=expected_seq if seq is None else seq,
            line=line,
            mac_checked=key is not None,
            torn_writes=torn_count,
        )

    if not path.exists():
        return fail("missing_file", None)

    last_line = None
    for number, raw in _iter_lines(path):
        last_line = number
        if len(raw) > MAX_LINE_BYTES:
            return fail("line_too_long", number)
        obj = parse_line(raw)
        if obj is None:
            if raw.endswith(b"\n") and not torn:
                # a line that was terminated by recovery: must be followed by its record
                torn.append(raw[:-1])
                continue
            if not raw.endswith(b"\n") and not torn:
                # the very last append was cut off and nobody has written since
                return fail("torn_write_unrecorded", number)
            return fail("bad_json", number)
        if torn and obj.get("event") != TORN_WRITE_EVENT:
            # a foreign line that no torn-write record explains: damage where it is
            return fail("torn_write_unrecorded", number - 1)
        if set(obj) - {"mac"} != _ENTRY_KEYS:
            return fail("bad_entry", number)
        seq = obj["seq"]
        if not isinstance(seq, int) or isinstance(seq, bool):
            return fail("bad_entry", number)
        if seq != expected_seq:
            return fail("seq_mismatch", number, expected_seq)
        if not isinstance(obj["time"], str) or _TIME_RE.fullmatch(obj["time"]) is None:
            return fail("bad_entry", number)
        if not isinstance(obj["hash"], str) or _HEX64_RE.fullmatch(obj["hash"]) is None:
            return fail("bad_entry", number)
        if obj["prev"] != prev:
            return fail("chain_broken", number)
        try:
            digest = entry_hash(obj)
        except (ValueError, TypeError, RecursionError):  # e.g. a lone surrogate: not UTF-8
            return fail("bad_entry", number)
        if digest != obj["hash"]:
            return fail("hash_mismatch", number)
        if key is not None:
            mac = obj.get("mac")
            if mac is None:
                return fail("mac_missing", number)
            if not isinstance(mac, str) or not hmac.compare_digest(
                mac.encode("utf-8", "replace"), entry_mac(key, digest).encode("ascii")
            ):
                return fail("mac_mismatch", number)
        fields = obj["fields"]
        try:
            if not isinstance(fields, dict) or not isinstance(obj["event"], str):
                raise AuditFieldError("fields is not an object")
            check_fields(obj["event"], obj["actor"], fields)
        except (AuditFieldError, TypeError):
            return fail("not_allowed", number)
        try:
            canonical = canonical_json(obj)
        except (ValueError, RecursionError):  # e.g. a lone surrogate in "mac": not UTF-8
            return fail("not_canonical", number)
        if raw.rstrip(b"\n") != canonical:
            # same entry, other bytes (whitespace, escapes, key order): the file was rewritten
            return fail("not_canonical", number)
        if not raw.endswith(b"\n"):
            # a whole entry whose newline never reached the disk: the append was cut short
            return fail("torn_write_unrecorded", number)
        if torn:
            fragment = torn.pop()
            if (
                obj["event"] != TORN_WRITE_EVENT
                or fields.get("fragment_sha256") != hashlib.sha256(fragment).hexdigest()
            ):
                return fail("torn_write_unrecorded", number - 1)
            torn_count += 1
        if anchor is not None and seq == anchor.seq:
            if obj["hash"] != anchor.hash:
                return fail("anchor_mismatch", number)
            anchor_seen = True
        prev = obj["hash"]
        expected_seq += 1
        entries += 1

    if torn:
        # a torn fragment at the very end that no writer has recorded yet: the last append was
        # interrupted; the chain before it is intact, but say so
        return fail("torn_write_unrecorded", last_line)
    if not anchor_seen:
        return fail("anchor_missing", None, anchor.seq if anchor is not None else None)
    return VerifyResult(
        ok=True,
        entries=entries,
        last_seq=expected_seq - 1,
        head_hash=prev,
        mac_checked=key is not None,
        torn_writes=torn_count,
    )


def read_entries(path: Path) -> Iterator[dict[str, Any]]:
    """Every parseable entry in file order (for ``kiosk audit tail``); no verification. Lines
    that are not JSON objects (damage, hostile input) are skipped."""
    for _, raw in _iter_lines(path):
        obj = parse_line(raw)
        if obj is not None:
            yield obj


def load_key(path: Path) -> bytes:
    """Read an HMAC key file (raw bytes, or hex text). Raises OSError/ValueError."""
    data = path.read_bytes()
    text = data.strip()
    if re.fullmatch(rb"[0-9a-fA-F]{32,}", text):
        return bytes.fromhex(text.decode("ascii"))
    if len(data) < 16:
        raise ValueError("the audit key file holds fewer than 16 bytes")
    return data


# --------------------------------------------------------------------------------------------
# Signed checkpoints (SEC-16: shipped off the box, the server checks continuity)

Signer = Callable[[bytes], bytes]
"""Signs bytes with the device key (ECDSA P-256, SHA-256, DER signature)."""


class CheckpointError(ValueError):
    """A shipped checkpoint does not verify, is for another kiosk, or goes backwards."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def file_signer(key_file: Path) -> Signer:
    """A :data:`Signer` over a PEM device key file (``kiosk.security.tls.TlsIdentity.key_file``)."""
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    key = serialization.load_pem_private_key(key_file.read_bytes(), password=None)
    if not isinstance(key, ec.EllipticCurvePrivateKey):
        raise ValueError("the device key is not an EC key")

    def sign(data: bytes) -> bytes:
        return key.sign(data, ec.ECDSA(hashes.SHA256()))

    return sign


def sign_checkpoint(
    checkpoint: Checkpoint,
    kiosk_id: str,
    signer: Signer,
    *,
    clock: Callable[[], dt.datetime] = _utc_now,
) -> dict[str, str]:
    """A checkpoint document to send to the city: ``{"payload", "signature"}`` (base64)."""
    payload = canonical_json(
        {
            "kiosk_id": kiosk_id,
            "seq": checkpoint.seq,
            "hash": checkpoint.hash,
            "time": _format_time(clock()),
        }
    )
    return {
        "payload": base64.b64encode(payload).decode("ascii"),
        "signature": base64.b64encode(signer(payload)).decode("ascii"),
    }


def verify_checkpoint(
    document: Mapping[str, str], cert_pem: bytes, *, previous: Checkpoint | None = None
) -> Checkpoint:
    """The server's check: signed by the kiosk certificate's key, for that kiosk (its CN), and
    continuous with the ``previous`` checkpoint (same or later seq; the same seq must keep its
    hash). The certificate's chain to the city CA is the caller's (mTLS) business.
    """
    from cryptography import x509
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    cert = x509.load_pem_x509_certificate(cert_pem)
    public = cert.public_key()
    if not isinstance(public, ec.EllipticCurvePublicKey):
        raise CheckpointError("audit.checkpoint_bad_cert")
    try:
        payload = base64.b64decode(document["payload"], validate=True)
        signature = base64.b64decode(document["signature"], validate=True)
        public.verify(signature, payload, ec.ECDSA(hashes.SHA256()))
        body = json.loads(payload)
        checkpoint = Checkpoint(int(body["seq"]), str(body["hash"]))
        kiosk_id = body["kiosk_id"]
    except InvalidSignature:
        raise CheckpointError("audit.checkpoint_bad_signature") from None
    except (KeyError, TypeError, ValueError, binascii.Error):
        raise CheckpointError("audit.checkpoint_malformed") from None
    cns = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    if not cns or cns[0].value != kiosk_id:
        raise CheckpointError("audit.checkpoint_wrong_kiosk")
    if previous is not None and (
        checkpoint.seq < previous.seq
        or (checkpoint.seq == previous.seq and checkpoint.hash != previous.hash)
    ):
        raise CheckpointError("audit.checkpoint_discontinuous")
    return checkpoint


# --------------------------------------------------------------------------------------------
# Shipped checkpoints and the local anchor (SEC-16: truncation is caught against them)

CHECKPOINT_ALGORITHM = "ECDSA-P256-SHA256"
ANCHOR_FILE_NAME = "audit.anchor"
"""The last checkpoint the city acknowledged, kept beside the log with an HMAC under the audit
key (a copy: the city's record is the authority)."""


def checkpoint_document(
    head: Checkpoint,
    kiosk_id: str,
    *,
    signer: Signer | None = None,
    certificate_pem: bytes | None = None,
    reason: str = "periodic",
    clock: Callable[[], dt.datetime] = _utc_now,
) -> dict[str, str]:
    """The body shipped to the gateway (``POST /audit/checkpoints``): ``payload`` is the base64
    canonical JSON ``{kiosk_id, seq, hash, mac, time, reason}``; with a ``signer`` (the device
    key) also ``signature`` (base64 DER ECDSA P-256/SHA-256 over the payload bytes) and the
    device ``certificate`` (PEM) it verifies with; ``algorithm`` says which (``none`` unsigned:
    a demo kiosk without a device identity)."""
    body: dict[str, Any] = {
        "kiosk_id": kiosk_id,
        "seq": head.seq,
        "hash": head.hash,
        "time": _format_time(clock()),
        "reason": reason,
    }
    if head.mac is not None:
        body["mac"] = head.mac
    payload = canonical_json(body)
    doc = {"payload": base64.b64encode(payload).decode("ascii"), "algorithm": "none"}
    if signer is not None:
        doc["algorithm"] = CHECKPOINT_ALGORITHM
        doc["signature"] = base64.b64encode(signer(payload)).decode("ascii")
        if certificate_pem is not None:
            doc["certificate"] = certificate_pem.decode("ascii")
    return doc


def _anchor_mac(key: bytes, checkpoint: Checkpoint) -> str:
    message = f"audit-anchor|{checkpoint.seq}|{checkpoint.hash}".encode("ascii")
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def write_anchor(path: Path, checkpoint: Checkpoint, key: bytes | None) -> None:
    """Replace the local anchor with ``checkpoint`` (atomically; HMAC'd when ``key`` is given)."""
    body: dict[str, Any] = {"seq": checkpoint.seq, "hash": checkpoint.hash}
    if key is not None:
        body["mac"] = _anchor_mac(key, checkpoint)
    tmp = path.with_name(f".{path.name}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_CLOEXEC, 0o600)
    try:
        os.write(fd, canonical_json(body) + b"\n")
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)
    fsync_dir(path.parent)


def read_anchor(path: Path, key: bytes | None) -> Checkpoint | None:
    """The local anchor, None if there is none. Raises :class:`CheckpointError`
    (``audit.anchor_damaged``, or ``audit.anchor_forged`` when its HMAC does not match ``key``).
    """
    try:
        raw = path.read_bytes()[: MAX_LINE_BYTES + 1]
    except FileNotFoundError:
        return None
    except OSError:
        raise CheckpointError("audit.anchor_damaged") from None
    head = _head_of(raw)
    if head is None or _HEX64_RE.fullmatch(head.hash) is None or head.seq < 0:
        raise CheckpointError("audit.anchor_damaged")
    if key is not None:
        mac = head.mac
        if mac is None or not hmac.compare_digest(
            mac.encode("utf-8", "replace"), _anchor_mac(key, head).encode("ascii")
        ):
            raise CheckpointError("audit.anchor_forged")
    return Checkpoint(head.seq, head.hash)


def has_keyed_tail(path: Path) -> bool:
    """The end of the log carries MACs: its key protects data (never create a new one)."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
    except FileNotFoundError:
        return False
    try:
        size = os.fstat(fd).st_size
        start = max(0, size - 2 * MAX_LINE_BYTES)
        tail = os.pread(fd, size - start, start)
    finally:
        os.close(fd)
    return b'"mac":' in tail
