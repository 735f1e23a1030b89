"""``kiosk fleet status`` and ``kiosk fleet send`` against the real mosquitto on loopback, with
kiosks running the real link, telemetry and command processor (tests/kiosk/fleet/simkiosk.py)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from citysim.provisioning import ProvisioningAuthority
from kiosk.cli import main
from kiosk.commands.fleet import collect_rows
from kiosk.config import KioskConfig
from kiosk.fleet.actions import start_commands
from kiosk.fleet.link import FleetLink, LinkSettings
from kiosk.records.audit import AuditLog, read_entries
from kiosk.runtime.app import build_core
from kiosk.security.tamper import TamperGuard
from kiosk.security.tls import CREDENTIAL_NAMES
from tests.kiosk.fleet.engines import Mosquitto, mosquitto, wait_for
from tests.kiosk.fleet.operators import Signer, kiosk_signer, operator
from tests.kiosk.fleet.simkiosk import SimKiosk

__all__ = ["mosquitto"]

FLEET = {"lib-01": "Central Library", "lib-02": "Central Library", "hall-01": "City Hall"}


@pytest.fixture(scope="module")
def city(tmp_path_factory: pytest.TempPathFactory) -> ProvisioningAuthority:
    return ProvisioningAuthority(tmp_path_factory.mktemp("city"))


@pytest.fixture(scope="module")
def alice(city: ProvisioningAuthority) -> Signer:
    return operator(city, "ops-alice")


@pytest.fixture
def kiosks(
    mosquitto: Mosquitto, city: ProvisioningAuthority, tmp_path: Path
) -> Iterator[dict[str, SimKiosk]]:
    running = {
        k: SimKiosk(k, site, mosquitto.port, city.ca_cert, tmp_path / k).start()
        for k, site in FLEET.items()
    }
    for kiosk in running.values():
        wait_for(lambda kiosk=kiosk: kiosk.telemetry.published > 0)  # type: ignore[misc]
    yield running
    for kiosk in running.values():
        kiosk.close()


def _fleet(port: int, signer: Signer | None, *args: str) -> Result:
    options = ["--plain", "--port", str(port)]
    if signer is not None:
        options += ["--cert", str(signer.cert_path), "--key", str(signer.key_path)]
    command, *rest = args
    return CliRunner().invoke(main, ["fleet", command, *options, *rest])


def _rows(output: str) -> dict[str, list[str]]:
    return {line.split()[0]: line.split() for line in output.splitlines()[1:]}


def test_status_lists_every_kiosk_from_the_retained_states(
    mosquitto: Mosquitto, kiosks: dict[str, SimKiosk]
) -> None:
    result = _fleet(mosquitto.port, None, "status")
    assert result.exit_code == 0, result.output
    header = result.output.splitlines()[0].split()
    assert header == [
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
    ]
    assert set(_rows(result.output)) == set(FLEET)
    assert "Central Library" in result.output and "30s" in result.output
    only = _fleet(mosquitto.port, None, "status", "--site", "city hall")
    assert set(_rows(only.output)) == {"hall-01"}
    # a device problem, then a kiosk gone: seen in the table
    kiosks["lib-02"].set_paper("out")
    wait_for(lambda: "printer:printer.paper_out" in _fleet(mosquitto.port, None, "status").output)
    kiosks["hall-01"].link.stop()
    table = _rows(_fleet(mosquitto.port, None, "status").output)
    assert "NO" in table["hall-01"] and "yes" in table["lib-01"]


def test_send_to_a_kiosk_waits_for_its_ack_and_the_state_follows(
    mosquitto: Mosquitto, kiosks: dict[str, SimKiosk], alice: Signer
) -> None:
    result = _fleet(mosquitto.port, alice, "send", "out_of_service", "--kiosk", "lib-01")
    assert (result.exit_code, result.output.split()) == (0, ["lib-01", "done", "fleet.done"])
    assert kiosks["lib-01"].tamper.locked and not kiosks["lib-02"].tamper.locked
    wait_for(
        lambda: "out_of_service" in _rows(_fleet(mosquitto.port, None, "status").output)["lib-01"]
    )
    back = _fleet(mosquitto.port, alice, "send", "back_in_service", "--kiosk", "lib-01")
    assert back.exit_code == 0 and not kiosks["lib-01"].tamper.locked


def test_send_to_a_site_reaches_its_kiosks_only(
    mosquitto: Mosquitto, kiosks: dict[str, SimKiosk], alice: Signer
) -> None:
    result = _fleet(mosquitto.port, alice, "send", "restart", "--site", "Central Library")
    assert result.exit_code == 0, result.output
    assert sorted(line.split()[0] for line in result.output.splitlines()) == ["lib-01", "lib-02"]
    assert [kiosks[k].restarts for k in ("lib-01", "lib-02", "hall-01")] == [1, 1, 0]


def test_refusals_are_printed_and_fail_the_command(
    mosquitto: Mosquitto,
    kiosks: dict[str, SimKiosk],
    alice: Signer,
    tmp_path: Path,
) -> None:
    forger = operator(ProvisioningAuthority(tmp_path / "evil"), "ops-alice")
    forged = _fleet(mosquitto.port, forger, "send", "out_of_service", "--kiosk", "lib-01")
    assert forged.exit_code == 1
    assert forged.output.split() == ["lib-01", "refused", "fleet.untrusted_certificate"]
    assert not kiosks["lib-01"].tamper.locked
    kiosks["lib-02"].session_active = True
    busy = _fleet(mosquitto.port, alice, "send", "restart", "--kiosk", "lib-02", "--timeout", "5")
    assert (busy.exit_code, busy.output.split()[1:]) == (1, ["refused", "fleet.session_active"])
    urgent = _fleet(mosquitto.port, alice, "send", "restart", "--kiosk", "lib-02", "--urgent")
    assert urgent.exit_code == 0 and kiosks["lib-02"].restarts == 1
    nobody = _fleet(
        mosquitto.port, alice, "send", "restart", "--kiosk", "lib-99", "--timeout", "0.5"
    )
    assert (nobody.exit_code, nobody.output.split()) == (1, ["lib-99", "no-answer"])
    usage = _fleet(mosquitto.port, alice, "send", "restart")
    assert usage.exit_code == 2 and "exactly one of --kiosk and --site" in usage.output


def test_hostile_retained_documents_are_skipped() -> None:
    rows = collect_rows(
        {
            "ecitizen/kiosks/a/state": b"\xff",
            "ecitizen/kiosks/b/state": json.dumps({"schema": 1, "kiosk": "<script>"}).encode(),
            "ecitizen/kiosks/c/status": b"[" * 10000,
            "ecitizen/kiosks/d/status": json.dumps({"online": "maybe"}).encode(),
            "other/kiosks/e/status": json.dumps({"online": True}).encode(),
        },
        "ecitizen",
    )
    assert rows == {}


def test_acl_command_renders_the_register(tmp_path: Path) -> None:
    register = tmp_path / "kiosks.csv"
    register.write_text("lib-01,Central Library\nhall-01,City Hall\n", encoding="utf-8")
    result = CliRunner().invoke(
        main, ["fleet", "acl", "--kiosks", str(register), "--operator", "ops-alice"]
    )
    assert result.exit_code == 0
    assert "user lib-01\ntopic read ecitizen/sites/central-library/cmd" in result.output
    bad = tmp_path / "bad.csv"
    bad.write_text("lib/#,x\n", encoding="utf-8")
    refused = CliRunner().invoke(main, ["fleet", "acl", "--kiosks", str(bad)])
    assert refused.exit_code == 1 and "kiosk id" in refused.output


def test_a_kiosk_core_takes_commands_on_its_fleet_link(
    mosquitto: Mosquitto,
    city: ProvisioningAuthority,
    alice: Signer,
    demo_config: KioskConfig,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The wiring KioskCore._start_fleet uses (start_commands) on a real core: the city CA from
    the provisioned identity, the core's tamper lock, session and audit log."""
    creds = tmp_path / "creds"
    creds.mkdir()
    device = kiosk_signer(city, demo_config.kiosk.id, demo_config.kiosk.site)
    for name, source in zip(
        CREDENTIAL_NAMES, (device.cert_path, device.key_path, city.ca_cert_path), strict=True
    ):
        (creds / name).write_bytes(source.read_bytes())
    monkeypatch.setenv("CREDENTIALS_DIRECTORY", str(creds))
    core = build_core(demo_config)
    core.audit = AuditLog.in_data_dir(demo_config.paths.data_dir, key=b"a" * 32)
    core.tamper = TamperGuard(demo_config.paths.data_dir, core.audit)
    link = FleetLink(
        LinkSettings(
            host="127.0.0.1",
            port=mosquitto.port,
            kiosk_id=demo_config.kiosk.id,
            allow_plain=True,
        )
    )
    processor = start_commands(core, link)
    assert processor is not None
    link.start()
    try:
        wait_for(lambda: link.connected)
        kiosk_id = demo_config.kiosk.id
        sent = _fleet(mosquitto.port, alice, "send", "out_of_service", "--kiosk", kiosk_id)
        assert sent.output.split() == [kiosk_id, "done", "fleet.done"]
        assert core.tamper.locked
        core.session.start()  # a resident at the kiosk
        busy = _fleet(mosquitto.port, alice, "send", "back_in_service", "--kiosk", kiosk_id)
        assert busy.output.split() == [kiosk_id, "refused", "fleet.session_active"]
        assert TamperGuard(demo_config.paths.data_dir, None).locked
        events = [
            e["fields"] for e in read_entries(core.audit.path) if e["event"] == "fleet.command"
        ]
        assert [e["outcome"] for e in events][:2] == ["accepted", "done"]
    finally:
        processor.close()
        link.stop()
        core.audit.close()
