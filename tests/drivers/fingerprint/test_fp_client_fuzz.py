"""The client against arbitrary bytes from the line: a typed error or a result, nothing else."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from drivers.device import DeviceError
from drivers.fingerprint import protocol as p
from drivers.fingerprint.client import ZfmClient


class ScriptedPort:
    """A serial port whose reads return a fixed script (then nothing: a silent line)."""

    def __init__(self, script: bytes) -> None:
        self.timeout: float | None = 0.0
        self._script = bytearray(script)
        self.written = bytearray()

    def write(self, data: bytes, /) -> int | None:
        self.written.extend(data)
        return len(data)

    def read(self, size: int = 1, /) -> bytes:
        chunk = bytes(self._script[:size])
        del self._script[:size]
        return chunk

    def reset_input_buffer(self) -> None:
        return None

    def close(self) -> None:
        return None

    @property
    def in_waiting(self) -> int:
        return len(self._script)


acks = st.builds(p.encode_ack, st.integers(0, 255), st.binary(max_size=20))
data_packets = st.builds(
    p.encode_packet,
    st.sampled_from([p.PacketId.DATA, p.PacketId.END_DATA]),
    st.binary(max_size=256),
)
line = st.lists(st.one_of(acks, data_packets, st.binary(max_size=30)), max_size=8).map(b"".join)


@settings(max_examples=120, deadline=None)
@given(line, st.sampled_from(["gen_img", "img2tz", "match", "up_char", "sysparams", "count"]))
def test_fuzz_client_replies(script: bytes, command: str) -> None:
    client = ZfmClient(ScriptedPort(script), timeout=0.002)
    calls = {
        "gen_img": client.gen_img,
        "img2tz": lambda: client.img2tz(1),
        "match": client.match,
        "up_char": lambda: client.up_char(1, timeout=0.002),
        "sysparams": client.read_system_parameters,
        "count": client.template_count,
    }
    try:
        calls[command]()
    except DeviceError as exc:
        assert exc.key.startswith("fingerprint.")
