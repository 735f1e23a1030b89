"""Walk every screen the kiosk can show and check it (A11Y-13/14/16/20).

Screens are found, not listed: every :class:`~ui.screens.base.Screen` page of the main window's
stack, every service in :data:`ui.services.registry.REGISTRY`, every
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
* names: a visible focusable control without an accessible name.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from kiosk.session import State
from ui.keyboard import Variant
from ui.overlay import AssistConfirm, IdleWarning, Overlay, StepBack
from ui.screens.base import Screen
from ui.theme import MIN_TARGET_MM, mm_to_px

if TYPE_CHECKING:
    from ui.inclusion import Inclusion
    from ui.main_window import MainWindow

SAMPLE_NAME = "Alexandra Montgomery-Richardson"
"""A long made-up name for the greeting, the top bar and the assisted banner."""


@dataclass(frozen=True)
class View:
    """One thing to look at: ``show`` puts it on screen, ``hide`` takes it away again.

    ``release`` frees what ``show`` built and kept for the next ``show`` (a service screen is
    built once and then follows language switches live, as it does for a resident); call it
    when the visual mode changes or at the end.
    """

    name: str
    show: Callable[[], None]
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
    from ui.services.context import ServiceContext
    from ui.services.registry import REGISTRY, ScreenFactory

    for service_id, view in REGISTRY.items():

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

    for variant in Variant:

        def show_keyboard(variant: Variant = variant) -> None:
            home_show()
            field = QLineEdit(window.home)
            field.setObjectName("audit-field")
            field.setAccessibleName("audit field")
            inclusion.keyboard.attach(field, variant)
            inclusion.keyboard.show_for(field)

        def hide_keyboard() -> None:
            inclusion.keyboard.hide_keyboard()
            for field in window.home.findChildren(QLineEdit, "audit-field"):
                field.deleteLater()

        result.append(View(f"keyboard:{variant.value}", show_keyboard, hide_keyboard))
    return result


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
    from kiosk.session import Role
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
    from kiosk.fingerprint_qt import (
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


def check(window: MainWindow, view: str) -> list[Problem]:
    """Every problem visible in ``window`` right now."""
    problems: list[Problem] = []
    bounds = window.rect()
    minimum = max(mm_to_px(MIN_TARGET_MM, window.theme.dpi), 44)
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        name = _describe(widget)
        scrolled = _in_scroll_area(widget)
        if isinstance(widget, QLabel) and widget.text():
            if widget.wordWrap():
                needed = widget.heightForWidth(widget.width())
                if needed > widget.height() + 1:
                    problems.append(
                        Problem(view, name, f"clipped: needs {needed}px, has {widget.height()}")
                    )
            else:
                hint = widget.sizeHint()
                if hint.width() > widget.width() + 1 or hint.height() > widget.height() + 1:
                    problems.append(
                        Problem(view, name, f"clipped: needs {hint}, has {widget.size()}")
                    )
        if isinstance(widget, QAbstractButton):
            if widget.hasHeightForWidth():
                needed = widget.heightForWidth(widget.width())
                if needed > widget.height() + 1:
                    problems.append(
                        Problem(view, name, f"text cut: needs {needed}px, has {widget.height()}")
                    )
            else:
                hint = widget.sizeHint()
                if hint.width() > widget.width() + 1 or hint.height() > widget.height() + 1:
                    problems.append(
                        Problem(view, name, f"text cut: needs {hint}, has {widget.size()}")
                    )
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
