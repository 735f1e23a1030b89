"""Sentences of the permits service read as sentences (#16 item 11): a check-answers row shows
the question and the answer on separate lines ("Electric vehicle?" / "No", never
"Electric vehicle?: No"), and a renewal's title is not repeated by its action ("Renew: Renew a
dog licence"). Real kiosk against the demo city."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton

from tests.helpers.service_stage import ServiceStage
from ui.a11y_walk.walk import settle
from ui.services.permits import ReviewStep


def test_check_answers_rows_and_renewal_choices_read_as_sentences(
    service_stage: ServiceStage,
) -> None:
    service_stage.sign_in()
    screen = service_stage.open("permits")
    service_stage.wait_idle(screen)
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
    answers = review.answers()  # the question, and the answer on its own line
    assert ("Electric vehicle?", "No") in answers and ("Number plate", "1234ABC") in answers
    assert "?: " not in review.summary.text()
    settle()
    answer = screen.findChild(QLabel, "permits-answer-electric-value")
    question = screen.findChild(QLabel, "permits-answer-electric-question")
    assert answer is not None and question is not None
    assert answer.font().bold() and not question.font().bold()
    assert (
        answer.mapTo(review, answer.rect().topLeft()).y()
        >= question.mapTo(review, question.rect().bottomLeft()).y()
    )

    def plate_line() -> str:
        found = review.findChild(QLabel, "permits-answer-plate-value")
        return found.text() if found is not None else ""

    assert plate_line().startswith("\u200e\u2068")
    service_stage.controller.set_language("ar")  # a Latin plate keeps to the Arabic side
    service_stage.qtbot.waitUntil(lambda: plate_line().startswith("\u200f\u2068"))
    for language, words in (
        ("es", ("¿Vehículo eléctrico?", "No")),
        ("ar", ("مركبة كهربائية؟", "لا")),
    ):
        service_stage.controller.set_language(language)
        service_stage.qtbot.waitUntil(lambda w=words: w in review.answers())
    service_stage.controller.set_language("en")
