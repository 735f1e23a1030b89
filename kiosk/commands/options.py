"""What the technician's commands share: the ``--json`` and per-step ``--timeout`` options, the
type of an option naming an existing file, and :func:`finish` (the report as JSON or as text,
then the exit status)."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

import click

EXISTING_FILE = click.Path(exists=True, dir_okay=False, path_type=Path)
"""An option's or argument's type: a file that must exist (a directory is refused)."""

json_option = click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
step_timeout_option = click.option(
    "--timeout", type=float, default=3.0, show_default=True, help="Seconds per step."
)


def finish(
    report: dict[str, object], code: int, as_json: bool, human: Callable[[], None]
) -> NoReturn:
    """``report`` with its ``exit_code``: as indented JSON, or told by ``human``; then exit
    with ``code``."""
    report["exit_code"] = code
    if as_json:
        click.echo(json.dumps(report, indent=2))
    else:
        human()
    sys.exit(code)
