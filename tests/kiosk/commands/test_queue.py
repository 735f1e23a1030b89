"""``kiosk queue``: status, list, retry, cancel (audited), purge: never a payload."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from kiosk.commands.queue import queue
from kiosk.records.audit import read_entries, verify
from offline_queue.connectors.base import Outcome, SendResult
from offline_queue.crypto import FileKeyProvider
from offline_queue.outbox import AuditEvent, Enqueued, Outbox
from offline_queue.store import open_store
from offline_queue.sync import SyncWorker
from tests.offline_queue.conftest import ScriptedConnector

CANARY = "CANARY-CLI-77ab"


def _seed(data_dir: Path) -> list[Enqueued]:
    store = open_store(data_dir)
    outbox = Outbox(store, FileKeyProvider.in_data_dir(data_dir))
    items = [
        outbox.enqueue(backend="gw", kind="bill.payment", payload={"name": CANARY}, lane="gw"),
        outbox.enqueue(backend="gw", kind="bill.payment", payload={"name": CANARY}, lane="gw"),
        outbox.enqueue(backend="sip2", kind="sip2.checkout", payload={"p": CANARY}, lane="sip2:1"),
    ]
    gw = ScriptedConnector("gw")
    gw.script.append(SendResult(Outcome.REVIEW, "open311.review_moderated_listing"))
    SyncWorker(outbox, {"gw": gw}).drain(5)  # first gw item needs review, holding its lane
    store.close()
    return items


def test_status_json_counts_and_lanes_without_payloads(data_dir: Path) -> None:
    _seed(data_dir)
    r = CliRunner().invoke(queue, ["status", "--json", "--data-dir", str(data_dir)])
    assert r.exit_code == 0, r.output
    assert CANARY not in r.output
    data = json.loads(r.output)
    assert data["counts"]["dead"] == 1 and data["counts"]["pending"] == 2
    assert data["degraded"] is False
    lanes = {lane["lane"]: lane for lane in data["lanes"]}
    assert lanes["gw"]["head_state"] == "dead" and lanes["gw"]["active"] == 2
    assert lanes["sip2:1"]["backend"] == "sip2"
    text = CliRunner().invoke(queue, ["status", "--data-dir", str(data_dir)])
    assert "dead=1" in text.output and "sip2:1" in text.output


def test_list_then_retry_recorded_in_the_real_audit_log(data_dir: Path) -> None:
    items = _seed(data_dir)
    listed = CliRunner().invoke(queue, ["list", "--data-dir", str(data_dir)])
    assert items[0].reference in listed.output and CANARY not in listed.output
    r = CliRunner().invoke(
        queue,
        ["retry", items[0].reference, "--reason", "backend_fixed", "--data-dir", str(data_dir)],
    )
    assert r.exit_code == 0, r.output
    assert "now pending" in r.output
    entries = list(read_entries(data_dir / "audit.jsonl"))
    assert entries[-1]["event"] == "deadletter.decision"
    assert entries[-1]["fields"] == {
        "tx": str(items[0].tx_id),
        "decision": "retry",
        "reason": "backend_fixed",
        "backend": "gw",
    }
    assert verify(data_dir / "audit.jsonl").ok


def test_cancel_with_an_injected_audit_hook(data_dir: Path) -> None:
    items = _seed(data_dir)
    events: list[AuditEvent] = []
    r = CliRunner().invoke(
        queue,
        ["cancel", str(items[2].tx_id), "--reason", "duplicate", "--data-dir", str(data_dir)],
        obj={"queue_audit": lambda _dir, _reason: events.append},
    )
    assert r.exit_code == 0, r.output
    assert [(e.action, e.from_state, e.to_state) for e in events] == [
        ("cancel", "pending", "cancelled")
    ]
    again = CliRunner().invoke(
        queue,
        ["cancel", items[2].reference, "--reason", "duplicate", "--data-dir", str(data_dir)],
        obj={"queue_audit": lambda _dir, _reason: events.append},
    )
    assert again.exit_code == 1 and "queue.cancel_not_allowed" in again.output
    missing = CliRunner().invoke(
        queue, ["retry", "NOPE", "--reason", "duplicate", "--data-dir", str(data_dir)]
    )
    assert missing.exit_code == 1 and "queue.item_not_found" in missing.output


def test_purge(data_dir: Path) -> None:
    _seed(data_dir)
    r = CliRunner().invoke(queue, ["purge", "--data-dir", str(data_dir)])
    assert r.exit_code == 0 and "rows deleted=0" in r.output


def test_status_reports_a_moved_aside_database(data_dir: Path) -> None:
    (data_dir / "queue.db").write_bytes(b"garbage" * 1000)
    r = CliRunner().invoke(queue, ["status", "--json", "--data-dir", str(data_dir)])
    data = json.loads(r.output)
    assert data["degraded"] is True and data["alerts"][0]["reason"] == "corrupt"


def test_dead_letters_say_why_and_what_to_do(data_dir: Path) -> None:
    """Needs review (ambiguous) and refused (an answer) items, worded from one table."""
    items = _seed(data_dir)
    store = open_store(data_dir)
    outbox = Outbox(store, FileKeyProvider.in_data_dir(data_dir))
    refused = outbox.enqueue(backend="lib", kind="sip2.renew", payload={"p": CANARY})
    sip2 = ScriptedConnector("lib", has_idempotency=False)
    sip2.script.append(SendResult(Outcome.REJECTED, "sip2.renewal_refused"))
    SyncWorker(outbox, {"lib": sip2}).drain(5)
    store.close()
    status = CliRunner().invoke(queue, ["status", "--json", "--data-dir", str(data_dir)])
    data = json.loads(status.output)
    assert data["dead_reasons"] == {
        "needs_review": 1,
        "refused": 1,
        "gave_up": 0,
        "undecryptable": 0,
    }
    text = CliRunner().invoke(queue, ["status", "--data-dir", str(data_dir)]).output
    assert "needs review=1" in text and "refused=1" in text
    listed = CliRunner().invoke(queue, ["list", "--data-dir", str(data_dir)]).output
    review_line = next(line for line in listed.splitlines() if items[0].reference in line)
    assert "needs review: the Open311 server hides new requests" in review_line
    assert "[holds its lane]" in review_line
    refused_line = next(line for line in listed.splitlines() if refused.reference in line)
    assert "refused by the back end (sip2.renewal_refused)" in refused_line
    assert "holds its lane" not in refused_line and CANARY not in listed
    as_json = CliRunner().invoke(queue, ["list", "--json", "--data-dir", str(data_dir)])
    reasons = {i["reference"]: i["reason"] for i in json.loads(as_json.output)}
    assert reasons[items[0].reference]["kind"] == "needs_review"
    assert reasons[refused.reference]["holds_lane"] is False
