"""PC/SC v2 part 10 pin-pad support: feature TLV parsing and PIN_VERIFY_STRUCTURE. No I/O."""

from __future__ import annotations

import struct
from dataclasses import dataclass

from drivers.smartcard.errors import CardProtocolError

FEATURE_VERIFY_PIN_START = 0x01
FEATURE_VERIFY_PIN_DIRECT = 0x06
FEATURE_MODIFY_PIN_DIRECT = 0x07
FEATURE_IFD_PIN_PROPERTIES = 0x0A
FEATURE_GET_TLV_PROPERTIES = 0x12

GET_FEATURE_REQUEST_CODE = 3400  # CM_IOCTL_GET_FEATURE_REQUEST = SCARD_CTL_CODE(3400)


def parse_features(data: bytes) -> dict[int, int]:
    """Parse the GET_FEATURE_REQUEST answer: TLVs of (tag, 4, control code big-endian)."""
    features: dict[int, int] = {}
    pos = 0
    while pos < len(data):
        if pos + 6 > len(data):
            raise CardProtocolError("truncated feature TLV")
        tag, length = data[pos], data[pos + 1]
        if length != 4:
            raise CardProtocolError(f"feature {tag:#x} has length {length}")
        features[tag] = int.from_bytes(data[pos + 2 : pos + 6], "big")
        pos += 6
    return features


@dataclass(frozen=True)
class PinVerifyParams:
    """Reader-side PIN entry parameters (ASCII PIN, left aligned, padded to ``block_size``)."""

    min_digits: int = 6
    max_digits: int = 8
    block_size: int = 8
    timeout_s: int = 30
    lang_id: int = 0x0409


def pin_verify_structure(params: PinVerifyParams, verify_template: bytes) -> bytes:
    """PIN_VERIFY_STRUCTURE (pcsc-lite ``reader.h``) for FEATURE_VERIFY_PIN_DIRECT.

    ``verify_template`` is the VERIFY APDU with a padded placeholder PIN block (no PIN digits);
    the reader writes the digits it reads from its own keypad into it.
    """
    bm_format = 0x80 | 0x02  # system units are bytes, PIN at offset 0, left justified, ASCII
    bm_pin_block = params.block_size & 0x0F  # no PIN length field, block of block_size bytes
    bm_pin_length_format = 0x00
    max_extra = (params.min_digits << 8) | params.max_digits
    entry_validation = 0x02  # validation key pressed
    number_message = 0x01
    msg_index = 0x00
    header = struct.pack(
        "<BBBBBHBBHB3BI",
        params.timeout_s,
        params.timeout_s,
        bm_format,
        bm_pin_block,
        bm_pin_length_format,
        max_extra,
        entry_validation,
        number_message,
        params.lang_id,
        msg_index,
        0,
        0,
        0,
        len(verify_template),
    )
    return header + verify_template
