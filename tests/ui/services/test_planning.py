"""Statistics wired into the running kiosk: counted visits, opt-out through My data."""

from __future__ import annotations

from kiosk.records.statistics import recorder_for
from tests.helpers.service_stage import ServiceStage
from ui.services.my_data import SummaryStep


def _today(kiosk: ServiceStage) -> dict[str, int]:
    recorder = recorder_for(kiosk.core.session)
    assert recorder is not None
    return dict(next(iter(recorder._days.values()), {}))


def test_visits_are_counted_and_opt_out_is_respected(service_stage: ServiceStage) -> None:
    service_stage.sign_in()
    screen = service_stage.open("petitions")
    service_stage.wait_idle(screen)
    service_stage.finish()
    counts = _today(service_stage)
    assert counts["sessions"] == 1 and counts["service.petitions.opened"] == 1
    assert counts["language.en"] == 1
    service_stage.sign_in()
    screen = service_stage.open("my_data")
    service_stage.wait_idle(screen)
    step = screen.current
    assert isinstance(step, SummaryStep)
    step.toggles["statistics"].click()  # the resident opts out: this visit is not counted
    service_stage.wait_idle(screen)
    service_stage.finish()
    assert _today(service_stage) == counts
