"""Home: the grid of services the resident can use, driven by configuration.

For a signed-in resident it also shows how many notices are unread (a line under the greeting
and on the "My notices" tile), counted off the GUI thread by
:class:`ui.services.city.notices.NoticeBadge` each time home is shown; a count that arrives
after the visitor changed is dropped, and the count is forgotten at sign-out (``wipe``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, QObject, QRect, Qt, Signal
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QStyle,
    QStylePainter,
    QVBoxLayout,
    QWidget,
)

from kiosk.session.machine import Role
from ui.assist import assist_for
from ui.services.registry import ServiceView
from ui.theme import Theme
from ui.widgets.base import Screen, WrapButton, button, isolate, label, set_text, text_lines

if TYPE_CHECKING:
    from kiosk.runtime.app import KioskCore
    from kiosk.session.machine import Identity

NOTICES = "notices"


class Tile(WrapButton):
    """A home tile: the service's title in bold on the first line, the description (and a
    notice count) under it in the regular weight. The button's text stays the whole text, so
    its size, accessible name and the audit's checks are the plain button's (the bold
    measurement is an upper bound for the regular lines)."""

    def paintEvent(self, event: QPaintEvent) -> None:
        title, _, rest = self.text().partition("\n")
        if not rest:
            super().paintEvent(event)
            return
        painter = QStylePainter(self)
        option = self._option("")
        painter.drawControl(QStyle.ControlElement.CE_PushButton, option)  # frame, no text
        box = self.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, self)
        bold = QFont(self.font())
        bold.setBold(True)
        regular = QFont(self.font())
        regular.setBold(False)
        width = self._text_width(self.width())
        blocks = [
            (bold, text_lines(title, bold, width)),
            (regular, text_lines(rest, regular, width)),
        ]
        height = sum(QFontMetrics(f).lineSpacing() * len(lines) for f, lines in blocks)
        top = box.top() + max(0, (box.height() - height) // 2)
        painter.setPen(self.palette().color(QPalette.ColorRole.ButtonText))
        for font, lines in blocks:
            painter.setFont(font)
            spacing = QFontMetrics(font).lineSpacing()
            for line in lines:
                rect = QRect(box.left(), top, box.width(), spacing)
                painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), line)
                top += spacing


class HomeScreen(Screen):
    """Signals:
    service_chosen(str): the resident opened a service by id.
    help_resident_requested(): a signed-in member of staff chose "Help a resident" (their
        session ends and the kiosk waits for the resident, :mod:`ui.handover`).
    practice_requested(): a signed-in member of staff chose "Start practice session" (#15.11,
        :mod:`ui.practice_session`).
    """

    screen_id = "home"
    service_chosen = Signal(str)
    help_resident_requested = Signal()
    practice_requested = Signal()

    def __init__(
        self, theme: Theme, services: list[ServiceView], parent: QWidget | None = None
    ) -> None:
        super().__init__(theme, parent)
        self._services = services
        self._name = ""
        self._role = Role.GUEST
        self._page = 0
        outer = self.vbox()
        self.greeting = label("title", name="home-greeting")
        outer.addWidget(self.greeting)
        self.prompt = label("subtitle", name="home-prompt")
        outer.addWidget(self.prompt)
        self.notices_line = label("body", name="home-notices")
        self.notices_line.hide()
        outer.addWidget(self.notices_line)
        # said before a resident starts a form that could not be saved (kiosk storage full)
        self.storage_line = label("notice", name="home-storage-full")
        self.storage_line.hide()
        outer.addWidget(self.storage_line)
        # staff only: hand the kiosk over to the next resident with an offer of help
        self.help_resident_button = button("primary", name="home-help-resident")
        self.help_resident_button.clicked.connect(self.help_resident_requested)
        self.help_resident_button.hide()
        outer.addWidget(self.help_resident_button)
        self.help_resident_line = label("body", name="home-help-resident-hint")
        self.help_resident_line.hide()
        outer.addWidget(self.help_resident_line)
        # staff only, when the kiosk can: made-up people to practise with (#15.11)
        self.practice_button = button(name="home-start-practice")
        self.practice_button.clicked.connect(self.practice_requested)
        self.practice_button.hide()
        outer.addWidget(self.practice_button)
        self.practice_line = label("body", name="home-start-practice-hint")
        self.practice_line.hide()
        outer.addWidget(self.practice_line)
        self._practice_offered = False
        self.unread: tuple[int, int] | None = None  # (unread, urgent) of the signed-in resident
        self._notice_generation = 0
        self._badges: set[QObject] = set()
        content = QWidget()
        grid_box = QVBoxLayout(content)
        grid_box.setContentsMargins(0, 0, 0, 0)
        self.grid = QGridLayout()
        self.grid.setSpacing(theme.spacing)
        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnStretch(1, 1)
        grid_box.addLayout(self.grid)
        grid_box.addStretch(1)
        self.tiles: dict[str, QPushButton] = {}
        for view in services:
            tile = Tile()
            tile.setProperty("role", "tile")
            tile.setObjectName(f"home-tile-{view.service_id}")
            tile.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            tile.setAutoDefault(False)
            tile.clicked.connect(lambda _=False, s=view.service_id: self.service_chosen.emit(s))
            self.tiles[view.service_id] = tile
        self._tile_area = self.scrolling(content)
        self._tile_area.installEventFilter(self)
        self._columns = 2
        outer.addWidget(self._tile_area, 1)
        # simplified mode: a few tiles a page, with "more choices" (A11Y-25)
        pager = QHBoxLayout()
        pager.setSpacing(theme.spacing)
        self.previous_button = button(name="home-previous")
        self.previous_button.clicked.connect(lambda: self.show_page(self._page - 1))
        self.more_button = button(name="home-more")
        self.more_button.clicked.connect(lambda: self.show_page(self._page + 1))
        pager.addWidget(self.previous_button)
        pager.addWidget(self.more_button)
        outer.addLayout(pager)
        self._relayout()
        self.retranslate()

    def _allowed(self) -> list[str]:
        return [v.service_id for v in self._services if self._role in v.roles]

    @property
    def page_count(self) -> int:
        per_page = self.theme.tiles_per_page
        if per_page is None:
            return 1
        return max(1, -(-len(self._allowed()) // per_page))

    def show_page(self, page: int) -> None:
        self._page = max(0, min(page, self.page_count - 1))
        self._relayout()
        self.retranslate()
        self.focus_first()

    def _relayout(self) -> None:
        while self.grid.count():
            self.grid.takeAt(0)
        for tile in self.tiles.values():
            tile.hide()
        allowed = self._allowed()
        per_page = self.theme.tiles_per_page
        columns = 2
        if per_page is not None:
            allowed = allowed[self._page * per_page : (self._page + 1) * per_page]
            columns = 1  # simplified: one column of large tiles across the whole width
        elif not self._two_columns_fit(allowed):
            columns = 1  # the longest words of two tiles side by side are wider than the screen
        self._columns = columns
        self.grid.setColumnStretch(1, 1 if columns == 2 else 0)
        for index, service_id in enumerate(allowed):
            tile = self.tiles[service_id]
            self.grid.addWidget(tile, index // columns, index % columns)
            tile.show()
        staff = self._role is Role.STAFF
        self.help_resident_button.setVisible(staff)
        self.help_resident_line.setVisible(staff)
        self.practice_button.setVisible(staff and self._practice_offered)
        self.practice_line.setVisible(staff and self._practice_offered)
        paged = self.page_count > 1
        self.previous_button.setVisible(paged and self._page > 0)
        self.more_button.setVisible(paged and self._page < self.page_count - 1)

    def _two_columns_fit(self, allowed: list[str]) -> bool:
        """Two tiles side by side fit the width (each at least as wide as its longest word,
        with room for the scroll bar): else one column, as at 200 % text in French."""
        room = self._tile_area.width() - self._tile_area.verticalScrollBar().sizeHint().width()
        widest = max((self.tiles[s].minimumSizeHint().width() for s in allowed), default=0)
        return room <= 0 or 2 * widest + self.grid.spacing() <= room

    def _fit_columns(self) -> None:
        """Lay the tiles out again when their texts or the width call for another number of
        columns."""
        if self.theme.tiles_per_page is None:
            wanted = 2 if self._two_columns_fit(self._allowed()) else 1
            if wanted != self._columns:
                self._relayout()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._tile_area and event.type() == QEvent.Type.Resize:
            self._fit_columns()  # the tiles' own width (it follows the window after a while)
        return False

    def apply_theme(self, theme: Theme) -> None:
        super().apply_theme(theme)
        self._page = 0
        self._relayout()
        self.retranslate()

    def title(self) -> str:
        return self.tr("What would you like to do?")

    def set_visitor(self, role: Role, name: str) -> None:
        self._role = role
        self._name = name
        self._page = 0
        self._relayout()
        self.retranslate()

    def offer_practice(self, offered: bool) -> None:
        """Offer a signed-in member of staff "Start practice session" (their card is in)."""
        self._practice_offered = offered
        self._relayout()

    def show_storage_full(self, full: bool) -> None:
        """Warn that new requests cannot be saved (the data disk is below its reserve), before
        anyone fills in a form only to be refused at the end (spoken too when speech is on)."""
        self.storage_line.setVisible(full)
        if full:
            assist = assist_for(self)
            if assist is not None:
                assist.announce(self.storage_line.text())

    def show_notices(self, core: KioskCore | None, identity: Identity) -> None:
        """Count the resident's unread notices off the GUI thread (nothing for guests, patrons
        or staff, while the kiosk is starting, or when My notices is not offered)."""
        self._notice_generation += 1
        if (
            core is None
            or not core.city.available
            or identity.role is not Role.RESIDENT
            or not identity.subject_id
            or NOTICES not in self.tiles
        ):
            return
        from ui.services.city.notices import NoticeBadge

        generation = self._notice_generation
        badge = NoticeBadge(self)
        self._badges.add(badge)

        def done(counts: tuple[int, int] | None) -> None:
            self._badges.discard(badge)
            badge.deleteLater()
            if generation == self._notice_generation:  # still the same visitor on home
                self.unread = counts
                self.retranslate()

        badge.counted.connect(lambda unread, urgent: done((unread, urgent)))
        badge.unavailable.connect(lambda: done(None))
        badge.refresh(core, identity.subject_id)

    def retranslate(self) -> None:
        if self._name:
            set_text(self.greeting, self.tr("Hello, %1").replace("%1", isolate(self._name)))
        else:
            set_text(self.greeting, self.tr("Hello"))
        self.prompt.setText(self.tr("Choose one.") if self.theme.simplified else self.title())
        set_text(
            self.storage_line,
            self.tr(
                "This kiosk cannot save new requests right now, because its storage is full. "
                "You can still look things up. To send a request, please use another kiosk or "
                "ask staff."
            ),
        )
        set_text(self.help_resident_button, self.tr("Help a resident"))
        self.help_resident_line.setText(
            self.tr(
                "Signs you out. The next person to sign in is asked whether they would like "
                "your help."
            )
        )
        set_text(self.practice_button, self.tr("Start practice session"))
        self.practice_line.setText(
            self.tr(
                "Signs you out and starts a practice session with made-up people: nothing is "
                "sent to the city. Leave your staff card in; taking it out ends the practice."
            )
        )
        set_text(self.previous_button, self.tr("Previous choices"))
        set_text(
            self.more_button,
            self.tr("More choices (page %1 of %2)")
            .replace("%1", str(self._page + 1))
            .replace("%2", str(self.page_count)),
        )
        badge = self._notices_text()
        set_text(self.notices_line, badge)
        self.notices_line.setVisible(bool(badge))
        grown = False  # a shown tile's text changed
        for view in self._services:
            tile = self.tiles[view.service_id]
            # simple mode: the title only, fewer words per screen
            text = view.title() if self.theme.simplified else f"{view.title()}\n{view.summary()}"
            name = view.title()
            if view.service_id == NOTICES and badge:
                text += f"\n{badge}"
                name += f", {badge}"
            grown |= tile.isVisible() and text != tile.text()
            tile.setText(text)
            tile.setAccessibleName(name)
            tile.setAccessibleDescription(view.summary())
        if grown:
            # a tile given new text after the grid was laid out (the notice count arrives late,
            # another language wraps longer) grew over the row below it: the grid keeps its old
            # row heights until it is told its items changed. Nothing is hidden, so the focus
            # stays where it is (hiding the focused tile moved it, and speech said so twice)
            placed: list[tuple[QPushButton, tuple[int, int, int, int]]] = []
            for tile in self.tiles.values():
                index = self.grid.indexOf(tile)
                if index >= 0:
                    position = cast(tuple[int, int, int, int], self.grid.getItemPosition(index))
                    placed.append((tile, position))
            for tile, _ in placed:
                self.grid.removeWidget(tile)
            for tile, (row, column, rows, columns) in placed:
                self.grid.addWidget(tile, row, column, rows, columns)
        self._fit_columns()

    def _notices_text(self) -> str:
        if not self.unread or not self.unread[0]:
            return ""
        unread, urgent = self.unread
        if unread == 1 and urgent:
            return self.tr("You have 1 unread notice, and it is urgent.")
        if urgent:
            return self.tr("You have %n unread notices, %1 urgent.", "", unread).replace(
                "%1", str(urgent)
            )
        return self.tr("You have %n unread notices.", "", unread)

    def wipe(self) -> None:
        self._notice_generation += 1  # a count still on its way is dropped
        self.unread = None
        self._name = ""
        self._role = Role.GUEST
        self._page = 0
        self._relayout()
        self.retranslate()

    def first_tile(self) -> QPushButton | None:
        for view in self._services:
            tile = self.tiles[view.service_id]
            if not tile.isHidden():
                return tile
        return None

    def focus_first(self) -> None:
        tile = self.first_tile()
        if not self.help_resident_button.isHidden():
            tile = self.help_resident_button  # staff: their action first
        if tile is not None:
            tile.setFocus(Qt.FocusReason.OtherFocusReason)
