"""``kiosk diag all``: the technician's whole diagnostics report on the command line.

The same report as the technician screen (:mod:`kiosk.diagnostics.report`): device states and
self-tests, queue counts by state and the last sync per back end (never an item or a payload),
back-end reachability and clock skew, disk and memory, CRL age, software and configuration
versions, store alerts. Registered in ``kiosk/cli.py`` under ``diag`` as ``all``.

Without a running kiosk, :func:`collect_standalone` opens its own short-lived probes from the
configuration, through the factories the composition root uses: each device
(:mod:`kiosk.runtime.devices`; the printer with its configured profile), the gateway client (in
production with mutual TLS, the device certificate and the city CA) and the existing queue file
for status queries (:mod:`kiosk.runtime.backends`; never an empty new one).

Exit codes: 0 everything ok (or disabled), 1 warnings, 2 errors.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from kiosk.commands.datadir import data_dir_option, default_config
from kiosk.commands.options import json_option, step_timeout_option
from kiosk.config import ConfigError, KioskConfig, load_config, load_demo_config
from kiosk.diagnostics.report import (
    DISABLED,
    ERROR,
    OK,
    UNKNOWN,
    WARNING,
    Check,
    Report,
    alerts_check,
    backend_check,
    camera_state,
    camera_test,
    card_check,
    fingerprint_test,
    guard,
    live_problems,
    now_iso,
    queue_check,
    software_check,
    system_check,
    test_print,
    trust_check,
)
from kiosk.runtime import backends
from kiosk.runtime import devices as device_factories

if TYPE_CHECKING:
    from kiosk.identity.trust import TrustStore
    from offline_queue.connectors.gateway import GatewayClient
    from offline_queue.store import Store

EXIT_OK = 0
EXIT_WARNING = 1
EXIT_ERROR = 2


def _standalone_printer(config: KioskConfig, print_page: bool, timeout: float) -> Check:
    section = config.devices.printer
    if section.driver == "disabled":
        return Check("printer", DISABLED)
    # the kiosk's own printer URI, with the configured profile (kiosk.runtime.app._start_printer)
    uri = device_factories.printer_uri(section)
    try:
        device_factories.check_printer_uri(uri)
    except ValueError:
        return Check("printer", ERROR, "printer.bad_uri", {"profile": section.profile})
    service = device_factories.printer_device(uri, probe_timeout=timeout)
    with service:
        service.refresh_status(timeout=timeout * 4 + 5)
        if print_page and service.state.value != "absent":
            return test_print(service, section.uri, timeout=timeout * 10 + 30)
        status = service.status
        state = service.state.value
        key = service.problem_key
        profile = service.profile
        return Check(
            "printer",
            OK if key is None and state == "ready" else ERROR,
            key,
            {
                "state": state,
                "paper": status.paper.value,
                "answers": status.responded,
                "profile": profile.name if profile else None,
            },
        )


def _standalone_fingerprint(config: KioskConfig) -> Check:
    section = config.devices.fingerprint
    if section.driver in ("disabled", "emulated"):
        # the emulated sensor lives inside the running demo kiosk: nothing to probe from here
        return Check("fingerprint", DISABLED if section.driver == "disabled" else UNKNOWN)
    service = device_factories.fingerprint_device(section.port, baudrate=section.baudrate)
    try:
        return fingerprint_test(service)
    finally:
        service.close()


def _standalone_trust(config: KioskConfig) -> TrustStore | None:
    section = config.devices.card_reader
    if section.driver == "disabled" or not section.ca_files:
        return None
    return device_factories.trust_store(section)


def collect_standalone(
    config: KioskConfig,
    *,
    devices: bool = True,
    print_page: bool = False,
    camera: bool = False,
    timeout: float = 3.0,
) -> Report:
    """The technician's report from the command line: opens the existing queue (status
    queries), the gateway, the trust store and (with ``devices``) each configured device
    briefly, all through the composition root's factories (:mod:`kiosk.runtime.devices`,
    :mod:`kiosk.runtime.backends`): the gateway client does what the running kiosk's does (mutual
    TLS in production), and a TLS problem (no device identity, a refused certificate) is the
    backend check's key and an alert."""
    from offline_queue.outbox import Outbox
    from offline_queue.store import StoreError

    checks: list[Check] = []
    problems: dict[str, str] = {}  # what the clients report, as KioskCore.problems
    trust: TrustStore | None = None
    try:
        trust = _standalone_trust(config)
    except (OSError, ValueError) as exc:
        checks.append(Check("trust", ERROR, "trust.unusable", {"error": type(exc).__name__}))
    if devices:
        if config.devices.card_reader.driver == "disabled":
            checks.append(Check("card_reader", DISABLED))
        else:
            reader = config.devices.card_reader.reader

            def card() -> Check:
                return card_check(
                    trust,
                    reader,
                    timeout,
                    scan_readers=device_factories.scan_readers,
                    open_card_session=device_factories.open_card_session,
                )

            checks.append(guard("card_reader", card))
        checks.append(guard("printer", lambda: _standalone_printer(config, print_page, timeout)))
        checks.append(guard("fingerprint", lambda: _standalone_fingerprint(config)))
        if camera and config.devices.camera.driver != "disabled":
            source = config.devices.camera.source

            def camera_check() -> Check:
                grabber = device_factories.camera_grabber(source, backoff=(timeout, timeout))
                return camera_test(grabber, timeout)

            checks.append(guard("camera", camera_check))
        else:
            checks.append(camera_state(config))
    store: Store | None = None
    try:
        # a report only reads: it never creates an empty queue (issue #15 item 14)
        store = backends.queue_store(config, existing=True)
    except StoreError as exc:
        checks.append(Check("queue", ERROR, exc.key))
    try:
        if store is not None:
            outbox = Outbox(store, None)
            checks.append(guard("queue", lambda: queue_check(outbox, store)))
        checks.append(guard("backend", lambda: _backend(config, problems)))
        reserve = config.paths.reserve_bytes
        system = guard("system", lambda: system_check(config.paths.data_dir, reserve))
        checks.append(system)
        if not any(c.name == "trust" for c in checks):
            checks.append(trust_check(trust))
        checks.append(software_check(config))
        checks.append(alerts_check(live_problems(problems, system), store))
    finally:
        if store is not None:
            store.close()
    return Report(now_iso(), tuple(checks))


def _backend(config: KioskConfig, problems: dict[str, str]) -> Check:
    """The gateway check over a client built as the kiosk builds its own; a failure caused by
    TLS says so (``tls.not_enrolled``, ``tls.handshake_failed``...) instead of only
    ``gateway.unavailable``."""
    from kiosk.security.tls import PROBLEM as TLS_PROBLEM

    city = backends.city_clients(config, problems)  # SEC-13: mutual TLS in production
    gateway: GatewayClient = backends.gateway_client(config, city)
    try:
        check = backend_check(gateway)
    finally:
        gateway.close()
    tls = problems.get(TLS_PROBLEM)
    if check.status == ERROR and tls is not None:
        return Check(check.name, ERROR, tls, {**check.details, "cause": check.key})
    return check


def _config(config_path: Path | None, data_dir: Path | None) -> KioskConfig:
    if config_path is None:  # the installed kiosk's own configuration when there is one
        config_path = default_config()
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
@data_dir_option
@json_option
@click.option("--no-devices", is_flag=True, help="Skip the device probes (queue, network only).")
@click.option("--test-page", is_flag=True, help="Also print a test receipt.")
@click.option("--camera", "camera_test", is_flag=True, help="Also open the camera briefly.")
@step_timeout_option
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
