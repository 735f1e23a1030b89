<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name />
    <message>
        <source>Please answer this question.</source>
        <translation>‏[Pléåsé åñswér thîs qüéstîöñ. ~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>This is too short.</source>
        <translation>‏[Thîs îs töö shört. ~~~~~~~]‏</translation>
    </message>
    <message>
        <source>This is too long. Please shorten it.</source>
        <translation>‏[Thîs îs töö löñg. Pléåsé shörtéñ ît. ~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>This does not look right. Please check the example.</source>
        <translation>‏[Thîs döés ñöt löök rîght. Pléåsé çhéçk thé éxåmplé. ~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Please enter a number, for example 12 or 12.5.</source>
        <translation>‏[Pléåsé éñtér å ñümbér, för éxåmplé 12 ör 12.5. ~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>This number is too small.</source>
        <translation>‏[Thîs ñümbér îs töö småll. ~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>This number is too large.</source>
        <translation>‏[Thîs ñümbér îs töö lårgé. ~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>This is not a valid date.</source>
        <translation>‏[Thîs îs ñöt å vålîd dåté. ~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Please choose one of the options.</source>
        <translation>‏[Pléåsé çhöösé öñé öf thé öptîöñs. ~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Please use at most two decimals.</source>
        <translation>‏[Pléåsé üsé åt möst twö déçîmåls. ~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Please check this answer.</source>
        <translation>‏[Pléåsé çhéçk thîs åñswér. ~~~~~~~~~~]‏</translation>
    </message>
</context>
<context>
    <name>AboutScreen</name>
    <message>
        <source>About this kiosk and your privacy</source>
        <translation>‏[Åböüt thîs kîösk åñd ýöür prîvåçý ~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>What this kiosk does</source>
        <translation>‏[Whåt thîs kîösk döés ~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>This is a public eCitizen kiosk of the city. You can pay bills, book library appointments, report street problems, apply for permits, sign petitions and read your notices, with your eCitizen card, your library card or as a guest.</source>
        <translation>‏[Thîs îs å püblîç éÇîtîzéñ kîösk öf thé çîtý. Ýöü çåñ påý bîlls, böök lîbrårý åppöîñtméñts, répört stréét pröbléms, åpplý för pérmîts, sîgñ pétîtîöñs åñd réåd ýöür ñötîçés, wîth ýöür éÇîtîzéñ çård, ýöür lîbrårý çård ör ås å güést. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Your privacy</source>
        <translation>‏[Ýöür prîvåçý ~~~~~]‏</translation>
    </message>
    <message>
        <source>Everything you type or see here is erased from the kiosk as soon as you finish, take out your card, or leave the kiosk alone for a while. Your PIN is checked by your card, never stored or seen by the kiosk. If you use your fingerprint, it is compared with the copy on your card and never stored.</source>
        <translation>‏[Évérýthîñg ýöü týpé ör séé héré îs éråséd fröm thé kîösk ås sööñ ås ýöü fîñîsh, tåké öüt ýöür çård, ör léåvé thé kîösk ålöñé för å whîlé. Ýöür PÎÑ îs çhéçkéd bý ýöür çård, ñévér störéd ör sééñ bý thé kîösk. Îf ýöü üsé ýöür fîñgérprîñt, ît îs çömpåréd wîth thé çöpý öñ ýöür çård åñd ñévér störéd. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>When the network is down</source>
        <translation>‏[Whéñ thé ñétwörk îs döwñ ~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Your request is saved on this kiosk in encrypted form and sent as soon as the network returns. Your receipt always says whether it was sent or saved for sending. Nothing is sent twice.</source>
        <translation>‏[Ýöür réqüést îs såvéd öñ thîs kîösk îñ éñçrýptéd förm åñd séñt ås sööñ ås thé ñétwörk rétürñs. Ýöür réçéîpt ålwåýs såýs whéthér ît wås séñt ör såvéd för séñdîñg. Ñöthîñg îs séñt twîçé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Who is responsible</source>
        <translation>‏[Whö îs réspöñsîblé ~~~~~~~]‏</translation>
    </message>
    <message>
        <source>The city's eCitizen office runs this kiosk. Staff at the desk can help you and tell you how to get a copy of the data the city holds about you.</source>
        <translation>‏[Thé çîtý's éÇîtîzéñ öffîçé rüñs thîs kîösk. Ståff åt thé désk çåñ hélp ýöü åñd téll ýöü höw tö gét å çöpý öf thé dåtå thé çîtý hölds åböüt ýöü. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>This kiosk</source>
        <translation>‏[Thîs kîösk ~~~~]‏</translation>
    </message>
    <message>
        <source>Kiosk %1 at %2</source>
        <translation>‏[Kîösk %1 åt %2 ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Back to the services</source>
        <translation>‏[Båçk tö thé sérvîçés ~~~~~~~~]‏</translation>
    </message>
</context>
<context>
    <name>AccessPanel</name>
    <message>
        <source>Language and display</source>
        <translation>‏[Låñgüågé åñd dîsplåý ~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>‏[Lårgé téxt ~~~~]‏</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>‏[Hîgh çöñtråst ~~~~~]‏</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>‏[Réåd ålöüd ~~~~]‏</translation>
    </message>
    <message>
        <source>Simple mode</source>
        <translation>‏[Sîmplé mödé ~~~~]‏</translation>
    </message>
    <message>
        <source>Say it again</source>
        <translation>‏[Såý ît ågåîñ ~~~~~]‏</translation>
    </message>
    <message>
        <source>Speak slower</source>
        <translation>‏[Spéåk slöwér ~~~~~]‏</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>‏[Löüdér ~~]‏</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>‏[Qüîétér ~~~]‏</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>‏[Döñé ~~]‏</translation>
    </message>
</context>
<context>
    <name>AccountStep</name>
    <message>
        <source>Loans, holds and fees</source>
        <translation>‏[Löåñs, hölds åñd féés ~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Library renewal</source>
        <translation>‏[Lîbrårý réñéwål ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Library fee</source>
        <translation>‏[Lîbrårý féé ~~~~]‏</translation>
    </message>
    <message>
        <source>Loans: tap one to renew it</source>
        <translation>‏[Löåñs: tåp öñé tö réñéw ît ~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>‏[Övérdüé ~~~]‏</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>‏[Düé %1 ~~]‏</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>‏[Hölds ~~]‏</translation>
    </message>
    <message>
        <source>No holds.</source>
        <translation>‏[Ñö hölds. ~~~~]‏</translation>
    </message>
    <message>
        <source>Fees: %1</source>
        <translation>‏[Féés: %1 ~~~]‏</translation>
    </message>
    <message>
        <source>Pay %1 with my eCitizen account: %2</source>
        <translation>‏[Påý %1 wîth mý éÇîtîzéñ åççöüñt: %2 ~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>‏[Réñéw ~~]‏</translation>
    </message>
    <message>
        <source>Ready to collect</source>
        <translation>‏[Réådý tö çölléçt ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>‏[Wåîtîñg ~~~]‏</translation>
    </message>
</context>
<context>
    <name>Appointments</name>
    <message>
        <source>Library appointment</source>
        <translation>‏[Lîbrårý åppöîñtméñt ~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Study room</source>
        <translation>‏[Stüdý rööm ~~~~]‏</translation>
    </message>
    <message>
        <source>Digital help desk</source>
        <translation>‏[Dîgîtål hélp désk ~~~~~~~]‏</translation>
    </message>
</context>
<context>
    <name>AppointmentsScreen</name>
    <message>
        <source>Book an appointment</source>
        <translation>‏[Böök åñ åppöîñtméñt ~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>This time was just taken. Please choose another.</source>
        <translation>‏[Thîs tîmé wås jüst tåkéñ. Pléåsé çhöösé åñöthér. ~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
</context>
<context>
    <name>AssistConfirm</name>
    <message>
        <source>Would you like help from %1?</source>
        <translation>‏[Wöüld ýöü lîké hélp fröm %1? ~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>%1 is a member of staff. They can see the screen and type for you when you ask. Your PIN, fingerprint, photo and declarations are done by you alone. Either of you can end the session at any time.</source>
        <translation>‏[%1 îs å mémbér öf ståff. Théý çåñ séé thé sçrééñ åñd týpé för ýöü whéñ ýöü åsk. Ýöür PÎÑ, fîñgérprîñt, phötö åñd déçlåråtîöñs åré döñé bý ýöü ålöñé. Éîthér öf ýöü çåñ éñd thé séssîöñ åt åñý tîmé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Yes, help me</source>
        <translation>‏[Ýés, hélp mé ~~~~~]‏</translation>
    </message>
    <message>
        <source>No, thank you</source>
        <translation>‏[Ñö, thåñk ýöü ~~~~~]‏</translation>
    </message>
    <message>
        <source>Help cannot start right now</source>
        <translation>‏[Hélp çåññöt stårt rîght ñöw ~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Every assisted session is recorded, to protect residents, and this kiosk cannot record one right now. The resident can go on alone. Please report the kiosk to a technician.</source>
        <translation>‏[Évérý åssîstéd séssîöñ îs réçördéd, tö prötéçt résîdéñts, åñd thîs kîösk çåññöt réçörd öñé rîght ñöw. Thé résîdéñt çåñ gö öñ ålöñé. Pléåsé répört thé kîösk tö å téçhñîçîåñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>‏[Çlösé ~~]‏</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Welcome to eCitizen</source>
        <translation>‏[Wélçömé tö éÇîtîzéñ ~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Pay bills, book the library, report a problem on your street and more.</source>
        <translation>‏[Påý bîlls, böök thé lîbrårý, répört å pröblém öñ ýöür stréét åñd möré. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Touch here to start</source>
        <translation>‏[Töüçh héré tö stårt ~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Or insert your eCitizen card to sign in.</source>
        <translation>‏[Ör îñsért ýöür éÇîtîzéñ çård tö sîgñ îñ. ~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>‏[Çhöösé ýöür låñgüågé ~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Make it easier to use</source>
        <translation>‏[Måké ît éåsîér tö üsé ~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>‏[Lårgé téxt ~~~~]‏</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>‏[Hîgh çöñtråst ~~~~~]‏</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>‏[Réåd ålöüd ~~~~]‏</translation>
    </message>
    <message>
        <source>Simple mode</source>
        <translation>‏[Sîmplé mödé ~~~~]‏</translation>
    </message>
    <message>
        <source>This kiosk is out of service. Please use another kiosk or ask staff. Staff: a technician must check this kiosk before it can be used again.</source>
        <translation>‏[Thîs kîösk îs öüt öf sérvîçé. Pléåsé üsé åñöthér kîösk ör åsk ståff. Ståff: å téçhñîçîåñ müst çhéçk thîs kîösk béföré ît çåñ bé üséd ågåîñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
</context>
<context>
    <name>BillListStep</name>
    <message>
        <source>Your bills</source>
        <translation>‏[Ýöür bîlls ~~~~]‏</translation>
    </message>
    <message>
        <source>Choose the bill to pay.</source>
        <translation>‏[Çhöösé thé bîll tö påý. ~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>‏[Düé %1 ~~]‏</translation>
    </message>
</context>
<context>
    <name>BillStep</name>
    <message>
        <source>Your bill</source>
        <translation>‏[Ýöür bîll ~~~~]‏</translation>
    </message>
    <message>
        <source>Pay at the counter with this receipt's code.</source>
        <translation>‏[Påý åt thé çöüñtér wîth thîs réçéîpt's çödé. ~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Payment slip</source>
        <translation>‏[Påýméñt slîp ~~~~~]‏</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>‏[Düé %1 ~~]‏</translation>
    </message>
    <message>
        <source>Pay now: the city charges the payment method saved on your eCitizen account. The kiosk never sees your card. Or print a slip and pay at the counter.</source>
        <translation>‏[Påý ñöw: thé çîtý çhårgés thé påýméñt méthöd såvéd öñ ýöür éÇîtîzéñ åççöüñt. Thé kîösk ñévér séés ýöür çård. Ör prîñt å slîp åñd påý åt thé çöüñtér. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>This bill is already paid.</source>
        <translation>‏[Thîs bîll îs ålréådý påîd. ~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Pay now with my eCitizen account</source>
        <translation>‏[Påý ñöw wîth mý éÇîtîzéñ åççöüñt ~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Print a payment slip for the counter</source>
        <translation>‏[Prîñt å påýméñt slîp för thé çöüñtér ~~~~~~~~~~~~~~]‏</translation>
    </message>
</context>
<context>
    <name>Bills</name>
    <message>
        <source>Paid</source>
        <translation>‏[Påîd ~~]‏</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>‏[Övérdüé ~~~]‏</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>‏[Öpéñ ~~]‏</translation>
    </message>
</context>
<context>
    <name>BillsScreen</name>
    <message>
        <source>Pay a utility bill</source>
        <translation>‏[Påý å ütîlîtý bîll ~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Please type the digits of your account number.</source>
        <translation>‏[Pléåsé týpé thé dîgîts öf ýöür åççöüñt ñümbér. ~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>No bill was found. Please check the number or ask staff.</source>
        <translation>‏[Ñö bîll wås föüñd. Pléåsé çhéçk thé ñümbér ör åsk ståff. ~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>This code does not match the city's records. Please ask staff.</source>
        <translation>‏[Thîs çödé döés ñöt måtçh thé çîtý's réçörds. Pléåsé åsk ståff. ~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>This bill is already paid.</source>
        <translation>‏[Thîs bîll îs ålréådý påîd. ~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>The amount due has changed. Please look the bill up again.</source>
        <translation>‏[Thé åmöüñt düé hås çhåñgéd. Pléåsé löök thé bîll üp ågåîñ. ~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>This bill cannot be paid at the kiosk. Please ask staff.</source>
        <translation>‏[Thîs bîll çåññöt bé påîd åt thé kîösk. Pléåsé åsk ståff. ~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>This code is not a bill the kiosk can use. Please try another.</source>
        <translation>‏[Thîs çödé îs ñöt å bîll thé kîösk çåñ üsé. Pléåsé trý åñöthér. ~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
</context>
<context>
    <name>BookingsStep</name>
    <message>
        <source>My bookings</source>
        <translation>‏[Mý böökîñgs ~~~~]‏</translation>
    </message>
    <message>
        <source>Cancel a booking</source>
        <translation>‏[Çåñçél å böökîñg ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Tap a booking to cancel it.</source>
        <translation>‏[Tåp å böökîñg tö çåñçél ît. ~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>You have no bookings.</source>
        <translation>‏[Ýöü håvé ñö böökîñgs. ~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Cancel: %1, %2</source>
        <translation>‏[Çåñçél: %1, %2 ~~~~~~]‏</translation>
    </message>
</context>
<context>
    <name>CardSignIn</name>
    <message>
        <source>Wrong PIN</source>
        <translation>‏[Wröñg PÎÑ ~~~~]‏</translation>
    </message>
    <message>
        <source>That PIN was not right. You have one try left: if it is wrong again your card will be blocked. If you are not sure, ask staff for help.</source>
        <translation>‏[Thåt PÎÑ wås ñöt rîght. Ýöü håvé öñé trý léft: îf ît îs wröñg ågåîñ ýöür çård wîll bé blöçkéd. Îf ýöü åré ñöt süré, åsk ståff för hélp. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>That PIN was not right. You have %1 tries left.</source>
        <translation>‏[Thåt PÎÑ wås ñöt rîght. Ýöü håvé %1 trîés léft. ~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>That PIN was not right. Please try again.</source>
        <translation>‏[Thåt PÎÑ wås ñöt rîght. Pléåsé trý ågåîñ. ~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>We cannot read this card</source>
        <translation>‏[Wé çåññöt réåd thîs çård ~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>This card is not one the kiosk knows. Take it out and try your eCitizen card.</source>
        <translation>‏[Thîs çård îs ñöt öñé thé kîösk kñöws. Tåké ît öüt åñd trý ýöür éÇîtîzéñ çård. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>This is not an eCitizen card</source>
        <translation>‏[Thîs îs ñöt åñ éÇîtîzéñ çård ~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>This card was not issued by the city for eCitizen services. Take it out and use your eCitizen card, or continue as a guest.</source>
        <translation>‏[Thîs çård wås ñöt îssüéd bý thé çîtý för éÇîtîzéñ sérvîçés. Tåké ît öüt åñd üsé ýöür éÇîtîzéñ çård, ör çöñtîñüé ås å güést. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>This card could not be checked</source>
        <translation>‏[Thîs çård çöüld ñöt bé çhéçkéd ~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>The card did not pass the security check. Please ask staff for help.</source>
        <translation>‏[Thé çård dîd ñöt påss thé séçürîtý çhéçk. Pléåsé åsk ståff för hélp. ~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Your card has expired</source>
        <translation>‏[Ýöür çård hås éxpîréd ~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>You can renew your eCitizen card at the city hall desk. Staff can help you.</source>
        <translation>‏[Ýöü çåñ réñéw ýöür éÇîtîzéñ çård åt thé çîtý håll désk. Ståff çåñ hélp ýöü. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Your card is not active yet</source>
        <translation>‏[Ýöür çård îs ñöt åçtîvé ýét ~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Your new card can be used from the date printed on it.</source>
        <translation>‏[Ýöür ñéw çård çåñ bé üséd fröm thé dåté prîñtéd öñ ît. ~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>This card can no longer be used</source>
        <translation>‏[Thîs çård çåñ ñö löñgér bé üséd ~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>This card has been cancelled, for example after it was reported lost. Please ask staff for help.</source>
        <translation>‏[Thîs çård hås bééñ çåñçélléd, för éxåmplé åftér ît wås répörtéd löst. Pléåsé åsk ståff för hélp. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Cards cannot be checked right now</source>
        <translation>‏[Çårds çåññöt bé çhéçkéd rîght ñöw ~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>The kiosk cannot confirm that cards are still valid at the moment. You can continue as a guest or ask staff for help.</source>
        <translation>‏[Thé kîösk çåññöt çöñfîrm thåt çårds åré stîll vålîd åt thé möméñt. Ýöü çåñ çöñtîñüé ås å güést ör åsk ståff för hélp. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Your card is blocked</source>
        <translation>‏[Ýöür çård îs blöçkéd ~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>The PIN was entered wrongly too many times. The card is safe, but it must be unblocked at the city hall desk with an identity document.</source>
        <translation>‏[Thé PÎÑ wås éñtéréd wröñglý töö måñý tîmés. Thé çård îs såfé, büt ît müst bé üñblöçkéd åt thé çîtý håll désk wîth åñ îdéñtîtý döçüméñt. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>That PIN is not valid</source>
        <translation>‏[Thåt PÎÑ îs ñöt vålîd ~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>A PIN has 6 to 8 digits. Please type it again.</source>
        <translation>‏[Å PÎÑ hås 6 tö 8 dîgîts. Pléåsé týpé ît ågåîñ. ~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>PIN entry stopped</source>
        <translation>‏[PÎÑ éñtrý stöppéd ~~~~~~~]‏</translation>
    </message>
    <message>
        <source>The PIN was not entered on the reader in time. Please try again.</source>
        <translation>‏[Thé PÎÑ wås ñöt éñtéréd öñ thé réådér îñ tîmé. Pléåsé trý ågåîñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>We could not finish checking your PIN</source>
        <translation>‏[Wé çöüld ñöt fîñîsh çhéçkîñg ýöür PÎÑ ~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Take your card out and put it in again to continue.</source>
        <translation>‏[Tåké ýöür çård öüt åñd püt ît îñ ågåîñ tö çöñtîñüé. ~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>The card was taken out</source>
        <translation>‏[Thé çård wås tåkéñ öüt ~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Everything was erased. Put your card in again to start over.</source>
        <translation>‏[Évérýthîñg wås éråséd. Püt ýöür çård îñ ågåîñ tö stårt övér. ~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>The card reader is not working</source>
        <translation>‏[Thé çård réådér îs ñöt wörkîñg ~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>You can continue as a guest. Staff have been told about the problem.</source>
        <translation>‏[Ýöü çåñ çöñtîñüé ås å güést. Ståff håvé bééñ töld åböüt thé pröblém. ~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>We could not read your card</source>
        <translation>‏[Wé çöüld ñöt réåd ýöür çård ~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Take your card out, check that the chip is clean and facing the right way, and put it in again.</source>
        <translation>‏[Tåké ýöür çård öüt, çhéçk thåt thé çhîp îs çléåñ åñd fåçîñg thé rîght wåý, åñd püt ît îñ ågåîñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>This kiosk is out of service</source>
        <translation>‏[Thîs kîösk îs öüt öf sérvîçé ~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Please take your card out and use another kiosk, or ask staff.</source>
        <translation>‏[Pléåsé tåké ýöür çård öüt åñd üsé åñöthér kîösk, ör åsk ståff. ~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
</context>
<context>
    <name>CardSignInScreen</name>
    <message>
        <source>Type your PIN</source>
        <translation>‏[Týpé ýöür PÎÑ ~~~~~]‏</translation>
    </message>
    <message>
        <source>Signing in with your card</source>
        <translation>‏[Sîgñîñg îñ wîth ýöür çård ~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Reading your card… Please leave it in the reader.</source>
        <translation>‏[Réådîñg ýöür çård… Pléåsé léåvé ît îñ thé réådér. ~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Checking your PIN…</source>
        <translation>‏[Çhéçkîñg ýöür PÎÑ… ~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Hello, %1. Type your PIN and press OK.</source>
        <translation>‏[Héllö, %1. Týpé ýöür PÎÑ åñd préss ÖK. ~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Tries left: %1</source>
        <translation>‏[Trîés léft: %1 ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Careful: this is your last try before the card is blocked.</source>
        <translation>‏[Çåréfül: thîs îs ýöür låst trý béföré thé çård îs blöçkéd. ~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Type your PIN on the keypad of the card reader.</source>
        <translation>‏[Týpé ýöür PÎÑ öñ thé kéýpåd öf thé çård réådér. ~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>‏[Trý ågåîñ ~~~~]‏</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>‏[Stårt övér ~~~~]‏</translation>
    </message>
    <message>
        <source>Please take your card out of the reader.</source>
        <translation>‏[Pléåsé tåké ýöür çård öüt öf thé réådér. ~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Continue as a guest</source>
        <translation>‏[Çöñtîñüé ås å güést ~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>How the city uses your data</source>
        <translation>‏[Höw thé çîtý üsés ýöür dåtå ~~~~~~~~~~~]‏</translation>
    </message>
</context>
<context>
    <name>CategoryStep</name>
    <message>
        <source>What is the problem?</source>
        <translation>‏[Whåt îs thé pröblém? ~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>The list of problems is not available on this kiosk yet: it needs the network once. Please try again later.</source>
        <translation>‏[Thé lîst öf pröbléms îs ñöt åvåîlåblé öñ thîs kîösk ýét: ît ñééds thé ñétwörk öñçé. Pléåsé trý ågåîñ låtér. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>The network is down: this is the list saved on this kiosk. Your report will be sent when the network returns.</source>
        <translation>‏[Thé ñétwörk îs döwñ: thîs îs thé lîst såvéd öñ thîs kîösk. Ýöür répört wîll bé séñt whéñ thé ñétwörk rétürñs. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Choose the kind of problem.</source>
        <translation>‏[Çhöösé thé kîñd öf pröblém. ~~~~~~~~~~~]‏</translation>
    </message>
</context>
<context>
    <name>ChooseStep</name>
    <message>
        <source>Apply for a permit or renew a licence.</source>
        <translation>‏[Åpplý för å pérmît ör réñéw å lîçéñçé. ~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Loading the list of permits…</source>
        <translation>‏[Löådîñg thé lîst öf pérmîts… ~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>The list of permits is not available on this kiosk yet: it needs the network once. Please try again later.</source>
        <translation>‏[Thé lîst öf pérmîts îs ñöt åvåîlåblé öñ thîs kîösk ýét: ît ñééds thé ñétwörk öñçé. Pléåsé trý ågåîñ låtér. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>The network is down: this is the list of permits saved on this kiosk. Your application will be sent when the network returns.</source>
        <translation>‏[Thé ñétwörk îs döwñ: thîs îs thé lîst öf pérmîts såvéd öñ thîs kîösk. Ýöür åpplîçåtîöñ wîll bé séñt whéñ thé ñétwörk rétürñs. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Renewing a licence needs the network to look up your licences.</source>
        <translation>‏[Réñéwîñg å lîçéñçé ñééds thé ñétwörk tö löök üp ýöür lîçéñçés. ~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Apply: %1</source>
        <translation>‏[Åpplý: %1 ~~~~]‏</translation>
    </message>
    <message>
        <source>Renew: %1 (valid until %2)</source>
        <translation>‏[Réñéw: %1 (vålîd üñtîl %2) ~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>‏[Çhöösé ~~]‏</translation>
    </message>
</context>
<context>
    <name>ConfirmAnswersStep</name>
    <message>
        <source>Send your answers</source>
        <translation>‏[Séñd ýöür åñswérs ~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Send my answers</source>
        <translation>‏[Séñd mý åñswérs ~~~~~~]‏</translation>
    </message>
    <message>
        <source>You can still go back and change your answers. Once sent, they cannot be changed.</source>
        <translation>‏[Ýöü çåñ stîll gö båçk åñd çhåñgé ýöür åñswérs. Öñçé séñt, théý çåññöt bé çhåñgéd. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
</context>
<context>
    <name>ConfirmStep</name>
    <message>
        <source>Check your booking</source>
        <translation>‏[Çhéçk ýöür böökîñg ~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Book this time</source>
        <translation>‏[Böök thîs tîmé ~~~~~~]‏</translation>
    </message>
</context>
<context>
    <name>ConsultationStep</name>
    <message>
        <source>Read the consultation</source>
        <translation>‏[Réåd thé çöñsültåtîöñ ~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>‏[Åñswér ~~]‏</translation>
    </message>
    <message>
        <source>Open until %1.</source>
        <translation>‏[Öpéñ üñtîl %1. ~~~~~~]‏</translation>
    </message>
    <message>
        <source>You have already taken part in this consultation.</source>
        <translation>‏[Ýöü håvé ålréådý tåkéñ pårt îñ thîs çöñsültåtîöñ. ~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>This consultation is closed.</source>
        <translation>‏[Thîs çöñsültåtîöñ îs çlöséd. ~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Your answers are sent once and cannot be changed afterwards. They are used for this consultation only.</source>
        <translation>‏[Ýöür åñswérs åré séñt öñçé åñd çåññöt bé çhåñgéd åftérwårds. Théý åré üséd för thîs çöñsültåtîöñ öñlý. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
</context>
<context>
    <name>ConsultationsScreen</name>
    <message>
        <source>Public consultations</source>
        <translation>‏[Püblîç çöñsültåtîöñs ~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>%1 (you took part)</source>
        <translation>‏[%1 (ýöü töök pårt) ~~~~~~~]‏</translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation>‏[%1 (çlöséd) ~~~~]‏</translation>
    </message>
    <message>
        <source>Consultation response</source>
        <translation>‏[Çöñsültåtîöñ réspöñsé ~~~~~~~~]‏</translation>
    </message>
</context>
<context>
    <name>CounterStep</name>
    <message>
        <source>At the counter</source>
        <translation>‏[Åt thé çöüñtér ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Please bring a recent passport-style photo and your eCitizen card to the city counter; staff will complete this application with you. Nothing was sent.</source>
        <translation>‏[Pléåsé brîñg å réçéñt påsspört-stýlé phötö åñd ýöür éÇîtîzéñ çård tö thé çîtý çöüñtér; ståff wîll çömplété thîs åpplîçåtîöñ wîth ýöü. Ñöthîñg wås séñt. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Back to the services</source>
        <translation>‏[Båçk tö thé sérvîçés ~~~~~~~~]‏</translation>
    </message>
</context>
<context>
    <name>DescribeStep</name>
    <message>
        <source>Describe it (optional)</source>
        <translation>‏[Désçrîbé ît (öptîöñål) ~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Send the report</source>
        <translation>‏[Séñd thé répört ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Please shorten the description.</source>
        <translation>‏[Pléåsé shörtéñ thé désçrîptîöñ. ~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>What should the city know? (optional)</source>
        <translation>‏[Whåt shöüld thé çîtý kñöw? (öptîöñål) ~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>‏[Désçrîptîöñ ~~~~]‏</translation>
    </message>
    <message>
        <source>The report is linked to your eCitizen account.</source>
        <translation>‏[Thé répört îs lîñkéd tö ýöür éÇîtîzéñ åççöüñt. ~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>The report is anonymous. You can link it to your account.</source>
        <translation>‏[Thé répört îs åñöñýmöüs. Ýöü çåñ lîñk ît tö ýöür åççöüñt. ~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>The report is anonymous.</source>
        <translation>‏[Thé répört îs åñöñýmöüs. ~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Link the report to my account</source>
        <translation>‏[Lîñk thé répört tö mý åççöüñt ~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>‏[Çöñtîñüé ~~~]‏</translation>
    </message>
</context>
<context>
    <name>DiagnosticsScreen</name>
    <message>
        <source>Checking…</source>
        <translation>‏[Çhéçkîñg… ~~~~]‏</translation>
    </message>
    <message>
        <source>The kiosk is still starting. Try again in a moment.</source>
        <translation>‏[Thé kîösk îs stîll stårtîñg. Trý ågåîñ îñ å möméñt. ~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Technician diagnostics</source>
        <translation>‏[Téçhñîçîåñ dîågñöstîçs ~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Technician sessions end automatically after 30 minutes. Queue contents are never shown here.</source>
        <translation>‏[Téçhñîçîåñ séssîöñs éñd åütömåtîçållý åftér 30 mîñütés. Qüéüé çöñtéñts åré ñévér shöwñ héré. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Device and system health</source>
        <translation>‏[Dévîçé åñd sýstém héålth ~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Self-tests</source>
        <translation>‏[Sélf-tésts ~~~~]‏</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>‏[Réfrésh ~~~]‏</translation>
    </message>
    <message>
        <source>Check card reader</source>
        <translation>‏[Çhéçk çård réådér ~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Print test receipt</source>
        <translation>‏[Prîñt tést réçéîpt ~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Test fingerprint sensor</source>
        <translation>‏[Tést fîñgérprîñt séñsör ~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Test camera</source>
        <translation>‏[Tést çåmérå ~~~~]‏</translation>
    </message>
    <message>
        <source>Items that could not be sent</source>
        <translation>‏[Îtéms thåt çöüld ñöt bé séñt ~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>No items are waiting for a decision.</source>
        <translation>‏[Ñö îtéms åré wåîtîñg för å déçîsîöñ. ~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Choose the reason, then retry or discard:</source>
        <translation>‏[Çhöösé thé réåsöñ, théñ rétrý ör dîsçård: ~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>The service is working again</source>
        <translation>‏[Thé sérvîçé îs wörkîñg ågåîñ ~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>The resident was informed</source>
        <translation>‏[Thé résîdéñt wås îñförméd ~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>‏[Düplîçåté ~~~~]‏</translation>
    </message>
    <message>
        <source>Invalid data</source>
        <translation>‏[Îñvålîd dåtå ~~~~~]‏</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>‏[Éxpîréd ~~~]‏</translation>
    </message>
    <message>
        <source>Service withdrawn</source>
        <translation>‏[Sérvîçé wîthdråwñ ~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Other, documented in the ticket</source>
        <translation>‏[Öthér, döçüméñtéd îñ thé tîçkét ~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>‏[Rétrý ~~]‏</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>‏[Dîsçård ~~~]‏</translation>
    </message>
    <message>
        <source>Reprint a receipt</source>
        <translation>‏[Réprîñt å réçéîpt ~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Receipt reference</source>
        <translation>‏[Réçéîpt référéñçé ~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>‏[Réprîñt ~~~]‏</translation>
    </message>
    <message>
        <source>Export logs (encrypted for the city)</source>
        <translation>‏[Éxpört lögs (éñçrýptéd för thé çîtý) ~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Save to USB stick</source>
        <translation>‏[Såvé tö ÜSB stîçk ~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Show as QR code</source>
        <translation>‏[Shöw ås QR çödé ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Encrypted log bundle as a QR code</source>
        <translation>‏[Éñçrýptéd lög büñdlé ås å QR çödé ~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>‏[Båçk ~~]‏</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>‏[Wörkîñg… ~~~]‏</translation>
    </message>
    <message>
        <source>Updated.</source>
        <translation>‏[Üpdåtéd. ~~~]‏</translation>
    </message>
    <message>
        <source>Encrypted log bundle ready.</source>
        <translation>‏[Éñçrýptéd lög büñdlé réådý. ~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>‏[Döñé. ~~]‏</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>‏[Pröblém: %1 ~~~~]‏</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>‏[ÖK ~~]‏</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>‏[Wårñîñg ~~~]‏</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>‏[Érrör ~~]‏</translation>
    </message>
    <message>
        <source>Not installed</source>
        <translation>‏[Ñöt îñstålléd ~~~~~]‏</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>‏[Ñöt çhéçkéd ~~~~]‏</translation>
    </message>
    <message>
        <source>Card reader</source>
        <translation>‏[Çård réådér ~~~~]‏</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>‏[Prîñtér ~~~]‏</translation>
    </message>
    <message>
        <source>Fingerprint sensor</source>
        <translation>‏[Fîñgérprîñt séñsör ~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>‏[Çåmérå ~~]‏</translation>
    </message>
    <message>
        <source>Offline queue</source>
        <translation>‏[Öfflîñé qüéüé ~~~~~]‏</translation>
    </message>
    <message>
        <source>City back end</source>
        <translation>‏[Çîtý båçk éñd ~~~~~]‏</translation>
    </message>
    <message>
        <source>Disk and memory</source>
        <translation>‏[Dîsk åñd mémörý ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Card revocation list</source>
        <translation>‏[Çård révöçåtîöñ lîst ~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>‏[Söftwåré ~~~]‏</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>‏[Ålérts ~~]‏</translation>
    </message>
    <message>
        <source>The audit log is not available: nothing was changed.</source>
        <translation>‏[Thé åüdît lög îs ñöt åvåîlåblé: ñöthîñg wås çhåñgéd. ~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Queued again.</source>
        <translation>‏[Qüéüéd ågåîñ. ~~~~~]‏</translation>
    </message>
    <message>
        <source>Discarded.</source>
        <translation>‏[Dîsçårdéd. ~~~~]‏</translation>
    </message>
    <message>
        <source>No receipt with this reference on this kiosk.</source>
        <translation>‏[Ñö réçéîpt wîth thîs référéñçé öñ thîs kîösk. ~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Reprinted.</source>
        <translation>‏[Réprîñtéd. ~~~~]‏</translation>
    </message>
    <message>
        <source>The printer could not print it.</source>
        <translation>‏[Thé prîñtér çöüld ñöt prîñt ît. ~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>No printer is installed.</source>
        <translation>‏[Ñö prîñtér îs îñstålléd. ~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Encrypted log bundle saved: %1</source>
        <translation>‏[Éñçrýptéd lög büñdlé såvéd: %1 ~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>No USB stick is mounted for export.</source>
        <translation>‏[Ñö ÜSB stîçk îs möüñtéd för éxpört. ~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>No city export key is installed: nothing was exported.</source>
        <translation>‏[Ñö çîtý éxpört kéý îs îñstålléd: ñöthîñg wås éxpörtéd. ~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Out of service: a card reader was unplugged while the kiosk was running. Check that the reader and its cable are the kiosk's own and nothing was added between them, then put the kiosk back in service.</source>
        <translation>‏[Öüt öf sérvîçé: å çård réådér wås üñplüggéd whîlé thé kîösk wås rüññîñg. Çhéçk thåt thé réådér åñd îts çåblé åré thé kîösk's öwñ åñd ñöthîñg wås åddéd bétwééñ thém, théñ püt thé kîösk båçk îñ sérvîçé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Put back in service</source>
        <translation>‏[Püt båçk îñ sérvîçé ~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>The kiosk is back in service.</source>
        <translation>‏[Thé kîösk îs båçk îñ sérvîçé. ~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>The kiosk could not be put back in service: its disk refused.</source>
        <translation>‏[Thé kîösk çöüld ñöt bé püt båçk îñ sérvîçé: îts dîsk réfüséd. ~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Out of service: the fingerprint sensor was unplugged while the kiosk was running. Check that the sensor and its cable are the kiosk's own and nothing was added between them, then put the kiosk back in service.</source>
        <translation>‏[Öüt öf sérvîçé: thé fîñgérprîñt séñsör wås üñplüggéd whîlé thé kîösk wås rüññîñg. Çhéçk thåt thé séñsör åñd îts çåblé åré thé kîösk's öwñ åñd ñöthîñg wås åddéd bétwééñ thém, théñ püt thé kîösk båçk îñ sérvîçé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
</context>
<context>
    <name>ElectionInfoStep</name>
    <message>
        <source>Elections</source>
        <translation>‏[Éléçtîöñs ~~~~]‏</translation>
    </message>
    <message>
        <source>Election information is not available on this kiosk yet: it needs the network once. Please try again later or ask staff.</source>
        <translation>‏[Éléçtîöñ îñförmåtîöñ îs ñöt åvåîlåblé öñ thîs kîösk ýét: ît ñééds thé ñétwörk öñçé. Pléåsé trý ågåîñ låtér ör åsk ståff. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Step-free access.</source>
        <translation>‏[Stép-fréé åççéss. ~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Not step-free: ask the city for an accessible station.</source>
        <translation>‏[Ñöt stép-fréé: åsk thé çîtý för åñ åççéssîblé ståtîöñ. ~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>You cannot vote at this kiosk: voting happens at your polling station or by post, where the secrecy of your vote is protected.</source>
        <translation>‏[Ýöü çåññöt vöté åt thîs kîösk: vötîñg håppéñs åt ýöür pöllîñg ståtîöñ ör bý pöst, whéré thé séçréçý öf ýöür vöté îs prötéçtéd. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>The network is down: this is the information saved on this kiosk, as of %1. Dates can change; please check again later.</source>
        <translation>‏[Thé ñétwörk îs döwñ: thîs îs thé îñförmåtîöñ såvéd öñ thîs kîösk, ås öf %1. Dåtés çåñ çhåñgé; pléåsé çhéçk ågåîñ låtér. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Information from the city as of %1.</source>
        <translation>‏[Îñförmåtîöñ fröm thé çîtý ås öf %1. ~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Your polling station</source>
        <translation>‏[Ýöür pöllîñg ståtîöñ ~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Your own polling station needs the network: it is not saved on this kiosk. It is also printed on the polling card sent to your home.</source>
        <translation>‏[Ýöür öwñ pöllîñg ståtîöñ ñééds thé ñétwörk: ît îs ñöt såvéd öñ thîs kîösk. Ît îs ålsö prîñtéd öñ thé pöllîñg çård séñt tö ýöür hömé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>The city has no polling station for you. If you think you can vote here, please ask staff or City Hall.</source>
        <translation>‏[Thé çîtý hås ñö pöllîñg ståtîöñ för ýöü. Îf ýöü thîñk ýöü çåñ vöté héré, pléåsé åsk ståff ör Çîtý Håll. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>You are registered to vote. Your polling station:</source>
        <translation>‏[Ýöü åré régîstéréd tö vöté. Ýöür pöllîñg ståtîöñ: ~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>You are not on the electoral roll yet. See below how to register. Once registered, your polling station will be:</source>
        <translation>‏[Ýöü åré ñöt öñ thé éléçtörål röll ýét. Séé bélöw höw tö régîstér. Öñçé régîstéréd, ýöür pöllîñg ståtîöñ wîll bé: ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Next elections</source>
        <translation>‏[Ñéxt éléçtîöñs ~~~~~~]‏</translation>
    </message>
    <message>
        <source>%1: %2, polling stations open %3–%4. Register by %5. Ask for a postal vote by %6.</source>
        <translation>‏[%1: %2, pöllîñg ståtîöñs öpéñ %3–%4. Régîstér bý %5. Åsk för å pöstål vöté bý %6. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>No elections are planned.</source>
        <translation>‏[Ñö éléçtîöñs åré plåññéd. ~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>How to register</source>
        <translation>‏[Höw tö régîstér ~~~~~~]‏</translation>
    </message>
    <message>
        <source>How to vote by post</source>
        <translation>‏[Höw tö vöté bý pöst ~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>All polling stations</source>
        <translation>‏[Åll pöllîñg ståtîöñs ~~~~~~~~]‏</translation>
    </message>
</context>
<context>
    <name>ElectionsScreen</name>
    <message>
        <source>Election information</source>
        <translation>‏[Éléçtîöñ îñförmåtîöñ ~~~~~~~~]‏</translation>
    </message>
</context>
<context>
    <name>FeedbackCommentStep</name>
    <message>
        <source>Your comment (optional)</source>
        <translation>‏[Ýöür çömméñt (öptîöñål) ~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Send my comment</source>
        <translation>‏[Séñd mý çömméñt ~~~~~~]‏</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>‏[%1 öf %2 çhåråçtérs ~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>‏[Çömméñt ~~~]‏</translation>
    </message>
    <message>
        <source>Please shorten your comment.</source>
        <translation>‏[Pléåsé shörtéñ ýöür çömméñt. ~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Please write your comment first.</source>
        <translation>‏[Pléåsé wrîté ýöür çömméñt fîrst. ~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Tell the city what went well or what could be better. Your comment is anonymous: it is sent without your name, so please do not write personal details in it.</source>
        <translation>‏[Téll thé çîtý whåt wéñt wéll ör whåt çöüld bé béttér. Ýöür çömméñt îs åñöñýmöüs: ît îs séñt wîthöüt ýöür ñåmé, sö pléåsé dö ñöt wrîté pérsöñål détåîls îñ ît. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Your comment</source>
        <translation>‏[Ýöür çömméñt ~~~~~]‏</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>%1 (optional)</source>
        <translation>‏[%1 (öptîöñål) ~~~~~]‏</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>‏[Dåý ~~]‏</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>‏[Möñth ~~]‏</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>‏[Ýéår ~~]‏</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>‏[Ýés ~~]‏</translation>
    </message>
    <message>
        <source>No</source>
        <translation>‏[Ñö ~~]‏</translation>
    </message>
</context>
<context>
    <name>FindBillStep</name>
    <message>
        <source>Find your bill</source>
        <translation>‏[Fîñd ýöür bîll ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Find my bills</source>
        <translation>‏[Fîñd mý bîlls ~~~~~]‏</translation>
    </message>
    <message>
        <source>Scan the code printed on your bill, or type your account number.</source>
        <translation>‏[Sçåñ thé çödé prîñtéd öñ ýöür bîll, ör týpé ýöür åççöüñt ñümbér. ~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>The kiosk is offline. The amount due is only shown live from the city's system, so bills cannot be looked up until the network is back.</source>
        <translation>‏[Thé kîösk îs öfflîñé. Thé åmöüñt düé îs öñlý shöwñ lîvé fröm thé çîtý's sýstém, sö bîlls çåññöt bé löökéd üp üñtîl thé ñétwörk îs båçk. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Scan the code on my bill</source>
        <translation>‏[Sçåñ thé çödé öñ mý bîll ~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>This kiosk has no camera. Please type your account number.</source>
        <translation>‏[Thîs kîösk hås ñö çåmérå. Pléåsé týpé ýöür åççöüñt ñümbér. ~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>The camera is not working right now. Please type your account number.</source>
        <translation>‏[Thé çåmérå îs ñöt wörkîñg rîght ñöw. Pléåsé týpé ýöür åççöüñt ñümbér. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Hold the code on your bill in front of the camera.</source>
        <translation>‏[Höld thé çödé öñ ýöür bîll îñ fröñt öf thé çåmérå. ~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>‏[Stårtîñg thé çåmérå… ~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Account number (digits only)</source>
        <translation>‏[Åççöüñt ñümbér (dîgîts öñlý) ~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>‏[Åççöüñt ñümbér ~~~~~~]‏</translation>
    </message>
</context>
<context>
    <name>FingerprintPanel</name>
    <message>
        <source>Confirm with your fingerprint?</source>
        <translation>‏[Çöñfîrm wîth ýöür fîñgérprîñt? ~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Fingerprint confirmed</source>
        <translation>‏[Fîñgérprîñt çöñfîrméd ~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Fingerprint not recognised</source>
        <translation>‏[Fîñgérprîñt ñöt réçögñîséd ~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Please try again</source>
        <translation>‏[Pléåsé trý ågåîñ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>No finger found</source>
        <translation>‏[Ñö fîñgér föüñd ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Your fingerprint cannot be checked here</source>
        <translation>‏[Ýöür fîñgérprîñt çåññöt bé çhéçkéd héré ~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>The fingerprint reader is not working</source>
        <translation>‏[Thé fîñgérprîñt réådér îs ñöt wörkîñg ~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Confirm with your fingerprint</source>
        <translation>‏[Çöñfîrm wîth ýöür fîñgérprîñt ~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Place your finger flat on the fingerprint reader.</source>
        <translation>‏[Plåçé ýöür fîñgér flåt öñ thé fîñgérprîñt réådér. ~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Keep your finger still…</source>
        <translation>‏[Kéép ýöür fîñgér stîll… ~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Lift your finger.</source>
        <translation>‏[Lîft ýöür fîñgér. ~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Getting the fingerprint reader ready…</source>
        <translation>‏[Géttîñg thé fîñgérprîñt réådér réådý… ~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>That is fine: your PIN is enough. Tap Continue.</source>
        <translation>‏[Thåt îs fîñé: ýöür PÎÑ îs éñöügh. Tåp Çöñtîñüé. ~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Your PIN was right. You can also confirm with your fingerprint: it is compared with the one on your card and is not kept.</source>
        <translation>‏[Ýöür PÎÑ wås rîght. Ýöü çåñ ålsö çöñfîrm wîth ýöür fîñgérprîñt: ît îs çömpåréd wîth thé öñé öñ ýöür çård åñd îs ñöt képt. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Thank you. You can lift your finger.</source>
        <translation>‏[Thåñk ýöü. Ýöü çåñ lîft ýöür fîñgér. ~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Lift your finger, then place it flat on the reader again.</source>
        <translation>‏[Lîft ýöür fîñgér, théñ plåçé ît flåt öñ thé réådér ågåîñ. ~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>We could not read your finger clearly. Lift it, dry or clean it if needed, and place it flat on the reader.</source>
        <translation>‏[Wé çöüld ñöt réåd ýöür fîñgér çléårlý. Lîft ît, drý ör çléåñ ît îf ñéédéd, åñd plåçé ît flåt öñ thé réådér. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>We did not feel a finger on the reader. Tap Try again when ready.</source>
        <translation>‏[Wé dîd ñöt féél å fîñgér öñ thé réådér. Tåp Trý ågåîñ whéñ réådý. ~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Your fingerprint was not recognised after %1 tries.</source>
        <translation>‏[Ýöür fîñgérprîñt wås ñöt réçögñîséd åftér %1 trîés. ~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>The fingerprint on your card cannot be used with this reader.</source>
        <translation>‏[Thé fîñgérprîñt öñ ýöür çård çåññöt bé üséd wîth thîs réådér. ~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>This is optional. Your PIN is enough to sign in.</source>
        <translation>‏[Thîs îs öptîöñål. Ýöür PÎÑ îs éñöügh tö sîgñ îñ. ~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Tries left: %1</source>
        <translation>‏[Trîés léft: %1 ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>‏[Trý ågåîñ ~~~~]‏</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>‏[Çöñtîñüé ~~~]‏</translation>
    </message>
    <message>
        <source>Skip — PIN is enough</source>
        <translation>‏[Skîp — PÎÑ îs éñöügh ~~~~~~~~]‏</translation>
    </message>
</context>
<context>
    <name>FormStep</name>
    <message>
        <source>Question %1 of %2</source>
        <translation>‏[Qüéstîöñ %1 öf %2 ~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>‏[Ñéxt ~~]‏</translation>
    </message>
    <message>
        <source>Please check the highlighted answers: %1</source>
        <translation>‏[Pléåsé çhéçk thé hîghlîghtéd åñswérs: %1 ~~~~~~~~~~~~~~~~]‏</translation>
    </message>
</context>
<context>
    <name>HandoverNotice</name>
    <message>
        <source>%1 from the library is ready to help</source>
        <translation>‏[%1 fröm thé lîbrårý îs réådý tö hélp ~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Staff: please take your staff card out of the reader now.</source>
        <translation>‏[Ståff: pléåsé tåké ýöür ståff çård öüt öf thé réådér ñöw. ~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Sign in as usual with your card, or touch the start button. You will then be asked whether you would like their help.</source>
        <translation>‏[Sîgñ îñ ås üsüål wîth ýöür çård, ör töüçh thé stårt büttöñ. Ýöü wîll théñ bé åskéd whéthér ýöü wöüld lîké théîr hélp. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Staff: cancel help</source>
        <translation>‏[Ståff: çåñçél hélp ~~~~~~~]‏</translation>
    </message>
</context>
<context>
    <name>HelpPanel</name>
    <message>
        <source>Ask a member of staff</source>
        <translation>‏[Åsk å mémbér öf ståff ~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Staff at the desk can help you use this kiosk, sit with you while you do it, or do your request at the counter. You never have to tell anyone your PIN.</source>
        <translation>‏[Ståff åt thé désk çåñ hélp ýöü üsé thîs kîösk, sît wîth ýöü whîlé ýöü dö ît, ör dö ýöür réqüést åt thé çöüñtér. Ýöü ñévér håvé tö téll åñýöñé ýöür PÎÑ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Back to what I was doing</source>
        <translation>‏[Båçk tö whåt Î wås döîñg ~~~~~~~~~~]‏</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>What would you like to do?</source>
        <translation>‏[Whåt wöüld ýöü lîké tö dö? ~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation>‏[Héllö, %1 ~~~~]‏</translation>
    </message>
    <message>
        <source>Hello</source>
        <translation>‏[Héllö ~~]‏</translation>
    </message>
    <message>
        <source>Choose one.</source>
        <translation>‏[Çhöösé öñé. ~~~~]‏</translation>
    </message>
    <message>
        <source>Previous choices</source>
        <translation>‏[Prévîöüs çhöîçés ~~~~~~]‏</translation>
    </message>
    <message>
        <source>More choices (page %1 of %2)</source>
        <translation>‏[Möré çhöîçés (pågé %1 öf %2) ~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>You have 1 unread notice, and it is urgent.</source>
        <translation>‏[Ýöü håvé 1 üñréåd ñötîçé, åñd ît îs ürgéñt. ~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>You have 1 unread notice.</source>
        <translation>‏[Ýöü håvé 1 üñréåd ñötîçé. ~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>You have %1 unread notices, %2 urgent.</source>
        <translation>‏[Ýöü håvé %1 üñréåd ñötîçés, %2 ürgéñt. ~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>You have %1 unread notices.</source>
        <translation>‏[Ýöü håvé %1 üñréåd ñötîçés. ~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Help a resident</source>
        <translation>‏[Hélp å résîdéñt ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Signs you out. The next person to sign in is asked whether they would like your help.</source>
        <translation>‏[Sîgñs ýöü öüt. Thé ñéxt pérsöñ tö sîgñ îñ îs åskéd whéthér théý wöüld lîké ýöür hélp. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>This kiosk cannot save new requests right now, because its storage is full. You can still look things up. To send a request, please use another kiosk or ask staff.</source>
        <translation>‏[Thîs kîösk çåññöt såvé ñéw réqüésts rîght ñöw, béçåüsé îts störågé îs füll. Ýöü çåñ stîll löök thîñgs üp. Tö séñd å réqüést, pléåsé üsé åñöthér kîösk ör åsk ståff. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Are you still there?</source>
        <translation>‏[Åré ýöü stîll théré? ~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>‏[Î ñééd möré tîmé ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Finish now</source>
        <translation>‏[Fîñîsh ñöw ~~~~]‏</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation><numerusform>‏[%n séçöñd léft ~~~~~~]‏</numerusform><numerusform>‏[%n séçöñds léft ~~~~~~]‏</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>For your privacy, this session will end and everything you entered will be erased in %n second(s).</source>
        <translation><numerusform>‏[För ýöür prîvåçý, thîs séssîöñ wîll éñd åñd évérýthîñg ýöü éñtéréd wîll bé éråséd îñ %n séçöñd. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</numerusform><numerusform>‏[För ýöür prîvåçý, thîs séssîöñ wîll éñd åñd évérýthîñg ýöü éñtéréd wîll bé éråséd îñ %n séçöñds. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</numerusform></translation>
    </message>
</context>
<context>
    <name>InboxStep</name>
    <message>
        <source>Your inbox</source>
        <translation>‏[Ýöür îñböx ~~~~]‏</translation>
    </message>
    <message>
        <source>You have no notices.</source>
        <translation>‏[Ýöü håvé ñö ñötîçés. ~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>%1 unread, the most urgent first.</source>
        <translation>‏[%1 üñréåd, thé möst ürgéñt fîrst. ~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>New</source>
        <translation>‏[Ñéw ~~]‏</translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <source>Space</source>
        <translation>‏[Spåçé ~~]‏</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>‏[Délété ~~]‏</translation>
    </message>
    <message>
        <source>Hide keyboard</source>
        <translation>‏[Hîdé kéýböård ~~~~~]‏</translation>
    </message>
</context>
<context>
    <name>KindStep</name>
    <message>
        <source>What would you like to book?</source>
        <translation>‏[Whåt wöüld ýöü lîké tö böök? ~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Free times are shown live from the library. You can also cancel a booking.</source>
        <translation>‏[Fréé tîmés åré shöwñ lîvé fröm thé lîbrårý. Ýöü çåñ ålsö çåñçél å böökîñg. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>My bookings (cancel)</source>
        <translation>‏[Mý böökîñgs (çåñçél) ~~~~~~~~]‏</translation>
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <source>Choose your language</source>
        <translation>‏[Çhöösé ýöür låñgüågé ~~~~~~~~]‏</translation>
    </message>
</context>
<context>
    <name>LibraryScreen</name>
    <message>
        <source>My library account</source>
        <translation>‏[Mý lîbrårý åççöüñt ~~~~~~~]‏</translation>
    </message>
    <message>
        <source>The library PIN is not right. Please try again.</source>
        <translation>‏[Thé lîbrårý PÎÑ îs ñöt rîght. Pléåsé trý ågåîñ. ~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>No library card is linked to your account. Please ask library staff.</source>
        <translation>‏[Ñö lîbrårý çård îs lîñkéd tö ýöür åççöüñt. Pléåsé åsk lîbrårý ståff. ~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>The library system cannot be reached right now. Please try again later or ask library staff.</source>
        <translation>‏[Thé lîbrårý sýstém çåññöt bé réåçhéd rîght ñöw. Pléåsé trý ågåîñ låtér ör åsk lîbrårý ståff. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
</context>
<context>
    <name>ListStep</name>
    <message>
        <source>This needs the network, which is not available right now. Please try again later.</source>
        <translation>‏[Thîs ñééds thé ñétwörk, whîçh îs ñöt åvåîlåblé rîght ñöw. Pléåsé trý ågåîñ låtér. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>‏[Löådîñg… ~~~]‏</translation>
    </message>
    <message>
        <source>There is nothing open right now.</source>
        <translation>‏[Théré îs ñöthîñg öpéñ rîght ñöw. ~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>‏[Çhöösé ~~]‏</translation>
    </message>
</context>
<context>
    <name>MyDataScreen</name>
    <message>
        <source>My data and consent</source>
        <translation>‏[Mý dåtå åñd çöñséñt ~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Consent change</source>
        <translation>‏[Çöñséñt çhåñgé ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Full copy of my data</source>
        <translation>‏[Füll çöpý öf mý dåtå ~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Copy of my data</source>
        <translation>‏[Çöpý öf mý dåtå ~~~~~~]‏</translation>
    </message>
    <message>
        <source>The city answers within one month.</source>
        <translation>‏[Thé çîtý åñswérs wîthîñ öñé möñth. ~~~~~~~~~~~~~~]‏</translation>
    </message>
</context>
<context>
    <name>NoticeStep</name>
    <message>
        <source>Notice</source>
        <translation>‏[Ñötîçé ~~]‏</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>‏[Référéñçé: %1 ~~~~~]‏</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>Urgent</source>
        <translation>‏[Ürgéñt ~~]‏</translation>
    </message>
    <message>
        <source>For information</source>
        <translation>‏[För îñförmåtîöñ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>‏[Ñörmål ~~]‏</translation>
    </message>
</context>
<context>
    <name>NoticesScreen</name>
    <message>
        <source>My notices</source>
        <translation>‏[Mý ñötîçés ~~~~]‏</translation>
    </message>
</context>
<context>
    <name>PermitsScreen</name>
    <message>
        <source>Permits and licences</source>
        <translation>‏[Pérmîts åñd lîçéñçés ~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Signing needs the eCitizen card you signed in with. Please sign in with your card and PIN, or ask staff.</source>
        <translation>‏[Sîgñîñg ñééds thé éÇîtîzéñ çård ýöü sîgñéd îñ wîth. Pléåsé sîgñ îñ wîth ýöür çård åñd PÎÑ, ör åsk ståff. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Some answers need checking. Please go back.</source>
        <translation>‏[Sömé åñswérs ñééd çhéçkîñg. Pléåsé gö båçk. ~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Your card did not sign. Please keep it in the reader and try again.</source>
        <translation>‏[Ýöür çård dîd ñöt sîgñ. Pléåsé kéép ît îñ thé réådér åñd trý ågåîñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
</context>
<context>
    <name>PetitionStep</name>
    <message>
        <source>Read the petition</source>
        <translation>‏[Réåd thé pétîtîöñ ~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Sign with my card</source>
        <translation>‏[Sîgñ wîth mý çård ~~~~~~~]‏</translation>
    </message>
    <message>
        <source>%1 of %2 signatures. Open until %3.</source>
        <translation>‏[%1 öf %2 sîgñåtürés. Öpéñ üñtîl %3. ~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Started by: %1</source>
        <translation>‏[Stårtéd bý: %1 ~~~~~~]‏</translation>
    </message>
    <message>
        <source>You have already signed this petition.</source>
        <translation>‏[Ýöü håvé ålréådý sîgñéd thîs pétîtîöñ. ~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>This petition is closed.</source>
        <translation>‏[Thîs pétîtîöñ îs çlöséd. ~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Signing is public support for this petition. The city counts one signature per person and does not show your name on the petition.</source>
        <translation>‏[Sîgñîñg îs püblîç süppört för thîs pétîtîöñ. Thé çîtý çöüñts öñé sîgñåtüré pér pérsöñ åñd döés ñöt shöw ýöür ñåmé öñ thé pétîtîöñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
</context>
<context>
    <name>PetitionsScreen</name>
    <message>
        <source>Petitions</source>
        <translation>‏[Pétîtîöñs ~~~~]‏</translation>
    </message>
    <message>
        <source>%1 (you signed)</source>
        <translation>‏[%1 (ýöü sîgñéd) ~~~~~~]‏</translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation>‏[%1 (çlöséd) ~~~~]‏</translation>
    </message>
    <message>
        <source>Signing needs the eCitizen card you signed in with. Please sign in with your card and PIN, or ask staff.</source>
        <translation>‏[Sîgñîñg ñééds thé éÇîtîzéñ çård ýöü sîgñéd îñ wîth. Pléåsé sîgñ îñ wîth ýöür çård åñd PÎÑ, ör åsk ståff. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Petition signature</source>
        <translation>‏[Pétîtîöñ sîgñåtüré ~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Your card did not sign. Please keep it in the reader and try again.</source>
        <translation>‏[Ýöür çård dîd ñöt sîgñ. Pléåsé kéép ît îñ thé réådér åñd trý ågåîñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
</context>
<context>
    <name>PhotoStep</name>
    <message>
        <source>Your photo</source>
        <translation>‏[Ýöür phötö ~~~~]‏</translation>
    </message>
    <message>
        <source>Look at the camera.</source>
        <translation>‏[Löök åt thé çåmérå. ~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Only one person in the picture, please.</source>
        <translation>‏[Öñlý öñé pérsöñ îñ thé pîçtüré, pléåsé. ~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Move a little closer.</source>
        <translation>‏[Mövé å lîttlé çlösér. ~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Move a little back.</source>
        <translation>‏[Mövé å lîttlé båçk. ~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Move your face to the middle.</source>
        <translation>‏[Mövé ýöür fåçé tö thé mîddlé. ~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>It is too dark.</source>
        <translation>‏[Ît îs töö dårk. ~~~~~~]‏</translation>
    </message>
    <message>
        <source>It is too bright.</source>
        <translation>‏[Ît îs töö brîght. ~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Hold still.</source>
        <translation>‏[Höld stîll. ~~~~]‏</translation>
    </message>
    <message>
        <source>The camera of this kiosk is not available. You can bring a passport-style photo to the counter instead.</source>
        <translation>‏[Thé çåmérå öf thîs kîösk îs ñöt åvåîlåblé. Ýöü çåñ brîñg å påsspört-stýlé phötö tö thé çöüñtér îñstéåd. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Is this photo good? Your face should be clear and in the middle.</source>
        <translation>‏[Îs thîs phötö gööd? Ýöür fåçé shöüld bé çléår åñd îñ thé mîddlé. ~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Photo accepted.</source>
        <translation>‏[Phötö åççéptéd. ~~~~~~]‏</translation>
    </message>
    <message>
        <source>We need a photo of your face. The camera turns on only when you press Take photo, and the photo is erased from the kiosk when you finish.</source>
        <translation>‏[Wé ñééd å phötö öf ýöür fåçé. Thé çåmérå türñs öñ öñlý whéñ ýöü préss Tåké phötö, åñd thé phötö îs éråséd fröm thé kîösk whéñ ýöü fîñîsh. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Hold still: %1</source>
        <translation>‏[Höld stîll: %1 ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>‏[Stårtîñg thé çåmérå… ~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Camera on</source>
        <translation>‏[Çåmérå öñ ~~~~]‏</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>‏[Tåké phötö ~~~~]‏</translation>
    </message>
    <message>
        <source>Take the photo now</source>
        <translation>‏[Tåké thé phötö ñöw ~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Use this photo</source>
        <translation>‏[Üsé thîs phötö ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Take it again</source>
        <translation>‏[Tåké ît ågåîñ ~~~~~]‏</translation>
    </message>
    <message>
        <source>Bring a photo to the counter instead</source>
        <translation>‏[Brîñg å phötö tö thé çöüñtér îñstéåd ~~~~~~~~~~~~~~]‏</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Clear</source>
        <translation>‏[Çléår ~~]‏</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>‏[Délété ~~]‏</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>‏[ÖK ~~]‏</translation>
    </message>
</context>
<context>
    <name>PinStep</name>
    <message>
        <source>Library PIN</source>
        <translation>‏[Lîbrårý PÎÑ ~~~~]‏</translation>
    </message>
    <message>
        <source>Please enter your library PIN.</source>
        <translation>‏[Pléåsé éñtér ýöür lîbrårý PÎÑ. ~~~~~~~~~~~~]‏</translation>
    </message>
</context>
<context>
    <name>PlaceStep</name>
    <message>
        <source>Where is it?</source>
        <translation>‏[Whéré îs ît? ~~~~~]‏</translation>
    </message>
    <message>
        <source>Use this address</source>
        <translation>‏[Üsé thîs åddréss ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Please type the street and number, or tap a place.</source>
        <translation>‏[Pléåsé týpé thé stréét åñd ñümbér, ör tåp å plåçé. ~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Tap a place, or type the address below.</source>
        <translation>‏[Tåp å plåçé, ör týpé thé åddréss bélöw. ~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Here, at this kiosk: %1</source>
        <translation>‏[Héré, åt thîs kîösk: %1 ~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Another address</source>
        <translation>‏[Åñöthér åddréss ~~~~~~]‏</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>The city's eCitizen office</source>
        <translation>‏[Thé çîtý's éÇîtîzéñ öffîçé ~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>the eCitizen desk</source>
        <translation>‏[thé éÇîtîzéñ désk ~~~~~~~]‏</translation>
    </message>
    <message>
        <source>%1 uses what you enter here only to give you the service you choose, as part of the city's public tasks. Nothing stays on this kiosk when you finish; a request waiting for the network is kept encrypted until the city has received it. You can see, correct or delete your data, and withdraw any choice you made, in "My data and consent". Questions: %2.</source>
        <translation>‏[%1 üsés whåt ýöü éñtér héré öñlý tö gîvé ýöü thé sérvîçé ýöü çhöösé, ås pårt öf thé çîtý's püblîç tåsks. Ñöthîñg ståýs öñ thîs kîösk whéñ ýöü fîñîsh; å réqüést wåîtîñg för thé ñétwörk îs képt éñçrýptéd üñtîl thé çîtý hås réçéîvéd ît. Ýöü çåñ séé, çörréçt ör délété ýöür dåtå, åñd wîthdråw åñý çhöîçé ýöü mådé, îñ "Mý dåtå åñd çöñséñt". Qüéstîöñs: %2. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
</context>
<context>
    <name>PrivacyPanel</name>
    <message>
        <source>How the city uses your data</source>
        <translation>‏[Höw thé çîtý üsés ýöür dåtå ~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Who is responsible</source>
        <translation>‏[Whö îs réspöñsîblé ~~~~~~~]‏</translation>
    </message>
    <message>
        <source>%1 is responsible for the data you give at this kiosk.</source>
        <translation>‏[%1 îs réspöñsîblé för thé dåtå ýöü gîvé åt thîs kîösk. ~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Why, and on what basis</source>
        <translation>‏[Whý, åñd öñ whåt båsîs ~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Only to give you the service you choose: a payment, a booking, a report, an application, a signature or an answer. The city does this as part of its public tasks; nothing is used for advertising or sold.</source>
        <translation>‏[Öñlý tö gîvé ýöü thé sérvîçé ýöü çhöösé: å påýméñt, å böökîñg, å répört, åñ åpplîçåtîöñ, å sîgñåtüré ör åñ åñswér. Thé çîtý döés thîs ås pårt öf îts püblîç tåsks; ñöthîñg îs üséd för ådvértîsîñg ör söld. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>How long it is kept</source>
        <translation>‏[Höw löñg ît îs képt ~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Nothing stays on this kiosk when you finish, take your card out or leave it alone for a while. A request waiting for the network is kept encrypted on the kiosk until the city has received it, then deleted. The city keeps your request as long as the law requires for that service.</source>
        <translation>‏[Ñöthîñg ståýs öñ thîs kîösk whéñ ýöü fîñîsh, tåké ýöür çård öüt ör léåvé ît ålöñé för å whîlé. Å réqüést wåîtîñg för thé ñétwörk îs képt éñçrýptéd öñ thé kîösk üñtîl thé çîtý hås réçéîvéd ît, théñ délétéd. Thé çîtý kééps ýöür réqüést ås löñg ås thé låw réqüîrés för thåt sérvîçé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>‏[Ýöür rîghts ~~~~]‏</translation>
    </message>
    <message>
        <source>You can see the data the city holds about you, have it corrected or deleted, get a copy, and object. Use "My data and consent" after signing in, or ask at the desk. You can also complain to the data protection authority.</source>
        <translation>‏[Ýöü çåñ séé thé dåtå thé çîtý hölds åböüt ýöü, håvé ît çörréçtéd ör délétéd, gét å çöpý, åñd öbjéçt. Üsé "Mý dåtå åñd çöñséñt" åftér sîgñîñg îñ, ör åsk åt thé désk. Ýöü çåñ ålsö çömplåîñ tö thé dåtå prötéçtîöñ åüthörîtý. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Your choices</source>
        <translation>‏[Ýöür çhöîçés ~~~~~]‏</translation>
    </message>
    <message>
        <source>Confirming with your fingerprint is offered each time and never needed: your PIN is enough, and the fingerprint is not kept. Notices by e-mail or text message, and counting your visits in the city's anonymous statistics, are your choices: see and change them in "My data and consent", as easily as you made them.</source>
        <translation>‏[Çöñfîrmîñg wîth ýöür fîñgérprîñt îs öfféréd éåçh tîmé åñd ñévér ñéédéd: ýöür PÎÑ îs éñöügh, åñd thé fîñgérprîñt îs ñöt képt. Ñötîçés bý é-måîl ör téxt méssågé, åñd çöüñtîñg ýöür vîsîts îñ thé çîtý's åñöñýmöüs ståtîstîçs, åré ýöür çhöîçés: séé åñd çhåñgé thém îñ "Mý dåtå åñd çöñséñt", ås éåsîlý ås ýöü mådé thém. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>‏[Qüéstîöñs ~~~~]‏</translation>
    </message>
    <message>
        <source>Ask %1.</source>
        <translation>‏[Åsk %1. ~~~]‏</translation>
    </message>
    <message>
        <source>Scan to read the complete notice on your phone.</source>
        <translation>‏[Sçåñ tö réåd thé çömplété ñötîçé öñ ýöür phöñé. ~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>QR code of the complete privacy notice</source>
        <translation>‏[QR çödé öf thé çömplété prîvåçý ñötîçé ~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>‏[Çlösé ~~]‏</translation>
    </message>
</context>
<context>
    <name>ProjectListStep</name>
    <message>
        <source>Projects</source>
        <translation>‏[Pröjéçts ~~~]‏</translation>
    </message>
    <message>
        <source>The list of projects is not available on this kiosk yet: it needs the network once. Please try again later.</source>
        <translation>‏[Thé lîst öf pröjéçts îs ñöt åvåîlåblé öñ thîs kîösk ýét: ît ñééds thé ñétwörk öñçé. Pléåsé trý ågåîñ låtér. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>The network is down: this is the list saved on this kiosk on %1.</source>
        <translation>‏[Thé ñétwörk îs döwñ: thîs îs thé lîst såvéd öñ thîs kîösk öñ %1. ~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Projects around this kiosk, nearest first.</source>
        <translation>‏[Pröjéçts åröüñd thîs kîösk, ñéårést fîrst. ~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
</context>
<context>
    <name>ProjectStep</name>
    <message>
        <source>Project</source>
        <translation>‏[Pröjéçt ~~~]‏</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>‏[Ståtüs: %1 ~~~~]‏</translation>
    </message>
    <message>
        <source>Budget: %1, spent so far: %2 (%3 %)</source>
        <translation>‏[Büdgét: %1, spéñt sö får: %2 (%3 %) ~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>‏[Mîléstöñés ~~~~]‏</translation>
    </message>
</context>
<context>
    <name>Projects</name>
    <message>
        <source>Planned</source>
        <translation>‏[Plåññéd ~~~]‏</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>‏[Îñ prögréss ~~~~]‏</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>‏[Çömplétéd ~~~~]‏</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>‏[Öñ höld ~~~]‏</translation>
    </message>
</context>
<context>
    <name>ProjectsScreen</name>
    <message>
        <source>City projects near you</source>
        <translation>‏[Çîtý pröjéçts ñéår ýöü ~~~~~~~~~]‏</translation>
    </message>
</context>
<context>
    <name>QuestionsStep</name>
    <message>
        <source>A few questions</source>
        <translation>‏[Å féw qüéstîöñs ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Please answer the questions marked as needed.</source>
        <translation>‏[Pléåsé åñswér thé qüéstîöñs mårkéd ås ñéédéd. ~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>‏[Çöñtîñüé ~~~]‏</translation>
    </message>
    <message>
        <source>%1 (needed)</source>
        <translation>‏[%1 (ñéédéd) ~~~~]‏</translation>
    </message>
</context>
<context>
    <name>ReceiptStep</name>
    <message>
        <source>Confirmation</source>
        <translation>‏[Çöñfîrmåtîöñ ~~~~~]‏</translation>
    </message>
    <message>
        <source>Practice: nothing was sent</source>
        <translation>‏[Pråçtîçé: ñöthîñg wås séñt ~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>This kiosk is in practice mode. This request was not sent to the city.</source>
        <translation>‏[Thîs kîösk îs îñ pråçtîçé mödé. Thîs réqüést wås ñöt séñt tö thé çîtý. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Sent: the city received your request</source>
        <translation>‏[Séñt: thé çîtý réçéîvéd ýöür réqüést ~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>The city's system confirmed it. Keep your reference to follow it up.</source>
        <translation>‏[Thé çîtý's sýstém çöñfîrméd ît. Kéép ýöür référéñçé tö föllöw ît üp. ~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Saved: your request will be sent</source>
        <translation>‏[Såvéd: ýöür réqüést wîll bé séñt ~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>The city's system could not confirm it yet, so your request is saved on this kiosk in encrypted form and will be sent automatically. You do not need to do it again. It will appear in My notices once it is sent.</source>
        <translation>‏[Thé çîtý's sýstém çöüld ñöt çöñfîrm ît ýét, sö ýöür réqüést îs såvéd öñ thîs kîösk îñ éñçrýptéd förm åñd wîll bé séñt åütömåtîçållý. Ýöü dö ñöt ñééd tö dö ît ågåîñ. Ît wîll åppéår îñ Mý ñötîçés öñçé ît îs séñt. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Your reference</source>
        <translation>‏[Ýöür référéñçé ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Verification code: %1</source>
        <translation>‏[Vérîfîçåtîöñ çödé: %1 ~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Printing your receipt…</source>
        <translation>‏[Prîñtîñg ýöür réçéîpt… ~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Your receipt is printed. Please take it.</source>
        <translation>‏[Ýöür réçéîpt îs prîñtéd. Pléåsé tåké ît. ~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>The receipt could not be printed. Please write down your reference or ask staff for a copy later.</source>
        <translation>‏[Thé réçéîpt çöüld ñöt bé prîñtéd. Pléåsé wrîté döwñ ýöür référéñçé ör åsk ståff för å çöpý låtér. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>This kiosk cannot print receipts. Please write down your reference.</source>
        <translation>‏[Thîs kîösk çåññöt prîñt réçéîpts. Pléåsé wrîté döwñ ýöür référéñçé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Show on screen instead</source>
        <translation>‏[Shöw öñ sçrééñ îñstéåd ~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>‏[Réåd ålöüd ~~~~]‏</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>‏[Döñé ~~]‏</translation>
    </message>
    <message>
        <source>Thank you for your answer.</source>
        <translation>‏[Thåñk ýöü för ýöür åñswér. ~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>How did it go? (optional, anonymous)</source>
        <translation>‏[Höw dîd ît gö? (öptîöñål, åñöñýmöüs) ~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>‏[Gööd ~~]‏</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>‏[ÖK ~~]‏</translation>
    </message>
    <message>
        <source>Not good</source>
        <translation>‏[Ñöt gööd ~~~]‏</translation>
    </message>
    <message>
        <source>Add a comment (optional)</source>
        <translation>‏[Ådd å çömméñt (öptîöñål) ~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Thank you for your comment. It is saved on this kiosk and goes to the city automatically, without your name.</source>
        <translation>‏[Thåñk ýöü för ýöür çömméñt. Ît îs såvéd öñ thîs kîösk åñd göés tö thé çîtý åütömåtîçållý, wîthöüt ýöür ñåmé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
</context>
<context>
    <name>ReportPhotoStep</name>
    <message>
        <source>This photo is too large. Please take it again.</source>
        <translation>‏[Thîs phötö îs töö lårgé. Pléåsé tåké ît ågåîñ. ~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Add a photo (optional)</source>
        <translation>‏[Ådd å phötö (öptîöñål) ~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Send the report with the photo</source>
        <translation>‏[Séñd thé répört wîth thé phötö ~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Send the report without a photo</source>
        <translation>‏[Séñd thé répört wîthöüt å phötö ~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>The camera of this kiosk is not working right now. You can send the report without a photo.</source>
        <translation>‏[Thé çåmérå öf thîs kîösk îs ñöt wörkîñg rîght ñöw. Ýöü çåñ séñd thé répört wîthöüt å phötö. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>This photo will be sent with your report.</source>
        <translation>‏[Thîs phötö wîll bé séñt wîth ýöür répört. ~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>‏[Stårtîñg thé çåmérå… ~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Point the camera at the problem, then take the photo.</source>
        <translation>‏[Pöîñt thé çåmérå åt thé pröblém, théñ tåké thé phötö. ~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>A photo helps the city find and fix the problem. It is published with the report, so please keep people's faces and number plates out of it. The camera turns on only when you press Take photo.</source>
        <translation>‏[Å phötö hélps thé çîtý fîñd åñd fîx thé pröblém. Ît îs püblîshéd wîth thé répört, sö pléåsé kéép péöplé's fåçés åñd ñümbér plåtés öüt öf ît. Thé çåmérå türñs öñ öñlý whéñ ýöü préss Tåké phötö. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Camera on</source>
        <translation>‏[Çåmérå öñ ~~~~]‏</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>‏[Tåké phötö ~~~~]‏</translation>
    </message>
    <message>
        <source>Take the photo now</source>
        <translation>‏[Tåké thé phötö ñöw ~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Take it again</source>
        <translation>‏[Tåké ît ågåîñ ~~~~~]‏</translation>
    </message>
    <message>
        <source>Remove the photo</source>
        <translation>‏[Rémövé thé phötö ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Photo of the problem</source>
        <translation>‏[Phötö öf thé pröblém ~~~~~~~~]‏</translation>
    </message>
</context>
<context>
    <name>ReviewStep</name>
    <message>
        <source>Check and sign</source>
        <translation>‏[Çhéçk åñd sîgñ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Sign with my card and send</source>
        <translation>‏[Sîgñ wîth mý çård åñd séñd ~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>‏[Ýés ~~]‏</translation>
    </message>
    <message>
        <source>No</source>
        <translation>‏[Ñö ~~]‏</translation>
    </message>
    <message>
        <source>Photo: taken at this kiosk</source>
        <translation>‏[Phötö: tåkéñ åt thîs kîösk ~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>No fee.</source>
        <translation>‏[Ñö féé. ~~~]‏</translation>
    </message>
    <message>
        <source>Fee: %1 %2, charged to your eCitizen account when the city processes it.</source>
        <translation>‏[Féé: %1 %2, çhårgéd tö ýöür éÇîtîzéñ åççöüñt whéñ thé çîtý pröçéssés ît. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>I declare that this information is true and complete. My eCitizen card signs this application; I agree to pay the fee shown.</source>
        <translation>‏[Î déçlåré thåt thîs îñförmåtîöñ îs trüé åñd çömplété. Mý éÇîtîzéñ çård sîgñs thîs åpplîçåtîöñ; Î ågréé tö påý thé féé shöwñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
</context>
<context>
    <name>ServiceScreen</name>
    <message>
        <source>Back</source>
        <translation>‏[Båçk ~~]‏</translation>
    </message>
    <message>
        <source>Back to the services</source>
        <translation>‏[Båçk tö thé sérvîçés ~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Please wait…</source>
        <translation>‏[Pléåsé wåît… ~~~~~]‏</translation>
    </message>
    <message>
        <source>The city's service cannot be reached right now. This part needs the network. Please try again later or ask staff.</source>
        <translation>‏[Thé çîtý's sérvîçé çåññöt bé réåçhéd rîght ñöw. Thîs pårt ñééds thé ñétwörk. Pléåsé trý ågåîñ låtér ör åsk ståff. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Your request could not be saved on this kiosk. Nothing was sent. Please ask staff for help.</source>
        <translation>‏[Ýöür réqüést çöüld ñöt bé såvéd öñ thîs kîösk. Ñöthîñg wås séñt. Pléåsé åsk ståff för hélp. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>This is closed and no longer accepts responses.</source>
        <translation>‏[Thîs îs çlöséd åñd ñö löñgér åççépts réspöñsés. ~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing was sent. Please try again or ask staff.</source>
        <translation>‏[Söméthîñg wéñt wröñg. Ñöthîñg wås séñt. Pléåsé trý ågåîñ ör åsk ståff. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Sending your request…</source>
        <translation>‏[Séñdîñg ýöür réqüést… ~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>This kiosk's storage is full, so your request could not be saved. Nothing was sent. Please use another kiosk or ask staff.</source>
        <translation>‏[Thîs kîösk's störågé îs füll, sö ýöür réqüést çöüld ñöt bé såvéd. Ñöthîñg wås séñt. Pléåsé üsé åñöthér kîösk ör åsk ståff. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>About this kiosk and your privacy</source>
        <translation>‏[Åböüt thîs kîösk åñd ýöür prîvåçý ~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>What this kiosk does and what happens to your data</source>
        <translation>‏[Whåt thîs kîösk döés åñd whåt håppéñs tö ýöür dåtå ~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Technician diagnostics</source>
        <translation>‏[Téçhñîçîåñ dîågñöstîçs ~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Device health, self-tests, queue decisions and log export</source>
        <translation>‏[Dévîçé héålth, sélf-tésts, qüéüé déçîsîöñs åñd lög éxpört ~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Pay a utility bill</source>
        <translation>‏[Påý å ütîlîtý bîll ~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Water and waste bills: scan the bill or type the account number</source>
        <translation>‏[Wåtér åñd wåsté bîlls: sçåñ thé bîll ör týpé thé åççöüñt ñümbér ~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>City projects</source>
        <translation>‏[Çîtý pröjéçts ~~~~~]‏</translation>
    </message>
    <message>
        <source>Works near this kiosk: status, budget and milestones</source>
        <translation>‏[Wörks ñéår thîs kîösk: ståtüs, büdgét åñd mîléstöñés ~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>My notices</source>
        <translation>‏[Mý ñötîçés ~~~~]‏</translation>
    </message>
    <message>
        <source>Bills due, application updates and reminders, most urgent first</source>
        <translation>‏[Bîlls düé, åpplîçåtîöñ üpdåtés åñd rémîñdérs, möst ürgéñt fîrst ~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Book an appointment</source>
        <translation>‏[Böök åñ åppöîñtméñt ~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Library appointment, study room or digital help; cancel a booking</source>
        <translation>‏[Lîbrårý åppöîñtméñt, stüdý rööm ör dîgîtål hélp; çåñçél å böökîñg ~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Permits and licences</source>
        <translation>‏[Pérmîts åñd lîçéñçés ~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Apply for a permit or renew a licence, signed with your card</source>
        <translation>‏[Åpplý för å pérmît ör réñéw å lîçéñçé, sîgñéd wîth ýöür çård ~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Report a street problem</source>
        <translation>‏[Répört å stréét pröblém ~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Potholes, broken lights, graffiti: tell the city where</source>
        <translation>‏[Pöthölés, brökéñ lîghts, gråffîtî: téll thé çîtý whéré ~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>My library account</source>
        <translation>‏[Mý lîbrårý åççöüñt ~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Loans, holds and fees: renew loans and pay fees</source>
        <translation>‏[Löåñs, hölds åñd féés: réñéw löåñs åñd påý féés ~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Petitions</source>
        <translation>‏[Pétîtîöñs ~~~~]‏</translation>
    </message>
    <message>
        <source>Read petitions and sign them with your card</source>
        <translation>‏[Réåd pétîtîöñs åñd sîgñ thém wîth ýöür çård ~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Public consultations</source>
        <translation>‏[Püblîç çöñsültåtîöñs ~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Give your opinion on city plans (not elections)</source>
        <translation>‏[Gîvé ýöür öpîñîöñ öñ çîtý plåñs (ñöt éléçtîöñs) ~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>My data and consent</source>
        <translation>‏[Mý dåtå åñd çöñséñt ~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>What the city holds about you, your choices, a full copy</source>
        <translation>‏[Whåt thé çîtý hölds åböüt ýöü, ýöür çhöîçés, å füll çöpý ~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Election information</source>
        <translation>‏[Éléçtîöñ îñförmåtîöñ ~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Your polling station, election dates, registering and voting by post</source>
        <translation>‏[Ýöür pöllîñg ståtîöñ, éléçtîöñ dåtés, régîstérîñg åñd vötîñg bý pöst ~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>How would you like to continue?</source>
        <translation>‏[Höw wöüld ýöü lîké tö çöñtîñüé? ~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>With your eCitizen card</source>
        <translation>‏[Wîth ýöür éÇîtîzéñ çård ~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Put your card in the reader below the screen, chip first. You will then type your PIN.</source>
        <translation>‏[Püt ýöür çård îñ thé réådér bélöw thé sçrééñ, çhîp fîrst. Ýöü wîll théñ týpé ýöür PÎÑ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>With your library card</source>
        <translation>‏[Wîth ýöür lîbrårý çård ~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Hold your library card on the reader.</source>
        <translation>‏[Höld ýöür lîbrårý çård öñ thé réådér. ~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>As a guest you can read about city projects and this kiosk, and report a problem on your street without giving your name.</source>
        <translation>‏[Ås å güést ýöü çåñ réåd åböüt çîtý pröjéçts åñd thîs kîösk, åñd répört å pröblém öñ ýöür stréét wîthöüt gîvîñg ýöür ñåmé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Continue as a guest</source>
        <translation>‏[Çöñtîñüé ås å güést ~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Put your card in the reader, chip first.</source>
        <translation>‏[Püt ýöür çård îñ thé réådér, çhîp fîrst. ~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>No card? Continue as a guest.</source>
        <translation>‏[Ñö çård? Çöñtîñüé ås å güést. ~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>How the city uses your data</source>
        <translation>‏[Höw thé çîtý üsés ýöür dåtå ~~~~~~~~~~~]‏</translation>
    </message>
</context>
<context>
    <name>SlotStep</name>
    <message>
        <source>Choose a time.</source>
        <translation>‏[Çhöösé å tîmé. ~~~~~~]‏</translation>
    </message>
    <message>
        <source>No free times in the next days.</source>
        <translation>‏[Ñö fréé tîmés îñ thé ñéxt dåýs. ~~~~~~~~~~~~]‏</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <source>on</source>
        <translation>‏[öñ ~~]‏</translation>
    </message>
    <message>
        <source>off</source>
        <translation>‏[öff ~~]‏</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>‏[ñöt åvåîlåblé ~~~~~]‏</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>‏[émptý ~~]‏</translation>
    </message>
    <message>
        <source>Normal speed</source>
        <translation>‏[Ñörmål spééd ~~~~~]‏</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>‏[Slöwér ~~]‏</translation>
    </message>
    <message>
        <source>Slowest</source>
        <translation>‏[Slöwést ~~~]‏</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>‏[Löüdér ~~]‏</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>‏[Qüîétér ~~~]‏</translation>
    </message>
</context>
<context>
    <name>SpeechTexts</name>
    <message numerus="yes">
        <source>%n character(s) typed</source>
        <translation><numerusform>‏[%n çhåråçtér týpéd ~~~~~~~]‏</numerusform><numerusform>‏[%n çhåråçtérs týpéd ~~~~~~~~]‏</numerusform></translation>
    </message>
</context>
<context>
    <name>StaffCardPanel</name>
    <message>
        <source>Try again</source>
        <translation>‏[Trý ågåîñ ~~~~]‏</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>‏[Çåñçél ~~]‏</translation>
    </message>
    <message>
        <source>Staff card</source>
        <translation>‏[Ståff çård ~~~~]‏</translation>
    </message>
    <message>
        <source>Reading the staff card… Please leave it in the reader.</source>
        <translation>‏[Réådîñg thé ståff çård… Pléåsé léåvé ît îñ thé réådér. ~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>‏[Ståff PÎÑ ~~~~]‏</translation>
    </message>
    <message>
        <source>%1, type your staff PIN on the keypad of the card reader.</source>
        <translation>‏[%1, týpé ýöür ståff PÎÑ öñ thé kéýpåd öf thé çård réådér. ~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>%1, type your staff PIN and press OK. The resident is then asked whether they want your help.</source>
        <translation>‏[%1, týpé ýöür ståff PÎÑ åñd préss ÖK. Thé résîdéñt îs théñ åskéd whéthér théý wåñt ýöür hélp. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Tries left: %1</source>
        <translation>‏[Trîés léft: %1 ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Checking the staff PIN…</source>
        <translation>‏[Çhéçkîñg thé ståff PÎÑ… ~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>This is not a staff card</source>
        <translation>‏[Thîs îs ñöt å ståff çård ~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Assisted help is started with a member of staff's own staff card. Please take this card out of the reader.</source>
        <translation>‏[Åssîstéd hélp îs stårtéd wîth å mémbér öf ståff's öwñ ståff çård. Pléåsé tåké thîs çård öüt öf thé réådér. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
</context>
<context>
    <name>StepBack</name>
    <message>
        <source>Helper, please step back</source>
        <translation>‏[Hélpér, pléåsé stép båçk ~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>My helper stepped back</source>
        <translation>‏[Mý hélpér stéppéd båçk ~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Only you can type your PIN. Your helper will step away until you are done.</source>
        <translation>‏[Öñlý ýöü çåñ týpé ýöür PÎÑ. Ýöür hélpér wîll stép åwåý üñtîl ýöü åré döñé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Only you can put your finger on the reader. Your helper will step away until you are done.</source>
        <translation>‏[Öñlý ýöü çåñ püt ýöür fîñgér öñ thé réådér. Ýöür hélpér wîll stép åwåý üñtîl ýöü åré döñé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Only you can be in your photo. Your helper will step away until you are done.</source>
        <translation>‏[Öñlý ýöü çåñ bé îñ ýöür phötö. Ýöür hélpér wîll stép åwåý üñtîl ýöü åré döñé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Only you can confirm the declaration. Your helper will step away until you are done.</source>
        <translation>‏[Öñlý ýöü çåñ çöñfîrm thé déçlåråtîöñ. Ýöür hélpér wîll stép åwåý üñtîl ýöü åré döñé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Only you can do the next step. Your helper will step away until you are done.</source>
        <translation>‏[Öñlý ýöü çåñ dö thé ñéxt stép. Ýöür hélpér wîll stép åwåý üñtîl ýöü åré döñé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
</context>
<context>
    <name>StreetReport</name>
    <message>
        <source>About 100 m north of this kiosk</source>
        <translation>‏[Åböüt 100 m ñörth öf thîs kîösk ~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>About 100 m east of this kiosk</source>
        <translation>‏[Åböüt 100 m éåst öf thîs kîösk ~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>About 100 m south of this kiosk</source>
        <translation>‏[Åböüt 100 m söüth öf thîs kîösk ~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>About 100 m west of this kiosk</source>
        <translation>‏[Åböüt 100 m wést öf thîs kîösk ~~~~~~~~~~~~]‏</translation>
    </message>
</context>
<context>
    <name>StreetReportScreen</name>
    <message>
        <source>Report a street problem</source>
        <translation>‏[Répört å stréét pröblém ~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>The city's request number: %1</source>
        <translation>‏[Thé çîtý's réqüést ñümbér: %1 ~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>The city's request number follows once the report is sent.</source>
        <translation>‏[Thé çîtý's réqüést ñümbér föllöws öñçé thé répört îs séñt. ~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>A photo is sent with the report.</source>
        <translation>‏[Å phötö îs séñt wîth thé répört. ~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>The photo cannot be used. Please take it again.</source>
        <translation>‏[Thé phötö çåññöt bé üséd. Pléåsé tåké ît ågåîñ. ~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Something is missing. Please go back.</source>
        <translation>‏[Söméthîñg îs mîssîñg. Pléåsé gö båçk. ~~~~~~~~~~~~~~~]‏</translation>
    </message>
</context>
<context>
    <name>SummaryStep</name>
    <message>
        <source>Your data</source>
        <translation>‏[Ýöür dåtå ~~~~]‏</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>‏[Löådîñg… ~~~]‏</translation>
    </message>
    <message>
        <source>What the city holds about you needs the network, which is not available right now. You can still ask for a full copy: the request is saved and sent later.</source>
        <translation>‏[Whåt thé çîtý hölds åböüt ýöü ñééds thé ñétwörk, whîçh îs ñöt åvåîlåblé rîght ñöw. Ýöü çåñ stîll åsk för å füll çöpý: thé réqüést îs såvéd åñd séñt låtér. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>This is what the city holds about you.</source>
        <translation>‏[Thîs îs whåt thé çîtý hölds åböüt ýöü. ~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>%1: %2 records, kept %3</source>
        <translation>‏[%1: %2 réçörds, képt %3 ~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Your choices (tap to change)</source>
        <translation>‏[Ýöür çhöîçés (tåp tö çhåñgé) ~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Send me notices by e-mail</source>
        <translation>‏[Séñd mé ñötîçés bý é-måîl ~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Send me notices by SMS</source>
        <translation>‏[Séñd mé ñötîçés bý SMS ~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Count my kiosk visits in anonymous statistics</source>
        <translation>‏[Çöüñt mý kîösk vîsîts îñ åñöñýmöüs ståtîstîçs ~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>on</source>
        <translation>‏[öñ ~~]‏</translation>
    </message>
    <message>
        <source>off</source>
        <translation>‏[öff ~~]‏</translation>
    </message>
    <message>
        <source>Your choice is saved and sent to the city.</source>
        <translation>‏[Ýöür çhöîçé îs såvéd åñd séñt tö thé çîtý. ~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Your choice could not be saved. Please ask staff.</source>
        <translation>‏[Ýöür çhöîçé çöüld ñöt bé såvéd. Pléåsé åsk ståff. ~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Ask for a full copy of my data</source>
        <translation>‏[Åsk för å füll çöpý öf mý dåtå ~~~~~~~~~~~~]‏</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Aa  Language</source>
        <translation>‏[Åå  Låñgüågé ~~~~~]‏</translation>
    </message>
    <message>
        <source>Language and display options</source>
        <translation>‏[Låñgüågé åñd dîsplåý öptîöñs ~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Ask staff</source>
        <translation>‏[Åsk ståff ~~~~]‏</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>‏[Hömé ~~]‏</translation>
    </message>
    <message>
        <source>Finish and sign out</source>
        <translation>‏[Fîñîsh åñd sîgñ öüt ~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>PRACTICE: made-up people, nothing is sent to the city</source>
        <translation>‏[PRÅÇTÎÇÉ: mådé-üp péöplé, ñöthîñg îs séñt tö thé çîtý ~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Staff: end session</source>
        <translation>‏[Ståff: éñd séssîöñ ~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Helped by staff member %1</source>
        <translation>‏[Hélpéd bý ståff mémbér %1 ~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>‏[Sîgñéd îñ: %1 ~~~~~]‏</translation>
    </message>
    <message>
        <source>Offline: your requests are saved here and sent when the network is back</source>
        <translation>‏[Öfflîñé: ýöür réqüésts åré såvéd héré åñd séñt whéñ thé ñétwörk îs båçk ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]‏</translation>
    </message>
    <message>
        <source>Stop helping</source>
        <translation>‏[Stöp hélpîñg ~~~~~]‏</translation>
    </message>
</context>
</TS>