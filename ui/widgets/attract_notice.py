"""A notice across the top of the attract screen: a heading and a line of text, and one button
for staff under them on a portrait screen, beside them on a landscape one (where the attract
screen has no height to spare). The handover notice and the practice notice are such notices."""

from __future__ import annotations

from typing import Protocol, Self

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QFrame, QScrollArea, QVBoxLayout, QWidget

from ui.widgets.base import LANDSCAPE_RATIO, button, label


class NoticeHost(Protocol):
    """What a notice needs of the attract screen it is on."""

    page_area: QScrollArea

    def set_notice_shown(self, shown: bool) -> None:
        """A notice is shown (or not): the screen makes room for it."""


class AttractNotice(QFrame):
    """Subclasses name it (``notice_id``, ``role``, ``button_name``) and set the texts of
    ``heading``, ``body`` and ``button`` in :meth:`retranslate`."""

    notice_id = "attract-notice"
    role = ""
    button_name = "attract-notice-button"
    button_alignment = Qt.AlignmentFlag.AlignCenter

    def __init__(self, parent: QWidget | None = None, attract: NoticeHost | None = None) -> None:
        super().__init__(parent)
        self._attract = attract
        self.setObjectName(self.notice_id)
        self.setProperty("role", self.role)
        self.columns = QBoxLayout(QBoxLayout.Direction.TopToBottom, self)
        self.columns.setContentsMargins(12, 8, 12, 8)
        self.columns.setSpacing(6)
        texts = QVBoxLayout()
        texts.setSpacing(4)
        self.heading = label("subtitle", name=f"{self.notice_id}-title", centred=True)
        self.body = label("body", name=f"{self.notice_id}-body", centred=True)
        self.button = button(name=self.button_name)
        texts.addWidget(self.heading)
        texts.addWidget(self.body)
        self.columns.addLayout(texts, 1)
        self.columns.addWidget(self.button, 0, self.button_alignment)

    @classmethod
    def on(cls, attract: NoticeHost) -> Self:
        """The notice of ``attract``, put across the top of its page the first time (above
        both columns of a landscape screen, so it takes few lines)."""
        page = attract.page_area.widget()
        found = page.findChild(cls, cls.notice_id)
        if found is not None:
            return found
        layout = page.layout()
        assert isinstance(layout, QVBoxLayout)
        notice = cls(page, attract)
        layout.insertWidget(0, notice)
        return notice

    def resizeEvent(self, event: QResizeEvent) -> None:
        screen = self.window().size()
        wide = screen.width() > screen.height() * LANDSCAPE_RATIO
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if direction is not self.columns.direction():
            self.columns.setDirection(direction)  # LeftToRight mirrors in right-to-left
        super().resizeEvent(event)

    def retranslate(self) -> None:
        """Set every visible text."""

    def text(self) -> str:
        """What the notice says (for speech)."""
        return f"{self.heading.text()}. {self.body.text()}"

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
