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

A ``photo`` makes the transaction two idempotent steps (QUEUE_AND_BACKENDS.md §2.1: GeoReport v2
has no upload): the JPEG goes to the gateway's ``POST /media`` with ``Idempotency-Key: <tx_id>``
(:class:`~offline_queue.connectors.media.MediaUploader`), then the request is posted with the
returned ``media_url``. A retry of the transaction re-runs the upload, which the gateway replays
(same URL, nothing stored twice), and an unknown outcome of either step is reconciled by the
marker search before any new POST. A photo the gateway refuses for good (too large, not a JPEG)
does not sink the report: it is posted without ``media_url`` (``detail["media"] = <key>``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging
import re
import urllib.parse
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import httpx

from offline_queue.connectors.base import Delivery, Outcome, SendResult
from offline_queue.connectors.httpfaults import (
    classify_transport_error,
    http_client,
    parse_retry_after,
    reachable,
)
from offline_queue.connectors.media import MediaUploader, photo_bytes

logger = logging.getLogger(__name__)

MAX_DESCRIPTION = 4000
RECONCILE_WINDOW_BEFORE = dt.timedelta(minutes=5)
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
_LEADING_ZERO_NUMBER = re.compile(r"(:\s*)(0\d+)(\s*[,}\]])")


def marker(tx_id: object) -> str:
    return f"[txn:{tx_id}]"


def lenient_json(content: bytes) -> Any | None:
    """JSON, tolerating the spec's own ``"service_code":001`` (numbers with leading zeros)."""
    try:
        text = content.decode("utf-8")
    except UnicodeDecodeError:
        return None
    for candidate in (text, _LEADING_ZERO_NUMBER.sub(r'\1"\2"\3', text)):
        try:
            return json.loads(candidate)
        except ValueError:
            continue
    return None


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


@dataclass(frozen=True)
class Open311Service:
    service_code: str
    service_name: str
    description: str
    metadata: bool
    type: str  # realtime | batch | blackbox
    keywords: tuple[str, ...]
    group: str


@dataclass(frozen=True)
class AttributeValue:
    key: str
    name: str


@dataclass(frozen=True)
class ServiceAttribute:
    code: str
    datatype: str
    required: bool
    variable: bool
    order: int
    description: str
    datatype_description: str
    values: tuple[AttributeValue, ...]


@dataclass(frozen=True)
class ServiceRequestStatus:
    service_request_id: str
    status: str
    status_notes: str | None
    service_code: str | None
    requested_datetime: str | None
    updated_datetime: str | None
    expected_datetime: str | None


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
    return "" if value is None else str(value)


def _bool(value: Any) -> bool:
    return value is True or (isinstance(value, str) and value.lower() == "true")


class Open311Client:
    """Read calls for the UI (categories and their attributes) plus the raw calls the connector
    uses. Thread-safe."""

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

    @property
    def http(self) -> httpx.Client:
        return self._client

    def close(self) -> None:
        self._client.close()

    def _params(self, extra: Mapping[str, Any] | None = None) -> dict[str, Any]:
        params = {k: v for k, v in (extra or {}).items() if v is not None}
        if self.jurisdiction_id:
            params["jurisdiction_id"] = self.jurisdiction_id
        return params

    def get_json(self, path: str, params: Mapping[str, Any] | None = None) -> Any:
        try:
            response = self._client.get(path, params=self._params(params))
        except httpx.HTTPError as exc:
            raise Open311Unavailable("open311.unavailable") from exc
        if response.status_code == 404:
            raise Open311NotFound("open311.not_found", 404)
        if response.status_code >= 400:
            raise Open311Unavailable("open311.unavailable", response.status_code)
        body = lenient_json(response.content)
        if body is None:
            raise Open311BadResponse("open311.bad_response", response.status_code)
        return body

    def services(self) -> tuple[Open311Service, ...]:
        body = self.get_json("/services.json")
        if not isinstance(body, list):
            raise Open311BadResponse("open311.bad_response")
        out = []
        for s in body:
            if not isinstance(s, dict) or not s.get("service_code"):
                logger.warning("open311 service entry skipped: malformed")
                continue
            out.append(
                Open311Service(
                    service_code=_str(s.get("service_code")),
                    service_name=_str(s.get("service_name")),
                    description=_str(s.get("description")),
                    metadata=_bool(s.get("metadata")),
                    type=_str(s.get("type")) or "realtime",
                    keywords=tuple(
                        k.strip() for k in _str(s.get("keywords")).split(",") if k.strip()
                    ),
                    group=_str(s.get("group")),
                )
            )
        return tuple(out)

    def definition(self, service_code: str) -> tuple[ServiceAttribute, ...]:
        body = self.get_json(f"/services/{service_code}.json")
        attrs = body.get("attributes") if isinstance(body, dict) else None
        if not isinstance(attrs, list):
            raise Open311BadResponse("open311.bad_response")
        out = []
        for a in attrs:
            if not isinstance(a, dict) or not a.get("code"):
                continue
            values = tuple(
                AttributeValue(_str(v.get("key")), _str(v.get("name")))
                for v in (a.get("values") or [])
                if isinstance(v, dict)
            )
            try:
                order = int(a.get("order") or 0)
            except (TypeError, ValueError):
                order = 0
            out.append(
                ServiceAttribute(
                    code=_str(a.get("code")),
                    datatype=_str(a.get("datatype")) or "string",
                    required=_bool(a.get("required")),
                    variable=a.get("variable") is None or _bool(a.get("variable")),
                    order=order,
                    description=_str(a.get("description")),
                    datatype_description=_str(a.get("datatype_description")),
                    values=values,
                )
            )
        return tuple(sorted(out, key=lambda x: x.order))

    def request_status(self, service_request_id: str) -> ServiceRequestStatus:
        body = self.get_json(f"/requests/{service_request_id}.json")
        if not isinstance(body, list) or not body or not isinstance(body[0], dict):
            raise Open311BadResponse("open311.bad_response")
        r = body[0]
        return ServiceRequestStatus(
            service_request_id=_str(r.get("service_request_id")),
            status=_str(r.get("status")),
            status_notes=r.get("status_notes"),
            service_code=r.get("service_code"),
            requested_datetime=r.get("requested_datetime"),
            updated_datetime=r.get("updated_datetime"),
            expected_datetime=r.get("expected_datetime"),
        )

    def token_to_id(self, token: str) -> str | None:
        body = self.get_json(f"/tokens/{token}.json")
        if isinstance(body, list):
            for entry in body:
                if isinstance(entry, dict) and entry.get("service_request_id"):
                    return _str(entry["service_request_id"])
        return None


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
    ) -> None:
        """``media`` uploads report photos (the gateway's media endpoint); without it a photo
        cannot be sent and the report is posted without one. ``bad_request_retries``: a 400 is
        retried this many attempts ("CRM is down") before it is dead. ``blackbox_policy`` for
        an unknown outcome on a ``blackbox`` service, which cannot be reconciled: ``"dead"``
        (a human decides), ``"accept"`` (assume it landed) or ``"resend"`` (accept a rare
        duplicate)."""
        if blackbox_policy not in ("dead", "accept", "resend"):
            raise ValueError("blackbox_policy must be dead, accept or resend")
        self.client = Open311Client(
            base_url, jurisdiction_id=jurisdiction_id, timeout=timeout, client=client
        )
        self.api_key = api_key
        self.bad_request_retries = bad_request_retries
        self.blackbox_policy = blackbox_policy
        self.media = media
        self._service_types: dict[str, str] = {}

    def close(self) -> None:
        self.client.close()
        if self.media is not None:
            self.media.close()

    def probe(self) -> bool:
        return reachable(self.client.http, "/services.json")

    def _service_type(self, code: str) -> str | None:
        if code not in self._service_types:
            try:
                for s in self.client.services():
                    self._service_types[s.service_code] = s.type
            except Open311Error:
                return None
        return self._service_types.get(code)

    # --- send ------------------------------------------------------------------------------------

    def _with_media(self, delivery: Delivery) -> tuple[Delivery, str] | SendResult:
        """Upload the payload's photo (idempotent by tx id): the delivery to post, with its
        ``media_url``, and a note key ("" when fine); or the upload's non-final result."""
        payload = dict(delivery.payload)
        entry = payload.pop("photo", None)
        note = ""
        if entry is not None:
            jpeg = photo_bytes(entry)
            if isinstance(jpeg, str):
                note = jpeg
            elif self.media is None:
                note = "media.not_configured"
            else:
                uploaded = self.media.upload(delivery.tx_id, jpeg)
                if uploaded.outcome is Outcome.ACKED:
                    payload["media_url"] = uploaded.remote_ref
                elif uploaded.outcome is Outcome.REJECTED:
                    note = uploaded.error_key or "media.rejected"
                else:
                    return uploaded  # retry/unknown: the whole transaction is tried again
            if note:
                logger.warning("open311 report photo not attached: %s", note)
        return dataclasses.replace(delivery, payload=payload), note

    def send(self, delivery: Delivery) -> SendResult:
        form = build_form(delivery, self.api_key)
        if isinstance(form, str):  # checked before any upload: poison is never half-sent
            return SendResult(Outcome.REJECTED, error_key=form)
        note = ""
        if "photo" in delivery.payload:
            prepared = self._with_media(delivery)
            if isinstance(prepared, SendResult):
                return prepared
            delivery, note = prepared
            form = build_form(delivery, self.api_key)
            if isinstance(form, str):
                return SendResult(Outcome.REJECTED, error_key=form)
        try:
            response = self.client.http.post(
                "/requests.json",
                content=urllib.parse.urlencode(form).encode("ascii"),
                headers={"Content-Type": "application/x-www-form-urlencoded; charset=utf-8"},
            )
        except httpx.HTTPError as exc:
            result = classify_transport_error(exc, "open311")
            logger.info("open311 POST: %s", result.error_key)
            return result
        result = self._classify(response, delivery)
        if result.outcome is not Outcome.ACKED:
            logger.info("open311 POST: HTTP %d → %s", response.status_code, result.outcome.value)
        elif note:
            result = dataclasses.replace(result, detail={**result.detail, "media": note})
        return result

    def _classify(self, response: httpx.Response, delivery: Delivery) -> SendResult:
        status = response.status_code
        retry_after = parse_retry_after(response.headers.get("Retry-After"))
        body = lenient_json(response.content)
        if 200 <= status < 300:
            entry = body[0] if isinstance(body, list) and body else body
            if not isinstance(entry, dict):
                return SendResult(Outcome.UNKNOWN, error_key="open311.garbage_2xx")
            if entry.get("service_request_id"):
                return SendResult(Outcome.ACKED, remote_ref=_str(entry["service_request_id"]))
            if entry.get("token"):
                token = _str(entry["token"])
                try:
                    request_id = self.client.token_to_id(token)
                except Open311Error:
                    request_id = None
                return SendResult(
                    Outcome.ACKED,
                    remote_ref=request_id or f"token:{token}",
                    detail={"token": token},
                )
            # blackbox: accepted, nothing to track
            return SendResult(Outcome.ACKED, detail={"untracked": True})
        text = json.dumps(body).lower() if body is not None else response.text[:200].lower()
        if status == 403 or (status == 400 and ("api key" in text or "api_key" in text)):
            return SendResult(Outcome.REJECTED, error_key="open311.bad_api_key")
        if status == 400:
            if delivery.attempt < self.bad_request_retries:
                return SendResult(
                    Outcome.RETRY, error_key="open311.http_400", retry_after=retry_after
                )
            return SendResult(Outcome.REJECTED, error_key="open311.http_400")
        if status == 404:
            return SendResult(Outcome.REJECTED, error_key="open311.not_found")
        if status in (408, 425, 429, 503):
            return SendResult(
                Outcome.RETRY, error_key=f"open311.http_{status}", retry_after=retry_after
            )
        if 400 <= status < 500:
            return SendResult(Outcome.REJECTED, error_key=f"open311.http_{status}")
        if 300 <= status < 400:
            return SendResult(Outcome.RETRY, error_key=f"open311.redirect_{status}")
        # 500/502/504...: a keyless back end may have created it.
        return SendResult(
            Outcome.UNKNOWN, error_key=f"open311.http_{status}", retry_after=retry_after
        )

    # --- reconcile -------------------------------------------------------------------------------

    def reconcile(self, delivery: Delivery) -> SendResult:
        """Search for our marker: found → ACKED (its id); provably absent → RETRY."""
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
        params: dict[str, Any] = {"service_code": code}
        reported = p.get("reported_at")
        if isinstance(reported, str):
            try:
                when = dt.datetime.fromisoformat(reported.replace("Z", "+00:00"))
                if when.tzinfo is None:
                    when = when.replace(tzinfo=dt.UTC)
                start = (when - RECONCILE_WINDOW_BEFORE).astimezone(dt.UTC)
                params["start_date"] = start.strftime("%Y-%m-%dT%H:%M:%SZ")
            except ValueError:
                logger.warning("open311 reconcile: unparseable reported_at, searching 90 days")
        try:
            body = self.client.get_json("/requests.json", params)
        except Open311Unavailable as exc:
            connect = isinstance(exc.__cause__, httpx.ConnectError | httpx.ConnectTimeout)
            return SendResult(
                Outcome.UNKNOWN, error_key="open311.reconcile_unavailable", reached=not connect
            )
        except Open311Error as exc:
            return SendResult(Outcome.UNKNOWN, error_key=exc.key)
        if not isinstance(body, list):
            return SendResult(Outcome.UNKNOWN, error_key="open311.reconcile_bad_response")
        needle = marker(delivery.tx_id)
        for entry in body:
            if isinstance(entry, dict) and needle in _str(entry.get("description")):
                return SendResult(
                    Outcome.ACKED,
                    remote_ref=_str(entry.get("service_request_id")) or None,
                    detail={"reconciled": True},
                )
        if len(body) >= 1000:
            # The default page cap: our request may be beyond it. Cannot tell.
            return SendResult(Outcome.UNKNOWN, error_key="open311.reconcile_truncated")
        return SendResult(Outcome.RETRY, error_key="open311.reconciled_absent")
