"""Where the updater gets a release's package from.

On a kiosk: the city's signed apt repository, through :mod:`kiosk.updates.fetch` (apt as a
verified downloader with a private configuration: only the city's key is trusted; an unsigned
or wrongly signed package is refused before it reaches the updater). :class:`AptSource` adapts
it. :class:`DirectorySource` serves packages from a directory: tests, the benchmark, a
development machine — never a production kiosk (:func:`source_for` does not offer it).
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Protocol

from kiosk.errors import KeyedError


class SourceError(KeyedError):
    """The package could not be had (``key``: ``update.source_unavailable``,
    ``update.version_unknown``, ``update.signature_refused``...)."""


class PackageSource(Protocol):
    def download(self, version: str, dest_dir: Path) -> Path:
        """The verified ``.deb`` of ``version``, in ``dest_dir``; raises :class:`SourceError`."""
        ...


class DirectorySource:
    """``ecitizen-kiosk_<version>_<arch>.deb`` files in a directory (no signature: tests)."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def download(self, version: str, dest_dir: Path) -> Path:
        found = sorted(self.directory.glob(f"ecitizen-kiosk_{version}_*.deb"))
        if not found:
            raise SourceError("update.version_unknown", version)
        dest_dir.mkdir(parents=True, exist_ok=True)
        target = dest_dir / found[0].name
        shutil.copyfile(found[0], target)
        return target


class AptSource:
    """The packaging side's verified apt download (:mod:`kiosk.updates.fetch`), on the source
    ``kiosk provision apt-source`` installed (its URI and the city's key only)."""

    def __init__(self, root: Path = Path("/"), cache_dir: Path | None = None) -> None:
        self.root = root
        self.cache_dir = cache_dir

    def download(self, version: str, dest_dir: Path) -> Path:
        from kiosk.updates import fetch

        try:
            source = fetch.UpdateSource.from_system(self.root, self.cache_dir)
            return fetch.download(source, version, dest_dir)
        except fetch.UpdateSourceError as exc:
            raise SourceError(exc.key, exc.detail) from exc
