"""Marks the English texts of a table for translation, where the table is built and not where
it is read (e.g. the diagnostics advice, the dead-letter decision reasons, a street report's
status words): ``lupdate`` collects every ``QT_TRANSLATE_NOOP(context, text)`` call by its name,
and the screen translates the text it picks with ``QCoreApplication.translate(context, text)``.
No Qt here, so the pure tables of ``kiosk`` can use it.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # the name lupdate knows
    """Marks ``source`` for translation in ``context``; returns it unchanged (typed ``str``,
    unlike PySide6's own, which returns ``object``)."""
    return source
