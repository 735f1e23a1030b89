"""Walk every screen the kiosk can show and check it (A11Y-13/14/16/20).

Screens are found, not listed: every :class:`~ui.widgets.base.Screen` page of the main window's
stack, every service in :data:`ui.service_views.SERVICE_VIEWS`, every
:class:`~ui.overlay.Overlay` child of the window, and the on-screen keyboard in each variant.
A screen someone adds tomorrow is audited without touching this file. The card sign-in screen
exists only once a card reader is attached, so the phases of its fingerprint step are listed
here (built without a card or a sensor when the window has none).

The checks work on laid-out widgets (offscreen is fine):

* clipping: a visible label or button needs more height (``heightForWidth``) or width
  (``sizeHint``) than it has (inside scroll areas too: a scrolled page must still give every
  label its height);
* containment: a visible button lies (partly) outside the window, outside a scroll area;
* targets: a visible button smaller than the theme's minimum target (11.6 mm at the DPI);
* names: a visible focusable control without an accessible name;
* keypads: a shown PIN pad or numeric keyboard not in the ATM/phone layout (1-2-3 left to
  right, 1-4-7 top down, 0 below) in every language, and a letters keyboard whose number row
  does not read 1 to 0 from left to right;
* input per field: a field whose input takes digits only gets a letters keyboard, or a field
  that takes letters gets a keypad (what the field accepts is asked of its validator);
* headings: a shown title or subtitle with no words in it (an empty heading takes room and
  is read out as nothing).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QStyle,
    QStyleOptionFrame,
    QWidget,
)

from civic.forms import FieldChoice, FieldValidation, FormField
from civic.text import LocalizedText
from kiosk.session.machine import State
from ui.a11y_walk.contrast import StateContrast
from ui.i18n.build import pseudo_text
from ui.keyboard import KEYPAD_VARIANTS, OnScreenKeyboard, Variant
from ui.overlay import AssistConfirm, IdleWarning, Overlay, StepBack
from ui.theme import MIN_TARGET_MM, mm_to_px
from ui.widgets.base import Screen
from ui.widgets.pinpad import PinPad

if TYPE_CHECKING:
    from ui.inclusion import Inclusion
    from ui.main_window import MainWindow

SAMPLE_NAME = "Alexandra Montgomery-Richardson"
"""A long made-up name for the greeting, the top bar and the assisted banner."""


@dataclass(frozen=True)
class View:
    """One thing to look at: ``show`` puts it on screen, ``hide`` takes it away again.

    ``show`` may return False: the view does not apply right now (a service whose first page
    has no field to type in has no "with the keyboard" view); it is then not checked.

    ``release`` frees what ``show`` built and kept for the next ``show`` (a service screen is
    built once and then follows language switches live, as it does for a resident); call it
    when the visual mode changes or at the end.
    """

    name: str
    show: Callable[[], object]
    hide: Callable[[], None]
    release: Callable[[], None] = lambda: None


@dataclass(frozen=True)
class Problem:
    view: str
    widget: str
    what: str

    def __str__(self) -> str:
        return f"{self.view}: {self.widget}: {self.what}"


def settle() -> None:
    """Let pending layout requests and polish events run (nested layouts need a few rounds)."""
    for _ in range(4):
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QApplication.processEvents()


def _in_scroll_area(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _describe(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, (QLabel, QAbstractButton)):
        text = widget.text().replace("\n", " ")[:40]
    return f"{type(widget).__name__}#{widget.objectName()} {text!r}"


def service_views(window: MainWindow) -> Iterator[tuple[str, Callable[[], Screen]]]:
    """Every registered service, as (id, factory for the current theme)."""
    from ui.service_views import SERVICE_VIEWS
    from ui.services.context import ServiceContext
    from ui.services.registry import ScreenFactory

    for service_id, view in SERVICE_VIEWS.items():

        def build(factory: ScreenFactory = view.factory) -> Screen:
            context = ServiceContext(
                window.theme, window.config, window.controller, window.core, window.sync
            )
            return factory(context)

        yield service_id, build


def views(window: MainWindow, inclusion: Inclusion) -> list[View]:
    """Every screen, service, overlay and keyboard variant of ``window``."""
    window.ensure_built()
    result: list[View] = []
    top_bar = window.top_bar

    def show_page(screen: Screen) -> Callable[[], None]:
        def show() -> None:
            top_bar.set_session_visible(screen is not window.attract, home=True)
            window.stack.setCurrentWidget(screen)

        return show

    def nothing() -> None:
        return None

    for index in range(window.stack.count()):
        page = window.stack.widget(index)
        if isinstance(page, Screen) and page is not window.service_screen:
            result.append(View(f"screen:{page.screen_id}", show_page(page), nothing))

    result.extend(handover_views(window, show_page))
    home = window.home

    def show_storage_full() -> None:
        home.show_storage_full(True)
        show_page(home)()

    result.append(
        View("screen:home-storage-full", show_storage_full, lambda: home.show_storage_full(False))
    )
    attract = window.attract

    def show_out_of_service() -> None:
        attract.set_out_of_service(True)
        show_page(attract)()

    result.append(
        View(
            "screen:attract-out-of-service",
            show_out_of_service,
            lambda: attract.set_out_of_service(False),
        )
    )

    def stop_typing() -> None:
        focus = QApplication.focusWidget()
        if focus is not None and window.isAncestorOf(focus):
            focus.clearFocus()
        inclusion.keyboard.hide_keyboard()

    for service_id, factory in service_views(window):
        holder: list[Screen] = []

        def show_service(
            factory: Callable[[], Screen] = factory, holder: list[Screen] = holder
        ) -> None:
            if not holder:
                screen = factory()
                holder.append(screen)
                window.stack.addWidget(screen)
            show_page(holder[0])()

        def release_service(holder: list[Screen] = holder) -> None:
            while holder:
                screen = holder.pop()
                window.stack.removeWidget(screen)
                screen.deleteLater()

        result.append(View(f"service:{service_id}", show_service, nothing, release_service))

        def show_typing(
            show_service: Callable[[], None] = show_service, holder: list[Screen] = holder
        ) -> bool:
            show_service()
            field = first_field(holder[0])
            if field is None:
                return False  # nothing to type on this service's first page
            field.setFocus(Qt.FocusReason.MouseFocusReason)  # the keyboard follows the focus
            return True

        result.append(View(f"service:{service_id}+keyboard", show_typing, stop_typing))

    home_show = show_page(window.home)
    from ui.assisted import StaffCardPanel

    if not window.findChildren(StaffCardPanel):  # built once card sign-in started
        StaffCardPanel(window.theme, window)
    for overlay in window.findChildren(Overlay):

        def show_overlay(overlay: Overlay = overlay) -> None:
            home_show()
            if isinstance(overlay, IdleWarning):
                overlay.show_seconds(30)
                overlay.open()
            elif isinstance(overlay, AssistConfirm):
                overlay.ask(SAMPLE_NAME)
            elif isinstance(overlay, StepBack):
                overlay.ask("fingerprint")
            elif isinstance(overlay, StaffCardPanel):
                overlay.show_pin(SAMPLE_NAME, 3)
            else:
                overlay.open()

        result.append(View(f"overlay:{overlay.objectName()}", show_overlay, overlay.close_overlay))
    for confirm in window.findChildren(AssistConfirm):
        result.append(_assist_unavailable_view(confirm, home_show))

    result.extend(fingerprint_views(window, show_page))
    result.extend(form_views(window, show_page, stop_typing))

    def home_page() -> QBoxLayout:
        layout = window.home.page_area.widget().layout()
        assert isinstance(layout, QBoxLayout)
        return layout

    for variant in Variant:

        def show_keyboard(variant: Variant = variant) -> None:
            home_show()
            field = QLineEdit()
            field.setObjectName("audit-field")
            field.setAccessibleName("audit field")
            home_page().insertWidget(0, field)  # laid out at the top of the page, like a form's
            inclusion.keyboard.attach(field, variant)
            inclusion.keyboard.show_for(field)

        def hide_keyboard() -> None:
            inclusion.keyboard.hide_keyboard()
            for field in window.home.findChildren(QLineEdit, "audit-field"):
                field.hide()
                home_page().removeWidget(field)
                field.deleteLater()

        result.append(View(f"keyboard:{variant.value}", show_keyboard, hide_keyboard))
    return result


def first_field(screen: QWidget) -> QWidget | None:
    """The first shown field the resident can type in on ``screen`` (None: none)."""
    for field in screen.findChildren(QWidget):
        if (
            isinstance(field, (QLineEdit, QPlainTextEdit))
            and field.isVisible()
            and field.isEnabled()
            and not field.isReadOnly()
        ):
            return field
    return None


def _assist_unavailable_view(confirm: AssistConfirm, home_show: Callable[[], None]) -> View:
    """Help refused because it cannot be recorded (the audit log's disk is full)."""

    def show() -> None:
        home_show()
        confirm.show_unavailable()

    def hide() -> None:
        confirm.close_overlay()
        confirm.forget()

    return View("overlay:assist-unavailable", show, hide)


def handover_views(
    window: MainWindow, show_page: Callable[[Screen], Callable[[], None]]
) -> list[View]:
    """Assist before sign-in (:mod:`ui.handover`): a staff member's home screen with "Help a
    resident", and the attract screen while the handover waits for the resident."""
    from kiosk.session.machine import Role
    from ui.handover import HandoverNotice

    home, attract = window.home, window.attract
    notice = HandoverNotice.on(attract)  # built once card sign-in started; here if not

    def show_staff_home() -> None:
        home.set_visitor(Role.STAFF, SAMPLE_NAME)
        show_page(home)()

    def hide_staff_home() -> None:
        home.set_visitor(window.session.identity.role, SAMPLE_NAME)

    def show_handover() -> None:
        notice.show_handover(SAMPLE_NAME, card_in=False)  # the longer of its two texts
        show_page(attract)()

    return [
        View("screen:home-staff", show_staff_home, hide_staff_home),
        View("screen:attract-handover", show_handover, notice.clear),
    ]


def _text(en: str, es: str, fr: str, ar: str) -> LocalizedText:
    """A city text in the kiosk's languages, and in the pseudo-locale (longer: worst case)."""
    return LocalizedText({"en": en, "es": es, "fr": fr, "ar": ar, "xx": pseudo_text(en)})


def sample_form() -> list[FormField]:
    """A catalog form like the demo city's parking permit (a text field with a rule, a choice,
    a date, a yes/no question) and a comment: every kind of field the engine lays out."""

    def field(
        name: str,
        kind: str,
        label: LocalizedText,
        *,
        help: LocalizedText | None = None,
        choices: tuple[FieldChoice, ...] = (),
        validation: FieldValidation | None = None,
    ) -> FormField:
        return FormField(name, kind, label, True, help, validation or FieldValidation(), choices)

    zones = tuple(
        FieldChoice(z, _text(f"Zone {z}", f"Zona {z}", f"Zone {z}", f"المنطقة {z}")) for z in "ABC"
    )
    return [
        field(
            "plate",
            "text",
            _text("Number plate", "Matrícula", "Immatriculation", "رقم اللوحة"),
            help=_text("Like 1234ABC", "Como 1234ABC", "Comme 1234ABC", "مثل 1234ABC"),
            validation=FieldValidation(max_length=7, pattern="^[0-9]{4}[A-Z]{3}$"),
        ),
        field("zone", "choice", _text("Zone", "Zona", "Zone", "المنطقة"), choices=zones),
        field(
            "start_date",
            "date",
            _text("Start date", "Fecha de inicio", "Date de début", "تاريخ البدء"),
        ),
        field(
            "electric",
            "yes_no",
            _text(
                "Electric vehicle?",
                "¿Vehículo eléctrico?",
                "Véhicule électrique ?",
                "مركبة كهربائية؟",
            ),
        ),
        field(
            "comment",
            "long_text",
            _text("Anything else?", "¿Algo más?", "Autre chose ?", "هل من شيء آخر؟"),
            validation=FieldValidation(max_length=500),
        ),
    ]


SAMPLE_TITLE = _text(
    "Resident parking permit",
    "Permiso de aparcamiento",
    "Permis de stationnement résident",
    "تصريح وقوف السكان",
)


def form_views(
    window: MainWindow,
    show_page: Callable[[Screen], Callable[[], None]],
    stop_typing: Callable[[], None],
) -> list[View]:
    """A service's form page (the one form engine, :mod:`ui.forms.engine`), as it is and with
    the on-screen keyboard open for its first field: the field and the Back/Next row must stay
    in view above the keyboard. Built on its own (the back ends are not running here)."""
    from ui.forms.engine import FormFlow
    from ui.services.base import ServiceScreen
    from ui.services.context import ServiceContext

    class _SampleService(ServiceScreen):
        def title(self) -> str:
            return SAMPLE_TITLE.get(self.context.language)

    holder: list[ServiceScreen] = []

    def screen() -> ServiceScreen:
        if not holder:
            context = ServiceContext(
                window.theme, window.config, window.controller, window.core, window.sync
            )
            service = _SampleService(context)
            flow = FormFlow(service, sample_form(), lambda _values: None, title=service.title)
            flow.start()
            window.stack.addWidget(service)
            holder.append(service)
        return holder[0]

    def show() -> None:
        show_page(screen())()

    def show_typing() -> bool:
        show()
        field = first_field(screen())
        if field is None:
            return False
        field.setFocus(Qt.FocusReason.MouseFocusReason)
        return True

    def release() -> None:
        while holder:
            service = holder.pop()
            window.stack.removeWidget(service)
            service.deleteLater()

    def nothing() -> None:
        return None

    return [
        View("service:form", show, nothing, release),
        View("service:form+keyboard", show_typing, stop_typing, release),
    ]


def _forget_pin(pin: bytearray | None) -> None:
    if pin is not None:
        pin[:] = bytes(len(pin))


class _NoCardTemplate:
    """A template source with nothing in it (the audit looks at the panel, nothing runs)."""

    def fingerprint_template_ready(self) -> bool:
        return False

    def copy_fingerprint_template(self) -> bytearray | None:
        return None

    def wipe_fingerprint_template(self) -> None:
        return None


def fingerprint_views(
    window: MainWindow, show_page: Callable[[Screen], Callable[[], None]]
) -> list[View]:
    """The fingerprint step of card sign-in in each phase (offer, place, retry, fallback,
    confirmed), on the window's card screen or on one built for the audit."""
    from kiosk.identity.fingerprint_confirmation import (
        FingerprintConfirmation,
        VerifyOutcome,
        VerifyResult,
        VerifyStage,
    )
    from ui.screens.card_signin import CardSignInScreen
    from ui.screens.fingerprint_step import FingerprintPanel, Phase

    built: list[tuple[CardSignInScreen, FingerprintConfirmation]] = []

    def panel() -> tuple[CardSignInScreen, FingerprintPanel]:
        own = window.card_screen
        if own is not None and own.fingerprint_panel is not None:
            return own, own.fingerprint_panel
        if not built:
            confirmation = FingerprintConfirmation.without_sensor()  # nothing is captured
            screen = CardSignInScreen(
                window.theme,
                _forget_pin,
                fingerprint=confirmation,
                templates=_NoCardTemplate(),
            )
            window.stack.addWidget(screen)
            built.append((screen, confirmation))
        screen = built[0][0]
        assert screen.fingerprint_panel is not None
        return screen, screen.fingerprint_panel

    def release() -> None:
        while built:
            screen, confirmation = built.pop()
            window.stack.removeWidget(screen)
            screen.wipe()
            screen.deleteLater()
            confirmation.close()

    examples: list[tuple[str, Phase, VerifyStage | None, VerifyResult | None]] = [
        ("offer", Phase.OFFER, None, None),
        ("place", Phase.CAPTURE, VerifyStage.PLACE_FINGER, None),
        ("not-recognised", Phase.RETRY, None, VerifyResult(VerifyOutcome.NOT_MATCHED, 3)),
        ("no-finger", Phase.RETRY, None, VerifyResult(VerifyOutcome.NO_FINGER, 5)),
        ("tries-used-up", Phase.FALLBACK, None, VerifyResult(VerifyOutcome.NOT_MATCHED, 0)),
        ("sensor-lost", Phase.FALLBACK, None, VerifyResult(VerifyOutcome.SENSOR_ERROR, 5)),
        ("confirmed", Phase.CONFIRMED, None, VerifyResult(VerifyOutcome.MATCHED, 5)),
    ]
    views: list[View] = []
    for name, phase, stage, outcome in examples:

        def show(
            phase: Phase = phase,
            stage: VerifyStage | None = stage,
            outcome: VerifyResult | None = outcome,
        ) -> None:
            screen, step = panel()
            screen.panels.setCurrentWidget(step)
            step.show_example(phase, stage=stage, result=outcome)
            show_page(screen)()

        def hide() -> None:
            _screen, step = panel()
            step.show_example(Phase.IDLE)

        views.append(View(f"card:fingerprint-{name}", show, hide, release))
    return views


def prepare(window: MainWindow, *, helper: bool = True) -> None:
    """Fill the session-dependent texts with long sample values (worst case for clipping)."""
    window.ensure_built()
    window.home.set_visitor(window.session.identity.role, SAMPLE_NAME)
    window.top_bar.set_signed_in(SAMPLE_NAME)
    window.top_bar.set_helper(SAMPLE_NAME if helper else "")
    if window.session.state is State.ATTRACT:
        window.top_bar.set_session_visible(True, home=True)


def has_text(widget: QWidget) -> bool:
    """Shows text the resident reads (a label, a button, a field, a custom text widget)."""
    if isinstance(widget, (QLabel, QAbstractButton)):
        return bool(widget.text())
    return isinstance(widget, (QLineEdit, QPlainTextEdit)) or hasattr(widget, "text_fit")


def _window_rect(widget: QWidget, window: QWidget) -> QRect:
    if widget is window:
        return window.rect()
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def _is_viewport(widget: QWidget) -> bool:
    area = widget.parentWidget()
    return isinstance(area, QAbstractScrollArea) and area.viewport() is widget


def shown_part(widget: QWidget, window: QWidget) -> QRect:
    """The part of ``widget`` (window coordinates) that its ancestors let through, scroll
    viewports included."""
    rect = _window_rect(widget, window)
    parent = widget.parentWidget()
    while parent is not None:
        rect &= _window_rect(parent, window)
        if parent is window:
            break
        parent = parent.parentWidget()
    return rect


def _placeholder_cut(edit: QLineEdit, view: str, name: str) -> list[Problem]:
    """A field's hint text (shown while it is empty) must fit the field: QLineEdit elides it."""
    text = edit.placeholderText()
    if edit.text() or not text:
        return []
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    box = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    # QLineEdit keeps 2 px free on each side of its text (QLineEditPrivate::horizontalMargin)
    width = box.width() - margins.left() - margins.right() - 4
    height = box.height() - margins.top() - margins.bottom()
    metrics = edit.fontMetrics()
    needed = QSize(metrics.horizontalAdvance(text), metrics.height())
    if needed.width() > width or needed.height() > height + 1:
        return [Problem(view, name, f"hint text cut: needs {needed}, has {QSize(width, height)}")]
    return []


def _min_width(widget: QWidget) -> int:
    return max(widget.minimumWidth(), widget.minimumSizeHint().width())


def _too_wide(view: str, shown: list[QWidget], visible: set[QWidget]) -> list[Problem]:
    """A page that scrolls up and down only but is wider than its viewport: its side is cut
    off (for every widget on it). Named after the text widgets that cannot get narrower than
    the viewport, else the page's widest text widget (a row of them is too wide together)."""
    problems: list[Problem] = []
    for area in shown:
        if not isinstance(area, QScrollArea):
            continue
        content = area.widget()
        room = area.viewport().width()
        if (
            content is None
            or content not in visible
            or area.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            or content.width() <= room + 1
        ):
            continue
        texts = [w for w in content.findChildren(QWidget) if w in visible and has_text(w)]
        culprits = [w for w in texts if _min_width(w) > room] or sorted(texts, key=_min_width)[-1:]
        for culprit in culprits or [content]:
            what = (
                f"wider than its scrolling page: needs {_min_width(culprit)}px, the page is "
                f"{content.width()}px in {room}px (its side is cut off)"
            )
            problems.append(Problem(view, _describe(culprit), what))
    return problems


def covered(window: MainWindow, view: str, shown: list[QWidget]) -> list[Problem]:
    """Text drawn where the resident cannot see it although its widget is shown:

    * overlapped: a later sibling (painted on top) covers part of a widget that shows text
      (an open :class:`~ui.overlay.Overlay` covers the screen on purpose and is left out);
    * cut by a container: a text widget sticks out of a parent that is not a scroll viewport
      (a scrolled page hides what is scrolled away on purpose; a squeezed box does not), or
      out of the sides of a scroll viewport (pages scroll vertically only);
    * behind the keyboard: with the on-screen keyboard open, the field being typed in and the
      screen's primary action (its Next button) are not wholly in view;
    * the Next button of a service screen is not wholly in view (it stays outside the page).
    """
    problems: list[Problem] = []
    visible = set(shown)
    parents = {w.parentWidget() for w in shown}
    for parent in parents:
        if parent is None:
            continue
        kids = [c for c in parent.children() if isinstance(c, QWidget) and c in visible]
        for index, low in enumerate(kids):
            for high in kids[index + 1 :]:
                if isinstance(high, Overlay) or isinstance(low, Overlay):
                    continue
                overlap = low.geometry() & high.geometry()
                if overlap.width() <= 1 or overlap.height() <= 1:
                    continue
                area = QRect(parent.mapTo(window, overlap.topLeft()), overlap.size())
                for texty in [low, *low.findChildren(QWidget)]:
                    if (
                        texty in visible
                        and has_text(texty)
                        and _window_rect(texty, window).intersects(area)
                    ):
                        what = f"covered by {_describe(high)} ({overlap})"
                        problems.append(Problem(view, _describe(texty), what))
    for widget in shown:
        if not has_text(widget):
            continue
        rect = widget.geometry()
        parent = widget.parentWidget()
        while parent is not None and not _is_viewport(parent):
            if not parent.rect().adjusted(-1, -1, 1, 1).contains(rect):
                what = f"cut by {_describe(parent)}: {rect} outside {parent.rect()}"
                problems.append(Problem(view, _describe(widget), what))
                break
            if parent is window:
                break
            rect = rect.translated(parent.pos())
            parent = parent.parentWidget()
    problems.extend(_too_wide(view, shown, visible))
    keyboard = window.findChild(OnScreenKeyboard)
    typing = keyboard is not None and keyboard.isVisible()
    must: list[tuple[str, QWidget]] = []
    if typing and keyboard is not None and keyboard.target is not None:
        must.append(("the field being typed in", keyboard.target))
    action = getattr(window.current_screen(), "next_button", None)
    if isinstance(action, QAbstractButton) and action.isVisible():
        must.append(("the primary action", action))
    for what, widget in must:
        whole = _window_rect(widget, window)
        part = shown_part(widget, window)
        if typing and keyboard is not None:
            part &= QRect(0, 0, window.width(), _window_rect(keyboard, window).top())
        if part.height() < whole.height() - 1 or part.width() < whole.width() - 1:
            where = "behind the keyboard" if typing else "out of view"
            problems.append(
                Problem(view, _describe(widget), f"{what} {where}: shows {part} of {whole}")
            )
    return problems


KEYPAD_ROWS = ("123", "456", "789")
HEADING_ROLES = frozenset({"title", "subtitle", "hero"})
_INVISIBLE = dict.fromkeys(map(ord, "\u200e\u200f\u2066\u2067\u2068\u2069\u202a\u202b\u202c"))
"""Direction marks and isolates: text that holds only these shows nothing."""


def keypad_layout(view: str, name: str, keys: dict[str, QWidget], window: QWidget) -> list[Problem]:
    """``keys`` (digit -> key) in the ATM/phone layout as the window shows them: each row
    1-2-3 from left to right on one line, the rows 1, 4, 7 top down, 0 under 8."""
    if not all(d in keys for d in "0123456789"):
        return [Problem(view, name, "keypad without all ten digits")]

    def centre(digit: str) -> QPoint:
        key = keys[digit]
        return key.mapTo(window, key.rect().center())

    problems: list[Problem] = []
    for row in KEYPAD_ROWS:
        xs = [centre(d).x() for d in row]
        ys = {centre(d).y() for d in row}
        if xs != sorted(xs) or len(set(xs)) < len(xs) or len(ys) != 1:
            problems.append(Problem(view, name, f"keypad row {row} not left to right: {xs}"))
    firsts = [centre(row[0]).y() for row in KEYPAD_ROWS]
    if firsts != sorted(firsts) or len(set(firsts)) < len(firsts):
        problems.append(Problem(view, name, f"keypad rows not 1, 4, 7 top down: {firsts}"))
    if not centre("0").y() > centre("8").y():
        problems.append(Problem(view, name, "keypad 0 not below 8"))
    return problems


def _keypads(window: MainWindow, view: str, shown: list[QWidget]) -> list[Problem]:
    problems: list[Problem] = []
    for pad in shown:
        if isinstance(pad, PinPad):
            keys: dict[str, QWidget] = {d: pad.keys[d] for d in "0123456789" if d in pad.keys}
            problems.extend(keypad_layout(view, _describe(pad), keys, window))
        elif isinstance(pad, OnScreenKeyboard) and pad.variant in KEYPAD_VARIANTS:
            keys = {k.text(): k for k in pad.keys if k.isVisible() and k.text().isdigit()}
            problems.extend(keypad_layout(view, _describe(pad), keys, window))
        elif isinstance(pad, OnScreenKeyboard):
            problems.extend(number_row(view, pad, window))
    return problems


def number_row(view: str, keyboard: OnScreenKeyboard, window: QWidget) -> list[Problem]:
    """A letters keyboard's number row reads 1 to 0 from left to right, as on every keyboard
    of every language (Arabic-Indic digits too)."""
    keys = {
        str(unicodedata.digit(k.text())): k
        for k in keyboard.keys
        if k.isVisible() and len(k.text()) == 1 and k.text().isdigit()
    }
    order = "1234567890"
    if set(keys) != set(order):
        return []  # no number row on this layer
    xs = [keys[d].mapTo(window, keys[d].rect().center()).x() for d in order]
    if xs != sorted(xs):
        return [Problem(view, _describe(keyboard), f"number row not 1 to 0 left to right: {xs}")]
    return []


def takes(field: QLineEdit, text: str) -> bool:
    """``field`` keeps ``text`` when it is typed (its validator neither refuses nor drops it;
    a change of case is keeping it: a plate field upper-cases)."""
    validator: object = field.validator()  # None without one (the stubs say otherwise)
    if not isinstance(validator, QValidator):
        return True
    result = validator.validate(text, len(text))
    state = result[0] if isinstance(result, tuple) else result
    kept = str(result[1]) if isinstance(result, tuple) else text
    return state != QValidator.State.Invalid and kept.casefold() == text.casefold()


def field_keyboards(window: MainWindow, view: str, shown: list[QWidget]) -> list[Problem]:
    """Each shown field gets the keys for what it accepts: a field that keeps digits and no
    letters gets a keypad, a field that keeps letters never does."""
    keyboard = window.findChild(OnScreenKeyboard)
    if keyboard is None:
        return []
    problems: list[Problem] = []
    for field in shown:
        if not isinstance(field, QLineEdit) or field.isReadOnly() or not field.isEnabled():
            continue
        variant = keyboard.variant_for(field)
        letters = takes(field, "a") or takes(field, "A")
        if variant in KEYPAD_VARIANTS and letters:
            what = f"{variant.value} keypad for a field that takes letters"
            problems.append(Problem(view, _describe(field), what))
        elif variant not in KEYPAD_VARIANTS and not letters and takes(field, "5"):
            what = f"{variant.value} keyboard for a digits-only field"
            problems.append(Problem(view, _describe(field), what))
    return problems


def empty_headings(view: str, shown: list[QWidget]) -> list[Problem]:
    """Shown headings (title, subtitle, hero labels) that hold no words."""
    return [
        Problem(view, _describe(widget), "empty heading")
        for widget in shown
        if isinstance(widget, QLabel)
        and widget.property("role") in HEADING_ROLES
        and not widget.text().translate(_INVISIBLE).strip()
        and widget.pixmap().isNull()
    ]


def _text_overflow(widget: QWidget, wraps: bool) -> str:
    """What ``widget`` needs and has when its text does not fit it ("needs ..., has ..."), or
    "": a text that wraps needs its height for the widget's width, one that does not its size
    hint (a pixel of rounding allowed)."""
    if wraps:
        needed = widget.heightForWidth(widget.width())
        if needed > widget.height() + 1:
            return f"needs {needed}px, has {widget.height()}"
        return ""
    hint = widget.sizeHint()
    if hint.width() > widget.width() + 1 or hint.height() > widget.height() + 1:
        return f"needs {hint}, has {widget.size()}"
    return ""


def check(window: MainWindow, view: str) -> list[Problem]:
    """Every problem visible in ``window`` right now."""
    problems: list[Problem] = []
    bounds = window.rect()
    minimum = max(mm_to_px(MIN_TARGET_MM, window.theme.dpi), 44)
    shown = [w for w in window.findChildren(QWidget) if w.isVisible()]
    problems.extend(covered(window, view, shown))
    problems.extend(_keypads(window, view, shown))
    problems.extend(field_keyboards(window, view, shown))
    problems.extend(empty_headings(view, shown))
    for widget in shown:
        name = _describe(widget)
        scrolled = _in_scroll_area(widget)
        if isinstance(widget, QLineEdit):
            problems.extend(_placeholder_cut(widget, view, name))
        text_fit = getattr(widget, "text_fit", None)
        if callable(text_fit):
            for what, needed, has in text_fit():
                if needed.width() > has.width() + 1 or needed.height() > has.height() + 1:
                    problems.append(Problem(view, name, f"{what} cut: needs {needed}, has {has}"))
        if isinstance(widget, QLabel) and widget.text():
            cut = _text_overflow(widget, widget.wordWrap())
            if cut:
                problems.append(Problem(view, name, f"clipped: {cut}"))
        if isinstance(widget, QAbstractButton):
            cut = _text_overflow(widget, widget.hasHeightForWidth())
            if cut:
                problems.append(Problem(view, name, f"text cut: {cut}"))
            if widget.width() < minimum or widget.height() < minimum:
                problems.append(Problem(view, name, f"target {widget.size()} < {minimum}px"))
            if not scrolled:
                rect = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
                if not bounds.contains(rect):
                    problems.append(Problem(view, name, f"outside the window: {rect}"))
        if isinstance(widget, QLineEdit) and widget.height() < minimum:
            problems.append(Problem(view, name, f"text field {widget.size()} < {minimum}px"))
        if (
            isinstance(widget, (QAbstractButton, QLineEdit, QPlainTextEdit))
            and not widget.accessibleName().strip()
        ):
            problems.append(Problem(view, name, "no accessible name"))
    return problems


def check_contrast(window: MainWindow, view: str, audit: StateContrast) -> list[Problem]:
    """Text contrast of what ``window`` shows, every control in every state (looks seen on an
    earlier view in the same theme are not rendered again)."""
    theme = window.theme
    key = f"{theme.palette.name}/{theme.text_scale}/{theme.simplified}"
    open_overlays = [c for c in window.children() if isinstance(c, Overlay) and c.isVisible()]
    top = open_overlays[-1] if open_overlays else None
    return [
        Problem(view, _describe(widget), f"contrast {what}")
        for widget, what in audit.findings(window, key, top)
    ]
