"""Petitions and public consultations, pure parts: the document a resident's card signs for a
petition, and the queued submissions (``petition.sign``, ``consultation.submit``).

A signature and a consultation's answers are political opinions (special category): they live
only in the encrypted queue payload; the submission's summary names the kind, never the
petition's title or an answer.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from civic.participation import Consultation, Petition
from kiosk.services.submit import Submission

PETITION_STATEMENT = "I support this petition."
"""What the resident's card signs, with the petition's id."""
SIGN_KIND = "petition.sign"
ANSWER_KIND = "consultation.submit"


class ParticipationError(ValueError):
    """The request cannot be sent as it is; ``key`` is a translation key."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _opinion(
    service_id: str,
    kind: str,
    title: str,
    params: dict[str, str],
    body: dict[str, Any],
    resident_id: str,
) -> Submission:
    """A signed-in resident's opinion for the gateway; the summary names only its ``kind``."""
    if not resident_id:
        raise ParticipationError("participation.no_resident")
    return Submission(
        service_id=service_id,
        title=title,
        kind=kind,
        payload={"params": params, "body": body, "resident_id": resident_id},
        summary=kind,
    )


def petition_document(petition: Petition) -> dict[str, str]:
    """The document the card signs (its SHA-256 digest, :mod:`kiosk.identity.signing`)."""
    return {"petition_id": petition.petition_id, "statement": PETITION_STATEMENT}


def petition_signature(
    petition: Petition, resident_id: str, signature: Mapping[str, str], title: str
) -> Submission:
    """The signed support of ``petition`` (``signature`` from :func:`sign_document`)."""
    return _opinion(
        "petitions",
        SIGN_KIND,
        title,
        {"petition_id": petition.petition_id},
        {"signature": dict(signature)},
        resident_id,
    )


def consultation_answers(
    consultation: Consultation, values: Mapping[str, object]
) -> list[dict[str, Any]]:
    """The answers as the gateway takes them, in the consultation's order; a question left
    empty is left out (the form engine already refused an empty required one)."""
    answers: list[dict[str, Any]] = []
    for question in consultation.questions:
        value = values.get(question.question_id)
        if value in (None, "", []):
            continue
        if question.kind == "single_choice":
            answers.append({"question_id": question.question_id, "choice_ids": [value]})
        elif question.kind == "multiple_choice":
            answers.append({"question_id": question.question_id, "choice_ids": value})
        else:
            answers.append({"question_id": question.question_id, "text": str(value).strip()})
    return answers


def consultation_response(
    consultation: Consultation, values: Mapping[str, object], resident_id: str, title: str
) -> Submission:
    """The resident's answers to ``consultation``."""
    return _opinion(
        "consultations",
        ANSWER_KIND,
        title,
        {"consultation_id": consultation.consultation_id},
        {"answers": consultation_answers(consultation, values)},
        resident_id,
    )
