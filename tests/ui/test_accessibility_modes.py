"""Assisted sessions (AD-01…AD-05, audit entries) and simplified mode, end to end."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton
from pytestqt.qtbot import QtBot

from kiosk.records.audit import AuditLog, read_entries
from kiosk.session.machine import Identity, Role, State
from tests.helpers.fullfs import TinyFs, tiny_fs_fixture  # noqa: F401  (fixture tiny_fs)
from ui.main import KioskApplication
from ui.screens.home import HomeScreen
from ui.service_views import SERVICE_VIEWS
from ui.services.registry import ALL_ROLES, ServiceView
from ui.theme import Theme

from .accessibility import click, compiled_translations, kiosk, mock_tts

__all__ = ["compiled_translations", "kiosk", "mock_tts"]

pytestmark = pytest.mark.qt_log_ignore("pipewire")

STAFF = Identity(Role.STAFF, "Sam Okafor", "staff-004217")


def start_as_guest(qtbot: QtBot, kiosk: KioskApplication) -> None:
    window = kiosk.window
    click(qtbot, window.attract.start_button)
    english = window.language.findChild(QAbstractButton, "language-en")
    assert english is not None
    click(qtbot, english)
    click(qtbot, window.sign_in.guest_button)
    assert window.current_screen() is window.home


def test_assisted_session_end_to_end(qtbot: QtBot, kiosk: KioskApplication) -> None:
    window = kiosk.window
    inclusion = kiosk.inclusion
    session = kiosk.core.session
    start_as_guest(qtbot, kiosk)
    click(qtbot, window.home.tiles["about"])
    wipes = session.wipe_count
    # staff offers help; the resident agrees on screen (AD-01)
    inclusion.start_assisted(STAFF)
    assert inclusion.assist_confirm.isVisible()
    assert "Sam Okafor" in inclusion.assist_confirm.heading.text()
    assert session.assisted_by is None  # not before the resident agreed
    with qtbot.waitSignal(inclusion.assistance_changed) as changed:
        click(qtbot, inclusion.assist_confirm.yes_button)
    assert changed.args == [True]
    assert session.assisted_by == STAFF
    banner = window.top_bar.assisted
    assert banner.isVisible()
    # the name is isolated (FSI…PDI) so it keeps its order inside right-to-left text
    assert window.top_bar.assisted_text.text() == "Helped by staff member \u2068Sam Okafor\u2069"
    # staff typed the e-mail address on request: audited by field name only (AD-03, AD-04)
    inclusion.record_step("contact_details", fields_entered_by_staff=["email"])
    # the PIN is the resident's alone: the helper is asked to step back first (AD-02)
    with pytest.raises(ValueError, match="resident alone"):
        inclusion.record_step("pin")
    ready: list[str] = []
    assert inclusion.ask_helper_to_step_back("pin", lambda: ready.append("pin")) is True
    assert inclusion.step_back.isVisible()
    assert "Only you can type your PIN" in inclusion.step_back.body.text()
    assert ready == []
    with qtbot.waitSignal(inclusion.step_back_done) as done:
        click(qtbot, inclusion.step_back.ready_button)
    assert done.args == ["pin"] and ready == ["pin"]
    # the banner is on every screen
    click(qtbot, window.top_bar.home_button)
    assert window.current_screen() is window.home and banner.isVisible()
    # staff end the session: the one wipe runs
    click(qtbot, window.top_bar.staff_end_button)
    assert session.state is State.ATTRACT
    assert session.wipe_count == wipes + 1
    assert session.assisted_by is None
    assert not banner.isVisible()
    entries = list(read_entries(inclusion.audit.path))
    events = [(e["event"], e["actor"]) for e in entries]
    assert events == [
        ("assisted.start", "staff"),
        ("assisted.step", "staff"),  # the screen shown when help started, by its id
        ("assisted.step", "staff"),
        ("assisted.step", "resident"),
        ("assisted.end", "staff"),
    ]
    start, shown_step, staff_step, pin_step, end = (e["fields"] for e in entries)
    assert start["service"] == "about" and len(start["staff"]) == 32
    assert shown_step["step"] == "about" and shown_step["fields_entered_by_staff"] == []
    assert staff_step == {
        "session": start["session"],
        "service": "about",
        "step": "contact_details",
        "assisted": True,
        "fields_entered_by_staff": ["email"],
    }
    assert pin_step["step"] == "pin" and pin_step["assisted"] is False
    assert end["steps_assisted"] == ["about", "contact_details"]
    assert end["trigger"] == "staff_ended"
    raw = inclusion.audit.path.read_text(encoding="utf-8")
    assert "Sam" not in raw and "Okafor" not in raw and "004217" not in raw


def test_declined_help_and_unassisted_steps(qtbot: QtBot, kiosk: KioskApplication) -> None:
    inclusion = kiosk.inclusion
    session = kiosk.core.session
    start_as_guest(qtbot, kiosk)
    inclusion.start_assisted(STAFF)
    click(qtbot, inclusion.assist_confirm.no_button)
    assert session.assisted_by is None
    assert not kiosk.window.top_bar.assisted.isVisible()
    ran: list[bool] = []
    assert inclusion.ask_helper_to_step_back("fingerprint", lambda: ran.append(True)) is False
    assert ran == [True] and not inclusion.step_back.isVisible()
    inclusion.record_step("contact_details")  # nobody helping: nothing to record
    assert not inclusion.audit.path.exists() or inclusion.audit.path.read_text() == ""


def test_assistance_ends_with_any_session_end(qtbot: QtBot, kiosk: KioskApplication) -> None:
    inclusion = kiosk.inclusion
    start_as_guest(qtbot, kiosk)
    inclusion.start_assisted(STAFF)
    click(qtbot, inclusion.assist_confirm.yes_button)
    click(qtbot, kiosk.window.top_bar.finish_button)
    entries = list(read_entries(inclusion.audit.path))
    assert [e["event"] for e in entries] == ["assisted.start", "assisted.end"]
    assert entries[-1]["fields"]["trigger"] == "sign_out"
    assert entries[-1]["actor"] == "system"


def test_help_that_cannot_be_recorded_is_refused_on_screen(
    qtbot: QtBot, kiosk: KioskApplication, tiny_fs: TinyFs
) -> None:
    inclusion = kiosk.inclusion
    with AuditLog(tiny_fs.root / "audit.jsonl") as audit:
        inclusion.attach_audit(audit)
        start_as_guest(qtbot, kiosk)
        tiny_fs.fill()  # the audit log's disk is full
        inclusion.start_assisted(STAFF)
        click(qtbot, inclusion.assist_confirm.yes_button)
        confirm = inclusion.assist_confirm
        qtbot.waitUntil(confirm.isVisible)
        assert confirm.heading.text() == "Help cannot start right now"
        assert "Sam Okafor" not in confirm.body.text()
        assert not confirm.yes_button.isVisible()
        assert kiosk.core.session.assisted_by is None
        assert not kiosk.window.top_bar.assisted.isVisible()
        click(qtbot, confirm.no_button)  # "Close"
        assert not confirm.isVisible()
        assert kiosk.core.session.state is State.HOME  # the resident goes on alone
        tiny_fs.release()
        inclusion.start_assisted(STAFF)  # asked again: the usual question, both answers
        assert confirm.yes_button.isVisible() and "Sam Okafor" in confirm.heading.text()
        click(qtbot, confirm.no_button)


def test_staff_cannot_start_without_a_staff_identity(qtbot: QtBot, kiosk: KioskApplication) -> None:
    start_as_guest(qtbot, kiosk)
    with pytest.raises(ValueError, match="staff"):
        kiosk.inclusion.start_assisted(Identity(Role.RESIDENT, "Someone", "r-1"))
    assert not kiosk.inclusion.assist_confirm.isVisible()
    assert kiosk.core.session.assisted_by is None


# -- simplified mode --------------------------------------------------------------------------


def fake_services(count: int) -> list[ServiceView]:
    about = SERVICE_VIEWS["about"]
    return [
        ServiceView(f"service{n}", about.title, about.summary, ALL_ROLES, about.factory)
        for n in range(count)
    ]


def test_simplified_home_pages_four_tiles_at_a_time(qtbot: QtBot) -> None:
    home = HomeScreen(Theme(simplified=True), fake_services(9))
    qtbot.addWidget(home)
    home.resize(1080, 1700)
    home.set_visitor(Role.GUEST, "")
    home.show()

    def visible() -> list[str]:
        return [sid for sid, tile in home.tiles.items() if tile.isVisible()]

    assert home.page_count == 3
    assert visible() == ["service0", "service1", "service2", "service3"]
    assert home.more_button.isVisible() and not home.previous_button.isVisible()
    assert home.more_button.text() == "More choices (page 1 of 3)"
    assert home.prompt.text() == "Choose one."
    assert "\n" not in home.tiles["service0"].text()  # the title only: fewer words
    click(qtbot, home.more_button)
    click(qtbot, home.more_button)
    assert visible() == ["service8"]
    assert home.previous_button.isVisible() and not home.more_button.isVisible()
    # leaving simplified mode shows everything again
    home.apply_theme(Theme())
    assert len(visible()) == 9 and not home.more_button.isVisible()


def test_simplified_mode_from_attract_makes_buttons_bigger(
    qtbot: QtBot, kiosk: KioskApplication
) -> None:
    window = kiosk.window
    normal = window.theme.min_target
    click(qtbot, window.attract.toggles["simplified"])
    assert kiosk.core.session.preferences.simplified
    assert window.theme.simplified and window.theme.min_target > normal
    start_as_guest(qtbot, kiosk)
    qtbot.wait(5)
    assert window.home.tiles["about"].height() >= window.theme.min_target
    click(qtbot, window.top_bar.access_button)
    assert window.access_panel.toggles["simplified"].isChecked()
    click(qtbot, window.access_panel.close_button)
    click(qtbot, window.top_bar.finish_button)
    after = kiosk.core.session.preferences
    assert window.theme == Theme.for_preferences(after, 120.0)
    assert after.simplified is False  # a per-session choice
    assert not window.attract.toggles["simplified"].isChecked()


def test_simplified_sign_in_uses_plain_short_sentences(
    qtbot: QtBot, kiosk: KioskApplication
) -> None:
    window = kiosk.window
    kiosk.controller.set_preference("simplified", True)
    kiosk.controller.start()
    kiosk.controller.choose_language("fr")
    qtbot.waitUntil(
        lambda: window.sign_in.guest_info.text() == "Pas de carte ? Continuez en tant qu'invité."
    )
    assert (
        window.sign_in.card_steps.text() == "Mettez votre carte dans le lecteur, puce en premier."
    )
