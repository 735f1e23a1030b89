"""One form engine for every catalog form.

:class:`FormFlow` asks a catalog service's fields as :class:`FormStep` pages of a
:class:`~ui.services.base.ServiceScreen`: all questions on one scrolling page normally, one
question per page when the resident chose the simplified mode (A11Y-25). Labels and help follow
the session language (English fallback, ``kiosk.services.forms.label``); problems are shown next to
the field and spoken through the focus (A11Y-07). Text fields use the in-window on-screen keyboard
(``ui/keyboard.py``). Values live in the flow only and are wiped with the screen.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from civic.forms import FormField
from kiosk.services import forms
from ui.assist import assist_for
from ui.formatting import ShownWords, alone
from ui.keyboard import Variant, declare
from ui.services.step import Step, StepHost, column
from ui.widgets.base import button, isolate, label, set_text, text_area

Values = dict[str, object]


def _number(value: float) -> str:
    return f"{value:g}"


class FormTexts(QObject):
    """The engine's sentences for rules and problems. One translation context ("FormTexts")
    that the catalogue extraction sees, whichever widget asks."""

    def rule(self, field: FormField) -> str:
        """The field's rule as the hint says it ("15 digits", "A number from 0.5 to 120"), or ""."""
        rules = field.validation
        if field.type in ("number", "money"):
            low, high = rules.min, rules.max
            if low is not None and high is not None:
                return (
                    self.tr("A number from %1 to %2")
                    .replace("%1", _number(low))
                    .replace("%2", _number(high))
                )
            if low is not None:
                return self.tr("A number of at least %1").replace("%1", _number(low))
            if high is not None:
                return self.tr("A number of at most %1").replace("%1", _number(high))
            return ""
        if field.type not in forms.TEXT_TYPES or field.type == "long_text":
            return ""  # a long text shows its counter instead
        rule = forms.length_rule(field)
        low, high = rule.minimum, rule.maximum
        if rule.digits:
            if low is not None and low == high:
                return self.tr("%n digits", "", low)
            if low is not None and high is not None:
                return self.tr("%1 to %2 digits").replace("%1", str(low)).replace("%2", str(high))
            if low is not None:
                return self.tr("At least %n digits", "", low)
            if high is not None:
                return self.tr("Up to %n digits", "", high)
            return self.tr("Digits only")
        if low is not None and low == high:
            return self.tr("%n characters", "", low)
        if low is not None:
            return self.tr("At least %n characters", "", low)
        return ""

    def rule_problem(self, key: str, field: FormField) -> str:
        """The problem said as the rule to follow ("Please enter 15 digits."), or ""."""
        rules = field.validation
        if key in (forms.TOO_SMALL, forms.TOO_LARGE):
            low, high = rules.min, rules.max
            if low is not None and high is not None:
                return (
                    self.tr("Please enter a number from %1 to %2.")
                    .replace("%1", _number(low))
                    .replace("%2", _number(high))
                )
            return ""
        if key not in (forms.TOO_SHORT, forms.TOO_LONG, forms.WRONG_FORMAT):
            return ""
        rule = forms.length_rule(field)
        low, high = rule.minimum, rule.maximum
        if rule.digits:
            if low is not None and low == high:
                return self.tr("Please enter %n digits.", "", low)
            if low is not None and high is not None:
                return (
                    self.tr("Please enter %1 to %2 digits.")
                    .replace("%1", str(low))
                    .replace("%2", str(high))
                )
            if key == forms.TOO_SHORT and low is not None:
                return self.tr("Please enter at least %n digits.", "", low)
            if key == forms.TOO_LONG and high is not None:
                return self.tr("Please enter at most %n digits.", "", high)
            return ""
        if key == forms.TOO_SHORT and low is not None:
            return self.tr("Please enter at least %n characters.", "", low)
        if key == forms.TOO_LONG and high is not None:
            return self.tr("Please enter at most %n characters.", "", high)
        return ""

    def problem(self, key: str, field: FormField | None = None) -> str:
        """A plain sentence for a :mod:`kiosk.services.forms` problem key; with ``field``, the
        sentence says the field's rule where it has one ("Please enter 15 digits.")."""
        if field is not None:
            said = self.rule_problem(key, field)
            if said:
                return said
        texts = {
            forms.REQUIRED: self.tr("Please answer this question."),
            forms.TOO_SHORT: self.tr("This is too short."),
            forms.TOO_LONG: self.tr("This is too long. Please shorten it."),
            forms.WRONG_FORMAT: self.tr("This does not look right. Please check the example."),
            forms.NOT_A_NUMBER: self.tr("Please enter a number, for example 12 or 12.5."),
            forms.TOO_SMALL: self.tr("This number is too small."),
            forms.TOO_LARGE: self.tr("This number is too large."),
            forms.NOT_A_DATE: self.tr("This is not a valid date."),
            forms.NOT_A_CHOICE: self.tr("Please choose one of the options."),
            forms.TOO_MANY_DECIMALS: self.tr("Please use at most two decimals."),
        }
        return texts.get(key, self.tr("Please check this answer."))


def rule_text(widget: QWidget, field: FormField) -> str:
    """The field's rule as the hint says it ("15 digits", "A number from 0.5 to 120"), or ""."""
    return FormTexts().rule(field)


def problem_text(widget: QWidget, key: str, field: FormField | None = None) -> str:
    """A plain sentence for a :mod:`kiosk.services.forms` problem key; with ``field``, the sentence
    says the field's rule where it has one ("Please enter 15 digits.")."""
    return FormTexts().problem(key, field)


class FieldValidator(QValidator):
    """Keeps of what is typed or pasted what the field accepts (:func:`kiosk.services.forms.
    filter_typing`): the same for the on-screen keyboard, a hardware keyboard and paste."""

    def __init__(self, field: FormField, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.field = field

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        kept = forms.filter_typing(self.field, text)
        if kept != text:
            pos = max(0, min(len(kept), pos - (len(text) - len(kept))))
        return QValidator.State.Acceptable, kept, pos


PROBLEM_MARK = "\u26a0"  # ⚠: the problem is marked by a sign and words, not colour alone


class FieldEditor(QWidget):
    """One question: label, help, the input, and its problem directly under the input.

    Signals:
        problem_cleared(): the shown problem went away because the answer became valid.
    """

    problem_cleared = Signal()

    def __init__(self, field: FormField, service: StepHost) -> None:
        super().__init__()
        self.field = field
        self.service = service
        self.setObjectName(f"field-{field.name}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(service.theme.spacing // 3)
        self.caption = label("subtitle", name=f"field-{field.name}-label")
        self.help = label("body", name=f"field-{field.name}-help")
        # the problem: a sign and the words, on a marked band, directly under the input
        self.problem_row = QWidget()
        self.problem_row.setObjectName(f"field-{field.name}-problem-row")
        self.problem_row.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        row = QHBoxLayout(self.problem_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.problem_mark = label("body", wrap=False, name=f"field-{field.name}-problem-mark")
        self.problem_mark.setText(PROBLEM_MARK)
        self.problem_mark.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.problem = label("body", name=f"field-{field.name}-problem")
        row.addWidget(self.problem_mark)
        row.addWidget(self.problem, 1)
        self.problem_row.hide()
        self.problem_key = ""  # the kiosk.services.forms problem shown, "" when none
        layout.addWidget(self.caption)
        layout.addWidget(self.help)
        self.body = QVBoxLayout()
        self.body.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.body)
        layout.addWidget(self.problem_row)
        self.line: QLineEdit | None = None
        self.text: QPlainTextEdit | None = None
        self.counter: QLabel | None = None
        self.parts: list[QLineEdit] = []
        self.group: QButtonGroup | None = None
        self.options: list[tuple[object, QPushButton]] = []
        self._build()
        self._watch()

    def _watch(self) -> None:
        for edit in [self.line, *self.parts]:
            if edit is not None:
                edit.textChanged.connect(self._recheck)
        if self.text is not None:
            self.text.textChanged.connect(self._recheck)
        for _value, option in self.options:
            option.toggled.connect(self._recheck)

    def _inputs(self) -> list[QWidget]:
        widgets: list[QWidget | None] = [self.line, self.text, *self.parts]
        widgets += [option for _value, option in self.options]
        return [w for w in widgets if w is not None]

    def _recheck(self) -> None:
        """A shown problem goes as soon as the answer is valid (new problems wait for Next)."""
        if self.problem_key and not forms.check(self.field, self.value()):
            self.show_problem("")
            self.problem_cleared.emit()

    def _line(self, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setMinimumHeight(self.service.theme.min_target)
        if forms.input_kind(self.field) != forms.TEXT or forms.upper_case_only(self.field):
            edit.setValidator(FieldValidator(self.field, edit))
        return edit

    def _build(self) -> None:
        ftype = self.field.type
        if ftype in ("text", "address", "number", "money"):
            self.line = self._line(f"field-{self.field.name}-input")
            max_length = self.field.validation.max_length
            if max_length and forms.input_kind(self.field) == forms.TEXT:
                # a pattern's value may be typed with spaces or dashes ("1234 abc"), which
                # cleaning removes: leave room for them; the check says the real limit
                slack = max_length if self.field.validation.pattern else 0
                self.line.setMaxLength(max_length + slack)
            self.body.addWidget(self.line)
        elif ftype == "long_text":
            self.text = text_area(
                f"field-{self.field.name}-input", self.service.theme.min_target * 3
            )
            self.body.addWidget(self.text)
            self.counter = label("body", name=f"field-{self.field.name}-counter")
            self.body.addWidget(self.counter)
            self.text.textChanged.connect(self._count)
        elif ftype == "date":
            row = QHBoxLayout()
            for part in ("day", "month", "year"):
                edit = self._line(f"field-{self.field.name}-{part}")
                edit.setMaxLength(4 if part == "year" else 2)
                row.addWidget(edit, 1)  # as wide as each other: each has its hint to show
                self.parts.append(edit)
            self.body.addLayout(row)
        elif ftype in ("choice", "yes_no", "multi_choice"):
            # multi_choice: several answers (consultations); not a catalog field type
            self.group = QButtonGroup(self)
            self.group.setExclusive(ftype != "multi_choice")
            values: Sequence[object] = (
                [True, False] if ftype == "yes_no" else [c.value for c in self.field.choices]
            )
            for value in values:
                option = button("toggle", name=f"field-{self.field.name}-{str(value).lower()}")
                option.setCheckable(True)
                self.group.addButton(option)
                self.body.addWidget(option)
                self.options.append((value, option))

    def attach_keyboard(self) -> None:
        assist = assist_for(self)
        kind = forms.input_kind(self.field)
        if kind == forms.DIGITS:
            variant = Variant.NUMERIC
        elif kind == forms.DECIMAL:
            variant = Variant.DECIMAL
        elif self.field.type == "long_text":
            variant = Variant.LONG_TEXT
        else:
            variant = Variant.TEXT
        for edit in [self.line, self.text, *self.parts]:
            if edit is None:
                continue
            if assist is not None:
                assist.keyboard.attach(edit, variant)
            else:  # a form page shown before its screen is in the window
                declare(edit, variant)

    def max_characters(self) -> int:
        """The most characters the long text takes (the catalog's, else the default)."""
        maximum = forms.length_rule(self.field).maximum
        return maximum or forms.DEFAULT_MAX_LENGTH.get(self.field.type, 4000)

    def _count(self) -> None:
        if self.counter is None or self.text is None:
            return
        used = len(self.text.toPlainText())
        maximum = self.max_characters()
        text = self.tr("%1 of %2 characters").replace("%1", str(used)).replace("%2", str(maximum))
        if used > maximum:
            text = self.tr("%n characters too many", "", used - maximum)
        set_text(self.counter, text)

    def retranslate(self, words: ShownWords) -> None:
        """Set the texts; the catalog's words come through ``words`` (each in its own
        direction, the step told which are not in the resident's language)."""
        if self.problem_key:
            self._style_problem()  # the theme may have changed (high contrast)
        caption = words.text(self.field.label)
        if self.field.required:
            caption = alone(caption)  # the label's whole text: its own direction
        else:
            caption = self.tr("%1 (optional)").replace("%1", caption)
        set_text(self.caption, caption)
        help_text = words.text(self.field.help)
        rule = rule_text(self, self.field)
        if not rule:
            help_text = alone(help_text)  # the label's whole text: its own direction
        elif help_text:
            help_text = f"{help_text}\n{rule}"
        else:
            help_text = rule
        self.help.setText(help_text)
        self.help.setVisible(bool(help_text))
        self._count()
        if self.line is not None:
            self.line.setAccessibleName(caption)
        if self.text is not None:
            self.text.setAccessibleName(caption)
        names = (self.tr("Day"), self.tr("Month"), self.tr("Year"))
        for edit, name in zip(self.parts, names, strict=False):
            edit.setAccessibleName(self.tr("%1: %2").replace("%1", caption).replace("%2", name))
            edit.setPlaceholderText(name)
        for value, option in self.options:
            if isinstance(value, bool):
                set_text(option, self.tr("Yes") if value else self.tr("No"))
            else:
                chosen = next((c for c in self.field.choices if c.value == str(value)), None)
                set_text(option, words.text(chosen.label) if chosen else isolate(str(value)))

    def value(self) -> object:
        if self.line is not None:
            return self.line.text()
        if self.text is not None:
            return self.text.toPlainText()
        if self.parts:
            day, month, year = (p.text().strip() for p in self.parts)
            if not (day or month or year):
                return None
            try:
                return dt.date(int(year), int(month), int(day))
            except ValueError:
                return f"{year}-{month}-{day}"
        if self.field.type == "multi_choice":
            return [value for value, option in self.options if option.isChecked()]
        for value, option in self.options:
            if option.isChecked():
                return value
        return None

    def set_value(self, value: object) -> None:
        if value is None:
            return
        if self.line is not None:
            self.line.setText(str(value))
        elif self.text is not None:
            self.text.setPlainText(str(value))
        elif self.parts and isinstance(value, dt.date):
            for edit, part in zip(self.parts, (value.day, value.month, value.year), strict=True):
                edit.setText(str(part))
        for option_value, option in self.options:
            if isinstance(value, list):
                option.setChecked(option_value in value)
            else:
                option.setChecked(option_value == value)

    def show_problem(self, text: str, key: str = "") -> None:
        """Show ``text`` under the input (\"\" clears it): a sign and the words, a border on the
        input, and the words in the input's accessible description (read with the field)."""
        self.problem_key = (key or "problem") if text else ""
        set_text(self.problem, text)
        self.problem_row.setVisible(bool(text))
        self.setProperty("invalid", bool(text))
        for widget in self._inputs():
            widget.setAccessibleDescription(text)
        self._style_problem()

    def _style_problem(self) -> None:
        if not self.problem_key:
            self.setStyleSheet("")
            return
        p = self.service.theme.palette
        # the focused input keeps the focus ring of the theme; the others get the danger border
        self.setStyleSheet(
            f"QLineEdit:!focus, QPlainTextEdit:!focus {{ border: 4px solid {p.danger}; }}\n"
            f'QPushButton[role="toggle"]:!focus:!checked {{ border-color: {p.danger}; }}\n'
            f"QWidget#field-{self.field.name}-problem-row {{ border-left: 6px solid {p.danger};"
            f" border-right: 6px solid {p.danger}; }}\n"
            f"QLabel#field-{self.field.name}-problem, QLabel#field-{self.field.name}-problem-mark"
            f" {{ color: {p.text}; font-weight: bold; padding: 4px 10px; }}"
        )

    def focus_input(self) -> None:
        target: QWidget | None = self.line or self.text or (self.parts[0] if self.parts else None)
        if target is None and self.options:
            target = self.options[0][1]
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def wipe(self) -> None:
        for edit in [self.line, *self.parts]:
            if edit is not None:
                edit.clear()
        if self.text is not None:
            self.text.clear()
            self._count()
        if self.group is not None:
            self.group.setExclusive(False)
            for _value, option in self.options:
                option.setChecked(False)
            self.group.setExclusive(True)
        self.show_problem("")


def _scroll_to(widget: QWidget) -> None:
    """Scroll the page that holds ``widget`` so that it is in view."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if parent is not None:
        parent.ensureWidgetVisible(widget, 10, 10)


class FormStep(Step):
    """A page of questions (one in simplified mode)."""

    step_id = "form"

    def __init__(self, flow: FormFlow, fields: Sequence[FormField], index: int) -> None:
        super().__init__(flow.service)
        self.flow = flow
        self.index = index
        self.setObjectName(f"form-step-{index}")
        layout = column(self)
        # the error summary: what to fix, each entry moves focus to its field (A11Y-07)
        self.summary = QWidget()
        self.summary.setObjectName("form-summary")
        summary_layout = QVBoxLayout(self.summary)
        summary_layout.setContentsMargins(0, 0, 0, 0)
        self.summary_heading = label("subtitle", name="form-summary-heading")
        summary_layout.addWidget(self.summary_heading)
        self.summary_entries: dict[str, QPushButton] = {}
        self.summary.hide()
        layout.addWidget(self.summary)
        self.editors = [FieldEditor(f, flow.service) for f in fields]
        for editor in self.editors:
            layout.addWidget(editor)
            editor.set_value(flow.values.get(editor.field.name))
            entry = button(name=f"form-summary-{editor.field.name}")
            entry.clicked.connect(lambda _=False, e=editor: self.go_to(e))
            entry.hide()
            summary_layout.addWidget(entry)
            self.summary_entries[editor.field.name] = entry
            editor.problem_cleared.connect(self._update_summary)
        layout.addStretch(1)

    def title(self) -> str:
        if len(self.flow.groups) <= 1:
            return self.flow.title()
        return (
            self.tr("Question %1 of %2")
            .replace("%1", str(self.index + 1))
            .replace("%2", str(len(self.flow.groups)))
        )

    def next_text(self) -> str:
        return self.tr("Next")

    def shown(self) -> None:
        for editor in self.editors:
            editor.attach_keyboard()

    def retranslate(self) -> None:
        words = self.words()  # the catalog's words, each in its own direction
        for editor in self.editors:
            editor.retranslate(words)
            if editor.problem_key:  # a shown problem follows the language too
                key = editor.problem_key
                editor.show_problem(problem_text(self, key, editor.field), key)
        self._update_summary()
        self.note_words(words)

    def invalid(self) -> list[FieldEditor]:
        return [e for e in self.editors if e.problem_key]

    def _update_summary(self) -> None:
        """The summary lists the problems still shown: the question, and under it the problem."""
        invalid = self.invalid()
        count = len(invalid)
        set_text(
            self.summary_heading,
            self.tr("%n answers need checking. Tap one to go to it.", "", count),
        )
        for editor in self.editors:
            entry = self.summary_entries[editor.field.name]
            entry.setVisible(editor in invalid)
            if editor in invalid:
                problem = editor.problem.text()
                set_text(entry, f"{editor.caption.text()}\n{problem}")
                entry.setAccessibleName(editor.caption.text())
                entry.setAccessibleDescription(problem)
        self.summary.setVisible(bool(invalid))
        if not invalid:
            self.service.show_message("")

    def go_to(self, editor: FieldEditor) -> None:
        """A summary entry was tapped: the field gets focus (its problem is read with it)."""
        editor.focus_input()
        _scroll_to(editor)

    def collect(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        for editor in self.editors:
            value = editor.value()
            self.flow.values[editor.field.name] = value
            problem = forms.check(editor.field, value)
            cleaned = forms.clean(editor.field, value)
            if editor.line is not None and isinstance(cleaned, str) and cleaned != value:
                editor.line.setText(cleaned)  # what will be sent: "1234 abc" -> "1234ABC"
            editor.show_problem(
                problem_text(self, problem, editor.field) if problem else "", problem or ""
            )
            if problem:
                problems[editor.field.name] = problem
        self._update_summary()
        return problems

    def advance(self) -> None:
        problems = self.collect()
        if problems:
            first = next(e for e in self.editors if e.field.name in problems)
            # the summary at the top says it; focus goes to the first entry, which is read
            # aloud with its problem, so the resident hears what to fix and where
            entry = self.summary_entries[first.field.name]
            entry.setFocus(Qt.FocusReason.OtherFocusReason)
            _scroll_to(self.summary)
            assist = assist_for(self)
            if assist is not None:
                assist.announce(self.summary_heading.text())
            return
        self.flow.step_done(self.index)

    def wipe(self) -> None:
        for editor in self.editors:
            editor.wipe()


class FormFlow:
    """Asks ``fields`` as steps of ``service``; calls ``on_complete(values)`` when all are valid.

    ``values`` keeps raw entries (also when the resident goes Back and forth); use
    :func:`kiosk.services.forms.form_body` for the gateway.
    """

    def __init__(
        self,
        service: StepHost,
        fields: Sequence[FormField],
        on_complete: Callable[[Values], object],
        *,
        title: Callable[[], str] = lambda: "",
    ) -> None:
        self.service = service
        self.fields = forms.questions(fields)
        self.on_complete = on_complete
        self.title = title
        self.values: Values = {}
        simplified = service.context.session.preferences.simplified
        if simplified:
            self.groups = [[f] for f in self.fields]
        else:
            self.groups = [list(self.fields)] if self.fields else []

    def start(self) -> None:
        if not self.groups:
            self.on_complete(self.values)
            return
        self.service.push(FormStep(self, self.groups[0], 0))

    def step_done(self, index: int) -> None:
        if index + 1 < len(self.groups):
            self.service.push(FormStep(self, self.groups[index + 1], index + 1))
        else:
            self.on_complete(self.values)

    def problems(self) -> dict[str, str]:
        return forms.validate(self.fields, self.values)

    def body(self) -> dict[str, object]:
        return forms.form_body(self.fields, self.values)

    def wipe(self) -> None:
        self.values.clear()
