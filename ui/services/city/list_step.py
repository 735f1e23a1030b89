"""The list page the city services share, and how they ask the city for what it lists.

:class:`ListStep` is an intro line over a column of large buttons, one per item (bills, free
times, bookings, notices, projects...), each opening what it names. A service says how an item
is named, worded and chosen; the step builds the buttons, words them again on a language change
(the city's words each in their own direction, and "Shown in English" once when some are not in
the resident's language) and forgets them when the session ends.

:func:`ask_city` runs one read call of the city off the GUI thread, or says the city cannot be
reached when the kiosk has no gateway yet; :func:`city_error_text` is the plain sentence for
what went wrong.
"""

from __future__ import annotations

from abc import abstractmethod
from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from kiosk.services.backend_errors import BackendError
from kiosk.services.city import CityServices
from ui.formatting import ShownWords
from ui.services.city.common import ButtonList
from ui.services.step import Step, StepHost, page
from ui.widgets.base import label, set_text

T = TypeVar("T")
R = TypeVar("R")

_ITEM_HOOKS = ("item_name", "item_text")


def ask_city(
    step: Step,
    call: Callable[[CityServices], R],
    on_result: Callable[[R], object],
    on_error: Callable[[Exception], None] | None = None,
    *,
    busy_text: str = "",
) -> None:
    """Run ``call`` with the city's services off the GUI thread (the screen is busy meanwhile);
    without a gateway the screen says the city cannot be reached and nothing runs."""
    screen = step.service
    city = screen.context.city
    if not city.available:
        screen.show_message(screen.error_text("offline"))
        return
    screen.run(lambda: call(city), on_result, on_error, busy_text=busy_text)


def city_error_text(screen: StepHost, error: Exception) -> str:
    """The screen's sentence for a failed city call: by the back end's error key, else as when
    the city cannot be reached."""
    key = error.key if isinstance(error, BackendError) else ""
    return screen.error_text(key or "gateway.unavailable")


class ListStep(Step, Generic[T]):
    """An intro line over one large button per item.

    Subclasses set ``intro_name`` (the intro label's object name) and say:
    :meth:`item_name` (a button's object name), :meth:`item_text` (its words; the city's through
    ``words``), :meth:`chosen` (a tap) and :meth:`intro_text`. :meth:`show_items` (re)builds the
    buttons, e.g. when the city answered.

    Attributes:
        items: what the buttons stand for, in order.
        intro: the line above the buttons.
        list: the buttons.
    """

    intro_name = "list-intro"
    button_style = ""

    def __init__(self, screen: StepHost, items: Sequence[T] = ()) -> None:
        super().__init__(screen)
        self.items: tuple[T, ...] = ()
        self.intro = label("body", name=self.intro_name)
        self.list = ButtonList(style=self.button_style)
        page(self, self.intro, self.list)
        if items:
            self.show_items(items, retranslate=False)

    def __init_subclass__(cls, **kwargs: object) -> None:
        """Every list names and words its items: a subclass that leaves one of the two
        abstract methods out is refused when it is defined (Qt's object construction skips
        the ``abc`` instantiation check, so it is made here)."""
        super().__init_subclass__(**kwargs)
        left = [n for n in _ITEM_HOOKS if getattr(getattr(cls, n), "__isabstractmethod__", False)]
        if left:
            raise TypeError(f"{cls.__name__} does not define {', '.join(left)}")

    @abstractmethod
    def item_name(self, item: T) -> str:
        """The object name of ``item``'s button (stable across languages)."""

    @abstractmethod
    def item_text(self, item: T, words: ShownWords) -> str:
        """What ``item``'s button says, in the resident's language."""

    def chosen(self, item: T) -> None:
        """The resident tapped ``item``."""

    def intro_text(self) -> str:
        return ""

    def show_items(self, items: Sequence[T], *, retranslate: bool = True) -> None:
        """One button per item (those shown before are dropped)."""
        self.items = tuple(items)
        buttons = self.list.set_items([(self.item_name(item), "") for item in self.items])
        for widget, item in zip(buttons, self.items, strict=True):
            widget.clicked.connect(lambda _=False, i=item: self.chosen(i))
        if retranslate:
            self.retranslate()

    def retranslate(self) -> None:
        set_text(self.intro, self.intro_text())
        words = self.words()  # the city's words, each in its own direction
        self.list.set_texts([self.item_text(item, words) for item in self.items])
        self.note_words(words)

    def wipe(self) -> None:
        self.items = ()
        self.list.set_items([])
