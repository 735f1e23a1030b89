"""The kiosk's health as Prometheus metrics (issue #18 A): one collector, two ways out.

:class:`StateCollector` turns state documents (:class:`kiosk.fleet.state.KioskState`) into
metric families; every series carries ``kiosk`` and ``site`` labels. The same collector serves

* **on the kiosk** (:class:`MetricsServer`): ``GET /metrics`` over HTTPS that *requires a client
  certificate* issued by the city CA (:func:`server_ssl_context`), from the telemetry thread's
  latest snapshot (no extra database read per scrape). For networks where the city's
  Prometheus can reach the kiosk.
* **city-side, for kiosks behind NAT** (:mod:`kiosk.fleet.exporter`): the exporter subscribes to
  every kiosk's retained state and presence on the broker and serves them all; Prometheus
  scrapes the exporter (``honor_labels: true``). Nothing has to reach a kiosk.

Metric names (gauges; ``docs/fleet.md`` and ``deploy/prometheus/rules/kiosk.rules.yml`` use them):

=====================================  ===================================================
``kiosk_up``                           1 online (presence), 0 offline (the Last-Will)
``kiosk_info``                         1, labels ``version``, ``mode``
``kiosk_in_service``                   1 in service, 0 out of service
``kiosk_out_of_service``               1 with label ``cause`` while out of service
``kiosk_tamper``                       1 while out of service because a device was unplugged
``kiosk_device_ok``                    per ``device``: 1 ok, 0 warning/error (disabled: none)
``kiosk_device_problem``               1 per ``device`` and ``problem`` key
``kiosk_printer_paper``                one-hot over ``level`` ok/low/out/unknown
``kiosk_queue_depth``                  per ``backend``: active items
``kiosk_queue_oldest_age_seconds``     per ``backend``: age of the oldest active item (0: none)
``kiosk_backend_last_sync_age_seconds`` per ``backend``, when it ever delivered
``kiosk_queue_waiting``                active items, all back ends
``kiosk_queue_dead_letters``           dead letters
``kiosk_disk_free_bytes``/``_ratio``   the data file system
``kiosk_disk_low``                     1 below 10 % free or the queue's reserve
``kiosk_crl_age_hours``                age of the card CRL (when cards are used)
``kiosk_problem``                      1 per technician problem key
``kiosk_uptime_seconds``               since the kiosk core started
``kiosk_state_timestamp_seconds``      when the kiosk took the snapshot (unix time)
=====================================  ===================================================

The kiosk's device certificate is for client authentication only: the HTTPS listener presents a
*server* certificate issued by the city CA for the kiosk's host name (``[fleet]
metrics_cert_file``/``metrics_key_file``). Pure Python, no Qt.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import ssl
import sys
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from http.server import ThreadingHTTPServer
from pathlib import Path

from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.exposition import MetricsHandler
from prometheus_client.registry import Collector, CollectorRegistry

from kiosk.fleet.state import PAPER, SITE_RE, TOKEN_RE, KioskState

logger = logging.getLogger(__name__)

LABELS = ("kiosk", "site")
PAPER_LEVELS = tuple(dict.fromkeys(PAPER.values()))


@dataclass(frozen=True)
class Observed:
    """What is known of one kiosk: its last state document (if any) and its presence."""

    kiosk: str
    state: KioskState | None
    online: bool | None = None
    site: str = ""


def _gauge(name: str, doc: str, *extra: str) -> GaugeMetricFamily:
    return GaugeMetricFamily(name, doc, labels=[*LABELS, *extra])


class StateCollector(Collector):
    """Metric families from ``source()`` (called once per scrape; must not block long)."""

    def __init__(self, source: Callable[[], Iterable[Observed]]) -> None:
        self._source = source

    def describe(self) -> list[Metric]:
        return []  # dynamic: no collect() at registration time

    def collect(self) -> Iterator[Metric]:
        up = _gauge("kiosk_up", "1 while the kiosk's fleet link is up (presence / Last-Will)")
        info = _gauge("kiosk_info", "Version and mode of the kiosk", "version", "mode")
        in_service = _gauge("kiosk_in_service", "1 in service, 0 out of service")
        out = _gauge("kiosk_out_of_service", "1 while out of service, by cause", "cause")
        tamper = _gauge("kiosk_tamper", "1 while out of service because a device was unplugged")
        device_ok = _gauge("kiosk_device_ok", "1 ok, 0 warning or error", "device")
        device_problem = _gauge(
            "kiosk_device_problem", "1 per device problem key", "device", "problem"
        )
        paper = _gauge("kiosk_printer_paper", "Printer paper level (one-hot)", "level")
        depth = _gauge("kiosk_queue_depth", "Active queued items per back end", "backend")
        oldest = _gauge(
            "kiosk_queue_oldest_age_seconds",
            "Age of the oldest active item per back end (0: none)",
            "backend",
        )
        last_sync = _gauge(
            "kiosk_backend_last_sync_age_seconds",
            "Seconds since the last successful delivery per back end",
            "backend",
        )
        waiting = _gauge("kiosk_queue_waiting", "Active queued items, all back ends")
        dead = _gauge("kiosk_queue_dead_letters", "Dead letters in the queue")
        disk_free = _gauge("kiosk_disk_free_bytes", "Free bytes on the data file system")
        disk_ratio = _gauge("kiosk_disk_free_ratio", "Free share of the data file system")
        disk_low = _gauge("kiosk_disk_low", "1 when the data file system is low")
        crl = _gauge("kiosk_crl_age_hours", "Age of the card revocation list in hours")
        problem = _gauge("kiosk_problem", "1 per technician problem key", "problem")
        uptime = _gauge("kiosk_uptime_seconds", "Seconds since the kiosk core started")
        stamp = _gauge("kiosk_state_timestamp_seconds", "When the state was taken (unix time)")
        for seen in self._source():
            state = seen.state
            site = state.site if state is not None else seen.site
            base = [seen.kiosk, site]
            if seen.online is not None:
                up.add_metric(base, 1.0 if seen.online else 0.0)
            if state is None:
                continue
            info.add_metric([*base, state.version, state.mode], 1.0)
            in_service.add_metric(base, 1.0 if state.in_service else 0.0)
            if not state.in_service:
                out.add_metric([*base, state.out_of_service_cause or "unknown"], 1.0)
            tamper.add_metric(base, 1.0 if state.tamper else 0.0)
            for name, health in sorted(state.devices.items()):
                if health.status in ("ok", "warning", "error"):
                    device_ok.add_metric([*base, name], 1.0 if health.status == "ok" else 0.0)
                if health.problem:
                    device_problem.add_metric([*base, name, health.problem], 1.0)
            if state.paper is not None:
                for level in PAPER_LEVELS:
                    paper.add_metric([*base, level], 1.0 if state.paper == level else 0.0)
            for name, q in sorted(state.queue.items()):
                depth.add_metric([*base, name], float(q.depth))
                oldest.add_metric([*base, name], q.oldest_age_s or 0.0)
                if q.last_sync_age_s is not None:
                    last_sync.add_metric([*base, name], q.last_sync_age_s)
            waiting.add_metric(base, float(state.waiting))
            dead.add_metric(base, float(state.dead_letters))
            disk_free.add_metric(base, float(state.disk_free_bytes))
            disk_ratio.add_metric(base, state.disk_free_ratio)
            disk_low.add_metric(base, 1.0 if state.disk_low else 0.0)
            if state.crl_age_h is not None:
                crl.add_metric(base, state.crl_age_h)
            for key in state.problems:
                problem.add_metric([*base, key], 1.0)
            uptime.add_metric(base, state.uptime_s)
            stamp.add_metric(base, state.ts)
        yield from (up, info, in_service, out, tamper, device_ok, device_problem, paper, depth)
        yield from (oldest, last_sync, waiting, dead, disk_free, disk_ratio, disk_low, crl)
        yield from (problem, uptime, stamp)


def registry_for(source: Callable[[], Iterable[Observed]]) -> CollectorRegistry:
    registry = CollectorRegistry(auto_describe=False)
    registry.register(StateCollector(source))
    return registry


def server_ssl_context(cert_file: Path, key_file: Path, client_ca_file: Path) -> ssl.SSLContext:
    """TLS >= 1.2, presents ``cert_file`` (a server certificate from the city CA) and *requires*
    a client certificate chained to ``client_ca_file`` (the city CA)."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.load_cert_chain(certfile=str(cert_file), keyfile=str(key_file))
    context.verify_mode = ssl.CERT_REQUIRED
    context.load_verify_locations(cafile=str(client_ca_file))
    return context


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False


class MetricsServer:
    """``GET /metrics`` from a registry, on its own thread; HTTPS when given a context.

    With a context, the TLS handshake runs in the request's thread (not the accept loop), with
    a timeout: a client that stalls the handshake holds only its own thread.
    """

    def __init__(
        self,
        registry: CollectorRegistry,
        host: str,
        port: int,
        tls: ssl.SSLContext | None,
        *,
        timeout_s: float = 10.0,
    ) -> None:
        handler = MetricsHandler.factory(registry)
        handler.timeout = timeout_s  # type: ignore[attr-defined]
        self._httpd = _Server((host, port), handler)
        if tls is not None:
            self._httpd.socket = tls.wrap_socket(
                self._httpd.socket, server_side=True, do_handshake_on_connect=False
            )
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        return int(self._httpd.server_address[1])

    def start(self) -> MetricsServer:
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, name="fleet-metrics", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(5)


def kiosk_source(latest: Callable[[], KioskState | None]) -> Callable[[], list[Observed]]:
    """The kiosk's own series: its latest snapshot, up (it answers, so it is up)."""

    def source() -> list[Observed]:
        state = latest()
        return [] if state is None else [Observed(state.kiosk, state, True)]

    return source


def parse_listen(listen: str) -> tuple[str, int]:
    """``host:port`` (``[::1]:9808`` for IPv6)."""
    host, sep, port = listen.rpartition(":")
    if not sep or not port.isdigit() or not 0 <= int(port) <= 65535:
        raise ValueError(f"not host:port: {listen!r}")
    return host.strip("[]") or "0.0.0.0", int(port)  # noqa: S104 (an explicit choice)


# --------------------------------------------------------------------------------------------
# Scrape targets for Prometheus (file_sd), from the city's kiosk inventory


def file_sd_targets(inventory: Iterable[Mapping[str, object]]) -> list[dict[str, object]]:
    """Prometheus ``file_sd`` entries from inventory rows ``{"kiosk", "site", "metrics"}``
    (``metrics``: the ``host:port`` of the kiosk's ``[fleet] metrics_listen``; rows without it
    are kiosks behind NAT, reached through the exporter, and are left out). Sorted by kiosk."""
    entries: list[dict[str, object]] = []
    for row in inventory:
        kiosk, site, address = row.get("kiosk"), row.get("site"), row.get("metrics")
        if not address:
            continue
        if not isinstance(kiosk, str) or not TOKEN_RE.fullmatch(kiosk):
            raise ValueError(f"inventory: invalid kiosk id {kiosk!r}")
        if not isinstance(site, str) or not SITE_RE.fullmatch(site):
            raise ValueError(f"inventory: invalid site for {kiosk}")
        if not isinstance(address, str):
            raise ValueError(f"inventory: invalid metrics address for {kiosk}")
        parse_listen(address)
        entries.append({"targets": [address], "labels": {"kiosk": kiosk, "site": site}})
    return sorted(entries, key=lambda e: str(e["labels"]))


def write_file_sd(path: Path, entries: list[dict[str, object]]) -> None:
    """Atomically (Prometheus watches the file and must never read half of it)."""
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(json.dumps(entries, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    os.replace(tmp, path)


def main(argv: list[str] | None = None) -> int:
    """``python -m kiosk.fleet.metrics targets --inventory kiosks.json --out kiosks.sd.json``"""
    parser = argparse.ArgumentParser(description="Prometheus file_sd targets for the kiosks")
    sub = parser.add_subparsers(dest="command", required=True)
    targets = sub.add_parser("targets", help="write the file_sd JSON from an inventory")
    targets.add_argument("--inventory", type=Path, required=True, help="JSON list of kiosks")
    targets.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    try:
        rows = json.loads(args.inventory.read_text(encoding="utf-8"))
        if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
            raise ValueError("inventory: expected a JSON list of objects")
        entries = file_sd_targets(rows)
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    write_file_sd(args.out, entries)
    print(f"{len(entries)} kiosk target(s) written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
