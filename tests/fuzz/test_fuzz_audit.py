"""Fuzz: the security audit log read back from disk (``kiosk.records.audit``'s public API:
``verify``, ``read_entries``, ``Checkpoint.parse`` and the writer reopening the file).

A real keyed log seeds each file; lines are then replaced by hostile ones (deep nesting, lone
surrogates, wrong shapes, bad UTF-8, huge), cut, dropped, duplicated or swapped. ``verify`` and
``read_entries`` never raise (a verdict, not a crash); the writer may refuse with
``AuditLogError`` only; a damaged log never verifies as intact.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from kiosk.records.audit import (
    AuditLog,
    AuditLogError,
    Checkpoint,
    VerifyResult,
    read_entries,
    record_or_log,
    verify,
)
from tests.fuzz.hostile_json import JSON_VALUES
from tests.fuzz.profiles import fuzz_settings

KEY = b"fuzz-audit-key-0123456789abcdef!"


def _seed(directory: Path) -> tuple[list[bytes], Checkpoint]:
    path = directory / "audit.jsonl"
    with AuditLog(path, key=KEY) as log:
        for i in range(5):
            log.record("mode.switch", "system", mode="normal" if i % 2 else "out_of_service")
        head = log.checkpoint()
    return path.read_bytes().splitlines(keepends=True), head


HOSTILE_LINES = [
    b"[" * 50_000 + b"\n",
    b'{"a":' * 20_000 + b"1" + b"}" * 20_000 + b"\n",
    b'{"\\udfff":1,"seq":2}\n',
    b'{"seq":2,"x":"\\ud800"}\n',
    b"[1,2,3]\n",
    b"null\n",
    b'{"seq":2,"x":"\xff\xfe"}\n',
    b'{"seq":2,"pad":"' + b"A" * 300_000 + b'"}\n',
    b"\x00" * 50 + b"\n",
    b"\n",
    b"{}\n",
]


@st.composite
def damaged_logs(draw: st.DrawFn, seed: list[bytes]) -> tuple[bytes, bool]:
    """(file bytes, whether they differ from the seed)."""
    lines = list(seed)
    for _ in range(draw(st.integers(1, 4))):
        how = draw(st.sampled_from(["hostile", "json", "field", "cut", "drop", "dup", "swap",
                                    "bytes", "append"]))  # fmt: skip
        i = draw(st.integers(0, len(lines) - 1)) if lines else 0
        if how == "hostile" and lines:
            lines[i] = draw(st.sampled_from(HOSTILE_LINES))
        elif how == "json" and lines:
            lines[i] = json.dumps(draw(JSON_VALUES)).encode() + b"\n"
        elif how == "field" and lines:
            try:
                entry: Any = json.loads(lines[i])
            except (ValueError, RecursionError):
                entry = None  # not JSON any more (an earlier mutation made it hostile)
            if isinstance(entry, dict) and entry:
                key = draw(st.sampled_from(sorted(entry)))
                entry[key] = draw(JSON_VALUES)
                lines[i] = json.dumps(entry).encode() + b"\n"
        elif how == "cut" and lines:
            lines[i] = lines[i][: draw(st.integers(0, max(0, len(lines[i]) - 1)))]
        elif how == "drop" and lines:
            del lines[i]
        elif how == "dup" and lines:
            lines.insert(i, lines[i])
        elif how == "swap" and len(lines) > 1:
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        elif how == "bytes":
            lines.insert(i, draw(st.binary(max_size=80)))
        elif how == "append":
            lines.append(draw(st.sampled_from(HOSTILE_LINES)))
    data = b"".join(lines)
    return data, data != b"".join(seed)


@fuzz_settings(scale=0.3)
@given(data=st.data())
def test_verify_and_read_hostile_logs(tmp_path_factory: Any, data: st.DataObject) -> None:
    directory = tmp_path_factory.mktemp("audit")
    seed, head = _seed(directory)
    content, changed = data.draw(damaged_logs(seed))
    path = directory / "audit.jsonl"
    path.write_bytes(content)
    results = [
        verify(path),
        verify(path, key=KEY),
        verify(path, key=KEY, anchor=head),
        verify(path, key=b"another-key-of-32-bytes-length!!", anchor=head),
    ]
    for result in results:
        assert isinstance(result, VerifyResult)
        assert isinstance(result.describe(), str)
    if changed:
        # whatever was changed, the keyed check against the shipped head does not call it intact
        assert not results[2].ok or content.startswith(b"".join(seed))
    assert not results[3].ok or not content.strip()
    for entry in read_entries(path):
        assert isinstance(entry, dict)
    try:
        log = AuditLog(path, key=KEY)
    except AuditLogError:
        return
    try:
        assert isinstance(record_or_log(log, "mode.switch", "system", mode="normal"), bool)
    finally:
        log.close()


@fuzz_settings()
@given(text=st.text(max_size=100))
def test_checkpoint_text(text: str) -> None:
    try:
        checkpoint = Checkpoint.parse(text)
    except ValueError:
        return
    assert Checkpoint.parse(str(checkpoint)) == checkpoint
