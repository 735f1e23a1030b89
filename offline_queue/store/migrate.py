"""Alembic migrations run programmatically at start (no alembic.ini needed at run time)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = connection
    return cfg


def head() -> str:
    heads = ScriptDirectory.from_config(config()).get_heads()
    assert len(heads) == 1, heads
    return str(heads[0])


def current(conn: Connection) -> str | None:
    return MigrationContext.configure(conn).get_current_revision()


class NewerSchemaError(RuntimeError):
    """The database is at a revision this code does not know: a newer release migrated it
    (a rollback whose queue downgrade did not run). Nothing was changed."""

    def __init__(self, revision: str) -> None:
        super().__init__(f"queue schema {revision} is newer than this release knows")
        self.revision = revision


def known(revision: str) -> bool:
    """Whether this code's migrations include ``revision``."""
    try:
        return ScriptDirectory.from_config(config()).get_revision(revision) is not None
    except Exception:  # alembic's ResolutionError/CommandError for an unknown id
        return False


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Upgrade to ``revision`` in one BEGIN IMMEDIATE transaction.

    Foreign keys are switched off for the duration (batch migrations drop and recreate tables,
    which with foreign keys on would cascade) and checked with ``foreign_key_check`` before commit.
    """
    with engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys=OFF")  # a no-op inside a transaction: do it before BEGIN
        try:
            with conn.begin():
                at = current(conn)
                if at == head() and revision == "head":
                    return
                if at is not None and not known(at):
                    raise NewerSchemaError(at)
                command.upgrade(config(conn), revision)
                problems = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
                if problems:
                    raise RuntimeError(f"foreign key violations after migration: {problems!r}")
        finally:
            raw.execute("PRAGMA foreign_keys=ON")


def downgrade(engine: Engine, revision: str) -> None:
    with engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                command.downgrade(config(conn), revision)
        finally:
            raw.execute("PRAGMA foreign_keys=ON")
