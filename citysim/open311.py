"""A demo Open311 GeoReport v2 endpoint, faithful to the spec (open311.github.io GeoReport/v2).

Served under ``/open311/v2``: ``discovery``, ``services``, ``services/{code}``, ``POST requests``
(form-encoded, ``api_key``, ``attribute[CODE]`` / ``attribute[CODE][]``), ``tokens/{token}``,
``requests`` (search by ids, service code, date window, status; ``page``/``page_size``
extension) and ``requests/{id}``, each in ``.json`` and ``.xml``.

Like the standard (and the real server measured in QUEUE_AND_BACKENDS.md §2.1) it has **no
duplicate protection**: the same POST twice creates two requests. With ``quirks=True`` it also
reproduces that server's deviations: a bad ``api_key`` is a 400 with a non-standard body, a POST
without a location is a 500, and ``discovery`` is a 404.

Server profiles (:mod:`citysim.profiles`, registered below, documented in ``docs/backends.md``)
reproduce the variance of deployed GeoReport v2 servers; :class:`Open311Options` are the knobs
they turn: listing page size and paging signals (``X-Result-Count``/``X-Next-Page-URL``,
``Link``, none, or ``page`` ignored), moderation (fresh requests hidden until published), a
skewed server clock (also in the ``Date`` header), multipart ``media`` uploads, failing service
definitions, 500 for invalid requests and a ``search`` text filter.
"""

from __future__ import annotations

import datetime as dt
import email.parser
import email.policy
import email.utils
import itertools
import json
import re
import secrets
import threading
import xml.etree.ElementTree as ET
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, fields
from typing import Any
from urllib.parse import parse_qs, urlencode

import citysim.data as data
import citysim.languages as languages
from citysim.faults import Fault
from citysim.httpbase import App, Request, Response, Route
from citysim.ledger import TXN_MARKER_RE, Ledger
from citysim.profiles import Profile, register

PREFIX = "/open311/v2"
DEFAULT_API_KEY = "riverton-demo-kiosk-key"
JURISDICTION = "riverton.example.org"

SERVICES: list[dict[str, Any]] = [
    {
        "service_code": "POTHOLE",
        "service_name": "Pothole",
        "description": "A hole in the road surface.",
        "metadata": True,
        "type": "realtime",
        "keywords": "road,pothole,street",
        "group": "Streets",
    },
    {
        "service_code": "STREETLIGHT",
        "service_name": "Street light out",
        "description": "A street light that is off or flickering.",
        "metadata": True,
        "type": "realtime",
        "keywords": "light,lamp",
        "group": "Streets",
    },
    {
        "service_code": "GRAFFITI",
        "service_name": "Graffiti",
        "description": "Graffiti on public property.",
        "metadata": False,
        "type": "batch",
        "keywords": "graffiti,vandalism",
        "group": "Cleaning",
    },
    {
        "service_code": "NOISE",
        "service_name": "Noise complaint",
        "description": "Noise at night (handled by another agency; no tracking).",
        "metadata": False,
        "type": "blackbox",
        "keywords": "noise",
        "group": "Public order",
    },
]

DEFINITIONS: dict[str, dict[str, Any]] = {
    "POTHOLE": {
        "service_code": "POTHOLE",
        "attributes": [
            {
                "variable": True,
                "code": "SIZE",
                "datatype": "singlevaluelist",
                "required": True,
                "datatype_description": "",
                "order": 1,
                "description": "How big is it?",
                "values": [
                    {"key": "small", "name": "Smaller than a hand"},
                    {"key": "medium", "name": "Like a plate"},
                    {"key": "large", "name": "Larger than a wheel"},
                ],
            },
            {
                "variable": True,
                "code": "HAZARDS",
                "datatype": "multivaluelist",
                "required": False,
                "datatype_description": "",
                "order": 2,
                "description": "Any of these?",
                "values": [
                    {"key": "water", "name": "Filled with water"},
                    {"key": "bikelane", "name": "In the cycle lane"},
                ],
            },
            {
                "variable": True,
                "code": "DEPTH_CM",
                "datatype": "number",
                "required": False,
                "datatype_description": "Approximate depth in centimetres",
                "order": 3,
                "description": "Depth (cm)",
            },
        ],
    },
    "STREETLIGHT": {
        "service_code": "STREETLIGHT",
        "attributes": [
            {
                "variable": True,
                "code": "POLE",
                "datatype": "string",
                "required": False,
                "datatype_description": "The number on the pole, if visible",
                "order": 1,
                "description": "Pole number",
            },
        ],
    },
}

# The demo city's category list in Spanish, French and Arabic (name, description, group) ...
SERVICE_TRANSLATIONS: dict[str, dict[str, tuple[str, str, str]]] = {
    "es": {
        "POTHOLE": ("Bache", "Un agujero en el firme de la calzada.", "Calles"),
        "STREETLIGHT": ("Farola apagada", "Una farola apagada o que parpadea.", "Calles"),
        "GRAFFITI": ("Grafiti", "Grafitis en bienes públicos.", "Limpieza"),
        "NOISE": (
            "Ruido",
            "Ruido de noche (lo atiende otro organismo; sin seguimiento).",
            "Orden público",
        ),
    },
    "fr": {
        "POTHOLE": ("Nid-de-poule", "Un trou dans la chaussée.", "Voirie"),
        "STREETLIGHT": (
            "Lampadaire éteint",
            "Un lampadaire éteint ou qui clignote.",
            "Voirie",
        ),
        "GRAFFITI": ("Graffiti", "Des graffitis sur un bien public.", "Propreté"),
        "NOISE": (
            "Bruit",
            "Bruit la nuit (traité par un autre service ; pas de suivi).",
            "Ordre public",
        ),
    },
    "ar": {
        "POTHOLE": ("حفرة في الطريق", "حفرة في سطح الطريق.", "الشوارع"),
        "STREETLIGHT": ("مصباح شارع مطفأ", "مصباح شارع مطفأ أو يومض.", "الشوارع"),
        "GRAFFITI": ("كتابة على الجدران", "كتابة على ممتلكات عامة.", "النظافة"),
        "NOISE": (
            "إزعاج",
            "إزعاج في الليل (تتولاه جهة أخرى؛ دون متابعة).",
            "النظام العام",
        ),
    },
}
# ... and its questions in Spanish and French only: an Arabic request gets them in English
# (Content-Language: en), as a real city's newer texts often are
DEFINITION_TRANSLATIONS: dict[str, dict[str, tuple[str, str, dict[str, str]]]] = {
    "es": {
        "SIZE": (
            "¿Qué tamaño tiene?",
            "",
            {
                "small": "Más pequeño que una mano",
                "medium": "Como un plato",
                "large": "Más grande que una rueda",
            },
        ),
        "HAZARDS": (
            "¿Alguno de estos?",
            "",
            {"water": "Lleno de agua", "bikelane": "En el carril bici"},
        ),
        "DEPTH_CM": ("Profundidad (cm)", "Profundidad aproximada en centímetros", {}),
        "POLE": ("Número del poste", "El número del poste, si se ve", {}),
    },
    "fr": {
        "SIZE": (
            "Quelle taille ?",
            "",
            {
                "small": "Plus petit qu'une main",
                "medium": "Comme une assiette",
                "large": "Plus grand qu'une roue",
            },
        ),
        "HAZARDS": (
            "L'un de ceux-ci ?",
            "",
            {"water": "Rempli d'eau", "bikelane": "Sur la piste cyclable"},
        ),
        "DEPTH_CM": ("Profondeur (cm)", "Profondeur approximative en centimètres", {}),
        "POLE": ("Numéro du poteau", "Le numéro sur le poteau, s'il est visible", {}),
    },
}


def services_in(language: str) -> list[dict[str, Any]]:
    """The category list in ``language`` (English when the city has none in it)."""
    names = SERVICE_TRANSLATIONS.get(language, {})
    out = []
    for service in SERVICES:
        entry = dict(service)
        if service["service_code"] in names:
            name, description, group = names[service["service_code"]]
            entry.update(service_name=name, description=description, group=group)
        out.append(entry)
    return out


def definition_in(definition: dict[str, Any], language: str) -> dict[str, Any]:
    """A category's questions in ``language`` (English when the city has none in it)."""
    texts = DEFINITION_TRANSLATIONS.get(language, {})
    attributes = []
    for attribute in definition["attributes"]:
        entry = dict(attribute)
        if attribute["code"] in texts:
            description, explained, values = texts[attribute["code"]]
            entry["description"] = description
            if explained:
                entry["datatype_description"] = explained
            if "values" in attribute:
                entry["values"] = [
                    {"key": v["key"], "name": values.get(v["key"], v["name"])}
                    for v in attribute["values"]
                ]
        attributes.append(entry)
    return {**definition, "attributes": attributes}


_ATTR_RE = re.compile(r"^attribute\[([^\]]+)\](\[\])?$")
_PLURALS = {
    "attributes": "attribute",
    "values": "value",
    "endpoints": "endpoint",
    "formats": "format",
}


def _xml_value(parent: ET.Element, name: str, value: Any) -> None:
    el = ET.SubElement(parent, name)
    if isinstance(value, dict):
        for k, v in value.items():
            _xml_value(el, k, v)
    elif isinstance(value, list):
        for v in value:
            _xml_value(el, _PLURALS.get(name, "item"), v)
    elif isinstance(value, bool):
        el.text = "true" if value else "false"
    elif value is not None:
        el.text = str(value)


def to_xml(root: str, item: str | None, payload: Any) -> bytes:
    el = ET.Element(root)
    if item is None:
        for k, v in payload.items():
            _xml_value(el, k, v)
    else:
        for entry in payload:
            _xml_value(el, item, entry)
    body: bytes = ET.tostring(el, encoding="utf-8", xml_declaration=True)
    return body


def parse_w3c(text: str) -> dt.datetime:
    """W3C/ISO 8601 datetime with a mandatory zone (``Z`` or ``±HH:MM``)."""
    if not re.search(r"(Z|[+-]\d{2}:\d{2})$", text):
        raise ValueError("time zone required")
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))


def parse_multipart(
    content_type: str, body: bytes
) -> tuple[dict[str, list[str]], bytes | None] | None:
    """Form fields and the ``media`` file of a multipart/form-data POST (None if malformed)."""
    head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode("latin-1")
    try:
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + body)
    except (ValueError, TypeError, UnicodeError):
        return None
    if not message.is_multipart():
        return None
    form: dict[str, list[str]] = {}
    photo: bytes | None = None
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        payload = part.get_payload(decode=True)
        if not isinstance(name, str) or not isinstance(payload, bytes):
            continue
        if name == "media":
            photo = payload
        else:
            form.setdefault(name, []).append(payload.decode("utf-8", "replace"))
    return form, photo


@dataclass(frozen=True)
class Open311Options:
    """How this server deviates (all defaults: the friendly, spec-faithful demo server)."""

    page_cap: int = 1000  # most entries one listing page returns, whatever page_size asks
    # "page": honours page/page_size; "page-repeat-last": a page past the end repeats the last
    # page (uReport); "ignore": no paging at all, only the newest page_cap entries (FixMyStreet)
    paging: str = "page"
    paging_headers: str = "none"  # "none" | "x-result" (X-Result-Count, X-Next-Page-URL) | "link"
    moderated: bool = False  # new requests hidden from lists and 404 until published
    clock_offset_s: float = 0.0  # server clock minus real time (requested_datetime, Date)
    media: str = "media_url"  # "media_url": honours the field; "multipart": a `media` file part
    failing_definitions: Mapping[str, int] | None = None  # code -> HTTP status of its definition
    invalid_status: int = 400  # status of a validation error (its body keeps code 400)
    search: bool = False  # `search=` filters the listing on description text
    # honours `locale` / Accept-Language on services and definitions and says Content-Language;
    # False: English only and no Content-Language (most deployed GeoReport v2 servers)
    localized: bool = True

    @classmethod
    def of(cls, options: Mapping[str, Any]) -> Open311Options:
        known = {f.name for f in fields(cls)}
        unknown = set(options) - known
        if unknown:
            raise ValueError(f"unknown open311 profile options {sorted(unknown)}")
        return cls(**dict(options))


def _profile(name: str, summary: str, **options: Any) -> None:
    register(Profile(name, "open311", summary, options))


_profile(
    "open311-paged100",
    "100 per page with X-Result-Count and X-Next-Page-URL headers (page/page_size extension of "
    "Connected Bits and SeeClickFix deployments, open311.github.io issue #16)",
    page_cap=100,
    paging_headers="x-result",
)
_profile(
    "open311-paged100-bare",
    "100 per page, no paging headers, a page past the end repeats the last page "
    "(City-of-Bloomington/uReport issue #31)",
    page_cap=100,
    paging="page-repeat-last",
)
_profile(
    "open311-link-paging",
    "100 per page, next page in an RFC 8288 Link rel=next header",
    page_cap=100,
    paging_headers="link",
)
_profile(
    "open311-unpaged-capped",
    "no paging: only the newest 20 matching requests (FixMyStreet's Open311 server: "
    "max_requests capped by RSS_LIMIT, page ignored)",
    page_cap=20,
    paging="ignore",
)
_profile(
    "open311-moderated",
    "new requests hidden from lists and 404 on requests/{id} until a moderator publishes them "
    "(FixMyStreet lists only confirmed/fixed reports; Mark-a-Spot shows anonymous clients "
    "published requests only)",
    moderated=True,
)
_profile(
    "open311-skewed-clock",
    "server clock 10 minutes behind the kiosk (requested_datetime, date filters, Date header)",
    clock_offset_s=-600.0,
)
_profile(
    "open311-multipart-media",
    "the photo only as a multipart `media` file on the POST, media_url ignored (6aika "
    "issue-reporting media extension; Helsinki/Bloomington media upload)",
    media="multipart",
)
_profile(
    "open311-failing-definitions",
    "services/{code}.json fails: POTHOLE answers 500, STREETLIGHT 404 although metadata=true",
    failing_definitions={"POTHOLE": 500, "STREETLIGHT": 404},
)
_profile(
    "open311-500-on-invalid",
    "a permanently invalid request is an HTTP 500 (GeoReport error body, code 400), as the "
    "real server measured in QUEUE_AND_BACKENDS.md §2.1 answers a missing location",
    invalid_status=500,
)
_profile(
    "open311-english-only",
    "categories and questions in English whatever the kiosk asks (`locale` and "
    "Accept-Language ignored), no Content-Language header: most deployed GeoReport v2 servers",
    localized=False,
)
_profile(
    "open311-search",
    "offers a `search=` text filter on the request listing (like Mark-a-Spot's `q`)",
    search=True,
)


class Open311State:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.requests: dict[str, dict[str, Any]] = {}
        self.tokens: dict[str, str] = {}
        self.media: dict[str, bytes] = {}  # photos received as multipart, by request id
        self._ids = itertools.count(1)

    def next_number(self) -> int:
        return next(self._ids)

    def publish(self, request_id: str | None = None) -> int:
        """A moderator publishes one request (or every one): it becomes listed and readable."""
        with self.lock:
            n = 0
            for rid, record in self.requests.items():
                if request_id in (None, rid) and not record["_published"]:
                    record["_published"] = True
                    n += 1
            return n


class Open311App(App):
    service = "open311"

    def __init__(
        self,
        state: Open311State,
        ledger: Ledger,
        api_key: str = DEFAULT_API_KEY,
        quirks: bool = False,
        base_url: str = "",
        options: Mapping[str, Any] | None = None,
    ) -> None:
        """``options``: a profile's Open311 options (``CitySim`` passes
        ``profile.for_service("open311")``), see :class:`Open311Options`."""
        self.state = state
        self.ledger = ledger
        self.api_key = api_key
        self.quirks = quirks
        self.base_url = base_url
        self.options = Open311Options.of(options or {})

    def now(self) -> dt.datetime:
        """The server's clock (a profile may skew it)."""
        return dt.datetime.now(dt.UTC) + dt.timedelta(seconds=self.options.clock_offset_s)

    def _dated(self, handler: Callable[[Request], Response]) -> Callable[[Request], Response]:
        def dated(req: Request) -> Response:
            return self._with_date(handler(req))

        return dated

    def _with_date(self, response: Response) -> Response:
        response.headers.setdefault("Date", email.utils.format_datetime(self.now(), usegmt=True))
        return response

    def routes(self) -> Sequence[Route]:
        p = PREFIX
        d = self._dated
        return [
            Route("GET", p + "/discovery.{fmt}", "discovery", d(self.discovery)),
            Route("GET", p + "/services.{fmt}", "services", d(self.services)),
            Route("GET", p + "/services/{code}.{fmt}", "service_definition", d(self.definition)),
            Route("POST", p + "/requests.{fmt}", "requests.post", d(self.post_request)),
            Route("GET", p + "/requests.{fmt}", "requests.get", d(self.get_requests)),
            Route("GET", p + "/requests/{rid}.{fmt}", "request", d(self.get_request)),
            Route("GET", p + "/tokens/{token}.{fmt}", "tokens", d(self.get_token)),
            Route("GET", p + "/media/{rid}.jpg", "media", d(self.get_media)),
        ]

    # --- rendering -------------------------------------------------------------------------------

    @staticmethod
    def _render(fmt: str, status: int, root: str, item: str | None, payload: Any) -> Response:
        if fmt == "xml":
            return Response(status, to_xml(root, item, payload), "text/xml; charset=utf-8")
        return Response(
            status,
            json.dumps(payload, ensure_ascii=False).encode("utf-8"),
            "application/json; charset=utf-8",
        )

    def _error(self, fmt: str, status: int, description: str) -> Response:
        return self._render(
            fmt, status, "errors", "error", [{"code": status, "description": description}]
        )

    def error_response(self, fault: Fault) -> Response:
        if fault.body is not None:
            return self._with_date(
                Response(
                    fault.status, fault.body.encode("utf-8"), "application/json; charset=utf-8"
                )
            )
        description = (
            "General Service Error: CRM is down"
            if fault.status == 400
            else "Service temporarily unavailable"
        )
        return self._with_date(self._error("json", fault.status, description))

    def not_found(self, request: Request) -> Response:
        return self._with_date(self._error("json", 404, "Not found"))

    def _invalid(self, fmt: str, description: str) -> Response:
        """A validation error: 400, or what the profile's server answers instead (500)."""
        response = self._error(fmt, 400, description)
        response.status = self.options.invalid_status
        return response

    def _fmt(self, req: Request) -> str | None:
        fmt = req.params.get("fmt", "")
        return fmt if fmt in ("json", "xml") else None

    def _jurisdiction_ok(self, value: str | None) -> bool:
        return value in (None, "", JURISDICTION)

    # --- endpoints -------------------------------------------------------------------------------

    def discovery(self, req: Request) -> Response:
        fmt = self._fmt(req)
        if fmt is None or self.quirks:
            return self.not_found(req)
        payload = {
            "changeset": "2026-11-01T00:00:00Z",
            "contact": "311@riverton.example.org",
            "key_service": "https://riverton.example.org/open311/key",
            "endpoints": [
                {
                    "specification": "http://wiki.open311.org/GeoReport_v2",
                    "url": self.base_url + PREFIX,
                    "changeset": "2026-11-01T00:00:00Z",
                    "type": "test",
                    "formats": ["text/xml", "application/json"],
                }
            ],
        }
        return self._render(fmt, 200, "discovery", None, payload)

    def services(self, req: Request) -> Response:
        fmt = self._fmt(req)
        if fmt is None:
            return self.not_found(req)
        if not self._jurisdiction_ok(req.q("jurisdiction_id")):
            return self._error(fmt, 404, "jurisdiction_id not found")
        if not self.options.localized:
            return self._render(fmt, 200, "services", "service", SERVICES)
        language = self._language(req, {"en", *SERVICE_TRANSLATIONS})
        response = self._render(fmt, 200, "services", "service", services_in(language))
        response.headers["Content-Language"] = language
        return response

    @staticmethod
    def _language(req: Request, available: set[str]) -> str:
        """The language to answer in: ``locale`` (GeoReport), then Accept-Language."""
        return languages.choose(
            languages.wanted(req.header("Accept-Language"), req.q("locale")), available
        )

    def definition(self, req: Request) -> Response:
        fmt = self._fmt(req)
        if fmt is None:
            return self.not_found(req)
        if not self._jurisdiction_ok(req.q("jurisdiction_id")):
            return self._error(fmt, 404, "jurisdiction_id not found")
        failing = (self.options.failing_definitions or {}).get(req.params["code"])
        if failing is not None:
            return self._error(fmt, failing, "service definition unavailable")
        definition = DEFINITIONS.get(req.params["code"])
        if definition is None:
            return self._error(fmt, 404, "service_code not found")
        if not self.options.localized:
            return self._render(fmt, 200, "service_definition", None, definition)
        language = self._language(req, {"en", *DEFINITION_TRANSLATIONS})
        response = self._render(
            fmt, 200, "service_definition", None, definition_in(definition, language)
        )
        response.headers["Content-Language"] = language
        return response

    def post_request(self, req: Request) -> Response:
        fmt = self._fmt(req)
        if fmt is None:
            return self.not_found(req)
        ctype = (req.header("Content-Type") or "").split(";")[0].strip().lower()
        photo: bytes | None = None
        if ctype == "multipart/form-data" and self.options.media == "multipart":
            parsed = parse_multipart(req.header("Content-Type") or "", req.body)
            if parsed is None:
                return self._error(fmt, 400, "malformed multipart body")
            form, photo = parsed
        elif ctype != "application/x-www-form-urlencoded":
            return self._error(fmt, 400, "Content-Type must be application/x-www-form-urlencoded")
        else:
            try:
                form = parse_qs(
                    req.body.decode("utf-8"), keep_blank_values=True, strict_parsing=False
                )
            except UnicodeDecodeError:
                return self._error(fmt, 400, "body must be UTF-8")

        def one(name: str) -> str | None:
            values = form.get(name)
            return values[0] if values else None

        if one("api_key") != self.api_key:
            if self.quirks:
                return Response.of_json(400, {"code": 400, "detail": ["Invalid API key"]})
            return self._error(fmt, 403, "Invalid api_key")
        if not self._jurisdiction_ok(one("jurisdiction_id")):
            return self._error(fmt, 404, "jurisdiction_id not found")
        code = one("service_code")
        if not code:
            return self._invalid(fmt, "service_code is required")
        service = next((s for s in SERVICES if s["service_code"] == code), None)
        if service is None:
            return self._error(fmt, 404, "service_code not found")
        lat, lon = one("lat"), one("long")
        address, address_id = one("address_string"), one("address_id")
        has_latlon = bool(lat and lon)
        if not (has_latlon or address or address_id):
            if self.quirks:
                return Response(500, b"Internal Server Error", "text/html")
            return self._invalid(fmt, "lat/long, address_string or address_id is required")
        if has_latlon:
            try:
                lat_f, lon_f = float(lat or ""), float(lon or "")
            except ValueError:
                return self._invalid(fmt, "lat/long must be numbers")
            if not (-90 <= lat_f <= 90 and -180 <= lon_f <= 180):
                return self._invalid(fmt, "lat/long out of range")
        description = one("description") or ""
        if len(description) > 4000:
            return self._invalid(fmt, "description is longer than 4000 characters")
        attributes: dict[str, list[str]] = {}
        for key, values in form.items():
            m = _ATTR_RE.match(key)
            if m:
                attributes[m.group(1)] = values
        error = self._check_attributes(code, attributes)
        if error:
            return self._invalid(fmt, error)
        now = self.now().replace(microsecond=0)
        with self.state.lock:
            number = self.state.next_number()
            request_id = f"RVT-{number:06d}"
            token = f"tok-{number:06d}-{secrets.token_hex(6)}"
            media_url = one("media_url") if self.options.media == "media_url" else None
            if photo:
                self.state.media[request_id] = photo
                media_url = f"{self.base_url}{PREFIX}/media/{request_id}.jpg"
            record = {
                "service_request_id": request_id,
                "status": "open",
                "status_notes": None,
                "service_name": service["service_name"],
                "service_code": code,
                "description": description,
                "agency_responsible": "Riverton Public Works",
                "service_notice": "Thank you. We usually respond within 5 working days.",
                "requested_datetime": data.iso(now),
                "updated_datetime": data.iso(now),
                "expected_datetime": data.iso(now + dt.timedelta(days=5)),
                "address": address,
                "address_id": address_id,
                "zipcode": None,
                "lat": float(lat) if has_latlon and lat else None,
                "long": float(lon) if has_latlon and lon else None,
                "media_url": media_url,
                "_type": service["type"],
                "_published": not self.options.moderated,
                "_attributes": attributes,
                "_account_id": one("account_id"),
                "_device_id": one("device_id"),
                "_token": token,
            }
            self.state.requests[request_id] = record
            if service["type"] == "batch":
                self.state.tokens[token] = request_id
        marker = self._marker(description, attributes) or f"request:{request_id}"
        self.ledger.record("open311", marker)
        if service["type"] == "realtime":
            entry = {
                "service_request_id": request_id,
                "service_notice": record["service_notice"],
                "account_id": record["_account_id"],
            }
        elif service["type"] == "batch":
            entry = {
                "token": token,
                "service_notice": record["service_notice"],
                "account_id": record["_account_id"],
            }
        else:
            entry = {"service_notice": record["service_notice"], "account_id": None}
        return self._render(fmt, 200, "service_requests", "request", [entry])

    @staticmethod
    def _marker(description: str, attributes: dict[str, list[str]]) -> str | None:
        m = TXN_MARKER_RE.search(description)
        if m:
            return m.group(1).lower()
        for values in attributes.values():
            for v in values:
                m = TXN_MARKER_RE.search(v)
                if m:
                    return m.group(1).lower()
        return None

    @staticmethod
    def _check_attributes(code: str, attributes: dict[str, list[str]]) -> str | None:
        definition = DEFINITIONS.get(code)
        specs = {a["code"]: a for a in definition["attributes"]} if definition else {}
        for spec in specs.values():
            values = [v for v in attributes.get(spec["code"], []) if v != ""]
            if spec["required"] and not values:
                return f"attribute[{spec['code']}] is required"
            if not values:
                continue
            datatype = spec["datatype"]
            keys = {v["key"] for v in spec.get("values", [])}
            if datatype == "singlevaluelist" and (len(values) != 1 or values[0] not in keys):
                return f"attribute[{spec['code']}] must be one of {sorted(keys)}"
            if datatype == "multivaluelist" and not set(values) <= keys:
                return f"attribute[{spec['code']}][] must be among {sorted(keys)}"
            if datatype == "number":
                try:
                    float(values[0])
                except ValueError:
                    return f"attribute[{spec['code']}] must be a number"
            if datatype == "datetime":
                try:
                    parse_w3c(values[0])
                except ValueError:
                    return f"attribute[{spec['code']}] must be a W3C datetime with zone"
        return None

    @staticmethod
    def _public(record: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in record.items() if not k.startswith("_")}

    def get_requests(self, req: Request) -> Response:
        fmt = self._fmt(req)
        if fmt is None:
            return self.not_found(req)
        if not self._jurisdiction_ok(req.q("jurisdiction_id")):
            return self._error(fmt, 404, "jurisdiction_id not found")
        with self.state.lock:
            records = [
                r
                for r in self.state.requests.values()
                if r["_type"] != "blackbox" and r["_published"]
            ]
        ids = req.q("service_request_id")
        if ids:
            wanted = {i.strip() for i in ids.split(",") if i.strip()}
            found = [self._public(r) for r in records if r["service_request_id"] in wanted]
            return self._render(fmt, 200, "service_requests", "request", found)
        now = self.now()
        try:
            start = parse_w3c(req.q("start_date") or "") if req.q("start_date") else None
            end = parse_w3c(req.q("end_date") or "") if req.q("end_date") else None
        except ValueError:
            return self._error(fmt, 400, "start_date/end_date must be W3C datetimes with a zone")
        if start is None and end is None:
            start = now - dt.timedelta(days=90)
        elif start is None:
            assert end is not None
            start = end - dt.timedelta(days=90)
        elif end is None:
            end = min(now, start + dt.timedelta(days=90))
        if end is not None and end - start > dt.timedelta(days=90):
            return self._error(fmt, 400, "the date range may not exceed 90 days")
        codes = {c for c in (req.q("service_code") or "").split(",") if c}
        status = req.q("status")
        text = (req.q("search") or "").lower() if self.options.search else ""
        result = []
        for r in records:
            when = parse_w3c(r["requested_datetime"])
            if when < start or (end is not None and when > end):
                continue
            if codes and r["service_code"] not in codes:
                continue
            if status and r["status"] not in status.split(","):
                continue
            if text and text not in str(r["description"]).lower():
                continue
            result.append(self._public(r))
        result.sort(key=lambda r: (r["requested_datetime"], r["service_request_id"]), reverse=True)
        return self._page(req, fmt, result)

    def _page(self, req: Request, fmt: str, result: list[dict[str, Any]]) -> Response:
        """One page of a listing, as the profile's server pages it."""
        o = self.options
        if o.paging == "ignore":
            return self._render(fmt, 200, "service_requests", "request", result[: o.page_cap])
        try:
            page = int(req.q("page") or 1)
            page_size = min(int(req.q("page_size") or o.page_cap), o.page_cap)
        except ValueError:
            return self._error(fmt, 400, "page and page_size must be integers")
        if page < 1 or page_size < 1:
            return self._error(fmt, 400, "page and page_size must be positive")
        last_page = max(1, -(-len(result) // page_size))
        if o.paging == "page-repeat-last":
            page = min(page, last_page)
        body = result[(page - 1) * page_size : page * page_size]
        response = self._render(fmt, 200, "service_requests", "request", body)
        if page < last_page:
            query = {k: v[0] for k, v in req.query.items() if v}
            query.update(page=str(page + 1), page_size=str(page_size))
            next_url = f"{self.base_url}{req.path}?{urlencode(query)}"
            if o.paging_headers == "x-result":
                response.headers["X-Next-Page-URL"] = next_url
            elif o.paging_headers == "link":
                response.headers["Link"] = f'<{next_url}>; rel="next"'
        if o.paging_headers == "x-result":
            response.headers["X-Result-Count"] = str(len(result))
        return response

    def get_request(self, req: Request) -> Response:
        fmt = self._fmt(req)
        if fmt is None:
            return self.not_found(req)
        with self.state.lock:
            record = self.state.requests.get(req.params["rid"])
        if record is None or record["_type"] == "blackbox" or not record["_published"]:
            return self._error(fmt, 404, "service_request_id not found")
        return self._render(fmt, 200, "service_requests", "request", [self._public(record)])

    def get_media(self, req: Request) -> Response:
        with self.state.lock:
            photo = self.state.media.get(req.params["rid"])
        if photo is None:
            return self._error("json", 404, "media not found")
        return Response(200, photo, "image/jpeg")

    def get_token(self, req: Request) -> Response:
        fmt = self._fmt(req)
        if fmt is None:
            return self.not_found(req)
        token = req.params["token"]
        with self.state.lock:
            request_id = self.state.tokens.get(token)
        if request_id is None:
            return self._error(fmt, 404, "token not found")
        return self._render(
            fmt,
            200,
            "service_requests",
            "request",
            [{"service_request_id": request_id, "token": token}],
        )
