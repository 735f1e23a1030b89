"""Fuzz: card response APDUs, status words and PC/SC part 10 feature lists (pure parsers).

Declared errors: :class:`drivers.smartcard.errors.CardError` subclasses, nothing else.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from drivers.smartcard import apdu, pinpad
from drivers.smartcard.errors import CardError
from tests.fuzz.profiles import fuzz_settings

SW = st.one_of(
    st.integers(0, 0xFFFF),
    st.sampled_from([0x9000, 0x6100, 0x61FF, 0x6C00, 0x63C0, 0x63C3, 0x6983, 0x6A82, 0x6400]),
)


@fuzz_settings()
@given(raw=st.binary(max_size=300))
def test_response_apdu_from_any_bytes(raw: bytes) -> None:
    try:
        response = apdu.ResponseApdu.from_bytes(raw)
    except CardError:
        assert len(raw) < 2
        return
    assert response.data + bytes([response.sw1, response.sw2]) == raw
    response.trace()
    try:
        data = apdu.check(response, "fuzz")
    except CardError as exc:
        assert exc.key.startswith("card.")
    else:
        assert response.sw == apdu.SW_OK and data == response.data


@fuzz_settings()
@given(sw=SW)
def test_status_word_classification_is_total(sw: int) -> None:
    cls = apdu.classify(sw)
    tries = apdu.pin_tries_left(sw)
    assert tries is None or 0 <= tries <= 15
    if cls is apdu.SwClass.PIN_WRONG:
        assert tries is not None and tries > 0


@fuzz_settings()
@given(data=st.binary(max_size=200))
def test_pinpad_feature_list(data: bytes) -> None:
    try:
        features = pinpad.parse_features(data)
    except CardError:
        return
    assert all(0 <= tag <= 0xFF and 0 <= code <= 0xFFFFFFFF for tag, code in features.items())
