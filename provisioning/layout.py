"""Where provisioning puts things, relative to a target root (``/`` on a kiosk, a temp dir in
tests and image builds). The app reads the same paths (see ``kiosk.security.tls``).
"""

from __future__ import annotations

import grp
from dataclasses import dataclass
from pathlib import Path

KIOSK_USER = "kiosk"
KIOSK_GROUP = "kiosk"
"""The kiosk user's own group (systemd-sysusers creates it with the user): the only group
that may read the kiosk's secrets (``kiosk.toml``: SIP2 password, Open311 API key)."""

SECRET_MODE = 0o640
"""root:kiosk, for files the kiosk service must read that hold secrets."""
PRIVATE_MODE = 0o600
"""root only (the bundle as received: the kiosk reads ``kiosk.toml``, never the bundle)."""


@dataclass(frozen=True)
class KioskLayout:
    root: Path = Path("/")

    @property
    def etc_dir(self) -> Path:
        """Root-owned configuration: read-only for the app (``ProtectSystem=strict``)."""
        return self.root / "etc" / "ecitizen-kiosk"

    @property
    def identity_dir(self) -> Path:
        return self.etc_dir / "identity"

    @property
    def device_key(self) -> Path:
        """The device private key, 0600 (a TPM key blob with a TPM-backed key store)."""
        return self.identity_dir / "device-key.pem"

    @property
    def device_cert(self) -> Path:
        return self.identity_dir / "device-cert.pem"

    @property
    def city_ca(self) -> Path:
        """The only trust anchor for the city back ends (SEC-13)."""
        return self.identity_dir / "city-ca.pem"

    @property
    def city_provisioning_key(self) -> Path:
        """The pinned public key that signs configuration bundles (shipped in the image)."""
        return self.etc_dir / "city-provisioning.pub.pem"

    @property
    def bundle(self) -> Path:
        return self.etc_dir / "bundle.json"

    @property
    def bundle_state(self) -> Path:
        """The highest installed bundle version and its payload hash (rollback protection)."""
        return self.etc_dir / "bundle.state"

    @property
    def config(self) -> Path:
        """The kiosk configuration from the installed bundle (``kiosk run --config``)."""
        return self.etc_dir / "kiosk.toml"

    @property
    def data_dir(self) -> Path:
        return self.root / "var" / "lib" / "ecitizen-kiosk"

    @property
    def network_dropin(self) -> Path:
        """``kiosk.service`` drop-in with the city's networks (``IPAddressAllow=``), written
        from ``[network] allow`` of the installed configuration."""
        return self.root / "etc" / "systemd" / "system" / "kiosk.service.d" / "60-network.conf"

    def group_id(self, name: str = KIOSK_GROUP) -> int | None:
        """The gid of ``name`` on the target: the system's group database for ``/``, the
        tree's own ``etc/group`` for an image tree (its gids are not the host's). None if the
        group does not exist there (yet: ``systemd-sysusers`` creates it)."""
        if self.root.resolve() == Path("/"):
            try:
                return grp.getgrnam(name).gr_gid
            except KeyError:
                return None
        try:
            lines = (self.root / "etc" / "group").read_text(encoding="utf-8").splitlines()
        except (FileNotFoundError, UnicodeDecodeError):
            return None
        for line in lines:
            fields = line.split(":")
            if len(fields) >= 3 and fields[0] == name and fields[2].isdigit():
                return int(fields[2])
        return None
