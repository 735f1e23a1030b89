"""``kiosk provision``: device key, CSR, enrolment with the city, bundle checks, system install.

Register in ``kiosk/cli.py`` with ``main.add_command(provision)`` (``from
kiosk.commands.provision import provision``). Run as root on the kiosk (or against an image tree
with ``--root``). The enrolment token is read from ``--token-file`` or typed at a hidden prompt,
never taken from the command line (it would show in ``ps`` and the shell history).
"""

from __future__ import annotations

import json
import ssl
import sys
import tomllib
from pathlib import Path
from typing import Any, NoReturn
from urllib.parse import urlsplit, urlunsplit

import click

from kiosk.commands.options import EXISTING_FILE
from kiosk.config import ConfigError, parse_config
from kiosk.security.tls import TlsIdentityError, certificate_status
from provisioning.apt_source import DEFAULT_COMPONENT, DEFAULT_SUITE, install_apt_source
from provisioning.bundle import installed_version, load_public_key, verify_bundle
from provisioning.csr import build_csr
from provisioning.enrol import ENROL_PATH, enrol
from provisioning.errors import ProvisioningError
from provisioning.install import install_system
from provisioning.keystore import FileKeyStore
from provisioning.layout import KioskLayout
from provisioning.system_files import SystemOptions

_root_option = click.option(
    "--root",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("/"),
    show_default=True,
    help="Target root (an image tree or a test directory).",
)


def validate_config_toml(text: str) -> None:
    """The provisioning validation hook: the bundle's kiosk.toml must be a valid KioskConfig."""
    try:
        parse_config(tomllib.loads(text), "bundle kiosk.toml")
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(f"kiosk.toml in the bundle is not valid TOML: {exc}") from exc
    except ConfigError as exc:
        raise ValueError(exc.text()) from exc


def _fail(exc: ProvisioningError) -> NoReturn:
    click.echo(f"error: {exc.key}" + (f" ({exc.detail})" if exc.detail else ""), err=True)
    sys.exit(1)


def _enrol_url(url: str) -> str:
    parts = urlsplit(url)
    if parts.path in ("", "/"):
        return urlunsplit(parts._replace(path=ENROL_PATH))
    return url


@click.group(name="provision")
def provision() -> None:
    """Enrol this kiosk with the city and install its system integration."""


@provision.command(name="keygen")
@_root_option
def keygen_command(root: Path) -> None:
    """Create the device key (EC P-256, mode 0600) if there is none."""
    layout = KioskLayout(root)
    keys = FileKeyStore(layout.device_key)
    if keys.exists():
        click.echo(f"{layout.device_key}: a device key exists (kept)")
        return
    try:
        keys.generate()
    except ProvisioningError as exc:
        _fail(exc)
    click.echo(f"{layout.device_key}: device key created")


@provision.command(name="csr")
@_root_option
@click.option("--kiosk-id", required=True, help="Kiosk identifier, e.g. LIB-CENTRAL-01.")
@click.option("--site", required=True, help="Site name, e.g. 'Central Library'.")
def csr_command(root: Path, kiosk_id: str, site: str) -> None:
    """Print a certificate signing request for the device key (for offline enrolment)."""
    keys = FileKeyStore(KioskLayout(root).device_key)
    try:
        click.echo(build_csr(keys, kiosk_id, site), nl=False)
    except ProvisioningError as exc:
        _fail(exc)


@provision.command(name="enrol")
@_root_option
@click.option("--url", required=True, help="City provisioning endpoint (https://…).")
@click.option("--kiosk-id", required=True)
@click.option("--site", required=True)
@click.option(
    "--token-file",
    type=EXISTING_FILE,
    help="File holding the one-time enrolment token (else a hidden prompt).",
)
@click.option(
    "--city-key",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Pinned public key of the city's bundle signer "
    "[default: <root>/etc/ecitizen-kiosk/city-provisioning.pub.pem].",
)
@click.option(
    "--ca-file",
    type=EXISTING_FILE,
    help="CA to verify the provisioning endpoint's HTTPS certificate (default: system store).",
)
@click.option(
    "--allow-http",
    is_flag=True,
    help="Allow plain HTTP to a non-loopback host (the token would travel in clear).",
)
@click.option("--timeout", "timeout_s", default=15.0, show_default=True, type=float)
def enrol_command(
    root: Path,
    url: str,
    kiosk_id: str,
    site: str,
    token_file: Path | None,
    city_key: Path | None,
    ca_file: Path | None,
    allow_http: bool,
    timeout_s: float,
) -> None:
    """Enrol: key (if none), CSR, token → certificate, city CA and signed configuration."""
    layout = KioskLayout(root)
    key_path = city_key or layout.city_provisioning_key
    try:
        city_key_pem = key_path.read_bytes()
    except OSError:
        click.echo(f"error: provisioning.city_key_missing ({key_path})", err=True)
        sys.exit(1)
    if token_file is not None:
        token = token_file.read_text(encoding="utf-8").strip()
    else:
        token = click.prompt("Enrolment token", hide_input=True).strip()
    verify: ssl.SSLContext | bool = True
    if ca_file is not None:
        verify = ssl.create_default_context(cafile=str(ca_file))
    try:
        result = enrol(
            layout,
            FileKeyStore(layout.device_key),
            url=_enrol_url(url),
            token=token,
            kiosk_id=kiosk_id,
            site=site,
            city_key_pem=city_key_pem,
            verify=verify,
            allow_http=allow_http,
            validate=validate_config_toml,
            timeout_s=timeout_s,
        )
    except ProvisioningError as exc:
        _fail(exc)
    if result.key_generated:
        click.echo(f"{layout.device_key}: device key created")
    click.echo(
        f"enrolled {result.kiosk_id}: certificate sha256 {result.cert_sha256}, valid until "
        f"{result.cert_not_after:%Y-%m-%d}; configuration version {result.bundle_version}"
        + ("" if result.bundle_changed else " (already installed)")
    )


@provision.command(name="verify-bundle")
@click.argument("bundle_file", type=EXISTING_FILE)
@click.option(
    "--city-key",
    type=EXISTING_FILE,
    required=True,
    help="Pinned public key of the city's bundle signer.",
)
@click.option("--kiosk-id", default=None, help="Also require the bundle to be for this kiosk.")
def verify_bundle_command(bundle_file: Path, city_key: Path, kiosk_id: str | None) -> None:
    """Check a configuration bundle's signature and contents (exit 1 if refused)."""
    try:
        document: Any = json.loads(bundle_file.read_text(encoding="utf-8"))
    except ValueError:
        click.echo("error: provisioning.bundle_malformed (not JSON)", err=True)
        sys.exit(1)
    try:
        bundle = verify_bundle(
            document if isinstance(document, dict) else {},
            load_public_key(city_key.read_bytes()),
            kiosk_id=kiosk_id,
        )
        validate_config_toml(bundle.config_toml)
    except ProvisioningError as exc:
        _fail(exc)
    except ValueError as exc:
        click.echo(f"error: provisioning.bundle_config_invalid\n{exc}", err=True)
        sys.exit(1)
    click.echo(
        f"OK: bundle for {bundle.kiosk_id} ({bundle.site}), version {bundle.version}, "
        f"issued {bundle.issued_at:%Y-%m-%dT%H:%M:%SZ}"
    )


@provision.command(name="install")
@_root_option
@click.option(
    "--service-file",
    type=EXISTING_FILE,
    help="kiosk.service to install (default: the one at the repository root).",
)
@click.option("--user", default="kiosk", show_default=True)
@click.option("--tty", default="tty1", show_default=True)
@click.option("--cage", default="/usr/bin/cage", show_default=True, help="cage binary.")
@click.option("--journal-max-use", default="512M", show_default=True)
@click.option(
    "--city-key",
    type=EXISTING_FILE,
    help="Pin this city bundle-signing public key in the image (for 'enrol').",
)
@click.option(
    "--packaged/--unpackaged",
    default=None,
    help="The ecitizen-kiosk package is installed: use its files, copy none under /etc "
    "[default: packaged if its kiosk.service is in the root].",
)
def install_command(
    root: Path,
    service_file: Path | None,
    user: str,
    tty: str,
    cage: str,
    journal_max_use: str,
    city_key: Path | None,
    packaged: bool | None,
) -> None:
    """Install the kiosk user, unit, cage autostart, updater units, udev, polkit, logind and
    journald files.

    With the Debian package installed, its own files serve: this enables them (graphical
    target, cage on the tty, the updater's timer and path unit, ctrl-alt-del masked) and pins
    the city key. Idempotent: a second
    run changes nothing.
    """
    try:
        options = SystemOptions(user=user, tty=tty, cage=cage, journal_max_use=journal_max_use)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None
    try:
        report = install_system(
            root,
            service_file,
            options,
            city_key_pem=None if city_key is None else city_key.read_bytes(),
            packaged=packaged,
        )
    except ProvisioningError as exc:
        _fail(exc)
    for rel in report.changed:
        click.echo(f"written  {rel}")
    for rel in report.shadowing:
        click.echo(f"warning: /{rel} (edited) overrides the package's file", err=True)
    click.echo(f"{len(report.changed)} changed, {len(report.unchanged)} already up to date")


@provision.command(name="apt-source")
@_root_option
@click.option("--url", required=True, help="The city's kiosk repository (http:// or https://).")
@click.option(
    "--key",
    "key_file",
    type=EXISTING_FILE,
    required=True,
    help="The city's release public key (ecitizen-kiosk-release.gpg, binary or armored).",
)
@click.option("--suite", default=DEFAULT_SUITE, show_default=True)
@click.option("--component", default=DEFAULT_COMPONENT, show_default=True)
def apt_source_command(root: Path, url: str, key_file: Path, suite: str, component: str) -> None:
    """Install the city's signed repository (Signed-By its release key only) and hold the
    ecitizen-kiosk package: releases are installed by the kiosk's updater, never by apt
    upgrade."""
    try:
        report = install_apt_source(
            root, url, key_file.read_bytes(), suite=suite, component=component
        )
    except ProvisioningError as exc:
        _fail(exc)
    for rel in report.changed:
        click.echo(f"written  {rel}")
    click.echo(f"release key {report.fingerprint}")
    click.echo(
        "ecitizen-kiosk held"
        if report.held
        else "ecitizen-kiosk not installed here yet: run this again after installing it"
    )


@provision.command(name="status")
@_root_option
def status_command(root: Path) -> None:
    """Show the enrolment state: device key, certificate validity, configuration version."""
    layout = KioskLayout(root)
    click.echo(f"device key:    {'present' if layout.device_key.exists() else 'missing'}")
    try:
        cert = certificate_status(layout.device_cert)
        click.echo(
            f"certificate:   {cert.kiosk_id} from {cert.issuer}, valid until "
            f"{cert.not_after:%Y-%m-%d} ({'EXPIRED' if cert.expired else f'{cert.days_left} days'})"
        )
    except TlsIdentityError as exc:
        click.echo(f"certificate:   {exc.key}")
    try:
        version = installed_version(layout)
    except ProvisioningError as exc:
        _fail(exc)
    click.echo(f"configuration: {'none' if version is None else f'version {version.version}'}")


@provision.command(name="credentials")
@_root_option
@click.option(
    "--with-key",
    type=click.Choice(["auto", "host", "tpm2", "host+tpm2"]),
    default="auto",
    show_default=True,
    help="What seals them (systemd-creds): auto = TPM2 when present, else the host key.",
)
def credentials_command(root: Path, with_key: str) -> None:
    """Create and seal the kiosk's secrets (queue key, audit key, pseudonym key, receipt key)
    with systemd-creds; existing ones are kept (never regenerated over data)."""
    from provisioning.credentials import create_sealed_credentials

    try:
        report = create_sealed_credentials(root, with_key=with_key)
    except ProvisioningError as exc:
        _fail(exc)
    for name in report.created:
        click.echo(f"sealed   {name}")
    for name in report.kept:
        click.echo(f"kept     {name}")
