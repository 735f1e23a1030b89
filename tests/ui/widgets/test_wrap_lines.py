"""``wrap_lines``: the line breaks a wrapping button draws (ui/widgets/base.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from ui.widgets.base import WrapButton, wrap_lines


def test_an_empty_paragraph_is_one_blank_line(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    assert wrap_lines("a\n\nb", label, 400) == "a\n\nb"
    assert wrap_lines("a\n\n\nb", label, 400) == "a\n\n\nb"


def test_a_long_line_breaks_at_words_and_keeps_them_all(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    text = "Pay a water bill at the library kiosk"
    narrow = label.fontMetrics().horizontalAdvance("library kiosk") + 4
    wrapped = wrap_lines(text, label, narrow)
    assert wrapped.count("\n") >= 2
    assert wrapped.split() == text.split()
    widths = [label.fontMetrics().horizontalAdvance(line) for line in wrapped.split("\n")]
    assert max(widths) <= narrow


def test_each_blank_line_takes_one_line_of_a_wrap_button(qtbot: QtBot) -> None:
    one_gap, two_gaps = WrapButton("Bills\n\nWater"), WrapButton("Bills\n\n\nWater")
    for button in (one_gap, two_gaps):
        qtbot.addWidget(button)
    assert one_gap.heightForWidth(300) < two_gaps.heightForWidth(300)


def test_no_width_leaves_the_text_as_it_is(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    assert wrap_lines("a\n\nb", label, 0) == "a\n\nb"
