"""kiosk.records.logs: redaction with canary values through real handlers writing real
files/sockets."""

from __future__ import annotations

import array
import io
import json
import logging
import os
import re
import socket
import stat
import string
import sys
import tempfile
import threading
import time
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from kiosk.records.logs import (
    REDACTED,
    JournalHandler,
    LoggingSetup,
    Redactor,
    install_excepthooks,
    journal_wanted,
    setup_logging,
)

# Canary values: none of these may appear in any sink.
NAME = "Amara Okafor-Nwosu"
ACCOUNT = "ACC-77Q-Z9"
FREE_TEXT = "the streetlight by my mother's house flickers"
PIN = "4921"
PAN = "4111 1111 1111 1111"
PAN_PLAIN = "5500000000000004"
EMAIL = "amara.okafor@example.org"
PHONE = "+44 20 7946 0958"
FASCN = "D4E739DA739CED39CE739D836858210842108421C84210C3EB"
GUID = "3f2504e0-4f89-11d3-9a0c-0305e82c3301"
CHUID_BYTES = "30 19 D4 E7 39 DA 73 9C ED"
BIRTH_DATE = "1984-03-17"

CANARIES = [
    NAME,
    "Amara",
    "Okafor",
    "Nwosu",
    ACCOUNT,
    FREE_TEXT,
    "streetlight",
    PIN,
    PAN,
    PAN_PLAIN,
    "1111",
    EMAIL,
    PHONE,
    "7946",
    "0958",
    FASCN,
    GUID,
    "3f2504e0",
    CHUID_BYTES,
    "D4 E7 39",
    BIRTH_DATE,
    "1984",
]


def assert_no_canary(text: str) -> None:
    lowered = text.lower()
    leaked = [c for c in CANARIES if c.lower() in lowered]
    assert not leaked, f"leaked {leaked!r} in:\n{text}"


@pytest.fixture
def short_dir() -> Iterator[Path]:
    # Unix socket paths are limited to 108 bytes: tmp_path can be longer.
    with tempfile.TemporaryDirectory(prefix="klog") as name:
        yield Path(name)


class JournalSink:
    """A real unix datagram socket standing in for /run/systemd/journal/socket."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind(str(path))
        self.sock.setblocking(False)

    def entries(self) -> list[dict[str, str]]:
        out: list[dict[str, str]] = []
        while True:
            try:
                data, ancdata, _flags, _addr = self.sock.recvmsg(
                    1 << 20, socket.CMSG_SPACE(array.array("i").itemsize)
                )
            except BlockingIOError:
                return out
            for level, kind, cdata in ancdata:
                assert (level, kind) == (socket.SOL_SOCKET, socket.SCM_RIGHTS)
                fds = array.array("i")
                fds.frombytes(cdata[: len(cdata) - len(cdata) % fds.itemsize])
                for fd in fds:
                    with os.fdopen(fd, "rb") as memfd:
                        memfd.seek(0)  # the sender's write offset is shared
                        data += memfd.read()
            out.append(parse_native(data))

    def close(self) -> None:
        self.sock.close()


def parse_native(data: bytes) -> dict[str, str]:
    """Parse the journal native protocol (KEY=value\\n or KEY\\n<le64><data>\\n)."""
    fields: dict[str, str] = {}
    pos = 0
    while pos < len(data):
        nl = data.index(b"\n", pos)
        line = data[pos:nl]
        if b"=" in line:
            key, _, value = line.partition(b"=")
            fields[key.decode()] = value.decode()
            pos = nl + 1
        else:
            size = int.from_bytes(data[nl + 1 : nl + 9], "little")
            start = nl + 9
            fields[line.decode()] = data[start : start + size].decode()
            assert data[start + size : start + size + 1] == b"\n"
            pos = start + size + 1
    return fields


@pytest.fixture
def journal_sink(short_dir: Path) -> Iterator[JournalSink]:
    sink = JournalSink(short_dir / "journal.sock")
    yield sink
    sink.close()


@pytest.fixture
def installed() -> Iterator[list[LoggingSetup]]:
    setups: list[LoggingSetup] = []
    yield setups
    for setup in setups:
        setup.close()
    logging.getLogger().setLevel(logging.WARNING)


def log_canaries(logger: logging.Logger) -> None:
    """Every way application code might (wrongly) let resident data into a log."""
    logger.info("signed in %s with pin %s", NAME, PIN)
    logger.info("resident %(who)s typed %(text)r", {"who": NAME, "text": FREE_TEXT})
    logger.info(f"card {PAN} / {PAN_PLAIN} email {EMAIL} phone {PHONE}")  # noqa: G004
    logger.warning("chuid %s fascn=%s guid=%s born %s", CHUID_BYTES, FASCN, GUID, BIRTH_DATE)
    logger.info("account %s for Okafor", ACCOUNT)
    logger.info("hello AMARA")  # case differs from the registered value
    logger.info(
        "extras",
        extra={"trigger": f"sign_out by {NAME}", "resident": NAME, "pin": PIN, "count": 3},
    )
    try:
        raise ValueError(f"bad input {FREE_TEXT!r} from {NAME} pin {PIN}")
    except ValueError:
        logger.exception("form failed for %s", NAME)
    logger.info("stack for %s", NAME, stack_info=True)
    worker = threading.Thread(target=logger.error, args=("worker saw %s", EMAIL))
    worker.start()
    worker.join(5)


def test_canaries_never_reach_file_ring_or_journal(tmp_path, journal_sink, installed):
    redactor = Redactor()
    setup = setup_logging(
        tmp_path, "DEBUG", journal=True, redactor=redactor, journal_socket=journal_sink.path
    )
    installed.append(setup)
    redactor.register(NAME, words=True)
    redactor.register(ACCOUNT, FREE_TEXT, None, "")

    logger = logging.getLogger("kiosk.session.machine")
    log_canaries(logger)

    file_text = setup.log_file.read_text(encoding="utf-8")
    records = [json.loads(line) for line in file_text.splitlines()]
    assert len(records) == 10
    assert_no_canary(file_text)
    assert REDACTED in file_text
    ring_text = "\n".join(setup.ring.lines())
    assert_no_canary(ring_text)
    assert setup.ring.lines() == file_text.splitlines()

    entries = journal_sink.entries()
    assert len(entries) == 10
    assert_no_canary(json.dumps(entries, ensure_ascii=False))

    # The structure survives redaction.
    first = records[0]
    assert first["logger"] == "kiosk.session.machine"
    assert first["level"] == "INFO"
    assert first["msg"] == f"signed in {REDACTED} with pin {REDACTED}"
    assert first["ts"].endswith("Z")
    extras = next(r for r in records if r["msg"] == "extras")
    assert extras["trigger"] == f"sign_out by {REDACTED}"
    assert extras["count"] == 3
    assert "resident" not in extras
    assert "pin" not in extras
    failed = next(r for r in records if r["msg"].startswith("form failed"))
    assert failed["exc_type"] == "ValueError"
    assert "Traceback" in failed["exc"]
    assert "raise ValueError" in failed["exc"]
    assert entries[0]["PRIORITY"] == "6"
    assert entries[0]["LOGGER"] == "kiosk.session.machine"
    assert entries[0]["SYSLOG_IDENTIFIER"] == "ecitizen-kiosk"
    assert entries[0]["MESSAGE"] == first["msg"]
    warning = entries[3]
    assert warning["PRIORITY"] == "4"
    journal_failed = next(e for e in entries if e["MESSAGE"].startswith("form failed"))
    assert "\nTraceback" in journal_failed["MESSAGE"]  # one entry, multi-line
    assert journal_failed["PRIORITY"] == "3"
    journal_extras = next(e for e in entries if e["MESSAGE"] == "extras")
    assert journal_extras["KIOSK_COUNT"] == "3"
    assert "KIOSK_RESIDENT" not in journal_extras


def test_canaries_never_reach_development_stream(tmp_path, installed):
    redactor = Redactor()
    stream = io.StringIO()
    setup = setup_logging(tmp_path, "INFO", journal=False, redactor=redactor, stream=stream)
    installed.append(setup)
    redactor.register(NAME, words=True)
    redactor.register(ACCOUNT, FREE_TEXT)

    log_canaries(logging.getLogger("kiosk.flow"))

    text = stream.getvalue()
    assert "kiosk.flow: signed in [redacted] with pin [redacted]" in text
    assert "Traceback" in text
    assert_no_canary(text)
    assert_no_canary(setup.log_file.read_text(encoding="utf-8"))


def test_bad_format_keeps_template_not_arguments(tmp_path, installed):
    redactor = Redactor()
    setup = setup_logging(tmp_path, "INFO", journal=False, redactor=redactor, stream=io.StringIO())
    installed.append(setup)
    redactor.register(NAME)
    # Not through a logger: pytest's own capture handler would raise on the bad format first.
    record = logging.LogRecord("kiosk.x", logging.INFO, __file__, 1, "bad %s %s", (NAME,), None)
    for handler in setup.handlers:
        handler.handle(record)
    [line] = setup.ring.lines()
    assert json.loads(line)["msg"] == "bad %s %s [arguments dropped: bad format]"
    assert_no_canary(setup.log_file.read_text())


def test_wipe_clears_registered_values(tmp_path, installed):
    redactor = Redactor()
    setup = setup_logging(tmp_path, "INFO", journal=False, redactor=redactor, stream=io.StringIO())
    installed.append(setup)
    logger = logging.getLogger("kiosk.session.machine")
    redactor.register("Zebedee Quill", words=True)
    logger.info("in session: Zebedee Quill")
    assert len(redactor) == 1
    redactor.clear()
    assert len(redactor) == 0
    logger.info("after wipe: Quill is just a word")
    lines = setup.ring.lines()
    assert json.loads(lines[0])["msg"] == f"in session: {REDACTED}"
    assert json.loads(lines[1])["msg"] == "after wipe: Quill is just a word"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3 of 5 attempts, HTTP 503, v6.9.3", "3 of 5 attempts, HTTP 503, v6.9.3"),
        ("pcsc at 127.0.0.1 and 192.168.100.200", "pcsc at 127.0.0.1 and 192.168.100.200"),
        ("at 16:45:09 SW 63C2 on /dev/ttyUSB0", "at 16:45:09 SW 63C2 on /dev/ttyUSB0"),
        ("pin 1234", f"pin {REDACTED}"),
        ("PIN1234", f"PIN{REDACTED}"),
        ("call 555.123.4567 or (020) 7946 0958", f"call {REDACTED} or {REDACTED}"),
        ("card 4111-1111-1111-1111.", f"card {REDACTED}."),
        ("port 8080", f"port {REDACTED}"),
        ("guid 3F2504E04F8911D39A0C0305E82C3301", f"guid {REDACTED}"),
        ("deadbeefcafe accessibleName", "deadbeefcafe accessibleName"),
        ("mail ana+kiosk@city.gov.example", f"mail {REDACTED}"),
        ("aid A0 00 00 03 08 00 00 10 00", f"aid {REDACTED}"),
        ("Arabic-Indic ٤٩٢١", f"Arabic-Indic {REDACTED}"),
    ],
)
def test_patterns(text, expected):
    assert Redactor().redact(text) == expected


def test_registered_values_whole_words_and_normalisation():
    redactor = Redactor()
    redactor.register("José Li", words=True)
    redactor.register("x")  # too short to register
    assert len(redactor) == 1
    # NFD input still matches the NFC registration; short words only as whole words.
    assert redactor.redact("Jose\u0301 and li-ion; Lisbon; LI") == (
        f"{REDACTED} and {REDACTED}-ion; Lisbon; {REDACTED}"
    )
    assert redactor.redact("josé   li") == REDACTED  # whitespace-insensitive full value


def test_rotation_keeps_count_and_private_mode(tmp_path, installed):
    setup = setup_logging(
        tmp_path,
        "INFO",
        journal=False,
        stream=io.StringIO(),
        max_bytes=2_000,
        backup_count=2,
    )
    installed.append(setup)
    logger = logging.getLogger("kiosk.rotation")
    for i in range(100):
        logger.info("line %s of the rotation test", i)
    log_dir = tmp_path / "logs"
    names = sorted(p.name for p in log_dir.iterdir())
    assert names == ["kiosk.jsonl", "kiosk.jsonl.1", "kiosk.jsonl.2"]
    for path in log_dir.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert path.stat().st_size <= 2_000
    assert stat.S_IMODE(log_dir.stat().st_mode) == 0o700
    assert json.loads(setup.log_file.read_text().splitlines()[-1])["msg"].startswith("line 99")


def test_second_setup_replaces_handlers(tmp_path, installed):
    first = setup_logging(tmp_path / "a", "INFO", journal=False, stream=io.StringIO())
    second = setup_logging(tmp_path / "b", "WARNING", journal=False, stream=io.StringIO())
    installed.append(second)
    root = logging.getLogger()
    assert not set(first.handlers) & set(root.handlers)
    assert set(second.handlers) <= set(root.handlers)
    assert root.level == logging.WARNING
    logging.getLogger("kiosk.x").warning("only in b")
    assert first.log_file.read_text() == ""
    assert "only in b" in second.log_file.read_text()


def test_unknown_level_is_a_clear_error(tmp_path):
    with pytest.raises(ValueError, match="unknown log level 'LOUD'"):
        setup_logging(tmp_path, "LOUD", journal=False)


def test_large_record_goes_to_journal_via_memfd(journal_sink):
    handler = JournalHandler(journal_sink.path)
    try:
        big = "x" * 400_000  # more than a unix datagram can hold
        record = logging.LogRecord("kiosk.big", logging.INFO, __file__, 1, big, None, None)
        handler.handle(record)
    finally:
        handler.close()
    [entry] = journal_sink.entries()
    assert entry["MESSAGE"] == big


def test_journal_detection(short_dir, journal_sink):
    sock = journal_sink.path
    assert journal_wanted({"INVOCATION_ID": "abc"}, sock)
    assert journal_wanted({"JOURNAL_STREAM": "8:1234"}, sock)
    assert not journal_wanted({}, sock)
    assert not journal_wanted({"INVOCATION_ID": "abc"}, short_dir / "missing.sock")


def test_ring_buffer_capacity_and_export(tmp_path, installed):
    setup = setup_logging(tmp_path, "INFO", journal=False, stream=io.StringIO(), ring_capacity=3)
    installed.append(setup)
    for i in range(5):
        logging.getLogger("kiosk.ring").info("event %s", i)
    out = io.StringIO()
    assert setup.ring.write_to(out) == 3
    assert [json.loads(x)["msg"] for x in out.getvalue().splitlines()] == [
        "event 2",
        "event 3",
        "event 4",
    ]
    setup.ring.clear()
    assert setup.ring.lines() == []


def test_uncaught_exceptions_go_through_redaction(tmp_path, installed):
    redactor = Redactor()
    setup = setup_logging(tmp_path, "INFO", journal=False, redactor=redactor, stream=io.StringIO())
    installed.append(setup)
    redactor.register(NAME, words=True)
    restore = install_excepthooks()
    try:
        try:
            raise RuntimeError(f"crash while showing {NAME}")
        except RuntimeError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)

        def boom() -> None:
            raise LookupError(f"no bill for {EMAIL}")

        worker = threading.Thread(target=boom, name="sync")
        worker.start()
        worker.join(5)
    finally:
        restore()
    records = [json.loads(line) for line in setup.ring.lines()]
    assert [(r["logger"], r["level"], r["msg"], r["exc_type"]) for r in records] == [
        ("kiosk.crash", "CRITICAL", "uncaught exception", "RuntimeError"),
        ("kiosk.crash", "CRITICAL", "uncaught exception in thread sync", "LookupError"),
    ]
    assert f"RuntimeError: crash while showing {REDACTED}" in records[0]["exc"]
    assert_no_canary(setup.log_file.read_text(encoding="utf-8"))


def test_setup_detects_systemd_and_uses_its_logs_directory(tmp_path, journal_sink, installed):
    logs = tmp_path / "var-log"
    environ = {"INVOCATION_ID": "0123", "LOGS_DIRECTORY": f"{logs}:/elsewhere"}
    stream = io.StringIO()
    setup = setup_logging(
        tmp_path / "data",
        "INFO",
        journal_socket=journal_sink.path,
        environ=environ,
        stream=stream,
    )
    installed.append(setup)
    assert setup.journal
    assert setup.log_file == logs / "kiosk.jsonl"
    assert not any(
        isinstance(h, logging.StreamHandler) and h.stream is stream for h in setup.handlers
    )
    logging.getLogger("kiosk.detect").info("to the journal and the file")
    assert stream.getvalue() == ""
    [entry] = journal_sink.entries()
    assert entry["MESSAGE"] == "to the journal and the file"
    assert "to the journal" in setup.log_file.read_text(encoding="utf-8")
    assert not (tmp_path / "data" / "logs").exists()


def test_setup_without_systemd_logs_to_stream(tmp_path, installed):
    stream = io.StringIO()
    setup = setup_logging(tmp_path, "INFO", environ={}, stream=stream)
    installed.append(setup)
    assert not setup.journal
    assert setup.log_file == tmp_path / "logs" / "kiosk.jsonl"
    logging.getLogger("kiosk.dev").info("hello developer")
    assert "INFO     kiosk.dev: hello developer" in stream.getvalue()


@pytest.mark.parametrize(
    "text",
    [
        "1" * 100_000,
        "a1" * 50_000,
        "12-" * 20_000 + "x",
        "0123456789abcdef-" * 5_000,
        "1." * 50_000,
        "a@" + "b" * 100_000,
        "ab:" * 40_000,
    ],
    ids=["digits", "alnum", "dashed", "hexdash", "dotted", "at", "colons"],
)
def test_redaction_stays_linear_on_long_runs(text):
    # A backtracking pattern once took 38 s on 100 KB of digits: logging must never stall.
    redactor = Redactor()
    redactor.register("Amara Okafor", words=True)
    started = time.perf_counter()
    redactor.redact(text)
    assert time.perf_counter() - started < 2.0


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_no_four_digit_run_survives(text):
    assert re.search(r"\d{4}", Redactor().redact(text)) is None


@settings(max_examples=200, deadline=None)
@given(
    before=st.text(max_size=60),
    after=st.text(max_size=60),
    value=st.text(alphabet=st.characters(categories=["Lu", "Ll"]), min_size=4, max_size=30),
)
def test_registered_value_never_survives(before, after, value):
    redactor = Redactor()
    redactor.register(value)
    out = redactor.redact(before + value + after)
    assert value not in out or value in REDACTED


# --- issue #14: disguised values --------------------------------------------------------------

SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
FULLWIDTH = {c: chr(ord(c) + 0xFEE0) for c in string.digits + string.ascii_letters}
ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def json_escaped(text: str) -> str:
    return json.dumps(text, ensure_ascii=True)[1:-1]


@pytest.mark.parametrize(
    "text",
    ["pin 1 2 3 4 5 6", "pin 12-34-56", "pin 12.34.56", "pin ¹²³⁴⁵⁶", "pin １２３４５６",
     "pin 1\u200b2\u200b3\u200b4\u200b5\u200b6", "dob 04/12/26"],
)  # fmt: skip
def test_pin_length_numbers_however_written(text):
    assert Redactor().redact(text) == f"{text.split()[0]} {REDACTED}"


@pytest.mark.parametrize(
    "logged",
    [
        "Jose Nunez",  # no accents
        "JOSÉ NÚÑEZ",
        "Jo\u200bsé N\u200dúñez",  # zero-width characters
        "Jos\\u00e9 N\\u00fa\\u00f1ez",  # JSON-escaped
        "José\n  Núñez",
        "Ｊｏｓé Núñez",  # full-width
    ],
)
def test_registered_name_however_written(logged):
    redactor = Redactor()
    redactor.register("José Núñez", words=True)
    out = redactor.redact(f"x {logged} y")
    assert out == f"x {REDACTED} y", out


@pytest.mark.parametrize(
    "logged", ["RES 000 123", "res-000-123", "RES-000.123", "RES-⁰⁰⁰¹²³", '"RES-000123"']
)
def test_registered_id_however_written(logged):
    redactor = Redactor()
    redactor.register("RES-000123")
    assert "000" not in redactor.redact(logged) and "res" not in redactor.redact(logged).lower()


def test_register_payload_free_text_address_email_phone():
    redactor = Redactor()
    redactor.register_payload(
        {
            "resident_id": "RES-0001",
            "body": {
                "method": "EUR",
                "description": "pothole near the blue door",
                "address": {"street": "12 Calle Mayor", "city": "Sevilla"},
                "contact": ["ana@example.org", "+34 600 11 22 33"],
            },
        }
    )
    for value in ("pothole near the blue door", "12 Calle Mayor", "Sevilla", "ana@example.org"):
        assert redactor.redact(f"saw {value}!") == f"saw {REDACTED}!"
    assert redactor.redact("paid in EUR") == "paid in EUR"  # short codes stay readable


def test_session_registers_every_resident_value(tmp_path):
    """The composition root registers the signed-in identity; submissions add their payload."""
    from kiosk.config import load_demo_config
    from kiosk.runtime.app import build_core
    from kiosk.session.machine import Assurance, Identity, Role

    core = build_core(load_demo_config(tmp_path))
    core.session.start()
    core.session.sign_in(Identity(Role.RESIDENT, "Zoë Ångström", "RES-9182", Assurance.PIN))
    assert core.redactor.redact("hi Zoe Angstrom RES 9182") == f"hi {REDACTED} {REDACTED}"


NAME_CHARS = st.sampled_from(list("abcdefghijklmnopqrstuvwxyzABCDEFXYZáéíóúñçüöäåÉÑ0123456789"))


@st.composite
def disguised(draw):
    """A value and the same value as it might reach a log."""
    words = draw(st.lists(st.text(NAME_CHARS, min_size=2, max_size=8), min_size=1, max_size=3))
    value = " ".join(words)
    assume(len(value) >= 4)
    shown = value
    if draw(st.booleans()):
        shown = strip_accents(shown)
    if draw(st.booleans()):
        shown = shown.upper() if draw(st.booleans()) else shown.lower()
    if draw(st.booleans()):  # separators inside digit runs
        sep = draw(st.sampled_from([" ", "-", ".", "/"]))
        shown = re.sub(r"(?<=\d)(?=\d)", sep, shown)
    if draw(st.booleans()):
        shown = shown.translate(SUPERSCRIPT)
    if draw(st.booleans()):
        shown = "".join(c + draw(st.sampled_from(ZERO_WIDTH)) for c in shown[:-1]) + shown[-1]
    if draw(st.booleans()):
        shown = shown.replace(" ", draw(st.sampled_from(["  ", "\n", "\u00a0", "\t "])))
    if draw(st.booleans()):
        shown = "".join(FULLWIDTH.get(c, c) for c in shown)
    if draw(st.booleans()):
        shown = json_escaped(shown)
    return value, shown


def survives(redactor_out: str, value: str) -> bool:
    """Whether ``value`` can still be read in the output (compared the way a reader would:
    ignoring case, accents, invisible characters, escapes and digit separators)."""
    from kiosk.records.logs import _normalise_value

    remainder = redactor_out.replace(REDACTED, "\x00")
    return _normalise_value(value) in _normalise_value(remainder)


@settings(max_examples=200, deadline=None)
@given(before=st.text(max_size=40), after=st.text(max_size=40), pair=disguised())
def test_disguised_registered_value_never_survives(before, after, pair):
    value, shown = pair
    redactor = Redactor()
    redactor.register(value)
    out = redactor.redact(before + " " + shown + " " + after)
    assert not survives(out, value), (value, shown, out)


def test_a_submission_registers_its_free_text_and_address(tmp_path):
    from kiosk.config import load_demo_config
    from kiosk.runtime.app import build_core
    from kiosk.services.submit import Submission, SubmitError, submit

    core = build_core(load_demo_config(tmp_path))
    payload = {
        "body": {
            "description": "the gate at Calle Mayor 12 is broken",
            "address_string": "Calle Mayor 12, 2º B",
            "email": "ana.garcia@example.org",
        }
    }
    report = Submission("street_report", "Report", "service_request.create", payload, "open311")
    with pytest.raises(SubmitError):  # no queue in a bare core: nothing is written
        submit(core, report, "en")
    out = core.redactor.redact("queued: THE GATE AT CALLE MAYOR 12 IS BROKEN; Calle Mayor 12, 2º B")
    assert out == f"queued: {REDACTED}; {REDACTED}"
