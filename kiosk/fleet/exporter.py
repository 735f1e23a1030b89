"""City-side bridge from the fleet broker to Prometheus (issue #18 A: the NAT path).

Kiosks behind NAT cannot be scraped. They already publish everything Prometheus needs on MQTT:
the retained state document (``<prefix>/kiosks/<id>/state``) and the retained presence
(``<prefix>/kiosks/<id>/status``, whose Last-Will says offline). This exporter subscribes to
both for every kiosk and serves ``/metrics`` (:class:`kiosk.fleet.metrics.StateCollector`), so
the city's Prometheus scrapes one target (``honor_labels: true``: the ``kiosk``/``site``
labels are the kiosks', not the exporter's)::

    python -m kiosk.fleet.exporter --broker broker.city:8883 --prefix city \\
        --ca city-ca.pem --cert exporter-cert.pem --key exporter-key.pem --listen 127.0.0.1:9808

Hostile or broken documents (any client able to publish under the prefix could send one; the
broker ACLs in ``deploy/mosquitto/`` keep kiosks to their own topics) are dropped and counted
in ``kiosk_fleet_exporter_rejected_total``; a document's ``kiosk`` must match its topic. An
empty retained message (a kiosk decommissioned: ``mosquitto_pub -r -n``) forgets the kiosk.
A retained ``state`` arriving before its ``status`` shows the kiosk with unknown presence.

``kiosk_up`` is :func:`kiosk.fleet.liveness.alive`: 0 at once on the Last-Will, and 0 when
nothing was heard *live* from a heartbeat-sending kiosk for 1.5 x its keep-alive, measured on
the exporter's own clock (a frozen kiosk whose socket stays open, or a broker that checks
keep-alives late). ``kiosk_heartbeat_age_seconds`` and ``kiosk_keepalive_seconds`` are
exported too, for the alert rule (deploy/prometheus/rules).
"""

from __future__ import annotations

import argparse
import logging
import signal
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import paho.mqtt.client as mqtt
from paho.mqtt.enums import CallbackAPIVersion, MQTTProtocolVersion
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.registry import Collector, CollectorRegistry

from kiosk.fleet import liveness
from kiosk.fleet.link import check_name
from kiosk.fleet.metrics import MetricsServer, Observed, StateCollector, parse_listen
from kiosk.fleet.state import TOKEN_RE, KioskState, UnsafeValue, parse_state

logger = logging.getLogger(__name__)


@dataclass
class _Kiosk:
    state: KioskState | None = None
    heard: liveness.Heard = field(default_factory=liveness.Heard)
    received_at: float = 0.0


@dataclass
class FleetView:
    """The latest state and presence of every kiosk seen under a prefix (thread-safe)."""

    prefix: str
    kiosks: dict[str, _Kiosk] = field(default_factory=dict)
    rejected: int = 0
    received: int = 0
    clock: Callable[[], float] = time.monotonic
    started: float = -1.0
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        if self.started < 0:
            self.started = self.clock()

    def handle(self, topic: str, payload: bytes, retained: bool = False) -> None:
        """One message from ``<prefix>/kiosks/+/state`` or ``…/status``; ``retained``: a copy
        the broker replayed at subscription (no proof that the kiosk is alive now)."""
        head = f"{self.prefix}/kiosks/"
        rest = topic[len(head) :] if topic.startswith(head) else ""
        kiosk, _, kind = rest.partition("/")
        if not TOKEN_RE.fullmatch(kiosk) or kind not in ("state", "status"):
            self._reject()
            return
        if not payload:  # retained message cleared: the kiosk is gone from the fleet
            with self._lock:
                self.kiosks.pop(kiosk, None)
            return
        now = self.clock()
        try:
            if kind == "state":
                state = parse_state(payload)
                if state.kiosk != kiosk:
                    raise UnsafeValue("kiosk id does not match the topic")
                with self._lock:
                    entry = self.kiosks.setdefault(kiosk, _Kiosk())
                    entry.state, entry.received_at = state, time.time()
                    if not retained:
                        entry.heard.heard_at = now
                    self.received += 1
            else:
                online, keepalive_s, seq = liveness.parse_presence(payload)
                with self._lock:
                    heard = self.kiosks.setdefault(kiosk, _Kiosk()).heard
                    heard.online = online
                    if keepalive_s is not None:  # the connect-time presence has none: keep it
                        heard.keepalive_s = keepalive_s
                    if seq is not None:
                        heard.seq = seq
                    if not retained and online:
                        heard.heard_at = now
                    self.received += 1
        except (UnsafeValue, ValueError, UnicodeDecodeError, RecursionError):
            self._reject()

    def _reject(self) -> None:
        with self._lock:
            self.rejected += 1
        logger.warning("fleet exporter: a message was rejected")

    def observed(self) -> list[Observed]:
        """Every kiosk with its liveness (:func:`kiosk.fleet.liveness.alive`) as ``online``."""
        now = self.clock()
        with self._lock:
            return [
                Observed(
                    kiosk,
                    k.state,
                    liveness.alive(k.heard, now, self.started),
                    k.state.site if k.state else "",
                )
                for kiosk, k in sorted(self.kiosks.items())
            ]

    def ages(self) -> list[tuple[str, str, float, float]]:
        """``(kiosk, site, heartbeat age s, keep-alive s)`` of the heartbeat-sending kiosks."""
        now = self.clock()
        with self._lock:
            return [
                (
                    kiosk,
                    k.state.site if k.state else "",
                    liveness.age(k.heard, now, self.started),
                    k.heard.keepalive_s,
                )
                for kiosk, k in sorted(self.kiosks.items())
                if k.heard.keepalive_s is not None
            ]


class _ExporterCollector(Collector):
    def __init__(self, view: FleetView) -> None:
        self._view = view

    def describe(self) -> list[Metric]:
        return []

    def collect(self) -> Iterator[Metric]:
        rejected = CounterMetricFamily(
            "kiosk_fleet_exporter_rejected", "Messages dropped as malformed or hostile"
        )
        rejected.add_metric([], float(self._view.rejected))
        kiosks = GaugeMetricFamily("kiosk_fleet_exporter_kiosks", "Kiosks known to the exporter")
        kiosks.add_metric([], float(len(self._view.kiosks)))
        age = GaugeMetricFamily(
            "kiosk_heartbeat_age_seconds",
            "Seconds since the exporter last heard the kiosk live (its own clock)",
            labels=["kiosk", "site"],
        )
        keepalive = GaugeMetricFamily(
            "kiosk_keepalive_seconds",
            "The kiosk's MQTT keep-alive (offline after 1.5 x this without a word)",
            labels=["kiosk", "site"],
        )
        for kiosk, site, seconds, keepalive_s in self._view.ages():
            age.add_metric([kiosk, site], seconds)
            keepalive.add_metric([kiosk, site], keepalive_s)
        yield rejected
        yield kiosks
        yield age
        yield keepalive


class FleetExporter:
    """Subscribes to a broker and serves the fleet's metrics (see the module docstring)."""

    def __init__(
        self,
        broker_host: str,
        broker_port: int,
        prefix: str,
        listen: tuple[str, int],
        *,
        tls: ssl.SSLContext | None = None,
        http_tls: ssl.SSLContext | None = None,
        client_id: str = "kiosk-fleet-exporter",
    ) -> None:
        for level in prefix.split("/"):
            check_name(level, "prefix")
        self.view = FleetView(prefix)
        self.registry = CollectorRegistry(auto_describe=False)
        self.registry.register(StateCollector(self.view.observed))
        self.registry.register(_ExporterCollector(self.view))
        self._broker = (broker_host, broker_port)
        self._client = mqtt.Client(
            CallbackAPIVersion.VERSION2, client_id=client_id, protocol=MQTTProtocolVersion.MQTTv5
        )
        if tls is not None:
            self._client.tls_set_context(tls)
        self._client.reconnect_delay_set(1, 30)
        self._client.on_connect = self._on_connect
        self._client.on_message = self._on_message
        self._server = MetricsServer(self.registry, listen[0], listen[1], http_tls)

    @property
    def port(self) -> int:
        return self._server.port

    def _on_connect(self, client: mqtt.Client, *_args: object) -> None:
        prefix = self.view.prefix
        client.subscribe([(f"{prefix}/kiosks/+/state", 1), (f"{prefix}/kiosks/+/status", 1)])
        logger.info("fleet exporter: connected to the broker")

    def _on_message(self, _c: mqtt.Client, _u: object, msg: mqtt.MQTTMessage) -> None:
        try:
            self.view.handle(msg.topic, bytes(msg.payload), bool(msg.retain))
        except Exception as exc:  # a bug must not stop the MQTT thread: the rest still counts
            logger.error("fleet exporter: message handling failed: %s", type(exc).__name__)

    def start(self) -> FleetExporter:
        self._server.start()
        self._client.connect_async(*self._broker, keepalive=30)
        self._client.loop_start()
        return self

    def stop(self) -> None:
        self._client.disconnect()
        self._client.loop_stop()
        self._server.stop()


def _tls_context(ca: Path | None, cert: Path | None, key: Path | None) -> ssl.SSLContext | None:
    if ca is None:
        return None
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.load_verify_locations(cafile=str(ca))
    if cert is not None and key is not None:
        context.load_cert_chain(certfile=str(cert), keyfile=str(key))
    return context


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="MQTT fleet states -> Prometheus /metrics")
    parser.add_argument("--broker", required=True, help="host:port of the fleet broker")
    parser.add_argument("--prefix", default="ecitizen")
    parser.add_argument("--listen", default="127.0.0.1:9808")
    parser.add_argument("--ca", type=Path, help="city CA (TLS to the broker); none: plain")
    parser.add_argument("--cert", type=Path, help="the exporter's client certificate")
    parser.add_argument("--key", type=Path, help="the exporter's client key")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    host, port = parse_listen(args.broker)
    exporter = FleetExporter(
        host,
        port,
        args.prefix,
        parse_listen(args.listen),
        tls=_tls_context(args.ca, args.cert, args.key),
    ).start()
    print(f"listening on {exporter.port}", flush=True)
    done = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: done.set())
    signal.signal(signal.SIGINT, lambda *_: done.set())
    done.wait()
    exporter.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
