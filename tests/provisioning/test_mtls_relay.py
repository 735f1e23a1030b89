"""Issue #9 item 3 end to end: a kiosk enrols through the demo gateway, then reaches it over
mutual TLS with the enrolled certificate; the demo back end's TLS front door checks it.
"""

from __future__ import annotations

import ssl
from collections.abc import Iterator
from urllib.parse import urlsplit

import httpx
import pytest

import citysim.provisioning as cp
from citysim import CitySim
from citysim.provisioning import MutualTlsRelay, ProvisioningAuthority
from kiosk.commands.provision import validate_config_toml
from kiosk.security.tls import client_ssl_context, find_identity, httpx_client
from provisioning.enrol import ENROL_PATH, enrol
from provisioning.keystore import FileKeyStore
from provisioning.layout import KioskLayout

from .conftest import KIOSK_ID, SITE


@pytest.fixture
def city(authority: ProvisioningAuthority) -> Iterator[CitySim]:
    cp.set_authority(authority)
    try:
        with CitySim(open311_port=None, control_port=None) as sim:
            yield sim
    finally:
        cp.set_authority(None)


@pytest.fixture
def relay(authority: ProvisioningAuthority, city: CitySim) -> Iterator[MutualTlsRelay]:
    parts = urlsplit(city.gateway.url)
    assert parts.hostname is not None and parts.port is not None
    context = authority.server_ssl_context(["127.0.0.1"])
    with MutualTlsRelay(context, (parts.hostname, parts.port)) as front:
        yield front


def test_enrol_then_mutual_tls_to_the_gateway(
    layout: KioskLayout,
    authority: ProvisioningAuthority,
    city: CitySim,
    relay: MutualTlsRelay,
) -> None:
    enrol(
        layout,
        FileKeyStore(layout.device_key),
        url=city.gateway.url + ENROL_PATH,
        token=authority.issue_token(kiosk_id=KIOSK_ID),
        kiosk_id=KIOSK_ID,
        site=SITE,
        city_key_pem=layout.city_provisioning_key.read_bytes(),
        validate=validate_config_toml,
    )
    identity = find_identity(layout.root, environ={})
    context = client_ssl_context(identity)
    with httpx_client(context, relay.url, timeout_s=10) as client:
        for _ in range(3):  # keep-alive through the relay
            response = client.get("/health")
            assert response.status_code == 200
    assert relay.accepted == [KIOSK_ID]

    # without the device certificate the front door refuses the handshake
    anonymous = ssl.create_default_context(cafile=str(identity.ca_file))
    with (
        httpx.Client(base_url=relay.url, verify=anonymous, timeout=10) as client,
        pytest.raises(httpx.HTTPError),
    ):
        client.get("/health")
    # (the client may see the alert before the relay's thread has counted it)
    assert relay.wait_for(lambda r: r.refused >= 1, timeout_s=10)
    assert relay.accepted == [KIOSK_ID]
