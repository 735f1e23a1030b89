"""Library passwords as the site's ILS takes them (#13 SIP2 item 9), on the real widgets.

``[library] password = "text"``: a masked field typed on the window's on-screen keyboard, with
capitals and a show/hide toggle; bounds and characters checked before anything is sent; the
wrong-password lock-out of a library card works the same. ``"digits"``: the PIN pad, with the
site's length bounds. The password is never logged. Against the demo city's SIP2 server.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLineEdit, QPushButton

from kiosk.config import KioskConfig, LibrarySection, load_demo_config
from kiosk.identity import library_card
from kiosk.session.machine import Role, State
from offline_queue.connectors import sip2_protocol as sp
from tests.helpers.city import record_sip2
from tests.helpers.city_kiosk import CityKiosk
from tests.helpers.screens import render_and_audit
from ui.assist import assist_for
from ui.keyboard import OnScreenKeyboard, Variant
from ui.services.city.library import AccountStep, LibraryScreen, PinStep
from ui.services.city.library_signin import LibraryPinScreen

LEO_UID = "04A22B1A5C3E80"  # Leo Martin, LIB-0100
LEO_PASSWORD = "Blue-Tr3e"
SITE = LibrarySection(password="text", password_min_length=6, password_max_length=20)


@pytest.fixture(autouse=True)
def fresh_pin_counts() -> Iterator[None]:
    library_card._SHARED = None
    yield
    library_card._SHARED = None


@pytest.fixture
def library_section() -> LibrarySection:
    """The site's ``[library]`` (a test parametrizes another)."""
    return SITE


@pytest.fixture
def demo_config(data_dir: Path, library_section: LibrarySection) -> KioskConfig:
    return load_demo_config(data_dir).model_copy(update={"library": library_section})


def _patron_asks(seen: list[sp.Sip2Message]) -> list[sp.Sip2Message]:
    return [m for m in seen if m.code == "23"]


def _keyboard(kiosk: CityKiosk) -> OnScreenKeyboard:
    inclusion = assist_for(kiosk.app.window)
    assert inclusion is not None
    return inclusion.keyboard


def _present_card(kiosk: CityKiosk, uid: str = LEO_UID) -> LibraryPinScreen:
    kiosk.app.controller.begin_sign_in()
    # a library card went in and was read (what the card bridge reports)
    kiosk.app.window.signin.on_card_inserted()
    kiosk.app.window.signin.on_library_card(uid)
    screen = kiosk.app.window.stack.currentWidget()
    assert isinstance(screen, LibraryPinScreen)
    return screen


def _type(kiosk: CityKiosk, field: QLineEdit, text: str) -> None:
    """Type ``text`` on the on-screen keyboard as a resident would (capitals by the field's
    own "Capital letters" key)."""
    keyboard = _keyboard(kiosk)
    kiosk.qtbot.waitUntil(lambda: keyboard.isVisible() and keyboard.target is field)
    entry = field.parentWidget()
    capitals = entry.findChild(QPushButton, "library-password-capitals") if entry else None
    assert capitals is not None
    for char in text:
        if char.isalpha() and capitals.isChecked() != char.isupper():
            kiosk.click(capitals)
        (key,) = [k for k in keyboard.keys if k.objectName() == f"key-{char.lower()}"]
        kiosk.click(key)


def _submit(kiosk: CityKiosk, screen: LibraryPinScreen, text: str) -> None:
    field = screen.entry.field
    assert field is not None
    _type(kiosk, field, text)
    kiosk.click(screen.entry.ok_button)
    kiosk.qtbot.waitUntil(lambda: not screen.checking.isVisible(), timeout=10_000)


def test_a_text_password_typed_on_the_keyboard_signs_in(
    city_kiosk: CityKiosk, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    city_kiosk.city.library.patrons["LIB-0100"].pin = LEO_PASSWORD
    seen = record_sip2(city_kiosk.city)
    screen = _present_card(city_kiosk)
    assert screen.text_password and screen.entry.pinpad is None
    field = screen.entry.field
    assert field is not None and field.isVisible()
    assert field.echoMode() is QLineEdit.EchoMode.Password and field.maxLength() == 20
    assert screen.heading.text() == "Your library password"
    assert screen.entry.bounds.text() == "Your library password has 6 to 20 characters."
    _type(city_kiosk, field, LEO_PASSWORD)
    assert field.text() == LEO_PASSWORD and field.displayText() != LEO_PASSWORD
    keyboard = _keyboard(city_kiosk)
    assert keyboard.variant is Variant.EMAIL  # a fixed Latin layout, as the PIN pad's
    rows = keyboard._rows_widget
    assert rows is not None and rows.property("speech") is not None  # keys not spoken
    city_kiosk.click(screen.entry.show_button)  # the resident checks what they typed
    assert field.echoMode() is QLineEdit.EchoMode.Normal and field.displayText() == LEO_PASSWORD
    assert screen.entry.show_button.text() == "Hide password"
    render_and_audit(city_kiosk.app.window, "library-card-password-shown")
    city_kiosk.click(screen.entry.show_button)
    assert field.echoMode() is QLineEdit.EchoMode.Password
    render_and_audit(city_kiosk.app.window, "library-card-password")
    city_kiosk.click(screen.entry.ok_button)
    assert field.text() == ""  # the field keeps nothing
    session = city_kiosk.app.controller.session
    city_kiosk.qtbot.waitUntil(lambda: session.state is State.HOME, timeout=10_000)
    assert session.identity.role is Role.PATRON and session.identity.display_name == "Leo Martin"
    (asked,) = _patron_asks(seen)
    assert asked.get("AD") == LEO_PASSWORD  # sent as given: case and symbols intact
    assert LEO_PASSWORD not in caplog.text  # never logged
    audit = city_kiosk.core.audit
    assert audit is not None and LEO_PASSWORD not in audit.path.read_text(encoding="utf-8")


def test_three_wrong_text_passwords_lock_the_card(city_kiosk: CityKiosk) -> None:
    city_kiosk.city.library.patrons["LIB-0100"].pin = LEO_PASSWORD
    screen = _present_card(city_kiosk)
    _submit(city_kiosk, screen, "blue-tr3e")  # capitals matter
    assert screen.problem.text() == "That password was not right. Please try again."
    assert screen.tries.text() == "Tries left: 2"
    _submit(city_kiosk, screen, "Green-Tr3e")
    assert "one try left" in screen.problem.text() and screen.warning.isVisible()
    _submit(city_kiosk, screen, "Red-Tr3e")
    assert "locked on this kiosk for 15 minute" in screen.problem.text()
    assert "password was wrong too many times" in screen.problem.text()
    assert not screen.entry.isVisible()
    assert not _keyboard(city_kiosk).isVisible()  # no keyboard without a field
    render_and_audit(city_kiosk.app.window, "library-card-password-locked")
    city_kiosk.click(screen.cancel_button)
    seen = record_sip2(city_kiosk.city)
    screen = _present_card(city_kiosk)  # still locked, even with the right password
    assert not screen.entry.isVisible() and "locked" in screen.problem.text()
    assert not _patron_asks(seen)


def test_out_of_bounds_or_unsendable_passwords_are_refused_before_sending(
    city_kiosk: CityKiosk,
) -> None:
    seen = record_sip2(city_kiosk.city)
    screen = _present_card(city_kiosk)
    field = screen.entry.field
    assert field is not None
    _type(city_kiosk, field, "ab1")
    city_kiosk.click(screen.entry.ok_button)
    assert screen.entry.problem.isVisible()
    assert screen.entry.problem.text() == (
        "A library password here has 6 to 20 characters. Please check it and press OK again."
    )
    assert field.text() == "ab1"  # kept to correct, not sent
    _type(city_kiosk, field, "def")
    assert not screen.entry.problem.isVisible()  # typing clears the message
    field.insert("|x")  # a SIP2 field delimiter (a physical keyboard could type it)
    city_kiosk.click(screen.entry.ok_button)
    assert "cannot take" in screen.entry.problem.text()
    field.setText("Pässwörd")  # not in the link's cp850? it is: ä and ö are cp850
    city_kiosk.click(screen.entry.ok_button)
    city_kiosk.qtbot.waitUntil(lambda: not screen.checking.isVisible(), timeout=10_000)
    assert len(_patron_asks(seen)) == 1  # only the sendable one went out
    assert screen.tries.text() == "Tries left: 2"  # and only it used a try
    render_and_audit(city_kiosk.app.window, "library-card-password-wrong")


def test_a_residents_linked_card_asks_the_text_password(city_kiosk: CityKiosk) -> None:
    city_kiosk.city.library.patrons["LIB-0001"].pin = "Owl-Reader7"  # Amina's linked card
    city_kiosk.sign_in()
    screen = city_kiosk.open("library")
    assert isinstance(screen, LibraryScreen)
    city_kiosk.qtbot.waitUntil(lambda: isinstance(screen.current, PinStep), timeout=10_000)
    step = screen.current
    assert isinstance(step, PinStep) and step.entry.field is not None
    assert step.prompt.text() == "Please enter your library password."
    _type(city_kiosk, step.entry.field, "owl-reader7")
    city_kiosk.click(step.entry.ok_button)
    city_kiosk.qtbot.waitUntil(lambda: step.problem.isVisible(), timeout=10_000)
    assert step.problem.text() == (
        "The library password is not right. Please try again.\nTries left: 2"
    )
    step.entry.focus_entry()  # the resident taps the field again
    _type(city_kiosk, step.entry.field, "Owl-Reader7")
    render_and_audit(city_kiosk.app.window, "library-password-step")
    city_kiosk.click(step.entry.ok_button)
    city_kiosk.qtbot.waitUntil(
        lambda: isinstance(screen.current, AccountStep) and screen.current.details is not None,
        timeout=10_000,
    )


@pytest.mark.parametrize(
    "library_section", [LibrarySection(password="digits", password_min_length=6)], ids=["digits"]
)
def test_a_digits_site_keeps_the_pin_pad_with_its_bounds(city_kiosk: CityKiosk) -> None:
    city_kiosk.city.library.patrons["LIB-0100"].pin = "456789"
    seen = record_sip2(city_kiosk.city)
    screen = _present_card(city_kiosk)
    assert not screen.text_password and screen.entry.field is None
    assert screen.pinpad.isVisible() and screen.heading.text().startswith("Your library PIN")
    assert screen.entry.bounds.text() == "Your library PIN has 6 to 8 digits."
    for digit in "4567":
        city_kiosk.click(screen.pinpad.keys[digit])
    city_kiosk.click(screen.pinpad.ok_button)
    assert "6 to 8 digits" in screen.entry.problem.text() and not _patron_asks(seen)
    assert screen.pinpad.length == 0  # the short PIN was zeroed, not kept
    for digit in "456789":
        city_kiosk.click(screen.pinpad.keys[digit])
    city_kiosk.click(screen.pinpad.ok_button)
    session = city_kiosk.app.controller.session
    city_kiosk.qtbot.waitUntil(lambda: session.state is State.HOME, timeout=10_000)
    assert [m.get("AD") for m in _patron_asks(seen)] == ["456789"]
