"""Staged rollouts: the ring plan, the halt rule, and `kiosk fleet rollout start|status|halt`
against the real mosquitto on loopback with kiosks running the real fleet link, telemetry and
command processor (tests/kiosk/fleet/simkiosk.py: its updater installs, rolls back or goes
offline as told)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from citysim.provisioning import ProvisioningAuthority
from kiosk.cli import main
from kiosk.commands.fleet import Broker, FleetWatch, MqttFleetIO, _load_signer
from kiosk.updates.rollout import (
    KioskView,
    Ring,
    Rollout,
    RolloutError,
    fleet_order,
    plan_rings,
    ring_verdict,
)
from tests.kiosk.fleet.engines import Mosquitto, mosquitto, wait_for
from tests.kiosk.fleet.operators import Signer, operator
from tests.kiosk.fleet.simkiosk import SimKiosk

__all__ = ["mosquitto"]

IDS = [f"k{n:02d}" for n in range(1, 7)]


def test_rings_grow_from_the_canary_to_all_in_a_stable_order() -> None:
    order = fleet_order(IDS)
    rings = plan_rings(IDS, canary_count=1, percents=(50,))
    assert [r.name for r in rings] == ["canary", "50%", "all"]
    assert rings[0].members == (order[0],)
    assert rings[1].members == tuple(order[1:3])  # up to 50 %: 3 kiosks, the canary among them
    assert rings[2].members == tuple(order[3:])
    assert sorted(m for r in rings for m in r.members) == sorted(IDS)
    assert plan_rings(IDS[:3] + IDS[3:], percents=(50,)) == rings  # order is the ids', stable
    named = plan_rings(IDS, canary=("k05", "k02"), percents=(10,))
    assert set(named[0].members) == {"k02", "k05"} and named[1].name == "all"  # 10 %: nobody new
    with pytest.raises(RolloutError, match="unknown canary"):
        plan_rings(IDS, canary=("k99",))
    with pytest.raises(RolloutError, match="rise strictly"):
        plan_rings(IDS, percents=(50, 25))
    with pytest.raises(RolloutError, match="no kiosk"):
        plan_rings([])


def test_a_ring_passes_waits_or_halts_on_its_own_members() -> None:
    ring = Ring("50%", ("a", "b", "c", "d"))
    online = {"a", "b", "c"}  # d was offline when the ring started: not waited for

    def views(**states: tuple[bool, str, str]) -> dict[str, KioskView]:
        return {k: KioskView(k, o, v, s, "2.0") for k, (o, v, s) in states.items()}

    done = ("2.0", "up_to_date")
    going = ring_verdict(
        ring,
        views(a=(True, *done), b=(True, "1.0", "pending"), c=(True, *done)),
        "2.0",
        online,
        0.34,
    )
    assert (going.status, going.done, going.waiting) == ("waiting", ("a", "c"), ("b",))
    one_bad = ring_verdict(
        ring,
        views(a=(True, *done), b=(True, "1.0", "rolled_back"), c=(True, *done)),
        "2.0",
        online,
        0.34,
    )
    assert (one_bad.status, one_bad.failed) == ("done", (("b", "rolled_back"),))  # 1/3 allowed
    two_bad = ring_verdict(
        ring,
        views(a=(False, *done), b=(True, "1.0", "rolled_back"), c=(True, *done)),
        "2.0",
        online,
        0.34,
    )
    assert two_bad.status == "halt" and ("a", "offline") in two_bad.failed
    nobody = ring_verdict(ring, {}, "2.0", set(), 0.0)
    assert nobody.status == "waiting"  # a ring with no reachable kiosk proves nothing


@pytest.fixture(scope="module")
def city(tmp_path_factory: pytest.TempPathFactory) -> ProvisioningAuthority:
    return ProvisioningAuthority(tmp_path_factory.mktemp("city"))


@pytest.fixture(scope="module")
def alice(city: ProvisioningAuthority) -> Signer:
    return operator(city, "ops-alice")


@pytest.fixture
def fleet(
    mosquitto: Mosquitto, city: ProvisioningAuthority, tmp_path: Path
) -> Iterator[dict[str, SimKiosk]]:
    running = {
        k: SimKiosk(k, "Central Library", mosquitto.port, city.ca_cert, tmp_path / k, keepalive_s=3)
        for k in IDS
    }
    for kiosk in running.values():
        kiosk.start()
    for kiosk in running.values():
        wait_for(lambda kiosk=kiosk: kiosk.telemetry.published > 0)  # type: ignore[misc]
    yield running
    for kiosk in running.values():
        kiosk.close()


def _fleet(port: int, signer: Signer | None, *args: str) -> Result:
    options = ["--plain", "--port", str(port)]
    if signer is not None:
        options += ["--cert", str(signer.cert_path), "--key", str(signer.key_path)]
    group, command, *rest = args
    if group == "rollout":
        return CliRunner().invoke(main, ["fleet", "rollout", command, *options, *rest])
    return CliRunner().invoke(main, ["fleet", group, *options, command, *rest])


FAST = ("--soak", "0.3", "--poll", "0.1", "--ring-timeout", "10")


def test_a_rollout_moves_every_ring_and_status_shows_each_kiosks_version(
    mosquitto: Mosquitto, fleet: dict[str, SimKiosk], alice: Signer
) -> None:
    result = _fleet(mosquitto.port, alice, "rollout", "start", "1.1.0", "--percent", "50", *FAST)
    assert result.exit_code == 0, result.output
    assert "rollout of 1.1.0 done" in result.output
    assert {k.version for k in fleet.values()} == {"1.1.0"}
    assert all(k.targets == ["1.1.0"] for k in fleet.values())
    table = _fleet(mosquitto.port, None, "status", "--wait", "3")
    header, *rows = table.output.splitlines()
    assert header.split()[2:5] == ["VERSION", "UPDATE", "TARGET"]
    assert len(rows) == 6 and all(r.split()[3:6] == ["1.1.0", "up_to_date", "1.1.0"] for r in rows)
    status = _fleet(mosquitto.port, None, "rollout", "status")
    assert status.output.splitlines()[0] == "rollout 1.1.0: done, ring 3/3"


def test_a_canary_that_rolls_back_halts_the_rollout_before_anyone_else_is_told(
    mosquitto: Mosquitto, fleet: dict[str, SimKiosk], alice: Signer
) -> None:
    canary = fleet_order(IDS)[0]
    fleet[canary].on_target = "roll_back"
    result = _fleet(mosquitto.port, alice, "rollout", "start", "2.0.0", "--percent", "50", *FAST)
    assert result.exit_code == 1
    assert "HALTED: rollout.failure_share" in result.output
    assert f"{canary}  rolled_back" in result.output
    wait_for(lambda: fleet[canary].targets == ["2.0.0", ""])  # told, then its target cleared
    assert all(k.targets == [] for n, k in fleet.items() if n != canary)
    status = _fleet(mosquitto.port, None, "rollout", "status")
    assert "halted (rollout.failure_share), ring 1/3" in status.output
    assert f"{canary}  1.0.0" in status.output and "FAILED:rolled_back" in status.output


def test_kiosks_going_offline_in_a_ring_halt_it(
    mosquitto: Mosquitto, fleet: dict[str, SimKiosk], alice: Signer
) -> None:
    order = fleet_order(IDS)
    fleet[order[1]].on_target = "go_offline"  # in the 50 % ring with order[2]
    result = _fleet(
        mosquitto.port,
        alice,
        "rollout",
        "start",
        "1.1.0",
        "--percent",
        "50",
        "--max-failure-share",
        "0.3",
        *FAST,
    )
    assert result.exit_code == 1 and "HALTED: rollout.failure_share" in result.output
    assert f"{order[1]}  offline" in result.output
    assert fleet[order[0]].version == fleet[order[2]].version == "1.1.0"  # passed: they stay
    assert all(fleet[k].targets == [] for k in order[3:])  # the last ring never told


def test_an_operator_halts_a_running_rollout_from_another_workstation(
    mosquitto: Mosquitto, fleet: dict[str, SimKiosk], alice: Signer
) -> None:
    for kiosk in fleet.values():
        kiosk.on_target = "wait"  # outside their window: the canary ring does not finish
    broker = Broker("127.0.0.1", mosquitto.port, None, None, None, "ecitizen", True)
    cert, key = _load_signer(alice.cert_path, alice.key_path)
    watch = FleetWatch(broker, "rollout/state")
    watch.settle()
    rollout = Rollout("1.1.0", plan_rings(list(watch.rows())), ring_timeout_s=30, poll_s=0.1)
    outcome: list[dict[str, object]] = []
    runner = threading.Thread(
        target=lambda: outcome.append(rollout.run(MqttFleetIO(watch, cert, key)))
    )
    runner.start()
    try:
        canary = rollout.rings[0].members[0]
        wait_for(lambda: fleet[canary].targets == ["1.1.0"])
        halted = _fleet(mosquitto.port, alice, "rollout", "halt")
        assert halted.exit_code == 0, halted.output
        runner.join(10)
        assert outcome and outcome[0]["status"] == "halted"
        assert outcome[0]["reason"] == "rollout.halted_by_operator"
        wait_for(lambda: fleet[canary].targets[-1:] == [""])  # nothing left to install
    finally:
        runner.join(10)
        watch.close()
    again = _fleet(mosquitto.port, alice, "rollout", "halt")
    assert again.exit_code == 1 and "no running rollout" in again.output


def test_a_kiosk_offline_during_the_rollout_finds_its_target_when_it_comes_back(
    mosquitto: Mosquitto, city: ProvisioningAuthority, alice: Signer, tmp_path: Path
) -> None:
    broker = Broker("127.0.0.1", mosquitto.port, None, None, None, "ecitizen", True)
    cert, key = _load_signer(alice.cert_path, alice.key_path)
    watch = FleetWatch(broker)
    try:
        MqttFleetIO(watch, cert, key).send_target("k99", "1.1.0", "all")  # retained
    finally:
        watch.close()
    late = SimKiosk("k99", "Central Library", mosquitto.port, city.ca_cert, tmp_path / "k99")
    late.start()
    try:
        wait_for(lambda: late.version == "1.1.0")
        assert late.targets == ["1.1.0"]
    finally:
        late.close()
