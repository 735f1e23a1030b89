"""``kiosk diag all``: the technician's whole diagnostics report on the command line.

The same report as the technician screen (:mod:`kiosk.diagnostics`): device states and
self-tests, queue counts by state and the last sync per back end (never an item or a payload),
back-end reachability and clock skew, disk and memory, CRL age, software and configuration
versions, store alerts. Registered in ``kiosk/cli.py`` under ``diag`` as ``all``.

Exit codes: 0 everything ok (or disabled), 1 warnings, 2 errors.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import click

from kiosk.config import ConfigError, KioskConfig, load_config, load_demo_config
from kiosk.diagnostics import ERROR, WARNING, Check, collect_standalone

EXIT_OK = 0
EXIT_WARNING = 1
EXIT_ERROR = 2


def _config(config_path: Path | None, data_dir: Path | None) -> KioskConfig:
    if config_path is None:  # the installed kiosk's own configuration when there is one
        from kiosk.commands.datadir import INSTALLED_CONFIG

        env = os.environ.get("KIOSK_CONFIG")
        config_path = Path(env) if env else INSTALLED_CONFIG if INSTALLED_CONFIG.is_file() else None
    try:
        config = load_demo_config() if config_path is None else load_config(config_path)
    except ConfigError as exc:
        click.echo(exc.text(), err=True)
        sys.exit(EXIT_ERROR)
    return config if data_dir is None else config.with_data_dir(data_dir)


def _human(check: Check) -> str:
    details = ", ".join(f"{k}={_short(v)}" for k, v in check.details.items())
    key = f" [{check.key}]" if check.key else ""
    return f"{check.name:<12} {check.status.upper():<8}{key} {details}".rstrip()


def _short(value: Any) -> str:
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}:{_short(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(_short(v) for v in value) + "]"
    return str(value)


@click.command(name="all")
@click.option(
    "--config",
    "config_path",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Kiosk configuration (TOML). Default: $KIOSK_CONFIG, the installed "
    "/etc/ecitizen-kiosk/kiosk.toml, else the embedded demo configuration.",
)
@click.option("--data-dir", type=click.Path(path_type=Path, file_okay=False), default=None)
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.option("--no-devices", is_flag=True, help="Skip the device probes (queue, network only).")
@click.option("--test-page", is_flag=True, help="Also print a test receipt.")
@click.option("--camera", "camera_test", is_flag=True, help="Also open the camera briefly.")
@click.option("--timeout", type=float, default=3.0, show_default=True, help="Seconds per step.")
def diag_all(
    config_path: Path | None,
    data_dir: Path | None,
    as_json: bool,
    no_devices: bool,
    test_page: bool,
    camera_test: bool,
    timeout: float,
) -> None:
    """Everything a technician checks, in one report (no personal data, no queue contents)."""
    config = _config(config_path, data_dir)
    report = collect_standalone(
        config,
        devices=not no_devices,
        print_page=test_page,
        camera=camera_test,
        timeout=timeout,
    )
    if as_json:
        click.echo(json.dumps(report.as_dict(), indent=2, sort_keys=True, ensure_ascii=False))
    else:
        click.echo(f"diagnostics at {report.at}: {report.worst}")
        for check in report.checks:
            click.echo(_human(check))
    worst = report.worst
    sys.exit(EXIT_ERROR if worst == ERROR else EXIT_WARNING if worst == WARNING else EXIT_OK)
