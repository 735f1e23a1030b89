"""``kiosk update``: the kiosk's updater (issue #19, docs/updates.md).

``kiosk update run``
    one pass of the updater (kiosk.updates.updater): resume an interrupted update, then install
    the target this kiosk was told last if the window is open and no resident is there, behind
    the health gate with automatic rollback. Run by ``kiosk-update.service`` (root) at boot, on
    its timer and when the kiosk records a new target. ``--manager process`` runs the kiosk
    itself instead of through systemd and ``--source-dir`` takes packages from a directory:
    development and demos only (refused in production mode).
``kiosk update status``
    the updater's record: phase, current/previous/target, the last result and why.
``kiosk update target VERSION [--ring R]`` / ``kiosk update target --clear``
    a technician sets (or clears) the target locally, as the fleet's ``update.set_target`` does.
``kiosk update queue-head``, ``kiosk update queue-downgrade --to REV``
    used by the updater on *this release's* code: its queue schema head, and taking the queue
    back to an older release's revision before a rollback (kiosk.updates.queue_schema).
"""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

import click

from kiosk.commands.datadir import config_option, refuse
from kiosk.config import ConfigError, KioskConfig, Mode, load_config

INSTALLED_CONFIG = Path("/etc/ecitizen-kiosk/kiosk.toml")


def _config(config_path: Path | None) -> KioskConfig:
    path = config_path or INSTALLED_CONFIG
    try:
        return load_config(path)
    except ConfigError as exc:
        refuse(" ".join(exc.text().split()))
        raise AssertionError("unreachable") from None


@click.group()
def update() -> None:
    """Safe updates: releases side by side, health gate, automatic rollback."""


@update.command("run")
@config_option
@click.option(
    "--manager",
    type=click.Choice(["systemd", "process"]),
    default="systemd",
    show_default=True,
    help="Who runs the kiosk: its systemd unit, or this command itself (development).",
)
@click.option(
    "--source-dir",
    type=click.Path(file_okay=False, exists=True, path_type=Path),
    default=None,
    help="Take packages from this directory instead of the signed repository (not production).",
)
@click.option(
    "--kiosk-arg",
    "kiosk_args",
    multiple=True,
    help="With --manager process: an argument for `kiosk run` (repeat).",
)
@click.option(
    "--if-provisioned",
    is_flag=True,
    help="Do nothing (and succeed) when the configuration does not exist yet: the package is "
    "installed but `kiosk provision install` has not run (kiosk-update.service).",
)
def run_command(
    config_path: Path | None,
    manager: str,
    source_dir: Path | None,
    kiosk_args: tuple[str, ...],
    if_provisioned: bool,
) -> None:
    """One pass of the updater."""
    from kiosk.updates.build import build_updater, process_service

    path = config_path or INSTALLED_CONFIG
    if if_provisioned and not path.exists():
        # The timer fires every 15 min from the package's installation on; a kiosk that is not
        # provisioned yet has nothing to update and must not log a failure every time. (Not a
        # unit condition: a condition-skipped oneshot leaves OnUnitInactiveSec= with no
        # inactive time to count from, so the timer would never fire again.)
        click.echo(f"not provisioned yet ({path} does not exist): nothing to update")
        return
    config = _config(config_path)
    production = config.kiosk.mode is Mode.PRODUCTION
    if production and (manager != "systemd" or source_dir is not None):
        refuse("production kiosks update only from the signed repository, under systemd")
    service = None
    if manager == "process":
        service = process_service(config, list(kiosk_args) or ["run"])
    updater = build_updater(config, source_dir=source_dir, service=service)
    try:
        record = updater.run_once()
    finally:
        if manager == "process":
            # the kiosk started here goes on running only as long as this command does
            close = getattr(updater.service, "close", None)
            if callable(close):
                click.echo("(process manager: stopping the kiosk this command started)", err=True)
                close()
    click.echo(_describe(record))


def _describe(record: Any) -> str:
    last = record.last
    lines = [
        f"phase     {record.phase.value}" + (f" ({record.detail})" if record.detail else ""),
        f"current   {record.current or '-'}",
        f"previous  {record.previous or '-'}",
        f"target    {record.target or '-'}" + (f" (ring {record.ring})" if record.ring else ""),
    ]
    if last is not None:
        why = f" {last.reason}" if last.outcome != "serving" else ""
        checks = f" [{', '.join(last.checks)}]" if last.checks else ""
        lines.append(f"last      {last.version}: {last.outcome}{why}{checks}")
    if record.bad_versions:
        lines.append(f"refused   {', '.join(record.bad_versions)} (failed their health gate)")
    return "\n".join(lines)


@update.command("status")
@config_option
@click.option("--json", "as_json", is_flag=True)
def status(config_path: Path | None, as_json: bool) -> None:
    """The updater's record (what runs, the target, the last result)."""
    from kiosk.updates.releases import ReleaseStore
    from kiosk.updates.state import StateFile

    config = _config(config_path)
    record = StateFile(config.updates.state_dir).load()
    releases = ReleaseStore(config.updates.root)
    record = record.with_(current=releases.current(), previous=releases.previous())
    if as_json:
        from kiosk.updates.state import _jsonable

        click.echo(json.dumps(_jsonable(asdict(record)), indent=1, sort_keys=True))
    else:
        click.echo(_describe(record))


@update.command("target")
@config_option
@click.argument("version", required=False)
@click.option("--ring", default="local", show_default=True)
@click.option("--clear", is_flag=True, help="No target: stay on the running release.")
def target(config_path: Path | None, version: str | None, ring: str, clear: bool) -> None:
    """Set (or clear) the release this kiosk should run."""
    from kiosk.updates.releases import VERSION_RE
    from kiosk.updates.state import Target, write_target

    if clear == (version is not None):
        raise click.UsageError("give a VERSION or --clear")
    if version is not None and VERSION_RE.fullmatch(version) is None:
        raise click.UsageError(f"{version!r} is not a release version")
    config = _config(config_path)
    write_target(config.paths.data_dir, Target(version or "", ring))
    click.echo(f"target {version or 'cleared'}")


@update.command("queue-head")
def queue_head() -> None:
    """This release's queue schema revision (its newest migration)."""
    from offline_queue.store.migrate import head

    click.echo(head())


@update.command("queue-downgrade")
@click.option(
    "--data-dir",
    type=click.Path(file_okay=False, exists=True, path_type=Path),
    required=True,
)
@click.option("--to", "revision", required=True, help="The revision to go back to.")
def queue_downgrade(data_dir: Path, revision: str) -> None:
    """Take the queue back to an older release's schema (the kiosk must be stopped)."""
    from kiosk.updates.queue_schema import downgrade_here

    try:
        before = downgrade_here(data_dir, revision)
    except Exception as exc:  # alembic's errors, SQLite's: one line, exit 1
        click.echo(f"queue downgrade failed: {type(exc).__name__}: {exc}", err=True)
        sys.exit(1)
    click.echo(f"queue schema {before} -> {revision}" if before else f"queue schema at {revision}")
