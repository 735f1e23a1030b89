"""The technician diagnostics screen as a status board (issue #15 item 13): a row per device with
a coloured state and a text label, the problem in plain words with the next step, live updates
from the printer's own events (no Refresh), and each action's result beside its button.

``DIAG_SCREENS=<dir>`` also saves screenshots (portrait and landscape; English, and Arabic with
large text and high contrast) of the board with the printer ready and out of paper. The board
runs on the service stage (one screen on a started core, the top bar above it, no window)."""

from __future__ import annotations

import os
from pathlib import Path

from drivers.printer import PaperLevel
from kiosk.session.machine import Identity, Role
from tests.helpers.city_kiosk import TIMEOUT_MS
from tests.helpers.service_stage import ServiceStage
from ui.a11y_walk.walk import settle
from ui.screens.diagnostics import DiagnosticsScreen


def _open(kiosk: ServiceStage) -> DiagnosticsScreen:
    kiosk.controller.sign_in(Identity(Role.TECHNICIAN, "Tess Technician", "TECH-0007"))
    screen = kiosk.open_view("diagnostics")
    assert isinstance(screen, DiagnosticsScreen)
    kiosk.qtbot.waitUntil(lambda: screen._report is not None, timeout=TIMEOUT_MS)
    return screen


def _save(kiosk: ServiceStage, name: str) -> None:
    out = os.environ.get("DIAG_SCREENS")
    if not out:
        return
    window = kiosk.host
    controller = kiosk.controller
    Path(out).mkdir(parents=True, exist_ok=True)
    for variant, language, accessible in (("en", "en", False), ("ar-hc-large", "ar", True)):
        controller.set_preference("large_text", accessible)
        controller.set_preference("high_contrast", accessible)
        controller.set_language(language)
        for width, height in ((1080, 1920), (1920, 1080)):
            window.resize(width, height)
            settle()
            window.grab().save(str(Path(out) / f"{name}-{variant}-{width}x{height}.png"))
    controller.set_preference("large_text", False)
    controller.set_preference("high_contrast", False)
    controller.set_language("en")
    window.resize(1080, 1920)
    settle()


def test_board_screenshots(service_stage: ServiceStage) -> None:
    screen = _open(service_stage)
    row = screen.rows["printer"]
    service_stage.qtbot.waitUntil(lambda: row.status == "ok", timeout=TIMEOUT_MS)
    _save(service_stage, "diagnostics-normal")
    service_stage.printer.printer.set_paper(PaperLevel.OUT)
    service_stage.qtbot.waitUntil(lambda: row.status == "error", timeout=TIMEOUT_MS)
    _save(service_stage, "diagnostics-paper-out")
    assert "out of paper" in row.problem.text()


def test_paper_out_turns_the_printer_row_red_without_refresh(service_stage: ServiceStage) -> None:
    screen = _open(service_stage)
    row = screen.rows["printer"]
    qtbot = service_stage.qtbot
    qtbot.waitUntil(lambda: row.status == "ok", timeout=TIMEOUT_MS)
    assert "OK" in row.badge.text() and not row.problem.isVisible()
    assert "answers" not in row.text() and "True" not in row.text()  # no key=value dump
    refreshes = []
    screen.refresh_button.clicked.connect(lambda: refreshes.append(1))
    service_stage.printer.printer.set_paper(PaperLevel.OUT)
    qtbot.waitUntil(lambda: row.status == "error", timeout=TIMEOUT_MS)
    assert "Problem" in row.badge.text()  # a word as well as the colour
    assert "#A3141E" in row.badge.styleSheet()
    assert row.problem.text() == "The receipt printer is out of paper."
    assert "new paper roll" in row.next_step.text()
    assert "Problem: Receipt printer" in screen.overview.text()  # at a glance, at the top
    assert "printer.paper_out" not in row.problem.text() + row.badge.text()
    assert "service desk: printer.paper_out" in row.next_step.text()  # for a call, last
    service_stage.printer.printer.set_paper(PaperLevel.OK)
    qtbot.waitUntil(lambda: row.status == "ok", timeout=TIMEOUT_MS)
    assert not row.problem.isVisible() and "#1B6E2A" in row.badge.styleSheet()
    assert not refreshes


def test_test_print_result_sits_beside_its_button(service_stage: ServiceStage) -> None:
    screen = _open(service_stage)
    qtbot = service_stage.qtbot
    result = screen.results["printer"]
    assert result.parentWidget() is screen.print_button.parentWidget() is screen.rows["printer"]
    screen.print_button.click()
    qtbot.waitUntil(lambda: "printed" in result.text(), timeout=TIMEOUT_MS)
    assert service_stage.printer.printer.wait_for_pages(1, 10)
    service_stage.printer.printer.set_paper(PaperLevel.OUT)
    qtbot.waitUntil(lambda: screen.rows["printer"].status == "error", timeout=TIMEOUT_MS)
    screen.print_button.click()
    qtbot.waitUntil(lambda: result.text().startswith("Failed"), timeout=TIMEOUT_MS)
    assert "out of paper" in result.text()


def test_every_key_the_board_shows_often_has_its_own_words() -> None:
    from kiosk.diagnostics.text import advice, is_specific

    for key in (
        "printer.paper_out",
        "printer.cover_open",
        "printer.offline",
        "card.no_reader",
        "queue.dead_letters",
        "system.disk_full",
        "gateway.unavailable",
    ):
        assert is_specific(key), key
    assert advice("printer.something_new").problem == "The receipt printer has a problem."
    assert advice("zzz.unknown").next_step.startswith("Call the service desk")


def test_the_board_passes_the_accessibility_checks(service_stage: ServiceStage) -> None:
    from tests.helpers.screens import render_and_audit

    screen = _open(service_stage)
    service_stage.printer.printer.set_paper(PaperLevel.OUT)
    service_stage.qtbot.waitUntil(
        lambda: screen.rows["printer"].status == "error", timeout=TIMEOUT_MS
    )
    render_and_audit(service_stage.host, "diagnostics-board")
    controller = service_stage.controller
    controller.set_preference("large_text", True)
    controller.set_preference("high_contrast", True)
    controller.set_language("ar")
    render_and_audit(service_stage.host, "diagnostics-board-ar-large")
