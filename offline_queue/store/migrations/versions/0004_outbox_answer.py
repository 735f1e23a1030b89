"""``outbox.answer``: a back end's own words about a refusal, sealed.

A library refuses a queued renewal after the resident left; the ILS's reason (SIP2 ``AF``) is
untrusted text that may name the patron, so it is kept only sealed under the item's own data
key (``crypto.seal_answer``) and is shredded with the payload. Nullable: older rows have none.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("outbox", sa.Column("answer", sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    # SQLite >= 3.35 drops a plain column in place (the partial index does not use it)
    op.execute("ALTER TABLE outbox DROP COLUMN answer")
