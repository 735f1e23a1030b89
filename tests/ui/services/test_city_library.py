"""Library account end to end against the demo city's SIP2 server, on the real widgets.

A library card alone is not a sign-in: the PIN screen shows nothing of the patron, three wrong
PINs lock the card on this kiosk, and only a PIN the library confirmed signs in (#14.5). A
resident's linked card (renew, pay a fee). A refused renewal shows the library's reason (#13).
Every fee line is shown, odd ones as text. Queued library operations hold no PIN (#14.4). The
end of the session sends SIP2 35.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from kiosk.identity import library_card
from kiosk.records.receipts import ReceiptStatus
from kiosk.session.machine import Role, State
from offline_queue import crypto
from offline_queue.connectors import sip2_protocol as sp
from tests.helpers.city_kiosk import CityKiosk
from tests.helpers.screens import render_and_audit
from ui.services.city.library import AccountStep, LibraryScreen, PinStep, RenewalStep
from ui.services.city.library_signin import LibraryPinScreen
from ui.services.confirm_step import CheckStep
from ui.services.receipt import ReceiptStep
from ui.widgets.pinpad import EnteredPin

LEO_UID = "04A22B1A5C3E80"  # Leo Martin, LIB-0100, PIN 4567, no loans


@pytest.fixture(autouse=True)
def fresh_pin_counts() -> Iterator[None]:
    """The wrong-PIN counter outlives sessions (one per kiosk): one per test here."""
    library_card._SHARED = None
    yield
    library_card._SHARED = None


def _record_messages(kiosk: CityKiosk) -> list[sp.Sip2Message]:
    seen: list[sp.Sip2Message] = []
    app: Any = kiosk.city.sip2.app
    respond: Callable[..., Any] = app.respond

    def recording(msg: sp.Sip2Message, conn: Any) -> Any:
        seen.append(msg)
        return respond(msg, conn)

    app.respond = recording
    return seen


def _patron_messages(seen: list[sp.Sip2Message]) -> list[sp.Sip2Message]:
    """Messages about a patron (not the kiosk's own 93 login and 99 status)."""
    return [m for m in seen if m.code not in ("93", "99")]


def _receipt(kiosk: CityKiosk, screen: LibraryScreen) -> ReceiptStep:
    kiosk.qtbot.waitUntil(lambda: isinstance(screen.current, ReceiptStep), timeout=10_000)
    step = screen.current
    assert isinstance(step, ReceiptStep)
    return step


def _confirmed(kiosk: CityKiosk, screen: LibraryScreen, choice: Any) -> CheckStep:
    """Tap a loan or a fee: the check step says what will happen; "Yes" goes ahead."""
    kiosk.click(choice)
    check = screen.current
    assert isinstance(check, CheckStep), "a renewal or payment must be confirmed first"
    kiosk.click(check.yes_button)
    return check


def _loaded(kiosk: CityKiosk, screen: LibraryScreen) -> AccountStep:
    kiosk.qtbot.waitUntil(
        lambda: isinstance(screen.current, AccountStep) and screen.current.details is not None,
        timeout=10_000,
    )
    step = screen.current
    assert isinstance(step, AccountStep)
    return step


def _account(kiosk: CityKiosk, pin: str | None) -> tuple[LibraryScreen, AccountStep]:
    """Open the library account; ``pin``: the library wants it on the service's PIN pad."""
    screen = kiosk.open("library")
    assert isinstance(screen, LibraryScreen)
    if pin is not None:
        kiosk.qtbot.waitUntil(lambda: isinstance(screen.current, PinStep), timeout=10_000)
        pad = screen.current
        assert isinstance(pad, PinStep)
        for digit in pin:
            kiosk.click(pad.pad.keys[digit])
        kiosk.click(pad.pad.ok_button)
    return screen, _loaded(kiosk, screen)


def _present_card(kiosk: CityKiosk, uid: str) -> LibraryPinScreen:
    app = kiosk.app
    app.controller.begin_sign_in()
    # a library card went in and was read (what the card bridge reports)
    app.window.signin.on_card_inserted()
    app.window.signin.on_library_card(uid)
    screen = app.window.stack.currentWidget()
    assert isinstance(screen, LibraryPinScreen)
    return screen


def _type_pin(kiosk: CityKiosk, screen: LibraryPinScreen, pin: str) -> None:
    for digit in pin:
        kiosk.click(screen.pinpad.keys[digit])
    kiosk.click(screen.pinpad.ok_button)
    kiosk.qtbot.waitUntil(lambda: not screen.checking.isVisible(), timeout=10_000)


def _card_sign_in(kiosk: CityKiosk, uid: str, pin: str) -> None:
    screen = _present_card(kiosk, uid)
    _type_pin(kiosk, screen, pin)
    kiosk.qtbot.waitUntil(lambda: kiosk.app.controller.session.state is State.HOME, timeout=10_000)


# --- library-card sign-in (#14.5) ---------------------------------------------------------


def test_library_card_asks_the_pin_before_anything_of_the_patron(city_kiosk: CityKiosk) -> None:
    seen = _record_messages(city_kiosk)
    screen = _present_card(city_kiosk, LEO_UID)
    assert not _patron_messages(seen), "nothing is asked of the library before the PIN"
    texts = " ".join(w.text() for w in (screen.heading, screen.prompt, screen.tries))
    assert "Leo" not in texts and "Martin" not in texts and "Tries left: 3" in texts
    assert "uses what you enter here" in screen.spoken_intro()  # PRIV-08, said before the PIN
    city_kiosk.click(screen.privacy_button)
    assert city_kiosk.app.window.privacy_panel.isVisible()
    city_kiosk.app.window.privacy_panel.close_overlay()
    render_and_audit(city_kiosk.app.window, "library-card-pin")
    _type_pin(city_kiosk, screen, "4567")
    session = city_kiosk.app.controller.session
    city_kiosk.qtbot.waitUntil(lambda: session.state is State.HOME, timeout=10_000)
    assert session.identity.role is Role.PATRON and session.identity.display_name == "Leo Martin"
    asked = _patron_messages(seen)
    assert [m.code for m in asked] == ["23"] and asked[0].get("AD") == "4567"
    assert not city_kiosk.app.window.home.tiles["bills"].isVisible()  # residents only
    _screen, step = _account(city_kiosk, None)  # verified once: no second PIN
    assert step.name.text() == "Leo Martin"


def test_three_wrong_pins_lock_the_library_card_on_this_kiosk(city_kiosk: CityKiosk) -> None:
    screen = _present_card(city_kiosk, LEO_UID)
    _type_pin(city_kiosk, screen, "1111")
    assert "not right" in screen.problem.text() and screen.tries.text() == "Tries left: 2"
    _type_pin(city_kiosk, screen, "2222")
    assert "one try left" in screen.problem.text() and screen.warning.isVisible()
    _type_pin(city_kiosk, screen, "3333")
    assert "locked on this kiosk for 15 minute" in screen.problem.text()
    assert not screen.pinpad.isVisible()
    render_and_audit(city_kiosk.app.window, "library-card-locked")
    # the card out and in again (a new session) is still locked: no PIN pad, no SIP2 call
    city_kiosk.click(screen.cancel_button)
    seen = _record_messages(city_kiosk)
    screen = _present_card(city_kiosk, LEO_UID)
    assert not screen.pinpad.isVisible() and "locked" in screen.problem.text()
    assert not _patron_messages(seen)
    session = city_kiosk.app.controller.session
    assert session.state is State.SIGN_IN and session.identity.role is Role.NONE
    entries = city_kiosk.core.audit.path.read_text(encoding="utf-8")  # type: ignore[union-attr]
    assert entries.count('"library_card"') == 3 and '"blocked"' in entries
    assert LEO_UID not in entries and "Leo" not in entries


def test_the_library_pin_crosses_hidden_and_is_zeroed(city_kiosk: CityKiosk) -> None:
    """The PIN goes by signal inside a value that shows nothing of it, and the library check
    zeroes that one buffer (a wrong PIN here: refused)."""
    screen = _present_card(city_kiosk, LEO_UID)
    entered: list[EnteredPin] = []
    screen.pin_entered.connect(entered.append)
    _type_pin(city_kiosk, screen, "1111")
    assert "not right" in screen.problem.text()
    (pin,) = entered
    assert "1111" not in f"{pin} {pin!r}" and pin.digits == bytearray(4)


@pytest.mark.parametrize("language", ["en", "ar"])
def test_wrong_library_card_pin_is_said_by_the_keypad(city_kiosk: CityKiosk, language: str) -> None:
    """#15.9: the heading says which PIN it is; a wrong PIN is said right above the PIN pad
    (high contrast, large text; portrait and landscape audited, saved with
    ``SERVICE_STEP_SCREENS``)."""
    controller = city_kiosk.app.controller
    controller.set_language(language)
    controller.set_preference("large_text", True)
    controller.set_preference("high_contrast", True)
    screen = _present_card(city_kiosk, LEO_UID)
    if language == "en":
        assert screen.heading.text() == "Your library PIN — not your eCitizen card PIN"
    _type_pin(city_kiosk, screen, "0000")
    assert screen.problem.isVisible() and screen.problem.text()
    assert screen.problem.parentWidget() is screen.pad_column
    layout = screen.pad_column.layout()
    assert layout is not None
    assert layout.indexOf(screen.problem) + 1 == layout.indexOf(screen.entry)
    render_and_audit(city_kiosk.app.window, f"library-card-pin-wrong-{language}-hc-large")


def test_patron_without_loans_is_told_no_loans(city_kiosk: CityKiosk) -> None:
    """#15.10: an empty loans list says so, like holds and fees."""
    _card_sign_in(city_kiosk, LEO_UID, "4567")
    _screen, step = _account(city_kiosk, None)
    assert step.account is not None and not step.account.loans
    assert step.loans_caption.isVisible() and step.loans_caption.text() == "Loans"
    assert step.other_loans.isVisible() and step.other_loans.text() == "No loans."
    assert not step.loans.buttons
    assert step.holds.text() == "No holds."
    render_and_audit(city_kiosk.app.window, "library-no-loans")


def test_card_taken_away_while_the_pin_is_checked_signs_nobody_in(
    city_kiosk: CityKiosk,
) -> None:
    """The library's late "PIN right" after the session ended is dropped (and the PIN copy
    zeroed): the next person at the kiosk is not signed in as the patron."""
    from citysim.faults import Fault, FaultMode
    from kiosk.services import library
    from kiosk.session.machine import EndReason
    from ui.services.base import wait_for_jobs

    city_kiosk.city.faults.arm("sip2", "23", Fault(FaultMode.SLOW_AFTER_COMMIT, delay=0.5))
    screen = _present_card(city_kiosk, LEO_UID)
    for digit in "4567":
        city_kiosk.click(screen.pinpad.keys[digit])
    city_kiosk.click(screen.pinpad.ok_button)
    assert screen.checking.isVisible()
    city_kiosk.app.controller.end(EndReason.CARD_REMOVED)
    assert wait_for_jobs()
    city_kiosk.qtbot.wait(100)  # the queued answer is delivered, and dropped
    session = city_kiosk.app.controller.session
    assert session.state is State.ATTRACT and session.identity.role is Role.NONE
    assert library.remembered(session.data) is None
    assert not screen.checking.isVisible() and not screen.problem.isVisible()


def test_unknown_library_card_is_not_signed_in(city_kiosk: CityKiosk) -> None:
    screen = _present_card(city_kiosk, "04FFFFFFFFFFFF")
    _type_pin(city_kiosk, screen, "1234")
    assert "does not know this card" in screen.problem.text()
    session = city_kiosk.app.controller.session
    assert session.state is State.SIGN_IN and session.identity.role is not Role.PATRON


def test_end_of_session_sends_end_patron_session(city_kiosk: CityKiosk) -> None:
    _card_sign_in(city_kiosk, LEO_UID, "4567")
    seen = _record_messages(city_kiosk)
    city_kiosk.app.window.finish()  # "Finish and sign out": the wipe does not wait for it
    city_kiosk.qtbot.waitUntil(lambda: any(m.code == "35" for m in seen), timeout=10_000)
    (end,) = [m for m in seen if m.code == "35"]
    assert end.get("AA") == LEO_UID and not end.has("AD")


# --- a resident's linked card -------------------------------------------------------------


def test_library_pin_is_asked_once_per_session(city_kiosk: CityKiosk) -> None:
    """#15.9: verified once, the library PIN is not asked again in the same session."""
    city_kiosk.sign_in()
    screen, _step = _account(city_kiosk, "1234")
    city_kiosk.app.window._on_home()
    assert city_kiosk.app.controller.session.state is State.HOME
    again = city_kiosk.open("library")
    assert isinstance(again, LibraryScreen) and again is not screen
    step = _loaded(city_kiosk, again)
    assert step.account is not None and step.account.loans
    assert not any(isinstance(s, PinStep) for s in again.steps)


def test_resident_renews_and_pays_a_fee(city_kiosk: CityKiosk) -> None:
    city_kiosk.sign_in()
    screen = city_kiosk.open("library")
    city_kiosk.qtbot.waitUntil(lambda: isinstance(screen.current, PinStep), timeout=10_000)
    pad = screen.current
    assert isinstance(pad, PinStep)
    for digit in "9999":
        city_kiosk.click(pad.pad.keys[digit])
    city_kiosk.click(pad.pad.ok_button)
    city_kiosk.wait_idle(screen)
    # by the PIN pad (#15.9), not at the top of the page; and it says which PIN it is
    assert "PIN is not right" in pad.problem.text() and "Tries left: 2" in pad.problem.text()
    assert not screen.message.isVisible()
    assert pad.prompt.text().startswith("Your library PIN — not your eCitizen card PIN")
    gap = pad.entry.geometry().top() - pad.problem.geometry().bottom()
    assert 0 < gap < 60, gap  # right above the pad
    render_and_audit(city_kiosk.app.window, "library-pin-wrong")
    audit = city_kiosk.core.audit
    assert audit is not None
    attempt = [ln for ln in audit.path.read_text().splitlines() if '"library_card"' in ln]
    assert len(attempt) == 1 and '"actor":"resident"' in attempt[0]
    city_kiosk.click(screen.back_button)
    city_kiosk.click(screen.back_button)
    screen, step = _account(city_kiosk, "1234")
    account = step.account
    assert account is not None and account.loans and account.fees
    assert any(loan.overdue for loan in account.loans)
    assert step.holds.text()
    check = _confirmed(city_kiosk, screen, step.fees.buttons[0])
    assert check.question.text().startswith("Pay ") and "library fee" in check.question.text()
    assert check.yes_button.text().startswith("Yes, pay ")
    receipt = _receipt(city_kiosk, screen)
    assert receipt.outcome.status is ReceiptStatus.SUBMITTED
    assert receipt.status_title.text().startswith("Paid ")
    assert not city_kiosk.city.library.patrons["LIB-0001"].fees
    city_kiosk.click(receipt.done_button)
    screen, step = _account(city_kiosk, None)  # the PIN is not asked twice in a session
    assert step.account is not None and not step.account.fees
    assert step.fees_caption.text() == "No fees."
    _confirmed(city_kiosk, screen, step.loans.buttons[0])
    city_kiosk.qtbot.waitUntil(lambda: isinstance(screen.current, RenewalStep), timeout=10_000)
    answer = screen.current
    assert isinstance(answer, RenewalStep) and answer.answer.renewed is True
    assert answer.headline.text().startswith("Renewed until ")
    assert not re.search(r"\d{4}-\d{2}-\d{2}", answer.headline.text())  # never ISO


def test_a_refused_renewal_shows_the_librarys_reason(city_kiosk: CityKiosk) -> None:
    city_kiosk.sign_in()
    screen, step = _account(city_kiosk, "1234")
    assert step.account is not None
    first, second = (loan.item_id for loan in step.account.loans)
    # another reader put a hold on the first loan
    city_kiosk.city.library.patrons["LIB-0002"].holds.append(first)
    _confirmed(city_kiosk, screen, step.loans.buttons[0])
    city_kiosk.qtbot.waitUntil(lambda: isinstance(screen.current, RenewalStep), timeout=10_000)
    refused = screen.current
    assert isinstance(refused, RenewalStep) and refused.refused
    assert refused.headline.text() == "Not renewed"
    assert refused.reason.text() == "The library says: \u2068Item is on hold\u2069"
    assert "other items are not affected" in refused.detail.text()
    render_and_audit(city_kiosk.app.window, "library-renewal-refused")
    city_kiosk.click(refused.loans_button)
    city_kiosk.wait_idle(screen)
    step = _loaded(city_kiosk, screen)
    assert step.account is not None
    index = [loan.item_id for loan in step.account.loans].index(second)
    _confirmed(city_kiosk, screen, step.loans.buttons[index])  # the refusal blocks nothing else
    city_kiosk.qtbot.waitUntil(lambda: isinstance(screen.current, RenewalStep), timeout=10_000)
    renewed = screen.current
    assert isinstance(renewed, RenewalStep) and renewed.answer.renewed is True


def test_a_hostile_screen_message_stays_text(city_kiosk: CityKiosk) -> None:
    """The library's AF is untrusted: markup stays text, controls go (bidi overrides too:
    tests/kiosk/services/test_library.py; they do not survive the demo ACS's cp850)."""
    app: Any = city_kiosk.city.sip2.app
    respond: Callable[..., Any] = app.respond

    def hostile(msg: sp.Sip2Message, conn: Any) -> Any:
        answer = respond(msg, conn)
        if msg.code == "29" and answer is not None:
            code, fixed, fields = answer
            fixed = {**fixed, "ok": "0", "renewal_ok": "N"}
            fields = [f for f in fields if f[0] not in ("AF", "AH")]
            return code, fixed, [*fields, ("AF", "<b>Call</b>\x1b[2J\x07 now")]
        return answer

    city_kiosk.sign_in()
    screen, step = _account(city_kiosk, "1234")
    app.respond = hostile
    _confirmed(city_kiosk, screen, step.loans.buttons[0])
    city_kiosk.qtbot.waitUntil(lambda: isinstance(screen.current, RenewalStep), timeout=10_000)
    refused = screen.current
    assert isinstance(refused, RenewalStep) and refused.refused
    assert refused.reason.text() == "The library says: \u2068<b>Call</b> [2J now\u2069"
    from PySide6.QtCore import Qt

    assert refused.reason.textFormat() is Qt.TextFormat.PlainText


def test_fee_lines_odd_amounts_are_shown_never_crash(city_kiosk: CityKiosk) -> None:
    fees = city_kiosk.city.library.patrons["LIB-0002"].fees
    fees.append({"fee_id": "FEE-0009", "amount": "1.234", "type": "01", "title": "Odd amount"})
    fees.append({"fee_id": "FEE-0010", "amount": "1E+2", "type": "01", "title": "Lost item"})
    city_kiosk.sign_in("Brian Otieno", "RES-0002")
    _screen, step = _account(city_kiosk, "2345")
    details = step.details
    assert details is not None and len(details.fees) == 4
    shown = step.fee_lines.text() + " ".join(b.text() for b in step.fees.buttons)
    for title in ("Overdue: Ha", "Lost card replacement", "Odd amount", "Lost item"):
        assert title in shown, title
    assert "Odd amount" in step.fee_lines.text()  # 1.234: shown as text, never paid
    assert not any("Odd amount" in b.text() for b in step.fees.buttons)
    assert len(step.fees.buttons) == sum(1 for ln in details.fees if ln.payable) >= 2
    assert step.fees_caption.text().startswith("Fees")
    render_and_audit(city_kiosk.app.window, "library-fees")


# --- queued operations hold no PIN (#14.4) ------------------------------------------------


def _no_pin_queued(kiosk: CityKiosk, data_dir: Path, pin: str, kinds: set[str]) -> None:
    outbox = kiosk.core.outbox
    assert outbox is not None
    db = next(data_dir.rglob("queue.db"))
    raw = b"".join(p.read_bytes() for p in db.parent.glob("queue.db*"))
    assert pin.encode() not in raw
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT tx_id, kind, payload, wrapped_key, kek_id FROM outbox "
            "WHERE backend='sip2' AND payload IS NOT NULL"
        ).fetchall()
    assert kinds <= {row[1] for row in rows}
    for tx_id, kind, payload, wrapped, kek in rows:
        plain = crypto.unseal(outbox.keys, tx_id, kind, payload, wrapped, kek)
        assert b"patron_pin" not in plain and pin.encode() not in plain


def test_queued_library_operations_hold_no_pin(city_kiosk: CityKiosk, data_dir: Path) -> None:
    pin = "80417359"  # distinctive: cannot turn up by chance in the database
    city_kiosk.city.library.patrons["LIB-0002"].pin = pin
    seen = _record_messages(city_kiosk)
    city_kiosk.sign_in("Brian Otieno", "RES-0002")
    screen, step = _account(city_kiosk, pin)
    assert step.account is not None and step.account.loans and step.fees.buttons
    city_kiosk.go_offline()
    _confirmed(city_kiosk, screen, step.fees.buttons[0])
    receipt = _receipt(city_kiosk, screen)
    assert receipt.outcome.status is ReceiptStatus.QUEUED
    _no_pin_queued(city_kiosk, data_dir, pin, {"sip2.fee_paid"})
    city_kiosk.go_online()
    city_kiosk.wait_delivered(receipt.outcome.reference)
    city_kiosk.click(receipt.done_button)
    screen, step = _account(city_kiosk, None)  # the session's verified patron, no PIN again
    city_kiosk.go_offline()
    _confirmed(city_kiosk, screen, step.loans.buttons[0])
    receipt = _receipt(city_kiosk, screen)
    assert receipt.outcome.status is ReceiptStatus.QUEUED
    _no_pin_queued(city_kiosk, data_dir, pin, {"sip2.renew"})
    city_kiosk.go_online()
    city_kiosk.wait_delivered(receipt.outcome.reference)
    sent = [m for m in seen if m.code in ("29", "37")]
    assert {m.code for m in sent} == {"29", "37"} and not any(m.has("AD") for m in sent)


def test_no_pay_button_when_the_library_takes_no_fee_payments(city_kiosk: CityKiosk) -> None:
    """98 BX without fee paid (37): every fee still shown, no "Pay", the desk named instead."""
    app: Any = city_kiosk.city.sip2.app
    if not hasattr(app, "supported"):
        pytest.skip("this citysim has no per-server BX")
    app.supported = tuple(name for name in app.supported if name != "fee_paid")
    city_kiosk.sign_in("Brian Otieno", "RES-0002")
    _screen, step = _account(city_kiosk, "2345")
    details = step.details
    assert details is not None and not details.fees_payable_here
    assert not step.fees.buttons
    assert "Overdue: Ha" in step.fee_lines.text() and "0.80 EUR" in step.fee_lines.text()
    assert step.pay_elsewhere.isVisible() and "library desk" in step.pay_elsewhere.text()
    render_and_audit(city_kiosk.app.window, "library-fees-pay-at-desk")


def test_a_queued_renewal_refused_later_is_shown_next_time(city_kiosk: CityKiosk) -> None:
    """Queued offline, refused by the library once delivered: the resident's account says so
    (with the receipt's reference) the next time, and the refusal holds up nothing else."""
    city_kiosk.sign_in()
    screen, step = _account(city_kiosk, "1234")
    assert step.account is not None and not step.refused_notice.isVisible()
    first = step.account.loans[0]
    city_kiosk.go_offline()
    _confirmed(city_kiosk, screen, step.loans.buttons[0])
    receipt = _receipt(city_kiosk, screen)
    assert receipt.outcome.status is ReceiptStatus.QUEUED
    reference = receipt.outcome.reference
    city_kiosk.city.library.patrons["LIB-0002"].holds.append(first.item_id)  # meanwhile
    city_kiosk.go_online()
    outbox = city_kiosk.core.outbox
    assert outbox is not None
    city_kiosk.qtbot.waitUntil(lambda: outbox.find(reference).state == "dead", timeout=20_000)
    assert outbox.find(reference).last_error == "sip2.renew_refused"
    city_kiosk.click(receipt.done_button)
    screen, step = _account(city_kiosk, None)
    assert step.refused_notice.isVisible()
    notice = step.refused_notice.text()
    assert reference in notice and first.title in notice and "did not renew" in notice
    render_and_audit(city_kiosk.app.window, "library-renewal-refused-later")
    index = [ln.item_id for ln in step.account.loans if ln.item_id].index(  # type: ignore[union-attr]
        step.account.loans[1].item_id  # type: ignore[union-attr]
    )
    _confirmed(city_kiosk, screen, step.loans.buttons[index])  # the other loan renews at once
    city_kiosk.qtbot.waitUntil(lambda: isinstance(screen.current, RenewalStep), timeout=10_000)
    renewed = screen.current
    assert isinstance(renewed, RenewalStep) and renewed.answer.renewed is True


def test_a_queued_renewal_refused_later_shows_the_librarys_words(
    city_kiosk: CityKiosk, data_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Queued offline; once online the ILS (profile sip2-refuses-renewals) refuses it with its
    own words (AF): the account shows them next time, isolated as plain text like a refusal
    seen at once, and the queue database holds them only sealed."""
    import citysim.sip2_server  # noqa: F401  (registers the SIP2 profiles)
    from citysim import profiles

    caplog.set_level(logging.DEBUG)
    reason = str(profiles.get("sip2-refuses-renewals").for_service("sip2")["refuse_renewals"])
    city_kiosk.sign_in()
    screen, step = _account(city_kiosk, "1234")
    assert step.account is not None
    first = step.account.loans[0]
    city_kiosk.go_offline()
    _confirmed(city_kiosk, screen, step.loans.buttons[0])
    receipt = _receipt(city_kiosk, screen)
    assert receipt.outcome.status is ReceiptStatus.QUEUED
    reference = receipt.outcome.reference
    app: Any = city_kiosk.city.sip2.app
    app.refuse_renewals = reason  # the library now refuses renewals, in its own words
    city_kiosk.go_online()
    outbox = city_kiosk.core.outbox
    assert outbox is not None
    city_kiosk.qtbot.waitUntil(lambda: outbox.find(reference).state == "dead", timeout=20_000)
    assert outbox.find(reference).last_error == "sip2.renew_refused"
    outbox.store.checkpoint()
    db = next(data_dir.rglob("queue.db"))
    raw = b"".join(p.read_bytes() for p in db.parent.glob("queue.db*"))
    for part in (reason, "Item has holds", "cannot be renewed"):
        assert part.encode() not in raw and part.encode("utf-16-le") not in raw
    city_kiosk.click(receipt.done_button)
    screen, step = _account(city_kiosk, None)
    assert step.refused_notice.isVisible()
    notice = step.refused_notice.text()
    assert reference in notice and first.title in notice
    assert notice.endswith(f"The library says: \u2068{reason}\u2069")
    assert "Library staff can tell you why" not in notice
    render_and_audit(city_kiosk.app.window, "library-renewal-refused-later-reason")
    assert caplog.records and "Item has holds" not in caplog.text  # never logged
    audit = city_kiosk.core.audit
    assert audit is None or "Item has holds" not in audit.path.read_text(encoding="utf-8")


def test_renewal_the_library_takes_not_from_kiosks(city_kiosk: CityKiosk) -> None:
    """98 BX without renew: the resident is sent to the desk, not told the library is down."""
    app: Any = city_kiosk.city.sip2.app
    if not hasattr(app, "supported"):
        pytest.skip("this citysim has no per-server BX")
    app.supported = tuple(name for name in app.supported if name != "renew")
    city_kiosk.sign_in()
    screen, step = _account(city_kiosk, "1234")
    check = _confirmed(city_kiosk, screen, step.loans.buttons[0])
    city_kiosk.wait_idle(screen)
    assert "library desk" in screen.message.text()
    assert screen.current is check and not check.yes_button.isEnabled()  # not asked twice
    city_kiosk.click(check.no_button)
    assert isinstance(screen.current, AccountStep)


def test_resident_whose_library_wants_no_pin_gets_end_patron_session(
    city_kiosk: CityKiosk,
) -> None:
    """A resident (signed in with the eCitizen card) whose library record has no PIN: the
    account opens without one, and the session's end still sends 35."""
    city_kiosk.city.library.patrons["LIB-0001"].pin = ""
    seen = _record_messages(city_kiosk)
    city_kiosk.sign_in()
    _screen, step = _account(city_kiosk, None)
    assert step.account is not None and step.account.loans
    city_kiosk.app.window.finish()
    city_kiosk.qtbot.waitUntil(lambda: any(m.code == "35" for m in seen), timeout=10_000)
    (end,) = [m for m in seen if m.code == "35"]
    assert end.get("AA") == "LIB-0001" and not end.has("AD")
