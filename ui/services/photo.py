"""The ID-photo step: the camera turns on only after "Take photo" (PRIV-07), live preview with
guidance, a 3-2-1 countdown, review, retake, and explicit acceptance. The JPEG lives in the
:class:`kiosk.camera.photo_quality.PhotoSession` buffer only and is zeroed on every exit.

Without a camera (disabled in the configuration or not working) the step says so and offers to
bring a photo to the counter instead (``on_counter``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QPixmap

from kiosk.camera.camera import Camera, CameraFrame, FaceReading
from kiosk.camera.photo_quality import Guidance, PhotoSession, PhotoState
from ui.services.base import ServiceScreen
from ui.services.camera_step import NO_FRAME_GIVE_UP_MS, PREVIEW_SIDE, CameraStep
from ui.services.step import page
from ui.widgets.base import button, label, set_text

logger = logging.getLogger(__name__)

__all__ = ["NO_FRAME_GIVE_UP_MS", "PREVIEW_SIDE", "PhotoStep"]


class _Relay(QObject):
    analysed = Signal(FaceReading)


class PhotoStep(CameraStep):
    """Attributes:
    session: the photo state machine (``session.photo()`` once accepted).
    camera_state: "off" | "starting" | "live" | "absent".
    """

    step_id = "photo"
    camera_purpose = "ID photo"

    def __init__(
        self,
        service: ServiceScreen,
        on_accepted: Callable[[bytes], None],
        on_counter: Callable[[], None],
    ) -> None:
        super().__init__(service, "photo-preview")
        self.on_accepted = on_accepted
        self.on_counter = on_counter
        self.session = PhotoSession()
        # the started core's camera (in demo mode the demo camera scene), or an absent one
        self._camera = service.context.camera()
        self.camera_state = "off" if self._camera.available else "absent"
        self._good: FaceReading | None = None
        self._last: FaceReading | None = None
        self.intro = label("body", name="photo-intro")
        self.indicator = label("subtitle", name="photo-camera-on")
        self.guidance = label("title", name="photo-guidance")
        self.start_button = button("primary", name="photo-start")
        self.shoot_button = button(name="photo-shoot")
        self.accept_button = button("primary", name="photo-accept")
        self.retake_button = button(name="photo-retake")
        self.counter_button = button(name="photo-counter")
        page(
            self,
            self.intro,
            self.indicator,
            self.preview,
            self.guidance,
            self.start_button,
            self.shoot_button,
            self.accept_button,
            self.retake_button,
            self.counter_button,
        )
        self.start_button.clicked.connect(self.start_camera)
        self.shoot_button.clicked.connect(self.take_now)
        self.accept_button.clicked.connect(self.accept)
        self.retake_button.clicked.connect(self.retake)
        self.counter_button.clicked.connect(self._counter)
        self._relay = _Relay(self)
        self._relay.analysed.connect(self._on_analysed, Qt.ConnectionType.QueuedConnection)
        self._update()

    # -- camera ------------------------------------------------------------------------------
    def start_camera(self) -> None:
        if not self._camera.available or self.camera is not None:
            return
        self._start_feed(self._camera)
        self._camera.analyse_faces(self._analysed, rate_hz=5.0)
        self._update()

    def stop_camera(self) -> None:
        self._timer.stop()
        super().stop_camera()  # the analyser stops with the camera
        self._good = self._last = None

    def _analysed(self, reading: FaceReading) -> None:  # worker
        try:
            self._relay.analysed.emit(reading)
        except RuntimeError:
            return  # the step is gone

    def _on_analysed(self, reading: FaceReading) -> None:
        if self.camera is None:
            return
        guidance = reading.guidance
        self._last = reading
        if not guidance:
            self._good = reading
        self.session.on_assessment(guidance)
        self._update()

    def _camera_failed(self, camera: Camera) -> bool:
        return camera.failed

    def _on_frame(self, frame: CameraFrame) -> None:
        if self.session.state in (PhotoState.PREVIEW, PhotoState.COUNTDOWN):
            self._show_image(frame.downscaled(PREVIEW_SIDE))
        if self.session.shot_due() and self._good is not None:
            self.session.capture(self._good.id_photo_jpeg())
            self._after_capture()
        elif self.session.state is PhotoState.COUNTDOWN:
            self._update()

    def take_now(self) -> None:
        """Manual shutter (keypad/speech users, assisted route)."""
        chosen = self._good or self._last
        if chosen is None or self.session.state not in (PhotoState.PREVIEW, PhotoState.COUNTDOWN):
            return
        self.session.take_now(chosen.id_photo_jpeg())
        self._after_capture()

    def _after_capture(self) -> None:
        self.stop_camera()
        self.camera_state = "off"
        pixmap = QPixmap()
        pixmap.loadFromData(bytes(self.session.photo()))
        self.preview.setPixmap(pixmap)
        self._update()

    def accept(self) -> None:
        if self.session.state is not PhotoState.REVIEW:
            return
        self.session.accept()
        self._update()
        self.on_accepted(bytes(self.session.photo()))

    def retake(self) -> None:
        if self.session.state not in (PhotoState.REVIEW, PhotoState.ACCEPTED):
            return
        self.session.retake()
        self.preview.clear()
        self.start_camera()

    def _counter(self) -> None:
        self.stop_camera()
        self.on_counter()

    # -- text --------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Your photo")

    def _guidance_text(self, item: Guidance) -> str:
        texts = {
            Guidance.NO_FACE: self.tr("Look at the camera."),
            Guidance.MULTIPLE_FACES: self.tr("Only one person in the picture, please."),
            Guidance.MOVE_CLOSER: self.tr("Move a little closer."),
            Guidance.MOVE_BACK: self.tr("Move a little back."),
            Guidance.NOT_CENTRED: self.tr("Move your face to the middle."),
            Guidance.TOO_DARK: self.tr("It is too dark."),
            Guidance.TOO_BRIGHT: self.tr("It is too bright."),
            Guidance.BLURRY: self.tr("Hold still."),
        }
        return texts[item]

    def _update(self) -> None:
        state = self.session.state
        live = self.camera_state in ("starting", "live")
        review = state is PhotoState.REVIEW
        self.start_button.setVisible(self.camera_state == "off" and state is PhotoState.PREVIEW)
        self.shoot_button.setVisible(live and self._last is not None)
        self.accept_button.setVisible(review)
        self.retake_button.setVisible(review)
        self.indicator.setVisible(live)
        self.preview.setVisible(live or review or state is PhotoState.ACCEPTED)
        self.counter_button.setVisible(not review and state is not PhotoState.ACCEPTED)
        if self.camera_state == "absent":
            text = self.tr(
                "The camera of this kiosk is not available. You can bring a passport-style "
                "photo to the counter instead."
            )
        elif review:
            text = self.tr("Is this photo good? Your face should be clear and in the middle.")
        elif state is PhotoState.ACCEPTED:
            text = self.tr("Photo accepted.")
        else:
            text = self.tr(
                "We need a photo of your face. The camera turns on only when you press Take "
                "photo, and the photo is erased from the kiosk when you finish."
            )
        set_text(self.intro, text)
        if state is PhotoState.COUNTDOWN:
            seconds = self.session.seconds_left() or 0
            set_text(self.guidance, self.tr("Hold still: %1").replace("%1", str(seconds)))
        elif live and state is PhotoState.PREVIEW and self._last is not None:
            items = self.session.guidance
            set_text(self.guidance, self._guidance_text(items[0]) if items else "")
        elif self.camera_state == "starting":
            set_text(self.guidance, self.tr("Starting the camera…"))
        else:
            set_text(self.guidance, "")
        self.guidance.setVisible(bool(self.guidance.text()))

    def retranslate(self) -> None:
        set_text(self.indicator, self.tr("Camera on"))
        set_text(self.start_button, self.tr("Take photo"))
        set_text(self.shoot_button, self.tr("Take the photo now"))
        set_text(self.accept_button, self.tr("Use this photo"))
        set_text(self.retake_button, self.tr("Take it again"))
        set_text(self.counter_button, self.tr("Bring a photo to the counter instead"))
        self._update()

    def wipe(self) -> None:
        super().wipe()
        self.session.wipe()
