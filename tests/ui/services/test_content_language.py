"""Back-end content in an Arabic session, on the real widgets against the demo city: known
statuses translated, English-only texts isolated left-to-right, and one notice per screen that
says the city has no Arabic text for them (issue #16 item 10)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QPushButton

from kiosk.text.bidi import FSI, LRI, LRM, PDI, RLI, RLM, has_rtl_letters
from tests.helpers.service_stage import ServiceStage
from ui.services.city.projects import ProjectListStep, ProjectsScreen, ProjectStep
from ui.services.city.street_report import CategoryStep, QuestionsStep, StreetReportScreen

ENGLISH_NOTICE = "Shown in English: the city has no text for this in your language."


def _arabic(kiosk: ServiceStage) -> None:
    kiosk.controller.set_language("ar")
    kiosk.qtbot.waitUntil(lambda: kiosk.translations.language == "ar", timeout=5_000)


def _notices(screen: object) -> list[QLabel]:
    assert isinstance(screen, ProjectsScreen | StreetReportScreen)
    return [w for w in screen.findChildren(QLabel) if w.objectName().endswith("language-notice")]


def _calm(kiosk: ServiceStage, notice: QLabel) -> None:
    """The notice is information, not an error: framed in the palette's border colour as the
    window draws it, never in the danger colour of problems (#16.10)."""
    palette = kiosk.host.theme.palette
    image = notice.grab().toImage()
    frame = image.pixelColor(1, image.height() // 2)  # inside the 3 px border
    assert frame == QColor(palette.border), frame.name()
    assert frame != QColor(palette.danger)


def test_arabic_project_status_translated_and_english_description_isolated_with_notice(
    service_stage: ServiceStage,
) -> None:
    kiosk = service_stage
    kiosk.sign_in_guest()
    _arabic(kiosk)
    screen = kiosk.open("projects")
    assert isinstance(screen, ProjectsScreen)
    kiosk.wait_idle(screen)
    listing = screen.current
    assert isinstance(listing, ProjectListStep)
    school = kiosk.host.findChild(QPushButton, "projects-PRJ-005")
    assert school is not None
    # "completed" from the city: the kiosk's own Arabic word; the title in Arabic, RLI-isolated
    completed = QCoreApplication.translate("Projects", "Completed")
    assert completed == "مكتمل" and completed in school.text()
    assert school.text().startswith(f"{RLI}مدرسة الحي الشمالي{PDI}")
    kiosk.click(kiosk.host.findChild(QPushButton, "projects-PRJ-004"))
    project = screen.current
    assert isinstance(project, ProjectStep)
    status = project.status.text()
    # "consultation" (raw, lower-case) is never shown: the kiosk's translated, capitalised
    # phase is (its Arabic arrives with the catalogue merge; "Completed" above already has it)
    phase = QCoreApplication.translate("Projects", "Public consultation: residents are being asked")
    assert status == f"الحالة: {phase}"
    assert phase != "consultation" and not phase[0].islower()
    # the description exists only in English: a left-to-right run, its full stop at its end
    description = project.description.text()
    # led by LRM: alone in its label the English paragraph reads and wraps left to right
    assert description.startswith(f"{LRM}{LRI}A new layout")
    assert description.endswith(f"consultation.{PDI}")
    assert not has_rtl_letters(description)
    # said once for the screen, not on every line
    visible = [w for w in _notices(screen) if w.isVisible()]
    assert len(visible) == 1
    assert visible[0].text() == QCoreApplication.translate("ContentLanguage", ENGLISH_NOTICE)
    _calm(kiosk, visible[0])
    # amounts keep their order inside the Arabic sentence, the share after the amount
    budget = project.budget.text()
    assert f"{FSI}400,000.00 EUR{PDI}" in budget and f"{FSI}5,000.00 EUR{PDI} (1" in budget
    # the title is in Arabic: isolated right-to-left
    assert project.heading.text() == f"{RLM}{RLI}إعادة تصميم ساحة نوفا{PDI}"
    # the session's language travelled to the gateway (Accept-Language): milestone names,
    # plain text, came back in Arabic (Content-Language: ar)
    assert f"{RLI}الاستشارة{PDI}" in project.milestones.text()
    kiosk.click(screen.back_button)
    assert screen.current is listing


def test_arabic_street_report_categories_in_arabic_questions_english_with_one_notice(
    service_stage: ServiceStage,
) -> None:
    kiosk = service_stage
    kiosk.sign_in_guest()
    _arabic(kiosk)
    screen = kiosk.open("street_report")
    assert isinstance(screen, StreetReportScreen)
    kiosk.wait_idle(screen)
    categories = screen.current
    assert isinstance(categories, CategoryStep) and categories.categories is not None
    pothole = kiosk.host.findChild(QPushButton, "report-category-POTHOLE")
    assert pothole is not None
    # asked in Arabic (locale=ar, Accept-Language: ar), answered in Arabic: no notice
    assert pothole.text().startswith(f"{RLI}حفرة في الطريق{PDI}")
    assert not any(w.isVisible() for w in _notices(screen))
    kiosk.click(pothole)
    questions = screen.current
    assert isinstance(questions, QuestionsStep)
    size = kiosk.host.findChild(QLabel, "report-question-SIZE")
    assert size is not None and f"{LRI}How big is it?{PDI}" in size.text()
    wheel = kiosk.host.findChild(QPushButton, "report-answer-SIZE-large")
    assert wheel is not None and wheel.text() == f"{LRI}Larger than a wheel{PDI}"
    visible = [w for w in _notices(screen) if w.isVisible()]
    assert len(visible) == 1  # one notice for six English answers and two questions
    kiosk.click(screen.back_button)
    assert not any(w.isVisible() for w in _notices(screen))  # back to the Arabic list
