"""The privacy notice before sign-in (PRIV-08), in layers.

Layer one is :func:`short_notice`: who is responsible, why, on what basis, for how long, the
resident's rights and whom to ask, in four sentences on the sign-in screen (spoken with it when
speech is on). Layer two is :class:`PrivacyPanel`, one tap away, with the same points in full and
a QR code of the complete notice online (``[privacy] notice_url``). Nothing here asks for consent:
the city's services rest on its public task; what is optional (the fingerprint, notices by
e-mail or text, statistics) is asked where it is used and changed in "My data and consent".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QLabel, QWidget

from kiosk.config import PrivacySection, site_text
from ui.overlay import Overlay
from ui.theme import Theme
from ui.widgets.base import button, isolate, label, paragraphs, set_paragraphs, set_text
from ui.widgets.qr import qr_pixmap, qr_png

QR_SIDE_PX = 260


def _language() -> str:
    """The session language (ui/i18n sets Qt's default locale to it on every switch)."""
    return QLocale().name().split("_")[0]


def controller_name(privacy: PrivacySection) -> str:
    """The configured controller in the session language where the site gives it (isolated:
    the site may write it in another language, and an address keeps its order inside an
    Arabic sentence), else the kiosk's translated words."""
    controller = site_text(privacy.controller, _language())
    if controller:
        return isolate(controller)
    return QCoreApplication.translate("Privacy", "The city's eCitizen office")


def contact(privacy: PrivacySection) -> str:
    """The configured contact in the session language where the site gives it (isolated: an
    e-mail address and a desk name keep their order and punctuation in an Arabic sentence),
    else the kiosk's translated words."""
    words = site_text(privacy.contact, _language())
    if words:
        return isolate(words)
    return QCoreApplication.translate("Privacy", "the eCitizen desk")


def short_notice(privacy: PrivacySection) -> str:
    """Layer one: the whole notice in four sentences."""
    return (
        QCoreApplication.translate(
            "Privacy",
            "%1 uses what you enter here only to give you the service you choose, as part of "
            "the city's public tasks. Nothing stays on this kiosk when you finish; a request "
            "waiting for the network is kept encrypted until the city has received it. You can "
            'see, correct or delete your data, and withdraw any choice you made, in "My data '
            'and consent". Questions: %2.',
        )
        .replace("%1", controller_name(privacy))
        .replace("%2", contact(privacy))
    )


class PrivacyPanel(Overlay):
    """Layer two: the notice in full, and the complete text online as a QR code."""

    SECTIONS = ("who", "why", "kept", "rights", "choices", "contact")

    def __init__(self, theme: Theme, parent: QWidget, privacy: PrivacySection) -> None:
        super().__init__(theme, parent, "privacy-panel")
        self._privacy = privacy
        self.heading = label("title", name="privacy-title")
        self.card_layout.addWidget(self.heading)
        self.parts = paragraphs(self.card_layout, "privacy", self.SECTIONS)
        self.qr = QLabel()
        self.qr.setObjectName("privacy-qr")
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr_caption = label("body", name="privacy-qr-caption", centred=True)
        self.card_layout.addWidget(self.qr)
        self.card_layout.addWidget(self.qr_caption)
        if privacy.notice_url:
            self.qr.setPixmap(qr_pixmap(qr_png(privacy.notice_url, robust=True), QR_SIDE_PX))
        self.qr.setVisible(bool(privacy.notice_url))
        self.qr_caption.setVisible(bool(privacy.notice_url))
        self.close_button = button("primary", name="privacy-close")
        self.close_button.clicked.connect(self.close_overlay)
        self.card_layout.addWidget(self.close_button)
        self.retranslate()

    def focus_target(self) -> QWidget | None:
        return self.close_button

    def retranslate(self) -> None:
        privacy = self._privacy
        set_text(self.heading, self.tr("How the city uses your data"))
        texts = {
            "who": (
                self.tr("Who is responsible"),
                self.tr("%1 is responsible for the data you give at this kiosk.").replace(
                    "%1", controller_name(privacy)
                ),
            ),
            "why": (
                self.tr("Why, and on what basis"),
                self.tr(
                    "Only to give you the service you choose: a payment, a booking, a report, "
                    "an application, a signature or an answer. The city does this as part of "
                    "its public tasks; nothing is used for advertising or sold."
                ),
            ),
            "kept": (
                self.tr("How long it is kept"),
                self.tr(
                    "Nothing stays on this kiosk when you finish, take your card out or leave "
                    "it alone for a while. A request waiting for the network is kept encrypted "
                    "on the kiosk until the city has received it, then deleted. The city keeps "
                    "your request as long as the law requires for that service."
                ),
            ),
            "rights": (
                self.tr("Your rights"),
                self.tr(
                    "You can see the data the city holds about you, have it corrected or "
                    'deleted, get a copy, and object. Use "My data and consent" after signing '
                    "in, or ask at the desk. You can also complain to the data protection "
                    "authority."
                ),
            ),
            "choices": (
                self.tr("Your choices"),
                self.tr(
                    "Confirming with your fingerprint is offered each time and never needed: "
                    "your PIN is enough, and the fingerprint is not kept. Notices by e-mail or "
                    "text message, and counting your visits in the city's anonymous statistics, "
                    'are your choices: see and change them in "My data and consent", as '
                    "easily as you made them."
                ),
            ),
            "contact": (
                self.tr("Questions"),
                self.tr("Ask %1.").replace("%1", contact(privacy)),
            ),
        }
        set_paragraphs(self.parts, texts)
        self.qr_caption.setText(self.tr("Scan to read the complete notice on your phone."))
        self.qr.setAccessibleName(self.tr("QR code of the complete privacy notice"))
        set_text(self.close_button, self.tr("Close"))
