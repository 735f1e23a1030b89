"""Take your card (issue #15.7): shown after a session ended with the card still in the reader.

ATM convention: the session's data is already wiped when this screen appears (it shows nothing
personal), a beep sounds and repeats, the title is spoken when speech is on, and a drawn card
slides out of a reader slot as a strong visual cue. The main window leaves this screen for the
attract screen when the card comes out, or after :data:`WAIT_S` seconds anyway (the attract
screen then tells the next person that a card was left behind).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QApplication, QSizePolicy, QWidget

from ui.theme import Theme
from ui.widgets.base import Screen, label, set_text

WAIT_S = 60
"""How long the screen waits for the card to be taken before going back to attract."""
BEEP_EVERY_MS = 4000
"""The beep repeats this often until the card is taken (or the wait is over)."""
FRAME_MS = 80
"""Animation step of the card sliding out of the reader."""


class CardOutPicture(QWidget):
    """A reader slot with a card sliding out of it, over and over (drawn, no image files)."""

    STEPS = 16

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("take-card-picture")
        self.theme = theme
        self.step = 0
        self._timer = QTimer(self)
        self._timer.setInterval(FRAME_MS)
        self._timer.timeout.connect(self._advance)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(self.theme.min_target * 4, self.theme.min_target * 4)

    def minimumSizeHint(self) -> QSize:
        return QSize(self.theme.min_target * 2, self.theme.min_target * 2)

    def start(self) -> None:
        self.step = 0
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def _advance(self) -> None:
        self.step = (self.step + 1) % self.STEPS
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = self.theme.palette
        side = min(self.width(), self.height())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(QPointF((self.width() - side) / 2, (self.height() - side) / 2))
        # the reader: a dark slab with a slot near its bottom
        reader = QRectF(side * 0.1, side * 0.62, side * 0.8, side * 0.3)
        painter.setPen(QPen(QColor(p.border), max(2.0, side / 80)))
        painter.setBrush(QColor(p.surface))
        painter.drawRoundedRect(reader, side / 30, side / 30)
        slot_y = reader.top() + reader.height() * 0.25
        # the card, rising out of the slot as the animation runs
        rise = side * 0.45 * (self.step / (self.STEPS - 1))
        card = QRectF(side * 0.25, slot_y - side * 0.1 - rise, side * 0.5, side * 0.32)
        painter.save()
        painter.setClipRect(QRectF(0, 0, side, slot_y))
        painter.setPen(QPen(QColor(p.text), max(2.0, side / 100)))
        painter.setBrush(QColor(p.primary))
        painter.drawRoundedRect(card, side / 40, side / 40)
        chip = QRectF(card.left() + card.width() * 0.12, card.top() + card.height() * 0.3,
                      card.width() * 0.2, card.height() * 0.3)  # fmt: skip
        painter.setBrush(QColor(p.primary_text))
        painter.drawRoundedRect(chip, side / 120, side / 120)
        painter.restore()
        painter.setPen(QPen(QColor(p.danger), max(3.0, side / 60)))
        painter.drawLine(int(reader.left() + side * 0.1), int(slot_y),
                         int(reader.right() - side * 0.1), int(slot_y))  # fmt: skip
        # an arrow pointing up, away from the reader
        painter.setPen(QPen(QColor(p.danger), max(4.0, side / 40)))
        x, top = side * 0.88, side * 0.08
        painter.drawLine(int(x), int(side * 0.5), int(x), int(top))
        painter.drawLine(int(x), int(top), int(x - side * 0.06), int(top + side * 0.08))
        painter.drawLine(int(x), int(top), int(x + side * 0.06), int(top + side * 0.08))
        painter.end()


class TakeCardScreen(Screen):
    """Signals:
    beeped(): the attention beep sounded (once on showing, then every :data:`BEEP_EVERY_MS`).
    waited_out(): :data:`WAIT_S` seconds passed and the card is still in.
    """

    screen_id = "take-card"
    beeped = Signal()
    waited_out = Signal()

    def __init__(self, theme: Theme, parent: QWidget | None = None, wait_s: float = WAIT_S) -> None:
        super().__init__(theme, parent)
        page = self.vbox()
        page.addStretch(1)
        self.heading = label("notice", name="take-card-title", centred=True)
        self.heading.setStyleSheet(f"font-size: {theme.font_px(2.4)}px;")
        page.addWidget(self.heading)
        self.picture = CardOutPicture(theme, self)
        page.addWidget(self.picture, 3)
        self.body = label("body", name="take-card-text", centred=True)
        page.addWidget(self.body)
        page.addStretch(1)
        self._beep = QTimer(self)
        self._beep.setInterval(BEEP_EVERY_MS)
        self._beep.timeout.connect(self._sound)
        self._wait = QTimer(self)
        self._wait.setSingleShot(True)
        self._wait.setInterval(int(wait_s * 1000))
        self._wait.timeout.connect(self._waited_out)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Take your card")

    def retranslate(self) -> None:
        set_text(self.heading, self.tr("Take your card"))
        set_text(
            self.body,
            self.tr(
                "Your session has ended and your details were cleared from this kiosk. "
                "Please take your card from the reader."
            ),
        )

    def apply_theme(self, theme: Theme) -> None:
        super().apply_theme(theme)
        self.picture.theme = theme
        self.heading.setStyleSheet(f"font-size: {theme.font_px(2.4)}px;")
        self.picture.update()

    @property
    def waiting(self) -> bool:
        return self._wait.isActive()

    def begin(self) -> None:
        """Start waiting for the card: beep now and again, animate, start the bounded wait."""
        self.picture.start()
        self._wait.start()
        self._beep.start()
        self._sound()

    def finish(self) -> None:
        """The card was taken (or the wait is over): stop sounds, animation and the wait."""
        self._wait.stop()
        self._beep.stop()
        self.picture.stop()

    def _sound(self) -> None:
        QApplication.beep()
        self.beeped.emit()

    def _waited_out(self) -> None:
        self.finish()
        self.waited_out.emit()

    def wipe(self) -> None:
        self.finish()
