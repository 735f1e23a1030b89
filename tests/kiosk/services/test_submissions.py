"""The submissions widgets used to build (my data, petitions, consultations, permits), built by
the application layer without Qt and delivered by the real gateway connector to the demo city
on loopback: what a widget hands to the queue is what the city accepts."""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from collections.abc import Callable, Iterator
from dataclasses import replace

import pytest

from citysim import CitySim
from kiosk.services import forms, my_data, participation, permits
from kiosk.services.submit import Submission
from offline_queue.connectors.base import Delivery, Outcome
from offline_queue.connectors.gateway import GatewayClient, GatewayConnector

RESIDENT = "RES-0001"
SIGNATURE = {  # the shape the card signature has (kiosk.identity.signing); the city checks it
    "document_sha256": "ab" * 32,
    "algorithm": "ECDSA-SHA256",
    "signature_base64": "MEUCIQDexample==",
    "certificate_base64": "MIIBexample==",
}
JPEG = b"\xff\xd8\xff\xe0" + b"\0" * 64 + b"\xff\xd9"


@pytest.fixture
def client(city: CitySim) -> Iterator[GatewayClient]:
    with GatewayClient(city.gateway_url) as c:
        yield c


@pytest.fixture
def connector(city: CitySim) -> Iterator[GatewayConnector]:
    c = GatewayConnector(city.gateway_url)
    try:
        yield c
    finally:
        c.close()


def delivered(connector: GatewayConnector, sub: Submission) -> Outcome:
    result = connector.send(Delivery(uuid.uuid4(), sub.kind, sub.kind, dict(sub.payload)))
    return result.outcome


# --- my data --------------------------------------------------------------------------------------


def test_my_data_requests_are_accepted_by_the_city(connector: GatewayConnector) -> None:
    choices = {"notices_email": True, "notices_sms": False, "statistics": True}
    subs = [
        my_data.consents_update(RESIDENT, choices, "Consent change"),
        my_data.copy_request(RESIDENT, "post", "Copy of my data", ("Within a month.",)),
        my_data.correction(RESIDENT, "phone", " +34  600 000 111 ", "Correction"),
        my_data.erasure(RESIDENT, "Erasure"),
    ]
    assert subs[0].payload["body"] == choices
    assert subs[1].payload["body"] == {"delivery": "post", "format": "pdf"}
    assert subs[1].instructions == ("Within a month.",)
    assert subs[2].payload["body"] == {"field": "phone", "correction": "+34 600 000 111"}
    assert [s.kind for s in subs] == [
        "consents.update",
        "data_copy.request",
        "data.correction_request",
        "data.erasure_request",
    ]
    assert all(s.service_id == "my_data" and s.summary == s.kind for s in subs)
    assert [delivered(connector, s) for s in subs] == [Outcome.ACKED] * 4


@pytest.mark.parametrize(
    ("build", "key"),
    [
        (lambda: my_data.consents_update(RESIDENT, {"statistics": True}, "t"), "incomplete"),
        (lambda: my_data.consents_update("", dict.fromkeys(my_data.CONSENTS, True), "t"), "no_res"),
        (lambda: my_data.copy_request(RESIDENT, "pigeon", "t"), "unknown_delivery"),
        (lambda: my_data.copy_request("", "email", "t"), "no_resident"),
        (lambda: my_data.correction(RESIDENT, "password", "x", "t"), "unknown_field"),
        (lambda: my_data.erasure("", "t"), "no_resident"),
    ],
)
def test_my_data_requests_refused_with_a_key(build: Callable[[], object], key: str) -> None:
    with pytest.raises(my_data.RequestInvalid) as refused:
        build()
    assert refused.value.key.startswith("my_data.") and key in refused.value.key


# --- petitions and consultations ----------------------------------------------------------------


def test_a_petition_signature_names_only_the_petition(
    client: GatewayClient, connector: GatewayConnector
) -> None:
    petition = client.petition("PET-001", "RES-0002")
    assert participation.petition_document(petition) == {
        "petition_id": "PET-001",
        "statement": participation.PETITION_STATEMENT,
    }
    sub = participation.petition_signature(petition, "RES-0002", SIGNATURE, "Petition signature")
    assert sub.payload == {
        "params": {"petition_id": "PET-001"},
        "body": {"signature": SIGNATURE},
        "resident_id": "RES-0002",
    }
    assert sub.summary == "petition.sign" and "trees" not in str(sub.summary).lower()
    assert delivered(connector, sub) is Outcome.ACKED
    with pytest.raises(participation.ParticipationError):
        participation.petition_signature(petition, "", SIGNATURE, "t")


def test_consultation_answers_in_the_city_s_shape(
    client: GatewayClient, connector: GatewayConnector
) -> None:
    consultation = client.consultation("CON-001", RESIDENT)
    kinds = {q.question_id: q.kind for q in consultation.questions}
    assert kinds == {"q1": "single_choice", "q2": "multiple_choice", "q3": "free_text"}
    values: dict[str, object] = {"q1": "a", "q2": ["benches", "shade"], "q3": "  More shade  "}
    assert participation.consultation_answers(consultation, values) == [
        {"question_id": "q1", "choice_ids": ["a"]},
        {"question_id": "q2", "choice_ids": ["benches", "shade"]},
        {"question_id": "q3", "text": "More shade"},
    ]
    skipped = participation.consultation_answers(consultation, {"q1": "b", "q2": [], "q3": ""})
    assert skipped == [{"question_id": "q1", "choice_ids": ["b"]}]
    sub = participation.consultation_response(consultation, values, RESIDENT, "Response")
    assert sub.kind == "consultation.submit" and sub.summary == "consultation.submit"
    assert sub.payload["params"] == {"consultation_id": "CON-001"}
    assert delivered(connector, sub) is Outcome.ACKED


# --- permits ------------------------------------------------------------------------------------


def test_what_a_resident_may_apply_for_or_renew(client: GatewayClient) -> None:
    catalog = client.catalog()
    assert catalog is not None
    mine = client.licences(RESIDENT)
    found = permits.choices(catalog, "resident", mine)
    assert ("parking-permit", None) in [(s.service_id, lic) for s, lic in found]
    renewals = [(s.service_id, lic.licence_id) for s, lic in found if lic is not None]
    assert renewals == [("dog-licence", "LIC-0001")]
    assert not [s for s, _ in permits.choices(catalog, "guest", None)]
    assert permits.choices(None, "resident", mine) == []
    pending = [replace(lic, status="renewal_pending") for lic in mine]
    assert not [lic for _, lic in permits.choices(catalog, "resident", pending) if lic]


def test_a_permit_application_signed_and_accepted(
    client: GatewayClient, connector: GatewayConnector
) -> None:
    catalog = client.catalog()
    assert catalog is not None
    parking = next(s for s in catalog.services if s.service_id == "parking-permit")
    assert not permits.needs_photo(parking)
    raw = {"plate": "1234 abc", "zone": "B", "start_date": dt.date(2027, 1, 4), "electric": True}
    assert forms.validate(parking.fields, raw) == {}
    form = forms.form_body(parking.fields, raw)
    application = permits.Application(parking)
    document = permits.document(application, form)
    assert document == {"service_id": "parking-permit", "form": form, "fee_acknowledged": True}
    sub = permits.submission(application, form, SIGNATURE, RESIDENT, "Parking permit")
    assert sub.kind == "permit.apply" and sub.summary == "permit.apply parking-permit"
    assert sub.amount == parking.fee and sub.payload["params"] == {}
    assert sub.payload["body"]["service_id"] == "parking-permit"
    assert delivered(connector, sub) is Outcome.ACKED
    with pytest.raises(permits.PermitError):
        permits.submission(application, form, SIGNATURE, "", "t")


def test_a_renewal_carries_the_photo_the_card_signed_by_hash(
    client: GatewayClient, connector: GatewayConnector
) -> None:
    catalog = client.catalog()
    assert catalog is not None
    licence = next(lic for lic in client.licences(RESIDENT) if lic.licence_id == "LIC-0001")
    dog = next(s for s in catalog.services if s.service_id == licence.service_id)
    assert permits.needs_photo(dog)
    raw = {f.name: "" for f in dog.fields} | {"chip_number": "941000012345678", "weight_kg": "12"}
    raw = {k: v for k, v in raw.items() if v}
    form = forms.form_body(dog.fields, raw)
    application = permits.Application(dog, licence, photo=JPEG)
    document = permits.document(application, form)
    assert document["licence_id"] == "LIC-0001"
    assert document["photo_sha256"] == hashlib.sha256(JPEG).hexdigest()
    sub = permits.submission(application, form, SIGNATURE, RESIDENT, "Dog licence")
    assert sub.kind == "licence.renew" and sub.payload["params"] == {"licence_id": "LIC-0001"}
    assert "service_id" not in sub.payload["body"]
    assert sub.payload["body"]["photo"]["content_type"] == "image/jpeg"
    assert delivered(connector, sub) is Outcome.ACKED
    application.wipe()
    assert application.photo == b""
