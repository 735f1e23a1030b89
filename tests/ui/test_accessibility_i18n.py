"""Translations: catalogues complete and in sync with the sources, placeholders intact, no
literal user-visible string outside tr()/translate(), plurals, pseudo-locale, switching
language mid-form without losing what was typed (A11Y-27)."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from kiosk.session.machine import Role
from ui.a11y_walk.walk import settle, views
from ui.i18n import LANGUAGE_NAMES
from ui.i18n.build import LANGUAGES, PSEUDO, ROOT, sources, ts_path
from ui.i18n.build import _tool as linguist_tool
from ui.keyboard import LAYOUTS, Variant
from ui.main import KioskApplication

from .accessibility import (
    click,
    compiled_translations,
    kiosk,
    mock_tts,
    page_layout,
)

__all__ = ["compiled_translations", "kiosk", "mock_tts"]

pytestmark = pytest.mark.qt_log_ignore("pipewire")

PLACEHOLDER = re.compile(r"%(\d|n)")


def messages(language: str) -> list[tuple[str, str, bool, list[str], bool]]:
    """(context, source, numerus, translations, finished) for every message of a catalogue."""
    root = ET.parse(ts_path(language)).getroot()  # noqa: S314 (our committed file)
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            numerus = message.get("numerus") == "yes"
            texts = (
                [form.text or "" for form in translation.iter("numerusform")]
                if numerus
                else [translation.text or ""]
            )
            finished = translation.get("type") not in ("unfinished", "vanished", "obsolete")
            found.append((name, source, numerus, texts, finished))
    return found


@pytest.mark.parametrize("language", [*LANGUAGES, PSEUDO])
def test_placeholders_match_the_source(language: str) -> None:
    problems = []
    for context, source, numerus, texts, finished in messages(language):
        if not finished:
            continue
        wanted = set(PLACEHOLDER.findall(source))
        for text in texts:
            got = set(PLACEHOLDER.findall(text))
            # a plural form may say "one"/"two" in words instead of %n; nothing else may differ
            if got != wanted and not (numerus and got == wanted - {"n"}):
                problems.append(f"{context}: {source!r} -> {text!r}")
    assert not problems


@pytest.mark.parametrize("language", ["es", "fr", "ar"])
def test_every_text_is_translated(language: str) -> None:
    unfinished = [
        f"{context}: {source!r}"
        for context, source, _numerus, texts, finished in messages(language)
        if not finished or not all(t.strip() for t in texts)
    ]
    assert not unfinished


def test_english_has_plural_forms() -> None:
    plural = [m for m in messages("en") if m[2]]
    assert plural
    for context, source, _numerus, texts, finished in plural:
        assert finished and len(texts) == 2 and all("(s)" not in t for t in texts), (
            context,
            source,
        )


def test_catalogues_are_in_sync_with_the_sources(tmp_path: Path) -> None:
    """Every translatable text of ui/ and kiosk/ is in the committed catalogues.

    Fails after adding a text: run ``make translations`` and translate it (es, fr, ar).
    """
    copy = tmp_path / "check.ts"
    shutil.copy(ts_path("en"), copy)
    files = [str(f.relative_to(ROOT)) for f in sources()]
    result = subprocess.run(
        [
            linguist_tool("pyside6-lupdate"),
            *files,
            "-locations",
            "none",
            "-no-obsolete",
            "-ts",
            str(copy),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )
    assert "(0 new and" in result.stdout, result.stdout
    current = {(m[0], m[1]) for m in messages("en")}
    root = ET.parse(copy).getroot()  # noqa: S314
    extracted = {
        (c.findtext("name") or "", m.findtext("source") or "")
        for c in root.iter("context")
        for m in c.iter("message")
    }
    # every text of the sources is in the catalogue; entries whose source text is gone (or not
    # committed yet) are harmless and dropped by the next `make translations` (-no-obsolete)
    missing = extracted - current
    assert not missing, sorted(missing)


# -- no literal user-visible strings ----------------------------------------------------------

VISIBLE_SETTERS = {
    "setText",
    "setPlaceholderText",
    "setToolTip",
    "setAccessibleName",
    "setAccessibleDescription",
    "setTitle",
    "addItem",
    "setWhatsThis",
    "showMessage",
}
VISIBLE_CONSTRUCTORS = {
    "QLabel",
    "QPushButton",
    "WrapButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
}
NEVER_TRANSLATED = set(LANGUAGE_NAMES.values())
"""Language names are shown in their own language, whatever the session language."""
NOT_RESIDENT_FACING = {
    "ui/simulator.py",  # the demo's Simulator window: a developer tool, English only
    "ui/i18n/build.py",
    "ui/screenshots.py",
}


def _literal(node: ast.expr | None) -> str | None:
    """The literal text of a string constant, or of an f-string's constant parts (an f-string
    that only joins translated values, like ``f"{title}: {value}"``, has no words of its own)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(
            part.value
            for part in node.values
            if isinstance(part, ast.Constant) and isinstance(part.value, str)
        )
    return None


def _needs_translation(text: str) -> bool:
    return any(ch.isalpha() for ch in text) and text not in NEVER_TRANSLATED


TABLE_MARK = "# i18n: QT_TRANSLATE_NOOP table"
"""Ends the line of a ``translate(CONTEXT, text)`` whose ``text`` comes from a table marked with
``QT_TRANSLATE_NOOP`` (lupdate collects the table itself, e.g. kiosk/diagnostics/text.py)."""


def literal_strings(path: Path) -> list[str]:
    source_text = path.read_text(encoding="utf-8")
    lines = source_text.splitlines()
    tree = ast.parse(source_text)
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        candidates: list[ast.expr] = []
        if name in VISIBLE_SETTERS or name in VISIBLE_CONSTRUCTORS:
            candidates = node.args[:1]
        elif name == "set_text":
            candidates = node.args[1:2]
        elif name in ("tr", "translate"):
            source = node.args[0] if name == "tr" and node.args else None
            if name == "translate" and len(node.args) >= 2:
                source = node.args[1]
            marked = TABLE_MARK in lines[node.lineno - 1]
            if source is not None and _literal(source) is None and not marked:
                found.append(
                    f"{path}:{node.lineno}: {name}() of a non-literal (lupdate cannot see it)"
                )
            continue
        for arg in candidates:
            text = _literal(arg)
            if text is not None and _needs_translation(text):
                found.append(f"{path}:{node.lineno}: {name}({text!r}) is not translated")
    return found


def test_no_user_visible_string_escapes_translation() -> None:
    problems = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        relative = str(path.relative_to(ROOT))
        if relative in NOT_RESIDENT_FACING or relative.startswith("ui/a11y_walk/"):
            continue
        problems.extend(literal_strings(path))
    assert not problems, "\n".join(problems)


def test_the_scanner_catches_literals(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "label.setText('Hello')\n"
        "QPushButton(f'Pay {x}')\n"
        "set_text(b, 'Done')\n"
        "set_text(b, self.tr('Done'))\n"
        "label.setText('English')\n"
        "self.tr(text)\n",
        encoding="utf-8",
    )
    found = literal_strings(sample)
    assert len(found) == 4, found


# -- at run time ------------------------------------------------------------------------------


def test_english_plurals_render(kiosk: KioskApplication) -> None:
    window = kiosk.window
    window.ensure_built()
    window.idle_warning.show_seconds(1)
    assert window.idle_warning.countdown.accessibleName() == "1 second left"
    window.idle_warning.show_seconds(30)
    assert window.idle_warning.countdown.accessibleName() == "30 seconds left"
    kiosk.controller.start()
    kiosk.controller.choose_language("ar")
    window.idle_warning.show_seconds(2)
    assert window.idle_warning.countdown.accessibleName() == "بقيت ثانيتان"


ALLOWED_UNMARKED = re.compile(r"^[\d\s●•·:./-]*$")


def test_pseudo_locale_reaches_every_text_on_every_screen(kiosk: KioskApplication) -> None:
    """In xx every visible text is pseudo-translated (RLM-marked): nothing skips tr()."""
    window = kiosk.window
    controller = kiosk.controller
    controller.start()
    controller.choose_language(PSEUDO)
    window.home.set_visitor(Role.GUEST, "")
    exempt = {*NEVER_TRANSLATED, kiosk.config.kiosk.site}
    problems = []
    all_views = views(window, kiosk.inclusion)
    for view in all_views:
        view.show()
        settle()
        for widget in window.findChildren(QLabel) + window.findChildren(QAbstractButton):
            if not widget.isVisible():
                continue
            text = widget.text()
            if not text or ALLOWED_UNMARKED.match(text) or text in exempt:
                continue
            if widget.objectName() == "language-prompt":
                continue  # the language question, deliberately in every language at once
            if text in LAYOUTS["en"][0] or len(text) == 1:
                continue  # keyboard keys and digits
            if "\u200f" not in text:
                problems.append(f"{view.name}: {widget.objectName()}: {text!r}")
        view.hide()
        view.release()
    assert not problems, "\n".join(sorted(set(problems)))


def test_switching_language_keeps_what_was_typed(qtbot: QtBot, kiosk: KioskApplication) -> None:
    window = kiosk.window
    click(qtbot, window.attract.start_button)
    spanish = window.language.findChild(QAbstractButton, "language-es")
    assert spanish is not None
    click(qtbot, spanish)
    click(qtbot, window.sign_in.guest_button)
    click(qtbot, window.home.tiles["about"])
    about = window.current_screen()
    field = QLineEdit(about)
    field.setAccessibleName("Test field")
    layout = page_layout(about, "about-page")
    layout.addWidget(field)
    field.show()
    keyboard = kiosk.inclusion.keyboard
    keyboard.attach(field, Variant.TEXT)
    field.setFocus()
    keyboard.show_for(field)
    assert keyboard.isVisible()
    enye = next(k for k in keyboard.keys if k.text() == "ñ")
    for key in (enye, next(k for k in keyboard.keys if k.text() == "a")):
        click(qtbot, key)
    assert field.text() == "ña"
    # switch to Arabic from the access panel, mid-form
    click(qtbot, window.top_bar.access_button)
    click(qtbot, window.access_panel.language_buttons["ar"])
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.current_screen() is about
    assert field.text() == "ña"
    assert keyboard.language == "ar"
    done = about.findChild(QAbstractButton, "about-done")
    assert done is not None
    qtbot.waitUntil(lambda: done.text() == "العودة إلى الخدمات", timeout=2000)
    click(qtbot, window.access_panel.close_button)
    # the Arabic layout types Arabic letters into the same field
    click(qtbot, next(k for k in keyboard.keys if k.text() == "ب"))
    assert field.text() == "ñaب"
    kiosk.controller.set_language("en")
    assert field.text() == "ñaب"
