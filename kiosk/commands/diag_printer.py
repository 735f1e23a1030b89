"""``kiosk diag printer``: printer status fields and an optional test page.

The kiosk's own printer by default: the URI and profile of ``[devices.printer]`` in the kiosk's
configuration (``--config``, ``$KIOSK_CONFIG``, else the installed
``/etc/ecitizen-kiosk/kiosk.toml``), built by the factory the composition root builds the
kiosk's printer with (:mod:`kiosk.runtime.devices`). ``--uri`` and ``--profile`` override them (a
``profile=`` in the URI wins); without a configuration, ``usb://auto`` with the detected model's
profile.

Register in ``kiosk/cli.py`` under the ``diag`` group:
``from kiosk.commands.diag_printer import printer`` then ``diag.add_command(printer)``.

Exit codes: 0 ready (also paper near end), 1 not found / offline, 2 paper out, cover open or
printer error (or the test page did not print), 3 connected but the printer does not answer
status requests (unknown).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import click

from drivers.device import DeviceState
from drivers.printer import PrinterDevice, PrintOutcome
from kiosk.commands.datadir import config_option, default_config, refuse
from kiosk.commands.options import finish, json_option, step_timeout_option
from kiosk.config import ConfigError, PrinterSection, load_config
from kiosk.diagnostics.report import build_test_page
from kiosk.runtime.devices import check_printer_uri, printer_device, printer_uri

__all__ = ["build_test_page", "printer"]

EXIT_OK = 0
EXIT_OFFLINE = 1
EXIT_PAPER_OR_ERROR = 2
EXIT_UNKNOWN = 3


def _exit_code(state: DeviceState, outcome: PrintOutcome | None, service: PrinterDevice) -> int:
    status = service.status
    if state is DeviceState.ABSENT:
        return EXIT_OFFLINE
    if status.responded and (status.paper_out or status.cover_open or status.error):
        return EXIT_PAPER_OR_ERROR
    if state is DeviceState.ERROR or (status.responded and status.online is False):
        return EXIT_OFFLINE
    if outcome is not None and not outcome.printed:
        return EXIT_PAPER_OR_ERROR
    if not status.responded:
        return EXIT_UNKNOWN
    return EXIT_OK


def _configured(config_path: Path | None) -> PrinterSection | None:
    """``[devices.printer]`` of the kiosk's configuration, None without one; a configuration
    that does not load is a one-line refusal (exit 2)."""
    if config_path is None:
        config_path = default_config()
    if config_path is None:
        return None
    try:
        return load_config(config_path).devices.printer
    except ConfigError as exc:
        refuse(" ".join(exc.text().split()))
        raise AssertionError("unreachable") from None


def _probe_uri(config_path: Path | None, uri: str | None, profile: str | None) -> str:
    """The URI to probe with its profile, as the kiosk builds its printer's."""
    section = _configured(config_path)
    if section is None:
        section = PrinterSection()  # usb://auto, the detected model's profile
    elif uri is None and section.driver == "disabled":
        refuse("the printer is disabled in the kiosk's configuration: pass --uri to probe one")
    update: dict[str, str] = {}
    if uri is not None:
        update["uri"] = uri
    if profile is not None:
        update["profile"] = profile
    return printer_uri(section.model_copy(update=update))


@click.command(name="printer")
@click.option(
    "--uri",
    envvar="KIOSK_PRINTER_URI",
    default=None,
    help="usb://VID:PID | usb://auto | serial:///dev/ttyX?baudrate=N | tcp://host:port "
    "(default: the configured printer's, else usb://auto)",
)
@click.option(
    "--profile",
    default=None,
    help="Printer model profile (default: the configured one; a profile= in the URI wins).",
)
@config_option
@click.option("--test-page", is_flag=True, help="Print a test receipt with a QR code.")
@json_option
@step_timeout_option
def printer(
    uri: str | None,
    profile: str | None,
    config_path: Path | None,
    test_page: bool,
    as_json: bool,
    timeout: float,
) -> None:
    """Show the receipt printer's status; with --test-page print a test receipt."""
    uri = _probe_uri(config_path, uri, profile)
    try:
        check_printer_uri(uri)
        service = printer_device(uri, probe_timeout=timeout)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--uri/--profile") from exc
    outcome: PrintOutcome | None = None
    with service:
        service.refresh_status(timeout=timeout * 4 + 5)
        state = service.state
        model = service.profile
        if test_page and state is not DeviceState.ABSENT:
            doc = build_test_page(uri, model.name if model else "?", datetime.now(UTC))
            outcome = service.print_document(doc, timeout=timeout * 10 + 30)
            state = service.state
        code = _exit_code(state, outcome, service)
        report: dict[str, object] = {
            "uri": uri,
            "state": state.value,
            "problem": service.problem_key,
            "profile": model.name if model else None,
            "status": service.status.as_dict(),
            "exit_code": code,
        }
        if test_page:
            report["test_page"] = (
                None
                if outcome is None
                else {
                    "result": outcome.result.value,
                    "confirmed": outcome.confirmed,
                    "bytes": outcome.bytes_sent,
                    "ms": round(outcome.elapsed_s * 1000, 1),
                }
            )

    def human() -> None:
        status = service.status
        click.echo(f"printer:      {uri}")
        click.echo(f"state:        {state.value}")
        click.echo(f"problem:      {service.problem_key or '-'}")
        click.echo(f"profile:      {report['profile'] or '-'}")
        click.echo(f"answers:      {'yes' if status.responded else 'no (status unknown)'}")
        click.echo(f"online:       {status.online}")
        click.echo(f"cover open:   {status.cover_open}")
        click.echo(f"paper:        {status.paper.value}")
        click.echo(f"error:        {status.error} ({status.error_cause.value})")
        if test_page:
            click.echo(
                "test page:    "
                + ("not sent (no printer)" if outcome is None else outcome.result.value)
            )

    finish(report, code, as_json, human)
