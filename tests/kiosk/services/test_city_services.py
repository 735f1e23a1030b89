"""Pure flow modules of bills, appointments, street reports, projects, notices and library
against the demo city (real HTTP, Open311 and SIP2 on loopback)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from citysim import CitySim
from kiosk.camera.scan_payloads import (
    make_bill_barcode,
    make_bill_slip,
    make_library_card,
    parse_scan,
)
from kiosk.config import KioskConfig
from kiosk.services import appointments, bills, library, notices, projects, street_report
from kiosk.services.public_cache import PublicCache
from kiosk.services.submit import SubmitInvalid
from offline_queue.connectors.gateway import GatewayClient, GatewayUnavailable
from offline_queue.connectors.sip2 import Sip2Client


@pytest.fixture
def gateway(city: CitySim) -> Iterator[GatewayClient]:
    with GatewayClient(city.gateway_url) as client:
        yield client


def _sip2(city: CitySim) -> Sip2Client:
    host, port = city.sip2_address
    return Sip2Client(
        host,
        port,
        login_user="kiosk1",
        login_password="kioskpw",
        location_code="KIOSK1",
        institution_id="RIVERTONLIB",
        timeout_s=3.0,
    )


# --- bills ------------------------------------------------------------------------------------


def test_account_numbers_typed_on_the_keypad() -> None:
    assert bills.normalise_account("1001") == "ACC-1001"
    assert bills.normalise_account(" acc-1001 ") == "ACC-1001"
    for bad in ("", "12a4", "1234567890123", "ACC-"):
        with pytest.raises(bills.BillError):
            bills.normalise_account(bad)


def test_bill_found_by_account_and_by_scan(gateway: GatewayClient) -> None:
    found = bills.find_by_account(gateway, "1001")
    assert [b.bill_id for b in found][:2] == ["BILL-1001", "BILL-1002"]
    water = found[0]
    slip = parse_scan(make_bill_slip("00001001", "BILL-1001", 4520, water.due_date), "QRCode")
    assert bills.find_by_scan(gateway, slip) == water
    wrong = parse_scan(make_bill_slip("00002001", "BILL-1001", 4520, water.due_date), "QRCode")
    with pytest.raises(bills.BillError, match="scan_mismatch"):
        bills.find_by_scan(gateway, wrong)
    barcode = parse_scan(make_bill_barcode("1001", "000101", 4520), "Code128")
    assert bills.find_by_scan(gateway, barcode).bill_id == "BILL-1001"
    card = parse_scan(make_library_card("1234", "100"), "Codabar")
    with pytest.raises(ValueError, match="not_a_bill"):
        bills.find_by_scan(gateway, card)


def test_payment_submission_is_an_account_payment(gateway: GatewayClient) -> None:
    bill = gateway.bill("BILL-1001")
    sub = bills.payment(bill, "RES-0001", "Pay a bill")
    assert sub.kind == "bill.payment" and sub.backend == "gateway"
    assert sub.payload["body"] == {"amount_minor": 4520, "currency": "EUR", "method": "account"}
    assert sub.amount is not None and sub.amount.amount == Decimal("45.20")
    with pytest.raises(bills.BillError, match="sign_in_required"):
        bills.payment(bill, "", "Pay a bill")
    paid = gateway.bill("BILL-2002")
    with pytest.raises(bills.BillError, match="already_paid"):
        bills.slip(paid, "", "en", "Slip")


def test_bills_are_online_only(city: CitySim) -> None:
    with GatewayClient("http://127.0.0.1:9") as down, pytest.raises(GatewayUnavailable):
        bills.find_by_account(down, "1001")


# --- appointments -----------------------------------------------------------------------------


def test_free_slots_grouped_by_day_and_booking(gateway: GatewayClient) -> None:
    today = dt.datetime.now(dt.UTC).date()
    days = appointments.free_slots(gateway, "digital-help", today)
    assert days and all(s.available for d in days for s in d.slots)
    assert all(d.day > today for d in days)
    slot = days[0].slots[0]
    sub = appointments.book(slot, "RES-0002", "Book")
    assert sub.payload["body"] == {"slot_id": slot.slot_id}
    assert any("–" in line for line in sub.instructions)
    with pytest.raises(appointments.AppointmentError):
        appointments.free_slots(gateway, "swimming", today)


# --- street reports ---------------------------------------------------------------------------


def test_categories_cached_for_offline(city: CitySim, data_dir: Path) -> None:
    cache = PublicCache(data_dir)
    client = street_report.open311_client_for(city.open311_url)
    try:
        live = street_report.load_categories(client, cache)
    finally:
        client.close()
    assert not live.from_cache
    pothole = next(c for c in live.items if c.code == "POTHOLE")
    assert any(q.code == "SIZE" and q.required for q in pothole.questions)
    down = street_report.open311_client_for("http://127.0.0.1:9/open311/v2")
    try:
        cached = street_report.load_categories(down, cache)
        assert cached.from_cache and cached.items == live.items
        with pytest.raises(street_report.ReportError):
            street_report.load_categories(down, PublicCache(data_dir / "empty"))
    finally:
        down.close()


def test_report_validation_and_payload(demo_config: KioskConfig) -> None:
    from civic.street_reports import AttributeValue, ServiceAttribute

    size = ServiceAttribute(
        "SIZE", "singlevaluelist", True, True, 1, "How big?", "", (AttributeValue("small", "S"),)
    )
    report = street_report.Report()
    assert report.problems() == {"category": "report.choose_category"}
    report.category = street_report.Category("POTHOLE", "Pothole", "", "", "realtime", (size,))
    assert set(report.problems()) == {"place", "SIZE"}
    report.place = street_report.site_place(demo_config)
    report.answers["SIZE"] = "small"
    report.description = "  deep   hole "
    now = dt.datetime(2026, 11, 26, 12, 0, tzinfo=dt.UTC)
    sub = street_report.submission(report, title="Report", now=now, account_id="RES-0001")
    assert sub.backend == "open311" and sub.kind == "open311.request"
    assert sub.payload["lat"] == demo_config.kiosk.latitude
    assert sub.payload["description"] == "deep hole"
    assert "account_id" not in sub.payload  # anonymous unless the resident chose otherwise
    report.anonymous = False
    report.place = street_report.typed_place("12 Mill Road")
    sub = street_report.submission(report, title="Report", now=now, account_id="RES-0001")
    assert sub.payload["account_id"] == "RES-0001"
    assert sub.payload["address_string"] == "12 Mill Road" and "lat" not in sub.payload
    report.answers["SIZE"] = "huge"
    with pytest.raises(SubmitInvalid):
        street_report.submission(report, title="Report", now=now)
    places = street_report.nearby_places(demo_config)
    assert len(places) == 4 and all(p.has_point for p in places)
    report.wipe()
    assert not report.answers and not report.description


# --- projects and notices ---------------------------------------------------------------------


def test_projects_cached_for_offline(gateway: GatewayClient, data_dir: Path) -> None:
    config = _config_at_library(data_dir)
    cache = PublicCache(data_dir)
    live = projects.nearby(gateway, config, cache)
    assert live.projects and not live.from_cache
    assert [p.distance_m for p in live.projects] == sorted(p.distance_m or 0 for p in live.projects)
    with GatewayClient("http://127.0.0.1:9") as down:
        cached = projects.nearby(down, config, cache)
        assert cached.from_cache and cached.projects == live.projects
        with pytest.raises(projects.ProjectsError):
            projects.nearby(down, config, PublicCache(data_dir / "empty"))
    assert 0 <= projects.spent_percent(live.projects[0]) <= 100


def _config_at_library(data_dir: Path) -> KioskConfig:
    from kiosk.config import load_demo_config

    config = load_demo_config(data_dir)
    kiosk = config.kiosk.model_copy(update={"latitude": 41.3870, "longitude": 2.1700})
    return config.model_copy(update={"kiosk": kiosk})


def test_notices_most_urgent_first(gateway: GatewayClient) -> None:
    inbox = notices.inbox(gateway, "RES-0001")
    assert inbox
    ranks = [notices.URGENCY_ORDER.get(n.urgency, 2) for n in inbox]
    assert ranks == sorted(ranks)
    assert notices.count_unread(inbox) >= notices.count_urgent(inbox)


# --- library ----------------------------------------------------------------------------------


def test_library_card_pin_account_and_transactions(city: CitySim) -> None:
    def factory() -> Sip2Client:
        return _sip2(city)

    status = library.card_status(factory, "04a22b1a5c3e80")
    assert status.name == "Leo Martin"
    with pytest.raises(library.LibraryError, match="unknown_card"):
        library.card_status(factory, "04FFFFFFFFFFFF")
    with pytest.raises(library.LibraryError, match="wrong_pin"):
        library.check_pin(factory, "04A22B1A5C3E80", "0000")
    patron = library.check_pin(factory, "04A22B1A5C3E80", "4567")
    account = library.account(factory, patron).account
    assert account.name == "Leo Martin"
    now = dt.datetime.now(dt.UTC)
    if account.loans:
        sub = library.renew(account.loans[0], patron, "Renew", now)
        assert sub.backend == "sip2" and sub.payload["item_id"] == account.loans[0].item_id
    resident = library.check_pin(factory, "LIB-0001", "1234")
    fees = library.account(factory, resident).fees
    assert fees, "the demo city gives LIB-0001 a fee"
    sub = library.pay_fee(fees[0], resident, "EUR", "Fee", now)
    assert sub.kind == "sip2.fee_paid" and sub.payload["fee_id"] == fees[0].fee.fee_id
    assert "patron_pin" not in sub.payload  # queued operations never carry the PIN
