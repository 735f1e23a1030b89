"""My notices (inbox, most urgent first, queued items appear once synced, badge count) and
city projects (live, then the saved list offline) against the demo city."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from kiosk.services.notices import URGENCY_ORDER
from tests.helpers.city_kiosk import CityKiosk
from ui.services.city.notices import InboxStep, NoticeBadge, NoticesScreen, NoticeStep
from ui.services.city.projects import ProjectListStep, ProjectsScreen, ProjectStep


def _inbox(kiosk: CityKiosk) -> tuple[NoticesScreen, InboxStep]:
    screen = kiosk.open("notices")
    assert isinstance(screen, NoticesScreen)
    kiosk.wait_idle(screen)
    step = screen.current
    assert isinstance(step, InboxStep) and step.loaded
    return screen, step


def test_inbox_most_urgent_first_and_queued_items_appear_once_synced(
    city_kiosk: CityKiosk,
) -> None:
    city_kiosk.sign_in()
    screen, inbox = _inbox(city_kiosk)
    ranks = [URGENCY_ORDER.get(n.urgency, 2) for n in inbox.items]
    assert ranks and ranks == sorted(ranks)
    first = inbox.list.buttons[0]
    assert first.isVisible()
    city_kiosk.click(first)
    detail = screen.current
    assert isinstance(detail, NoticeStep) and detail.body.text()
    before = len(inbox.items)
    city_kiosk.click(screen.back_button)
    city_kiosk.click(screen.back_button)  # leave: home
    # a transaction queued offline shows up in the inbox once the kiosk synced it
    from kiosk.services import bills
    from kiosk.services.submit import submit

    gateway = city_kiosk.core.gateway
    assert gateway is not None
    bill = gateway.bill("BILL-1002")
    city_kiosk.go_offline()
    outcome = submit(city_kiosk.core, bills.payment(bill, "RES-0001", "Pay"), "en", grace_s=0.2)
    city_kiosk.go_online()
    city_kiosk.wait_delivered(outcome.reference)
    screen, inbox = _inbox(city_kiosk)
    assert len(inbox.items) == before + 1
    assert any(n.reference and n.reference.startswith("PAY-") for n in inbox.items)


def test_inbox_offline_says_so_and_badge(city_kiosk: CityKiosk) -> None:
    city_kiosk.sign_in("Brian Otieno", "RES-0002")
    badge = NoticeBadge()
    with city_kiosk.qtbot.waitSignal(badge.counted, timeout=10_000) as counted:
        badge.refresh(city_kiosk.core, "RES-0002")
    unread, urgent = counted.args
    assert unread >= urgent >= 0 and unread > 0
    city_kiosk.go_offline()
    screen = city_kiosk.open("notices")
    city_kiosk.wait_idle(screen)
    assert "cannot be reached" in screen.message.text()
    with city_kiosk.qtbot.waitSignal(badge.unavailable, timeout=10_000):
        badge.refresh(city_kiosk.core, "RES-0002")


def test_projects_live_then_saved_list_offline(city_kiosk: CityKiosk) -> None:
    city_kiosk.sign_in_guest()
    screen = city_kiosk.open("projects")
    assert isinstance(screen, ProjectsScreen)
    city_kiosk.wait_idle(screen)
    listing = screen.current
    assert isinstance(listing, ProjectListStep) and listing.result is not None
    assert not listing.result.from_cache and listing.list.buttons
    city_kiosk.click(listing.list.buttons[0])
    project = screen.current
    assert isinstance(project, ProjectStep)
    assert "Budget" in project.budget.text() and project.milestones.text()
    city_kiosk.click(screen.back_button)
    city_kiosk.click(screen.back_button)
    city_kiosk.go_offline()
    screen = city_kiosk.open("projects")
    city_kiosk.wait_idle(screen)
    listing = screen.current
    assert isinstance(listing, ProjectListStep) and listing.result is not None
    assert listing.result.from_cache and "saved on this kiosk" in listing.intro.text()
    assert city_kiosk.app.window.findChild(QPushButton, "projects-PRJ-001") is not None
