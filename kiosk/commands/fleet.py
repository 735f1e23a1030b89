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
``kiosk fleet rollout start VERSION [--canary ID ... | --canary-count N] [--percent P ...]``
    a staged rollout (kiosk.updates.rollout, docs/updates.md): canary, percentages, all; each
    ring told by a signed, retained ``update.set_target``; halts by itself when more than
    ``--max-failure-share`` of a ring rolls back or goes offline. Runs in the foreground until
    done or halted (exit status 0 / 1), publishing its state on ``<prefix>/rollout/state``.
``kiosk fleet rollout status`` / ``kiosk fleet rollout halt``
    the rollout's state and each ring's kiosks; halt it from any operator's workstation.
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

from kiosk.commands.options import EXISTING_FILE
from kiosk.fleet import liveness
from kiosk.fleet.liveness import Heard

FLEET_COMMANDS = (
    "out_of_service",
    "back_in_service",
    "run_diagnostics",
    "upload_logs",
    "apply_config",
    "restart",
    "update.set_target",
)
ROLLOUT_TOPIC = "rollout/state"
TARGET_TTL_S = 30 * 24 * 3600
"""A rollout's targets stay valid a month: a kiosk offline for weeks still finds its own."""


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
    update: str = "-"
    target: str = "-"
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
            row.target = state.target_version or "-"
            row.update = state.update_state or "-"
            if state.update_reason and state.update_state not in (None, "up_to_date"):
                row.update += f"({state.update_reason})"
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
        "KIOSK",
        "SITE",
        "VERSION",
        "UPDATE",
        "TARGET",
        "ONLINE",
        "MODE",
        "PROBLEMS",
        "QUEUE",
        "OLDEST",
        "DEAD",
    )
    fields = list(vars(header))
    table = [[str(getattr(r, f)) for f in fields] for r in [header, *rows]]
    widths = [max(len(line[i]) for line in table) for i in range(len(fields))]
    return "\n".join(
        "  ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True)).rstrip()
        for line in table
    )


class FleetWatch:
    """A live view of the fleet: the retained ``state`` and ``status`` documents and what
    arrives live (for the liveness rule), plus any other subscribed topic's last message."""

    def __init__(self, broker: Broker, *extra: str) -> None:
        self.broker = broker
        self.messages: dict[str, bytes] = {}
        self.heard: dict[str, Heard] = {}
        self.last = time.monotonic()
        self.lock = threading.Lock()
        self._start = f"{broker.prefix}/kiosks/"
        self.client = _connect(broker, lambda topic, payload: self._on(topic, payload, True))
        self.client.on_message = lambda _c, _u, msg: self._on(
            msg.topic, bytes(msg.payload), msg.retain
        )
        topics = [f"{broker.prefix}/kiosks/+/state", f"{broker.prefix}/kiosks/+/status"]
        _subscribe(self.client, *topics, *(f"{broker.prefix}/{t}" for t in extra))
        self.started = time.monotonic()

    def _on(self, topic: str, payload: bytes, retained: bool) -> None:
        now = time.monotonic()
        kiosk, _, sub = topic[len(self._start) :].partition("/")
        with self.lock:
            self.messages[topic] = payload
            self.last = now
            if not topic.startswith(self._start) or sub not in ("state", "status"):
                return
            seen = self.heard.setdefault(kiosk, Heard())
            if sub == "status":
                try:
                    seen.online, keepalive_s, seen.seq = liveness.parse_presence(payload)
                except ValueError:
                    return
                if keepalive_s is not None:
                    seen.keepalive_s = keepalive_s
            if not retained and seen.online is not False:
                seen.heard_at = now

    def settle(self, quiet_s: float = 0.5, max_s: float | None = None) -> None:
        """Until the retained documents are in (nothing for ``quiet_s``) and every kiosk is
        decided (heard live, Last-Will, or silent for 1.5 x its keep-alive) or ``max_s``
        (default: the longest limit, plus one second)."""
        while True:
            now = time.monotonic()
            with self.lock:
                settled = now - self.last >= quiet_s
                limits = [
                    liveness.limit(h.keepalive_s) for h in self.heard.values() if h.keepalive_s
                ]
                cap = max_s if max_s is not None else max(limits, default=0.0) + 1.0
                if now - self.started >= max(cap, quiet_s) or (
                    settled and not _undecided(self.heard, now, self.started)
                ):
                    return
            time.sleep(0.05)

    def rows(self) -> dict[str, Row]:
        with self.lock:
            return collect_rows(
                dict(self.messages), self.broker.prefix, self.heard, time.monotonic(), self.started
            )

    def message(self, sub_topic: str) -> bytes | None:
        with self.lock:
            return self.messages.get(f"{self.broker.prefix}/{sub_topic}")

    def close(self) -> None:
        _close(self.client)


def read_fleet(broker: Broker, quiet_s: float = 0.5, max_s: float | None = None) -> dict[str, Row]:
    """The retained documents, collected until none arrived for ``quiet_s``; then, for the
    liveness rule, live messages until every kiosk is decided (heard live, Last-Will, or silent
    for 1.5 x its keep-alive) or ``max_s`` (default: the longest limit, plus one second)."""
    watch = FleetWatch(broker)
    try:
        watch.settle(quiet_s, max_s)
        return watch.rows()
    finally:
        watch.close()


# --------------------------------------------------------------------------------------------
# the group


_prefix_option = click.option(
    "--prefix", envvar="KIOSK_FLEET_PREFIX", default="ecitizen", show_default=True
)
_PEM_FILES = (
    ("ca", "The city CA certificate (PEM)."),
    ("cert", "The operator's certificate (PEM): broker login and command signing."),
    ("key", "The operator's private key (PEM)."),
)


def _broker_options(func: Callable[..., Any]) -> Callable[..., Any]:
    options = [
        click.option("--host", envvar="KIOSK_FLEET_HOST", default="127.0.0.1", show_default=True),
        click.option(
            "--port", envvar="KIOSK_FLEET_PORT", type=int, default=8883, show_default=True
        ),
        *(
            click.option(
                f"--{name}", envvar=f"KIOSK_FLEET_{name.upper()}", type=EXISTING_FILE, help=text
            )
            for name, text in _PEM_FILES
        ),
        _prefix_option,
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
    type=EXISTING_FILE,
    required=True,
    help="CSV lines kiosk_id,site.",
)
@click.option("--operator", "operators", multiple=True, help="CN of an operator certificate.")
@click.option("--reader", "readers", multiple=True, help="CN of a read-only client (the exporter).")
@_prefix_option
def acl(register: Path, operators: tuple[str, ...], readers: tuple[str, ...], prefix: str) -> None:
    """Print the Mosquitto ACL file for the fleet."""
    from kiosk.fleet.acl import render_acl

    with register.open(newline="", encoding="utf-8") as handle:
        kiosks = {row[0].strip(): row[1].strip() for row in csv.reader(handle) if len(row) >= 2}
    try:
        click.echo(render_acl(prefix, kiosks, operators, readers), nl=False)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from None


# --------------------------------------------------------------------------------------------
# rollout


class MqttFleetIO:
    """kiosk.updates.rollout.FleetIO over the broker: views from a :class:`FleetWatch`, targets
    signed by the operator and published retained on each kiosk's command topic."""

    def __init__(self, watch: FleetWatch, cert: Any, key: Any) -> None:
        self.watch = watch
        self.cert, self.key = cert, key
        self.started_at: float | None = None

    def views(self) -> dict[str, Any]:
        from kiosk.updates.rollout import KioskView

        return {
            kiosk: KioskView(
                kiosk,
                online=row.online == "yes",
                version=row.version,
                update_state=row.update.partition("(")[0] if row.update != "-" else None,
                target=None if row.target == "-" else row.target,
            )
            for kiosk, row in self.watch.rows().items()
        }

    def send_target(self, kiosk: str, version: str, ring: str) -> None:
        from kiosk.fleet.commands import (
            UPDATE_SET_TARGET,
            kiosk_target,
            make_command,
            sign_command,
        )

        command = make_command(
            UPDATE_SET_TARGET,
            kiosk_target(kiosk),
            now=time.time(),
            ttl_s=TARGET_TTL_S,
            args={"version": version, "ring": ring},
            urgent=True,  # it only records a target; the updater waits for an idle kiosk
        )
        topic = f"{self.watch.broker.prefix}/kiosks/{kiosk}/cmd"
        info = self.watch.client.publish(topic, sign_command(command, self.key, self.cert), 1, True)
        info.wait_for_publish(10)

    def publish(self, document: Any) -> None:
        self.started_at = float(document["started_at"])
        topic = f"{self.watch.broker.prefix}/{ROLLOUT_TOPIC}"
        payload = json.dumps(document, separators=(",", ":")).encode()
        self.watch.client.publish(topic, payload, 1, True).wait_for_publish(10)

    def halt_requested(self) -> str | None:
        doc = _rollout_doc(self.watch.message(ROLLOUT_TOPIC))
        if (
            doc is not None
            and doc.get("status") == "halted"
            and doc.get("started_at") == self.started_at
            and doc.get("reason") == "rollout.halted_by_operator"
        ):
            return "rollout.halted_by_operator"
        return None


def _rollout_doc(payload: bytes | None) -> dict[str, Any] | None:
    from kiosk.updates.rollout import FORMAT

    if payload is None:
        return None
    try:
        doc = json.loads(payload)
    except (ValueError, RecursionError):
        return None
    return doc if isinstance(doc, dict) and doc.get("format") == FORMAT else None


@fleet.group()
def rollout() -> None:
    """Staged rollouts of a release: canary, percentages, all (docs/updates.md)."""


@rollout.command("start")
@_broker_options
@click.argument("version")
@click.option("--canary", "canary", multiple=True, help="A canary kiosk id (repeat).")
@click.option(
    "--canary-count",
    type=int,
    default=1,
    show_default=True,
    help="Without --canary: this many kiosks, first in the fleet's order.",
)
@click.option(
    "--percent",
    "percents",
    type=float,
    multiple=True,
    help="A ring up to this share of the fleet (repeat, rising), before all.",
)
@click.option(
    "--max-failure-share",
    type=click.FloatRange(0, 1),
    default=0.0,
    show_default=True,
    help="Halt when more of a ring than this rolls back or goes offline.",
)
@click.option(
    "--ring-timeout",
    type=float,
    default=3600.0,
    show_default=True,
    help="Seconds a ring may take (window, idle kiosks, the gate).",
)
@click.option(
    "--soak",
    type=float,
    default=600.0,
    show_default=True,
    help="Seconds to watch a ring that passed before the next one.",
)
@click.option("--poll", type=float, default=2.0, show_default=True)
def rollout_start(
    version: str,
    canary: tuple[str, ...],
    canary_count: int,
    percents: tuple[float, ...],
    max_failure_share: float,
    ring_timeout: float,
    soak: float,
    poll: float,
    **kw: Any,
) -> None:
    """Roll VERSION out ring by ring; exit 0 when done, 1 when halted."""
    from kiosk.updates.releases import VERSION_RE
    from kiosk.updates.rollout import Rollout, RolloutError, plan_rings

    if VERSION_RE.fullmatch(version) is None:
        raise click.UsageError(f"{version!r} is not a release version")
    broker = _broker(kw)
    cert, key = _load_signer(broker.cert, broker.key)
    watch = FleetWatch(broker, ROLLOUT_TOPIC)
    try:
        watch.settle()
        try:
            rings = plan_rings(
                list(watch.rows()), canary=canary, canary_count=canary_count, percents=percents
            )
        except RolloutError as exc:
            raise click.ClickException(str(exc)) from None
        for ring in rings:
            click.echo(f"ring {ring.name}: {' '.join(ring.members)}")
        plan = Rollout(
            version,
            rings,
            max_failure_share=max_failure_share,
            ring_timeout_s=ring_timeout,
            soak_s=soak,
            poll_s=poll,
            on_progress=click.echo,
        )
        final = plan.run(MqttFleetIO(watch, cert, key))
    finally:
        watch.close()
    for failure in final["failed"]:
        click.echo(f"{failure['kiosk']}  {failure['why']}")
    if final["status"] != "done":
        raise SystemExit(1)


@rollout.command("status")
@_broker_options
def rollout_status(**kw: Any) -> None:
    """The last rollout: its state, each ring and its kiosks."""
    broker = _broker(kw)
    watch = FleetWatch(broker, ROLLOUT_TOPIC)
    try:
        watch.settle()
        doc = _rollout_doc(watch.message(ROLLOUT_TOPIC))
        rows = watch.rows()
    finally:
        watch.close()
    if doc is None:
        click.echo("no rollout")
        return
    reason = f" ({doc['reason']})" if doc.get("reason") else ""
    rings = doc.get("rings", [])
    click.echo(
        f"rollout {doc['version']}: {doc['status']}{reason}, ring "
        f"{int(doc.get('ring', 0)) + 1}/{len(rings)}"
    )
    failed = {f["kiosk"]: f["why"] for f in doc.get("failed", [])}
    for ring in rings:
        click.echo(f"ring {ring['name']}")
        for kiosk in ring["members"]:
            row = rows.get(kiosk, Row(kiosk))
            why = f"  FAILED:{failed[kiosk]}" if kiosk in failed else ""
            click.echo(f"  {kiosk}  {row.version}  {row.update}  online:{row.online}{why}")


@rollout.command("halt")
@_broker_options
def rollout_halt(**kw: Any) -> None:
    """Halt the running rollout: no more kiosks are told, targets not yet run are cleared."""
    broker = _broker(kw)
    cert, key = _load_signer(broker.cert, broker.key)
    watch = FleetWatch(broker, ROLLOUT_TOPIC)
    try:
        watch.settle()
        doc = _rollout_doc(watch.message(ROLLOUT_TOPIC))
        if doc is None or doc.get("status") != "running":
            raise click.ClickException("no running rollout")
        doc.update(status="halted", reason="rollout.halted_by_operator", updated_at=time.time())
        io = MqttFleetIO(watch, cert, key)
        io.publish(doc)
        rows = watch.rows()
        told = [k for ring in doc["rings"][: int(doc["ring"]) + 1] for k in ring["members"]]
        from kiosk.updates.releases import same_release

        for kiosk in told:
            row = rows.get(kiosk)
            if row is None or not same_release(row.version, doc["version"]):
                io.send_target(kiosk, "", "halted")
    finally:
        watch.close()
    click.echo(f"rollout {doc['version']} halted")
