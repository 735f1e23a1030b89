"""Damage done to a queue database file the way a flipped byte would, for the tests of the
start-up probe (``offline_queue.store.db.probe``) and of what reports it."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def rename_in_schema(db: Path, table: str, old: str, new: str) -> None:
    """Change a table's SQL in sqlite_master in place, as flipped bytes in the schema page do:
    the file stays well formed (quick_check passes), the column is gone by its name."""
    con = sqlite3.connect(db)
    try:
        con.execute("PRAGMA writable_schema=ON")
        con.execute(
            "UPDATE sqlite_master SET sql = replace(sql, ?, ?) WHERE name = ?", (old, new, table)
        )
        con.commit()
    finally:
        con.close()
