"""Assist before sign-in on a one-reader kiosk: the screens around :mod:`kiosk.session.handover`.

* The staff member's home screen offers **"Help a resident"**
  (:attr:`ui.screens.home.HomeScreen.help_resident_button`). Choosing it ends the staff session
  through the normal wipe, drops their card session, and arms the handover.
* The attract screen then shows the :class:`HandoverNotice`: "<name> from the library is ready
  to help", first asking the staff member to take their card out, then telling the resident to
  sign in as usual; "Staff: cancel help" drops it.
* Right after the next sign-in (card and PIN in the same reader, library card or guest) the
  resident is asked with the usual :class:`ui.overlay.AssistConfirm` ("Would you like help from
  <name>?"); "Yes" goes through :meth:`ui.inclusion.Inclusion.start_assisted`, so the banner,
  the step-back prompts and the audit are those of any assisted session.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from kiosk.session.handover import PendingHandover, StaffHandover
from kiosk.session.machine import EndReason, Role, State
from ui.widgets.attract_notice import AttractNotice, NoticeHost
from ui.widgets.base import isolate, set_text

if TYPE_CHECKING:
    from kiosk.identity.card_bridge import CardSignInBridge
    from ui.assisted import AssistedStart
    from ui.inclusion import Inclusion
    from ui.main_window import MainWindow


class HandoverNotice(AttractNotice):
    """The pending handover on the attract screen (hidden while there is none).

    Signals:
        cancel_requested(): staff touched "Staff: cancel help".
    """

    notice_id = "attract-handover"
    role = "assisted"
    button_name = "attract-handover-cancel"
    button_alignment = Qt.AlignmentFlag.AlignVCenter
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None, attract: NoticeHost | None = None) -> None:
        super().__init__(parent, attract)
        self.cancel_button = self.button
        self.cancel_button.clicked.connect(self.cancel_requested)
        self._name = ""
        self._card_in = False
        self.hide()
        self.retranslate()

    def show_handover(self, helper_name: str, *, card_in: bool) -> None:
        """Show that ``helper_name`` is ready to help; ``card_in``: their card is still in."""
        self._name = helper_name
        self._card_in = card_in
        self.retranslate()
        self.show()
        if self._attract is not None:
            self._attract.set_notice_shown(True)

    def clear(self) -> None:
        self._name = ""
        self._card_in = False
        self.hide()
        self.retranslate()
        if self._attract is not None:
            self._attract.set_notice_shown(False)

    @property
    def card_in(self) -> bool:
        return self._card_in

    def retranslate(self) -> None:
        name = isolate(self._name)
        set_text(self.heading, self.tr("%1 from the library is ready to help").replace("%1", name))
        if self._card_in:
            text = self.tr("Staff: please take your staff card out of the reader now.")
        else:
            text = self.tr(
                "Sign in as usual with your card, or touch the start button. You will then be "
                "asked whether you would like their help."
            )
        set_text(self.body, text)
        set_text(self.cancel_button, self.tr("Staff: cancel help"))


class HandoverStart(QObject):
    """Connects "Help a resident", the attract notice, the card reader and the resident's
    answer to a :class:`StaffHandover` (built once the core started with card sign-in)."""

    def __init__(
        self,
        window: MainWindow,
        inclusion: Inclusion,
        card: CardSignInBridge,
        assisted: AssistedStart,
        duration_s: float,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.window = window
        self.inclusion = inclusion
        self.assisted = assisted
        self.session = window.session
        self.handover = StaffHandover(self.session, inclusion.assistance, duration_s, parent=self)
        self.notice = HandoverNotice.on(window.attract)
        self._card_in = False  # the staff card is still in the reader after "Help a resident"
        window.ensure_built()
        window.home.help_resident_requested.connect(self.help_resident)
        self.notice.cancel_requested.connect(self.handover.cancel)
        card.card_removed.connect(self._on_card_removed)
        self.handover.changed.connect(self._show)
        self.handover.offer.connect(self._on_offer)
        self.handover.ended.connect(self._on_ended)
        confirm = inclusion.assist_confirm
        confirm.accepted.connect(lambda: self._on_answer(True))
        confirm.declined.connect(lambda: self._on_answer(False))

    def help_resident(self) -> None:
        """The signed-in member of staff chose "Help a resident": their session ends through
        the wipe, then the handover waits for the next resident."""
        session = self.session
        staff = session.identity
        if staff.role is not Role.STAFF or session.state not in (State.HOME, State.SERVICE):
            return
        self.window.waive_take_card()  # the notice asks for the staff card, not #15.7's screen
        self.window.controller.end(EndReason.SIGN_OUT)
        card = self.window.card
        if card is not None:
            card.forget_card()  # the staff card's verified session is closed, not reused
        self._card_in = True  # they signed in with it: it is still in the reader
        self.handover.arm(staff)

    def close(self) -> None:
        self.handover.close()
        self.notice.clear()

    # -- reactions ----------------------------------------------------------------------------
    def _show(self) -> None:
        pending = self.handover.pending
        if pending is None or self.handover.offered:
            self._card_in = False
            self.notice.clear()
            return
        self.notice.show_handover(pending.helper_name, card_in=self._card_in)
        if self.session.state is State.ATTRACT:
            self.inclusion.announce(self.notice.text())

    def _on_card_removed(self) -> None:
        if self._card_in:
            self._card_in = False
            if self.handover.pending is not None:
                self._show()

    def _on_offer(self, pending: PendingHandover) -> None:
        self._show()
        self.inclusion.start_assisted(pending.helper(), staff_ref=pending.staff_ref)
        self.assisted.update_armed()  # no staff card while the resident decides

    def _on_answer(self, accepted: bool) -> None:
        if self.handover.offered:
            self.handover.answer(accepted)

    def _on_ended(self, _outcome: str) -> None:
        confirm = self.inclusion.assist_confirm
        if not confirm.isVisible():
            confirm.forget()  # the staff member's name leaves the hidden question too
