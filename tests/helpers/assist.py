"""An :class:`ui.assist.Assist` that records what widgets asked of their window's inclusion
features, for widget tests that run without the kiosk window (``ui.assist.register`` it on the
test's window)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from kiosk.records.receipts import RenderedReceipt
from ui.keyboard import OnScreenKeyboard
from ui.theme import Theme


class Recorder:
    """An :class:`Assist` that records what widgets asked of it."""

    def __init__(self, window: QWidget, keyboard: OnScreenKeyboard | None = None) -> None:
        self._keyboard = keyboard if keyboard is not None else OnScreenKeyboard(Theme(), window)
        self.said: list[str] = []
        self.steps: list[str] = []

    @property
    def keyboard(self) -> OnScreenKeyboard:
        return self._keyboard

    def announce(self, text: str) -> None:
        self.said.append(text)

    def read_receipt(self, rendered: RenderedReceipt) -> None:
        self.said.append(" ".join(line.text for line in rendered.lines))

    def ask_helper_to_step_back(
        self, step: str, on_ready: Callable[[], None] | None = None
    ) -> bool:
        self.steps.append(step)
        if on_ready is not None:
            on_ready()
        return False
