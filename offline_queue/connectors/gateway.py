"""The eCitizen gateway (REST/JSON, ``docs/api/gateway.openapi.yaml``) over httpx.

Two classes:

* :class:`GatewayConnector` delivers queued transactions. Every mutating call carries
  ``Idempotency-Key: <tx_id>`` and the same canonical body bytes on every attempt, so an ambiguous
  attempt is safely resent (the gateway replays the stored response); ``reconcile`` is that resend.
* :class:`GatewayClient` makes the read-only calls the UI needs (catalog, bills, slots, petitions,
  consultations, projects, notices, profile...) and returns the immutable values of the civic
  vocabulary (:mod:`civic`; parsed here, strictly) or raises a typed :class:`GatewayError` with
  a translation ``key``.

Delivery payloads: ``{"params": {path params}, "body": {...}, "resident_id": "RES-0001",
"staff_id": optional}``; the ``kind`` picks the route from :data:`ROUTES`.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import logging
import math
import re
import time
import types
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar
from urllib.parse import quote

import httpx

from civic.appointments import Appointment, Slot
from civic.bills import Bill
from civic.catalog import Catalog, CatalogService
from civic.elections import Election, ElectionInfo, PollingStation, Registration
from civic.forms import FIELD_TYPES, FieldChoice, FieldValidation, FormField
from civic.money import Money
from civic.notices import Notice
from civic.participation import Choice, Consultation, Petition, Question
from civic.permits import Application, Licence
from civic.projects import Milestone, Project
from civic.residents import Consents, DataCategory, Profile
from civic.text import LocalizedText
from offline_queue.connectors.base import Delivery, Outcome, SendResult
from offline_queue.connectors.httpfaults import (
    classify_transport_error,
    http_client,
    json_or_none,
    parse_retry_after,
    reachable,
)
from offline_queue.connectors.languages import accept_language, content_language, language_tag

logger = logging.getLogger(__name__)

RESIDENT_HEADER = "X-Resident-Id"
STAFF_HEADER = "X-Staff-Id"


@dataclass(frozen=True)
class GatewayRoute:
    method: str
    path: str  # with {param} placeholders filled from payload["params"]
    ref_field: str | None  # response field that identifies the created effect
    personal_response: bool = False  # personal/special-category response: keep it out of detail


ROUTES: dict[str, GatewayRoute] = {
    "bill.payment": GatewayRoute("POST", "/bills/{bill_id}/payments", "payment_id"),
    "bill.slip": GatewayRoute("POST", "/bills/{bill_id}/slips", "slip_id"),
    "appointment.book": GatewayRoute("POST", "/appointments", "appointment_id"),
    "appointment.cancel": GatewayRoute(
        "POST", "/appointments/{appointment_id}/cancel", "appointment_id"
    ),
    "permit.apply": GatewayRoute("POST", "/permits/applications", "application_id"),
    "licence.renew": GatewayRoute("POST", "/licences/{licence_id}/renewals", "application_id"),
    # political opinions (special category): no pseudonym or answers kept in the queue's results
    "petition.sign": GatewayRoute("POST", "/petitions/{petition_id}/signatures", None, True),
    "consultation.submit": GatewayRoute(
        "POST", "/consultations/{consultation_id}/responses", "response_id", True
    ),
    "profile.update": GatewayRoute("PUT", "/residents/me", "resident_id", True),
    "consents.update": GatewayRoute("PUT", "/residents/me/consents", None, True),
    "data_copy.request": GatewayRoute("POST", "/residents/me/data-requests", "request_id"),
    # GDPR Art. 16/17: the correction is personal; the receipts name no data
    "data.correction_request": GatewayRoute("POST", "/residents/me/corrections", "request_id"),
    "data.erasure_request": GatewayRoute("POST", "/residents/me/erasures", "request_id"),
    "notice.read": GatewayRoute("POST", "/notices/{notice_id}/read", "notice_id", True),
    "statistics.upload": GatewayRoute("POST", "/statistics", "batch_id"),
    # an anonymous free-text comment: nothing of it is kept in the queue's results
    "feedback.comment": GatewayRoute("POST", "/feedback", "feedback_id", True),
    # SEC-16: the audit log's signed head; the acknowledged "SEQ:HASH" becomes remote_ref
    "audit.checkpoint": GatewayRoute("POST", "/audit/checkpoints", "checkpoint"),
}

# 409 codes that mean "the effect the resident wanted already exists": done, not an error.
ALREADY_DONE_CONFLICTS = frozenset({"already_signed", "already_submitted"})
# 409 codes that are final business refusals: dead-letter for a human, the resident is told.
FINAL_CONFLICTS = frozenset(
    {
        "bill_already_paid",
        "slot_taken",
        "amount_mismatch",
        "closed",
        "renewal_pending",
        "audit_discontinuous",  # SEC-16: the city saw the audit log cut or rewritten
    }
)


def _seg(value: str) -> str:
    """One URL path segment (ids come from QR codes and the back end: never trust them)."""
    return quote(value, safe="")


def canonical_body(body: Mapping[str, Any] | None) -> bytes:
    """The exact bytes sent on every attempt (the gateway compares them under one key)."""
    if body is None:
        return b""
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


_PROBLEM_CODE = re.compile(r"[a-z0-9_]{1,64}")


def _problem_code(response: httpx.Response) -> str:
    """The problem ``code`` of an error body; "" when absent or not a plain code (it becomes
    part of an error key, shown in diagnostics: never arbitrary back-end text)."""
    body = json_or_none(response)
    code = body.get("code") if isinstance(body, dict) else None
    if isinstance(code, str) and _PROBLEM_CODE.fullmatch(code):
        return code
    return ""


def classify_response(response: httpx.Response, route: GatewayRoute | None) -> SendResult:
    """Classify a gateway answer to a mutating call (design notes §4.6)."""
    status = response.status_code
    retry_after = parse_retry_after(response.headers.get("Retry-After"))
    if 200 <= status < 300:
        body = json_or_none(response)
        if not isinstance(body, dict):
            return SendResult(Outcome.UNKNOWN, error_key="gateway.garbage_2xx")
        ref = None
        if route is not None and route.ref_field is not None:
            value = body.get(route.ref_field)
            plain = isinstance(value, str | int) and not isinstance(value, bool)
            ref = str(value)[:200] if plain else None
        detail: dict[str, Any] = {"status": status}
        if response.headers.get("Idempotent-Replayed") == "true":
            detail["replayed"] = True
        if route is None or not route.personal_response:
            detail["response"] = body
        return SendResult(Outcome.ACKED, remote_ref=ref, detail=detail)
    code = _problem_code(response)
    key = f"gateway.{code}" if code else f"gateway.http_{status}"
    if status == 409:
        if code in ALREADY_DONE_CONFLICTS:
            return SendResult(Outcome.ACKED, error_key=key, detail={"conflict": code})
        if code in FINAL_CONFLICTS:
            return SendResult(Outcome.REJECTED, error_key=key)
        return SendResult(Outcome.RETRY, error_key=key, retry_after=retry_after)
    if status in (408, 425, 429, 503):
        return SendResult(Outcome.RETRY, error_key=key, retry_after=retry_after)
    if 300 <= status < 400:
        return SendResult(Outcome.RETRY, error_key=f"gateway.redirect_{status}")
    if 400 <= status < 500:
        # 400 validation, 401/403 credentials, 402 declined, 404 unknown, 422 key mismatch (a bug)
        return SendResult(Outcome.REJECTED, error_key=key, detail={"status": status})
    # 500/502/504 and other 5xx: may have been applied; a resend with the same key is safe.
    return SendResult(Outcome.UNKNOWN, error_key=key, retry_after=retry_after)


def send_classified(
    client: httpx.Client,
    request: httpx.Request,
    route: GatewayRoute,
    what: str,
    log: logging.Logger,
) -> SendResult:
    """Send one mutating gateway call and classify its answer (or the transport fault); an
    outcome other than ACKED is logged on ``log`` as ``what`` (never the payload)."""
    try:
        response = client.send(request)
    except httpx.HTTPError as exc:
        result = classify_transport_error(exc, "gateway")
        log.info("%s: %s", what, result.error_key)
        return result
    result = classify_response(response, route)
    if result.outcome is not Outcome.ACKED:
        log.info("%s: HTTP %d → %s", what, response.status_code, result.outcome.value)
    return result


class GatewayHttp:
    """One thread-safe ``httpx.Client`` to the gateway (or ``client``), shared by the
    connector, the media uploader and the read-only client."""

    def __init__(
        self,
        base_url: str,
        *,
        timeout: httpx.Timeout | None = None,
        client: httpx.Client | None = None,
        verify: Any = True,
        cert: Any = None,
    ) -> None:
        self._client = client or http_client(base_url, timeout=timeout, verify=verify, cert=cert)
        self._shared = False  # a language view (GatewayClient.in_language) shares the client

    def probe(self) -> bool:
        """The gateway answers at all (any HTTP status of ``/health``)."""
        return reachable(self._client, "/health")

    def close(self) -> None:
        if not self._shared:
            self._client.close()


class GatewayConnector(GatewayHttp):
    """Delivers queued transactions to the gateway; implements ``Connector`` and ``Probe``."""

    name = "gateway"
    has_idempotency = True

    def _request(self, delivery: Delivery) -> tuple[GatewayRoute, httpx.Request] | SendResult:
        route = ROUTES.get(delivery.kind)
        if route is None:
            return SendResult(Outcome.REJECTED, error_key="gateway.unknown_kind")
        payload = delivery.payload
        params = payload.get("params") or {}
        try:
            path = route.path.format(**{k: quote(str(v), safe="") for k, v in params.items()})
        except KeyError:
            return SendResult(Outcome.REJECTED, error_key="gateway.bad_payload")
        headers = {
            "Idempotency-Key": str(delivery.tx_id),
            "Content-Type": "application/json",
        }
        if payload.get("resident_id"):
            headers[RESIDENT_HEADER] = str(payload["resident_id"])
        if payload.get("staff_id"):
            headers[STAFF_HEADER] = str(payload["staff_id"])
        body = payload.get("body")
        request = self._client.build_request(
            route.method, path, content=canonical_body(body), headers=headers
        )
        return route, request

    def send(self, delivery: Delivery) -> SendResult:
        built = self._request(delivery)
        if isinstance(built, SendResult):
            return built
        route, request = built
        return send_classified(self._client, request, route, f"gateway {delivery.kind}", logger)

    def reconcile(self, delivery: Delivery) -> SendResult:
        """Resend with the same key: the gateway replays the first result or applies it once.

        The contract keeps keys for at least 8 days; the outbox's ``not_after`` for gateway items
        must stay inside that window (a later resend could apply twice).
        """
        return self.send(delivery)


# --- typed read-only client ----------------------------------------------------------------------


class GatewayError(Exception):
    """An environmental failure of a read call; ``key`` is a translation key for the UI."""

    def __init__(self, key: str, status: int | None = None, code: str = "") -> None:
        super().__init__(f"{key} (status={status}, code={code})" if status else key)
        self.key = key
        self.status = status
        self.code = code


class GatewayUnavailable(GatewayError):
    """Network down, timeout, 5xx or 429: try later / show the offline state."""


class GatewayNotFound(GatewayError):
    """404: no such bill, petition, ..."""


class GatewayAuthError(GatewayError):
    """401/403: the resident or kiosk is not recognised."""


class GatewayRejected(GatewayError):
    """Another 4xx (e.g. a bad query); ``code`` is the problem code."""


class GatewayBadResponse(GatewayError):
    """The gateway answered 2xx with a body that does not match the contract."""


MAX_PATTERN_CHARS = 500  # a form field's validation regex from the catalog


class _Malformed(ValueError):
    pass


@dataclass(frozen=True)
class ServerTime:
    server: dt.datetime
    skew_s: float  # server minus local clock (midpoint of the round trip)
    round_trip_s: float


# --- parsing helpers ----------------------------------------------------------------------------

T = TypeVar("T")


def _get(d: Any, key: str, kind: type[T] | tuple[type, ...]) -> T:
    if not isinstance(d, dict) or key not in d or not isinstance(d[key], kind):
        raise _Malformed(key)
    if kind is int and isinstance(d[key], bool):
        raise _Malformed(key)
    return d[key]  # type: ignore[no-any-return]


def _opt(d: Any, key: str, kind: type[T] | tuple[type, ...]) -> T | None:
    if not isinstance(d, dict) or d.get(key) is None:
        return None
    return _get(d, key, kind)


def _text(value: Any) -> LocalizedText:
    if (
        not isinstance(value, dict)
        or not isinstance(value.get("en"), str)
        or not all(isinstance(v, str) for v in value.values())
    ):
        raise _Malformed("localized text")
    return LocalizedText(types.MappingProxyType(dict(value)))


def _opt_text(d: Any, key: str) -> LocalizedText | None:
    return None if not isinstance(d, dict) or d.get(key) is None else _text(d[key])


def _dt(value: Any) -> dt.datetime:
    if not isinstance(value, str):
        raise _Malformed("datetime")
    try:
        parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as exc:
        raise _Malformed("datetime") from exc
    if parsed.tzinfo is None:
        raise _Malformed("datetime without zone")
    return parsed


def _date(value: Any) -> dt.date:
    if not isinstance(value, str):
        raise _Malformed("date")
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise _Malformed("date") from exc


def _number(value: Any, what: str, low: float = -math.inf, high: float = math.inf) -> float:
    """A JSON number (not a bool) that is finite and within [low, high]: ``1e400`` parses as
    infinity and must not reach a map or a form rule."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _Malformed(what)
    try:
        number = float(value)
    except OverflowError as exc:  # an integer with hundreds of digits
        raise _Malformed(what) from exc
    if not (math.isfinite(number) and low <= number <= high):
        raise _Malformed(what)
    return number


def _strings(d: Any, key: str) -> tuple[str, ...]:
    """A list of strings (eligibility, languages)."""
    items = _get(d, key, list)
    if not all(isinstance(item, str) for item in items):
        raise _Malformed(key)
    return tuple(items)


def _money_of(amount_minor: int, currency: str) -> Money:
    try:
        return Money(amount_minor, currency)
    except ValueError as exc:  # not an ISO 4217 code
        raise _Malformed("currency") from exc


def _money(value: Any) -> Money:
    return _money_of(_get(value, "amount_minor", int), _get(value, "currency", str))


def _field(value: Any) -> FormField:
    rules = _opt(value, "validation", dict) or {}

    def num(key: str) -> float | None:
        v = rules.get(key)
        if v is None:
            return None
        return _number(v, key)

    def count(key: str) -> int | None:
        v = rules.get(key)
        if v is None:
            return None
        if isinstance(v, bool) or not isinstance(v, int):
            raise _Malformed(key)
        return int(v)

    pattern = rules.get("pattern")
    if pattern is not None:
        if not isinstance(pattern, str) or len(pattern) > MAX_PATTERN_CHARS:
            raise _Malformed("pattern")
        try:
            re.compile(pattern)
        except (re.error, RecursionError, OverflowError) as exc:
            raise _Malformed("pattern") from exc
    ftype = _get(value, "type", str)
    if ftype not in FIELD_TYPES:
        raise _Malformed("field type")
    choices = tuple(
        FieldChoice(_get(c, "value", str), _text(_get(c, "label", dict)))
        for c in (_opt(value, "choices", list) or [])
    )
    if ftype == "choice" and not choices:
        raise _Malformed("choice field without choices")
    return FormField(
        name=_get(value, "name", str),
        type=ftype,
        label=_text(_get(value, "label", dict)),
        required=_get(value, "required", bool),
        help=_opt_text(value, "help"),
        validation=FieldValidation(
            count("min_length"), count("max_length"), pattern, num("min"), num("max")
        ),
        choices=choices,
    )


def _service(value: Any) -> CatalogService:
    fee = value.get("fee") if isinstance(value, dict) else None
    return CatalogService(
        service_id=_get(value, "service_id", str),
        kind=_get(value, "kind", str),
        category=_get(value, "category", str),
        title=_text(_get(value, "title", dict)),
        summary=_opt_text(value, "summary"),
        help=_opt_text(value, "help"),
        eligibility=frozenset(_strings(value, "eligibility")),
        requires_photo=_get(value, "requires_photo", bool),
        requires_signature=_get(value, "requires_signature", bool),
        fee=None if fee is None else _money(fee),
        online_only=_get(value, "online_only", bool),
        fields=tuple(_field(f) for f in _get(value, "fields", list)),
    )


def parse_catalog(body: Any, etag: str | None = None) -> Catalog:
    """Parse a catalog; malformed service entries are skipped (logged), never fatal."""
    services: list[CatalogService] = []
    skipped: list[str] = []
    for index, entry in enumerate(_get(body, "services", list)):
        try:
            services.append(_service(entry))
        except _Malformed as exc:
            ident = entry.get("service_id") if isinstance(entry, dict) else None
            label = str(ident) if isinstance(ident, str) else f"#{index}"
            logger.warning("catalog entry %s skipped: malformed %s", label, exc)
            skipped.append(label)
    return Catalog(
        version=_get(body, "version", str),
        etag=etag,
        languages=_strings(body, "languages"),
        services=tuple(services),
        skipped=tuple(skipped),
        raw=types.MappingProxyType(body),
    )


def _profile(v: Any) -> Profile:
    return Profile(
        resident_id=_get(v, "resident_id", str),
        display_name=_get(v, "display_name", str),
        given_name=_get(v, "given_name", str),
        family_name=_get(v, "family_name", str),
        preferred_language=_get(v, "preferred_language", str),
        roles=tuple(_get(v, "roles", list)),
        address=_opt(v, "address", str),
        email=_opt(v, "email", str),
        phone=_opt(v, "phone", str),
        date_of_birth=_opt(v, "date_of_birth", str),
        library_patron_id=_opt(v, "library_patron_id", str),
    )


def _consents(v: Any) -> Consents:
    return Consents(
        _get(v, "notices_email", bool),
        _get(v, "notices_sms", bool),
        _get(v, "statistics", bool),
        _dt(_get(v, "updated_at", str)),
    )


def _bill(v: Any) -> Bill:
    return Bill(
        bill_id=_get(v, "bill_id", str),
        bill_code=_get(v, "bill_code", str),
        account_number=_get(v, "account_number", str),
        kind=_get(v, "kind", str),
        description=_text(_get(v, "description", dict)),
        amount=_money_of(_get(v, "amount_minor", int), _get(v, "currency", str)),
        issued_at=_dt(_get(v, "issued_at", str)),
        due_date=_date(_get(v, "due_date", str)),
        status=_get(v, "status", str),
    )


def _slot(v: Any) -> Slot:
    return Slot(
        _get(v, "slot_id", str),
        _get(v, "service", str),
        _text(_get(v, "title", dict)),
        _dt(_get(v, "start", str)),
        _dt(_get(v, "end", str)),
        _get(v, "location", str),
        _get(v, "available", bool),
    )


def _appointment(v: Any) -> Appointment:
    return Appointment(
        _get(v, "appointment_id", str),
        _get(v, "slot_id", str),
        _get(v, "service", str),
        _dt(_get(v, "start", str)),
        _dt(_get(v, "end", str)),
        _get(v, "location", str),
        _get(v, "status", str),
    )


def _application(v: Any) -> Application:
    fee = v.get("fee") if isinstance(v, dict) else None
    return Application(
        _get(v, "application_id", str),
        _get(v, "service_id", str),
        _get(v, "kind", str),
        _get(v, "status", str),
        None if fee is None else _money(fee),
        _dt(_get(v, "submitted_at", str)),
        _get(v, "reference", str),
    )


def _licence(v: Any) -> Licence:
    return Licence(
        _get(v, "licence_id", str),
        _get(v, "service_id", str),
        _text(_get(v, "title", dict)),
        _date(_get(v, "valid_until", str)),
        _get(v, "status", str),
    )


def _petition(v: Any) -> Petition:
    return Petition(
        petition_id=_get(v, "petition_id", str),
        title=_text(_get(v, "title", dict)),
        summary=_text(_get(v, "summary", dict)),
        signature_count=_get(v, "signature_count", int),
        goal=_get(v, "goal", int),
        closes_at=_dt(_get(v, "closes_at", str)),
        status=_get(v, "status", str),
        signed_by_me=_opt(v, "signed_by_me", bool),
        text=_opt_text(v, "text"),
        author=_opt(v, "author", str),
    )


def _question(v: Any) -> Question:
    return Question(
        _get(v, "question_id", str),
        _get(v, "kind", str),
        _get(v, "required", bool),
        _text(_get(v, "text", dict)),
        tuple(
            Choice(_get(c, "choice_id", str), _text(_get(c, "label", dict)))
            for c in _get(v, "choices", list)
        ),
        _opt(v, "max_length", int),
    )


def _consultation(v: Any) -> Consultation:
    return Consultation(
        consultation_id=_get(v, "consultation_id", str),
        title=_text(_get(v, "title", dict)),
        description=_text(_get(v, "description", dict)),
        closes_at=_dt(_get(v, "closes_at", str)),
        status=_get(v, "status", str),
        submitted_by_me=_opt(v, "submitted_by_me", bool),
        questions=tuple(_question(q) for q in (_opt(v, "questions", list) or [])),
    )


def _project(v: Any, language: str | None = None) -> Project:
    budget = _get(v, "budget", dict)
    location = _get(v, "location", dict)
    currency = _get(budget, "currency", str)
    distance = v.get("distance_m") if isinstance(v, dict) else None
    return Project(
        project_id=_get(v, "project_id", str),
        title=_text(_get(v, "title", dict)),
        description=_text(_get(v, "description", dict)),
        lat=_number(location.get("lat"), "lat", -90.0, 90.0),
        lon=_number(location.get("lon"), "lon", -180.0, 180.0),
        distance_m=None if distance is None else _number(distance, "distance_m", 0.0),
        status=_get(v, "status", str),
        budget_planned=_money_of(_get(budget, "planned_minor", int), currency),
        budget_spent=_money_of(_get(budget, "spent_minor", int), currency),
        milestones=tuple(
            Milestone(_get(m, "name", str), _date(_get(m, "due_date", str)), _get(m, "status", str))
            for m in _get(v, "milestones", list)
        ),
        updated_at=_dt(_get(v, "updated_at", str)),
        language=language,
    )


def _notice(v: Any) -> Notice:
    return Notice(
        notice_id=_get(v, "notice_id", str),
        kind=_get(v, "kind", str),
        urgency=_get(v, "urgency", str),
        title=_text(_get(v, "title", dict)),
        body=_text(_get(v, "body", dict)),
        created_at=_dt(_get(v, "created_at", str)),
        read=_get(v, "read", bool),
        reference=_opt(v, "reference", str),
    )


def _station(v: Any) -> PollingStation:
    return PollingStation(
        station_id=_get(v, "station_id", str),
        name=_text(_get(v, "name", dict)),
        address=_get(v, "address", str),
        lat=_number(v.get("lat"), "lat", -90.0, 90.0),
        lon=_number(v.get("lon"), "lon", -180.0, 180.0),
        district=_get(v, "district", str),
        step_free=_get(v, "step_free", bool),
    )


def _election(v: Any) -> Election:
    return Election(
        election_id=_get(v, "election_id", str),
        title=_text(_get(v, "title", dict)),
        date=_date(_get(v, "date", str)),
        registration_deadline=_date(_get(v, "registration_deadline", str)),
        postal_vote_deadline=_date(_get(v, "postal_vote_deadline", str)),
        polls_open=_get(v, "polls_open", str),
        polls_close=_get(v, "polls_close", str),
    )


def parse_election_info(v: Any, *, asked_for_resident: bool = False) -> ElectionInfo:
    """Election information (also used to restore the kiosk's cached public part)."""
    mine = v.get("my_registration") if isinstance(v, dict) else None
    registration = None
    if isinstance(mine, dict):
        registration = Registration(
            _get(mine, "registered", bool), _station(_get(mine, "polling_station", dict))
        )
    return ElectionInfo(
        as_of=_dt(_get(v, "as_of", str)),
        elections=tuple(_election(e) for e in _get(v, "elections", list)),
        how_to_register=_text(_get(v, "how_to_register", dict)),
        how_to_vote_by_post=_text(_get(v, "how_to_vote_by_post", dict)),
        polling_stations=tuple(_station(s) for s in _get(v, "polling_stations", list)),
        asked_for_resident=asked_for_resident,
        registration=registration,
    )


class GatewayClient(GatewayHttp):
    """Read-only gateway calls for the UI: typed results, typed errors, short timeouts.

    Thread-safe (one ``httpx.Client``); call from a worker thread, never the GUI thread.
    :meth:`in_language` gives the same client asking for the resident's language.
    """

    _language: str | None = None

    def __enter__(self) -> GatewayClient:
        return self

    @property
    def language(self) -> str | None:
        """The language this client asks for (None: the gateway's default)."""
        return self._language

    def in_language(self, language: str | None) -> GatewayClient:
        """This client asking for ``language`` (``Accept-Language: ar, en;q=0.5``): shares the
        connection pool; closing the view leaves it open. Plain-text fields come back in the
        language the gateway says in ``Content-Language`` (kept on the values that have them:
        projects, data categories); several-language texts carry their own."""
        view = copy.copy(self)
        view._shared = True
        view._language = language_tag(language)
        return view

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- plumbing --------------------------------------------------------------------------------

    def _get(
        self,
        path: str,
        *,
        resident_id: str | None = None,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        hdrs = dict(headers or {})
        if resident_id:
            hdrs[RESIDENT_HEADER] = resident_id
        wanted = accept_language(self._language)
        if wanted is not None:
            hdrs.setdefault("Accept-Language", wanted)
        query = {k: v for k, v in (params or {}).items() if v is not None}
        try:
            response = self._client.get(path, params=query, headers=hdrs)
        except httpx.HTTPError as exc:
            raise GatewayUnavailable("gateway.unavailable") from exc
        status = response.status_code
        if status < 400 or status == 304:
            return response
        code = _problem_code(response)
        if status == 404:
            raise GatewayNotFound("gateway.not_found", status, code)
        if status in (401, 403):
            raise GatewayAuthError("gateway.unauthenticated", status, code)
        if status in (408, 429) or status >= 500:
            raise GatewayUnavailable("gateway.unavailable", status, code)
        raise GatewayRejected(f"gateway.{code}" if code else "gateway.rejected", status, code)

    def _json(self, response: httpx.Response) -> Any:
        body = json_or_none(response)
        if body is None:
            raise GatewayBadResponse("gateway.bad_response", response.status_code)
        return body

    def _parse(self, response: httpx.Response, fn: Callable[[Any], T]) -> T:
        try:
            return fn(self._json(response))
        except _Malformed as exc:
            logger.warning("gateway response does not match the contract: %s", exc)
            raise GatewayBadResponse("gateway.bad_response", response.status_code) from exc

    def _list(self, response: httpx.Response, key: str, fn: Callable[[Any], T]) -> tuple[T, ...]:
        """The entries of list ``key``; a malformed entry is skipped and logged (its index and
        what is wrong, never its content), the others are still shown."""

        def entries(body: Any) -> tuple[T, ...]:
            parsed: list[T] = []
            for index, item in enumerate(_get(body, key, list)):
                try:
                    parsed.append(fn(item))
                except _Malformed as exc:
                    logger.warning("gateway %s entry #%d skipped: malformed %s", key, index, exc)
            return tuple(parsed)

        return self._parse(response, entries)

    # --- calls -----------------------------------------------------------------------------------

    def health(self) -> bool:
        body = self._json(self._get("/health"))
        return isinstance(body, dict) and body.get("status") == "ok"

    def server_time(self) -> ServerTime:
        """The gateway's clock and the local clock's skew against it."""
        t0 = time.time()
        response = self._get("/time")
        t1 = time.time()
        server = self._parse(response, lambda b: _dt(_get(b, "now", str)))
        midpoint = (t0 + t1) / 2
        return ServerTime(server, server.timestamp() - midpoint, t1 - t0)

    def catalog(self, etag: str | None = None) -> Catalog | None:
        """The service catalog; ``None`` when ``etag`` is still current (304)."""
        headers = {"If-None-Match": etag} if etag else None
        response = self._get("/catalog", headers=headers)
        if response.status_code == 304:
            return None
        new_etag = response.headers.get("ETag")
        return self._parse(response, lambda body: parse_catalog(body, new_etag))

    def profile(self, resident_id: str) -> Profile:
        return self._parse(self._get("/residents/me", resident_id=resident_id), _profile)

    def consents(self, resident_id: str) -> Consents:
        return self._parse(self._get("/residents/me/consents", resident_id=resident_id), _consents)

    def data_summary(self, resident_id: str) -> tuple[DataCategory, ...]:
        response = self._get("/residents/me/data", resident_id=resident_id)
        language = content_language(response)  # of the retention periods
        return self._list(
            response,
            "categories",
            lambda c: DataCategory(
                _get(c, "category", str),
                _text(_get(c, "description", dict)),
                _get(c, "records", int),
                _get(c, "retention", str),
                language,
            ),
        )

    def find_bills(
        self, *, account_number: str | None = None, bill_code: str | None = None
    ) -> tuple[Bill, ...]:
        if not account_number and not bill_code:
            raise ValueError("account_number or bill_code required")
        response = self._get(
            "/bills", params={"account_number": account_number, "bill_code": bill_code}
        )
        return self._list(response, "bills", _bill)

    def bill(self, bill_id: str) -> Bill:
        return self._parse(self._get(f"/bills/{_seg(bill_id)}"), _bill)

    def slots(
        self,
        service: str | None = None,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
    ) -> tuple[Slot, ...]:
        params = {
            "service": service,
            "date_from": date_from.isoformat() if date_from else None,
            "date_to": date_to.isoformat() if date_to else None,
        }
        return self._list(self._get("/appointments/slots", params=params), "slots", _slot)

    def appointments(self, resident_id: str) -> tuple[Appointment, ...]:
        response = self._get("/appointments", resident_id=resident_id)
        return self._list(response, "appointments", _appointment)

    def applications(self, resident_id: str) -> tuple[Application, ...]:
        response = self._get("/permits/applications", resident_id=resident_id)
        return self._list(response, "applications", _application)

    def licences(self, resident_id: str) -> tuple[Licence, ...]:
        return self._list(self._get("/licences", resident_id=resident_id), "licences", _licence)

    def petitions(self, resident_id: str | None = None) -> tuple[Petition, ...]:
        return self._list(self._get("/petitions", resident_id=resident_id), "petitions", _petition)

    def petition(self, petition_id: str, resident_id: str | None = None) -> Petition:
        return self._parse(
            self._get(f"/petitions/{_seg(petition_id)}", resident_id=resident_id), _petition
        )

    def consultations(self, resident_id: str | None = None) -> tuple[Consultation, ...]:
        response = self._get("/consultations", resident_id=resident_id)
        return self._list(response, "consultations", _consultation)

    def consultation(self, consultation_id: str, resident_id: str | None = None) -> Consultation:
        response = self._get(f"/consultations/{_seg(consultation_id)}", resident_id=resident_id)
        return self._parse(response, _consultation)

    def projects(
        self, lat: float | None = None, lon: float | None = None, radius_m: int | None = None
    ) -> tuple[Project, ...]:
        params = {"lat": lat, "lon": lon, "radius_m": radius_m}
        response = self._get("/projects", params=params)
        language = content_language(response)  # of the milestone names
        return self._list(response, "projects", lambda v: _project(v, language))

    def project(self, project_id: str) -> Project:
        response = self._get(f"/projects/{_seg(project_id)}")
        language = content_language(response)
        return self._parse(response, lambda v: _project(v, language))

    def elections(self, resident_id: str | None = None) -> ElectionInfo:
        """Election information; with ``resident_id`` also their registration and station."""
        response = self._get("/elections", resident_id=resident_id)
        return self._parse(
            response, lambda b: parse_election_info(b, asked_for_resident=bool(resident_id))
        )

    def notices(self, resident_id: str) -> tuple[Notice, ...]:
        """The resident's inbox, most urgent first (as the gateway orders it)."""
        return self._list(self._get("/notices", resident_id=resident_id), "notices", _notice)
