"""Logging for the kiosk: named loggers, JSON lines, the journal, a ring buffer and redaction.

:func:`setup_logging` configures the root logger once, from the composition root. Every module
logs through ``logging.getLogger(__name__)``; the handlers installed here decide where records
go:

* a rotating file of JSON lines in ``<data_dir>/logs/kiosk.jsonl`` (always);
* the systemd journal when the process runs under systemd, written natively over
  ``/run/systemd/journal/socket`` (see :class:`JournalHandler` for why native);
* stderr, human readable, in development (only when the journal is not used, so that a
  service does not log every line twice);
* an in-memory ring buffer (:class:`RingBufferHandler`) for the technician's diagnostics export.

Every one of those handlers carries the same :class:`RedactionFilter`. It rewrites each record
before any handler formats it: values the session registered with the :class:`Redactor` (the
resident's name, account numbers, typed free text) and pattern matches (e-mail addresses,
phone- and card-number-like digit runs, PIN-length numbers, long hex such as PIV FASC-N or GUID,
UUIDs, hex byte dumps) become ``[redacted]`` in the message, its arguments, the exception text
and the stack text; ``extra`` fields not on the allow-list are dropped.

Patterns cannot recognise a name or free text, hence the registry: the session registers the
resident's sensitive values at sign-in and clears them in the wipe routine. The patterns are
deliberately greedy: any number of four or more digits is redacted (a PIN cannot be told apart
from a port or a year), so numbers that matter for operations go into allow-listed ``extra``
fields as ``int``/``float`` (which pass unchanged), e.g.
``logger.info("sync finished", extra={"count": 12, "duration_ms": 4031})``.
"""

from __future__ import annotations

import array
import collections
import dataclasses
import datetime
import errno
import fcntl
import json
import logging
import logging.handlers
import os
import re
import socket
import sys
import threading
import traceback
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from io import TextIOWrapper
from pathlib import Path
from types import TracebackType
from typing import Any, Final, TextIO

__all__ = [
    "ALLOWED_EXTRA_FIELDS",
    "REDACTED",
    "JournalHandler",
    "JsonFormatter",
    "LoggingSetup",
    "RedactionFilter",
    "Redactor",
    "RingBufferHandler",
    "install_excepthooks",
    "journal_wanted",
    "setup_logging",
]

REDACTED: Final = "[redacted]"

# ``extra`` fields that may reach a log. Numbers and booleans pass unchanged; strings are
# redacted like the message. Anything else is dropped by :class:`RedactionFilter`.
ALLOWED_EXTRA_FIELDS: Final = frozenset(
    {
        "event",  # a stable event type, e.g. "session.started"
        "outcome",  # "ok", "failed", "rejected", ...
        "trigger",  # why a session ended: "sign_out", "card_removed", "idle", ...
        "role",
        "factor",  # sign-in factor: "card_pin", "fingerprint"
        "mode",
        "service",  # service catalogue id
        "session",  # keyed-hash session reference (short, see the report/README)
        "device",  # device class or id from config, e.g. "printer"
        "state",  # DeviceState value
        "error_key",  # translation key of an environmental error
        "error_kind",
        "attempts_left",
        "count",
        "queue_depth",
        "duration_ms",
        "http_status",
        "qt_category",  # set by kiosk.records.qtlog
    }
)

JOURNAL_SOCKET: Final = Path("/run/systemd/journal/socket")
SYSLOG_IDENTIFIER: Final = "ecitizen-kiosk"
LOG_FILE_NAME: Final = "kiosk.jsonl"

# Attributes every LogRecord has; anything else on a record came from ``extra``.
_STANDARD_ATTRS: Final = frozenset(
    logging.LogRecord("n", logging.INFO, "p", 1, "m", None, None).__dict__
) | {"message", "asctime", "taskName"}
_MARK: Final = "_kiosk_redacted"
_EXC_TYPE: Final = "_kiosk_exc_type"
_INTERNAL: Final = frozenset({_MARK, _EXC_TYPE})

# --------------------------------------------------------------------------------------------
# Patterns. Order matters: e-mail first (it holds digits and dots), then structured hex, then
# the generic number rule.
# The lookbehind anchors each attempt at the start of a run: without it a long run of word
# characters costs quadratic time (every position rescans to the end looking for "@").
_EMAIL = re.compile(r"(?<![\w.%+\-])[\w.%+\-]+@[\w\-]+(?:\.[\w\-]+)+")
_UUID = re.compile(
    r"(?<![0-9A-Fa-f])[0-9A-Fa-f]{8}(?:-[0-9A-Fa-f]{4}){3}-[0-9A-Fa-f]{12}(?![0-9A-Fa-f])"
)
# Six or more hex bytes separated by blanks or colons: APDU payloads, card serials.
_HEX_BYTES = re.compile(r"(?<![0-9A-Fa-f])(?:[0-9A-Fa-f]{2}[ :]){5,}[0-9A-Fa-f]{2}(?![0-9A-Fa-f])")
# Twelve or more contiguous hex digits with at least one decimal digit (PIV FASC-N is 50, the
# card GUID 32): plain words made of a-f letters only are left alone.
_LONG_HEX = re.compile(r"(?<![0-9A-Fa-f])(?=[A-Fa-f]*\d)[0-9A-Fa-f]{12,}(?![0-9A-Fa-f])")
# Digit groups with optional separators: phone numbers, card numbers (PAN), PINs, dates.
_NUMBER = re.compile(r"(?<!\d)\+?\(?\d+\)?(?:[ .\-/]{1,2}\(?\d+\)?)*(?!\d)")
_DIGITS = re.compile(r"\d+")


def _redact_number(match: re.Match[str]) -> str:
    text = match.group(0)
    groups = _DIGITS.findall(text)
    longest = max(len(g) for g in groups)
    total = sum(len(g) for g in groups)
    separators = set(_DIGITS.sub("", text))
    if separators == {"."} and len(groups) == 4 and longest <= 3:
        return text  # an IPv4 address
    if longest < 4 and total < 6:
        return text  # small numbers: counts, versions, times, status codes
    # six digits however separated ("1 2 3 4 5 6", "12-34-56", "12.34.56") may be a PIN
    return REDACTED


# --- normalised views ------------------------------------------------------------------------
# Registered values and the patterns are matched on a *view* of the text that undoes the ways a
# value can be disguised on its way into a log: JSON escapes (\u00e9, \"), compatibility forms
# (superscript and full-width digits, ligatures: NFKD), accents (combining marks dropped),
# case (casefold), zero-width and other format characters (dropped), digits of any script
# (their ASCII value), runs of white space (one space) and, for registered values, separators
# inside a digit run ("12 34-56" is "123456"). Every character of the view remembers the span
# of the original text it came from, so a match in the view redacts the original characters.

_JSON_ESCAPE = re.compile(r"\\(?:u([0-9A-Fa-f]{4})|([\"\\/bfnrt]))")
_JSON_SIMPLE = {"b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
_DIGIT_SEPARATORS = frozenset(" -./_,'")
_MAX_SEPARATOR_RUN = 2


def _fold(ch: str) -> str:
    """One character as the view sees it ("" for a format character)."""
    if ch.isascii():
        return ch.lower()
    if unicodedata.category(ch) == "Cf":
        return ""  # zero-width space/joiners, soft hyphen, BOM, direction marks
    digit = unicodedata.decimal(ch, None)
    if digit is not None:
        return str(digit)
    out = []
    for part in unicodedata.normalize("NFKD", ch).casefold():
        if unicodedata.combining(part) or unicodedata.category(part) == "Cf":
            continue
        digit = unicodedata.decimal(part, None)
        out.append(str(digit) if digit is not None else part)
    return "".join(out)


def _unescaped(text: str) -> Iterator[tuple[str, int, int]]:
    """The characters of ``text`` with one level of JSON string escapes undone, each with the
    span of ``text`` it came from."""
    pos = 0
    for match in _JSON_ESCAPE.finditer(text):
        for i in range(pos, match.start()):
            yield text[i], i, i + 1
        code, simple = match.groups()
        ch = chr(int(code, 16)) if code else _JSON_SIMPLE.get(simple, simple)
        yield ch, match.start(), match.end()
        pos = match.end()
    for i in range(pos, len(text)):
        yield text[i], i, i + 1


@dataclass
class _View:
    """A normalised view of a text and, per view character, its span in the original."""

    text: str
    starts: list[int]
    ends: list[int]

    def original(self, start: int, end: int) -> tuple[int, int]:
        return self.starts[start], self.ends[end - 1]


def _view(text: str, *, join_digits: bool) -> _View:
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for ch, start, end in _unescaped(text):
        folded = _fold(ch)
        if not folded and chars:
            ends[-1] = end  # a dropped accent or zero-width character goes with its neighbour
        for part in folded:
            if part.isspace():
                part = " "
                if chars and chars[-1] == " ":
                    ends[-1] = end  # a run of blanks is one blank
                    continue
            chars.append(part)
            starts.append(start)
            ends.append(end)
    if join_digits:
        chars, starts, ends = _join_digit_runs(chars, starts, ends)
        # what is left of the separators separates words: "RES-0001" reads as "res 0001"
        chars = [" " if c in _DIGIT_SEPARATORS else c for c in chars]
    return _View("".join(chars), starts, ends)


def _join_digit_runs(
    chars: list[str], starts: list[int], ends: list[int]
) -> tuple[list[str], list[int], list[int]]:
    """Drop runs of up to two separators between digits ("1 2-3" → "123")."""
    keep = [True] * len(chars)
    i = 0
    while i < len(chars):
        if chars[i] in _DIGIT_SEPARATORS and i > 0 and chars[i - 1].isdigit():
            j = i
            while j < len(chars) and chars[j] in _DIGIT_SEPARATORS:
                j += 1
            if j - i <= _MAX_SEPARATOR_RUN and j < len(chars) and chars[j].isdigit():
                for k in range(i, j):
                    keep[k] = False
            i = j
        else:
            i += 1
    if all(keep):
        return chars, starts, ends
    return (
        [c for c, k in zip(chars, keep, strict=True) if k],
        [s for s, k in zip(starts, keep, strict=True) if k],
        [e for e, k in zip(ends, keep, strict=True) if k],
    )


def _normalise_value(value: str) -> str:
    """A registered value as the view of a text would show it."""
    return _view(value, join_digits=True).text.strip()


def _replace_spans(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """``text`` with every (merged) span replaced by :data:`REDACTED`."""
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    if not merged:
        return text
    out: list[str] = []
    pos = 0
    for start, end in merged:
        out.append(text[pos:start])
        out.append(REDACTED)
        pos = end
    out.append(text[pos:])
    return "".join(out)


_PATTERNS: Final = (_EMAIL, _UUID, _HEX_BYTES, _LONG_HEX)


def _pattern_spans(view: _View) -> list[tuple[int, int]]:
    spans = []
    for pattern in _PATTERNS:
        spans += [view.original(*m.span()) for m in pattern.finditer(view.text)]
    spans += [
        view.original(*m.span())
        for m in _NUMBER.finditer(view.text)
        if _redact_number(m) == REDACTED
    ]
    return spans


def _walk_strings(value: object, depth: int = 0) -> Iterator[str]:
    """Every string in a (JSON-like) value: mapping values, list items, dataclass fields (a
    back end's ``Profile``), nested up to 16 deep."""
    if isinstance(value, str):
        yield value
    elif depth < 16 and dataclasses.is_dataclass(value) and not isinstance(value, type):
        for item in dataclasses.fields(value):
            yield from _walk_strings(getattr(value, item.name), depth + 1)
    elif depth < 16 and isinstance(value, Mapping):
        for item in value.values():
            yield from _walk_strings(item, depth + 1)
    elif depth < 16 and isinstance(value, list | tuple | set | frozenset):
        for item in value:
            yield from _walk_strings(item, depth + 1)


class Redactor:
    """Registry of the current resident's sensitive values, plus the redaction patterns.

    Thread-safe: the session registers and clears on the GUI thread while worker threads log.

    Usage (session code)::

        redactor.register(resident.full_name, words=True)   # name, and each part of it
        redactor.register(resident.account_number, typed_text)
        redactor.register_payload(submission.payload)       # free text, address, e-mail...
        ...
        redactor.clear()                                    # in the wipe routine

    Values are matched on a normalised view of the log text (see :func:`_view`): a registered
    "José Núñez" also catches "JOSE NUNEZ", "Jos\u00e9", "Jo\u200bsé"; "123456" also catches
    "12 34 56" and "¹²³⁴⁵⁶".

    Never register a PIN: it lives only in a zeroised ``bytearray`` (SEC-05), and every number
    of PIN length is redacted by pattern anyway.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._values: set[str] = set()
        self._words: set[str] = set()
        self._pattern: re.Pattern[str] | None = None

    def register(self, *values: str | None, words: bool = False) -> None:
        """Add values to redact until :meth:`clear`.

        Args:
            values: the values; ``None`` and blank values are ignored, so optional fields can
                be passed as they are.
            words: also redact each word of two or more characters on its own (use it for
                names: logs may hold just the first or the family name).
        """
        new_values: set[str] = set()
        new_words: set[str] = set()
        for value in values:
            if value is None:
                continue
            norm = _normalise_value(value)
            if len(norm) < 2:
                continue
            new_values.add(norm)
            if words:
                new_words.update(w for w in re.findall(r"\w+", norm) if len(w) >= 2)
        if not new_values:
            return
        with self._lock:
            self._values |= new_values
            self._words |= new_words
            self._pattern = self._compile()

    def register_payload(self, payload: object) -> None:
        """Register every string a resident's transaction or record carries (form answers, free
        text, addresses, e-mail, phone; a mapping, list or dataclass) as whole values; keys and
        short codes (under 4 characters) are left out so that words like "EUR" stay readable."""
        self.register(*(text for text in _walk_strings(payload) if len(text.strip()) >= 4))

    def clear(self) -> None:
        """Forget every registered value (call from the session wipe routine)."""
        with self._lock:
            self._values.clear()
            self._words.clear()
            self._pattern = None

    def __len__(self) -> int:
        """Number of registered values (words of a value not counted)."""
        with self._lock:
            return len(self._values)

    def _compile(self) -> re.Pattern[str]:
        parts: list[str] = []
        # Longest first so "amara okafor" wins over "amara".
        for value in sorted(self._values | self._words, key=len, reverse=True):
            body = r" *".join(re.escape(piece) for piece in value.split())
            if value in self._values and len(value) >= 4:
                parts.append(body)  # whole registered values match anywhere
            else:
                parts.append(rf"(?<!\w){body}(?!\w)")  # short values and words: whole words
        return re.compile("|".join(parts))

    def redact(self, text: str) -> str:
        """Return ``text`` with registered values and pattern matches replaced."""
        with self._lock:
            pattern = self._pattern
        if pattern is not None:
            view = _view(text, join_digits=True)
            text = _replace_spans(
                text, (view.original(*m.span()) for m in pattern.finditer(view.text))
            )
            if "\\" in text:  # a backslash that only looked like an escape: match it raw too
                raw = _view(text.replace("\\", "\x00"), join_digits=True)
                text = _replace_spans(
                    text, (raw.original(*m.span()) for m in pattern.finditer(raw.text))
                )
        if text.isascii() and "\\" not in text:  # the view would be the text, lower-cased
            text = _EMAIL.sub(REDACTED, text)
            text = _UUID.sub(REDACTED, text)
            text = _HEX_BYTES.sub(REDACTED, text)
            text = _LONG_HEX.sub(REDACTED, text)
            return _NUMBER.sub(_redact_number, text)
        return _replace_spans(text, _pattern_spans(_view(text, join_digits=False)))


class RedactionFilter(logging.Filter):
    """Rewrites a record so that nothing of a resident reaches a handler.

    The formatted message replaces ``msg`` and ``args`` (so a handler can no longer format the
    raw arguments), exception and stack text are formatted and redacted, and ``extra`` fields
    not in ``allowed_extra`` are deleted. Strings in allowed fields are redacted, numbers and
    booleans kept, other values dropped. A record is processed once even when several handlers
    carry the filter.
    """

    def __init__(
        self, redactor: Redactor, allowed_extra: Iterable[str] = ALLOWED_EXTRA_FIELDS
    ) -> None:
        super().__init__()
        self.redactor = redactor
        self.allowed_extra = frozenset(allowed_extra)

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, _MARK, False):
            return True
        redact = self.redactor.redact
        try:
            message = record.getMessage()
        except (TypeError, ValueError, KeyError):
            # A bad format string: keep the template, never the arguments.
            message = f"{record.msg!s} [arguments dropped: bad format]"
        record.msg = redact(message)
        record.args = None
        if record.exc_info and record.exc_info[0] is not None:
            record.exc_text = redact("".join(traceback.format_exception(*record.exc_info)))
            # The exception object may hold resident data: keep only its type name.
            setattr(record, _EXC_TYPE, record.exc_info[0].__name__)
            record.exc_info = None
        elif record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        for key in [k for k in record.__dict__ if k not in _STANDARD_ATTRS | _INTERNAL]:
            value = record.__dict__[key]
            if key not in self.allowed_extra:
                del record.__dict__[key]
            elif isinstance(value, str):
                record.__dict__[key] = redact(value)
            elif value is None or isinstance(value, bool | int | float):
                continue
            else:
                del record.__dict__[key]
        setattr(record, _MARK, True)
        return True


def _extra_fields(record: logging.LogRecord) -> dict[str, Any]:
    return {
        k: v for k, v in record.__dict__.items() if k not in _STANDARD_ATTRS and k not in _INTERNAL
    }


def _exc_type(record: logging.LogRecord) -> str | None:
    if record.exc_info and record.exc_info[0] is not None:
        return record.exc_info[0].__name__
    name = getattr(record, _EXC_TYPE, None)
    return name if isinstance(name, str) else None


def _utc_timestamp(created: float) -> str:
    moment = datetime.datetime.fromtimestamp(created, tz=datetime.UTC)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


class JsonFormatter(logging.Formatter):
    """One JSON object per line: ``ts`` (UTC), ``level``, ``logger``, ``msg``, code location,
    thread, optional ``exc_type``/``exc`` and the allowed ``extra`` fields."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "ts": _utc_timestamp(record.created),
            "level": record.levelname,
            "logger": record.name,
            "msg": record.getMessage(),
            "module": record.module,
            "func": record.funcName,
            "line": record.lineno,
            "thread": record.threadName,
            "pid": record.process,
        }
        exc_type = _exc_type(record)
        if exc_type is not None:
            entry["exc_type"] = exc_type
        if record.exc_text:
            entry["exc"] = record.exc_text
        if record.stack_info:
            entry["stack"] = record.stack_info
        for key, value in _extra_fields(record).items():
            entry.setdefault(key, value)
        return json.dumps(entry, ensure_ascii=False, default=str)


class _TextFormatter(logging.Formatter):
    """Human-readable development format (stderr)."""

    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)-8s %(name)s: %(message)s")


class RingBufferHandler(logging.Handler):
    """Keeps the last ``capacity`` formatted (redacted) records in memory for diagnostics.

    Stores strings, never records, so no argument object outlives the log call.
    """

    def __init__(self, capacity: int = 2000) -> None:
        super().__init__()
        self._lines: collections.deque[str] = collections.deque(maxlen=capacity)
        self._buffer_lock = threading.Lock()
        self.setFormatter(JsonFormatter())

    def emit(self, record: logging.LogRecord) -> None:
        try:
            line = self.format(record)
        except (TypeError, ValueError):
            self.handleError(record)
            return
        with self._buffer_lock:
            self._lines.append(line)

    def lines(self) -> list[str]:
        """A snapshot of the buffered JSON lines, oldest first."""
        with self._buffer_lock:
            return list(self._lines)

    def write_to(self, stream: TextIO) -> int:
        """Write the buffered lines to ``stream``; return how many were written."""
        lines = self.lines()
        for line in lines:
            stream.write(line + "\n")
        return len(lines)

    def clear(self) -> None:
        with self._buffer_lock:
            self._lines.clear()


def _private_opener(path: str, flags: int) -> int:
    return os.open(path, flags, 0o600)


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """RotatingFileHandler whose files are created 0600 whatever the umask."""

    def _open(self) -> TextIOWrapper:
        stream = open(  # noqa: SIM115 (the handler owns and closes the stream)
            self.baseFilename,
            self.mode,
            encoding=self.encoding,
            errors=self.errors,
            opener=_private_opener,
        )
        assert isinstance(stream, TextIOWrapper)
        return stream


_PRIORITY: Final = (
    (logging.CRITICAL, 2),
    (logging.ERROR, 3),
    (logging.WARNING, 4),
    (logging.INFO, 6),
)


def _syslog_priority(levelno: int) -> int:
    for threshold, priority in _PRIORITY:
        if levelno >= threshold:
            return priority
    return 7


def _journal_field(name: str, value: str | None) -> bytes:
    key = name.encode("ascii")
    data = ("" if value is None else value).encode("utf-8", "replace")
    if b"\n" in data:
        # Binary-safe form: NAME\n<64-bit little-endian length><data>\n
        return key + b"\n" + len(data).to_bytes(8, "little") + data + b"\n"
    return key + b"=" + data + b"\n"


class JournalHandler(logging.Handler):
    """Writes records to the systemd journal with its native protocol.

    Why native rather than ``<N>``-prefixed lines on stderr: a record stays one journal entry
    even when it spans lines (tracebacks), it carries structured fields (``PRIORITY``,
    ``LOGGER``, ``CODE_FILE``/``CODE_LINE``/``CODE_FUNC``, ``KIOSK_<EXTRA>``) that ``journalctl
    -o json`` and ``journalctl LOGGER=kiosk.session.machine`` can use, and it does not depend on how
    the unit routes stdout/stderr. The protocol is small (one datagram of ``KEY=value`` lines to a
    unix socket; messages too large for a datagram go in a sealed memfd passed with
    ``SCM_RIGHTS``), so no dependency is needed (python-systemd would need libsystemd headers
    to build).
    """

    def __init__(
        self,
        socket_path: Path = JOURNAL_SOCKET,
        identifier: str = SYSLOG_IDENTIFIER,
    ) -> None:
        super().__init__()
        self.socket_path = str(socket_path)
        self.identifier = identifier
        self._sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC)

    def _payload(self, record: logging.LogRecord) -> bytes:
        message = record.getMessage()
        if record.exc_text:
            message = f"{message}\n{record.exc_text}"
        if record.stack_info:
            message = f"{message}\n{record.stack_info}"
        fields = [
            _journal_field("MESSAGE", message),
            _journal_field("PRIORITY", str(_syslog_priority(record.levelno))),
            _journal_field("SYSLOG_IDENTIFIER", self.identifier),
            _journal_field("LOGGER", record.name),
            _journal_field("LEVEL", record.levelname),
            _journal_field("CODE_FILE", record.pathname),
            _journal_field("CODE_LINE", str(record.lineno)),
            _journal_field("CODE_FUNC", record.funcName),
            _journal_field("THREAD_NAME", str(record.threadName)),
        ]
        exc_type = _exc_type(record)
        if exc_type is not None:
            fields.append(_journal_field("EXC_TYPE", exc_type))
        for key, value in _extra_fields(record).items():
            name = "KIOSK_" + re.sub(r"[^A-Z0-9_]", "_", key.upper())
            fields.append(_journal_field(name, str(value)))
        return b"".join(fields)

    def emit(self, record: logging.LogRecord) -> None:
        try:
            payload = self._payload(record)
            try:
                self._sock.sendto(payload, self.socket_path)
            except OSError as exc:
                if exc.errno not in (errno.EMSGSIZE, errno.ENOBUFS):
                    raise
                self._send_memfd(payload)
        except OSError:
            self.handleError(record)

    def _send_memfd(self, payload: bytes) -> None:
        fd = os.memfd_create("journal-entry", os.MFD_CLOEXEC | os.MFD_ALLOW_SEALING)
        try:
            view = memoryview(payload)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            seals = fcntl.F_SEAL_SHRINK | fcntl.F_SEAL_GROW | fcntl.F_SEAL_WRITE | fcntl.F_SEAL_SEAL
            fcntl.fcntl(fd, fcntl.F_ADD_SEALS, seals)
            rights = array.array("i", [fd])
            self._sock.sendmsg(
                [], [(socket.SOL_SOCKET, socket.SCM_RIGHTS, rights)], 0, self.socket_path
            )
        finally:
            os.close(fd)

    def close(self) -> None:
        try:
            self._sock.close()
        finally:
            super().close()


def journal_wanted(
    environ: Mapping[str, str] | None = None, socket_path: Path = JOURNAL_SOCKET
) -> bool:
    """True when the process runs under systemd (``INVOCATION_ID`` or ``JOURNAL_STREAM`` set)
    and the journal socket exists."""
    env = os.environ if environ is None else environ
    under_systemd = bool(env.get("INVOCATION_ID") or env.get("JOURNAL_STREAM"))
    return under_systemd and socket_path.is_socket()


@dataclass
class LoggingSetup:
    """What :func:`setup_logging` installed.

    Attributes:
        redactor: the registry the session registers resident values with.
        ring: the in-memory buffer for the diagnostics export.
        log_file: path of the current JSON-lines file.
        journal: whether records go to the journal.
        handlers: every handler installed on the root logger.
    """

    redactor: Redactor
    ring: RingBufferHandler
    log_file: Path
    journal: bool
    handlers: tuple[logging.Handler, ...] = field(default_factory=tuple)

    def close(self) -> None:
        """Remove and close the handlers (tests, and a second :func:`setup_logging`)."""
        root = logging.getLogger()
        for handler in self.handlers:
            root.removeHandler(handler)
            handler.close()


_active_lock = threading.Lock()
_active: LoggingSetup | None = None

# Third-party loggers that log URLs or payloads at INFO.
_QUIET_LOGGERS: Final = ("httpx", "httpcore", "urllib3", "PIL")


def _parse_level(level: str) -> int:
    levels = logging.getLevelNamesMapping()
    try:
        return levels[level.strip().upper()]
    except KeyError:
        names = ", ".join(sorted(n for n in levels if n not in ("NOTSET", "WARN", "FATAL")))
        raise ValueError(f"unknown log level {level!r} (expected one of {names})") from None


def setup_logging(
    data_dir: Path,
    level: str,
    *,
    journal: bool | None = None,
    redactor: Redactor | None = None,
    log_dir: Path | None = None,
    max_bytes: int = 5 * 1024 * 1024,
    backup_count: int = 5,
    ring_capacity: int = 2000,
    stream: TextIO | None = None,
    journal_socket: Path = JOURNAL_SOCKET,
    environ: Mapping[str, str] | None = None,
) -> LoggingSetup:
    """Configure the root logger for the kiosk; replaces what a previous call installed.

    Args:
        data_dir: the kiosk data directory; the log files go in ``data_dir/logs`` unless
            ``log_dir`` is given or systemd set ``$LOGS_DIRECTORY`` (``LogsDirectory=`` in
            ``kiosk.service``: ``/var/log/ecitizen-kiosk``).
        level: a level name (``"DEBUG"``, ``"INFO"``, ...); :class:`ValueError` otherwise.
        journal: ``True``/``False`` forces the journal on/off; ``None`` detects systemd
            (:func:`journal_wanted`). Without the journal, records also go to ``stream``.
        redactor: the registry shared with the session; a new one when omitted.
        log_dir: overrides both ``$LOGS_DIRECTORY`` and ``data_dir/logs``.
        max_bytes: rotate the file at this size ...
        backup_count: ... keeping this many old files.
        ring_capacity: records kept in memory for diagnostics.
        stream: the development stream (default ``sys.stderr``).
        journal_socket: the journal's native socket.
        environ: the environment used for detection and ``$LOGS_DIRECTORY`` (default
            ``os.environ``).

    Returns:
        The installed :class:`LoggingSetup`.
    """
    global _active
    numeric_level = _parse_level(level)
    redactor = Redactor() if redactor is None else redactor
    use_journal = journal_wanted(environ, journal_socket) if journal is None else journal
    env = os.environ if environ is None else environ
    if log_dir is not None:
        directory = log_dir
    elif env.get("LOGS_DIRECTORY"):
        # systemd's LogsDirectory= (several directories are ':'-separated: take the first)
        directory = Path(env["LOGS_DIRECTORY"].split(":")[0])
    else:
        directory = data_dir / "logs"
    directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    log_file = directory / LOG_FILE_NAME

    redaction = RedactionFilter(redactor)
    file_handler = _PrivateRotatingFileHandler(
        log_file, maxBytes=max_bytes, backupCount=backup_count, encoding="utf-8"
    )
    file_handler.setFormatter(JsonFormatter())
    ring = RingBufferHandler(ring_capacity)
    handlers: list[logging.Handler] = [file_handler, ring]
    if use_journal:
        handlers.append(JournalHandler(journal_socket))
    else:
        dev = logging.StreamHandler(sys.stderr if stream is None else stream)
        dev.setFormatter(_TextFormatter())
        handlers.append(dev)
    for handler in handlers:
        handler.addFilter(redaction)

    with _active_lock:
        if _active is not None:
            _active.close()
        root = logging.getLogger()
        root.setLevel(numeric_level)
        for handler in handlers:
            root.addHandler(handler)
        for name in _QUIET_LOGGERS:
            logging.getLogger(name).setLevel(max(numeric_level, logging.WARNING))
        _active = LoggingSetup(
            redactor=redactor,
            ring=ring,
            log_file=log_file,
            journal=use_journal,
            handlers=tuple(handlers),
        )
        return _active


def install_excepthooks(logger_name: str = "kiosk.crash") -> Callable[[], None]:
    """Send uncaught exceptions (main thread, Qt slots, other threads) through logging.

    The default hooks print the traceback, exception message included, straight to stderr,
    which under systemd lands in the journal without redaction. This routes them to
    ``logger_name`` at CRITICAL instead; what happens next (exit, restart) stays the caller's
    decision.

    Returns:
        A function restoring the previous hooks.
    """
    crash_logger = logging.getLogger(logger_name)
    previous_hook = sys.excepthook
    previous_thread_hook = threading.excepthook

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            previous_hook(exc_type, exc, tb)
            return
        crash_logger.critical("uncaught exception", exc_info=(exc_type, exc, tb))

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        name = args.thread.name if args.thread is not None else "unknown"
        crash_logger.critical(
            "uncaught exception in thread %s",
            name,
            exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
        )

    sys.excepthook = hook
    threading.excepthook = thread_hook

    def restore() -> None:
        sys.excepthook = previous_hook
        threading.excepthook = previous_thread_hook

    return restore
