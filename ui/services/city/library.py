"""Library account: loans (renew), holds and fees (pay through the eCitizen account) over SIP2.

A library-card session (role patron) uses the card's UID as the patron id; a resident uses the
library card linked to their eCitizen account. When the library system wants the library PIN,
the on-screen PIN pad asks for it (kept in this screen only, dropped when it closes).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLabel

from kiosk.receipts import Money, format_amount
from kiosk.services import library
from kiosk.session import Role
from offline_queue.connectors.gateway import GatewayError
from offline_queue.connectors.sip2 import Fee, Loan, PatronAccount, Sip2Error
from ui.screens.base import label, set_text
from ui.services.base import ServiceScreen, Step, column
from ui.services.city.common import ButtonList, date_text
from ui.services.context import ServiceContext
from ui.widgets.pinpad import PinPad


class LibraryScreen(ServiceScreen):
    service_id = "library"

    def __init__(self, context: ServiceContext) -> None:
        super().__init__(context)
        self.setObjectName("service-library")
        self.patron: library.Patron | None = None
        self.push(AccountStep(self))

    def title(self) -> str:
        return self.tr("My library account")

    def library_failed(self, error: Exception) -> None:
        key = getattr(error, "key", "")
        if key == "library.wrong_pin":
            self.show_message(self.tr("The library PIN is not right. Please try again."))
        elif key in ("library.unknown_card", "library.no_card"):
            self.show_message(
                self.tr("No library card is linked to your account. Please ask library staff.")
            )
        elif isinstance(error, (Sip2Error, GatewayError)):
            self.show_message(
                self.tr(
                    "The library system cannot be reached right now. Please try again later "
                    "or ask library staff."
                )
            )
        elif key:
            self.show_message(self.error_text(str(key)))
        else:
            self.failed(error)

    def wipe(self) -> None:
        super().wipe()
        self.patron = None


class AccountStep(Step):
    step_id = "library-account"

    def __init__(self, screen: LibraryScreen) -> None:
        super().__init__(screen)
        self.owner = screen
        self.account: PatronAccount | None = None
        layout = column(self)
        self.name = label("subtitle", name="library-name")
        self.loans_caption = label("subtitle", name="library-loans-caption")
        self.loans = ButtonList()
        self.holds_caption = label("subtitle", name="library-holds-caption")
        self.holds = label("body", name="library-holds")
        self.fees_caption = label("subtitle", name="library-fees-caption")
        self.fees = ButtonList()
        for widget in (
            self.name,
            self.loans_caption,
            self.loans,
            self.holds_caption,
            self.holds,
            self.fees_caption,
            self.fees,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.start()

    def title(self) -> str:
        return self.tr("Loans, holds and fees")

    def _factory(self) -> library.Sip2Factory | None:
        core = self.owner.context.core
        return core.sip2_factory if core is not None else None

    def start(self) -> None:
        factory = self._factory()
        core = self.owner.context.core
        if factory is None or core is None:
            self.owner.show_message(self.owner.error_text("offline"))
            return
        identity = self.owner.context.identity
        gateway = core.gateway

        def find() -> tuple[str, bool]:
            patron_id = identity.subject_id
            if identity.role is not Role.PATRON:
                if gateway is None:
                    raise library.LibraryError("library.no_card")
                patron_id = gateway.profile(identity.subject_id).library_patron_id or ""
                if not patron_id:
                    raise library.LibraryError("library.no_card")
            status = library.card_status(factory, patron_id)
            return patron_id, status.pin_ok is False

        self.owner.run(find, self._found, self.owner.library_failed)

    def _found(self, found: tuple[str, bool]) -> None:
        patron_id, needs_pin = found
        if needs_pin:
            self.owner.push(PinStep(self.owner, patron_id))
            return
        self.owner.patron = library.Patron(patron_id, "", None)
        self.load()

    def load(self) -> None:
        factory, patron = self._factory(), self.owner.patron
        if factory is None or patron is None:
            return
        self.owner.run(
            lambda: library.account(factory, patron), self._loaded, self.owner.library_failed
        )

    def _loaded(self, account: PatronAccount) -> None:
        self.account = account
        loans = self.loans.set_items([(f"library-renew-{ln.item_id}", "") for ln in account.loans])
        for widget, loan in zip(loans, account.loans, strict=True):
            widget.clicked.connect(lambda _=False, ln=loan: self.renew(ln))
        payable = [f for f in account.fees if f.amount and f.fee_id]
        fees = self.fees.set_items([(f"library-pay-{f.fee_id}", "") for f in payable])
        for widget, fee in zip(fees, payable, strict=True):
            widget.clicked.connect(lambda _=False, f=fee: self.pay(f))
        self.retranslate()

    def renew(self, loan: Loan) -> None:
        patron = self.owner.patron
        if patron is None:
            return
        submission = library.renew(
            loan, patron, self.tr("Library renewal"), dt.datetime.now(dt.UTC)
        )
        self.owner.submit(submission, self.owner.library_failed)

    def pay(self, fee: Fee) -> None:
        patron, account = self.owner.patron, self.account
        if patron is None or account is None:
            return
        submission = library.pay_fee(
            fee, patron, account.currency or "EUR", self.tr("Library fee"), dt.datetime.now(dt.UTC)
        )
        self.owner.submit(submission, self.owner.library_failed)

    def _money(self, amount: object, currency: str) -> str:
        from decimal import Decimal

        if not isinstance(amount, Decimal):
            return ""
        return format_amount(Money(amount, currency or "EUR"), self.owner.context.language)

    def retranslate(self) -> None:
        account = self.account
        visible = account is not None
        widgets: tuple[QLabel, ...] = (
            self.loans_caption,
            self.holds_caption,
            self.holds,
            self.fees_caption,
        )
        for widget in widgets:
            widget.setVisible(visible)
        if account is None:
            set_text(self.name, "")
            return
        set_text(self.name, account.name)
        set_text(self.loans_caption, self.tr("Loans: tap one to renew it"))
        texts = []
        for loan in account.loans:
            due = date_text(loan.due.date()) if loan.due else ""
            state = self.tr("Overdue") if loan.overdue else self.tr("Due %1").replace("%1", due)
            renew = self.tr("Renew")
            texts.append(f"{loan.title}\n{state} · {renew}")
        self.loans.set_texts(texts)
        set_text(self.holds_caption, self.tr("Holds"))
        ready, waiting = self.tr("Ready to collect"), self.tr("Waiting")
        holds = [f"{h.title} · {ready if h.available else waiting}" for h in account.holds]
        set_text(self.holds, "\n".join(holds) if holds else self.tr("No holds."))
        total = self._money(account.fees_total, account.currency)
        set_text(self.fees_caption, self.tr("Fees: %1").replace("%1", total or "0"))
        self.fees.set_texts(
            [
                self.tr("Pay %1 with my eCitizen account: %2")
                .replace("%1", self._money(f.amount, account.currency))
                .replace("%2", f.description)
                for f in account.fees
                if f.amount and f.fee_id
            ]
        )

    def wipe(self) -> None:
        self.account = None
        self.loans.set_items([])
        self.fees.set_items([])
        self.holds.clear()
        self.name.clear()


class PinStep(Step):
    step_id = "library-pin"

    def __init__(self, screen: LibraryScreen, patron_id: str) -> None:
        super().__init__(screen)
        self.owner = screen
        self._patron_id = patron_id
        layout = column(self)
        self.prompt = label("body", name="library-pin-prompt")
        layout.addWidget(self.prompt)
        self.pad = PinPad(self._submit)
        layout.addWidget(self.pad, 1)

    def title(self) -> str:
        return self.tr("Library PIN")

    def _submit(self, pin: bytearray) -> None:
        factory = self.owner.context.core.sip2_factory if self.owner.context.core else None
        text = pin.decode("ascii")
        pin[:] = bytes(len(pin))
        if factory is None:
            return
        patron_id = self._patron_id
        self.owner.run(
            lambda: library.check_pin(factory, patron_id, text),
            self._accepted,
            self.owner.library_failed,
        )

    def _accepted(self, patron: library.Patron) -> None:
        self.owner.patron = patron
        first = self.owner.steps[0]
        self.owner.pop_to(first)
        if isinstance(first, AccountStep):
            first.load()

    def retranslate(self) -> None:
        set_text(self.prompt, self.tr("Please enter your library PIN."))

    def wipe(self) -> None:
        self.pad.clear()
