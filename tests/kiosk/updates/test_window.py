"""The maintenance window: wall-clock times in the site's zone, across midnight and DST."""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

from kiosk.config import ConfigError, UpdatesSection, load_demo_config, parse_config
from kiosk.updates.window import MaintenanceWindow

MADRID = zoneinfo.ZoneInfo("Europe/Madrid")


def window(text: str, days: tuple[str, ...] | None = None) -> MaintenanceWindow:
    values: dict[str, object] = {"window": text, "timezone": "Europe/Madrid"}
    if days is not None:
        values["days"] = days
    return MaintenanceWindow.from_config(UpdatesSection.model_validate(values))


def at(y: int, m: int, d: int, h: int, mi: int = 0) -> dt.datetime:
    return dt.datetime(y, m, d, h, mi, tzinfo=MADRID)


def test_a_night_window_in_the_sites_zone() -> None:
    w = window("02:00-05:00")
    assert w.contains(at(2026, 3, 10, 2)) and w.contains(at(2026, 3, 10, 4, 59))
    assert not w.contains(at(2026, 3, 10, 5)) and not w.contains(at(2026, 3, 10, 1, 59))
    # the same instant seen from UTC: 01:30 UTC is 02:30 in Madrid in winter
    assert w.contains(dt.datetime(2026, 1, 10, 1, 30, tzinfo=dt.UTC))
    assert not w.contains(dt.datetime(2026, 7, 10, 3, 30, tzinfo=dt.UTC))  # 05:30 in summer


def test_across_midnight_the_window_belongs_to_the_day_it_opens() -> None:
    w = window("23:00-04:00", days=("sat",))
    assert w.contains(at(2026, 3, 14, 23, 30))  # Saturday night
    assert w.contains(at(2026, 3, 15, 3, 59))  # Sunday early morning: still Saturday's
    assert not w.contains(at(2026, 3, 14, 3))  # Saturday early morning is Friday's
    assert not w.contains(at(2026, 3, 15, 23, 30))  # Sunday night


def test_across_the_daylight_saving_change_it_is_still_the_clock_on_the_wall() -> None:
    w = window("02:00-05:00")
    # 2026-03-29: clocks go from 02:00 to 03:00 in Madrid; 03:30 local is in the window
    assert w.contains(dt.datetime(2026, 3, 29, 1, 30, tzinfo=dt.UTC))
    assert not w.contains(dt.datetime(2026, 3, 29, 0, 30, tzinfo=dt.UTC))  # 01:30 local


def test_always_and_naive_times() -> None:
    assert window("always").contains(at(2026, 1, 1, 12))
    with pytest.raises(ValueError, match="aware"):
        window("always").contains(dt.datetime(2026, 1, 1, 12))


@pytest.mark.parametrize(
    ("updates", "field"),
    [
        ({"window": "25:00-03:00"}, "updates.window"),
        ({"window": "02:00-02:00"}, "updates.window"),
        ({"window": "2-5"}, "updates.window"),
        ({"timezone": "Mars/Olympus"}, "updates.timezone"),
        ({"days": []}, "updates.days"),
        ({"days": ["monday"]}, "updates.days.0"),
        ({"health_timeout_s": 0}, "updates.health_timeout_s"),
        ({"keep_releases": 1}, "updates.keep_releases"),
        ({"unit": "kiosk; rm -rf /"}, "updates.unit"),
        ({"windows": "always"}, "updates.windows"),
    ],
)
def test_bad_update_settings_are_named(updates: dict[str, object], field: str) -> None:
    data = load_demo_config().model_dump(mode="json", exclude={"source"})
    data["updates"] = updates
    with pytest.raises(ConfigError) as bad:
        parse_config(data)
    assert field in [f for f, _ in bad.value.problems]
