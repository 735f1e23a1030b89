<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutScreen</name>
    <message>
        <source>About this kiosk and your privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this kiosk does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a public eCitizen kiosk of the city. You can pay bills, book library appointments, report street problems, apply for permits, sign petitions and read your notices, with your eCitizen card, your library card or as a guest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you type or see here is erased from the kiosk as soon as you finish, take out your card, or leave the kiosk alone for a while. Your PIN is checked by your card, never stored or seen by the kiosk. If you use your fingerprint, it is compared with the copy on your card and never stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the network is down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your request is saved on this kiosk in encrypted form and sent as soon as the network returns. Your receipt always says whether it was sent or saved for sending. Nothing is sent twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The city&apos;s eCitizen office runs this kiosk. Staff at the desk can help you and tell you how to get a copy of the data the city holds about you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the services</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccessPanel</name>
    <message>
        <source>Language and display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simple mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speak slower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Louder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountStep</name>
    <message>
        <source>Loans, holds and fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loans: tap one to renew it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay %1 with my eCitizen account: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to collect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay %1 for the library fee: %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The city charges the payment method saved on your eCitizen account. The kiosk never sees your card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, pay %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal sent to the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: amount not clear, please ask library staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library did not renew %1 (reference %2, %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library did not renew %1 (reference %2, %3). Library staff can tell you why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These loans can be renewed at the library desk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No loans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees cannot be paid at this kiosk: the library system does not take payments from it. You can pay at the library desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees without an amount here can be paid at the library desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Appointments</name>
    <message>
        <source>Library appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digital help desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppointmentsScreen</name>
    <message>
        <source>Book an appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This time was just taken. Please choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel a booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1, %2 will be booked when the network is back. Your old time stays booked until then: cancel it here once the new one is confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed: %1, %2. Your old time is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending your request…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssistConfirm</name>
    <message>
        <source>Would you like help from %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a member of staff. They can see the screen and type for you when you ask. Your PIN, fingerprint, photo and declarations are done by you alone. Either of you can end the session at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, help me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, thank you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help cannot start right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every assisted session is recorded, to protect residents, and this kiosk cannot record one right now. The resident can go on alone. Please report the kiosk to a technician.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Welcome to eCitizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay bills, book the library, report a problem on your street and more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touch here to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or insert your eCitizen card to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make it easier to use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simple mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kiosk is out of service. Please use another kiosk or ask staff. Staff: a technician must check this kiosk before it can be used again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card was left in the reader: please hand it to staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a street report: scan your receipt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BillListStep</name>
    <message>
        <source>Your bills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the bill to pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BillStep</name>
    <message>
        <source>Your bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay at the counter with this receipt&apos;s code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay now: the city charges the payment method saved on your eCitizen account. The kiosk never sees your card. Or print a slip and pay at the counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bill is already paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay now with my eCitizen account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a payment slip for the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay %1 for %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, pay %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The city charges the payment method saved on your eCitizen account. The kiosk never sees your card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment slip ready: pay %1 at the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a payment slip and pay it at the counter. The slip shows the amount and the bill&apos;s reference, nothing about you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bills</name>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BillsScreen</name>
    <message>
        <source>Pay a utility bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type the digits of your account number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bill was found. Please check the number or ask staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code does not match the city&apos;s records. Please ask staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bill is already paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount due has changed. Please look the bill up again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bill cannot be paid at the kiosk. Please ask staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code is not a bill the kiosk can use. Please try another.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookingStep</name>
    <message>
        <source>Your booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel this booking</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookingsStep</name>
    <message>
        <source>My bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no bookings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap a booking to change or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardSignIn</name>
    <message>
        <source>Wrong PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That PIN was not right. You have one try left: if it is wrong again your card will be blocked. If you are not sure, ask staff for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That PIN was not right. You have %1 tries left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That PIN was not right. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We cannot read this card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card is not one the kiosk knows. Take it out and try your eCitizen card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an eCitizen card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card was not issued by the city for eCitizen services. Take it out and use your eCitizen card, or continue as a guest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card could not be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card did not pass the security check. Please ask staff for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your card has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can renew your eCitizen card at the city hall desk. Staff can help you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your card is not active yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your new card can be used from the date printed on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card can no longer be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card has been cancelled, for example after it was reported lost. Please ask staff for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards cannot be checked right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kiosk cannot confirm that cards are still valid at the moment. You can continue as a guest or ask staff for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your card is blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN was entered wrongly too many times. The card is safe, but it must be unblocked at the city hall desk with an identity document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That PIN is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN has 6 to 8 digits. Please type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN entry stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN was not entered on the reader in time. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We could not finish checking your PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take your card out and put it in again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card was taken out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything was erased. Put your card in again to start over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card reader is not working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can continue as a guest. Staff have been told about the problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We could not read your card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take your card out, check that the chip is clean and facing the right way, and put it in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kiosk is out of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please take your card out and use another kiosk, or ask staff.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardSignInScreen</name>
    <message>
        <source>Type your PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in with your card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading your card… Please leave it in the reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking your PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello, %1. Type your PIN and press OK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tries left: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Careful: this is your last try before the card is blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your PIN on the keypad of the card reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please take your card out of the reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue as a guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the city uses your data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoryStep</name>
    <message>
        <source>What is the problem?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of problems is not available on this kiosk yet: it needs the network once. Please try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network is down: this is the list saved on this kiosk. Your report will be sent when the network returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the kind of problem.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckRequestScreen</name>
    <message>
        <source>Check a street report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status cannot be checked on this kiosk right now. Please try later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the city…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status cannot be checked right now. Please try again later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckStep</name>
    <message>
        <source>Check before you confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, go back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChooseStep</name>
    <message>
        <source>Apply for a permit or renew a licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the list of permits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of permits is not available on this kiosk yet: it needs the network once. Please try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network is down: this is the list of permits saved on this kiosk. Your application will be sent when the network returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewing a licence needs the network to look up your licences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your licence is valid until %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmAnswersStep</name>
    <message>
        <source>Send your answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send my answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your answers. You can still change them. Once sent, they cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my answers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmStep</name>
    <message>
        <source>Check your booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, book this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, go back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsultationStep</name>
    <message>
        <source>Read the consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have already taken part in this consultation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This consultation is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers are sent once and cannot be changed afterwards. They are used for this consultation only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsultationsScreen</name>
    <message>
        <source>Public consultations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (you took part)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation response</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContentLanguage</name>
    <message>
        <source>Shown in English: the city has no text for this in your language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown in Spanish: the city has no text for this in your language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown in French: the city has no text for this in your language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown in Arabic: the city has no text for this in your language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of this is shown in the language the city wrote it in: the city has no text for it in your language.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CounterStep</name>
    <message>
        <source>At the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please bring a recent passport-style photo and your eCitizen card to the city counter; staff will complete this application with you. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the services</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DescribeStep</name>
    <message>
        <source>Describe it (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please shorten the description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should the city know? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report is linked to your eCitizen account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report is anonymous. You can link it to your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report is anonymous.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the report to my account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnosticsScreen</name>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kiosk is still starting. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technician diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technician sessions end automatically after 30 minutes. Queue contents are never shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device and system health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check card reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print test receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test fingerprint sensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items that could not be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No items are waiting for a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the reason, then retry or discard:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service is working again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resident was informed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other, documented in the ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprint a receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export logs (encrypted for the city)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to USB stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show as QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted log bundle as a QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted log bundle ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint sensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk and memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card revocation list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log is not available: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No receipt with this reference on this kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprinted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not print it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted log bundle saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No USB stick is mounted for export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No city export key is installed: nothing was exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of service: a card reader was unplugged while the kiosk was running. Check that the reader and its cable are the kiosk&apos;s own and nothing was added between them, then put the kiosk back in service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back in service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kiosk is back in service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kiosk could not be put back in service: its disk refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of service: the fingerprint sensor was unplugged while the kiosk was running. Check that the sensor and its cable are the kiosk&apos;s own and nothing was added between them, then put the kiosk back in service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken out of service by the city&apos;s IT team. Put the kiosk back in service only when they ask you to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not installed on this kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test receipt printed. Check it came out and is readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card reader works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint sensor works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved requests (offline queue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network and city back end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything installed works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code for the service desk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readers connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be sent: %1. Could not be sent: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network: connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network: not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers in %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk: %1 GB free (%2 %). Core dumps: %3. Swap: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1, kiosk %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera is switched on only during a test or a service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Updated %n hour(s) ago.</source>
        <translation>
            <numerusform>Updated %n hour ago.</numerusform>
            <numerusform>Updated %n hours ago.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiagnosticsText</name>
    <message>
        <source>The receipt printer is out of paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the printer cover, put in a new paper roll, close the cover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paper roll is nearly empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put in a new paper roll soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer cover is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the printer cover until it clicks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paper cutter is stuck.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the cover, remove jammed paper, close the cover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer does not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the printer&apos;s power and cable, then print a test receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test receipt did not print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check paper and cover, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card reader is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the card reader&apos;s cable, then press Check card reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card reader service is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the kiosk. If it stays, call the service desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card reader was unplugged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card certificates are installed: cards cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the city&apos;s card certificates (kiosk provisioning).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint sensor is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the sensor&apos;s cable, then press Test fingerprint sensor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint sensor does not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the camera&apos;s cable, then press Test camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera gives no picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some requests could not be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide on each one below: retry or discard, with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request needs a person to look at it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved requests have waited a long time to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network and the city back end below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline queue cannot be opened: requests cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the service desk: the kiosk&apos;s disk needs checking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue database was damaged and set aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the service desk and give them the kiosk&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending saved requests keeps failing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No city back end is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the kiosk&apos;s configuration (kiosk provisioning).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The city back end reports a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do here: requests are saved and sent later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kiosk&apos;s clock is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network time (NTP) settings of the kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The city back end cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network cable and router. Requests are saved meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: the kiosk takes no new requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the service desk now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is nearly full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the service desk soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card revocation list is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network: the list is fetched automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card revocation list is out of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt printer has a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check paper, cover and cable, then print a test receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card reader has a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint sensor has a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera has a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline queue has a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The city back end cannot be used right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card certificates have a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something is not working as it should.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the service desk and give them the kiosk&apos;s number and this code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer&apos;s address or model in the configuration is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check [devices.printer] uri and profile in the kiosk&apos;s configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue database looks damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the kiosk (it sets the file aside and keeps it), then call the service desk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ElectionInfoStep</name>
    <message>
        <source>Elections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Election information is not available on this kiosk yet: it needs the network once. Please try again later or ask staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step-free access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not step-free: ask the city for an accessible station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot vote at this kiosk: voting happens at your polling station or by post, where the secrecy of your vote is protected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network is down: this is the information saved on this kiosk, as of %1. Dates can change; please check again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information from the city as of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your polling station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own polling station needs the network: it is not saved on this kiosk. It is also printed on the polling card sent to your home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The city has no polling station for you. If you think you can vote here, please ask staff or City Hall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are registered to vote. Your polling station:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not on the electoral roll yet. See below how to register. Once registered, your polling station will be:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next elections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, polling stations open %3–%4. Register by %5. Ask for a postal vote by %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No elections are planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to vote by post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All polling stations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ElectionsScreen</name>
    <message>
        <source>Election information</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErasureStep</name>
    <message>
        <source>Erase my data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for erasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure means the city deletes the personal data it holds about you and no longer needs: your contact details, your choices, old appointments and notices. After erasure you can no longer use the city&apos;s online services with your current record. The city answers within one month and tells you what it erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records the law makes the city keep, such as bills and payments (tax law), stay until their period ends; the rest is erased. How long each kind is kept:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackCommentStep</name>
    <message>
        <source>Your comment (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send my comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please shorten your comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please write your comment first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the city what went well or what could be better. Your comment is anonymous: it is sent without your name, so please do not write personal details in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>%1 (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n characters too many</source>
        <translation>
            <numerusform>%n character too many</numerusform>
            <numerusform>%n characters too many</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBillStep</name>
    <message>
        <source>Find your bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find my bills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the code printed on your bill, or type your account number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kiosk is offline. The amount due is only shown live from the city&apos;s system, so bills cannot be looked up until the network is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the code on my bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kiosk has no camera. Please type your account number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera is not working right now. Please type your account number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the code on your bill in front of the camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account number (digits only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the code printed on your bill. You get a payment slip to pay at the counter; nothing about you is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera cannot read codes right now. Please pay at the counter with your bill, or sign in with your eCitizen card to type your account number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FingerprintPanel</name>
    <message>
        <source>Confirm with your fingerprint?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No finger found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your fingerprint cannot be checked here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint reader is not working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm with your fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place your finger flat on the fingerprint reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your finger still…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift your finger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting the fingerprint reader ready…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is fine: your PIN is enough. Tap Continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your PIN was right. You can also confirm with your fingerprint: it is compared with the one on your card and is not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you. You can lift your finger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift your finger, then place it flat on the reader again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We could not read your finger clearly. Lift it, dry or clean it if needed, and place it flat on the reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We did not feel a finger on the reader. Tap Try again when ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint on your card cannot be used with this reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is optional. Your PIN is enough to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tries left: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip — PIN is enough</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Your fingerprint was not recognised after %n tries.</source>
        <translation>
            <numerusform>Your fingerprint was not recognised after %n try.</numerusform>
            <numerusform>Your fingerprint was not recognised after %n tries.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormStep</name>
    <message>
        <source>Question %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n answers need checking. Tap one to go to it.</source>
        <translation>
            <numerusform>%n answer needs checking. Tap it to go to it.</numerusform>
            <numerusform>%n answers need checking. Tap one to go to it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormTexts</name>
    <message>
        <source>A number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number of at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number of at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n digits</source>
        <translation>
            <numerusform>%n digit</numerusform>
            <numerusform>%n digits</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At least %n digits</source>
        <translation>
            <numerusform>At least %n digit</numerusform>
            <numerusform>At least %n digits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Up to %n digits</source>
        <translation>
            <numerusform>Up to %n digit</numerusform>
            <numerusform>Up to %n digits</numerusform>
        </translation>
    </message>
    <message>
        <source>Digits only</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n characters</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>At least %n character</numerusform>
            <numerusform>At least %n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>Please enter a number from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Please enter %n digits.</source>
        <translation>
            <numerusform>Please enter %n digit.</numerusform>
            <numerusform>Please enter %n digits.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please enter %1 to %2 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Please enter at least %n digits.</source>
        <translation>
            <numerusform>Please enter at least %n digit.</numerusform>
            <numerusform>Please enter at least %n digits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Please enter at most %n digits.</source>
        <translation>
            <numerusform>Please enter at most %n digit.</numerusform>
            <numerusform>Please enter at most %n digits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Please enter at least %n characters.</source>
        <translation>
            <numerusform>Please enter at least %n character.</numerusform>
            <numerusform>Please enter at least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Please enter at most %n characters.</source>
        <translation>
            <numerusform>Please enter at most %n character.</numerusform>
            <numerusform>Please enter at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please answer this question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is too short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is too long. Please shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This does not look right. Please check the example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter a number, for example 12 or 12.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number is too small.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose one of the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please use at most two decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check this answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoverNotice</name>
    <message>
        <source>%1 from the library is ready to help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff: please take your staff card out of the reader now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as usual with your card, or touch the start button. You will then be asked whether you would like their help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff: cancel help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpPanel</name>
    <message>
        <source>Ask a member of staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff at the desk can help you use this kiosk, sit with you while you do it, or do your request at the counter. You never have to tell anyone your PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to what I was doing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>What would you like to do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More choices (page %1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have 1 unread notice, and it is urgent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help a resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs you out. The next person to sign in is asked whether they would like your help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kiosk cannot save new requests right now, because its storage is full. You can still look things up. To send a request, please use another kiosk or ask staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You have %n unread notices, %1 urgent.</source>
        <translation>
            <numerusform>You have %n unread notice, %1 urgent.</numerusform>
            <numerusform>You have %n unread notices, %1 urgent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have %n unread notices.</source>
        <translation>
            <numerusform>You have %n unread notice.</numerusform>
            <numerusform>You have %n unread notices.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start practice session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs you out and starts a practice session with made-up people: nothing is sent to the city. Leave your staff card in; taking it out ends the practice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Are you still there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>%n second left</numerusform>
            <numerusform>%n seconds left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For your privacy, this session will end and everything you entered will be erased in %n second(s).</source>
        <translation>
            <numerusform>For your privacy, this session will end and everything you entered will be erased in %n second.</numerusform>
            <numerusform>For your privacy, this session will end and everything you entered will be erased in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxStep</name>
    <message>
        <source>Your inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no notices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unread, the most urgent first.</source>
        <translation>
            <numerusform>%n unread, the most urgent first.</numerusform>
            <numerusform>%n unread, the most urgent first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <source>Clear all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>?123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift: on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caps lock: on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KindStep</name>
    <message>
        <source>What would you like to book?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free times are shown live from the library. You can also change or cancel a booking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My bookings (change or cancel)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <source>Choose your language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryPasswordEntry</name>
    <message>
        <source>This password has a character the library system cannot take. Library staff can help you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capital letters: on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capital letters: off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Your library PIN has %n digit(s).</source>
        <translation>
            <numerusform>Your library PIN has %n digit.</numerusform>
            <numerusform>Your library PIN has %n digits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your library PIN has %1 to %n digits.</source>
        <translation>
            <numerusform>Your library PIN has %1 to %n digit.</numerusform>
            <numerusform>Your library PIN has %1 to %n digits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your library password has %n character(s).</source>
        <translation>
            <numerusform>Your library password has %n character.</numerusform>
            <numerusform>Your library password has %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your library password has %1 to %n characters.</source>
        <translation>
            <numerusform>Your library password has %1 to %n character.</numerusform>
            <numerusform>Your library password has %1 to %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A library PIN here has %1 to %n digits. Please type it again.</source>
        <translation>
            <numerusform>A library PIN here has %1 to %n digit. Please type it again.</numerusform>
            <numerusform>A library PIN here has %1 to %n digits. Please type it again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A library password here has %1 to %n characters. Please check it and press OK again.</source>
        <translation>
            <numerusform>A library password here has %1 to %n character. Please check it and press OK again.</numerusform>
            <numerusform>A library password here has %1 to %n characters. Please check it and press OK again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryPinScreen</name>
    <message>
        <source>Your library password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your library PIN — not your eCitizen card PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That password was not right. You have one try left: if it is wrong again this card will be locked on this kiosk for a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That password was not right. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That PIN was not right. You have one try left: if it is wrong again this card will be locked on this kiosk for a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That PIN was not right. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This library card is locked on this kiosk for %n minute(s) because the password was wrong too many times. Library staff can help you.</source>
        <translation>
            <numerusform>This library card is locked on this kiosk for %n minute because the password was wrong too many times. Library staff can help you.</numerusform>
            <numerusform>This library card is locked on this kiosk for %n minutes because the password was wrong too many times. Library staff can help you.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This library card is locked on this kiosk for %n minute(s) because the PIN was wrong too many times. Library staff can help you.</source>
        <translation>
            <numerusform>This library card is locked on this kiosk for %n minute because the PIN was wrong too many times. Library staff can help you.</numerusform>
            <numerusform>This library card is locked on this kiosk for %n minutes because the PIN was wrong too many times. Library staff can help you.</numerusform>
        </translation>
    </message>
    <message>
        <source>The library does not know this card. Please ask library staff, or use your eCitizen card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library system cannot check PINs right now, so the kiosk cannot open your library account. Please ask library staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card cannot be read as a library card. Please ask staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library system cannot be reached right now. Please try again later or ask library staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You used a library card. To see your loans, holds and fees, type your library password and press OK. If this is not your library card, take it away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You used a library card. To see your loans, holds and fees, type your library PIN and press OK. If this is not your library card, take it away: never type a bank card&apos;s PIN here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tries left: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Careful: this is your last try before the card is locked on this kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking your password with the library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking your PIN with the library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue as a guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the city uses your data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryScreen</name>
    <message>
        <source>My library account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library PIN is not right. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No library card is linked to your account. Please ask library staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library system cannot be reached right now. Please try again later or ask library staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library password is not right. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tries left: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This library card is locked on this kiosk for %n minute(s) because the PIN was wrong too many times. Library staff can help you.</source>
        <translation>
            <numerusform>This library card is locked on this kiosk for %n minute because the PIN was wrong too many times. Library staff can help you.</numerusform>
            <numerusform>This library card is locked on this kiosk for %n minutes because the PIN was wrong too many times. Library staff can help you.</numerusform>
        </translation>
    </message>
    <message>
        <source>The library system cannot check PINs right now, so the kiosk cannot open your library account. Please ask library staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This fee cannot be paid at the kiosk. Please pay it at the library desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library system does not take this from the kiosk. Please ask at the library desk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListStep</name>
    <message>
        <source>This needs the network, which is not available right now. Please try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing open right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyDataScreen</name>
    <message>
        <source>My data and consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full copy of my data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy of my data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The city answers within one month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct my data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please write the correction in plain letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction of my data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clerk checks the correction and writes to you within one month. Until then your data stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction requested: a clerk checks it within one month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure of my data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The city answers within one month: it says what it erased and what the law makes it keep. You can still use the kiosk until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure requested: the city answers within one month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyRequestsScreen</name>
    <message>
        <source>My street reports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyRequestsStep</name>
    <message>
        <source>Reports linked to your account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the city…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no street reports linked to your account on this kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The city&apos;s system cannot be reached right now, so some statuses could not be checked. Each report says what was last known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports sent without your name, or at another kiosk, are not listed here. To check one, use Check a street report and scan the code on its receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n report(s), the newest first.</source>
        <translation>
            <numerusform>%n report, the newest first.</numerusform>
            <numerusform>%n reports, the newest first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoticeStep</name>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticesScreen</name>
    <message>
        <source>My notices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PermitsScreen</name>
    <message>
        <source>Permits and licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some answers need checking. Please go back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PetitionStep</name>
    <message>
        <source>Read the petition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign with my card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have already signed this petition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This petition is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing is public support for this petition. The city counts one signature per person and does not show your name on the petition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To sign this petition, sign in with your eCitizen card: the city counts one signature per person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n signature(s).</source>
        <translation>
            <numerusform>%1 of %n signature.</numerusform>
            <numerusform>%1 of %n signatures.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open until %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PetitionsScreen</name>
    <message>
        <source>Petitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (you signed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Petition signature</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoStep</name>
    <message>
        <source>Your photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one person in the picture, please.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move a little closer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move a little back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move your face to the middle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is too dark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is too bright.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold still.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera of this kiosk is not available. You can bring a passport-style photo to the counter instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is this photo good? Your face should be clear and in the middle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We need a photo of your face. The camera turns on only when you press Take photo, and the photo is erased from the kiosk when you finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold still: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the photo now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring a photo to the counter instead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinStep</name>
    <message>
        <source>Library PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter your library password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your library PIN — not your eCitizen card PIN. Please enter it and press OK.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceStep</name>
    <message>
        <source>Where is it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type the street and number, or tap a place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap a place, or type the address below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here, at this kiosk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticeNotice</name>
    <message>
        <source>Practice session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touch the start button, then tap a made-up person to sign in as them. Nothing is sent to the city; everything is wiped when the practice ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff: end practice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticePeople</name>
    <message>
        <source>Practice: tap a made-up person to sign in as them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — practice PIN %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticeSessionPeople</name>
    <message>
        <source>Practice: tap a made-up person to sign in as them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>The city&apos;s eCitizen office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the eCitizen desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses what you enter here only to give you the service you choose, as part of the city&apos;s public tasks. Nothing stays on this kiosk when you finish; a request waiting for the network is kept encrypted until the city has received it. You can see, correct or delete your data, and withdraw any choice you made, in &quot;My data and consent&quot;. Questions: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyPanel</name>
    <message>
        <source>How the city uses your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is responsible for the data you give at this kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why, and on what basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only to give you the service you choose: a payment, a booking, a report, an application, a signature or an answer. The city does this as part of its public tasks; nothing is used for advertising or sold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long it is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing stays on this kiosk when you finish, take your card out or leave it alone for a while. A request waiting for the network is kept encrypted on the kiosk until the city has received it, then deleted. The city keeps your request as long as the law requires for that service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can see the data the city holds about you, have it corrected or deleted, get a copy, and object. Use &quot;My data and consent&quot; after signing in, or ask at the desk. You can also complain to the data protection authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirming with your fingerprint is offered each time and never needed: your PIN is enough, and the fingerprint is not kept. Notices by e-mail or text message, and counting your visits in the city&apos;s anonymous statistics, are your choices: see and change them in &quot;My data and consent&quot;, as easily as you made them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan to read the complete notice on your phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code of the complete privacy notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectListStep</name>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of projects is not available on this kiosk yet: it needs the network once. Please try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network is down: this is the list saved on this kiosk on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects around this kiosk, nearest first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectStep</name>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget: %1, spent so far: %2 (%3 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Projects</name>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public consultation: residents are being asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under construction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectsScreen</name>
    <message>
        <source>City projects near you</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionsStep</name>
    <message>
        <source>A few questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please answer the questions marked as needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (needed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptStep</name>
    <message>
        <source>Confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice: nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kiosk is in practice mode. This request was not sent to the city.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent: the city received your request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The city&apos;s system confirmed it. Keep your reference to follow it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: your request will be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The city&apos;s system could not confirm it yet, so your request is saved on this kiosk in encrypted form and will be sent automatically. You do not need to do it again. It will appear in My notices once it is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing your receipt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your receipt is printed. Please take it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt could not be printed. Please write down your reference or ask staff for a copy later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kiosk cannot print receipts. Please write down your reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show on screen instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for your answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did it go? (optional, anonymous)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a comment (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for your comment. It is saved on this kiosk and goes to the city automatically, without your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved — will be sent when the network is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The city&apos;s system could not confirm it yet, so your request is saved on this kiosk in encrypted form and will be sent automatically. You do not need to do it again. Keep your reference to follow it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code of your receipt: scan it at any kiosk to check your request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer is ready again. Press Print again for your receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The city&apos;s system refused this request, so nothing was done. Please ask staff, or try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenewalStep</name>
    <message>
        <source>The library says: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewed until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library renewed this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not renewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library did not renew this item. Your other items are not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library gave no reason. Library staff can tell you more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library did not confirm the renewal in time. Please check the due date in your loans before renewing again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to my loans</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPhotoStep</name>
    <message>
        <source>This photo is too large. Please take it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a photo (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera of this kiosk is not working right now. You can send the report without a photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This photo will be sent with your report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point the camera at the problem, then take the photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the photo now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo of the problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blurring faces and number plates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo cannot be used. Please take it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue with the photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue without a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faces and number plates found in the photo have been blurred. This photo will be sent with your report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A photo helps the city find and fix the problem. It is published with the report, so please keep people&apos;s faces and number plates out of it: those the kiosk finds are blurred. The camera turns on only when you press Take photo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestStatus</name>
    <message>
        <source>Waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent yet: staff will look at it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being checked by staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the city&apos;s system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by the city (open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged by the city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed: already reported by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed and archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed on: another organisation is responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed: no further action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The city says: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code on this receipt does not match this kiosk&apos;s records. Please ask staff to check your receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This receipt is not for a street report, so the kiosk can only say whether it was sent. Please ask staff about its progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The city has your report but has not given it a request number yet. Please check again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The city has your report but has not published its progress yet. Please check again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is saved on this kiosk and will be sent automatically when the city&apos;s system can be reached. You do not need to do it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is saved, but this kiosk could not send it yet. Staff will send it or contact you. You can ask staff, with your reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kiosk cannot tell whether the city received it, so it will never send it a second time by itself. A member of staff checks that it arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The city&apos;s system refused this report, so nothing was done. Please ask staff, or report it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The city does not publish the progress of this kind of report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kiosk could not search the city&apos;s whole list of reports, so it cannot say where this one is. The kiosk where you made the report can, or staff can help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The city has no street report with this reference. New reports can take a little while to appear, and reports older than 90 days are not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The city&apos;s system sent an answer the kiosk cannot read, so the status cannot be checked right now. This is what it said on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status cannot be checked right now: the city&apos;s system cannot be reached. This is what it said on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The city&apos;s system sent an answer the kiosk cannot read, so the status cannot be checked right now. Please try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status cannot be checked right now: the city&apos;s system cannot be reached. Please try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note from the city (shortened):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note from the city:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last updated on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City&apos;s request number: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestStatusStep</name>
    <message>
        <source>Status of your report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewStep</name>
    <message>
        <source>Check and sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign with my card and send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo: taken at this kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee: %1 %2, charged to your eCitizen account when the city processes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I declare that this information is true and complete. My eCitizen card signs this application; I agree to pay the fee shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check what you entered, then send the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report is anonymous.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report is linked to your eCitizen account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This photo is published with the report. Faces and number plates found in it have been blurred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This photo is published with the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map of the place: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo of the problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanReceiptStep</name>
    <message>
        <source>Your receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not the code of an eCitizen receipt. Please scan the square code printed on your receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type the reference as it is printed on your receipt, for example K7QX-3M9P.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the square code on your receipt in front of the camera, or type the reference number printed on it. You do not need to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan my receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kiosk has no camera. Please type the reference number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera is not working right now. Please type the reference number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the code on your receipt in front of the camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the report&apos;s status is shown: its reference, kind, dates and the city&apos;s note. Nothing about you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceScreen</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please wait…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The city&apos;s service cannot be reached right now. This part needs the network. Please try again later or ask staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your request could not be saved on this kiosk. Nothing was sent. Please ask staff for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is closed and no longer accepts responses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong. Nothing was sent. Please try again or ask staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending your request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kiosk&apos;s storage is full, so your request could not be saved. Nothing was sent. Please use another kiosk or ask staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing needs the eCitizen card you signed in with. Please sign in with your card and PIN, or ask staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your card did not sign. Please keep it in the reader and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>About this kiosk and your privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this kiosk does and what happens to your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technician diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device health, self-tests, queue decisions and log export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay a utility bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Water and waste bills: scan the bill or type the account number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works near this kiosk: status, budget and milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bills due, application updates and reminders, most urgent first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book an appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library appointment, study room or digital help; cancel a booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permits and licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply for a permit or renew a licence, signed with your card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report a street problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Potholes, broken lights, graffiti: tell the city where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My library account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loans, holds and fees: renew loans and pay fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Petitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read petitions and sign them with your card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public consultations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give your opinion on city plans (not elections)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My data and consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the city holds about you, your choices, a full copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Election information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your polling station, election dates, registering and voting by post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My street reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the city did with the problems you reported, and its notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a street report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the code on your receipt to see what the city is doing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>How would you like to continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With your eCitizen card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put your card in the reader below the screen, chip first. You will then type your PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With your library card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold your library card on the reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As a guest you can read about city projects and this kiosk, and report a problem on your street without giving your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue as a guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put your card in the reader, chip first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card? Continue as a guest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the city uses your data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlotStep</name>
    <message>
        <source>Choose a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No free times in the next days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slowest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Louder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kiosk has no voice for this language: another voice reads aloud.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeechTexts</name>
    <message numerus="yes">
        <source>%n character(s) typed</source>
        <translation>
            <numerusform>%n character typed</numerusform>
            <numerusform>%n characters typed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffCardPanel</name>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the staff card… Please leave it in the reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, type your staff PIN on the keypad of the card reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, type your staff PIN and press OK. The resident is then asked whether they want your help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tries left: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the staff PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a staff card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assisted help is started with a member of staff&apos;s own staff card. Please take this card out of the reader.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepBack</name>
    <message>
        <source>Helper, please step back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My helper stepped back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only you can type your PIN. Your helper will step away until you are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only you can put your finger on the reader. Your helper will step away until you are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only you can be in your photo. Your helper will step away until you are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only you can confirm the declaration. Your helper will step away until you are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only you can do the next step. Your helper will step away until you are done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StreetReport</name>
    <message>
        <source>About 100 m north of this kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About 100 m east of this kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About 100 m south of this kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About 100 m west of this kiosk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StreetReportScreen</name>
    <message>
        <source>Report a street problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The city&apos;s request number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The city&apos;s request number follows once the report is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A photo is sent with the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo cannot be used. Please take it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something is missing. Please go back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryStep</name>
    <message>
        <source>Your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the city holds about you needs the network, which is not available right now. You can still ask for a full copy: the request is saved and sent later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is what the city holds about you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your choices (tap to change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send me notices by e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send me notices by SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count my kiosk visits in anonymous statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your choice is saved and sent to the city.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your choice could not be saved. Please ask staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for a full copy of my data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tap to hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tap to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Others may see this screen: tap a detail to show it for a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something is wrong: ask for a correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the city to erase my data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s), kept %2</source>
        <translation>
            <numerusform>%1: %n record, kept %2</numerusform>
            <numerusform>%1: %n records, kept %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TakeCardScreen</name>
    <message>
        <source>Take your card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended and your details were cleared from this kiosk. Please take your card from the reader.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Aa  Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language and display options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish and sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRACTICE: made-up people, nothing is sent to the city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff: end session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helped by staff member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: your requests are saved here and sent when the network is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop helping</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>owner</name>
    <message>
        <source>Check your change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change your visit to %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your booking on %1 will be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your cancellation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel your visit on %1 at %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel a booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking cancelled: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
