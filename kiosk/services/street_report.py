"""Report a pothole or another street problem through Open311 GeoReport v2.

Pure Python, no Qt. Categories are the 311 server's ``services`` (cached in the data directory
for offline use: they are public). A report has a location (the kiosk's own site by default,
an address the resident typed, or one of the nearby points), an optional description, answers
to the category's list questions, and is either anonymous
(guest) or linked to the resident's account id. It is queued as ``open311.request`` (the
connector marks it with the tx id and reconciles before any resend); the receipt carries the
kiosk reference, and the service-request id once the server answered.

An optional camera photo (JPEG, no metadata, at most
:data:`offline_queue.connectors.media.MAX_PHOTO_BYTES`) is held in the session only (a
``bytearray`` zeroed on wipe) and travels inside the encrypted queued payload. The Open311
connector sends it the way the site's server takes it (``[backends] open311_media``: a
multipart ``media`` file, or a ``media_url`` after an upload to the gateway), in the one queued
transaction, and never marks the report sent without it (see
:mod:`offline_queue.connectors.open311`).

A category whose definition the server cannot give (404, 500, a malformed body: seen on
deployed servers, docs/backends.md) stays usable without its extra questions; the problem is
logged once per category.
"""

from __future__ import annotations

import datetime as dt
import logging
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from civic.street_reports import AttributeValue, Open311Service, ServiceAttribute
from kiosk.config import KioskConfig
from kiosk.services.public_cache import PublicCache
from kiosk.services.submit import Submission
from offline_queue.connectors.httpfaults import default_timeout
from offline_queue.connectors.media import photo_payload, photo_problem
from offline_queue.connectors.open311 import Open311Client, Open311Error, Open311Unavailable

if TYPE_CHECKING:
    from kiosk.camera.camera import Image
    from kiosk.camera.photo_privacy import PrivacyResult

logger = logging.getLogger(__name__)

MAX_DESCRIPTION = 1000  # the spec allows 4000; the marker and a margin stay free
CACHE_NAME = "open311-services"
CHOICE_TYPES = frozenset({"singlevaluelist", "multivaluelist"})


@dataclass(frozen=True)
class Category:
    code: str
    name: str
    description: str
    group: str
    kind: str  # realtime | batch | blackbox
    questions: tuple[ServiceAttribute, ...] = ()
    language: str | None = None  # what the server said name and description are in


@dataclass(frozen=True)
class Place:
    """A report location: coordinates, or an address string for the city to geocode."""

    label: str
    lat: float | None = None
    lon: float | None = None
    address: str = ""

    @property
    def has_point(self) -> bool:
        return self.lat is not None and self.lon is not None


def site_place(config: KioskConfig) -> Place:
    kiosk = config.kiosk
    return Place(kiosk.address or kiosk.site, kiosk.latitude, kiosk.longitude, kiosk.address)


NEARBY_OFFSETS = (("north", 0, 1), ("east", 1, 0), ("south", 0, -1), ("west", -1, 0))
NEARBY_STEP_M = 100.0


def nearby_places(config: KioskConfig, step_m: float = NEARBY_STEP_M) -> tuple[Place, ...]:
    """Points about ``step_m`` north/east/south/west of the kiosk (labels are direction keys)."""
    lat, lon = config.kiosk.latitude, config.kiosk.longitude
    dlat = step_m / 111_320.0
    dlon = step_m / (111_320.0 * max(math.cos(math.radians(lat)), 0.01))
    return tuple(
        Place(name, round(lat + dy * dlat, 6), round(lon + dx * dlon, 6))
        for name, dx, dy in NEARBY_OFFSETS
    )


def typed_place(text: str) -> Place:
    address = " ".join(text.split())
    if not 3 <= len(address) <= 200:
        raise ReportError("report.bad_address")
    return Place(address, address=address)


class ReportError(Exception):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _category(service: Open311Service, questions: tuple[ServiceAttribute, ...]) -> Category:
    return Category(
        service.service_code,
        service.service_name,
        service.description,
        service.group,
        service.type,
        questions,
        service.language,
    )


def _to_json(cat: Category) -> dict[str, Any]:
    return {
        "code": cat.code,
        "name": cat.name,
        "description": cat.description,
        "group": cat.group,
        "kind": cat.kind,
        "language": cat.language,
        "questions": [
            {
                "code": q.code,
                "datatype": q.datatype,
                "required": q.required,
                "order": q.order,
                "description": q.description,
                "datatype_description": q.datatype_description,
                "values": [[v.key, v.name] for v in q.values],
                "language": q.language,
            }
            for q in cat.questions
        ],
    }


def _from_json(raw: Any) -> Category | None:
    try:
        questions = tuple(
            ServiceAttribute(
                code=str(q["code"]),
                datatype=str(q["datatype"]),
                required=bool(q["required"]),
                variable=True,
                order=int(q["order"]),
                description=str(q["description"]),
                datatype_description=str(q.get("datatype_description", "")),
                values=tuple(AttributeValue(str(k), str(n)) for k, n in q["values"]),
                language=_language(q),
            )
            for q in raw["questions"]
        )
        return Category(
            str(raw["code"]),
            str(raw["name"]),
            str(raw["description"]),
            str(raw["group"]),
            str(raw["kind"]),
            questions,
            _language(raw),
        )
    except (KeyError, TypeError, ValueError):
        return None


def _language(raw: Any) -> str | None:
    value = raw.get("language") if isinstance(raw, dict) else None
    return value if isinstance(value, str) and value else None


@dataclass(frozen=True)
class Categories:
    items: tuple[Category, ...]
    from_cache: bool


def cache_name(language: str | None) -> str:
    """The saved copy of the categories as asked in ``language`` (one per language)."""
    return f"{CACHE_NAME}-{language}" if language else CACHE_NAME


def load_categories(client: Open311Client, cache: PublicCache | None) -> Categories:
    """The 311 categories with their list questions, in the client's language where the server
    has them (:meth:`Open311Client.in_language`); the copy saved for that language (else any
    saved copy, each text keeping the language it is in) when the server is down.

    Raises :class:`ReportError` ``report.no_categories`` when neither is available.
    """
    try:
        services = client.services()
        items = [_category(service, _questions(client, service)) for service in services]
    except Open311Error:
        names = dict.fromkeys((cache_name(client.language), CACHE_NAME))
        for name in names:
            cached = cache.load(name) if cache is not None else None
            if cached is None or not isinstance(cached.data, list):
                continue
            restored = [c for c in (_from_json(raw) for raw in cached.data) if c is not None]
            if restored:
                return Categories(tuple(restored), True)
        raise ReportError("report.no_categories") from None
    if cache is not None:
        saved = [_to_json(c) for c in items]
        cache.save(cache_name(client.language), saved)
        if client.language:
            cache.save(CACHE_NAME, saved)  # the latest copy, for a language never asked yet
    return Categories(tuple(items), False)


_definition_failures_logged: set[str] = set()


def _questions(client: Open311Client, service: Open311Service) -> tuple[ServiceAttribute, ...]:
    """The category's list questions; none (the category stays usable) when its definition
    cannot be had."""
    if not service.metadata:
        return ()
    try:
        return tuple(q for q in client.definition(service.service_code) if q.variable)
    except Open311Unavailable as exc:
        if exc.status is None:
            raise  # the server went away: the whole list falls back to the cached copy
        failure: Open311Error = exc
    except Open311Error as exc:
        failure = exc
    if service.service_code not in _definition_failures_logged:
        _definition_failures_logged.add(service.service_code)
        logger.warning(
            "open311 definition of %s unavailable (%s): offered without questions",
            service.service_code,
            failure.key,
        )
    return ()


def open311_client_for(url: str) -> Open311Client:
    """Read-only client for the categories (the queue's connector sends the reports)."""
    return Open311Client(url, timeout=default_timeout(connect=2, read=5))


@dataclass
class Report:
    """What the resident is composing (held in the session only, wiped with the screen)."""

    category: Category | None = None
    place: Place | None = None
    description: str = ""
    answers: dict[str, str | list[str]] = field(default_factory=dict)
    anonymous: bool = True
    photo: bytearray | None = None  # JPEG, session only; zeroed by forget_photo()/wipe()

    def set_photo(self, jpeg: bytearray) -> None:
        self.forget_photo()
        self.photo = jpeg

    def forget_photo(self) -> None:
        if self.photo is not None:
            self.photo[:] = bytes(len(self.photo))
            self.photo = None

    def wipe(self) -> None:
        self.category = None
        self.place = None
        self.description = ""
        self.answers.clear()
        self.anonymous = True
        self.forget_photo()

    def problems(self) -> dict[str, str]:
        out: dict[str, str] = {}
        if self.category is None:
            out["category"] = "report.choose_category"
            return out
        if self.place is None:
            out["place"] = "report.choose_place"
        if len(self.description) > MAX_DESCRIPTION:
            out["description"] = "report.description_too_long"
        if self.photo is not None and photo_problem(bytes(self.photo)) is not None:
            out["photo"] = "report.photo_invalid"
        for q in self.category.questions:
            if q.required and q.datatype in CHOICE_TYPES and not self.answers.get(q.code):
                out[q.code] = "report.answer_required"
            value = self.answers.get(q.code)
            allowed = {v.key for v in q.values}
            values = value if isinstance(value, list) else [value] if value else []
            if any(v not in allowed for v in values):
                out[q.code] = "report.answer_invalid"
        return out


def submission(
    report: Report,
    *,
    title: str,
    now: dt.datetime,
    account_id: str = "",
    kiosk_id: str = "",
    instructions: tuple[str, ...] = (),
) -> Submission:
    """The queued Open311 request. ``account_id`` empty = anonymous."""
    problems = report.problems()
    if problems:
        from kiosk.services.submit import SubmitInvalid

        raise SubmitInvalid(problems)
    assert report.category is not None and report.place is not None
    place = report.place
    payload: dict[str, Any] = {
        "service_code": report.category.code,
        "description": " ".join(report.description.split()),
        "attributes": {k: v for k, v in report.answers.items() if v},
        "reported_at": now.isoformat(timespec="seconds"),
    }
    if place.has_point:
        payload["lat"], payload["long"] = place.lat, place.lon
    else:
        payload["address_string"] = place.address
    if kiosk_id:
        payload["device_id"] = kiosk_id
    if account_id and not report.anonymous:
        payload["account_id"] = account_id
    if report.photo is not None:
        payload["photo"] = photo_payload(report.photo)  # uploaded by the connector, then posted
    return Submission(
        service_id="street_report",
        title=title,
        kind="open311.request",
        payload=payload,
        backend="open311",
        summary=f"open311 {report.category.code}",
        instructions=instructions,
    )


def answers_for(question: ServiceAttribute, chosen: Mapping[str, bool]) -> str | list[str]:
    keys = [v.key for v in question.values if chosen.get(v.key)]
    if question.datatype == "multivaluelist":
        return keys
    return keys[0] if keys else ""


# --- the report's photo ------------------------------------------------------------------------

PHOTO_MAX_SIDE = 1280  # enough to see a pothole; keeps the queued payload small
PHOTO_QUALITY = 85


def private_photo(image: Image) -> tuple[bytearray, PrivacyResult]:
    """Worker thread: blur faces and number plates in ``image`` (in place), encode it as the
    report's JPEG (no metadata), then zero the pixels."""
    # OpenCV's models load only when a photo is taken, not with this module
    from kiosk.camera.camera import jpeg
    from kiosk.camera.photo_privacy import blur_private

    try:
        privacy = blur_private(image)
        return jpeg(image, PHOTO_QUALITY), privacy
    finally:
        image.fill(0)


def photo_fits(photo: bytes | bytearray) -> bool:
    """The photo can be sent with a report (a JPEG, not too large)."""
    return photo_problem(bytes(photo)) is None
