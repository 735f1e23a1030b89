"""The hash-chained audit log: allow-list, chain, tamper detection, torn writes, CLI."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import os
import stat
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from kiosk.commands.audit import audit
from kiosk.records.audit import (
    GENESIS_HASH,
    AuditFieldError,
    AuditLog,
    AuditLogError,
    Checkpoint,
    canonical_json,
    entry_hash,
    verify,
)

SESSION = "3f9a1c2b4d5e6f708192a3b4c5d6e7f8"
TX = "0b6c3a4e-1f2d-4c5b-8a9e-7d6c5b4a3f21"
KEY = b"k" * 32


def _fill(path: Path, key: bytes | None = None) -> None:
    with AuditLog(path, key=key) as log:
        log.record("session.start", "resident", session=SESSION, mode="self")
        log.record("auth.attempt", "resident", factor="pin", result="failure", tries_left=2)
        log.record("auth.attempt", "resident", factor="pin", result="success", session=SESSION)
        log.record("role.change", "staff", session=SESSION, from_role="resident", to_role="staff")
        log.record(
            "assisted.end",
            "staff",
            session=SESSION,
            service="street_report",
            steps_assisted=["location", "category"],
        )
        log.record("deadletter.decision", "technician", tx=TX, decision="discard", reason="expired")
        log.record("session.end", "resident", session=SESSION, trigger="card_removed")


def _lines(path: Path) -> list[bytes]:
    return path.read_bytes().splitlines(keepends=True)


def _rewrite(path: Path, lines: list[bytes]) -> None:
    path.write_bytes(b"".join(lines))


def _edit(line: bytes, rehash: bool, **changes: object) -> bytes:
    obj = json.loads(line)
    for k, v in changes.items():
        if k.startswith("f_"):
            obj["fields"][k[2:]] = v
        else:
            obj[k] = v
    if rehash:
        obj["hash"] = entry_hash(obj)
    return canonical_json(obj) + b"\n"


def test_entries_are_chained_fsynced_files_private(tmp_path: Path) -> None:
    path = tmp_path / "data" / "audit.jsonl"
    _fill(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    entries = [json.loads(line) for line in _lines(path)]
    assert [e["seq"] for e in entries] == list(range(1, 8))
    assert entries[0]["prev"] == GENESIS_HASH
    for before, after in itertools.pairwise(entries):
        assert after["prev"] == before["hash"]
    for e in entries:
        assert e["hash"] == entry_hash(e)
        assert e["time"].endswith("Z")
        assert "mac" not in e
    result = verify(path)
    assert result.ok, result.describe()
    assert (result.entries, result.last_seq, result.head_hash) == (7, 7, entries[-1]["hash"])
    assert not result.mac_checked


def test_reopening_continues_the_chain(tmp_path: Path) -> None:
    path = tmp_path / "audit.jsonl"
    _fill(path)
    with AuditLog(path) as log:
        entry = log.record("mode.switch", "system", mode="out_of_service")
        assert entry.seq == 8
        assert log.checkpoint() == Checkpoint(8, entry.hash)
    assert verify(path).ok


@pytest.mark.parametrize(
    ("event", "fields"),
    [
        ("auth.attempt", {"factor": "pin", "result": "failure", "pin": "123456"}),
        ("auth.attempt", {"factor": "pin", "result": "I typed 1234"}),
        ("session.start", {"session": "123456"}),  # a PIN cannot pass as a reference
        ("session.start", {"session": "John Smith"}),
        ("assisted.step", {"step": "Main Street 5"}),  # free text is not an identifier
        ("assisted.step", {"fields_entered_by_staff": ["name", "Jane Doe"]}),
        ("auth.attempt", {"tries_left": True}),
        ("config.change", {"new_version": -1}),
        ("no.such.event", {}),
    ],
)
def test_allow_list_refuses_personal_or_free_text(
    tmp_path: Path, event: str, fields: dict[str, object]
) -> None:
    with AuditLog(tmp_path / "a.jsonl") as log, pytest.raises(AuditFieldError) as info:
        log.record(event, "resident", **fields)
    # the refused value is never echoed in the error
    for value in fields.values():
        if isinstance(value, str) and value not in ("pin",):
            assert value not in str(info.value)
    assert (tmp_path / "a.jsonl").read_bytes() == b""


def test_unknown_actor_refused(tmp_path: Path) -> None:
    with AuditLog(tmp_path / "a.jsonl") as log, pytest.raises(AuditFieldError):
        log.record("mode.switch", "Jane", mode="normal")


def test_edited_entry_detected(tmp_path: Path) -> None:
    path = tmp_path / "audit.jsonl"
    _fill(path)
    lines = _lines(path)
    lines[1] = _edit(lines[1], rehash=False, f_result="success")
    _rewrite(path, lines)
    result = verify(path)
    assert (result.ok, result.reason, result.first_bad_seq, result.line) == (
        False,
        "hash_mismatch",
        2,
        2,
    )


def test_edited_entry_with_recomputed_hash_breaks_the_chain(tmp_path: Path) -> None:
    path = tmp_path / "audit.jsonl"
    _fill(path)
    lines = _lines(path)
    lines[1] = _edit(lines[1], rehash=True, f_result="success")
    _rewrite(path, lines)
    result = verify(path)
    assert (result.ok, result.reason, result.first_bad_seq) == (False, "chain_broken", 3)


def test_removed_entry_detected(tmp_path: Path) -> None:
    path = tmp_path / "audit.jsonl"
    _fill(path)
    lines = _lines(path)
    del lines[3]
    _rewrite(path, lines)
    result = verify(path)
    assert (result.ok, result.reason, result.first_bad_seq) == (False, "seq_mismatch", 4)


def test_removed_entry_with_renumbering_detected(tmp_path: Path) -> None:
    path = tmp_path / "audit.jsonl"
    _fill(path)
    lines = _lines(path)
    del lines[3]
    lines[3:] = [_edit(line, rehash=True, seq=json.loads(line)["seq"] - 1) for line in lines[3:]]
    _rewrite(path, lines)
    result = verify(path)
    assert (result.ok, result.reason, result.first_bad_seq) == (False, "chain_broken", 4)


def test_reordered_entries_detected(tmp_path: Path) -> None:
    path = tmp_path / "audit.jsonl"
    _fill(path)
    lines = _lines(path)
    lines[2], lines[4] = lines[4], lines[2]
    _rewrite(path, lines)
    result = verify(path)
    assert (result.ok, result.reason, result.first_bad_seq) == (False, "seq_mismatch", 3)


def test_truncated_from_the_middle_detected(tmp_path: Path) -> None:
    path = tmp_path / "audit.jsonl"
    _fill(path)
    lines = _lines(path)
    _rewrite(path, lines[:2] + lines[5:])
    result = verify(path)
    assert (result.ok, result.first_bad_seq) == (False, 3)


def test_inserted_forbidden_field_detected(tmp_path: Path) -> None:
    path = tmp_path / "audit.jsonl"
    _fill(path)
    lines = _lines(path)
    lines[1] = _edit(lines[1], rehash=True, f_pin="123456")
    _rewrite(path, lines[:2])  # last entry, chain otherwise intact
    result = verify(path)
    assert (result.ok, result.reason, result.first_bad_seq) == (False, "not_allowed", 2)


def test_truncation_at_the_end_needs_an_anchor(tmp_path: Path) -> None:
    path = tmp_path / "audit.jsonl"
    _fill(path)
    with AuditLog(path) as log:
        anchor = log.checkpoint()
    assert verify(path, anchor=anchor).ok
    _rewrite(path, _lines(path)[:5])
    assert verify(path).ok  # a plain hash chain cannot see this...
    result = verify(path, anchor=anchor)  # ...the shipped checkpoint can
    assert (result.ok, result.reason, result.first_bad_seq) == (False, "anchor_missing", 7)


def test_forged_chain_fails_with_hmac_key(tmp_path: Path) -> None:
    path = tmp_path / "audit.jsonl"
    _fill(path, key=KEY)
    assert verify(path, key=KEY).ok
    assert not verify(path, key=b"x" * 32).ok
    lines = _lines(path)
    # an attacker without the key rewrites the whole chain consistently
    forged: list[bytes] = []
    prev = GENESIS_HASH
    for i, line in enumerate(lines):
        obj = json.loads(line)
        if i == 1:
            obj["fields"]["result"] = "success"
        obj["prev"] = prev
        obj["hash"] = entry_hash(obj)
        prev = obj["hash"]
        forged.append(canonical_json(obj) + b"\n")
    _rewrite(path, forged)
    assert verify(path).ok  # hash chain alone is consistent
    result = verify(path, key=KEY)
    assert (result.ok, result.reason, result.first_bad_seq) == (False, "mac_mismatch", 2)


def test_torn_last_line_is_recorded_and_verifies(tmp_path: Path) -> None:
    path = tmp_path / "audit.jsonl"
    _fill(path)
    full = path.read_bytes()
    path.write_bytes(full + b'{"seq":8,"time":"2026-')  # power cut mid-write
    result = verify(path)
    assert (result.ok, result.reason) == (False, "torn_write_unrecorded")
    with AuditLog(path) as log:
        entry = log.record("mode.switch", "system", mode="normal")
    assert entry.seq == 9  # seq 8 records the torn fragment
    result = verify(path)
    assert result.ok, result.describe()
    assert result.torn_writes == 1
    assert json.loads(_lines(path)[-2])["event"] == "audit.torn_write"


def _reordered(line: bytes) -> bytes:
    obj = json.loads(line)
    return json.dumps(dict(reversed(obj.items())), separators=(",", ":")).encode() + b"\n"


@pytest.mark.parametrize(
    ("index", "rewrite"),
    [
        (0, lambda line: b"\r" + line),  # found by the fuzz test: JSON whitespace before line 1
        (2, lambda line: line.replace(b",", b", ")),
        (3, lambda line: json.dumps(json.loads(line)).encode() + b"\n"),
        (4, _reordered),
        (6, lambda line: line.replace(b'"resident"', b'"\\u0072esident"')),
    ],
    ids=["leading-cr", "spaces", "json-dumps", "key-order", "escape"],
)
def test_same_entry_in_other_bytes_detected(
    tmp_path: Path, index: int, rewrite: Callable[[bytes], bytes]
) -> None:
    """The chain hashes the parsed entry, so whitespace, escapes or key order would not change it;
    the file is still not what the kiosk wrote, and even the keyed, anchored check says so."""
    path = tmp_path / "audit.jsonl"
    _fill(path, key=KEY)
    with AuditLog(path, key=KEY) as log:
        head = log.checkpoint()
    lines = _lines(path)
    lines[index] = rewrite(lines[index])
    assert json.loads(lines[index]) == json.loads(_lines(path)[index])  # same entry
    _rewrite(path, lines)
    result = verify(path, key=KEY, anchor=head)
    assert (result.ok, result.reason, result.line) == (False, "not_canonical", index + 1)
    assert "rewritten" in result.describe()


def test_a_lone_surrogate_in_the_mac_of_a_keyless_check_is_a_verdict(tmp_path: Path) -> None:
    """Without a key the MAC is not checked, but the line's bytes still are: a MAC that cannot
    be UTF-8 (a lone surrogate) is a damaged line, not a traceback from ``kiosk audit verify``."""
    path = tmp_path / "audit.jsonl"
    _fill(path, key=KEY)
    lines = _lines(path)
    obj = json.loads(lines[2])
    lines[2] = canonical_json({k: v for k, v in obj.items() if k != "mac"})[:-1] + (
        b',"mac":"\\ud800"}\n'
    )
    _rewrite(path, lines)
    result = verify(path)
    assert (result.ok, result.reason, result.line) == (False, "not_canonical", 3)


def test_last_entry_without_its_newline_is_a_torn_write(tmp_path: Path) -> None:
    path = tmp_path / "audit.jsonl"
    _fill(path)
    path.write_bytes(path.read_bytes()[:-1])  # power cut between the entry and its newline
    result = verify(path)
    assert (result.ok, result.reason, result.line) == (False, "torn_write_unrecorded", 7)
    with AuditLog(path) as log:
        entry = log.record("mode.switch", "system", mode="normal")
    assert entry.seq == 9  # seq 8 records the cut append
    result = verify(path)
    assert result.ok, result.describe()
    assert json.loads(_lines(path)[-2])["event"] == "audit.torn_write"


def test_junk_line_in_the_middle_detected(tmp_path: Path) -> None:
    path = tmp_path / "audit.jsonl"
    _fill(path)
    lines = _lines(path)
    lines.insert(3, b"garbage\n")
    _rewrite(path, lines)
    result = verify(path)
    assert (result.ok, result.reason, result.first_bad_seq) == (False, "torn_write_unrecorded", 4)


def test_edited_tail_refuses_further_appends(tmp_path: Path) -> None:
    path = tmp_path / "audit.jsonl"
    _fill(path)
    path.write_bytes(path.read_bytes() + b"not json\n")
    with AuditLog(path) as log, pytest.raises(AuditLogError) as info:
        log.record("mode.switch", "system", mode="normal")
    assert info.value.key == "audit.corrupt_tail"


def test_concurrent_writers_threads_and_instances(tmp_path: Path) -> None:
    path = tmp_path / "audit.jsonl"
    logs = [AuditLog(path), AuditLog(path)]
    barrier = threading.Barrier(4)

    def work(log: AuditLog) -> None:
        barrier.wait(timeout=10)
        for _ in range(25):
            log.record("sync.run", "system", result="ok", sent=1)

    threads = [threading.Thread(target=work, args=(logs[i % 2],)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
        assert not t.is_alive()
    for log in logs:
        log.close()
    result = verify(path)
    assert result.ok and result.entries == 100, result.describe()


def test_clock_is_utc(tmp_path: Path) -> None:
    tz = dt.timezone(dt.timedelta(hours=5))
    moment = dt.datetime(2026, 1, 2, 8, 4, 5, 678_000, tzinfo=tz)
    with AuditLog(tmp_path / "a.jsonl", clock=lambda: moment) as log:
        entry = log.record("mode.switch", "system", mode="normal")
    assert entry.time == "2026-01-02T03:04:05.678Z"


def test_cli_verify_ok_and_failure(tmp_path: Path) -> None:
    _fill(tmp_path / "audit.jsonl", key=KEY)
    key_file = tmp_path / "audit.key"
    key_file.write_text(KEY.hex())
    runner = CliRunner()
    ok = runner.invoke(audit, ["verify", "--data-dir", str(tmp_path), "--key-file", str(key_file)])
    assert ok.exit_code == 0, ok.output
    assert "OK: 7 entries" in ok.output
    lines = _lines(tmp_path / "audit.jsonl")
    lines[4] = _edit(lines[4], rehash=False, actor="technician")
    _rewrite(tmp_path / "audit.jsonl", lines)
    bad = runner.invoke(audit, ["verify", str(tmp_path / "audit.jsonl")])
    assert bad.exit_code == 1
    assert "FAILED at seq 5" in bad.output
    as_json = runner.invoke(audit, ["verify", "--json", "--data-dir", str(tmp_path)])
    assert as_json.exit_code == 1
    assert json.loads(as_json.output)["first_bad_seq"] == 5
    missing = runner.invoke(audit, ["verify", "--data-dir", str(tmp_path / "nope")])
    assert missing.exit_code == 1


def test_cli_anchor_and_tail(tmp_path: Path) -> None:
    path = tmp_path / "audit.jsonl"
    _fill(path)
    with AuditLog(path) as log:
        anchor = str(log.checkpoint())
    runner = CliRunner()
    assert runner.invoke(audit, ["verify", str(path), "--anchor", anchor]).exit_code == 0
    assert runner.invoke(audit, ["verify", str(path), "--anchor", "x"]).exit_code == 2
    out = runner.invoke(audit, ["tail", "-n", "2", "--data-dir", str(tmp_path)])
    assert out.exit_code == 0, out.output
    rows = out.output.splitlines()
    assert len(rows) == 2
    assert "deadletter.decision" in rows[0] and "session.end" in rows[1]
    raw = runner.invoke(audit, ["tail", "--json", str(path)])
    assert [json.loads(r)["seq"] for r in raw.output.splitlines()] == list(range(1, 8))


def test_file_mode_survives_umask(tmp_path: Path) -> None:
    old = os.umask(0)
    try:
        with AuditLog(tmp_path / "x" / "a.jsonl") as log:
            log.record("mode.switch", "system", mode="normal")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "x" / "a.jsonl").stat().st_mode) == 0o600


def test_signed_checkpoints(tmp_path: Path) -> None:
    from citysim.provisioning import ProvisioningAuthority
    from kiosk.records.audit import CheckpointError, file_signer, sign_checkpoint, verify_checkpoint
    from provisioning.csr import build_csr
    from provisioning.keystore import FileKeyStore

    city = ProvisioningAuthority(tmp_path / "city")
    keys = FileKeyStore(tmp_path / "device-key.pem")
    keys.generate()
    cert = city.enrol(city.issue_token(), build_csr(keys, "K-1", "Site"))["cert_pem"].encode()
    path = tmp_path / "audit.jsonl"
    _fill(path)
    with AuditLog(path) as log:
        first = log.checkpoint()
        doc1 = sign_checkpoint(first, "K-1", file_signer(keys.path))
        log.record("mode.switch", "system", mode="normal")
        second = log.checkpoint()
        doc2 = sign_checkpoint(second, "K-1", file_signer(keys.path))
    assert verify_checkpoint(doc1, cert) == first
    assert verify_checkpoint(doc2, cert, previous=first) == second
    assert verify_checkpoint(doc2, cert, previous=second) == second
    # the shipped checkpoint then anchors local verification
    assert verify(path, anchor=first).ok

    def refused(doc: dict[str, str], previous: Checkpoint | None = None) -> str:
        with pytest.raises(CheckpointError) as info:
            verify_checkpoint(doc, cert, previous=previous)
        return info.value.key

    assert refused(doc1, previous=second) == "audit.checkpoint_discontinuous"
    forked = sign_checkpoint(Checkpoint(second.seq, "0" * 64), "K-1", file_signer(keys.path))
    assert refused(forked, previous=second) == "audit.checkpoint_discontinuous"
    assert refused({**doc2, "payload": doc1["payload"]}) == "audit.checkpoint_bad_signature"
    assert refused({"payload": "x"}) == "audit.checkpoint_malformed"
    other = sign_checkpoint(second, "K-2", file_signer(keys.path))
    assert refused(other) == "audit.checkpoint_wrong_kiosk"


def test_pseudonyms_are_refs_and_keyed() -> None:
    from kiosk.records.audit import Ref, pseudonym

    a = pseudonym(KEY, "resident", "ES-12345678Z")
    assert Ref().check(a) and len(a) == 32
    assert a == pseudonym(KEY, "resident", "ES-12345678Z")
    assert a != pseudonym(b"o" * 32, "resident", "ES-12345678Z")
    assert a != pseudonym(KEY, "staff", "ES-12345678Z")
    with pytest.raises(ValueError):
        pseudonym(b"short", "resident", "x")


def test_cli_takes_the_data_dir_from_a_config(tmp_path: Path) -> None:
    data = tmp_path / "data"
    _fill(data / "audit.jsonl")
    config = tmp_path / "kiosk.toml"
    config.write_text(
        f'[kiosk]\nid = "K-1"\nsite = "S"\nmode = "demo"\n[paths]\ndata_dir = "{data}"\n'
    )
    runner = CliRunner()
    out = runner.invoke(audit, ["verify", "--config", str(config)])
    assert out.exit_code == 0, out.output
    assert str(data / "audit.jsonl") in out.output
    bad = runner.invoke(audit, ["verify", "--config", str(tmp_path / "missing.toml")])
    assert bad.exit_code == 1
