"""The fleet's side of an update on one kiosk: the signed ``update.set_target`` recorded by the
kiosk's real command processor, checked again by the updater (root) before it trusts the file
the kiosk user wrote; the update state in the telemetry document, and the rollback reported
as an event exactly once — by the old version that came back."""

from __future__ import annotations

import base64
import json
import os
import time
from concurrent.futures import Future
from pathlib import Path

import pytest

from citysim.provisioning import ProvisioningAuthority
from kiosk.config import KioskConfig
from kiosk.fleet import commands as cmd
from kiosk.fleet.actions import Ack, CommandProcessor, FleetActions, build_handlers
from kiosk.fleet.replay import ReplayCache
from kiosk.fleet.state import KioskState, parse_state, read_update_state
from kiosk.fleet.telemetry import Telemetry
from kiosk.updates.build import target_check
from kiosk.updates.state import (
    Phase,
    Result,
    StateFile,
    Target,
    UpdateRecord,
    read_target,
    record_target,
    write_target,
)
from tests.kiosk.fleet.operators import Signer, command, operator

DAY = 24 * 3600


@pytest.fixture(scope="module")
def city(tmp_path_factory: pytest.TempPathFactory) -> ProvisioningAuthority:
    return ProvisioningAuthority(tmp_path_factory.mktemp("city"))


@pytest.fixture(scope="module")
def alice(city: ProvisioningAuthority) -> Signer:
    return operator(city, "ops-alice")


def _processor(config: KioskConfig, city: ProvisioningAuthority) -> CommandProcessor:
    data_dir = config.paths.data_dir
    actions = FleetActions(
        kiosk_id=config.kiosk.id,
        set_update_target=lambda v, r, t, e: record_target(data_dir, v, r, t, e),
    )
    return CommandProcessor(
        kiosk_id=config.kiosk.id,
        site=config.kiosk.site,
        ca=city.ca_cert,
        replay=ReplayCache(data_dir),
        audit=None,
        session_active=lambda: True,  # a resident at the kiosk: an urgent target still lands
        publish=lambda _topic, _payload: None,
        handlers=build_handlers(actions),
    )


def _send(processor: CommandProcessor, data: bytes) -> Ack:
    result = processor.on_message(data)
    return result.result(10) if isinstance(result, Future) else result


def _target(config: KioskConfig, alice: Signer, version: str, *, now: float, **kw: object) -> bytes:
    args = {"version": version, "ring": "canary"}
    signed = command(
        cmd.UPDATE_SET_TARGET, cmd.kiosk_target(config.kiosk.id), now, args=args, urgent=True, **kw
    )
    return alice.sign(signed)


def test_a_signed_target_is_recorded_and_trusted_by_the_updater(
    demo_config: KioskConfig, city: ProvisioningAuthority, alice: Signer
) -> None:
    processor = _processor(demo_config, city)
    try:
        now = time.time()
        ack = _send(processor, _target(demo_config, alice, "1.1.0", now=now, ttl_s=30 * DAY))
        assert (ack.outcome, ack.reason) == ("done", "update.target_set")
        recorded = read_target(demo_config.paths.data_dir)
        assert recorded is not None and (recorded.version, recorded.ring) == ("1.1.0", "canary")
        check = target_check(demo_config, city.ca_cert_path)
        assert check(recorded) is None  # the updater verifies the operator's signature itself
        # an older command arriving late (a retained copy) does not move the kiosk back
        late = _send(processor, _target(demo_config, alice, "1.0.0", now=now - 60))
        assert late.reason == "update.target_older"
        assert read_target(demo_config.paths.data_dir) == recorded
        # bad versions never reach the file
        bad = _send(processor, _target(demo_config, alice, "../../etc", now=now + 1))
        assert (bad.outcome, bad.reason) == ("failed", "fleet.bad_args")
        cleared = _send(processor, _target(demo_config, alice, "", now=now + 2))
        assert cleared.reason == "update.target_cleared"
        assert read_target(demo_config.paths.data_dir) is not None
        assert read_target(demo_config.paths.data_dir).version == ""  # type: ignore[union-attr]
    finally:
        processor.close()


def test_a_target_lives_long_enough_for_a_kiosk_offline_for_weeks(
    demo_config: KioskConfig, city: ProvisioningAuthority, alice: Signer
) -> None:
    now = time.time()
    old = _target(demo_config, alice, "1.1.0", now=now - 7 * DAY, ttl_s=30 * DAY)
    verdict = cmd.verify_command(
        old, ca=city.ca_cert, kiosk_id=demo_config.kiosk.id, site=demo_config.kiosk.site, now=now
    )
    assert verdict.accepted  # issued a week ago, still valid when the kiosk comes back
    restart = alice.sign(
        command(cmd.RESTART, cmd.kiosk_target(demo_config.kiosk.id), now, ttl_s=30 * DAY)
    )
    refused = cmd.verify_command(
        restart,
        ca=city.ca_cert,
        kiosk_id=demo_config.kiosk.id,
        site=demo_config.kiosk.site,
        now=now,
    )
    assert refused.reason == "fleet.lifetime_too_long"  # other commands keep the 24 h cap


def test_the_updater_does_not_trust_what_the_kiosk_user_merely_wrote(
    demo_config: KioskConfig, city: ProvisioningAuthority, alice: Signer, tmp_path: Path
) -> None:
    data_dir = demo_config.paths.data_dir
    check = target_check(demo_config, city.ca_cert_path)
    envelope = _target(demo_config, alice, "1.1.0", now=time.time())
    issued = json.loads(base64.b64decode(json.loads(envelope)["payload"]))
    # the version changed in the file, the signed command left as it was
    forged = Target("6.6.6", "canary", issued["issued_at"], envelope)
    assert check(forged) == "update.target_mismatch"
    # another city's operator
    evil = operator(ProvisioningAuthority(tmp_path / "evil"), "ops-alice")
    foreign = Target(
        "1.1.0", "canary", issued["issued_at"], _target(demo_config, evil, "1.1.0", now=time.time())
    )
    assert check(foreign) == "fleet.untrusted_certificate"
    # an unsigned target: trusted only from the updater's own user (a technician as root)
    write_target(data_dir, Target("1.1.0", "local"))
    mine = read_target(data_dir)
    assert mine is not None and check(mine) is None
    os.chown(data_dir / "update-target.json", os.geteuid() + 1000, -1)
    theirs = read_target(data_dir)
    assert theirs is not None and check(theirs) == "update.target_unsigned"


class Recorder:
    def __init__(self) -> None:
        self.sent: list[tuple[str, bytes]] = []

    def topic(self, *parts: str) -> str:
        return "/".join(("ecitizen/kiosks/lib-01", *parts))

    def publish(self, topic: str, payload: bytes, qos: int = 0, retain: bool = False) -> bool:
        self.sent.append((topic, payload))
        return True

    def events(self) -> list[dict[str, object]]:
        return [json.loads(p) for t, p in self.sent if t.endswith("/events")]


def test_telemetry_carries_the_update_state_and_reports_a_rollback_once(tmp_path: Path) -> None:
    state_dir, data_dir = tmp_path / "state", tmp_path / "data"
    data_dir.mkdir()
    write_target(data_dir, Target("2.0.0", "canary"))
    view = read_update_state(state_dir, data_dir, "1.0.0")
    assert (view.state, view.target, view.reason) == ("pending", "2.0.0", None)
    result = Result("ab" * 16, "2.0.0", "1.0.0", "rolled_back", "update.not_ready", 1.0)
    StateFile(state_dir).save(
        UpdateRecord(
            phase=Phase.ROLLED_BACK,
            detail="update.not_ready",
            current="1.0.0",
            target="2.0.0",
            last=result,
            bad_versions=("2.0.0",),
        )
    )
    view = read_update_state(state_dir, data_dir, "1.0.0")
    assert (view.state, view.target, view.reason) == ("rolled_back", "2.0.0", "update.not_ready")

    def snapshot() -> KioskState:
        return KioskState(
            kiosk="lib-01",
            site="Central Library",
            version="1.0.0",
            mode="production",
            in_service=True,
            update_state=view.state,
            target_version=view.target,
            update_reason=view.reason,
            update_event=view.event,
            ts=time.time(),
        )

    doc = parse_state(json.dumps(snapshot().as_dict()).encode())
    assert (doc.update_state, doc.target_version, doc.update_reason) == (
        "rolled_back",
        "2.0.0",
        "update.not_ready",
    )
    reported = data_dir / "update-reported"
    for restart in range(2):  # the old version comes back, then restarts once more
        link = Recorder()
        telemetry = Telemetry(link, snapshot, reported=reported, debounce_s=0.01).start()
        deadline = time.monotonic() + 5
        while telemetry.published == 0 and time.monotonic() < deadline:
            time.sleep(0.01)
        telemetry.stop()
        events = link.events()
        if restart == 0:
            assert [(e["event"], e["version"], e["cause"]) for e in events] == [
                ("update_rolled_back", "2.0.0", "update.not_ready")
            ]
        else:
            assert events == []  # reported once, not at every start
