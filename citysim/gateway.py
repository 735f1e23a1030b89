"""The demo eCitizen gateway: implements ``docs/api/gateway.openapi.yaml`` over the seeded city.

Idempotency follows the contract (and Stripe / draft-ietf-httpapi-idempotency-key-header): the
first execution's status and body are stored per ``Idempotency-Key`` and replayed; same key with
a different request → 422; same key while the first is still executing → 409; missing key on a
mutating call → 400. Validation failures (400/401) are not stored, so a corrected retry works.
Every 2xx of a mutating call is one applied effect, counted in the ledger under its key.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import hmac
import importlib
import itertools
import json
import logging
import math
import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import citysim.data as data
import citysim.languages as languages
from citysim.faults import Fault
from citysim.httpbase import App, Request, Response, Route
from citysim.ledger import Ledger

logger = logging.getLogger(__name__)

VERSION = "1.0.0"
PROBLEM_TYPE = "https://gateway.city.example/problems/"
URGENCY_ORDER = {"high": 0, "normal": 1, "low": 2}
IDEMPOTENCY_TTL_S = 8 * 24 * 3600.0  # the contract: at least 8 days
PSEUDONYM_SECRET = b"riverton-demo-petition-pseudonym-key"
PATRON_HOLDER = re.compile(r"patron-[0-9a-f]{32}")
"""An appointment holder without a resident record: a kiosk's pseudonym of a library card."""
MAX_LOG_BUNDLE_BYTES = 1024 * 1024  # an encrypted, compressed ring buffer of log lines
MAX_MEDIA_BYTES = 2 * 1024 * 1024  # street-report photos: JPEG only, EXIF stripped on upload
MAX_FEEDBACK_CHARS = 1000
RATINGS = ("good", "ok", "bad")


def problem(
    status: int,
    code: str,
    title: str,
    detail: str | None = None,
    errors: list[dict[str, str]] | None = None,
    headers: dict[str, str] | None = None,
) -> Response:
    body: dict[str, Any] = {
        "type": PROBLEM_TYPE + code,
        "title": title,
        "status": status,
        "code": code,
    }
    if detail:
        body["detail"] = detail
    if errors:
        body["errors"] = errors
    resp = Response.of_json(status, body, headers)
    resp.content_type = "application/problem+json"
    return resp


class HandlerError(Exception):
    """Raised inside a handler to answer with a problem; ``store`` says if idempotency keeps it."""

    def __init__(self, response: Response, store: bool = False) -> None:
        super().__init__(response.status)
        self.response = response
        self.store = store


def fail(status: int, code: str, title: str, **kw: Any) -> HandlerError:
    return HandlerError(
        problem(status, code, title, **kw), store=status not in (400, 401) and status < 500
    )


def invalid(errors: list[dict[str, str]] | str) -> HandlerError:
    if isinstance(errors, str):
        errors = [{"field": "", "message": errors}]
    return HandlerError(problem(400, "validation_failed", "Validation failed", errors=errors))


@dataclass
class _IdemEntry:
    fingerprint: str
    created: float
    response: Response | None = None


class GatewayState:
    """All mutable gateway data behind one lock (a demo, not a database)."""

    def __init__(self, now: dt.datetime | None = None) -> None:
        self.lock = threading.RLock()
        now = now or dt.datetime.now(dt.UTC)
        self.started = now
        self.clock_offset_s = 0.0  # tests shift the server clock to exercise skew detection
        self.residents = json.loads(json.dumps(data.RESIDENTS))
        self.consents: dict[str, dict[str, Any]] = {
            rid: {
                "notices_email": True,
                "notices_sms": False,
                "statistics": True,
                "updated_at": data.iso(now),
            }
            for rid in self.residents
        }
        self.catalog = data.catalog_seed()
        self.bills = data.bills_seed(now)
        self.slots = data.slots_seed(now)
        self.appointments: dict[str, dict[str, Any]] = {}
        self.petitions = data.petitions_seed(now)
        self.signatures: dict[str, dict[str, dict[str, Any]]] = {p: {} for p in self.petitions}
        self.consultations = data.consultations_seed(now)
        self.consultation_responses: dict[str, dict[str, dict[str, Any]]] = {
            c: {} for c in self.consultations
        }
        self.projects = data.projects_seed(now)
        self.notices = data.notices_seed(now)
        self.licences = data.licences_seed(now)
        self.applications: dict[str, dict[str, Any]] = {}
        self.payments: dict[str, dict[str, Any]] = {}
        self.slips: dict[str, dict[str, Any]] = {}
        self.data_requests: dict[str, dict[str, Any]] = {}
        self.statistics: list[dict[str, Any]] = []
        self.media: dict[str, dict[str, Any]] = {}
        self.log_bundles: dict[str, dict[str, Any]] = {}  # encrypted kiosk log bundles (#18)
        self.feedback: list[dict[str, Any]] = []
        # SEC-16: every audit checkpoint each kiosk shipped, in order (continuity is checked)
        self.audit_checkpoints: dict[str, list[dict[str, Any]]] = {}
        self.require_signed_checkpoints = False  # a production-like gateway refuses unsigned
        self.elections = data.elections_seed(now)
        self.idempotency: dict[str, _IdemEntry] = {}
        self._ids = itertools.count(1)

    def now(self) -> dt.datetime:
        return dt.datetime.now(dt.UTC) + dt.timedelta(seconds=self.clock_offset_s)

    def next_id(self, prefix: str) -> str:
        return f"{prefix}-{next(self._ids):06d}"

    def add_notice(
        self, resident_id: str, kind: str, title: dict[str, str], reference: str | None
    ) -> None:
        self.notices.setdefault(resident_id, []).append(
            {
                "notice_id": self.next_id("NOT"),
                "kind": kind,
                "urgency": "normal",
                "title": title,
                "body": title,
                "created_at": data.iso(self.now()),
                "read": False,
                "reference": reference,
            }
        )


def _provisioning_module() -> Any | None:
    """``citysim.provisioning`` (pure enrolment functions) when another engineer has added it."""
    try:
        return importlib.import_module("citysim.provisioning")
    except ModuleNotFoundError:
        return None


class GatewayApp(App):
    service = "gateway"

    def __init__(self, state: GatewayState, ledger: Ledger) -> None:
        self.state = state
        self.ledger = ledger
        self.provisioning = _provisioning_module()

    # --- plumbing ------------------------------------------------------------------------------

    def routes(self) -> Sequence[Route]:
        r = Route
        m = self._mutating
        routes = [
            r("GET", "/health", "getHealth", self.health),
            r("GET", "/time", "getTime", self.time),
            r("GET", "/catalog", "getCatalog", self.catalog),
            r("GET", "/residents/me", "getProfile", self._safe(self.get_profile)),
            r("PUT", "/residents/me", "updateProfile", m(self.update_profile)),
            r("GET", "/residents/me/consents", "getConsents", self._safe(self.get_consents)),
            r("PUT", "/residents/me/consents", "updateConsents", m(self.update_consents)),
            r("GET", "/residents/me/data", "getDataSummary", self._safe(self.data_summary)),
            r("POST", "/residents/me/data-requests", "requestDataCopy", m(self.data_copy)),
            r(
                "POST",
                "/residents/me/corrections",
                "requestDataCorrection",
                m(self.data_correction),
            ),
            r("POST", "/residents/me/erasures", "requestDataErasure", m(self.data_erasure)),
            r("GET", "/bills", "findBills", self._safe(self.find_bills)),
            r("GET", "/bills/{bill_id}", "getBill", self._safe(self.get_bill)),
            r("POST", "/bills/{bill_id}/payments", "payBill", m(self.pay_bill)),
            r("POST", "/bills/{bill_id}/slips", "createPaymentSlip", m(self.create_slip)),
            r("GET", "/appointments/slots", "listSlots", self._safe(self.list_slots)),
            r("GET", "/appointments", "listAppointments", self._safe(self.list_appointments)),
            r("POST", "/appointments", "bookAppointment", m(self.book)),
            r(
                "POST",
                "/appointments/{appointment_id}/cancel",
                "cancelAppointment",
                m(self.cancel),
            ),
            r("GET", "/permits/applications", "listApplications", self._safe(self.list_apps)),
            r("POST", "/permits/applications", "applyForPermit", m(self.apply_permit)),
            r("GET", "/licences", "listLicences", self._safe(self.list_licences)),
            r("POST", "/licences/{licence_id}/renewals", "renewLicence", m(self.renew_licence)),
            r("GET", "/petitions", "listPetitions", self._safe(self.list_petitions)),
            r("GET", "/petitions/{petition_id}", "getPetition", self._safe(self.get_petition)),
            r(
                "POST",
                "/petitions/{petition_id}/signatures",
                "signPetition",
                m(self.sign_petition),
            ),
            r("GET", "/consultations", "listConsultations", self._safe(self.list_consultations)),
            r(
                "GET",
                "/consultations/{consultation_id}",
                "getConsultation",
                self._safe(self.get_consultation),
            ),
            r(
                "POST",
                "/consultations/{consultation_id}/responses",
                "submitConsultation",
                m(self.submit_consultation),
            ),
            r("GET", "/projects", "listProjects", self._safe(self.list_projects)),
            r("GET", "/projects/{project_id}", "getProject", self._safe(self.get_project)),
            r("GET", "/notices", "listNotices", self._safe(self.list_notices)),
            r("POST", "/notices/{notice_id}/read", "markNoticeRead", m(self.mark_read)),
            r("POST", "/statistics", "uploadStatistics", m(self.upload_statistics)),
            r("POST", "/media", "uploadMedia", m(self.upload_media)),
            r("GET", "/media/{media_id}", "getMedia", self._safe(self.get_media)),
            r("POST", "/feedback", "submitFeedback", m(self.submit_feedback)),
            r("POST", "/audit/checkpoints", "shipAuditCheckpoint", m(self.audit_checkpoint)),
            r(
                "POST",
                "/kiosks/{kiosk_id}/log-bundles",
                "uploadLogBundle",
                m(self.upload_log_bundle),
            ),
            r("GET", "/elections", "getElections", self._safe(self.get_elections)),
        ]
        if self.provisioning is not None and hasattr(self.provisioning, "handle_enrol"):
            routes.append(r("POST", "/provisioning/enrol", "enrolKiosk", m(self.enrol)))
        return routes

    def error_response(self, fault: Fault) -> Response:
        if fault.body is not None:
            resp = Response(fault.status, fault.body.encode("utf-8"))
            resp.content_type = "application/problem+json"
            return resp
        code = "unavailable" if fault.status == 503 else "internal_error"
        return problem(fault.status, code, "Injected fault")

    def not_found(self, request: Request) -> Response:
        return problem(404, "not_found", "No such resource", detail=request.path)

    def _safe(self, fn: Callable[[Request], Response]) -> Callable[[Request], Response]:
        def run(req: Request) -> Response:
            try:
                with self.state.lock:
                    response = fn(req)
            except HandlerError as exc:
                return exc.response
            if 200 <= response.status < 300 and response.content_type == "application/json":
                # the language of the answer's plain-text fields (LocalizedText says its own);
                # handlers that localize them set it
                response.headers.setdefault("Content-Language", languages.DEFAULT)
            return response

        return run

    @staticmethod
    def _language(req: Request) -> str:
        """The language asked for (Accept-Language) that the city has plain texts in."""
        return languages.choose(languages.wanted(req.header("Accept-Language")), data.LANGS)

    @staticmethod
    def _project_view(project: dict[str, Any], language: str) -> dict[str, Any]:
        view = dict(project)
        view["milestones"] = [
            {**m, "name": data.in_language(m["name"], data.MILESTONE_NAMES, language)}
            for m in project["milestones"]
        ]
        return view

    def _mutating(self, fn: Callable[[Request], Response]) -> Callable[[Request], Response]:
        state = self.state

        def run(req: Request) -> Response:
            key = req.header("Idempotency-Key")
            if not key or len(key) > 255:
                return problem(400, "idempotency_key_missing", "Idempotency-Key header is required")
            fingerprint = hashlib.sha256(
                b"\0".join(
                    [
                        req.method.encode(),
                        req.path.encode(),
                        (req.header("X-Resident-Id") or "").encode(),
                        req.body,
                    ]
                )
            ).hexdigest()
            with state.lock:
                now = state.now().timestamp()
                entry = state.idempotency.get(key)
                if entry is not None and now - entry.created > IDEMPOTENCY_TTL_S:
                    del state.idempotency[key]
                    entry = None
                if entry is not None:
                    if entry.fingerprint != fingerprint:
                        return problem(
                            422,
                            "idempotency_key_mismatch",
                            "Idempotency-Key reused with a different request",
                        )
                    if entry.response is None:
                        return problem(
                            409,
                            "idempotency_in_progress",
                            "A request with this Idempotency-Key is in progress",
                            headers={"Retry-After": "1"},
                        )
                    saved = entry.response
                    return Response(
                        saved.status,
                        saved.body,
                        saved.content_type,
                        {**saved.headers, "Idempotent-Replayed": "true"},
                    )
                state.idempotency[key] = _IdemEntry(fingerprint, now)
            store = True
            try:
                with state.lock:
                    try:
                        response = fn(req)
                    except HandlerError as exc:
                        response, store = exc.response, exc.store
                    if 200 <= response.status < 300:
                        self.ledger.record("gateway", key)
            except BaseException:
                with state.lock:
                    state.idempotency.pop(key, None)
                raise
            with state.lock:
                if store:
                    state.idempotency[key].response = response
                else:
                    state.idempotency.pop(key, None)
            return response

        return run

    # --- helpers -------------------------------------------------------------------------------

    def _resident(self, req: Request, required: bool = True) -> str | None:
        rid = req.header("X-Resident-Id")
        if not rid:
            if required:
                raise fail(401, "unauthenticated", "X-Resident-Id is required")
            return None
        if rid not in self.state.residents:
            raise fail(401, "unauthenticated", "Unknown resident")
        return rid

    @staticmethod
    def _body(req: Request, required: bool = True) -> dict[str, Any]:
        if not req.body:
            if required:
                raise invalid("request body required")
            return {}
        try:
            value = json.loads(req.body.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise invalid("body is not JSON") from exc
        if not isinstance(value, dict):
            raise invalid("body must be an object")
        return value

    @staticmethod
    def _only(
        body: dict[str, Any], allowed: set[str], required: frozenset[str] | set[str] = frozenset()
    ) -> None:
        errors = [{"field": k, "message": "unknown field"} for k in body if k not in allowed]
        errors += [{"field": k, "message": "required"} for k in required if k not in body]
        if errors:
            raise invalid(errors)

    def _bill_view(self, bill: dict[str, Any]) -> dict[str, Any]:
        out = {k: v for k, v in bill.items() if k != "resident_id"}
        if out["status"] == "open" and out["due_date"] < self.state.now().date().isoformat():
            out["status"] = "overdue"
        return out

    def _pseudonym(self, petition_id: str, resident_id: str) -> str:
        return hmac.new(
            PSEUDONYM_SECRET, f"{petition_id}\0{resident_id}".encode(), hashlib.sha256
        ).hexdigest()[:32]

    def _check_signature(self, body: dict[str, Any], field: str = "signature") -> None:
        sig = body.get(field)
        if not isinstance(sig, dict):
            raise invalid([{"field": field, "message": "card signature required"}])
        need = {"document_sha256", "algorithm", "signature_base64", "certificate_base64"}
        if set(sig) != need or not re.fullmatch(r"[0-9a-f]{64}", str(sig["document_sha256"])):
            raise invalid([{"field": field, "message": "malformed card signature"}])

    def _check_photo(self, body: dict[str, Any]) -> None:
        photo = body.get("photo")
        if (
            not isinstance(photo, dict)
            or photo.get("content_type") not in ("image/jpeg", "image/png")
            or not isinstance(photo.get("data_base64"), str)
            or not photo["data_base64"]
        ):
            raise invalid([{"field": "photo", "message": "ID photo required"}])

    def _service(self, service_id: str) -> dict[str, Any] | None:
        for svc in self.state.catalog["services"]:
            if svc["service_id"] == service_id:
                return svc  # type: ignore[no-any-return]
        return None

    @staticmethod
    def _validate_form(service: dict[str, Any], form: Any) -> None:
        if not isinstance(form, dict):
            raise invalid([{"field": "form", "message": "must be an object"}])
        errors: list[dict[str, str]] = []
        fields = {f["name"]: f for f in service["fields"]}
        for name in form:
            if name not in fields:
                errors.append({"field": name, "message": "unknown field"})
        for name, spec in fields.items():
            value = form.get(name)
            if value in (None, ""):
                if spec["required"] and spec["type"] != "photo":
                    errors.append({"field": name, "message": "required"})
                continue
            rules = spec.get("validation", {})
            ftype = spec["type"]
            if ftype in ("number", "money"):
                if isinstance(value, bool) or not isinstance(value, int | float):
                    errors.append({"field": name, "message": "must be a number"})
                    continue
                if "min" in rules and value < rules["min"]:
                    errors.append({"field": name, "message": "too small"})
                if "max" in rules and value > rules["max"]:
                    errors.append({"field": name, "message": "too large"})
            elif ftype == "yes_no":
                if not isinstance(value, bool):
                    errors.append({"field": name, "message": "must be yes or no"})
            elif ftype == "choice":
                if value not in {c["value"] for c in spec.get("choices", [])}:
                    errors.append({"field": name, "message": "not a valid choice"})
            elif ftype == "date":
                try:
                    dt.date.fromisoformat(str(value))
                except ValueError:
                    errors.append({"field": name, "message": "not a date"})
            else:
                text = str(value)
                if "max_length" in rules and len(text) > rules["max_length"]:
                    errors.append({"field": name, "message": "too long"})
                if "min_length" in rules and len(text) < rules["min_length"]:
                    errors.append({"field": name, "message": "too short"})
                if "pattern" in rules and not re.fullmatch(rules["pattern"], text):
                    errors.append({"field": name, "message": "wrong format"})
        if errors:
            raise invalid(errors)

    # --- system ----------------------------------------------------------------------------------

    def health(self, req: Request) -> Response:
        return Response.of_json(
            200, {"status": "ok", "version": VERSION, "time": data.iso(self.state.now())}
        )

    def time(self, req: Request) -> Response:
        now = self.state.now()
        return Response.of_json(
            200, {"now": data.iso(now), "epoch_ms": int(now.timestamp() * 1000)}
        )

    def catalog(self, req: Request) -> Response:
        with self.state.lock:
            catalog = json.loads(json.dumps(self.state.catalog))
        etag = f'"{catalog["version"]}"'
        if req.header("If-None-Match") == etag:
            return Response(304, b"", headers={"ETag": etag})
        return Response.of_json(200, catalog, {"ETag": etag})

    # --- residents -------------------------------------------------------------------------------

    def _profile(self, rid: str) -> dict[str, Any]:
        return dict(self.state.residents[rid])

    def get_profile(self, req: Request) -> Response:
        rid = self._resident(req)
        assert rid is not None
        return Response.of_json(200, self._profile(rid))

    def update_profile(self, req: Request) -> Response:
        rid = self._resident(req)
        assert rid is not None
        body = self._body(req)
        self._only(body, {"preferred_language", "email", "phone"})
        if not body:
            raise invalid("nothing to update")
        if "preferred_language" in body and body["preferred_language"] not in data.LANGS:
            raise invalid([{"field": "preferred_language", "message": "unsupported"}])
        for key in ("email", "phone"):
            if key in body and body[key] is not None and not isinstance(body[key], str):
                raise invalid([{"field": key, "message": "must be text"}])
        self.state.residents[rid].update(body)
        return Response.of_json(200, self._profile(rid))

    def get_consents(self, req: Request) -> Response:
        rid = self._resident(req)
        assert rid is not None
        return Response.of_json(200, self.state.consents[rid])

    def update_consents(self, req: Request) -> Response:
        rid = self._resident(req)
        assert rid is not None
        body = self._body(req)
        allowed = {"notices_email", "notices_sms", "statistics"}
        self._only(body, allowed)
        if not body or any(not isinstance(v, bool) for v in body.values()):
            raise invalid("consents must be booleans")
        consents = self.state.consents[rid]
        consents.update(body)
        consents["updated_at"] = data.iso(self.state.now())
        return Response.of_json(200, consents)

    def data_summary(self, req: Request) -> Response:
        rid = self._resident(req)
        assert rid is not None
        s = self.state
        t = data.t
        categories = [
            {
                "category": "identity",
                "description": t(
                    "Name, date of birth, address",
                    "Nombre, fecha de nacimiento, dirección",
                    "Nom, date de naissance, adresse",
                    "الاسم وتاريخ الميلاد والعنوان",
                ),
                "records": 1,
                "retention": "while resident",
            },
            {
                "category": "bills",
                "description": t(
                    "Bills and payments",
                    "Facturas y pagos",
                    "Factures et paiements",
                    "الفواتير والمدفوعات",
                ),
                "records": sum(1 for b in s.bills.values() if b["resident_id"] == rid)
                + sum(1 for p in s.payments.values() if p["resident_id"] == rid),
                "retention": "10 years (tax law)",
            },
            {
                "category": "appointments",
                "description": t("Appointments", "Citas", "Rendez-vous", "المواعيد"),
                "records": sum(1 for a in s.appointments.values() if a["resident_id"] == rid),
                "retention": "1 year",
            },
            {
                "category": "applications",
                "description": t(
                    "Permits and licences",
                    "Permisos y licencias",
                    "Permis et licences",
                    "التصاريح والرخص",
                ),
                "records": sum(1 for a in s.applications.values() if a["resident_id"] == rid)
                + sum(1 for lic in s.licences.values() if lic["resident_id"] == rid),
                "retention": "5 years after expiry",
            },
            {
                "category": "notices",
                "description": t("Notices", "Avisos", "Avis", "الإشعارات"),
                "records": len(s.notices.get(rid, [])),
                "retention": "2 years",
            },
        ]
        language = self._language(req)
        for category in categories:
            category["retention"] = data.in_language(
                str(category["retention"]), data.RETENTION_TEXTS, language
            )
        return Response.of_json(
            200, {"resident_id": rid, "categories": categories}, {"Content-Language": language}
        )

    def data_copy(self, req: Request) -> Response:
        rid = self._resident(req)
        assert rid is not None
        body = self._body(req)
        self._only(body, {"delivery", "format"}, {"delivery"})
        if body["delivery"] not in ("email", "post", "pickup") or body.get("format", "pdf") not in (
            "pdf",
            "json",
        ):
            raise invalid("bad delivery or format")
        request_id = self.state.next_id("DCR")
        receipt = {
            "request_id": request_id,
            "status": "received",
            "delivery": body["delivery"],
            "created_at": data.iso(self.state.now()),
        }
        self.state.data_requests[request_id] = {**receipt, "resident_id": rid}
        self.state.add_notice(
            rid,
            "transaction",
            data.t(
                "Data copy requested",
                "Copia de datos solicitada",
                "Copie des données demandée",
                "تم طلب نسخة من البيانات",
            ),
            request_id,
        )
        return Response.of_json(201, receipt)

    def _data_request(self, rid: str, kind: str, record: dict[str, Any]) -> dict[str, Any]:
        request_id = self.state.next_id("DCR")
        receipt = {
            "request_id": request_id,
            "kind": kind,
            "status": "received",
            "answer_by": (self.state.now() + dt.timedelta(days=30)).date().isoformat(),
            "created_at": data.iso(self.state.now()),
        }
        self.state.data_requests[request_id] = {**receipt, **record, "resident_id": rid}
        return receipt

    def data_correction(self, req: Request) -> Response:
        """GDPR Art. 16: the resident says which value is wrong and what it should be; a clerk
        checks it (the profile is not changed here)."""
        rid = self._resident(req)
        assert rid is not None
        body = self._body(req)
        self._only(body, {"field", "correction"}, {"field", "correction"})
        correction = body["correction"]
        if body["field"] not in ("address", "phone", "email", "display_name"):
            raise invalid([{"field": "field", "message": "not a correctable field"}])
        if not isinstance(correction, str) or not 1 <= len(correction.strip()) <= 200:
            raise invalid([{"field": "correction", "message": "1 to 200 characters"}])
        receipt = self._data_request(
            rid, "correction", {"field": body["field"], "correction": correction.strip()}
        )
        self.state.add_notice(
            rid,
            "transaction",
            data.t(
                "Correction of your data requested",
                "Rectificación de sus datos solicitada",
                "Rectification de vos données demandée",
                "تم طلب تصحيح بياناتك",
            ),
            receipt["request_id"],
        )
        return Response.of_json(201, receipt)

    def data_erasure(self, req: Request) -> Response:
        """GDPR Art. 17: erase what the city may; what the law makes it keep stays (its answer
        says which)."""
        rid = self._resident(req)
        assert rid is not None
        body = self._body(req)
        self._only(body, {"scope"}, {"scope"})
        if body["scope"] != "all":
            raise invalid([{"field": "scope", "message": "must be all"}])
        receipt = self._data_request(rid, "erasure", {"scope": "all"})
        self.state.add_notice(
            rid,
            "transaction",
            data.t(
                "Erasure of your data requested",
                "Supresión de sus datos solicitada",
                "Effacement de vos données demandé",
                "تم طلب محو بياناتك",
            ),
            receipt["request_id"],
        )
        return Response.of_json(201, receipt)

    # --- bills -----------------------------------------------------------------------------------

    def find_bills(self, req: Request) -> Response:
        account = req.q("account_number")
        code = req.q("bill_code")
        if not account and not code:
            raise invalid("account_number or bill_code required")
        bills = [
            self._bill_view(b)
            for b in self.state.bills.values()
            if (account and b["account_number"] == account) or (code and b["bill_code"] == code)
        ]
        return Response.of_json(200, {"bills": bills})

    def _bill(self, req: Request) -> dict[str, Any]:
        bill = self.state.bills.get(req.params["bill_id"])
        if bill is None:
            raise fail(404, "not_found", "No such bill")
        return bill

    def get_bill(self, req: Request) -> Response:
        return Response.of_json(200, self._bill_view(self._bill(req)))

    def pay_bill(self, req: Request) -> Response:
        rid = self._resident(req)
        assert rid is not None
        bill = self._bill(req)
        body = self._body(req)
        self._only(
            body, {"amount_minor", "currency", "method"}, {"amount_minor", "currency", "method"}
        )
        if body["method"] != "account":
            raise invalid([{"field": "method", "message": "only 'account' is supported"}])
        if bill["status"] == "paid":
            raise fail(409, "bill_already_paid", "The bill is already paid")
        if body["amount_minor"] != bill["amount_minor"] or body["currency"] != bill["currency"]:
            raise fail(409, "amount_mismatch", "The amount differs from the open amount")
        if "resident" not in self.state.residents[rid]["roles"]:
            raise fail(402, "payment_declined", "No payment method on this account")
        payment_id = self.state.next_id("PAY")
        payment = {
            "payment_id": payment_id,
            "bill_id": bill["bill_id"],
            "amount_minor": bill["amount_minor"],
            "currency": bill["currency"],
            "method": "account",
            "status": "accepted",
            "receipt_number": f"R{payment_id[4:]}",
            "paid_at": data.iso(self.state.now()),
        }
        bill["status"] = "paid"
        for notice in self.state.notices.get(rid, []):  # the reminder is retired with the bill
            if notice["kind"] == "bill_due" and notice["reference"] == bill["bill_id"]:
                notice["read"] = True
        self.state.payments[payment_id] = {**payment, "resident_id": rid}
        self.state.add_notice(
            rid,
            "transaction",
            data.t("Bill paid", "Factura pagada", "Facture payée", "تم دفع الفاتورة"),
            payment_id,
        )
        return Response.of_json(201, payment)

    def create_slip(self, req: Request) -> Response:
        self._resident(req, required=False)
        bill = self._bill(req)
        body = self._body(req, required=False)
        self._only(body, {"language"})
        if bill["status"] == "paid":
            raise fail(409, "bill_already_paid", "The bill is already paid")
        slip_id = self.state.next_id("SLP")
        digits = re.sub(r"\D", "", bill["bill_code"]).rjust(13, "0")
        barcode = f"9{digits}{bill['amount_minor']:010d}{slip_id[-6:]}"
        slip = {
            "slip_id": slip_id,
            "bill_id": bill["bill_id"],
            "amount_minor": bill["amount_minor"],
            "currency": bill["currency"],
            "barcode": barcode,
            "barcode_format": "code128",
            "payable_until": (self.state.now() + dt.timedelta(days=30)).date().isoformat(),
            "created_at": data.iso(self.state.now()),
        }
        self.state.slips[slip_id] = slip
        return Response.of_json(201, slip)

    # --- appointments ----------------------------------------------------------------------------

    def list_slots(self, req: Request) -> Response:
        service = req.q("service")
        date_from = req.q("date_from")
        date_to = req.q("date_to")
        slots = [
            s
            for s in self.state.slots.values()
            if (not service or s["service"] == service)
            and (not date_from or s["start"][:10] >= date_from)
            and (not date_to or s["start"][:10] <= date_to)
        ]
        slots.sort(key=lambda s: (s["start"], s["service"]))
        return Response.of_json(200, {"slots": slots})

    def _appointment_view(self, appt: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in appt.items() if k != "resident_id"}

    def _appointment_holder(self, req: Request) -> str:
        """A resident, or a library patron: ``patron-<32 hex>``, the kiosk's pseudonym of the
        library card (no resident record; the city never learns the library number)."""
        rid = req.header("X-Resident-Id")
        if rid and PATRON_HOLDER.fullmatch(rid):
            return rid
        resident = self._resident(req)
        assert resident is not None
        return resident

    def list_appointments(self, req: Request) -> Response:
        rid = self._appointment_holder(req)
        appts = [
            self._appointment_view(a)
            for a in self.state.appointments.values()
            if a["resident_id"] == rid
        ]
        return Response.of_json(200, {"appointments": appts})

    def book(self, req: Request) -> Response:
        rid = self._appointment_holder(req)
        body = self._body(req)
        self._only(body, {"slot_id", "note"}, {"slot_id"})
        if "note" in body and (not isinstance(body["note"], str) or len(body["note"]) > 500):
            raise invalid([{"field": "note", "message": "too long"}])
        slot = self.state.slots.get(str(body["slot_id"]))
        if slot is None:
            raise fail(404, "not_found", "No such slot")
        if not slot["available"]:
            raise fail(409, "slot_taken", "The slot is no longer free")
        slot["available"] = False
        appt_id = self.state.next_id("APT")
        appt = {
            "appointment_id": appt_id,
            "slot_id": slot["slot_id"],
            "service": slot["service"],
            "start": slot["start"],
            "end": slot["end"],
            "location": slot["location"],
            "status": "booked",
            "created_at": data.iso(self.state.now()),
            "resident_id": rid,
        }
        self.state.appointments[appt_id] = appt
        if rid in self.state.residents:  # a patron has no notices inbox
            self.state.add_notice(
                rid,
                "appointment",
                data.t(
                    "Appointment booked", "Cita reservada", "Rendez-vous réservé", "تم حجز الموعد"
                ),
                appt_id,
            )
        return Response.of_json(201, self._appointment_view(appt))

    def cancel(self, req: Request) -> Response:
        rid = self._appointment_holder(req)
        appt = self.state.appointments.get(req.params["appointment_id"])
        if appt is None or appt["resident_id"] != rid:
            raise fail(404, "not_found", "No such appointment")
        if appt["status"] == "booked":
            appt["status"] = "cancelled"
            self.state.slots[appt["slot_id"]]["available"] = True
        return Response.of_json(200, self._appointment_view(appt))

    # --- permits and licences --------------------------------------------------------------------

    def _app_view(self, app: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in app.items() if k not in ("resident_id", "form")}

    def list_apps(self, req: Request) -> Response:
        rid = self._resident(req)
        apps = [
            self._app_view(a) for a in self.state.applications.values() if a["resident_id"] == rid
        ]
        return Response.of_json(200, {"applications": apps})

    def _new_application(
        self, rid: str, service: dict[str, Any], kind: str, form: Any, licence_id: str | None
    ) -> dict[str, Any]:
        app_id = self.state.next_id("APP")
        app = {
            "application_id": app_id,
            "service_id": service["service_id"],
            "kind": kind,
            "status": "submitted",
            "fee": service["fee"],
            "submitted_at": data.iso(self.state.now()),
            "reference": f"RVT/{self.state.now():%Y}/{app_id[-6:]}",
            "licence_id": licence_id,
            "resident_id": rid,
            "form": form,
        }
        self.state.applications[app_id] = app
        self.state.add_notice(
            rid,
            "application_status",
            data.t(
                "Application received", "Solicitud recibida", "Demande reçue", "تم استلام الطلب"
            ),
            app_id,
        )
        return app

    def apply_permit(self, req: Request) -> Response:
        rid = self._resident(req)
        assert rid is not None
        body = self._body(req)
        self._only(
            body,
            {"service_id", "form", "photo", "signature", "fee_acknowledged"},
            {"service_id", "form", "signature", "fee_acknowledged"},
        )
        service = self._service(str(body["service_id"]))
        if service is None or service["kind"] != "permit":
            raise fail(404, "unknown_service", "No such permit type")
        self._validate_form(service, body["form"])
        self._check_signature(body)
        if service["requires_photo"]:
            self._check_photo(body)
        if service["fee"] and body["fee_acknowledged"] is not True:
            raise invalid([{"field": "fee_acknowledged", "message": "the fee must be accepted"}])
        app = self._new_application(rid, service, "permit", body["form"], None)
        return Response.of_json(201, self._app_view(app))

    def list_licences(self, req: Request) -> Response:
        rid = self._resident(req)
        lics = [
            {k: v for k, v in lic.items() if k != "resident_id"}
            for lic in self.state.licences.values()
            if lic["resident_id"] == rid
        ]
        return Response.of_json(200, {"licences": lics})

    def renew_licence(self, req: Request) -> Response:
        rid = self._resident(req)
        assert rid is not None
        lic = self.state.licences.get(req.params["licence_id"])
        if lic is None or lic["resident_id"] != rid:
            raise fail(404, "not_found", "No such licence")
        body = self._body(req)
        self._only(
            body,
            {"form", "photo", "signature", "fee_acknowledged"},
            {"form", "photo", "signature", "fee_acknowledged"},
        )
        service = self._service(lic["service_id"])
        assert service is not None
        self._validate_form(service, body["form"])
        self._check_photo(body)
        self._check_signature(body)
        if service["fee"] and body["fee_acknowledged"] is not True:
            raise invalid([{"field": "fee_acknowledged", "message": "the fee must be accepted"}])
        if lic["status"] == "renewal_pending":
            raise fail(409, "renewal_pending", "A renewal is already being processed")
        lic["status"] = "renewal_pending"
        app = self._new_application(
            rid, service, "licence_renewal", body["form"], lic["licence_id"]
        )
        return Response.of_json(201, self._app_view(app))

    # --- petitions -------------------------------------------------------------------------------

    def _petition_view(self, pet: dict[str, Any], rid: str | None, full: bool) -> dict[str, Any]:
        keys = ["petition_id", "title", "summary", "signature_count", "goal", "closes_at", "status"]
        if full:
            keys += ["text", "author", "opens_at"]
        out = {k: pet[k] for k in keys}
        out["signed_by_me"] = (
            None
            if rid is None
            else self._pseudonym(pet["petition_id"], rid)
            in self.state.signatures[pet["petition_id"]]
        )
        return out

    def list_petitions(self, req: Request) -> Response:
        rid = self._resident(req, required=False)
        pets = sorted(
            self.state.petitions.values(), key=lambda p: (p["status"] != "open", p["closes_at"])
        )
        return Response.of_json(
            200, {"petitions": [self._petition_view(p, rid, False) for p in pets]}
        )

    def get_petition(self, req: Request) -> Response:
        rid = self._resident(req, required=False)
        pet = self.state.petitions.get(req.params["petition_id"])
        if pet is None:
            raise fail(404, "not_found", "No such petition")
        return Response.of_json(200, self._petition_view(pet, rid, True))

    def sign_petition(self, req: Request) -> Response:
        rid = self._resident(req)
        assert rid is not None
        pet = self.state.petitions.get(req.params["petition_id"])
        if pet is None:
            raise fail(404, "not_found", "No such petition")
        body = self._body(req)
        self._only(body, {"signature"}, {"signature"})
        self._check_signature(body)
        if pet["status"] != "open":
            raise fail(409, "closed", "The petition is closed")
        pseudonym = self._pseudonym(pet["petition_id"], rid)
        sigs = self.state.signatures[pet["petition_id"]]
        if pseudonym in sigs:
            raise fail(409, "already_signed", "You have already signed this petition")
        now = data.iso(self.state.now())
        sigs[pseudonym] = {"signed_at": now, "signature": body["signature"]}
        pet["signature_count"] += 1
        return Response.of_json(
            201,
            {
                "petition_id": pet["petition_id"],
                "pseudonym": pseudonym,
                "signed_at": now,
                "signature_count": pet["signature_count"],
            },
        )

    # --- consultations ---------------------------------------------------------------------------

    def _consultation_view(
        self, con: dict[str, Any], rid: str | None, full: bool
    ) -> dict[str, Any]:
        keys = ["consultation_id", "title", "description", "closes_at", "status"]
        if full:
            keys.append("questions")
        out = {k: con[k] for k in keys}
        out["submitted_by_me"] = (
            None
            if rid is None
            else self._pseudonym(con["consultation_id"], rid)
            in self.state.consultation_responses[con["consultation_id"]]
        )
        return out

    def list_consultations(self, req: Request) -> Response:
        rid = self._resident(req, required=False)
        cons = [self._consultation_view(c, rid, False) for c in self.state.consultations.values()]
        return Response.of_json(200, {"consultations": cons})

    def get_consultation(self, req: Request) -> Response:
        rid = self._resident(req, required=False)
        con = self.state.consultations.get(req.params["consultation_id"])
        if con is None:
            raise fail(404, "not_found", "No such consultation")
        return Response.of_json(200, self._consultation_view(con, rid, True))

    def submit_consultation(self, req: Request) -> Response:
        rid = self._resident(req)
        assert rid is not None
        con = self.state.consultations.get(req.params["consultation_id"])
        if con is None:
            raise fail(404, "not_found", "No such consultation")
        body = self._body(req)
        self._only(body, {"answers"}, {"answers"})
        answers = body["answers"]
        if not isinstance(answers, list):
            raise invalid([{"field": "answers", "message": "must be a list"}])
        questions = {q["question_id"]: q for q in con["questions"]}
        errors: list[dict[str, str]] = []
        given: set[str] = set()
        for ans in answers:
            if not isinstance(ans, dict) or ans.get("question_id") not in questions:
                errors.append({"field": "answers", "message": "unknown question"})
                continue
            q = questions[ans["question_id"]]
            given.add(q["question_id"])
            valid_choices = {c["choice_id"] for c in q["choices"]}
            choices = ans.get("choice_ids", [])
            if not isinstance(choices, list) or not set(choices) <= valid_choices:
                errors.append({"field": q["question_id"], "message": "invalid choice"})
            elif q["kind"] == "single_choice" and len(choices) > 1:
                errors.append({"field": q["question_id"], "message": "one choice only"})
            text = ans.get("text", "")
            if not isinstance(text, str) or len(text) > int(q.get("max_length", 4000)):
                errors.append({"field": q["question_id"], "message": "text too long"})
        for qid, q in questions.items():
            if q["required"] and qid not in given:
                errors.append({"field": qid, "message": "required"})
        if errors:
            raise invalid(errors)
        if con["status"] != "open":
            raise fail(409, "closed", "The consultation is closed")
        pseudonym = self._pseudonym(con["consultation_id"], rid)
        responses = self.state.consultation_responses[con["consultation_id"]]
        if pseudonym in responses:
            raise fail(409, "already_submitted", "You have already taken part")
        response_id = self.state.next_id("CRS")
        now = data.iso(self.state.now())
        responses[pseudonym] = {"response_id": response_id, "answers": answers, "submitted_at": now}
        return Response.of_json(
            201,
            {
                "consultation_id": con["consultation_id"],
                "response_id": response_id,
                "submitted_at": now,
            },
        )

    # --- projects --------------------------------------------------------------------------------

    @staticmethod
    def _distance_m(a: tuple[float, float], b: tuple[float, float]) -> float:
        lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
        h = (
            math.sin((lat2 - lat1) / 2) ** 2
            + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
        )
        return 2 * 6_371_000 * math.asin(math.sqrt(h))

    def list_projects(self, req: Request) -> Response:
        lat_s, lon_s, radius_s = req.q("lat"), req.q("lon"), req.q("radius_m")
        projects = [dict(p) for p in self.state.projects.values()]
        if lat_s is not None or lon_s is not None:
            try:
                here = (float(lat_s or ""), float(lon_s or ""))
                radius = int(radius_s) if radius_s else None
            except ValueError as exc:
                raise invalid("lat, lon and radius_m must be numbers") from exc
            if not (-90 <= here[0] <= 90 and -180 <= here[1] <= 180) or (
                radius is not None and not 1 <= radius <= 100_000
            ):
                raise invalid("location out of range")
            for p in projects:
                p["distance_m"] = round(
                    self._distance_m(here, (p["location"]["lat"], p["location"]["lon"])), 1
                )
            projects = [p for p in projects if radius is None or p["distance_m"] <= radius]
            projects.sort(key=lambda p: p["distance_m"])
        language = self._language(req)
        return Response.of_json(
            200,
            {"projects": [self._project_view(p, language) for p in projects]},
            {"Content-Language": language},
        )

    def get_project(self, req: Request) -> Response:
        project = self.state.projects.get(req.params["project_id"])
        if project is None:
            raise fail(404, "not_found", "No such project")
        language = self._language(req)
        return Response.of_json(
            200, self._project_view(project, language), {"Content-Language": language}
        )

    # --- notices ---------------------------------------------------------------------------------

    def list_notices(self, req: Request) -> Response:
        rid = self._resident(req)
        assert rid is not None
        notices = sorted(
            self.state.notices.get(rid, []), key=lambda n: n["created_at"], reverse=True
        )
        notices.sort(key=lambda n: URGENCY_ORDER[n["urgency"]])
        return Response.of_json(200, {"notices": notices})

    def mark_read(self, req: Request) -> Response:
        rid = self._resident(req)
        assert rid is not None
        for notice in self.state.notices.get(rid, []):
            if notice["notice_id"] == req.params["notice_id"]:
                notice["read"] = True
                return Response.of_json(200, notice)
        raise fail(404, "not_found", "No such notice")

    # --- statistics ------------------------------------------------------------------------------

    def upload_statistics(self, req: Request) -> Response:
        body = self._body(req)
        need = {"kiosk_id", "period_start", "period_end", "suppression_threshold", "counters"}
        self._only(body, need, need)
        counters = body["counters"]
        threshold = body["suppression_threshold"]
        if not isinstance(counters, dict) or not isinstance(threshold, int) or threshold < 1:
            raise invalid("bad counters or threshold")
        bad = [
            k for k, v in counters.items() if not isinstance(v, int) or isinstance(v, bool) or v < 0
        ]
        if bad:
            raise invalid([{"field": f"counters.{k}", "message": "must be a count"} for k in bad])
        small = [k for k, v in counters.items() if 0 < v < threshold]
        if small:
            raise invalid([{"field": f"counters.{k}", "message": "not suppressed"} for k in small])
        batch_id = self.state.next_id("STB")
        self.state.statistics.append({"batch_id": batch_id, **body})
        return Response.of_json(
            202, {"batch_id": batch_id, "accepted_at": data.iso(self.state.now())}
        )

    # --- media (street-report photos) ------------------------------------------------------------

    def upload_media(self, req: Request) -> Response:
        """A JPEG for an Open311 ``media_url``: stored without its metadata, served publicly."""
        ctype = (req.header("Content-Type") or "").split(";")[0].strip().lower()
        if ctype != "image/jpeg":
            raise fail(415, "media_unsupported_type", "Only image/jpeg is accepted")
        if len(req.body) > MAX_MEDIA_BYTES:
            raise fail(413, "media_too_large", f"At most {MAX_MEDIA_BYTES} bytes")
        try:
            clean = strip_jpeg_metadata(req.body)
        except ValueError as exc:
            raise fail(415, "media_unsupported_type", "Not a JPEG image") from exc
        media_id = self.state.next_id("MED")
        digest = hashlib.sha256(clean).hexdigest()
        host = req.header("Host") or "127.0.0.1"
        self.state.media[media_id] = {
            "media_id": media_id,
            "content": clean,
            "sha256": digest,
            "created_at": data.iso(self.state.now()),
        }
        return Response.of_json(
            201,
            {
                "media_id": media_id,
                "media_url": f"http://{host}/media/{media_id}",
                "content_type": "image/jpeg",
                "size_bytes": len(clean),
                "sha256": digest,
            },
        )

    def get_media(self, req: Request) -> Response:
        item = self.state.media.get(req.params["media_id"])
        if item is None:
            raise fail(404, "not_found", "No such media")
        return Response(200, item["content"], "image/jpeg")

    # --- kiosk log bundles (issue #18: a fleet operator's upload_logs command) -------------------

    def upload_log_bundle(self, req: Request) -> Response:
        """An encrypted log bundle (``ECKX1``, kiosk/records/log_export.py): kept as received; only
        the city office's private key opens it."""
        if (req.header("Content-Type") or "").split(";")[0].strip().lower() != (
            "application/octet-stream"
        ):
            raise fail(415, "log_bundle_unsupported_type", "application/octet-stream only")
        if len(req.body) > MAX_LOG_BUNDLE_BYTES:
            raise fail(413, "log_bundle_too_large", f"At most {MAX_LOG_BUNDLE_BYTES} bytes")
        if not req.body.startswith(b"ECKX1"):
            raise fail(422, "log_bundle_invalid", "Not an encrypted kiosk log bundle")
        bundle_id = self.state.next_id("LOG")
        digest = hashlib.sha256(req.body).hexdigest()
        self.state.log_bundles[bundle_id] = {
            "kiosk_id": req.params["kiosk_id"],
            "content": req.body,
            "sha256": digest,
        }
        return Response.of_json(
            201, {"bundle_id": bundle_id, "sha256": digest, "size_bytes": len(req.body)}
        )

    # --- audit checkpoints (SEC-16) --------------------------------------------------------------

    def audit_checkpoint(self, req: Request) -> Response:
        """A kiosk's signed audit-log head: kept per kiosk, refused (409 audit_discontinuous) if
        it goes backwards or changes the hash of a seq already shipped (a rewritten or cut log).
        The demo gateway checks the signature with the certificate in the body; a real gateway
        takes the certificate from the mTLS session."""
        body = self._body(req)
        self._only(body, {"payload", "algorithm", "signature", "certificate"}, {"payload"})
        point = _checkpoint_payload(body.get("payload"))
        algorithm = body.get("algorithm", "none")
        if algorithm == "none":
            if self.state.require_signed_checkpoints or "signature" in body:
                raise invalid(
                    [{"field": "signature", "message": "a signed checkpoint is required"}]
                )
        elif algorithm == "ECDSA-P256-SHA256":
            _check_checkpoint_signature(body, point["kiosk_id"])
        else:
            raise invalid([{"field": "algorithm", "message": "unknown algorithm"}])
        shipped = self.state.audit_checkpoints.setdefault(point["kiosk_id"], [])
        if shipped:
            last = shipped[-1]
            if point["seq"] < last["seq"] or (
                point["seq"] == last["seq"] and point["hash"] != last["hash"]
            ):
                raise fail(
                    409,
                    "audit_discontinuous",
                    "The audit log went backwards or was rewritten",
                    detail=f"last checkpoint seq {last['seq']}",
                )
        received = data.iso(self.state.now())
        shipped.append({**point, "algorithm": algorithm, "received_at": received})
        return Response.of_json(
            201,
            {
                "checkpoint": f"{point['seq']}:{point['hash']}",
                "kiosk_id": point["kiosk_id"],
                "received_at": received,
            },
        )

    # --- feedback --------------------------------------------------------------------------------

    def submit_feedback(self, req: Request) -> Response:
        """An anonymous free-text comment at the end of a session (never logged here either)."""
        body = self._body(req)
        allowed = {"comment", "rating", "service_id", "language", "kiosk_id"}
        self._only(body, allowed, {"comment", "kiosk_id"})
        comment = body["comment"]
        if not isinstance(comment, str) or not comment.strip():
            raise invalid([{"field": "comment", "message": "required"}])
        if len(comment) > MAX_FEEDBACK_CHARS:
            raise invalid([{"field": "comment", "message": "too long"}])
        rating = body.get("rating")
        if rating is not None and rating not in RATINGS:
            raise invalid([{"field": "rating", "message": "not a valid rating"}])
        for name in ("service_id", "language", "kiosk_id"):
            value = body.get(name)
            if value is not None and (not isinstance(value, str) or len(value) > 64):
                raise invalid([{"field": name, "message": "must be a short string"}])
        feedback_id = self.state.next_id("FBK")
        received = data.iso(self.state.now())
        self.state.feedback.append({"feedback_id": feedback_id, "received_at": received, **body})
        return Response.of_json(202, {"feedback_id": feedback_id, "received_at": received})

    # --- election information --------------------------------------------------------------------

    def get_elections(self, req: Request) -> Response:
        """Public election information; with a resident, their polling station too."""
        rid = self._resident(req, required=False)
        out: dict[str, Any] = {
            "as_of": data.iso(self.state.now()),
            **json.loads(json.dumps(self.state.elections)),
            "polling_stations": list(data.POLLING_STATIONS.values()),
        }
        if rid is not None:
            roll = data.ELECTORAL_ROLL.get(rid)
            out["my_registration"] = (
                None
                if roll is None
                else {
                    "registered": roll["registered"],
                    "polling_station": data.POLLING_STATIONS[roll["station_id"]],
                }
            )
        return Response.of_json(200, out)

    # --- provisioning ----------------------------------------------------------------------------

    def enrol(self, req: Request) -> Response:
        """Delegates to ``citysim.provisioning.handle_enrol(body) -> (status, dict)``."""
        body = self._body(req)
        assert self.provisioning is not None
        status, payload = self.provisioning.handle_enrol(body)
        if int(status) >= 400:
            code = str(payload.get("code", "provisioning.refused"))
            raise fail(int(status), code, str(payload.get("title", code)))
        return Response.of_json(int(status), payload)


_STANDALONE = {0x01, *range(0xD0, 0xD8)}  # TEM, RST0-7: markers without a length


def strip_jpeg_metadata(jpeg: bytes) -> bytes:
    """The JPEG without APP1-APP15 (EXIF, XMP, ICC...) and COM segments; APP0 (JFIF) is kept.

    Raises ValueError when ``jpeg`` is not a well-formed baseline/progressive JPEG stream.
    """
    if len(jpeg) < 4 or jpeg[:2] != b"\xff\xd8" or jpeg[-2:] != b"\xff\xd9":
        raise ValueError("not a JPEG")
    out = bytearray(b"\xff\xd8")
    i = 2
    while i < len(jpeg):
        if jpeg[i] != 0xFF:
            raise ValueError("segment marker expected")
        marker = jpeg[i + 1] if i + 1 < len(jpeg) else -1
        if marker == 0xFF:  # fill byte
            i += 1
            continue
        if marker == 0xDA:  # start of scan: the rest is image data up to EOI
            out += jpeg[i:]
            return bytes(out)
        if marker == 0xD9:
            out += jpeg[i : i + 2]
            return bytes(out)
        if marker in _STANDALONE:
            out += jpeg[i : i + 2]
            i += 2
            continue
        if i + 4 > len(jpeg):
            raise ValueError("truncated segment")
        length = int.from_bytes(jpeg[i + 2 : i + 4], "big")
        end = i + 2 + length
        if length < 2 or end > len(jpeg):
            raise ValueError("bad segment length")
        if not (0xE1 <= marker <= 0xEF or marker == 0xFE):
            out += jpeg[i:end]
        i = end
    raise ValueError("no image data")


_HEX64 = re.compile(r"^[0-9a-f]{64}$")


def _checkpoint_payload(value: Any) -> dict[str, Any]:
    """The decoded checkpoint payload, or a 400 naming what is wrong (hostile input included)."""
    if not isinstance(value, str) or len(value) > 4096:
        raise invalid([{"field": "payload", "message": "must be base64 text"}])
    try:
        point = json.loads(base64.b64decode(value, validate=True))
    except (binascii.Error, ValueError, RecursionError):
        raise invalid([{"field": "payload", "message": "not base64 JSON"}]) from None
    if not isinstance(point, dict):
        raise invalid([{"field": "payload", "message": "must be an object"}])
    kiosk_id, seq, digest = point.get("kiosk_id"), point.get("seq"), point.get("hash")
    mac = point.get("mac")
    if (
        not isinstance(kiosk_id, str)
        or not 0 < len(kiosk_id) <= 64
        or not isinstance(seq, int)
        or isinstance(seq, bool)
        or seq < 1
        or not isinstance(digest, str)
        or _HEX64.fullmatch(digest) is None
        or (mac is not None and (not isinstance(mac, str) or _HEX64.fullmatch(mac) is None))
        or not isinstance(point.get("time"), str)
    ):
        raise invalid([{"field": "payload", "message": "not a checkpoint"}])
    return point


def _check_checkpoint_signature(body: dict[str, Any], kiosk_id: str) -> None:
    from cryptography import x509
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    try:
        cert = x509.load_pem_x509_certificate(str(body["certificate"]).encode("ascii"))
        public = cert.public_key()
        if not isinstance(public, ec.EllipticCurvePublicKey):
            raise ValueError("not an EC certificate")
        public.verify(
            base64.b64decode(str(body["signature"]), validate=True),
            base64.b64decode(str(body["payload"]), validate=True),
            ec.ECDSA(hashes.SHA256()),
        )
    except (KeyError, ValueError, TypeError, binascii.Error, InvalidSignature):
        raise invalid([{"field": "signature", "message": "does not verify"}]) from None
    names = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    if not names or names[0].value != kiosk_id:
        raise invalid([{"field": "certificate", "message": "not this kiosk's certificate"}])
