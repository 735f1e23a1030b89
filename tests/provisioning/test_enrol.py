"""Enrolment end to end: kiosk key + CSR → loopback endpoint → verified cert, CA and bundle."""

from __future__ import annotations

import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from click.testing import CliRunner
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec

import citysim.provisioning as cp
from citysim import CitySim
from citysim.provisioning import ProvisioningAuthority
from kiosk.commands.provision import provision, validate_config_toml
from kiosk.config import load_config
from provisioning.bundle import installed_version
from provisioning.enrol import ENROL_PATH, enrol, request_enrolment
from provisioning.errors import ProvisioningError
from provisioning.keystore import FileKeyStore
from provisioning.layout import KioskLayout

from .conftest import KIOSK_ID, SITE, _EnrolServer


def _enrol(layout: KioskLayout, url: str, token: str, **kw: Any) -> Any:
    return enrol(
        layout,
        FileKeyStore(layout.device_key),
        url=url,
        token=token,
        kiosk_id=kw.pop("kiosk_id", KIOSK_ID),
        site=SITE,
        city_key_pem=layout.city_provisioning_key.read_bytes(),
        validate=validate_config_toml,
        **kw,
    )


def _files(layout: KioskLayout) -> dict[str, bytes]:
    return {
        str(p.relative_to(layout.root)): p.read_bytes()
        for p in sorted(layout.root.rglob("*"))
        if p.is_file()
    }


def test_enrol_end_to_end(
    layout: KioskLayout, authority: ProvisioningAuthority, enrol_server: _EnrolServer
) -> None:
    token = authority.issue_token(kiosk_id=KIOSK_ID)
    result = _enrol(layout, enrol_server.url, token)
    assert result.key_generated and result.bundle_changed
    assert result.bundle_version == authority.config_version
    # the token went in the body, never the URL; the gateway's idempotency key was sent
    assert enrol_server.requests[0]["path"] == ENROL_PATH
    assert enrol_server.requests[0]["idempotency_key"]
    assert stat.S_IMODE(layout.device_key.stat().st_mode) == 0o600
    assert stat.S_IMODE(layout.identity_dir.stat().st_mode) == 0o700
    cert = x509.load_pem_x509_certificate(layout.device_cert.read_bytes())
    cert.verify_directly_issued_by(x509.load_pem_x509_certificate(layout.city_ca.read_bytes()))
    assert layout.city_ca.read_text() == authority.ca_pem
    config = load_config(layout.config)  # the installed kiosk.toml is what the app will load
    assert (config.kiosk.id, config.kiosk.site) == (KIOSK_ID, SITE)
    assert installed_version(layout).version == result.bundle_version  # type: ignore[union-attr]

    # the token is spent: a second enrolment with it is refused and changes nothing
    before = _files(layout)
    with pytest.raises(ProvisioningError) as info:
        _enrol(layout, enrol_server.url, token)
    assert info.value.key == "provisioning.token_used"
    assert _files(layout) == before

    # re-enrolment with a new token keeps the device key
    key_before = layout.device_key.read_bytes()
    again = _enrol(layout, enrol_server.url, authority.issue_token())
    assert not again.key_generated and not again.bundle_changed
    assert layout.device_key.read_bytes() == key_before


def test_older_bundle_from_the_endpoint_is_refused(
    layout: KioskLayout, authority: ProvisioningAuthority, enrol_server: _EnrolServer
) -> None:
    authority.publish_config(KIOSK_ID, _default_toml(authority))
    _enrol(layout, enrol_server.url, authority.issue_token())
    assert installed_version(layout).version == 2  # type: ignore[union-attr]

    def replay_old(status: int, payload: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        payload["bundle"] = authority.sign_bundle(KIOSK_ID, SITE, version=1)
        return status, payload

    enrol_server.tamper = replay_old
    cert_before = layout.device_cert.read_bytes()
    with pytest.raises(ProvisioningError) as info:
        _enrol(layout, enrol_server.url, authority.issue_token())
    assert info.value.key == "provisioning.bundle_rollback"
    assert layout.device_cert.read_bytes() == cert_before


def _default_toml(authority: ProvisioningAuthority) -> str:
    return cp.default_config_toml(KIOSK_ID, SITE, "https://gateway.city.test")


@pytest.mark.parametrize(
    ("tamper", "key"),
    [
        # a man in the middle swaps in its own CA: not the one the signed bundle names
        ("ca", "provisioning.ca_mismatch"),
        # a certificate for some other key
        ("cert", "provisioning.cert_wrong_key"),
        # the bundle's payload edited in transit
        ("bundle", "provisioning.bundle_bad_signature"),
        # no bundle signature
        ("unsigned", "provisioning.bundle_unsigned"),
        ("garbage", "provisioning.bad_response"),
    ],
)
def test_tampered_responses_are_refused(
    layout: KioskLayout,
    authority: ProvisioningAuthority,
    enrol_server: _EnrolServer,
    tmp_path: Path,
    tamper: str,
    key: str,
) -> None:
    mallory = ProvisioningAuthority(tmp_path / "mallory")

    def change(status: int, payload: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        if tamper == "ca":
            payload["ca_pem"] = mallory.ca_pem
        elif tamper == "cert":
            other = FileKeyStore(tmp_path / "other.pem")
            other.generate()
            from provisioning.csr import build_csr

            payload["cert_pem"] = authority.enrol(
                authority.issue_token(), build_csr(other, KIOSK_ID, SITE)
            )["cert_pem"]
        elif tamper == "bundle":
            payload["bundle"]["payload"] = authority.sign_bundle("X", "Y")["payload"]
        elif tamper == "unsigned":
            del payload["bundle"]["signature"]
        else:
            payload = {"cert_pem": 1}
        return status, payload

    enrol_server.tamper = change
    with pytest.raises(ProvisioningError) as info:
        _enrol(layout, enrol_server.url, authority.issue_token())
    assert info.value.key == key
    assert not layout.device_cert.exists()
    assert not layout.config.exists()


def test_transport_errors_and_plain_http(
    layout: KioskLayout, authority: ProvisioningAuthority
) -> None:
    with pytest.raises(ProvisioningError) as info:
        request_enrolment("http://city.example/provisioning/enrol", "t", "csr")
    assert info.value.key == "provisioning.insecure_url"
    with pytest.raises(ProvisioningError) as info:
        request_enrolment("ftp://x/", "t", "csr")
    assert info.value.key == "provisioning.url_invalid"

    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    with pytest.raises(ProvisioningError) as info:
        request_enrolment(
            "https://city.example/provisioning/enrol",
            "t",
            "csr",
            transport=httpx.MockTransport(refuse),
        )
    assert info.value.key == "provisioning.unreachable"
    # a 5xx without a provisioning key
    with pytest.raises(ProvisioningError) as info:
        request_enrolment(
            "https://city.example/provisioning/enrol",
            "t",
            "csr",
            transport=httpx.MockTransport(lambda r: httpx.Response(502, text="<html>")),
        )
    assert info.value.key == "provisioning.refused"


@pytest.fixture
def city(authority: ProvisioningAuthority) -> Iterator[CitySim]:
    cp.set_authority(authority)
    try:
        with CitySim(open311_port=None, control_port=None) as sim:
            yield sim
    finally:
        cp.set_authority(None)


def test_enrol_through_the_citysim_gateway(
    layout: KioskLayout, authority: ProvisioningAuthority, city: CitySim
) -> None:
    url = city.gateway.url + ENROL_PATH
    result = _enrol(layout, url, authority.issue_token(kiosk_id=KIOSK_ID, site=SITE))
    assert result.bundle_version == authority.config_version
    assert layout.device_cert.exists()
    # the gateway passes refusals through with their stable key
    with pytest.raises(ProvisioningError) as info:
        _enrol(layout, url, "wrong-token")
    assert info.value.key == "provisioning.token_unknown"
    with pytest.raises(ProvisioningError) as info:
        _enrol(layout, url, authority.issue_token(kiosk_id="SOMEONE-ELSE"))
    assert info.value.key == "provisioning.kiosk_mismatch"


def test_cli_enrol_status_verify_bundle(
    layout: KioskLayout,
    authority: ProvisioningAuthority,
    enrol_server: _EnrolServer,
    tmp_path: Path,
) -> None:
    runner = CliRunner()
    root = str(layout.root)
    token_file = tmp_path / "token"
    token_file.write_text(authority.issue_token() + "\n")
    out = runner.invoke(
        provision,
        [
            "enrol",
            "--root", root,
            "--url", enrol_server.url.removesuffix(ENROL_PATH),  # base URL is completed
            "--kiosk-id", KIOSK_ID,
            "--site", SITE,
            "--token-file", str(token_file),
        ],
    )  # fmt: skip
    assert out.exit_code == 0, out.output
    assert f"enrolled {KIOSK_ID}" in out.output
    assert "device key created" in out.output
    # the token itself is never echoed
    assert token_file.read_text().strip() not in out.output

    # the hidden prompt path, with a spent token: exit 1 and the stable key
    out = runner.invoke(
        provision,
        ["enrol", "--root", root, "--url", enrol_server.url, "--kiosk-id", KIOSK_ID,
         "--site", SITE],
        input=token_file.read_text(),
    )  # fmt: skip
    assert out.exit_code == 1
    assert "provisioning.token_used" in out.output

    status = runner.invoke(provision, ["status", "--root", root])
    assert status.exit_code == 0, status.output
    assert "device key:    present" in status.output
    assert f"{KIOSK_ID} from Demo City Kiosk CA" in status.output
    assert f"version {authority.config_version}" in status.output

    key = str(layout.city_provisioning_key)
    ok = runner.invoke(provision, ["verify-bundle", str(layout.bundle), "--city-key", key])
    assert ok.exit_code == 0, ok.output
    tampered = tmp_path / "tampered.json"
    tampered.write_text(layout.bundle.read_text().replace('"payload": "', '"payload": "AAAA'))
    bad = runner.invoke(provision, ["verify-bundle", str(tampered), "--city-key", key])
    assert bad.exit_code == 1
    assert "provisioning.bundle_" in bad.output


def test_cli_keygen_and_csr(tmp_path: Path) -> None:
    runner = CliRunner()
    root = str(tmp_path)
    first = runner.invoke(provision, ["keygen", "--root", root])
    assert first.exit_code == 0 and "created" in first.output
    second = runner.invoke(provision, ["keygen", "--root", root])
    assert second.exit_code == 0 and "kept" in second.output
    csr = runner.invoke(provision, ["csr", "--root", root, "--kiosk-id", "K-1", "--site", "S"])
    assert csr.exit_code == 0
    parsed = x509.load_pem_x509_csr(csr.output.encode())
    assert isinstance(parsed.public_key(), ec.EllipticCurvePublicKey)
    bad = runner.invoke(
        provision, ["csr", "--root", root, "--kiosk-id", "no spaces", "--site", "S"]
    )
    assert bad.exit_code == 1 and "provisioning.kiosk_id_invalid" in bad.output
