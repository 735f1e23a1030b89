"""A page of a stacked widget that asks for room only while it is shown (card sign-in's panels,
the fingerprint step)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QStackedWidget, QWidget


class Panel(QWidget):
    """A panel of the screen's stack that asks for room only while it is shown.

    A stack is as tall as its tallest page (the PIN pad); a short panel would then scroll in
    landscape with its heading out of view. A hidden panel reports no size here instead.
    """

    def _hidden_in_stack(self) -> bool:
        stack = self.parentWidget()
        return isinstance(stack, QStackedWidget) and stack.currentWidget() is not self

    def sizeHint(self) -> QSize:
        return QSize(0, 0) if self._hidden_in_stack() else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        if self._hidden_in_stack():
            return QSize(0, 0)
        hint = super().minimumSizeHint()
        if self.width() > hint.width() and self.hasHeightForWidth():
            # wrapped text at the width it has, not at the narrowest width the layout allows
            return QSize(hint.width(), min(hint.height(), self.heightForWidth(self.width())))
        return hint

    def heightForWidth(self, width: int) -> int:
        return -1 if self._hidden_in_stack() else super().heightForWidth(width)
