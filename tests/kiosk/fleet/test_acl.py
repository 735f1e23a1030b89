"""The shipped broker configuration (deploy/mosquitto) on the real Debian mosquitto: clients log
in with certificates of the demo city CA, the CN is the user name, and the ACL keeps each kiosk
to its own topics and its own (and its site's) commands."""

from __future__ import annotations

import re
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import paho.mqtt.client as mqtt
import pytest
from paho.mqtt.enums import CallbackAPIVersion, MQTTProtocolVersion

from citysim.provisioning import ProvisioningAuthority
from kiosk.fleet.acl import render_acl
from tests.kiosk.fleet.engines import MOSQUITTO, free_port, require, wait_for
from tests.kiosk.fleet.operators import Signer, kiosk_signer, operator

REPO = Path(__file__).resolve().parents[3]
DEPLOY = REPO / "deploy" / "mosquitto"
FLEET = {"lib-01": "Central Library", "lib-02": "Central Library", "hall-01": "City Hall"}
P = "ecitizen"
OPERATORS, READERS = ["ops-alice"], ["fleet-exporter"]


def test_shipped_acl_is_the_rendered_one_for_the_demo_fleet() -> None:
    assert (DEPLOY / "acl").read_text(encoding="utf-8") == render_acl(P, FLEET, OPERATORS, READERS)
    with pytest.raises(ValueError):
        render_acl(P, {"lib-01/#": "x"}, [])
    with pytest.raises(ValueError):
        render_acl(P, {}, ["ops alice"])


class Client:
    """A plain paho MQTT 5 client logged in with a certificate, recording what it receives."""

    def __init__(self, port: int, ca: Path, who: Signer) -> None:
        self.received: list[tuple[str, bytes]] = []
        self._cond = threading.Condition()
        self.client = mqtt.Client(CallbackAPIVersion.VERSION2, protocol=MQTTProtocolVersion.MQTTv5)
        self.client.tls_set(str(ca), str(who.cert_path), str(who.key_path))
        self.client.on_message = self._on_message
        connected = threading.Event()
        self.client.on_connect = lambda *_a: connected.set()
        self.client.connect("127.0.0.1", port, keepalive=10)
        self.client.loop_start()
        assert connected.wait(10)

    def _on_message(self, _c: object, _u: object, msg: mqtt.MQTTMessage) -> None:
        with self._cond:
            self.received.append((msg.topic, bytes(msg.payload)))
            self._cond.notify_all()

    def subscribe(self, *filters: str) -> None:
        done = threading.Event()
        self.client.on_subscribe = lambda *_a: done.set()
        self.client.subscribe([(f, 1) for f in filters])
        assert done.wait(10)

    def publish(self, topic: str, payload: bytes) -> None:
        self.client.publish(topic, payload, qos=1).wait_for_publish(10)

    def wait_for(self, payload: bytes) -> list[tuple[str, bytes]]:
        """Everything received up to and including ``payload`` (a marker sent last)."""
        with self._cond:
            assert self._cond.wait_for(lambda: any(p == payload for _, p in self.received), 10)
            return list(self.received)

    def close(self) -> None:
        self.client.disconnect()
        self.client.loop_stop()


class Broker:
    """deploy/mosquitto/mosquitto.conf with its paths moved into a temporary directory."""

    def __init__(self, tmp: Path, city: ProvisioningAuthority) -> None:
        require(MOSQUITTO, "mosquitto")
        self.port = free_port()
        cert, key = city.issue_server_certificate(("127.0.0.1",))
        (tmp / "acl").write_text(render_acl(P, FLEET, OPERATORS, READERS), encoding="utf-8")
        text = (DEPLOY / "mosquitto.conf").read_text(encoding="utf-8")
        paths = {
            "cafile": city.ca_cert_path,
            "certfile": cert,
            "keyfile": key,
            "acl_file": tmp / "acl",
            "persistence_location": f"{tmp}/",
        }
        for option, value in paths.items():
            text, n = re.subn(rf"(?m)^{option} .*$", f"{option} {value}", text)
            assert n == 1, option
        text, n = re.subn(r"(?m)^listener 8883$", f"listener {self.port} 127.0.0.1", text)
        assert n == 1
        self.conf = tmp / "mosquitto.conf"
        self.conf.write_text(text + "\nuser root\nlog_dest stderr\n", encoding="utf-8")
        self.log = tmp / "mosquitto.log"
        with self.log.open("wb") as log:
            self.process = subprocess.Popen([MOSQUITTO, "-c", str(self.conf)], stderr=log)
        wait_for(lambda: "running" in self.log.read_text(errors="replace"), 10)

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(5)


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> ProvisioningAuthority:
    return ProvisioningAuthority(tmp_path_factory.mktemp("city"))


@pytest.fixture
def broker(tmp_path: Path, pki: ProvisioningAuthority) -> Iterator[Broker]:
    b = Broker(tmp_path, pki)
    yield b
    b.stop()


def test_a_kiosk_writes_and_reads_only_its_own_topics(
    broker: Broker, pki: ProvisioningAuthority
) -> None:
    ca = pki.ca_cert_path
    lib01 = Client(broker.port, ca, kiosk_signer(pki, "lib-01", FLEET["lib-01"]))
    lib02 = Client(broker.port, ca, kiosk_signer(pki, "lib-02", FLEET["lib-02"]))
    ops = Client(broker.port, ca, operator(pki, "ops-alice"))
    exporter = Client(broker.port, ca, kiosk_signer(pki, "fleet-exporter", "City Hall"))
    try:
        ops.subscribe(f"{P}/kiosks/+/state", f"{P}/kiosks/+/acks")
        exporter.subscribe("#", f"{P}/kiosks/+/cmd", f"{P}/kiosks/+/state")
        lib02.subscribe(f"{P}/kiosks/lib-02/cmd")
        # lib-01 tries every topic it could read, the others' included
        lib01.subscribe(
            f"{P}/kiosks/lib-01/cmd",
            f"{P}/sites/central-library/cmd",
            f"{P}/kiosks/lib-02/cmd",
            f"{P}/kiosks/+/cmd",
            f"{P}/sites/city-hall/cmd",
            f"{P}/kiosks/lib-02/state",
            "#",
        )

        # 1. lib-01 cannot write another kiosk's state (nor command anyone)
        lib01.publish(f"{P}/kiosks/lib-02/state", b"forged state")
        lib01.publish(f"{P}/kiosks/lib-02/cmd", b"forged command")
        lib01.publish(f"{P}/sites/central-library/cmd", b"forged site command")
        lib01.publish(f"{P}/kiosks/lib-01/state", b"own state")
        seen = ops.wait_for(b"own state")
        assert seen == [(f"{P}/kiosks/lib-01/state", b"own state")]

        # 2. lib-01 reads its own and its site's commands only
        ops.publish(f"{P}/kiosks/lib-02/cmd", b"for lib-02")
        ops.publish(f"{P}/sites/city-hall/cmd", b"for city hall")
        ops.publish(f"{P}/kiosks/lib-02/state", b"not a kiosk's business")
        ops.publish(f"{P}/sites/central-library/cmd", b"for the library")
        ops.publish(f"{P}/kiosks/lib-01/cmd", b"for lib-01")
        got = lib01.wait_for(b"for lib-01")
        payloads = {p for _, p in got}
        assert b"for the library" in payloads
        assert payloads <= {b"for lib-01", b"for the library"}, payloads
        # lib-02 got the operator's command, and none of lib-01's forgeries
        assert lib02.wait_for(b"for lib-02") == [(f"{P}/kiosks/lib-02/cmd", b"for lib-02")]
        # the exporter reads states only: no command reached it (nor the operator's state)
        lib02.publish(f"{P}/kiosks/lib-02/state", b"lib-02 state")
        assert set(exporter.wait_for(b"lib-02 state")) == {  # (overlapping filters: twice)
            (f"{P}/kiosks/lib-01/state", b"own state"),
            (f"{P}/kiosks/lib-02/state", b"lib-02 state"),
        }
    finally:
        for c in (lib01, lib02, ops, exporter):
            c.close()


def _admitted(port: int, ca: Path, cert: Path | None = None, key: Path | None = None) -> bool:
    """True if the broker answers CONNECT with success within 2 s."""
    client = mqtt.Client(CallbackAPIVersion.VERSION2, protocol=MQTTProtocolVersion.MQTTv5)
    client.tls_set(str(ca), None if cert is None else str(cert), None if key is None else str(key))
    admitted = threading.Event()

    def on_connect(_c: object, _u: object, _f: object, reason: object, _p: object) -> None:
        if not getattr(reason, "is_failure", True):
            admitted.set()

    client.on_connect = on_connect
    client.connect_async("127.0.0.1", port, keepalive=5)
    client.loop_start()
    try:
        return admitted.wait(2)
    finally:
        client.disconnect()
        client.loop_stop()


def test_without_a_city_certificate_nobody_connects(
    broker: Broker, pki: ProvisioningAuthority, tmp_path: Path
) -> None:
    ca = pki.ca_cert_path
    own = kiosk_signer(pki, "hall-01", FLEET["hall-01"])
    assert _admitted(broker.port, ca, own.cert_path, own.key_path)  # the control
    assert not _admitted(broker.port, ca)  # no certificate
    forger = kiosk_signer(ProvisioningAuthority(tmp_path / "evil"), "lib-01", "Central Library")
    assert not _admitted(broker.port, ca, forger.cert_path, forger.key_path)  # another CA
