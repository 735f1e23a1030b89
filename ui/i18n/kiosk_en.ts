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
    <name>Keyboard</name>
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
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <source>Choose your language</source>
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
</context>
</TS>
