"""``kiosk fleet``: the operator's view of the city's kiosks over the fleet broker (issue #18).

Runs on an operator's workstation, not on a kiosk: it needs the broker's address, the city CA
and the operator's certificate and key (issued by the city CA with the fleet-operator role;
the demo authority's ``issue_operator_certificate``). Options may come from the environment:
``KIOSK_FLEET_HOST``, ``KIOSK_FLEET_PORT``, ``KIOSK_FLEET_CA``, ``KIOSK_FLEET_CERT``,
``KIOSK_FLEET_KEY``, ``KIOSK_FLEET_PREFIX``. The same certificate logs in to the broker (its CN is
the user name of the ACL) and signs commands.

``kiosk fleet status [--site S]``
    one line per kiosk from the retained state and presence documents. ONLINE is the liveness
    rule (kiosk.fleet.liveness): ``NO`` at once on the Last-Will; ``NO, silent Ns`` when a
    heartbeat-sending kiosk said nothing live for 1.5 x its keep-alive (a frozen kiosk whose
    socket the broker still holds). So the command listens for up to 1.5 x the longest
    keep-alive (it stops as soon as every kiosk is decided: a live fleet answers within one
    heartbeat, keep-alive / 3); ``--wait`` caps it.
``kiosk fleet send CMD --kiosk ID | --site S [--urgent] [--arg k=v ...]``
    signs the command, publishes it (QoS 1) and prints the acknowledgements until every
    targeted kiosk answered or ``--timeout``. Exit status 0 if every ack is ``done``, 1
    otherwise (refused, failed, or nobody answered).
``kiosk fleet acl --kiosks register.csv --operator NAME [--reader EXPORTER]``
    the Mosquitto ACL file for the fleet (``kiosk_id,site`` lines; see kiosk.fleet.acl).
"""

from __future__ import annotations

import csv
import json
import ssl
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click

from kiosk.fleet import liveness
from kiosk.fleet.liveness import Heard

FLEET_COMMANDS = (
    "out_of_service",
    "back_in_service",
    "run_diagnostics",
    "upload_logs",
    "apply_config",
    "restart",
)


@dataclass(frozen=True)
class Broker:
    host: str
    port: int
    ca: Path | None
    cert: Path | None
    key: Path | None
    prefix: str
    plain: bool


def _connect(broker: Broker, on_message: Callable[[str, bytes], None]) -> Any:
    """A connected paho client (loop running); raises ``click.ClickException`` if the broker
    cannot be reached or refuses the operator."""
    import paho.mqtt.client as mqtt
    from paho.mqtt.enums import CallbackAPIVersion, MQTTProtocolVersion

    client = mqtt.Client(CallbackAPIVersion.VERSION2, protocol=MQTTProtocolVersion.MQTTv5)
    if not broker.plain:
        if broker.ca is None:
            raise click.ClickException("--ca (the city CA) is required (or --plain for a demo)")
        context = ssl.create_default_context(cafile=str(broker.ca))
        if broker.cert is not None:
            context.load_cert_chain(
                str(broker.cert), None if broker.key is None else str(broker.key)
            )
        client.tls_set_context(context)
    connected = threading.Event()
    refused: list[str] = []

    def on_connect(_c: object, _u: object, _f: object, reason: Any, _p: object) -> None:
        if reason.is_failure:
            refused.append(reason.getName())
        connected.set()

    client.on_connect = on_connect
    client.on_message = lambda _c, _u, msg: on_message(msg.topic, bytes(msg.payload))
    try:
        client.connect(broker.host, broker.port, keepalive=30)
    except (OSError, ssl.SSLError) as exc:
        raise click.ClickException(
            f"cannot reach the broker {broker.host}:{broker.port}: {type(exc).__name__}"
        ) from None
    client.loop_start()
    if not connected.wait(10) or refused:
        client.loop_stop()
        raise click.ClickException(
            f"the broker refused the connection: {refused[0] if refused else 'no answer'}"
        )
    return client


def _subscribe(client: Any, *filters: str) -> None:
    done = threading.Event()
    client.on_subscribe = lambda *_a: done.set()
    client.subscribe([(f, 1) for f in filters])
    done.wait(10)


def _close(client: Any) -> None:
    client.disconnect()
    client.loop_stop()


# --------------------------------------------------------------------------------------------
# status


@dataclass
class Row:
    kiosk: str
    site: str = "?"
    version: str = "?"
    online: str = "?"
    mode: str = "?"
    problems: str = ""
    queue: str = "?"
    oldest: str = "-"
    dead: str = "?"


def _age(seconds: float | None) -> str:
    if seconds is None:
        return "-"
    if seconds < 120:
        return f"{seconds:.0f}s"
    if seconds < 7200:
        return f"{seconds / 60:.0f}m"
    return f"{seconds / 3600:.1f}h"


def collect_rows(
    messages: dict[str, bytes],
    prefix: str,
    heard: Mapping[str, Heard] | None = None,
    now: float = 0.0,
    since: float = 0.0,
) -> dict[str, Row]:
    """Rows from retained ``state`` and ``status`` documents (hostile ones are skipped); with
    ``heard`` (what arrived live, subscriber clock), ONLINE is :func:`liveness.alive`."""
    from kiosk.fleet.state import UnsafeValue, parse_state

    rows: dict[str, Row] = {}
    start = f"{prefix}/kiosks/"
    for topic, payload in sorted(messages.items()):
        if not topic.startswith(start):
            continue
        kiosk, _, sub = topic[len(start) :].partition("/")
        if sub == "status":
            try:
                online = json.loads(payload).get("online")
            except (ValueError, AttributeError, RecursionError):
                continue
            if isinstance(online, bool):
                rows.setdefault(kiosk, Row(kiosk)).online = "yes" if online else "NO"
        elif sub == "state":
            try:
                state = parse_state(payload)
            except (UnsafeValue, ValueError, TypeError, KeyError, RecursionError):
                continue
            row = rows.setdefault(kiosk, Row(kiosk))
            row.site, row.version = state.site, state.version
            row.mode = state.mode if state.in_service else "out_of_service"
            row.problems = ",".join(
                f"{name}:{d.problem or d.status}"
                for name, d in sorted(state.devices.items())
                if d.status not in ("ok", "disabled")
            )
            row.queue = str(state.waiting)
            ages = [q.oldest_age_s for q in state.queue.values() if q.oldest_age_s is not None]
            row.oldest = _age(max(ages) if ages else None)
            row.dead = str(state.dead_letters)
    for kiosk, row in rows.items():
        seen = None if heard is None else heard.get(kiosk)
        if seen is None:
            continue
        verdict = liveness.alive(seen, now, since)
        if verdict is True:
            row.online = "yes"
        elif verdict is False:
            silent = seen.online is not False
            row.online = f"NO,silent:{_age(liveness.age(seen, now, since))}" if silent else "NO"
    return rows


def _undecided(heard: Mapping[str, Heard], now: float, since: float) -> bool:
    """Some heartbeat-sending kiosk neither heard live nor silent past its limit yet."""
    return any(
        h.online is not False
        and h.keepalive_s is not None
        and (h.heard_at is None or h.heard_at < since)
        and liveness.age(h, now, since) <= liveness.limit(h.keepalive_s)
        for h in heard.values()
    )


def _table(rows: list[Row]) -> str:
    header = Row(
        "KIOSK", "SITE", "VERSION", "ONLINE", "MODE", "PROBLEMS", "QUEUE", "OLDEST", "DEAD"
    )
    fields = list(vars(header))
    table = [[str(getattr(r, f)) for f in fields] for r in [header, *rows]]
    widths = [max(len(line[i]) for line in table) for i in range(len(fields))]
    return "\n".join(
        "  ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True)).rstrip()
        for line in table
    )


def read_fleet(broker: Broker, quiet_s: float = 0.5, max_s: float | None = None) -> dict[str, Row]:
    """The retained documents, collected until none arrived for ``quiet_s``; then, for the
    liveness rule, live messages until every kiosk is decided (heard live, Last-Will, or silent
    for 1.5 x its keep-alive) or ``max_s`` (default: the longest limit, plus one second)."""
    messages: dict[str, bytes] = {}
    heard: dict[str, Heard] = {}
    last = [time.monotonic()]
    lock = threading.Lock()
    start = f"{broker.prefix}/kiosks/"

    def on_message(topic: str, payload: bytes, retained: bool) -> None:
        now = time.monotonic()
        kiosk, _, sub = topic[len(start) :].partition("/")
        with lock:
            messages[topic] = payload
            last[0] = now
            if not topic.startswith(start) or sub not in ("state", "status"):
                return
            seen = heard.setdefault(kiosk, Heard())
            if sub == "status":
                try:
                    seen.online, keepalive_s, seen.seq = liveness.parse_presence(payload)
                except ValueError:
                    return
                if keepalive_s is not None:
                    seen.keepalive_s = keepalive_s
            if not retained and seen.online is not False:
                seen.heard_at = now

    client = _connect(broker, lambda topic, payload: on_message(topic, payload, True))
    client.on_message = lambda _c, _u, msg: on_message(msg.topic, bytes(msg.payload), msg.retain)
    try:
        _subscribe(client, f"{broker.prefix}/kiosks/+/state", f"{broker.prefix}/kiosks/+/status")
        started = time.monotonic()
        while True:
            now = time.monotonic()
            with lock:
                settled = now - last[0] >= quiet_s
                limits = [liveness.limit(h.keepalive_s) for h in heard.values() if h.keepalive_s]
                cap = max_s if max_s is not None else max(limits, default=0.0) + 1.0
                if now - started >= max(cap, quiet_s) or (
                    settled and not _undecided(heard, now, started)
                ):
                    break
            time.sleep(0.05)
    finally:
        _close(client)
    with lock:
        return collect_rows(dict(messages), broker.prefix, heard, time.monotonic(), started)


# --------------------------------------------------------------------------------------------
# the group


def _broker_options(func: Callable[..., Any]) -> Callable[..., Any]:
    options = [
        click.option("--host", envvar="KIOSK_FLEET_HOST", default="127.0.0.1", show_default=True),
        click.option(
            "--port", envvar="KIOSK_FLEET_PORT", type=int, default=8883, show_default=True
        ),
        click.option(
            "--ca",
            envvar="KIOSK_FLEET_CA",
            type=click.Path(exists=True, dir_okay=False, path_type=Path),
            help="The city CA certificate (PEM).",
        ),
        click.option(
            "--cert",
            envvar="KIOSK_FLEET_CERT",
            type=click.Path(exists=True, dir_okay=False, path_type=Path),
            help="The operator's certificate (PEM): broker login and command signing.",
        ),
        click.option(
            "--key",
            envvar="KIOSK_FLEET_KEY",
            type=click.Path(exists=True, dir_okay=False, path_type=Path),
            help="The operator's private key (PEM).",
        ),
        click.option(
            "--prefix", envvar="KIOSK_FLEET_PREFIX", default="ecitizen", show_default=True
        ),
        click.option("--plain", is_flag=True, help="No TLS (a local demo or test broker only)."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _broker(kw: dict[str, Any]) -> Broker:
    return Broker(
        kw.pop("host"),
        kw.pop("port"),
        kw.pop("ca"),
        kw.pop("cert"),
        kw.pop("key"),
        kw.pop("prefix"),
        kw.pop("plain"),
    )


@click.group()
def fleet() -> None:
    """Watch and steer the city's kiosks over the fleet broker (operators)."""


@fleet.command()
@_broker_options
@click.option("--site", default=None, help="Only the kiosks of this site.")
@click.option(
    "--wait",
    "max_s",
    type=float,
    default=None,
    help="Listen at most this long (default: 1.5 x the longest keep-alive + 1 s).",
)
def status(site: str | None, max_s: float | None, **kw: Any) -> None:
    """A table of the kiosks from their retained state documents."""
    from kiosk.fleet.commands import site_slug

    rows = read_fleet(_broker(kw), max_s=max_s)
    shown = [
        r
        for _, r in sorted(rows.items())
        if site is None or (r.site != "?" and site_slug(r.site) == site_slug(site))
    ]
    click.echo(_table(shown))


def _load_signer(cert: Path | None, key: Path | None) -> tuple[Any, Any]:
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec, ed25519

    if cert is None or key is None:
        raise click.ClickException("--cert and --key (the operator's) are needed to sign")
    try:
        certificate = x509.load_pem_x509_certificate(cert.read_bytes())
        private = serialization.load_pem_private_key(key.read_bytes(), None)
    except (OSError, ValueError, TypeError) as exc:
        raise click.ClickException(f"operator certificate or key unreadable: {exc}") from None
    if not isinstance(private, ec.EllipticCurvePrivateKey | ed25519.Ed25519PrivateKey):
        raise click.ClickException("the operator key must be EC P-256 or Ed25519")
    return certificate, private


@fleet.command()
@_broker_options
@click.argument("command", type=click.Choice(FLEET_COMMANDS))
@click.option("--kiosk", "kiosk_id", default=None, help="The kiosk id.")
@click.option("--site", default=None, help="Every kiosk of this site.")
@click.option("--urgent", is_flag=True, help="Also while a resident is using the kiosk.")
@click.option("--arg", "args", multiple=True, help="k=v, e.g. url=https://... (apply_config).")
@click.option("--ttl", type=int, default=300, show_default=True, help="Seconds it stays valid.")
@click.option("--timeout", type=float, default=10.0, show_default=True)
def send(
    command: str,
    kiosk_id: str | None,
    site: str | None,
    urgent: bool,
    args: tuple[str, ...],
    ttl: int,
    timeout: float,
    **kw: Any,
) -> None:
    """Sign COMMAND, send it to one kiosk or a site, print the acknowledgements."""
    from kiosk.fleet.commands import kiosk_target, make_command, sign_command, site_slug

    if (kiosk_id is None) == (site is None):
        raise click.UsageError("give exactly one of --kiosk and --site")
    parsed: dict[str, str] = {}
    for item in args:
        name, sep, value = item.partition("=")
        if not sep:
            raise click.UsageError(f"--arg {item!r}: expected k=v")
        parsed[name] = value
    broker = _broker(kw)
    cert, key = _load_signer(broker.cert, broker.key)
    expected: set[str] = set()
    if site is not None:
        rows = read_fleet(broker, max_s=min(timeout, 5.0))
        expected = {
            k for k, r in rows.items() if r.site != "?" and site_slug(r.site) == site_slug(site)
        }
        target = f"site:{site_slug(site)}"
        topic = f"{broker.prefix}/sites/{site_slug(site)}/cmd"
    else:
        assert kiosk_id is not None
        expected = {kiosk_id}
        target = kiosk_target(kiosk_id)
        topic = f"{broker.prefix}/kiosks/{kiosk_id}/cmd"
    signed = make_command(command, target, now=time.time(), ttl_s=ttl, args=parsed, urgent=urgent)
    acks: dict[str, dict[str, Any]] = {}
    cond = threading.Condition()

    def on_message(_topic: str, payload: bytes) -> None:
        try:
            ack = json.loads(payload)
        except (ValueError, RecursionError):
            return
        if isinstance(ack, dict) and ack.get("nonce") == signed.nonce:
            with cond:
                acks[str(ack.get("kiosk"))] = ack
                cond.notify_all()

    client = _connect(broker, on_message)
    try:
        _subscribe(client, f"{broker.prefix}/kiosks/+/acks")
        client.publish(topic, sign_command(signed, key, cert), qos=1).wait_for_publish(timeout)
        with cond:
            cond.wait_for(lambda: bool(expected) and expected <= set(acks), timeout)
    finally:
        _close(client)
    ok = bool(acks)
    for kiosk in sorted(set(acks) | expected):
        ack = acks.get(kiosk)
        if ack is None:
            click.echo(f"{kiosk}  no-answer")
            ok = False
            continue
        click.echo(f"{kiosk}  {ack.get('outcome')}  {ack.get('reason')}")
        ok = ok and ack.get("outcome") == "done"
    if not ok:
        raise SystemExit(1)


@fleet.command()
@click.option(
    "--kiosks",
    "register",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    required=True,
    help="CSV lines kiosk_id,site.",
)
@click.option("--operator", "operators", multiple=True, help="CN of an operator certificate.")
@click.option("--reader", "readers", multiple=True, help="CN of a read-only client (the exporter).")
@click.option("--prefix", envvar="KIOSK_FLEET_PREFIX", default="ecitizen", show_default=True)
def acl(register: Path, operators: tuple[str, ...], readers: tuple[str, ...], prefix: str) -> None:
    """Print the Mosquitto ACL file for the fleet."""
    from kiosk.fleet.acl import render_acl

    with register.open(newline="", encoding="utf-8") as handle:
        kiosks = {row[0].strip(): row[1].strip() for row in csv.reader(handle) if len(row) >= 2}
    try:
        click.echo(render_acl(prefix, kiosks, operators, readers), nl=False)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from None
