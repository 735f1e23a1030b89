"""A declaration signed by the real (emulated) card: sign in with card + PIN in pcscd + vpcd,
then sign a petition; the card's GENERAL AUTHENTICATE (slot 9A) signs the SHA-256 digest and
the demo city accepts the signature block."""

from __future__ import annotations

import base64

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa, utils
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from kiosk.identity.signing import document_digest
from kiosk.services.participation import PETITION_STATEMENT
from kiosk.session.machine import State
from tests.helpers.card_kiosk import type_pin, wait_pin_panel
from ui.main import KioskApplication
from ui.services.base import ServiceScreen
from ui.services.participation import PetitionStep
from ui.services.receipt import ReceiptStep

pytestmark = pytest.mark.pcsc


def test_petition_signed_by_the_card(qtbot: QtBot, card_kiosk: KioskApplication) -> None:
    demo = card_kiosk.core.demo
    assert demo is not None and demo.city is not None
    next(iter(demo.card_slots.values())).insert("resident-amina")
    window = card_kiosk.window
    wait_pin_panel(qtbot, card_kiosk, 30000)
    type_pin(qtbot, card_kiosk, "123456")
    qtbot.waitUntil(lambda: card_kiosk.core.session.state is State.HOME, timeout=30000)
    tile = window.findChild(QPushButton, "home-tile-petitions")
    assert tile is not None
    while not tile.isVisible():
        window.home.more_button.click()
    tile.click()
    service = window.service_screen
    assert isinstance(service, ServiceScreen)
    qtbot.waitUntil(lambda: not service.busy, timeout=20000)
    item = next(
        b
        for b in service.findChildren(QPushButton)
        if b.objectName().startswith("petitions-item-") and "Library" in b.text()
    )
    item.click()
    qtbot.waitUntil(lambda: isinstance(service.current, PetitionStep), timeout=20000)
    service.next_button.click()
    qtbot.waitUntil(lambda: isinstance(service.current, ReceiptStep), timeout=30000)
    [signature] = demo.city.gateway_state.signatures["PET-002"].values()
    block = signature["signature"]
    digest = document_digest({"petition_id": "PET-002", "statement": PETITION_STATEMENT})
    assert block["document_sha256"] == digest.hex()
    certificate = x509.load_der_x509_certificate(base64.b64decode(block["certificate_base64"]))
    key = certificate.public_key()
    raw = base64.b64decode(block["signature_base64"])
    if isinstance(key, ec.EllipticCurvePublicKey):
        key.verify(raw, digest, ec.ECDSA(utils.Prehashed(hashes.SHA256())))
    else:
        assert isinstance(key, rsa.RSAPublicKey)
        key.verify(raw, digest, padding.PKCS1v15(), utils.Prehashed(hashes.SHA256()))
