"""Open311 GeoReport v2 (QUEUE_AND_BACKENDS.md §2.1): street reports such as potholes.

The standard has no duplicate protection and no client reference field, so the connector writes
the kiosk's transaction marker ``[txn:<tx_id>]`` into ``description`` (always, within the 4000
character limit). An ambiguous POST (timeout after send, reset, garbage 2xx, 500/502/504) is
``UNKNOWN``; :meth:`Open311Connector.reconcile` then searches
``requests.json?service_code=…&start_date=<reported_at - 5 min>`` for the marker before any
resend. Real servers' deviations are tolerated: a 400 may mean "CRM is down" (retried a few
times), a bad ``api_key`` may come back as 400 instead of 403, a missing location as 500 (the
connector checks the location itself so that never reaches the server), JSON with numbers such
as ``001`` is parsed leniently.

Delivery payload (kind ``open311.request``)::

    {"service_code": "POTHOLE", "lat": 41.38, "long": 2.17 | "address_string": "..." |
     "address_id": "...", "description": "...", "attributes": {"SIZE": "large",
     "HAZARDS": ["water", "bikelane"]}, "reported_at": "2026-11-26T15:40:56Z",
     optional "email", "first_name", "last_name", "phone", "account_id", "device_id",
     "media_url", "jurisdiction_id", "photo": {"content_type": "image/jpeg",
     "data_base64": "..."}}

A ``photo`` is sent the way the site's server takes it (``media_mode``; docs/backends.md):
``"multipart"`` posts it as the ``media`` file part of a multipart/form-data POST (the GeoReport
media-upload extension of Helsinki, Bloomington, 6aika); ``"media_url"`` first uploads it to the
gateway's ``POST /media`` with ``Idempotency-Key: <tx_id>``
(:class:`~offline_queue.connectors.media.MediaUploader`) and posts the returned URL;
``"auto"`` uses what it learned, else tries multipart and falls back to ``media_url`` when the
server refuses multipart before creating anything. A report is never marked sent without the
photo the resident was told would be sent: an unusable photo, or no way to send it, is
``REJECTED`` with a precise key; a server seen to drop it is ``REVIEW``.

Reconciliation (:mod:`offline_queue.connectors.open311_listing`) walks every page of the
listing in a window taken from the *server's* clock (``Date`` headers) with a margin for
skew, and answers present / absent / cannot tell. "Absent" leads to a resend only on a server
whose listing was seen to show freshly acknowledged requests (learned after every
acknowledged POST, :mod:`offline_queue.connectors.open311_facts`); on a moderated server it is
``REVIEW`` (a person decides, never an automatic resend); before either is learned (a fresh
installation) it stays ``UNKNOWN`` until it is; "cannot tell", and "absent" still unlearned,
stay ``UNKNOWN`` for a bounded number of attempts, then ``REVIEW``. A server error whose body
says the request is invalid is ``REJECTED`` at once; a 500 repeating after reconciliation is
``REVIEW``.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import logging
import math
import re
import urllib.parse
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import httpx

from civic.street_reports import (
    AttributeValue,
    Open311Service,
    ServiceAttribute,
    ServiceRequestStatus,
)
from offline_queue.connectors.base import Delivery, Outcome, SendResult
from offline_queue.connectors.httpfaults import (
    classify_transport_error,
    http_client,
    parse_retry_after,
)
from offline_queue.connectors.languages import accept_language, content_language, language_tag
from offline_queue.connectors.media import CONTENT_TYPE, MediaUploader, photo_bytes
from offline_queue.connectors.open311_facts import FactsStore
from offline_queue.connectors.open311_listing import (
    MAX_PAGES,
    PAGE_SIZE,
    Presence,
    entries_of,
    find_marker,
    server_date,
    text_of,
)
from offline_queue.connectors.open311_listing import (
    lenient_json as lenient_json,
)

logger = logging.getLogger(__name__)

MAX_DESCRIPTION = 4000
SKEW_MARGIN = dt.timedelta(minutes=15)  # window margin when the server's clock is known
UNKNOWN_SKEW_MARGIN = dt.timedelta(hours=2)  # ... and when it is not (no Date header)
QUEUE_MAX_AGE = dt.timedelta(days=7)  # oldest a queued report can be (RetryPolicy.max_age)
MAX_WINDOW = dt.timedelta(days=89)  # servers refuse a start_date window over 90 days
MEDIA_MODES = ("auto", "multipart", "media_url")
TRANSIENT_CODES = ("408", "409", "425", "429")
# words of a GeoReport error description that say the request itself is wrong
_INVALID_WORDS = re.compile(
    r"\b(required|invalid|must be|not valid|missing|out of range|too long|not allowed|"
    r"unknown attribute|malformed)\b",
    re.IGNORECASE,
)
OPTIONAL_FIELDS = (
    "email",
    "first_name",
    "last_name",
    "phone",
    "account_id",
    "device_id",
    "media_url",
    "jurisdiction_id",
)


def marker(tx_id: object) -> str:
    return f"[txn:{tx_id}]"


def compose_description(description: str, tx_id: object, reported_at: str | None) -> str:
    """The user's text, the original report time and the marker, within 4000 characters."""
    suffix = "\n\n"
    if reported_at:
        suffix += f"Reported at kiosk {reported_at} "
    suffix += marker(tx_id)
    room = MAX_DESCRIPTION - len(suffix)
    return description[:room].rstrip() + suffix


def build_form(delivery: Delivery, api_key: str) -> list[tuple[str, str]] | str:
    """The form fields of a POST requests (an error key string if the payload is unusable)."""
    p = delivery.payload
    code = p.get("service_code")
    if not isinstance(code, str) or not code:
        return "open311.no_service_code"
    form: list[tuple[str, str]] = [("api_key", api_key), ("service_code", code)]
    if p.get("lat") is not None and p.get("long") is not None:
        form += [("lat", str(p["lat"])), ("long", str(p["long"]))]
    elif p.get("address_string"):
        form.append(("address_string", str(p["address_string"])))
    elif p.get("address_id"):
        form.append(("address_id", str(p["address_id"])))
    else:
        # Spec: 400; a measured real server: 500. Never send it: it is poison either way.
        return "open311.no_location"
    for name in OPTIONAL_FIELDS:
        if p.get(name):
            form.append((name, str(p[name])))
    text = str(p.get("description") or "")
    form.append(("description", compose_description(text, delivery.tx_id, p.get("reported_at"))))
    attributes = p.get("attributes") or {}
    if not isinstance(attributes, Mapping):
        return "open311.bad_attributes"
    for attr_code, value in attributes.items():
        if isinstance(value, list | tuple):
            form += [(f"attribute[{attr_code}][]", str(v)) for v in value]
        elif value is not None:
            form.append((f"attribute[{attr_code}]", str(value)))
    return form


class Open311Error(Exception):
    """A read call failed; ``key`` is a translation key."""

    def __init__(self, key: str, status: int | None = None) -> None:
        super().__init__(key if status is None else f"{key} (status={status})")
        self.key = key
        self.status = status


class Open311Unavailable(Open311Error):
    pass


class Open311NotFound(Open311Error):
    pass


class Open311BadResponse(Open311Error):
    pass


def _str(value: Any) -> str:
    return text_of(value)


def _opt(value: Any) -> str | None:
    text = text_of(value)
    return text or None


def _bool(value: Any) -> bool:
    return value is True or (isinstance(value, str) and value.lower() == "true")


def _order(value: Any) -> int:
    """An attribute's ``order``: an integer; anything else (``1e999``, "x", a list) is 0."""
    if isinstance(value, bool):
        return 0
    if isinstance(value, int):
        return max(-(10**6), min(value, 10**6))
    if isinstance(value, float) and math.isfinite(value):
        return max(-(10**6), min(int(value), 10**6))
    if isinstance(value, str) and re.fullmatch(r"-?\d{1,7}", value.strip()):
        return int(value.strip())
    return 0


def parse_attribute(a: Any) -> ServiceAttribute | None:
    """One attribute of a service definition; None (skipped) when its shape is wrong."""
    if not isinstance(a, dict) or not text_of(a.get("code")):
        return None
    raw_values = a.get("values")
    values = tuple(
        AttributeValue(text_of(v.get("key")), text_of(v.get("name")))
        for v in (raw_values if isinstance(raw_values, list) else [])
        if isinstance(v, dict) and text_of(v.get("key"))
    )
    return ServiceAttribute(
        code=text_of(a.get("code")),
        datatype=text_of(a.get("datatype")) or "string",
        required=_bool(a.get("required")),
        variable=a.get("variable") is None or _bool(a.get("variable")),
        order=_order(a.get("order")),
        description=text_of(a.get("description")),
        datatype_description=text_of(a.get("datatype_description")),
        values=values,
    )


def parse_service(s: Any) -> Open311Service | None:
    if not isinstance(s, dict) or not text_of(s.get("service_code")):
        return None
    kind = text_of(s.get("type"))
    return Open311Service(
        service_code=text_of(s.get("service_code")),
        service_name=text_of(s.get("service_name")),
        description=text_of(s.get("description")),
        metadata=_bool(s.get("metadata")),
        type=kind if kind in ("realtime", "batch", "blackbox") else "realtime",
        keywords=tuple(k.strip() for k in text_of(s.get("keywords")).split(",") if k.strip()),
        group=text_of(s.get("group")),
    )


def georeport_errors(body: Any) -> list[tuple[str, str]]:
    """``(code, description)`` of a GeoReport error body (``[{code, description}]``, or an
    object with ``errors``/``error``), as text; [] when the body is not one."""
    if isinstance(body, dict):
        body = body.get("errors", body.get("error", [body]))
    if isinstance(body, dict):
        body = [body]
    if not isinstance(body, list):
        return []
    out = []
    for e in body:
        if isinstance(e, dict) and ("code" in e or "description" in e):
            out.append((text_of(e.get("code")), text_of(e.get("description"))))
    return out


def says_invalid(errors: list[tuple[str, str]], *, by_code: bool) -> bool:
    """The error body says the request itself is wrong: validation wording, or (``by_code``,
    for a 5xx whose body carries its own code) a 4xx code. A 400's own code says nothing: the
    spec's "General Service Error (CRM is down)" is a 400 too."""
    for code, description in errors:
        if (
            by_code
            and code.isascii()
            and code.isdigit()
            and 400 <= int(code) < 500
            and code not in TRANSIENT_CODES
        ):
            return True
        if _INVALID_WORDS.search(description) and "crm" not in description.lower():
            return True
    return False


class Open311Client:
    """Read calls for the UI (categories and their attributes) plus the raw calls the connector
    uses. Thread-safe. Hostile bodies: a bad entry is skipped and logged, never a crash."""

    def __init__(
        self,
        base_url: str,
        *,
        jurisdiction_id: str | None = None,
        timeout: httpx.Timeout | None = None,
        client: httpx.Client | None = None,
    ) -> None:
        self.jurisdiction_id = jurisdiction_id
        self._client = client or http_client(
            base_url, timeout=timeout, headers={"Accept": "application/json"}
        )
        self._language: str | None = None
        self._shared = False

    @property
    def language(self) -> str | None:
        """The language categories and questions are asked in (None: the server's default)."""
        return self._language

    def in_language(self, language: str | None) -> Open311Client:
        """This client asking for ``language`` on ``services`` and ``services/{code}`` (the
        ``locale`` parameter and ``Accept-Language``); shares the connection pool (closing the
        view leaves it open). What the server answered in is kept on each value (``language``,
        from ``Content-Language``; None when it does not say)."""
        view = copy.copy(self)
        view._shared = True
        view._language = language_tag(language)
        return view

    @property
    def http(self) -> httpx.Client:
        return self._client

    def close(self) -> None:
        if not self._shared:
            self._client.close()

    def with_jurisdiction(self, extra: Mapping[str, Any] | None = None) -> dict[str, Any]:
        """Query parameters: ``extra`` without nulls, plus ``jurisdiction_id`` when set."""
        params = {k: v for k, v in (extra or {}).items() if v is not None}
        if self.jurisdiction_id:
            params["jurisdiction_id"] = self.jurisdiction_id
        return params

    def get_json(self, path: str, params: Mapping[str, Any] | None = None) -> Any:
        return self._fetch(path, params)[0]

    def _fetch(
        self, path: str, params: Mapping[str, Any] | None = None, *, localized: bool = False
    ) -> tuple[Any, str | None]:
        """The JSON body and its ``Content-Language``; ``localized`` asks for this client's
        language (``locale`` and ``Accept-Language``)."""
        query = self.with_jurisdiction(params)
        headers: dict[str, str] = {}
        if localized and self._language is not None:
            query["locale"] = self._language
            headers["Accept-Language"] = accept_language(self._language) or self._language
        try:
            response = self._client.get(path, params=query, headers=headers)
        except httpx.HTTPError as exc:
            raise Open311Unavailable("open311.unavailable") from exc
        if response.status_code == 404:
            raise Open311NotFound("open311.not_found", 404)
        if response.status_code >= 400:
            raise Open311Unavailable("open311.unavailable", response.status_code)
        body = lenient_json(response.content)
        if body is None:
            raise Open311BadResponse("open311.bad_response", response.status_code)
        return body, content_language(response)

    def services(self) -> tuple[Open311Service, ...]:
        """The report categories, in this client's language where the server has them."""
        body, language = self._fetch("/services.json", localized=True)
        if not isinstance(body, list):
            raise Open311BadResponse("open311.bad_response")
        out = [
            dataclasses.replace(s, language=language)
            for s in (parse_service(raw) for raw in body)
            if s is not None
        ]
        if len(out) != len(body):
            logger.warning("open311: %d malformed service entries skipped", len(body) - len(out))
        return tuple(out)

    def definition(self, service_code: str) -> tuple[ServiceAttribute, ...]:
        """A category's questions, in this client's language where the server has them."""
        path = f"/services/{urllib.parse.quote(service_code, safe='')}.json"
        body, language = self._fetch(path, localized=True)
        attrs = body.get("attributes") if isinstance(body, dict) else None
        if not isinstance(attrs, list):
            raise Open311BadResponse("open311.bad_response")
        out = [
            dataclasses.replace(a, language=language)
            for a in (parse_attribute(raw) for raw in attrs)
            if a is not None
        ]
        if len(out) != len(attrs):
            logger.warning(
                "open311: %d malformed attributes skipped in one definition", len(attrs) - len(out)
            )
        return tuple(sorted(out, key=lambda x: x.order))

    def request_status(self, service_request_id: str) -> ServiceRequestStatus:
        body = self.get_json(f"/requests/{urllib.parse.quote(service_request_id, safe='')}.json")
        entries = entries_of(body)
        if not entries:
            raise Open311BadResponse("open311.bad_response")
        r = entries[0]
        return ServiceRequestStatus(
            service_request_id=text_of(r.get("service_request_id")),
            status=text_of(r.get("status")),
            status_notes=_opt(r.get("status_notes")),
            service_code=_opt(r.get("service_code")),
            requested_datetime=_opt(r.get("requested_datetime")),
            updated_datetime=_opt(r.get("updated_datetime")),
            expected_datetime=_opt(r.get("expected_datetime")),
        )

    def token_to_id(self, token: str) -> str | None:
        body = self.get_json(f"/tokens/{urllib.parse.quote(token, safe='')}.json")
        for entry in entries_of(body) or []:
            if text_of(entry.get("service_request_id")):
                return text_of(entry["service_request_id"])
        return None


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _w3c(when: dt.datetime) -> str:
    return when.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class Open311Connector:
    """Delivers queued street reports; implements ``Connector`` and ``Probe``."""

    name = "open311"
    has_idempotency = False

    def __init__(
        self,
        base_url: str,
        api_key: str,
        *,
        jurisdiction_id: str | None = None,
        timeout: httpx.Timeout | None = None,
        client: httpx.Client | None = None,
        bad_request_retries: int = 3,
        blackbox_policy: str = "dead",
        media: MediaUploader | None = None,
        media_mode: str = "auto",
        state_path: Path | None = None,
        clock: Callable[[], dt.datetime] = _utc_now,
        search_param: str = "search",
        reconcile_limit: int = 10,
        server_error_limit: int = 6,
        page_size: int = PAGE_SIZE,
        max_pages: int = MAX_PAGES,
        unverified_listing: str = "wait",
    ) -> None:
        """``media`` uploads report photos to the gateway (``media_url`` mode); ``media_mode``
        is "multipart", "media_url" or "auto" (see the module). ``state_path``: where what
        was learned about the server is kept (None: memory only). ``clock``: the kiosk's wall
        clock (UTC). ``search_param``: the text-search extension tried first when reconciling
        ("" for none). ``bad_request_retries``: a generic 400 is retried this many attempts
        ("CRM is down") before it is dead. ``reconcile_limit``: attempts after which a
        reconcile that still cannot tell goes to review; ``server_error_limit``: attempts
        after which a POST answered 5xx again goes to review. ``blackbox_policy`` for an
        unknown outcome on a ``blackbox`` service, which cannot be reconciled: ``"dead"`` (a
        human decides), ``"accept"`` (assume it landed) or ``"resend"`` (accept a rare
        duplicate). ``unverified_listing``: what "absent" means before the connector has seen
        whether this server lists fresh requests (a new installation whose very first report
        is ambiguous): ``"wait"`` (the default) keeps it ``UNKNOWN``, re-reconciled later,
        until an acknowledged report teaches the connector whether the listing is
        authoritative (then "absent" resends) or hides new requests (then ``REVIEW``); still
        unlearned after ``reconcile_limit`` attempts it is parked for review, never resent.
        Waiting blocks no other report (street reports are unordered: docs/queue.md "Lane
        policy"). ``"trust"`` resends at once (a moderated server may then hold a duplicate
        until its moderator sees it)."""
        if unverified_listing not in ("trust", "wait"):
            raise ValueError("unverified_listing must be trust or wait")
        self.unverified_listing = unverified_listing
        if blackbox_policy not in ("dead", "accept", "resend"):
            raise ValueError("blackbox_policy must be dead, accept or resend")
        if media_mode not in MEDIA_MODES:
            raise ValueError("media_mode must be auto, multipart or media_url")
        self.client = Open311Client(
            base_url, jurisdiction_id=jurisdiction_id, timeout=timeout, client=client
        )
        self.api_key = api_key
        self.bad_request_retries = bad_request_retries
        self.blackbox_policy = blackbox_policy
        self.media = media
        self.media_mode = media_mode
        self.facts = FactsStore(state_path)
        self.clock = clock
        self.search_param = search_param
        self.reconcile_limit = reconcile_limit
        self.server_error_limit = server_error_limit
        self.page_size = page_size
        self.max_pages = max_pages
        self._service_types: dict[str, str] = {}

    def close(self) -> None:
        self.client.close()
        if self.media is not None:
            self.media.close()

    def probe(self) -> bool:
        try:
            response = self.client.http.get("/services.json", timeout=2.0)
        except httpx.HTTPError:
            return False
        self._observe(response)
        return True

    def _observe(self, response: httpx.Response) -> None:
        """Learn the server's clock from any answer's ``Date`` header."""
        when = server_date(response)
        if when is not None:
            self.facts.saw_skew((when - self.clock()).total_seconds())

    def _service_type(self, code: str) -> str | None:
        if code not in self._service_types:
            try:
                for s in self.client.services():
                    self._service_types[s.service_code] = s.type
            except Open311Error:
                return None
        return self._service_types.get(code)

    # --- send ------------------------------------------------------------------------------------

    def send(self, delivery: Delivery) -> SendResult:
        form = build_form(delivery, self.api_key)
        if isinstance(form, str):  # checked before any upload: poison is never half-sent
            return SendResult(Outcome.REJECTED, error_key=form)
        entry = delivery.payload.get("photo")
        if entry is None:
            return self._acked(self._post(form, delivery), delivery, None)
        jpeg = photo_bytes(entry)
        if isinstance(jpeg, str):
            # the resident was told a photo goes with the report: never send it without
            logger.warning("open311 report photo unusable: %s", jpeg)
            return SendResult(Outcome.REJECTED, error_key=jpeg)
        mode = self.media_mode
        if mode == "auto":
            mode = self.facts.get().media or "auto"
        if mode == "media_url":
            return self._send_with_media_url(form, jpeg, delivery)
        result = self._post(form, delivery, jpeg)
        if mode == "auto" and result.detail.get("status") in (400, 415):
            # refused as multipart, before anything was created: the other way
            logger.info("open311: multipart POST refused (HTTP %s)", result.detail["status"])
            fallback = self._send_with_media_url(form, jpeg, delivery)
            if fallback.outcome is Outcome.ACKED:
                self.facts.set_media("media_url")
            return fallback
        return self._acked(result, delivery, "multipart" if mode == "auto" else None)

    def _send_with_media_url(
        self, form: list[tuple[str, str]], jpeg: bytes, delivery: Delivery
    ) -> SendResult:
        """Upload the photo to the gateway (idempotent by tx id), then post its URL (and check
        the server kept it)."""
        if self.media is None:
            logger.warning("open311 report photo cannot be sent: no media uploader")
            return SendResult(Outcome.REJECTED, error_key="media.not_configured")
        uploaded = self.media.upload(delivery.tx_id, jpeg)
        if uploaded.outcome is Outcome.REJECTED:
            logger.warning("open311 report photo refused by the gateway: %s", uploaded.error_key)
            return SendResult(Outcome.REJECTED, error_key=uploaded.error_key or "media.rejected")
        if uploaded.outcome is not Outcome.ACKED:
            return uploaded  # retry/unknown: the whole transaction is tried again
        form = [(k, v) for k, v in form if k != "media_url"]
        form.append(("media_url", str(uploaded.remote_ref)))
        return self._acked(self._post(form, delivery), delivery, "media_url")

    def _post(
        self, form: list[tuple[str, str]], delivery: Delivery, jpeg: bytes | None = None
    ) -> SendResult:
        try:
            if jpeg is None:
                response = self.client.http.post(
                    "/requests.json",
                    content=urllib.parse.urlencode(form).encode("ascii"),
                    headers={"Content-Type": "application/x-www-form-urlencoded; charset=utf-8"},
                )
            else:
                data: dict[str, list[str]] = {}
                for key, value in form:
                    data.setdefault(key, []).append(value)
                response = self.client.http.post(
                    "/requests.json",
                    data=data,
                    files={"media": ("photo.jpg", jpeg, CONTENT_TYPE)},
                )
        except httpx.HTTPError as exc:
            result = classify_transport_error(exc, "open311")
            logger.info("open311 POST: %s", result.error_key)
            return result
        self._observe(response)
        result = self._classify(response, delivery)
        if result.outcome is not Outcome.ACKED:
            logger.info("open311 POST: HTTP %d → %s", response.status_code, result.outcome.value)
        return result

    def _acked(self, result: SendResult, delivery: Delivery, photo_via: str | None) -> SendResult:
        """After an acknowledged POST: learn whether the listing shows fresh requests (and,
        when ``photo_via`` is set, whether the server kept the photo sent that way)."""
        request_id = result.remote_ref
        if result.outcome is not Outcome.ACKED or not request_id or request_id.startswith("token:"):
            return result
        entry = self._listed(request_id)
        if entry is None:
            return result  # could not check (server unreachable): nothing learned
        visible = isinstance(entry, dict)
        self.facts.saw_visibility(visible)
        if isinstance(entry, dict) and marker(delivery.tx_id) not in text_of(
            entry.get("description")
        ):
            self.facts.saw_marker_lost()
        if visible and self.search_param and self.facts.get().search == "unknown":
            self._learn_search(delivery)
        if photo_via is None or not isinstance(entry, dict):
            return result
        if text_of(entry.get("media_url")):
            if self.media_mode == "auto" and self.facts.get().media != photo_via:
                self.facts.set_media(photo_via)
            return result
        # the server shows the request without the photo sent with it: it dropped it
        other = "media_url" if photo_via == "multipart" else "multipart"
        if self.media_mode == "auto":
            self.facts.set_media(other)
        logger.error("open311: the server dropped the photo sent as %s (%s)", photo_via, other)
        return SendResult(
            Outcome.REVIEW,
            error_key="open311.review_photo_dropped",
            remote_ref=request_id,
            detail={"media": photo_via},
        )

    def _listed(self, request_id: str) -> dict[str, Any] | bool | None:
        """The listing entry of ``request_id``; False when the listing does not show it;
        None when the check failed."""
        try:
            response = self.client.http.get(
                "/requests.json",
                params=self.client.with_jurisdiction({"service_request_id": request_id}),
            )
        except httpx.HTTPError:
            return None
        if response.status_code >= 400:
            return None
        entries = entries_of(lenient_json(response.content))
        if entries is None:
            return None
        for e in entries:
            if text_of(e.get("service_request_id")) == request_id:
                return e
        return False

    def _learn_search(self, delivery: Delivery) -> None:
        """Does the server's text search find a request by its marker, and only it? Learned
        once. A server that ignores ``search`` while ours is the only request of the category
        passes too; harmless: its empty answer then means an empty window."""
        params = {self.search_param: marker(delivery.tx_id)}
        code = delivery.payload.get("service_code")
        if isinstance(code, str):
            params["service_code"] = code
        try:
            response = self.client.http.get(
                "/requests.json", params=self.client.with_jurisdiction(params)
            )
        except httpx.HTTPError:
            return
        entries = entries_of(lenient_json(response.content)) if response.is_success else None
        if not entries:
            return  # an error or nothing: nothing learned
        needle = marker(delivery.tx_id)
        if all(needle in text_of(e.get("description")) for e in entries):
            self.facts.set_search("works")
        else:
            self.facts.set_search("ignored")  # other requests came back: not a filter

    def _classify(self, response: httpx.Response, delivery: Delivery) -> SendResult:
        status = response.status_code
        retry_after = parse_retry_after(response.headers.get("Retry-After"))
        body = lenient_json(response.content)
        if 200 <= status < 300:
            entries = entries_of(body) if isinstance(body, list | dict) else None
            entry = entries[0] if entries else body if isinstance(body, dict) else None
            if not isinstance(entry, dict):
                return SendResult(Outcome.UNKNOWN, error_key="open311.garbage_2xx")
            if text_of(entry.get("service_request_id")):
                return SendResult(Outcome.ACKED, remote_ref=text_of(entry["service_request_id"]))
            if text_of(entry.get("token")):
                token = text_of(entry["token"])
                try:
                    request_id = self.client.token_to_id(token)
                except Open311Error:
                    request_id = None
                return SendResult(
                    Outcome.ACKED,
                    remote_ref=request_id or f"token:{token}",
                    detail={"token": token},
                )
            if entry.get("service_request_id") is not None or entry.get("token") is not None:
                return SendResult(Outcome.UNKNOWN, error_key="open311.garbage_2xx")  # bad id
            # blackbox: accepted, nothing to track
            return SendResult(Outcome.ACKED, detail={"untracked": True})
        seen = {"status": status}
        errors = georeport_errors(body)
        text = response.content[:500].decode("utf-8", "replace").lower()
        if status == 403 or (status == 400 and ("api key" in text or "api_key" in text)):
            return SendResult(Outcome.REJECTED, error_key="open311.bad_api_key", detail=seen)
        if status == 400:
            if says_invalid(errors, by_code=False):
                return SendResult(
                    Outcome.REJECTED, error_key="open311.invalid_request", detail=seen
                )
            if delivery.attempt < self.bad_request_retries:
                return SendResult(
                    Outcome.RETRY,
                    error_key="open311.http_400",
                    retry_after=retry_after,
                    detail=seen,
                )
            return SendResult(Outcome.REJECTED, error_key="open311.http_400", detail=seen)
        if status == 404:
            return SendResult(Outcome.REJECTED, error_key="open311.not_found", detail=seen)
        if status in (408, 425, 429, 503):
            return SendResult(
                Outcome.RETRY,
                error_key=f"open311.http_{status}",
                retry_after=retry_after,
                detail=seen,
            )
        if 400 <= status < 500:
            return SendResult(Outcome.REJECTED, error_key=f"open311.http_{status}", detail=seen)
        if 300 <= status < 400:
            return SendResult(Outcome.RETRY, error_key=f"open311.redirect_{status}", detail=seen)
        if says_invalid(errors, by_code=True):
            # a server error whose GeoReport body says the request is invalid: refused before
            # anything was created, and it will be refused again
            return SendResult(
                Outcome.REJECTED, error_key="open311.invalid_request_server_error", detail=seen
            )
        if delivery.attempt >= self.server_error_limit:
            # reconciled absent and failed again, several times: maybe created, maybe not
            return SendResult(
                Outcome.REVIEW, error_key="open311.review_server_error_repeated", detail=seen
            )
        # 500/502/504...: a keyless back end may have created it.
        return SendResult(
            Outcome.UNKNOWN,
            error_key=f"open311.http_{status}",
            retry_after=retry_after,
            detail=seen,
        )

    # --- reconcile -------------------------------------------------------------------------------

    def window_start(self, reported_at: Any) -> str | None:
        """``start_date`` for the reconcile listing, in the server's clock: the report time
        shifted by the measured skew, minus a margin; None (the server's default window) when
        the report time is unusable."""
        skew_s = self.facts.get().skew_s
        now = self.clock()
        margin = SKEW_MARGIN if skew_s is not None else UNKNOWN_SKEW_MARGIN
        shift = dt.timedelta(seconds=skew_s or 0.0)
        server_now = now + shift
        if not isinstance(reported_at, str):
            return None
        try:
            when = dt.datetime.fromisoformat(reported_at.replace("Z", "+00:00"))
        except ValueError:
            logger.warning("open311 reconcile: unparseable reported_at, server's default window")
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=dt.UTC)
        start = when + shift - margin
        if start > server_now:
            # reported "in the future": the kiosk's clock was wrong then; anything queued since
            start = server_now - QUEUE_MAX_AGE
        return _w3c(max(start, server_now - MAX_WINDOW))

    def reconcile(self, delivery: Delivery) -> SendResult:
        """Find our marker: present → ACKED (its id); absent from an authoritative listing →
        RETRY; absent from a listing that hides fresh requests → REVIEW; cannot tell → UNKNOWN
        (REVIEW after ``reconcile_limit`` attempts)."""
        p = delivery.payload
        code = p.get("service_code")
        if not isinstance(code, str):
            return SendResult(Outcome.REJECTED, error_key="open311.no_service_code")
        if self._service_type(code) == "blackbox":
            if self.blackbox_policy == "accept":
                return SendResult(Outcome.ACKED, error_key="open311.blackbox_unconfirmed")
            if self.blackbox_policy == "resend":
                return SendResult(Outcome.RETRY, error_key="open311.blackbox_unconfirmed")
            return SendResult(Outcome.REJECTED, error_key="open311.blackbox_unconfirmed")
        if not self.probe():  # also reads the server's clock for the window
            return SendResult(
                Outcome.UNKNOWN, error_key="open311.reconcile_unavailable", reached=False
            )
        params: dict[str, Any] = self.client.with_jurisdiction({"service_code": code})
        start = self.window_start(p.get("reported_at"))
        if start is not None:
            params["start_date"] = start
        needle = marker(delivery.tx_id)
        searched, request_id = self._search(params, needle)
        if searched is Presence.PRESENT:
            return SendResult(Outcome.ACKED, remote_ref=request_id, detail={"reconciled": True})
        if searched is Presence.ABSENT:
            logger.info("open311 reconcile: absent (text search)")
            return self._absent(delivery)
        found = find_marker(
            self.client.http,
            params,
            needle,
            page_size=self.page_size,
            max_pages=self.max_pages,
            on_response=self._observe,
        )
        logger.info(
            "open311 reconcile: %s after %d page(s), %d request(s) (%s)",
            found.presence.value,
            found.pages,
            found.seen,
            found.reason,
        )
        if found.presence is Presence.PRESENT:
            return SendResult(
                Outcome.ACKED, remote_ref=found.request_id, detail={"reconciled": True}
            )
        if found.presence is Presence.CANNOT_TELL:
            if not found.reached:
                return SendResult(Outcome.UNKNOWN, error_key=found.reason, reached=False)
            return self._undecided(delivery, found.reason, "open311.review_listing_incomplete")
        return self._absent(delivery)

    def _search(self, params: Mapping[str, Any], needle: str) -> tuple[Presence, str | None]:
        """The text-search shortcut: PRESENT (with the id) when it finds the marker, ABSENT
        when a search known to work finds nothing, else CANNOT_TELL (walk the listing)."""
        undecided: tuple[Presence, str | None] = (Presence.CANNOT_TELL, None)
        if not self.search_param:
            return undecided
        try:
            response = self.client.http.get(
                "/requests.json", params={**params, self.search_param: needle}
            )
        except httpx.HTTPError:
            return undecided
        entries = entries_of(lenient_json(response.content)) if response.is_success else None
        if entries is None:
            return undecided
        for e in entries:
            if needle in text_of(e.get("description")):
                return Presence.PRESENT, text_of(e.get("service_request_id")) or None
        if not entries and self.facts.get().search == "works":
            return Presence.ABSENT, None
        return undecided

    def _absent(self, delivery: Delivery) -> SendResult:
        facts = self.facts.get()
        if facts.marker_lost:
            # the server cuts or rewrites descriptions: our marker may be gone from a request
            # that is there
            return SendResult(Outcome.REVIEW, error_key="open311.review_marker_not_listed")
        listing = facts.listing
        if listing == "authoritative":
            return SendResult(Outcome.RETRY, error_key="open311.reconciled_absent")
        if listing == "hides_new":
            # a moderated server: "not listed" is not "not there", and a resend could duplicate
            return SendResult(Outcome.REVIEW, error_key="open311.review_moderated_listing")
        if self.unverified_listing == "trust":
            logger.warning("open311: absent from a listing not yet verified: resending")
            return SendResult(Outcome.RETRY, error_key="open311.reconciled_absent_unverified")
        return self._undecided(
            delivery, "open311.reconcile_listing_unverified", "open311.review_listing_unverified"
        )

    def _undecided(self, delivery: Delivery, key: str, review_key: str) -> SendResult:
        if delivery.attempt >= self.reconcile_limit:
            return SendResult(Outcome.REVIEW, error_key=review_key)
        return SendResult(Outcome.UNKNOWN, error_key=key)
