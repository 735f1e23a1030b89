"""Fuzz: R30x / ZFM-20 frames from the fingerprint sensor's serial line (pure parsers).

Declared errors: ``PacketError``/``ConfirmationError`` (``FingerprintError``) from the single
frame decoder; the stream parser never raises and never buffers more than one frame.
"""

from __future__ import annotations

import contextlib

from hypothesis import given
from hypothesis import strategies as st

from drivers.fingerprint import protocol as p
from tests.fuzz.profiles import fuzz_settings

MAX_PENDING = p.PREFIX_LEN + p.MAX_LENGTH


@st.composite
def frames(draw: st.DrawFn) -> bytes:
    """Valid frames, then maybe damaged (bit flip, cut), mixed with line noise."""
    pid = draw(st.sampled_from(list(p.PacketId)) | st.integers(0, 255))
    payload = draw(st.binary(max_size=300))
    address = draw(st.sampled_from([p.DEFAULT_ADDRESS, 0, 0x12345678]))
    frame = bytearray(p.encode_packet(pid, payload, address))
    if draw(st.booleans()):
        frame[draw(st.integers(0, len(frame) - 1))] ^= 1 << draw(st.integers(0, 7))
    if draw(st.booleans()):
        frame = frame[: draw(st.integers(0, len(frame)))]
    return bytes(frame)


line = st.lists(st.one_of(frames(), st.binary(max_size=40), st.just(p.HEADER)), max_size=8)


@fuzz_settings()
@given(frame=st.one_of(frames(), st.binary(max_size=600)))
def test_decode_packet(frame: bytes) -> None:
    try:
        packet = p.decode_packet(frame)
    except p.PacketError as exc:
        assert exc.key.startswith("fingerprint.")
        return
    assert p.encode_packet(packet.pid, packet.payload, packet.address) == frame
    if packet.pid == p.PacketId.ACK:
        try:
            p.raise_for_confirmation(packet, 0x01)
        except p.FingerprintError as exc:
            assert exc.key.startswith("fingerprint.")
        if packet.payload:
            with contextlib.suppress(p.PacketError):
                p.SystemParameters.parse(packet.payload[1:])
    repr(packet)  # never the payload


@fuzz_settings()
@given(chunks=line, split=st.integers(1, 64))
def test_stream_parser_never_raises_and_stays_bounded(chunks: list[bytes], split: int) -> None:
    data = b"".join(chunks)
    parser = p.StreamParser()
    found: list[p.Packet | p.FrameError] = []
    for i in range(0, len(data), split):
        found += parser.feed(data[i : i + split])
        assert parser.pending <= MAX_PENDING
    for item in found:
        if isinstance(item, p.Packet):
            assert p.encode_packet(item.pid, item.payload, item.address) in data
        else:
            assert item.key.startswith("fingerprint.")
    # byte-at-a-time feeding finds the same packets
    again = p.StreamParser()
    packets = [x for b in data for x in again.feed(bytes([b])) if isinstance(x, p.Packet)]
    assert packets == [x for x in found if isinstance(x, p.Packet)]
