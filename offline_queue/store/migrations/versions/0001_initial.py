"""Initial outbox schema: outbox, attempt log, back-end state.

Revision ID: 0001
Revises:
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

_STATES = "state IN ('pending', 'in_flight', 'unknown', 'done', 'dead', 'cancelled', 'purged')"


def upgrade() -> None:
    op.create_table(
        "outbox",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
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
        sa.CheckConstraint(_STATES, name="ck_outbox_state"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_outbox_lane", "outbox", ["lane", "state", "id"])
    op.create_index("ix_outbox_due", "outbox", ["state", "next_attempt_at"])
    op.create_table(
        "attempt_log",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("tx_id", sa.String(36), nullable=False),
        sa.Column("attempt", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.Float(), nullable=False),
        sa.Column("finished_at", sa.Float(), nullable=True),
        sa.Column("outcome", sa.String(16), nullable=True),
        sa.Column("error_key", sa.String(120), nullable=True),
        sa.Column("remote_ref", sa.String(200), nullable=True),
    )
    op.create_index("ix_attempt_log_tx", "attempt_log", ["tx_id"])
    op.create_table(
        "backend_state",
        sa.Column("backend", sa.String(64), primary_key=True),
        sa.Column("circuit", sa.String(16), nullable=False),
        sa.Column("open_until", sa.Float(), nullable=True),
        sa.Column("last_success_at", sa.Float(), nullable=True),
        sa.Column("consecutive_failures", sa.Integer(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("backend_state")
    op.drop_index("ix_attempt_log_tx", table_name="attempt_log")
    op.drop_table("attempt_log")
    op.drop_index("ix_outbox_due", table_name="outbox")
    op.drop_index("ix_outbox_lane", table_name="outbox")
    op.drop_table("outbox")
