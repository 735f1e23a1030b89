"""A simple vector plan of the streets around the kiosk, for the small map on the street report's
review step: no tiles, no network at run time.

The plan is a GeoJSON ``FeatureCollection`` of ``LineString`` features with ``name`` and ``kind``
(``main`` | ``street`` | ``square`` | ``water``) properties. The demo city's plan ships in
``kiosk/resources/site_plan.json``. :class:`Projection` maps latitude/longitude to pixels of a
widget with an equirectangular projection around a centre point (exact enough over a few
hundred metres). Pure Python, no Qt.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

PLAN_FILE = Path(__file__).parent.parent / "resources" / "site_plan.json"
KINDS = frozenset({"main", "street", "square", "water"})
METRES_PER_DEGREE = 111_320.0
MAX_WAYS = 500
MAX_POINTS = 200


class PlanError(ValueError):
    """The plan file is missing or not a plan this module can draw."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


@dataclass(frozen=True, slots=True)
class Way:
    name: str
    kind: str
    points: tuple[tuple[float, float], ...]  # (lat, lon)


@dataclass(frozen=True, slots=True)
class SitePlan:
    ways: tuple[Way, ...]
    south: float
    west: float
    north: float
    east: float

    def covers(self, lat: float, lon: float) -> bool:
        """Is the point inside the plan's extent (the map is shown only then)?"""
        return self.south <= lat <= self.north and self.west <= lon <= self.east


def parse_plan(document: Any) -> SitePlan:
    """A :class:`SitePlan` from a decoded GeoJSON document.

    Raises:
        PlanError: not a FeatureCollection of named LineStrings with valid coordinates.
    """
    if not isinstance(document, dict) or document.get("type") != "FeatureCollection":
        raise PlanError("plan.not_a_collection")
    features = document.get("features")
    if not isinstance(features, list) or not 0 < len(features) <= MAX_WAYS:
        raise PlanError("plan.no_features")
    ways: list[Way] = []
    for feature in features:
        geometry = feature.get("geometry") if isinstance(feature, dict) else None
        props = feature.get("properties") if isinstance(feature, dict) else None
        if not isinstance(geometry, dict) or geometry.get("type") != "LineString":
            raise PlanError("plan.not_a_line")
        if not isinstance(props, dict):
            raise PlanError("plan.no_properties")
        name, kind = props.get("name", ""), props.get("kind", "street")
        if not isinstance(name, str) or kind not in KINDS:
            raise PlanError("plan.bad_properties")
        coords = geometry.get("coordinates")
        if not isinstance(coords, list) or not 2 <= len(coords) <= MAX_POINTS:
            raise PlanError("plan.bad_line")
        points: list[tuple[float, float]] = []
        for pair in coords:
            if (
                not isinstance(pair, list)
                or len(pair) < 2
                or not all(isinstance(v, int | float) and math.isfinite(v) for v in pair[:2])
                or not (-180 <= pair[0] <= 180 and -90 <= pair[1] <= 90)
            ):
                raise PlanError("plan.bad_coordinate")
            points.append((float(pair[1]), float(pair[0])))
        ways.append(Way(name[:80], str(kind), tuple(points)))
    lats = [p[0] for w in ways for p in w.points]
    lons = [p[1] for w in ways for p in w.points]
    return SitePlan(tuple(ways), min(lats), min(lons), max(lats), max(lons))


def load_plan(path: Path = PLAN_FILE) -> SitePlan:
    """Read and check the plan file.

    Raises:
        PlanError: the file cannot be read or is not a plan.
    """
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PlanError("plan.unreadable") from exc
    return parse_plan(document)


@dataclass(frozen=True, slots=True)
class Projection:
    """Latitude/longitude to widget pixels: ``centre`` in the middle, north up."""

    centre_lat: float
    centre_lon: float
    metres_per_px: float
    width: int
    height: int

    @classmethod
    def fit(
        cls, centre_lat: float, centre_lon: float, radius_m: float, width: int, height: int
    ) -> Projection:
        """``radius_m`` around the centre fits in the smaller side of the widget."""
        side = max(1, min(width, height))
        return cls(centre_lat, centre_lon, 2 * radius_m / side, width, height)

    def to_px(self, lat: float, lon: float) -> tuple[float, float]:
        east = (lon - self.centre_lon) * METRES_PER_DEGREE * math.cos(math.radians(self.centre_lat))
        north = (lat - self.centre_lat) * METRES_PER_DEGREE
        return (
            self.width / 2 + east / self.metres_per_px,
            self.height / 2 - north / self.metres_per_px,
        )

    def px_for_metres(self, metres: float) -> float:
        return metres / self.metres_per_px
