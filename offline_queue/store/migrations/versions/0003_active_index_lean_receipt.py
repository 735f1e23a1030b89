"""Lane heads from a partial index; leaner writes.

* ``ix_outbox_active (lane, id) WHERE state IN (active states)`` replaces ``ix_outbox_lane`` and
  ``ix_outbox_due``: lane heads are found with a loose index scan (one seek per lane) instead of
  grouping every active row, and finished rows leave the index.
* ``receipt`` becomes a WITHOUT ROWID table keyed by ``tx_id`` (one b-tree write per enqueue
  instead of two).
* ``outbox`` drops AUTOINCREMENT (no ``sqlite_sequence`` write per enqueue). FIFO order is
  unaffected: a new rowid is always larger than every row present; an id can be reused only
  after the row that had it was purged, and nothing refers to outbox ids (logs use tx ids).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

ACTIVE = "state IN ('pending', 'in_flight', 'unknown', 'dead')"
_STATES = "state IN ('pending', 'in_flight', 'unknown', 'done', 'dead', 'cancelled', 'purged')"


def _outbox(autoincrement: bool) -> sa.Table:
    """The outbox as of 0002 (columns and constraints), for batch copy_from: reflection keeps
    AUTOINCREMENT whatever table_kwargs say, so the table is described here explicitly."""
    return sa.Table(
        "outbox",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("tx_id", sa.String(36), nullable=False, unique=True),
        sa.Column("backend", sa.String(64), nullable=False),
        sa.Column("lane", sa.String(200), nullable=False),
        sa.Column("kind", sa.String(64), nullable=False),
        sa.Column("schema_ver", sa.Integer(), nullable=False),
        sa.Column("payload", sa.LargeBinary(), nullable=True),
        sa.Column("wrapped_key", sa.LargeBinary(), nullable=True),
        sa.Column("kek_id", sa.String(64), nullable=True),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("max_attempts", sa.Integer(), nullable=False),
        sa.Column("not_after", sa.Float(), nullable=True),
        sa.Column("next_attempt_at", sa.Float(), nullable=False),
        sa.Column("created_at", sa.Float(), nullable=False),
        sa.Column("updated_at", sa.Float(), nullable=False),
        sa.Column("done_at", sa.Float(), nullable=True),
        sa.Column("last_error", sa.String(120), nullable=True),
        sa.Column("remote_ref", sa.String(200), nullable=True),
        sa.Column("reference", sa.String(16), nullable=False),
        sa.Column("first_attempt_at", sa.Float(), nullable=True),
        sa.Column("shredded_at", sa.Float(), nullable=True),
        sa.CheckConstraint(_STATES, name="ck_outbox_state"),
        sa.UniqueConstraint("reference", name="uq_outbox_reference"),
        sqlite_autoincrement=autoincrement,
    )


def upgrade() -> None:
    op.drop_index("ix_outbox_due", table_name="outbox")
    op.drop_index("ix_outbox_lane", table_name="outbox")
    with op.batch_alter_table("outbox", recreate="always", copy_from=_outbox(False)):
        pass
    op.create_index("ix_outbox_active", "outbox", ["lane", "id"], sqlite_where=sa.text(ACTIVE))
    op.create_table(
        "receipt_new",
        sa.Column(
            "tx_id",
            sa.String(36),
            sa.ForeignKey("outbox.tx_id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("reference", sa.String(16), nullable=False),
        sa.Column("kind", sa.String(64), nullable=False),
        sa.Column("created_at", sa.Float(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=True),
        sqlite_with_rowid=False,
    )
    op.execute(
        "INSERT INTO receipt_new (tx_id, reference, kind, created_at, summary) "
        "SELECT tx_id, reference, kind, created_at, summary FROM receipt ORDER BY id"
    )
    op.drop_table("receipt")
    op.rename_table("receipt_new", "receipt")


def downgrade() -> None:
    op.create_table(
        "receipt_old",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "tx_id",
            sa.String(36),
            sa.ForeignKey("outbox.tx_id", ondelete="CASCADE"),
            nullable=False,
            unique=True,
        ),
        sa.Column("reference", sa.String(16), nullable=False),
        sa.Column("kind", sa.String(64), nullable=False),
        sa.Column("created_at", sa.Float(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=True),
    )
    op.execute(
        "INSERT INTO receipt_old (tx_id, reference, kind, created_at, summary) "
        "SELECT r.tx_id, r.reference, r.kind, r.created_at, r.summary "
        "FROM receipt r JOIN outbox o ON o.tx_id = r.tx_id ORDER BY o.id"
    )
    op.drop_table("receipt")
    op.rename_table("receipt_old", "receipt")
    op.drop_index("ix_outbox_active", table_name="outbox")
    with op.batch_alter_table("outbox", recreate="always", copy_from=_outbox(True)):
        pass
    op.create_index("ix_outbox_lane", "outbox", ["lane", "state", "id"])
    op.create_index("ix_outbox_due", "outbox", ["state", "next_attempt_at"])
