"""Library-card sign-in (issue #14.5): the PIN for every card, checked by the library system
(the demo city's SIP2 server on loopback), three wrong PINs lock the card on this kiosk, and
every attempt is audited without the PIN, the card's UID or a name."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from citysim import CitySim
from kiosk.identity import library_card
from kiosk.identity.library_card import LibraryCardSignIn, PinAttempts
from kiosk.records.audit import AuditLog
from kiosk.services import library
from offline_queue.connectors.sip2 import Sip2Client, Sip2Error
from tests.helpers.city import city  # noqa: F401  (a demo city per test)

LEO_UID = "04A22B1A5C3E80"  # Leo Martin's library card (PIN 4567)
KEY = b"k" * 32


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _factory(sim: CitySim, calls: list[str] | None = None) -> library.Sip2Factory:
    def make() -> Sip2Client:
        if calls is not None:
            calls.append("connect")
        host, port = sim.sip2_address
        return Sip2Client(
            host,
            port,
            login_user="kiosk1",
            login_password="kioskpw",
            location_code="KIOSK1",
            institution_id="RIVERTONLIB",
            timeout_s=3.0,
        )

    return make


@pytest.fixture
def audit(tmp_path: Path) -> Iterator[AuditLog]:
    log = AuditLog.in_data_dir(tmp_path)
    try:
        yield log
    finally:
        log.close()


def _entries(log: AuditLog) -> list[dict[str, object]]:
    lines = log.path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _attempts(log: AuditLog) -> list[dict[str, object]]:
    found = []
    for entry in _entries(log):
        text = json.dumps(entry)
        if "auth.attempt" in text and "library_card" in text:
            found.append(entry)
    return found


def _no_secrets(log: AuditLog, *pins: str) -> None:
    """No PIN in any field of any entry but the keyed pseudonym (hex: it could contain four
    digits by chance), no PIN length either; neither the card's UID nor the patron's name
    anywhere in the file."""
    for entry in _entries(log):
        fields = entry.get("fields", {})
        assert isinstance(fields, dict)
        assert set(fields) <= {"factor", "result", "tries_left", "error", "subject"}
        for name, value in fields.items():
            if name != "subject":
                assert not any(pin in str(value) for pin in pins), (name, value)
    raw = log.path.read_bytes()
    assert LEO_UID.encode() not in raw and LEO_UID.lower().encode() not in raw
    assert b"Leo" not in raw and b"Martin" not in raw


# --- the counter --------------------------------------------------------------------------


def test_three_wrong_pins_lock_the_card_for_a_while() -> None:
    clock = FakeClock()
    attempts = PinAttempts(max_attempts=3, lock_s=900, clock=clock)
    assert attempts.tries_left("card") == 3
    assert attempts.failed("card") == 2
    assert attempts.failed("card") == 1
    assert attempts.locked_for("card") == 0
    assert attempts.failed("card") == 0
    assert attempts.locked_for("card") == 900
    assert attempts.tries_left("other") == 3  # one card's lock is not another's
    clock.now += 899
    assert attempts.locked_for("card") == 1
    clock.now += 1
    assert attempts.locked_for("card") == 0 and attempts.tries_left("card") == 3


def test_a_right_pin_resets_and_old_wrong_pins_are_forgotten() -> None:
    clock = FakeClock()
    attempts = PinAttempts(max_attempts=3, lock_s=900, clock=clock)
    attempts.failed("card")
    attempts.failed("card")
    attempts.succeeded("card")
    assert attempts.tries_left("card") == 3
    attempts.failed("card")
    clock.now += 901
    assert attempts.tries_left("card") == 3


def test_the_counter_is_bounded() -> None:
    attempts = PinAttempts(clock=FakeClock())
    for n in range(library_card.MAX_CARDS + 10):
        attempts.failed(f"card-{n}")
    assert len(attempts._records) == library_card.MAX_CARDS


# --- against the library system -----------------------------------------------------------


def test_right_pin_signs_in_and_is_audited_without_pin_or_uid(
    city: CitySim,  # noqa: F811
    audit: AuditLog,
) -> None:
    signin = LibraryCardSignIn(KEY, audit, PinAttempts())
    pin = bytearray(b"4567")
    patron = signin.verify(_factory(city), LEO_UID, pin)
    assert patron.name == "Leo Martin" and patron.patron_id == LEO_UID
    assert pin == bytearray(4)  # zeroed
    (entry,) = _attempts(audit)
    _no_secrets(audit, "4567")
    assert '"success"' in json.dumps(entry) and signin.card_ref(LEO_UID) in json.dumps(entry)


def test_wrong_pins_lock_the_card_and_the_right_pin_then_waits(
    city: CitySim,  # noqa: F811
    audit: AuditLog,
) -> None:
    clock = FakeClock()
    signin = LibraryCardSignIn(KEY, audit, PinAttempts(clock=clock))
    calls: list[str] = []
    factory = _factory(city, calls)
    tries = []
    for _ in range(2):
        with pytest.raises(library.LibraryError) as wrong:
            signin.verify(factory, LEO_UID, bytearray(b"97531864"))
        assert wrong.value.key == "library.wrong_pin"
        tries.append(wrong.value.tries_left)
    assert tries == [2, 1]
    with pytest.raises(library.LibraryError) as locked:
        signin.verify(factory, LEO_UID, bytearray(b"97531864"))
    assert locked.value.key == "library.locked" and locked.value.locked_s == library_card.LOCK_S
    before = len(calls)
    with pytest.raises(library.LibraryError, match=r"library.locked"):
        signin.check_card(LEO_UID)
    with pytest.raises(library.LibraryError, match=r"library.locked"):
        signin.verify(factory, LEO_UID, bytearray(b"4567"))  # even the right PIN
    assert len(calls) == before, "a locked card never reaches the library system"
    clock.now += library_card.LOCK_S
    assert signin.verify(factory, LEO_UID, bytearray(b"4567")).name == "Leo Martin"
    results = [json.dumps(e) for e in _attempts(audit)]
    assert [
        next(r for r in ("success", "failure", "blocked") if f'"{r}"' in e) for e in results
    ] == [
        "failure",
        "failure",
        "blocked",
        "blocked",
        "success",
    ]
    _no_secrets(audit, "97531864", "4567")


def test_unknown_card_and_unreachable_library_use_no_try(
    city: CitySim,  # noqa: F811
    audit: AuditLog,
) -> None:
    signin = LibraryCardSignIn(KEY, audit, PinAttempts())
    with pytest.raises(library.LibraryError, match=r"library.unknown_card"):
        signin.verify(_factory(city), "04FFFFFFFFFFFF", bytearray(b"1234"))
    assert signin.tries_left("04FFFFFFFFFFFF") == 3
    city.set_network("sip2", False)
    with pytest.raises(Sip2Error):
        signin.verify(_factory(city), LEO_UID, bytearray(b"0000"))
    assert signin.tries_left(LEO_UID) == 3
    with pytest.raises(library.LibraryError, match=r"library.bad_card"):
        signin.check_card("x")


def test_a_library_system_that_does_not_check_the_pin_signs_nobody_in(
    city: CitySim,  # noqa: F811
) -> None:
    """An ILS whose 24 says nothing about the PIN (no CQ): not a sign-in, whatever the PIN."""
    app: Any = city.sip2.app
    respond: Callable[..., Any] = app.respond

    def no_cq(msg: Any, conn: Any) -> Any:
        answer = respond(msg, conn)
        if msg.code == "23" and answer is not None:
            code, fixed, fields = answer
            return code, fixed, [f for f in fields if f[0] != "CQ"]
        return answer

    app.respond = no_cq
    with pytest.raises(library.LibraryError, match=r"library.pin_unverifiable"):
        library.check_pin(_factory(city), LEO_UID, "4567")


def test_the_core_builds_the_sites_library_sign_in_audited_in_its_log(
    city: CitySim,  # noqa: F811
    demo_config: Any,
) -> None:
    """``KioskCore.library_card_sign_in``: the port both library PIN screens use (the site's
    password rule, the core's audit log, the kiosk's pseudonym key), without Qt."""
    from kiosk.config import LibrarySection, shell_only
    from kiosk.runtime.app import build_core

    config = shell_only(demo_config).model_copy(
        update={"library": LibrarySection(password="text", password_max_length=12)}
    )
    core = build_core(config)
    core.start()
    try:
        signin = core.library_card_sign_in(actor="resident")
        assert (signin.rule.text, signin.rule.min_length, signin.rule.max_length) == (True, 4, 12)
        pin = bytearray(b"4567")
        assert signin.verify(_factory(city), LEO_UID, pin).name == "Leo Martin"
        assert core.audit is not None
        (entry,) = _attempts(core.audit)
        assert entry["actor"] == "resident"
        _no_secrets(core.audit, "4567")
        assert core.library_card_sign_in().card_ref(LEO_UID) == signin.card_ref(LEO_UID)
    finally:
        core.close()
