"""``kiosk diag card``: readers, and for an inserted card its ATR, type, CHUID, certificates,
chain/revocation verdicts and the card-authentication (9E) challenge. Never asks for a PIN.

Register in ``kiosk/cli.py`` under the ``diag`` group:
``from kiosk.commands.diag_card import card`` then ``diag.add_command(card)``.

Trust settings: ``--ca``/``--crl``/``--policy`` options; otherwise ``--config FILE``; otherwise the
``[devices.card_reader]`` section of a :class:`~kiosk.config.KioskConfig` found in ``ctx.obj``
(or ``ctx.obj.config``) when the ``kiosk`` group passes one.

Names are personal data: the certificate subject's CN and serialNumber (the holder's city id)
are redacted unless ``--show-names``. The card is read by
:func:`kiosk.identity.card_inspection.inspect_card`, which the diagnostics report uses too.

Exit codes: 0 all checks passed, 1 no reader / no card, 2 the card failed a check,
3 trust configuration missing or unusable.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import click

from drivers.smartcard import CardError
from kiosk.commands.options import json_option
from kiosk.identity.card_inspection import inspect_card
from kiosk.identity.trust import TrustConfig, TrustConfigError, TrustStore, trust_config
from kiosk.runtime.devices import open_card_session, scan_readers

EXIT_OK = 0
EXIT_NO_CARD = 1
EXIT_CHECK_FAILED = 2
EXIT_CONFIG = 3


def _trust_from_config(ctx: click.Context, config_path: Path | None) -> TrustConfig | None:
    section: Any = None
    if config_path is not None:
        from kiosk.config import ConfigError, load_config

        try:
            section = load_config(config_path).devices.card_reader
        except ConfigError as exc:
            raise TrustConfigError(exc.text()) from exc
    else:
        obj = ctx.find_root().obj
        config = getattr(obj, "config", obj)
        devices = getattr(config, "devices", None)
        section = getattr(devices, "card_reader", None)
    if section is None or not section.ca_files:
        return None
    return trust_config(section)


def _print_human(data: dict[str, Any], indent: int = 0) -> None:
    pad = "  " * indent
    for key, value in data.items():
        if isinstance(value, dict):
            click.echo(f"{pad}{key}:")
            _print_human(value, indent + 1)
        elif isinstance(value, list):
            click.echo(f"{pad}{key}:")
            for item in value:
                if isinstance(item, dict):
                    _print_human(item, indent + 1)
                    click.echo("")
                else:
                    click.echo(f"{pad}  - {item}")
        else:
            click.echo(f"{pad}{key}: {value}")


@click.command(name="card")
@click.option("--reader", "reader_filter", default="", help="Substring of the reader name.")
@json_option
@click.option("--ca", "ca_files", multiple=True, type=click.Path(path_type=Path, dir_okay=False))
@click.option("--crl", "crl_files", multiple=True, type=click.Path(path_type=Path, dir_okay=False))
@click.option(
    "--policy",
    "policies",
    multiple=True,
    metavar="OID=ROLE",
    help="Certificate policy OID to role (resident|staff|technician); repeatable.",
)
@click.option(
    "--config",
    "config_path",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Take CA/CRL/policies from this kiosk configuration.",
)
@click.option("--show-names", is_flag=True, help="Show certificate subjects unredacted.")
@click.pass_context
def card(
    ctx: click.Context,
    reader_filter: str,
    as_json: bool,
    ca_files: Sequence[Path],
    crl_files: Sequence[Path],
    policies: Sequence[str],
    config_path: Path | None,
    show_names: bool,
) -> None:
    """Readers and the inserted card: ATR, type, CHUID, certificates, trust, 9E challenge."""
    result: dict[str, Any] = {"time": dt.datetime.now(dt.UTC).isoformat()}
    code = EXIT_OK
    store: TrustStore | None = None
    try:
        if ca_files:
            roles = dict(p.split("=", 1) for p in policies if "=" in p)
            config: TrustConfig | None = TrustConfig(tuple(ca_files), tuple(crl_files), roles)
        else:
            config = _trust_from_config(ctx, config_path)
        if config is None:
            result["trust"] = "not configured (--ca/--crl or --config)"
            code = EXIT_CONFIG
        else:
            store = TrustStore(config)
            age = store.crl_age()
            result["trust"] = {
                "cas": [c.subject.rfc4514_string() for c in store.ca_certificates],
                "crls": [
                    {
                        "issuer": info.issuer,
                        "age_hours": round(
                            info.age(dt.datetime.now(dt.UTC)).total_seconds() / 3600, 1
                        ),
                        "next_update": info.next_update.isoformat() if info.next_update else None,
                        "revoked": info.revoked_count,
                    }
                    for info in store.crl_info()
                ],
                "crl_age_hours": round(age.total_seconds() / 3600, 1) if age else None,
            }
    except (TrustConfigError, ValueError) as exc:
        result["trust"] = f"unusable: {exc}"
        code = EXIT_CONFIG
        store = None

    service_up, readers = scan_readers()
    result["pcsc"] = "available" if service_up else "unavailable (is pcscd running?)"
    result["readers"] = [
        {"name": name, "card": atr is not None} for name, atr in sorted(readers.items())
    ]
    chosen = [n for n, atr in sorted(readers.items()) if reader_filter in n and atr is not None]
    if not chosen:
        result["card"] = None
        code = code or EXIT_NO_CARD
    else:
        try:
            report, passed = inspect_card(
                chosen[0], store, show_names, open_session=open_card_session
            )
        except CardError as exc:
            report, passed = {"reader": chosen[0], "error": exc.key}, False
        result["card"] = report
        if not passed and code == EXIT_OK:
            code = EXIT_CHECK_FAILED
    result["result"] = "ok" if code == EXIT_OK else "failed"
    if as_json:
        click.echo(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        _print_human(result)
    sys.exit(code)
