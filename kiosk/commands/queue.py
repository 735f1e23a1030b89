"""``kiosk queue``: the offline queue for technicians (no payload is ever shown).

Register in ``kiosk/cli.py`` with ``main.add_command(queue)`` (``from kiosk.commands.queue import
queue``). ``retry`` and ``cancel`` are recorded in the audit log *before* they take effect (if the
audit write fails, nothing changes). Tests and other front ends can inject their own audit hook
factory through ``click`` context: ``ctx.obj = {"queue_audit": factory}`` with
``factory(data_dir) -> Callable[[AuditEvent], None]``.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from kiosk.commands.datadir import config_option, data_dir_option, existing_file, find_data_dir
from kiosk.sync.deadletter_reasons import DECISION_CODES, DECISION_REASONS
from offline_queue.deadletters import counts as dead_counts
from offline_queue.deadletters import explain
from offline_queue.outbox import AuditEvent, AuditHook, ItemView, Outbox, OutboxError
from offline_queue.store import State, Store, StoreError, open_store
from offline_queue.store.db import DB_NAME

REASONS = DECISION_CODES
"""Why an operator retries or cancels (:mod:`kiosk.sync.deadletter_reasons`, the one table)."""


def _data_dir_option(fn: Callable[..., None]) -> Callable[..., None]:
    """``--data-dir`` and ``--config``: the kiosk's own data directory or a clear refusal
    (:mod:`kiosk.commands.datadir`)."""
    return data_dir_option(config_option(fn))


_reason_option = click.option(
    "--reason",
    type=click.Choice(REASONS),
    required=True,
    help="Why (recorded in the audit log): "
    + "; ".join(f"{code}: {words}" for code, words in DECISION_REASONS.items())
    + ".",
)


def audit_log_hook(data_dir: Path, reason: str) -> AuditHook:
    """Record operator decisions in the hash-chained audit log (``deadletter.decision``)."""
    from kiosk.records.audit import AuditLog

    def hook(event: AuditEvent) -> None:
        decision = {"retry": "retry", "cancel": "discard"}[event.action]
        with AuditLog.in_data_dir(data_dir) as log:
            log.record(
                "deadletter.decision",
                event.actor,
                tx=event.tx_id,
                decision=decision,
                reason=reason,
                backend=event.backend,
            )

    return hook


AuditFactory = Callable[[Path, str], AuditHook]


def _audit_factory() -> AuditFactory:
    ctx = click.get_current_context()
    obj = ctx.find_root().obj
    if isinstance(obj, dict) and callable(obj.get("queue_audit")):
        factory: AuditFactory = obj["queue_audit"]
        return factory
    return audit_log_hook


def _open(data_dir: Path) -> tuple[Store, Outbox]:
    """The existing queue database of ``data_dir`` (never a new, empty one)."""
    existing_file(data_dir, DB_NAME, "queue database (queue.db)")
    try:
        store = open_store(data_dir)
    except StoreError as exc:
        click.echo(f"queue database unavailable: {exc.key}", err=True)
        sys.exit(2)
    return store, Outbox(store, None)


def _item_dict(item: ItemView) -> dict[str, Any]:
    out: dict[str, Any] = vars(item).copy()
    if item.state == State.DEAD.value:
        why = explain(item)
        out["reason"] = {
            "kind": why.reason.kind,
            "text": why.text,
            "key": why.key,
            "holds_lane": why.reason.holds_lane and item.ordered,
            "resident": why.reason.resident,
            "action": why.reason.action,
        }
    return out


def _age(seconds: float | None) -> str:
    if seconds is None:
        return "-"
    seconds = max(0.0, seconds)
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size:
            return f"{seconds / size:.1f}{unit}"
    return f"{seconds:.0f}s"


@click.group(name="queue")
def queue() -> None:
    """Offline queue: status, retry, cancel, purge."""


@queue.command(name="status")
@_data_dir_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def status_command(data_dir: Path | None, config_path: Path | None, as_json: bool) -> None:
    """Counts per state and per lane, and the age of the oldest waiting item."""
    data_dir = find_data_dir(data_dir, config_path)
    store, outbox = _open(data_dir)
    try:
        st = outbox.status()
        alerts = [vars(a) for a in store.alerts]
        dead = dead_counts(outbox)
    finally:
        store.close()
    if as_json:
        out: dict[str, Any] = st.as_dict()
        out["degraded"] = bool(alerts)
        out["alerts"] = alerts
        out["dead_reasons"] = dead
        click.echo(json.dumps(out, sort_keys=True))
        return
    for a in alerts:
        click.echo(f"ALERT {a['key']}: {a['reason']} database moved aside to {a['path']}")
    click.echo("  ".join(f"{s.value}={st.counts[s.value]}" for s in State))
    click.echo(f"oldest waiting: {_age(st.oldest_pending_age)}")
    if any(dead.values()):
        click.echo(
            "dead: "
            + "  ".join(f"{k.replace('_', ' ')}={n}" for k, n in dead.items() if n)
            + "  (kiosk queue list: why, and what to do)"
        )
    click.echo(f"unordered items (no lane, active or dead): {st.unordered}")
    if st.lanes:
        click.echo(f"{'LANE':<44} {'BACKEND':<12} {'ACTIVE':>6} {'HEAD':<10} {'OLDEST':>8}")
        for lane in st.lanes:
            click.echo(
                f"{lane.lane:<44} {lane.backend:<12} {lane.active:>6} {lane.head_state:<10} "
                f"{_age(lane.oldest_age):>8}"
            )


@queue.command(name="list")
@_data_dir_option
@click.option(
    "--state",
    "states",
    multiple=True,
    type=click.Choice([s.value for s in State]),
    help="Only these states (repeatable). Default: dead and unknown.",
)
@click.option("--limit", type=int, default=100, show_default=True)
@click.option("--json", "as_json", is_flag=True)
def list_command(
    data_dir: Path | None,
    config_path: Path | None,
    states: tuple[str, ...],
    limit: int,
    as_json: bool,
) -> None:
    """Items (reference, back end, lane, state, attempts, last error): never payloads."""
    data_dir = find_data_dir(data_dir, config_path)
    store, outbox = _open(data_dir)
    try:
        wanted = [State(s) for s in states] or [State.DEAD, State.UNKNOWN]
        items = outbox.items(states=wanted, limit=limit)
    finally:
        store.close()
    if as_json:
        click.echo(json.dumps([_item_dict(i) for i in items], sort_keys=True))
        return
    now = time.time()
    for i in items:
        lane = i.lane[:24] if i.ordered else "-"
        line = (
            f"{i.reference}  {i.backend:<10} {lane:<24} {i.state:<9} attempts={i.attempts} "
            f"age={_age(now - i.created_at)}"
        )
        if i.state == State.DEAD.value:
            why = explain(i)
            held = " [holds its lane]" if why.reason.holds_lane and i.ordered else ""
            click.echo(f"{line} {why.text}{held}")
            click.echo(f"    resident told: {why.reason.resident}")
            click.echo(f"    to do: {why.reason.action}")
        else:
            click.echo(f"{line} error={i.last_error or '-'}")


def _operator(action: str, data_dir: Path, ident: str, reason: str) -> None:
    store, outbox = _open(data_dir)
    hook = _audit_factory()(data_dir, reason)
    try:
        fn = outbox.retry if action == "retry" else outbox.cancel
        view: ItemView = fn(ident, actor="technician", audit=hook)
    except OutboxError as exc:
        click.echo(f"{action} refused: {exc.key}", err=True)
        sys.exit(1)
    finally:
        store.close()
    click.echo(f"{view.reference} {view.tx_id}: now {view.state}")


@queue.command(name="retry")
@_data_dir_option
@_reason_option
@click.argument("ident", metavar="ID")
def retry_command(data_dir: Path | None, config_path: Path | None, reason: str, ident: str) -> None:
    """Requeue a dead (or unknown, or backing-off) item, same transaction id.

    ID is the receipt reference (K7QX-3M9P), the transaction id or the row id. An item whose last
    attempt was ambiguous is reconciled with the back end before anything is resent.
    """
    _operator("retry", find_data_dir(data_dir, config_path), ident, reason)


@queue.command(name="cancel")
@_data_dir_option
@_reason_option
@click.argument("ident", metavar="ID")
def cancel_command(
    data_dir: Path | None, config_path: Path | None, reason: str, ident: str
) -> None:
    """Cancel an item that is not being sent; its payload is shredded."""
    _operator("cancel", find_data_dir(data_dir, config_path), ident, reason)


@queue.command(name="purge")
@_data_dir_option
def purge_command(data_dir: Path | None, config_path: Path | None) -> None:
    """Apply the retention policy now (shred old payloads, delete old metadata, checkpoint)."""
    store, outbox = _open(find_data_dir(data_dir, config_path))
    try:
        r = outbox.purge()
    finally:
        store.close()
    click.echo(
        f"payloads shredded={r.payloads_shredded} dead purged={r.dead_purged} "
        f"rows deleted={r.rows_deleted}"
    )
