"""Library account end to end against the demo city's SIP2 server, on the real widgets of the
service stage (one screen on a started core, no window).

A resident's linked card (renew, pay a fee; the library PIN asked once a session). A refused
renewal shows the library's reason (#13). Every fee line is shown, odd ones as text. Queued
library operations hold no PIN (#14.4). The end of the session sends SIP2 35. A library card
at the sign-in screen: test_city_library_card.py (whole kiosk).
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
from kiosk.session.machine import State
from offline_queue import crypto
from offline_queue.connectors import sip2_protocol as sp
from tests.helpers.library import open_account, record_messages, wait_loaded
from tests.helpers.screens import render_and_audit
from tests.helpers.service_stage import ServiceStage
from ui.services.city.library import AccountStep, LibraryScreen, PinStep, RenewalStep
from ui.services.confirm_step import CheckStep
from ui.services.receipt import ReceiptStep


@pytest.fixture(autouse=True)
def fresh_pin_counts() -> Iterator[None]:
    """The wrong-PIN counter outlives sessions (one per kiosk): one per test here."""
    library_card._SHARED = None
    yield
    library_card._SHARED = None


def _receipt(kiosk: ServiceStage, screen: LibraryScreen) -> ReceiptStep:
    kiosk.qtbot.waitUntil(lambda: isinstance(screen.current, ReceiptStep), timeout=10_000)
    step = screen.current
    assert isinstance(step, ReceiptStep)
    return step


def _confirmed(kiosk: ServiceStage, screen: LibraryScreen, choice: Any) -> CheckStep:
    """Tap a loan or a fee: the check step says what will happen; "Yes" goes ahead."""
    kiosk.click(choice)
    check = screen.current
    assert isinstance(check, CheckStep), "a renewal or payment must be confirmed first"
    kiosk.click(check.yes_button)
    return check


# --- a resident's linked card -------------------------------------------------------------


def test_library_pin_is_asked_once_per_session(service_stage: ServiceStage) -> None:
    """#15.9: verified once, the library PIN is not asked again in the same session."""
    service_stage.sign_in()
    screen, _step = open_account(service_stage, "1234")
    service_stage.home()  # the top bar's Home
    assert service_stage.controller.session.state is State.HOME
    again = service_stage.open("library")
    assert isinstance(again, LibraryScreen) and again is not screen
    step = wait_loaded(service_stage, again)
    assert step.account is not None and step.account.loans
    assert not any(isinstance(s, PinStep) for s in again.steps)


def test_resident_renews_and_pays_a_fee(service_stage: ServiceStage) -> None:
    service_stage.sign_in()
    screen = service_stage.open("library")
    service_stage.qtbot.waitUntil(lambda: isinstance(screen.current, PinStep), timeout=10_000)
    pad = screen.current
    assert isinstance(pad, PinStep)
    for digit in "9999":
        service_stage.click(pad.pad.keys[digit])
    service_stage.click(pad.pad.ok_button)
    service_stage.wait_idle(screen)
    # by the PIN pad (#15.9), not at the top of the page; and it says which PIN it is
    assert "PIN is not right" in pad.problem.text() and "Tries left: 2" in pad.problem.text()
    assert not screen.message.isVisible()
    assert pad.prompt.text().startswith("Your library PIN — not your eCitizen card PIN")
    gap = pad.entry.geometry().top() - pad.problem.geometry().bottom()
    assert 0 < gap < 60, gap  # right above the pad
    render_and_audit(service_stage.host, "library-pin-wrong")
    audit = service_stage.core.audit
    assert audit is not None
    attempt = [ln for ln in audit.path.read_text().splitlines() if '"library_card"' in ln]
    assert len(attempt) == 1 and '"actor":"resident"' in attempt[0]
    service_stage.click(screen.back_button)
    service_stage.click(screen.back_button)
    screen, step = open_account(service_stage, "1234")
    account = step.account
    assert account is not None and account.loans and account.fees
    assert any(loan.overdue for loan in account.loans)
    assert step.holds.text()
    check = _confirmed(service_stage, screen, step.fees.buttons[0])
    assert check.question.text().startswith("Pay ") and "library fee" in check.question.text()
    assert check.yes_button.text().startswith("Yes, pay ")
    receipt = _receipt(service_stage, screen)
    assert receipt.outcome.status is ReceiptStatus.SUBMITTED
    assert receipt.status_title.text().startswith("Paid ")
    assert not service_stage.city.library.patrons["LIB-0001"].fees
    service_stage.click(receipt.done_button)
    screen, step = open_account(service_stage, None)  # the PIN is not asked twice in a session
    assert step.account is not None and not step.account.fees
    assert step.fees_caption.text() == "No fees."
    _confirmed(service_stage, screen, step.loans.buttons[0])
    service_stage.qtbot.waitUntil(lambda: isinstance(screen.current, RenewalStep), timeout=10_000)
    answer = screen.current
    assert isinstance(answer, RenewalStep) and answer.answer.renewed is True
    assert answer.headline.text().startswith("Renewed until ")
    assert not re.search(r"\d{4}-\d{2}-\d{2}", answer.headline.text())  # never ISO


def test_a_refused_renewal_shows_the_librarys_reason(service_stage: ServiceStage) -> None:
    service_stage.sign_in()
    screen, step = open_account(service_stage, "1234")
    assert step.account is not None
    first, second = (loan.item_id for loan in step.account.loans)
    # another reader put a hold on the first loan
    service_stage.city.library.patrons["LIB-0002"].holds.append(first)
    _confirmed(service_stage, screen, step.loans.buttons[0])
    service_stage.qtbot.waitUntil(lambda: isinstance(screen.current, RenewalStep), timeout=10_000)
    refused = screen.current
    assert isinstance(refused, RenewalStep) and refused.refused
    assert refused.headline.text() == "Not renewed"
    assert refused.reason.text() == "The library says: \u2068Item is on hold\u2069"
    assert "other items are not affected" in refused.detail.text()
    render_and_audit(service_stage.host, "library-renewal-refused")
    service_stage.click(refused.loans_button)
    service_stage.wait_idle(screen)
    step = wait_loaded(service_stage, screen)
    assert step.account is not None
    index = [loan.item_id for loan in step.account.loans].index(second)
    _confirmed(service_stage, screen, step.loans.buttons[index])  # the refusal blocks nothing else
    service_stage.qtbot.waitUntil(lambda: isinstance(screen.current, RenewalStep), timeout=10_000)
    renewed = screen.current
    assert isinstance(renewed, RenewalStep) and renewed.answer.renewed is True


def test_a_hostile_screen_message_stays_text(service_stage: ServiceStage) -> None:
    """The library's AF is untrusted: markup stays text, controls go (bidi overrides too:
    tests/kiosk/services/test_library.py; they do not survive the demo ACS's cp850)."""
    app: Any = service_stage.city.sip2.app
    respond: Callable[..., Any] = app.respond

    def hostile(msg: sp.Sip2Message, conn: Any) -> Any:
        answer = respond(msg, conn)
        if msg.code == "29" and answer is not None:
            code, fixed, fields = answer
            fixed = {**fixed, "ok": "0", "renewal_ok": "N"}
            fields = [f for f in fields if f[0] not in ("AF", "AH")]
            return code, fixed, [*fields, ("AF", "<b>Call</b>\x1b[2J\x07 now")]
        return answer

    service_stage.sign_in()
    screen, step = open_account(service_stage, "1234")
    app.respond = hostile
    _confirmed(service_stage, screen, step.loans.buttons[0])
    service_stage.qtbot.waitUntil(lambda: isinstance(screen.current, RenewalStep), timeout=10_000)
    refused = screen.current
    assert isinstance(refused, RenewalStep) and refused.refused
    assert refused.reason.text() == "The library says: \u2068<b>Call</b> [2J now\u2069"
    from PySide6.QtCore import Qt

    assert refused.reason.textFormat() is Qt.TextFormat.PlainText


def test_fee_lines_odd_amounts_are_shown_never_crash(service_stage: ServiceStage) -> None:
    fees = service_stage.city.library.patrons["LIB-0002"].fees
    fees.append({"fee_id": "FEE-0009", "amount": "1.234", "type": "01", "title": "Odd amount"})
    fees.append({"fee_id": "FEE-0010", "amount": "1E+2", "type": "01", "title": "Lost item"})
    service_stage.sign_in("Brian Otieno", "RES-0002")
    _screen, step = open_account(service_stage, "2345")
    details = step.details
    assert details is not None and len(details.fees) == 4
    shown = step.fee_lines.text() + " ".join(b.text() for b in step.fees.buttons)
    for title in ("Overdue: Ha", "Lost card replacement", "Odd amount", "Lost item"):
        assert title in shown, title
    assert "Odd amount" in step.fee_lines.text()  # 1.234: shown as text, never paid
    assert not any("Odd amount" in b.text() for b in step.fees.buttons)
    assert len(step.fees.buttons) == sum(1 for ln in details.fees if ln.payable) >= 2
    assert step.fees_caption.text().startswith("Fees")
    render_and_audit(service_stage.host, "library-fees")


# --- queued operations hold no PIN (#14.4) ------------------------------------------------


def _no_pin_queued(kiosk: ServiceStage, data_dir: Path, pin: str, kinds: set[str]) -> None:
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


def test_queued_library_operations_hold_no_pin(service_stage: ServiceStage, data_dir: Path) -> None:
    pin = "80417359"  # distinctive: cannot turn up by chance in the database
    service_stage.city.library.patrons["LIB-0002"].pin = pin
    seen = record_messages(service_stage)
    service_stage.sign_in("Brian Otieno", "RES-0002")
    screen, step = open_account(service_stage, pin)
    assert step.account is not None and step.account.loans and step.fees.buttons
    service_stage.go_offline()
    _confirmed(service_stage, screen, step.fees.buttons[0])
    receipt = _receipt(service_stage, screen)
    assert receipt.outcome.status is ReceiptStatus.QUEUED
    _no_pin_queued(service_stage, data_dir, pin, {"sip2.fee_paid"})
    service_stage.go_online()
    service_stage.wait_delivered(receipt.outcome.reference)
    service_stage.click(receipt.done_button)
    screen, step = open_account(service_stage, None)  # the session's verified patron, no PIN again
    service_stage.go_offline()
    _confirmed(service_stage, screen, step.loans.buttons[0])
    receipt = _receipt(service_stage, screen)
    assert receipt.outcome.status is ReceiptStatus.QUEUED
    _no_pin_queued(service_stage, data_dir, pin, {"sip2.renew"})
    service_stage.go_online()
    service_stage.wait_delivered(receipt.outcome.reference)
    sent = [m for m in seen if m.code in ("29", "37")]
    assert {m.code for m in sent} == {"29", "37"} and not any(m.has("AD") for m in sent)


def test_no_pay_button_when_the_library_takes_no_fee_payments(service_stage: ServiceStage) -> None:
    """98 BX without fee paid (37): every fee still shown, no "Pay", the desk named instead."""
    app: Any = service_stage.city.sip2.app
    if not hasattr(app, "supported"):
        pytest.skip("this citysim has no per-server BX")
    app.supported = tuple(name for name in app.supported if name != "fee_paid")
    service_stage.sign_in("Brian Otieno", "RES-0002")
    _screen, step = open_account(service_stage, "2345")
    details = step.details
    assert details is not None and not details.fees_payable_here
    assert not step.fees.buttons
    assert "Overdue: Ha" in step.fee_lines.text() and "0.80 EUR" in step.fee_lines.text()
    assert step.pay_elsewhere.isVisible() and "library desk" in step.pay_elsewhere.text()
    render_and_audit(service_stage.host, "library-fees-pay-at-desk")


def test_a_queued_renewal_refused_later_is_shown_next_time(service_stage: ServiceStage) -> None:
    """Queued offline, refused by the library once delivered: the resident's account says so
    (with the receipt's reference) the next time, and the refusal holds up nothing else."""
    service_stage.sign_in()
    screen, step = open_account(service_stage, "1234")
    assert step.account is not None and not step.refused_notice.isVisible()
    first = step.account.loans[0]
    service_stage.go_offline()
    _confirmed(service_stage, screen, step.loans.buttons[0])
    receipt = _receipt(service_stage, screen)
    assert receipt.outcome.status is ReceiptStatus.QUEUED
    reference = receipt.outcome.reference
    service_stage.city.library.patrons["LIB-0002"].holds.append(first.item_id)  # meanwhile
    service_stage.go_online()
    outbox = service_stage.core.outbox
    assert outbox is not None
    service_stage.qtbot.waitUntil(lambda: outbox.find(reference).state == "dead", timeout=20_000)
    assert outbox.find(reference).last_error == "sip2.renew_refused"
    service_stage.click(receipt.done_button)
    screen, step = open_account(service_stage, None)
    assert step.refused_notice.isVisible()
    notice = step.refused_notice.text()
    assert reference in notice and first.title in notice and "did not renew" in notice
    render_and_audit(service_stage.host, "library-renewal-refused-later")
    index = [ln.item_id for ln in step.account.loans if ln.item_id].index(  # type: ignore[union-attr]
        step.account.loans[1].item_id  # type: ignore[union-attr]
    )
    _confirmed(service_stage, screen, step.loans.buttons[index])  # the other loan renews at once
    service_stage.qtbot.waitUntil(lambda: isinstance(screen.current, RenewalStep), timeout=10_000)
    renewed = screen.current
    assert isinstance(renewed, RenewalStep) and renewed.answer.renewed is True


def test_a_queued_renewal_refused_later_shows_the_librarys_words(
    service_stage: ServiceStage, data_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Queued offline; once online the ILS (profile sip2-refuses-renewals) refuses it with its
    own words (AF): the account shows them next time, isolated as plain text like a refusal
    seen at once, and the queue database holds them only sealed."""
    import citysim.sip2_server  # noqa: F401  (registers the SIP2 profiles)
    from citysim import profiles

    caplog.set_level(logging.DEBUG)
    reason = str(profiles.get("sip2-refuses-renewals").for_service("sip2")["refuse_renewals"])
    service_stage.sign_in()
    screen, step = open_account(service_stage, "1234")
    assert step.account is not None
    first = step.account.loans[0]
    service_stage.go_offline()
    _confirmed(service_stage, screen, step.loans.buttons[0])
    receipt = _receipt(service_stage, screen)
    assert receipt.outcome.status is ReceiptStatus.QUEUED
    reference = receipt.outcome.reference
    app: Any = service_stage.city.sip2.app
    app.refuse_renewals = reason  # the library now refuses renewals, in its own words
    service_stage.go_online()
    outbox = service_stage.core.outbox
    assert outbox is not None
    service_stage.qtbot.waitUntil(lambda: outbox.find(reference).state == "dead", timeout=20_000)
    assert outbox.find(reference).last_error == "sip2.renew_refused"
    outbox.store.checkpoint()
    db = next(data_dir.rglob("queue.db"))
    raw = b"".join(p.read_bytes() for p in db.parent.glob("queue.db*"))
    for part in (reason, "Item has holds", "cannot be renewed"):
        assert part.encode() not in raw and part.encode("utf-16-le") not in raw
    service_stage.click(receipt.done_button)
    screen, step = open_account(service_stage, None)
    assert step.refused_notice.isVisible()
    notice = step.refused_notice.text()
    assert reference in notice and first.title in notice
    assert notice.endswith(f"The library says: \u2068{reason}\u2069")
    assert "Library staff can tell you why" not in notice
    render_and_audit(service_stage.host, "library-renewal-refused-later-reason")
    assert caplog.records and "Item has holds" not in caplog.text  # never logged
    audit = service_stage.core.audit
    assert audit is None or "Item has holds" not in audit.path.read_text(encoding="utf-8")


def test_renewal_the_library_takes_not_from_kiosks(service_stage: ServiceStage) -> None:
    """98 BX without renew: the resident is sent to the desk, not told the library is down."""
    app: Any = service_stage.city.sip2.app
    if not hasattr(app, "supported"):
        pytest.skip("this citysim has no per-server BX")
    app.supported = tuple(name for name in app.supported if name != "renew")
    service_stage.sign_in()
    screen, step = open_account(service_stage, "1234")
    check = _confirmed(service_stage, screen, step.loans.buttons[0])
    service_stage.wait_idle(screen)
    assert "library desk" in screen.message.text()
    assert screen.current is check and not check.yes_button.isEnabled()  # not asked twice
    service_stage.click(check.no_button)
    assert isinstance(screen.current, AccountStep)


def test_resident_whose_library_wants_no_pin_gets_end_patron_session(
    service_stage: ServiceStage,
) -> None:
    """A resident (signed in with the eCitizen card) whose library record has no PIN: the
    account opens without one, and the session's end still sends 35."""
    service_stage.city.library.patrons["LIB-0001"].pin = ""
    seen = record_messages(service_stage)
    service_stage.sign_in()
    _screen, step = open_account(service_stage, None)
    assert step.account is not None and step.account.loans
    service_stage.finish()
    service_stage.qtbot.waitUntil(lambda: any(m.code == "35" for m in seen), timeout=10_000)
    (end,) = [m for m in seen if m.code == "35"]
    assert end.get("AA") == "LIB-0001" and not end.has("AD")


def test_a_pin_check_whose_key_cannot_be_read_wipes_the_pin_and_says_so(
    service_stage: ServiceStage, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The PIN check reads the kiosk's pseudonym key (on the worker): a key that cannot be read
    is "unavailable" on screen, the PIN typed is zeroed, and nothing escapes as a traceback."""
    service_stage.sign_in()
    screen = service_stage.open("library")
    service_stage.qtbot.waitUntil(lambda: isinstance(screen.current, PinStep), timeout=10_000)
    pad = screen.current
    assert isinstance(pad, PinStep)
    typed: list[bytearray] = []
    submit = pad.entry._on_submit  # what the pad hands the step: keep a hold of the PIN

    def seen(pin: bytearray) -> None:
        typed.append(pin)
        submit(pin)

    pad.entry._on_submit = seen

    def unreadable(**_kw: object) -> object:
        raise PermissionError("pseudonym.key")

    monkeypatch.setattr(service_stage.core, "library_card_sign_in", unreadable)
    for digit in "1234":
        service_stage.click(pad.pad.keys[digit])
    service_stage.click(pad.pad.ok_button)
    service_stage.wait_idle(screen)
    assert screen.current is pad  # still asking, not signed in
    assert screen.message.isVisible() and screen.message.text()
    assert typed and all(not any(pin) for pin in typed)  # zeroed, not left in memory
