"""Sentences of the permits service read as sentences (#16 item 11): a check-answers row shows
the question and the answer on separate lines ("Electric vehicle?" / "No", never
"Electric vehicle?: No"), and a renewal's title is not repeated by its action ("Renew: Renew a
dog licence"). Real kiosk against the demo city."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QPushButton

from tests.helpers.city_kiosk import CityKiosk
from ui.services.permits import ReviewStep


def test_check_answers_rows_and_renewal_choices_read_as_sentences(city_kiosk: CityKiosk) -> None:
    city_kiosk.sign_in()
    screen = city_kiosk.open("permits")
    city_kiosk.wait_idle(screen)
    buttons = {b.objectName(): b for b in screen.findChildren(QPushButton)}
    renew = [b for name, b in buttons.items() if name.startswith("permits-renew-dog")]
    assert renew
    title, valid = renew[0].text().split("\n")
    assert title == "Renew a dog licence" and "Renew:" not in renew[0].text()
    assert valid.startswith("Your licence is valid until ")
    buttons["permits-apply-parking-permit"].click()
    for name, value in (("plate-input", "1234abc"), ("start_date-day", "15")):
        field = screen.findChild(QLineEdit, f"field-{name}")
        assert field is not None
        field.setText(value)
    for name, value in (("start_date-month", "6"), ("start_date-year", "2031")):
        field = screen.findChild(QLineEdit, f"field-{name}")
        assert field is not None
        field.setText(value)
    for name in ("field-zone-b", "field-electric-false"):
        choice = screen.findChild(QPushButton, name)
        assert choice is not None
        choice.click()
    screen.next_button.click()
    review = screen.current
    assert isinstance(review, ReviewStep)
    text = review.summary.text()
    assert "Electric vehicle?\nNo" in text and "?: " not in text
    assert "\n1234ABC" in text or "1234abc" in text
    for language in ("es", "ar"):
        city_kiosk.app.controller.set_language(language)
        assert "?: " not in review.summary.text() and "؟: " not in review.summary.text()
    city_kiosk.app.controller.set_language("en")
