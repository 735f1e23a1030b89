"""A queue migrated forward by a new release, then rolled back: nothing lost, nothing twice.

Release 3.0.0 carries its own offline_queue with one more migration (0005, a column); its
``kiosk run`` opens the queue with that code (the migration runs), takes a resident's
transaction, then fails its self-check. The updater has 3.0.0's own code take the queue back to
the revision 1.0.0 left (``kiosk update queue-downgrade`` of the new release) before switching
back; the old code (this checkout's offline_queue, which knows no 0005) then opens the queue and
delivers every pending item once, and none that was delivered before.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.updates.queue_schema import downgrade_here, downgrade_with, queue_revision
from kiosk.updates.state import Phase, Target, write_target
from offline_queue.crypto import FileKeyProvider
from offline_queue.outbox import Outbox
from offline_queue.store import StoreUnavailableError, open_store
from offline_queue.store.migrate import head
from offline_queue.sync import SyncWorker
from tests.kiosk.updates.fakes import REPO, build_deb
from tests.kiosk.updates.rig import Kiosk, clock_from_ready
from tests.offline_queue.conftest import ScriptedConnector

MIGRATION_0005 = '''"""A new release's migration: outbox.priority.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("outbox", sa.Column("priority", sa.Integer(), nullable=True))
    op.execute("UPDATE outbox SET priority = 1")


def downgrade() -> None:
    op.execute("ALTER TABLE outbox DROP COLUMN priority")
'''


@pytest.fixture(scope="module")
def new_release(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The package of 3.0.0, with its own offline_queue (one more migration)."""
    out = tmp_path_factory.mktemp("new")
    lib = out / "lib"
    shutil.copytree(
        REPO / "offline_queue", lib / "offline_queue", ignore=shutil.ignore_patterns("__pycache__")
    )
    (lib / "offline_queue/store/migrations/versions/0005_priority.py").write_text(
        MIGRATION_0005, encoding="utf-8"
    )
    build_deb(out, "3.0.0", "queue", lib=lib)
    return out


def _deliver(data_dir: Path) -> list[str]:
    """This checkout's code (the old release's) opens the queue and delivers everything due."""
    store = open_store(data_dir)
    try:
        connector = ScriptedConnector("gateway")
        worker = SyncWorker(
            Outbox(store, FileKeyProvider.in_data_dir(data_dir)), {"gateway": connector}
        )
        while worker.run_once():
            pass
        worker.run_once()  # records the last outcomes
        return [str(d.tx_id) for d in connector.sent]
    finally:
        store.close()


def _enqueue(data_dir: Path, n: int) -> list[str]:
    store = open_store(data_dir)
    try:
        outbox = Outbox(store, FileKeyProvider.in_data_dir(data_dir))
        return [
            str(outbox.enqueue(backend="gateway", kind="permit", payload={"n": i}).tx_id)
            for i in range(n)
        ]
    finally:
        store.close()


@pytest.fixture
def queued(kiosk: Kiosk) -> Iterator[tuple[list[str], list[str]]]:
    """Two transactions delivered and three pending under 1.0.0 (revision ``head()``)."""
    delivered = _enqueue(kiosk.data_dir, 2)
    assert sorted(_deliver(kiosk.data_dir)) == sorted(delivered)
    pending = _enqueue(kiosk.data_dir, 3)
    assert queue_revision(kiosk.data_dir) == head() == "0004"
    yield delivered, pending


def test_a_rollback_takes_the_queue_back_and_the_old_version_delivers_every_item_once(
    kiosk: Kiosk, new_release: Path, queued: tuple[list[str], list[str]]
) -> None:
    delivered, pending = queued
    kiosk.debs = new_release
    write_target(kiosk.data_dir, Target("3.0.0", "canary"))
    updater = kiosk.updater(health_timeout_s=1.0)
    # 1 s of a failing self-check once 3.0.0 is READY, however long its start (imports, the
    # migration, the transaction) takes on a busy machine
    updater.monotonic = clock_from_ready(kiosk.service, "3.0.0")
    updater.run_once()
    record = kiosk.state.load()
    assert (record.phase, record.current, record.detail) == (
        Phase.ROLLED_BACK,
        "1.0.0",
        "update.selfcheck_failed",
    )
    assert record.last is not None and record.last.queue_downgraded
    assert queue_revision(kiosk.data_dir) == "0004"  # taken back by 3.0.0's own code
    [entry] = kiosk.audit()
    assert entry["fields"]["queue_downgraded"] is True
    sent = _deliver(kiosk.data_dir)
    # the three pending before the update and the one 3.0.0 took, each exactly once
    assert len(sent) == len(set(sent)) == 4
    assert set(pending) < set(sent) and not set(delivered) & set(sent)
    assert _deliver(kiosk.data_dir) == []  # nothing left, nothing sent twice


def test_without_the_downgrade_the_old_code_refuses_the_newer_queue_untouched(
    kiosk: Kiosk, new_release: Path, queued: tuple[list[str], list[str]]
) -> None:
    """What the downgrade prevents: old code meeting a schema it does not know leaves the file
    as it is (a technician alert, queue.store.newer_schema), never an empty queue over it."""
    _delivered, pending = queued
    kiosk.service.stop()
    kiosk.store.stage(new_release / "ecitizen-kiosk_3.0.0_all.deb", "3.0.0")
    entry = kiosk.store.entry("3.0.0")
    # the new release's code opens the queue (here through its `kiosk queue status`): 0005 runs
    forward = subprocess.run(
        [str(entry), "queue", "status", "--data-dir", str(kiosk.data_dir)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert forward.returncode == 0, forward.stderr
    assert queue_revision(kiosk.data_dir) == "0005"
    before = (kiosk.data_dir / "queue.db").read_bytes()
    with pytest.raises(StoreUnavailableError) as refused:
        open_store(kiosk.data_dir)
    assert refused.value.key == "queue.store.newer_schema"
    assert (kiosk.data_dir / "queue.db").read_bytes() == before
    assert not list(kiosk.data_dir.glob("queue.db.corrupt-*"))
    downgrade_with(entry, kiosk.data_dir, "0004")
    assert sorted(_deliver(kiosk.data_dir)) == sorted(pending)


@pytest.mark.parametrize("revision", ["0003", "0002", "0001"])
def test_every_shipped_migration_goes_down_and_up_keeping_every_queued_item(
    tmp_path: Path, revision: str
) -> None:
    """The rule for migration authors, held for the migrations this release ships: down to any
    older revision and up again, every outbox row is still there, in its state."""
    from sqlalchemy import text

    from offline_queue.store import migrate

    data_dir = tmp_path / "data"
    pending = _enqueue(data_dir, 3)

    def rows() -> list[tuple[str, str]]:
        store = open_store(data_dir)
        try:
            with store.read() as conn:
                found = conn.execute(text("SELECT tx_id, state FROM outbox ORDER BY id")).all()
            return [(str(r[0]), str(r[1])) for r in found]
        finally:
            store.close()

    before = rows()
    assert [tx for tx, _ in before] == pending
    assert downgrade_here(data_dir, revision) == migrate.head()
    assert queue_revision(data_dir) == revision
    assert rows() == before  # open_store upgrades it again
    assert queue_revision(data_dir) == migrate.head()
