"""Which data directory a technician's CLI command works on (issue #15 item 14).

The kiosk's data directory is the ``[paths] data_dir`` of its installed configuration. A command
takes, in order: ``--data-dir`` (or ``$KIOSK_DATA_DIR``); the data directory of ``--config``
(or ``$KIOSK_CONFIG``); the data directory of the installed ``/etc/ecitizen-kiosk/kiosk.toml``.
With none of them it refuses, in one line, with exit status 2: it never guesses a directory,
and a command that only reads never creates a database (``kiosk queue status`` on the wrong
directory used to make an empty ``queue.db`` and report an empty queue).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from kiosk.config import ConfigError, load_config

INSTALLED_CONFIG = Path("/etc/ecitizen-kiosk/kiosk.toml")
EXIT_REFUSED = 2

data_dir_option = click.option(
    "--data-dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    envvar="KIOSK_DATA_DIR",
    help="Kiosk data directory (default: [paths] data_dir of the kiosk's configuration).",
)
config_option = click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    envvar="KIOSK_CONFIG",
    help=f"Kiosk configuration whose data directory to use (default: {INSTALLED_CONFIG}).",
)


def refuse(message: str) -> None:
    """One line on stderr, exit status 2."""
    click.echo(message, err=True)
    sys.exit(EXIT_REFUSED)


def default_config(installed: Path | None = None) -> Path | None:
    """The configuration a command reads when none is named: ``$KIOSK_CONFIG``, else the
    installed one (``installed``, by default :data:`INSTALLED_CONFIG`) when it is there, else
    None."""
    env = os.environ.get("KIOSK_CONFIG")
    if env:
        return Path(env)
    installed = INSTALLED_CONFIG if installed is None else installed
    return installed if installed.is_file() else None


def find_data_dir(
    data_dir: Path | None, config_path: Path | None, *, installed: Path = INSTALLED_CONFIG
) -> Path:
    """The data directory to use, or a one-line refusal (exit 2) when none can be found.

    ``installed`` is the installed configuration's path (tests pass their own); ``$KIOSK_CONFIG``
    is read by the ``--config`` option itself.
    """
    if data_dir is not None:
        if not data_dir.is_dir():
            refuse(f"no kiosk data directory at {data_dir}")
        return data_dir
    if config_path is None:
        config_path = default_config(installed)
    if config_path is None:
        refuse(
            f"no kiosk configuration found ({installed} is missing): "
            "pass --config FILE or --data-dir DIR"
        )
        raise AssertionError("unreachable")  # refuse() exits
    try:
        found = load_config(config_path).paths.data_dir
    except ConfigError as exc:
        refuse(" ".join(exc.text().split()))
        raise AssertionError("unreachable") from None
    if not found.is_dir():
        refuse(f"no kiosk data directory at {found} (from {config_path})")
    return found


def existing_file(data_dir: Path, name: str, what: str) -> Path:
    """``data_dir/name`` when it exists; otherwise a one-line refusal (exit 2): reading never
    creates it."""
    path = data_dir / name
    if not path.is_file():
        refuse(f"no {what} in {data_dir} (is this the kiosk's data directory?)")
    return path
