"""Errors next to their field (#16 item 3) and plural forms in the form engine (#16 item 11):
each invalid field is marked (border, sign and words) with its problem directly under it, the
summary at the top lists the problems and each entry moves focus to its field, a problem goes
as soon as the answer is valid, and the problem is read with the field. Real kiosk against
the demo city, real widgets."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import TypeVar
from xml.sax.saxutils import escape

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QWidget

from tests.helpers.service_stage import ServiceStage
from ui.a11y_walk.walk import settle
from ui.forms.engine import FieldEditor, FormStep
from ui.services.base import ServiceScreen
from ui.services.permits import ReviewStep
from ui.speech import describe

W = TypeVar("W", bound=QWidget)


def _child(screen: QWidget, cls: type[W], name: str) -> W:
    found: W | None = screen.findChild(cls, name)
    if found is None:
        raise AssertionError(name)
    return found


def _open_parking(kiosk: ServiceStage) -> tuple[ServiceScreen, FormStep]:
    kiosk.sign_in()
    screen = kiosk.open("permits")
    kiosk.wait_idle(screen)
    _child(screen, QPushButton, "permits-apply-parking-permit").click()
    step = screen.current
    assert isinstance(step, FormStep)
    return screen, step


def _editor(step: FormStep, name: str) -> FieldEditor:
    (editor,) = [e for e in step.editors if e.field.name == name]
    return editor


def test_each_invalid_field_is_marked_with_its_problem_under_it(
    service_stage: ServiceStage,
) -> None:
    screen, step = _open_parking(service_stage)
    plate = _child(screen, QLineEdit, "field-plate-input")
    plate.setText("12")
    screen.next_button.click()
    assert screen.current is step  # not sent on
    service_stage.qtbot.waitUntil(lambda: step.summary.isVisible())
    settle()
    editor = _editor(step, "plate")
    problem = _child(screen, QLabel, "field-plate-problem")
    mark = _child(screen, QLabel, "field-plate-problem-mark")
    assert problem.isVisible() and mark.isVisible() and mark.text() == "\u26a0"  # not colour
    words = problem.text()
    assert words and editor.property("invalid") is True
    assert "solid" in editor.styleSheet()  # the input's danger border
    # directly under the input: the next thing in the field, no gap bigger than the spacing
    assert (
        problem.mapTo(screen, problem.rect().topLeft()).y()
        >= plate.mapTo(screen, plate.rect().bottomLeft()).y()
    )
    gap = (
        problem.mapTo(screen, problem.rect().topLeft()).y()
        - plate.mapTo(screen, plate.rect().bottomLeft()).y()
    )
    assert gap <= screen.theme.spacing
    # the problem is read with the field (speech and the accessible description)
    assert plate.accessibleDescription() == words
    assert words in describe(plate)
    # no message far away at the bottom of the screen
    assert not screen.message.isVisible()


def test_the_summary_lists_the_problems_and_moves_focus_to_each_field(
    service_stage: ServiceStage,
) -> None:
    screen, step = _open_parking(service_stage)
    window = service_stage.host
    window.activateWindow()
    service_stage.qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    screen.next_button.click()  # nothing answered: plate, zone and start date
    entries = {n: e for n, e in step.summary_entries.items() if e.isVisible()}
    assert set(entries) == {"plate", "zone", "start_date"}
    assert step.summary_heading.text().startswith("3 ")
    plate_entry = entries["plate"]
    question, problem = plate_entry.text().split("\n")
    assert question == _editor(step, "plate").caption.text()  # the question, then its problem
    assert problem == "Please answer this question."
    # focus went to the summary's first entry (read aloud with its problem)
    service_stage.qtbot.waitUntil(lambda: plate_entry.hasFocus())
    assert "Please answer this question." in describe(plate_entry)
    entries["zone"].click()
    service_stage.qtbot.waitUntil(lambda: _editor(step, "zone").options[0][1].hasFocus())
    entries["start_date"].click()
    day = _child(screen, QLineEdit, "field-start_date-day")
    service_stage.qtbot.waitUntil(lambda: day.hasFocus())
    entries["plate"].click()
    plate = _child(screen, QLineEdit, "field-plate-input")
    service_stage.qtbot.waitUntil(lambda: plate.hasFocus())


def test_a_problem_clears_as_soon_as_the_answer_is_valid(service_stage: ServiceStage) -> None:
    screen, step = _open_parking(service_stage)
    screen.next_button.click()
    plate = _child(screen, QLineEdit, "field-plate-input")
    plate_problem = _child(screen, QLabel, "field-plate-problem")
    assert plate_problem.isVisible()
    plate.setText("12")  # still not a plate: the problem stays until Next
    assert plate_problem.isVisible()
    plate.setText("1234abc")  # valid (upper-cased as typed): the problem goes at once
    assert not plate_problem.isVisible() and not plate.accessibleDescription()
    assert _editor(step, "plate").property("invalid") is False
    assert not step.summary_entries["plate"].isVisible()
    assert step.summary_heading.text().startswith("2 ")
    _child(screen, QPushButton, "field-zone-b").click()  # "please answer" goes on answering
    assert not _child(screen, QLabel, "field-zone-problem").isVisible()
    for part, value in (("day", "15"), ("month", "6"), ("year", "2031")):
        _child(screen, QLineEdit, f"field-start_date-{part}").setText(value)
    assert not step.summary.isVisible()
    screen.next_button.click()
    assert isinstance(screen.current, ReviewStep)


SUMMARY = "%n answers need checking. Tap one to go to it."
FORMS = {
    "en": ["%n answer needs checking. Tap it to go to it.", "%n answers need checking. Tap one."],
    "ar": [f"ar{i} %n" for i in range(6)],  # zero, one, two, few, many, other
}


def _catalogue(tmp_path: Path, language: str) -> QTranslator:
    """A catalogue with the summary's plural forms, compiled by Qt's own lrelease."""
    forms = "".join(f"<numerusform>{escape(f)}</numerusform>" for f in FORMS[language])
    ts = tmp_path / f"plural_{language}.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS>'
        f'<TS version="2.1" language="{language}"><context><name>FormStep</name>'
        f'<message numerus="yes"><source>{escape(SUMMARY)}</source>'
        f"<translation>{forms}</translation></message></context></TS>",
        encoding="utf-8",
    )
    qm = tmp_path / f"plural_{language}.qm"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    return translator


def test_the_summary_count_uses_the_languages_plural_forms(
    service_stage: ServiceStage, tmp_path: Path
) -> None:
    screen, step = _open_parking(service_stage)
    _child(screen, QLineEdit, "field-plate-input").setText("1234abc")
    _child(screen, QPushButton, "field-zone-b").click()
    for language, one, two in (
        ("en", "1 answer needs checking. Tap it to go to it.", "2 answers need checking. Tap one."),
        ("ar", "ar1 1", "ar2 2"),
    ):
        translator = _catalogue(tmp_path, language)
        QCoreApplication.installTranslator(translator)
        try:
            _child(screen, QLineEdit, "field-start_date-day").setText("")
            screen.next_button.click()  # one problem: the start date
            assert step.summary_heading.text() == one
            _child(screen, QLineEdit, "field-plate-input").setText("")
            screen.next_button.click()  # two: the plate and the start date
            assert step.summary_heading.text() == two
            _child(screen, QLineEdit, "field-plate-input").setText("1234abc")
        finally:
            QCoreApplication.removeTranslator(translator)


def test_a_shown_problem_follows_the_language(service_stage: ServiceStage, tmp_path: Path) -> None:
    screen, step = _open_parking(service_stage)
    screen.next_button.click()
    zone = _child(screen, QLabel, "field-zone-problem")
    assert zone.text() == "Please answer this question."
    # the engine's sentences have one context the catalogue extraction sees: FormTexts
    ts = tmp_path / "forms_es.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS>'
        '<TS version="2.1" language="es"><context><name>FormTexts</name>'
        "<message><source>Please answer this question.</source>"
        "<translation>Responda a esta pregunta, por favor.</translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    qm = tmp_path / "forms_es.qm"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    service_stage.controller.set_language("es")
    QCoreApplication.installTranslator(translator)
    try:
        step.retranslate()
        assert zone.isVisible() and zone.text() == "Responda a esta pregunta, por favor."
        entry = step.summary_entries["zone"]
        assert entry.isVisible() and entry.text().endswith(zone.text())
    finally:
        QCoreApplication.removeTranslator(translator)
    service_stage.controller.set_language("en")  # the kiosk retranslates on its event
    service_stage.qtbot.waitUntil(lambda: zone.text() == "Please answer this question.")
