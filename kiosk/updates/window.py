"""The site's maintenance window: local clock times in the site's time zone.

``MaintenanceWindow.from_config(config.updates)`` → ``window.contains(moment)`` with an aware
``datetime``. A window may cross midnight (``23:00-04:00``: it belongs to the day it opens, so
``days = ["sat"]`` means Saturday 23:00 to Sunday 04:00). Times are wall-clock times in the
zone: across a daylight-saving change ``02:00-05:00`` is still "from two to five on the clock"
(3 or 2 hours that night), which is what a site's opening hours mean.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from dataclasses import dataclass

from kiosk.config import UpdatesSection

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


@dataclass(frozen=True)
class MaintenanceWindow:
    start: dt.time | None  # None: always
    end: dt.time | None
    zone: dt.tzinfo
    days: frozenset[int]  # weekday numbers (Monday 0)

    @classmethod
    def from_config(cls, section: UpdatesSection) -> MaintenanceWindow:
        zone: dt.tzinfo
        if section.timezone:
            zone = zoneinfo.ZoneInfo(section.timezone)
        else:
            local = dt.datetime.now().astimezone().tzinfo
            assert local is not None
            zone = local
        days = frozenset(DAYS.index(d) for d in section.days)
        if section.window == "always":
            return cls(None, None, zone, days)
        first, second = section.window.split("-")
        return cls(dt.time.fromisoformat(first), dt.time.fromisoformat(second), zone, days)

    def contains(self, moment: dt.datetime) -> bool:
        """Whether ``moment`` (aware) falls inside the window."""
        if moment.tzinfo is None:
            raise ValueError("an aware datetime is needed")
        local = moment.astimezone(self.zone)
        if self.start is None or self.end is None:
            return local.weekday() in self.days
        clock = local.time().replace(tzinfo=None)
        if self.start < self.end:
            return local.weekday() in self.days and self.start <= clock < self.end
        # crosses midnight: the evening part on an allowed day, the morning part the day after
        if clock >= self.start:
            return local.weekday() in self.days
        if clock < self.end:
            return (local.weekday() - 1) % 7 in self.days
        return False

    def describe(self) -> str:
        if self.start is None or self.end is None:
            return f"always ({self.zone})"
        days = ",".join(DAYS[d] for d in sorted(self.days))
        return f"{self.start:%H:%M}-{self.end:%H:%M} {self.zone} ({days})"
