"""Sign-in steps through real pcscd + vpcd + the emulator: every outcome."""

from typing import cast

import pytest

from drivers.smartcard.profile import KeySlot
from drivers.smartcard.session import CardSession
from kiosk.identity import (
    CardAuthenticator,
    CardIdentified,
    CardSessionLike,
    Role,
    SignedIn,
    SignInFailed,
    SignInFailure,
)

pytestmark = pytest.mark.pcsc
F = SignInFailure


@pytest.fixture
def service(trust):
    return CardAuthenticator(trust)


def identify(service, card_slot, persona):
    card_slot.insert(persona)
    session = CardSession.open(card_slot.reader)
    return session, service.identify(session)


@pytest.mark.parametrize(
    ("persona", "pin", "role", "name"),
    [
        ("resident-amina", b"123456", Role.RESIDENT, "Amina Njoroge"),
        ("staff-daniel", b"111111", Role.STAFF, "Daniel Kimani"),
        ("tech-esther", b"222222", Role.TECHNICIAN, "Esther Wanjiru"),
    ],
)
def test_sign_in_happy_path(service, card_slot, persona, pin, role, name):
    session, result = identify(service, card_slot, persona)
    with session:
        assert isinstance(result, CardIdentified)
        assert result.identity.name == name and result.identity.role is role
        assert result.pin_tries_left == 3 and not result.pinpad and not result.last_try
        buffer = bytearray(pin)
        done = service.sign_in(session, result, buffer)
        assert done == SignedIn(result.identity)
        assert buffer == bytearray(len(pin))


def test_wrong_pin_then_last_try_then_blocked(service, card_slot):
    session, result = identify(service, card_slot, "resident-brian")
    with session:
        assert isinstance(result, CardIdentified)
        first = service.sign_in(session, result, bytearray(b"000000"))
        assert first == SignInFailed(F.WRONG_PIN, 2, "card.pin_wrong")
        second = service.sign_in(session, result, bytearray(b"000000"))
        assert second.reason is F.WRONG_PIN and second.last_try
        third = service.sign_in(session, result, bytearray(b"000000"))
        assert third.reason is F.BLOCKED
    # the next insert is refused before the PIN pad
    card_slot.remove()
    session, again = identify(service, card_slot, "resident-brian")
    with session:
        assert isinstance(again, SignInFailed) and again.reason is F.BLOCKED


@pytest.mark.parametrize(
    ("persona", "reason"),
    [
        ("blocked-farid", F.BLOCKED),
        ("expired-grace", F.EXPIRED),
        ("revoked-hugo", F.REVOKED),
        ("foreign-ivan", F.NOT_ECITIZEN),
        ("library-card", F.UNKNOWN_CARD),
    ],
)
def test_refused_cards(service, card_slot, persona, reason):
    session, result = identify(service, card_slot, persona)
    with session:
        assert isinstance(result, SignInFailed)
        assert result.reason is reason and result.key == reason.value


def test_role_not_allowed_here(trust, card_slot):
    service = CardAuthenticator(trust, allowed_roles=frozenset({Role.STAFF}))
    session, result = identify(service, card_slot, "resident-amina")
    with session:
        assert isinstance(result, SignInFailed) and result.reason is F.NOT_ECITIZEN


def test_card_removed_mid_flow(service, card_slot):
    session, result = identify(service, card_slot, "resident-amina")
    with session:
        assert isinstance(result, CardIdentified)
        card_slot.remove()
        pin = bytearray(b"123456")
        assert service.sign_in(session, result, pin).reason is F.CARD_REMOVED
        assert pin == bytearray(6)


def test_card_removed_during_identify(service, card_slot):
    card_slot.insert("resident-amina")
    with CardSession.open(card_slot.reader) as session:
        card_slot.remove()
        result = service.identify(session)
    assert isinstance(result, SignInFailed) and result.reason is F.CARD_REMOVED


def test_reader_gone(service, card_slot, pcscd_restart):
    session, result = identify(service, card_slot, "resident-amina")
    with session:
        assert isinstance(result, CardIdentified)
        pcscd_restart.stop()
        outcome = service.sign_in(session, result, bytearray(b"123456"))
        assert outcome.reason is F.READER_GONE
    pcscd_restart.start()


class ForgedSession:
    """A session whose card answers the challenge with someone else's signature."""

    def __init__(self, pki):
        self.pki = pki

    def select(self):
        return None

    def read_certificate(self, slot):
        creds = self.pki.credentials("resident-amina")
        return creds.card_cert if slot is KeySlot.CARD_AUTH else creds.auth_cert

    def authenticate(self, slot, challenge, algorithm=None):
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.asymmetric import ec, utils

        key = self.pki.credentials("resident-brian").card_key
        return key.sign(challenge, ec.ECDSA(utils.Prehashed(hashes.SHA256())))


def test_not_genuine_card(trust, demo_pki):
    result = CardAuthenticator(trust).identify(cast(CardSessionLike, ForgedSession(demo_pki)))
    assert isinstance(result, SignInFailed) and result.reason is F.NOT_GENUINE
