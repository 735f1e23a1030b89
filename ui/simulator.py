"""The Simulator window of demo mode: a person plays the devices the kiosk would have.

Only built when the configuration is in demo mode, never in production. Each section drives an
emulator through its public API (the emulators speak the real wire protocols underneath).
Emulator calls can block (a card insertion waits for pcscd to see it), so they run on the
simulator's own worker thread, never on the GUI thread.
"""

from __future__ import annotations

import concurrent.futures
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.session.controller import SessionController

if TYPE_CHECKING:
    from kiosk.demo.controls import VirtualReader
    from kiosk.demo.rig import DemoRig
    from kiosk.runtime.app import KioskCore

logger = logging.getLogger(__name__)

# what each virtual reader stands for on a real kiosk (the front reader and the staff-side one)
READER_ROLES = {1: "resident", 2: "staff"}


class _Relay(QObject):
    """Brings results of simulator actions back to the GUI thread."""

    done = Signal(str)


class SimulatorWindow(QWidget):
    """A separate, ordinary window beside the kiosk (demo only)."""

    def __init__(self, controller: SessionController) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("simulator")
        self.setWindowTitle("eCitizen Kiosk — Simulator (demo only)")
        self._controller = controller
        self._worker = concurrent.futures.ThreadPoolExecutor(
            max_workers=1, thread_name_prefix="simulator"
        )
        self._relay = _Relay(self)
        self._relay.done.connect(self._show_status)
        outer = QVBoxLayout(self)
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        content = QWidget()
        self.layout_ = QVBoxLayout(content)
        area.setWidget(content)
        outer.addWidget(area)
        intro = QLabel(
            "This window stands in for the kiosk's hardware and the city's network. "
            "It exists only in demo mode."
        )
        intro.setWordWrap(True)
        self.layout_.addWidget(intro)
        self.status = QLabel("Starting the demo devices and the demo city…")
        self.status.setObjectName("sim-status")
        self.status.setWordWrap(True)
        self.layout_.addWidget(self.status)

        session_box = QGroupBox("Session")
        session_layout = QVBoxLayout(session_box)
        self.idle_button = QPushButton("Resident walks away (jump to idle warning)")
        self.idle_button.setObjectName("sim-idle")
        self.idle_button.clicked.connect(self._walk_away)
        session_layout.addWidget(self.idle_button)
        self.layout_.addWidget(session_box)
        self.layout_.addStretch(1)
        self.rig: DemoRig | None = None
        self.resize(460, 900)

    def add_section(self, box: QGroupBox) -> None:
        self.layout_.insertWidget(self.layout_.count() - 1, box)

    def _walk_away(self) -> None:
        self._controller.simulate_walk_away()

    def _run(self, what: str, action: Callable[[], object]) -> None:
        """Run an emulator action off the GUI thread; report the outcome in the status line."""

        def work() -> None:
            try:
                action()
            except Exception as exc:  # an emulator hiccup is reported, never a crash
                logger.exception("simulator action failed: %s", what)
                self._relay.done.emit(f"{what}: failed ({exc.__class__.__name__})")
            else:
                self._relay.done.emit(f"{what}: done")

        self.status.setText(f"{what}…")
        self._worker.submit(work)

    def _show_status(self, text: str) -> None:
        self.status.setText(text)

    def _action_buttons(
        self, layout: QVBoxLayout, actions: list[tuple[str, Callable[[], object]]]
    ) -> None:
        """A button for each emulator action, labelled with (and reporting) its text."""
        for text, action in actions:
            widget = QPushButton(text)
            widget.clicked.connect(lambda _=False, t=text, a=action: self._run(t, a))
            layout.addWidget(widget)

    def _every(self, interval_ms: int, refresh: Callable[[], None]) -> QTimer:
        """A running timer calling ``refresh`` every ``interval_ms`` (the window polls what the
        emulators show: the sensor's light, the last receipt)."""
        timer = QTimer(self)
        timer.setInterval(interval_ms)
        timer.timeout.connect(refresh)
        timer.start()
        return timer

    # -- sections -----------------------------------------------------------------------------
    def attach_core(self, core: KioskCore) -> None:
        rig = core.demo
        if rig is None:
            self.status.setText("No demo devices: this configuration uses real ones.")
            return
        self.rig = rig
        self.status.setText("Demo devices and demo city are running.")
        self._card_section(rig)
        self._fingerprint_section(rig)
        self._printer_section(rig)
        self._camera_section(rig)
        self._network_section(rig)

    def _card_section(self, rig: DemoRig) -> None:
        from kiosk.demo.controls import demo_people

        box = QGroupBox("Cards")
        layout = QVBoxLayout(box)
        if not rig.card_slots:
            problem = QLabel(f"Cards are not available: {rig.card_problem}")
            problem.setWordWrap(True)
            layout.addWidget(problem)
            self.add_section(box)
            return
        self.persona = QComboBox()
        self.persona.setObjectName("sim-persona")
        for persona in demo_people():
            label = persona.display_name
            if persona.signs_in:
                label += f"  (PIN {persona.pin})"
            self.persona.addItem(f"{label} — {persona.id}", persona.id)
        layout.addWidget(self.persona)
        # One row per reader, so a staff card can go into reader 2 while the resident's card
        # stays in reader 1 (assisted sessions, kiosk/identity/staff_card.py).
        self.card_buttons: list[tuple[QPushButton, QPushButton]] = []
        for number, slot in enumerate(rig.card_slots.values(), start=1):
            self.card_buttons.append(self._reader_row(layout, number, slot))
        self.add_section(box)

    def _reader_row(
        self, layout: QVBoxLayout, number: int, slot: VirtualReader
    ) -> tuple[QPushButton, QPushButton]:
        """Insert/Remove buttons for reader ``number`` (1: the resident's, 2: the staff's)."""
        role = READER_ROLES.get(number, "")
        row = QHBoxLayout()
        insert = QPushButton(f"Insert into reader {number}" + (f" ({role})" if role else ""))
        insert.setObjectName(f"sim-card-insert-{number}")
        remove = QPushButton(f"Remove from reader {number}")
        remove.setObjectName(f"sim-card-remove-{number}")

        def insert_card() -> None:
            persona = str(self.persona.currentData())
            self._run(f"insert {persona} into reader {number}", lambda: slot.insert(persona))

        insert.clicked.connect(insert_card)
        remove.clicked.connect(lambda: self._run(f"remove card from reader {number}", slot.remove))
        row.addWidget(insert)
        row.addWidget(remove)
        layout.addLayout(row)
        return insert, remove

    def _fingerprint_section(self, rig: DemoRig) -> None:
        sensor = rig.fingerprint
        if sensor is None:
            return
        box = QGroupBox("Fingerprint sensor")
        layout = QVBoxLayout(box)
        buttons: list[tuple[str, Callable[[], object]]] = [
            ("Place the card holder's finger", self._place_holder_finger),
            ("Place someone else's finger", sensor.place_wrong_finger),
            ("Lift the finger", sensor.lift_finger),
        ]
        self._action_buttons(layout, buttons)
        # the sensor's LED ring, as the kiosk sets it (its guidance for the resident's finger)
        self.sensor_light = QLabel()
        self.sensor_light.setObjectName("sim-sensor-light")
        layout.addWidget(self.sensor_light)
        self._light_timer = self._every(200, self._refresh_sensor_light)
        self._refresh_sensor_light()
        self.add_section(box)

    def _refresh_sensor_light(self) -> None:
        from kiosk.demo.controls import sensor_light

        sensor = self.rig.fingerprint if self.rig is not None else None
        light = sensor_light(sensor) if sensor is not None else None
        text = "Sensor light: off"
        if light is not None:
            text = f"Sensor light: {light.mode} {light.colour}"
            if light.cycles:
                text += f", {light.cycles} times"
        if text != self.sensor_light.text():
            self.sensor_light.setText(text)

    def _place_holder_finger(self) -> None:
        assert self.rig is not None and self.rig.fingerprint is not None
        persona = self.persona.currentData() if hasattr(self, "persona") else "resident-amina"
        self.rig.fingerprint.place_persona_finger(str(persona))

    def _printer_section(self, rig: DemoRig) -> None:
        if rig.printer is None:
            return
        from kiosk.demo.controls import set_paper

        printer = rig.printer.printer
        box = QGroupBox("Receipt printer")
        layout = QVBoxLayout(box)
        actions: list[tuple[str, Callable[[], object]]] = [
            ("Paper OK", lambda: set_paper(rig, "ok")),
            ("Paper near end", lambda: set_paper(rig, "near_end")),
            ("Paper out", lambda: set_paper(rig, "out")),
            ("Open cover", lambda: printer.set_cover_open(True)),
            ("Close cover", lambda: printer.set_cover_open(False)),
            ("Switch off", lambda: printer.set_offline(True)),
            ("Switch on", lambda: printer.set_offline(False)),
        ]
        self._action_buttons(layout, actions)
        self.paper = QPlainTextEdit()
        self.paper.setObjectName("sim-paper")
        self.paper.setReadOnly(True)
        self.paper.setMinimumHeight(240)
        layout.addWidget(QLabel("Last receipt printed:"))
        layout.addWidget(self.paper)
        self._paper_timer = self._every(1000, self._refresh_paper)
        self.add_section(box)

    def _refresh_paper(self) -> None:
        if self.rig is None or self.rig.printer is None:
            return
        pages = self.rig.printer.printer.pages
        text = pages[-1].render() if pages else "(nothing printed yet)"
        if text != self.paper.toPlainText():
            self.paper.setPlainText(text)

    def _camera_section(self, rig: DemoRig) -> None:
        scene = rig.camera
        if scene is None:
            return
        from kiosk.demo.camera import SCENE_LABELS

        box = QGroupBox("Camera (what is held up to the lens)")
        layout = QVBoxLayout(box)
        for name, text in SCENE_LABELS.items():
            widget = QPushButton(text)
            widget.setObjectName(f"sim-camera-{name}")
            widget.clicked.connect(
                lambda _=False, n=name, t=text: self._run(f"camera: {t}", lambda: scene.show(n))
            )
            layout.addWidget(widget)
        self.add_section(box)

    def _network_section(self, rig: DemoRig) -> None:
        city = rig.city
        box = QGroupBox("City network")
        layout = QHBoxLayout(box)
        down = QPushButton("Network down")
        down.setObjectName("sim-network-down")
        up = QPushButton("Network up")
        up.setObjectName("sim-network-up")
        down.clicked.connect(
            lambda: self._run("network down", lambda: city.set_network("all", False))
        )
        up.clicked.connect(lambda: self._run("network up", lambda: city.set_network("all", True)))
        layout.addWidget(down)
        layout.addWidget(up)
        self.add_section(box)

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self._worker.shutdown(wait=False, cancel_futures=True)
        super().closeEvent(event)
