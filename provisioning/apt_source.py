"""The city's signed apt repository as the kiosk's only package source for its own software.

``install_apt_source(root, uri, key)`` writes, idempotently:

* ``etc/apt/keyrings/ecitizen-kiosk-release.gpg`` (0644): the city's release public key, alone,
  as a binary OpenPGP keyring (what apt's ``Signed-By=`` reads),
* ``etc/apt/sources.list.d/ecitizen-kiosk.sources`` (0644): the repository in deb822 form with
  ``Signed-By:`` that keyring: apt trusts no other key for it, and that key for nothing else,

and marks the ``ecitizen-kiosk`` package on hold when it is installed in ``root``: kiosk updates
never go through ``apt upgrade`` (dpkg would delete the running release); the kiosk's updater
uses apt only as a verified downloader (``kiosk.updates.fetch``, which reads this same file).

The key is checked without GnuPG (a kiosk image need not have it): OpenPGP packets are walked
(RFC 4880/9580 framing only; apt's gpgv does the cryptography), and anything but exactly one
public primary key (with its user ids, subkeys and signatures) is refused: a secret key, two
keys, garbage.
"""

from __future__ import annotations

import base64
import hashlib
import re
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from provisioning.errors import ProvisioningError
from provisioning.files import ensure_dir, write_file

PACKAGE = "ecitizen-kiosk"
SOURCE_FILE = "etc/apt/sources.list.d/ecitizen-kiosk.sources"
KEYRING_FILE = "etc/apt/keyrings/ecitizen-kiosk-release.gpg"
DEFAULT_SUITE = "kiosk"
DEFAULT_COMPONENT = "main"

_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._+~-]{0,63}")

# OpenPGP packet tags (RFC 9580 section 5)
_SIGNATURE, _SECRET_KEY, _PUBLIC_KEY, _SECRET_SUBKEY, _USER_ID, _PUBLIC_SUBKEY = 2, 5, 6, 7, 13, 14
_TRUST, _USER_ATTRIBUTE = 12, 17
_ALLOWED = {_SIGNATURE, _PUBLIC_KEY, _USER_ID, _PUBLIC_SUBKEY, _TRUST, _USER_ATTRIBUTE}


@dataclass(frozen=True)
class AptSource:
    """One deb822 stanza: the city's repository and the keyring that alone may sign it."""

    uri: str
    suite: str = DEFAULT_SUITE
    component: str = DEFAULT_COMPONENT
    signed_by: str = "/" + KEYRING_FILE

    def __post_init__(self) -> None:
        parts = urlsplit(self.uri)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError("uri: an http:// or https:// URL of the repository")
        if any(c.isspace() for c in self.uri):
            raise ValueError("uri: no spaces")
        for name in ("suite", "component"):
            if _TOKEN.fullmatch(getattr(self, name)) is None:
                raise ValueError(f"{name}: a word like kiosk or main")
        if not self.signed_by.startswith("/") or any(c.isspace() for c in self.signed_by):
            raise ValueError("signed_by: an absolute path to the keyring")

    def deb822(self) -> str:
        return (
            "# Written by `kiosk provision apt-source` (eCitizen Kiosk). Local edits are"
            " overwritten.\n"
            "# The city's kiosk releases, signed by the city's release key only. The package is\n"
            "# held: the kiosk's updater installs releases side by side (docs/updates.md).\n"
            "Types: deb\n"
            f"URIs: {self.uri}\n"
            f"Suites: {self.suite}\n"
            f"Components: {self.component}\n"
            f"Signed-By: {self.signed_by}\n"
        )

    @classmethod
    def parse(cls, text: str) -> AptSource:
        """The first stanza of a deb822 ``.sources`` file (ValueError if it is not one of ours:
        one URI, one suite, one component, a ``Signed-By:`` keyring path)."""
        fields: dict[str, str] = {}
        for raw in text.splitlines():
            line = raw.strip()
            if not line or line.startswith("#"):
                if fields and not line:
                    break  # end of the first stanza
                continue
            name, sep, value = line.partition(":")
            if not sep:
                raise ValueError(f"not a deb822 field: {raw!r}")
            fields[name.strip().lower()] = value.strip()
        if fields.get("types") != "deb":
            raise ValueError("Types: deb expected")
        values = {}
        for name in ("uris", "suites", "components", "signed-by"):
            words = fields.get(name, "").split()
            if len(words) != 1:
                raise ValueError(f"{name}: exactly one value expected")
            values[name] = words[0]
        return cls(values["uris"], values["suites"], values["components"], values["signed-by"])


def _dearmor(data: bytes) -> bytes:
    text = data.decode("ascii", errors="strict")
    m = re.search(
        r"-----BEGIN PGP (PUBLIC|PRIVATE) KEY BLOCK-----\r?\n(.*?)-----END PGP \1 KEY BLOCK-----",
        text,
        re.S,
    )
    if m is None:
        raise ValueError("no OpenPGP key block")
    if m.group(1) == "PRIVATE":
        raise ValueError("a secret key: give the public key only")
    body = m.group(2)
    head, sep, rest = body.partition("\n\n")
    if not sep:
        head, sep, rest = body.partition("\r\n\r\n")
    lines = [x.strip() for x in (rest if sep and ":" in head else body).splitlines()]
    payload = "".join(x for x in lines if x and not x.startswith("="))
    return base64.b64decode(payload, validate=True)


def _packets(data: bytes) -> Iterator[tuple[int, bytes]]:
    """(tag, body) of each OpenPGP packet; ValueError on a malformed stream."""
    i = 0
    while i < len(data):
        ctb = data[i]
        i += 1
        if not ctb & 0x80:
            raise ValueError("not an OpenPGP packet")
        if ctb & 0x40:  # new format
            tag = ctb & 0x3F
            if i >= len(data):
                raise ValueError("truncated packet")
            first = data[i]
            i += 1
            if first < 192:
                length = first
            elif first < 224:
                length = ((first - 192) << 8) + data[i] + 192
                i += 1
            elif first == 255:
                length = int.from_bytes(data[i : i + 4], "big")
                i += 4
            else:
                raise ValueError("partial body length in a key")
        else:  # old format
            tag = (ctb >> 2) & 0x0F
            size = {0: 1, 1: 2, 2: 4}.get(ctb & 0x03)
            if size is None:
                raise ValueError("indeterminate length in a key")
            length = int.from_bytes(data[i : i + size], "big")
            i += size
        body = data[i : i + length]
        if len(body) != length:
            raise ValueError("truncated packet")
        i += length
        yield tag, body


def _fingerprint(body: bytes) -> str:
    version = body[0] if body else 0
    if version == 4:
        return hashlib.sha1(b"\x99" + len(body).to_bytes(2, "big") + body).hexdigest().upper()  # noqa: S324 (RFC 4880 v4 fingerprint)
    if version == 6:
        return hashlib.sha256(b"\x9b" + len(body).to_bytes(4, "big") + body).hexdigest().upper()
    raise ValueError(f"OpenPGP key version {version} (4 or 6 expected)")


@dataclass(frozen=True)
class ReleaseKey:
    """A checked release key: its binary keyring and its primary key's fingerprint."""

    keyring: bytes
    fingerprint: str


def release_key(data: bytes) -> ReleaseKey:
    """Check an exported public key (binary or ASCII-armored): exactly one primary public key,
    no secret key material. Raises :class:`ProvisioningError` ``provisioning.release_key_invalid``.
    """
    try:
        binary = _dearmor(data) if data.lstrip().startswith(b"-----BEGIN") else data
        primaries: list[str] = []
        for tag, body in _packets(binary):
            if tag in (_SECRET_KEY, _SECRET_SUBKEY):
                raise ValueError("a secret key: give the public key only")
            if tag not in _ALLOWED:
                raise ValueError(f"unexpected OpenPGP packet (tag {tag})")
            if tag == _PUBLIC_KEY:
                primaries.append(_fingerprint(body))
    except (ValueError, IndexError, UnicodeDecodeError) as exc:
        raise ProvisioningError("provisioning.release_key_invalid", str(exc)) from None
    if len(primaries) != 1:
        raise ProvisioningError(
            "provisioning.release_key_invalid",
            f"exactly one public key expected, found {len(primaries)}",
        )
    return ReleaseKey(binary, primaries[0])


@dataclass
class AptSourceReport:
    fingerprint: str
    held: bool
    """The installed package is on hold (False: not installed in this root yet)."""
    changed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)


def install_apt_source(
    root: Path,
    uri: str,
    key_data: bytes,
    *,
    suite: str = DEFAULT_SUITE,
    component: str = DEFAULT_COMPONENT,
) -> AptSourceReport:
    """Install the city's repository with ``Signed-By=`` its release key only, and hold the
    package. A keyring pinning another key is never replaced (remove it deliberately)."""
    if not root.is_dir():
        raise ProvisioningError("provisioning.root_missing", f"{root} is not a directory")
    try:
        source = AptSource(uri, suite, component)
    except ValueError as exc:
        raise ProvisioningError("provisioning.apt_source_invalid", str(exc)) from None
    key = release_key(key_data)
    keyring = root / KEYRING_FILE
    if keyring.is_file():
        try:
            pinned = release_key(keyring.read_bytes()).fingerprint
        except ProvisioningError:
            pinned = None
        if pinned != key.fingerprint:
            raise ProvisioningError(
                "provisioning.release_key_conflict",
                f"{keyring} pins another key; remove it deliberately to re-pin",
            )
    report = AptSourceReport(key.fingerprint, held=False)
    for rel, content in ((KEYRING_FILE, key.keyring), (SOURCE_FILE, source.deb822().encode())):
        path = root / rel
        if not path.parent.is_dir():
            ensure_dir(path.parent, 0o755)
        changed = write_file(path, content, 0o644)
        (report.changed if changed else report.unchanged).append(rel)
    report.held = hold_package(root)
    return report


def read_source(root: Path = Path("/")) -> AptSource:
    """The source ``install_apt_source`` wrote (``Signed-By`` still as on the kiosk: absolute,
    relative to ``root``). Raises :class:`ProvisioningError` if missing or not ours."""
    path = root / SOURCE_FILE
    try:
        return AptSource.parse(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ProvisioningError(
            "provisioning.apt_source_missing", f"{path} (kiosk provision apt-source)"
        ) from None
    except (ValueError, UnicodeDecodeError) as exc:
        raise ProvisioningError("provisioning.apt_source_invalid", f"{path}: {exc}") from None


def _dpkg_admin(root: Path) -> list[str]:
    return [] if root.resolve() == Path("/") else [f"--admindir={root / 'var/lib/dpkg'}"]


def hold_package(root: Path, package: str = PACKAGE) -> bool:
    """Put ``package`` on hold in ``root``'s dpkg database (what ``apt-mark hold`` does), if
    it is installed there. True when it is held."""
    if shutil.which("dpkg") is None or not (root / "var/lib/dpkg/status").is_file():
        return False
    admin = _dpkg_admin(root)
    status = subprocess.run(
        ["dpkg-query", *admin, "-W", "-f=${db:Status-Abbrev}", package],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    if status.returncode != 0 or not status.stdout.startswith(("ii", "hi", "iU", "hU")):
        return False
    if status.stdout.startswith("h"):
        return True
    subprocess.run(
        ["dpkg", *admin, "--set-selections"],
        input=f"{package} hold\n", capture_output=True, text=True, check=True,
    )  # fmt: skip
    return True
