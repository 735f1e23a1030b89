"""Election information (read only): the resident's polling station, the next elections with
their deadlines, how to register and how to vote by post.

Pure Python, no Qt. The public part (elections, how-to texts, the list of polling stations) is
cached in the data directory and shown offline with the time it was valid ("as of ..."); the
resident's own registration and polling station are personal and never cached: offline the
screen says they need the network. The kiosk takes no votes (see docs/services.md).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from civic.elections import Election, ElectionInfo, PollingStation
from kiosk.services.public_cache import PublicCache
from offline_queue.connectors.gateway import (
    GatewayBadResponse,
    GatewayClient,
    GatewayUnavailable,
    parse_election_info,
)

logger = logging.getLogger(__name__)

CACHE_NAME = "elections"


class ElectionsError(Exception):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


@dataclass(frozen=True)
class ElectionView:
    info: ElectionInfo
    from_cache: bool  # offline: the saved public part, no personal registration


def _station_json(s: PollingStation) -> dict[str, Any]:
    return {
        "station_id": s.station_id,
        "name": dict(s.name.values),
        "address": s.address,
        "lat": s.lat,
        "lon": s.lon,
        "district": s.district,
        "step_free": s.step_free,
    }


def _election_json(e: Election) -> dict[str, Any]:
    return {
        "election_id": e.election_id,
        "title": dict(e.title.values),
        "date": e.date.isoformat(),
        "registration_deadline": e.registration_deadline.isoformat(),
        "postal_vote_deadline": e.postal_vote_deadline.isoformat(),
        "polls_open": e.polls_open,
        "polls_close": e.polls_close,
    }


def public_json(info: ElectionInfo) -> dict[str, Any]:
    """The public part only (what may be cached): never the resident's registration."""
    return {
        "as_of": info.as_of.isoformat(),
        "elections": [_election_json(e) for e in info.elections],
        "how_to_register": dict(info.how_to_register.values),
        "how_to_vote_by_post": dict(info.how_to_vote_by_post.values),
        "polling_stations": [_station_json(s) for s in info.polling_stations],
    }


def load(gateway: GatewayClient, resident_id: str, cache: PublicCache | None) -> ElectionView:
    """Live information (with the resident's station when ``resident_id``); the saved public
    part when the gateway cannot be reached. Raises ElectionsError("elections.unavailable")
    when neither is available."""
    try:
        info = gateway.elections(resident_id or None)
    except (GatewayUnavailable, GatewayBadResponse):
        cached = cache.load(CACHE_NAME) if cache is not None else None
        if cached is None:
            raise ElectionsError("elections.unavailable") from None
        try:
            restored = parse_election_info(cached.data, asked_for_resident=bool(resident_id))
        except (ValueError, TypeError, AttributeError, KeyError):
            logger.warning("saved election information unreadable")
            raise ElectionsError("elections.unavailable") from None
        return ElectionView(restored, True)
    if cache is not None:
        cache.save(CACHE_NAME, public_json(info))
    return ElectionView(info, False)


def upcoming(info: ElectionInfo) -> tuple[Election, ...]:
    """Elections in date order (the next one first)."""
    return tuple(sorted(info.elections, key=lambda e: e.date))
