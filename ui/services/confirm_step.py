"""The check step before anything consequential (GOV.UK "check answers"; an ATM's "Pay 45.20
EUR?"): it restates what will happen in the service's words, with its facts, and offers a clear
primary "Yes, …" and a "No, go back".

Used by bill payment, library fee payment and renewal, and booking, changing and cancelling an
appointment. "Yes" runs the action once: the button is disabled from the first tap on (a second
tap, or a tap queued while the first one is handled, does nothing), so a payment can never be
sent twice from one check step. "No, go back" (and the screen's Back) returns to the step
before, having done nothing.

Texts are callables so the step follows a language change::

    screen.push(CheckStep(
        screen,
        question=lambda: tr("Pay %1 for your water bill?"),
        facts=lambda: [due_line],
        yes=lambda: tr("Yes, pay %1"),
        on_yes=pay,
    ))
"""

from __future__ import annotations

from collections.abc import Callable

from ui.services.base import ServiceScreen, Step
from ui.services.step import page
from ui.widgets.base import button, label, set_text


class CheckStep(Step):
    """Signals: none; ``on_yes`` is called (once) when the resident confirms.

    Attributes:
        confirmed: True once "Yes" was tapped.
    """

    step_id = "confirm"
    final = True  # the screen's Back is replaced by this step's own "No, go back"

    def __init__(
        self,
        screen: ServiceScreen,
        *,
        question: Callable[[], str],
        facts: Callable[[], list[str]],
        yes: Callable[[], str],
        on_yes: Callable[[], None],
        title: Callable[[], str] | None = None,
        name: str = "confirm",
    ) -> None:
        super().__init__(screen)
        self.setObjectName(name)
        self._question = question
        self._facts = facts
        self._yes = yes
        self._title = title
        self._on_yes = on_yes
        self.confirmed = False
        self.question = label("title", name=f"{name}-question")
        self.facts = label("subtitle", name=f"{name}-facts")
        self.yes_button = button("primary", name=f"{name}-yes")
        self.no_button = button(name=f"{name}-no")
        page(self, self.question, self.facts, self.yes_button, self.no_button)
        self.yes_button.clicked.connect(self.confirm)
        self.no_button.clicked.connect(self.go_back)

    def title(self) -> str:
        return self._title() if self._title is not None else self.tr("Check before you confirm")

    def confirm(self) -> None:
        if self.confirmed or self.service.busy:
            return
        self.confirmed = True
        self.yes_button.setEnabled(False)
        self._on_yes()

    def go_back(self) -> None:
        if self.service.busy:
            return
        if self.service.current is self:
            self.service.back()

    def retranslate(self) -> None:
        set_text(self.question, self._question())
        facts = [line for line in self._facts() if line]
        set_text(self.facts, "\n".join(facts))
        self.facts.setVisible(bool(facts))
        set_text(self.yes_button, self._yes())
        set_text(self.no_button, self.tr("No, go back"))
