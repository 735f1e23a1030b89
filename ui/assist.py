"""What a widget may ask of its window's inclusion features, without knowing the window.

A step, a form or a panel deep inside the window sometimes needs the window's inclusion
features: say a message aloud (A11Y-07), read a receipt (A11Y-06), give a field the on-screen
keyboard, or ask a helping member of staff to step back before a resident-only step (AD-02).
It must not import :class:`ui.main_window.MainWindow` or :class:`ui.inclusion.Inclusion` for
that (both sit far above it and import the screens), so it asks this module: the window's
:class:`ui.inclusion.Inclusion` registers itself here when it is built (:func:`register`), and
:func:`assist_for` finds it from any widget of that window. This is the bottom of ``ui``: it
imports only Qt, the keyboard and a kiosk value, the way qutebrowser's ``message.global_bridge``
lets low code speak without importing the window.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Protocol

from PySide6.QtWidgets import QWidget

from kiosk.records.receipts import RenderedReceipt
from ui.keyboard import OnScreenKeyboard


class Assist(Protocol):
    """The inclusion features a widget may use (implemented by :class:`ui.inclusion.Inclusion`).

    Attributes:
        keyboard: the window's on-screen keyboard (``attach``, ``show_for``, ``hide_keyboard``).
    """

    @property
    def keyboard(self) -> OnScreenKeyboard: ...

    def announce(self, text: str) -> None:
        """Say a message that appeared on screen, after what is being said (speech on only)."""

    def read_receipt(self, rendered: RenderedReceipt) -> None:
        """Read a rendered receipt aloud, line by line (speech on only)."""

    def ask_helper_to_step_back(
        self, step: str, on_ready: Callable[[], None] | None = None
    ) -> bool:
        """Before a resident-only step: ask a helper to step back, then run ``on_ready``."""


_REGISTRY: weakref.WeakKeyDictionary[QWidget, Assist] = weakref.WeakKeyDictionary()


def register(window: QWidget, assist: Assist) -> None:
    """Make ``assist`` the inclusion features of every widget in ``window`` (at start-up)."""
    _REGISTRY[window] = assist


def assist_for(widget: QWidget) -> Assist | None:
    """The inclusion features of the window ``widget`` is in (None before they are attached,
    or for a widget not in a kiosk window)."""
    return _REGISTRY.get(widget.window())
