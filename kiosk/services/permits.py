"""Permits and licences, pure parts: what a resident may apply for or renew, the document their
card signs, and the queued submission (``permit.apply`` or ``licence.renew``).

The form's answers come from the one form engine as a body (:func:`kiosk.services.forms.form_body`);
the ID photo, when the catalog asks for one, travels in the request (base64) and the card
signs its SHA-256, never the picture itself.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from civic.catalog import Catalog, CatalogService
from civic.permits import Licence
from kiosk.services.submit import Submission

SERVICE_ID = "permits"
APPLY_KIND = "permit.apply"
RENEW_KIND = "licence.renew"


class PermitError(ValueError):
    """The application cannot be sent as it is; ``key`` is a translation key."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


@dataclass
class Application:
    """One application in progress: a catalog service and, for a renewal, the licence."""

    service: CatalogService
    licence: Licence | None = None
    values: dict[str, object] = field(default_factory=dict)
    photo: bytes = b""

    @property
    def kind(self) -> str:
        return APPLY_KIND if self.licence is None else RENEW_KIND

    def wipe(self) -> None:
        self.values.clear()
        self.photo = b""


def choices(
    catalog: Catalog | None, role: str, licences: Iterable[Licence] | None
) -> list[tuple[CatalogService, Licence | None]]:
    """What the resident may start: the catalog's permits their role is eligible for, then a
    renewal for each of their licences the catalog can renew (none already pending)."""
    if catalog is None:
        return []
    found: list[tuple[CatalogService, Licence | None]] = []
    for svc in catalog.services:
        if svc.kind == "permit" and role in svc.eligibility:
            found.append((svc, None))
    by_id = {s.service_id: s for s in catalog.services if s.kind == "licence_renewal"}
    for licence in licences or ():
        renewal = by_id.get(licence.service_id)
        if renewal is not None and licence.status != "renewal_pending":
            found.append((renewal, licence))
    return found


def needs_photo(service: CatalogService) -> bool:
    """The catalog asks for an ID photo (for the service, or as one of its fields)."""
    return service.requires_photo or any(f.type == "photo" for f in service.fields)


def document(application: Application, form: Mapping[str, object]) -> dict[str, object]:
    """What the card signs: the application without the signature (the photo by its hash)."""
    svc = application.service
    doc: dict[str, object] = {
        "service_id": svc.service_id,
        "form": dict(form),
        "fee_acknowledged": True,
    }
    if application.licence is not None:
        doc["licence_id"] = application.licence.licence_id
    if application.photo:
        doc["photo_sha256"] = hashlib.sha256(application.photo).hexdigest()
    return doc


def submission(
    application: Application,
    form: Mapping[str, object],
    signature: Mapping[str, str],
    resident_id: str,
    title: str,
) -> Submission:
    """The signed application, queued for the gateway; the fee is printed on the receipt."""
    if not resident_id:
        raise PermitError("permits.no_resident")
    svc = application.service
    body: dict[str, Any] = {
        "form": dict(form),
        "signature": dict(signature),
        "fee_acknowledged": True,
    }
    if application.photo:
        body["photo"] = {
            "content_type": "image/jpeg",
            "data_base64": base64.b64encode(application.photo).decode("ascii"),
        }
    params: dict[str, str] = {}
    if application.licence is None:
        body["service_id"] = svc.service_id
    else:
        params["licence_id"] = application.licence.licence_id
    kind = application.kind
    return Submission(
        service_id=SERVICE_ID,
        title=title,
        kind=kind,
        payload={"params": params, "body": body, "resident_id": resident_id},
        summary=f"{kind} {svc.service_id}",
        amount=svc.fee,
    )
