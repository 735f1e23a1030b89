"""Report a street problem end to end against the demo city's Open311 server: a guest's
anonymous pothole at the kiosk's site (submitted, request id), a resident's linked report at a
typed address while offline (queued, created once back online), categories from the cache; a
photo from the camera uploaded to the gateway and linked by ``media_url`` (online, and offline
then back online: one upload, one request)."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QPushButton

from kiosk.receipts import ReceiptStatus
from tests.helpers.city_kiosk import CityKiosk
from tests.helpers.screens import render_and_audit
from ui.screens.receipt import ReceiptStep
from ui.services.base import ServiceScreen
from ui.services.city.street_report import (
    CategoryStep,
    DescribeStep,
    PlaceStep,
    QuestionsStep,
    ReportPhotoStep,
    StreetReportScreen,
)


def _cur(screen: ServiceScreen) -> object:
    return screen.current


def _receipt(kiosk: CityKiosk, screen: StreetReportScreen) -> ReceiptStep:
    kiosk.qtbot.waitUntil(lambda: isinstance(screen.current, ReceiptStep), timeout=10_000)
    step = screen.current
    assert isinstance(step, ReceiptStep)
    return step


def _pothole(kiosk: CityKiosk) -> StreetReportScreen:
    screen = kiosk.open("street_report")
    assert isinstance(screen, StreetReportScreen)
    kiosk.wait_idle(screen)
    assert isinstance(_cur(screen), CategoryStep)
    kiosk.click(screen.findChild(QPushButton, "report-category-POTHOLE"))
    assert isinstance(_cur(screen), QuestionsStep)
    kiosk.click(screen.next_button)  # the size is needed
    assert isinstance(_cur(screen), QuestionsStep) and screen.message.isVisible()
    kiosk.click(screen.findChild(QPushButton, "report-answer-SIZE-small"))
    kiosk.click(screen.findChild(QPushButton, "report-answer-SIZE-large"))
    kiosk.click(screen.next_button)
    assert isinstance(_cur(screen), PlaceStep)
    assert screen.report.answers["SIZE"] == "large"
    return screen


def _requests(kiosk: CityKiosk) -> list[dict[str, object]]:
    import httpx

    response = httpx.get(f"{kiosk.city.open311_url}/requests.json", timeout=5)
    return list(response.json())


def test_guest_reports_anonymously_at_the_kiosk(city_kiosk: CityKiosk) -> None:
    city_kiosk.sign_in_guest()
    screen = _pothole(city_kiosk)
    city_kiosk.click(screen.findChild(QPushButton, "report-place-site"))
    describe = screen.current
    assert isinstance(describe, DescribeStep) and not describe.linked.isVisible()
    text = screen.findChild(QPlainTextEdit, "report-description")
    assert text is not None
    text.setPlainText("Deep hole by the bus stop")
    city_kiosk.click(screen.next_button)
    receipt = _receipt(city_kiosk, screen)
    assert receipt.outcome.status is ReceiptStatus.SUBMITTED and receipt.outcome.remote_ref
    assert screen.request_id is not None and screen.request_id.isVisible()
    assert receipt.outcome.remote_ref in screen.request_id.text()
    (request,) = _requests(city_kiosk)
    assert request["service_code"] == "POTHOLE"
    assert "Deep hole" in str(request["description"])
    assert float(str(request["lat"])) == city_kiosk.app.config.kiosk.latitude


def test_resident_report_offline_is_queued_then_created(city_kiosk: CityKiosk) -> None:
    city_kiosk.sign_in()
    screen = _pothole(city_kiosk)  # categories fetched (and saved) while online
    address = screen.findChild(QLineEdit, "report-address")
    assert address is not None
    address.setText("12 Mill Road")
    city_kiosk.click(screen.next_button)
    describe = screen.current
    assert isinstance(describe, DescribeStep)
    city_kiosk.click(describe.linked)
    assert "linked" in describe.identity_text.text()
    city_kiosk.go_offline()
    city_kiosk.click(screen.next_button)
    receipt = _receipt(city_kiosk, screen)
    assert receipt.outcome.status is ReceiptStatus.QUEUED
    city_kiosk.click(receipt.done_button)
    # the category list still opens offline, from the kiosk's saved copy
    again = city_kiosk.open("street_report")
    city_kiosk.wait_idle(again)
    step = again.current
    assert isinstance(step, CategoryStep) and step.categories is not None
    assert step.categories.from_cache
    city_kiosk.go_online()
    city_kiosk.wait_delivered(receipt.outcome.reference)
    (request,) = _requests(city_kiosk)
    assert request["address"] == "12 Mill Road"


def test_session_end_wipes_the_report(city_kiosk: CityKiosk) -> None:
    from kiosk.session import EndReason

    city_kiosk.sign_in()
    screen = _pothole(city_kiosk)
    city_kiosk.click(screen.findChild(QPushButton, "report-place-site"))
    text = screen.findChild(QPlainTextEdit, "report-description")
    assert text is not None
    text.setPlainText("Outside number 7, my neighbour's house")
    city_kiosk.app.controller.end(EndReason.SIGN_OUT)
    assert text.toPlainText() == ""
    assert screen.report.category is None and not screen.report.answers
    assert city_kiosk.app.window.service_screen is None


def _with_camera(kiosk: CityKiosk, tmp_path: Path) -> None:
    """The kiosk's camera sees a street scene (an image file the test writes)."""
    scene = np.zeros((480, 640, 3), dtype=np.uint8)
    scene[240:, :] = (70, 70, 70)  # road
    cv2.circle(scene, (320, 360), 60, (20, 20, 20), -1)  # the pothole
    path = tmp_path / "street.png"
    assert cv2.imwrite(str(path), scene)
    core = kiosk.core
    camera = core.config.devices.camera.model_copy(
        update={"driver": "emulated", "source": str(path)}
    )
    core.config = core.config.model_copy(
        update={"devices": core.config.devices.model_copy(update={"camera": camera})}
    )


def _photo_step(kiosk: CityKiosk, screen: StreetReportScreen) -> ReportPhotoStep:
    kiosk.click(screen.findChild(QPushButton, "report-place-site"))
    assert isinstance(screen.current, DescribeStep)
    assert screen.next_button.text() == "Continue"
    kiosk.click(screen.next_button)
    step = screen.current
    assert isinstance(step, ReportPhotoStep)
    assert step.grabber is None  # the camera is off until the resident asks
    assert "without a photo" in screen.next_button.text()
    kiosk.click(step.start_button)
    kiosk.qtbot.waitUntil(lambda: step.shoot_button.isVisible(), timeout=20_000)
    assert step.indicator.isVisible()
    kiosk.click(step.shoot_button)
    assert step.grabber is None and screen.report.photo is not None
    assert step.retake_button.isVisible() and step.remove_button.isVisible()
    assert "with the photo" in screen.next_button.text()
    return step


def test_guest_report_with_a_photo(city_kiosk: CityKiosk, tmp_path: Path) -> None:
    _with_camera(city_kiosk, tmp_path)
    city_kiosk.sign_in_guest()
    screen = _pothole(city_kiosk)
    step = _photo_step(city_kiosk, screen)
    render_and_audit(city_kiosk.app.window, "street-report-photo")
    photo = screen.report.photo
    assert photo is not None and bytes(photo[:2]) == b"\xff\xd8"
    city_kiosk.click(step.remove_button)  # changed their mind, then took it again
    assert screen.report.photo is None and not any(photo)  # the old buffer is zeroed
    city_kiosk.click(step.start_button)
    city_kiosk.qtbot.waitUntil(lambda: step.shoot_button.isVisible(), timeout=20_000)
    city_kiosk.click(step.shoot_button)
    city_kiosk.click(screen.next_button)
    receipt = _receipt(city_kiosk, screen)
    assert receipt.outcome.status is ReceiptStatus.SUBMITTED
    (request,) = _requests(city_kiosk)
    (stored,) = city_kiosk.city.gateway_state.media.values()
    assert str(request["media_url"]).endswith(f"/media/{stored['media_id']}")
    assert bytes(stored["content"][:2]) == b"\xff\xd8"


def test_photo_report_offline_is_sent_once_back_online(
    city_kiosk: CityKiosk, tmp_path: Path
) -> None:
    _with_camera(city_kiosk, tmp_path)
    city_kiosk.sign_in()
    screen = _pothole(city_kiosk)
    _photo_step(city_kiosk, screen)
    city_kiosk.go_offline()
    city_kiosk.click(screen.next_button)
    receipt = _receipt(city_kiosk, screen)
    assert receipt.outcome.status is ReceiptStatus.QUEUED
    assert not city_kiosk.city.gateway_state.media
    city_kiosk.go_online()
    city_kiosk.wait_delivered(receipt.outcome.reference)
    (request,) = _requests(city_kiosk)
    assert len(city_kiosk.city.gateway_state.media) == 1 and request["media_url"]
    assert not any(city_kiosk.city.ledger.duplicates().values())


def test_session_end_zeroes_the_photo(city_kiosk: CityKiosk, tmp_path: Path) -> None:
    from kiosk.session import EndReason

    _with_camera(city_kiosk, tmp_path)
    city_kiosk.sign_in()
    screen = _pothole(city_kiosk)
    _photo_step(city_kiosk, screen)
    photo = screen.report.photo
    assert photo is not None
    city_kiosk.app.controller.end(EndReason.SIGN_OUT)
    assert screen.report.photo is None and not any(photo)
