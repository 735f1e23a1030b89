"""An audit log nobody can rewrite (issue #14 item 2, SEC-16): the keyed chain, the checkpoints
shipped to the city through the queue, ``kiosk audit verify`` against the last acknowledged one,
hostile lines and a ``record_or_log`` that never raises. Real files, a real queue, citysim."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import os
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from citysim import CitySim
from kiosk.commands.audit import audit
from kiosk.config import KioskConfig, load_demo_config
from kiosk.records.audit import (
    ANCHOR_FILE_NAME,
    AUDIT_FILE_NAME,
    AuditLog,
    AuditLogError,
    Checkpoint,
    canonical_json,
    checkpoint_document,
    entry_hash,
    file_signer,
    read_entries,
    record_or_log,
    verify,
    write_anchor,
)
from kiosk.records.audit_checkpoints import CHECKPOINT_KIND, CheckpointShipper
from kiosk.runtime.app import KioskCore, build_core
from offline_queue.crypto import AesKeyProvider
from offline_queue.outbox import Outbox
from offline_queue.store import open_store
from offline_queue.store.models import State
from tests.conftest import shell_only
from tests.helpers.city import city  # noqa: F401  (fixture)
from tests.helpers.fullfs import TinyFs, tiny_fs_fixture  # noqa: F401  (fixture tiny_fs)

KEY = b"a" * 32
SESSION = "0123456789abcdef0123456789abcdef"


def _write(log: AuditLog, count: int) -> None:
    for i in range(count):
        log.record("mode.switch", "system", mode="normal" if i % 2 else "technician")


def _lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_bytes().splitlines()]


def _save(path: Path, entries: list[dict[str, Any]]) -> None:
    path.write_bytes(b"".join(canonical_json(e) + b"\n" for e in entries))


def _rechain(entries: list[dict[str, Any]], start: int) -> None:
    """What someone without the key does after an edit: recompute every hash from ``start``."""
    for i in range(start, len(entries)):
        if i > 0:
            entries[i]["prev"] = entries[i - 1]["hash"]
        entries[i]["hash"] = entry_hash(entries[i])


def _verify_cli(data: Path, *extra: str) -> tuple[int, dict[str, Any]]:
    out = CliRunner().invoke(audit, ["verify", "--json", "--data-dir", str(data), *extra])
    return out.exit_code, json.loads(out.output)


# --------------------------------------------------------------------------------------------
# the keyed chain


def test_a_rewrite_with_a_recomputed_chain_fails_with_the_key(tmp_path: Path) -> None:
    path = tmp_path / AUDIT_FILE_NAME
    with AuditLog(path, key=KEY) as log:
        _write(log, 6)
    entries = _lines(path)
    entries[2]["fields"] = {"mode": "demo"}
    _rechain(entries, 2)
    _save(path, entries)
    assert verify(path).ok  # the bare hash chain is consistent again: this is why it is keyed
    keyed = verify(path, key=KEY)
    assert (keyed.ok, keyed.reason, keyed.first_bad_seq) == (False, "mac_mismatch", 3)
    for entry in entries:
        entry.pop("mac")
    _save(path, entries)
    stripped = verify(path, key=KEY)
    assert (stripped.ok, stripped.reason, stripped.first_bad_seq) == (False, "mac_missing", 1)


def test_verify_finds_the_demo_key_and_the_local_anchor_by_itself(tmp_path: Path) -> None:
    (tmp_path / "audit.key").write_bytes(KEY)
    os.chmod(tmp_path / "audit.key", 0o600)
    path = tmp_path / AUDIT_FILE_NAME
    with AuditLog(path, key=KEY) as log:
        _write(log, 5)
        head = log.checkpoint()
    write_anchor(tmp_path / ANCHOR_FILE_NAME, head, KEY)
    code, out = _verify_cli(tmp_path)
    assert code == 0, out
    assert out["mac_checked"] and out["key_source"] == "plain_file"
    assert (out["anchor"], out["anchor_source"]) == (str(head), "local_anchor")

    # cut the tail: the chain that is left is perfect, the anchor is gone
    lines = path.read_bytes().splitlines(keepends=True)
    path.write_bytes(b"".join(lines[:3]))
    code, out = _verify_cli(tmp_path)
    assert (code, out["reason"], out["first_bad_seq"]) == (1, "anchor_missing", 5)

    # cut and re-grow to the same length (without the key the MACs cannot follow)
    entries = [json.loads(x) for x in lines]
    entries[3]["fields"] = {"mode": "demo"}
    _rechain(entries, 3)
    _save(path, entries)
    code, out = _verify_cli(tmp_path, "--no-key")
    assert (code, out["reason"]) == (1, "anchor_mismatch")

    # the whole log deleted
    path.unlink()
    code, out = _verify_cli(tmp_path)
    assert (code, out["reason"]) == (1, "missing_file")


def test_a_forged_local_anchor_is_refused(tmp_path: Path) -> None:
    (tmp_path / "audit.key").write_bytes(KEY)
    os.chmod(tmp_path / "audit.key", 0o600)
    with AuditLog(tmp_path / AUDIT_FILE_NAME, key=KEY) as log:
        _write(log, 4)
        low = Checkpoint(2, _lines(log.path)[1]["hash"])
    write_anchor(tmp_path / ANCHOR_FILE_NAME, low, b"x" * 32)  # not the kiosk's key
    out = CliRunner().invoke(audit, ["verify", "--data-dir", str(tmp_path)])
    assert out.exit_code == 1 and "audit.anchor_forged" in out.output
    (tmp_path / ANCHOR_FILE_NAME).write_bytes(b"[" * 100_000)
    out = CliRunner().invoke(audit, ["verify", "--data-dir", str(tmp_path)])
    assert out.exit_code == 1 and "audit.anchor_damaged" in out.output


# --------------------------------------------------------------------------------------------
# hostile lines

GOOD = (
    '{"actor":"system","event":"mode.switch","fields":{"mode":"normal"},"hash":"%s",'
    '"prev":"%s","seq":2,"time":"2026-12-04T10:00:00.000Z"}'
)
HOSTILE: dict[str, bytes] = {
    "deep_nesting": b"[" * 100_000 + b"\n",
    "deep_object": b'{"a":' * 50_000 + b"1" + b"}" * 50_000 + b"\n",
    "lone_surrogate": (GOOD % ("0" * 64, "0" * 64)).replace("normal", "\\ud800").encode() + b"\n",
    "surrogate_key": b'{"\\udfff":1,"seq":2}\n',
    "list": b"[1,2,3]\n",
    "number": b"12\n",
    "null": b"null\n",
    "seq_text": (GOOD % ("0" * 64, "0" * 64)).replace('"seq":2', '"seq":"2"').encode() + b"\n",
    "fields_list": (GOOD % ("0" * 64, "0" * 64)).replace('{"mode":"normal"}', "[1]").encode()
    + b"\n",
    "event_object": (GOOD % ("0" * 64, "0" * 64)).replace('"mode.switch"', '{"x":1}').encode()
    + b"\n",
    "hash_number": (GOOD % ("0" * 64, "0" * 64)).replace('"' + "0" * 64 + '"', "7", 1).encode()
    + b"\n",
    "mac_object": (GOOD % ("0" * 64, "0" * 64)).replace("{", '{"mac":{"a":1},', 1).encode() + b"\n",
    "bad_utf8": b'{"seq":2,"x":"\xff\xfe"}\n',
    "huge_line": b'{"seq":2,"pad":"' + b"A" * (3 * 1024 * 1024) + b'"}\n',
    "nul_bytes": b"\x00" * 100 + b"\n",
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_lines_get_a_verdict_not_a_crash(tmp_path: Path, name: str) -> None:
    path = tmp_path / AUDIT_FILE_NAME
    with AuditLog(path, key=KEY) as log:
        _write(log, 1)
    with path.open("ab") as fh:
        fh.write(HOSTILE[name])
    with AuditLog(path, key=KEY) as log:
        # a writer never extends a chain it cannot read; the loss is an error, not a crash
        assert record_or_log(log, "mode.switch", "system", mode="normal") is False
        with pytest.raises(AuditLogError):
            log.checkpoint()
    result = verify(path, key=KEY)
    assert not result.ok and result.line == 2, result
    assert result.reason in {
        "bad_json",
        "bad_entry",
        "not_allowed",
        "hash_mismatch",
        "chain_broken",
        "line_too_long",
        "mac_mismatch",
        "torn_write_unrecorded",
    }
    assert "line 2" in result.describe()
    assert [e["seq"] for e in read_entries(path)][:1] == [1]
    runner = CliRunner()
    tail = runner.invoke(audit, ["tail", str(path)])
    assert tail.exit_code == 0 and tail.exception is None, tail.output
    cli = runner.invoke(audit, ["verify", "--no-key", str(path)])
    assert cli.exit_code == 1 and cli.exception is not None and "line 2" in cli.output


def test_damaged_line_in_the_middle_says_line_n_damaged(tmp_path: Path) -> None:
    path = tmp_path / AUDIT_FILE_NAME
    with AuditLog(path, key=KEY) as log:
        _write(log, 3)
    lines = path.read_bytes().splitlines(keepends=True)
    lines[1] = b'{"seq": [[[[' + b"\n"
    path.write_bytes(b"".join(lines))
    result = verify(path, key=KEY)
    assert "line 2: damaged" in result.describe() or result.reason == "torn_write_unrecorded"


# --------------------------------------------------------------------------------------------
# record_or_log never raises


class _RaisingLog(AuditLog):
    def __init__(self, path: Path, exc: BaseException) -> None:
        super().__init__(path)
        self._exc = exc

    def record(self, event: str, actor: str, **fields: Any) -> Any:
        raise self._exc


@pytest.mark.parametrize(
    "exc",
    [
        RuntimeError("writer bug"),
        OSError(5, "EIO"),
        AuditLogError("audit.write_failed"),
        KeyError(),
    ],
)
def test_record_or_log_survives_a_raising_writer(tmp_path: Path, exc: BaseException) -> None:
    log = _RaisingLog(tmp_path / AUDIT_FILE_NAME, exc)
    try:
        assert record_or_log(log, "mode.switch", "system", mode="normal") is False
    finally:
        log.close()


def test_record_or_log_survives_bugs_and_a_closed_log(tmp_path: Path) -> None:
    log = AuditLog(tmp_path / AUDIT_FILE_NAME)
    assert record_or_log(log, "no.such.event", "system") is False
    assert record_or_log(log, "mode.switch", "system", mode="1234") is False
    log.close()
    assert record_or_log(log, "mode.switch", "system", mode="normal") is False
    assert record_or_log(None, "mode.switch", "system", mode="normal") is False


def test_record_or_log_on_a_full_disk(tiny_fs: TinyFs) -> None:
    data = tiny_fs.root / "data"
    log = AuditLog(data / AUDIT_FILE_NAME, key=KEY)
    try:
        assert record_or_log(log, "mode.switch", "system", mode="normal")
        tiny_fs.fill()
        for _ in range(20):  # fills the last free blocks, then every write is refused
            record_or_log(log, "mode.switch", "system", mode="technician")
        assert record_or_log(log, "mode.switch", "system", mode="normal") is False
        tiny_fs.release()
        assert record_or_log(log, "mode.switch", "system", mode="normal")
    finally:
        log.close()
    result = verify(data / AUDIT_FILE_NAME, key=KEY)
    assert result.ok, result.describe()


# --------------------------------------------------------------------------------------------
# checkpoints shipped to the city through the queue


def _config(data: Path, sim: CitySim) -> KioskConfig:
    config = shell_only(load_demo_config(data))
    backends = config.backends.model_copy(update={"gateway_url": sim.gateway_url})
    return config.model_copy(update={"backends": backends})


def _wait(condition: Callable[[], bool], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        time.sleep(0.02)


def test_checkpoints_reach_the_city_and_verify_catches_a_cut_log(
    city: CitySim,  # noqa: F811
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    core: KioskCore = build_core(_config(data, city))
    core.start()
    try:
        assert core.audit is not None and core.audit.keyed and core.checkpoints is not None
        assert core.sync is not None
        _write(core.audit, 7)
        head = core.checkpoints.ship("test")
        assert head is not None and head.seq == 7 and head.mac is not None
        assert core.sync.drain(10)
        assert str(core.checkpoints.refresh_anchor()) == str(head)
    finally:
        core.close()
    kept = city.gateway_state.audit_checkpoints[core.config.kiosk.id]
    assert (kept[-1]["seq"], kept[-1]["hash"], kept[-1]["mac"]) == (7, head.hash, head.mac)
    code, out = _verify_cli(data)
    assert code == 0, out
    assert out["mac_checked"] and out["anchor"] == str(head)
    # a technician's shortcut: the anchor copy deleted too; the queue's record still knows
    (data / ANCHOR_FILE_NAME).unlink()
    lines = (data / AUDIT_FILE_NAME).read_bytes().splitlines(keepends=True)
    (data / AUDIT_FILE_NAME).write_bytes(b"".join(lines[:4]))
    code, out = _verify_cli(data)
    assert (code, out["reason"], out["anchor_source"]) == (1, "anchor_missing", "queue")


def test_the_city_refuses_a_log_that_went_backwards(
    city: CitySim,  # noqa: F811
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    config = _config(data, city)
    core = build_core(config)
    core.start()
    try:
        assert core.audit is not None and core.checkpoints is not None and core.sync is not None
        _write(core.audit, 5)
        core.checkpoints.ship("test")
        assert core.sync.drain(10)
    finally:
        core.close()
    # the log is replaced by a shorter one (someone "cleaned" it) and the kiosk starts again
    (data / AUDIT_FILE_NAME).unlink()
    (data / ANCHOR_FILE_NAME).unlink(missing_ok=True)
    core = build_core(config)
    core.start()
    try:
        assert core.audit is not None and core.checkpoints is not None and core.sync is not None
        _write(core.audit, 2)
        core.checkpoints.ship("test")
        assert core.sync.drain(10)
        assert core.outbox is not None
        dead = [i for i in core.outbox.items(states=[State.DEAD]) if i.kind == CHECKPOINT_KIND]
        assert dead and dead[0].last_error == "gateway.audit_discontinuous"
    finally:
        core.close()


def test_shipper_ships_every_n_entries_on_its_own_thread(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    outbox = Outbox(store, AesKeyProvider(os.urandom(32)))
    log = AuditLog(tmp_path / AUDIT_FILE_NAME, key=KEY)
    shipper = CheckpointShipper(log, outbox, "K-1", every_entries=3, every_s=3600, audit_key=KEY)
    try:
        shipper.start()
        _write(log, 3)
        _wait(lambda: shipper.shipped == 1)
        _write(log, 1)
        shipper.close()  # the shutdown checkpoint
        assert shipper.shipped == 2
        rows = [i for i in outbox.items() if i.kind == CHECKPOINT_KIND]
        assert len(rows) == 2 and {r.lane for r in rows} == {"audit"}
    finally:
        shipper.close()
        log.close()
        store.close()


def _device_identity(tmp_path: Path, kiosk_id: str) -> tuple[Path, bytes]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, kiosk_id)])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + dt.timedelta(days=1))
        .sign(key, hashes.SHA256())
    )
    key_file = tmp_path / "device-key.pem"
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return key_file, cert.public_bytes(serialization.Encoding.PEM)


def test_city_checks_signatures_and_continuity(
    city: CitySim,  # noqa: F811
    tmp_path: Path,
) -> None:
    key_file, cert = _device_identity(tmp_path, "K-7")
    signer = file_signer(key_file)
    digest = hashlib.sha256(b"x").hexdigest()

    def post(doc: dict[str, str], key: str | None = None) -> httpx.Response:
        headers = {"Idempotency-Key": key or str(uuid.uuid4())}
        return httpx.post(
            f"{city.gateway_url}/audit/checkpoints", json=doc, headers=headers, timeout=5
        )

    five = checkpoint_document(
        Checkpoint(5, digest, digest), "K-7", signer=signer, certificate_pem=cert
    )
    ok = post(five, "same-key")
    assert ok.status_code == 201 and ok.json()["checkpoint"] == f"5:{digest}"
    replay = post(five, "same-key")
    assert replay.headers.get("Idempotent-Replayed") == "true"
    assert post(five).status_code == 201  # the same head again: continuous
    other = hashlib.sha256(b"y").hexdigest()
    forked = checkpoint_document(Checkpoint(5, other), "K-7", signer=signer, certificate_pem=cert)
    assert post(forked).json()["code"] == "audit_discontinuous"
    back = checkpoint_document(Checkpoint(4, digest), "K-7", signer=signer, certificate_pem=cert)
    assert post(back).status_code == 409
    wrong_kiosk = checkpoint_document(
        Checkpoint(6, digest), "K-8", signer=signer, certificate_pem=cert
    )
    assert post(wrong_kiosk).status_code == 400
    tampered = dict(five, payload=checkpoint_document(Checkpoint(9, digest), "K-7")["payload"])
    assert post(tampered).status_code == 400
    for hostile in ("[" * 5000, "", "%%%", "bnVsbA=="):
        assert post({"payload": hostile}).status_code == 400
    city.gateway_state.require_signed_checkpoints = True
    assert post(checkpoint_document(Checkpoint(8, digest), "K-7")).status_code == 400


def test_an_unkeyed_log_is_moved_aside_when_the_key_arrives(tmp_path: Path) -> None:
    path = tmp_path / AUDIT_FILE_NAME
    with AuditLog(path) as log:  # written before the kiosk had its sealed audit key
        _write(log, 3)
        old_head = log.checkpoint()
    with AuditLog(path, key=KEY) as log:
        assert record_or_log(log, "mode.switch", "system", mode="normal")
    [aside] = tmp_path.glob("audit.unkeyed-*.jsonl")
    assert verify(aside).ok and verify(aside).last_seq == 3
    first = _lines(path)[0]
    assert first["event"] == "audit.rotated"
    assert first["fields"]["previous_head"] == old_head.hash
    result = verify(path, key=KEY)
    assert result.ok and result.entries == 2, result.describe()


# --------------------------------------------------------------------------------------------
# fuzz: whatever the file holds, the audit tools answer (bounded here; deeper in `make fuzz`)

_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=12,
)
_line = st.one_of(
    st.binary(max_size=200),
    _json.map(lambda v: json.dumps(v).encode()),
    st.dictionaries(
        st.sampled_from(["seq", "time", "event", "actor", "fields", "prev", "hash", "mac"]),
        _json,
    ).map(lambda v: json.dumps(v).encode()),
)


@settings(
    max_examples=50 if os.environ.get("HYPOTHESIS_PROFILE") != "fuzz" else 1500,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(lines=st.lists(_line, min_size=1, max_size=4), newline=st.booleans())
def test_fuzz_audit_lines_never_crash_the_tools(
    tmp_path_factory: pytest.TempPathFactory, lines: list[bytes], newline: bool
) -> None:
    directory = tmp_path_factory.mktemp("fuzz")
    path = directory / AUDIT_FILE_NAME
    with AuditLog(path, key=KEY) as log:
        _write(log, 2)
    body = b"\n".join(lines) + (b"\n" if newline else b"")
    with path.open("ab") as fh:
        fh.write(body)
    (directory / ANCHOR_FILE_NAME).write_bytes(lines[0])
    result = verify(path, key=KEY, anchor=Checkpoint(1, "0" * 64))
    assert isinstance(result.describe(), str)
    list(read_entries(path))
    with AuditLog(path, key=KEY) as log:
        record_or_log(log, "mode.switch", "system", mode="normal")
    runner = CliRunner()
    for args in (["verify", "--data-dir", str(directory)], ["tail", str(path)]):
        out = runner.invoke(audit, args)
        assert out.exception is None or isinstance(out.exception, SystemExit), out.output


@settings(max_examples=50 if os.environ.get("HYPOTHESIS_PROFILE") != "fuzz" else 1500)
@given(
    payload=st.one_of(
        _json,
        st.text(max_size=300),
        _json.map(lambda v: base64.b64encode(json.dumps(v).encode()).decode()),
        st.binary(max_size=300).map(lambda b: base64.b64encode(b).decode()),
    )
)
def test_fuzz_the_city_checkpoint_parser_refuses_cleanly(payload: object) -> None:
    from citysim.gateway import HandlerError, _checkpoint_payload

    try:
        point = _checkpoint_payload(payload)
    except HandlerError as refused:
        assert refused.response.status == 400
    else:
        assert isinstance(point["seq"], int) and isinstance(point["kiosk_id"], str)


def test_a_keyed_log_is_never_extended_without_its_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CREDENTIALS_DIRECTORY", raising=False)
    path = tmp_path / AUDIT_FILE_NAME
    with AuditLog(path, key=KEY) as log:
        _write(log, 2)
    # a tool that was not handed the key (e.g. `kiosk queue retry`) and cannot find it
    with AuditLog(path) as log:
        assert record_or_log(log, "mode.switch", "system", mode="normal") is False
        with pytest.raises(AuditLogError) as refused:
            log.record("mode.switch", "system", mode="normal")
        assert refused.value.key == "audit.key_required"
    assert verify(path, key=KEY).entries == 2
    # the data directory's key (here the demo file) is found and used
    (tmp_path / "audit.key").write_bytes(KEY)
    os.chmod(tmp_path / "audit.key", 0o600)
    with AuditLog(path) as log:
        assert log.keyed
        assert record_or_log(log, "mode.switch", "system", mode="normal")
    result = verify(path, key=KEY)
    assert result.ok and result.entries == 3, result.describe()


def test_shipper_ships_a_quiet_log_after_its_interval(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    outbox = Outbox(store, AesKeyProvider(os.urandom(32)))
    log = AuditLog(tmp_path / AUDIT_FILE_NAME, key=KEY)
    shipper = CheckpointShipper(log, outbox, "K-1", every_entries=1000, every_s=0.2, audit_key=KEY)
    try:
        shipper.start()
        _write(log, 1)  # far below the entry count: the interval ships it
        _wait(lambda: shipper.shipped == 1)
        assert shipper.ship("again") is None  # the same head is not shipped twice
    finally:
        shipper.close()
        log.close()
        store.close()
