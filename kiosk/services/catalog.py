"""The service catalog: fetched from the gateway (``GET /catalog``), cached for offline use.

A city adds a permit type by adding a catalog entry on its back end; the kiosk renders it with the
form engine without a release. :class:`CatalogStore` keeps the **last good catalog** in memory
and in ``<data_dir>/catalog.json`` (version, ETag, time fetched, the JSON as received):

* refresh asks with ``If-None-Match: <etag>``; 304 keeps the current catalog;
* a catalog the gateway cannot deliver or that does not parse at all keeps the last good one;
* a malformed *entry* is skipped (``GatewayClient`` logs it and lists it in ``Catalog.skipped``);
  if the last good catalog had a valid entry with that id, that entry stays in use. Skipped
  entries are a diagnostics warning (``problems["catalog"] = "catalog.entries_skipped"``, read by
  :func:`kiosk.diagnostics.report.alerts_check`) until a clean catalog arrives.

Pure Python, thread-safe; :meth:`CatalogStore.refresh` does network I/O: call it from a worker
thread.
"""

from __future__ import annotations

import json
import logging
import os
import threading
import time
from collections.abc import Callable, MutableMapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from civic.catalog import Catalog, CatalogService
from offline_queue.connectors.gateway import GatewayError, parse_catalog
from offline_queue.connectors.httpfaults import parse_json

logger = logging.getLogger(__name__)

CACHE_NAME = "catalog.json"
REFRESH_AFTER_S = 60.0
PROBLEM_KEY = "catalog"
SKIPPED_PROBLEM = "catalog.entries_skipped"

Fetch = Callable[[str | None], Catalog | None]
"""``GatewayClient.catalog``: a new catalog, or None when the ETag is still current."""


@dataclass(frozen=True)
class CatalogState:
    """Attributes:
    catalog: the catalog in use (None: never fetched and nothing cached).
    fresh: confirmed by the gateway just now (False: cached copy, maybe stale).
    fetched_at: wall-clock time the catalog in use was fetched (0 when unknown).
    skipped: ids of malformed entries in the latest catalog from the gateway.
    """

    catalog: Catalog | None
    fresh: bool
    fetched_at: float
    skipped: tuple[str, ...]


class CatalogStore:
    def __init__(
        self,
        data_dir: Path,
        fetch: Fetch,
        *,
        problems: MutableMapping[str, str] | None = None,
        clock: Callable[[], float] = time.time,
        refresh_after_s: float = REFRESH_AFTER_S,
    ) -> None:
        self.path = data_dir / CACHE_NAME
        self._fetch = fetch
        self._problems = problems
        self._clock = clock
        self._refresh_after = refresh_after_s
        self._lock = threading.Lock()
        self._catalog: Catalog | None = None
        self._fetched_at = 0.0
        self._checked_at: float | None = None
        self._skipped: tuple[str, ...] = ()
        self._load_cache()

    # -- cache ---------------------------------------------------------------------------------
    def _load_cache(self) -> None:
        try:
            text = self.path.read_bytes()  # parse_json decodes (bad UTF-8 is a ValueError)
        except FileNotFoundError:
            return
        except OSError as exc:
            logger.warning("catalog cache unreadable: %s", type(exc).__name__)
            return
        try:
            cached = parse_json(text)
            catalog = parse_catalog(cached["catalog"], cached.get("etag"))
            fetched_at = float(cached.get("fetched_at", 0.0))
            skipped = tuple(str(ident) for ident in cached.get("skipped", ()))
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            logger.warning("catalog cache ignored: %s", type(exc).__name__)
            return
        self._catalog = catalog
        self._fetched_at = fetched_at
        self._skipped = skipped
        logger.info("catalog %s loaded from the cache", catalog.version)

    def _save_cache(self, catalog: Catalog, skipped: tuple[str, ...]) -> None:
        record = {
            "version": catalog.version,
            "etag": catalog.etag,
            "fetched_at": self._fetched_at,
            "skipped": list(skipped),
            "catalog": _plain(catalog.raw),
        }
        tmp = self.path.with_name(self.path.name + ".tmp")
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(record, fh, ensure_ascii=False)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.path)
        except OSError as exc:
            logger.error("catalog cache not written: %s", type(exc).__name__)

    # -- state ---------------------------------------------------------------------------------
    def state(self, *, fresh: bool = False) -> CatalogState:
        with self._lock:
            return CatalogState(self._catalog, fresh, self._fetched_at, self._skipped)

    def current(self) -> Catalog | None:
        with self._lock:
            return self._catalog

    def service(self, service_id: str) -> CatalogService | None:
        catalog = self.current()
        if catalog is None:
            return None
        return next((s for s in catalog.services if s.service_id == service_id), None)

    # -- refresh -------------------------------------------------------------------------------
    def refresh(self, *, force: bool = False) -> CatalogState:
        """Ask the gateway for a newer catalog (at most every ``refresh_after_s`` unless
        ``force``); on any failure keep the last good catalog."""
        now = self._clock()
        with self._lock:
            recent = self._checked_at is not None and now - self._checked_at < self._refresh_after
            if recent and not force and self._catalog is not None:
                return CatalogState(self._catalog, True, self._fetched_at, self._skipped)
            etag = self._catalog.etag if self._catalog is not None else None
        try:
            received = self._fetch(etag)
        except GatewayError as exc:
            logger.info("catalog not refreshed (%s); keeping version %s", exc.key, self._version())
            return self.state(fresh=False)
        with self._lock:
            self._checked_at = now
            if received is None:  # 304: still current
                return CatalogState(self._catalog, True, self._fetched_at, self._skipped)
            catalog = self._merge(received)
            self._catalog = catalog
            self._fetched_at = now
            self._skipped = received.skipped
            self._save_cache(catalog, received.skipped)
            self._report(received.skipped)
            logger.info(
                "catalog %s in use (%d services, %d skipped)",
                catalog.version,
                len(catalog.services),
                len(received.skipped),
            )
            return CatalogState(catalog, True, now, received.skipped)

    def _version(self) -> str:
        catalog = self.current()
        return catalog.version if catalog is not None else "none"

    def _merge(self, received: Catalog) -> Catalog:
        """Carry valid entries of the last good catalog over malformed ones with the same id."""
        previous = self._catalog
        if not received.skipped or previous is None:
            return received
        valid = {s.service_id for s in previous.services}
        old_entries = {
            e["service_id"]: e
            for e in previous.raw.get("services", [])
            if isinstance(e, dict) and e.get("service_id") in valid
        }
        kept = [ident for ident in received.skipped if ident in old_entries]
        if not kept:
            return received
        raw = _plain(received.raw)
        services: list[Any] = []
        for entry in raw.get("services", []):
            ident = entry.get("service_id") if isinstance(entry, dict) else None
            if isinstance(ident, str) and ident in kept:
                services.append(_plain(old_entries[ident]))
                logger.warning("catalog entry %s malformed: the last good one stays in use", ident)
            else:
                services.append(entry)
        raw["services"] = services
        merged = parse_catalog(raw, received.etag)
        return Catalog(
            merged.version,
            merged.etag,
            merged.languages,
            merged.services,
            received.skipped,
            merged.raw,
        )

    def _report(self, skipped: tuple[str, ...]) -> None:
        if self._problems is None:
            return
        if skipped:
            self._problems[PROBLEM_KEY] = SKIPPED_PROBLEM
        else:
            self._problems.pop(PROBLEM_KEY, None)


def _plain(value: Any) -> Any:
    """A JSON-ready deep copy (the parsed catalog's raw JSON is read-only)."""
    result: Any = json.loads(json.dumps(value, default=dict))
    return result


_STORES: dict[Path, CatalogStore] = {}
_STORES_LOCK = threading.Lock()


def catalog_store(
    data_dir: Path, fetch: Fetch, problems: MutableMapping[str, str] | None = None
) -> CatalogStore:
    """The one store of ``data_dir`` (shared by every service screen of this process)."""
    key = data_dir.resolve()
    with _STORES_LOCK:
        store = _STORES.get(key)
        if store is None or store._fetch is not fetch:
            store = CatalogStore(data_dir, fetch, problems=problems)
            _STORES[key] = store
        return store
