"""Permits and licences against the demo city: catalog form → photo → card signature → receipt."""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path
from typing import TypeVar

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QPushButton, QWidget

from kiosk.records.receipts import ReceiptStatus
from tests.helpers.service_stage import ServiceStage
from tests.helpers.soft_card import SoftCard
from ui.services.base import ServiceScreen
from ui.services.permits import ChooseStep, CounterStep, ReviewStep
from ui.services.photo import PhotoStep
from ui.services.receipt import ReceiptStep

W = TypeVar("W", bound=QWidget)
FACE = Path(__file__).parents[2] / "data" / "faces" / "astronaut.jpg"


def _t(en: str) -> dict[str, str]:
    return {"en": en, "es": f"{en} (es)"}


STREET_PARTY = {
    "service_id": "street-party",
    "kind": "permit",
    "category": "permits",
    "title": _t("Street party permit"),
    "summary": _t("Close your street for a party."),
    "eligibility": ["resident"],
    "requires_photo": False,
    "requires_signature": True,
    "fee": {"amount_minor": 2000, "currency": "EUR"},
    "online_only": False,
    "fields": [
        {"name": "street", "type": "address", "label": _t("Street"), "required": True},
        {"name": "day", "type": "date", "label": _t("Day of the party"), "required": True},
        {
            "name": "size",
            "type": "choice",
            "label": _t("How many guests?"),
            "required": True,
            "choices": [
                {"value": "small", "label": _t("Up to 50")},
                {"value": "large", "label": _t("More than 50")},
            ],
        },
        {"name": "music", "type": "yes_no", "label": _t("Amplified music?"), "required": True},
        {
            "name": "deposit",
            "type": "money",
            "label": _t("Deposit"),
            "required": False,
            "validation": {"min": 0, "max": 100},
        },
        {"name": "plan", "type": "long_text", "label": _t("Your plan"), "required": False},
    ],
}


def _child(screen: QWidget, cls: type[W], name: str) -> W:
    found: W | None = screen.findChild(cls, name)
    if found is None:
        raise AssertionError(name)
    return found


def _renew_buttons(screen: ServiceScreen) -> list[QPushButton]:
    buttons = screen.findChildren(QPushButton)
    return [b for b in buttons if b.objectName().startswith("permits-renew-dog")]


def _open_permits(kiosk: ServiceStage) -> tuple[ServiceScreen, SoftCard]:
    card = SoftCard()
    kiosk.host.card = card
    kiosk.sign_in()
    screen = kiosk.open("permits")
    kiosk.wait_idle(screen)
    return screen, card


def _receipt(kiosk: ServiceStage, screen: ServiceScreen) -> ReceiptStep:
    kiosk.qtbot.waitUntil(lambda: isinstance(screen.current, ReceiptStep), timeout=20_000)
    step = screen.current
    assert isinstance(step, ReceiptStep)
    return step


def test_a_permit_type_added_by_the_city_is_rendered_and_submitted(
    service_stage: ServiceStage,
) -> None:
    catalog = copy.deepcopy(service_stage.city.gateway_state.catalog)
    catalog["version"] = "2026.12.1"
    catalog["services"].append(STREET_PARTY)
    service_stage.city.gateway_state.catalog = catalog
    screen, card = _open_permits(service_stage)
    tile = _child(screen, QPushButton, "permits-apply-street-party")
    assert "Street party permit" in tile.text()
    tile.click()
    _child(screen, QLineEdit, "field-street-input").setText("Carrer Major 1")
    _child(screen, QPushButton, "field-size-small").click()
    _child(screen, QPushButton, "field-music-false").click()
    _child(screen, QLineEdit, "field-deposit-input").setText("12,5")
    _child(screen, QPlainTextEdit, "field-plan-input").setPlainText("Tables and a cake")
    screen.next_button.click()  # the date is missing
    summary = _child(screen, QWidget, "form-summary")  # the problems, listed at the top
    assert summary.isVisible() and _child(screen, QWidget, "form-summary-day").isVisible()
    problem = _child(screen, QWidget, "field-day-problem")
    assert problem.isVisible()
    day = dt.date.today() + dt.timedelta(days=30)
    _child(screen, QLineEdit, "field-day-day").setText(str(day.day))
    _child(screen, QLineEdit, "field-day-month").setText(str(day.month))
    _child(screen, QLineEdit, "field-day-year").setText(str(day.year))
    screen.next_button.click()
    review = screen.current
    assert isinstance(review, ReviewStep)
    assert "20.00 EUR" in review.fee.text() and "Up to 50" in dict(review.answers()).values()
    screen.next_button.click()
    receipt = _receipt(service_stage, screen)
    assert receipt.outcome.status is ReceiptStatus.SUBMITTED
    assert card.signed
    apps = list(service_stage.city.gateway_state.applications.values())
    assert [a["service_id"] for a in apps] == ["street-party"]
    assert apps[0]["form"]["deposit"] == 12.5 and apps[0]["form"]["music"] is False


def test_offline_uses_the_saved_catalog_and_queues_then_delivers(
    service_stage: ServiceStage,
) -> None:
    screen, _card = _open_permits(service_stage)  # online once: the catalog is saved
    screen.back_button.click()
    service_stage.go_offline()
    screen = service_stage.open("permits")
    service_stage.wait_idle(screen)
    choose = screen.current
    assert isinstance(choose, ChooseStep)
    assert "network is down" in choose.note.text()
    _child(screen, QPushButton, "permits-apply-parking-permit").click()
    service_stage.controller.set_preference("simplified", False)
    _child(screen, QLineEdit, "field-plate-input").setText("1234ABC")
    _child(screen, QPushButton, "field-zone-b").click()
    start = dt.date.today() + dt.timedelta(days=3)
    for part, value in (("day", start.day), ("month", start.month), ("year", start.year)):
        _child(screen, QLineEdit, f"field-start_date-{part}").setText(str(value))
    screen.next_button.click()
    assert isinstance(screen.current, ReviewStep)
    screen.next_button.click()
    receipt = _receipt(service_stage, screen)
    assert receipt.outcome.status is ReceiptStatus.QUEUED
    assert "Saved" in receipt.status_title.text()
    service_stage.go_online()
    service_stage.wait_delivered(receipt.outcome.reference)
    apps = list(service_stage.city.gateway_state.applications.values())
    assert [a["service_id"] for a in apps] == ["parking-permit"]


def test_renewal_with_an_id_photo_from_the_camera(service_stage: ServiceStage) -> None:
    core = service_stage.core
    camera = core.config.devices.camera.model_copy(
        update={"driver": "emulated", "source": str(FACE)}
    )
    core.config = core.config.model_copy(
        update={"devices": core.config.devices.model_copy(update={"camera": camera})}
    )
    screen, _card = _open_permits(service_stage)
    renew = [
        b
        for b in screen.findChildren(QPushButton)
        if b.objectName().startswith("permits-renew-dog")
    ]
    assert renew, "the resident's dog licence is renewable"
    renew[0].click()
    _child(screen, QLineEdit, "field-chip_number-input").setText("123456789012345")
    _child(screen, QLineEdit, "field-weight_kg-input").setText("21")
    screen.next_button.click()
    photo = screen.current
    assert isinstance(photo, PhotoStep)
    assert photo.camera is None  # the camera is off until the resident asks
    photo.start_button.click()
    service_stage.qtbot.waitUntil(lambda: photo.shoot_button.isVisible(), timeout=20_000)
    assert photo.indicator.isVisible()
    photo.shoot_button.click()
    assert photo.camera is None and photo.accept_button.isVisible()
    photo.retake_button.click()
    service_stage.qtbot.waitUntil(lambda: photo.shoot_button.isVisible(), timeout=20_000)
    photo.shoot_button.click()
    photo.accept_button.click()
    assert isinstance(screen.current, ReviewStep)
    screen.next_button.click()
    receipt = _receipt(service_stage, screen)
    assert receipt.outcome.status is ReceiptStatus.SUBMITTED
    apps = list(service_stage.city.gateway_state.applications.values())
    assert apps and apps[0]["kind"] == "licence_renewal"


def test_no_camera_offers_the_counter(service_stage: ServiceStage) -> None:
    screen, _card = _open_permits(service_stage)
    renew = [
        b
        for b in screen.findChildren(QPushButton)
        if b.objectName().startswith("permits-renew-dog")
    ]
    renew[0].click()
    _child(screen, QLineEdit, "field-chip_number-input").setText("123456789012345")
    _child(screen, QLineEdit, "field-weight_kg-input").setText("21")
    screen.next_button.click()
    photo = screen.current
    assert isinstance(photo, PhotoStep)
    assert photo.camera_state == "absent" and not photo.start_button.isVisible()
    assert "not available" in photo.intro.text()
    photo.counter_button.click()
    assert isinstance(screen.current, CounterStep)
    assert not service_stage.core.outbox.items()  # type: ignore[union-attr]


def test_simplified_mode_asks_one_question_per_page(service_stage: ServiceStage) -> None:
    service_stage.host.card = SoftCard()
    service_stage.sign_in()
    service_stage.controller.set_preference("simplified", True)
    screen = service_stage.open("permits")
    service_stage.wait_idle(screen)
    _child(screen, QPushButton, "permits-apply-parking-permit").click()
    assert "Question 1 of 4" in screen.step_label.text()
    _child(screen, QLineEdit, "field-plate-input").setText("1234ABC")
    screen.next_button.click()
    assert "Question 2 of 4" in screen.step_label.text()
    assert screen.findChild(QLineEdit, "field-plate-input").isVisible() is False  # type: ignore[union-attr]


def test_without_a_card_signature_nothing_is_sent(service_stage: ServiceStage) -> None:
    service_stage.sign_in()
    screen = service_stage.open("permits")
    service_stage.wait_idle(screen)
    _child(screen, QPushButton, "permits-apply-parking-permit").click()
    _child(screen, QLineEdit, "field-plate-input").setText("1234ABC")
    _child(screen, QPushButton, "field-zone-a").click()
    start = dt.date.today() + dt.timedelta(days=3)
    for part, value in (("day", start.day), ("month", start.month), ("year", start.year)):
        _child(screen, QLineEdit, f"field-start_date-{part}").setText(str(value))
    screen.next_button.click()
    screen.next_button.click()
    assert "card" in screen.message.text()
    assert not service_stage.core.outbox.items()  # type: ignore[union-attr]
