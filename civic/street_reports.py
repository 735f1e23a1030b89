"""Street reports (Open311 GeoReport v2): report categories, their questions, a report's status.

The names are GeoReport's own: a "service" there is a category of report (pothole, graffiti).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Open311Service:
    service_code: str
    service_name: str
    description: str
    metadata: bool
    type: str  # realtime | batch | blackbox
    keywords: tuple[str, ...]
    group: str
    language: str | None = None  # what the server said its texts are in; None: not said


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
    language: str | None = None  # what the server said its texts are in; None: not said


@dataclass(frozen=True)
class ServiceRequestStatus:
    service_request_id: str
    status: str
    status_notes: str | None
    service_code: str | None
    requested_datetime: str | None
    updated_datetime: str | None
    expected_datetime: str | None
