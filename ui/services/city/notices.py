"""My notices: the resident's inbox from the gateway, most urgent first (online only).

:class:`NoticeBadge` is the count API for the home screen or the first screen after sign-in:
``badge.refresh(core, resident_id)`` fetches off the GUI thread and emits
``counted(unread, urgent)``; it never caches anything of the resident.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, Signal

from civic.notices import Notice
from kiosk.services import notices
from kiosk.services.backend_errors import BackendError
from kiosk.sync.bridge import Answer
from ui.formatting import ShownWords, alone, local
from ui.services.base import ServiceScreen, Step, pool
from ui.services.city.common import date_text
from ui.services.city.list_step import ListStep, ask_city, city_error_text
from ui.services.context import ServiceContext
from ui.services.step import page
from ui.widgets.base import isolate, label, set_text

if TYPE_CHECKING:
    from kiosk.runtime.app import KioskCore


class NoticesScreen(ServiceScreen):
    service_id = "notices"

    def __init__(self, context: ServiceContext) -> None:
        super().__init__(context)
        self.setObjectName("service-notices")
        self.push(InboxStep(self))

    def title(self) -> str:
        return self.tr("My notices")


def urgency_text(urgency: str) -> str:
    from PySide6.QtCore import QCoreApplication

    if urgency in ("urgent", "high"):
        return QCoreApplication.translate("Notices", "Urgent")
    if urgency == "low":
        return QCoreApplication.translate("Notices", "For information")
    return QCoreApplication.translate("Notices", "Normal")


class InboxStep(ListStep[Notice]):
    step_id = "notices-inbox"
    intro_name = "notices-summary"

    def __init__(self, screen: NoticesScreen) -> None:
        super().__init__(screen)
        self.owner = screen
        self.loaded = False
        sync = screen.context.sync
        if sync is not None:  # a request saved for later was sent: its notice may be here now
            sync.request_answered.connect(self._answered)
        self.load()

    def title(self) -> str:
        return self.tr("Your inbox")

    def _answered(self, _reference: str, answer: str) -> None:
        if answer == Answer.SENT.value and self.loaded and not self.owner.busy:
            self.load()

    def load(self) -> None:
        resident = self.owner.context.identity.subject_id
        ask_city(self, lambda city: city.inbox(resident), self._loaded, self._failed)

    def _failed(self, error: Exception) -> None:
        self.owner.show_message(city_error_text(self.owner, error))

    def _loaded(self, items: tuple[Notice, ...]) -> None:
        self.loaded = True
        self.show_items(items)

    def item_name(self, item: Notice) -> str:
        return f"notices-{item.notice_id}"

    def item_text(self, item: Notice, words: ShownWords) -> str:
        state = "" if item.read else " · " + self.tr("New")
        return (
            f"{words.text(item.title)}\n{urgency_text(item.urgency)} · "
            f"{date_text(local(item.created_at).date())}{state}"
        )

    def chosen(self, item: Notice) -> None:
        self.owner.push(NoticeStep(self.owner, item))

    def intro_text(self) -> str:
        if not self.loaded:
            return ""
        if not self.items:
            return self.tr("You have no notices.")
        return self.tr("%n unread, the most urgent first.", "", notices.count_unread(self.items))


class NoticeStep(Step):
    step_id = "notices-notice"

    def __init__(self, screen: NoticesScreen, notice: Notice) -> None:
        super().__init__(screen)
        self.owner = screen
        self.notice: Notice | None = notice
        self.heading = label("subtitle", name="notices-title")
        self.meta = label("body", name="notices-meta")
        self.body = label("body", name="notices-body")
        self.reference = label("body", name="notices-reference")
        page(self, self.heading, self.meta, self.body, self.reference)

    def title(self) -> str:
        return self.tr("Notice")

    def retranslate(self) -> None:
        n = self.notice
        if n is None:
            return
        words = self.words()  # the city's words, each in its own direction
        set_text(self.heading, alone(words.text(n.title)))
        set_text(self.meta, f"{urgency_text(n.urgency)} · {date_text(local(n.created_at).date())}")
        set_text(self.body, alone(words.text(n.body)))
        self.reference.setVisible(bool(n.reference))
        set_text(self.reference, self.tr("Reference: %1").replace("%1", isolate(n.reference or "")))
        self.note_words(words)

    def wipe(self) -> None:
        self.notice = None
        for widget in (self.heading, self.meta, self.body, self.reference):
            widget.clear()


class _CountJob(QRunnable):
    def __init__(self, badge: NoticeBadge, core: KioskCore, resident_id: str) -> None:
        super().__init__()
        self._badge, self._core, self._resident = badge, core, resident_id

    def run(self) -> None:
        city = self._core.city
        try:
            items = city.inbox(self._resident) if city.available else ()
        except BackendError:
            self._badge.unavailable.emit()
            return
        self._badge.counted.emit(notices.count_unread(items), notices.count_urgent(items))


class NoticeBadge(QObject):
    """Signals:
    counted(int, int): unread and urgent-unread notices of the signed-in resident.
    unavailable(): the inbox could not be fetched (offline): show no badge.
    """

    counted = Signal(int, int)
    unavailable = Signal()

    def refresh(self, core: KioskCore, resident_id: str) -> None:
        if resident_id:
            pool().start(_CountJob(self, core, resident_id))
