from drivers.smartcard.emulator import PERSONAS, DemoPki


def test_pki_is_cached_and_reused(tmp_path):
    first = DemoPki.load_or_create(tmp_path)
    second = DemoPki.load_or_create(tmp_path)
    a = first.credentials("resident-amina").auth_cert
    b = second.credentials("resident-amina").auth_cert
    assert a == b
    assert second.crl_path.read_bytes() == first.crl_path.read_bytes()


def test_persona_set_covers_every_case():
    kinds = {p.role for p in PERSONAS.values() if p.piv and p.issuer == "city"}
    assert {"resident", "staff", "technician"} <= kinds
    assert (
        sum(p.role == "resident" and not (p.expired or p.revoked) for p in PERSONAS.values()) >= 3
    )
    assert any(p.initial_tries == 0 for p in PERSONAS.values())
    assert any(p.expired for p in PERSONAS.values())
    assert any(p.revoked for p in PERSONAS.values())
    assert any(p.issuer == "foreign" for p in PERSONAS.values())
    assert any(p.contactless_uid and not p.piv for p in PERSONAS.values())
    assert len({p.fingerprint_template() for p in PERSONAS.values()}) == len(PERSONAS)
