"""The remote-command handlers on real parts: the tamper lock in a data directory, the
diagnostics report, the encrypted log bundle, a signed configuration bundle installed under a
temporary root, the restart request — each reached through a signed command and acknowledged."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from concurrent.futures import Future
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric import ec

from citysim import CitySim
from citysim.provisioning import ProvisioningAuthority
from kiosk.diagnostics.report import Report, system_check
from kiosk.fleet import commands as cmd
from kiosk.fleet.actions import Ack, CommandProcessor, FleetActions, build_handlers
from kiosk.fleet.log_upload import LogBundleUploader, LogUploadError
from kiosk.fleet.replay import ReplayCache
from kiosk.records.audit import AuditLog, read_entries
from kiosk.records.log_export import decrypt_bundle, encrypt_bundle
from kiosk.security.tamper import LOCK_FILE, REMOTE, TamperGuard
from provisioning.bundle import installed_version
from provisioning.layout import KioskLayout
from tests.kiosk.fleet.operators import Signer, command, operator

KIOSK, SITE = "lib-01", "Central Library"


@pytest.fixture(scope="module")
def city(tmp_path_factory: pytest.TempPathFactory) -> ProvisioningAuthority:
    return ProvisioningAuthority(tmp_path_factory.mktemp("city"))


@pytest.fixture(scope="module")
def alice(city: ProvisioningAuthority) -> Signer:
    return operator(city, "ops-alice")


class Kiosk:
    def __init__(self, city: ProvisioningAuthority, root: Path) -> None:
        self.data_dir = root / "data"
        self.data_dir.mkdir()
        self.root = root / "fs"
        self.audit = AuditLog.in_data_dir(self.data_dir, key=b"a" * 32)
        self.tamper = TamperGuard(self.data_dir, self.audit)
        self.published: list[tuple[str, bytes]] = []
        self.restarts = 0
        self.uploaded: list[bytes] = []
        self.bundles: dict[str, bytes] = {}
        self.log_key = ec.generate_private_key(ec.SECP256R1())
        self.actions = FleetActions(
            kiosk_id=KIOSK,
            tamper=self.tamper,
            diagnostics=lambda: Report("now", (system_check(self.data_dir),)).as_dict(),
            publish=self._publish,
            export_logs=lambda: encrypt_bundle(
                ["fleet: a redacted line"], self.log_key.public_key(), KIOSK
            ).data,
            send_log_bundle=self._upload,
            fetch_bundle=self.bundles.__getitem__,
            city_key_pem=city.bundle_public_key_pem.encode(),
            layout_root=self.root,
            request_restart=self._restart,
        )
        self.processor = CommandProcessor(
            kiosk_id=KIOSK,
            site=SITE,
            ca=city.ca_cert,
            replay=ReplayCache(self.data_dir),
            audit=self.audit,
            session_active=lambda: False,
            publish=self._publish,
            handlers=build_handlers(self.actions),
        )

    def _publish(self, topic: str, payload: bytes) -> None:
        self.published.append((topic, payload))

    def _upload(self, data: bytes) -> str:
        self.uploaded.append(data)
        return "ab" * 32

    def _restart(self) -> None:
        self.restarts += 1

    def send(self, data: bytes) -> Ack:
        result = self.processor.on_message(data)
        return result.result(10) if isinstance(result, Future) else result

    def reports(self) -> list[dict[str, object]]:
        return [json.loads(p) for t, p in self.published if t == "reports"]

    def close(self) -> None:
        self.processor.close()
        self.audit.close()


@pytest.fixture
def kiosk(city: ProvisioningAuthority, tmp_path: Path) -> Iterator[Kiosk]:
    k = Kiosk(city, tmp_path)
    yield k
    k.close()


def _cmd(alice: Signer, name: str, **kw: object) -> bytes:
    return alice.sign(command(name, cmd.kiosk_target(KIOSK), time.time(), **kw))


def test_out_of_service_and_back_use_the_tamper_lock_across_restarts(
    kiosk: Kiosk, alice: Signer
) -> None:
    assert kiosk.send(_cmd(alice, cmd.OUT_OF_SERVICE)).outcome == "done"
    assert kiosk.tamper.locked and (kiosk.data_dir / LOCK_FILE).exists()
    again = TamperGuard(kiosk.data_dir, None)  # the kiosk restarted: still out of service
    assert again.locked and again.sensor == REMOTE
    assert kiosk.send(_cmd(alice, cmd.BACK_IN_SERVICE)).outcome == "done"
    assert not (kiosk.data_dir / LOCK_FILE).exists()
    assert not TamperGuard(kiosk.data_dir, None).locked
    modes = [
        e["fields"]["mode"]
        for e in read_entries(kiosk.data_dir / "audit.jsonl")
        if e["event"] == "mode.switch"
    ]
    assert modes == ["out_of_service", "normal"]


def test_diagnostics_report_is_published_without_personal_data(
    kiosk: Kiosk, alice: Signer, caplog: pytest.LogCaptureFixture
) -> None:
    data = _cmd(alice, cmd.RUN_DIAGNOSTICS)
    ack = kiosk.send(data)
    assert ack.outcome == "done"
    (report,) = kiosk.reports()
    assert report["kiosk"] == KIOSK and report["nonce"] == ack.nonce
    checks = report["diagnostics"]["checks"]  # type: ignore[index]
    assert checks["system"]["status"] in ("ok", "warning", "error")
    # numbers, states and keys only
    for value in checks["system"].values():
        assert isinstance(value, int | float | bool | str) or value is None


def test_log_bundle_is_encrypted_for_the_city_and_uploaded(kiosk: Kiosk, alice: Signer) -> None:
    assert kiosk.send(_cmd(alice, cmd.UPLOAD_LOGS)).outcome == "done"
    (bundle,) = kiosk.uploaded
    assert decrypt_bundle(bundle, kiosk.log_key, KIOSK) == "fleet: a redacted line"
    assert kiosk.reports()[0]["log_bundle_sha256"] == "ab" * 32


def test_log_upload_failure_is_acknowledged_failed(kiosk: Kiosk, alice: Signer) -> None:
    def refuse(_data: bytes) -> str:
        raise OSError("gateway down")

    kiosk.actions.send_log_bundle = refuse
    ack = kiosk.send(_cmd(alice, cmd.UPLOAD_LOGS))
    assert (ack.outcome, ack.reason) == ("failed", "fleet.upload_failed")


def test_signed_configuration_bundle_is_verified_installed_and_restarts(
    city: ProvisioningAuthority, kiosk: Kiosk, alice: Signer
) -> None:
    kiosk.bundles["https://gw/bundles/lib-01/7"] = json.dumps(
        city.sign_bundle(KIOSK, SITE, version=7)
    ).encode()
    ack = kiosk.send(_cmd(alice, cmd.APPLY_CONFIG, args={"url": "https://gw/bundles/lib-01/7"}))
    assert (ack.outcome, ack.reason) == ("done", "fleet.config_installed")
    current = installed_version(KioskLayout(kiosk.root))
    assert current is not None and current.version == 7
    assert kiosk.restarts == 1
    # the same version again: nothing changes, no restart
    ack = kiosk.send(_cmd(alice, cmd.APPLY_CONFIG, args={"url": "https://gw/bundles/lib-01/7"}))
    assert (ack.outcome, ack.reason, kiosk.restarts) == ("done", "fleet.config_unchanged", 1)


def test_bad_configuration_bundles_are_refused_and_nothing_is_installed(
    city: ProvisioningAuthority, kiosk: Kiosk, alice: Signer
) -> None:
    other = city.sign_bundle("lib-02", SITE, version=9)
    tampered = dict(city.sign_bundle(KIOSK, SITE, version=9))
    tampered["signature"] = other["signature"]
    kiosk.bundles.update(
        {
            "u1": json.dumps(other).encode(),
            "u2": json.dumps(tampered).encode(),
            "u3": b"\x00not json",
        }
    )
    reasons = [
        kiosk.send(_cmd(alice, cmd.APPLY_CONFIG, args={"url": u})).reason
        for u in ("u1", "u2", "u3", "missing")
    ]
    assert reasons == [
        "provisioning.bundle_wrong_kiosk",
        "provisioning.bundle_bad_signature",
        "provisioning.bundle_malformed",
        "fleet.fetch_failed",
    ]
    assert kiosk.send(_cmd(alice, cmd.APPLY_CONFIG)).reason == "fleet.bad_args"
    assert installed_version(KioskLayout(kiosk.root)) is None and kiosk.restarts == 0


def test_restart_is_acknowledged_before_it_is_requested(kiosk: Kiosk, alice: Signer) -> None:
    order: list[str] = []
    kiosk.actions.request_restart = lambda: order.append("restart")
    kiosk.processor.publish = lambda topic, payload: order.append(topic)
    assert kiosk.send(_cmd(alice, cmd.RESTART)).reason == "fleet.restarting"
    assert order == ["acks", "restart"]


def test_missing_parts_fail_with_a_reason() -> None:
    bare = build_handlers(FleetActions(kiosk_id=KIOSK))
    c = command(cmd.RESTART, cmd.kiosk_target(KIOSK), time.time())
    reasons = {name: handler(c).reason for name, handler in bare.items()}
    assert reasons == {
        cmd.OUT_OF_SERVICE: "fleet.no_service_switch",
        cmd.BACK_IN_SERVICE: "fleet.no_service_switch",
        cmd.RUN_DIAGNOSTICS: "fleet.no_diagnostics",
        cmd.UPLOAD_LOGS: "fleet.no_log_upload",
        cmd.APPLY_CONFIG: "fleet.no_config_source",
        cmd.RESTART: "fleet.no_restart",
        cmd.UPDATE_SET_TARGET: "fleet.no_updater",
    }


def test_log_bundle_goes_to_the_demo_gateway_once(tmp_path: Path) -> None:
    """The wiring's direct gateway call (kiosk/fleet/log_upload.py) against citysim's gateway."""
    sim = CitySim()
    sim.start()
    try:
        uploader = LogBundleUploader(sim.gateway_url)
        key = ec.generate_private_key(ec.SECP256R1())
        bundle = encrypt_bundle(["fleet: line 1", "fleet: line 2"], key.public_key(), KIOSK).data
        digest = uploader.upload(KIOSK, bundle)
        assert uploader.upload(KIOSK, bundle) == digest  # a retry is answered once
        (stored,) = sim.gateway_state.log_bundles.values()
        assert stored["kiosk_id"] == KIOSK and stored["sha256"] == digest
        assert decrypt_bundle(stored["content"], key, KIOSK) == "fleet: line 1\nfleet: line 2"
        with pytest.raises(LogUploadError) as refused:
            uploader.upload(KIOSK, b"plain text is never accepted")
        assert refused.value.key == "fleet.upload_refused"
        uploader.close()
    finally:
        sim.stop()
    with pytest.raises(LogUploadError) as down:
        LogBundleUploader(sim.gateway_url).upload(KIOSK, bundle)
    assert down.value.key == "fleet.upload_failed"
