"""Where provisioning puts things, relative to a target root (``/`` on a kiosk, a temp dir in
tests and image builds). The app reads the same paths (see ``kiosk.tls``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

KIOSK_USER = "kiosk"


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
