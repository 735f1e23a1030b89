"""Library account: loans (renew), holds and fees (pay through the eCitizen account) over SIP2.

A library-card session (role patron) was signed in only after the library confirmed the PIN
(ui/services/city/library_signin.py): the verified patron is in the session's data. A resident
uses the library card linked to their eCitizen account; when the library system wants the
library PIN, the on-screen PIN pad asks for it, with the same attempt limit as a library card.

A renewal is asked online and its answer shown at once: renewed (new due date) or refused with
the library's reason (its own words, shown as untrusted text). Only when the library cannot be
reached is it queued (receipt "queued"). Every fee line is shown, unknown ones as text; "Pay"
is offered only when the library takes fee payments (98 BX).
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel

from civic.library import Loan, PatronAccount
from civic.money import Money
from kiosk.records.receipts import format_amount
from kiosk.services import library
from kiosk.services.backend_errors import BackendError, BackendNotReached, backend_errors
from kiosk.session.machine import Role
from ui.assist import assist_for
from ui.formatting import date_text, day_text, local
from ui.services.base import ServiceScreen, Step, column
from ui.services.city.common import ButtonList, online
from ui.services.city.library_password import LibraryPasswordEntry
from ui.services.confirm_step import CheckStep
from ui.services.context import ServiceContext
from ui.services.step import page
from ui.widgets.base import button, isolate, label, set_text
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
        core = self.context.core
        text_password = core is not None and core.config.library.password == "text"  # noqa: S105
        if key == "library.wrong_pin":
            if text_password:
                text = self.tr("The library password is not right. Please try again.")
            else:
                text = self.tr("The library PIN is not right. Please try again.")
            tries = getattr(error, "tries_left", None)
            if isinstance(tries, int):
                text += "\n" + self.tr("Tries left: %1").replace("%1", str(tries))
            step = self.current
            if isinstance(step, PinStep):  # by the PIN pad, where the resident is looking
                step.show_problem(text)
            else:
                self.show_message(text)
        elif key == "library.locked":
            minutes = max(1, (int(getattr(error, "locked_s", 0)) + 59) // 60)
            self.show_message(
                self.tr(
                    "This library card is locked on this kiosk for %n minute(s) because the PIN "
                    "was wrong too many times. Library staff can help you.",
                    "",
                    minutes,
                )
            )
        elif key in ("library.unknown_card", "library.no_card"):
            self.show_message(
                self.tr("No library card is linked to your account. Please ask library staff.")
            )
        elif key == "library.pin_unverifiable":
            self.show_message(
                self.tr(
                    "The library system cannot check PINs right now, so the kiosk cannot open "
                    "your library account. Please ask library staff."
                )
            )
        elif key == "library.fee_not_payable":
            self.show_message(
                self.tr("This fee cannot be paid at the kiosk. Please pay it at the library desk.")
            )
        elif key.startswith("sip2.") and key.endswith("_unsupported"):
            self.show_message(
                self.tr(
                    "The library system does not take this from the kiosk. Please ask at the "
                    "library desk."
                )
            )
        elif isinstance(error, BackendError):
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


def library_says(message: str) -> str:
    """The library's own words (already :func:`library.untrusted_text`), isolated as plain
    text: the same line for a refusal seen at once and one found later in the queue."""
    return QCoreApplication.translate("RenewalStep", "The library says: %1").replace(
        "%1", isolate(message)
    )


def money_text(money: Money | None, language: str) -> str:
    return format_amount(money, language) if money is not None else ""


class AccountStep(Step):
    step_id = "library-account"

    def __init__(self, screen: LibraryScreen) -> None:
        super().__init__(screen)
        self.owner = screen
        self.details: library.LibraryAccount | None = None
        self.refused: tuple[library.RefusedRenewal, ...] = ()
        self.name = label("subtitle", name="library-name")
        self.refused_notice = label("body", name="library-refused")
        self.refused_notice.hide()
        self.loans_caption = label("subtitle", name="library-loans-caption")
        self.loans = ButtonList()
        self.other_loans = label("body", name="library-other-loans")
        self.other_loans.hide()
        self.holds_caption = label("subtitle", name="library-holds-caption")
        self.holds = label("body", name="library-holds")
        self.fees_caption = label("subtitle", name="library-fees-caption")
        self.fee_lines = label("body", name="library-fee-lines")
        self.fees = ButtonList()
        self.pay_elsewhere = label("body", name="library-pay-elsewhere")
        page(
            self,
            self.name,
            self.refused_notice,
            self.loans_caption,
            self.loans,
            self.other_loans,
            self.holds_caption,
            self.holds,
            self.fees_caption,
            self.fee_lines,
            self.fees,
            self.pay_elsewhere,
        )
        self.start()

    @property
    def account(self) -> PatronAccount | None:
        return self.details.account if self.details is not None else None

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
        verified = library.remembered(self.owner.context.session.data)
        identity = self.owner.context.identity
        if verified is not None and (
            identity.role is not Role.PATRON or verified.patron_id == identity.subject_id
        ):
            self.owner.patron = verified.patron()
            self.load()
            return
        if identity.role is Role.PATRON:
            # a library-card session always has its verified patron; never read without it
            self.owner.library_failed(library.LibraryError("library.pin_unverifiable"))
            return
        city = self.owner.context.city

        def find() -> tuple[str, bool]:
            if not city.available:
                raise library.LibraryError("library.no_card")
            patron_id = city.library_patron_id(identity.subject_id)
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
        # no PIN wanted: still this session's patron (SIP2 35 at its end)
        session = library.LibrarySession(self._factory(), patron_id, "", bytearray())
        library.remember(self.owner.context.session.data, session)
        self.owner.patron = session.patron()
        self.load()

    def load(self) -> None:
        factory, patron, core = self._factory(), self.owner.patron, self.owner.context.core
        if factory is None or patron is None or core is None:
            return
        outbox = core.outbox

        def read() -> tuple[library.LibraryAccount, tuple[library.RefusedRenewal, ...]]:
            details = library.account(factory, patron)
            return details, library.refused_renewals(outbox, patron, details.account.loans)

        self.owner.run(read, self._loaded, self.owner.library_failed)

    def _loaded(
        self, loaded: tuple[library.LibraryAccount, tuple[library.RefusedRenewal, ...]]
    ) -> None:
        details, self.refused = loaded
        self.details = details
        account = details.account
        renewable = self.renewable(account)
        loans = self.loans.set_items([(f"library-renew-{ln.item_id}", "") for ln in renewable])
        for widget, loan in zip(loans, renewable, strict=True):
            widget.clicked.connect(lambda _=False, ln=loan: self.check_renew(ln))
        payable = [line for line in details.fees if line.payable]
        fees = self.fees.set_items([(f"library-pay-{ln.fee.fee_id}", "") for ln in payable])
        for widget, line in zip(fees, payable, strict=True):
            widget.clicked.connect(lambda _=False, ln=line: self.check_pay(ln))
        self.retranslate()

    @staticmethod
    def renewable(account: PatronAccount) -> list[Loan]:
        """Loans the kiosk can renew (an ILS listing loans by title gives no item id)."""
        return [loan for loan in account.loans if loan.item_id]

    def check_renew(self, loan: Loan) -> None:
        """A loan was tapped: say what renewing does, then renew on "Yes"."""
        language = self.owner.context.language
        title = isolate(library.untrusted_text(loan.title, 200) or loan.item_id)
        due = loan.due

        def facts() -> list[str]:
            if due is None:
                return []
            return [self.tr("Due now: %1").replace("%1", date_text(due.date(), language))]

        self.owner.push(
            CheckStep(
                self.owner,
                title=lambda: self.tr("Check your renewal"),
                question=lambda: self.tr("Renew %1?").replace("%1", title),
                facts=facts,
                yes=lambda: self.tr("Yes, renew"),
                on_yes=lambda: self.renew(loan),
                name="library-renew-check",
            )
        )

    def check_pay(self, line: library.FeeLine) -> None:
        """A fee was tapped: say what will be charged, then pay on "Yes"."""
        language = self.owner.context.language
        amount = isolate(money_text(line.money, language))
        what = isolate(line.text) if line.text else self.tr("Fee")
        self.owner.push(
            CheckStep(
                self.owner,
                title=lambda: self.tr("Check your payment"),
                question=lambda: self.tr("Pay %1 for the library fee: %2?")
                .replace("%1", amount)
                .replace("%2", what),
                facts=lambda: [
                    self.tr(
                        "The city charges the payment method saved on your eCitizen account. "
                        "The kiosk never sees your card."
                    )
                ],
                yes=lambda: self.tr("Yes, pay %1").replace("%1", amount),
                on_yes=lambda: self.pay(line),
                name="library-pay-check",
            )
        )

    def renew(self, loan: Loan) -> None:
        patron, factory = self.owner.patron, self._factory()
        if patron is None or factory is None:
            return
        now = dt.datetime.now(dt.UTC)
        if not online(self):
            self._queue_renewal(loan, patron, now)
            return

        def ask() -> library.RenewalAnswer | None:
            try:
                with backend_errors():
                    return library.renew_now(factory, patron, loan, now)
            except BackendNotReached:
                return None  # nothing reached the library: queue it

        def answered(answer: library.RenewalAnswer | None) -> None:
            if answer is None:
                self._queue_renewal(loan, patron, now)
            else:
                self.owner.replace(RenewalStep(self.owner, answer))

        self.owner.run(ask, answered, self.owner.library_failed)

    def _queue_renewal(self, loan: Loan, patron: library.Patron, now: dt.datetime) -> None:
        submission = library.renew(loan, patron, self.tr("Library renewal"), now)
        self.owner.submit(
            submission,
            self.owner.library_failed,
            said=lambda: self.tr("Renewal sent to the library"),
        )

    def pay(self, line: library.FeeLine) -> None:
        patron, account = self.owner.patron, self.account
        if patron is None or account is None:
            return
        try:
            submission = library.pay_fee(
                line, patron, account.currency, self.tr("Library fee"), dt.datetime.now(dt.UTC)
            )
        except library.LibraryError as exc:
            self.owner.library_failed(exc)
            return
        amount = isolate(money_text(line.money, self.owner.context.language))
        self.owner.submit(
            submission,
            self.owner.library_failed,
            said=lambda: self.tr("Paid %1").replace("%1", amount),
        )

    def _line_text(self, line: library.FeeLine, language: str) -> str:
        text = isolate(line.text) if line.text else self.tr("Fee")
        amount = money_text(line.money, language)
        if amount:
            return self.tr("%1: %2").replace("%1", text).replace("%2", isolate(amount))
        raw = line.fee.amount
        if raw is None:
            return text  # a line the library sent as text only
        return self.tr("%1: amount not clear, please ask library staff").replace("%1", text)

    def _refusal_text(self, refused: library.RefusedRenewal) -> str:
        if refused.message:  # the library's own reason, shown like a refusal seen at once
            text = self.tr("The library did not renew %1 (reference %2, %3).")
        else:
            text = self.tr(
                "The library did not renew %1 (reference %2, %3). Library staff can tell you why."
            )
        values = {
            "1": isolate(refused.title),
            "2": isolate(refused.reference),
            "3": isolate(date_text(refused.refused_at.date(), self.owner.context.language)),
        }
        # one pass: a title with "%2" in it stays the library's text
        text = re.sub("%([123])", lambda m: values[m.group(1)], text)
        return f"{text} {library_says(refused.message)}" if refused.message else text

    def retranslate(self) -> None:
        details = self.details
        visible = details is not None
        widgets: tuple[QLabel, ...] = (
            self.loans_caption,
            self.holds_caption,
            self.holds,
            self.fees_caption,
        )
        for widget in widgets:
            widget.setVisible(visible)
        if details is None:
            set_text(self.name, "")
            self.name.hide()  # no empty heading while the account loads (#16.11)
            self.refused_notice.hide()
            self.other_loans.hide()
            self.fee_lines.hide()
            self.pay_elsewhere.hide()
            return
        account = details.account
        language = self.owner.context.language
        set_text(self.name, library.untrusted_text(account.name, 120))
        self.name.setVisible(bool(self.name.text().strip()))  # a patron record without a name
        self.refused_notice.setVisible(bool(self.refused))
        set_text(self.refused_notice, "\n".join(self._refusal_text(r) for r in self.refused))
        set_text(
            self.loans_caption,
            self.tr("Loans: tap one to renew it") if account.loans else self.tr("Loans"),
        )
        texts, others = [], []
        for loan in account.loans:
            due = date_text(loan.due.date(), language) if loan.due else ""
            state = self.tr("Overdue") if loan.overdue else self.tr("Due %1").replace("%1", due)
            title = isolate(library.untrusted_text(loan.title, 200) or loan.item_id)
            if loan.item_id:
                texts.append(f"{title}\n{state} · {self.tr('Renew')}")
            else:
                others.append(f"• {title} · {state}")
        self.loans.set_texts(texts)
        # no loans: said under a "Loans" heading, as holds are (#15.10)
        self.other_loans.setVisible(bool(others) or not account.loans)
        set_text(
            self.other_loans,
            "\n".join([self.tr("These loans can be renewed at the library desk:"), *others])
            if account.loans
            else self.tr("No loans."),
        )
        set_text(self.holds_caption, self.tr("Holds"))
        ready, waiting = self.tr("Ready to collect"), self.tr("Waiting")
        holds = [
            f"{isolate(library.untrusted_text(h.title, 200) or h.item_id)} · "
            f"{ready if h.available else waiting}"
            for h in account.holds
        ]
        set_text(self.holds, "\n".join(holds) if holds else self.tr("No holds."))
        if not details.fees:
            caption = self.tr("No fees.")
        elif details.total is not None:
            caption = self.tr("Fees: %1").replace(
                "%1", isolate(money_text(details.total, language))
            )
        else:
            caption = self.tr("Fees")
        set_text(self.fees_caption, caption)
        shown = [ln for ln in details.fees if not ln.payable]
        self.fee_lines.setVisible(bool(shown))
        set_text(self.fee_lines, "\n".join(f"• {self._line_text(ln, language)}" for ln in shown))
        self.fees.set_texts(
            [
                self.tr("Pay %1 with my eCitizen account: %2")
                .replace("%1", isolate(money_text(ln.money, language)))
                .replace("%2", isolate(ln.text) if ln.text else self.tr("Fee"))
                for ln in details.fees
                if ln.payable
            ]
        )
        owed = any(ln.money is not None and ln.money.amount > 0 for ln in details.fees)
        elsewhere = bool(details.fees) and (not details.fees_payable_here or not owed)
        self.pay_elsewhere.setVisible(elsewhere)
        if not details.fees_payable_here:
            set_text(
                self.pay_elsewhere,
                self.tr(
                    "Fees cannot be paid at this kiosk: the library system does not take "
                    "payments from it. You can pay at the library desk."
                ),
            )
        else:
            set_text(
                self.pay_elsewhere,
                self.tr("Fees without an amount here can be paid at the library desk."),
            )
        if details.fees_payable_here and owed:
            self.pay_elsewhere.setVisible(bool(shown))

    def wipe(self) -> None:
        self.details = None
        self.refused = ()
        self.refused_notice.clear()
        self.loans.set_items([])
        self.fees.set_items([])
        self.holds.clear()
        self.name.clear()
        self.fee_lines.clear()


class RenewalStep(Step):
    """The library's answer to a renewal: renewed (new due date), refused (its reason), or not
    confirmed (check the due date)."""

    step_id = "library-renewal"
    final = True  # one way on: "Back to my loans" (which reloads them)

    def __init__(self, screen: LibraryScreen, answer: library.RenewalAnswer) -> None:
        super().__init__(screen)
        self.owner = screen
        self.answer = answer
        layout = column(self)
        self.headline = label("title", name="library-renewal-headline")
        self.item = label("subtitle", name="library-renewal-item")
        self.detail = label("body", name="library-renewal-detail")
        self.reason = label("body", name="library-renewal-reason")
        self.loans_button = button("primary", name="library-renewal-loans")
        self.loans_button.clicked.connect(self.back_to_loans)
        for widget in (self.headline, self.item, self.detail, self.reason):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.loans_button)

    @property
    def refused(self) -> bool:
        return self.answer.renewed is False

    def title(self) -> str:
        return self.tr("Renewal")

    def back_to_loans(self) -> None:
        first = self.owner.steps[0]
        self.owner.pop_to(first)
        if isinstance(first, AccountStep):
            first.load()

    def retranslate(self) -> None:
        answer = self.answer
        set_text(self.item, isolate(answer.title) if answer.title else "")
        self.reason.setVisible(False)
        if answer.renewed is True:
            language = self.owner.context.language
            due = day_text(local(answer.due).date(), language) if answer.due else ""
            set_text(
                self.headline,
                self.tr("Renewed until %1").replace("%1", isolate(due))
                if due
                else self.tr("Renewed"),
            )
            set_text(self.detail, self.tr("The library renewed this item."))
        elif answer.renewed is False:
            set_text(self.headline, self.tr("Not renewed"))
            set_text(
                self.detail,
                self.tr("The library did not renew this item. Your other items are not affected."),
            )
            self.reason.setVisible(True)
            set_text(
                self.reason,
                library_says(answer.message)
                if answer.message
                else self.tr("The library gave no reason. Library staff can tell you more."),
            )
        else:
            set_text(self.headline, self.tr("Not confirmed"))
            set_text(
                self.detail,
                self.tr(
                    "The library did not confirm the renewal in time. Please check the due date "
                    "in your loans before renewing again."
                ),
            )
        set_text(self.loans_button, self.tr("Back to my loans"))


class PinStep(Step):
    """The library PIN or password for a resident's linked card (the library system wants
    it): the PIN pad, or a masked text field on the on-screen keyboard when the site's library
    takes text passwords (``[library] password``)."""

    step_id = "library-pin"

    def __init__(self, screen: LibraryScreen, patron_id: str) -> None:
        super().__init__(screen)
        self.owner = screen
        self._patron_id = patron_id
        core = screen.context.core
        self.rule = library.PasswordRule.of(core.config) if core is not None else None
        layout = column(self)
        self.prompt = label("body", name="library-pin-prompt")
        layout.addWidget(self.prompt)
        # issue #15.9: a wrong PIN is said right above the PIN pad, not at the top of the page
        self.problem = label("notice", name="library-pin-problem")
        self.problem.hide()
        layout.addWidget(self.problem)
        self.entry = LibraryPasswordEntry(self.rule or library.PasswordRule(), self._submit)
        layout.addWidget(self.entry, 1)

    @property
    def pad(self) -> PinPad:
        """The PIN pad (a "digits" site)."""
        assert self.entry.pinpad is not None, "this site's library takes text passwords"
        return self.entry.pinpad

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.entry.attach_keyboard()
        self.entry.focus_entry()

    def title(self) -> str:
        if self.entry.rule.text:
            return self.tr("Library password")
        return self.tr("Library PIN")

    def _submit(self, pin: bytearray) -> None:
        self.show_problem("")
        core = self.owner.context.core
        factory = core.sip2_factory if core is not None else None
        if factory is None or core is None:
            pin[:] = bytes(len(pin))
            return
        patron_id = self._patron_id
        kept = bytearray(pin)

        def verify() -> library.Patron:
            try:
                # the PIN check reads the kiosk's pseudonym key: off the GUI thread, and a key
                # that cannot be read is "unavailable", with the PIN wiped like any refusal
                verifier = core.library_card_sign_in(actor="resident")
            except OSError as exc:
                pin[:] = bytes(len(pin))
                kept[:] = bytes(len(kept))
                raise library.LibraryError("library.unavailable") from exc
            try:
                return verifier.verify(factory, patron_id, pin)
            except Exception:
                kept[:] = bytes(len(kept))
                raise

        def accepted(patron: library.Patron) -> None:
            session = library.LibrarySession(factory, patron.patron_id, patron.name, kept)
            library.remember(self.owner.context.session.data, session)
            self._accepted(session.patron())

        self.owner.run(verify, accepted, self.owner.library_failed)

    def _accepted(self, patron: library.Patron) -> None:
        self.owner.patron = patron
        first = self.owner.steps[0]
        self.owner.pop_to(first)
        if isinstance(first, AccountStep):
            first.load()

    def retranslate(self) -> None:
        set_text(
            self.prompt,
            self.tr("Please enter your library password.")
            if self.entry.rule.text
            else self.tr(
                "Your library PIN — not your eCitizen card PIN. Please enter it and press OK."
            ),
        )

    def show_problem(self, text: str) -> None:
        """A wrong PIN (or password): said by the PIN pad, spoken when speech is on."""
        set_text(self.problem, text)
        self.problem.setVisible(bool(text))
        if text:
            assist = assist_for(self)
            if assist is not None:
                assist.announce(text)

    def wipe(self) -> None:
        self.show_problem("")
        self.entry.wipe()
