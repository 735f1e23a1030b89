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

from kiosk.records.receipts import ReceiptStatus
from kiosk.text.bidi import isolate
from tests.helpers.screens import render_and_audit
from tests.helpers.service_stage import ServiceStage
from ui.services.base import ServiceScreen
from ui.services.city.street_report import (
    CategoryStep,
    DescribeStep,
    PlaceStep,
    QuestionsStep,
    ReportPhotoStep,
    ReviewStep,
    StreetReportScreen,
)
from ui.services.receipt import ReceiptStep


def _cur(screen: ServiceScreen) -> object:
    return screen.current


def _receipt(kiosk: ServiceStage, screen: StreetReportScreen) -> ReceiptStep:
    kiosk.qtbot.waitUntil(lambda: isinstance(screen.current, ReceiptStep), timeout=10_000)
    step = screen.current
    assert isinstance(step, ReceiptStep)
    return step


def _pothole(kiosk: ServiceStage) -> StreetReportScreen:
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


def _send(kiosk: ServiceStage, screen: StreetReportScreen) -> ReviewStep:
    """The check-answers step is shown; Send it."""
    review = screen.current
    assert isinstance(review, ReviewStep)
    assert screen.next_button.text() == "Send the report"
    kiosk.click(screen.next_button)
    return review


def _requests(kiosk: ServiceStage) -> list[dict[str, object]]:
    import httpx

    response = httpx.get(f"{kiosk.city.open311_url}/requests.json", timeout=5)
    return list(response.json())


def test_guest_reports_anonymously_at_the_kiosk(service_stage: ServiceStage) -> None:
    service_stage.sign_in_guest()
    screen = _pothole(service_stage)
    service_stage.click(screen.findChild(QPushButton, "report-place-site"))
    describe = screen.current
    assert isinstance(describe, DescribeStep) and not describe.linked.isVisible()
    text = screen.findChild(QPlainTextEdit, "report-description")
    assert text is not None
    text.setPlainText("Deep hole by the bus stop")
    service_stage.click(screen.next_button)
    _send(service_stage, screen)
    receipt = _receipt(service_stage, screen)
    assert receipt.outcome.status is ReceiptStatus.SUBMITTED and receipt.outcome.remote_ref
    assert screen.request_id is not None and screen.request_id.isVisible()
    assert receipt.outcome.remote_ref in screen.request_id.text()
    (request,) = _requests(service_stage)
    assert request["service_code"] == "POTHOLE"
    assert "Deep hole" in str(request["description"])
    assert float(str(request["lat"])) == service_stage.config.kiosk.latitude


def test_resident_report_offline_is_queued_then_created(service_stage: ServiceStage) -> None:
    service_stage.sign_in()
    screen = _pothole(service_stage)  # categories fetched (and saved) while online
    address = screen.findChild(QLineEdit, "report-address")
    assert address is not None
    address.setText("12 Mill Road")
    service_stage.click(screen.next_button)
    describe = screen.current
    assert isinstance(describe, DescribeStep)
    service_stage.click(describe.linked)
    assert "linked" in describe.identity_text.text()
    service_stage.go_offline()
    service_stage.click(screen.next_button)
    review = _send(service_stage, screen)
    assert review.map is None  # a typed address has no point to draw
    receipt = _receipt(service_stage, screen)
    assert receipt.outcome.status is ReceiptStatus.QUEUED
    service_stage.click(receipt.done_button)
    # the category list still opens offline, from the kiosk's saved copy
    again = service_stage.open("street_report")
    service_stage.wait_idle(again)
    step = again.current
    assert isinstance(step, CategoryStep) and step.categories is not None
    assert step.categories.from_cache
    service_stage.go_online()
    service_stage.wait_delivered(receipt.outcome.reference)
    (request,) = _requests(service_stage)
    assert request["address"] == "12 Mill Road"


def test_session_end_wipes_the_report(service_stage: ServiceStage) -> None:
    from kiosk.session.machine import EndReason

    service_stage.sign_in()
    screen = _pothole(service_stage)
    service_stage.click(screen.findChild(QPushButton, "report-place-site"))
    text = screen.findChild(QPlainTextEdit, "report-description")
    assert text is not None
    text.setPlainText("Outside number 7, my neighbour's house")
    service_stage.controller.end(EndReason.SIGN_OUT)
    assert text.toPlainText() == ""
    assert screen.report.category is None and not screen.report.answers
    assert service_stage.service_screen is None


def _with_camera(kiosk: ServiceStage, tmp_path: Path) -> None:
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


def _photo_step(kiosk: ServiceStage, screen: StreetReportScreen) -> ReportPhotoStep:
    kiosk.click(screen.findChild(QPushButton, "report-place-site"))
    assert isinstance(screen.current, DescribeStep)
    assert screen.next_button.text() == "Continue"
    kiosk.click(screen.next_button)
    step = screen.current
    assert isinstance(step, ReportPhotoStep)
    assert step.camera is None  # the camera is off until the resident asks
    assert "without a photo" in screen.next_button.text()
    kiosk.click(step.start_button)
    kiosk.qtbot.waitUntil(lambda: step.shoot_button.isVisible(), timeout=20_000)
    assert step.indicator.isVisible()
    kiosk.click(step.shoot_button)
    assert step.camera is None
    kiosk.qtbot.waitUntil(lambda: screen.report.photo is not None, timeout=20_000)  # blurred
    assert step.retake_button.isVisible() and step.remove_button.isVisible()
    assert "with the photo" in screen.next_button.text()
    return step


def test_guest_report_with_a_photo(service_stage: ServiceStage, tmp_path: Path) -> None:
    _with_camera(service_stage, tmp_path)
    service_stage.sign_in_guest()
    screen = _pothole(service_stage)
    step = _photo_step(service_stage, screen)
    render_and_audit(service_stage.host, "street-report-photo")
    photo = screen.report.photo
    assert photo is not None and bytes(photo[:2]) == b"\xff\xd8"
    service_stage.click(step.remove_button)  # changed their mind, then took it again
    assert screen.report.photo is None and not any(photo)  # the old buffer is zeroed
    service_stage.click(step.start_button)
    service_stage.qtbot.waitUntil(lambda: step.shoot_button.isVisible(), timeout=20_000)
    service_stage.click(step.shoot_button)
    service_stage.qtbot.waitUntil(lambda: screen.report.photo is not None, timeout=20_000)
    service_stage.click(screen.next_button)
    _send(service_stage, screen)
    receipt = _receipt(service_stage, screen)
    assert receipt.outcome.status is ReceiptStatus.SUBMITTED
    (request,) = _requests(service_stage)
    (stored,) = service_stage.city.gateway_state.media.values()
    assert str(request["media_url"]).endswith(f"/media/{stored['media_id']}")
    assert bytes(stored["content"][:2]) == b"\xff\xd8"


def test_photo_report_offline_is_sent_once_back_online(
    service_stage: ServiceStage, tmp_path: Path
) -> None:
    _with_camera(service_stage, tmp_path)
    service_stage.sign_in()
    screen = _pothole(service_stage)
    _photo_step(service_stage, screen)
    service_stage.go_offline()
    service_stage.click(screen.next_button)
    _send(service_stage, screen)
    receipt = _receipt(service_stage, screen)
    assert receipt.outcome.status is ReceiptStatus.QUEUED
    assert not service_stage.city.gateway_state.media
    service_stage.go_online()
    service_stage.wait_delivered(receipt.outcome.reference)
    (request,) = _requests(service_stage)
    assert len(service_stage.city.gateway_state.media) == 1 and request["media_url"]
    assert not any(service_stage.city.ledger.duplicates().values())


def test_session_end_zeroes_the_photo(service_stage: ServiceStage, tmp_path: Path) -> None:
    from kiosk.session.machine import EndReason

    _with_camera(service_stage, tmp_path)
    service_stage.sign_in()
    screen = _pothole(service_stage)
    _photo_step(service_stage, screen)
    photo = screen.report.photo
    assert photo is not None
    service_stage.controller.end(EndReason.SIGN_OUT)
    assert screen.report.photo is None and not any(photo)


FACE_PHOTO = Path(__file__).resolve().parents[2] / "data" / "faces" / "astronaut.jpg"


def _faces_camera(kiosk: ServiceStage, tmp_path: Path) -> None:
    """The kiosk's camera sees a person (tests/data/faces/astronaut.jpg)."""
    faces = FACE_PHOTO
    core = kiosk.core
    camera = core.config.devices.camera.model_copy(
        update={"driver": "emulated", "source": str(faces)}
    )
    core.config = core.config.model_copy(
        update={"devices": core.config.devices.model_copy(update={"camera": camera})}
    )


def _face_detail(jpeg: bytes) -> float:
    image = cv2.imdecode(np.frombuffer(jpeg, np.uint8), cv2.IMREAD_GRAYSCALE)
    assert image is not None
    scale = image.shape[1] / 512  # the photo is the scene at its own size
    x, y, side = (round(v * scale) for v in (177, 66, 95))
    return float(cv2.Laplacian(image[y : y + side, x : x + side], cv2.CV_64F).var())


def test_a_face_in_the_photo_is_blurred_and_said(
    service_stage: ServiceStage, tmp_path: Path
) -> None:
    _faces_camera(service_stage, tmp_path)
    service_stage.sign_in_guest()
    screen = _pothole(service_stage)
    step = _photo_step(service_stage, screen)
    photo = screen.report.photo
    assert photo is not None and screen.photo_privacy is not None
    assert len(screen.photo_privacy.faces) == 1
    assert "blurred" in step.status.text() and step.status.isVisible()
    original = (
        Path(__file__).resolve().parents[2] / "data" / "faces" / "astronaut.jpg"
    ).read_bytes()
    assert _face_detail(bytes(photo)) < 0.1 * _face_detail(original)
    render_and_audit(service_stage.host, "street-report-photo-blurred")
    service_stage.click(screen.next_button)
    review = screen.current
    assert isinstance(review, ReviewStep) and review.thumbnail is not None
    assert "blurred" in review.values["photo"].text()
    render_and_audit(service_stage.host, "street-report-review-photo")
    service_stage.click(review.changes["photo"])  # back to the photo, then on to the review
    again = screen.current
    assert isinstance(again, ReportPhotoStep) and again.retake_button.isVisible()
    service_stage.click(again.remove_button)
    service_stage.click(screen.next_button)
    review = screen.current
    assert isinstance(review, ReviewStep) and review.thumbnail is None
    assert review.values["photo"].text() == "No photo"


def test_blurred_photo_in_arabic_high_contrast_large_text(
    service_stage: ServiceStage, tmp_path: Path
) -> None:
    _faces_camera(service_stage, tmp_path)
    service_stage.sign_in_guest()
    screen = _pothole(service_stage)
    _photo_step(service_stage, screen)
    controller = service_stage.controller
    for name in ("large_text", "high_contrast"):
        controller.set_preference(name, True)
    controller.set_language("ar")
    service_stage.qtbot.waitUntil(lambda: screen.back_button.text() != "Back", timeout=5_000)
    render_and_audit(service_stage.host, "street-report-photo-blurred-ar-large-contrast")
    service_stage.click(screen.next_button)
    assert isinstance(screen.current, ReviewStep)
    render_and_audit(service_stage.host, "street-report-review-photo-ar-large-contrast")


def test_review_shows_the_answers_change_returns_send_once(service_stage: ServiceStage) -> None:
    kiosk = service_stage
    kiosk.sign_in()
    screen = _pothole(kiosk)
    kiosk.click(screen.findChild(QPushButton, "report-place-site"))
    describe = screen.current
    assert isinstance(describe, DescribeStep)
    describe.text.setPlainText("Deep hole by the bus stop")
    kiosk.click(screen.next_button)
    review = screen.current
    assert isinstance(review, ReviewStep)
    values = {k: v.text() for k, v in review.values.items()}
    # the answer as the resident saw it ("Larger than a wheel"), not the city's key ("large")
    assert values["problem"] == "Pothole (Larger than a wheel)"
    assert values["place"] == isolate(kiosk.config.kiosk.address)  # keeps its order
    assert "Deep hole by the bus stop" in values["description"]
    assert "anonymous" in values["description"]
    assert review.map is not None and review.map.isVisible()
    config = kiosk.config.kiosk
    assert review.map.marker == (config.latitude, config.longitude)
    assert review.changes["place"].accessibleName() == "Change the place"
    render_and_audit(kiosk.host, "street-report-review")
    # change the place: back to the places, and the choice returns to the review
    kiosk.click(review.changes["place"])
    assert isinstance(screen.current, PlaceStep)
    kiosk.click(screen.findChild(QPushButton, "report-place-north"))
    review = screen.current
    assert isinstance(review, ReviewStep)
    assert review.values["place"].text() == "About 100 m north of this kiosk"
    place = screen.report.place
    assert place is not None and review.map is not None
    assert review.map.marker == (place.lat, place.lon)
    # change the description: the text is still there; Continue returns to the review
    kiosk.click(review.changes["description"])
    describe = screen.current
    assert isinstance(describe, DescribeStep)
    assert describe.text.toPlainText() == "Deep hole by the bus stop"
    describe.text.setPlainText("Deep hole, north side")
    kiosk.click(describe.linked)
    kiosk.click(screen.next_button)
    review = screen.current
    assert isinstance(review, ReviewStep)
    assert "Deep hole, north side" in review.values["description"].text()
    assert "linked" in review.values["description"].text()
    # change the problem: a category with questions asks them again, then returns
    kiosk.click(review.changes["problem"])
    assert isinstance(_cur(screen), CategoryStep)
    kiosk.click(screen.findChild(QPushButton, "report-category-POTHOLE"))
    questions = _cur(screen)
    assert isinstance(questions, QuestionsStep)  # a new one: the old one is being deleted
    kiosk.click(questions.findChild(QPushButton, "report-answer-SIZE-small"))
    kiosk.click(screen.next_button)
    review = screen.current
    assert isinstance(review, ReviewStep)
    assert "small" in review.values["problem"].text().lower()
    # Send: a second tap while sending sends nothing more
    kiosk.click(screen.next_button)
    assert screen.busy and not screen.next_button.isEnabled()
    review.advance()  # a second tap that got through anyway
    _receipt(kiosk, screen)
    (request,) = _requests(kiosk)
    assert "north side" in str(request["description"])
    assert float(str(request["lat"])) == place.lat


def test_review_in_arabic_high_contrast_large_text(service_stage: ServiceStage) -> None:
    kiosk = service_stage
    kiosk.sign_in_guest()
    controller = kiosk.controller
    for name in ("large_text", "high_contrast"):
        controller.set_preference(name, True)
    controller.set_language("ar")
    screen = _pothole(kiosk)
    kiosk.click(screen.findChild(QPushButton, "report-place-east"))
    kiosk.click(screen.next_button)
    review = screen.current
    assert isinstance(review, ReviewStep) and review.map is not None
    render_and_audit(kiosk.host, "street-report-review-ar-large-contrast")
