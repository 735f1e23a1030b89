"""Qt bridge for scanning codes with the camera while a screen asks for it (QtCore only).

The camera is opened only while a scanning step is on screen (privacy: no frames otherwise)
and closed when it leaves. Decoded text is validated by
:func:`kiosk.camera.scan_payloads.parse_scan` (never opened, followed or executed); accepted
payloads and rejections cross to the GUI thread as signals. A camera that is disabled, absent or
lost is reported as a state, never an error dialog: the screens keep their typed alternative
(account number).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

from drivers.camera import CameraGrabber, CodeScanner, DecodedCode
from drivers.camera.source import CameraError
from drivers.device import DeviceState
from kiosk.camera.scan_payloads import PayloadRejected, ScannedCode, parse_scan
from kiosk.config import CameraSection
from kiosk.runtime.devices import camera_grabber

logger = logging.getLogger(__name__)

STATE_DISABLED = "disabled"  # no camera configured
STATE_CONNECTING = "connecting"
STATE_READY = "ready"
STATE_ABSENT = "absent"  # cannot be opened or stopped delivering frames


class CodeScanBridge(QObject):
    """Signals:
    payload_read(ScannedCode): a validated code, one of the
        :data:`kiosk.camera.scan_payloads.ScanPayload` classes.
    rejected(str): a code was read but is not one the kiosk accepts (translation key).
    state_changed(str): one of the ``STATE_*`` values.
    """

    payload_read = Signal(ScannedCode)
    rejected = Signal(str)
    state_changed = Signal(str)

    def __init__(self, section: CameraSection, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._section = section
        self._grabber: CameraGrabber | None = None
        self._scanner: CodeScanner | None = None
        self.state = STATE_DISABLED

    @property
    def available(self) -> bool:
        return self._section.driver != "disabled"

    def start(self) -> None:
        if self._grabber is not None:
            return
        if not self.available:
            self._set(STATE_DISABLED)
            return
        try:
            self._grabber = camera_grabber(self._section.source, on_state=self._on_state)
        except ValueError:
            logger.error("camera source is not valid; scanning disabled")
            self._set(STATE_ABSENT)
            return
        self._set(STATE_CONNECTING)
        self._scanner = CodeScanner(self._grabber, self._on_code)
        self._grabber.start()
        self._scanner.start()

    def stop(self) -> None:
        scanner, grabber = self._scanner, self._grabber
        self._scanner = self._grabber = None
        if scanner is not None:
            scanner.close()
        if grabber is not None:
            grabber.close(timeout=5.0)

    def _set(self, state: str) -> None:
        self.state = state
        self.state_changed.emit(state)

    def _on_state(self, state: DeviceState, _error: CameraError | None) -> None:  # grabber thread
        if state is DeviceState.READY:
            self._set(STATE_READY)
        elif state is DeviceState.ABSENT:
            self._set(STATE_ABSENT)

    def _on_code(self, code: DecodedCode) -> None:  # scanner thread
        try:
            payload = parse_scan(code.text, code.format)
        except PayloadRejected as exc:
            self.rejected.emit(exc.key)
            return
        self.payload_read.emit(payload)
