"""A small JSON cache of public (non-personal) back-end data in the data directory.

For lists a kiosk may show while offline (Open311 categories, city projects): written
atomically, read leniently (a missing or corrupt file is simply no cache). Never used for
anything personal.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)

CACHE_DIR = "public-cache"


@dataclass(frozen=True)
class Cached:
    data: Any
    saved_at: float  # wall-clock seconds


class PublicCache:
    def __init__(self, data_dir: Path) -> None:
        self.folder = data_dir / CACHE_DIR

    def _path(self, name: str) -> Path:
        if not name.replace("-", "").replace("_", "").isalnum():
            raise ValueError("cache names are letters, digits, '-' and '_'")
        return self.folder / f"{name}.json"

    def save(self, name: str, data: Any) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            text = json.dumps({"saved_at": time.time(), "data": data}, ensure_ascii=False)
            fd, tmp = tempfile.mkstemp(dir=self.folder, prefix=f".{name}.")
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(text)
            os.replace(tmp, self._path(name))
        except OSError as exc:
            logger.warning("public cache %s not saved: %s", name, type(exc).__name__)

    def load(self, name: str) -> Cached | None:
        try:
            raw = json.loads(self._path(name).read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as exc:
            logger.warning("public cache %s unreadable: %s", name, type(exc).__name__)
            return None
        if not isinstance(raw, dict) or "data" not in raw:
            return None
        saved = raw.get("saved_at")
        return Cached(raw["data"], float(saved) if isinstance(saved, int | float) else 0.0)
