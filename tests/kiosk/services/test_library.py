"""Library flows as residents meet them (kiosk/services/library.py) against the demo city's SIP2
server on loopback: a refused renewal is an answer with the library's reason, odd fee lines are
shown and never crash, queued operations carry no PIN, and the end of the session sends a 35."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citysim import CitySim
from citysim.faults import Fault, FaultMode
from civic.library import Fee, Loan, PatronAccount
from kiosk.services import library
from kiosk.session.machine import SessionData
from offline_queue.connectors.sip2 import Sip2Client, Sip2NotSent
from tests.helpers.city import city, record_sip2  # noqa: F401  (a demo city per test)

AMINA = "LIB-0001"  # two loans (39000000000012, 39000000000013), a fee; PIN 1234


def _factory(sim: CitySim) -> library.Sip2Factory:
    def make() -> Sip2Client:
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


# --- untrusted text and money -------------------------------------------------------------


def test_untrusted_text_loses_controls_and_bidi_overrides() -> None:
    hostile = "Item\u202e on hold\x00\x1b[31m\u2066 for others\u200f\n\tnow"
    clean = library.untrusted_text(hostile)
    assert clean == "Item on hold [31m for others now"
    assert not any(c in clean for c in "\u202e\u2066\u200f\x00\x1b\n\t")
    assert len(library.untrusted_text("x" * 1000)) == library.MAX_SCREEN_MESSAGE
    assert library.untrusted_text("<b>bold</b> &amp;") == "<b>bold</b> &amp;"  # shown as text


@pytest.mark.parametrize(
    ("amount", "currency", "shown"),
    [
        (Decimal("1.50"), "EUR", "1.50 EUR"),
        (Decimal("2"), "eur", "2.00 EUR"),
        (Decimal("1E+2"), "EUR", "100.00 EUR"),
        (Decimal("1.234"), "EUR", None),
        (Decimal("NaN"), "EUR", None),
        (Decimal("sNaN"), "EUR", None),
        (Decimal("Infinity"), "EUR", None),
        (Decimal("-1.00"), "EUR", None),
        (Decimal("1E+9"), "EUR", None),
        (Decimal("1.00"), "€", None),
        (Decimal("1.00"), "", None),
        (None, "EUR", None),
        ("1.00", "EUR", None),
    ],
)
def test_shown_amount_never_raises(amount: object, currency: str, shown: str | None) -> None:
    from kiosk.records.receipts import format_amount

    money = library.shown_amount(amount, currency)
    assert (format_amount(money, "en") if money else None) == shown


def _account(fees: tuple[Fee, ...], total: Decimal | None, currency: str = "EUR") -> PatronAccount:
    return PatronAccount(AMINA, "Amina", True, True, currency, total, " " * 14, (), (), fees)


def test_every_fee_line_is_kept_unknown_ones_as_text() -> None:
    fees = (
        Fee("FEE-1", Decimal("1.50"), "Overdue"),
        Fee("", None, "Lost item 25.50 (ask staff)"),
        Fee("FEE-3", Decimal("1.234"), "Odd amount"),
        Fee("", Decimal("2.00"), "No fee id"),
    )
    lines = library.fee_lines(_account(fees, Decimal("30.234")), payments=True)
    assert [ln.text for ln in lines] == [f.description for f in fees]
    assert [ln.payable for ln in lines] == [True, False, False, False]
    assert library.fees_total(_account(fees, Decimal("30.234")), lines) is None  # not shown
    assert library.fees_total(_account(fees, Decimal("30.23")), lines) is not None
    known = fees[:1]
    known_lines = library.fee_lines(_account(known, None), payments=True)
    total = library.fees_total(_account(known, None), known_lines)
    assert total is not None and total.amount == Decimal("1.50")
    # the library takes no fee payments: nothing is payable, every line still shown
    assert not any(ln.payable for ln in library.fee_lines(_account(fees, None), payments=False))
    with pytest.raises(library.LibraryError, match="fee_not_payable"):
        library.pay_fee(lines[2], library.Patron(AMINA, ""), "EUR", "Fee", dt.datetime.now(dt.UTC))


# --- renewals -----------------------------------------------------------------------------


def _loans(sim: CitySim, patron: library.Patron) -> dict[str, Loan]:
    details = library.account(_factory(sim), patron)
    return {loan.item_id: loan for loan in details.account.loans}


def test_a_refused_renewal_comes_back_with_the_librarys_reason(
    city: CitySim,  # noqa: F811
) -> None:
    seen = record_sip2(city)
    patron = library.Patron(AMINA, "Amina", None)  # renewals never carry the PIN
    loans = _loans(city, patron)
    city.library.patrons["LIB-0002"].holds.append("39000000000012")  # someone else wants it
    now = dt.datetime.now(dt.UTC)
    refused = library.renew_now(_factory(city), patron, loans["39000000000012"], now)
    assert refused.renewed is False and refused.message == "Item is on hold"
    assert refused.title and refused.due is None
    renewed = library.renew_now(_factory(city), patron, loans["39000000000013"], now)
    assert renewed.renewed is True and renewed.due is not None
    assert renewed.due > dt.datetime.now(dt.UTC)
    renewals = [m for m in seen if m.code == "29"]
    assert len(renewals) == 2 and not any(m.has("AD") for m in renewals)


def test_a_renewal_the_library_never_received_can_be_queued(
    city: CitySim,  # noqa: F811
) -> None:
    patron = library.Patron(AMINA, "Amina", None)
    loan = _loans(city, patron)["39000000000013"]
    city.set_network("sip2", False)
    with pytest.raises(Sip2NotSent):
        library.renew_now(_factory(city), patron, loan, dt.datetime.now(dt.UTC))
    queued = library.renew(loan, library.Patron(AMINA, "Amina", "1234"), "Renew", dt.datetime.now())
    assert "patron_pin" not in queued.payload and "1234" not in repr(queued.payload)


def test_a_lost_answer_is_checked_never_resent(city: CitySim) -> None:  # noqa: F811
    """The answer to the 29 is lost after the library applied it: the due date tells."""
    seen = record_sip2(city)
    patron = library.Patron(AMINA, "Amina", None)
    loan = _loans(city, patron)["39000000000013"]
    city.faults.arm("sip2", "29", Fault(FaultMode.DROP_AFTER_COMMIT))
    answer = library.renew_now(_factory(city), patron, loan, dt.datetime.now(dt.UTC))
    assert answer.renewed is True and answer.due is not None
    assert len([m for m in seen if m.code == "29"]) == 1


# --- end of the patron session ------------------------------------------------------------


def test_wiping_the_session_zeroes_the_pin_and_sends_end_patron_session(
    city: CitySim,  # noqa: F811
) -> None:
    seen = record_sip2(city)
    data = SessionData()
    pin = bytearray(b"1234")
    verified = library.LibrarySession(_factory(city), AMINA, "Amina", pin)
    library.remember(data, verified)
    remembered = library.remembered(data)
    assert remembered is verified and remembered.patron().pin == "1234"
    data.wipe()
    assert pin == bytearray(4) and library.remembered(data) is None
    assert verified.ended.wait(5)
    (end,) = [m for m in seen if m.code == "35"]
    assert end.get("AA") == AMINA and not end.has("AD")


def test_the_wipe_does_not_wait_for_an_unreachable_library(
    city: CitySim,  # noqa: F811
) -> None:
    city.set_network("sip2", False)
    verified = library.LibrarySession(_factory(city), AMINA, "Amina", bytearray(b"1234"))
    before = dt.datetime.now()
    verified.wipe()
    assert (dt.datetime.now() - before).total_seconds() < 0.5
    assert verified.ended.wait(10)  # given up quietly on its own thread


# --- hostile values (bounded fuzz) ----------------------------------------------------------


_DECIMALS = st.one_of(
    st.none(),
    st.decimals(allow_nan=True, allow_infinity=True),
    st.sampled_from([Decimal("sNaN"), Decimal("1E+999999"), Decimal("-0"), Decimal("1.005")]),
)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_untrusted_text_is_always_safe(text: str) -> None:
    import unicodedata

    clean = library.untrusted_text(text)
    assert len(clean) <= library.MAX_SCREEN_MESSAGE
    assert clean == clean.strip()
    for char in clean:  # zero-width joiners (emoji, Persian words) cannot reorder text
        if char not in "\u200c\u200d":
            assert unicodedata.category(char) not in ("Cc", "Cf", "Cs", "Co", "Cn"), repr(char)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.tuples(st.text(max_size=12), _DECIMALS, st.text(max_size=60)), max_size=6),
    _DECIMALS,
    st.text(max_size=5),
    st.booleans(),
)
def test_fee_lines_never_raise(
    fees: list[tuple[str, Decimal | None, str]],
    total: Decimal | None,
    currency: str,
    payments: bool,
) -> None:
    from kiosk.records.receipts import format_amount

    account = _account(tuple(Fee(i, a, d) for i, a, d in fees), total, currency)
    lines = library.fee_lines(account, payments)
    assert len(lines) == len(fees)
    shown = library.fees_total(account, lines)
    for line in lines:
        if line.money is not None:
            format_amount(line.money, "fr")  # every shown amount formats
        if line.payable:
            assert payments and line.fee.fee_id and line.money is not None
            sub = library.pay_fee(
                line, library.Patron(AMINA, ""), currency, "Fee", dt.datetime.now(dt.UTC)
            )
            assert Decimal(str(sub.payload["amount"])) == line.money.amount > 0
    if shown is not None:
        format_amount(shown, "es")


# --- library passwords as the site's ILS takes them (#13 SIP2 item 9) -----------------------


def test_password_rules_digits_and_text() -> None:
    from kiosk.services.library import PasswordRule

    digits = PasswordRule()
    assert digits.problem("1234") is None and digits.problem("12345678") is None
    assert digits.problem("123") == "library.password_length"
    assert digits.problem("123456789") == "library.password_length"
    assert digits.problem("12a4") == "library.password_characters"
    assert digits.problem("١٢٣٤") == "library.password_characters"  # Arabic-Indic digits
    text = PasswordRule(text=True, min_length=6, max_length=20, encoding="cp850")
    for ok in ("Blue-Tr3e", "pässwörd", "with space", "a@b.c_d-e"):
        assert text.problem(ok) is None, ok
    for bad in ("ab|cdef", "abc\rdef", "abc\x00def", "tab\there", "zero\u200bwidth"):
        assert text.problem(bad) == "library.password_characters", repr(bad)
    assert text.problem("ضصثقفغ") == "library.password_characters"  # not in cp850
    assert PasswordRule(True, 6, 20, "utf-8").problem("ضصثقفغ") is None
    assert text.problem("short") == "library.password_length"
    assert text.problem("x" * 21) == "library.password_length"


def test_password_rule_from_the_site_configuration(tmp_path: Path) -> None:
    from kiosk.config import LibrarySection, load_demo_config
    from kiosk.services.library import PasswordRule

    config = load_demo_config(tmp_path)
    assert PasswordRule.of(config) == PasswordRule(False, 4, 8, "cp850")  # the default
    site = config.model_copy(
        update={
            "library": LibrarySection(password="text"),
            "backends": config.backends.model_copy(update={"sip2_encoding": "auto"}),
        }
    )
    assert PasswordRule.of(site) == PasswordRule(True, 4, 32, "cp850")


@pytest.mark.parametrize(
    ("section", "message"),
    [
        ({"password": "digits", "password_max_length": 12}, "takes 4 to 8 digits"),
        ({"password": "digits", "password_min_length": 3}, "takes 4 to 8 digits"),
        ({"password": "text", "password_min_length": 40}, "is more than password_max_length"),
        ({"password": "text", "password_max_length": 65}, "less than or equal to 64"),
        ({"password": "letters"}, "'digits' or 'text'"),
    ],
)
def test_library_password_settings_are_validated(section: dict[str, object], message: str) -> None:
    from kiosk.config import LibrarySection

    with pytest.raises(ValueError, match=message):
        LibrarySection.model_validate(section)


def test_check_pin_refuses_a_password_the_site_does_not_take_before_sending() -> None:
    from kiosk.services.library import LibraryError, PasswordRule, check_pin

    def never() -> Sip2Client:
        raise AssertionError("nothing is sent")

    with pytest.raises(LibraryError, match=r"library\.bad_pin"):
        check_pin(never, "LIB-0100", "Blue-Tr3e")  # a digits site
    with pytest.raises(LibraryError, match=r"library\.bad_pin"):
        check_pin(never, "LIB-0100", "a|b-c-d", PasswordRule(True, 4, 32))


def test_no_queue_means_no_refused_renewals_to_tell() -> None:
    """A kiosk without a queue (its database could not open) queued nothing: the account screen
    asks anyway and is told there is nothing, without a check of its own (#17)."""
    loans = (Loan("ITEM-1", "A book", None, False),)
    assert library.refused_renewals(None, library.Patron(AMINA, "Amina"), loans) == ()
