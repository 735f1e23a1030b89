"""Every screen × language × visual mode: contrast, clipping, containment, targets, names.

Screens are enumerated through the main window and the service registry (ui.audit.walk), so
screens added later are audited without editing this test.
"""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from ui.audit.contrast import pairs, ratio
from ui.audit.walk import check, prepare, settle, views
from ui.main import KioskApplication
from ui.theme import HIGH_CONTRAST, STANDARD, Palette

from .accessibility import LANGUAGES, MODES, compiled_translations, kiosk, mock_tts

__all__ = ["compiled_translations", "kiosk", "mock_tts"]

# Qt's mock speech engine loads QtMultimedia, which notes the missing PipeWire library
pytestmark = pytest.mark.qt_log_ignore("pipewire")


@pytest.mark.parametrize("palette", [STANDARD, HIGH_CONTRAST], ids=lambda p: p.name)
def test_palette_contrast(palette: Palette) -> None:
    failures = [
        f"{pair.what}: {ratio(pair.foreground, pair.background):.2f} < {pair.minimum}"
        for pair in pairs(palette)
        if ratio(pair.foreground, pair.background) < pair.minimum
    ]
    assert not failures


def test_contrast_formula_known_values() -> None:
    assert ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert ratio("#FFFFFF", "#FFFFFF") == pytest.approx(1.0)
    assert ratio("#767676", "#FFFFFF") == pytest.approx(4.54, abs=0.01)


def test_every_screen_in_every_language_and_mode(kiosk: KioskApplication) -> None:
    """1080×1920: no clipped text, no button outside the window or below the minimum target,
    no control without an accessible name, no screen without a title for speech, in
    en/es/fr/ar/xx × 4 visual modes."""
    started = time.process_time()  # CPU time: other processes on the machine do not count
    window = kiosk.window
    controller = kiosk.controller
    controller.start()
    controller.choose_language("en")
    all_views = views(window, kiosk.inclusion)
    names = {view.name for view in all_views}
    assert {"screen:attract", "screen:language", "screen:sign_in", "screen:home"} <= names
    assert {"service:about", "overlay:idle-warning", "overlay:help-panel"} <= names
    assert {"overlay:access-panel", "overlay:assist-confirm", "overlay:step-back"} <= names
    problems: list[str] = []
    checked = 0
    for mode, settings in MODES.items():
        for name, value in settings.items():
            controller.set_preference(name, value)
        controller.set_preference("speech", True)  # the access panel's speech controls show
        for language in LANGUAGES:
            if language == "xx" and mode != "large":
                continue  # the pseudo-locale is about length: its worst case is large text
            controller.set_language(language)
            prepare(window)
            for view in all_views:
                view.show()
                settle()
                problems.extend(f"{mode}/{language}/{p}" for p in check(window, view.name))
                if window.size() != QSize(1080, 1920):
                    problems.append(f"{mode}/{language}/{view.name}: window grew {window.size()}")
                    window.resize(1080, 1920)
                if view.name.startswith(("screen:", "service:")) and not (
                    window.current_screen().title().strip()
                ):
                    problems.append(f"{mode}/{language}/{view.name}: no title for speech")
                view.hide()
                checked += 1
        for view in all_views:
            view.release()
    QApplication.processEvents()
    assert checked == (len(MODES) * (len(LANGUAGES) - 1) + 1) * len(all_views)
    assert not problems, "\n".join(problems[:40]) + f"\n… {len(problems)} problems"
    assert time.process_time() - started < 60


def test_audit_finds_clipped_text_small_targets_and_missing_names(kiosk: KioskApplication) -> None:
    """The checks themselves: a squeezed label, a tiny unnamed button are reported."""
    window = kiosk.window
    window.ensure_built()
    squeezed = QLabel("A long text that cannot fit in ten pixels of height", window.attract)
    squeezed.setWordWrap(True)
    squeezed.setGeometry(0, 0, 200, 10)
    squeezed.show()
    tiny = QPushButton(window.attract)
    tiny.setStyleSheet("min-width: 0px; min-height: 0px; padding: 0px;")
    tiny.setGeometry(0, 20, 20, 20)
    tiny.show()
    settle()
    problems = [str(p) for p in check(window, "probe")]
    assert any("QLabel" in p and "clipped" in p for p in problems)
    assert any("QPushButton" in p and "target" in p for p in problems)
    assert any("QPushButton" in p and "no accessible name" in p for p in problems)
    squeezed.deleteLater()
    tiny.deleteLater()
