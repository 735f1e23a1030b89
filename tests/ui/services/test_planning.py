"""Statistics wired into the running kiosk: counted visits, opt-out through My data."""

from __future__ import annotations

from kiosk.records.statistics import recorder_for
from tests.helpers.city_kiosk import CityKiosk
from ui.services.my_data import SummaryStep


def _today(kiosk: CityKiosk) -> dict[str, int]:
    recorder = recorder_for(kiosk.core.session)
    assert recorder is not None
    return dict(next(iter(recorder._days.values()), {}))


def test_visits_are_counted_and_opt_out_is_respected(city_kiosk: CityKiosk) -> None:
    city_kiosk.sign_in()
    screen = city_kiosk.open("petitions")
    city_kiosk.wait_idle(screen)
    city_kiosk.app.window.finish()
    counts = _today(city_kiosk)
    assert counts["sessions"] == 1 and counts["service.petitions.opened"] == 1
    assert counts["language.en"] == 1
    city_kiosk.sign_in()
    screen = city_kiosk.open("my_data")
    city_kiosk.wait_idle(screen)
    step = screen.current
    assert isinstance(step, SummaryStep)
    step.toggles["statistics"].click()  # the resident opts out: this visit is not counted
    city_kiosk.wait_idle(screen)
    city_kiosk.app.window.finish()
    assert _today(city_kiosk) == counts
