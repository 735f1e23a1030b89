"""My notices (inbox, most urgent first, queued items appear once synced, badge count) and
city projects (live, then the saved list offline) against the demo city."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from kiosk.services.notices import URGENCY_ORDER
from tests.helpers.service_stage import ServiceStage
from ui.services.city.notices import InboxStep, NoticeBadge, NoticesScreen, NoticeStep
from ui.services.city.projects import ProjectListStep, ProjectsScreen, ProjectStep


def _inbox(kiosk: ServiceStage) -> tuple[NoticesScreen, InboxStep]:
    screen = kiosk.open("notices")
    assert isinstance(screen, NoticesScreen)
    kiosk.wait_idle(screen)
    step = screen.current
    assert isinstance(step, InboxStep) and step.loaded
    return screen, step


def test_inbox_most_urgent_first_and_queued_items_appear_once_synced(
    service_stage: ServiceStage,
) -> None:
    service_stage.sign_in()
    screen, inbox = _inbox(service_stage)
    ranks = [URGENCY_ORDER.get(n.urgency, 2) for n in inbox.items]
    assert ranks and ranks == sorted(ranks)
    first = inbox.list.buttons[0]
    assert first.isVisible()
    service_stage.click(first)
    detail = screen.current
    assert isinstance(detail, NoticeStep) and detail.body.text()
    before = len(inbox.items)
    service_stage.click(screen.back_button)
    service_stage.click(screen.back_button)  # leave: home
    # a transaction queued offline shows up in the inbox once the kiosk synced it
    from kiosk.services import bills
    from kiosk.services.submit import submit

    gateway = service_stage.core.gateway
    assert gateway is not None
    bill = gateway.bill("BILL-1002")
    service_stage.go_offline()
    outcome = submit(service_stage.core, bills.payment(bill, "RES-0001", "Pay"), "en", grace_s=0.2)
    service_stage.go_online()
    service_stage.wait_delivered(outcome.reference)
    screen, inbox = _inbox(service_stage)
    assert len(inbox.items) == before + 1
    assert any(n.reference and n.reference.startswith("PAY-") for n in inbox.items)


def test_inbox_offline_says_so_and_badge(service_stage: ServiceStage) -> None:
    service_stage.sign_in("Brian Otieno", "RES-0002")
    badge = NoticeBadge()
    with service_stage.qtbot.waitSignal(badge.counted, timeout=10_000) as counted:
        badge.refresh(service_stage.core, "RES-0002")
    unread, urgent = counted.args
    assert unread >= urgent >= 0 and unread > 0
    service_stage.go_offline()
    screen = service_stage.open("notices")
    service_stage.wait_idle(screen)
    assert "cannot be reached" in screen.message.text()
    with service_stage.qtbot.waitSignal(badge.unavailable, timeout=10_000):
        badge.refresh(service_stage.core, "RES-0002")


def test_projects_live_then_saved_list_offline(service_stage: ServiceStage) -> None:
    service_stage.sign_in_guest()
    screen = service_stage.open("projects")
    assert isinstance(screen, ProjectsScreen)
    service_stage.wait_idle(screen)
    listing = screen.current
    assert isinstance(listing, ProjectListStep) and listing.result is not None
    assert not listing.result.from_cache and listing.list.buttons
    service_stage.click(listing.list.buttons[0])
    project = screen.current
    assert isinstance(project, ProjectStep)
    assert "Budget" in project.budget.text() and project.milestones.text()
    service_stage.click(screen.back_button)
    service_stage.click(screen.back_button)
    service_stage.go_offline()
    screen = service_stage.open("projects")
    service_stage.wait_idle(screen)
    listing = screen.current
    assert isinstance(listing, ProjectListStep) and listing.result is not None
    assert listing.result.from_cache and "saved on this kiosk" in listing.intro.text()
    assert service_stage.host.findChild(QPushButton, "projects-PRJ-001") is not None
