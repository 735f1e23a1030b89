"""Pay a utility bill: scan the bill's code or type the account number, see the amount due
(live from the city, online only), pay with the eCitizen account or print a counter slip.

A guest (no card) scans the bill's code only (an account number would list a household's
bills) and gets an anonymous payment slip: the amount and the bill's reference to pay at the
counter; nothing about the guest is sent or kept."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit

from civic.bills import Bill
from kiosk.camera.scan_bridge import STATE_ABSENT, STATE_DISABLED
from kiosk.camera.scan_payloads import BillBarcode, BillSlip, ScanPayload
from kiosk.services import bills
from kiosk.services.backend_errors import BackendError
from kiosk.services.submit import SubmitError
from kiosk.session.machine import Role
from ui.formatting import ShownWords, alone, date_text
from ui.keyboard import Variant
from ui.services.base import ServiceScreen, Step
from ui.services.city.common import (
    ScanningStep,
    attach_keyboard,
    money_text,
    online,
    text_field,
)
from ui.services.city.list_step import ListStep, ask_city
from ui.services.confirm_step import CheckStep
from ui.services.context import ServiceContext
from ui.services.step import page
from ui.widgets.base import button, isolate, label, set_text


class BillsScreen(ServiceScreen):
    service_id = "bills"

    def __init__(self, context: ServiceContext) -> None:
        super().__init__(context)
        self.setObjectName("service-bills")
        self.push(FindBillStep(self))

    def title(self) -> str:
        return self.tr("Pay a utility bill")

    @property
    def guest(self) -> bool:
        """A guest: the bill's code only, and a counter slip (no account to charge)."""
        return self.context.identity.role is Role.GUEST

    def bill_error_text(self, key: str) -> str:
        if key == "bills.bad_account":
            return self.tr("Please type the digits of your account number.")
        if key == "bills.not_found":
            return self.tr("No bill was found. Please check the number or ask staff.")
        if key == "bills.scan_mismatch":
            return self.tr("This code does not match the city's records. Please ask staff.")
        if key in ("bills.already_paid", "gateway.bill_already_paid"):
            return self.tr("This bill is already paid.")
        if key == "gateway.amount_mismatch":
            return self.tr("The amount due has changed. Please look the bill up again.")
        if key == "bills.not_payable":
            return self.tr("This bill cannot be paid at the kiosk. Please ask staff.")
        if key.startswith("scan."):
            return self.tr("This code is not a bill the kiosk can use. Please try another.")
        return self.error_text(key)

    def fail_bill(self, error: Exception) -> None:
        key = getattr(error, "key", "")
        if isinstance(error, (bills.BillError, BackendError, SubmitError)) or key:
            self.show_message(self.bill_error_text(str(key)))
        else:
            self.failed(error)

    def show_bills(self, found: tuple[Bill, ...]) -> None:
        if not found:
            self.show_message(self.bill_error_text("bills.not_found"))
        elif len(found) == 1:
            self.push(BillStep(self, found[0]))
        else:
            self.push(BillListStep(self, found))

    def wipe(self) -> None:
        super().wipe()


class FindBillStep(ScanningStep):
    step_id = "bills-find"

    def __init__(self, screen: BillsScreen) -> None:
        super().__init__(screen)
        self.owner = screen
        self.intro = label("body", name="bills-intro")
        self.offline_note = label("body", name="bills-offline")
        self.scan_button = button(name="bills-scan")
        self.scan_status = label("body", name="bills-scan-status")
        self.account_label = label("body", name="bills-account-label")
        self.account: QLineEdit = text_field("bills-account")
        self.account.setMaxLength(16)
        page(
            self,
            self.intro,
            self.offline_note,
            self.scan_button,
            self.scan_status,
            self.account_label,
            self.account,
        )
        self.follow_scanner(self.scan_button)  # or type the account number

    def title(self) -> str:
        return self.tr("Find your bill")

    def next_text(self) -> str:
        return "" if self.owner.guest else self.tr("Find my bills")

    def shown(self) -> None:
        if not self.owner.guest:
            attach_keyboard(self, self.account, Variant.NUMERIC)
        self.retranslate()

    def _rejected(self, key: str) -> None:
        self.owner.show_message(self.owner.bill_error_text(key))

    def on_payload(self, payload: ScanPayload) -> None:
        if not isinstance(payload, (BillSlip, BillBarcode)):
            self.owner.show_message(self.owner.bill_error_text("scan.not_a_bill"))
            return
        self.stop_scan()
        ask_city(
            self,
            lambda city: city.bill_by_scan(payload),
            lambda bill: self.owner.show_bills((bill,)),
            self.owner.fail_bill,
        )

    def advance(self) -> None:
        if self.owner.guest:
            return
        text = self.account.text()
        try:
            bills.normalise_account(text)
        except bills.BillError as exc:
            self.owner.show_message(self.owner.bill_error_text(exc.key))
            return
        if not self.owner.context.city.available:
            self.owner.show_message(self.owner.error_text("offline"))
            return  # the scanner keeps going: the code may still be read
        self.stop_scan()
        ask_city(
            self,
            lambda city: city.bills_by_account(text),
            self.owner.show_bills,
            self.owner.fail_bill,
        )

    def retranslate(self) -> None:
        guest = self.owner.guest
        set_text(
            self.intro,
            self.tr(
                "Scan the code printed on your bill. You get a payment slip to pay at the "
                "counter; nothing about you is kept."
            )
            if guest
            else self.tr("Scan the code printed on your bill, or type your account number."),
        )
        set_text(
            self.offline_note,
            self.tr(
                "The kiosk is offline. The amount due is only shown live from the city's "
                "system, so bills cannot be looked up until the network is back."
            ),
        )
        self.offline_note.setVisible(not online(self))
        set_text(self.scan_button, self.tr("Scan the code on my bill"))
        # a guest cannot type an account number: the counter, or signing in, instead
        guest_without_camera = self.tr(
            "The camera cannot read codes right now. Please pay at the counter with your "
            "bill, or sign in with your eCitizen card to type your account number."
        )
        self.show_scan_state(
            disabled=guest_without_camera
            if guest
            else self.tr("This kiosk has no camera. Please type your account number."),
            absent=guest_without_camera
            if guest
            else self.tr("The camera is not working right now. Please type your account number."),
            ready=self.tr("Hold the code on your bill in front of the camera."),
            starting=self.tr("Starting the camera…"),
        )
        self.scan_button.setEnabled(self.scan_state not in (STATE_DISABLED, STATE_ABSENT))
        set_text(self.account_label, self.tr("Account number (digits only)"))
        self.account.setAccessibleName(self.tr("Account number"))
        self.account_label.setVisible(not guest)
        self.account.setVisible(not guest)

    def wipe(self) -> None:
        if self.scanner is not None:
            self.scanner.stop()
        self.account.clear()


class BillListStep(ListStep[Bill]):
    step_id = "bills-list"
    intro_name = "bills-list-intro"

    def __init__(self, screen: BillsScreen, found: tuple[Bill, ...]) -> None:
        super().__init__(screen, found)
        self.owner = screen

    def title(self) -> str:
        return self.tr("Your bills")

    def item_name(self, item: Bill) -> str:
        return f"bills-bill-{item.bill_id}"

    def item_text(self, item: Bill, words: ShownWords) -> str:
        lang = self.owner.context.language
        return (
            f"{words.text(item.description)} — {money_text(item.amount, lang)}\n"
            + self.tr("Due %1").replace("%1", date_text(item.due_date, lang))
            + f" · {bill_status_text(self, item.status)}"
        )

    def intro_text(self) -> str:
        return self.tr("Choose the bill to pay.")

    def chosen(self, item: Bill) -> None:
        self.owner.push(BillStep(self.owner, item))


def bill_status_text(step: Step, status: str) -> str:
    if status == "paid":
        return QCoreApplication.translate("Bills", "Paid")
    if status == "overdue":
        return QCoreApplication.translate("Bills", "Overdue")
    return QCoreApplication.translate("Bills", "Open")


class BillStep(Step):
    step_id = "bills-bill"

    def __init__(self, screen: BillsScreen, bill: Bill) -> None:
        super().__init__(screen)
        self.owner = screen
        self.bill = bill
        self.what = label("subtitle", name="bills-what")
        self.amount = label("hero", name="bills-amount")
        self.due = label("body", name="bills-due")
        self.status = label("body", name="bills-status")
        self.how = label("body", name="bills-how")
        self.pay_button = button("primary", name="bills-pay")
        # a guest's only way to pay here: the main action
        self.slip_button = button("primary" if screen.guest else "", name="bills-slip")
        page(
            self,
            self.what,
            self.amount,
            self.due,
            self.status,
            self.how,
            self.pay_button,
            self.slip_button,
        )
        self.pay_button.clicked.connect(self.pay)
        self.slip_button.clicked.connect(self.print_slip)

    def title(self) -> str:
        return self.tr("Your bill")

    @property
    def payable(self) -> bool:
        return self.bill.status in bills.PAYABLE

    def pay(self) -> None:
        """ "Pay now": first the check step that says what will be charged; "Yes" pays."""
        if not self.payable:
            return
        self.owner.push(
            CheckStep(
                self.owner,
                title=lambda: self.tr("Check your payment"),
                question=lambda: self.tr("Pay %1 for %2?")
                .replace("%1", isolate(self.amount_text()))
                .replace("%2", isolate(self.bill.description.get(self.owner.context.language))),
                facts=self.check_facts,
                yes=lambda: self.tr("Yes, pay %1").replace("%1", isolate(self.amount_text())),
                on_yes=self.pay_now,
                name="bills-check",
            )
        )

    def amount_text(self) -> str:
        return money_text(self.bill.amount, self.owner.context.language)

    def check_facts(self) -> list[str]:
        language = self.owner.context.language
        return [
            self.tr("Due %1").replace("%1", date_text(self.bill.due_date, language)),
            self.tr(
                "The city charges the payment method saved on your eCitizen account. "
                "The kiosk never sees your card."
            ),
        ]

    def pay_now(self) -> None:
        identity = self.owner.context.identity
        try:
            submission = bills.payment(self.bill, identity.subject_id, self.owner.title())
        except bills.BillError as exc:
            self.owner.show_message(self.owner.bill_error_text(exc.key))
            return
        amount = self.amount_text()
        self.owner.submit(
            submission,
            self.owner.fail_bill,
            said=lambda: self.tr("Paid %1").replace("%1", isolate(amount)),
        )

    def print_slip(self) -> None:
        context = self.owner.context
        note = self.tr("Pay at the counter with this receipt's code.")
        try:
            submission = bills.slip(
                self.bill,
                context.identity.subject_id,
                context.language,
                self.tr("Payment slip"),
                (note,),
            )
        except bills.BillError as exc:
            self.owner.show_message(self.owner.bill_error_text(exc.key))
            return
        if not self.owner.guest:
            self.owner.submit(submission, self.owner.fail_bill)
            return
        amount = self.amount_text()
        self.owner.submit(
            submission,
            self.owner.fail_bill,
            said=lambda: self.tr("Payment slip ready: pay %1 at the counter").replace(
                "%1", isolate(amount)
            ),
        )

    def retranslate(self) -> None:
        lang = self.owner.context.language
        bill = self.bill
        words = self.words()  # the city's words, each in its own direction
        set_text(self.what, alone(words.text(bill.description)))
        self.note_words(words)
        set_text(self.amount, money_text(bill.amount, lang))
        set_text(self.due, self.tr("Due %1").replace("%1", date_text(bill.due_date, lang)))
        set_text(self.status, bill_status_text(self, bill.status))
        guest = self.owner.guest
        if not self.payable:
            how = self.tr("This bill is already paid.")
        elif guest:
            how = self.tr(
                "Print a payment slip and pay it at the counter. The slip shows the amount and "
                "the bill's reference, nothing about you."
            )
        else:
            how = self.tr(
                "Pay now: the city charges the payment method saved on your eCitizen account. "
                "The kiosk never sees your card. Or print a slip and pay at the counter."
            )
        set_text(self.how, how)
        set_text(self.pay_button, self.tr("Pay now with my eCitizen account"))
        set_text(self.slip_button, self.tr("Print a payment slip for the counter"))
        self.pay_button.setVisible(self.payable and not guest)
        self.slip_button.setVisible(self.payable)

    def wipe(self) -> None:
        for widget in (self.what, self.amount, self.due, self.status, self.how):
            widget.clear()
