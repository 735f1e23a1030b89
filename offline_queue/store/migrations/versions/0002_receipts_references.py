"""Receipts (the business record), short human references, shredding and attempt actions.

Backfills a reference and a receipt for every existing outbox row.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32: no I, L, O, U


def _reference(tx_id: str) -> str:
    # Frozen copy of offline_queue.outbox.reference_for at this revision.
    n = int.from_bytes(uuid.UUID(tx_id).bytes[:5], "big")
    chars = "".join(_ALPHABET[(n >> (5 * i)) & 31] for i in reversed(range(8)))
    return f"{chars[:4]}-{chars[4:]}"


def upgrade() -> None:
    with op.batch_alter_table("outbox", table_kwargs={"sqlite_autoincrement": True}) as batch:
        batch.add_column(sa.Column("reference", sa.String(16), nullable=True))
        batch.add_column(sa.Column("first_attempt_at", sa.Float(), nullable=True))
        batch.add_column(sa.Column("shredded_at", sa.Float(), nullable=True))
    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT id, tx_id FROM outbox")).all()
    for row_id, tx_id in rows:
        conn.execute(
            sa.text("UPDATE outbox SET reference = :r WHERE id = :i"),
            {"r": _reference(tx_id), "i": row_id},
        )
    with op.batch_alter_table("outbox", table_kwargs={"sqlite_autoincrement": True}) as batch:
        batch.alter_column("reference", existing_type=sa.String(16), nullable=False)
        batch.create_unique_constraint("uq_outbox_reference", ["reference"])
    with op.batch_alter_table("attempt_log") as batch:
        batch.add_column(sa.Column("action", sa.String(16), nullable=False, server_default="send"))
    op.create_table(
        "receipt",
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
    conn.execute(
        sa.text(
            "INSERT INTO receipt (tx_id, reference, kind, created_at) "
            "SELECT tx_id, reference, kind, created_at FROM outbox"
        )
    )


def downgrade() -> None:
    op.drop_table("receipt")
    with op.batch_alter_table("attempt_log") as batch:
        batch.drop_column("action")
    with op.batch_alter_table("outbox", table_kwargs={"sqlite_autoincrement": True}) as batch:
        batch.drop_constraint("uq_outbox_reference", type_="unique")
        batch.drop_column("shredded_at")
        batch.drop_column("first_attempt_at")
        batch.drop_column("reference")
