"""The subscriber-side liveness rule (kiosk/fleet/liveness.py): pure tests on a fake clock, the
exporter's view and the CLI's rows on the same rule, the telemetry thread's heartbeat, and one
real-broker test — a kiosk whose network loop freezes (socket left open, no DISCONNECT) is
reported offline by the exporter's /metrics within 1.5 x keep-alive."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import httpx
import pytest
from cryptography import x509
from prometheus_client.parser import text_string_to_metric_families

from citysim.provisioning import ProvisioningAuthority
from kiosk.commands.fleet import collect_rows
from kiosk.fleet import liveness
from kiosk.fleet.exporter import FleetExporter, FleetView
from kiosk.fleet.liveness import Beat, Heard, alive
from kiosk.fleet.metrics import parse_listen
from kiosk.fleet.state import KioskState, encode
from kiosk.fleet.telemetry import Telemetry
from tests.kiosk.fleet.engines import Mosquitto, mosquitto, wait_for
from tests.kiosk.fleet.simkiosk import SimKiosk

__all__ = ["mosquitto"]

KA = 6.0  # keep-alive of the pure tests: limit 9 s, a beat every 2 s


class Clock:
    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def _beat(online: bool = True, ka: object = KA, seq: int = 1, ts: float = 0.0) -> bytes:
    return json.dumps(
        {"kiosk": "lib-01", "online": online, "keepalive_s": ka, "seq": seq, "ts": ts}
    ).encode()


# -- the rule ---------------------------------------------------------------------------------


def test_offline_after_one_and_a_half_keepalives_of_silence() -> None:
    heard = Heard(online=True, keepalive_s=KA, heard_at=100.0)
    assert alive(heard, 100.0 + 1.5 * KA, since=0.0) is True  # at the limit: still alive
    assert alive(heard, 100.0 + 1.5 * KA + 0.001, since=0.0) is False
    assert liveness.age(heard, 105.0, since=0.0) == 5.0


def test_the_last_will_is_believed_at_once() -> None:
    heard = Heard(online=False, keepalive_s=KA, heard_at=100.0)
    assert alive(heard, 100.0, since=0.0) is False


def test_a_replayed_retained_presence_counts_from_the_subscribers_start() -> None:
    # the subscriber started at 50 and only got the broker's retained copy: benefit of the doubt
    # for one limit, then offline (the kiosk may have frozen an hour before)
    heard = Heard(online=True, keepalive_s=KA, heard_at=None)
    assert alive(heard, 50.0 + 1.5 * KA, since=50.0) is True
    assert alive(heard, 50.0 + 1.5 * KA + 0.1, since=50.0) is False
    # a live message heard before a restart of the subscriber does not count for more
    assert liveness.age(Heard(True, KA, heard_at=10.0), 60.0, since=50.0) == 10.0


def test_a_kiosk_without_heartbeats_is_judged_by_its_presence_only() -> None:
    assert alive(Heard(online=True), 1e9, since=0.0) is True
    assert alive(Heard(online=False), 0.0, since=0.0) is False
    assert alive(Heard(), 0.0, since=0.0) is None


def test_beats_come_three_times_per_keepalive() -> None:
    beat = Beat("lib-01", 30)
    assert beat.every_s == 10.0 and liveness.limit(30) == 45.0
    first, second = json.loads(beat.payload(wall=1.0)), json.loads(beat.payload(wall=2.0))
    assert first == {"kiosk": "lib-01", "online": True, "keepalive_s": 30.0, "seq": 1, "ts": 1.0}
    assert second["seq"] == 2
    assert liveness.parse_presence(beat.payload()) == (True, 30.0, 3)


@pytest.mark.parametrize(
    "ka", [0, -5, 1e9, float("nan"), "30", True, None], ids=lambda v: f"keepalive={v!r}"
)
def test_a_keepalive_out_of_range_is_not_believed(ka: object) -> None:
    payload = json.dumps({"online": True, "keepalive_s": ka}).encode()
    assert liveness.parse_presence(payload) == (True, None, None)


@pytest.mark.parametrize("payload", [b"[", b"[1]", b'{"online": "yes"}', b"\xff", b"[" * 5000])
def test_hostile_presence_documents_raise_value_error(payload: bytes) -> None:
    with pytest.raises(ValueError):
        liveness.parse_presence(payload)


# -- the exporter's view ----------------------------------------------------------------------


def _state() -> KioskState:
    return KioskState(kiosk="lib-01", site="Central Library", version="1.0", mode="normal",
                      in_service=True, ts=1.0)  # fmt: skip


def test_exporter_view_judges_by_its_own_receive_time_not_the_kiosks_clock() -> None:
    clock = Clock()
    view = FleetView("city", clock=clock)
    # the kiosk's clock is a day behind, then a day ahead: it changes nothing
    view.handle("city/kiosks/lib-01/status", _beat(ts=time.time() - 86400))
    [seen] = view.observed()
    assert seen.online is True
    clock.now += 8.9
    view.handle("city/kiosks/lib-01/status", _beat(seq=2, ts=time.time() + 86400))
    clock.now += 1.5 * KA
    assert view.observed()[0].online is True
    assert view.ages() == [("lib-01", "", 1.5 * KA, KA)]
    clock.now += 0.01
    assert view.observed()[0].online is False  # frozen: nothing for 1.5 x keep-alive


def test_exporter_view_live_states_keep_a_kiosk_alive_replays_do_not() -> None:
    clock = Clock()
    view = FleetView("city", clock=clock)
    view.handle("city/kiosks/lib-01/status", _beat(), retained=True)
    view.handle("city/kiosks/lib-01/state", encode(_state()), retained=True)
    clock.now += 1.5 * KA + 0.1
    assert view.observed()[0].online is False  # only replays since the exporter started
    view.handle("city/kiosks/lib-01/state", encode(_state()))  # live: the kiosk is back
    assert view.observed()[0].online is True
    # the connect-time presence carries no keep-alive: the last one known is kept
    view.handle("city/kiosks/lib-01/status", b'{"kiosk": "lib-01", "online": true}')
    clock.now += 1.5 * KA + 0.1
    assert view.observed()[0].online is False
    # the Last-Will: at once, even right after a live message
    view.handle("city/kiosks/lib-01/state", encode(_state()))
    view.handle("city/kiosks/lib-01/status", b'{"kiosk": "lib-01", "online": false}')
    assert view.observed()[0].online is False


def test_status_rows_use_the_same_rule() -> None:
    messages = {
        "city/kiosks/lib-01/status": _beat(),
        "city/kiosks/lib-02/status": _beat(),
        "city/kiosks/hall-01/status": _beat(online=False),
    }
    heard = {
        "lib-01": Heard(True, KA, heard_at=103.0),  # a live beat while listening
        "lib-02": Heard(True, KA, heard_at=None),  # only the replay: frozen
        "hall-01": Heard(False, KA, heard_at=None),  # the Last-Will
    }
    rows = collect_rows(messages, "city", heard, now=100.0 + 1.5 * KA + 1, since=100.0)
    assert rows["lib-01"].online == "yes"
    assert rows["lib-02"].online == "NO,silent:10s"
    assert rows["hall-01"].online == "NO"


# -- the kiosk's heartbeat ----------------------------------------------------------------------


class _Link:
    def __init__(self) -> None:
        self.sent: list[tuple[str, bytes, bool]] = []
        self.cond = threading.Condition()

    def topic(self, *parts: str) -> str:
        return "/".join(("city", "kiosks", "lib-01", *parts))

    def publish(self, topic: str, payload: bytes, qos: int = 0, retain: bool = False) -> bool:
        with self.cond:
            self.sent.append((topic, payload, retain))
        return True


def test_telemetry_beats_every_third_of_a_keepalive_without_snapshots() -> None:
    link = _Link()
    snapshots = [0]

    def read() -> KioskState:
        snapshots[0] += 1
        return _state()

    telemetry = Telemetry(
        link, read, heartbeat_s=3600, sample_s=3600, beat=Beat("lib-01", 0.3)
    ).start()
    try:
        wait_for(lambda: telemetry.beats >= 6, 5.0)
    finally:
        telemetry.stop()
    beats = [json.loads(p) for t, p, r in link.sent if t.endswith("/status") and r]
    assert [b["seq"] for b in beats][:6] == [1, 2, 3, 4, 5, 6]
    assert all(b["online"] is True and b["keepalive_s"] == 0.3 for b in beats)
    assert snapshots[0] == 1  # the first state document only: a beat reads nothing


# -- a real broker: a frozen kiosk ---------------------------------------------------------------


def _metric(url: str, name: str) -> float | None:
    for family in text_string_to_metric_families(httpx.get(url, timeout=5).text):
        for sample in family.samples:
            if sample.name == name and sample.labels.get("kiosk") == "lib-01":
                return float(sample.value)
    return None


def _kiosk_up(url: str) -> float | None:
    return _metric(url, "kiosk_up")


@pytest.fixture(scope="module")
def ca(tmp_path_factory: pytest.TempPathFactory) -> x509.Certificate:
    return ProvisioningAuthority(tmp_path_factory.mktemp("city")).ca_cert


def test_a_frozen_kiosk_is_offline_at_the_exporter_within_one_and_a_half_keepalives(
    mosquitto: Mosquitto, ca: x509.Certificate, tmp_path: Path
) -> None:
    keepalive = 2
    exporter = FleetExporter(
        "127.0.0.1", mosquitto.port, "city", parse_listen("127.0.0.1:0")
    ).start()
    url = f"http://127.0.0.1:{exporter.port}/metrics"
    kiosk = SimKiosk(
        "lib-01", "Central Library", mosquitto.port, ca, tmp_path / "k",
        prefix="city", keepalive_s=keepalive,
    ).start()  # fmt: skip
    try:
        wait_for(lambda: _kiosk_up(url) == 1)
        # alive and beating: never reported down meanwhile
        deadline = time.monotonic() + 1.5 * keepalive
        while time.monotonic() < deadline:
            assert _kiosk_up(url) == 1
            time.sleep(0.1)
        # freeze: the network loop stops, the socket stays open, no DISCONNECT, no FIN
        kiosk.telemetry.stop()
        kiosk.link._client.loop_stop()
        frozen = time.monotonic()
        wait_for(lambda: _kiosk_up(url) == 0, 4 * keepalive, step_s=0.02)
        detected = time.monotonic() - frozen
        # 1.5 x keep-alive, plus the test's own polling step and an HTTP scrape
        assert detected <= 1.5 * keepalive + 0.15, detected
        # the series the KioskDown rule reads say the same
        assert _metric(url, "kiosk_keepalive_seconds") == keepalive
        age = _metric(url, "kiosk_heartbeat_age_seconds")
        assert age is not None and age > 1.5 * keepalive
    finally:
        kiosk.processor.close()
        kiosk.link._client.disconnect()
        exporter.stop()
