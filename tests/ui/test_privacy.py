"""PRIV-08: the privacy notice before sign-in, in layers. Layer one on the sign-in screen (and
spoken with it), layer two one tap away with a QR code of the full notice, also from the PIN step
of a card sign-in."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from PySide6.QtCore import QBuffer, QIODevice
from pytestqt.qtbot import QtBot

from kiosk.config import PrivacySection, site_text
from kiosk.text.bidi import FSI, PDI
from ui.main import KioskApplication
from ui.privacy import PrivacyPanel, short_notice

from .accessibility import Spoken, click, compiled_translations, kiosk, language_button, mock_tts

__all__ = ["compiled_translations", "kiosk", "mock_tts"]

pytestmark = pytest.mark.qt_log_ignore("pipewire")


def to_sign_in(qtbot: QtBot, kiosk: KioskApplication) -> None:
    click(qtbot, kiosk.window.attract.start_button)
    click(qtbot, language_button(kiosk, "en"))
    assert kiosk.window.current_screen() is kiosk.window.sign_in


def qr_text(panel: PrivacyPanel) -> str:
    """Decode the panel's QR code as a phone would (OpenCV's detector on the rendered image)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert panel.qr.pixmap().save(buffer, "PNG")
    image = cv2.imdecode(np.frombuffer(bytes(buffer.data()), np.uint8), cv2.IMREAD_GRAYSCALE)
    text, _points, _ = cv2.QRCodeDetector().detectAndDecode(image)
    return str(text)


def test_short_notice_before_sign_in_and_the_full_one_behind_it(
    qtbot: QtBot, kiosk: KioskApplication
) -> None:
    privacy = kiosk.config.privacy
    to_sign_in(qtbot, kiosk)
    screen = kiosk.window.sign_in
    notice = screen.privacy_notice.text()
    assert notice == short_notice(privacy)
    assert "The city's eCitizen office" in notice  # no controller configured: the kiosk's words
    assert site_text(privacy.contact, "en") in notice  # the demo's contact, in English
    for point in ("only to give you the service you choose", "public tasks", "encrypted"):
        assert point in notice
    assert '"My data and consent"' in notice  # rights, and withdrawing choices
    click(qtbot, screen.privacy_button)
    panel = kiosk.window.privacy_panel
    qtbot.waitUntil(panel.isVisible)
    headings = [panel.parts[key][0].text() for key in PrivacyPanel.SECTIONS]
    assert headings == [
        "Who is responsible",
        "Why, and on what basis",
        "How long it is kept",
        "Your rights",
        "Your choices",
        "Questions",
    ]
    assert panel.qr.isVisible() and qr_text(panel) == privacy.notice_url
    click(qtbot, panel.close_button)
    assert not panel.isVisible()
    assert kiosk.window.current_screen() is screen


def test_notice_is_spoken_with_the_sign_in_screen(qtbot: QtBot, kiosk: KioskApplication) -> None:
    spoken = Spoken(kiosk)
    click(qtbot, kiosk.window.attract.toggles["speech"])
    to_sign_in(qtbot, kiosk)
    qtbot.waitUntil(lambda: short_notice(kiosk.config.privacy) in spoken.all, timeout=5000)


def test_the_sites_contact_in_the_residents_language(qtbot: QtBot, kiosk: KioskApplication) -> None:
    """The demo site gives its contact per language (#16.10): an Arabic resident reads the
    Arabic one (Arabic words first, so the isolate runs right to left), a French resident the
    French one; a language the site has no words for gets the English ones."""
    to_sign_in(qtbot, kiosk)
    panel = kiosk.window.privacy_panel
    arabic = "مكتب eCitizen أو privacy@ecitizen.city.example"
    english = "privacy@ecitizen.city.example, or the eCitizen desk"
    kiosk.controller.set_language("ar")
    qtbot.waitUntil(lambda: kiosk.translations.language == "ar", timeout=5000)
    notice = kiosk.window.sign_in.privacy_notice
    qtbot.waitUntil(lambda: f"{FSI}{arabic}{PDI}" in notice.text(), timeout=5000)
    click(qtbot, kiosk.window.sign_in.privacy_button)
    qtbot.waitUntil(panel.isVisible)
    shown = panel.parts["contact"][1].text()
    assert f"{FSI}{arabic}{PDI}" in shown and english not in shown
    kiosk.controller.set_language("fr")
    qtbot.waitUntil(lambda: kiosk.translations.language == "fr", timeout=5000)
    french = "privacy@ecitizen.city.example ou le guichet eCitizen"
    qtbot.waitUntil(lambda: f"{FSI}{french}{PDI}" in panel.parts["contact"][1].text())
    click(qtbot, panel.close_button)
    only_some = PrivacySection(contact={"en": "dpo@city.example", "es": "dpo@city.example (es)"})
    assert site_text(only_some.contact, "ar") == "dpo@city.example"
    assert site_text(only_some.contact, "es") == "dpo@city.example (es)"


def test_site_settings_and_no_qr_without_a_url(qtbot: QtBot, kiosk: KioskApplication) -> None:
    privacy = PrivacySection(controller="City of Example", contact="dpo@city.example")
    panel = PrivacyPanel(kiosk.window.theme, kiosk.window, privacy)
    try:
        panel.open()
        # the site's own words are isolated runs: an address or e-mail keeps its order and
        # its full stop inside an Arabic sentence
        who = panel.parts["who"][1].text()
        assert who.startswith(f"{FSI}City of Example{PDI} is responsible")
        assert panel.parts["contact"][1].text() == f"Ask {FSI}dpo@city.example{PDI}."
        assert not panel.qr.isVisible() and not panel.qr_caption.isVisible()
        assert short_notice(privacy).startswith(f"{FSI}City of Example{PDI} uses what you enter")
    finally:
        panel.close_overlay()
        panel.deleteLater()
