"""``kiosk diag all --json``: the technician report on the command line."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from kiosk.cli import main
from offline_queue.crypto import FileKeyProvider
from offline_queue.outbox import Outbox
from offline_queue.store import open_store


def test_json_report_counts_without_contents(data_dir: Path) -> None:
    store = open_store(data_dir)
    try:
        outbox = Outbox(store, FileKeyProvider.in_data_dir(data_dir))
        outbox.enqueue(backend="gateway", kind="report", payload={"text": "SECRET-CANARY-99"})
    finally:
        store.close()
    result = CliRunner().invoke(
        main,
        ["diag", "all", "--json", "--no-devices", "--data-dir", str(data_dir), "--timeout", "1"],
    )
    assert "SECRET-CANARY-99" not in result.output
    report = json.loads(result.output)
    assert report["checks"]["queue"]["counts"]["pending"] == 1
    assert report["checks"]["software"]["version"]
    assert "disk_free_mb" in report["checks"]["system"]
    assert result.exit_code in (0, 1, 2)
    assert result.exit_code == {"ok": 0, "warning": 1, "error": 2}.get(report["result"], 0)


def test_human_output(data_dir: Path) -> None:
    result = CliRunner().invoke(
        main, ["diag", "all", "--no-devices", "--data-dir", str(data_dir), "--timeout", "1"]
    )
    assert "queue" in result.output and "software" in result.output
