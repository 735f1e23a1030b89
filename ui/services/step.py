"""A page of a service (:class:`Step`) and what it may ask of the screen it is on
(:class:`StepHost`, implemented by :class:`ui.services.base.ServiceScreen`).

Steps live here, below the service screen, so that the steps every service shares (the
receipt, the feedback comment, confirmations) and the screen that shows them do not import
each other: :mod:`ui.services.base` imports this module and the receipt, never the other way.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar

from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.formatting import ShownWords
from ui.services.context import ServiceContext
from ui.theme import Theme

T = TypeVar("T")


class StepHost(Protocol):
    """What a :class:`Step` uses of the service screen it is on.

    Attributes:
        context: the service context (theme, config, controller, core, sync, language).
        theme: the screen's theme.
    """

    context: ServiceContext
    theme: Theme
    service_id: str

    @property
    def current(self) -> Step | None:
        """The step on top of the stack."""

    @property
    def busy(self) -> bool:
        """A back-end job runs (navigation is disabled)."""

    def push(self, step: Step) -> Step:
        """Show ``step`` on top of the stack."""

    def pop_to(self, step: Step) -> None:
        """Go back to ``step`` (dropping those above it)."""

    def back(self) -> None:
        """Back: the previous step, or leave the service from the first one."""

    def leave(self) -> None:
        """Leave the service (home)."""

    def show_message(self, text: str) -> None:
        """A message under the step (errors, offline notes)."""

    def update_language_notice(self) -> None:
        """Show (or hide) the notice for the current step's texts in another language."""

    def error_text(self, key: str) -> str:
        """A plain sentence for an error key (network, queue, refusal)."""

    def count(self, counter: str) -> None:
        """Count an anonymous event for planners."""

    def run(
        self,
        fn: Callable[[], T],
        on_result: Callable[[T], object],
        on_error: Callable[[Exception], None] | None = None,
        *,
        busy_text: str = "",
    ) -> None:
        """Run ``fn`` off the GUI thread; ``on_result``/``on_error`` run on the GUI thread."""


class Step(QWidget):
    """One page of a service. Subclasses build widgets in ``__init__`` and set texts in
    :meth:`retranslate` (called again on language change).

    ``advance()`` runs when Next is pressed; ``next_text()`` is the Next button's text, or ""
    to hide it (steps with their own choice buttons). ``wipe()`` clears what the resident
    entered (free text, photos) when the session ends.
    """

    step_id = "step"
    foreign_languages: frozenset[str] = frozenset()
    """Languages of back-end texts this step shows that are not the resident's (see
    :meth:`note_words`)."""

    def __init__(self, screen: StepHost) -> None:
        super().__init__()
        self.service = screen
        self.setObjectName(self.step_id)

    def words(self) -> ShownWords:
        """A collector for the back-end texts this step shows: each comes back isolated in its
        own direction; pass it to :meth:`note_words` when the texts are set."""
        return ShownWords(self.service.context.language)

    def note_words(self, words: ShownWords) -> None:
        """Tell the screen which texts shown were not in the resident's language: it says so
        once, under the step's title ("Shown in English: ..."), not on every line."""
        self.foreign_languages = frozenset(words.foreign)
        self.service.update_language_notice()

    def title(self) -> str:
        return ""

    def next_text(self) -> str:
        return ""

    def advance(self) -> None:
        """Next was pressed."""

    def retranslate(self) -> None:
        """Set every visible text."""

    def wipe(self) -> None:
        """Forget what the resident entered here."""

    def shown(self) -> None:
        """The step became the current one."""


def column(step: Step) -> QVBoxLayout:
    """A plain vertical layout without margins for a step's content."""
    layout = QVBoxLayout(step)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(step.service.theme.spacing // 2)
    return layout


def page(step: Step, *widgets: QWidget) -> QVBoxLayout:
    """A step's content: ``widgets`` one under the other from the top (a :func:`column`), the
    room left below them."""
    layout = column(step)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    return layout
