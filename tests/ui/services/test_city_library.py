"""Library account end to end against the demo city's SIP2 server: a resident's linked card
(renew a loan, pay a fee through the account), library-card sign-in by UID (patron role),
a wrong library PIN, a renewal queued offline and delivered once back online, an unknown
card refused."""

from __future__ import annotations

from kiosk.receipts import ReceiptStatus
from kiosk.session import Role, State
from tests.helpers.city_kiosk import CityKiosk
from ui.screens.receipt import ReceiptStep
from ui.services.city.library import AccountStep, LibraryScreen, PinStep

LEO_UID = "04A22B1A5C3E80"


def _receipt(kiosk: CityKiosk, screen: LibraryScreen) -> ReceiptStep:
    kiosk.qtbot.waitUntil(lambda: isinstance(screen.current, ReceiptStep), timeout=10_000)
    step = screen.current
    assert isinstance(step, ReceiptStep)
    return step


def _account(kiosk: CityKiosk, pin: str) -> tuple[LibraryScreen, AccountStep]:
    screen = kiosk.open("library")
    assert isinstance(screen, LibraryScreen)
    # the library system wants the library PIN: the on-screen PIN pad asks for it
    kiosk.qtbot.waitUntil(lambda: isinstance(screen.current, PinStep), timeout=10_000)
    pad = screen.current
    assert isinstance(pad, PinStep)
    for digit in pin:
        kiosk.click(pad.pad.keys[digit])
    kiosk.click(pad.pad.ok_button)
    kiosk.qtbot.waitUntil(
        lambda: isinstance(screen.current, AccountStep) and screen.current.account is not None,
        timeout=10_000,
    )
    step = screen.current
    assert isinstance(step, AccountStep)
    return screen, step


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
    assert "PIN is not right" in screen.message.text()
    city_kiosk.click(screen.back_button)
    city_kiosk.click(screen.back_button)
    screen, step = _account(city_kiosk, "1234")
    account = step.account
    assert account is not None and account.loans and account.fees
    assert any(loan.overdue for loan in account.loans)
    assert step.holds.text()
    city_kiosk.click(step.fees.buttons[0])
    receipt = _receipt(city_kiosk, screen)
    assert receipt.outcome.status is ReceiptStatus.SUBMITTED
    assert not city_kiosk.city.library.patrons["LIB-0001"].fees
    city_kiosk.click(receipt.done_button)
    screen, step = _account(city_kiosk, "1234")
    assert step.account is not None and not step.account.fees
    city_kiosk.click(step.loans.buttons[0])
    receipt = _receipt(city_kiosk, screen)
    assert receipt.outcome.status is ReceiptStatus.SUBMITTED


def test_library_card_sign_in(city_kiosk: CityKiosk) -> None:
    app = city_kiosk.app
    window = app.window
    app.controller.begin_sign_in()
    window._on_library_card(LEO_UID)
    city_kiosk.qtbot.waitUntil(lambda: app.controller.session.state is State.HOME, timeout=10_000)
    identity = app.controller.session.identity
    assert identity.role is Role.PATRON and identity.display_name == "Leo Martin"
    assert not window.home.tiles["bills"].isVisible()  # residents only
    _screen, step = _account(city_kiosk, "4567")
    assert step.account is not None and step.name.text() == "Leo Martin"


def test_renewal_offline_is_queued_then_delivered(city_kiosk: CityKiosk) -> None:
    city_kiosk.sign_in("Brian Otieno", "RES-0002")
    screen, step = _account(city_kiosk, "2345")
    assert step.account is not None and step.account.loans
    city_kiosk.go_offline()
    city_kiosk.click(step.loans.buttons[0])
    receipt = _receipt(city_kiosk, screen)
    assert receipt.outcome.status is ReceiptStatus.QUEUED
    city_kiosk.go_online()
    city_kiosk.wait_delivered(receipt.outcome.reference)


def test_unknown_library_card_is_not_signed_in(city_kiosk: CityKiosk) -> None:
    app = city_kiosk.app
    app.controller.begin_sign_in()
    app.window._on_library_card("04FFFFFFFFFFFF")
    from ui.services.base import wait_for_jobs

    assert wait_for_jobs()
    city_kiosk.qtbot.wait(50)
    session = app.controller.session
    assert session.state is State.SIGN_IN and session.identity.role is not Role.PATRON
