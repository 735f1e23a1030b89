"""Metrics: the collector, the kiosk's HTTPS endpoint (client certificate required) and the
city-side exporter fed by a real mosquitto."""

from __future__ import annotations

import socket
import ssl
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from prometheus_client import generate_latest
from prometheus_client.parser import text_string_to_metric_families

from citysim.provisioning import ProvisioningAuthority
from kiosk.fleet.exporter import FleetExporter, FleetView
from kiosk.fleet.link import FleetLink, LinkSettings
from kiosk.fleet.metrics import (
    MetricsServer,
    Observed,
    kiosk_source,
    parse_listen,
    registry_for,
    server_ssl_context,
)
from kiosk.fleet.state import BackendQueue, DeviceHealth, KioskState, encode, parse_state
from tests.kiosk.fleet.engines import Mosquitto, mosquitto, wait_for

__all__ = ["mosquitto"]


def _state(kiosk: str = "lib-01", **changes: object) -> KioskState:
    base = KioskState(
        kiosk=kiosk,
        site="Central Library",
        version="0.1.0",
        mode="production",
        in_service=True,
        devices={
            "printer": DeviceHealth("error", "printer.paper_out", "out"),
            "camera": DeviceHealth("disabled"),
        },
        queue={"gateway": BackendQueue(3, 900.0, 60.0), "sip2": BackendQueue(0, None, None)},
        waiting=3,
        dead_letters=1,
        disk_free_bytes=10**9,
        disk_free_ratio=0.5,
        crl_age_h=50.0,
        problems=("printer.paper_out",),
        uptime_s=12.0,
        ts=1_700_000_000.0,
    )
    return KioskState(**{**base.__dict__, **changes})


def _samples(text: str) -> dict[tuple[str, frozenset[tuple[str, str]]], float]:
    found = {}
    for family in text_string_to_metric_families(text):
        for s in family.samples:
            found[(s.name, frozenset(s.labels.items()))] = s.value
    return found


def _value(
    samples: dict[tuple[str, frozenset[tuple[str, str]]], float], name: str, **labels: str
) -> float:
    for (n, lbls), value in samples.items():
        if n == name and set(labels.items()) <= set(lbls):
            return value
    raise KeyError((name, labels))


def test_collector_series_carry_kiosk_and_site() -> None:
    registry = registry_for(lambda: [Observed("lib-01", _state(), True)])
    samples = _samples(generate_latest(registry).decode())
    ks = {"kiosk": "lib-01", "site": "Central Library"}
    assert _value(samples, "kiosk_up", **ks) == 1
    assert _value(samples, "kiosk_printer_paper", level="out", **ks) == 1
    assert _value(samples, "kiosk_printer_paper", level="ok", **ks) == 0
    assert _value(samples, "kiosk_device_ok", device="printer", **ks) == 0
    assert _value(samples, "kiosk_queue_depth", backend="gateway", **ks) == 3
    assert _value(samples, "kiosk_queue_oldest_age_seconds", backend="sip2", **ks) == 0
    assert _value(samples, "kiosk_queue_dead_letters", **ks) == 1
    assert _value(samples, "kiosk_crl_age_hours", **ks) == 50
    assert _value(samples, "kiosk_info", version="0.1.0", mode="production", **ks) == 1
    assert _value(samples, "kiosk_tamper", **ks) == 0
    assert not any(n == "kiosk_device_ok" and ("device", "camera") in lb for n, lb in samples)
    out = _samples(
        generate_latest(
            registry_for(
                lambda: [
                    Observed(
                        "lib-01", _state(in_service=False, out_of_service_cause="fingerprint")
                    ),
                    Observed("gone", None, False, "Annex"),
                ]
            )
        ).decode()
    )
    assert _value(out, "kiosk_tamper", kiosk="lib-01") == 1
    assert _value(out, "kiosk_out_of_service", kiosk="lib-01", cause="fingerprint") == 1
    assert _value(out, "kiosk_up", kiosk="gone", site="Annex") == 0


@pytest.fixture
def authority(tmp_path: Path) -> ProvisioningAuthority:
    return ProvisioningAuthority(tmp_path / "city")


@pytest.fixture
def https_metrics(authority: ProvisioningAuthority) -> Iterator[MetricsServer]:
    cert, key = authority.issue_server_certificate(["127.0.0.1"])
    context = server_ssl_context(cert, key, authority.ca_cert_path)
    server = MetricsServer(
        registry_for(kiosk_source(lambda: _state())), "127.0.0.1", 0, context, timeout_s=2
    ).start()
    yield server
    server.stop()


def test_https_endpoint_requires_a_city_client_certificate(
    authority: ProvisioningAuthority, https_metrics: MetricsServer, tmp_path: Path
) -> None:
    cert, key = authority.issue_operator_certificate("prometheus", directory=tmp_path)
    client = ssl.create_default_context(cafile=str(authority.ca_cert_path))
    client.load_cert_chain(str(cert), str(key))
    url = f"https://127.0.0.1:{https_metrics.port}/metrics"
    with httpx.Client(verify=client, timeout=5) as http:
        response = http.get(url)
    assert response.status_code == 200
    assert _value(_samples(response.text), "kiosk_printer_paper", level="out") == 1
    # no client certificate: the handshake is refused, nothing is served
    anonymous = ssl.create_default_context(cafile=str(authority.ca_cert_path))
    with httpx.Client(verify=anonymous, timeout=5) as http, pytest.raises(httpx.HTTPError):
        http.get(url)
    # a certificate from another CA: refused too
    other = ProvisioningAuthority(tmp_path / "other-city")
    ocert, okey = other.issue_operator_certificate("intruder", directory=tmp_path)
    foreign = ssl.create_default_context(cafile=str(authority.ca_cert_path))
    foreign.load_cert_chain(str(ocert), str(okey))
    with httpx.Client(verify=foreign, timeout=5) as http, pytest.raises(httpx.HTTPError):
        http.get(url)
    # a client that connects and never speaks holds only its own thread
    with (
        socket.create_connection(("127.0.0.1", https_metrics.port)),
        httpx.Client(verify=client, timeout=5) as http,
    ):
        assert http.get(url).status_code == 200


def test_fleet_view_drops_hostile_messages() -> None:
    view = FleetView("city")
    good = encode(_state())
    view.handle("city/kiosks/lib-01/state", good)
    view.handle("city/kiosks/lib-01/status", b'{"online": true}')
    for topic, payload in (
        ("city/kiosks/lib-02/state", good),  # kiosk id does not match the topic
        ("city/kiosks/lib-01/state", b"{not json"),
        ("city/kiosks/lib-01/state", b'{"schema": 1, "kiosk": "lib-01"}'),
        ("city/kiosks/lib 01/state", good),
        ("city/kiosks/lib-01/status", b'{"online": "yes"}'),
        ("city/kiosks/lib-01/other", b"{}"),
        ("elsewhere/x", b"{}"),
        ("city/kiosks/lib-01/state", b"\x00" * 70_000),
        ("city/kiosks/lib-01/state", b"[" * 60_000),  # deeper than the JSON parser recurses
        ("city/kiosks/lib-01/status", b"[" * 4_000),
    ):
        view.handle(topic, payload)
    assert view.rejected == 10
    [seen] = view.observed()
    assert seen.kiosk == "lib-01" and seen.online is True and seen.state == _state()
    view.handle("city/kiosks/lib-01/state", b"")  # decommissioned: retained message cleared


def test_exporter_turns_retained_states_and_wills_into_metrics(mosquitto: Mosquitto) -> None:
    exporter = FleetExporter(
        "127.0.0.1", mosquitto.port, "city", parse_listen("127.0.0.1:0")
    ).start()
    link = FleetLink(
        LinkSettings(
            host="127.0.0.1",
            port=mosquitto.port,
            kiosk_id="lib-01",
            prefix="city",
            allow_plain=True,
            keepalive_s=2,
        )
    )
    link.start()
    url = f"http://127.0.0.1:{exporter.port}/metrics"

    def metric(name: str, **labels: str) -> float | None:
        try:
            return _value(_samples(httpx.get(url, timeout=5).text), name, **labels)
        except KeyError:
            return None

    try:
        link.publish(link.topic("state"), encode(_state()), qos=1, retain=True)
        wait_for(lambda: metric("kiosk_printer_paper", kiosk="lib-01", level="out") == 1)
        wait_for(lambda: metric("kiosk_up", kiosk="lib-01") == 1)
        link.publish(link.topic("state"), b'{"schema": 1, "hostile": true}', qos=1, retain=True)
        wait_for(lambda: metric("kiosk_fleet_exporter_rejected_total") == 1)
        assert metric("kiosk_printer_paper", kiosk="lib-01", level="out") == 1  # kept
    finally:
        link.stop()
        wait_for(lambda: metric("kiosk_up", kiosk="lib-01") == 0)
        exporter.stop()


DOCS = Path(__file__).resolve().parents[3] / "docs" / "fleet.md"


def test_docs_example_state_parses_and_every_documented_metric_exists() -> None:
    import re

    text = DOCS.read_text(encoding="utf-8")
    example = text.split("```json\n", 1)[1].split("```", 1)[0]
    assert parse_state(example.encode()).kiosk == "lib-01"
    documented = set(re.findall(r"`(kiosk_[a-z_]+)", text)) - {
        "kiosk_fleet_exporter_rejected_total"
    }
    registry = registry_for(
        lambda: [Observed("lib-01", _state(in_service=False, out_of_service_cause="remote"), True)]
    )
    exporter_names = {
        "kiosk_fleet_exporter_rejected",
        "kiosk_fleet_exporter_kiosks",
        "kiosk_heartbeat_age_seconds",  # the exporter's liveness series (kiosk.fleet.liveness)
        "kiosk_keepalive_seconds",
    }
    served = {f.name for f in text_string_to_metric_families(generate_latest(registry).decode())}
    assert documented - served - exporter_names == set()
    rules = (DOCS.parents[1] / "deploy/prometheus/rules/kiosk.rules.yml").read_text()
    for name in set(re.findall(r"\b(kiosk_[a-z_]+)", rules)):
        assert name in served | exporter_names, name
