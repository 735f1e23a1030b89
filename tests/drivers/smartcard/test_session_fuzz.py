"""Fuzz: malformed, truncated and odd-status-word responses always end in a typed CardError."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from drivers.smartcard import tlv
from drivers.smartcard.errors import CardError, CardRemovedError, CardTransportError
from drivers.smartcard.profile import KeySlot
from drivers.smartcard.session import CardSession
from tests.helpers.card_transport import ScriptedTransport

INTERESTING_SW = [
    0x9000, 0x6100, 0x6101, 0x6110, 0x61FF, 0x6C00, 0x6C05, 0x63C0, 0x63C1, 0x63C3, 0x63CF,
    0x6983, 0x6984, 0x6982, 0x6985, 0x6A82, 0x6A81, 0x6A80, 0x6700, 0x6D00, 0x6E00, 0x6400,
    0x6401, 0x6403, 0x6283, 0x6300, 0x6F00,
]  # fmt: skip

sw = st.one_of(st.sampled_from(INTERESTING_SW), st.integers(0, 0xFFFF))
structured = st.one_of(
    st.builds(
        lambda tag, body, cut: tlv.encode(0x53, tlv.encode(tag, body))[: cut or None],
        st.sampled_from([0x70, 0x71, 0x30, 0x34, 0x35, 0xBC, 0x3E]),
        st.binary(max_size=300),
        st.integers(0, 40),
    ),
    st.builds(lambda body: tlv.encode(0x7C, tlv.encode(0x82, body)), st.binary(max_size=80)),
    st.builds(lambda body: tlv.encode(0x61, body), st.binary(max_size=40)),
    st.binary(max_size=300),
)
response = st.one_of(
    st.builds(lambda data, s: data + s.to_bytes(2, "big"), structured, sw),
    st.binary(max_size=3),
    st.sampled_from([CardTransportError("fuzz"), CardRemovedError("fuzz")]),
)

OPERATIONS = [
    lambda s: s.select(),
    lambda s: s.read_chuid(),
    lambda s: s.read_certificate(KeySlot.CARD_AUTH),
    lambda s: s.read_certificate(KeySlot.PIV_AUTH),
    lambda s: s.pin_status(),
    lambda s: s.verify_pin(bytearray(b"123456")),
    lambda s: s.authenticate(KeySlot.PIV_AUTH, b"\x01" * 32, 0x11),
    lambda s: s.read_uid(),
    lambda s: s.read_fingerprint_template(),
]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    responses=st.lists(response, max_size=12),
    ops=st.lists(st.integers(0, len(OPERATIONS) - 1), min_size=1, max_size=6),
)
def test_any_response_sequence_ends_in_a_value_or_a_typed_error(responses, ops):
    transport = ScriptedTransport(responses)
    with CardSession(lambda: transport, timeout=5.0) as session:
        for op in ops:
            try:
                OPERATIONS[op](session)
            except CardError as exc:
                assert exc.key.startswith("card.")
