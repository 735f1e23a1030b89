"""Tap to visible response, for every screen of the accessibility walk (issue #16 item 14).

For each view of :func:`ui.a11y_walk.walk.views` (every screen, service, overlay, keyboard and
fingerprint panel; English, standard look, 1080×1920) the bench shows the view, finds its
primary control and taps it like a finger: a synthesized mouse press and release on the
control's centre (``QTest.mousePress``/``mouseRelease``: real QMouseEvents through
QApplication, so the button's own press/click handling runs). It then measures until the next
frame that shows the response is painted:

* an application-wide event filter counts ``QEvent.Paint`` events (every widget repaint goes
  through one; on the offscreen platform, as on xcb and eglfs, a frame is the repaint manager
  painting the dirty widgets into the backing store and flushing it, in one UpdateRequest);
* after the release (whose handlers run synchronously, as for a real touch), the event loop
  is run (``processEvents``) until a pass paints: that pass painted and flushed the next frame,
  which holds the response (Qt folds every pending update into one frame). The clock stops at
  the end of that pass. A response a handler defers to a later frame on purpose (a worker
  thread's result) is not waited for: the resident sees the pressed/changed state first.

So a sample is press → handler → layout → paint → flush of the frame the resident sees, as
``perf_counter`` wall time on this machine. A view whose tap paints nothing within 2 s is
reported as such (no visible response) and counted as 2000 ms.

The session is put in the state each screen belongs to (attract, language, sign-in or home)
before the view is shown, and a service's ``done`` signal returns home as in the kiosk, so the
tap's handler does what it does for a resident.

Primary control: the visible, enabled button with the ``primary`` role in the topmost layer
(the open overlay, the on-screen keyboard, or the current page); failing that, the topmost
visible enabled button there (reading order). Each view is tapped ``SAMPLES`` times (shown
afresh each time; the first tap includes any lazy building, as for a resident).

Targets: p99 ≤ 100 ms and worst ≤ 200 ms. Prints one table row per view, the slowest five, and
records p50/p99/worst for the ``make bench`` table. Qt's own messages are silenced (a message
handler) so the table stays readable.
"""

from __future__ import annotations

import logging
import math
import os
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

# bench/ itself must not shadow the standard library (bench/queue.py vs ``queue``)
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("KIOSK_TTS_ENGINE", "mock")

from PySide6.QtCore import (  # noqa: E402  (the platform is chosen before Qt loads)
    QEvent,
    QMessageLogContext,
    QObject,
    QPoint,
    Qt,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget  # noqa: E402

from bench.results import record, reset  # noqa: E402

if TYPE_CHECKING:
    from kiosk.session.controller import SessionController

SAMPLES = 3
TIMEOUT_S = 2.0
TARGET_P99_MS = 100.0
TARGET_WORST_MS = 200.0


def _quiet(_kind: QtMsgType, _context: QMessageLogContext, _message: str) -> None:
    """Qt's platform chatter ("does not support propagateSizeHints()") stays out of the table."""


class PaintCounter(QObject):
    """Counts paint events anywhere in the application."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False

    def reset(self) -> None:
        self.count = 0

    def painted(self) -> bool:
        return self.count > 0


@dataclass
class Result:
    view: str
    control: str
    samples_ms: list[float] = field(default_factory=list)
    silent: int = 0  # taps with no visible response
    errors: set[str] = field(default_factory=set)  # exceptions raised by the tap's handlers

    @property
    def worst(self) -> float:
        return max(self.samples_ms)

    @property
    def median(self) -> float:
        return statistics.median(self.samples_ms)


def _buttons(scope: QWidget) -> list[QAbstractButton]:
    found = [
        button
        for button in scope.findChildren(QAbstractButton)
        if button.isVisible() and button.isEnabled() and button.width() > 0
    ]
    window = scope.window()

    def place(button: QAbstractButton) -> tuple[int, int]:
        at = button.mapTo(window, QPoint(0, 0))
        return at.y(), at.x()

    return sorted(found, key=place)


UNTAPPED: list[str] = []
"""Views that showed no enabled control to tap (listed under the table)."""


def ready(page: QWidget | None) -> None:
    """Wait (at most ``TIMEOUT_S``) until a service that is loading is ready: while it loads,
    its buttons are disabled and a resident waits for it too (the elections page fetching the
    resident's polling station had no control to tap and fell out of the table)."""
    from ui.a11y_walk.walk import settle

    deadline = time.monotonic() + TIMEOUT_S
    while getattr(page, "busy", False) is True and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.005)
    settle()


def primary_control(window: QWidget, keyboard: QWidget) -> QAbstractButton | None:
    """The control a resident would tap on what is on screen now (see the module docstring)."""
    from ui.overlay import Overlay

    layers: list[QWidget] = [o for o in window.findChildren(Overlay) if o.isVisible()]
    if keyboard.isVisible():
        layers.append(keyboard)
    stack = getattr(window, "stack", None)
    if stack is not None and stack.currentWidget() is not None:
        layers.append(stack.currentWidget())
    elif stack is None:
        layers.append(window)  # a plain window (the bench's own tests)
    for layer in layers:
        buttons = _buttons(layer)
        if not buttons:
            continue
        for button in buttons:
            if button.property("role") == "primary":
                return button
        return buttons[0]
    return None


def tap(button: QAbstractButton, paints: PaintCounter) -> float | None:
    """Milliseconds from press to the end of the frame showing the response (None: nothing)."""
    centre = button.rect().center()
    start = time.perf_counter()
    paints.reset()
    QTest.mousePress(button, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
    QTest.mouseRelease(button, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
    # QTest delivers the release through the window system interface and may already run the
    # event loop once: a frame painted inside it is the next frame
    if paints.painted():
        return (time.perf_counter() - start) * 1000.0
    while time.perf_counter() - start < TIMEOUT_S:
        QApplication.processEvents()
        if paints.painted():
            return (time.perf_counter() - start) * 1000.0
    return None


def percentile(values: list[float], share: float) -> float:
    """Nearest-rank percentile: the smallest sample with at least ``share`` of them at or below."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, math.ceil(share * len(ordered)) - 1))]


def wanted_state(view: str) -> str:
    if view.startswith("screen:attract"):
        return "attract"
    if view == "screen:language":
        return "language"
    if view == "screen:sign_in" or view.startswith("card:"):
        return "sign_in"
    if view.startswith("service:"):
        return view  # "service:<id>": opened along the resident's path, from home
    return "home"


def put_in_state(controller: SessionController, wanted: str) -> None:
    """Move the session to ``wanted`` along the resident's path."""
    from kiosk.session.machine import EndReason, Identity, Role

    session = controller.session
    if wanted.startswith("service:"):
        put_in_state(controller, "home")
        controller.open_service(wanted.partition(":")[2])
        return
    order = ("attract", "language", "sign_in", "home")
    if session.state.value == "service":
        controller.go_home()
    if session.state.value not in order or order.index(session.state.value) > order.index(wanted):
        controller.end(EndReason.SIGN_OUT)
    steps = {
        "attract": controller.start,
        "language": lambda: controller.choose_language("en"),
        "sign_in": lambda: controller.sign_in(Identity(Role.GUEST)),
    }
    while session.state.value != wanted and session.state.value in steps:
        steps[session.state.value]()


def measure() -> list[Result]:
    from kiosk.config import load_demo_config
    from ui.a11y_walk.walk import prepare, settle, views
    from ui.i18n.build import ensure_compiled
    from ui.main import KioskApplication

    ensure_compiled()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    paints = PaintCounter()
    app.installEventFilter(paints)
    results: list[Result] = []
    raised: list[str] = []
    # a slot that raises is reported in the table, not as a traceback between its rows
    sys.excepthook = lambda kind, _value, _tb: raised.append(kind.__name__)
    with tempfile.TemporaryDirectory() as data:
        # the kiosk as `make run` starts it: demo devices and the demo city, the core started
        # (what the running core has loaded is loaded, as for a resident)
        config = load_demo_config(Path(data))
        kiosk = KioskApplication(app, config, windowed=True)
        window, inclusion, controller = kiosk.window, kiosk.inclusion, kiosk.controller
        started: list[str] = []
        kiosk.starter.started.connect(started.append)
        kiosk.show()
        deadline = time.monotonic() + 60
        # a resident arrives once the kiosk is up: the core started and the service modules
        # imported in the background (KioskApplication._warm_services)
        while (not started or kiosk.warm_pending) and time.monotonic() < deadline:
            QApplication.processEvents()
            time.sleep(0.01)
        window.resize(1080, 1920)
        try:
            put_in_state(controller, "home")
            settle()
            prepare(window, helper=False)
            shown = views(window, inclusion)
            wired: set[int] = set()
            for view in shown:
                result: Result | None = None
                for _ in range(SAMPLES):
                    put_in_state(controller, wanted_state(view.name))
                    settle()
                    view.show()
                    settle()
                    page = window.stack.currentWidget()
                    ready(page)
                    done = getattr(page, "done", None)
                    if (
                        view.name.startswith("service:")
                        and done is not None
                        and id(page) not in wired
                    ):
                        wired.add(id(page))
                        done.connect(controller.go_home)
                    control = primary_control(window, inclusion.keyboard)
                    if control is None:
                        UNTAPPED.append(view.name)  # said under the table, never dropped
                        view.hide()
                        break
                    name = control.objectName() or type(control).__name__
                    if result is None:
                        result = Result(view.name, name)
                    raised.clear()
                    elapsed = tap(control, paints)
                    result.errors.update(raised)
                    if elapsed is None:
                        result.silent += 1
                        elapsed = TIMEOUT_S * 1000.0
                    result.samples_ms.append(elapsed)
                    view.hide()
                    inclusion.keyboard.hide_keyboard()
                    settle()
                if result is not None:
                    results.append(result)
            for view in shown:
                view.release()
        finally:
            kiosk.shutdown()
    return results


def main() -> int:
    reset("touch")
    qInstallMessageHandler(_quiet)
    logging.disable(logging.WARNING)  # the demo's start-up warnings are not part of the table
    results = measure()
    samples = [ms for result in results for ms in result.samples_ms]
    if not samples:
        print("touch: no view had a control to tap")
        return 1
    width = max(len(r.view) for r in results)
    print(f"{'view'.ljust(width)}  {'tapped control'.ljust(32)}  {'median':>8}  {'worst':>8}")
    for result in results:
        note = f"  ({result.silent} tap(s) without a visible response)" if result.silent else ""
        if result.errors:
            note += f"  (raised {', '.join(sorted(result.errors))})"
        print(
            f"{result.view.ljust(width)}  {result.control[:32].ljust(32)}  "
            f"{result.median:7.1f}ms  {result.worst:7.1f}ms{note}"
        )
    p50 = percentile(samples, 0.50)
    p99 = percentile(samples, 0.99)
    worst = max(samples)
    print()
    print(
        f"{len(results)} views, {len(samples)} taps: p50 {p50:.1f} ms, p99 {p99:.1f} ms, "
        f"worst {worst:.1f} ms (targets: p99 ≤ {TARGET_P99_MS:.0f} ms, "
        f"worst ≤ {TARGET_WORST_MS:.0f} ms)"
    )
    print("slowest five views (worst tap):")
    for result in sorted(results, key=lambda r: r.worst, reverse=True)[:5]:
        print(f"  {result.worst:7.1f} ms  {result.view}  ({result.control})")
    if UNTAPPED:
        print(f"no enabled control to tap: {', '.join(sorted(set(UNTAPPED)))}")
    silent = sum(result.silent for result in results)
    record("tap to painted response p50", f"{p50:.1f} ms", "informational", None, bench="touch")
    record(
        "tap to painted response p99",
        f"{p99:.1f} ms",
        f"<= {TARGET_P99_MS:.0f} ms",
        p99 <= TARGET_P99_MS,
        bench="touch",
    )
    record(
        "tap to painted response worst",
        f"{worst:.1f} ms",
        f"<= {TARGET_WORST_MS:.0f} ms",
        worst <= TARGET_WORST_MS,
        bench="touch",
    )
    record("taps without a visible response", str(silent), "0", silent == 0, bench="touch")
    return 0


if __name__ == "__main__":
    sys.exit(main())
