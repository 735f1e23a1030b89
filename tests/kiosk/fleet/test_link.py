"""FleetLink against the real Debian mosquitto on loopback."""

from __future__ import annotations

import json
import ssl
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from citysim.provisioning import ProvisioningAuthority
from kiosk.fleet.link import FleetLink, LinkSettings, ReceivedMessage, kiosk_topic
from kiosk.security.tls import client_ssl_context
from tests.kiosk.fleet.engines import (
    Mosquitto,
    Subscriber,
    enrol_identity,
    mosquitto,
    wait_flushed,
    wait_for,
)

__all__ = ["mosquitto"]  # the fixture, re-exported for pytest


def _link(port: int, kiosk_id: str = "lib-01", **kw: object) -> FleetLink:
    settings = LinkSettings(
        host="127.0.0.1",
        port=port,
        kiosk_id=kiosk_id,
        prefix="city",
        allow_plain=True,
        keepalive_s=2,
        **kw,  # type: ignore[arg-type]
    )
    return FleetLink(settings)


def _presence(payload: bytes) -> dict[str, object]:
    return dict(json.loads(payload))


def test_settings_refuse_plain_without_opt_in_and_hostile_ids() -> None:
    with pytest.raises(ValueError, match="TLS"):
        LinkSettings(host="h", port=1, kiosk_id="k")
    for bad in ("", "a/b", "+", "#", "x#"):
        with pytest.raises(ValueError):
            LinkSettings(host="h", port=1, kiosk_id=bad, allow_plain=True)
    assert kiosk_topic("city", "k1", "state") == "city/kiosks/k1/state"


def test_publish_subscribe_presence_and_callbacks_on_link_thread(mosquitto: Mosquitto) -> None:
    sub = Subscriber(mosquitto.port, "city/#")
    link = _link(mosquitto.port)
    got: list[tuple[ReceivedMessage, str]] = []
    event = threading.Event()

    def on_cmd(msg: ReceivedMessage) -> None:
        got.append((msg, threading.current_thread().name))
        event.set()

    link.subscribe(link.topic("cmd"), 1, on_cmd)
    link.start()
    try:
        sub.wait(
            lambda t, p, r: t == "city/kiosks/lib-01/status" and _presence(p)["online"] is True
        )
        link.publish(link.topic("state"), b'{"v":1}', qos=1, retain=True)
        _, payload, _ = sub.wait(lambda t, p, r: t.endswith("/state"))
        assert payload == b'{"v":1}'
        sub.client.publish("city/kiosks/lib-01/cmd", b"hello", qos=1)
        assert event.wait(5)
        msg, thread_name = got[0]
        assert msg.payload == b"hello" and msg.topic == "city/kiosks/lib-01/cmd"
        assert thread_name != threading.main_thread().name
    finally:
        link.stop()
        sub.close()


def test_stop_publishes_offline_and_joins_the_thread(mosquitto: Mosquitto) -> None:
    sub = Subscriber(mosquitto.port, "city/#")
    link = _link(mosquitto.port)
    link.start()
    wait_for(lambda: link.connected)
    before = {t.ident for t in threading.enumerate()}
    link.stop()
    after = {t.ident for t in threading.enumerate()}
    assert after <= before and len(after) < len(before)  # the paho thread is gone
    _, payload, _ = sub.wait(
        lambda t, p, r: t.endswith("/status") and _presence(p)["online"] is False
    )
    assert _presence(payload)["reason"] == "stopped"
    sub.close()


def test_broker_down_publish_never_blocks_buffer_is_bounded_and_retained_coalesced(
    tmp_path: Path,
) -> None:
    broker = Mosquitto(tmp_path)  # not started yet: the broker is unreachable
    link = _link(broker.port, buffer_max=5)
    link.start()
    try:
        started = time.perf_counter()
        for i in range(20):
            assert link.publish(link.topic("events"), f"e{i}".encode(), qos=1)
            assert link.publish(link.topic("state"), f"s{i}".encode(), qos=1, retain=True)
        elapsed = time.perf_counter() - started
        assert elapsed < 0.05, elapsed  # 40 publishes, no network wait
        stats = link.stats()
        assert (stats.connected, stats.buffered, stats.retained_topics) == (False, 5, 1)
        assert stats.dropped == 15
        broker.start()
        sub = Subscriber(broker.port, "city/#")  # listening before the link's next attempt
        assert sub.ready.wait(5) and not link.connected
        wait_for(lambda: link.connected, 10)
        wait_flushed(broker.port, lambda t, p, r: p == b"s19")
        late = Subscriber(broker.port, "city/#")
        try:
            # the oldest non-retained were dropped; the newest five arrive, in order
            wait_for(lambda: len(sub.matching(lambda t, p, r: t.endswith("/events"))) == 5)
            events = [p for _, p, _ in sub.matching(lambda t, p, r: t.endswith("/events"))]
            assert events == [b"e15", b"e16", b"e17", b"e18", b"e19"]
            # a late subscriber still gets the retained state: the latest one only
            _, state, retained = late.wait(lambda t, p, r: t.endswith("/state"))
            assert (state, retained) == (b"s19", True)
            assert [p for _, p, _ in late.matching(lambda t, p, r: t.endswith("/state"))] == [
                b"s19"
            ]
        finally:
            sub.close()
            late.close()
    finally:
        link.stop()
        broker.stop()


def test_broker_restart_reconnects_and_republishes_retained_state(mosquitto: Mosquitto) -> None:
    link = _link(mosquitto.port)
    link.start()
    try:
        wait_for(lambda: link.connected)
        link.publish(link.topic("state"), b"before", qos=1, retain=True)
        time.sleep(0.2)
        mosquitto.restart()  # persistence false: the broker forgot every retained message
        link.publish(link.topic("state"), b"during-or-after", qos=1, retain=True)
        wait_for(lambda: link.stats().connects >= 2, 15)
        wait_flushed(mosquitto.port, lambda t, p, r: p == b"during-or-after")
        sub = Subscriber(mosquitto.port, "city/#")  # late: sees only what the broker retained
        try:
            _, payload, retained = sub.wait(lambda t, p, r: t.endswith("/state"))
            assert (payload, retained) == (b"during-or-after", True)
            sub.wait(lambda t, p, r: t.endswith("/status") and _presence(p)["online"] is True)
        finally:
            sub.close()
    finally:
        link.stop()


_CHILD = """
import sys, time
from kiosk.fleet.link import FleetLink, LinkSettings
link = FleetLink(LinkSettings(host="127.0.0.1", port=int(sys.argv[1]), kiosk_id="doomed",
                              prefix="city", allow_plain=True, keepalive_s=2))
link.start()
while not link.connected:
    time.sleep(0.01)
print("up", flush=True)
time.sleep(60)
"""


def test_kill_9_marks_the_kiosk_offline_through_the_last_will(mosquitto: Mosquitto) -> None:
    sub = Subscriber(mosquitto.port, "city/#")
    child = subprocess.Popen(
        [sys.executable, "-c", _CHILD, str(mosquitto.port)],
        stdout=subprocess.PIPE,
        cwd=Path(__file__).resolve().parents[3],
    )
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == b"up"
        sub.wait(
            lambda t, p, r: t == "city/kiosks/doomed/status" and _presence(p)["online"] is True
        )
        killed = time.monotonic()
        child.kill()
        child.wait(5)
        _, payload, _ = sub.wait(
            lambda t, p, r: t == "city/kiosks/doomed/status" and not _presence(p)["online"],
            timeout_s=3.0,  # keep-alive 2 s: the broker sees the socket close at once
        )
        assert time.monotonic() - killed < 3.0
        assert _presence(payload)["reason"] == "lost"
    finally:
        child.kill()
        child.wait(5)
        if child.stdout is not None:
            child.stdout.close()
        sub.close()


def test_mutual_tls_with_the_device_identity_and_per_kiosk_topics(tmp_path: Path) -> None:
    """The broker accepts only city certificates and takes the CN as the user name: the kiosk's
    link connects with its provisioned identity; a certificate from another CA never does."""
    authority = ProvisioningAuthority(tmp_path / "city")
    cert, key = authority.issue_server_certificate(["127.0.0.1"])
    acl = tmp_path / "acl"
    acl.write_text(
        "pattern write city/kiosks/%u/#\npattern read city/kiosks/%u/cmd\n"
        "user ops\ntopic read city/kiosks/#\n",
        encoding="utf-8",
    )
    broker = Mosquitto(
        tmp_path,
        extra=(
            f"allow_anonymous false\ncafile {authority.ca_cert_path}\ncertfile {cert}\n"
            f"keyfile {key}\nrequire_certificate true\nuse_identity_as_username true\n"
            f"tls_version tlsv1.2\nacl_file {acl}\n"
        ),
    )
    broker.start()
    identity = enrol_identity(authority, tmp_path / "kiosk", "lib-07")
    link = FleetLink(
        LinkSettings(
            host="127.0.0.1",
            port=broker.port,
            kiosk_id="lib-07",
            prefix="city",
            tls=client_ssl_context(identity),
        )
    )
    other = ProvisioningAuthority(tmp_path / "elsewhere")
    stranger_identity = enrol_identity(other, tmp_path / "stranger", "lib-08")
    stranger_tls = client_ssl_context(stranger_identity)
    stranger_tls.load_verify_locations(cafile=str(authority.ca_cert_path))  # trusts the broker
    stranger = FleetLink(
        LinkSettings(
            host="127.0.0.1", port=broker.port, kiosk_id="lib-08", prefix="city", tls=stranger_tls
        )
    )
    ops_cert, ops_key = authority.issue_operator_certificate("ops", directory=tmp_path)
    seen: list[bytes] = []
    got = threading.Event()

    def on_state(message: ReceivedMessage) -> None:
        seen.append(message.payload)
        got.set()

    ops = FleetLink(
        LinkSettings(
            host="127.0.0.1",
            port=broker.port,
            kiosk_id="ops",
            prefix="city",
            tls=_operator_tls(authority, ops_cert, ops_key),
        )
    )
    ops.subscribe("city/kiosks/+/state", 1, on_state)
    try:
        ops.start()
        link.start()
        stranger.start()
        wait_for(lambda: link.connected and ops.connected)
        link.publish(link.topic("state"), b"mtls-ok", qos=1, retain=True)
        assert got.wait(5) and seen == [b"mtls-ok"]
        time.sleep(0.5)
        assert not stranger.connected and stranger.stats().connects == 0
    finally:
        for each in (stranger, link, ops):
            each.stop()
        broker.stop()


def _operator_tls(authority: ProvisioningAuthority, cert: Path, key: Path) -> ssl.SSLContext:
    context = ssl.create_default_context(cafile=str(authority.ca_cert_path))
    context.load_cert_chain(str(cert), str(key))
    return context
