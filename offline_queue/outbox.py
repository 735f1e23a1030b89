"""The transactional outbox: enqueue, claim, finish, recover, operator actions, retention.

Every write is one ``BEGIN IMMEDIATE`` transaction on the store. :meth:`Outbox.enqueue` commits
the business record (a :class:`~offline_queue.store.models.Receipt`, plus anything the caller's
``business`` hook writes) and the outbox row together, and returns only after ``COMMIT``.
"""

from __future__ import annotations

import json
import logging
import random
import sqlite3
import time
import uuid
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import Connection, Table, and_, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError, OperationalError

from offline_queue import crypto
from offline_queue.connectors.base import Delivery, Outcome, SendResult
from offline_queue.policy import RetentionPolicy, RetryPolicy, decide
from offline_queue.store.db import Store, StoreFullError, is_full_error
from offline_queue.store.models import (
    ACTIVE_STATES,
    TERMINAL_STATES,
    AttemptLog,
    BackendState,
    OutboxItem,
    Receipt,
    State,
)

logger = logging.getLogger(__name__)

_T = cast(Table, OutboxItem.__table__)
_R = cast(Table, Receipt.__table__)
_A = cast(Table, AttemptLog.__table__)
_B = cast(Table, BackendState.__table__)
_ACTIVE = [s.value for s in ACTIVE_STATES]
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32: no I, L, O, U
_INSERT_OUTBOX = (
    "INSERT INTO outbox (tx_id, reference, backend, lane, kind, schema_ver, payload, wrapped_key,"
    " kek_id, state, attempts, max_attempts, not_after, next_attempt_at, created_at, updated_at)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, 0.0, ?, ?)"
)
_ACTIVE_SQL = "state IN ({})".format(", ".join(f"'{s}'" for s in _ACTIVE))
UNORDERED = ""
"""The lane of an item that needs no order (``lane=None`` at enqueue): it is its own head, waits
for nothing and holds nothing. Stored as the empty lane name, which sorts before every named lane,
so the loose index scan below starts after it and unordered items are read by one range seek."""
MAX_ANSWER = 1000
"""Characters of a back end's refusal text kept (sealed) with the item (:meth:`Outbox.answer`)."""
# Lane heads by a loose index scan over ix_outbox_active (lane, id) WHERE <active>: one seek per
# lane for the next lane name and one for its smallest id, instead of grouping every active row.
# (S608: every interpolated piece here is a constant of this module or a "?" placeholder.)
_HEADS_CTE = (
    "WITH RECURSIVE lanes(lane) AS ("  # noqa: S608
    f" SELECT (SELECT min(lane) FROM outbox WHERE {_ACTIVE_SQL} AND lane > '')"
    " UNION ALL"
    f" SELECT (SELECT min(lane) FROM outbox WHERE {_ACTIVE_SQL} AND lane > lanes.lane)"
    " FROM lanes WHERE lanes.lane IS NOT NULL"
    "), heads(id) AS ("
    f" SELECT (SELECT min(id) FROM outbox WHERE {_ACTIVE_SQL} AND lane = lanes.lane)"
    " FROM lanes WHERE lanes.lane IS NOT NULL"
    ")"
)
_CLAIM_MARK = (
    "UPDATE outbox SET state = ?, attempts = ?, updated_at = ?,"
    " first_attempt_at = coalesce(first_attempt_at, ?) WHERE id = ?"
)
_CLAIM_LOG = (
    "INSERT INTO attempt_log (id, tx_id, attempt, action, started_at) VALUES (?, ?, ?, ?, ?)"
)
# Unordered items due now, oldest first: one range of ix_outbox_active (lane '' , id).
_UNORDERED_DUE = (
    f"SELECT * FROM outbox WHERE {_ACTIVE_SQL} AND lane = ''"  # noqa: S608
    " AND state IN ('pending', 'unknown') AND next_attempt_at <= ? AND backend IN ({marks})"
    " ORDER BY id LIMIT ?"
)
_APPLY_ROW = (
    "UPDATE outbox SET state = ?, next_attempt_at = ?, updated_at = ?, last_error = ?,"
    " attempts = ?, done_at = coalesce(?, done_at), remote_ref = coalesce(?, remote_ref),"
    " lane = coalesce(?, lane) WHERE id = ?"
)
# Ambiguous outcomes of an item since its last operator action (the UNKNOWN loop's bound).
_UNKNOWNS = (
    "SELECT count(*) FROM attempt_log WHERE tx_id = ? AND outcome = 'unknown' AND id >"
    " coalesce((SELECT max(id) FROM attempt_log WHERE tx_id = ? AND action = 'operator'), 0)"
)
# The last attempt of an item (not an operator action): its outcome and the connector's key.
_LAST_ATTEMPT = (
    "SELECT outcome, error_key FROM attempt_log WHERE tx_id = ? AND action != 'operator'"
    " AND outcome IS NOT NULL ORDER BY id DESC LIMIT 1"
)
_APPLY_LOG = (
    "UPDATE attempt_log SET finished_at = ?, outcome = ?, error_key = ?, remote_ref = ?"
    " WHERE id = ?"
)
_INSERT_RECEIPT = (
    "INSERT INTO receipt (tx_id, reference, kind, created_at, summary) VALUES (?, ?, ?, ?, ?)"
)


def reference_for(tx_id: uuid.UUID) -> str:
    """A short human reference for receipts (40 bits of the tx id, Crockford base32)."""
    n = int.from_bytes(tx_id.bytes[:5], "big")
    chars = "".join(_ALPHABET[(n >> (5 * i)) & 31] for i in reversed(range(8)))
    return f"{chars[:4]}-{chars[4:]}"


class OutboxError(Exception):
    """An operator or caller asked for something the outbox cannot do (``key`` translates)."""

    def __init__(self, key: str, detail: str = "") -> None:
        super().__init__(f"{key}: {detail}" if detail else key)
        self.key = key


@dataclass(frozen=True)
class Enqueued:
    """What the caller gets once the transaction is durable: enough for a receipt."""

    tx_id: uuid.UUID
    reference: str
    backend: str
    lane: str
    kind: str
    created_at: float


@dataclass(frozen=True)
class AuditEvent:
    """An operator action on the queue, handed to the audit hook *before* commit."""

    action: str  # "retry" | "cancel" | "purge"
    actor: str
    tx_id: str | None
    reference: str | None
    backend: str | None
    from_state: str | None
    to_state: str | None
    at: float


AuditHook = Callable[[AuditEvent], None]


@dataclass(frozen=True)
class ItemView:
    """An outbox row without its payload (for status, CLI and diagnostics)."""

    id: int
    tx_id: str
    reference: str
    backend: str
    lane: str
    kind: str
    state: str
    attempts: int
    next_attempt_at: float
    created_at: float
    updated_at: float
    last_error: str | None
    remote_ref: str | None
    has_payload: bool
    last_outcome: str | None = None  # of the last attempt: acked|retry|unknown|rejected|review
    last_attempt_key: str | None = None  # the connector's key for that attempt

    @property
    def ordered(self) -> bool:
        return self.lane != UNORDERED


@dataclass(frozen=True)
class Claimed:
    """A claimed item: the Delivery plus what the engine needs to finish it."""

    delivery: Delivery
    row_id: int
    backend: str
    action: str  # "send" (was pending, now in_flight) | "reconcile" (stays unknown)
    attempts: int  # including this attempt
    max_attempts: int
    not_after: float | None
    log_id: int


@dataclass(frozen=True)
class Finished:
    """The result of one claimed item, to be recorded by :meth:`Outbox.apply`."""

    claimed: Claimed
    result: SendResult | None  # None: claimed but not sent (pipeline stopped): release it
    idempotent: bool


@dataclass(frozen=True)
class LaneStatus:
    lane: str
    backend: str
    active: int
    head_state: str
    oldest_age: float


@dataclass(frozen=True)
class QueueStatus:
    counts: dict[str, int]
    lanes: tuple[LaneStatus, ...]  # named lanes with active items (unordered items: none)
    oldest_pending_age: float | None
    at: float
    unordered: int = 0  # active items that need no order

    @property
    def waiting(self) -> int:
        return sum(self.counts.get(s.value, 0) for s in (State.PENDING, State.IN_FLIGHT))

    def as_dict(self) -> dict[str, Any]:
        return {
            "at": self.at,
            "counts": dict(self.counts),
            "oldest_pending_age": self.oldest_pending_age,
            "lanes": [vars(lane) for lane in self.lanes],
            "unordered": self.unordered,
        }


@dataclass(frozen=True)
class RecoveryReport:
    to_pending: int
    to_unknown: int


@dataclass(frozen=True)
class PurgeReport:
    payloads_shredded: int
    dead_purged: int
    rows_deleted: int


@dataclass
class _Changes:
    """Which items changed state in an :meth:`Outbox.apply` call (for observers)."""

    finished: list[tuple[Claimed, State]] = field(default_factory=list)


def _encode(payload: Mapping[str, Any]) -> bytes:
    return json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


class Outbox:
    """The outbox over an open :class:`Store`.

    ``keys`` may be None for operator tools that never see payloads (status, retry, cancel,
    purge). Thread-safe: each call uses its own pooled connection and one transaction.
    """

    def __init__(
        self,
        store: Store,
        keys: crypto.KeyProvider | None,
        *,
        policy: RetryPolicy | None = None,
        retention: RetentionPolicy | None = None,
        clock: Callable[[], float] = time.time,
        rng: random.Random | None = None,
    ) -> None:
        self.store = store
        self._keys = keys
        self.policy = policy or RetryPolicy()
        self.retention = retention or RetentionPolicy()
        self.clock = clock
        self.rng = rng or random.Random()

    @property
    def keys(self) -> crypto.KeyProvider:
        if self._keys is None:
            raise OutboxError("queue.no_key_provider")  # an operator tool opened it without keys
        return self._keys

    # ------------------------------------------------------------------ enqueue
    def enqueue(
        self,
        *,
        backend: str,
        kind: str,
        payload: Mapping[str, Any],
        lane: str | None = None,
        schema_ver: int = 1,
        summary: str | None = None,
        max_attempts: int | None = None,
        not_after: float | None = None,
        business: Callable[[Connection, Enqueued], None] | None = None,
    ) -> Enqueued:
        """Commit the receipt, the caller's business rows and the outbox row; then return.

        ``lane`` groups items that must be delivered in order (FIFO per lane); None means the
        item needs no order (:data:`UNORDERED`). Lane names are stored in clear: pass a
        pseudonym, never a resident's id (kiosk.services.submit does).

        Raises whatever SQLite raises (read-only, I/O error...) *before* anything is promised;
        StoreFullError when the file system is full or below the store's reserve (checked first,
        so a kiosk short of space refuses new work while its queue can still drain). A failed
        enqueue rolls back alone: what was committed before stays.
        """
        self.store.check_space()
        plaintext = _encode(payload)
        for _ in range(5):
            tx_id = uuid.uuid4()
            try:
                return self._insert_or_full(
                    tx_id,
                    backend=backend,
                    kind=kind,
                    lane=UNORDERED if lane is None else lane,
                    plaintext=plaintext,
                    schema_ver=schema_ver,
                    summary=summary,
                    max_attempts=max_attempts or self.policy.max_attempts,
                    not_after=not_after,
                    business=business,
                )
            except (IntegrityError, sqlite3.IntegrityError) as exc:
                # Only a reference collision (40 bits) is retried with a fresh tx id.
                if "reference" not in str(getattr(exc, "orig", exc)):
                    raise
        raise OutboxError("queue.reference_collision")

    def _insert_or_full(self, tx_id: uuid.UUID, **kwargs: Any) -> Enqueued:
        try:
            return self._insert(tx_id, **kwargs)
        except (OperationalError, sqlite3.OperationalError) as exc:
            if is_full_error(exc):
                logger.error("queue database full: enqueue refused, nothing written")
                raise StoreFullError("queue.store.full", "SQLITE_FULL") from exc
            raise

    def _insert(
        self,
        tx_id: uuid.UUID,
        *,
        backend: str,
        kind: str,
        lane: str,
        plaintext: bytes,
        schema_ver: int,
        summary: str | None,
        max_attempts: int,
        not_after: float | None,
        business: Callable[[Connection, Enqueued], None] | None,
    ) -> Enqueued:
        tx = str(tx_id)
        sealed = crypto.seal(self.keys, tx, kind, plaintext)
        now = self.clock()
        done = Enqueued(tx_id, reference_for(tx_id), backend, lane, kind, now)
        row = (
            tx,
            done.reference,
            backend,
            lane,
            kind,
            schema_ver,
            sealed.ciphertext,
            sealed.wrapped_key,
            sealed.kek_id,
            State.PENDING.value,
            max_attempts,
            not_after if not_after is not None else now + self.policy.max_age,
            now,
            now,
        )
        receipt = (tx, done.reference, kind, now, summary)
        if business is None:
            with self.store.raw_write() as raw:  # the common, hot path
                raw.execute(_INSERT_OUTBOX, row)
                raw.execute(_INSERT_RECEIPT, receipt)
        else:
            with self.store.write() as conn:
                conn.exec_driver_sql(_INSERT_OUTBOX, row)
                conn.exec_driver_sql(_INSERT_RECEIPT, receipt)
                business(conn, done)
        return done

    # ----------------------------------------------------------------- recovery
    def recover(self, idempotent: Callable[[str], bool]) -> RecoveryReport:
        """Start-up: in_flight → pending (idempotent back end) or unknown (otherwise)."""
        now = self.clock()
        to_pending = to_unknown = 0
        with self.store.write() as conn:
            rows = conn.execute(
                select(_T.c.id, _T.c.tx_id, _T.c.backend).where(_T.c.state == State.IN_FLIGHT.value)
            ).all()
            for row_id, tx, backend in rows:
                if idempotent(backend):
                    new, due = State.PENDING, now
                    to_pending += 1
                else:
                    # the request may still be in the back end's hands: reconcile after the grace
                    new, due = State.UNKNOWN, now + self.policy.unknown_grace
                    to_unknown += 1
                conn.execute(
                    update(_T)
                    .where(_T.c.id == row_id)
                    .values(state=new.value, next_attempt_at=due, updated_at=now)
                )
                conn.execute(
                    update(_A)
                    .where(and_(_A.c.tx_id == tx, _A.c.finished_at.is_(None)))
                    .values(finished_at=now, outcome="crashed")
                )
        if rows:
            logger.warning(
                "recovered %d in-flight items: %d to pending, %d to unknown",
                len(rows),
                to_pending,
                to_unknown,
            )
        return RecoveryReport(to_pending, to_unknown)

    # -------------------------------------------------------------------- claim
    def apply_and_claim(
        self,
        finished: Sequence[Finished],
        *,
        backends: Mapping[str, tuple[int, int]],
        limit: int,
        breaker: Mapping[str, tuple[str, float | None, float | None, int]] | None = None,
    ) -> tuple[list[Claimed], list[tuple[Claimed, State]]]:
        """One transaction: record ``finished`` results, then claim due lane heads.

        ``backends`` maps each back end that may be sent to now to ``(depth, heads)``: the
        pipeline depth (consecutive items of one lane claimed at once; >1 only for idempotent back
        ends) and how many lane heads of it may be claimed (1 for a half-open circuit's trial).
        ``breaker`` rows are persisted into ``backend_state``. Returns the claimed items and the
        state each finished item ended in.
        """
        now = self.clock()
        with self.store.write() as conn:
            ended = self._apply(conn, finished, now)
            if breaker:
                for name, (circuit, open_until, last_ok, failures) in breaker.items():
                    self._save_backend(conn, name, circuit, open_until, last_ok, failures)
            claimed = self._claim(conn, backends, limit, now) if backends and limit > 0 else []
        return claimed, ended

    def _claim(
        self, conn: Connection, backends: Mapping[str, tuple[int, int]], limit: int, now: float
    ) -> list[Claimed]:
        marks = ", ".join("?" for _ in backends)
        named = conn.exec_driver_sql(
            f"{_HEADS_CTE} SELECT o.* FROM heads JOIN outbox o ON o.id = heads.id"  # noqa: S608
            " WHERE o.state IN ('pending', 'unknown') AND o.next_attempt_at <= ?"
            f" AND o.backend IN ({marks}) ORDER BY o.id LIMIT ?",
            (now, *backends, limit),
        ).all()
        loose = conn.exec_driver_sql(
            _UNORDERED_DUE.format(marks=marks), (now, *backends, limit)
        ).all()
        rows = sorted([*named, *loose], key=lambda r: int(r.id))
        heads_taken: dict[str, int] = {}
        chosen: list[Any] = []
        heads = 0
        for row in rows:
            depth, max_heads = backends[row.backend]
            if heads_taken.get(row.backend, 0) >= max_heads or heads >= limit:
                continue
            heads_taken[row.backend] = heads_taken.get(row.backend, 0) + 1
            heads += 1
            chosen.append(row)
            if depth > 1 and row.state == State.PENDING.value and row.lane != UNORDERED:
                more = conn.exec_driver_sql(
                    f"SELECT * FROM outbox WHERE {_ACTIVE_SQL} AND lane = ? AND id > ?"  # noqa: S608
                    " ORDER BY id LIMIT ?",  # literal states: ix_outbox_active applies
                    (row.lane, row.id, depth - 1),
                ).all()
                for nxt in more:
                    if (
                        nxt.state != State.PENDING.value
                        or nxt.next_attempt_at > now
                        or nxt.backend != row.backend
                    ):
                        break
                    chosen.append(nxt)
        return self._claim_rows(conn, chosen, now)

    def _claim_rows(self, conn: Connection, rows: Sequence[Any], now: float) -> list[Claimed]:
        """Decrypt and mark claimed (executemany); an undecryptable row goes dead and stops its
        lane's pipeline there."""
        next_log = (conn.exec_driver_sql("SELECT max(id) FROM attempt_log").scalar() or 0) + 1
        claimed: list[Claimed] = []
        dead_lanes: set[str] = set()
        marks: list[tuple[Any, ...]] = []
        logs: list[tuple[Any, ...]] = []
        for row in rows:
            if row.lane != UNORDERED and row.lane in dead_lanes:
                continue
            action = "reconcile" if row.state == State.UNKNOWN.value else "send"
            try:
                if row.payload is None or row.wrapped_key is None:
                    raise crypto.CryptoError("queue.crypto.payload_missing")
                plaintext = crypto.unseal(
                    self.keys, row.tx_id, row.kind, row.payload, row.wrapped_key, row.kek_id or ""
                )
                payload = json.loads(plaintext)
            except crypto.CryptoError as exc:
                logger.error("item %s cannot be decrypted (%s): dead", row.reference, exc.key)
                conn.execute(
                    update(_T)
                    .where(_T.c.id == row.id)
                    .values(state=State.DEAD.value, last_error=exc.key, updated_at=now)
                )
                if row.lane != UNORDERED:
                    dead_lanes.add(row.lane)
                continue
            attempts = row.attempts + 1
            new_state = State.IN_FLIGHT.value if action == "send" else row.state
            marks.append((new_state, attempts, now, now, row.id))
            logs.append((next_log, row.tx_id, attempts, action, now))
            delivery = Delivery(
                tx_id=uuid.UUID(row.tx_id),
                kind=row.kind,
                lane=row.lane,
                payload=payload,
                attempt=attempts,
            )
            claimed.append(
                Claimed(
                    delivery,
                    row.id,
                    row.backend,
                    action,
                    attempts,
                    row.max_attempts,
                    row.not_after,
                    next_log,
                )
            )
            next_log += 1
        if marks:
            conn.exec_driver_sql(_CLAIM_MARK, marks)
            conn.exec_driver_sql(_CLAIM_LOG, logs)
        return claimed

    def _apply(
        self, conn: Connection, finished: Sequence[Finished], now: float
    ) -> list[tuple[Claimed, State]]:
        ended: list[tuple[Claimed, State]] = []
        rows: list[tuple[Any, ...]] = []
        logs: list[tuple[Any, ...]] = []
        for f in finished:
            c = f.claimed
            if f.result is None:
                # Claimed in a pipeline but never sent: back where it was, attempt not counted.
                back = State.UNKNOWN if c.action == "reconcile" else State.PENDING
                rows.append(
                    (back.value, 0.0, now, None, c.attempts - 1, None, None, None, c.row_id)
                )
                logs.append((now, "not_sent", None, None, c.log_id))
                continue
            unknowns = 0
            if f.result.outcome is Outcome.UNKNOWN and not f.idempotent:
                tx = str(c.delivery.tx_id)
                unknowns = 1 + int(conn.exec_driver_sql(_UNKNOWNS, (tx, tx)).scalar() or 0)
            t = decide(
                action=c.action,
                result=f.result,
                idempotent=f.idempotent,
                attempts=c.attempts,
                max_attempts=c.max_attempts,
                not_after=c.not_after,
                now=now,
                policy=self.policy,
                rng=self.rng,
                unknowns=unknowns,
            )
            done = t.state is State.DONE
            # A refusal is an answer: nothing was applied, so what follows in the lane sees the
            # back end exactly as it would have online. The item leaves its lane (it stays dead
            # for staff and the resident's record) and holds nothing.
            release = t.state is State.DEAD and f.result.outcome is Outcome.REJECTED
            # a finished item needs no lane: its (pseudonymous) lane name does not stay on disk
            release = release or done
            rows.append(
                (
                    t.state.value,
                    t.next_attempt_at,
                    now,
                    t.error_key,
                    c.attempts - 1 if t.refund_attempt else c.attempts,
                    now if done else None,
                    t.remote_ref if done else None,
                    UNORDERED if release else None,
                    c.row_id,
                )
            )
            r = f.result
            logs.append((now, r.outcome.value, r.error_key or None, r.remote_ref, c.log_id))
            if release:
                self._keep_answer(conn, c, r)
            if t.state is State.DEAD:
                logger.error(
                    "item %s (%s) is dead: %s; %s",
                    c.row_id,
                    c.backend,
                    t.error_key,
                    "it holds no lane"
                    if release or c.delivery.lane == UNORDERED
                    else "its lane is held",
                )
            ended.append((c, t.state))
        if rows:
            conn.exec_driver_sql(_APPLY_ROW, rows)
            conn.exec_driver_sql(_APPLY_LOG, logs)
        return ended

    def _keep_answer(self, conn: Connection, c: Claimed, result: SendResult) -> None:
        """A refusal's own words (``detail["screen_message"]``, e.g. SIP2 AF) kept sealed with
        the item for the resident's record (:meth:`answer`); never in clear, never logged."""
        text = result.detail.get("screen_message") if result.detail else None
        if not isinstance(text, str) or not text.strip() or self._keys is None:
            return
        row = conn.exec_driver_sql(
            "SELECT wrapped_key, kek_id FROM outbox WHERE id = ?", (c.row_id,)
        ).first()
        if row is None or row[0] is None:
            return
        tx, kind = str(c.delivery.tx_id), c.delivery.kind
        plain = text[:MAX_ANSWER].encode("utf-8", errors="replace")
        try:
            sealed = crypto.seal_answer(self._keys, tx, kind, row[0], row[1] or "", plain)
        except crypto.CryptoError as exc:
            logger.warning("answer of item %s not kept (%s)", c.row_id, exc.key)
            return
        conn.exec_driver_sql("UPDATE outbox SET answer = ? WHERE id = ?", (sealed, c.row_id))

    def answer(self, ident: str) -> str | None:
        """The back end's own words about an item's refusal (decrypted in memory only), or None
        (none given, shredded or unreadable). Untrusted text: clean it before showing it."""
        with self.store.read() as conn:
            row = self._find(conn, ident)
        if row.answer is None or row.wrapped_key is None:
            return None
        try:
            plain = crypto.unseal_answer(
                self.keys, row.tx_id, row.kind, row.answer, row.wrapped_key, row.kek_id or ""
            )
        except crypto.CryptoError:
            return None
        return plain.decode("utf-8", errors="replace")

    def _save_backend(
        self,
        conn: Connection,
        name: str,
        circuit: str,
        open_until: float | None,
        last_ok: float | None,
        failures: int,
    ) -> None:
        values = {
            "circuit": circuit,
            "open_until": open_until,
            "last_success_at": last_ok,
            "consecutive_failures": failures,
        }
        n = conn.execute(update(_B).where(_B.c.backend == name).values(**values)).rowcount
        if not n:
            conn.execute(insert(_B).values(backend=name, **values))

    def backend_states(self) -> dict[str, tuple[str, float | None, float | None, int]]:
        with self.store.read() as conn:
            rows = conn.execute(select(_B)).all()
        return {
            r.backend: (r.circuit, r.open_until, r.last_success_at, r.consecutive_failures)
            for r in rows
        }

    def next_due(self, backends: Collection[str]) -> float | None:
        """When the earliest lane head of these back ends becomes due (None: nothing to do)."""
        if not backends:
            return None
        marks = ", ".join("?" for _ in backends)
        with self.store.read() as conn:
            value = conn.exec_driver_sql(
                f"{_HEADS_CTE} SELECT min(o.next_attempt_at) FROM heads"  # noqa: S608
                " JOIN outbox o ON o.id = heads.id"
                f" WHERE o.state IN ('pending', 'unknown') AND o.backend IN ({marks})",
                tuple(backends),
            ).scalar()
            loose = conn.exec_driver_sql(
                f"SELECT min(next_attempt_at) FROM outbox WHERE {_ACTIVE_SQL}"  # noqa: S608
                f" AND lane = '' AND state IN ('pending', 'unknown') AND backend IN ({marks})",
                tuple(backends),
            ).scalar()
        found = [float(v) for v in (value, loose) if v is not None]
        return min(found) if found else None

    # ------------------------------------------------------------ operator actions
    def find(self, ident: str) -> ItemView:
        """An item by reference ("K7QX-3M9P"), tx id or row id."""
        with self.store.read() as conn:
            row = self._find(conn, ident)
            return _view(row, _last_attempt(conn, row.tx_id))

    def payload(self, ident: str) -> dict[str, Any] | None:
        """An item's decrypted payload (a resident's own record, e.g. which of their queued
        renewals the library refused), or None once shredded or unreadable. Never logged."""
        with self.store.read() as conn:
            row = self._find(conn, ident)
        if row.payload is None or row.wrapped_key is None:
            return None
        try:
            plain = crypto.unseal(
                self.keys, row.tx_id, row.kind, row.payload, row.wrapped_key, row.kek_id or ""
            )
            value = json.loads(plain)
        except (crypto.CryptoError, ValueError):
            return None
        return value if isinstance(value, dict) else None

    def _find(self, conn: Connection, ident: str) -> Any:
        ident = ident.strip()
        cond = (_T.c.reference == ident.upper()) | (_T.c.tx_id == ident.lower())
        if ident.isascii() and ident.isdigit():
            cond = cond | (_T.c.id == int(ident))
        row = conn.execute(select(_T).where(cond)).first()
        if row is None:
            raise OutboxError("queue.item_not_found", ident)
        return row

    def retry(self, ident: str, *, actor: str, audit: AuditHook) -> ItemView:
        """An operator requeues an item (same tx id). Dead items whose last attempt was
        ambiguous, and unknown items, go to ``unknown`` so they are reconciled before any resend.
        """
        now = self.clock()
        with self.store.write() as conn:
            row = self._find(conn, ident)
            state = State(row.state)
            if state not in (State.DEAD, State.UNKNOWN, State.PENDING):
                raise OutboxError("queue.retry_not_allowed", state.value)
            if row.payload is None:
                raise OutboxError("queue.retry_payload_gone", state.value)
            last = conn.execute(
                select(_A.c.outcome)
                .where(_A.c.tx_id == row.tx_id, _A.c.action != "operator")
                .order_by(_A.c.id.desc())
                .limit(1)
            ).scalar()
            ambiguous = state is State.UNKNOWN or last in (Outcome.UNKNOWN.value, "crashed")
            new = State.UNKNOWN if ambiguous else State.PENDING
            audit(
                AuditEvent(
                    "retry",
                    actor,
                    row.tx_id,
                    row.reference,
                    row.backend,
                    state.value,
                    new.value,
                    now,
                )
            )
            conn.execute(
                update(_T)
                .where(_T.c.id == row.id)
                .values(
                    state=new.value,
                    attempts=0,
                    next_attempt_at=now,
                    not_after=now + self.policy.max_age,
                    updated_at=now,
                    last_error=None,
                )
            )
            self._log_operator(conn, row.tx_id, "retry", now)
            row = self._find(conn, ident)
            return _view(row, _last_attempt(conn, row.tx_id))

    def cancel(self, ident: str, *, actor: str, audit: AuditHook) -> ItemView:
        """An operator cancels an item that is not being sent; its payload is shredded."""
        now = self.clock()
        with self.store.write() as conn:
            row = self._find(conn, ident)
            state = State(row.state)
            if state not in (State.PENDING, State.UNKNOWN, State.DEAD):
                raise OutboxError("queue.cancel_not_allowed", state.value)
            audit(
                AuditEvent(
                    "cancel",
                    actor,
                    row.tx_id,
                    row.reference,
                    row.backend,
                    state.value,
                    State.CANCELLED.value,
                    now,
                )
            )
            conn.execute(
                update(_T)
                .where(_T.c.id == row.id)
                .values(
                    state=State.CANCELLED.value,
                    payload=None,
                    wrapped_key=None,
                    answer=None,
                    shredded_at=now,
                    updated_at=now,
                )
            )
            self._log_operator(conn, row.tx_id, "cancel", now)
            row = self._find(conn, ident)
            return _view(row, _last_attempt(conn, row.tx_id))

    def _log_operator(self, conn: Connection, tx_id: str, what: str, now: float) -> None:
        conn.execute(
            insert(_A).values(
                tx_id=tx_id,
                attempt=0,
                action="operator",
                started_at=now,
                finished_at=now,
                outcome=what,
            )
        )

    # ---------------------------------------------------------------- retention
    def purge(
        self, *, actor: str = "system", audit: AuditHook | None = None, checkpoint: bool = True
    ) -> PurgeReport:
        """Apply the retention policy, then checkpoint the WAL so nothing lingers in it."""
        now = self.clock()
        r = self.retention
        with self.store.write() as conn:
            if audit is not None:
                audit(AuditEvent("purge", actor, None, None, None, None, None, now))
            # finished rows keep no lane name (also rows from before lanes were pseudonymous)
            conn.execute(
                update(_T)
                .where(
                    _T.c.state.in_([s.value for s in TERMINAL_STATES]),
                    _T.c.lane != UNORDERED,
                )
                .values(lane=UNORDERED)
            )
            shredded = conn.execute(
                update(_T)
                .where(
                    _T.c.state == State.DONE.value,
                    _T.c.wrapped_key.is_not(None),
                    _T.c.done_at <= now - r.payload_after_done,
                )
                .values(payload=None, wrapped_key=None, answer=None, shredded_at=now)
            ).rowcount
            dead = conn.execute(
                update(_T)
                .where(_T.c.state == State.DEAD.value, _T.c.updated_at <= now - r.dead_payload)
                .values(
                    state=State.PURGED.value,
                    payload=None,
                    wrapped_key=None,
                    answer=None,
                    shredded_at=now,
                    updated_at=now,
                )
            ).rowcount
            old = (
                select(_T.c.tx_id)
                .where(
                    _T.c.state.in_([State.DONE.value, State.CANCELLED.value, State.PURGED.value]),
                    _T.c.updated_at <= now - r.metadata,
                )
                .scalar_subquery()
            )
            conn.execute(delete(_A).where(_A.c.tx_id.in_(old)))
            conn.execute(delete(_R).where(_R.c.tx_id.in_(old)))
            deleted = conn.execute(delete(_T).where(_T.c.tx_id.in_(old))).rowcount
        if dead:
            logger.warning("%d dead items passed the dead-letter retention: purged", dead)
        if checkpoint:
            self.store.checkpoint()
        return PurgeReport(shredded, dead, deleted)

    # ------------------------------------------------------------------ status
    def status(self) -> QueueStatus:
        now = self.clock()
        with self.store.read() as conn:
            counts = {
                s: n
                for s, n in conn.execute(
                    select(_T.c.state, func.count()).group_by(_T.c.state)
                ).all()
            }
            lane_rows = conn.exec_driver_sql(
                "SELECT lane, min(id), count(*), min(created_at) FROM outbox"  # noqa: S608
                f" WHERE {_ACTIVE_SQL} AND lane > '' GROUP BY lane ORDER BY lane"
            ).all()
            unordered = int(
                conn.exec_driver_sql(
                    f"SELECT count(*) FROM outbox WHERE {_ACTIVE_SQL} AND lane = ''"  # noqa: S608
                ).scalar()
                or 0
            )
            lanes = []
            for lane, head_id, n, oldest in lane_rows:
                head = conn.execute(
                    select(_T.c.state, _T.c.backend).where(_T.c.id == head_id)
                ).one()
                lanes.append(LaneStatus(lane, head.backend, int(n), head.state, now - oldest))
            oldest_pending = conn.execute(
                select(func.min(_T.c.created_at)).where(
                    _T.c.state.in_([State.PENDING.value, State.IN_FLIGHT.value])
                )
            ).scalar()
        for s in State:
            counts.setdefault(s.value, 0)
        return QueueStatus(
            counts,
            tuple(lanes),
            None if oldest_pending is None else now - oldest_pending,
            now,
            unordered,
        )

    def items(self, *, states: Collection[State] | None = None, limit: int = 100) -> list[ItemView]:
        q = select(_T).order_by(_T.c.id).limit(limit)
        if states:
            q = q.where(_T.c.state.in_([s.value for s in states]))
        with self.store.read() as conn:
            return [_view(r, _last_attempt(conn, r.tx_id)) for r in conn.execute(q).all()]


def _last_attempt(conn: Connection, tx_id: str) -> tuple[str | None, str | None]:
    row = conn.exec_driver_sql(_LAST_ATTEMPT, (tx_id,)).first()
    return (None, None) if row is None else (row[0], row[1] or None)


def _view(row: Any, last: tuple[str | None, str | None] = (None, None)) -> ItemView:
    return ItemView(
        id=row.id,
        tx_id=row.tx_id,
        reference=row.reference,
        backend=row.backend,
        lane=row.lane,
        kind=row.kind,
        state=row.state,
        attempts=row.attempts,
        next_attempt_at=row.next_attempt_at,
        created_at=row.created_at,
        updated_at=row.updated_at,
        last_error=row.last_error,
        remote_ref=row.remote_ref,
        has_payload=row.wrapped_key is not None,
        last_outcome=last[0],
        last_attempt_key=last[1],
    )
