"""ui.i18n.Translations: switching the application's catalogue, direction and locale, and
leaving the application as it was found (a disposed kiosk; tests reuse the application)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from ui.i18n import TRANSLATOR_NAME, Translations
from ui.i18n.build import ensure_compiled


def _installed(app: QApplication) -> list[QTranslator]:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # removed ones go
    return app.findChildren(QTranslator, TRANSLATOR_NAME)


def test_switch_then_uninstall_leaves_the_application_as_found(qapp: QApplication) -> None:
    ensure_compiled()
    before = (QLocale().name(), qapp.layoutDirection())
    translations = Translations(qapp)
    for language in ("ar", "xx", "fr"):  # the pseudo-locale's catalogue names no language
        translations.switch(language)
        assert len(_installed(qapp)) == 1
        assert QCoreApplication.translate("ServiceScreen", "Please wait…") != "Please wait…"
    translations.switch("ar")
    assert qapp.layoutDirection() is Qt.LayoutDirection.RightToLeft
    translations.uninstall()
    assert _installed(qapp) == []
    assert QCoreApplication.translate("ServiceScreen", "Please wait…") == "Please wait…"
    assert (QLocale().name(), qapp.layoutDirection()) == before
    assert translations.language == "en"


def test_a_new_object_removes_a_catalogue_an_earlier_one_left(qapp: QApplication) -> None:
    ensure_compiled()
    Translations(qapp).switch("xx")  # never uninstalled (a kiosk that was not disposed)
    Translations(qapp).switch("en")
    assert [t.filePath().rsplit("/", 1)[-1] for t in _installed(qapp)] == ["kiosk_en.qm"]
    assert QCoreApplication.translate("ServiceScreen", "Please wait…") == "Please wait…"
