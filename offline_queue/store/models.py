"""Typed SQLAlchemy 2 models of the offline queue (the schema at Alembic head).

The schema is created and changed only by the migrations in ``migrations/versions``; a test
compares these models with the migrated database so the two never drift.
"""

from __future__ import annotations

import enum

from sqlalchemy import (
    CheckConstraint,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class State(enum.StrEnum):
    """Where an outbox item is in its life (see docs/queue.md for the transitions)."""

    PENDING = "pending"  # waiting to be sent (maybe in backoff: next_attempt_at in the future)
    IN_FLIGHT = "in_flight"  # claimed and being sent; survives a crash only until start-up recovery
    UNKNOWN = "unknown"  # sent, outcome unknown, back end has no idempotency: reconcile first
    DONE = "done"  # acknowledged by the back end
    DEAD = "dead"  # given up: needs a human (holds its lane)
    CANCELLED = "cancelled"  # a human cancelled it (payload shredded)
    PURGED = "purged"  # a dead item whose payload was shredded after the dead-letter retention


ACTIVE_STATES: tuple[State, ...] = (State.PENDING, State.IN_FLIGHT, State.UNKNOWN, State.DEAD)
"""States that occupy a lane: the oldest active item of a lane is its head."""

TERMINAL_STATES: tuple[State, ...] = (State.DONE, State.CANCELLED, State.PURGED)

_ACTIVE_WHERE = "state IN ({})".format(", ".join(f"'{s.value}'" for s in ACTIVE_STATES))
_STATE_CHECK = "state IN ({})".format(", ".join(f"'{s.value}'" for s in State))


class Base(DeclarativeBase):
    pass


class OutboxItem(Base):
    """One transaction to deliver. ``id`` gives the global FIFO order: a new row always gets an
    id larger than every row present (an id is reused only after its row was purged)."""

    __tablename__ = "outbox"
    __table_args__ = (
        CheckConstraint(_STATE_CHECK, name="ck_outbox_state"),
        UniqueConstraint("reference", name="uq_outbox_reference"),
        # Lane heads: one index seek per lane (see outbox.HEADS_SQL); finished rows leave it.
        Index("ix_outbox_active", "lane", "id", sqlite_where=text(_ACTIVE_WHERE)),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    tx_id: Mapped[str] = mapped_column(String(36), unique=True)
    reference: Mapped[str] = mapped_column(String(16))
    backend: Mapped[str] = mapped_column(String(64))
    lane: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(64))
    schema_ver: Mapped[int] = mapped_column(Integer)
    payload: Mapped[bytes | None] = mapped_column(LargeBinary)  # nonce || AES-GCM ciphertext
    wrapped_key: Mapped[bytes | None] = mapped_column(LargeBinary)  # data key wrapped by the KEK
    kek_id: Mapped[str | None] = mapped_column(String(64))
    state: Mapped[str] = mapped_column(String(16), default=State.PENDING.value)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    max_attempts: Mapped[int] = mapped_column(Integer)
    not_after: Mapped[float | None] = mapped_column(Float)
    next_attempt_at: Mapped[float] = mapped_column(Float, default=0.0)
    created_at: Mapped[float] = mapped_column(Float)
    updated_at: Mapped[float] = mapped_column(Float)
    first_attempt_at: Mapped[float | None] = mapped_column(Float)
    done_at: Mapped[float | None] = mapped_column(Float)
    shredded_at: Mapped[float | None] = mapped_column(Float)
    last_error: Mapped[str | None] = mapped_column(String(120))  # an error key, never personal data
    remote_ref: Mapped[str | None] = mapped_column(String(200))
    # a back end's own words about a refusal (e.g. SIP2 AF), sealed under the item's data key
    # (crypto.seal_answer): untrusted text that may name the resident, never in clear
    answer: Mapped[bytes | None] = mapped_column(LargeBinary)


class Receipt(Base):
    """The business record committed with the outbox row: what the resident's receipt shows."""

    __tablename__ = "receipt"
    __table_args__ = ({"sqlite_with_rowid": False},)

    tx_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("outbox.tx_id", ondelete="CASCADE"), primary_key=True
    )
    reference: Mapped[str] = mapped_column(String(16))
    kind: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[float] = mapped_column(Float)
    summary: Mapped[str | None] = mapped_column(Text)  # non-personal line for reprints


class AttemptLog(Base):
    """Append-only log of attempts; written before sending. No payloads."""

    __tablename__ = "attempt_log"
    __table_args__ = (Index("ix_attempt_log_tx", "tx_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    tx_id: Mapped[str] = mapped_column(String(36))
    attempt: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(
        String(16), server_default="send"
    )  # send|reconcile|operator
    started_at: Mapped[float] = mapped_column(Float)
    finished_at: Mapped[float | None] = mapped_column(Float)
    outcome: Mapped[str | None] = mapped_column(String(16))
    error_key: Mapped[str | None] = mapped_column(String(120))
    remote_ref: Mapped[str | None] = mapped_column(String(200))


class BackendState(Base):
    """Per-back-end circuit breaker and health, kept across restarts."""

    __tablename__ = "backend_state"

    backend: Mapped[str] = mapped_column(String(64), primary_key=True)
    circuit: Mapped[str] = mapped_column(String(16), default="closed")
    open_until: Mapped[float | None] = mapped_column(Float)
    last_success_at: Mapped[float | None] = mapped_column(Float)
    consecutive_failures: Mapped[int] = mapped_column(Integer, default=0)
