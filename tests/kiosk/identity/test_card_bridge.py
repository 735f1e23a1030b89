"""The card bridge through real pcscd + vpcd: every card-worker failure reaches the UI and the log.

Regression for issue #14: a certificate ``cryptography`` cannot decode used to escape
``identify``; the worker's future was dropped, the screen stayed on "reading card" and nothing
was logged.
"""

import logging

import pytest

from drivers.smartcard.emulator import DEMO_ROLE_POLICIES
from drivers.smartcard.monitor import CardEvent, CardEventKind
from drivers.smartcard.profile import TAG_CERT_CARD_AUTH, TAG_CERT_PIV_AUTH
from drivers.smartcard.session import CardSession
from kiosk.identity import CardAuthenticator, SignInFailed, SignInFailure, TrustStore
from kiosk.identity.card_bridge import CardSignInBridge
from tests.drivers.smartcard.test_session_hostile import (
    card_der,
    cert_object,
    odd_string_tag,
    unknown_curve,
)
from tests.helpers.pcsc_fixtures import card_slot, demo_pki, pcscd

__all__ = ["card_slot", "demo_pki", "pcscd"]

pytestmark = pytest.mark.pcsc


@pytest.fixture
def bridge(demo_pki, qapp):
    trust = TrustStore.from_paths([demo_pki.ca_cert_path], [demo_pki.crl_path], DEMO_ROLE_POLICIES)
    bridge = CardSignInBridge(CardAuthenticator(trust), CardSession.open)
    yield bridge
    bridge.close()


def insert(bridge, qtbot, reader):
    with qtbot.waitSignal(bridge.failed, timeout=15_000) as failed:
        bridge.on_card_event(CardEvent(CardEventKind.CARD_INSERTED, reader))
    return failed.args[0]


@pytest.mark.parametrize("hostile", ["unknown-curve-9e", "string-tag-9a"])
def test_undecodable_certificate_fails_the_card(bridge, qtbot, card_slot, caplog, hostile):
    card = card_slot.insert("resident-amina")
    if hostile == "unknown-curve-9e":
        card.card._objects[TAG_CERT_CARD_AUTH] = cert_object(unknown_curve(card_der(card, "9e")))
    else:
        der = odd_string_tag(card_der(card, "9a"), "Amina Njoroge")
        card.card._objects[TAG_CERT_PIV_AUTH] = cert_object(der)
    caplog.set_level(logging.INFO)
    failure = insert(bridge, qtbot, card_slot.reader)
    assert isinstance(failure, SignInFailed)
    assert failure.reason is SignInFailure.CARD_UNREADABLE
    assert "card identify failed: signin.card_unreadable (card.protocol)" in caplog.messages
    assert "Amina" not in caplog.text and "Njoroge" not in caplog.text


def test_a_bug_in_card_work_reaches_the_ui_and_the_log(bridge, qtbot, card_slot, caplog):
    """Whatever escapes the sign-in service (here a bug) still ends in failed(CARD_UNREADABLE)."""
    card_slot.insert("resident-amina")

    def broken(session):
        raise KeyError("Amina Njoroge")

    bridge._card._service.identify = broken  # type: ignore[method-assign]
    caplog.set_level(logging.INFO)
    failure = insert(bridge, qtbot, card_slot.reader)
    assert failure.reason is SignInFailure.CARD_UNREADABLE
    assert failure.detail == "identify: KeyError"
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert [r.getMessage() for r in errors] == ["card worker step identify failed: KeyError"]
    assert "Amina" not in caplog.text
    assert bridge._card.session is None  # the session of the failed card was closed


def test_a_failed_verify_reaches_the_ui(bridge, qtbot, card_slot):
    card_slot.insert("resident-amina")
    with qtbot.waitSignal(bridge.identified, timeout=15_000):
        bridge.on_card_event(CardEvent(CardEventKind.CARD_INSERTED, card_slot.reader))

    def broken(session, identified, pin):
        raise TypeError("bug")

    bridge._card._service.sign_in = broken  # type: ignore[method-assign]
    pin = bytearray(b"123456")
    with qtbot.waitSignal(bridge.failed, timeout=15_000) as failed:
        bridge.submit_pin(pin)
    assert failed.args[0].reason is SignInFailure.CARD_UNREADABLE
    assert pin == bytearray(6)  # wiped even so


def test_a_bug_in_staff_card_work_reaches_the_ui(demo_pki, qapp, qtbot, card_slot, caplog):
    """The staff-card router runs its card work the same guarded way."""
    from kiosk.identity.staff_card import StaffCardRouter

    trust = TrustStore.from_paths([demo_pki.ca_cert_path], [demo_pki.crl_path], DEMO_ROLE_POLICIES)
    service = CardAuthenticator(trust)
    router = StaffCardRouter(service, CardSession.open, lambda event: None)
    try:
        router.set_armed(True)
        card_slot.insert("staff-daniel")

        def broken(session):
            raise UnicodeDecodeError("utf-8", b"\xff", 0, 1, "Daniel Kimani")

        service.identify = broken  # type: ignore[method-assign]
        caplog.set_level(logging.INFO)
        with qtbot.waitSignal(router.failed, timeout=15_000) as failed:
            router.on_card_event(CardEvent(CardEventKind.CARD_INSERTED, card_slot.reader))
        assert failed.args[0].reason is SignInFailure.CARD_UNREADABLE
        assert "card worker step staff identify failed: UnicodeDecodeError" in caplog.messages
        assert "Daniel" not in caplog.text
    finally:
        router.close()
