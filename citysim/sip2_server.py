"""A demo SIP2 ACS (library circulation server) over TCP, following SIP2 2.00.

Supports 93/94 login, 99/98 status, 23/24 patron status, 63/64 patron information (hold,
overdue, charged, fine, unavailable-hold lists with BP/BQ ranges), 11/12 checkout, 09/10
checkin, 29/30 renew, 37/38 fee paid, 35/36 end session, 17/18 item information, AY/AZ error
detection (the response echoes the request's sequence number), 96 on a bad checksum and 97 to
resend the last response.

Like the real ACS measured in QUEUE_AND_BACKENDS.md §2.2, **a checkout resent for an item already
charged to the same patron becomes a renewal** (``121Y...``): checkout is not idempotent. Fee paid
deduplicates on the optional ``BK`` transaction id (configurable).

Faults (armed on the message code): ``drop_before`` (also ``error``/``unavailable``: the ACS
closes the connection without applying), ``slow_after_commit``, ``drop_after_commit``,
``garbage_after_commit`` and ``corrupt_checksum`` (a wrong AZ; a 97 then gets the good frame).

**Profiles** (``citysim.profiles``, registered below) make the ACS behave like a class of deployed
ILSs: other fee-line formats (Koha, Evergreen), daily loans, a 97 answered with ``AY0``, UTF-8,
CR LF terminators, bytes dribbled slowly, a TLS terminator that accepts and closes, a BX without
fee paid, no 93 login, TLS with its own CA, renewals refused, loans listed by title. Each
profile's summary says which ILS behaves so and the source; ``docs/backends.md`` § SIP2 lists them.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import logging
import socket
import socketserver
import ssl
import tempfile
import threading
from collections.abc import Iterable, Mapping
from decimal import Decimal, InvalidOperation
from pathlib import Path
from types import MappingProxyType
from typing import Any

import citysim.data as data
from citysim.faults import AFTER_COMMIT, FaultController, FaultMode
from citysim.ledger import Ledger
from citysim.profiles import Profile, register
from offline_queue.connectors import sip2_protocol as sp

logger = logging.getLogger(__name__)

LOAN_DAYS = 21
MAX_RENEWALS = 3
SUPPORTED = (
    "patron_status",
    "checkout",
    "checkin",
    "sc_acs_status",
    "request_resend",
    "login",
    "patron_information",
    "end_patron_session",
    "fee_paid",
    "item_information",
    "renew",
)

FEE_FORMATS = ("demo", "koha", "eg_legacy", "3m", "swyer_b")


def _profile(name: str, summary: str, **options: Any) -> Profile:
    return register(Profile(name, "sip2", summary, MappingProxyType(options)))


_profile(
    "sip2-koha-fees",
    "Koha: fee lines from the default av_field_template '<description> <amount %.2f>' (no fee "
    "id; C4/SIP/ILS/Patron.pm fine_items) and an alphanumeric SC login (SIPconfig.xml accounts)",
    fee_format="koha",
    login=("Koha-Kiosk1", "Sip2Pass9x"),
)
_profile(
    "sip2-evergreen-fees",
    "Evergreen: fee lines in its default av_format eg_legacy '<amount> <billing type> <title>' "
    "(OpenILS::Application::SIP2::Patron add_fine_items)",
    fee_format="eg_legacy",
)
_profile(
    "sip2-3m-fees",
    "Evergreen av_format 3m/swyer_a: '<id> $<amount> \"FINE\" <title>' (the 3M-style layout; "
    "OpenILS::Application::SIP2::Patron add_fine_items)",
    fee_format="3m",
)
_profile(
    "sip2-evergreen-dates",
    "Evergreen: due dates (AH) as 'YYYY-MM-DD HH:MM:SS' unless the SIP setting "
    "due_date_use_sip_date_format is on (its default is off; Evergreen sip.setting seed data)",
    due_date_format="iso",
)
_profile(
    "sip2-daily-loans",
    "daily loans due 23:59 the day they are lent (libraries lending laptops or day passes): a "
    "renewal the same day returns the same due date (issue #13 SIP2 item 3)",
    loan_policy="daily",
)
_profile(
    "sip2-ay0-resend",
    "Koha's handle_request_acs_resend rebuilds the last response through write_msg, so a 97 is "
    "answered with the 97's own sequence number (AY0) instead of the original one "
    "(C4/SIP/Sip/MsgType.pm)",
    resend_seq=0,
)
_profile(
    "sip2-utf8",
    "UTF-8 on the wire: Koha SIPconfig.xml account encoding='utf8', FOLIO edge-sip2 tenant "
    "'charset': 'UTF-8' (default ISO-8859-1); the 3M guide assumes a single-byte set",
    encoding="utf-8",
)
_profile(
    "sip2-crlf",
    "frames end in CR LF: Koha SIPconfig.xml account terminator='CRLF', FOLIO edge-sip2 "
    "'messageDelimiter'",
    terminator="\r\n",
)
_profile(
    "sip2-trickle",
    "an ACS behind a slow or congested link that dribbles its answer a few bytes at a time "
    "(each read succeeds, the whole answer is late): the kiosk needs an overall deadline",
    trickle_s=0.0005,
)
_profile(
    "sip2-accept-then-close",
    "a TLS terminator (stunnel, haproxy) or proxy in front of a stopped SIP service: the TCP "
    "connection is accepted, then closed without a byte (issue #13 SIP2 item 8)",
    accept_then_close=True,
)
_profile(
    "sip2-no-fee-payment",
    "an ACS whose 98 BX has no fee paid (37) and that closes on one (the real ACS measured in "
    "QUEUE_AND_BACKENDS.md §2.2 did not implement 37)",
    supported=tuple(n for n in SUPPORTED if n != "fee_paid"),
)
_profile(
    "sip2-no-login",
    "SC connections without a 93 login (Evergreen SIPServer and Koha accept 99 before login "
    "when configured; some ILSs authenticate by network instead): 93 answers 940",
    login=None,
)
_profile(
    "sip2-tls",
    "SIP2 over TLS with the library's own CA (FOLIO edge-sip2 netServerOptions with a PEM "
    "key/cert; stunnel in front of Koha or Evergreen)",
    tls=True,
)
_profile(
    "sip2-refuses-renewals",
    "every renewal refused with ok=0 and a screen message (AF), as ILSs do daily for items "
    "with holds or at the renewal limit (Koha 'on_reserve'/'too_many', Evergreen holds)",
    refuse_renewals="Item has holds for other patrons: it cannot be renewed",
)
_profile(
    "sip2-title-lists",
    "64 item lists (charged, overdue, holds) carry titles, not barcodes: Evergreen "
    "msg64_summary_datatype = title, msg64_hold_datatype = title",
    list_titles=True,
)


class LibraryState:
    def __init__(self, now: dt.datetime | None = None) -> None:
        self.lock = threading.RLock()
        now = now or dt.datetime.now(dt.UTC)
        self.patrons, self.items = data.library_seed(now)
        self.fee_transactions: set[str] = set()
        self.card_uids = {p.card_uid: p.patron_id for p in self.patrons.values()}

    def add_items(self, count: int, prefix: str = "391") -> list[str]:
        """Add ``count`` available items (for benchmarks and the crash test); returns their ids."""
        with self.lock:
            start = len(self.items)
            ids = []
            for n in range(start, start + count):
                item_id = f"{prefix}{n:011d}"
                self.items[item_id] = data.Item(item_id, f"Bench copy {n}", "Riverton Press")
                ids.append(item_id)
            return ids

    def patron_for_card(self, uid: str) -> str | None:
        """The patron id for a library card's contactless UID (hex, any case)."""
        return self.card_uids.get(uid.upper())


class _Conn:
    def __init__(self) -> None:
        self.logged_in = False
        self.last_response: bytes | None = None
        self.last_message: tuple[str, dict[str, str], list[tuple[str, str]]] | None = None


class Sip2App:
    """Message handling, independent of the socket (tests may call :meth:`respond`)."""

    service = "sip2"

    def __init__(
        self,
        library: LibraryState,
        ledger: Ledger,
        login: tuple[str, str] = data.SIP2_LOGIN,
        require_login: bool = True,
        fee_bk_dedup: bool = True,
        options: Mapping[str, Any] | None = None,
    ) -> None:
        """``options`` are a profile's (``CitySim.profile.for_service("sip2")``): see the
        profiles registered above; the wire-level ones are read by the socket handler."""
        options = options or {}
        self.library = library
        self.ledger = ledger
        self.login: tuple[str, str] | None = options.get("login", login)
        self.require_login = require_login and self.login is not None
        self.fee_bk_dedup = fee_bk_dedup
        self.fee_format: str = options.get("fee_format", "demo")
        if self.fee_format not in FEE_FORMATS:
            raise ValueError(f"unknown fee format {self.fee_format!r}")
        self.loan_policy: str = options.get("loan_policy", "days")
        self.supported: tuple[str, ...] = tuple(options.get("supported", SUPPORTED))
        self.refuse_renewals: str = options.get("refuse_renewals", "")
        self.list_titles: bool = bool(options.get("list_titles", False))
        self.due_date_format: str = options.get("due_date_format", "sip")
        # wire-level behaviour (read by the handler); tests may change them on a running ACS
        self.encoding: str = options.get("encoding", sp.ENCODING)
        self.terminator: str = options.get("terminator", "\r")
        self.trickle_s: float = float(options.get("trickle_s", 0.0))
        self.resend_seq: int | None = options.get("resend_seq")
        self.accept_then_close: bool = bool(options.get("accept_then_close", False))
        self.tls: bool = bool(options.get("tls", False))
        self.logins = 0  # 93s answered (a client that re-logs in before every request shows)

    @staticmethod
    def _now() -> str:
        return sp.format_date(dt.datetime.now(dt.UTC))

    def respond(
        self, msg: sp.Sip2Message, conn: _Conn
    ) -> tuple[str, dict[str, str], list[tuple[str, str]]] | None:
        """The response (code, fixed, fields) to a decoded request; ``None`` = close."""
        if msg.code == "93":
            self.logins += 1
            ok = self.login is not None and (msg.get("CN"), msg.get("CO")) == self.login
            conn.logged_in = ok
            return "94", {"ok": "1" if ok else "0"}, []
        if self.require_login and not conn.logged_in:
            return None
        with self.library.lock:
            if sp.BX_NAME.get(msg.code, "") not in self.supported:
                return None  # a message this ACS does not implement: it hangs up
            handler = {
                "99": self._status,
                "23": self._patron_status,
                "63": self._patron_info,
                "11": self._checkout,
                "09": self._checkin,
                "29": self._renew,
                "37": self._fee_paid,
                "35": self._end_session,
                "17": self._item_info,
            }.get(msg.code)
            if handler is None:
                return None
            return handler(msg)

    # --- helpers -------------------------------------------------------------------------------

    def _patron(self, msg: sp.Sip2Message) -> tuple[data.Patron | None, bool]:
        # AA is the patron barcode or, as ILSs that register RFID cards do, the card's UID
        aa = msg.get("AA")
        patron = self.library.patrons.get(aa) or self.library.patrons.get(
            self.library.patron_for_card(aa) or ""
        )
        if patron is None:
            return None, False
        pwd_ok = not msg.has("AD") or msg.get("AD") == patron.pin
        return patron, pwd_ok

    def _status_flags(self, patron: data.Patron | None) -> str:
        if patron is None:
            return "Y" * 4 + " " * 10
        flags = [" "] * 14
        if self._fees_total(patron) > Decimal("10.00"):
            flags[10] = "Y"
        return "".join(flags)

    @staticmethod
    def _fees_total(patron: data.Patron) -> Decimal:
        return sum((Decimal(f["amount"]) for f in patron.fees), Decimal("0"))

    def _charged(self, patron_id: str) -> list[data.Item]:
        return [i for i in self.library.items.values() if i.charged_to == patron_id]

    def _overdue(self, patron_id: str) -> list[data.Item]:
        now = dt.datetime.now(dt.UTC)
        return [i for i in self._charged(patron_id) if i.due is not None and i.due < now]

    def _due(self) -> dt.datetime:
        now = dt.datetime.now(dt.UTC).replace(microsecond=0)
        if self.loan_policy == "daily":
            return now.replace(hour=23, minute=59, second=0)
        return now + dt.timedelta(days=LOAN_DAYS)

    def _ah(self, due: dt.datetime) -> str:
        """A due date as this ILS writes it (Evergreen: ``YYYY-MM-DD HH:MM:SS`` by default)."""
        if self.due_date_format == "iso":
            return due.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S")
        return sp.format_date(due)

    def _fee_line(self, fee: dict[str, Any]) -> str:
        amount = f"{Decimal(fee['amount']):.2f}"
        fee_id, title = fee["fee_id"], fee["title"]
        if self.fee_format == "koha":
            return f"{title} {amount}"
        if self.fee_format == "eg_legacy":
            return f"{amount} Overdue Materials {title}"
        if self.fee_format == "3m":
            return f'{fee_id} ${amount} "FINE" {title}'
        if self.fee_format == "swyer_b":
            return f"Charge-Number: {fee_id}, Amount-Due: {amount}, Fine-Type: FINE, Title: {title}"
        return f"{fee_id} {fee['amount']} {title}"

    def _listed(self, item_id: str) -> str:
        """An item as a 64 list shows it: its id, or its title (Evergreen title lists)."""
        if not self.list_titles:
            return item_id
        item = self.library.items.get(item_id)
        return item.title if item is not None else item_id

    def _hold_available(self, item_id: str) -> bool:
        item = self.library.items.get(item_id)
        return item is not None and item.charged_to is None

    # --- messages ------------------------------------------------------------------------------

    def _status(self, msg: sp.Sip2Message) -> tuple[str, dict[str, str], list[tuple[str, str]]]:
        fixed = {
            "online_status": "Y",
            "checkin_ok": "Y",
            "checkout_ok": "Y",
            "acs_renewal_policy": "Y",
            "status_update_ok": "N",
            "offline_ok": "N",
            "timeout_period": "050",
            "retries_allowed": "003",
            "date_time_sync": self._now(),
            "protocol_version": "2.00",
        }
        fields = [
            ("AO", data.INSTITUTION_ID),
            ("AM", data.LIBRARY_NAME),
            ("BX", sp.bx(self.supported)),
            ("AN", data.SIP2_LOCATION),
        ]
        return "98", fixed, fields

    def _patron_status(
        self, msg: sp.Sip2Message
    ) -> tuple[str, dict[str, str], list[tuple[str, str]]]:
        patron, pwd_ok = self._patron(msg)
        fields: list[tuple[str, str]] = [("AO", data.INSTITUTION_ID), ("AA", msg.get("AA"))]
        if patron is None:
            fields += [("AE", ""), ("BL", "N")]
        else:
            fields += [
                ("AE", patron.name),
                ("BL", "Y"),
                ("CQ", "Y" if pwd_ok else "N"),
                ("BH", data.CURRENCY),
                ("BV", f"{self._fees_total(patron):.2f}"),
            ]
        fixed = {
            "patron_status": self._status_flags(patron),
            "language": "000",
            "transaction_date": self._now(),
        }
        return "24", fixed, fields

    def _patron_info(
        self, msg: sp.Sip2Message
    ) -> tuple[str, dict[str, str], list[tuple[str, str]]]:
        patron, pwd_ok = self._patron(msg)
        fields: list[tuple[str, str]] = [("AO", data.INSTITUTION_ID), ("AA", msg.get("AA"))]
        counts = ["0000"] * 6
        if patron is None:
            fields += [("AE", ""), ("BL", "N")]
        else:
            pid = patron.patron_id
            holds = [i for i in patron.holds if self._hold_available(i)]
            unavailable = [i for i in patron.holds if not self._hold_available(i)]
            lists: dict[str, tuple[str, list[str]]] = {
                "hold": ("AS", [self._listed(i) for i in holds]),
                "overdue": ("AT", [self._listed(i.item_id) for i in self._overdue(pid)]),
                "charged": ("AU", [self._listed(i.item_id) for i in self._charged(pid)]),
                "fine": ("AV", [self._fee_line(f) for f in patron.fees]),
                "recall": ("BU", []),
                "unavailable_hold": ("CD", [self._listed(i) for i in unavailable]),
            }
            counts = [
                f"{len(lists[k][1]):04d}"
                for k in ("hold", "overdue", "charged", "fine", "recall", "unavailable_hold")
            ]
            fields += [
                ("AE", patron.name),
                ("BZ", "0010"),
                ("CA", "0005"),
                ("CB", "0020"),
                ("BL", "Y"),
                ("CQ", "Y" if pwd_ok else "N"),
                ("BH", data.CURRENCY),
                ("BV", f"{self._fees_total(patron):.2f}"),
                ("CC", "10.00"),
            ]
            summary = msg.fixed.get("summary", " " * 10)
            selected = [k for k, pos in sp.SUMMARY_POSITIONS.items() if summary[pos] == "Y"]
            if selected and pwd_ok:
                tag, values = lists[selected[0]]
                try:
                    start = int(msg.get("BP") or 1)
                    end = int(msg.get("BQ") or len(values))
                except ValueError:
                    start, end = 1, len(values)
                fields += [(tag, v) for v in values[max(start, 1) - 1 : end]]
            if pwd_ok:
                fields += [("BD", patron.address), ("BE", patron.email), ("BF", patron.phone)]
            if not pwd_ok:
                fields.append(("AF", "Invalid PIN"))
        fixed = {
            "patron_status": self._status_flags(patron),
            "language": "000",
            "transaction_date": self._now(),
            "hold_items_count": counts[0],
            "overdue_items_count": counts[1],
            "charged_items_count": counts[2],
            "fine_items_count": counts[3],
            "recall_items_count": counts[4],
            "unavailable_holds_count": counts[5],
        }
        return "64", fixed, fields

    def _circ_response(
        self,
        code: str,
        ok: bool,
        renewal: bool,
        msg: sp.Sip2Message,
        item: data.Item | None,
        screen: str = "",
    ) -> tuple[str, dict[str, str], list[tuple[str, str]]]:
        fixed = {
            "ok": "1" if ok else "0",
            "renewal_ok": "Y" if renewal else "N",
            "magnetic_media": "N",
            "desensitize": "Y" if ok else "N",
            "transaction_date": self._now(),
        }
        fields: list[tuple[str, str]] = [
            ("AO", data.INSTITUTION_ID),
            ("AA", msg.get("AA")),
            ("AB", msg.get("AB")),
            ("AJ", item.title if item else ""),
            ("AH", self._ah(item.due) if ok and item and item.due else ""),
        ]
        if item is not None:
            fields.append(("CK", item.media_type))
        if screen:
            fields.append(("AF", screen))
        return code, fixed, fields

    def _checkout(self, msg: sp.Sip2Message) -> tuple[str, dict[str, str], list[tuple[str, str]]]:
        patron, pwd_ok = self._patron(msg)
        item = self.library.items.get(msg.get("AB"))
        if patron is None:
            return self._circ_response("12", False, False, msg, item, "Unknown patron")
        if not pwd_ok:
            return self._circ_response("12", False, False, msg, item, "Invalid PIN")
        if item is None:
            return self._circ_response("12", False, False, msg, None, "Unknown item")
        marker = f"11:{patron.patron_id}:{item.item_id}:{msg.fixed['transaction_date']}"
        if item.charged_to == patron.patron_id:
            # The measured real-ACS behaviour: a repeated checkout renews the loan.
            item.renewals += 1
            item.due = self._due()
            self.ledger.record("sip2", marker)
            return self._circ_response("12", True, True, msg, item)
        if item.charged_to is not None:
            return self._circ_response(
                "12", False, False, msg, item, "Item is checked out to another patron"
            )
        others = [
            p for p in self.library.patrons.values() if item.item_id in p.holds and p is not patron
        ]
        if others:
            return self._circ_response(
                "12", False, False, msg, item, "Item is on hold for another patron"
            )
        item.charged_to = patron.patron_id
        item.due = self._due()
        item.renewals = 0
        if item.item_id in patron.holds:
            patron.holds.remove(item.item_id)
        self.ledger.record("sip2", marker)
        return self._circ_response("12", True, False, msg, item)

    def _checkin(self, msg: sp.Sip2Message) -> tuple[str, dict[str, str], list[tuple[str, str]]]:
        item = self.library.items.get(msg.get("AB"))
        fixed = {
            "ok": "0",
            "resensitize": "N",
            "magnetic_media": "N",
            "alert": "N",
            "transaction_date": self._now(),
        }
        fields: list[tuple[str, str]] = [("AO", data.INSTITUTION_ID), ("AB", msg.get("AB"))]
        if item is None:
            fields += [("AQ", ""), ("AF", "Unknown item")]
            return "10", fixed, fields
        fixed["ok"] = "1"
        fixed["resensitize"] = "Y"
        fields += [("AQ", item.location), ("AJ", item.title)]
        if item.charged_to is None:
            fields.append(("AF", "Item was not checked out"))
        else:
            fields.append(("AA", item.charged_to))
            item.charged_to = None
            item.due = None
            self.ledger.record("sip2", f"09:{item.item_id}:{msg.fixed['transaction_date']}")
            if any(item.item_id in p.holds for p in self.library.patrons.values()):
                fixed["alert"] = "Y"
                fields.append(("CV", "02"))
        fields.append(("CK", item.media_type))
        return "10", fixed, fields

    def _renew(self, msg: sp.Sip2Message) -> tuple[str, dict[str, str], list[tuple[str, str]]]:
        patron, pwd_ok = self._patron(msg)
        item = self.library.items.get(msg.get("AB"))
        if patron is None or not pwd_ok:
            return self._circ_response("30", False, False, msg, item, "Invalid patron or PIN")
        if item is None or item.charged_to != patron.patron_id:
            return self._circ_response("30", False, False, msg, item, "Item not charged to patron")
        if self.refuse_renewals:
            return self._circ_response("30", False, False, msg, item, self.refuse_renewals)
        if item.renewals >= MAX_RENEWALS:
            return self._circ_response("30", False, False, msg, item, "Renewal limit reached")
        if any(item.item_id in p.holds for p in self.library.patrons.values()):
            return self._circ_response("30", False, False, msg, item, "Item is on hold")
        item.renewals += 1
        item.due = self._due()
        self.ledger.record(
            "sip2", f"29:{patron.patron_id}:{item.item_id}:{msg.fixed['transaction_date']}"
        )
        return self._circ_response("30", True, True, msg, item)

    def _fee_paid(self, msg: sp.Sip2Message) -> tuple[str, dict[str, str], list[tuple[str, str]]]:
        patron, pwd_ok = self._patron(msg)
        fields: list[tuple[str, str]] = [("AO", data.INSTITUTION_ID), ("AA", msg.get("AA"))]
        if msg.has("BK"):
            fields.append(("BK", msg.get("BK")))
        accepted = False
        screen = ""
        try:
            amount = Decimal(msg.get("BV") or "0")
        except InvalidOperation:
            amount = Decimal("0")
        bk = msg.get("BK")
        if patron is None or not pwd_ok:
            screen = "Invalid patron or PIN"
        elif msg.fixed["currency_type"] != data.CURRENCY:
            screen = "Wrong currency"
        elif bk and self.fee_bk_dedup and bk in self.library.fee_transactions:
            accepted = True  # already applied: acknowledge again, apply nothing
        elif amount <= 0:
            screen = "Invalid amount"
        else:
            fee_id = msg.get("CG")
            fees = [f for f in patron.fees if not fee_id or f["fee_id"] == fee_id]
            if fee_id and (not fees or Decimal(fees[0]["amount"]) != amount):
                screen = "Fee not found or amount differs"
            elif not fee_id and amount > self._fees_total(patron):
                screen = "Amount exceeds fees owed"
            else:
                remaining = amount
                for fee in list(fees):
                    owed = Decimal(fee["amount"])
                    if remaining >= owed:
                        patron.fees.remove(fee)
                        remaining -= owed
                    elif remaining > 0:
                        fee["amount"] = f"{owed - remaining:.2f}"
                        remaining = Decimal("0")
                accepted = True
                if bk:
                    self.library.fee_transactions.add(bk)
                marker = bk or f"37:{patron.patron_id}:{fee_id}:{msg.fixed['transaction_date']}"
                self.ledger.record("sip2", marker)
        if screen:
            fields.append(("AF", screen))
        fixed = {"payment_accepted": "Y" if accepted else "N", "transaction_date": self._now()}
        return "38", fixed, fields

    def _end_session(
        self, msg: sp.Sip2Message
    ) -> tuple[str, dict[str, str], list[tuple[str, str]]]:
        fields = [("AO", data.INSTITUTION_ID), ("AA", msg.get("AA"))]
        return "36", {"end_session": "Y", "transaction_date": self._now()}, fields

    def _item_info(self, msg: sp.Sip2Message) -> tuple[str, dict[str, str], list[tuple[str, str]]]:
        item = self.library.items.get(msg.get("AB"))
        fixed = {
            "circulation_status": "01",
            "security_marker": "00",
            "fee_type": "01",
            "transaction_date": self._now(),
        }
        if item is None:
            return "18", fixed, [("AB", msg.get("AB")), ("AJ", ""), ("AF", "Unknown item")]
        on_hold = any(item.item_id in p.holds for p in self.library.patrons.values())
        if item.charged_to is not None:
            fixed["circulation_status"] = "04"
        elif on_hold:
            fixed["circulation_status"] = "08"
        else:
            fixed["circulation_status"] = "03"
        fixed["security_marker"] = "02"
        fields: list[tuple[str, str]] = []
        holds = sum(1 for p in self.library.patrons.values() if item.item_id in p.holds)
        fields.append(("CF", f"{holds}"))
        if item.due is not None:
            fields.append(("AH", self._ah(item.due)))
        fields += [
            ("AB", item.item_id),
            ("AJ", item.title),
            ("CK", item.media_type),
            ("AQ", item.location),
            ("AP", item.location),
        ]
        return "18", fixed, fields


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = False
    block_on_close = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], service: Sip2Service) -> None:
        self.service = service
        self.conns: set[socket.socket] = set()
        self.conns_lock = threading.Lock()
        super().__init__(address, _Handler)

    def close_connections(self) -> None:
        with self.conns_lock:
            conns = list(self.conns)
        for conn in conns:
            try:
                conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                logger.debug("sip2 connection already closed")


class _Handler(socketserver.BaseRequestHandler):
    server: _Server
    request: socket.socket

    def setup(self) -> None:
        with self.server.conns_lock:
            self.server.conns.add(self.request)
        self.request.settimeout(self.server.service.idle_timeout)

    def finish(self) -> None:
        with self.server.conns_lock:
            self.server.conns.discard(self.request)
        if isinstance(self.request, ssl.SSLSocket):
            # the server closes the socket it accepted, which TLS took over (detached)
            self.request.close()

    def _start_tls(self, context: ssl.SSLContext) -> bool:
        plain = self.request
        try:
            wrapped = context.wrap_socket(plain, server_side=True)
        except (ssl.SSLError, OSError):
            logger.info("sip2: TLS handshake with the SC failed")
            return False
        with self.server.conns_lock:
            self.server.conns.discard(plain)
            self.server.conns.add(wrapped)
        self.request = wrapped
        return True

    def handle(self) -> None:
        svc = self.server.service
        if svc.tls_context is not None and not self._start_tls(svc.tls_context):
            return
        if svc.app.accept_then_close:
            # a terminator whose SIP service is down: accept (and TLS), then hang up
            self._drop()
            return
        conn = _Conn()
        buffer = b""
        while not svc.stopping.is_set():
            try:
                chunk = self.request.recv(4096)
            except (TimeoutError, OSError):
                return
            if not chunk:
                return
            buffer += chunk
            frames, buffer = sp.split_frames(buffer)
            for frame in frames:
                if not self._one(frame, conn):
                    return

    def _send(self, payload: bytes) -> bool:
        svc = self.server.service
        if svc.app.terminator != "\r" and payload.endswith(sp.TERMINATOR):
            payload = payload[:-1] + svc.app.terminator.encode("ascii")
        try:
            if svc.app.trickle_s > 0:
                for i in range(len(payload)):
                    self.request.sendall(payload[i : i + 1])
                    if svc.stopping.wait(svc.app.trickle_s):
                        return False
            else:
                self.request.sendall(payload)
        except OSError:
            return False
        return True

    def _drop(self) -> None:
        try:
            self.request.shutdown(socket.SHUT_RDWR)
        except OSError:
            logger.debug("sip2 drop: already closed")

    def _one(self, frame: bytes, conn: _Conn) -> bool:
        svc = self.server.service
        encoding = svc.app.encoding
        try:
            msg = sp.decode(frame, encoding=encoding)
        except sp.Sip2ChecksumError:
            return self._send(sp.encode("96", encoding=encoding))
        except sp.Sip2DecodeError:
            logger.info("sip2: undecodable frame from the SC")
            return self._send(sp.encode("96", encoding=encoding))
        if msg.code == "97":
            if conn.last_response is None or conn.last_message is None:
                return self._send(sp.encode("96", encoding=encoding))
            if svc.app.resend_seq is not None:
                # Koha rebuilds the resend with the 97's sequence number (AY0)
                code, fixed, fields = conn.last_message
                return self._send(
                    sp.encode(code, fixed, fields, seq=svc.app.resend_seq, encoding=encoding)
                )
            return self._send(conn.last_response)
        fault = svc.faults.take("sip2", msg.code)
        if fault is not None and fault.mode in (
            FaultMode.DROP_BEFORE,
            FaultMode.ERROR,
            FaultMode.UNAVAILABLE,
        ):
            self._drop()
            return False
        result = svc.app.respond(msg, conn)
        if result is None:
            self._drop()
            return False
        code, fixed, fields = result
        fields = _clean(fields)
        payload = sp.encode(code, fixed, fields, seq=msg.seq, encoding=encoding)
        conn.last_response = payload
        conn.last_message = (code, fixed, fields)
        if fault is not None and fault.mode in AFTER_COMMIT:
            if fault.mode is FaultMode.DROP_AFTER_COMMIT:
                self._drop()
                return False
            if fault.mode is FaultMode.SLOW_AFTER_COMMIT:
                svc.stopping.wait(fault.delay)
            if fault.mode is FaultMode.GARBAGE_AFTER_COMMIT:
                return self._send(b"\x00\xffGARBAGE\x10|||\r")
        if fault is not None and fault.mode is FaultMode.CORRUPT_CHECKSUM:
            bad = payload[:-5] + (b"0000" if payload[-5:-1] != b"0000" else b"1111") + b"\r"
            return self._send(bad)
        return self._send(payload)


def _clean(fields: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(t, v.replace("|", "/").replace("\r", " ").replace("\n", " ")) for t, v in fields]


class Sip2Service:
    """The ACS on a loopback TCP port in a background thread; can go "network down"."""

    def __init__(
        self,
        app: Sip2App,
        faults: FaultController,
        host: str = "127.0.0.1",
        port: int = 0,
        idle_timeout: float = 30.0,
    ) -> None:
        self.app = app
        self.faults = faults
        self.host = host
        self.port = port
        self.idle_timeout = idle_timeout
        self.stopping = threading.Event()
        # the ``sip2-tls`` profile: a server certificate from a CA of its own (``tls_ca_file``)
        self.tls_context: ssl.SSLContext | None = None
        self.tls_ca_file: Path | None = None
        if app.tls:
            self.tls_context, self.tls_ca_file = _tls_server(host)
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    @property
    def address(self) -> tuple[str, int]:
        return self.host, self.port

    @property
    def up(self) -> bool:
        return self._server is not None

    def start(self) -> None:
        with self._lock:
            if self._server is not None:
                return
            self.stopping.clear()
            server = _Server((self.host, self.port), self)
            self.port = server.server_address[1]
            self._server = server
            self._thread = threading.Thread(
                target=server.serve_forever, kwargs={"poll_interval": 0.05}, name="citysim-sip2"
            )
            self._thread.start()

    def stop(self) -> None:
        with self._lock:
            server, thread = self._server, self._thread
            self._server = self._thread = None
            if server is None:
                return
            self.stopping.set()
            server.shutdown()
            server.close_connections()
            server.server_close()
            if thread is not None:
                thread.join(timeout=10)


def _tls_server(host: str) -> tuple[ssl.SSLContext, Path]:
    """A TLS 1.2+ server context with a certificate for ``host`` (and localhost) issued by a
    fresh self-signed CA; returns the context and the CA certificate's path for clients."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    from drivers.pki import self_signed_ca

    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Riverton Library SIP2 CA")])
    ca = self_signed_ca(ca_key, ca_name, now - dt.timedelta(minutes=5), now + dt.timedelta(days=30))
    key = ec.generate_private_key(ec.SECP256R1())
    san: list[x509.GeneralName] = [x509.DNSName("localhost")]
    try:
        san.append(x509.IPAddress(ipaddress.ip_address(host)))
    except ValueError:
        san.append(x509.DNSName(host))
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, host)]))
        .issuer_name(ca.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.SubjectAlternativeName(san), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    directory = Path(tempfile.mkdtemp(prefix="citysim-sip2-tls-"))
    pem = serialization.Encoding.PEM
    (directory / "ca.pem").write_bytes(ca.public_bytes(pem))
    (directory / "cert.pem").write_bytes(cert.public_bytes(pem))
    key_file = directory / "key.pem"
    key_file.touch(mode=0o600)
    key_file.write_bytes(
        key.private_bytes(pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.load_cert_chain(directory / "cert.pem", key_file)
    return context, directory / "ca.pem"
