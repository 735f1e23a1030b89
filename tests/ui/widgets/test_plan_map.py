"""The street report's map widget drawn for real: the marker sits at the projected point, the
streets are where the projection puts them, the palette (standard or high contrast) is used."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from kiosk.services.site_plan import load_plan
from ui.theme import HIGH_CONTRAST, STANDARD, Palette
from ui.widgets.plan_map import PlanMap


def _near(colour: QColor, expected: str) -> bool:
    want = QColor(expected)
    return all(
        abs(a - b) <= 24
        for a, b in (
            (colour.red(), want.red()),
            (colour.green(), want.green()),
            (colour.blue(), want.blue()),
        )
    )


def _render(widget: PlanMap) -> QImage:
    return widget.grab().toImage()


@pytest.mark.parametrize("palette", [STANDARD, HIGH_CONTRAST], ids=lambda p: p.name)
def test_marker_and_streets_where_projected(
    qapp: QApplication, qtbot: Any, palette: Palette
) -> None:
    plan = load_plan()
    widget = PlanMap(plan, lambda: palette, font_px=20)
    qtbot.addWidget(widget)
    widget.resize(600, 300)
    lat, lon = 41.3870, 2.1700  # the demo kiosk, in the middle of Library Square
    widget.set_marker(lat, lon)
    image = _render(widget)
    projection = widget.projection()
    # the pin's head is drawn above the point it marks, in the palette's danger colour
    x, y = projection.to_px(lat, lon)
    r = 20 * 0.7
    assert _near(image.pixelColor(round(x), round(y - 1.6 * r - 8)), palette.danger)
    assert _near(image.pixelColor(round(x), round(y - 10)), palette.danger)
    assert _near(image.pixelColor(round(x), round(y - 1.6 * r)), palette.surface)  # its dot
    # a point on High Street (main road, about 85 m north) carries the street colour
    high = next(w for w in plan.ways if w.name == "High Street")
    (a_lat, a_lon), (b_lat, b_lon) = high.points[2], high.points[3]
    sx, sy = projection.to_px((a_lat + b_lat) / 2, (a_lon + b_lon) / 2)
    assert _near(image.pixelColor(round(sx), round(sy)), palette.muted_text)
    # an empty spot between the streets is the map's background
    ex, ey = projection.to_px(lat + 60 / 111_320, lon + 250 / 83_550)
    assert _near(image.pixelColor(round(ex), round(ey)), palette.surface)
