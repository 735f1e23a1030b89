"""Assisted sessions without Qt: who may assist, resident-only steps, audit entries, key file."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from kiosk.records.audit import AuditLog, AuditLogError, read_entries, verify
from kiosk.session.assistance import RESIDENT_ONLY_STEPS, Assistance, load_or_create_key
from kiosk.session.machine import EndReason, Identity, IdlePolicy, Preferences, Role, Session, State
from tests.helpers.fullfs import TinyFs, tiny_fs_fixture  # noqa: F401  (fixture tiny_fs)

KEY = b"k" * 32
STAFF = Identity(Role.STAFF, "Sam Okafor", "staff-004217")


def new_session() -> Session:
    session = Session(IdlePolicy(), default_preferences=lambda: Preferences(language="en"))
    session.start()
    session.choose_language("en")
    session.sign_in(Identity(Role.GUEST))
    return session


def test_assisted_session_is_audited_by_names_only(tmp_path: Path) -> None:
    session = new_session()
    with AuditLog(tmp_path / "audit.jsonl") as audit:
        assistance = Assistance(session, audit, KEY)
        assistance.start(STAFF)
        assert assistance.active and assistance.helper_name == "Sam Okafor"
        assistance.step(
            "contact_details", assisted=True, fields_entered_by_staff=["email", "email"]
        )
        assistance.step("pin", assisted=False)
        with pytest.raises(ValueError, match="resident alone"):
            assistance.step("fingerprint", assisted=True)
        session.end(EndReason.STAFF_ENDED)
        assert assistance.helper_name == ""  # the wipe cleared the helper
    entries = list(read_entries(tmp_path / "audit.jsonl"))
    assert [e["event"] for e in entries] == [
        "assisted.start",
        "assisted.step",
        "assisted.step",
        "assisted.end",
    ]
    assert entries[1]["fields"]["fields_entered_by_staff"] == ["email"]
    assert entries[3]["fields"]["steps_assisted"] == ["contact_details"]
    assert entries[3]["fields"]["trigger"] == "staff_ended"
    text = (tmp_path / "audit.jsonl").read_text(encoding="utf-8")
    assert "Sam" not in text and "004217" not in text
    assert verify(tmp_path / "audit.jsonl").ok


def test_only_staff_assist_and_never_on_an_idle_kiosk() -> None:
    session = new_session()
    assistance = Assistance(session, None, KEY)
    with pytest.raises(ValueError):
        assistance.start(Identity(Role.RESIDENT, "Someone", "r-1"))
    idle = Session(IdlePolicy(), default_preferences=lambda: Preferences(language="en"))
    with pytest.raises(Exception, match="assistance"):
        Assistance(idle, None, KEY).start(STAFF)
    assert {"pin", "fingerprint", "photo", "declaration"} == RESIDENT_ONLY_STEPS


def test_pseudonym_key_file_is_private_and_stable(tmp_path: Path) -> None:
    first = load_or_create_key(tmp_path)
    assert len(first) == 32
    assert stat.S_IMODE((tmp_path / "pseudonym.key").stat().st_mode) == 0o600
    assert load_or_create_key(tmp_path) == first


def test_assistance_that_cannot_be_recorded_does_not_start(tiny_fs: TinyFs) -> None:
    session = new_session()
    with AuditLog(tiny_fs.root / "audit.jsonl") as audit:
        assistance = Assistance(session, audit, KEY)
        tiny_fs.fill()
        with pytest.raises(AuditLogError):
            assistance.start(STAFF)
        assert not assistance.active and session.assisted_by is None
        assert session.state is State.HOME  # the resident's session goes on, unassisted
        tiny_fs.release()
        assistance.start(STAFF)  # space is back: help can start, and is recorded
        assert assistance.active
    assert [e["event"] for e in read_entries(tiny_fs.root / "audit.jsonl")] == ["assisted.start"]


def test_a_disk_that_fills_mid_session_never_stops_the_session_or_its_wipe(
    tiny_fs: TinyFs,
) -> None:
    session = new_session()
    with AuditLog(tiny_fs.root / "audit.jsonl") as audit:
        assistance = Assistance(session, audit, KEY)
        assistance.start(STAFF)
        tiny_fs.fill()
        for _ in range(40):  # enough entries to need a new page of the full file system
            assistance.step("contact_details", assisted=True, fields_entered_by_staff=["email"])
        session.end(EndReason.STAFF_ENDED)  # the end entry cannot be written either
    assert session.state is State.ATTRACT
    assert session.assisted_by is None and session.identity.role is Role.NONE
