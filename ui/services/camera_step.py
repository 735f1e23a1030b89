"""A service step with a live camera preview, shared by the ID-photo step and the street-report
photo step: the camera is started only on request, a 100 ms timer shows the newest frame, the
camera counts as not available when no frame comes for :data:`NO_FRAME_GIVE_UP_MS`, and it is
stopped whenever the step is hidden.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import cv2
import numpy as np
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QHideEvent, QImage, QPixmap
from PySide6.QtWidgets import QLabel, QSizePolicy

from ui.services.base import ServiceScreen, Step

if TYPE_CHECKING:
    from kiosk.camera.camera import Camera, CameraFrame, Image

logger = logging.getLogger(__name__)

PREVIEW_SIDE = 480
NO_FRAME_GIVE_UP_MS = 4000


class CameraStep(Step):
    """Subclasses build their widgets around :attr:`preview`, start the camera with
    :meth:`_start_feed`, handle each new frame in :meth:`_on_frame` and show their state in
    :meth:`_update`.

    Attributes:
        camera: the running camera (:class:`kiosk.camera.camera.Camera`), or None.
        camera_state: "off" | "starting" | "live" | "absent".
        preview: the label the live picture (or the taken photo) is shown in.
    """

    camera_purpose = "photo"  # named in the log line when the camera gives no frame

    def __init__(self, screen: ServiceScreen, preview_name: str) -> None:
        super().__init__(screen)
        self.camera: Camera | None = None
        self.camera_state = "off"
        self._waited_ms = 0
        self.preview = QLabel()
        self.preview.setObjectName(preview_name)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumHeight(PREVIEW_SIDE // 2)
        self.preview.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._timer = QTimer(self)
        self._timer.setInterval(100)
        self._timer.timeout.connect(self._tick)

    def _start_feed(self, camera: Camera) -> None:
        """Start ``camera`` and the preview timer ("starting" until the first frame)."""
        self.camera = camera
        self.camera_state = "starting"
        self._waited_ms = 0
        camera.start()
        self._timer.start()

    def stop_camera(self) -> None:
        self._timer.stop()
        camera, self.camera = self.camera, None
        if camera is not None:
            camera.close(timeout=5.0)
        if self.camera_state in ("starting", "live"):
            self.camera_state = "off"

    def _camera_failed(self, camera: Camera) -> bool:
        """No frame for :data:`NO_FRAME_GIVE_UP_MS`: give up on the camera (True) or wait on."""
        return True

    def _tick(self) -> None:
        camera = self.camera
        if camera is None:
            return
        frame = camera.latest()
        if frame is None:
            self._waited_ms += self._timer.interval()
            if self._waited_ms >= NO_FRAME_GIVE_UP_MS and self._camera_failed(camera):
                logger.info("camera not available for the %s", self.camera_purpose)
                self.stop_camera()
                self.camera_state = "absent"
                self._update()
            return
        if self.camera_state == "starting":
            self.camera_state = "live"
            self._update()
        self._on_frame(frame)

    def _on_frame(self, frame: CameraFrame) -> None:
        """A new frame while the camera is on (shown as the live preview by default)."""
        self._show_image(frame.downscaled(PREVIEW_SIDE))

    def _show_image(self, image: Image) -> None:
        rgb = np.ascontiguousarray(cv2.cvtColor(image, cv2.COLOR_BGR2RGB))
        height, width = rgb.shape[:2]
        qimage = QImage(rgb.data, width, height, width * 3, QImage.Format.Format_RGB888).copy()
        self.preview.setPixmap(QPixmap.fromImage(qimage))

    def _update(self) -> None:
        """Show the camera and photo state (buttons, texts)."""

    def hideEvent(self, event: QHideEvent) -> None:
        self.stop_camera()
        super().hideEvent(event)

    def wipe(self) -> None:
        self.stop_camera()
        self.preview.clear()
