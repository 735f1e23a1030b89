"""SIP2 (3M Standard Interchange Protocol 2.00) message codec: pure functions, no I/O.

A frame is ``<2-digit code><fixed-length fields><variable fields>[AY<seq>AZ<checksum>]\\r``.
Variable fields are a two-letter tag, a value and ``|``. The optional error-detection trailer
carries a one-digit sequence number and a checksum: four upper-case hex digits, the two's
complement of the low 16 bits of the byte sum from the first byte through ``AZ``; a receiver
checks ``(sum(prefix) + checksum) & 0xFFFF == 0``. See QUEUE_AND_BACKENDS.md §2.2.

Both the kiosk client (:mod:`offline_queue.connectors.sip2`) and the demo ACS (``citysim``) use
this codec; the checksum is also pinned by the published example in the tests.

Deployed ILSs differ from the 3M guide (``docs/backends.md`` § SIP2): the character set is a
per-account setting (cp850/ISO-8859-1 by default, UTF-8 on many Koha, Evergreen and FOLIO sites:
``encoding=`` in :func:`decode`/:func:`encode`, ``"auto"`` detects), frames may end in CR LF, and
fee lines (``AV``) come in several site-chosen formats (:func:`parse_fee_line`). Amounts are
parsed strictly with :class:`~decimal.Decimal` (:func:`parse_amount`): anything else is a typed
:class:`Sip2AmountError`, never a float, NaN or an exception from deeper down.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

ENCODING = "cp850"
# Character sets a site can configure ("auto": UTF-8 when the frame is valid UTF-8, else cp850).
ENCODINGS = ("cp850", "utf-8", "latin-1", "auto")
TERMINATOR = b"\r"
DELIMITER = "|"

# Fields carrying personal data or secrets: never log their values (design notes §2.2, §4.8).
SENSITIVE_TAGS = frozenset({"AA", "AD", "AE", "BD", "BE", "BF", "CO", "PB", "AC"})

# Fixed-length part of each message, in order: (name, length).
FIXED_FIELDS: dict[str, tuple[tuple[str, int], ...]] = {
    "93": (("uid_algorithm", 1), ("pwd_algorithm", 1)),
    "94": (("ok", 1),),
    "99": (("status_code", 1), ("max_print_width", 3), ("protocol_version", 4)),
    "98": (
        ("online_status", 1),
        ("checkin_ok", 1),
        ("checkout_ok", 1),
        ("acs_renewal_policy", 1),
        ("status_update_ok", 1),
        ("offline_ok", 1),
        ("timeout_period", 3),
        ("retries_allowed", 3),
        ("date_time_sync", 18),
        ("protocol_version", 4),
    ),
    "23": (("language", 3), ("transaction_date", 18)),
    "24": (("patron_status", 14), ("language", 3), ("transaction_date", 18)),
    "63": (("language", 3), ("transaction_date", 18), ("summary", 10)),
    "64": (
        ("patron_status", 14),
        ("language", 3),
        ("transaction_date", 18),
        ("hold_items_count", 4),
        ("overdue_items_count", 4),
        ("charged_items_count", 4),
        ("fine_items_count", 4),
        ("recall_items_count", 4),
        ("unavailable_holds_count", 4),
    ),
    "11": (
        ("sc_renewal_policy", 1),
        ("no_block", 1),
        ("transaction_date", 18),
        ("nb_due_date", 18),
    ),
    "12": (
        ("ok", 1),
        ("renewal_ok", 1),
        ("magnetic_media", 1),
        ("desensitize", 1),
        ("transaction_date", 18),
    ),
    "09": (("no_block", 1), ("transaction_date", 18), ("return_date", 18)),
    "10": (
        ("ok", 1),
        ("resensitize", 1),
        ("magnetic_media", 1),
        ("alert", 1),
        ("transaction_date", 18),
    ),
    "29": (
        ("third_party_allowed", 1),
        ("no_block", 1),
        ("transaction_date", 18),
        ("nb_due_date", 18),
    ),
    "30": (
        ("ok", 1),
        ("renewal_ok", 1),
        ("magnetic_media", 1),
        ("desensitize", 1),
        ("transaction_date", 18),
    ),
    "37": (
        ("transaction_date", 18),
        ("fee_type", 2),
        ("payment_type", 2),
        ("currency_type", 3),
    ),
    "38": (("payment_accepted", 1), ("transaction_date", 18)),
    "35": (("transaction_date", 18),),
    "36": (("end_session", 1), ("transaction_date", 18)),
    "17": (("transaction_date", 18),),
    "18": (
        ("circulation_status", 2),
        ("security_marker", 2),
        ("fee_type", 2),
        ("transaction_date", 18),
    ),
    "96": (),
    "97": (),
}

# The response code for each request code.
RESPONSE_CODE = {
    "93": "94",
    "99": "98",
    "23": "24",
    "63": "64",
    "11": "12",
    "09": "10",
    "29": "30",
    "37": "38",
    "35": "36",
    "17": "18",
}

# Messages a 98 status may announce in BX, in the spec's order (16 positions).
BX_ORDER = (
    "patron_status",
    "checkout",
    "checkin",
    "block_patron",
    "sc_acs_status",
    "request_resend",
    "login",
    "patron_information",
    "end_patron_session",
    "fee_paid",
    "item_information",
    "item_status_update",
    "patron_enable",
    "hold",
    "renew",
    "renew_all",
)

# The BX name of each request code (what a 98 says the ACS supports).
BX_NAME = {
    "23": "patron_status",
    "11": "checkout",
    "09": "checkin",
    "01": "block_patron",
    "99": "sc_acs_status",
    "97": "request_resend",
    "93": "login",
    "63": "patron_information",
    "35": "end_patron_session",
    "37": "fee_paid",
    "17": "item_information",
    "19": "item_status_update",
    "25": "patron_enable",
    "15": "hold",
    "29": "renew",
    "65": "renew_all",
}

# 63 summary positions (exactly one may be "Y").
SUMMARY_POSITIONS = {
    "hold": 0,
    "overdue": 1,
    "charged": 2,
    "fine": 3,
    "recall": 4,
    "unavailable_hold": 5,
}

# 18 circulation status values.
CIRCULATION_STATUS = {
    "01": "other",
    "02": "on_order",
    "03": "available",
    "04": "charged",
    "05": "charged_not_to_be_recalled",
    "06": "in_process",
    "07": "recalled",
    "08": "waiting_on_hold_shelf",
    "09": "waiting_to_be_reshelved",
    "10": "in_transit",
    "11": "claimed_returned",
    "12": "lost",
    "13": "missing",
}

_TRAILER_RE = re.compile(r"(?:AY(?P<seq>[0-9]))?AZ(?P<cksum>[0-9A-Fa-f]{4})$")


class Sip2DecodeError(ValueError):
    """A frame that is not a valid SIP2 message (truncated, bad code, bad trailer)."""


class Sip2ChecksumError(Sip2DecodeError):
    """The AZ checksum does not match the frame: ask for a resend (96/97)."""


class Sip2AmountError(Sip2DecodeError):
    """A money amount or currency code from the ILS that is not a plain, bounded decimal.

    ``key`` is a stable diagnostic key (``sip2.amount_invalid``, ``sip2.amount_out_of_range``,
    ``sip2.currency_invalid``); the offending text is not kept (it may be personal).
    """

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


@dataclass(frozen=True)
class Sip2Message:
    """One decoded SIP2 message.

    ``fixed`` maps the fixed-field names of :data:`FIXED_FIELDS` to their raw text; ``fields`` keeps
    the variable fields in wire order (tags may repeat, e.g. ``AU`` charged items).
    """

    code: str
    fixed: Mapping[str, str]
    fields: tuple[tuple[str, str], ...] = ()
    seq: int | None = None
    checksum: str | None = None

    def get(self, tag: str, default: str = "") -> str:
        for t, v in self.fields:
            if t == tag:
                return v
        return default

    def get_all(self, tag: str) -> list[str]:
        return [v for t, v in self.fields if t == tag]

    def has(self, tag: str) -> bool:
        return any(t == tag for t, _ in self.fields)

    def flag(self, name: str) -> bool:
        """A Y/N or 1/0 fixed field as a bool."""
        return self.fixed.get(name, "") in ("Y", "1")

    def redacted(self) -> str:
        """A log-safe rendering: sensitive field values masked."""
        parts = [self.code]
        parts.extend(f"{k}={v}" for k, v in self.fixed.items())
        for t, v in self.fields:
            parts.append(f"{t}=***" if t in SENSITIVE_TAGS else f"{t}={v}")
        if self.seq is not None:
            parts.append(f"AY={self.seq}")
        return " ".join(parts)


def checksum(prefix: bytes) -> str:
    """The AZ checksum of ``prefix`` (which must end with ``AZ``): 4 upper-case hex digits."""
    return format((-sum(prefix)) & 0xFFFF, "04X")


def checksum_ok(frame_without_terminator: bytes) -> bool:
    """True if the frame's trailing ``AZxxxx`` matches the bytes before it."""
    if len(frame_without_terminator) < 6 or frame_without_terminator[-6:-4] != b"AZ":
        return False
    try:
        value = int(frame_without_terminator[-4:].decode("ascii"), 16)
    except ValueError:
        return False
    return (sum(frame_without_terminator[:-4]) + value) & 0xFFFF == 0


def encode(
    code: str,
    fixed: Mapping[str, str] | None = None,
    fields: Iterable[tuple[str, str]] = (),
    *,
    seq: int | None = None,
    error_detection: bool = True,
    encoding: str = ENCODING,
) -> bytes:
    """Encode one message to wire bytes, with the ``AY<seq>AZ<checksum>`` trailer.

    ``fixed`` must give every fixed field of ``code`` with its exact length (a wrong length is a
    bug and raises :class:`ValueError`). Variable values must not contain ``|`` or CR.
    ``seq=None`` with ``error_detection`` gives a checksum without a sequence number.
    ``encoding`` is the site's character set (cp850 by default; "auto" sends cp850).
    """
    wire = ENCODING if encoding == "auto" else encoding
    spec = FIXED_FIELDS.get(code)
    if spec is None:
        raise ValueError(f"unknown SIP2 message code {code!r}")
    fixed = fixed or {}
    extra = set(fixed) - {name for name, _ in spec}
    if extra:
        raise ValueError(f"unknown fixed fields for {code}: {sorted(extra)}")
    out = [code]
    for name, length in spec:
        value = fixed.get(name)
        if value is None or len(value) != length:
            raise ValueError(f"{code}.{name} must be {length} characters, got {value!r}")
        out.append(value)
    for tag, value in fields:
        if len(tag) != 2 or not tag.isalpha() or not tag.isupper():
            raise ValueError(f"bad SIP2 field tag {tag!r}")
        if DELIMITER in value or "\r" in value or "\n" in value:
            raise ValueError(f"SIP2 field {tag} value contains a delimiter or line break")
        out.append(f"{tag}{value}{DELIMITER}")
    if seq is not None and not 0 <= seq <= 9:
        raise ValueError("SIP2 sequence number must be 0..9")
    body = "".join(out)
    if error_detection:
        body += (f"AY{seq}" if seq is not None else "") + "AZ"
        raw = body.encode(wire, errors="replace")
        return raw + checksum(raw).encode("ascii") + TERMINATOR
    return body.encode(wire, errors="replace") + TERMINATOR


def decode_text(raw: bytes, encoding: str = ENCODING) -> str:
    """Frame bytes as text in the site's character set (``"auto"``: UTF-8 if valid, else cp850).

    Raises :class:`Sip2DecodeError` for bytes that are not valid in a strict character set.
    """
    if encoding == "auto":
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            return raw.decode(ENCODING)  # cp850 decodes every byte
    try:
        return raw.decode(encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise Sip2DecodeError(f"frame is not valid {encoding}") from exc


def decode(frame: bytes, *, verify: bool = True, encoding: str = ENCODING) -> Sip2Message:
    """Decode one frame (with or without the trailing CR / LF) in the site's ``encoding``.

    Raises :class:`Sip2ChecksumError` if ``verify`` and the checksum is present but wrong, and
    :class:`Sip2DecodeError` for any other malformed frame.
    """
    raw = frame.strip(b"\r\n")
    if len(raw) < 2:
        raise Sip2DecodeError("frame too short")
    text = decode_text(raw, encoding)
    code = text[:2]
    spec = FIXED_FIELDS.get(code)
    if spec is None:
        raise Sip2DecodeError(f"unknown message code {code!r}")
    seq: int | None = None
    cksum: str | None = None
    fixed_len = 2 + sum(n for _, n in spec)
    m = _TRAILER_RE.search(text)
    if m is not None and m.start() >= fixed_len:
        if verify and not checksum_ok(raw):
            raise Sip2ChecksumError(f"bad checksum on {code} frame")
        cksum = m.group("cksum").upper()
        seq = int(m.group("seq")) if m.group("seq") is not None else None
        text = text[: m.start()]
    pos = 2
    fixed: dict[str, str] = {}
    for name, length in spec:
        value = text[pos : pos + length]
        if len(value) != length:
            raise Sip2DecodeError(f"{code} frame truncated in fixed field {name}")
        fixed[name] = value
        pos += length
    fields: list[tuple[str, str]] = []
    rest = text[pos:]
    for piece in rest.split(DELIMITER):
        if not piece:
            continue
        if len(piece) < 2 or not piece[:2].isalpha():
            raise Sip2DecodeError(f"{code} frame has a malformed variable field")
        fields.append((piece[:2], piece[2:]))
    return Sip2Message(code=code, fixed=fixed, fields=tuple(fields), seq=seq, checksum=cksum)


def split_frames(buffer: bytes) -> tuple[list[bytes], bytes]:
    """Split a receive buffer into complete CR-terminated frames and the unfinished rest."""
    frames: list[bytes] = []
    while True:
        idx = buffer.find(TERMINATOR)
        if idx < 0:
            # the LF of a CR LF terminator (Koha ``terminator="CRLF"``, FOLIO
            # ``messageDelimiter``) is not the start of a next frame
            return frames, buffer.lstrip(b"\n")
        frame = buffer[: idx + 1].lstrip(b"\n")
        buffer = buffer[idx + 1 :]
        if frame.strip(b"\r\n"):
            frames.append(frame)


# --- dates -----------------------------------------------------------------------------------


def format_date(when: dt.datetime) -> str:
    """18-character SIP2 date ``YYYYMMDDZZZZHHMMSS``: UTC as ``   Z``, naive as local (blanks)."""
    if when.tzinfo is None:
        zone = "    "
    else:
        when = when.astimezone(dt.UTC)
        zone = "   Z"
    return when.strftime("%Y%m%d") + zone + when.strftime("%H%M%S")


_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}(?:[ T][0-9]{2}:[0-9]{2}(?::[0-9]{2})?)?")


def parse_date(text: str) -> dt.datetime | None:
    """Parse a SIP2 date; blanks → ``None``. The 18-character ``YYYYMMDDZZZZHHMMSS`` of the
    guide (``   Z`` gives an aware UTC value), or ``YYYY-MM-DD HH:MM:SS`` as Evergreen sends due
    dates (AH) unless ``due_date_use_sip_date_format`` is set (local time: naive)."""
    if not text.strip():
        return None
    if _ISO_DATE.fullmatch(text.strip()):
        try:
            return dt.datetime.fromisoformat(text.strip())
        except ValueError as exc:
            raise Sip2DecodeError(f"bad SIP2 date {text!r}") from exc
    if len(text) != 18:
        raise Sip2DecodeError(f"bad SIP2 date {text!r}")
    try:
        value = dt.datetime.strptime(text[:8] + text[12:], "%Y%m%d%H%M%S")
    except ValueError as exc:
        raise Sip2DecodeError(f"bad SIP2 date {text!r}") from exc
    if text[8:12].strip() in ("Z", "UTC", "GMT"):
        return value.replace(tzinfo=dt.UTC)
    return value


BLANK_DATE = " " * 18


def summary(kind: str | None) -> str:
    """The 10-character 63 summary field selecting one item list (or none)."""
    chars = [" "] * 10
    if kind is not None:
        chars[SUMMARY_POSITIONS[kind]] = "Y"
    return "".join(chars)


def bx(supported: Sequence[str]) -> str:
    """The 16-character BX supported-messages field."""
    unknown = set(supported) - set(BX_ORDER)
    if unknown:
        raise ValueError(f"unknown SIP2 messages {sorted(unknown)}")
    return "".join("Y" if name in supported else "N" for name in BX_ORDER)


# --- money -----------------------------------------------------------------------------------

# The largest amount the kiosk accepts from an ILS (a fee above it is a data error, not a debt).
MAX_AMOUNT = Decimal("100000")
# Symbols some ILSs print before amounts. Informative only: Evergreen writes "$" whatever the
# library's currency, so the account's BH is the currency.
CURRENCY_SYMBOLS = frozenset("$€£")
_PLAIN_AMOUNT = re.compile(r"-?[0-9]{1,12}(?:\.[0-9]{1,2})?")
_DECIMAL_AMOUNT = re.compile(r"-?[0-9]{1,12}\.[0-9]{1,2}")
# Text that tries to be an amount but is not a plain one: 1.234, 1,50, 1E+2, NaN, Infinity...
_AMOUNTISH = re.compile(
    r"[-+]?(?:[0-9][0-9.,]*(?:[eE][-+]?[0-9]+)?|\.[0-9]+|nan|snan|inf|infinity)", re.IGNORECASE
)
_CURRENCY = re.compile(r"[A-Z]{3}")
_QUOTED_TYPE = re.compile(r'"([A-Za-z_ -]{1,20})"')


def parse_amount(text: str, *, allow_negative: bool = True) -> Decimal:
    """A money amount as the ILS sends it (``BV``, ``CC``, fee lines): digits with at most two
    decimals, optionally after one currency symbol (``$1.50``), bounded by :data:`MAX_AMOUNT`.

    Raises :class:`Sip2AmountError` for anything else (``1.234``, ``1E+2``, ``NaN``, ``1,50``,
    huge values, a negative amount when ``allow_negative`` is false).
    """
    value = text.strip()
    if value[:1] in CURRENCY_SYMBOLS:
        value = value[1:]
    if not _PLAIN_AMOUNT.fullmatch(value):
        raise Sip2AmountError("sip2.amount_invalid")
    amount = Decimal(value)
    if abs(amount) > MAX_AMOUNT:
        raise Sip2AmountError("sip2.amount_out_of_range")
    if amount < 0 and not allow_negative:
        raise Sip2AmountError("sip2.amount_invalid")
    return amount


def parse_currency(text: str) -> str:
    """An ISO 4217 code as sent in ``BH``/37 (three upper-case letters); blank gives ``""``."""
    value = text.strip()
    if not value:
        return ""
    if not _CURRENCY.fullmatch(value):
        raise Sip2AmountError("sip2.currency_invalid")
    return value


@dataclass(frozen=True)
class FeeLine:
    """One fee line (``AV``) as typed data. ``amount`` is ``None`` when the line has no amount
    the kiosk can trust; ``raw`` is always the line as received, so nothing is hidden.

    ``form`` names the layout recognised: ``id_amount`` (3M guide, Evergreen ``3m``/``swyer_a``:
    ``<id> [$]<amount> ["TYPE"] <text>``), ``amount_first`` (Evergreen ``eg_legacy``:
    ``<amount> <billing type> <title / author>``), ``amount_last`` (Koha's default
    ``av_field_template``: ``<description> <amount>``), ``key_value`` (Evergreen ``swyer_b``:
    ``Charge-Number: <id>, Amount-Due: <amount>, Fine-Type: <type>, Title: <text>``) or ``text``
    (not recognised: shown as text). ``error_key`` is set when the line carried an amount that is
    not a plain decimal (``sip2.amount_invalid``, ``sip2.amount_out_of_range``).
    """

    raw: str
    amount: Decimal | None
    fee_id: str = ""
    fee_type: str = ""
    description: str = ""
    symbol: str = ""  # a currency symbol printed before the amount ("$"): not the currency
    form: str = "text"
    error_key: str = ""


def _amount_token(token: str) -> tuple[str, Decimal | None, str]:
    """Classify one token: ("amount", value, symbol) / ("bad", None, key) / ("text", None, "")."""
    symbol = token[:1] if token[:1] in CURRENCY_SYMBOLS else ""
    body = token[len(symbol) :]
    if (symbol and _PLAIN_AMOUNT.fullmatch(body)) or _DECIMAL_AMOUNT.fullmatch(body):
        try:
            return (
                "amount",
                parse_amount(token, allow_negative=False),
                symbol,
            )
        except Sip2AmountError as exc:
            return "bad", None, exc.key
    if _AMOUNTISH.fullmatch(body) and (symbol or not body.lstrip("+-").isdigit()):
        if (
            _PLAIN_AMOUNT.fullmatch(body.lstrip("+"))
            or body.lstrip("+-").replace(".", "").isdigit()
        ):
            # digits only, but too many decimals or digits (1.234, 123456789012345.00)
            key = (
                "sip2.amount_out_of_range"
                if len(body.split(".")[0]) > 12
                else "sip2.amount_invalid"
            )
            return "bad", None, key
        return "bad", None, "sip2.amount_invalid"
    return "text", None, ""


def _fee_type(words: list[str]) -> tuple[str, list[str]]:
    if words:
        m = _QUOTED_TYPE.fullmatch(words[0])
        if m is not None:
            return m.group(1), words[1:]
    return "", words


def _key_value_fee(raw: str, text: str) -> FeeLine:
    parts: dict[str, str] = {}
    rest = text
    while rest:
        key, sep, value = rest.partition(":")
        if not sep:
            break
        key = key.strip().lower()
        if key == "title":  # the title is last and may contain commas
            parts[key] = value.strip()
            break
        value, _, rest = value.partition(",")
        parts[key] = value.strip()
    kind, amount, extra = _amount_token(parts.get("amount-due", ""))
    if kind != "amount":
        return FeeLine(raw, None, description=text, error_key=extra or "sip2.amount_invalid")
    return FeeLine(
        raw,
        amount,
        fee_id=parts.get("charge-number", ""),
        fee_type=parts.get("fine-type", ""),
        description=parts.get("title", ""),
        symbol=extra,
        form="key_value",
    )


def parse_fee_line(text: str) -> FeeLine:
    """Parse one ``AV`` fee line in any of the formats deployed ILSs send (see :class:`FeeLine`).

    Never raises: an unrecognised line is kept as text with ``amount=None``; a line whose amount
    is malformed carries ``error_key`` and its raw text.
    """
    raw = text
    text = " ".join(text.split())
    if not text:
        return FeeLine(raw, None)
    if text.lower().startswith("charge-number:") or "amount-due:" in text.lower():
        return _key_value_fee(raw, text)
    words = text.split(" ")
    first = _amount_token(words[0])
    if first[0] == "amount":
        fee_type, rest = _fee_type(words[1:])
        return FeeLine(
            raw,
            first[1],
            fee_type=fee_type,
            description=" ".join(rest),
            symbol=first[2],
            form="amount_first",
        )
    if first[0] == "bad":
        return FeeLine(raw, None, description=text, error_key=first[2])
    if len(words) >= 2:
        second = _amount_token(words[1])
        if second[0] == "amount":
            fee_type, rest = _fee_type(words[2:])
            return FeeLine(
                raw,
                second[1],
                fee_id=words[0],
                fee_type=fee_type,
                description=" ".join(rest),
                symbol=second[2],
                form="id_amount",
            )
        if second[0] == "bad":
            return FeeLine(raw, None, description=text, error_key=second[2])
        last = _amount_token(words[-1])
        if last[0] == "amount":
            return FeeLine(
                raw, last[1], description=" ".join(words[:-1]), symbol=last[2], form="amount_last"
            )
        if last[0] == "bad":
            return FeeLine(raw, None, description=text, error_key=last[2])
    return FeeLine(raw, None, description=text)
