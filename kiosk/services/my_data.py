"""My data, pure parts: masking what is shown on a public screen, and the payloads of the
resident's GDPR requests (Art. 16 correction, Art. 17 erasure) sent as queued gateway
transactions (``data.correction_request``, ``data.erasure_request``).

Masking keeps just enough for the resident to recognise their own value ("•••• Street 12",
"+34 ••• ••• 789", "a•••@example.org") and nothing a passer-by could use.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from typing import Any

from kiosk.services.submit import Submission

SERVICE_ID = "my_data"
DOT = "•"
CONSENTS_KIND = "consents.update"
COPY_KIND = "data_copy.request"
CORRECTION_KIND = "data.correction_request"
ERASURE_KIND = "data.erasure_request"
CONSENTS = ("notices_email", "notices_sms", "statistics")
"""The resident's consents, all sent together (a PUT of the three choices: idempotent)."""
COPY_DELIVERIES = ("email", "post", "pickup")
"""How a full copy of the resident's data can reach them."""
CORRECTABLE = ("address", "phone", "email", "display_name")
MAX_CORRECTION_CHARS = 200


class RequestInvalid(ValueError):
    """The resident's request cannot be sent as it is; ``key`` is a translation key."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def mask_email(value: str) -> str:
    """``amina.n@example.org`` → ``a•••@example.org`` (the domain stays: it is not personal)."""
    local, at, domain = value.strip().partition("@")
    if not at:
        return mask_text(value)
    return f"{local[:1]}{DOT * 3}@{domain}"


def mask_phone(value: str) -> str:
    """``+34 600 123 789`` → ``+34 ••• ••• 789``: the country code and the last three digits."""
    digits = [c for c in value if c.isdigit()]
    if len(digits) < 6:
        return DOT * 3
    tail = "".join(digits[-3:])
    head = ""
    stripped = value.strip()
    if stripped.startswith("+"):
        code = stripped[1:].split(" ", 1)[0]
        head = f"+{code} " if code.isdigit() and len(code) <= 3 else ""
    return f"{head}{DOT * 3} {DOT * 3} {tail}"


def mask_address(value: str) -> str:
    """``Calle Mayor 12, 3B, 46001 Riverton`` → ``•••• Mayor 12``: the end of the first line
    (street name and number) only; flat, postcode and town are hidden."""
    first = value.strip().split(",", 1)[0].split("\n", 1)[0].split()
    if len(first) <= 1:
        return DOT * 4
    return f"{DOT * 4} {' '.join(first[-2:])}" if len(first) > 2 else f"{DOT * 4} {first[-1]}"


def mask_text(value: str) -> str:
    """Anything else: its first letter."""
    stripped = value.strip()
    return f"{stripped[:1]}{DOT * 3}" if stripped else ""


def mask(field: str, value: str) -> str:
    """The masked form of ``value`` of profile field ``field``."""
    if field == "email":
        return mask_email(value)
    if field == "phone":
        return mask_phone(value)
    if field == "address":
        return mask_address(value)
    return mask_text(value)


def clean_correction(text: str) -> str:
    """The correction as it will be sent: one line, spaces collapsed, no control characters."""
    if any(unicodedata.category(c) in ("Cc", "Cf") and c not in "\n\t " for c in text):
        raise RequestInvalid("my_data.control_characters")
    cleaned = " ".join(text.split())
    if not cleaned:
        raise RequestInvalid("my_data.correction_empty")
    if len(cleaned) > MAX_CORRECTION_CHARS:
        raise RequestInvalid("my_data.correction_too_long")
    return cleaned


def correction_payload(resident_id: str, field: str, correction: str) -> dict[str, Any]:
    """The delivery payload of a correction request (GDPR Art. 16)."""
    if field not in CORRECTABLE:
        raise RequestInvalid("my_data.unknown_field")
    if not resident_id:
        raise RequestInvalid("my_data.no_resident")
    return {
        "params": {},
        "body": {"field": field, "correction": clean_correction(correction)},
        "resident_id": resident_id,
    }


def erasure_payload(resident_id: str) -> dict[str, Any]:
    """The delivery payload of an erasure request (GDPR Art. 17): everything the city may
    erase; what the law makes it keep is the city's to say in its answer."""
    if not resident_id:
        raise RequestInvalid("my_data.no_resident")
    return {"params": {}, "body": {"scope": "all"}, "resident_id": resident_id}


# --- the submissions (payloads are built here, never in a widget) --------------------------------


def _resident(resident_id: str) -> str:
    if not resident_id:
        raise RequestInvalid("my_data.no_resident")
    return resident_id


def consents_update(resident_id: str, choices: Mapping[str, bool], title: str) -> Submission:
    """The resident's consents, all three at once (``consents.update``)."""
    if set(choices) != set(CONSENTS):
        raise RequestInvalid("my_data.consents_incomplete")
    body = {name: bool(choices[name]) for name in CONSENTS}
    return Submission(
        service_id=SERVICE_ID,
        title=title,
        kind=CONSENTS_KIND,
        payload={"params": {}, "body": body, "resident_id": _resident(resident_id)},
        summary=CONSENTS_KIND,
    )


def copy_request(
    resident_id: str, delivery: str, title: str, instructions: tuple[str, ...] = ()
) -> Submission:
    """A full copy of the resident's data as a PDF (GDPR Art. 15), sent by ``delivery``."""
    if delivery not in COPY_DELIVERIES:
        raise RequestInvalid("my_data.unknown_delivery")
    return Submission(
        service_id=SERVICE_ID,
        title=title,
        kind=COPY_KIND,
        payload={
            "params": {},
            "body": {"delivery": delivery, "format": "pdf"},
            "resident_id": _resident(resident_id),
        },
        summary=COPY_KIND,
        instructions=instructions,
    )


def correction(
    resident_id: str, field: str, text: str, title: str, instructions: tuple[str, ...] = ()
) -> Submission:
    """A correction request (GDPR Art. 16); :class:`RequestInvalid` when it cannot be sent."""
    return Submission(
        service_id=SERVICE_ID,
        title=title,
        kind=CORRECTION_KIND,
        payload=correction_payload(resident_id, field, text),
        summary=CORRECTION_KIND,
        instructions=instructions,
    )


def erasure(resident_id: str, title: str, instructions: tuple[str, ...] = ()) -> Submission:
    """An erasure request (GDPR Art. 17)."""
    return Submission(
        service_id=SERVICE_ID,
        title=title,
        kind=ERASURE_KIND,
        payload=erasure_payload(resident_id),
        summary=ERASURE_KIND,
        instructions=instructions,
    )
