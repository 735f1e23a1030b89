"""A small map drawn from the site's vector plan (:mod:`kiosk.services.site_plan`) with QPainter:
streets as lines with their names, a marker at one point, a scale bar. No tiles, no network.

Colours come from the theme's palette (high contrast included); street names are drawn along
their longest segment in a label of their own (surface colour, framed), turned to read left to
right, at the theme's text size so they stay readable with large text.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.services.site_plan import Projection, SitePlan, Way
from ui.theme import Palette

RADIUS_M = 180.0  # metres around the marker that fit in the widget's smaller side
SCALE_M = 100


class PlanMap(QWidget):
    """Attributes:
    plan: the drawn plan.
    marker: (lat, lon) of the marker, or None.
    """

    def __init__(self, plan: SitePlan, palette: Callable[[], Palette], font_px: int) -> None:
        super().__init__()
        self.setObjectName("plan-map")
        self.plan = plan
        self.marker: tuple[float, float] | None = None
        self._palette = palette
        self._font_px = font_px
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(font_px * 9)
        self.setMaximumWidth(font_px * 48)  # wider would show past the plan's edges
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def sizeHint(self) -> QSize:
        return QSize(self._font_px * 24, self._font_px * 11)

    def set_marker(self, lat: float, lon: float) -> None:
        self.marker = (lat, lon)
        self.update()

    def projection(self) -> Projection:
        lat, lon = self.marker or (
            (self.plan.south + self.plan.north) / 2,
            (self.plan.west + self.plan.east) / 2,
        )
        return Projection.fit(lat, lon, RADIUS_M, self.width(), self.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        p = self._palette()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # a map is never mirrored
        painter.fillRect(self.rect(), QColor(p.surface))
        projection = self.projection()
        font = QFont(self.font())
        font.setPixelSize(max(12, round(self._font_px * 0.8)))
        painter.setFont(font)
        widths = {"main": 0.55, "street": 0.4, "square": 0.4, "water": 0.8}
        for way in self.plan.ways:
            colour = QColor(p.primary) if way.kind == "water" else QColor(p.muted_text)
            pen = QPen(colour, max(3.0, self._font_px * widths[way.kind]))
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            path = QPainterPath()
            for i, (lat, lon) in enumerate(way.points):
                x, y = projection.to_px(lat, lon)
                if i == 0:
                    path.moveTo(x, y)
                else:
                    path.lineTo(x, y)
            painter.drawPath(path)
        for way in self.plan.ways:
            self._name(painter, projection, way, QColor(p.text), QColor(p.surface))
        self._scale_bar(painter, projection, QColor(p.text))
        if self.marker is not None:
            self._pin(painter, projection, QColor(p.danger), QColor(p.surface))
        painter.setPen(QPen(QColor(p.border), 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        painter.end()

    def _name(
        self, painter: QPainter, projection: Projection, way: Way, ink: QColor, halo: QColor
    ) -> None:
        """The way's name on its longest visible segment, if the name fits along it."""
        if not way.name:
            return
        best: tuple[float, QPointF, QPointF] | None = None
        for (a_lat, a_lon), (b_lat, b_lon) in zip(way.points, way.points[1:], strict=False):
            a = QPointF(*projection.to_px(a_lat, a_lon))
            b = QPointF(*projection.to_px(b_lat, b_lon))
            a, b = _clip(a, b, self.width(), self.height())
            length = math.hypot(b.x() - a.x(), b.y() - a.y())
            if best is None or length > best[0]:
                best = (length, a, b)
        if best is None:
            return
        length, a, b = best
        text_width = painter.fontMetrics().horizontalAdvance(way.name)
        if text_width + self._font_px > length:
            return
        if b.x() < a.x():
            a, b = b, a
        angle = math.degrees(math.atan2(b.y() - a.y(), b.x() - a.x()))
        middle = QPointF((a.x() + b.x()) / 2, (a.y() + b.y()) / 2)
        painter.save()
        painter.translate(middle)
        painter.rotate(angle)
        metrics = painter.fontMetrics()
        pad = metrics.height() / 6
        chip = QRectF(
            -text_width / 2 - pad, -metrics.height() / 2, text_width + 2 * pad, metrics.height()
        )
        painter.setPen(QPen(ink, 1.5))
        painter.setBrush(halo)
        painter.drawRoundedRect(chip, pad, pad)
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, way.name)
        painter.restore()

    def _scale_bar(self, painter: QPainter, projection: Projection, ink: QColor) -> None:
        length = projection.px_for_metres(SCALE_M)
        margin = self._font_px
        y = self.height() - margin
        x0 = margin
        painter.setPen(QPen(ink, 3))
        painter.drawLine(QPointF(x0, y), QPointF(x0 + length, y))
        painter.drawLine(QPointF(x0, y - 6), QPointF(x0, y + 1))
        painter.drawLine(QPointF(x0 + length, y - 6), QPointF(x0 + length, y + 1))
        painter.drawText(QPointF(x0, y - 8), f"{SCALE_M} m")

    def _pin(self, painter: QPainter, projection: Projection, fill: QColor, ring: QColor) -> None:
        assert self.marker is not None
        x, y = projection.to_px(*self.marker)
        r = max(10.0, self._font_px * 0.7)
        path = QPainterPath()
        path.moveTo(x, y)
        path.lineTo(x - r * 0.8, y - r * 1.6)
        path.arcTo(QRectF(x - r, y - 2.6 * r, 2 * r, 2 * r), 216, -252)
        path.closeSubpath()
        painter.setPen(QPen(ring, 3))
        painter.setBrush(fill)
        painter.drawPath(path)
        painter.setBrush(ring)
        painter.drawEllipse(QPointF(x, y - 1.6 * r), r * 0.35, r * 0.35)


def _clip(a: QPointF, b: QPointF, width: int, height: int) -> tuple[QPointF, QPointF]:
    """The part of segment a–b inside the widget (Liang–Barsky); a zero-length pair if none."""
    t0, t1 = 0.0, 1.0
    dx, dy = b.x() - a.x(), b.y() - a.y()
    for p, q in ((-dx, a.x()), (dx, width - a.x()), (-dy, a.y()), (dy, height - a.y())):
        if p == 0:
            if q < 0:
                return a, a
            continue
        t = q / p
        if p < 0:
            t0 = max(t0, t)
        else:
            t1 = min(t1, t)
        if t0 > t1:
            return a, a
    return QPointF(a.x() + t0 * dx, a.y() + t0 * dy), QPointF(a.x() + t1 * dx, a.y() + t1 * dy)
