"""Alembic environment, configured programmatically by :mod:`offline_queue.store.migrate`.

The caller passes an open SQLAlchemy connection in ``config.attributes["connection"]``; no
alembic.ini and no URL are needed at run time.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection

from offline_queue.store.models import Base

config = context.config
connection = config.attributes.get("connection")
if not isinstance(connection, Connection):
    raise RuntimeError("offline_queue migrations need config.attributes['connection']")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things: move-and-copy batches
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
