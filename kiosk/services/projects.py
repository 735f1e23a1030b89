"""City projects near the kiosk: status, budget and milestones (cached for offline use).

Pure Python, no Qt. Projects are public data: the last list fetched is kept in the data
directory and shown, with its date, while the gateway cannot be reached.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import Any

from civic.money import Money
from civic.projects import Milestone, Project
from civic.text import LocalizedText
from kiosk.config import KioskConfig
from kiosk.services.public_cache import PublicCache
from offline_queue.connectors.gateway import GatewayClient, GatewayUnavailable

logger = logging.getLogger(__name__)

CACHE_NAME = "projects"
RADIUS_M = 5000


class ProjectsError(Exception):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


@dataclass(frozen=True)
class ProjectList:
    projects: tuple[Project, ...]
    from_cache: bool
    saved_at: dt.datetime | None = None


def _to_json(p: Project) -> dict[str, Any]:
    return {
        "project_id": p.project_id,
        "title": dict(p.title.values),
        "description": dict(p.description.values),
        "lat": p.lat,
        "lon": p.lon,
        "distance_m": p.distance_m,
        "status": p.status,
        "planned": [p.budget_planned.amount_minor, p.budget_planned.currency],
        "spent": [p.budget_spent.amount_minor, p.budget_spent.currency],
        "milestones": [[m.name, m.due_date.isoformat(), m.status] for m in p.milestones],
        "updated_at": p.updated_at.isoformat(),
        "language": p.language,
    }


def _from_json(raw: Any) -> Project | None:
    try:
        distance = raw["distance_m"]
        return Project(
            project_id=str(raw["project_id"]),
            title=LocalizedText({str(k): str(v) for k, v in raw["title"].items()}),
            description=LocalizedText({str(k): str(v) for k, v in raw["description"].items()}),
            lat=float(raw["lat"]),
            lon=float(raw["lon"]),
            distance_m=None if distance is None else float(distance),
            status=str(raw["status"]),
            budget_planned=Money(int(raw["planned"][0]), str(raw["planned"][1])),
            budget_spent=Money(int(raw["spent"][0]), str(raw["spent"][1])),
            milestones=tuple(
                Milestone(str(n), dt.date.fromisoformat(d), str(s)) for n, d, s in raw["milestones"]
            ),
            updated_at=dt.datetime.fromisoformat(raw["updated_at"]),
            language=str(raw["language"]) if raw.get("language") else None,
        )
    except (KeyError, TypeError, ValueError, AttributeError):
        return None


def nearby(gateway: GatewayClient, config: KioskConfig, cache: PublicCache | None) -> ProjectList:
    """Projects within :data:`RADIUS_M` of the kiosk (else all), nearest first; cached copy
    offline."""
    kiosk = config.kiosk
    try:
        projects = gateway.projects(kiosk.latitude, kiosk.longitude, RADIUS_M)
        if not projects:  # none close by: all of the city's, still nearest first
            projects = gateway.projects(kiosk.latitude, kiosk.longitude)
    except GatewayUnavailable:
        cached = cache.load(CACHE_NAME) if cache is not None else None
        if cached is None or not isinstance(cached.data, list):
            raise ProjectsError("projects.unavailable") from None
        restored = tuple(p for p in (_from_json(r) for r in cached.data) if p is not None)
        saved = dt.datetime.fromtimestamp(cached.saved_at, dt.UTC) if cached.saved_at else None
        return ProjectList(restored, True, saved)
    if cache is not None:
        cache.save(CACHE_NAME, [_to_json(p) for p in projects])
    return ProjectList(projects, False)


def spent_percent(project: Project) -> int:
    planned = project.budget_planned.amount_minor
    if planned <= 0:
        return 0
    return round(100 * project.budget_spent.amount_minor / planned)
