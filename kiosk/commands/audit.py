"""``kiosk audit``: verify and read the hash-chained audit log (see :mod:`kiosk.audit`).

Register in ``kiosk/cli.py`` with ``cli.add_command(audit)`` (``from kiosk.commands.audit import
audit``).
"""

from __future__ import annotations

import json
from pathlib import Path

import click

from kiosk.audit import AUDIT_FILE_NAME, Checkpoint, load_key, read_entries, verify
from kiosk.config import ConfigError, load_config

DEFAULT_DATA_DIR = Path("/var/lib/ecitizen-kiosk")


def _audit_path(data_dir: Path, file: Path | None, config: Path | None = None) -> Path:
    if file is not None:
        return file
    if config is not None:
        try:
            data_dir = load_config(config).paths.data_dir
        except ConfigError as exc:
            raise click.ClickException(exc.text()) from None
    return data_dir / AUDIT_FILE_NAME


_data_dir_option = click.option(
    "--data-dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=DEFAULT_DATA_DIR,
    show_default=True,
    envvar="KIOSK_DATA_DIR",
    help="Kiosk data directory holding audit.jsonl.",
)
_config_option = click.option(
    "--config",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Take the data directory from this kiosk configuration.",
)
_file_argument = click.argument(
    "file", required=False, type=click.Path(dir_okay=False, path_type=Path)
)


@click.group(name="audit")
def audit() -> None:
    """Verify and read the tamper-evident audit log."""


@audit.command(name="verify")
@_data_dir_option
@_config_option
@click.option(
    "--key-file",
    type=click.Path(dir_okay=False, exists=True, path_type=Path),
    help="HMAC key of this kiosk: also check every entry's MAC.",
)
@click.option(
    "--anchor",
    metavar="SEQ:HASH",
    help="A checkpoint shipped off the box: it must be in the chain (detects truncation).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
@_file_argument
def verify_command(
    data_dir: Path,
    config: Path | None,
    key_file: Path | None,
    anchor: str | None,
    as_json: bool,
    file: Path | None,
) -> None:
    """Check every entry, the hash chain and the order. Exit 1 on the first bad entry."""
    path = _audit_path(data_dir, file, config)
    checkpoint = None
    if anchor is not None:
        try:
            checkpoint = Checkpoint.parse(anchor)
        except ValueError as exc:
            raise click.BadParameter(str(exc), param_hint="--anchor") from None
    key = None
    if key_file is not None:
        try:
            key = load_key(key_file)
        except (OSError, ValueError) as exc:
            raise click.BadParameter(str(exc), param_hint="--key-file") from None
    result = verify(path, key=key, anchor=checkpoint)
    if as_json:
        click.echo(
            json.dumps(
                {
                    "file": str(path),
                    "ok": result.ok,
                    "reason": result.reason,
                    "entries": result.entries,
                    "last_seq": result.last_seq,
                    "head": result.head_hash,
                    "first_bad_seq": result.first_bad_seq,
                    "line": result.line,
                    "mac_checked": result.mac_checked,
                    "torn_writes": result.torn_writes,
                },
                sort_keys=True,
            )
        )
    else:
        click.echo(f"{path}: {result.describe()}")
    if not result.ok:
        raise SystemExit(1)


@audit.command(name="tail")
@_data_dir_option
@_config_option
@click.option("-n", "--lines", "count", default=20, show_default=True, type=click.IntRange(1))
@click.option("--json", "as_json", is_flag=True, help="Print the raw JSON lines.")
@_file_argument
def tail_command(
    data_dir: Path, config: Path | None, count: int, as_json: bool, file: Path | None
) -> None:
    """Show the last entries (unverified; run ``kiosk audit verify`` to check them)."""
    path = _audit_path(data_dir, file, config)
    if not path.exists():
        raise click.ClickException(f"{path}: no audit log")
    last: list[dict[str, object]] = []
    for entry in read_entries(path):
        last.append(entry)
        if len(last) > count:
            last.pop(0)
    for entry in last:
        if as_json:
            click.echo(json.dumps(entry, sort_keys=True))
        else:
            fields = entry.get("fields")
            pairs = (
                " ".join(f"{k}={v}" for k, v in sorted(fields.items()))
                if isinstance(fields, dict)
                else ""
            )
            click.echo(
                f"{entry.get('seq'):>6} {entry.get('time')} {entry.get('event'):<20} "
                f"{entry.get('actor'):<10} {pairs}"
            )
