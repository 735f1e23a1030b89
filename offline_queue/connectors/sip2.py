"""SIP2 over TCP (QUEUE_AND_BACKENDS.md §2.2): the library's circulation server (ACS).

:class:`Sip2Client` speaks the protocol: login (93) and status (99) on connect, sequence numbers
0–9 with AY/AZ checksums, a ``97`` resend request when a response is garbled, resending our
message when the ACS answers ``96``, a timeout on every read. It offers the read calls of the
library account screen (patron account with loans, holds and fees; item information) and the
circulation calls (checkout, checkin, renew, fee paid, end session).

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
"""

from __future__ import annotations

import datetime as dt
import logging
import select
import socket
import threading
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

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


@dataclass(frozen=True)
class Loan:
    item_id: str
    title: str
    due: dt.datetime | None
    overdue: bool


@dataclass(frozen=True)
class Hold:
    item_id: str
    title: str
    available: bool


@dataclass(frozen=True)
class Fee:
    fee_id: str
    amount: Decimal | None
    description: str


@dataclass(frozen=True)
class PatronAccount:
    patron_id: str
    name: str
    valid: bool
    pin_ok: bool | None
    currency: str
    fees_total: Decimal | None
    status_flags: str
    loans: tuple[Loan, ...]
    holds: tuple[Hold, ...]
    fees: tuple[Fee, ...]


@dataclass(frozen=True)
class PatronStatus:
    patron_id: str
    name: str
    valid: bool
    pin_ok: bool | None
    currency: str
    fees_total: Decimal | None
    status_flags: str


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


def _decimal(text: str) -> Decimal | None:
    try:
        return Decimal(text) if text else None
    except InvalidOperation:
        return None


def _date_or_none(text: str) -> dt.datetime | None:
    try:
        return sp.parse_date(text)
    except sp.Sip2DecodeError:
        return None


def _clean(value: str) -> str:
    return value.replace("|", "/").replace("\r", " ").replace("\n", " ")


# --- client ------------------------------------------------------------------------------------


class Sip2Client:
    """One SC ↔ ACS connection; reconnects (and logs in again) on demand. Thread-safe."""

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
    ) -> None:
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
        self.status: AcsStatus | None = None
        self._sock: socket.socket | None = None
        self._buffer = b""
        self._seq = 0
        self._acs_checksums = False  # learnt from the 94: does this ACS send AY/AZ?
        self._lock = threading.RLock()

    # --- connection --------------------------------------------------------------------------

    def close(self) -> None:
        with self._lock:
            sock, self._sock = self._sock, None
            self._buffer = b""
            self._acs_checksums = False
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
        would make its outcome needlessly ambiguous).
        """
        sock = self._sock
        if sock is None:
            return False
        if self._buffer:
            return False  # an unsolicited frame: the session is out of step
        try:
            readable, _, _ = select.select([sock], [], [], 0)
        except (OSError, ValueError):
            return False
        return not readable  # readable while idle = EOF, reset or stray data: start over

    def connect(self) -> AcsStatus:
        """Open the connection, log in (93) and read the ACS status (99/98)."""
        with self._lock:
            if self._sock is not None and self.status is not None:
                if self._idle_connection_alive():
                    return self.status
                logger.info("sip2: the idle connection was closed by the ACS; reconnecting")
            self.close()
            try:
                sock = socket.create_connection(
                    (self.host, self.port), timeout=self.connect_timeout_s
                )
            except OSError as exc:
                raise Sip2NotSent("sip2.connect", type(exc).__name__) from exc
            sock.settimeout(self.timeout_s)
            self._sock = sock
            try:
                reply = self._transact_raw(
                    "93",
                    {"uid_algorithm": "0", "pwd_algorithm": "0"},
                    [("CN", self.login_user), ("CO", self.login_password)]
                    + ([("CP", self.location_code)] if self.location_code else []),
                    "94",
                )
                if reply.fixed["ok"] != "1":
                    raise Sip2LoginError("sip2.login_refused")
                self._acs_checksums = reply.checksum is not None
                self.status = self._sc_status()
            except Sip2Ambiguous as exc:
                # nothing of the caller's was sent yet: the request itself is "not sent"
                self.close()
                raise Sip2SessionError("sip2.session_setup", exc.key) from exc
            except Sip2Error:
                self.close()
                raise
            if not self.institution_id:
                self.institution_id = self.status.institution_id
            return self.status

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
            supported=frozenset(
                name for name, flag in zip(sp.BX_ORDER, bx, strict=False) if flag == "Y"
            ),
        )

    def _next_seq(self) -> int:
        seq = self._seq
        self._seq = (self._seq + 1) % 10
        return seq

    def _read_frame(self) -> bytes:
        assert self._sock is not None
        while True:
            frames, rest = sp.split_frames(self._buffer)
            if frames:
                first = frames[0]
                # keep whatever followed the first frame for the next read
                self._buffer = b"".join(frames[1:]) + rest
                return first
            try:
                chunk = self._sock.recv(4096)
            except TimeoutError as exc:
                raise Sip2Ambiguous("sip2.timeout_after_send") from exc
            except OSError as exc:
                raise Sip2Ambiguous("sip2.connection_lost", type(exc).__name__) from exc
            if not chunk:
                raise Sip2Ambiguous("sip2.connection_lost", "closed by the ACS")
            self._buffer += chunk
            if len(self._buffer) > 65536:
                raise Sip2Ambiguous("sip2.garbage", "no frame terminator")

    def _send_bytes(self, payload: bytes) -> None:
        assert self._sock is not None
        try:
            self._sock.sendall(payload)
        except OSError as exc:
            raise Sip2Ambiguous("sip2.connection_lost", type(exc).__name__) from exc

    def _transact_raw(
        self, code: str, fixed: dict[str, str], fields: list[tuple[str, str]], expect: str
    ) -> sp.Sip2Message:
        """Send one message and read its answer, with 96/97 recovery. Caller holds the lock."""
        seq = self._next_seq()
        payload = sp.encode(code, fixed, [(t, _clean(v)) for t, v in fields], seq=seq)
        self._send_bytes(payload)
        attempts = 0
        while True:
            frame = self._read_frame()
            try:
                reply = sp.decode(frame)
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
                continue
            if reply.code == "96":
                attempts += 1
                if attempts > self.retries:
                    raise Sip2Ambiguous("sip2.resend_refused", "ACS keeps asking for a resend")
                logger.info("sip2: the ACS asked for a resend (96) of %s", code)
                self._send_bytes(payload)
                continue
            if reply.code != expect:
                raise Sip2Ambiguous("sip2.unexpected", f"expected {expect}, got {reply.code}")
            if reply.seq is not None and reply.seq != seq:
                raise Sip2Ambiguous("sip2.sequence", f"sent AY{seq}, got AY{reply.seq}")
            return reply

    def transact(
        self, code: str, fixed: dict[str, str], fields: list[tuple[str, str]]
    ) -> sp.Sip2Message:
        """Connect if needed, then one request/response. On any ambiguity the connection is
        closed, so a late answer can never be mistaken for the next one."""
        with self._lock:
            self.connect()
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
        return PatronStatus(
            patron_id=reply.get("AA"),
            name=reply.get("AE"),
            valid=reply.get("BL") == "Y",
            pin_ok=None if not reply.has("CQ") else reply.get("CQ") == "Y",
            currency=reply.get("BH"),
            fees_total=_decimal(reply.get("BV")),
            status_flags=reply.fixed["patron_status"],
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

    def patron_account(self, patron_id: str, pin: str | None = None) -> PatronAccount:
        """Loans (with titles and due dates), holds and fees, for the library account screen."""
        charged = self.patron_information(patron_id, pin, "charged")
        overdue_ids = set(self.patron_information(patron_id, pin, "overdue").get_all("AT"))
        holds_msg = self.patron_information(patron_id, pin, "hold")
        unavailable = self.patron_information(patron_id, pin, "unavailable_hold").get_all("CD")
        fines = self.patron_information(patron_id, pin, "fine").get_all("AV")
        loans = []
        for item_id in charged.get_all("AU"):
            info = self.item_information(item_id)
            loans.append(Loan(item_id, info.title, info.due, item_id in overdue_ids))
        holds = []
        for item_id, available in [(i, True) for i in holds_msg.get_all("AS")] + [
            (i, False) for i in unavailable
        ]:
            holds.append(Hold(item_id, self.item_information(item_id).title, available))
        fees = []
        for text in fines:
            parts = text.split(" ", 2)
            amount = _decimal(parts[1]) if len(parts) > 1 else None
            if amount is None:
                fees.append(Fee("", None, text))
            else:
                fees.append(Fee(parts[0], amount, parts[2] if len(parts) > 2 else ""))
        return PatronAccount(
            patron_id=charged.get("AA"),
            name=charged.get("AE"),
            valid=charged.get("BL") == "Y",
            pin_ok=None if not charged.has("CQ") else charged.get("CQ") == "Y",
            currency=charged.get("BH"),
            fees_total=_decimal(charged.get("BV")),
            status_flags=charged.fixed["patron_status"],
            loans=tuple(loans),
            holds=tuple(holds),
            fees=tuple(fees),
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
        reply = self.transact(
            "35", {"transaction_date": self._now()}, self._patron_fields(patron_id, pin)
        )
        return reply.flag("end_session")


# --- connector ---------------------------------------------------------------------------------


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
        except (KeyError, ValueError, InvalidOperation):
            return SendResult(Outcome.REJECTED, error_key="sip2.bad_payload")

    def _send(self, kind: str, p: dict[str, Any], when: dt.datetime, tx_id: str) -> SendResult:
        c = self.client
        pin = p.get("patron_pin")
        if kind == "sip2.checkout":
            r = c.checkout(str(p["patron_id"]), str(p["item_id"]), when, pin)
            if not r.ok:
                return SendResult(Outcome.REJECTED, error_key="sip2.checkout_refused")
            return SendResult(
                Outcome.ACKED,
                remote_ref=r.item_id,
                detail={"due": r.due.isoformat() if r.due else None, "renewal": r.renewal},
            )
        if kind == "sip2.checkin":
            ci = c.checkin(str(p["item_id"]), when, str(p.get("location") or ""))
            if not ci.ok:
                return SendResult(Outcome.REJECTED, error_key="sip2.checkin_refused")
            return SendResult(Outcome.ACKED, remote_ref=ci.item_id, detail={"alert": ci.alert})
        if kind == "sip2.renew":
            r = c.renew(str(p["patron_id"]), str(p["item_id"]), when, pin)
            if not r.ok:
                return SendResult(Outcome.REJECTED, error_key="sip2.renew_refused")
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
                return SendResult(Outcome.REJECTED, error_key="sip2.fee_refused")
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
        except (KeyError, ValueError):
            return SendResult(Outcome.REJECTED, error_key="sip2.bad_payload")

    def _reconcile(self, kind: str, p: dict[str, Any]) -> SendResult:
        c = self.client
        if kind == "sip2.checkout":
            item_id = str(p["item_id"])
            if item_id in c.charged_items(str(p["patron_id"]), p.get("patron_pin")):
                return SendResult(Outcome.ACKED, remote_ref=item_id, detail={"reconciled": True})
            info = c.item_information(item_id)
            if info.charged:
                return SendResult(Outcome.REJECTED, error_key="sip2.item_charged_elsewhere")
            return SendResult(Outcome.RETRY, error_key="sip2.reconciled_absent")
        if kind == "sip2.checkin":
            info = c.item_information(str(p["item_id"]))
            if info.charged:
                return SendResult(Outcome.RETRY, error_key="sip2.reconciled_absent")
            return SendResult(Outcome.ACKED, remote_ref=info.item_id, detail={"reconciled": True})
        if kind == "sip2.renew":
            item_id = str(p["item_id"])
            due_before = _when({"transaction_date": p.get("due_before")})
            if due_before is None:
                return SendResult(Outcome.UNKNOWN, error_key="sip2.renew_unverifiable")
            if item_id not in c.charged_items(str(p["patron_id"]), p.get("patron_pin")):
                return SendResult(Outcome.REJECTED, error_key="sip2.item_not_charged")
            info = c.item_information(item_id)
            due = info.due
            if due is not None and due.tzinfo is None:
                due = due.replace(tzinfo=dt.UTC)
            if due is not None and due > due_before:
                return SendResult(Outcome.ACKED, remote_ref=item_id, detail={"reconciled": True})
            return SendResult(Outcome.RETRY, error_key="sip2.reconciled_absent")
        if kind == "sip2.fee_paid":
            fee_id = p.get("fee_id")
            if not fee_id:
                return SendResult(Outcome.UNKNOWN, error_key="sip2.fee_unverifiable")
            fines = c.patron_information(str(p["patron_id"]), p.get("patron_pin"), "fine")
            open_ids = {text.split(" ", 1)[0] for text in fines.get_all("AV")}
            if fee_id in open_ids:
                return SendResult(Outcome.RETRY, error_key="sip2.reconciled_absent")
            return SendResult(Outcome.ACKED, detail={"reconciled": True})
        return SendResult(Outcome.REJECTED, error_key="sip2.unknown_kind")
