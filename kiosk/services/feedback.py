"""An optional free-text comment at the end of a session ("anything else to tell the city?").

Pure Python, no Qt. The comment is anonymous (no resident id, no reference to the session or the
transaction it follows), goes to the gateway's ``POST /feedback`` through the queue (kind
``feedback.comment``: encrypted at rest, idempotent by tx id) and is never logged: logs and the
queue's business record only say "feedback comment". It is kept apart from the planning
statistics, which are counts only. The widget holding it is wiped at session end.
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.services.submit import Submission, SubmitInvalid

MAX_COMMENT = 1000
RATINGS = ("good", "ok", "bad")


@dataclass(frozen=True)
class Comment:
    text: str
    service_id: str = ""
    rating: str = ""
    language: str = ""


def normalise(text: str) -> str:
    """The comment as sent: surrounding space removed, inner lines kept."""
    return "\n".join(line.rstrip() for line in text.strip().splitlines())


def problems(comment: Comment) -> dict[str, str]:
    text = normalise(comment.text)
    if not text:
        return {"comment": "feedback.empty"}
    if len(text) > MAX_COMMENT:
        return {"comment": "feedback.too_long"}
    if comment.rating and comment.rating not in RATINGS:
        return {"rating": "feedback.bad_rating"}
    return {}


def submission(comment: Comment, *, kiosk_id: str, title: str) -> Submission:
    """The queued comment (raises SubmitInvalid for an empty or too long one)."""
    found = problems(comment)
    if found:
        raise SubmitInvalid(found)
    body: dict[str, str] = {"comment": normalise(comment.text), "kiosk_id": kiosk_id}
    if comment.rating:
        body["rating"] = comment.rating
    if comment.service_id:
        body["service_id"] = comment.service_id
    if comment.language:
        body["language"] = comment.language
    return Submission(
        service_id="feedback",
        title=title,
        kind="feedback.comment",
        payload={"body": body},  # no resident_id: anonymous
        summary="feedback comment",
    )
