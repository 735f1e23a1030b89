"""An in-process card transport that replays scripted responses (unit tests, fuzzing)."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable

from drivers.smartcard.errors import CardTransportError, FeatureNotSupportedError


class ScriptedTransport:
    """Answers each transmit with the next scripted item (bytes, or an exception to raise)."""

    def __init__(
        self,
        responses: Iterable[bytes | Exception] = (),
        *,
        atr: bytes = bytes.fromhex("3B8880014543697450495631"),
        features: bytes | Exception | None = None,
        control_responses: Iterable[bytes | Exception] = (),
        reader: str = "Scripted Reader 00 00",
    ) -> None:
        self.responses: deque[bytes | Exception] = deque(responses)
        self.control_responses: deque[bytes | Exception] = deque(control_responses)
        self.features = features if features is not None else FeatureNotSupportedError("none")
        self.sent: list[bytes] = []
        self.controls: list[tuple[int, bytes]] = []
        self.closed = False
        self._atr = atr
        self._reader = reader

    @property
    def reader(self) -> str:
        return self._reader

    @property
    def atr(self) -> bytes:
        return self._atr

    def push(self, *items: bytes | Exception) -> None:
        self.responses.extend(items)

    def transmit(self, apdu: bytes) -> bytes:
        self.sent.append(bytes(apdu))
        if not self.responses:
            raise CardTransportError("script exhausted")
        item = self.responses.popleft()
        if isinstance(item, Exception):
            raise item
        return item

    def control(self, code: int, data: bytes) -> bytes:
        self.controls.append((code, bytes(data)))
        if not self.control_responses:
            raise CardTransportError("control script exhausted")
        item = self.control_responses.popleft()
        if isinstance(item, Exception):
            raise item
        return item

    def get_feature_request(self) -> bytes:
        if isinstance(self.features, Exception):
            raise self.features
        return self.features

    def close(self) -> None:
        self.closed = True
