"""Home: the grid of services the resident can use, driven by configuration."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from kiosk.session import Role
from ui.screens.base import Screen, button, isolate, label, set_text
from ui.services.registry import ServiceView
from ui.theme import Theme


class HomeScreen(Screen):
    """Signals:
    service_chosen(str): the resident opened a service by id.
    """

    screen_id = "home"
    service_chosen = Signal(str)

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
            tile = button("tile", name=f"home-tile-{view.service_id}")
            tile.clicked.connect(lambda _=False, s=view.service_id: self.service_chosen.emit(s))
            self.tiles[view.service_id] = tile
        outer.addWidget(self.scrolling(content), 1)
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
            columns = 1
        for index, service_id in enumerate(allowed):
            tile = self.tiles[service_id]
            self.grid.addWidget(tile, index // columns, index % columns)
            tile.show()
        paged = self.page_count > 1
        self.previous_button.setVisible(paged and self._page > 0)
        self.more_button.setVisible(paged and self._page < self.page_count - 1)

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

    def retranslate(self) -> None:
        if self._name:
            set_text(self.greeting, self.tr("Hello, %1").replace("%1", isolate(self._name)))
        else:
            set_text(self.greeting, self.tr("Hello"))
        self.prompt.setText(self.tr("Choose one.") if self.theme.simplified else self.title())
        set_text(self.previous_button, self.tr("Previous choices"))
        set_text(
            self.more_button,
            self.tr("More choices (page %1 of %2)")
            .replace("%1", str(self._page + 1))
            .replace("%2", str(self.page_count)),
        )
        for view in self._services:
            tile = self.tiles[view.service_id]
            # simple mode: the title only, fewer words per screen
            tile.setText(
                view.title() if self.theme.simplified else f"{view.title()}\n{view.summary()}"
            )
            tile.setAccessibleName(view.title())
            tile.setAccessibleDescription(view.summary())

    def wipe(self) -> None:
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
        if tile is not None:
            tile.setFocus(Qt.FocusReason.OtherFocusReason)
