import json

import pytest
from click.testing import CliRunner

from drivers.smartcard.emulator import DEMO_ROLE_POLICIES
from kiosk.commands.diag_card import (
    EXIT_CHECK_FAILED,
    EXIT_CONFIG,
    EXIT_NO_CARD,
    EXIT_OK,
    card,
)

pytestmark = pytest.mark.pcsc


def run(pki, *extra, trust=True):
    args = ["--json", "--reader", "00 00", *extra]
    if trust:
        args += ["--ca", str(pki.ca_cert_path), "--crl", str(pki.crl_path)]
        args += [f"--policy={oid}={role}" for oid, role in DEMO_ROLE_POLICIES.items()]
    result = CliRunner().invoke(card, args)
    return result.exit_code, json.loads(result.output)


def test_good_card_reports_everything_without_pin(card_slot, demo_pki):
    vcard = card_slot.insert("resident-amina")
    code, out = run(demo_pki)
    assert code == EXIT_OK, out
    report = out["card"]
    assert report["atr"].replace(" ", "") == vcard.card.atr.hex().upper()
    assert report["card_type"].startswith("PIV")
    assert report["chuid"]["guid"] == vcard.persona.guid.hex().upper()
    assert report["cert_9E"]["trust"] == "valid"
    assert report["cert_9A"]["role"] == "resident"
    assert report["cert_9A"]["subject"] == "serialNumber=<redacted>,CN=<redacted>,O=Demo City"
    assert report["card_auth_challenge"] == "passed"
    assert report["pin"] == {"tries_left": 3, "blocked": False}
    assert vcard.pin_tries == 3
    assert {"name": card_slot.reader, "card": True} in out["readers"]
    assert out["pcsc"] == "available"
    assert out["trust"]["crls"][0]["revoked"] == 2


def test_show_names(card_slot, demo_pki):
    card_slot.insert("resident-amina")
    _code, out = run(demo_pki, "--show-names")
    assert "Amina Njoroge" in out["card"]["cert_9A"]["subject"]


@pytest.mark.parametrize(
    ("persona", "field", "value"),
    [
        ("revoked-hugo", "trust", "revoked"),
        ("expired-grace", "trust", "expired"),
        ("foreign-ivan", "trust", "untrusted"),
    ],
)
def test_failing_cards_exit_non_zero(card_slot, demo_pki, persona, field, value):
    card_slot.insert(persona)
    code, out = run(demo_pki)
    assert code == EXIT_CHECK_FAILED
    assert out["card"]["cert_9A"][field] == value


def test_blocked_card_fails(card_slot, demo_pki):
    card_slot.insert("blocked-farid")
    code, out = run(demo_pki)
    assert code == EXIT_CHECK_FAILED and out["card"]["pin"]["blocked"]


def test_library_card(card_slot, demo_pki):
    card_slot.insert("library-card")
    code, out = run(demo_pki)
    assert code == EXIT_CHECK_FAILED
    assert out["card"]["card_type"].startswith("contactless")
    assert out["card"]["uid"].startswith("04A2")


def test_no_card(card_slot, demo_pki):
    code, out = run(demo_pki)
    assert code == EXIT_NO_CARD and out["card"] is None


def test_no_trust_config(card_slot, demo_pki):
    card_slot.insert("resident-amina")
    code, out = run(demo_pki, trust=False)
    assert code == EXIT_CONFIG
    assert out["card"]["card_auth_challenge"] == "passed"
