"""Home tiles (#16 item 8): in simplified mode one column of large tiles across the whole
width; tiles show the title in bold and the description in the regular weight. Only a
technician is offered the diagnostics tile (OPS-06)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.config import KioskConfig
from kiosk.session.machine import Role
from tests.ui.test_accessibility_modes import fake_services
from ui.a11y_walk.walk import settle
from ui.screens.home import HomeScreen, Tile
from ui.service_views import offered
from ui.theme import Theme


def _home(qtbot: QtBot, theme: Theme, width: int, height: int) -> HomeScreen:
    home = HomeScreen(theme, fake_services(5))
    qtbot.addWidget(home)
    home.setStyleSheet(theme.style_sheet())
    home.resize(width, height)
    home.set_visitor(Role.GUEST, "")
    home.show()
    settle()
    return home


def test_simplified_tiles_fill_the_width_in_one_column(qtbot: QtBot) -> None:
    for width, height in ((1080, 1920), (1920, 1080)):
        home = _home(qtbot, Theme(simplified=True), width, height)
        shown = [t for t in home.tiles.values() if t.isVisible()]
        assert shown
        content = home.greeting.width()  # the content column the tiles sit in
        for tile in shown:
            assert tile.width() >= 0.9 * content, (tile.width(), content)
            assert tile.x() == shown[0].x()  # one column
        home.close()
    # the normal mode keeps two columns
    home = _home(qtbot, Theme(), 1080, 1920)
    first, second = list(home.tiles.values())[:2]
    assert first.y() == second.y() and first.x() != second.x()


def _ink_rows(tile: Tile) -> list[int]:
    """How many dark pixels each row of the tile's text area has."""
    image: QImage = tile.grab().toImage()
    background = QColor(Theme().palette.surface)
    rows = []
    for y in range(image.height()):
        count = 0
        for x in range(8, image.width() - 8, 2):
            colour = image.pixelColor(x, y)
            if abs(colour.lightness() - background.lightness()) > 100:
                count += 1
        rows.append(count)
    return rows


def test_a_tile_shows_its_title_bold_and_its_description_regular(qtbot: QtBot) -> None:
    home = _home(qtbot, Theme(), 1080, 1920)
    tile = next(iter(home.tiles.values()))
    assert isinstance(tile, Tile)
    tile.setText("Mmmm Mmmm\nMmmm Mmmm")  # the same words: only the weight differs
    settle()
    rows = _ink_rows(tile)
    # two bands of text (title, description); the bold one has more ink
    bands: list[int] = []
    current = 0
    for count in rows[6:-6]:  # inside the border
        if count:
            current += count
        elif current:
            bands.append(current)
            current = 0
    if current:
        bands.append(current)
    assert len(bands) == 2, bands
    assert bands[0] > bands[1] * 1.15, bands


def test_a_notice_count_arriving_late_pushes_the_tiles_below_down(qtbot: QtBot) -> None:
    # found in a demo run at 1080x1920: "My notices" with its count ran under the tile below
    views = fake_services(12)  # the count's tile has a tile beside it and a row below
    notices = views[8]
    views[8] = type(notices)(
        "notices", notices.title, notices.summary, notices.roles, notices.factory
    )
    home = HomeScreen(Theme(), views)
    qtbot.addWidget(home)
    home.setStyleSheet(Theme().style_sheet())
    home.resize(1080, 1690)
    home.set_visitor(Role.RESIDENT, "Amina Njoroge")
    home.show()
    settle()
    focused = home.tiles["notices"]
    focused.setFocus()  # a keypad user on the tile: the count must not move the focus away
    moves: list[object] = []
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.focusChanged.connect(lambda old, new: moves.append(new))
    home.unread = (3, 1)  # what the notice badge sets when the count comes back
    home.retranslate()
    settle()
    assert moves == [] and home.focusWidget() is focused  # speech would say each move
    shown = [t for t in home.tiles.values() if t.isVisible()]
    assert "3 unread notices, 1 urgent" in home.tiles["notices"].text()
    for a in shown:
        for b in shown:
            assert a is b or not a.geometry().intersects(b.geometry()), (a.text(), b.text())


def test_only_technicians_see_the_diagnostics_tile(qtbot: QtBot, demo_config: KioskConfig) -> None:
    home = HomeScreen(Theme(), offered(demo_config))  # the window's home, the demo's services
    qtbot.addWidget(home)
    home.set_visitor(Role.RESIDENT, "Rita Resident")
    assert "diagnostics" not in home._allowed()
    assert "about" in home._allowed()
    home.set_visitor(Role.TECHNICIAN, "Tess Technician")
    assert "diagnostics" in home._allowed()
