"""The ``kiosk`` command: run the kiosk, check configuration, diagnostics and operations."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import click

from kiosk.config import ConfigError, KioskConfig, load_config, load_demo_config


def _load(config_path: Path | None, data_dir: Path | None) -> KioskConfig:
    try:
        config = load_demo_config() if config_path is None else load_config(config_path)
    except ConfigError as exc:
        click.echo(exc.text(), err=True)
        sys.exit(2)
    if data_dir is not None:
        config = config.with_data_dir(data_dir)
    return config


class LazyGroup(click.Group):
    """A group whose subcommands are imported only when used (keeps ``kiosk run`` start fast).

    Args:
        lazy: command name → ``"module:attribute"`` of a ``click.Command``.
    """

    def __init__(self, *args: object, lazy: dict[str, str] | None = None, **kwargs: object):
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.lazy = dict(lazy or {})

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted([*super().list_commands(ctx), *self.lazy])

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.lazy:
            module_name, attribute = self.lazy[cmd_name].split(":")
            command = getattr(importlib.import_module(module_name), attribute)
            assert isinstance(command, click.Command)
            return command
        return super().get_command(ctx, cmd_name)


@click.group(
    cls=LazyGroup,
    lazy={
        "audit": "kiosk.commands.audit:audit",
        "fleet": "kiosk.commands.fleet:fleet",
        "provision": "kiosk.commands.provision:provision",
        "queue": "kiosk.commands.queue:queue",
        "update": "kiosk.commands.update:update",
    },
    context_settings={"help_option_names": ["-h", "--help"]},
)
@click.version_option(package_name="ecitizen-kiosk")
def main() -> None:
    """eCitizen Kiosk: the software of the city's public self-service terminals."""


@main.command()
@click.option(
    "--config",
    "config_path",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Kiosk configuration (TOML). Default: the embedded demo configuration.",
)
@click.option("--data-dir", type=click.Path(path_type=Path, file_okay=False), default=None)
@click.option("--windowed", is_flag=True, help="Run in a normal window (development).")
def run(config_path: Path | None, data_dir: Path | None, windowed: bool) -> None:
    """Start the kiosk."""
    config = _load(config_path, data_dir)
    # The CLI is the process entry point, the one place allowed to reach up into the UI layer.
    from ui.main import run_kiosk

    sys.exit(run_kiosk(config, windowed=windowed))


@main.group()
def config() -> None:
    """Configuration tools."""


@config.command("check")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
def config_check(file: Path) -> None:
    """Validate a configuration FILE; name every bad field and why."""
    try:
        checked = load_config(file)
    except ConfigError as exc:
        click.echo(exc.text(), err=True)
        sys.exit(2)
    click.echo(
        f"{file}: OK (kiosk {checked.kiosk.id}, mode {checked.kiosk.mode.value}, "
        f"{len(checked.services.enabled)} services)"
    )


@main.group(
    cls=LazyGroup,
    lazy={
        "card": "kiosk.commands.diag_card:card",
        "printer": "kiosk.commands.diag_printer:printer",
        "camera": "kiosk.commands.diag_camera:camera",
        "fingerprint": "kiosk.commands.diag_fingerprint:fingerprint",
        "all": "kiosk.commands.diag_all:diag_all",
    },
)
def diag() -> None:
    """Technician diagnostics (no personal data is ever shown)."""


if __name__ == "__main__":  # pragma: no cover
    main()
