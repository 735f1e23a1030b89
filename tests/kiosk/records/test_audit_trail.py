"""kiosk/records/audit_trail.py: sign-in outcomes, sessions, role changes, technician actions and
dead-letter decisions reach the hash-chained audit log, with pseudonyms only."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.identity.sign_in import Identity, SignedIn, SignInFailed, SignInFailure
from kiosk.identity.trust import Role as CardRole
from kiosk.records.audit import AuditLog, read_entries, verify
from kiosk.records.audit_trail import SecurityAudit, TechnicianAudit
from kiosk.session.machine import EndReason, IdlePolicy, Preferences, Role, Session
from kiosk.session.machine import Identity as SessionIdentity
from offline_queue.crypto import FileKeyProvider
from offline_queue.outbox import Outbox, OutboxError
from offline_queue.store import State, open_store

KEY = b"k" * 32
NAME = "Amalia Canary-Testperson"
ACCOUNT = "RES-000-CANARY"


def _session() -> Session:
    return Session(IdlePolicy(), default_preferences=lambda: Preferences(language="en"))


def _identity(role: CardRole) -> Identity:
    return Identity(NAME, role, f"CN={NAME}", "CN=City CA", 1234, ACCOUNT)


def _entries(path: Path) -> list[dict[str, object]]:
    return list(read_entries(path))


@pytest.fixture
def log(tmp_path: Path) -> Iterator[AuditLog]:
    audit = AuditLog(tmp_path / "audit.jsonl")
    yield audit
    audit.close()


def test_sign_in_session_and_role_change(log: AuditLog) -> None:
    session = _session()
    trail = SecurityAudit(session, log, KEY)
    trail.card_failed(SignInFailed(SignInFailure.WRONG_PIN, tries_left=2))
    trail.card_signed_in(SignedIn(_identity(CardRole.RESIDENT)))
    session.start()
    session.sign_in(SessionIdentity(Role.RESIDENT, NAME, ACCOUNT))
    session.end(EndReason.CARD_REMOVED)
    entries = _entries(log.path)
    events = [e["event"] for e in entries]
    assert events == [
        "auth.attempt",
        "auth.attempt",
        "session.start",
        "role.change",
        "session.end",
        "role.change",
    ]
    fail, ok = entries[0]["fields"], entries[1]["fields"]
    assert isinstance(fail, dict) and isinstance(ok, dict)
    assert fail["result"] == "failure" and fail["tries_left"] == 2
    assert fail["error"] == "signin.wrong_pin"
    assert ok["result"] == "success" and ok["factor"] == "pin"
    assert len(str(ok["subject"])) == 32
    end = entries[4]["fields"]
    assert isinstance(end, dict) and end["trigger"] == "card_removed"
    text = log.path.read_text()
    assert NAME not in text and ACCOUNT not in text and "Canary" not in text
    assert verify(log.path).ok


def test_blocked_and_technician_card(log: AuditLog) -> None:
    trail = SecurityAudit(_session(), log, KEY)
    trail.card_failed(SignInFailed(SignInFailure.BLOCKED, tries_left=0))
    trail.card_signed_in(SignedIn(_identity(CardRole.TECHNICIAN)))
    entries = _entries(log.path)
    first, second = entries[0]["fields"], entries[1]["fields"]
    assert isinstance(first, dict) and isinstance(second, dict)
    assert first["result"] == "blocked"
    assert second["factor"] == "technician_card" and entries[1]["actor"] == "technician"


def test_library_card_read_is_not_an_attempt(log: AuditLog) -> None:
    trail = SecurityAudit(_session(), log, KEY)
    trail.card_failed(SignInFailed(SignInFailure.UNKNOWN_CARD))
    assert _entries(log.path) == []


def test_fingerprint_attempts_record_outcome_and_tries_only(log: AuditLog) -> None:
    from drivers.fingerprint.verifier import VerifyOutcome, VerifyResult

    trail = SecurityAudit(_session(), log, KEY)
    trail.card_signed_in(SignedIn(_identity(CardRole.RESIDENT)))  # the PIN came first
    for outcome, tries in (
        (VerifyOutcome.NO_FINGER, 3),
        (VerifyOutcome.NOT_MATCHED, 2),
        (VerifyOutcome.CANCELLED, 2),  # the resident went back: not an attempt
        (VerifyOutcome.SENSOR_ERROR, 2),
        (VerifyOutcome.MATCHED, 2),
        (VerifyOutcome.TRIES_EXHAUSTED, 0),
    ):
        trail.fingerprint_verified(VerifyResult(outcome, tries))
    attempts = [
        e["fields"] for e in _entries(log.path) if e["fields"].get("factor") == "fingerprint"
    ]
    assert [(a["result"], a.get("tries_left"), a.get("error")) for a in attempts] == [
        ("timeout", 3, "fingerprint.outcome.no_finger"),
        ("failure", 2, "fingerprint.outcome.not_matched"),
        ("error", 2, "fingerprint.outcome.sensor_error"),
        ("success", None, None),
        ("blocked", 0, "fingerprint.outcome.tries_exhausted"),
    ]
    assert {e["actor"] for e in _entries(log.path)} == {"resident"}
    text = log.path.read_text(encoding="utf-8")
    assert NAME not in text and ACCOUNT not in text
    assert verify(log.path).ok


def test_technician_actions_and_dead_letter_decision(log: AuditLog, data_dir: Path) -> None:
    trail = TechnicianAudit(log, KEY)
    trail.technician_entered(ACCOUNT, wiped_session=True)
    trail.technician_action("test_print", "printer", ok=True)
    trail.technician_action("reprint", "printer", ok=False, reference="K7QX-3M9P")
    store = open_store(data_dir)
    try:
        outbox = Outbox(store, FileKeyProvider.in_data_dir(data_dir))
        item = outbox.enqueue(backend="gateway", kind="report", payload={"x": 1})
        with pytest.raises(OutboxError):  # pending items can be cancelled, in_flight not: here
            outbox.retry("NO-SUCH", actor="technician", audit=trail.deadletter_hook("duplicate"))
        view = outbox.cancel(
            item.reference, actor="technician", audit=trail.deadletter_hook("duplicate")
        )
        assert view.state == State.CANCELLED.value
    finally:
        store.close()
    trail.technician_exited("time_limit")
    entries = _entries(log.path)
    events = [e["event"] for e in entries]
    assert events == [
        "technician.enter",
        "mode.switch",
        "technician.action",
        "technician.action",
        "deadletter.decision",
        "technician.exit",
        "mode.switch",
    ]
    decision = entries[4]["fields"]
    assert isinstance(decision, dict)
    assert decision["decision"] == "discard" and decision["reason"] == "duplicate"
    assert ACCOUNT not in json.dumps(entries) and "K7QX-3M9P" not in json.dumps(entries)
    assert verify(log.path).ok


def test_disk_refusal_is_counted_not_raised(log: AuditLog) -> None:
    trail = TechnicianAudit(log, KEY)
    log.close()
    # a closed log (a late signal at shutdown) loses the entry, counted and logged, never raised
    trail.technician_action("self_test", "all", ok=True)
    assert trail.failures == 1
