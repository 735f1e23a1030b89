"""``kiosk audit``: verify and read the hash-chained audit log (see :mod:`kiosk.records.audit`).

Register in ``kiosk/cli.py`` with ``cli.add_command(audit)`` (``from kiosk.commands.audit import
audit``).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import click

from kiosk.commands.options import EXISTING_FILE
from kiosk.config import ConfigError, load_config
from kiosk.records.audit import (
    ANCHOR_FILE_NAME,
    AUDIT_FILE_NAME,
    Checkpoint,
    CheckpointError,
    load_key,
    read_anchor,
    read_entries,
    verify,
)
from kiosk.security.credentials import AUDIT_KEY, PLAIN_FILES, SEALED_DIR, decrypt_sealed

DEFAULT_DATA_DIR = Path("/var/lib/ecitizen-kiosk")


def _audit_path(data_dir: Path | None, file: Path | None, config: Path | None = None) -> Path:
    if file is not None:
        return file
    if data_dir is None and config is None:
        # the installed kiosk's own log ($KIOSK_CONFIG or /etc/ecitizen-kiosk/kiosk.toml), or
        # a one-line refusal (exit 2): never a guessed directory (issue #15 item 14)
        from kiosk.commands.datadir import find_data_dir

        return find_data_dir(None, None) / AUDIT_FILE_NAME
    if config is not None:
        try:
            data_dir = load_config(config).paths.data_dir
        except ConfigError as exc:
            raise click.ClickException(exc.text()) from None
    assert data_dir is not None
    return data_dir / AUDIT_FILE_NAME


_data_dir_option = click.option(
    "--data-dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    envvar="KIOSK_DATA_DIR",
    help="Kiosk data directory holding audit.jsonl (default: the data directory of --config, "
    "$KIOSK_CONFIG or the installed /etc/ecitizen-kiosk/kiosk.toml).",
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


def _find_key(path: Path, sealed: Path) -> tuple[bytes | None, str]:
    """The audit key and where it came from: ``$CREDENTIALS_DIRECTORY/audit-key`` (a process
    started by systemd with the credential), the sealed credential decrypted by
    ``systemd-creds`` (root on the kiosk), or the demo-mode plain file beside the log."""
    creds = os.environ.get("CREDENTIALS_DIRECTORY")
    if creds and (Path(creds) / AUDIT_KEY).is_file():
        return _raw_key(Path(creds) / AUDIT_KEY), "credentials"
    if sealed.is_file() and os.access(sealed, os.R_OK):
        opened = decrypt_sealed(AUDIT_KEY, sealed)
        if opened is None:
            raise click.ClickException(f"{sealed}: systemd-creds cannot decrypt the audit key")
        return opened, "sealed"
    plain = path.parent / PLAIN_FILES[AUDIT_KEY]
    if plain.is_file():
        return _raw_key(plain), "plain_file"
    return None, "none"


def _raw_key(path: Path) -> bytes:
    """A credential file of the kiosk: exactly its 32 bytes (``load_key`` would read a key that
    happens to be all hex digits as hex text)."""
    data = path.read_bytes()
    return data if len(data) == 32 else load_key(path)


def _shipped_anchor(data_dir: Path, key: bytes | None) -> tuple[Checkpoint | None, str]:
    """The newest acknowledged checkpoint: the local anchor (HMAC-checked with ``key``) or the
    queue's record of what the gateway acknowledged, whichever is further along."""
    best: Checkpoint | None = None
    source = "none"
    try:
        local = read_anchor(data_dir / ANCHOR_FILE_NAME, key)
    except CheckpointError as exc:
        raise click.ClickException(f"{data_dir / ANCHOR_FILE_NAME}: {exc.key}") from None
    if local is not None:
        best, source = local, "local_anchor"
    queue_db = data_dir / "queue.db"
    if queue_db.is_file():
        from kiosk.records.audit_checkpoints import acknowledged_in_file

        acked = acknowledged_in_file(queue_db)
        if acked is not None and (best is None or acked.seq > best.seq):
            best, source = acked, "queue"
    return best, source


@audit.command(name="verify")
@_data_dir_option
@_config_option
@click.option(
    "--key-file",
    type=EXISTING_FILE,
    help="HMAC key of this kiosk (default: $CREDENTIALS_DIRECTORY/audit-key, the sealed "
    "credential via systemd-creds, or the demo key file beside the log).",
)
@click.option(
    "--sealed-key",
    type=click.Path(dir_okay=False, path_type=Path),
    default=SEALED_DIR / f"{AUDIT_KEY}.cred",
    show_default=True,
    help="The sealed audit key (decrypted with systemd-creds; root).",
)
@click.option("--no-key", is_flag=True, help="Check the hash chain only.")
@click.option(
    "--anchor",
    metavar="SEQ:HASH",
    help="A checkpoint shipped off the box (e.g. the city's last one): it must be in the chain "
    "(default: the last acknowledged checkpoint, from the local anchor or the queue).",
)
@click.option("--no-anchor", is_flag=True, help="Do not check against a shipped checkpoint.")
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
@_file_argument
def verify_command(
    data_dir: Path | None,
    config: Path | None,
    key_file: Path | None,
    sealed_key: Path,
    no_key: bool,
    anchor: str | None,
    no_anchor: bool,
    as_json: bool,
    file: Path | None,
) -> None:
    """Check every entry, the hash chain, the order, the MACs and the last shipped checkpoint.
    Exit 1 on the first bad entry, a cut tail or a forged anchor."""
    path = _audit_path(data_dir, file, config)
    key: bytes | None = None
    key_source = "none"
    if key_file is not None:
        try:
            key, key_source = load_key(key_file), "key_file"
        except (OSError, ValueError) as exc:
            raise click.BadParameter(str(exc), param_hint="--key-file") from None
    elif not no_key:
        try:
            key, key_source = _find_key(path, sealed_key)
        except (OSError, ValueError) as exc:
            raise click.ClickException(f"audit key: {exc}") from None
    checkpoint = None
    anchor_source = "none"
    if anchor is not None:
        try:
            checkpoint, anchor_source = Checkpoint.parse(anchor), "option"
        except ValueError as exc:
            raise click.BadParameter(str(exc), param_hint="--anchor") from None
    elif not no_anchor:
        checkpoint, anchor_source = _shipped_anchor(path.parent, key)
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
                    "key_source": key_source,
                    "anchor": None if checkpoint is None else str(checkpoint),
                    "anchor_source": anchor_source,
                },
                sort_keys=True,
            )
        )
    else:
        click.echo(f"{path}: {result.describe()}")
        if checkpoint is not None:
            click.echo(f"checked against shipped checkpoint {checkpoint} ({anchor_source})")
    if not result.ok:
        raise SystemExit(1)


@audit.command(name="tail")
@_data_dir_option
@_config_option
@click.option("-n", "--lines", "count", default=20, show_default=True, type=click.IntRange(1))
@click.option("--json", "as_json", is_flag=True, help="Print the raw JSON lines.")
@_file_argument
def tail_command(
    data_dir: Path | None, config: Path | None, count: int, as_json: bool, file: Path | None
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
                " ".join(f"{_cell(k)}={_cell(v)}" for k, v in sorted(fields.items()))
                if isinstance(fields, dict)
                else ""
            )
            click.echo(
                f"{_cell(entry.get('seq')):>6} {_cell(entry.get('time'))} "
                f"{_cell(entry.get('event')):<20} {_cell(entry.get('actor')):<10} {pairs}"
            )


def _cell(value: object) -> str:
    """An entry's value for one column, whatever its shape (hostile lines included)."""
    text = value if isinstance(value, str) else json.dumps(value, default=str)[:80]
    return text.encode("utf-8", "backslashreplace").decode("utf-8")
