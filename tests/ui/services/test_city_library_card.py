"""A library card at the sign-in screen, end to end against the demo city's SIP2 server, on a
whole kiosk (the card is read by the window's sign-in, the PIN screen is one of its screens).

A library card alone is not a sign-in: the PIN screen shows nothing of the patron, three wrong
PINs lock the card on this kiosk, and only a PIN the library confirmed signs in (#14.5). The
end of the session sends SIP2 35. The account itself: test_city_library.py (service stage).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kiosk.identity import library_card
from kiosk.session.machine import Role, State
from offline_queue.connectors import sip2_protocol as sp
from tests.helpers.city_kiosk import CityKiosk
from tests.helpers.library import LEO_UID, open_account, record_messages
from tests.helpers.screens import render_and_audit
from ui.services.city.library_signin import LibraryPinScreen
from ui.widgets.pinpad import EnteredPin


@pytest.fixture(autouse=True)
def fresh_pin_counts() -> Iterator[None]:
    """The wrong-PIN counter outlives sessions (one per kiosk): one per test here."""
    library_card._SHARED = None
    yield
    library_card._SHARED = None


def _patron_messages(seen: list[sp.Sip2Message]) -> list[sp.Sip2Message]:
    """Messages about a patron (not the kiosk's own 93 login and 99 status)."""
    return [m for m in seen if m.code not in ("93", "99")]


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


def test_library_card_asks_the_pin_before_anything_of_the_patron(city_kiosk: CityKiosk) -> None:
    seen = record_messages(city_kiosk)
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
    _screen, step = open_account(city_kiosk, None)  # verified once: no second PIN
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
    seen = record_messages(city_kiosk)
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
    _screen, step = open_account(city_kiosk, None)
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
    seen = record_messages(city_kiosk)
    city_kiosk.app.window.finish()  # "Finish and sign out": the wipe does not wait for it
    city_kiosk.qtbot.waitUntil(lambda: any(m.code == "35" for m in seen), timeout=10_000)
    (end,) = [m for m in seen if m.code == "35"]
    assert end.get("AA") == LEO_UID and not end.has("AD")
