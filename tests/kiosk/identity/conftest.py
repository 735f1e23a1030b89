"""Identity tests use the real pcscd + vpcd harness and the demo PKI (see tests/helpers)."""

import pytest

from drivers.smartcard.emulator import DEMO_ROLE_POLICIES, DemoPki
from kiosk.identity import TrustStore
from tests.helpers.pcsc_fixtures import (
    card_slot,
    demo_pki,
    pcscd,
    pcscd_restart,
    second_card_slot,
)

__all__ = ["card_slot", "demo_pki", "pcscd", "pcscd_restart", "second_card_slot", "trust"]


@pytest.fixture
def trust(demo_pki: DemoPki) -> TrustStore:
    return TrustStore.from_paths([demo_pki.ca_cert_path], [demo_pki.crl_path], DEMO_ROLE_POLICIES)
