"""Translations: compiled ``.qm`` files beside their ``.ts`` sources in this package.

The Qt Linguist workflow (see :mod:`ui.i18n.build`): ``make translations`` runs
``pyside6-lupdate`` over the UI sources into ``kiosk_<lang>.ts`` (committed) and
``pyside6-lrelease`` into ``.qm`` (build output; ``make run``/``make test`` compile first).
Translator objects are kept referenced here for as long as they are installed. ``xx`` is the
pseudo-locale for testing (longer texts, right-to-left marks); residents are never offered it.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

logger = logging.getLogger(__name__)

LANGUAGE_NAMES = {"en": "English", "es": "Español", "fr": "Français", "ar": "العربية"}
"""Each language in its own name: never translated."""

RTL_LANGUAGES = frozenset({"ar"})
TRANSLATOR_NAME = "kiosk-translator"


class Translations:
    """Switches the application's language at run time."""

    def __init__(self, app: QApplication) -> None:
        self._app = app
        self._translator: QTranslator | None = None
        self.language = "en"
        self._initial = (QLocale(), app.layoutDirection())  # what uninstall() puts back

    def switch(self, language: str) -> None:
        self._remove()
        qm = Path(__file__).parent / f"kiosk_{language}.qm"
        # English is loaded too: its catalogue holds the plural forms ("1 second", "2 seconds")
        if qm.is_file():
            translator = QTranslator(self._app)
            translator.setObjectName(TRANSLATOR_NAME)
            if translator.load(str(qm)):
                self._app.installTranslator(translator)
                self._translator = translator
            else:
                logger.warning("translation file for %s could not be loaded", language)
        else:
            logger.warning("no compiled translations for %s: run `make translations`", language)
        self.language = language
        QLocale.setDefault(QLocale(language))
        direction = (
            Qt.LayoutDirection.RightToLeft
            if language in RTL_LANGUAGES
            else Qt.LayoutDirection.LeftToRight
        )
        self._app.setLayoutDirection(direction)

    def uninstall(self) -> None:
        """Leave the application as this object found it: no kiosk catalogue, the default locale
        and layout direction it had (a disposed kiosk; tests reuse the application)."""
        self._remove()
        self.language = "en"
        locale, direction = self._initial
        QLocale.setDefault(locale)
        self._app.setLayoutDirection(direction)

    def _remove(self) -> None:
        if self._translator is not None:
            self._app.removeTranslator(self._translator)
            self._translator = None
        # a kiosk catalogue left installed by an earlier Translations (tests reuse the app)
        for stale in self._app.findChildren(QTranslator, TRANSLATOR_NAME):
            self._app.removeTranslator(stale)
            stale.deleteLater()
