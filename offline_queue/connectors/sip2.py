"""SIP2 over TCP (QUEUE_AND_BACKENDS.md §2.2): the library's circulation server (ACS).

:class:`Sip2Client` speaks the protocol: login (93) and status (99) on connect, sequence numbers
0–9 with AY/AZ checksums, a ``97`` resend request when a response is garbled, resending our
message when the ACS answers ``96``, a timeout on every read. It offers the read calls of the
library account screen (patron account with loans, holds and fees; item information) and the
circulation calls (checkout, checkin, renew, fee paid, end session).

What deployed ILSs do that the 3M guide does not say (``docs/backends.md`` § SIP2): the site's
character set (``encoding``: cp850, utf-8, latin-1 or auto), CR LF terminators, a resend (97)
answered with ``AY0`` or without a sequence number, fee lines in several formats (typed as
:class:`civic.library.Fee`), item lists of titles rather than barcodes, no 93 login (empty
``login_user``), a BX that withholds messages (:meth:`Sip2Client.supports`; such a request is
refused before it is sent with :class:`Sip2Unsupported`), TLS in front of the ACS (``tls=`` an
SSL context) and a TLS terminator that accepts and closes while the ACS behind it is down (not
reached). Every call has one deadline (``timeout_s``) however slowly the answer trickles in.

:class:`Sip2Connector` delivers queued circulation transactions. SIP2 has no idempotency: a
resent checkout is a renewal at a real ACS. So an ambiguous attempt is ``UNKNOWN`` and
:meth:`Sip2Connector.reconcile` asks the ACS (63 charged items, 17 item information) before any
resend; a checkout is never blindly resent.

Delivery payloads (``transaction_date`` is the original time, ISO 8601 with zone, fixed at
enqueue so every attempt sends the same date)::

    sip2.checkout {"patron_id", "patron_pin"?, "item_id", "transaction_date"}
    sip2.checkin  {"item_id", "transaction_date", "location"?}
    sip2.renew    {"patron_id", "patron_pin"?, "item_id", "transaction_date", "due_before"?}
    sip2.fee_paid {"patron_id", "patron_pin"?, "amount": "1.50", "currency": "EUR",
                   "fee_id"?, "fee_type"? ("01"), "payment_type"? ("00"), "transaction_date"}

Outcomes beyond the obvious: an ILS's refusal is ``REJECTED`` with ``detail["screen_message"]``
(its AF text, for the resident); a message the ILS's BX withholds is ``REJECTED`` with
``sip2.<message>_unsupported``; a renewal whose effect the ILS's answers cannot show (same due
date: daily loans) or a fee paid without a fee id is ``REVIEW``, never resent.
"""

from __future__ import annotations

import datetime as dt
import logging
import select
import socket
import ssl
import threading
import time
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any, Protocol

from civic.library import Fee, Hold, Loan, PatronAccount, PatronStatus
from offline_queue.connectors import sip2_protocol as sp
from offline_queue.connectors.base import Delivery, Outcome, SendResult

logger = logging.getLogger(__name__)


# --- errors ------------------------------------------------------------------------------------


class Sip2Error(Exception):
    """An environmental SIP2 failure; ``key`` is a translation/diagnostic key."""

    def __init__(self, key: str, detail: str = "") -> None:
        super().__init__(f"{key}: {detail}" if detail else key)
        self.key = key


class Sip2NotSent(Sip2Error):
    """The request never reached the ACS (connect refused/timeout, login refused)."""


class Sip2SessionError(Sip2NotSent):
    """Connected, but the session could not be set up (login or status exchange failed)."""


class Sip2LoginError(Sip2SessionError):
    """The ACS refused our SC login (93): a configuration problem."""


class Sip2Ambiguous(Sip2Error):
    """The request was sent but no valid answer came (timeout, connection lost, garbage)."""


class Sip2Unsupported(Sip2Error):
    """The ACS's 98 (BX) says it does not take this message: refused before it was sent.

    ``key`` is ``sip2.<bx name>_unsupported`` (e.g. ``sip2.fee_paid_unsupported``).
    """

    def __init__(self, message: str) -> None:
        super().__init__(f"sip2.{message}_unsupported")
        self.message = message


class PatronRef(Protocol):
    """Who a patron session is for (the library flow's ``Patron`` fits)."""

    @property
    def patron_id(self) -> str: ...

    @property
    def pin(self) -> str | None: ...


# --- typed results -----------------------------------------------------------------------------


@dataclass(frozen=True)
class AcsStatus:
    online: bool
    checkin_ok: bool
    checkout_ok: bool
    renewal_policy: bool
    offline_ok: bool
    timeout_s: float | None  # from the 98 timeout period (tenths of a second)
    retries_allowed: int | None
    institution_id: str
    library_name: str
    supported: frozenset[str]
    # messages the BX explicitly marks "N" (a short or missing BX withholds nothing)
    unsupported: frozenset[str] = frozenset()


def fee_from_line(text: str) -> Fee:
    """One fee line typed (see :func:`sip2_protocol.parse_fee_line`)."""
    line = sp.parse_fee_line(text)
    return Fee(
        line.fee_id,
        line.amount,
        line.description,
        raw=line.raw,
        fee_type=line.fee_type,
        symbol=line.symbol,
        error_key=line.error_key,
    )


@dataclass(frozen=True)
class CirculationResult:
    ok: bool
    renewal: bool
    item_id: str
    title: str
    due: dt.datetime | None
    screen_message: str


@dataclass(frozen=True)
class CheckinResult:
    ok: bool
    item_id: str
    title: str
    alert: bool
    screen_message: str
    patron_id: str


@dataclass(frozen=True)
class FeePaidResult:
    accepted: bool
    transaction_id: str
    screen_message: str


@dataclass(frozen=True)
class ItemInfo:
    item_id: str
    title: str
    circulation_status: str  # a key of sp.CIRCULATION_STATUS values: "available", "charged"...
    due: dt.datetime | None
    hold_queue_length: int | None

    @property
    def charged(self) -> bool:
        return self.circulation_status in ("charged", "charged_not_to_be_recalled")


def _money(reply: sp.Sip2Message, problems: list[str]) -> tuple[Decimal | None, str]:
    """The fee total (BV) and currency (BH) of a 24/64, strictly; bad values become problems."""
    total: Decimal | None = None
    currency = ""
    if reply.get("BV").strip():
        try:
            total = sp.parse_amount(reply.get("BV"))
        except sp.Sip2AmountError as exc:
            problems.append(exc.key)
    try:
        currency = sp.parse_currency(reply.get("BH"))
    except sp.Sip2AmountError as exc:
        problems.append(exc.key)
    return total, currency


def _date_or_none(text: str) -> dt.datetime | None:
    try:
        return sp.parse_date(text)
    except sp.Sip2DecodeError:
        return None


def _clean(value: str) -> str:
    return value.replace("|", "/").replace("\r", " ").replace("\n", " ")


# --- client ------------------------------------------------------------------------------------


class Sip2Client:
    """One SC ↔ ACS connection; reconnects (and logs in again) on demand. Thread-safe.

    ``login_user=""`` skips the 93 login (ILSs that take SC connections without one).
    ``encoding`` is the site's character set (``sip2_protocol.ENCODINGS``). ``tls`` wraps the
    connection in TLS (the ILS's TLS terminator), checking ``tls_server_name`` (default: host).
    """

    def __init__(
        self,
        host: str,
        port: int,
        *,
        login_user: str,
        login_password: str,
        location_code: str = "",
        institution_id: str = "",
        terminal_password: str = "",
        timeout_s: float = 5.0,
        connect_timeout_s: float = 2.0,
        retries: int = 2,
        language: str = "000",
        encoding: str = sp.ENCODING,
        tls: ssl.SSLContext | None = None,
        tls_server_name: str = "",
    ) -> None:
        if encoding not in sp.ENCODINGS:
            raise ValueError(f"SIP2 encoding must be one of {sp.ENCODINGS}")
        self.host = host
        self.port = port
        self.login_user = login_user
        self.login_password = login_password
        self.location_code = location_code
        self.institution_id = institution_id
        self.terminal_password = terminal_password
        self.timeout_s = timeout_s
        self.connect_timeout_s = connect_timeout_s
        self.retries = retries
        self.language = language
        self.encoding = encoding
        self.tls = tls
        self.tls_server_name = tls_server_name or host
        self.status: AcsStatus | None = None
        self._sock: socket.socket | None = None
        self._buffer = b""
        self._seq = 0
        self._acs_checksums = False  # learnt from the first answer: does this ACS send AY/AZ?
        self._answered = False  # did this connection ever deliver a byte?
        # "auto" sends cp850 until the ACS shows it speaks UTF-8
        self._wire_encoding = sp.ENCODING if encoding == "auto" else encoding
        self._lock = threading.RLock()

    # --- connection --------------------------------------------------------------------------

    def close(self) -> None:
        with self._lock:
            sock, self._sock = self._sock, None
            self._buffer = b""
            self._acs_checksums = False
            self._answered = False
            if sock is not None:
                try:
                    sock.close()
                except OSError:
                    logger.debug("sip2 close failed")

    def __enter__(self) -> Sip2Client:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _idle_connection_alive(self) -> bool:
        """False if the ACS closed our idle connection (EOF or stray bytes are waiting).

        Checked before each request so a checkout is not written into a dead socket (which
        would make its outcome needlessly ambiguous). Line ends (the LF of a CR LF terminator)
        and TLS records without data (session tickets) are not stray bytes.
        """
        sock = self._sock
        if sock is None:
            return False
        if self._buffer.strip(b"\r\n"):
            return False  # an unsolicited frame: the session is out of step
        self._buffer = b""
        pending = isinstance(sock, ssl.SSLSocket) and sock.pending() > 0
        if not pending:
            try:
                readable, _, _ = select.select([sock], [], [], 0)
            except (OSError, ValueError):
                return False
            if not readable:
                return True
        try:
            sock.setblocking(False)
            data = sock.recv(4096)
        except (BlockingIOError, ssl.SSLWantReadError, ssl.SSLWantWriteError):
            return True  # readable, but no application data (e.g. a TLS 1.3 ticket)
        except OSError:
            return False
        finally:
            try:
                sock.settimeout(self.timeout_s)
            except OSError:
                logger.debug("sip2: socket gone while checking it")
        return bool(data) and not data.strip(b"\r\n")

    def _open(self) -> socket.socket:
        try:
            raw = socket.create_connection((self.host, self.port), timeout=self.connect_timeout_s)
        except OSError as exc:
            raise Sip2NotSent("sip2.connect", type(exc).__name__) from exc
        if self.tls is None:
            return raw
        try:
            return self.tls.wrap_socket(raw, server_hostname=self.tls_server_name)
        except ssl.SSLCertVerificationError as exc:
            raw.close()
            # the ILS answered with a certificate we do not trust: a configuration problem
            raise Sip2SessionError("sip2.tls_untrusted", exc.verify_message or "") from exc
        except (ssl.SSLError, OSError) as exc:
            raw.close()
            # closed during the handshake: a terminator whose back end is down, or not TLS
            raise Sip2NotSent("sip2.tls_handshake", type(exc).__name__) from exc

    def connect(self) -> AcsStatus:
        """Open the connection, log in (93, unless no login user) and read the status (99/98)."""
        with self._lock:
            if self._sock is not None and self.status is not None:
                if self._idle_connection_alive():
                    return self.status
                logger.info("sip2: the idle connection was closed by the ACS; reconnecting")
            self.close()
            sock = self._open()
            sock.settimeout(self.timeout_s)
            self._sock = sock
            try:
                if self.login_user:
                    reply = self._transact_raw(
                        "93",
                        {"uid_algorithm": "0", "pwd_algorithm": "0"},
                        [("CN", self.login_user), ("CO", self.login_password)]
                        + ([("CP", self.location_code)] if self.location_code else []),
                        "94",
                    )
                    if reply.fixed["ok"] != "1":
                        raise Sip2LoginError("sip2.login_refused")
                self.status = self._sc_status()
            except Sip2Ambiguous as exc:
                # nothing of the caller's was sent yet: the request itself is "not sent"
                answered = self._answered
                self.close()
                if not answered and exc.key == "sip2.connection_lost":
                    # accepted, then closed without a byte: a TLS terminator (or proxy) whose
                    # ACS is down. The ACS was not reached.
                    raise Sip2NotSent("sip2.closed_before_answer") from exc
                raise Sip2SessionError("sip2.session_setup", exc.key) from exc
            except Sip2Error:
                self.close()
                raise
            if not self.institution_id:
                self.institution_id = self.status.institution_id
            return self.status

    def supports(self, message: str) -> bool:
        """Whether the ACS takes ``message`` (a BX name such as ``"fee_paid"`` or a request code
        such as ``"37"``), from its 98 BX. Connects if needed (raises ``Sip2Error`` when the
        library system cannot be reached). A BX that does not mention a message allows it.
        """
        name = sp.BX_NAME.get(message, message)
        if name not in sp.BX_ORDER:
            raise ValueError(f"unknown SIP2 message {message!r}")
        with self._lock:
            status = self.status if self._sock is not None and self.status else self.connect()
            return name not in status.unsupported

    def _sc_status(self) -> AcsStatus:
        reply = self._transact_raw(
            "99",
            {"status_code": "0", "max_print_width": "080", "protocol_version": "2.00"},
            [],
            "98",
        )
        f = reply.fixed
        bx = reply.get("BX")
        try:
            timeout = int(f["timeout_period"]) / 10.0 if f["timeout_period"].strip("0 ") else None
        except ValueError:
            timeout = None
        try:
            retries: int | None = int(f["retries_allowed"])
        except ValueError:
            retries = None
        flags = list(zip(sp.BX_ORDER, bx.upper(), strict=False))
        return AcsStatus(
            online=reply.flag("online_status"),
            checkin_ok=reply.flag("checkin_ok"),
            checkout_ok=reply.flag("checkout_ok"),
            renewal_policy=reply.flag("acs_renewal_policy"),
            offline_ok=reply.flag("offline_ok"),
            timeout_s=timeout,
            retries_allowed=retries,
            institution_id=reply.get("AO"),
            library_name=reply.get("AM"),
            supported=frozenset(name for name, flag in flags if flag == "Y"),
            unsupported=frozenset(name for name, flag in flags if flag == "N"),
        )

    def _next_seq(self) -> int:
        seq = self._seq
        self._seq = (self._seq + 1) % 10
        return seq

    def _read_frame(self, deadline: float) -> bytes:
        """The next frame, by ``deadline`` (time.monotonic) however slowly bytes trickle in."""
        assert self._sock is not None
        while True:
            frames, rest = sp.split_frames(self._buffer)
            if frames:
                first = frames[0]
                # keep whatever followed the first frame for the next read
                self._buffer = b"".join(frames[1:]) + rest
                return first
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise Sip2Ambiguous("sip2.timeout_after_send")
            try:
                self._sock.settimeout(remaining)
                chunk = self._sock.recv(4096)
            except TimeoutError as exc:
                raise Sip2Ambiguous("sip2.timeout_after_send") from exc
            except OSError as exc:
                raise Sip2Ambiguous("sip2.connection_lost", type(exc).__name__) from exc
            if not chunk:
                raise Sip2Ambiguous("sip2.connection_lost", "closed by the ACS")
            self._answered = True
            self._buffer += chunk
            if len(self._buffer) > 65536:
                raise Sip2Ambiguous("sip2.garbage", "no frame terminator")

    def _send_bytes(self, payload: bytes) -> None:
        assert self._sock is not None
        try:
            self._sock.settimeout(self.timeout_s)
            self._sock.sendall(payload)
        except OSError as exc:
            raise Sip2Ambiguous("sip2.connection_lost", type(exc).__name__) from exc

    def _decode(self, frame: bytes) -> sp.Sip2Message:
        reply = sp.decode(frame, encoding=self.encoding)
        if self.encoding == "auto" and self._wire_encoding != "utf-8":
            try:
                frame.decode("ascii")
            except UnicodeDecodeError:
                try:
                    frame.decode("utf-8")
                except UnicodeDecodeError:
                    pass
                else:
                    self._wire_encoding = "utf-8"  # the ACS speaks UTF-8: answer in kind
        return reply

    def _transact_raw(
        self, code: str, fixed: dict[str, str], fields: list[tuple[str, str]], expect: str
    ) -> sp.Sip2Message:
        """Send one message and read its answer, with 96/97 recovery, all within one deadline
        of ``timeout_s``. Caller holds the lock."""
        seq = self._next_seq()
        payload = sp.encode(
            code,
            fixed,
            [(t, _clean(v)) for t, v in fields],
            seq=seq,
            encoding=self._wire_encoding,
        )
        self._send_bytes(payload)
        deadline = time.monotonic() + self.timeout_s
        attempts = 0
        resent = False  # the next frame answers our 97
        while True:
            frame = self._read_frame(deadline)
            try:
                reply = self._decode(frame)
                if self._acs_checksums and reply.checksum is None and reply.code != "96":
                    # this ACS checksums its frames: one without is truncated or mangled
                    raise sp.Sip2DecodeError("frame without a checksum")
            except sp.Sip2DecodeError as exc:
                attempts += 1
                if attempts > self.retries:
                    raise Sip2Ambiguous(
                        "sip2.garbage", "response unreadable after resends"
                    ) from exc
                logger.info("sip2: garbled %s response, asking the ACS to resend (97)", expect)
                self._send_bytes(sp.encode("97"))
                resent = True
                continue
            if reply.code == "96":
                attempts += 1
                if attempts > self.retries:
                    raise Sip2Ambiguous("sip2.resend_refused", "ACS keeps asking for a resend")
                logger.info("sip2: the ACS asked for a resend (96) of %s", code)
                self._send_bytes(payload)
                resent = False
                continue
            if reply.code != expect:
                raise Sip2Ambiguous("sip2.unexpected", f"expected {expect}, got {reply.code}")
            # A resend carries no sequence number per the guide, but Koha rebuilds it with the
            # 97's (none: AY0 on some versions) and others echo the original: accept any.
            if not resent and reply.seq is not None and reply.seq != seq:
                raise Sip2Ambiguous("sip2.sequence", f"sent AY{seq}, got AY{reply.seq}")
            if reply.checksum is not None:
                self._acs_checksums = True
            return reply

    def transact(
        self, code: str, fixed: dict[str, str], fields: list[tuple[str, str]]
    ) -> sp.Sip2Message:
        """Connect if needed, then one request/response. A message the ACS's BX withholds is
        refused before it is sent (:class:`Sip2Unsupported`). On any ambiguity the connection
        is closed, so a late answer can never be mistaken for the next one."""
        with self._lock:
            status = self.connect()
            name = sp.BX_NAME.get(code, "")
            if name in status.unsupported:
                raise Sip2Unsupported(name)
            try:
                return self._transact_raw(code, fixed, fields, sp.RESPONSE_CODE[code])
            except Sip2Error:
                self.close()
                raise

    # --- helpers -----------------------------------------------------------------------------

    def _now(self) -> str:
        return sp.format_date(dt.datetime.now(dt.UTC))

    def _patron_fields(self, patron_id: str, pin: str | None) -> list[tuple[str, str]]:
        fields = [("AO", self.institution_id), ("AA", patron_id), ("AC", self.terminal_password)]
        if pin is not None:
            fields.append(("AD", pin))
        return fields

    # --- read calls --------------------------------------------------------------------------

    def patron_status(self, patron_id: str, pin: str | None = None) -> PatronStatus:
        reply = self.transact(
            "23",
            {"language": self.language, "transaction_date": self._now()},
            self._patron_fields(patron_id, pin if pin is not None else ""),
        )
        problems: list[str] = []
        total, currency = _money(reply, problems)
        return PatronStatus(
            patron_id=reply.get("AA"),
            name=reply.get("AE"),
            valid=reply.get("BL") == "Y",
            pin_ok=None if not reply.has("CQ") else reply.get("CQ") == "Y",
            currency=currency,
            fees_total=total,
            status_flags=reply.fixed["patron_status"],
            problems=tuple(problems),
        )

    def patron_information(
        self, patron_id: str, pin: str | None, summary: str | None, start: int = 1, end: int = 0
    ) -> sp.Sip2Message:
        """A raw 63/64 exchange selecting one item list (``summary``: hold, charged, fine...)."""
        fields = self._patron_fields(patron_id, pin)
        if summary is not None and end:
            fields += [("BP", str(start)), ("BQ", str(end))]
        return self.transact(
            "63",
            {
                "language": self.language,
                "transaction_date": self._now(),
                "summary": sp.summary(summary),
            },
            fields,
        )

    def charged_items(self, patron_id: str, pin: str | None = None) -> tuple[str, ...]:
        return tuple(self.patron_information(patron_id, pin, "charged").get_all("AU"))

    def item_information(self, item_id: str) -> ItemInfo:
        reply = self.transact(
            "17",
            {"transaction_date": self._now()},
            [("AO", self.institution_id), ("AB", item_id), ("AC", self.terminal_password)],
        )
        try:
            queue: int | None = int(reply.get("CF")) if reply.get("CF") else None
        except ValueError:
            queue = None
        return ItemInfo(
            item_id=reply.get("AB") or item_id,
            title=reply.get("AJ"),
            circulation_status=sp.CIRCULATION_STATUS.get(
                reply.fixed["circulation_status"], "other"
            ),
            due=_date_or_none(reply.get("AH")),
            hold_queue_length=queue,
        )

    def _item_or_title(self, value: str) -> ItemInfo | None:
        """Item information for a 64 list entry, or None when the ILS does not know it as an
        item id: some ILSs list titles, not barcodes (Evergreen msg64_summary_datatype)."""
        info = self.item_information(value)
        if not info.title and info.circulation_status == "other":
            return None
        return info

    def patron_account(self, patron_id: str, pin: str | None = None) -> PatronAccount:
        """Loans (with titles and due dates), holds and fees, for the library account screen."""
        charged = self.patron_information(patron_id, pin, "charged")
        overdue_ids = set(self.patron_information(patron_id, pin, "overdue").get_all("AT"))
        holds_msg = self.patron_information(patron_id, pin, "hold")
        unavailable = self.patron_information(patron_id, pin, "unavailable_hold").get_all("CD")
        fines = self.patron_information(patron_id, pin, "fine").get_all("AV")
        loans = []
        for value in charged.get_all("AU"):
            info = self._item_or_title(value)
            if info is None:  # a title: shown, not renewable
                loans.append(Loan("", value, None, value in overdue_ids))
            else:
                loans.append(Loan(value, info.title, info.due, value in overdue_ids))
        holds = []
        for value, available in [(i, True) for i in holds_msg.get_all("AS")] + [
            (i, False) for i in unavailable
        ]:
            info = self._item_or_title(value)
            holds.append(Hold(value if info else "", info.title if info else value, available))
        fees = tuple(fee_from_line(text) for text in fines)
        problems = [f.error_key for f in fees if f.error_key]
        total, currency = _money(charged, problems)
        return PatronAccount(
            patron_id=charged.get("AA"),
            name=charged.get("AE"),
            valid=charged.get("BL") == "Y",
            pin_ok=None if not charged.has("CQ") else charged.get("CQ") == "Y",
            currency=currency,
            fees_total=total,
            status_flags=charged.fixed["patron_status"],
            loans=tuple(loans),
            holds=tuple(holds),
            fees=fees,
            problems=tuple(dict.fromkeys(problems)),
        )

    # --- circulation -------------------------------------------------------------------------

    @staticmethod
    def _circ(reply: sp.Sip2Message) -> CirculationResult:
        return CirculationResult(
            ok=reply.fixed["ok"] == "1",
            renewal=reply.flag("renewal_ok"),
            item_id=reply.get("AB"),
            title=reply.get("AJ"),
            due=_date_or_none(reply.get("AH")),
            screen_message=reply.get("AF"),
        )

    def checkout(
        self, patron_id: str, item_id: str, when: dt.datetime, pin: str | None = None
    ) -> CirculationResult:
        date = sp.format_date(when)
        reply = self.transact(
            "11",
            {
                "sc_renewal_policy": "N",
                "no_block": "N",
                "transaction_date": date,
                # pysip2 rejects blanks here; the ACS ignores it when no_block=N (design §2.2)
                "nb_due_date": date,
            },
            [*self._patron_fields(patron_id, None), ("AB", item_id)]
            + ([("AD", pin)] if pin is not None else []),
        )
        return self._circ(reply)

    def checkin(self, item_id: str, when: dt.datetime, location: str = "") -> CheckinResult:
        date = sp.format_date(when)
        reply = self.transact(
            "09",
            {"no_block": "N", "transaction_date": date, "return_date": date},
            [
                ("AP", location or self.location_code),
                ("AO", self.institution_id),
                ("AB", item_id),
                ("AC", self.terminal_password),
            ],
        )
        return CheckinResult(
            ok=reply.fixed["ok"] == "1",
            item_id=reply.get("AB"),
            title=reply.get("AJ"),
            alert=reply.flag("alert"),
            screen_message=reply.get("AF"),
            patron_id=reply.get("AA"),
        )

    def renew(
        self, patron_id: str, item_id: str, when: dt.datetime, pin: str | None = None
    ) -> CirculationResult:
        date = sp.format_date(when)
        reply = self.transact(
            "29",
            {
                "third_party_allowed": "N",
                "no_block": "N",
                "transaction_date": date,
                "nb_due_date": date,
            },
            [*self._patron_fields(patron_id, pin), ("AB", item_id)],
        )
        return self._circ(reply)

    def fee_paid(
        self,
        patron_id: str,
        amount: Decimal,
        currency: str,
        when: dt.datetime,
        *,
        pin: str | None = None,
        fee_id: str | None = None,
        fee_type: str = "01",
        payment_type: str = "00",
        transaction_id: str | None = None,
    ) -> FeePaidResult:
        fields = [("BV", f"{amount:.2f}"), *self._patron_fields(patron_id, pin)]
        if fee_id:
            fields.append(("CG", fee_id))
        if transaction_id:
            fields.append(("BK", transaction_id))
        reply = self.transact(
            "37",
            {
                "transaction_date": sp.format_date(when),
                "fee_type": fee_type,
                "payment_type": payment_type,
                "currency_type": currency,
            },
            fields,
        )
        return FeePaidResult(
            accepted=reply.flag("payment_accepted"),
            transaction_id=reply.get("BK"),
            screen_message=reply.get("AF"),
        )

    def end_session(self, patron_id: str, pin: str | None = None) -> bool:
        """35 End Patron Session; ``False`` when the ACS's BX does not take 35 (nothing sent)."""
        try:
            reply = self.transact(
                "35", {"transaction_date": self._now()}, self._patron_fields(patron_id, pin)
            )
        except Sip2Unsupported:
            return False
        return reply.flag("end_session")

    def end_patron_session(self, patron: PatronRef | str) -> bool:
        """End a resident's session at the ILS (35) when they sign out of the library.

        ``patron`` is a patron id or any object with ``patron_id`` and ``pin`` (e.g. the library
        flow's ``Patron``). Returns the ACS's answer; ``False`` if the ACS does not take 35.
        Raises ``Sip2Error`` subclasses when the library system cannot be reached.
        """
        if isinstance(patron, str):
            return self.end_session(patron)
        return self.end_session(patron.patron_id, patron.pin)


# --- connector ---------------------------------------------------------------------------------


# A renewal that leaves the due date unchanged is indistinguishable from none when the loan
# was due within a day of the renewal (daily loans due at the end of the day).
_SAME_DUE_WINDOW = dt.timedelta(days=1)


def _when(payload: dict[str, Any]) -> dt.datetime | None:
    value = payload.get("transaction_date")
    if not isinstance(value, str):
        return None
    try:
        parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=dt.UTC)


class Sip2Connector:
    """Delivers queued circulation transactions; implements ``Connector`` and ``Probe``."""

    name = "sip2"
    has_idempotency = False

    def __init__(self, client: Sip2Client) -> None:
        self.client = client

    def close(self) -> None:
        self.client.close()

    def probe(self) -> bool:
        try:
            self.client.connect()
        except Sip2Error:
            return False
        return True

    def send(self, delivery: Delivery) -> SendResult:
        p = delivery.payload
        when = _when(p)
        if when is None:
            return SendResult(Outcome.REJECTED, error_key="sip2.bad_payload")
        try:
            return self._send(delivery.kind, p, when, str(delivery.tx_id))
        except Sip2NotSent as exc:
            logger.info("sip2 %s: %s", delivery.kind, exc.key)
            if isinstance(exc, Sip2SessionError):  # the ACS answered: it is reachable
                return SendResult(Outcome.RETRY, error_key=exc.key)
            return SendResult(Outcome.RETRY, error_key=exc.key, reached=False)
        except Sip2Ambiguous as exc:
            logger.info("sip2 %s: %s", delivery.kind, exc.key)
            return SendResult(Outcome.UNKNOWN, error_key=exc.key)
        except Sip2Unsupported as exc:
            # the ILS says it does not take this message: resending can never help
            logger.warning("sip2 %s: the ILS does not support %s", delivery.kind, exc.message)
            return SendResult(Outcome.REJECTED, error_key=exc.key, detail={"message": exc.message})
        except (KeyError, ValueError, InvalidOperation):
            return SendResult(Outcome.REJECTED, error_key="sip2.bad_payload")

    @staticmethod
    def _refused(key: str, screen_message: str) -> SendResult:
        """The ILS's answer "no" (holds, limits, blocks): final, with its reason for the
        resident (AF), never a failure that holds a lane."""
        return SendResult(
            Outcome.REJECTED, error_key=key, detail={"screen_message": screen_message}
        )

    def _send(self, kind: str, p: dict[str, Any], when: dt.datetime, tx_id: str) -> SendResult:
        c = self.client
        pin = p.get("patron_pin")
        if kind == "sip2.checkout":
            r = c.checkout(str(p["patron_id"]), str(p["item_id"]), when, pin)
            if not r.ok:
                return self._refused("sip2.checkout_refused", r.screen_message)
            return SendResult(
                Outcome.ACKED,
                remote_ref=r.item_id,
                detail={"due": r.due.isoformat() if r.due else None, "renewal": r.renewal},
            )
        if kind == "sip2.checkin":
            ci = c.checkin(str(p["item_id"]), when, str(p.get("location") or ""))
            if not ci.ok:
                return self._refused("sip2.checkin_refused", ci.screen_message)
            return SendResult(Outcome.ACKED, remote_ref=ci.item_id, detail={"alert": ci.alert})
        if kind == "sip2.renew":
            r = c.renew(str(p["patron_id"]), str(p["item_id"]), when, pin)
            if not r.ok:
                return self._refused("sip2.renew_refused", r.screen_message)
            return SendResult(
                Outcome.ACKED,
                remote_ref=r.item_id,
                detail={"due": r.due.isoformat() if r.due else None},
            )
        if kind == "sip2.fee_paid":
            f = c.fee_paid(
                str(p["patron_id"]),
                Decimal(str(p["amount"])),
                str(p["currency"]),
                when,
                pin=pin,
                fee_id=p.get("fee_id"),
                fee_type=str(p.get("fee_type") or "01"),
                payment_type=str(p.get("payment_type") or "00"),
                transaction_id=str(p.get("transaction_id") or tx_id),
            )
            if not f.accepted:
                return self._refused("sip2.fee_refused", f.screen_message)
            return SendResult(Outcome.ACKED, remote_ref=f.transaction_id or None)
        return SendResult(Outcome.REJECTED, error_key="sip2.unknown_kind")

    def reconcile(self, delivery: Delivery) -> SendResult:
        """Ask the ACS whether the effect exists; never resend blindly."""
        p = delivery.payload
        try:
            return self._reconcile(delivery.kind, p)
        except Sip2NotSent as exc:
            reached = isinstance(exc, Sip2SessionError)
            return SendResult(Outcome.UNKNOWN, error_key=exc.key, reached=reached)
        except Sip2Ambiguous as exc:
            return SendResult(Outcome.UNKNOWN, error_key=exc.key)
        except Sip2Unsupported as exc:
            # the ILS withholds the read (63/17) reconcile needs: a person must look
            return SendResult(Outcome.REVIEW, error_key=exc.key, detail={"message": exc.message})
        except (KeyError, ValueError):
            return SendResult(Outcome.REJECTED, error_key="sip2.bad_payload")

    def _charged_to(self, patron_id: str, pin: str | None, item_id: str) -> bool:
        """Whether ``item_id`` is charged to the patron (63 charged items; on ILSs that list
        titles, Evergreen ``msg64_summary_datatype = title``, by the item's title from 17)."""
        c = self.client
        charged = c.charged_items(patron_id, pin)
        if item_id in charged:
            return True
        if not charged:
            return False
        info = c.item_information(item_id)
        return info.charged and bool(info.title) and info.title in charged

    def _reconcile(self, kind: str, p: dict[str, Any]) -> SendResult:
        c = self.client
        pin = p.get("patron_pin")
        if kind == "sip2.checkout":
            item_id = str(p["item_id"])
            if self._charged_to(str(p["patron_id"]), pin, item_id):
                return SendResult(Outcome.ACKED, remote_ref=item_id, detail={"reconciled": True})
            if c.item_information(item_id).charged:
                return SendResult(Outcome.REJECTED, error_key="sip2.item_charged_elsewhere")
            return SendResult(Outcome.RETRY, error_key="sip2.reconciled_absent")
        if kind == "sip2.checkin":
            info = c.item_information(str(p["item_id"]))
            if info.charged:
                return SendResult(Outcome.RETRY, error_key="sip2.reconciled_absent")
            return SendResult(Outcome.ACKED, remote_ref=info.item_id, detail={"reconciled": True})
        if kind == "sip2.renew":
            return self._reconcile_renew(p)
        if kind == "sip2.fee_paid":
            fee_id = p.get("fee_id")
            if not fee_id:
                return SendResult(Outcome.REVIEW, error_key="sip2.fee_unverifiable")
            fines = c.patron_information(str(p["patron_id"]), pin, "fine")
            fees = [fee_from_line(text) for text in fines.get_all("AV")]
            if any(f.fee_id == fee_id for f in fees):
                return SendResult(Outcome.RETRY, error_key="sip2.reconciled_absent")
            if any(not f.fee_id for f in fees):
                # lines without ids (Koha's default, Evergreen eg_legacy): absence proves nothing
                return SendResult(Outcome.REVIEW, error_key="sip2.fee_unverifiable")
            return SendResult(Outcome.ACKED, detail={"reconciled": True})
        return SendResult(Outcome.REJECTED, error_key="sip2.unknown_kind")

    def _reconcile_renew(self, p: dict[str, Any]) -> SendResult:
        """Did the renewal land? Evidence: the item is still ours and its due date (AH, with
        its time) moved past ``due_before``. An unchanged due date proves nothing when a
        renewal at that moment would give the same date (daily loans due 23:59 renewed the day
        they were lent): then a person decides (REVIEW), the renewal is never resent."""
        c = self.client
        item_id = str(p["item_id"])
        due_before = _when({"transaction_date": p.get("due_before")})
        when = _when(p)
        if due_before is None or when is None:
            return SendResult(Outcome.REVIEW, error_key="sip2.renew_unverifiable")
        due_before = due_before.replace(microsecond=0)  # SIP2 dates are to the second
        if not self._charged_to(str(p["patron_id"]), p.get("patron_pin"), item_id):
            return SendResult(Outcome.REJECTED, error_key="sip2.item_not_charged")
        due = c.item_information(item_id).due
        if due is None:
            return SendResult(Outcome.REVIEW, error_key="sip2.renew_no_due_date")
        if due.tzinfo is None:
            due = due.replace(tzinfo=dt.UTC)
        if due > due_before:
            return SendResult(Outcome.ACKED, remote_ref=item_id, detail={"reconciled": True})
        if due < due_before:
            return SendResult(Outcome.REVIEW, error_key="sip2.renew_due_moved_back")
        if due_before - when <= _SAME_DUE_WINDOW:
            # a renewal now could have produced this very due date
            return SendResult(Outcome.REVIEW, error_key="sip2.renew_same_due_date")
        return SendResult(Outcome.RETRY, error_key="sip2.reconciled_absent")
