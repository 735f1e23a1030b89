"""The Simulator window of demo mode: a person plays the devices the kiosk would have.

Only built when the configuration is in demo mode, never in production. Each section drives an
emulator through its public API (the emulators speak the real wire protocols underneath).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.session_qt import SessionController


class SimulatorWindow(QWidget):
    """A separate, ordinary window beside the kiosk (demo only)."""

    def __init__(self, controller: SessionController) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("simulator")
        self.setWindowTitle("eCitizen Kiosk — Simulator (demo only)")
        self._controller = controller
        self.layout_ = QVBoxLayout(self)
        intro = QLabel(
            "This window stands in for the kiosk's hardware and the city's network. "
            "It exists only in demo mode."
        )
        intro.setWordWrap(True)
        self.layout_.addWidget(intro)

        session_box = QGroupBox("Session")
        session_layout = QVBoxLayout(session_box)
        self.idle_button = QPushButton("Resident walks away (jump to idle warning)")
        self.idle_button.setObjectName("sim-idle")
        self.idle_button.clicked.connect(self._walk_away)
        session_layout.addWidget(self.idle_button)
        self.layout_.addWidget(session_box)
        self.layout_.addStretch(1)
        self.resize(420, 640)

    def add_section(self, box: QGroupBox) -> None:
        """Device sections are added by the demo launcher as emulators are built."""
        self.layout_.insertWidget(self.layout_.count() - 1, box)

    def _walk_away(self) -> None:
        self._controller.simulate_walk_away()
