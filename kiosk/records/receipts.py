"""Receipts: the model, the verification code, and rendering in the session language.

Pure Python (no Qt, no I/O). A :class:`Receipt` holds only what a resident needs to take away
and what a clerk needs to find the transaction: kiosk, site, time, service, reference number,
an honest status ("submitted", or "queued — will be sent when the kiosk is back online"), an
optional amount, at most the last four digits of a payment card, and a verification code (an
HMAC of the reference under the kiosk's receipt key) that the QR code carries with the
reference. No names, no addresses, no full card numbers.

Receipt texts live in one table, :data:`MESSAGES`, keyed by message id then language
(en, es, fr, ar). :func:`render_receipt` lays a receipt out as text lines for a given paper
width; :func:`receipt_document` turns that into a printer job.
"""

from __future__ import annotations

import base64
import enum
import hashlib
import hmac
import logging
import re
import textwrap
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any, Final

from civic.money import Money
from drivers.printer.document import Align, PrintDocument, QrItem, TextLine
from kiosk.text import bidi
from kiosk.text.local_time import moment_text

logger = logging.getLogger(__name__)

LANGUAGES: Final = ("en", "es", "fr", "ar")
RTL_LANGUAGES: Final = frozenset({"ar"})
QR_PREFIX: Final = "ECR1"

MESSAGES: Final[dict[str, dict[str, str]]] = {
    "receipt.title": {
        "en": "eCitizen receipt",
        "es": "Comprobante eCitizen",
        "fr": "Reçu eCitizen",
        "ar": "إيصال المواطن الإلكتروني",
    },
    "receipt.practice": {
        "en": "PRACTICE - NOT A REAL TRANSACTION",
        "es": "PRÁCTICA - NO ES UNA TRANSACCIÓN REAL",
        "fr": "EXERCICE - AUCUNE OPÉRATION RÉELLE",
        "ar": "تدريب - ليست معاملة حقيقية",
    },
    "receipt.copy": {"en": "COPY", "es": "COPIA", "fr": "COPIE", "ar": "نسخة"},
    "receipt.kiosk": {"en": "Kiosk", "es": "Quiosco", "fr": "Borne", "ar": "الكشك"},
    "receipt.site": {"en": "Location", "es": "Lugar", "fr": "Lieu", "ar": "الموقع"},
    "receipt.time": {"en": "Date", "es": "Fecha", "fr": "Date", "ar": "التاريخ"},
    "receipt.service": {"en": "Service", "es": "Trámite", "fr": "Démarche", "ar": "الخدمة"},
    "receipt.reference": {
        "en": "Reference number",
        "es": "Número de referencia",
        "fr": "Numéro de référence",
        "ar": "الرقم المرجعي",
    },
    "receipt.status": {"en": "Status", "es": "Estado", "fr": "État", "ar": "الحالة"},
    "receipt.status.submitted": {
        "en": "Submitted",
        "es": "Enviado",
        "fr": "Envoyé",
        "ar": "تم الإرسال",
    },
    "receipt.status.queued": {
        "en": "Queued — will be sent when the kiosk is back online",
        "es": "En cola — se enviará cuando el quiosco vuelva a estar en línea",
        "fr": "En attente — sera envoyé quand la borne sera de nouveau en ligne",
        "ar": "في قائمة الانتظار — سيُرسل عند عودة الكشك إلى الاتصال",
    },
    "receipt.amount": {"en": "Amount", "es": "Importe", "fr": "Montant", "ar": "المبلغ"},
    "receipt.card": {"en": "Card", "es": "Tarjeta", "fr": "Carte", "ar": "البطاقة"},
    "receipt.verification": {
        "en": "Verification code",
        "es": "Código de verificación",
        "fr": "Code de vérification",
        "ar": "رمز التحقق",
    },
    "receipt.next": {
        "en": "What happens next",
        "es": "Próximos pasos",
        "fr": "Et maintenant",
        "ar": "الخطوات التالية",
    },
    "receipt.next.submitted": {
        "en": "Keep this receipt. Quote the reference number if you contact the city.",
        "es": "Guarde este comprobante. Indique el número de referencia si contacta con la ciudad.",
        "fr": "Gardez ce reçu. Indiquez le numéro de référence si vous contactez la ville.",
        "ar": "احتفظ بهذا الإيصال. اذكر الرقم المرجعي عند التواصل مع البلدية.",
    },
    "receipt.next.queued": {
        "en": "Your request is saved on this kiosk and will be sent automatically. "
        "Keep this receipt.",
        "es": "Su solicitud está guardada en este quiosco y se enviará automáticamente. "
        "Guarde este comprobante.",
        "fr": "Votre demande est enregistrée sur cette borne et sera envoyée automatiquement. "
        "Gardez ce reçu.",
        "ar": "طلبك محفوظ في هذا الكشك وسيُرسل تلقائيًا. احتفظ بهذا الإيصال.",
    },
    "receipt.scan": {
        "en": "Scan to check this receipt",
        "es": "Escanee para verificar este comprobante",
        "fr": "Scannez pour vérifier ce reçu",
        "ar": "امسح الرمز للتحقق من هذا الإيصال",
    },
    "receipt.thanks": {"en": "Thank you", "es": "Gracias", "fr": "Merci", "ar": "شكرًا لكم"},
}


def message(msg_id: str, language: str) -> str:
    """The text of ``msg_id`` in ``language`` (English when the language is missing)."""
    texts = MESSAGES[msg_id]  # an unknown id is a bug
    return texts.get(language) or texts["en"]


# ---------------------------------------------------------------------------- model


class ReceiptStatus(enum.Enum):
    SUBMITTED = "submitted"
    QUEUED = "queued"


def status_at_reprint(recorded: ReceiptStatus, outbox_state: str | None) -> ReceiptStatus:
    """The status a reprint shows: a receipt first printed "queued" whose request the back end
    has since acknowledged (outbox state ``done``) is printed again as "submitted" (issue #15
    item 8). Any other state, or an item the queue no longer knows, keeps what was recorded."""
    if recorded is ReceiptStatus.QUEUED and outbox_state == "done":
        return ReceiptStatus.SUBMITTED
    return recorded


_REFERENCE = re.compile(r"^[A-Z0-9][A-Z0-9-]{3,39}$")


def verification_code(reference: str, key: bytes) -> str:
    """``XXXXX-XXXXX``: the first 50 bits of HMAC-SHA256(key, reference) in base32."""
    if len(key) < 16:
        raise ValueError("the receipt key must be at least 16 bytes")
    digest = hmac.new(key, b"receipt:" + reference.encode("ascii"), hashlib.sha256).digest()
    text = base64.b32encode(digest[:8]).decode("ascii")[:10]
    return f"{text[:5]}-{text[5:]}"


def check_verification_code(reference: str, code: str, key: bytes) -> bool:
    """True when ``code`` belongs to ``reference`` under ``key`` (constant time)."""
    expected = verification_code(reference, key)
    return hmac.compare_digest(expected, code.strip().upper())


def qr_payload(reference: str, code: str) -> str:
    return f"{QR_PREFIX}:{reference}:{code}"


def parse_qr_payload(payload: str) -> tuple[str, str]:
    """``(reference, verification code)`` from a receipt QR payload; ValueError otherwise."""
    prefix, _, rest = payload.partition(":")
    reference, _, code = rest.partition(":")
    if prefix != QR_PREFIX or not _REFERENCE.match(reference) or not code:
        raise ValueError("not an eCitizen receipt code")
    return reference, code


@dataclass(frozen=True)
class Receipt:
    """What the resident takes away. Build with :meth:`create` (computes the code).

    Attributes:
        service: the service's display name (from the catalog, already in the session
            language, or a message the caller translated).
        card_last4: the last four digits of a payment card, nothing more.
        instructions: extra lines from the service flow (no personal data).
    """

    reference: str
    kiosk_id: str
    site: str
    issued_at: datetime
    service: str
    status: ReceiptStatus
    verification: str
    amount: Money | None = None
    card_last4: str | None = None
    instructions: tuple[str, ...] = ()
    practice: bool = False

    def __post_init__(self) -> None:
        if not _REFERENCE.match(self.reference):
            raise ValueError("reference must be 4-40 of A-Z, 0-9 and '-'")
        if self.card_last4 is not None and not re.fullmatch(r"\d{4}", self.card_last4):
            raise ValueError("only the last four digits of a card may be printed")
        if self.issued_at.tzinfo is None:
            raise ValueError("issued_at must be timezone-aware")

    @classmethod
    def create(
        cls,
        *,
        reference: str,
        kiosk_id: str,
        site: str,
        issued_at: datetime,
        service: str,
        status: ReceiptStatus,
        key: bytes,
        amount: Money | None = None,
        card_last4: str | None = None,
        instructions: tuple[str, ...] = (),
        practice: bool = False,
    ) -> Receipt:
        return cls(
            reference=reference,
            kiosk_id=kiosk_id,
            site=site,
            issued_at=issued_at,
            service=service,
            status=status,
            verification=verification_code(reference, key),
            amount=amount,
            card_last4=card_last4,
            instructions=instructions,
            practice=practice,
        )

    @property
    def qr_payload(self) -> str:
        return qr_payload(self.reference, self.verification)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready fields (for the receipt journal)."""
        return {
            "reference": self.reference,
            "kiosk_id": self.kiosk_id,
            "site": self.site,
            "issued_at": self.issued_at.isoformat(),
            "service": self.service,
            "status": self.status.value,
            "verification": self.verification,
            "amount": None
            if self.amount is None
            else {"amount": str(self.amount.amount), "currency": self.amount.currency},
            "card_last4": self.card_last4,
            "instructions": list(self.instructions),
            "practice": self.practice,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Receipt:
        amount = data.get("amount")
        return cls(
            reference=data["reference"],
            kiosk_id=data["kiosk_id"],
            site=data["site"],
            issued_at=datetime.fromisoformat(data["issued_at"]),
            service=data["service"],
            status=ReceiptStatus(data["status"]),
            verification=data["verification"],
            amount=None if amount is None else Money.of(amount["amount"], amount["currency"]),
            card_last4=data.get("card_last4"),
            instructions=tuple(data.get("instructions", ())),
            practice=bool(data.get("practice", False)),
        )


# ---------------------------------------------------------------------------- rendering


class LineStyle(enum.Enum):
    NORMAL = "normal"
    HEADING = "heading"  # large, centred
    STRONG = "strong"  # bold
    CENTER = "center"


@dataclass(frozen=True)
class ReceiptLine:
    text: str
    style: LineStyle = LineStyle.NORMAL


@dataclass(frozen=True)
class RenderedReceipt:
    """A receipt laid out for one language and paper width (what the screen can show too)."""

    reference: str
    language: str
    rtl: bool
    lines_before_qr: tuple[ReceiptLine, ...]
    qr_payload: str
    lines_after_qr: tuple[ReceiptLine, ...]

    @property
    def lines(self) -> tuple[ReceiptLine, ...]:
        return self.lines_before_qr + self.lines_after_qr

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)


def format_amount(money: Money, language: str) -> str:
    """``12.50 USD`` / ``12,50 USD``; thousands grouped (plain spaces for fr, dots for es)."""
    quantized = money.amount.quantize(Decimal("0.01"))
    whole, _, cents = f"{quantized:,.2f}".partition(".")
    if language == "fr":
        whole, dec = whole.replace(",", " "), ","
    elif language == "es":
        whole, dec = whole.replace(",", "."), ","
    else:
        dec = "."
    return f"{whole}{dec}{cents} {money.currency}"


def _field(label: str, value: str, columns: int, rtl: bool = False) -> list[ReceiptLine]:
    # in an RTL receipt each value is an isolated run in its own direction (kiosk.text.bidi: an
    # address or a reference keeps its order; an Arabic service name stays right-to-left)
    def isolate(text: str) -> str:
        return bidi.isolate(text) if rtl else text

    if len(label) + 2 + len(value) <= columns:
        return [ReceiptLine(f"{label}: {isolate(value)}")]
    lines = [ReceiptLine(f"{label}:")]
    lines += [ReceiptLine(f"  {isolate(part)}") for part in textwrap.wrap(value, columns - 2)]
    return lines


def _wrap(text: str, columns: int, style: LineStyle = LineStyle.NORMAL) -> list[ReceiptLine]:
    return [ReceiptLine(part, style) for part in textwrap.wrap(text, columns)] or [
        ReceiptLine("", style)
    ]


def render_receipt(
    receipt: Receipt, language: str, *, columns: int = 42, copy: bool = False
) -> RenderedReceipt:
    """Lay ``receipt`` out in ``language`` for ``columns`` characters per line."""
    if language not in LANGUAGES:
        # a receipt in English beats no receipt: the session language has no texts yet
        logger.warning("no receipt texts for language %r; using English", language)
        language = "en"
    if columns < 24:
        raise ValueError("receipts need at least 24 columns")

    def t(msg_id: str) -> str:
        return message(msg_id, language)

    rtl = language in RTL_LANGUAGES

    def field(label_id: str, value: str) -> list[ReceiptLine]:
        return _field(t(label_id), value, columns, rtl)

    rule = ReceiptLine("-" * columns)
    top: list[ReceiptLine] = []
    if receipt.practice:
        top += _wrap(t("receipt.practice"), columns, LineStyle.STRONG)
    top.append(ReceiptLine(t("receipt.title"), LineStyle.HEADING))
    if copy:
        top.append(ReceiptLine(t("receipt.copy"), LineStyle.STRONG))
    top.append(rule)
    top += field("receipt.kiosk", receipt.kiosk_id)
    top += field("receipt.site", receipt.site)
    top += field("receipt.time", moment_text(receipt.issued_at, language))  # local, weekday
    top += field("receipt.service", receipt.service)
    if receipt.amount is not None:
        top += field("receipt.amount", format_amount(receipt.amount, language))
    if receipt.card_last4 is not None:
        top += field("receipt.card", f"**** {receipt.card_last4}")
    top.append(rule)
    top.append(ReceiptLine(f"{t('receipt.reference')}:", LineStyle.STRONG))
    top.append(ReceiptLine(receipt.reference, LineStyle.HEADING))
    status_text = t(f"receipt.status.{receipt.status.value}")
    top += _wrap(f"{t('receipt.status')}: {status_text}", columns, LineStyle.STRONG)
    top += field("receipt.verification", receipt.verification)
    top.append(ReceiptLine(t("receipt.scan"), LineStyle.CENTER))

    bottom: list[ReceiptLine] = [rule, ReceiptLine(f"{t('receipt.next')}:", LineStyle.STRONG)]
    bottom += _wrap(t(f"receipt.next.{receipt.status.value}"), columns)
    for extra in receipt.instructions:
        bottom += _wrap(extra, columns)
    if receipt.practice:
        bottom += _wrap(t("receipt.practice"), columns, LineStyle.STRONG)
    bottom.append(ReceiptLine(t("receipt.thanks"), LineStyle.CENTER))
    return RenderedReceipt(
        reference=receipt.reference,
        language=language,
        rtl=rtl,
        lines_before_qr=tuple(top),
        qr_payload=receipt.qr_payload,
        lines_after_qr=tuple(bottom),
    )


def _print_line(line: ReceiptLine, rtl: bool) -> TextLine:
    natural = Align.RIGHT if rtl else Align.LEFT
    if line.style is LineStyle.HEADING:
        return TextLine(line.text, Align.CENTER, bold=True, large=True)
    if line.style is LineStyle.CENTER:
        return TextLine(line.text, Align.CENTER)
    if line.style is LineStyle.STRONG:
        return TextLine(line.text, natural, bold=True)
    return TextLine(line.text, natural)


def receipt_document(rendered: RenderedReceipt) -> PrintDocument:
    """The printer job for a rendered receipt (QR between the reference and the next steps)."""
    items: list[TextLine | QrItem] = [
        _print_line(line, rendered.rtl) for line in rendered.lines_before_qr
    ]
    items.append(QrItem(rendered.qr_payload))
    items += [_print_line(line, rendered.rtl) for line in rendered.lines_after_qr]
    return PrintDocument(tuple(items), label="receipt")
