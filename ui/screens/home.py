"""Home: the grid of services the resident can use, driven by configuration."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QVBoxLayout, QWidget

from kiosk.session import Role
from ui.screens.base import Screen, button, label, set_text
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
        grid_box.addLayout(self.grid)
        grid_box.addStretch(1)
        self.tiles: dict[str, QPushButton] = {}
        for index, view in enumerate(services):
            tile = button("tile", name=f"home-tile-{view.service_id}")
            tile.clicked.connect(lambda _=False, s=view.service_id: self.service_chosen.emit(s))
            self.grid.addWidget(tile, index // 2, index % 2)
            self.tiles[view.service_id] = tile
        outer.addWidget(self.scrolling(content), 1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("What would you like to do?")

    def set_visitor(self, role: Role, name: str) -> None:
        self._role = role
        self._name = name
        for view in self._services:
            self.tiles[view.service_id].setVisible(role in view.roles)
        self.retranslate()

    def retranslate(self) -> None:
        if self._name:
            set_text(self.greeting, self.tr("Hello, %1").replace("%1", self._name))
        else:
            set_text(self.greeting, self.tr("Hello"))
        self.prompt.setText(self.title())
        for view in self._services:
            tile = self.tiles[view.service_id]
            tile.setText(f"{view.title()}\n{view.summary()}")
            tile.setAccessibleName(view.title())
            tile.setAccessibleDescription(view.summary())

    def wipe(self) -> None:
        self._name = ""
        self._role = Role.GUEST
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
