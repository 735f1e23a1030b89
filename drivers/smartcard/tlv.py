"""BER-TLV encoding and parsing (ISO/IEC 7816-4, as used by PIV data objects). No I/O."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from drivers.smartcard.errors import CardProtocolError

MAX_LENGTH_BYTES = 3


class TlvError(CardProtocolError):
    """Malformed BER-TLV data."""


@dataclass(frozen=True)
class Tlv:
    """One BER-TLV element. ``tag`` is the full tag as an int (e.g. 0x5FC102)."""

    tag: int
    value: bytes

    @property
    def constructed(self) -> bool:
        first = self.tag
        while first > 0xFF:
            first >>= 8
        return bool(first & 0x20)

    def children(self) -> tuple[Tlv, ...]:
        return parse(self.value)


def _tag_bytes(tag: int) -> bytes:
    if tag < 0:
        raise ValueError("negative tag")
    return tag.to_bytes(max(1, (tag.bit_length() + 7) // 8), "big")


def encode_length(length: int) -> bytes:
    if length < 0:
        raise ValueError("negative length")
    if length < 0x80:
        return bytes([length])
    body = length.to_bytes((length.bit_length() + 7) // 8, "big")
    if len(body) > MAX_LENGTH_BYTES:
        raise ValueError("length too large")
    return bytes([0x80 | len(body)]) + body


def encode(tag: int, value: bytes) -> bytes:
    return _tag_bytes(tag) + encode_length(len(value)) + value


def encode_many(items: Iterable[tuple[int, bytes]]) -> bytes:
    return b"".join(encode(t, v) for t, v in items)


def _read_tag(data: bytes, pos: int) -> tuple[int, int]:
    if pos >= len(data):
        raise TlvError("truncated tag")
    first = data[pos]
    tag = first
    pos += 1
    if first & 0x1F == 0x1F:
        for count in range(4):
            if pos >= len(data):
                raise TlvError("truncated multi-byte tag")
            b = data[pos]
            tag = (tag << 8) | b
            pos += 1
            if not b & 0x80:
                break
            if count == 3:
                raise TlvError("tag too long")
    return tag, pos


def _read_length(data: bytes, pos: int) -> tuple[int, int]:
    if pos >= len(data):
        raise TlvError("truncated length")
    first = data[pos]
    pos += 1
    if first < 0x80:
        return first, pos
    count = first & 0x7F
    if count == 0:
        raise TlvError("indefinite length not allowed")
    if count > MAX_LENGTH_BYTES:
        raise TlvError("length field too long")
    if pos + count > len(data):
        raise TlvError("truncated length field")
    return int.from_bytes(data[pos : pos + count], "big"), pos + count


def parse(data: bytes) -> tuple[Tlv, ...]:
    """Parse a sequence of TLVs; raise :class:`TlvError` on any malformation.

    Padding bytes 0x00 / 0xFF between elements (allowed by ISO 7816-4) are skipped.
    """
    items: list[Tlv] = []
    pos = 0
    while pos < len(data):
        if data[pos] in (0x00, 0xFF):
            pos += 1
            continue
        tag, pos = _read_tag(data, pos)
        length, pos = _read_length(data, pos)
        end = pos + length
        if end > len(data):
            raise TlvError(f"value of tag {tag:X} truncated ({length} > {len(data) - pos})")
        items.append(Tlv(tag, bytes(data[pos:end])))
        pos = end
    return tuple(items)


def parse_one(data: bytes, tag: int) -> Tlv:
    """Parse data that must be exactly one TLV with ``tag`` (trailing padding allowed)."""
    items = parse(data)
    if len(items) != 1 or items[0].tag != tag:
        raise TlvError(f"expected a single tag {tag:X}")
    return items[0]


def find(items: Iterable[Tlv], tag: int) -> Tlv | None:
    for item in items:
        if item.tag == tag:
            return item
    return None


def require(items: Iterable[Tlv], tag: int) -> Tlv:
    item = find(items, tag)
    if item is None:
        raise TlvError(f"tag {tag:X} missing")
    return item
