"""The fingerprint step of card sign-in: an opt-in confirmation after a correct PIN.

Shown by :class:`ui.screens.card_signin.CardSignInScreen` as one of its panels when the kiosk
has a working sensor and the resident's card carries a fingerprint template. The PIN is enough:
"Skip — PIN is enough" is always there, and every way the step can end without a match (no
match five times, the sensor lost, a template the sensor refuses) continues with the PIN alone,
after a clear message. Guidance ("place your finger", "lift your finger", "try again", "not
recognised") is on screen and spoken.

Phases: offer → capture (live guidance) → retry (not recognised / unclear / no finger) or
fallback (continue with the PIN) or confirmed. The work runs on the sensor's worker thread
(:class:`kiosk.identity.fingerprint_confirmation.FingerprintConfirmation`); nothing here blocks the
event loop.
"""

from __future__ import annotations

import enum
from typing import Protocol

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from kiosk.identity.fingerprint_confirmation import (
    FingerprintConfirmation,
    VerifyOutcome,
    VerifyResult,
    VerifyStage,
)
from ui.assist import assist_for
from ui.theme import Theme
from ui.widgets.base import button, label, set_text
from ui.widgets.panel import Panel

CONFIRMED_PAUSE_MS = 1500
"""How long "Fingerprint confirmed" stays before the home screen (read and spoken)."""


class TemplateSource(Protocol):
    """Where the signed-in card's template waits (``kiosk.identity.card_bridge.CardSignInBridge``
    fits)."""

    def fingerprint_template_ready(self) -> bool: ...
    def copy_fingerprint_template(self) -> bytearray | None: ...
    def wipe_fingerprint_template(self) -> None: ...


class Phase(enum.Enum):
    IDLE = "idle"
    OFFER = "offer"
    CAPTURE = "capture"
    RETRY = "retry"
    FALLBACK = "fallback"
    CONFIRMED = "confirmed"


class FingerprintIcon(QWidget):
    """A drawn fingerprint (decorative: the texts say everything)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fingerprint-icon")
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._side = 160

    def set_side(self, side: int) -> None:
        self._side = side
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(self._side, self._side)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height())
        pen = QPen(self.palette().windowText().color())
        pen.setWidthF(max(2.0, side / 40))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        cx, cy = self.width() / 2, self.height() / 2
        rings = 6
        for ring in range(rings):
            rx = side * (0.10 + ring * 0.065)
            ry = rx * 1.3
            rect = QRectF(cx - rx, cy - ry + side * 0.06, 2 * rx, 2 * ry)
            # open arcs, each ring with its gap a little further round: a fingertip's ridges
            start = (200 + ring * 25) * 16
            painter.drawArc(rect, start, 300 * 16 - ring * 10 * 16)
        painter.end()


class FingerprintPanel(Panel):
    """Signals:
    done(bool): the step is over — True: the finger matched the card (PIN + fingerprint);
        False: continue with the PIN alone (skipped, not recognised, no sensor).
    phase_changed(): the heading changed (the screen updates its own).
    """

    done = Signal(bool)
    phase_changed = Signal()

    def __init__(
        self,
        theme: Theme,
        confirmation: FingerprintConfirmation,
        templates: TemplateSource,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("fingerprint-step")
        self.theme = theme
        self.confirmation = confirmation
        self._templates = templates
        self.phase = Phase.IDLE
        self._stage: VerifyStage | None = None
        self._result: VerifyResult | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, theme.spacing // 2)
        layout.setSpacing(theme.spacing)
        self.icon = FingerprintIcon()
        icon_row = QHBoxLayout()
        icon_row.addStretch(1)
        icon_row.addWidget(self.icon)
        icon_row.addStretch(1)
        self.text = label("subtitle", name="fingerprint-text", centred=True)
        self.note = label("body", name="fingerprint-note", centred=True)
        self.tries = label("body", name="fingerprint-tries", centred=True)
        self.primary_button = button("primary", name="fingerprint-primary")
        self.primary_button.clicked.connect(self._on_primary)
        self.skip_button = button(name="fingerprint-skip")
        self.skip_button.clicked.connect(self.skip)
        layout.addLayout(icon_row)
        layout.addWidget(self.text)
        layout.addWidget(self.note)
        layout.addWidget(self.tries)
        layout.addStretch(1)
        layout.addWidget(self.primary_button)
        layout.addWidget(self.skip_button)

        self._continue_timer = QTimer(self)
        self._continue_timer.setSingleShot(True)
        self._continue_timer.setInterval(CONFIRMED_PAUSE_MS)
        self._continue_timer.timeout.connect(lambda: self._finish(True))
        confirmation.stage_changed.connect(self._on_stage)
        confirmation.finished.connect(self._on_finished)
        self.apply_theme(theme)
        self.retranslate()

    # -- flow ---------------------------------------------------------------------------------
    def can_offer(self) -> bool:
        """A sensor is there, tries are left and the card gave a template."""
        return (
            self.confirmation.available()
            and self.confirmation.tries_left > 0
            and self._templates.fingerprint_template_ready()
        )

    def offer(self) -> None:
        self._stage = None
        self._result = None
        self._set_phase(Phase.OFFER)

    def start_capture(self) -> None:
        """One attempt: the template copy goes to the sensor service (which zeroes it)."""
        if self.confirmation.running:
            return
        template = self._templates.copy_fingerprint_template()
        if template is None:  # the card went meanwhile (its removal ends the session)
            self._finish(False)
            return
        self._stage = VerifyStage.PREPARING
        self._result = None
        self._set_phase(Phase.CAPTURE)
        self.confirmation.start(template)

    def skip(self) -> None:
        """ "Skip — PIN is enough" (also "Continue" after a fallback message)."""
        self.confirmation.cancel()
        self._finish(False)

    def _on_primary(self) -> None:
        if self.phase in (Phase.OFFER, Phase.RETRY):
            self._ask_helper_then_capture()
        elif self.phase is Phase.FALLBACK:
            self._finish(False)
        elif self.phase is Phase.CONFIRMED:
            self._continue_timer.stop()
            self._finish(True)

    def _ask_helper_then_capture(self) -> None:
        assist = assist_for(self)
        if assist is None:
            self.start_capture()
        else:  # only the resident puts their finger on the reader (AD-02)
            assist.ask_helper_to_step_back("fingerprint", self.start_capture)

    def _on_stage(self, stage: VerifyStage) -> None:
        if self.phase is not Phase.CAPTURE:
            return
        before = self._guidance()
        self._stage = stage
        self.retranslate()
        if self._guidance() != before:
            self._say(self._guidance())

    def _on_finished(self, result: VerifyResult) -> None:
        if self.phase is not Phase.CAPTURE:
            return
        self._result = result
        outcome = result.outcome
        if outcome is VerifyOutcome.MATCHED:
            self._set_phase(Phase.CONFIRMED)
            self._continue_timer.start()
        elif (
            outcome in (VerifyOutcome.NOT_MATCHED, VerifyOutcome.POOR_IMAGE)
            and (result.tries_left > 0)
        ) or outcome is VerifyOutcome.NO_FINGER:
            self._set_phase(Phase.RETRY)
        else:  # tries used up, sensor lost, a template the sensor refuses
            self._templates.wipe_fingerprint_template()
            self._set_phase(Phase.FALLBACK)

    def _finish(self, matched: bool) -> None:
        self._templates.wipe_fingerprint_template()
        self._reset()
        self.done.emit(matched)

    def _reset(self) -> None:
        self._continue_timer.stop()
        self.confirmation.cancel()
        self.phase = Phase.IDLE
        self._stage = None
        self._result = None

    def show_example(
        self, phase: Phase, *, stage: VerifyStage | None = None, result: VerifyResult | None = None
    ) -> None:
        """Show a phase as it looks, without a sensor (accessibility walk and screenshots)."""
        self._stage = stage
        self._result = result
        self._set_phase(phase)

    def wipe(self) -> None:
        """Session end (card out, idle, sign-out): stop, wipe the template, a new budget."""
        self._templates.wipe_fingerprint_template()
        self._reset()
        self.confirmation.end_session()
        self.retranslate()

    def _set_phase(self, phase: Phase) -> None:
        self.phase = phase
        # focus first onto a button the new phase shows: hiding the focused one would move focus
        # (and speech) to the top bar on the way
        with_primary = phase in (Phase.OFFER, Phase.RETRY, Phase.FALLBACK, Phase.CONFIRMED)
        focus = self.primary_button if with_primary else self.skip_button
        if phase is not Phase.IDLE:
            focus.setVisible(True)
            focus.setFocus(Qt.FocusReason.OtherFocusReason)
        self.retranslate()
        self.phase_changed.emit()
        if phase is not Phase.OFFER:  # the offer is announced as a new step by the screen
            self._say(". ".join(t for t in (self.heading(), self._explanation()) if t))

    def _say(self, text: str) -> None:
        assist = assist_for(self)
        if assist is not None and self.isVisible():
            assist.announce(text)

    # -- texts --------------------------------------------------------------------------------
    def title(self) -> str:
        """What speech says after the screen's title when this panel is shown (a step)."""
        if self.phase is Phase.OFFER:
            return self._explanation() + " " + self.note.text()
        return self._explanation()

    def heading(self) -> str:
        """The screen's heading while this panel is shown."""
        phase, result = self.phase, self._result
        if phase is Phase.OFFER:
            return self.tr("Confirm with your fingerprint?")
        if phase is Phase.CONFIRMED:
            return self.tr("Fingerprint confirmed")
        if phase in (Phase.RETRY, Phase.FALLBACK) and result is not None:
            outcome = result.outcome
            if outcome in (VerifyOutcome.NOT_MATCHED, VerifyOutcome.TRIES_EXHAUSTED):
                return self.tr("Fingerprint not recognised")
            if outcome is VerifyOutcome.POOR_IMAGE:
                return self.tr("Please try again")
            if outcome is VerifyOutcome.NO_FINGER:
                return self.tr("No finger found")
            if outcome is VerifyOutcome.INVALID_TEMPLATE:
                return self.tr("Your fingerprint cannot be checked here")
            return self.tr("The fingerprint reader is not working")
        return self.tr("Confirm with your fingerprint")

    def _guidance(self) -> str:
        stage = self._stage
        if stage is VerifyStage.PLACE_FINGER:
            return self.tr("Place your finger flat on the fingerprint reader.")
        if stage in (VerifyStage.FINGER_DETECTED, VerifyStage.MATCHING):
            return self.tr("Keep your finger still…")
        if stage is VerifyStage.LIFT_FINGER:
            return self.tr("Lift your finger.")
        return self.tr("Getting the fingerprint reader ready…")

    def _explanation(self) -> str:
        phase, result = self.phase, self._result
        pin_enough = self.tr("That is fine: your PIN is enough. Tap Continue.")
        if phase is Phase.OFFER:
            return self.tr(
                "Your PIN was right. You can also confirm with your fingerprint: it is compared "
                "with the one on your card and is not kept."
            )
        if phase is Phase.CAPTURE:
            return self._guidance()
        if phase is Phase.CONFIRMED:
            return self.tr("Thank you. You can lift your finger.")
        if result is None:
            return ""
        outcome = result.outcome
        if phase is Phase.RETRY:
            if outcome is VerifyOutcome.NOT_MATCHED:
                return self.tr("Lift your finger, then place it flat on the reader again.")
            if outcome is VerifyOutcome.POOR_IMAGE:
                return self.tr(
                    "We could not read your finger clearly. Lift it, dry or clean it if needed, "
                    "and place it flat on the reader."
                )
            return self.tr("We did not feel a finger on the reader. Tap Try again when ready.")
        if outcome in (VerifyOutcome.NOT_MATCHED, VerifyOutcome.TRIES_EXHAUSTED):
            return (
                self.tr(
                    "Your fingerprint was not recognised after %n tries.",
                    "",
                    self.confirmation.max_failures,
                )
                + " "
                + pin_enough
            )
        if outcome is VerifyOutcome.INVALID_TEMPLATE:
            return (
                self.tr("The fingerprint on your card cannot be used with this reader.")
                + " "
                + pin_enough
            )
        return pin_enough

    def retranslate(self) -> None:
        phase = self.phase
        self.text.setText(self._explanation())
        offer = phase is Phase.OFFER
        self.note.setText(self.tr("This is optional. Your PIN is enough to sign in."))
        self.note.setVisible(offer)
        result = self._result
        tries_left = self.confirmation.tries_left if result is None else result.tries_left
        show_tries = phase is Phase.RETRY or (
            phase is Phase.CAPTURE and tries_left < self.confirmation.max_failures
        )
        self.tries.setText(self.tr("Tries left: %1").replace("%1", str(tries_left)))
        self.tries.setVisible(show_tries)
        primary = {
            Phase.OFFER: self.tr("Confirm with your fingerprint"),
            Phase.RETRY: self.tr("Try again"),
            Phase.FALLBACK: self.tr("Continue"),
            Phase.CONFIRMED: self.tr("Continue"),
        }.get(phase, "")
        set_text(self.primary_button, primary)
        self.primary_button.setVisible(bool(primary))
        set_text(self.skip_button, self.tr("Skip — PIN is enough"))
        self.skip_button.setVisible(phase in (Phase.OFFER, Phase.CAPTURE, Phase.RETRY))

    def apply_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.icon.set_side(int(theme.min_target * 2.5))  # physical size; text may grow
        layout = self.layout()
        if layout is not None:
            layout.setSpacing(theme.spacing)
            layout.setContentsMargins(0, 0, 0, theme.spacing // 2)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
