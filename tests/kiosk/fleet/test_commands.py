"""Signed remote commands: the envelope checks, the replay cache and the processor's audit trail.

Real keys and certificates from the demo city authority (citysim.provisioning), a real keyed
audit log and a real replay cache file in tmp_path; the handlers are recorders.
"""

from __future__ import annotations

import base64
import json
import time
from collections.abc import Iterator
from concurrent.futures import Future
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from citysim.provisioning import ProvisioningAuthority
from kiosk.fleet import commands as cmd
from kiosk.fleet.actions import Ack, ActionResult, CommandProcessor
from kiosk.fleet.commands import Command, site_slug, verify_command
from kiosk.fleet.replay import NONCE_FILE, ReplayCache
from kiosk.records.audit import AuditLog, read_entries, verify
from tests.kiosk.fleet.operators import Signer, command, kiosk_signer, operator

KIOSK, SITE = "lib-01", "Central Library"
AUDIT_KEY = b"k" * 32


@pytest.fixture(scope="module")
def city(tmp_path_factory: pytest.TempPathFactory) -> ProvisioningAuthority:
    return ProvisioningAuthority(tmp_path_factory.mktemp("city"))


@pytest.fixture(scope="module")
def alice(city: ProvisioningAuthority) -> Signer:
    return operator(city, "ops-alice")


def _verify(city: ProvisioningAuthority, data: bytes, now: float | None = None) -> cmd.Verdict:
    return verify_command(
        data, ca=city.ca_cert, kiosk_id=KIOSK, site=SITE, now=time.time() if now is None else now
    )


class Recorder:
    def __init__(self) -> None:
        self.calls: list[Command] = []

    def __call__(self, command: Command) -> ActionResult:
        self.calls.append(command)
        return ActionResult(True)


class Rig:
    def __init__(self, city: ProvisioningAuthority, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.audit = AuditLog.in_data_dir(data_dir, key=AUDIT_KEY)
        self.session = False
        self.published: list[tuple[str, bytes]] = []
        self.handler = Recorder()
        self.processor = CommandProcessor(
            kiosk_id=KIOSK,
            site=SITE,
            ca=city.ca_cert,
            replay=ReplayCache(data_dir),
            audit=self.audit,
            session_active=lambda: self.session,
            publish=lambda topic, payload: self.published.append((topic, payload)),
            handlers={name: self.handler for name in cmd.COMMANDS},
        )

    def send(self, data: bytes) -> Ack:
        result = self.processor.on_message(data)
        return result.result(10) if isinstance(result, Future) else result

    def entries(self) -> list[dict[str, Any]]:
        return [
            e for e in read_entries(self.data_dir / "audit.jsonl") if e["event"] == "fleet.command"
        ]

    def close(self) -> None:
        self.processor.close()
        self.audit.close()


@pytest.fixture
def rig(city: ProvisioningAuthority, tmp_path: Path) -> Iterator[Rig]:
    r = Rig(city, tmp_path)
    yield r
    r.close()


# --------------------------------------------------------------------------------------------
# The envelope (pure)


def test_a_signed_command_for_this_kiosk_or_its_site_is_accepted(
    city: ProvisioningAuthority, alice: Signer
) -> None:
    now = time.time()
    for target in (cmd.kiosk_target(KIOSK), cmd.site_target(SITE), "site:central-library"):
        verdict = _verify(city, alice.sign(command(cmd.RESTART, target, now)))
        assert verdict.accepted, verdict.reason
        assert verdict.operator is not None and verdict.operator.subject.startswith("CN=ops-alice")
    assert site_slug(" Central Library/Annex #2 ") == "central-library-annex-2"


def test_a_signature_by_another_algorithm_is_refused(city: ProvisioningAuthority) -> None:
    key = ed25519.Ed25519PrivateKey.generate()
    data = cmd.sign_command(
        command(cmd.RESTART, cmd.kiosk_target(KIOSK), time.time()),
        key,
        operator(city, "ops-ed").cert,
    )
    # an Ed25519 signature under a P-256 certificate: a bad signature, not a crash
    assert _verify(city, data).reason == "fleet.bad_signature"


def test_forged_commands_are_refused(
    city: ProvisioningAuthority, alice: Signer, tmp_path: Path
) -> None:
    now = time.time()
    good = command(cmd.OUT_OF_SERVICE, cmd.kiosk_target(KIOSK), now)
    # signed by a key that is not the certificate's
    mallory_key = ec.generate_private_key(ec.SECP256R1())
    assert _verify(city, cmd.sign_command(good, mallory_key, alice.cert)).reason == (
        "fleet.bad_signature"
    )
    # a payload changed after signing
    envelope = json.loads(alice.sign(good))
    payload = json.loads(base64.b64decode(envelope["payload"]))
    payload["command"] = cmd.RESTART
    envelope["payload"] = base64.b64encode(cmd.canonical_json(payload)).decode()
    assert _verify(city, json.dumps(envelope).encode()).reason == "fleet.bad_signature"
    # an operator certificate from another CA (same names)
    other_city = ProvisioningAuthority(tmp_path / "other")
    forger = operator(other_city, "ops-alice")
    assert _verify(city, forger.sign(good)).reason == "fleet.untrusted_certificate"
    # no certificate / no signature
    del envelope["cert"]
    assert _verify(city, json.dumps(envelope).encode()).reason == "fleet.unsigned"


def test_a_certificate_without_the_operator_role_is_refused(city: ProvisioningAuthority) -> None:
    kiosk = kiosk_signer(city, "lib-02", SITE)  # a real device certificate: clientAuth only
    data = kiosk.sign(command(cmd.OUT_OF_SERVICE, cmd.kiosk_target(KIOSK), time.time()))
    assert _verify(city, data).reason == "fleet.wrong_role"


def test_expiry_skew_and_lifetime(city: ProvisioningAuthority, alice: Signer) -> None:
    now = time.time()
    target = cmd.kiosk_target(KIOSK)
    expired = alice.sign(command(cmd.RESTART, target, now - 400, ttl_s=300))
    assert _verify(city, expired, now).reason == "fleet.expired"
    within_skew = alice.sign(command(cmd.RESTART, target, now - 330, ttl_s=300))
    assert _verify(city, within_skew, now).accepted
    future = alice.sign(command(cmd.RESTART, target, now + 600))
    assert _verify(city, future, now).reason == "fleet.not_yet_valid"
    too_long = alice.sign(command(cmd.RESTART, target, now, ttl_s=cmd.MAX_LIFETIME_S + 1))
    assert _verify(city, too_long, now).reason == "fleet.lifetime_too_long"
    # the operator certificate itself has expired (30 days)
    assert (
        _verify(
            city, alice.sign(command(cmd.RESTART, target, now + 40 * 86400)), now + 40 * 86400
        ).reason
        == "fleet.certificate_expired"
    )


def test_wrong_target_and_unknown_command(city: ProvisioningAuthority, alice: Signer) -> None:
    now = time.time()
    for target in ("kiosk:lib-02", "site:other-branch", "lib-01", "kiosk:", "all", "site:*"):
        assert _verify(city, alice.sign(command(cmd.RESTART, target, now))).reason == (
            "fleet.wrong_target"
        ), target
    data = alice.sign(command("format_disk", cmd.kiosk_target(KIOSK), now))
    assert _verify(city, data).reason == "fleet.unknown_command"
    bad_args = alice.sign(command(cmd.RESTART, cmd.kiosk_target(KIOSK), now, args={"Bad": "x"}))
    assert _verify(city, bad_args).reason == "fleet.bad_args"


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.one_of(
        st.binary(max_size=300),
        st.recursive(
            st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
            lambda inner: st.lists(inner, max_size=4)
            | st.dictionaries(st.text(max_size=10), inner, max_size=4),
            max_leaves=20,
        ).map(lambda v: json.dumps(v).encode()),
        st.dictionaries(
            st.sampled_from(["format", "payload", "signature", "cert", "x"]),
            st.one_of(st.text(max_size=40), st.integers(), st.none(), st.just(cmd.ENVELOPE_FORMAT)),
        ).map(lambda v: json.dumps(v).encode()),
    )
)
def test_hostile_envelopes_are_refusals_never_exceptions(
    city: ProvisioningAuthority, data: bytes
) -> None:
    verdict = _verify(city, data)
    assert not verdict.accepted and verdict.reason.startswith("fleet.")


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.dictionaries(
        st.sampled_from(
            ["command", "args", "target", "issued_at", "expires_at", "nonce", "urgent", "x"]
        ),
        st.one_of(
            st.text(max_size=30),
            st.integers(min_value=-(2**70), max_value=2**70),
            st.floats(),
            st.booleans(),
            st.none(),
            st.dictionaries(st.text(max_size=5), st.text(max_size=5), max_size=3),
            st.lists(st.integers(), max_size=3),
        ),
    )
)
def test_hostile_payloads_signed_by_a_real_operator_are_refusals(
    city: ProvisioningAuthority, alice: Signer, payload: dict[str, object]
) -> None:
    raw = json.dumps(payload).encode()
    envelope = {
        "format": cmd.ENVELOPE_FORMAT,
        "payload": base64.b64encode(raw).decode(),
        "signature": base64.b64encode(alice.key.sign(raw, ec.ECDSA(hashes.SHA256()))).decode(),
        "cert": alice.cert.public_bytes(serialization.Encoding.PEM).decode(),
    }
    verdict = _verify(city, json.dumps(envelope).encode())
    assert not verdict.accepted and verdict.reason.startswith("fleet.")


def test_an_oversized_envelope_is_refused_unread(city: ProvisioningAuthority) -> None:
    assert _verify(city, b"{" * (cmd.MAX_ENVELOPE_BYTES + 1)).reason == "fleet.too_large"
    assert _verify(city, b"[" * 5000).reason == "fleet.malformed"  # deep nesting


# --------------------------------------------------------------------------------------------
# The processor: handler, replay, sessions, audit


def test_accepted_command_runs_its_handler_and_is_audited_with_the_operator(
    rig: Rig, alice: Signer
) -> None:
    c = command(cmd.OUT_OF_SERVICE, cmd.kiosk_target(KIOSK), time.time())
    ack = rig.send(alice.sign(c))
    assert (ack.outcome, ack.reason, ack.nonce) == ("done", "fleet.done", c.nonce)
    assert [call.nonce for call in rig.handler.calls] == [c.nonce]
    entries = rig.entries()
    assert [e["fields"]["outcome"] for e in entries] == ["accepted", "done"]
    fields = entries[0]["fields"]
    assert fields["operator_serial"] == format(alice.cert.serial_number, "x").rjust(16, "0")
    assert fields["operator_cert"] == alice.cert.fingerprint(hashes.SHA256()).hex()
    assert fields["nonce"] == c.nonce and fields["command"] == cmd.OUT_OF_SERVICE
    assert verify(rig.data_dir / "audit.jsonl", key=AUDIT_KEY).ok
    topic, payload = rig.published[-1]
    assert topic == "acks" and json.loads(payload)["outcome"] == "done"


def test_replayed_command_is_refused_even_after_a_restart(
    city: ProvisioningAuthority, rig: Rig, alice: Signer
) -> None:
    data = alice.sign(command(cmd.RESTART, cmd.kiosk_target(KIOSK), time.time()))
    assert rig.send(data).outcome == "done"
    assert rig.send(data).reason == "fleet.replayed"
    rig.processor.close()
    again = Rig(city, rig.data_dir)  # a new process: the cache is read back from disk
    try:
        assert again.send(data).reason == "fleet.replayed"
        assert len(again.handler.calls) == 0
    finally:
        again.close()
    assert len(rig.handler.calls) == 1
    outcomes = [(e["fields"]["outcome"], e["fields"]["reason"]) for e in rig.entries()]
    assert outcomes[-2:] == [("refused", "fleet.replayed"), ("refused", "fleet.replayed")]


def test_damaged_replay_cache_refuses_older_commands(rig: Rig, alice: Signer) -> None:
    old = alice.sign(command(cmd.RESTART, cmd.kiosk_target(KIOSK), time.time() - 10))
    (rig.data_dir / NONCE_FILE).write_text("{not json", encoding="utf-8")
    cache = ReplayCache(rig.data_dir)
    assert (rig.data_dir / "fleet-nonces.damaged").exists()
    rig.processor.replay = cache
    assert rig.send(old).reason == "fleet.replay_cache_reset"
    assert rig.handler.calls == []


def test_replay_cache_is_bounded_and_forgets_expired_nonces(tmp_path: Path) -> None:
    cache = ReplayCache(tmp_path, max_entries=3)
    now = time.time()
    for i in range(3):
        assert cache.claim(f"{i:032x}", int(now), int(now) + 10, now) is None
    assert cache.claim("f" * 32, int(now), int(now) + 10, now) == "fleet.replay_cache_full"
    later = now + 10 + cmd.CLOCK_SKEW_S + 1
    assert cache.claim("f" * 32, int(later), int(later) + 10, later) is None
    assert len(cache) == 1


def test_forged_expired_and_wrong_target_change_nothing_and_are_audited(
    city: ProvisioningAuthority, rig: Rig, alice: Signer, tmp_path: Path
) -> None:
    now = time.time()
    forger = operator(ProvisioningAuthority(tmp_path / "evil"), "ops-alice")
    sent = [
        forger.sign(command(cmd.OUT_OF_SERVICE, cmd.kiosk_target(KIOSK), now)),
        alice.sign(command(cmd.OUT_OF_SERVICE, cmd.kiosk_target(KIOSK), now - 1000)),
        alice.sign(command(cmd.OUT_OF_SERVICE, "kiosk:lib-02", now)),
        b"\xff\x00 not json",
    ]
    reasons = [rig.send(data).reason for data in sent]
    assert reasons == [
        "fleet.untrusted_certificate",
        "fleet.expired",
        "fleet.wrong_target",
        "fleet.malformed",
    ]
    assert rig.handler.calls == []
    assert not (rig.data_dir / NONCE_FILE).exists()  # not even a nonce was spent
    entries = rig.entries()
    assert [e["fields"]["reason"] for e in entries] == reasons
    assert all(e["fields"]["outcome"] == "refused" for e in entries)
    assert entries[0]["fields"]["operator_cert"] == forger.cert.fingerprint(hashes.SHA256()).hex()
    assert [json.loads(p)["outcome"] for t, p in rig.published] == ["refused"] * 4


def test_refused_during_a_resident_session_unless_urgent(rig: Rig, alice: Signer) -> None:
    rig.session = True
    normal = command(cmd.OUT_OF_SERVICE, cmd.kiosk_target(KIOSK), time.time())
    data = alice.sign(normal)
    assert rig.send(data).reason == "fleet.session_active"
    assert rig.handler.calls == []
    urgent = command(cmd.OUT_OF_SERVICE, cmd.kiosk_target(KIOSK), time.time(), urgent=True)
    assert rig.send(alice.sign(urgent)).outcome == "done"
    rig.session = False  # the session ended: the same signed command may be sent again
    assert rig.send(data).outcome == "done"
    assert [c.nonce for c in rig.handler.calls] == [urgent.nonce, normal.nonce]
    assert rig.entries()[1]["fields"]["urgent"] is True


def test_a_failing_handler_is_acknowledged_failed(rig: Rig, alice: Signer) -> None:
    def broken(_c: Command) -> ActionResult:
        raise RuntimeError("bug")

    rig.processor.handlers = {cmd.RESTART: broken}
    ack = rig.send(alice.sign(command(cmd.RESTART, cmd.kiosk_target(KIOSK), time.time())))
    assert (ack.outcome, ack.reason) == ("failed", "fleet.handler_error")
    unsupported = alice.sign(command(cmd.UPLOAD_LOGS, cmd.kiosk_target(KIOSK), time.time()))
    assert rig.send(unsupported).reason == "fleet.unsupported_command"
