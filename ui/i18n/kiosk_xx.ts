<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutScreen</name>
    <message>
        <source>About this kiosk and your privacy</source>
        <translation>‏[Åböüt thîs kîösk åñd ýöür prîvåçý ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>What this kiosk does</source>
        <translation>‏[Whåt thîs kîösk döés ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>This is a public eCitizen kiosk of the city. You can pay bills, book library appointments, report street problems, apply for permits, sign petitions and read your notices, with your eCitizen card, your library card or as a guest.</source>
        <translation>‏[Thîs îs å püblîç éÇîtîzéñ kîösk öf thé çîtý. Ýöü çåñ påý bîlls, böök lîbrårý åppöîñtméñts, répört stréét pröbléms, åpplý för pérmîts, sîgñ pétîtîöñs åñd réåd ýöür ñötîçés, wîth ýöür éÇîtîzéñ çård, ýöür lîbrårý çård ör ås å güést. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>Your privacy</source>
        <translation>‏[Ýöür prîvåçý ~~~~~]‏</translation>
    </message>
    <message>
        <source>Everything you type or see here is erased from the kiosk as soon as you finish, take out your card, or leave the kiosk alone for a while. Your PIN is checked by your card, never stored or seen by the kiosk. If you use your fingerprint, it is compared with the copy on your card and never stored.</source>
        <translation>‏[Évérýthîñg ýöü týpé ör séé héré îs éråséd fröm thé kîösk ås sööñ ås ýöü fîñîsh, tåké öüt ýöür çård, ör léåvé thé kîösk ålöñé för å whîlé. Ýöür PÎÑ îs çhéçkéd bý ýöür çård, ñévér störéd ör sééñ bý thé kîösk. Îf ýöü üsé ýöür fîñgérprîñt, ît îs çömpåréd wîth thé çöpý öñ ýöür çård åñd ñévér störéd. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>When the network is down</source>
        <translation>‏[Whéñ thé ñétwörk îs döwñ ~~~~~~ ~~~]‏</translation>
    </message>
    <message>
        <source>Your request is saved on this kiosk in encrypted form and sent as soon as the network returns. Your receipt always says whether it was sent or saved for sending. Nothing is sent twice.</source>
        <translation>‏[Ýöür réqüést îs såvéd öñ thîs kîösk îñ éñçrýptéd förm åñd séñt ås sööñ ås thé ñétwörk rétürñs. Ýöür réçéîpt ålwåýs såýs whéthér ît wås séñt ör såvéd för séñdîñg. Ñöthîñg îs séñt twîçé. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~]‏</translation>
    </message>
    <message>
        <source>Who is responsible</source>
        <translation>‏[Whö îs réspöñsîblé ~~~~~~]‏</translation>
    </message>
    <message>
        <source>The city's eCitizen office runs this kiosk. Staff at the desk can help you and tell you how to get a copy of the data the city holds about you.</source>
        <translation>‏[Thé çîtý's éÇîtîzéñ öffîçé rüñs thîs kîösk. Ståff åt thé désk çåñ hélp ýöü åñd téll ýöü höw tö gét å çöpý öf thé dåtå thé çîtý hölds åböüt ýöü. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~]‏</translation>
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
        <translation>‏[Båçk tö thé sérvîçés ~~~~~~ ~]‏</translation>
    </message>
</context>
<context>
    <name>AccessPanel</name>
    <message>
        <source>Language and display</source>
        <translation>‏[Låñgüågé åñd dîsplåý ~~~~~~ ~]‏</translation>
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
        <translation>‏[Löåñs, hölds åñd féés ~~~~~~ ~]‏</translation>
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
        <translation>‏[Löåñs: tåp öñé tö réñéw ît ~~~~~~ ~~~]‏</translation>
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
        <translation>‏[Påý %1 wîth mý éÇîtîzéñ åççöüñt: %2 ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Ready to collect</source>
        <translation>‏[Réådý tö çölléçt ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>‏[Wåîtîñg ~~~]‏</translation>
    </message>
    <message>
        <source>Due now: %1</source>
        <translation>‏[Düé ñöw: %1 ~~~~]‏</translation>
    </message>
    <message>
        <source>Check your renewal</source>
        <translation>‏[Çhéçk ýöür réñéwål ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Renew %1?</source>
        <translation>‏[Réñéw %1? ~~~~]‏</translation>
    </message>
    <message>
        <source>Yes, renew</source>
        <translation>‏[Ýés, réñéw ~~~~]‏</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>‏[Féé ~~]‏</translation>
    </message>
    <message>
        <source>Check your payment</source>
        <translation>‏[Çhéçk ýöür påýméñt ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Pay %1 for the library fee: %2?</source>
        <translation>‏[Påý %1 för thé lîbrårý féé: %2? ~~~~~~ ~~~~~]‏</translation>
    </message>
    <message>
        <source>The city charges the payment method saved on your eCitizen account. The kiosk never sees your card.</source>
        <translation>‏[Thé çîtý çhårgés thé påýméñt méthöd såvéd öñ ýöür éÇîtîzéñ åççöüñt. Thé kîösk ñévér séés ýöür çård. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~]‏</translation>
    </message>
    <message>
        <source>Yes, pay %1</source>
        <translation>‏[Ýés, påý %1 ~~~~]‏</translation>
    </message>
    <message>
        <source>Renewal sent to the library</source>
        <translation>‏[Réñéwål séñt tö thé lîbrårý ~~~~~~ ~~~~]‏</translation>
    </message>
    <message>
        <source>Paid %1</source>
        <translation>‏[Påîd %1 ~~~]‏</translation>
    </message>
    <message>
        <source>%1: amount not clear, please ask library staff</source>
        <translation>‏[%1: åmöüñt ñöt çléår, pléåsé åsk lîbrårý ståff ~~~~~~ ~~~~~~ ~~~~]‏</translation>
    </message>
    <message>
        <source>The library did not renew %1 (reference %2, %3).</source>
        <translation>‏[Thé lîbrårý dîd ñöt réñéw %1 (référéñçé %2, %3). ~~~~~~ ~~~~~~ ~~~~~]‏</translation>
    </message>
    <message>
        <source>The library did not renew %1 (reference %2, %3). Library staff can tell you why.</source>
        <translation>‏[Thé lîbrårý dîd ñöt réñéw %1 (référéñçé %2, %3). Lîbrårý ståff çåñ téll ýöü whý. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~]‏</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>‏[Löåñs ~~]‏</translation>
    </message>
    <message>
        <source>These loans can be renewed at the library desk:</source>
        <translation>‏[Thésé löåñs çåñ bé réñéwéd åt thé lîbrårý désk: ~~~~~~ ~~~~~~ ~~~~~]‏</translation>
    </message>
    <message>
        <source>No loans.</source>
        <translation>‏[Ñö löåñs. ~~~~]‏</translation>
    </message>
    <message>
        <source>No fees.</source>
        <translation>‏[Ñö féés. ~~~]‏</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>‏[Féés ~~]‏</translation>
    </message>
    <message>
        <source>Fees cannot be paid at this kiosk: the library system does not take payments from it. You can pay at the library desk.</source>
        <translation>‏[Féés çåññöt bé påîd åt thîs kîösk: thé lîbrårý sýstém döés ñöt tåké påýméñts fröm ît. Ýöü çåñ påý åt thé lîbrårý désk. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~]‏</translation>
    </message>
    <message>
        <source>Fees without an amount here can be paid at the library desk.</source>
        <translation>‏[Féés wîthöüt åñ åmöüñt héré çåñ bé påîd åt thé lîbrårý désk. ~~~~~~ ~~~~~~ ~~~~~~ ~~~]‏</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>‏[%1: %2 ~~]‏</translation>
    </message>
</context>
<context>
    <name>Appointments</name>
    <message>
        <source>Library appointment</source>
        <translation>‏[Lîbrårý åppöîñtméñt ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>Study room</source>
        <translation>‏[Stüdý rööm ~~~~]‏</translation>
    </message>
    <message>
        <source>Digital help desk</source>
        <translation>‏[Dîgîtål hélp désk ~~~~~~]‏</translation>
    </message>
</context>
<context>
    <name>AppointmentsScreen</name>
    <message>
        <source>Book an appointment</source>
        <translation>‏[Böök åñ åppöîñtméñt ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>This time was just taken. Please choose another.</source>
        <translation>‏[Thîs tîmé wås jüst tåkéñ. Pléåsé çhöösé åñöthér. ~~~~~~ ~~~~~~ ~~~~~]‏</translation>
    </message>
    <message>
        <source>Change a booking</source>
        <translation>‏[Çhåñgé å böökîñg ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Cancel a booking</source>
        <translation>‏[Çåñçél å böökîñg ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Saved: %1, %2 will be booked when the network is back. Your old time stays booked until then: cancel it here once the new one is confirmed.</source>
        <translation>‏[Såvéd: %1, %2 wîll bé böökéd whéñ thé ñétwörk îs båçk. Ýöür öld tîmé ståýs böökéd üñtîl théñ: çåñçél ît héré öñçé thé ñéw öñé îs çöñfîrméd. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Changed: %1, %2. Your old time is cancelled.</source>
        <translation>‏[Çhåñgéd: %1, %2. Ýöür öld tîmé îs çåñçélléd. ~~~~~~ ~~~~~~ ~~~~]‏</translation>
    </message>
    <message>
        <source>Sending your request…</source>
        <translation>‏[Séñdîñg ýöür réqüést… ~~~~~~ ~]‏</translation>
    </message>
</context>
<context>
    <name>AssistConfirm</name>
    <message>
        <source>Would you like help from %1?</source>
        <translation>‏[Wöüld ýöü lîké hélp fröm %1? ~~~~~~ ~~~~]‏</translation>
    </message>
    <message>
        <source>%1 is a member of staff. They can see the screen and type for you when you ask. Your PIN, fingerprint, photo and declarations are done by you alone. Either of you can end the session at any time.</source>
        <translation>‏[%1 îs å mémbér öf ståff. Théý çåñ séé thé sçrééñ åñd týpé för ýöü whéñ ýöü åsk. Ýöür PÎÑ, fîñgérprîñt, phötö åñd déçlåråtîöñs åré döñé bý ýöü ålöñé. Éîthér öf ýöü çåñ éñd thé séssîöñ åt åñý tîmé. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~]‏</translation>
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
        <translation>‏[Hélp çåññöt stårt rîght ñöw ~~~~~~ ~~~~]‏</translation>
    </message>
    <message>
        <source>Every assisted session is recorded, to protect residents, and this kiosk cannot record one right now. The resident can go on alone. Please report the kiosk to a technician.</source>
        <translation>‏[Évérý åssîstéd séssîöñ îs réçördéd, tö prötéçt résîdéñts, åñd thîs kîösk çåññöt réçörd öñé rîght ñöw. Thé résîdéñt çåñ gö öñ ålöñé. Pléåsé répört thé kîösk tö å téçhñîçîåñ. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
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
        <translation>‏[Wélçömé tö éÇîtîzéñ ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>Pay bills, book the library, report a problem on your street and more.</source>
        <translation>‏[Påý bîlls, böök thé lîbrårý, répört å pröblém öñ ýöür stréét åñd möré. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Touch here to start</source>
        <translation>‏[Töüçh héré tö stårt ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>Or insert your eCitizen card to sign in.</source>
        <translation>‏[Ör îñsért ýöür éÇîtîzéñ çård tö sîgñ îñ. ~~~~~~ ~~~~~~ ~~]‏</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>‏[Çhöösé ýöür låñgüågé ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>Make it easier to use</source>
        <translation>‏[Måké ît éåsîér tö üsé ~~~~~~ ~]‏</translation>
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
        <translation>‏[Thîs kîösk îs öüt öf sérvîçé. Pléåsé üsé åñöthér kîösk ör åsk ståff. Ståff: å téçhñîçîåñ müst çhéçk thîs kîösk béföré ît çåñ bé üséd ågåîñ. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>A card was left in the reader: please hand it to staff.</source>
        <translation>‏[Å çård wås léft îñ thé réådér: pléåsé håñd ît tö ståff. ~~~~~~ ~~~~~~ ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>Check a street report: scan your receipt</source>
        <translation>‏[Çhéçk å stréét répört: sçåñ ýöür réçéîpt ~~~~~~ ~~~~~~ ~~]‏</translation>
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
        <translation>‏[Çhöösé thé bîll tö påý. ~~~~~~ ~~]‏</translation>
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
        <translation>‏[Påý åt thé çöüñtér wîth thîs réçéîpt's çödé. ~~~~~~ ~~~~~~ ~~~~]‏</translation>
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
        <translation>‏[Påý ñöw: thé çîtý çhårgés thé påýméñt méthöd såvéd öñ ýöür éÇîtîzéñ åççöüñt. Thé kîösk ñévér séés ýöür çård. Ör prîñt å slîp åñd påý åt thé çöüñtér. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~]‏</translation>
    </message>
    <message>
        <source>This bill is already paid.</source>
        <translation>‏[Thîs bîll îs ålréådý påîd. ~~~~~~ ~~~]‏</translation>
    </message>
    <message>
        <source>Pay now with my eCitizen account</source>
        <translation>‏[Påý ñöw wîth mý éÇîtîzéñ åççöüñt ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Print a payment slip for the counter</source>
        <translation>‏[Prîñt å påýméñt slîp för thé çöüñtér ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Check your payment</source>
        <translation>‏[Çhéçk ýöür påýméñt ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Pay %1 for %2?</source>
        <translation>‏[Påý %1 för %2? ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Yes, pay %1</source>
        <translation>‏[Ýés, påý %1 ~~~~]‏</translation>
    </message>
    <message>
        <source>The city charges the payment method saved on your eCitizen account. The kiosk never sees your card.</source>
        <translation>‏[Thé çîtý çhårgés thé påýméñt méthöd såvéd öñ ýöür éÇîtîzéñ åççöüñt. Thé kîösk ñévér séés ýöür çård. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~]‏</translation>
    </message>
    <message>
        <source>Paid %1</source>
        <translation>‏[Påîd %1 ~~~]‏</translation>
    </message>
    <message>
        <source>Payment slip ready: pay %1 at the counter</source>
        <translation>‏[Påýméñt slîp réådý: påý %1 åt thé çöüñtér ~~~~~~ ~~~~~~ ~~]‏</translation>
    </message>
    <message>
        <source>Print a payment slip and pay it at the counter. The slip shows the amount and the bill's reference, nothing about you.</source>
        <translation>‏[Prîñt å påýméñt slîp åñd påý ît åt thé çöüñtér. Thé slîp shöws thé åmöüñt åñd thé bîll's référéñçé, ñöthîñg åböüt ýöü. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~]‏</translation>
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
        <translation>‏[Påý å ütîlîtý bîll ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Please type the digits of your account number.</source>
        <translation>‏[Pléåsé týpé thé dîgîts öf ýöür åççöüñt ñümbér. ~~~~~~ ~~~~~~ ~~~~]‏</translation>
    </message>
    <message>
        <source>No bill was found. Please check the number or ask staff.</source>
        <translation>‏[Ñö bîll wås föüñd. Pléåsé çhéçk thé ñümbér ör åsk ståff. ~~~~~~ ~~~~~~ ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>This code does not match the city's records. Please ask staff.</source>
        <translation>‏[Thîs çödé döés ñöt måtçh thé çîtý's réçörds. Pléåsé åsk ståff. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~]‏</translation>
    </message>
    <message>
        <source>This bill is already paid.</source>
        <translation>‏[Thîs bîll îs ålréådý påîd. ~~~~~~ ~~~]‏</translation>
    </message>
    <message>
        <source>The amount due has changed. Please look the bill up again.</source>
        <translation>‏[Thé åmöüñt düé hås çhåñgéd. Pléåsé löök thé bîll üp ågåîñ. ~~~~~~ ~~~~~~ ~~~~~~ ~~]‏</translation>
    </message>
    <message>
        <source>This bill cannot be paid at the kiosk. Please ask staff.</source>
        <translation>‏[Thîs bîll çåññöt bé påîd åt thé kîösk. Pléåsé åsk ståff. ~~~~~~ ~~~~~~ ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>This code is not a bill the kiosk can use. Please try another.</source>
        <translation>‏[Thîs çödé îs ñöt å bîll thé kîösk çåñ üsé. Pléåsé trý åñöthér. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~]‏</translation>
    </message>
</context>
<context>
    <name>BookingStep</name>
    <message>
        <source>Your booking</source>
        <translation>‏[Ýöür böökîñg ~~~~~]‏</translation>
    </message>
    <message>
        <source>Change the time</source>
        <translation>‏[Çhåñgé thé tîmé ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Cancel this booking</source>
        <translation>‏[Çåñçél thîs böökîñg ~~~~~~ ~]‏</translation>
    </message>
</context>
<context>
    <name>BookingsStep</name>
    <message>
        <source>My bookings</source>
        <translation>‏[Mý böökîñgs ~~~~]‏</translation>
    </message>
    <message>
        <source>You have no bookings.</source>
        <translation>‏[Ýöü håvé ñö böökîñgs. ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>Tap a booking to change or cancel it.</source>
        <translation>‏[Tåp å böökîñg tö çhåñgé ör çåñçél ît. ~~~~~~ ~~~~~~ ~]‏</translation>
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
        <translation>‏[Thåt PÎÑ wås ñöt rîght. Ýöü håvé öñé trý léft: îf ît îs wröñg ågåîñ ýöür çård wîll bé blöçkéd. Îf ýöü åré ñöt süré, åsk ståff för hélp. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~]‏</translation>
    </message>
    <message>
        <source>That PIN was not right. You have %1 tries left.</source>
        <translation>‏[Thåt PÎÑ wås ñöt rîght. Ýöü håvé %1 trîés léft. ~~~~~~ ~~~~~~ ~~~~~]‏</translation>
    </message>
    <message>
        <source>That PIN was not right. Please try again.</source>
        <translation>‏[Thåt PÎÑ wås ñöt rîght. Pléåsé trý ågåîñ. ~~~~~~ ~~~~~~ ~~]‏</translation>
    </message>
    <message>
        <source>We cannot read this card</source>
        <translation>‏[Wé çåññöt réåd thîs çård ~~~~~~ ~~~]‏</translation>
    </message>
    <message>
        <source>This card is not one the kiosk knows. Take it out and try your eCitizen card.</source>
        <translation>‏[Thîs çård îs ñöt öñé thé kîösk kñöws. Tåké ît öüt åñd trý ýöür éÇîtîzéñ çård. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~]‏</translation>
    </message>
    <message>
        <source>This is not an eCitizen card</source>
        <translation>‏[Thîs îs ñöt åñ éÇîtîzéñ çård ~~~~~~ ~~~~]‏</translation>
    </message>
    <message>
        <source>This card was not issued by the city for eCitizen services. Take it out and use your eCitizen card, or continue as a guest.</source>
        <translation>‏[Thîs çård wås ñöt îssüéd bý thé çîtý för éÇîtîzéñ sérvîçés. Tåké ît öüt åñd üsé ýöür éÇîtîzéñ çård, ör çöñtîñüé ås å güést. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>This card could not be checked</source>
        <translation>‏[Thîs çård çöüld ñöt bé çhéçkéd ~~~~~~ ~~~~~]‏</translation>
    </message>
    <message>
        <source>The card did not pass the security check. Please ask staff for help.</source>
        <translation>‏[Thé çård dîd ñöt påss thé séçürîtý çhéçk. Pléåsé åsk ståff för hélp. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Your card has expired</source>
        <translation>‏[Ýöür çård hås éxpîréd ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>You can renew your eCitizen card at the city hall desk. Staff can help you.</source>
        <translation>‏[Ýöü çåñ réñéw ýöür éÇîtîzéñ çård åt thé çîtý håll désk. Ståff çåñ hélp ýöü. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~]‏</translation>
    </message>
    <message>
        <source>Your card is not active yet</source>
        <translation>‏[Ýöür çård îs ñöt åçtîvé ýét ~~~~~~ ~~~~]‏</translation>
    </message>
    <message>
        <source>Your new card can be used from the date printed on it.</source>
        <translation>‏[Ýöür ñéw çård çåñ bé üséd fröm thé dåté prîñtéd öñ ît. ~~~~~~ ~~~~~~ ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>This card can no longer be used</source>
        <translation>‏[Thîs çård çåñ ñö löñgér bé üséd ~~~~~~ ~~~~~]‏</translation>
    </message>
    <message>
        <source>This card has been cancelled, for example after it was reported lost. Please ask staff for help.</source>
        <translation>‏[Thîs çård hås bééñ çåñçélléd, för éxåmplé åftér ît wås répörtéd löst. Pléåsé åsk ståff för hélp. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~]‏</translation>
    </message>
    <message>
        <source>Cards cannot be checked right now</source>
        <translation>‏[Çårds çåññöt bé çhéçkéd rîght ñöw ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>The kiosk cannot confirm that cards are still valid at the moment. You can continue as a guest or ask staff for help.</source>
        <translation>‏[Thé kîösk çåññöt çöñfîrm thåt çårds åré stîll vålîd åt thé möméñt. Ýöü çåñ çöñtîñüé ås å güést ör åsk ståff för hélp. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~]‏</translation>
    </message>
    <message>
        <source>Your card is blocked</source>
        <translation>‏[Ýöür çård îs blöçkéd ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>The PIN was entered wrongly too many times. The card is safe, but it must be unblocked at the city hall desk with an identity document.</source>
        <translation>‏[Thé PÎÑ wås éñtéréd wröñglý töö måñý tîmés. Thé çård îs såfé, büt ît müst bé üñblöçkéd åt thé çîtý håll désk wîth åñ îdéñtîtý döçüméñt. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~]‏</translation>
    </message>
    <message>
        <source>That PIN is not valid</source>
        <translation>‏[Thåt PÎÑ îs ñöt vålîd ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>A PIN has 6 to 8 digits. Please type it again.</source>
        <translation>‏[Å PÎÑ hås 6 tö 8 dîgîts. Pléåsé týpé ît ågåîñ. ~~~~~~ ~~~~~~ ~~~~]‏</translation>
    </message>
    <message>
        <source>PIN entry stopped</source>
        <translation>‏[PÎÑ éñtrý stöppéd ~~~~~~]‏</translation>
    </message>
    <message>
        <source>The PIN was not entered on the reader in time. Please try again.</source>
        <translation>‏[Thé PÎÑ wås ñöt éñtéréd öñ thé réådér îñ tîmé. Pléåsé trý ågåîñ. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~]‏</translation>
    </message>
    <message>
        <source>We could not finish checking your PIN</source>
        <translation>‏[Wé çöüld ñöt fîñîsh çhéçkîñg ýöür PÎÑ ~~~~~~ ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>Take your card out and put it in again to continue.</source>
        <translation>‏[Tåké ýöür çård öüt åñd püt ît îñ ågåîñ tö çöñtîñüé. ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>The card was taken out</source>
        <translation>‏[Thé çård wås tåkéñ öüt ~~~~~~ ~~]‏</translation>
    </message>
    <message>
        <source>Everything was erased. Put your card in again to start over.</source>
        <translation>‏[Évérýthîñg wås éråséd. Püt ýöür çård îñ ågåîñ tö stårt övér. ~~~~~~ ~~~~~~ ~~~~~~ ~~~]‏</translation>
    </message>
    <message>
        <source>The card reader is not working</source>
        <translation>‏[Thé çård réådér îs ñöt wörkîñg ~~~~~~ ~~~~~]‏</translation>
    </message>
    <message>
        <source>You can continue as a guest. Staff have been told about the problem.</source>
        <translation>‏[Ýöü çåñ çöñtîñüé ås å güést. Ståff håvé bééñ töld åböüt thé pröblém. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>We could not read your card</source>
        <translation>‏[Wé çöüld ñöt réåd ýöür çård ~~~~~~ ~~~~]‏</translation>
    </message>
    <message>
        <source>Take your card out, check that the chip is clean and facing the right way, and put it in again.</source>
        <translation>‏[Tåké ýöür çård öüt, çhéçk thåt thé çhîp îs çléåñ åñd fåçîñg thé rîght wåý, åñd püt ît îñ ågåîñ. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~]‏</translation>
    </message>
    <message>
        <source>This kiosk is out of service</source>
        <translation>‏[Thîs kîösk îs öüt öf sérvîçé ~~~~~~ ~~~~]‏</translation>
    </message>
    <message>
        <source>Please take your card out and use another kiosk, or ask staff.</source>
        <translation>‏[Pléåsé tåké ýöür çård öüt åñd üsé åñöthér kîösk, ör åsk ståff. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~]‏</translation>
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
        <translation>‏[Sîgñîñg îñ wîth ýöür çård ~~~~~~ ~~~]‏</translation>
    </message>
    <message>
        <source>Reading your card… Please leave it in the reader.</source>
        <translation>‏[Réådîñg ýöür çård… Pléåsé léåvé ît îñ thé réådér. ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Checking your PIN…</source>
        <translation>‏[Çhéçkîñg ýöür PÎÑ… ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Hello, %1. Type your PIN and press OK.</source>
        <translation>‏[Héllö, %1. Týpé ýöür PÎÑ åñd préss ÖK. ~~~~~~ ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>Tries left: %1</source>
        <translation>‏[Trîés léft: %1 ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Careful: this is your last try before the card is blocked.</source>
        <translation>‏[Çåréfül: thîs îs ýöür låst trý béföré thé çård îs blöçkéd. ~~~~~~ ~~~~~~ ~~~~~~ ~~]‏</translation>
    </message>
    <message>
        <source>Type your PIN on the keypad of the card reader.</source>
        <translation>‏[Týpé ýöür PÎÑ öñ thé kéýpåd öf thé çård réådér. ~~~~~~ ~~~~~~ ~~~~~]‏</translation>
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
        <translation>‏[Pléåsé tåké ýöür çård öüt öf thé réådér. ~~~~~~ ~~~~~~ ~~]‏</translation>
    </message>
    <message>
        <source>Continue as a guest</source>
        <translation>‏[Çöñtîñüé ås å güést ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>How the city uses your data</source>
        <translation>‏[Höw thé çîtý üsés ýöür dåtå ~~~~~~ ~~~~]‏</translation>
    </message>
</context>
<context>
    <name>CategoryStep</name>
    <message>
        <source>What is the problem?</source>
        <translation>‏[Whåt îs thé pröblém? ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>The list of problems is not available on this kiosk yet: it needs the network once. Please try again later.</source>
        <translation>‏[Thé lîst öf pröbléms îs ñöt åvåîlåblé öñ thîs kîösk ýét: ît ñééds thé ñétwörk öñçé. Pléåsé trý ågåîñ låtér. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>The network is down: this is the list saved on this kiosk. Your report will be sent when the network returns.</source>
        <translation>‏[Thé ñétwörk îs döwñ: thîs îs thé lîst såvéd öñ thîs kîösk. Ýöür répört wîll bé séñt whéñ thé ñétwörk rétürñs. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~]‏</translation>
    </message>
    <message>
        <source>Choose the kind of problem.</source>
        <translation>‏[Çhöösé thé kîñd öf pröblém. ~~~~~~ ~~~~]‏</translation>
    </message>
</context>
<context>
    <name>CheckRequestScreen</name>
    <message>
        <source>Check a street report</source>
        <translation>‏[Çhéçk å stréét répört ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>The status cannot be checked on this kiosk right now. Please try later.</source>
        <translation>‏[Thé ståtüs çåññöt bé çhéçkéd öñ thîs kîösk rîght ñöw. Pléåsé trý låtér. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Asking the city…</source>
        <translation>‏[Åskîñg thé çîtý… ~~~~~~]‏</translation>
    </message>
    <message>
        <source>The status cannot be checked right now. Please try again later.</source>
        <translation>‏[Thé ståtüs çåññöt bé çhéçkéd rîght ñöw. Pléåsé trý ågåîñ låtér. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~]‏</translation>
    </message>
</context>
<context>
    <name>CheckStep</name>
    <message>
        <source>Check before you confirm</source>
        <translation>‏[Çhéçk béföré ýöü çöñfîrm ~~~~~~ ~~~]‏</translation>
    </message>
    <message>
        <source>No, go back</source>
        <translation>‏[Ñö, gö båçk ~~~~]‏</translation>
    </message>
</context>
<context>
    <name>ChooseStep</name>
    <message>
        <source>Apply for a permit or renew a licence.</source>
        <translation>‏[Åpplý för å pérmît ör réñéw å lîçéñçé. ~~~~~~ ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>Loading the list of permits…</source>
        <translation>‏[Löådîñg thé lîst öf pérmîts… ~~~~~~ ~~~~]‏</translation>
    </message>
    <message>
        <source>The list of permits is not available on this kiosk yet: it needs the network once. Please try again later.</source>
        <translation>‏[Thé lîst öf pérmîts îs ñöt åvåîlåblé öñ thîs kîösk ýét: ît ñééds thé ñétwörk öñçé. Pléåsé trý ågåîñ låtér. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>The network is down: this is the list of permits saved on this kiosk. Your application will be sent when the network returns.</source>
        <translation>‏[Thé ñétwörk îs döwñ: thîs îs thé lîst öf pérmîts såvéd öñ thîs kîösk. Ýöür åpplîçåtîöñ wîll bé séñt whéñ thé ñétwörk rétürñs. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>Renewing a licence needs the network to look up your licences.</source>
        <translation>‏[Réñéwîñg å lîçéñçé ñééds thé ñétwörk tö löök üp ýöür lîçéñçés. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~]‏</translation>
    </message>
    <message>
        <source>Apply: %1</source>
        <translation>‏[Åpplý: %1 ~~~~]‏</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>‏[Çhöösé ~~]‏</translation>
    </message>
    <message>
        <source>Your licence is valid until %1.</source>
        <translation>‏[Ýöür lîçéñçé îs vålîd üñtîl %1. ~~~~~~ ~~~~~]‏</translation>
    </message>
</context>
<context>
    <name>ConfirmAnswersStep</name>
    <message>
        <source>Send your answers</source>
        <translation>‏[Séñd ýöür åñswérs ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Send my answers</source>
        <translation>‏[Séñd mý åñswérs ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Check your answers. You can still change them. Once sent, they cannot be changed.</source>
        <translation>‏[Çhéçk ýöür åñswérs. Ýöü çåñ stîll çhåñgé thém. Öñçé séñt, théý çåññöt bé çhåñgéd. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~]‏</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>‏[Ñöt åñswéréd ~~~~~]‏</translation>
    </message>
    <message>
        <source>Change my answers</source>
        <translation>‏[Çhåñgé mý åñswérs ~~~~~~]‏</translation>
    </message>
</context>
<context>
    <name>ConfirmStep</name>
    <message>
        <source>Check your booking</source>
        <translation>‏[Çhéçk ýöür böökîñg ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Yes, book this time</source>
        <translation>‏[Ýés, böök thîs tîmé ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>No, go back</source>
        <translation>‏[Ñö, gö båçk ~~~~]‏</translation>
    </message>
</context>
<context>
    <name>ConsultationStep</name>
    <message>
        <source>Read the consultation</source>
        <translation>‏[Réåd thé çöñsültåtîöñ ~~~~~~ ~]‏</translation>
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
        <translation>‏[Ýöü håvé ålréådý tåkéñ pårt îñ thîs çöñsültåtîöñ. ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>This consultation is closed.</source>
        <translation>‏[Thîs çöñsültåtîöñ îs çlöséd. ~~~~~~ ~~~~]‏</translation>
    </message>
    <message>
        <source>Your answers are sent once and cannot be changed afterwards. They are used for this consultation only.</source>
        <translation>‏[Ýöür åñswérs åré séñt öñçé åñd çåññöt bé çhåñgéd åftérwårds. Théý åré üséd för thîs çöñsültåtîöñ öñlý. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
    </message>
</context>
<context>
    <name>ConsultationsScreen</name>
    <message>
        <source>Public consultations</source>
        <translation>‏[Püblîç çöñsültåtîöñs ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>%1 (you took part)</source>
        <translation>‏[%1 (ýöü töök pårt) ~~~~~~]‏</translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation>‏[%1 (çlöséd) ~~~~]‏</translation>
    </message>
    <message>
        <source>Consultation response</source>
        <translation>‏[Çöñsültåtîöñ réspöñsé ~~~~~~ ~]‏</translation>
    </message>
</context>
<context>
    <name>ContentLanguage</name>
    <message>
        <source>Shown in English: the city has no text for this in your language.</source>
        <translation>‏[Shöwñ îñ Éñglîsh: thé çîtý hås ñö téxt för thîs îñ ýöür låñgüågé. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~]‏</translation>
    </message>
    <message>
        <source>Shown in Spanish: the city has no text for this in your language.</source>
        <translation>‏[Shöwñ îñ Spåñîsh: thé çîtý hås ñö téxt för thîs îñ ýöür låñgüågé. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~]‏</translation>
    </message>
    <message>
        <source>Shown in French: the city has no text for this in your language.</source>
        <translation>‏[Shöwñ îñ Fréñçh: thé çîtý hås ñö téxt för thîs îñ ýöür låñgüågé. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~]‏</translation>
    </message>
    <message>
        <source>Shown in Arabic: the city has no text for this in your language.</source>
        <translation>‏[Shöwñ îñ Åråbîç: thé çîtý hås ñö téxt för thîs îñ ýöür låñgüågé. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~]‏</translation>
    </message>
    <message>
        <source>Some of this is shown in the language the city wrote it in: the city has no text for it in your language.</source>
        <translation>‏[Sömé öf thîs îs shöwñ îñ thé låñgüågé thé çîtý wröté ît îñ: thé çîtý hås ñö téxt för ît îñ ýöür låñgüågé. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
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
        <translation>‏[Pléåsé brîñg å réçéñt påsspört-stýlé phötö åñd ýöür éÇîtîzéñ çård tö thé çîtý çöüñtér; ståff wîll çömplété thîs åpplîçåtîöñ wîth ýöü. Ñöthîñg wås séñt. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~]‏</translation>
    </message>
    <message>
        <source>Back to the services</source>
        <translation>‏[Båçk tö thé sérvîçés ~~~~~~ ~]‏</translation>
    </message>
</context>
<context>
    <name>DescribeStep</name>
    <message>
        <source>Describe it (optional)</source>
        <translation>‏[Désçrîbé ît (öptîöñål) ~~~~~~ ~~]‏</translation>
    </message>
    <message>
        <source>Please shorten the description.</source>
        <translation>‏[Pléåsé shörtéñ thé désçrîptîöñ. ~~~~~~ ~~~~~]‏</translation>
    </message>
    <message>
        <source>What should the city know? (optional)</source>
        <translation>‏[Whåt shöüld thé çîtý kñöw? (öptîöñål) ~~~~~~ ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>‏[Désçrîptîöñ ~~~~]‏</translation>
    </message>
    <message>
        <source>The report is linked to your eCitizen account.</source>
        <translation>‏[Thé répört îs lîñkéd tö ýöür éÇîtîzéñ åççöüñt. ~~~~~~ ~~~~~~ ~~~~]‏</translation>
    </message>
    <message>
        <source>The report is anonymous. You can link it to your account.</source>
        <translation>‏[Thé répört îs åñöñýmöüs. Ýöü çåñ lîñk ît tö ýöür åççöüñt. ~~~~~~ ~~~~~~ ~~~~~~ ~~]‏</translation>
    </message>
    <message>
        <source>The report is anonymous.</source>
        <translation>‏[Thé répört îs åñöñýmöüs. ~~~~~~ ~~~]‏</translation>
    </message>
    <message>
        <source>Link the report to my account</source>
        <translation>‏[Lîñk thé répört tö mý åççöüñt ~~~~~~ ~~~~~]‏</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>‏[Çöñtîñüé ~~~]‏</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>%1: %2</source>
        <translation>‏[%1: %2 ~~]‏</translation>
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
        <translation>‏[Thé kîösk îs stîll stårtîñg. Trý ågåîñ îñ å möméñt. ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Technician diagnostics</source>
        <translation>‏[Téçhñîçîåñ dîågñöstîçs ~~~~~~ ~~]‏</translation>
    </message>
    <message>
        <source>Technician sessions end automatically after 30 minutes. Queue contents are never shown here.</source>
        <translation>‏[Téçhñîçîåñ séssîöñs éñd åütömåtîçållý åftér 30 mîñütés. Qüéüé çöñtéñts åré ñévér shöwñ héré. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~]‏</translation>
    </message>
    <message>
        <source>Device and system health</source>
        <translation>‏[Dévîçé åñd sýstém héålth ~~~~~~ ~~~]‏</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>‏[Réfrésh ~~~]‏</translation>
    </message>
    <message>
        <source>Check card reader</source>
        <translation>‏[Çhéçk çård réådér ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Print test receipt</source>
        <translation>‏[Prîñt tést réçéîpt ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Test fingerprint sensor</source>
        <translation>‏[Tést fîñgérprîñt séñsör ~~~~~~ ~~]‏</translation>
    </message>
    <message>
        <source>Test camera</source>
        <translation>‏[Tést çåmérå ~~~~]‏</translation>
    </message>
    <message>
        <source>Items that could not be sent</source>
        <translation>‏[Îtéms thåt çöüld ñöt bé séñt ~~~~~~ ~~~~]‏</translation>
    </message>
    <message>
        <source>No items are waiting for a decision.</source>
        <translation>‏[Ñö îtéms åré wåîtîñg för å déçîsîöñ. ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Choose the reason, then retry or discard:</source>
        <translation>‏[Çhöösé thé réåsöñ, théñ rétrý ör dîsçård: ~~~~~~ ~~~~~~ ~~]‏</translation>
    </message>
    <message>
        <source>The service is working again</source>
        <translation>‏[Thé sérvîçé îs wörkîñg ågåîñ ~~~~~~ ~~~~]‏</translation>
    </message>
    <message>
        <source>The resident was informed</source>
        <translation>‏[Thé résîdéñt wås îñförméd ~~~~~~ ~~~]‏</translation>
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
        <translation>‏[Sérvîçé wîthdråwñ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Other, documented in the ticket</source>
        <translation>‏[Öthér, döçüméñtéd îñ thé tîçkét ~~~~~~ ~~~~~]‏</translation>
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
        <translation>‏[Réprîñt å réçéîpt ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Receipt reference</source>
        <translation>‏[Réçéîpt référéñçé ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>‏[Réprîñt ~~~]‏</translation>
    </message>
    <message>
        <source>Export logs (encrypted for the city)</source>
        <translation>‏[Éxpört lögs (éñçrýptéd för thé çîtý) ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Save to USB stick</source>
        <translation>‏[Såvé tö ÜSB stîçk ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Show as QR code</source>
        <translation>‏[Shöw ås QR çödé ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Encrypted log bundle as a QR code</source>
        <translation>‏[Éñçrýptéd lög büñdlé ås å QR çödé ~~~~~~ ~~~~~~]‏</translation>
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
        <source>Encrypted log bundle ready.</source>
        <translation>‏[Éñçrýptéd lög büñdlé réådý. ~~~~~~ ~~~~]‏</translation>
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
        <source>Fingerprint sensor</source>
        <translation>‏[Fîñgérprîñt séñsör ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>‏[Çåmérå ~~]‏</translation>
    </message>
    <message>
        <source>Disk and memory</source>
        <translation>‏[Dîsk åñd mémörý ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Card revocation list</source>
        <translation>‏[Çård révöçåtîöñ lîst ~~~~~~ ~]‏</translation>
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
        <translation>‏[Thé åüdît lög îs ñöt åvåîlåblé: ñöthîñg wås çhåñgéd. ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
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
        <translation>‏[Ñö réçéîpt wîth thîs référéñçé öñ thîs kîösk. ~~~~~~ ~~~~~~ ~~~~]‏</translation>
    </message>
    <message>
        <source>Reprinted.</source>
        <translation>‏[Réprîñtéd. ~~~~]‏</translation>
    </message>
    <message>
        <source>The printer could not print it.</source>
        <translation>‏[Thé prîñtér çöüld ñöt prîñt ît. ~~~~~~ ~~~~~]‏</translation>
    </message>
    <message>
        <source>No printer is installed.</source>
        <translation>‏[Ñö prîñtér îs îñstålléd. ~~~~~~ ~~~]‏</translation>
    </message>
    <message>
        <source>Encrypted log bundle saved: %1</source>
        <translation>‏[Éñçrýptéd lög büñdlé såvéd: %1 ~~~~~~ ~~~~~]‏</translation>
    </message>
    <message>
        <source>No USB stick is mounted for export.</source>
        <translation>‏[Ñö ÜSB stîçk îs möüñtéd för éxpört. ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>No city export key is installed: nothing was exported.</source>
        <translation>‏[Ñö çîtý éxpört kéý îs îñstålléd: ñöthîñg wås éxpörtéd. ~~~~~~ ~~~~~~ ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>Out of service: a card reader was unplugged while the kiosk was running. Check that the reader and its cable are the kiosk's own and nothing was added between them, then put the kiosk back in service.</source>
        <translation>‏[Öüt öf sérvîçé: å çård réådér wås üñplüggéd whîlé thé kîösk wås rüññîñg. Çhéçk thåt thé réådér åñd îts çåblé åré thé kîösk's öwñ åñd ñöthîñg wås åddéd bétwééñ thém, théñ püt thé kîösk båçk îñ sérvîçé. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~]‏</translation>
    </message>
    <message>
        <source>Put back in service</source>
        <translation>‏[Püt båçk îñ sérvîçé ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>The kiosk is back in service.</source>
        <translation>‏[Thé kîösk îs båçk îñ sérvîçé. ~~~~~~ ~~~~~]‏</translation>
    </message>
    <message>
        <source>The kiosk could not be put back in service: its disk refused.</source>
        <translation>‏[Thé kîösk çöüld ñöt bé püt båçk îñ sérvîçé: îts dîsk réfüséd. ~~~~~~ ~~~~~~ ~~~~~~ ~~~]‏</translation>
    </message>
    <message>
        <source>Out of service: the fingerprint sensor was unplugged while the kiosk was running. Check that the sensor and its cable are the kiosk's own and nothing was added between them, then put the kiosk back in service.</source>
        <translation>‏[Öüt öf sérvîçé: thé fîñgérprîñt séñsör wås üñplüggéd whîlé thé kîösk wås rüññîñg. Çhéçk thåt thé séñsör åñd îts çåblé åré thé kîösk's öwñ åñd ñöthîñg wås åddéd bétwééñ thém, théñ püt thé kîösk båçk îñ sérvîçé. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Taken out of service by the city's IT team. Put the kiosk back in service only when they ask you to.</source>
        <translation>‏[Tåkéñ öüt öf sérvîçé bý thé çîtý's ÎT téåm. Püt thé kîösk båçk îñ sérvîçé öñlý whéñ théý åsk ýöü tö. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~]‏</translation>
    </message>
    <message>
        <source>Updated at %1.</source>
        <translation>‏[Üpdåtéd åt %1. ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Not installed on this kiosk.</source>
        <translation>‏[Ñöt îñstålléd öñ thîs kîösk. ~~~~~~ ~~~~]‏</translation>
    </message>
    <message>
        <source>Test receipt printed. Check it came out and is readable.</source>
        <translation>‏[Tést réçéîpt prîñtéd. Çhéçk ît çåmé öüt åñd îs réådåblé. ~~~~~~ ~~~~~~ ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>Card reader works.</source>
        <translation>‏[Çård réådér wörks. ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Fingerprint sensor works.</source>
        <translation>‏[Fîñgérprîñt séñsör wörks. ~~~~~~ ~~~]‏</translation>
    </message>
    <message>
        <source>Camera works.</source>
        <translation>‏[Çåmérå wörks. ~~~~~]‏</translation>
    </message>
    <message>
        <source>Failed: %1 %2</source>
        <translation>‏[Fåîléd: %1 %2 ~~~~~]‏</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>‏[Pröblém ~~~]‏</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>‏[Réçéîpt prîñtér ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Saved requests (offline queue)</source>
        <translation>‏[Såvéd réqüésts (öfflîñé qüéüé) ~~~~~~ ~~~~~]‏</translation>
    </message>
    <message>
        <source>Network and city back end</source>
        <translation>‏[Ñétwörk åñd çîtý båçk éñd ~~~~~~ ~~~]‏</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>‏[Wårñîñg: %1 ~~~~]‏</translation>
    </message>
    <message>
        <source>Everything installed works.</source>
        <translation>‏[Évérýthîñg îñstålléd wörks. ~~~~~~ ~~~~]‏</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>‏[Ñéxt stép: %1 ~~~~~]‏</translation>
    </message>
    <message>
        <source>Code for the service desk: %1</source>
        <translation>‏[Çödé för thé sérvîçé désk: %1 ~~~~~~ ~~~~~]‏</translation>
    </message>
    <message>
        <source>Readers connected: %1</source>
        <translation>‏[Réådérs çöññéçtéd: %1 ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>Waiting to be sent: %1. Could not be sent: %2.</source>
        <translation>‏[Wåîtîñg tö bé séñt: %1. Çöüld ñöt bé séñt: %2. ~~~~~~ ~~~~~~ ~~~~]‏</translation>
    </message>
    <message>
        <source>Network: connected.</source>
        <translation>‏[Ñétwörk: çöññéçtéd. ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>Network: not connected.</source>
        <translation>‏[Ñétwörk: ñöt çöññéçtéd. ~~~~~~ ~~]‏</translation>
    </message>
    <message>
        <source>Answers in %1 ms.</source>
        <translation>‏[Åñswérs îñ %1 ms. ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Disk: %1 GB free (%2 %). Core dumps: %3. Swap: %4.</source>
        <translation>‏[Dîsk: %1 GB fréé (%2 %). Çöré dümps: %3. Swåp: %4. ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Version %1, kiosk %2.</source>
        <translation>‏[Vérsîöñ %1, kîösk %2. ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>Also:</source>
        <translation>‏[Ålsö: ~~]‏</translation>
    </message>
    <message>
        <source>The camera is switched on only during a test or a service.</source>
        <translation>‏[Thé çåmérå îs swîtçhéd öñ öñlý dürîñg å tést ör å sérvîçé. ~~~~~~ ~~~~~~ ~~~~~~ ~~]‏</translation>
    </message>
    <message numerus="yes">
        <source>Updated %n hour(s) ago.</source>
        <translation><numerusform>‏[Üpdåtéd %n höür ågö. ~~~~~~ ~]‏</numerusform><numerusform>‏[Üpdåtéd %n höürs ågö. ~~~~~~ ~]‏</numerusform></translation>
    </message>
</context>
<context>
    <name>DiagnosticsText</name>
    <message>
        <source>The receipt printer is out of paper.</source>
        <translation>‏[Thé réçéîpt prîñtér îs öüt öf påpér. ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Open the printer cover, put in a new paper roll, close the cover.</source>
        <translation>‏[Öpéñ thé prîñtér çövér, püt îñ å ñéw påpér röll, çlösé thé çövér. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~]‏</translation>
    </message>
    <message>
        <source>The paper roll is nearly empty.</source>
        <translation>‏[Thé påpér röll îs ñéårlý émptý. ~~~~~~ ~~~~~]‏</translation>
    </message>
    <message>
        <source>Put in a new paper roll soon.</source>
        <translation>‏[Püt îñ å ñéw påpér röll sööñ. ~~~~~~ ~~~~~]‏</translation>
    </message>
    <message>
        <source>The printer cover is open.</source>
        <translation>‏[Thé prîñtér çövér îs öpéñ. ~~~~~~ ~~~]‏</translation>
    </message>
    <message>
        <source>Close the printer cover until it clicks.</source>
        <translation>‏[Çlösé thé prîñtér çövér üñtîl ît çlîçks. ~~~~~~ ~~~~~~ ~~]‏</translation>
    </message>
    <message>
        <source>The paper cutter is stuck.</source>
        <translation>‏[Thé påpér çüttér îs stüçk. ~~~~~~ ~~~]‏</translation>
    </message>
    <message>
        <source>Open the cover, remove jammed paper, close the cover.</source>
        <translation>‏[Öpéñ thé çövér, rémövé jåmméd påpér, çlösé thé çövér. ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>The printer does not answer.</source>
        <translation>‏[Thé prîñtér döés ñöt åñswér. ~~~~~~ ~~~~]‏</translation>
    </message>
    <message>
        <source>Check the printer's power and cable, then print a test receipt.</source>
        <translation>‏[Çhéçk thé prîñtér's pöwér åñd çåblé, théñ prîñt å tést réçéîpt. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~]‏</translation>
    </message>
    <message>
        <source>The printer is not connected.</source>
        <translation>‏[Thé prîñtér îs ñöt çöññéçtéd. ~~~~~~ ~~~~~]‏</translation>
    </message>
    <message>
        <source>No printer was found.</source>
        <translation>‏[Ñö prîñtér wås föüñd. ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>The test receipt did not print.</source>
        <translation>‏[Thé tést réçéîpt dîd ñöt prîñt. ~~~~~~ ~~~~~]‏</translation>
    </message>
    <message>
        <source>Check paper and cover, then try again.</source>
        <translation>‏[Çhéçk påpér åñd çövér, théñ trý ågåîñ. ~~~~~~ ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>No card reader is connected.</source>
        <translation>‏[Ñö çård réådér îs çöññéçtéd. ~~~~~~ ~~~~]‏</translation>
    </message>
    <message>
        <source>Check the card reader's cable, then press Check card reader.</source>
        <translation>‏[Çhéçk thé çård réådér's çåblé, théñ préss Çhéçk çård réådér. ~~~~~~ ~~~~~~ ~~~~~~ ~~~]‏</translation>
    </message>
    <message>
        <source>The card reader service is not running.</source>
        <translation>‏[Thé çård réådér sérvîçé îs ñöt rüññîñg. ~~~~~~ ~~~~~~ ~~]‏</translation>
    </message>
    <message>
        <source>Restart the kiosk. If it stays, call the service desk.</source>
        <translation>‏[Réstårt thé kîösk. Îf ît ståýs, çåll thé sérvîçé désk. ~~~~~~ ~~~~~~ ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>The card reader was unplugged.</source>
        <translation>‏[Thé çård réådér wås üñplüggéd. ~~~~~~ ~~~~~]‏</translation>
    </message>
    <message>
        <source>No card certificates are installed: cards cannot be checked.</source>
        <translation>‏[Ñö çård çértîfîçåtés åré îñstålléd: çårds çåññöt bé çhéçkéd. ~~~~~~ ~~~~~~ ~~~~~~ ~~~]‏</translation>
    </message>
    <message>
        <source>Install the city's card certificates (kiosk provisioning).</source>
        <translation>‏[Îñståll thé çîtý's çård çértîfîçåtés (kîösk prövîsîöñîñg). ~~~~~~ ~~~~~~ ~~~~~~ ~~]‏</translation>
    </message>
    <message>
        <source>The fingerprint sensor is not connected.</source>
        <translation>‏[Thé fîñgérprîñt séñsör îs ñöt çöññéçtéd. ~~~~~~ ~~~~~~ ~~]‏</translation>
    </message>
    <message>
        <source>Check the sensor's cable, then press Test fingerprint sensor.</source>
        <translation>‏[Çhéçk thé séñsör's çåblé, théñ préss Tést fîñgérprîñt séñsör. ~~~~~~ ~~~~~~ ~~~~~~ ~~~]‏</translation>
    </message>
    <message>
        <source>The fingerprint sensor does not answer.</source>
        <translation>‏[Thé fîñgérprîñt séñsör döés ñöt åñswér. ~~~~~~ ~~~~~~ ~~]‏</translation>
    </message>
    <message>
        <source>The camera is not connected.</source>
        <translation>‏[Thé çåmérå îs ñöt çöññéçtéd. ~~~~~~ ~~~~]‏</translation>
    </message>
    <message>
        <source>Check the camera's cable, then press Test camera.</source>
        <translation>‏[Çhéçk thé çåmérå's çåblé, théñ préss Tést çåmérå. ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>The camera gives no picture.</source>
        <translation>‏[Thé çåmérå gîvés ñö pîçtüré. ~~~~~~ ~~~~]‏</translation>
    </message>
    <message>
        <source>Some requests could not be sent.</source>
        <translation>‏[Sömé réqüésts çöüld ñöt bé séñt. ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Decide on each one below: retry or discard, with a reason.</source>
        <translation>‏[Déçîdé öñ éåçh öñé bélöw: rétrý ör dîsçård, wîth å réåsöñ. ~~~~~~ ~~~~~~ ~~~~~~ ~~]‏</translation>
    </message>
    <message>
        <source>A request needs a person to look at it.</source>
        <translation>‏[Å réqüést ñééds å pérsöñ tö löök åt ît. ~~~~~~ ~~~~~~ ~~]‏</translation>
    </message>
    <message>
        <source>Saved requests have waited a long time to be sent.</source>
        <translation>‏[Såvéd réqüésts håvé wåîtéd å löñg tîmé tö bé séñt. ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Check the network and the city back end below.</source>
        <translation>‏[Çhéçk thé ñétwörk åñd thé çîtý båçk éñd bélöw. ~~~~~~ ~~~~~~ ~~~~]‏</translation>
    </message>
    <message>
        <source>The offline queue cannot be opened: requests cannot be saved.</source>
        <translation>‏[Thé öfflîñé qüéüé çåññöt bé öpéñéd: réqüésts çåññöt bé såvéd. ~~~~~~ ~~~~~~ ~~~~~~ ~~~]‏</translation>
    </message>
    <message>
        <source>Call the service desk: the kiosk's disk needs checking.</source>
        <translation>‏[Çåll thé sérvîçé désk: thé kîösk's dîsk ñééds çhéçkîñg. ~~~~~~ ~~~~~~ ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>The queue database was damaged and set aside.</source>
        <translation>‏[Thé qüéüé dåtåbåsé wås dåmågéd åñd sét åsîdé. ~~~~~~ ~~~~~~ ~~~~]‏</translation>
    </message>
    <message>
        <source>Call the service desk and give them the kiosk's number.</source>
        <translation>‏[Çåll thé sérvîçé désk åñd gîvé thém thé kîösk's ñümbér. ~~~~~~ ~~~~~~ ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>Sending saved requests keeps failing.</source>
        <translation>‏[Séñdîñg såvéd réqüésts kééps fåîlîñg. ~~~~~~ ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>No city back end is configured.</source>
        <translation>‏[Ñö çîtý båçk éñd îs çöñfîgüréd. ~~~~~~ ~~~~~]‏</translation>
    </message>
    <message>
        <source>Check the kiosk's configuration (kiosk provisioning).</source>
        <translation>‏[Çhéçk thé kîösk's çöñfîgüråtîöñ (kîösk prövîsîöñîñg). ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>The city back end reports a problem.</source>
        <translation>‏[Thé çîtý båçk éñd répörts å pröblém. ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Nothing to do here: requests are saved and sent later.</source>
        <translation>‏[Ñöthîñg tö dö héré: réqüésts åré såvéd åñd séñt låtér. ~~~~~~ ~~~~~~ ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>The kiosk's clock is wrong.</source>
        <translation>‏[Thé kîösk's çlöçk îs wröñg. ~~~~~~ ~~~~]‏</translation>
    </message>
    <message>
        <source>Check the network time (NTP) settings of the kiosk.</source>
        <translation>‏[Çhéçk thé ñétwörk tîmé (ÑTP) séttîñgs öf thé kîösk. ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>The city back end cannot be reached.</source>
        <translation>‏[Thé çîtý båçk éñd çåññöt bé réåçhéd. ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Check the network cable and router. Requests are saved meanwhile.</source>
        <translation>‏[Çhéçk thé ñétwörk çåblé åñd röütér. Réqüésts åré såvéd méåñwhîlé. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~]‏</translation>
    </message>
    <message>
        <source>The disk is full: the kiosk takes no new requests.</source>
        <translation>‏[Thé dîsk îs füll: thé kîösk tåkés ñö ñéw réqüésts. ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Call the service desk now.</source>
        <translation>‏[Çåll thé sérvîçé désk ñöw. ~~~~~~ ~~~]‏</translation>
    </message>
    <message>
        <source>The disk is nearly full.</source>
        <translation>‏[Thé dîsk îs ñéårlý füll. ~~~~~~ ~~~]‏</translation>
    </message>
    <message>
        <source>Tell the service desk soon.</source>
        <translation>‏[Téll thé sérvîçé désk sööñ. ~~~~~~ ~~~~]‏</translation>
    </message>
    <message>
        <source>No card revocation list is installed.</source>
        <translation>‏[Ñö çård révöçåtîöñ lîst îs îñstålléd. ~~~~~~ ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>Check the network: the list is fetched automatically.</source>
        <translation>‏[Çhéçk thé ñétwörk: thé lîst îs fétçhéd åütömåtîçållý. ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>The card revocation list is out of date.</source>
        <translation>‏[Thé çård révöçåtîöñ lîst îs öüt öf dåté. ~~~~~~ ~~~~~~ ~~]‏</translation>
    </message>
    <message>
        <source>The receipt printer has a problem.</source>
        <translation>‏[Thé réçéîpt prîñtér hås å pröblém. ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Check paper, cover and cable, then print a test receipt.</source>
        <translation>‏[Çhéçk påpér, çövér åñd çåblé, théñ prîñt å tést réçéîpt. ~~~~~~ ~~~~~~ ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>The card reader has a problem.</source>
        <translation>‏[Thé çård réådér hås å pröblém. ~~~~~~ ~~~~~]‏</translation>
    </message>
    <message>
        <source>The fingerprint sensor has a problem.</source>
        <translation>‏[Thé fîñgérprîñt séñsör hås å pröblém. ~~~~~~ ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>The camera has a problem.</source>
        <translation>‏[Thé çåmérå hås å pröblém. ~~~~~~ ~~~]‏</translation>
    </message>
    <message>
        <source>The offline queue has a problem.</source>
        <translation>‏[Thé öfflîñé qüéüé hås å pröblém. ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>The city back end cannot be used right now.</source>
        <translation>‏[Thé çîtý båçk éñd çåññöt bé üséd rîght ñöw. ~~~~~~ ~~~~~~ ~~~]‏</translation>
    </message>
    <message>
        <source>The card certificates have a problem.</source>
        <translation>‏[Thé çård çértîfîçåtés håvé å pröblém. ~~~~~~ ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>Something is not working as it should.</source>
        <translation>‏[Söméthîñg îs ñöt wörkîñg ås ît shöüld. ~~~~~~ ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>Call the service desk and give them the kiosk's number and this code.</source>
        <translation>‏[Çåll thé sérvîçé désk åñd gîvé thém thé kîösk's ñümbér åñd thîs çödé. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>The printer's address or model in the configuration is not known.</source>
        <translation>‏[Thé prîñtér's åddréss ör mödél îñ thé çöñfîgüråtîöñ îs ñöt kñöwñ. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~]‏</translation>
    </message>
    <message>
        <source>Check [devices.printer] uri and profile in the kiosk's configuration.</source>
        <translation>‏[Çhéçk [dévîçés.prîñtér] ürî åñd pröfîlé îñ thé kîösk's çöñfîgüråtîöñ. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>The queue database looks damaged.</source>
        <translation>‏[Thé qüéüé dåtåbåsé lööks dåmågéd. ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Restart the kiosk (it sets the file aside and keeps it), then call the service desk.</source>
        <translation>‏[Réstårt thé kîösk (ît séts thé fîlé åsîdé åñd kééps ît), théñ çåll thé sérvîçé désk. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
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
        <translation>‏[Éléçtîöñ îñförmåtîöñ îs ñöt åvåîlåblé öñ thîs kîösk ýét: ît ñééds thé ñétwörk öñçé. Pléåsé trý ågåîñ låtér ör åsk ståff. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Step-free access.</source>
        <translation>‏[Stép-fréé åççéss. ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Not step-free: ask the city for an accessible station.</source>
        <translation>‏[Ñöt stép-fréé: åsk thé çîtý för åñ åççéssîblé ståtîöñ. ~~~~~~ ~~~~~~ ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>You cannot vote at this kiosk: voting happens at your polling station or by post, where the secrecy of your vote is protected.</source>
        <translation>‏[Ýöü çåññöt vöté åt thîs kîösk: vötîñg håppéñs åt ýöür pöllîñg ståtîöñ ör bý pöst, whéré thé séçréçý öf ýöür vöté îs prötéçtéd. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>The network is down: this is the information saved on this kiosk, as of %1. Dates can change; please check again later.</source>
        <translation>‏[Thé ñétwörk îs döwñ: thîs îs thé îñförmåtîöñ såvéd öñ thîs kîösk, ås öf %1. Dåtés çåñ çhåñgé; pléåsé çhéçk ågåîñ låtér. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Information from the city as of %1.</source>
        <translation>‏[Îñförmåtîöñ fröm thé çîtý ås öf %1. ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Your polling station</source>
        <translation>‏[Ýöür pöllîñg ståtîöñ ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>Your own polling station needs the network: it is not saved on this kiosk. It is also printed on the polling card sent to your home.</source>
        <translation>‏[Ýöür öwñ pöllîñg ståtîöñ ñééds thé ñétwörk: ît îs ñöt såvéd öñ thîs kîösk. Ît îs ålsö prîñtéd öñ thé pöllîñg çård séñt tö ýöür hömé. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~]‏</translation>
    </message>
    <message>
        <source>The city has no polling station for you. If you think you can vote here, please ask staff or City Hall.</source>
        <translation>‏[Thé çîtý hås ñö pöllîñg ståtîöñ för ýöü. Îf ýöü thîñk ýöü çåñ vöté héré, pléåsé åsk ståff ör Çîtý Håll. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>You are registered to vote. Your polling station:</source>
        <translation>‏[Ýöü åré régîstéréd tö vöté. Ýöür pöllîñg ståtîöñ: ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>You are not on the electoral roll yet. See below how to register. Once registered, your polling station will be:</source>
        <translation>‏[Ýöü åré ñöt öñ thé éléçtörål röll ýét. Séé bélöw höw tö régîstér. Öñçé régîstéréd, ýöür pöllîñg ståtîöñ wîll bé: ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~]‏</translation>
    </message>
    <message>
        <source>Next elections</source>
        <translation>‏[Ñéxt éléçtîöñs ~~~~~~]‏</translation>
    </message>
    <message>
        <source>%1: %2, polling stations open %3–%4. Register by %5. Ask for a postal vote by %6.</source>
        <translation>‏[%1: %2, pöllîñg ståtîöñs öpéñ %3–%4. Régîstér bý %5. Åsk för å pöstål vöté bý %6. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~]‏</translation>
    </message>
    <message>
        <source>No elections are planned.</source>
        <translation>‏[Ñö éléçtîöñs åré plåññéd. ~~~~~~ ~~~]‏</translation>
    </message>
    <message>
        <source>How to register</source>
        <translation>‏[Höw tö régîstér ~~~~~~]‏</translation>
    </message>
    <message>
        <source>How to vote by post</source>
        <translation>‏[Höw tö vöté bý pöst ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>All polling stations</source>
        <translation>‏[Åll pöllîñg ståtîöñs ~~~~~~ ~]‏</translation>
    </message>
</context>
<context>
    <name>ElectionsScreen</name>
    <message>
        <source>Election information</source>
        <translation>‏[Éléçtîöñ îñförmåtîöñ ~~~~~~ ~]‏</translation>
    </message>
</context>
<context>
    <name>ErasureStep</name>
    <message>
        <source>Erase my data</source>
        <translation>‏[Éråsé mý dåtå ~~~~~]‏</translation>
    </message>
    <message>
        <source>Ask for erasure</source>
        <translation>‏[Åsk för éråsüré ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Erasure means the city deletes the personal data it holds about you and no longer needs: your contact details, your choices, old appointments and notices. After erasure you can no longer use the city's online services with your current record. The city answers within one month and tells you what it erased.</source>
        <translation>‏[Éråsüré méåñs thé çîtý délétés thé pérsöñål dåtå ît hölds åböüt ýöü åñd ñö löñgér ñééds: ýöür çöñtåçt détåîls, ýöür çhöîçés, öld åppöîñtméñts åñd ñötîçés. Åftér éråsüré ýöü çåñ ñö löñgér üsé thé çîtý's öñlîñé sérvîçés wîth ýöür çürréñt réçörd. Thé çîtý åñswérs wîthîñ öñé möñth åñd télls ýöü whåt ît éråséd. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~]‏</translation>
    </message>
    <message>
        <source>Records the law makes the city keep, such as bills and payments (tax law), stay until their period ends; the rest is erased. How long each kind is kept:</source>
        <translation>‏[Réçörds thé låw måkés thé çîtý kéép, süçh ås bîlls åñd påýméñts (tåx låw), ståý üñtîl théîr pérîöd éñds; thé rést îs éråséd. Höw löñg éåçh kîñd îs képt: ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~]‏</translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation>‏[• %1: %2 ~~~]‏</translation>
    </message>
</context>
<context>
    <name>FeedbackCommentStep</name>
    <message>
        <source>Your comment (optional)</source>
        <translation>‏[Ýöür çömméñt (öptîöñål) ~~~~~~ ~~]‏</translation>
    </message>
    <message>
        <source>Send my comment</source>
        <translation>‏[Séñd mý çömméñt ~~~~~~]‏</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>‏[%1 öf %2 çhåråçtérs ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>‏[Çömméñt ~~~]‏</translation>
    </message>
    <message>
        <source>Please shorten your comment.</source>
        <translation>‏[Pléåsé shörtéñ ýöür çömméñt. ~~~~~~ ~~~~]‏</translation>
    </message>
    <message>
        <source>Please write your comment first.</source>
        <translation>‏[Pléåsé wrîté ýöür çömméñt fîrst. ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Tell the city what went well or what could be better. Your comment is anonymous: it is sent without your name, so please do not write personal details in it.</source>
        <translation>‏[Téll thé çîtý whåt wéñt wéll ör whåt çöüld bé béttér. Ýöür çömméñt îs åñöñýmöüs: ît îs séñt wîthöüt ýöür ñåmé, sö pléåsé dö ñöt wrîté pérsöñål détåîls îñ ît. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
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
    <message>
        <source>%1 of %2 characters</source>
        <translation>‏[%1 öf %2 çhåråçtérs ~~~~~~ ~]‏</translation>
    </message>
    <message numerus="yes">
        <source>%n characters too many</source>
        <translation><numerusform>‏[%n çhåråçtérs töö måñý ~~~~~~ ~~]‏</numerusform><numerusform>‏[%n çhåråçtérs töö måñý ~~~~~~ ~~]‏</numerusform></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>‏[%1: %2 ~~]‏</translation>
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
        <translation>‏[Sçåñ thé çödé prîñtéd öñ ýöür bîll, ör týpé ýöür åççöüñt ñümbér. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~]‏</translation>
    </message>
    <message>
        <source>The kiosk is offline. The amount due is only shown live from the city's system, so bills cannot be looked up until the network is back.</source>
        <translation>‏[Thé kîösk îs öfflîñé. Thé åmöüñt düé îs öñlý shöwñ lîvé fröm thé çîtý's sýstém, sö bîlls çåññöt bé löökéd üp üñtîl thé ñétwörk îs båçk. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~]‏</translation>
    </message>
    <message>
        <source>Scan the code on my bill</source>
        <translation>‏[Sçåñ thé çödé öñ mý bîll ~~~~~~ ~~~]‏</translation>
    </message>
    <message>
        <source>This kiosk has no camera. Please type your account number.</source>
        <translation>‏[Thîs kîösk hås ñö çåmérå. Pléåsé týpé ýöür åççöüñt ñümbér. ~~~~~~ ~~~~~~ ~~~~~~ ~~]‏</translation>
    </message>
    <message>
        <source>The camera is not working right now. Please type your account number.</source>
        <translation>‏[Thé çåmérå îs ñöt wörkîñg rîght ñöw. Pléåsé týpé ýöür åççöüñt ñümbér. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Hold the code on your bill in front of the camera.</source>
        <translation>‏[Höld thé çödé öñ ýöür bîll îñ fröñt öf thé çåmérå. ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>‏[Stårtîñg thé çåmérå… ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>Account number (digits only)</source>
        <translation>‏[Åççöüñt ñümbér (dîgîts öñlý) ~~~~~~ ~~~~]‏</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>‏[Åççöüñt ñümbér ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Scan the code printed on your bill. You get a payment slip to pay at the counter; nothing about you is kept.</source>
        <translation>‏[Sçåñ thé çödé prîñtéd öñ ýöür bîll. Ýöü gét å påýméñt slîp tö påý åt thé çöüñtér; ñöthîñg åböüt ýöü îs képt. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>The camera cannot read codes right now. Please pay at the counter with your bill, or sign in with your eCitizen card to type your account number.</source>
        <translation>‏[Thé çåmérå çåññöt réåd çödés rîght ñöw. Pléåsé påý åt thé çöüñtér wîth ýöür bîll, ör sîgñ îñ wîth ýöür éÇîtîzéñ çård tö týpé ýöür åççöüñt ñümbér. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~]‏</translation>
    </message>
</context>
<context>
    <name>FingerprintPanel</name>
    <message>
        <source>Confirm with your fingerprint?</source>
        <translation>‏[Çöñfîrm wîth ýöür fîñgérprîñt? ~~~~~~ ~~~~~]‏</translation>
    </message>
    <message>
        <source>Fingerprint confirmed</source>
        <translation>‏[Fîñgérprîñt çöñfîrméd ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>Fingerprint not recognised</source>
        <translation>‏[Fîñgérprîñt ñöt réçögñîséd ~~~~~~ ~~~]‏</translation>
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
        <translation>‏[Ýöür fîñgérprîñt çåññöt bé çhéçkéd héré ~~~~~~ ~~~~~~ ~~]‏</translation>
    </message>
    <message>
        <source>The fingerprint reader is not working</source>
        <translation>‏[Thé fîñgérprîñt réådér îs ñöt wörkîñg ~~~~~~ ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>Confirm with your fingerprint</source>
        <translation>‏[Çöñfîrm wîth ýöür fîñgérprîñt ~~~~~~ ~~~~~]‏</translation>
    </message>
    <message>
        <source>Place your finger flat on the fingerprint reader.</source>
        <translation>‏[Plåçé ýöür fîñgér flåt öñ thé fîñgérprîñt réådér. ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Keep your finger still…</source>
        <translation>‏[Kéép ýöür fîñgér stîll… ~~~~~~ ~~]‏</translation>
    </message>
    <message>
        <source>Lift your finger.</source>
        <translation>‏[Lîft ýöür fîñgér. ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Getting the fingerprint reader ready…</source>
        <translation>‏[Géttîñg thé fîñgérprîñt réådér réådý… ~~~~~~ ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>That is fine: your PIN is enough. Tap Continue.</source>
        <translation>‏[Thåt îs fîñé: ýöür PÎÑ îs éñöügh. Tåp Çöñtîñüé. ~~~~~~ ~~~~~~ ~~~~~]‏</translation>
    </message>
    <message>
        <source>Your PIN was right. You can also confirm with your fingerprint: it is compared with the one on your card and is not kept.</source>
        <translation>‏[Ýöür PÎÑ wås rîght. Ýöü çåñ ålsö çöñfîrm wîth ýöür fîñgérprîñt: ît îs çömpåréd wîth thé öñé öñ ýöür çård åñd îs ñöt képt. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Thank you. You can lift your finger.</source>
        <translation>‏[Thåñk ýöü. Ýöü çåñ lîft ýöür fîñgér. ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Lift your finger, then place it flat on the reader again.</source>
        <translation>‏[Lîft ýöür fîñgér, théñ plåçé ît flåt öñ thé réådér ågåîñ. ~~~~~~ ~~~~~~ ~~~~~~ ~~]‏</translation>
    </message>
    <message>
        <source>We could not read your finger clearly. Lift it, dry or clean it if needed, and place it flat on the reader.</source>
        <translation>‏[Wé çöüld ñöt réåd ýöür fîñgér çléårlý. Lîft ît, drý ör çléåñ ît îf ñéédéd, åñd plåçé ît flåt öñ thé réådér. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>We did not feel a finger on the reader. Tap Try again when ready.</source>
        <translation>‏[Wé dîd ñöt féél å fîñgér öñ thé réådér. Tåp Trý ågåîñ whéñ réådý. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~]‏</translation>
    </message>
    <message>
        <source>The fingerprint on your card cannot be used with this reader.</source>
        <translation>‏[Thé fîñgérprîñt öñ ýöür çård çåññöt bé üséd wîth thîs réådér. ~~~~~~ ~~~~~~ ~~~~~~ ~~~]‏</translation>
    </message>
    <message>
        <source>This is optional. Your PIN is enough to sign in.</source>
        <translation>‏[Thîs îs öptîöñål. Ýöür PÎÑ îs éñöügh tö sîgñ îñ. ~~~~~~ ~~~~~~ ~~~~~]‏</translation>
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
        <translation>‏[Skîp — PÎÑ îs éñöügh ~~~~~~ ~]‏</translation>
    </message>
    <message numerus="yes">
        <source>Your fingerprint was not recognised after %n tries.</source>
        <translation><numerusform>‏[Ýöür fîñgérprîñt wås ñöt réçögñîséd åftér %n trîés. ~~~~~~ ~~~~~~ ~~~~~~]‏</numerusform><numerusform>‏[Ýöür fîñgérprîñt wås ñöt réçögñîséd åftér %n trîés. ~~~~~~ ~~~~~~ ~~~~~~]‏</numerusform></translation>
    </message>
</context>
<context>
    <name>FormStep</name>
    <message>
        <source>Question %1 of %2</source>
        <translation>‏[Qüéstîöñ %1 öf %2 ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>‏[Ñéxt ~~]‏</translation>
    </message>
    <message numerus="yes">
        <source>%n answers need checking. Tap one to go to it.</source>
        <translation><numerusform>‏[%n åñswérs ñééd çhéçkîñg. Tåp öñé tö gö tö ît. ~~~~~~ ~~~~~~ ~~~~]‏</numerusform><numerusform>‏[%n åñswérs ñééd çhéçkîñg. Tåp öñé tö gö tö ît. ~~~~~~ ~~~~~~ ~~~~]‏</numerusform></translation>
    </message>
</context>
<context>
    <name>FormTexts</name>
    <message>
        <source>A number from %1 to %2</source>
        <translation>‏[Å ñümbér fröm %1 tö %2 ~~~~~~ ~~]‏</translation>
    </message>
    <message>
        <source>A number of at least %1</source>
        <translation>‏[Å ñümbér öf åt léåst %1 ~~~~~~ ~~]‏</translation>
    </message>
    <message>
        <source>A number of at most %1</source>
        <translation>‏[Å ñümbér öf åt möst %1 ~~~~~~ ~~]‏</translation>
    </message>
    <message numerus="yes">
        <source>%n digits</source>
        <translation><numerusform>‏[%n dîgîts ~~~~]‏</numerusform><numerusform>‏[%n dîgîts ~~~~]‏</numerusform></translation>
    </message>
    <message>
        <source>%1 to %2 digits</source>
        <translation>‏[%1 tö %2 dîgîts ~~~~~~]‏</translation>
    </message>
    <message numerus="yes">
        <source>At least %n digits</source>
        <translation><numerusform>‏[Åt léåst %n dîgîts ~~~~~~]‏</numerusform><numerusform>‏[Åt léåst %n dîgîts ~~~~~~]‏</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Up to %n digits</source>
        <translation><numerusform>‏[Üp tö %n dîgîts ~~~~~~]‏</numerusform><numerusform>‏[Üp tö %n dîgîts ~~~~~~]‏</numerusform></translation>
    </message>
    <message>
        <source>Digits only</source>
        <translation>‏[Dîgîts öñlý ~~~~]‏</translation>
    </message>
    <message numerus="yes">
        <source>%n characters</source>
        <translation><numerusform>‏[%n çhåråçtérs ~~~~~]‏</numerusform><numerusform>‏[%n çhåråçtérs ~~~~~]‏</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation><numerusform>‏[Åt léåst %n çhåråçtérs ~~~~~~ ~~]‏</numerusform><numerusform>‏[Åt léåst %n çhåråçtérs ~~~~~~ ~~]‏</numerusform></translation>
    </message>
    <message>
        <source>Please enter a number from %1 to %2.</source>
        <translation>‏[Pléåsé éñtér å ñümbér fröm %1 tö %2. ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message numerus="yes">
        <source>Please enter %n digits.</source>
        <translation><numerusform>‏[Pléåsé éñtér %n dîgîts. ~~~~~~ ~~]‏</numerusform><numerusform>‏[Pléåsé éñtér %n dîgîts. ~~~~~~ ~~]‏</numerusform></translation>
    </message>
    <message>
        <source>Please enter %1 to %2 digits.</source>
        <translation>‏[Pléåsé éñtér %1 tö %2 dîgîts. ~~~~~~ ~~~~~]‏</translation>
    </message>
    <message numerus="yes">
        <source>Please enter at least %n digits.</source>
        <translation><numerusform>‏[Pléåsé éñtér åt léåst %n dîgîts. ~~~~~~ ~~~~~~]‏</numerusform><numerusform>‏[Pléåsé éñtér åt léåst %n dîgîts. ~~~~~~ ~~~~~~]‏</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Please enter at most %n digits.</source>
        <translation><numerusform>‏[Pléåsé éñtér åt möst %n dîgîts. ~~~~~~ ~~~~~]‏</numerusform><numerusform>‏[Pléåsé éñtér åt möst %n dîgîts. ~~~~~~ ~~~~~]‏</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Please enter at least %n characters.</source>
        <translation><numerusform>‏[Pléåsé éñtér åt léåst %n çhåråçtérs. ~~~~~~ ~~~~~~]‏</numerusform><numerusform>‏[Pléåsé éñtér åt léåst %n çhåråçtérs. ~~~~~~ ~~~~~~]‏</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Please enter at most %n characters.</source>
        <translation><numerusform>‏[Pléåsé éñtér åt möst %n çhåråçtérs. ~~~~~~ ~~~~~~]‏</numerusform><numerusform>‏[Pléåsé éñtér åt möst %n çhåråçtérs. ~~~~~~ ~~~~~~]‏</numerusform></translation>
    </message>
    <message>
        <source>Please answer this question.</source>
        <translation>‏[Pléåsé åñswér thîs qüéstîöñ. ~~~~~~ ~~~~]‏</translation>
    </message>
    <message>
        <source>This is too short.</source>
        <translation>‏[Thîs îs töö shört. ~~~~~~]‏</translation>
    </message>
    <message>
        <source>This is too long. Please shorten it.</source>
        <translation>‏[Thîs îs töö löñg. Pléåsé shörtéñ ît. ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>This does not look right. Please check the example.</source>
        <translation>‏[Thîs döés ñöt löök rîght. Pléåsé çhéçk thé éxåmplé. ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Please enter a number, for example 12 or 12.5.</source>
        <translation>‏[Pléåsé éñtér å ñümbér, för éxåmplé 12 ör 12.5. ~~~~~~ ~~~~~~ ~~~~]‏</translation>
    </message>
    <message>
        <source>This number is too small.</source>
        <translation>‏[Thîs ñümbér îs töö småll. ~~~~~~ ~~~]‏</translation>
    </message>
    <message>
        <source>This number is too large.</source>
        <translation>‏[Thîs ñümbér îs töö lårgé. ~~~~~~ ~~~]‏</translation>
    </message>
    <message>
        <source>This is not a valid date.</source>
        <translation>‏[Thîs îs ñöt å vålîd dåté. ~~~~~~ ~~~]‏</translation>
    </message>
    <message>
        <source>Please choose one of the options.</source>
        <translation>‏[Pléåsé çhöösé öñé öf thé öptîöñs. ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Please use at most two decimals.</source>
        <translation>‏[Pléåsé üsé åt möst twö déçîmåls. ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Please check this answer.</source>
        <translation>‏[Pléåsé çhéçk thîs åñswér. ~~~~~~ ~~~]‏</translation>
    </message>
</context>
<context>
    <name>HandoverNotice</name>
    <message>
        <source>%1 from the library is ready to help</source>
        <translation>‏[%1 fröm thé lîbrårý îs réådý tö hélp ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Staff: please take your staff card out of the reader now.</source>
        <translation>‏[Ståff: pléåsé tåké ýöür ståff çård öüt öf thé réådér ñöw. ~~~~~~ ~~~~~~ ~~~~~~ ~~]‏</translation>
    </message>
    <message>
        <source>Sign in as usual with your card, or touch the start button. You will then be asked whether you would like their help.</source>
        <translation>‏[Sîgñ îñ ås üsüål wîth ýöür çård, ör töüçh thé stårt büttöñ. Ýöü wîll théñ bé åskéd whéthér ýöü wöüld lîké théîr hélp. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~]‏</translation>
    </message>
    <message>
        <source>Staff: cancel help</source>
        <translation>‏[Ståff: çåñçél hélp ~~~~~~]‏</translation>
    </message>
</context>
<context>
    <name>HelpPanel</name>
    <message>
        <source>Ask a member of staff</source>
        <translation>‏[Åsk å mémbér öf ståff ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>Staff at the desk can help you use this kiosk, sit with you while you do it, or do your request at the counter. You never have to tell anyone your PIN.</source>
        <translation>‏[Ståff åt thé désk çåñ hélp ýöü üsé thîs kîösk, sît wîth ýöü whîlé ýöü dö ît, ör dö ýöür réqüést åt thé çöüñtér. Ýöü ñévér håvé tö téll åñýöñé ýöür PÎÑ. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~]‏</translation>
    </message>
    <message>
        <source>Back to what I was doing</source>
        <translation>‏[Båçk tö whåt Î wås döîñg ~~~~~~ ~~~]‏</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>What would you like to do?</source>
        <translation>‏[Whåt wöüld ýöü lîké tö dö? ~~~~~~ ~~~]‏</translation>
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
        <translation>‏[Möré çhöîçés (pågé %1 öf %2) ~~~~~~ ~~~~]‏</translation>
    </message>
    <message>
        <source>You have 1 unread notice, and it is urgent.</source>
        <translation>‏[Ýöü håvé 1 üñréåd ñötîçé, åñd ît îs ürgéñt. ~~~~~~ ~~~~~~ ~~~]‏</translation>
    </message>
    <message>
        <source>Help a resident</source>
        <translation>‏[Hélp å résîdéñt ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Signs you out. The next person to sign in is asked whether they would like your help.</source>
        <translation>‏[Sîgñs ýöü öüt. Thé ñéxt pérsöñ tö sîgñ îñ îs åskéd whéthér théý wöüld lîké ýöür hélp. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>This kiosk cannot save new requests right now, because its storage is full. You can still look things up. To send a request, please use another kiosk or ask staff.</source>
        <translation>‏[Thîs kîösk çåññöt såvé ñéw réqüésts rîght ñöw, béçåüsé îts störågé îs füll. Ýöü çåñ stîll löök thîñgs üp. Tö séñd å réqüést, pléåsé üsé åñöthér kîösk ör åsk ståff. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~]‏</translation>
    </message>
    <message numerus="yes">
        <source>You have %n unread notices, %1 urgent.</source>
        <translation><numerusform>‏[Ýöü håvé %n üñréåd ñötîçés, %1 ürgéñt. ~~~~~~ ~~~~~~ ~]‏</numerusform><numerusform>‏[Ýöü håvé %n üñréåd ñötîçés, %1 ürgéñt. ~~~~~~ ~~~~~~ ~]‏</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>You have %n unread notices.</source>
        <translation><numerusform>‏[Ýöü håvé %n üñréåd ñötîçés. ~~~~~~ ~~~~]‏</numerusform><numerusform>‏[Ýöü håvé %n üñréåd ñötîçés. ~~~~~~ ~~~~]‏</numerusform></translation>
    </message>
    <message>
        <source>Start practice session</source>
        <translation>‏[Stårt pråçtîçé séssîöñ ~~~~~~ ~~]‏</translation>
    </message>
    <message>
        <source>Signs you out and starts a practice session with made-up people: nothing is sent to the city. Leave your staff card in; taking it out ends the practice.</source>
        <translation>‏[Sîgñs ýöü öüt åñd stårts å pråçtîçé séssîöñ wîth mådé-üp péöplé: ñöthîñg îs séñt tö thé çîtý. Léåvé ýöür ståff çård îñ; tåkîñg ît öüt éñds thé pråçtîçé. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~]‏</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Are you still there?</source>
        <translation>‏[Åré ýöü stîll théré? ~~~~~~ ~]‏</translation>
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
        <translation><numerusform>‏[För ýöür prîvåçý, thîs séssîöñ wîll éñd åñd évérýthîñg ýöü éñtéréd wîll bé éråséd îñ %n séçöñd. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~]‏</numerusform><numerusform>‏[För ýöür prîvåçý, thîs séssîöñ wîll éñd åñd évérýthîñg ýöü éñtéréd wîll bé éråséd îñ %n séçöñds. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~]‏</numerusform></translation>
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
        <translation>‏[Ýöü håvé ñö ñötîçés. ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>New</source>
        <translation>‏[Ñéw ~~]‏</translation>
    </message>
    <message numerus="yes">
        <source>%n unread, the most urgent first.</source>
        <translation><numerusform>‏[%n üñréåd, thé möst ürgéñt fîrst. ~~~~~~ ~~~~~~]‏</numerusform><numerusform>‏[%n üñréåd, thé möst ürgéñt fîrst. ~~~~~~ ~~~~~~]‏</numerusform></translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <source>Clear all</source>
        <translation>‏[Çléår åll ~~~~]‏</translation>
    </message>
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
    <message>
        <source>abc</source>
        <translation>‏[åbç ~~]‏</translation>
    </message>
    <message>
        <source>?123</source>
        <translation>‏[?123 ~~]‏</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>‏[Léttérs ~~~]‏</translation>
    </message>
    <message>
        <source>Symbols</source>
        <translation>‏[Sýmböls ~~~]‏</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>‏[Shîft ~~]‏</translation>
    </message>
    <message>
        <source>Shift: on</source>
        <translation>‏[Shîft: öñ ~~~~]‏</translation>
    </message>
    <message>
        <source>Caps lock: on</source>
        <translation>‏[Çåps löçk: öñ ~~~~~]‏</translation>
    </message>
</context>
<context>
    <name>KindStep</name>
    <message>
        <source>What would you like to book?</source>
        <translation>‏[Whåt wöüld ýöü lîké tö böök? ~~~~~~ ~~~~]‏</translation>
    </message>
    <message>
        <source>Free times are shown live from the library. You can also change or cancel a booking.</source>
        <translation>‏[Fréé tîmés åré shöwñ lîvé fröm thé lîbrårý. Ýöü çåñ ålsö çhåñgé ör çåñçél å böökîñg. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>My bookings (change or cancel)</source>
        <translation>‏[Mý böökîñgs (çhåñgé ör çåñçél) ~~~~~~ ~~~~~]‏</translation>
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <source>Choose your language</source>
        <translation>‏[Çhöösé ýöür låñgüågé ~~~~~~ ~]‏</translation>
    </message>
</context>
<context>
    <name>LibraryPasswordEntry</name>
    <message>
        <source>This password has a character the library system cannot take. Library staff can help you.</source>
        <translation>‏[Thîs påsswörd hås å çhåråçtér thé lîbrårý sýstém çåññöt tåké. Lîbrårý ståff çåñ hélp ýöü. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>Library password</source>
        <translation>‏[Lîbrårý påsswörd ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Hide password</source>
        <translation>‏[Hîdé påsswörd ~~~~~]‏</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>‏[Shöw påsswörd ~~~~~]‏</translation>
    </message>
    <message>
        <source>Capital letters: on</source>
        <translation>‏[Çåpîtål léttérs: öñ ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>Capital letters: off</source>
        <translation>‏[Çåpîtål léttérs: öff ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>‏[Çléår ~~]‏</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>‏[ÖK ~~]‏</translation>
    </message>
    <message numerus="yes">
        <source>Your library PIN has %n digit(s).</source>
        <translation><numerusform>‏[Ýöür lîbrårý PÎÑ hås %n dîgît. ~~~~~~ ~~~~~]‏</numerusform><numerusform>‏[Ýöür lîbrårý PÎÑ hås %n dîgîts. ~~~~~~ ~~~~~]‏</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Your library PIN has %1 to %n digits.</source>
        <translation><numerusform>‏[Ýöür lîbrårý PÎÑ hås %1 tö %n dîgîts. ~~~~~~ ~~~~~~ ~]‏</numerusform><numerusform>‏[Ýöür lîbrårý PÎÑ hås %1 tö %n dîgîts. ~~~~~~ ~~~~~~ ~]‏</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Your library password has %n character(s).</source>
        <translation><numerusform>‏[Ýöür lîbrårý påsswörd hås %n çhåråçtér. ~~~~~~ ~~~~~~ ~~]‏</numerusform><numerusform>‏[Ýöür lîbrårý påsswörd hås %n çhåråçtérs. ~~~~~~ ~~~~~~ ~~]‏</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Your library password has %1 to %n characters.</source>
        <translation><numerusform>‏[Ýöür lîbrårý påsswörd hås %1 tö %n çhåråçtérs. ~~~~~~ ~~~~~~ ~~~~]‏</numerusform><numerusform>‏[Ýöür lîbrårý påsswörd hås %1 tö %n çhåråçtérs. ~~~~~~ ~~~~~~ ~~~~]‏</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>A library PIN here has %1 to %n digits. Please type it again.</source>
        <translation><numerusform>‏[Å lîbrårý PÎÑ héré hås %1 tö %n dîgîts. Pléåsé týpé ît ågåîñ. ~~~~~~ ~~~~~~ ~~~~~~ ~~~]‏</numerusform><numerusform>‏[Å lîbrårý PÎÑ héré hås %1 tö %n dîgîts. Pléåsé týpé ît ågåîñ. ~~~~~~ ~~~~~~ ~~~~~~ ~~~]‏</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>A library password here has %1 to %n characters. Please check it and press OK again.</source>
        <translation><numerusform>‏[Å lîbrårý påsswörd héré hås %1 tö %n çhåråçtérs. Pléåsé çhéçk ît åñd préss ÖK ågåîñ. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~]‏</numerusform><numerusform>‏[Å lîbrårý påsswörd héré hås %1 tö %n çhåråçtérs. Pléåsé çhéçk ît åñd préss ÖK ågåîñ. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~]‏</numerusform></translation>
    </message>
</context>
<context>
    <name>LibraryPinScreen</name>
    <message>
        <source>Your library password</source>
        <translation>‏[Ýöür lîbrårý påsswörd ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>Your library PIN — not your eCitizen card PIN</source>
        <translation>‏[Ýöür lîbrårý PÎÑ — ñöt ýöür éÇîtîzéñ çård PÎÑ ~~~~~~ ~~~~~~ ~~~~]‏</translation>
    </message>
    <message>
        <source>That password was not right. You have one try left: if it is wrong again this card will be locked on this kiosk for a while.</source>
        <translation>‏[Thåt påsswörd wås ñöt rîght. Ýöü håvé öñé trý léft: îf ît îs wröñg ågåîñ thîs çård wîll bé löçkéd öñ thîs kîösk för å whîlé. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>That password was not right. Please try again.</source>
        <translation>‏[Thåt påsswörd wås ñöt rîght. Pléåsé trý ågåîñ. ~~~~~~ ~~~~~~ ~~~~]‏</translation>
    </message>
    <message>
        <source>That PIN was not right. You have one try left: if it is wrong again this card will be locked on this kiosk for a while.</source>
        <translation>‏[Thåt PÎÑ wås ñöt rîght. Ýöü håvé öñé trý léft: îf ît îs wröñg ågåîñ thîs çård wîll bé löçkéd öñ thîs kîösk för å whîlé. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>That PIN was not right. Please try again.</source>
        <translation>‏[Thåt PÎÑ wås ñöt rîght. Pléåsé trý ågåîñ. ~~~~~~ ~~~~~~ ~~]‏</translation>
    </message>
    <message numerus="yes">
        <source>This library card is locked on this kiosk for %n minute(s) because the password was wrong too many times. Library staff can help you.</source>
        <translation><numerusform>‏[Thîs lîbrårý çård îs löçkéd öñ thîs kîösk för %n mîñüté béçåüsé thé påsswörd wås wröñg töö måñý tîmés. Lîbrårý ståff çåñ hélp ýöü. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~]‏</numerusform><numerusform>‏[Thîs lîbrårý çård îs löçkéd öñ thîs kîösk för %n mîñütés béçåüsé thé påsswörd wås wröñg töö måñý tîmés. Lîbrårý ståff çåñ hélp ýöü. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~]‏</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>This library card is locked on this kiosk for %n minute(s) because the PIN was wrong too many times. Library staff can help you.</source>
        <translation><numerusform>‏[Thîs lîbrårý çård îs löçkéd öñ thîs kîösk för %n mîñüté béçåüsé thé PÎÑ wås wröñg töö måñý tîmés. Lîbrårý ståff çåñ hélp ýöü. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~]‏</numerusform><numerusform>‏[Thîs lîbrårý çård îs löçkéd öñ thîs kîösk för %n mîñütés béçåüsé thé PÎÑ wås wröñg töö måñý tîmés. Lîbrårý ståff çåñ hélp ýöü. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~]‏</numerusform></translation>
    </message>
    <message>
        <source>The library does not know this card. Please ask library staff, or use your eCitizen card.</source>
        <translation>‏[Thé lîbrårý döés ñöt kñöw thîs çård. Pléåsé åsk lîbrårý ståff, ör üsé ýöür éÇîtîzéñ çård. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>The library system cannot check PINs right now, so the kiosk cannot open your library account. Please ask library staff.</source>
        <translation>‏[Thé lîbrårý sýstém çåññöt çhéçk PÎÑs rîght ñöw, sö thé kîösk çåññöt öpéñ ýöür lîbrårý åççöüñt. Pléåsé åsk lîbrårý ståff. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>This card cannot be read as a library card. Please ask staff.</source>
        <translation>‏[Thîs çård çåññöt bé réåd ås å lîbrårý çård. Pléåsé åsk ståff. ~~~~~~ ~~~~~~ ~~~~~~ ~~~]‏</translation>
    </message>
    <message>
        <source>The library system cannot be reached right now. Please try again later or ask library staff.</source>
        <translation>‏[Thé lîbrårý sýstém çåññöt bé réåçhéd rîght ñöw. Pléåsé trý ågåîñ låtér ör åsk lîbrårý ståff. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~]‏</translation>
    </message>
    <message>
        <source>You used a library card. To see your loans, holds and fees, type your library password and press OK. If this is not your library card, take it away.</source>
        <translation>‏[Ýöü üséd å lîbrårý çård. Tö séé ýöür löåñs, hölds åñd féés, týpé ýöür lîbrårý påsswörd åñd préss ÖK. Îf thîs îs ñöt ýöür lîbrårý çård, tåké ît åwåý. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~]‏</translation>
    </message>
    <message>
        <source>You used a library card. To see your loans, holds and fees, type your library PIN and press OK. If this is not your library card, take it away: never type a bank card's PIN here.</source>
        <translation>‏[Ýöü üséd å lîbrårý çård. Tö séé ýöür löåñs, hölds åñd féés, týpé ýöür lîbrårý PÎÑ åñd préss ÖK. Îf thîs îs ñöt ýöür lîbrårý çård, tåké ît åwåý: ñévér týpé å båñk çård's PÎÑ héré. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>Tries left: %1</source>
        <translation>‏[Trîés léft: %1 ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Careful: this is your last try before the card is locked on this kiosk.</source>
        <translation>‏[Çåréfül: thîs îs ýöür låst trý béföré thé çård îs löçkéd öñ thîs kîösk. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Checking your password with the library…</source>
        <translation>‏[Çhéçkîñg ýöür påsswörd wîth thé lîbrårý… ~~~~~~ ~~~~~~ ~~]‏</translation>
    </message>
    <message>
        <source>Checking your PIN with the library…</source>
        <translation>‏[Çhéçkîñg ýöür PÎÑ wîth thé lîbrårý… ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>‏[Stårt övér ~~~~]‏</translation>
    </message>
    <message>
        <source>Continue as a guest</source>
        <translation>‏[Çöñtîñüé ås å güést ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>How the city uses your data</source>
        <translation>‏[Höw thé çîtý üsés ýöür dåtå ~~~~~~ ~~~~]‏</translation>
    </message>
</context>
<context>
    <name>LibraryScreen</name>
    <message>
        <source>My library account</source>
        <translation>‏[Mý lîbrårý åççöüñt ~~~~~~]‏</translation>
    </message>
    <message>
        <source>The library PIN is not right. Please try again.</source>
        <translation>‏[Thé lîbrårý PÎÑ îs ñöt rîght. Pléåsé trý ågåîñ. ~~~~~~ ~~~~~~ ~~~~~]‏</translation>
    </message>
    <message>
        <source>No library card is linked to your account. Please ask library staff.</source>
        <translation>‏[Ñö lîbrårý çård îs lîñkéd tö ýöür åççöüñt. Pléåsé åsk lîbrårý ståff. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>The library system cannot be reached right now. Please try again later or ask library staff.</source>
        <translation>‏[Thé lîbrårý sýstém çåññöt bé réåçhéd rîght ñöw. Pléåsé trý ågåîñ låtér ör åsk lîbrårý ståff. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~]‏</translation>
    </message>
    <message>
        <source>The library password is not right. Please try again.</source>
        <translation>‏[Thé lîbrårý påsswörd îs ñöt rîght. Pléåsé trý ågåîñ. ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Tries left: %1</source>
        <translation>‏[Trîés léft: %1 ~~~~~~]‏</translation>
    </message>
    <message numerus="yes">
        <source>This library card is locked on this kiosk for %n minute(s) because the PIN was wrong too many times. Library staff can help you.</source>
        <translation><numerusform>‏[Thîs lîbrårý çård îs löçkéd öñ thîs kîösk för %n mîñüté béçåüsé thé PÎÑ wås wröñg töö måñý tîmés. Lîbrårý ståff çåñ hélp ýöü. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~]‏</numerusform><numerusform>‏[Thîs lîbrårý çård îs löçkéd öñ thîs kîösk för %n mîñütés béçåüsé thé PÎÑ wås wröñg töö måñý tîmés. Lîbrårý ståff çåñ hélp ýöü. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~]‏</numerusform></translation>
    </message>
    <message>
        <source>The library system cannot check PINs right now, so the kiosk cannot open your library account. Please ask library staff.</source>
        <translation>‏[Thé lîbrårý sýstém çåññöt çhéçk PÎÑs rîght ñöw, sö thé kîösk çåññöt öpéñ ýöür lîbrårý åççöüñt. Pléåsé åsk lîbrårý ståff. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>This fee cannot be paid at the kiosk. Please pay it at the library desk.</source>
        <translation>‏[Thîs féé çåññöt bé påîd åt thé kîösk. Pléåsé påý ît åt thé lîbrårý désk. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>The library system does not take this from the kiosk. Please ask at the library desk.</source>
        <translation>‏[Thé lîbrårý sýstém döés ñöt tåké thîs fröm thé kîösk. Pléåsé åsk åt thé lîbrårý désk. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
    </message>
</context>
<context>
    <name>ListStep</name>
    <message>
        <source>This needs the network, which is not available right now. Please try again later.</source>
        <translation>‏[Thîs ñééds thé ñétwörk, whîçh îs ñöt åvåîlåblé rîght ñöw. Pléåsé trý ågåîñ låtér. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~]‏</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>‏[Löådîñg… ~~~]‏</translation>
    </message>
    <message>
        <source>There is nothing open right now.</source>
        <translation>‏[Théré îs ñöthîñg öpéñ rîght ñöw. ~~~~~~ ~~~~~~]‏</translation>
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
        <translation>‏[Mý dåtå åñd çöñséñt ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>Consent change</source>
        <translation>‏[Çöñséñt çhåñgé ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Full copy of my data</source>
        <translation>‏[Füll çöpý öf mý dåtå ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>Copy of my data</source>
        <translation>‏[Çöpý öf mý dåtå ~~~~~~]‏</translation>
    </message>
    <message>
        <source>The city answers within one month.</source>
        <translation>‏[Thé çîtý åñswérs wîthîñ öñé möñth. ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Correct my data</source>
        <translation>‏[Çörréçt mý dåtå ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Please write the correction in plain letters and digits.</source>
        <translation>‏[Pléåsé wrîté thé çörréçtîöñ îñ plåîñ léttérs åñd dîgîts. ~~~~~~ ~~~~~~ ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>Correction of my data</source>
        <translation>‏[Çörréçtîöñ öf mý dåtå ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>A clerk checks the correction and writes to you within one month. Until then your data stays as it is.</source>
        <translation>‏[Å çlérk çhéçks thé çörréçtîöñ åñd wrîtés tö ýöü wîthîñ öñé möñth. Üñtîl théñ ýöür dåtå ståýs ås ît îs. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Correction requested: a clerk checks it within one month</source>
        <translation>‏[Çörréçtîöñ réqüéstéd: å çlérk çhéçks ît wîthîñ öñé möñth ~~~~~~ ~~~~~~ ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>Erasure of my data</source>
        <translation>‏[Éråsüré öf mý dåtå ~~~~~~]‏</translation>
    </message>
    <message>
        <source>The city answers within one month: it says what it erased and what the law makes it keep. You can still use the kiosk until then.</source>
        <translation>‏[Thé çîtý åñswérs wîthîñ öñé möñth: ît såýs whåt ît éråséd åñd whåt thé låw måkés ît kéép. Ýöü çåñ stîll üsé thé kîösk üñtîl théñ. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~]‏</translation>
    </message>
    <message>
        <source>Erasure requested: the city answers within one month</source>
        <translation>‏[Éråsüré réqüéstéd: thé çîtý åñswérs wîthîñ öñé möñth ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
    </message>
</context>
<context>
    <name>MyRequestsScreen</name>
    <message>
        <source>My street reports</source>
        <translation>‏[Mý stréét répörts ~~~~~~]‏</translation>
    </message>
</context>
<context>
    <name>MyRequestsStep</name>
    <message>
        <source>Reports linked to your account</source>
        <translation>‏[Répörts lîñkéd tö ýöür åççöüñt ~~~~~~ ~~~~~]‏</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>‏[Çhéçk ågåîñ ~~~~]‏</translation>
    </message>
    <message>
        <source>Asking the city…</source>
        <translation>‏[Åskîñg thé çîtý… ~~~~~~]‏</translation>
    </message>
    <message>
        <source>You have no street reports linked to your account on this kiosk.</source>
        <translation>‏[Ýöü håvé ñö stréét répörts lîñkéd tö ýöür åççöüñt öñ thîs kîösk. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~]‏</translation>
    </message>
    <message>
        <source>The city's system cannot be reached right now, so some statuses could not be checked. Each report says what was last known.</source>
        <translation>‏[Thé çîtý's sýstém çåññöt bé réåçhéd rîght ñöw, sö sömé ståtüsés çöüld ñöt bé çhéçkéd. Éåçh répört såýs whåt wås låst kñöwñ. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Reports sent without your name, or at another kiosk, are not listed here. To check one, use Check a street report and scan the code on its receipt.</source>
        <translation>‏[Répörts séñt wîthöüt ýöür ñåmé, ör åt åñöthér kîösk, åré ñöt lîstéd héré. Tö çhéçk öñé, üsé Çhéçk å stréét répört åñd sçåñ thé çödé öñ îts réçéîpt. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~]‏</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s), the newest first.</source>
        <translation><numerusform>‏[%n répört, thé ñéwést fîrst. ~~~~~~ ~~~~]‏</numerusform><numerusform>‏[%n répörts, thé ñéwést fîrst. ~~~~~~ ~~~~~]‏</numerusform></translation>
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
        <translation>‏[Pérmîts åñd lîçéñçés ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>Some answers need checking. Please go back.</source>
        <translation>‏[Sömé åñswérs ñééd çhéçkîñg. Pléåsé gö båçk. ~~~~~~ ~~~~~~ ~~~]‏</translation>
    </message>
</context>
<context>
    <name>PetitionStep</name>
    <message>
        <source>Read the petition</source>
        <translation>‏[Réåd thé pétîtîöñ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Sign with my card</source>
        <translation>‏[Sîgñ wîth mý çård ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Started by: %1</source>
        <translation>‏[Stårtéd bý: %1 ~~~~~~]‏</translation>
    </message>
    <message>
        <source>You have already signed this petition.</source>
        <translation>‏[Ýöü håvé ålréådý sîgñéd thîs pétîtîöñ. ~~~~~~ ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>This petition is closed.</source>
        <translation>‏[Thîs pétîtîöñ îs çlöséd. ~~~~~~ ~~~]‏</translation>
    </message>
    <message>
        <source>Signing is public support for this petition. The city counts one signature per person and does not show your name on the petition.</source>
        <translation>‏[Sîgñîñg îs püblîç süppört för thîs pétîtîöñ. Thé çîtý çöüñts öñé sîgñåtüré pér pérsöñ åñd döés ñöt shöw ýöür ñåmé öñ thé pétîtîöñ. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~]‏</translation>
    </message>
    <message>
        <source>To sign this petition, sign in with your eCitizen card: the city counts one signature per person.</source>
        <translation>‏[Tö sîgñ thîs pétîtîöñ, sîgñ îñ wîth ýöür éÇîtîzéñ çård: thé çîtý çöüñts öñé sîgñåtüré pér pérsöñ. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~]‏</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n signature(s).</source>
        <translation><numerusform>‏[%1 öf %n sîgñåtüré. ~~~~~~ ~]‏</numerusform><numerusform>‏[%1 öf %n sîgñåtürés. ~~~~~~ ~]‏</numerusform></translation>
    </message>
    <message>
        <source>Open until %1.</source>
        <translation>‏[Öpéñ üñtîl %1. ~~~~~~]‏</translation>
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
        <source>Petition signature</source>
        <translation>‏[Pétîtîöñ sîgñåtüré ~~~~~~]‏</translation>
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
        <translation>‏[Löök åt thé çåmérå. ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>Only one person in the picture, please.</source>
        <translation>‏[Öñlý öñé pérsöñ îñ thé pîçtüré, pléåsé. ~~~~~~ ~~~~~~ ~~]‏</translation>
    </message>
    <message>
        <source>Move a little closer.</source>
        <translation>‏[Mövé å lîttlé çlösér. ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>Move a little back.</source>
        <translation>‏[Mövé å lîttlé båçk. ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>Move your face to the middle.</source>
        <translation>‏[Mövé ýöür fåçé tö thé mîddlé. ~~~~~~ ~~~~~]‏</translation>
    </message>
    <message>
        <source>It is too dark.</source>
        <translation>‏[Ît îs töö dårk. ~~~~~~]‏</translation>
    </message>
    <message>
        <source>It is too bright.</source>
        <translation>‏[Ît îs töö brîght. ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Hold still.</source>
        <translation>‏[Höld stîll. ~~~~]‏</translation>
    </message>
    <message>
        <source>The camera of this kiosk is not available. You can bring a passport-style photo to the counter instead.</source>
        <translation>‏[Thé çåmérå öf thîs kîösk îs ñöt åvåîlåblé. Ýöü çåñ brîñg å påsspört-stýlé phötö tö thé çöüñtér îñstéåd. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Is this photo good? Your face should be clear and in the middle.</source>
        <translation>‏[Îs thîs phötö gööd? Ýöür fåçé shöüld bé çléår åñd îñ thé mîddlé. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~]‏</translation>
    </message>
    <message>
        <source>Photo accepted.</source>
        <translation>‏[Phötö åççéptéd. ~~~~~~]‏</translation>
    </message>
    <message>
        <source>We need a photo of your face. The camera turns on only when you press Take photo, and the photo is erased from the kiosk when you finish.</source>
        <translation>‏[Wé ñééd å phötö öf ýöür fåçé. Thé çåmérå türñs öñ öñlý whéñ ýöü préss Tåké phötö, åñd thé phötö îs éråséd fröm thé kîösk whéñ ýöü fîñîsh. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Hold still: %1</source>
        <translation>‏[Höld stîll: %1 ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>‏[Stårtîñg thé çåmérå… ~~~~~~ ~]‏</translation>
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
        <translation>‏[Tåké thé phötö ñöw ~~~~~~]‏</translation>
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
        <translation>‏[Brîñg å phötö tö thé çöüñtér îñstéåd ~~~~~~ ~~~~~~]‏</translation>
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
        <source>Library password</source>
        <translation>‏[Lîbrårý påsswörd ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Please enter your library password.</source>
        <translation>‏[Pléåsé éñtér ýöür lîbrårý påsswörd. ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Your library PIN — not your eCitizen card PIN. Please enter it and press OK.</source>
        <translation>‏[Ýöür lîbrårý PÎÑ — ñöt ýöür éÇîtîzéñ çård PÎÑ. Pléåsé éñtér ît åñd préss ÖK. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~]‏</translation>
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
        <translation>‏[Pléåsé týpé thé stréét åñd ñümbér, ör tåp å plåçé. ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Tap a place, or type the address below.</source>
        <translation>‏[Tåp å plåçé, ör týpé thé åddréss bélöw. ~~~~~~ ~~~~~~ ~~]‏</translation>
    </message>
    <message>
        <source>Here, at this kiosk: %1</source>
        <translation>‏[Héré, åt thîs kîösk: %1 ~~~~~~ ~~]‏</translation>
    </message>
    <message>
        <source>Another address</source>
        <translation>‏[Åñöthér åddréss ~~~~~~]‏</translation>
    </message>
</context>
<context>
    <name>PracticeNotice</name>
    <message>
        <source>Practice session</source>
        <translation>‏[Pråçtîçé séssîöñ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Touch the start button, then tap a made-up person to sign in as them. Nothing is sent to the city; everything is wiped when the practice ends.</source>
        <translation>‏[Töüçh thé stårt büttöñ, théñ tåp å mådé-üp pérsöñ tö sîgñ îñ ås thém. Ñöthîñg îs séñt tö thé çîtý; évérýthîñg îs wîpéd whéñ thé pråçtîçé éñds. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>Staff: end practice</source>
        <translation>‏[Ståff: éñd pråçtîçé ~~~~~~ ~]‏</translation>
    </message>
</context>
<context>
    <name>PracticePeople</name>
    <message>
        <source>Practice: tap a made-up person to sign in as them</source>
        <translation>‏[Pråçtîçé: tåp å mådé-üp pérsöñ tö sîgñ îñ ås thém ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>%1 — practice PIN %2</source>
        <translation>‏[%1 — pråçtîçé PÎÑ %2 ~~~~~~ ~]‏</translation>
    </message>
</context>
<context>
    <name>PracticeSessionPeople</name>
    <message>
        <source>Practice: tap a made-up person to sign in as them</source>
        <translation>‏[Pråçtîçé: tåp å mådé-üp pérsöñ tö sîgñ îñ ås thém ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>The city's eCitizen office</source>
        <translation>‏[Thé çîtý's éÇîtîzéñ öffîçé ~~~~~~ ~~~]‏</translation>
    </message>
    <message>
        <source>the eCitizen desk</source>
        <translation>‏[thé éÇîtîzéñ désk ~~~~~~]‏</translation>
    </message>
    <message>
        <source>%1 uses what you enter here only to give you the service you choose, as part of the city's public tasks. Nothing stays on this kiosk when you finish; a request waiting for the network is kept encrypted until the city has received it. You can see, correct or delete your data, and withdraw any choice you made, in "My data and consent". Questions: %2.</source>
        <translation>‏[%1 üsés whåt ýöü éñtér héré öñlý tö gîvé ýöü thé sérvîçé ýöü çhöösé, ås pårt öf thé çîtý's püblîç tåsks. Ñöthîñg ståýs öñ thîs kîösk whéñ ýöü fîñîsh; å réqüést wåîtîñg för thé ñétwörk îs képt éñçrýptéd üñtîl thé çîtý hås réçéîvéd ît. Ýöü çåñ séé, çörréçt ör délété ýöür dåtå, åñd wîthdråw åñý çhöîçé ýöü mådé, îñ "Mý dåtå åñd çöñséñt". Qüéstîöñs: %2. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
    </message>
</context>
<context>
    <name>PrivacyPanel</name>
    <message>
        <source>How the city uses your data</source>
        <translation>‏[Höw thé çîtý üsés ýöür dåtå ~~~~~~ ~~~~]‏</translation>
    </message>
    <message>
        <source>Who is responsible</source>
        <translation>‏[Whö îs réspöñsîblé ~~~~~~]‏</translation>
    </message>
    <message>
        <source>%1 is responsible for the data you give at this kiosk.</source>
        <translation>‏[%1 îs réspöñsîblé för thé dåtå ýöü gîvé åt thîs kîösk. ~~~~~~ ~~~~~~ ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>Why, and on what basis</source>
        <translation>‏[Whý, åñd öñ whåt båsîs ~~~~~~ ~~]‏</translation>
    </message>
    <message>
        <source>Only to give you the service you choose: a payment, a booking, a report, an application, a signature or an answer. The city does this as part of its public tasks; nothing is used for advertising or sold.</source>
        <translation>‏[Öñlý tö gîvé ýöü thé sérvîçé ýöü çhöösé: å påýméñt, å böökîñg, å répört, åñ åpplîçåtîöñ, å sîgñåtüré ör åñ åñswér. Thé çîtý döés thîs ås pårt öf îts püblîç tåsks; ñöthîñg îs üséd för ådvértîsîñg ör söld. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~]‏</translation>
    </message>
    <message>
        <source>How long it is kept</source>
        <translation>‏[Höw löñg ît îs képt ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>Nothing stays on this kiosk when you finish, take your card out or leave it alone for a while. A request waiting for the network is kept encrypted on the kiosk until the city has received it, then deleted. The city keeps your request as long as the law requires for that service.</source>
        <translation>‏[Ñöthîñg ståýs öñ thîs kîösk whéñ ýöü fîñîsh, tåké ýöür çård öüt ör léåvé ît ålöñé för å whîlé. Å réqüést wåîtîñg för thé ñétwörk îs képt éñçrýptéd öñ thé kîösk üñtîl thé çîtý hås réçéîvéd ît, théñ délétéd. Thé çîtý kééps ýöür réqüést ås löñg ås thé låw réqüîrés för thåt sérvîçé. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>‏[Ýöür rîghts ~~~~]‏</translation>
    </message>
    <message>
        <source>You can see the data the city holds about you, have it corrected or deleted, get a copy, and object. Use "My data and consent" after signing in, or ask at the desk. You can also complain to the data protection authority.</source>
        <translation>‏[Ýöü çåñ séé thé dåtå thé çîtý hölds åböüt ýöü, håvé ît çörréçtéd ör délétéd, gét å çöpý, åñd öbjéçt. Üsé "Mý dåtå åñd çöñséñt" åftér sîgñîñg îñ, ör åsk åt thé désk. Ýöü çåñ ålsö çömplåîñ tö thé dåtå prötéçtîöñ åüthörîtý. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~]‏</translation>
    </message>
    <message>
        <source>Your choices</source>
        <translation>‏[Ýöür çhöîçés ~~~~~]‏</translation>
    </message>
    <message>
        <source>Confirming with your fingerprint is offered each time and never needed: your PIN is enough, and the fingerprint is not kept. Notices by e-mail or text message, and counting your visits in the city's anonymous statistics, are your choices: see and change them in "My data and consent", as easily as you made them.</source>
        <translation>‏[Çöñfîrmîñg wîth ýöür fîñgérprîñt îs öfféréd éåçh tîmé åñd ñévér ñéédéd: ýöür PÎÑ îs éñöügh, åñd thé fîñgérprîñt îs ñöt képt. Ñötîçés bý é-måîl ör téxt méssågé, åñd çöüñtîñg ýöür vîsîts îñ thé çîtý's åñöñýmöüs ståtîstîçs, åré ýöür çhöîçés: séé åñd çhåñgé thém îñ "Mý dåtå åñd çöñséñt", ås éåsîlý ås ýöü mådé thém. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
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
        <translation>‏[Sçåñ tö réåd thé çömplété ñötîçé öñ ýöür phöñé. ~~~~~~ ~~~~~~ ~~~~~]‏</translation>
    </message>
    <message>
        <source>QR code of the complete privacy notice</source>
        <translation>‏[QR çödé öf thé çömplété prîvåçý ñötîçé ~~~~~~ ~~~~~~ ~]‏</translation>
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
        <translation>‏[Thé lîst öf pröjéçts îs ñöt åvåîlåblé öñ thîs kîösk ýét: ît ñééds thé ñétwörk öñçé. Pléåsé trý ågåîñ låtér. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>The network is down: this is the list saved on this kiosk on %1.</source>
        <translation>‏[Thé ñétwörk îs döwñ: thîs îs thé lîst såvéd öñ thîs kîösk öñ %1. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~]‏</translation>
    </message>
    <message>
        <source>Projects around this kiosk, nearest first.</source>
        <translation>‏[Pröjéçts åröüñd thîs kîösk, ñéårést fîrst. ~~~~~~ ~~~~~~ ~~~]‏</translation>
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
        <translation>‏[Büdgét: %1, spéñt sö får: %2 (%3 %) ~~~~~~ ~~~~~~]‏</translation>
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
    <message>
        <source>Public consultation: residents are being asked</source>
        <translation>‏[Püblîç çöñsültåtîöñ: résîdéñts åré béîñg åskéd ~~~~~~ ~~~~~~ ~~~~]‏</translation>
    </message>
    <message>
        <source>Under construction</source>
        <translation>‏[Üñdér çöñstrüçtîöñ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>‏[Çåñçélléd ~~~~]‏</translation>
    </message>
</context>
<context>
    <name>ProjectsScreen</name>
    <message>
        <source>City projects near you</source>
        <translation>‏[Çîtý pröjéçts ñéår ýöü ~~~~~~ ~~]‏</translation>
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
        <translation>‏[Pléåsé åñswér thé qüéstîöñs mårkéd ås ñéédéd. ~~~~~~ ~~~~~~ ~~~~]‏</translation>
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
        <translation>‏[Pråçtîçé: ñöthîñg wås séñt ~~~~~~ ~~~]‏</translation>
    </message>
    <message>
        <source>This kiosk is in practice mode. This request was not sent to the city.</source>
        <translation>‏[Thîs kîösk îs îñ pråçtîçé mödé. Thîs réqüést wås ñöt séñt tö thé çîtý. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Sent: the city received your request</source>
        <translation>‏[Séñt: thé çîtý réçéîvéd ýöür réqüést ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>The city's system confirmed it. Keep your reference to follow it up.</source>
        <translation>‏[Thé çîtý's sýstém çöñfîrméd ît. Kéép ýöür référéñçé tö föllöw ît üp. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Saved: your request will be sent</source>
        <translation>‏[Såvéd: ýöür réqüést wîll bé séñt ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>The city's system could not confirm it yet, so your request is saved on this kiosk in encrypted form and will be sent automatically. You do not need to do it again. It will appear in My notices once it is sent.</source>
        <translation>‏[Thé çîtý's sýstém çöüld ñöt çöñfîrm ît ýét, sö ýöür réqüést îs såvéd öñ thîs kîösk îñ éñçrýptéd förm åñd wîll bé séñt åütömåtîçållý. Ýöü dö ñöt ñééd tö dö ît ågåîñ. Ît wîll åppéår îñ Mý ñötîçés öñçé ît îs séñt. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Your reference</source>
        <translation>‏[Ýöür référéñçé ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Verification code: %1</source>
        <translation>‏[Vérîfîçåtîöñ çödé: %1 ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>Printing your receipt…</source>
        <translation>‏[Prîñtîñg ýöür réçéîpt… ~~~~~~ ~~]‏</translation>
    </message>
    <message>
        <source>Your receipt is printed. Please take it.</source>
        <translation>‏[Ýöür réçéîpt îs prîñtéd. Pléåsé tåké ît. ~~~~~~ ~~~~~~ ~~]‏</translation>
    </message>
    <message>
        <source>The receipt could not be printed. Please write down your reference or ask staff for a copy later.</source>
        <translation>‏[Thé réçéîpt çöüld ñöt bé prîñtéd. Pléåsé wrîté döwñ ýöür référéñçé ör åsk ståff för å çöpý låtér. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~]‏</translation>
    </message>
    <message>
        <source>This kiosk cannot print receipts. Please write down your reference.</source>
        <translation>‏[Thîs kîösk çåññöt prîñt réçéîpts. Pléåsé wrîté döwñ ýöür référéñçé. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Show on screen instead</source>
        <translation>‏[Shöw öñ sçrééñ îñstéåd ~~~~~~ ~~]‏</translation>
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
        <translation>‏[Thåñk ýöü för ýöür åñswér. ~~~~~~ ~~~]‏</translation>
    </message>
    <message>
        <source>How did it go? (optional, anonymous)</source>
        <translation>‏[Höw dîd ît gö? (öptîöñål, åñöñýmöüs) ~~~~~~ ~~~~~~]‏</translation>
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
        <translation>‏[Ådd å çömméñt (öptîöñål) ~~~~~~ ~~~]‏</translation>
    </message>
    <message>
        <source>Thank you for your comment. It is saved on this kiosk and goes to the city automatically, without your name.</source>
        <translation>‏[Thåñk ýöü för ýöür çömméñt. Ît îs såvéd öñ thîs kîösk åñd göés tö thé çîtý åütömåtîçållý, wîthöüt ýöür ñåmé. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>Saved — will be sent when the network is back</source>
        <translation>‏[Såvéd — wîll bé séñt whéñ thé ñétwörk îs båçk ~~~~~~ ~~~~~~ ~~~~]‏</translation>
    </message>
    <message>
        <source>The city's system could not confirm it yet, so your request is saved on this kiosk in encrypted form and will be sent automatically. You do not need to do it again. Keep your reference to follow it up.</source>
        <translation>‏[Thé çîtý's sýstém çöüld ñöt çöñfîrm ît ýét, sö ýöür réqüést îs såvéd öñ thîs kîösk îñ éñçrýptéd förm åñd wîll bé séñt åütömåtîçållý. Ýöü dö ñöt ñééd tö dö ît ågåîñ. Kéép ýöür référéñçé tö föllöw ît üp. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~]‏</translation>
    </message>
    <message>
        <source>QR code of your receipt: scan it at any kiosk to check your request</source>
        <translation>‏[QR çödé öf ýöür réçéîpt: sçåñ ît åt åñý kîösk tö çhéçk ýöür réqüést ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>‏[Prîñt ågåîñ ~~~~]‏</translation>
    </message>
    <message>
        <source>The printer is ready again. Press Print again for your receipt.</source>
        <translation>‏[Thé prîñtér îs réådý ågåîñ. Préss Prîñt ågåîñ för ýöür réçéîpt. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~]‏</translation>
    </message>
    <message>
        <source>The city's system refused this request, so nothing was done. Please ask staff, or try again.</source>
        <translation>‏[Thé çîtý's sýstém réfüséd thîs réqüést, sö ñöthîñg wås döñé. Pléåsé åsk ståff, ör trý ågåîñ. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~]‏</translation>
    </message>
</context>
<context>
    <name>RenewalStep</name>
    <message>
        <source>The library says: %1</source>
        <translation>‏[Thé lîbrårý såýs: %1 ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>‏[Réñéwål ~~~]‏</translation>
    </message>
    <message>
        <source>Renewed until %1</source>
        <translation>‏[Réñéwéd üñtîl %1 ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>‏[Réñéwéd ~~~]‏</translation>
    </message>
    <message>
        <source>The library renewed this item.</source>
        <translation>‏[Thé lîbrårý réñéwéd thîs îtém. ~~~~~~ ~~~~~]‏</translation>
    </message>
    <message>
        <source>Not renewed</source>
        <translation>‏[Ñöt réñéwéd ~~~~]‏</translation>
    </message>
    <message>
        <source>The library did not renew this item. Your other items are not affected.</source>
        <translation>‏[Thé lîbrårý dîd ñöt réñéw thîs îtém. Ýöür öthér îtéms åré ñöt åfféçtéd. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>The library gave no reason. Library staff can tell you more.</source>
        <translation>‏[Thé lîbrårý gåvé ñö réåsöñ. Lîbrårý ståff çåñ téll ýöü möré. ~~~~~~ ~~~~~~ ~~~~~~ ~~~]‏</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>‏[Ñöt çöñfîrméd ~~~~~]‏</translation>
    </message>
    <message>
        <source>The library did not confirm the renewal in time. Please check the due date in your loans before renewing again.</source>
        <translation>‏[Thé lîbrårý dîd ñöt çöñfîrm thé réñéwål îñ tîmé. Pléåsé çhéçk thé düé dåté îñ ýöür löåñs béföré réñéwîñg ågåîñ. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~]‏</translation>
    </message>
    <message>
        <source>Back to my loans</source>
        <translation>‏[Båçk tö mý löåñs ~~~~~~]‏</translation>
    </message>
</context>
<context>
    <name>ReportPhotoStep</name>
    <message>
        <source>This photo is too large. Please take it again.</source>
        <translation>‏[Thîs phötö îs töö lårgé. Pléåsé tåké ît ågåîñ. ~~~~~~ ~~~~~~ ~~~~]‏</translation>
    </message>
    <message>
        <source>Add a photo (optional)</source>
        <translation>‏[Ådd å phötö (öptîöñål) ~~~~~~ ~~]‏</translation>
    </message>
    <message>
        <source>The camera of this kiosk is not working right now. You can send the report without a photo.</source>
        <translation>‏[Thé çåmérå öf thîs kîösk îs ñöt wörkîñg rîght ñöw. Ýöü çåñ séñd thé répört wîthöüt å phötö. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>This photo will be sent with your report.</source>
        <translation>‏[Thîs phötö wîll bé séñt wîth ýöür répört. ~~~~~~ ~~~~~~ ~~]‏</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>‏[Stårtîñg thé çåmérå… ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>Point the camera at the problem, then take the photo.</source>
        <translation>‏[Pöîñt thé çåmérå åt thé pröblém, théñ tåké thé phötö. ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
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
        <translation>‏[Tåké thé phötö ñöw ~~~~~~]‏</translation>
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
        <translation>‏[Phötö öf thé pröblém ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>Blurring faces and number plates…</source>
        <translation>‏[Blürrîñg fåçés åñd ñümbér plåtés… ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>The photo cannot be used. Please take it again.</source>
        <translation>‏[Thé phötö çåññöt bé üséd. Pléåsé tåké ît ågåîñ. ~~~~~~ ~~~~~~ ~~~~~]‏</translation>
    </message>
    <message>
        <source>Continue with the photo</source>
        <translation>‏[Çöñtîñüé wîth thé phötö ~~~~~~ ~~]‏</translation>
    </message>
    <message>
        <source>Continue without a photo</source>
        <translation>‏[Çöñtîñüé wîthöüt å phötö ~~~~~~ ~~~]‏</translation>
    </message>
    <message>
        <source>Faces and number plates found in the photo have been blurred. This photo will be sent with your report.</source>
        <translation>‏[Fåçés åñd ñümbér plåtés föüñd îñ thé phötö håvé bééñ blürréd. Thîs phötö wîll bé séñt wîth ýöür répört. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>A photo helps the city find and fix the problem. It is published with the report, so please keep people's faces and number plates out of it: those the kiosk finds are blurred. The camera turns on only when you press Take photo.</source>
        <translation>‏[Å phötö hélps thé çîtý fîñd åñd fîx thé pröblém. Ît îs püblîshéd wîth thé répört, sö pléåsé kéép péöplé's fåçés åñd ñümbér plåtés öüt öf ît: thösé thé kîösk fîñds åré blürréd. Thé çåmérå türñs öñ öñlý whéñ ýöü préss Tåké phötö. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
    </message>
</context>
<context>
    <name>RequestStatus</name>
    <message>
        <source>Waiting to be sent</source>
        <translation>‏[Wåîtîñg tö bé séñt ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Not sent yet: staff will look at it</source>
        <translation>‏[Ñöt séñt ýét: ståff wîll löök åt ît ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Being checked by staff</source>
        <translation>‏[Béîñg çhéçkéd bý ståff ~~~~~~ ~~]‏</translation>
    </message>
    <message>
        <source>Refused by the city's system</source>
        <translation>‏[Réfüséd bý thé çîtý's sýstém ~~~~~~ ~~~~]‏</translation>
    </message>
    <message>
        <source>Cancelled by staff</source>
        <translation>‏[Çåñçélléd bý ståff ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Sent to the city</source>
        <translation>‏[Séñt tö thé çîtý ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Received by the city (open)</source>
        <translation>‏[Réçéîvéd bý thé çîtý (öpéñ) ~~~~~~ ~~~~]‏</translation>
    </message>
    <message>
        <source>Acknowledged by the city</source>
        <translation>‏[Åçkñöwlédgéd bý thé çîtý ~~~~~~ ~~~]‏</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>‏[Îñ prögréss ~~~~]‏</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>‏[Fîxéd ~~]‏</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>‏[Çlöséd ~~]‏</translation>
    </message>
    <message>
        <source>Closed: already reported by someone else</source>
        <translation>‏[Çlöséd: ålréådý répörtéd bý söméöñé élsé ~~~~~~ ~~~~~~ ~~]‏</translation>
    </message>
    <message>
        <source>Closed and archived</source>
        <translation>‏[Çlöséd åñd årçhîvéd ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>Passed on: another organisation is responsible</source>
        <translation>‏[Påsséd öñ: åñöthér örgåñîsåtîöñ îs réspöñsîblé ~~~~~~ ~~~~~~ ~~~~]‏</translation>
    </message>
    <message>
        <source>Closed: no further action</source>
        <translation>‏[Çlöséd: ñö fürthér åçtîöñ ~~~~~~ ~~~]‏</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>‏[Ñöt föüñd ~~~~]‏</translation>
    </message>
    <message>
        <source>The city says: %1</source>
        <translation>‏[Thé çîtý såýs: %1 ~~~~~~]‏</translation>
    </message>
    <message>
        <source>The code on this receipt does not match this kiosk's records. Please ask staff to check your receipt.</source>
        <translation>‏[Thé çödé öñ thîs réçéîpt döés ñöt måtçh thîs kîösk's réçörds. Pléåsé åsk ståff tö çhéçk ýöür réçéîpt. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~]‏</translation>
    </message>
    <message>
        <source>This receipt is not for a street report, so the kiosk can only say whether it was sent. Please ask staff about its progress.</source>
        <translation>‏[Thîs réçéîpt îs ñöt för å stréét répört, sö thé kîösk çåñ öñlý såý whéthér ît wås séñt. Pléåsé åsk ståff åböüt îts prögréss. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>The city has your report but has not given it a request number yet. Please check again later.</source>
        <translation>‏[Thé çîtý hås ýöür répört büt hås ñöt gîvéñ ît å réqüést ñümbér ýét. Pléåsé çhéçk ågåîñ låtér. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~]‏</translation>
    </message>
    <message>
        <source>The city has your report but has not published its progress yet. Please check again later.</source>
        <translation>‏[Thé çîtý hås ýöür répört büt hås ñöt püblîshéd îts prögréss ýét. Pléåsé çhéçk ågåîñ låtér. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>It is saved on this kiosk and will be sent automatically when the city's system can be reached. You do not need to do it again.</source>
        <translation>‏[Ît îs såvéd öñ thîs kîösk åñd wîll bé séñt åütömåtîçållý whéñ thé çîtý's sýstém çåñ bé réåçhéd. Ýöü dö ñöt ñééd tö dö ît ågåîñ. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~]‏</translation>
    </message>
    <message>
        <source>It is saved, but this kiosk could not send it yet. Staff will send it or contact you. You can ask staff, with your reference.</source>
        <translation>‏[Ît îs såvéd, büt thîs kîösk çöüld ñöt séñd ît ýét. Ståff wîll séñd ît ör çöñtåçt ýöü. Ýöü çåñ åsk ståff, wîth ýöür référéñçé. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>The kiosk cannot tell whether the city received it, so it will never send it a second time by itself. A member of staff checks that it arrived.</source>
        <translation>‏[Thé kîösk çåññöt téll whéthér thé çîtý réçéîvéd ît, sö ît wîll ñévér séñd ît å séçöñd tîmé bý îtsélf. Å mémbér öf ståff çhéçks thåt ît årrîvéd. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>The city's system refused this report, so nothing was done. Please ask staff, or report it again.</source>
        <translation>‏[Thé çîtý's sýstém réfüséd thîs répört, sö ñöthîñg wås döñé. Pléåsé åsk ståff, ör répört ît ågåîñ. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~]‏</translation>
    </message>
    <message>
        <source>The city does not publish the progress of this kind of report.</source>
        <translation>‏[Thé çîtý döés ñöt püblîsh thé prögréss öf thîs kîñd öf répört. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~]‏</translation>
    </message>
    <message>
        <source>The kiosk could not search the city's whole list of reports, so it cannot say where this one is. The kiosk where you made the report can, or staff can help.</source>
        <translation>‏[Thé kîösk çöüld ñöt séårçh thé çîtý's whölé lîst öf répörts, sö ît çåññöt såý whéré thîs öñé îs. Thé kîösk whéré ýöü mådé thé répört çåñ, ör ståff çåñ hélp. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>The city has no street report with this reference. New reports can take a little while to appear, and reports older than 90 days are not shown.</source>
        <translation>‏[Thé çîtý hås ñö stréét répört wîth thîs référéñçé. Ñéw répörts çåñ tåké å lîttlé whîlé tö åppéår, åñd répörts öldér thåñ 90 dåýs åré ñöt shöwñ. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>The city's system sent an answer the kiosk cannot read, so the status cannot be checked right now. This is what it said on %1.</source>
        <translation>‏[Thé çîtý's sýstém séñt åñ åñswér thé kîösk çåññöt réåd, sö thé ståtüs çåññöt bé çhéçkéd rîght ñöw. Thîs îs whåt ît såîd öñ %1. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>The status cannot be checked right now: the city's system cannot be reached. This is what it said on %1.</source>
        <translation>‏[Thé ståtüs çåññöt bé çhéçkéd rîght ñöw: thé çîtý's sýstém çåññöt bé réåçhéd. Thîs îs whåt ît såîd öñ %1. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>The city's system sent an answer the kiosk cannot read, so the status cannot be checked right now. Please try again later.</source>
        <translation>‏[Thé çîtý's sýstém séñt åñ åñswér thé kîösk çåññöt réåd, sö thé ståtüs çåññöt bé çhéçkéd rîght ñöw. Pléåsé trý ågåîñ låtér. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>The status cannot be checked right now: the city's system cannot be reached. Please try again later.</source>
        <translation>‏[Thé ståtüs çåññöt bé çhéçkéd rîght ñöw: thé çîtý's sýstém çåññöt bé réåçhéd. Pléåsé trý ågåîñ låtér. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~]‏</translation>
    </message>
    <message>
        <source>Reference %1</source>
        <translation>‏[Référéñçé %1 ~~~~~]‏</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>‏[Ståtüs: %1 ~~~~]‏</translation>
    </message>
    <message>
        <source>Note from the city (shortened):</source>
        <translation>‏[Ñöté fröm thé çîtý (shörtéñéd): ~~~~~~ ~~~~~]‏</translation>
    </message>
    <message>
        <source>Note from the city:</source>
        <translation>‏[Ñöté fröm thé çîtý: ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>Reported on %1</source>
        <translation>‏[Répörtéd öñ %1 ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Last updated on %1</source>
        <translation>‏[Låst üpdåtéd öñ %1 ~~~~~~]‏</translation>
    </message>
    <message>
        <source>City's request number: %1</source>
        <translation>‏[Çîtý's réqüést ñümbér: %1 ~~~~~~ ~~~]‏</translation>
    </message>
</context>
<context>
    <name>RequestStatusStep</name>
    <message>
        <source>Status of your report</source>
        <translation>‏[Ståtüs öf ýöür répört ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>‏[Döñé ~~]‏</translation>
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
        <translation>‏[Sîgñ wîth mý çård åñd séñd ~~~~~~ ~~~]‏</translation>
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
        <translation>‏[Phötö: tåkéñ åt thîs kîösk ~~~~~~ ~~~]‏</translation>
    </message>
    <message>
        <source>No fee.</source>
        <translation>‏[Ñö féé. ~~~]‏</translation>
    </message>
    <message>
        <source>Fee: %1 %2, charged to your eCitizen account when the city processes it.</source>
        <translation>‏[Féé: %1 %2, çhårgéd tö ýöür éÇîtîzéñ åççöüñt whéñ thé çîtý pröçéssés ît. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>I declare that this information is true and complete. My eCitizen card signs this application; I agree to pay the fee shown.</source>
        <translation>‏[Î déçlåré thåt thîs îñförmåtîöñ îs trüé åñd çömplété. Mý éÇîtîzéñ çård sîgñs thîs åpplîçåtîöñ; Î ågréé tö påý thé féé shöwñ. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>Check your report</source>
        <translation>‏[Çhéçk ýöür répört ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Send the report</source>
        <translation>‏[Séñd thé répört ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Check what you entered, then send the report.</source>
        <translation>‏[Çhéçk whåt ýöü éñtéréd, théñ séñd thé répört. ~~~~~~ ~~~~~~ ~~~~]‏</translation>
    </message>
    <message>
        <source>The report is anonymous.</source>
        <translation>‏[Thé répört îs åñöñýmöüs. ~~~~~~ ~~~]‏</translation>
    </message>
    <message>
        <source>The report is linked to your eCitizen account.</source>
        <translation>‏[Thé répört îs lîñkéd tö ýöür éÇîtîzéñ åççöüñt. ~~~~~~ ~~~~~~ ~~~~]‏</translation>
    </message>
    <message>
        <source>No description</source>
        <translation>‏[Ñö désçrîptîöñ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>‏[Ñö phötö ~~~]‏</translation>
    </message>
    <message>
        <source>This photo is published with the report. Faces and number plates found in it have been blurred.</source>
        <translation>‏[Thîs phötö îs püblîshéd wîth thé répört. Fåçés åñd ñümbér plåtés föüñd îñ ît håvé bééñ blürréd. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~]‏</translation>
    </message>
    <message>
        <source>This photo is published with the report.</source>
        <translation>‏[Thîs phötö îs püblîshéd wîth thé répört. ~~~~~~ ~~~~~~ ~~]‏</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>‏[Pröblém ~~~]‏</translation>
    </message>
    <message>
        <source>Change the problem</source>
        <translation>‏[Çhåñgé thé pröblém ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>‏[Plåçé ~~]‏</translation>
    </message>
    <message>
        <source>Change the place</source>
        <translation>‏[Çhåñgé thé plåçé ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>‏[Désçrîptîöñ ~~~~]‏</translation>
    </message>
    <message>
        <source>Change the description</source>
        <translation>‏[Çhåñgé thé désçrîptîöñ ~~~~~~ ~~]‏</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>‏[Phötö ~~]‏</translation>
    </message>
    <message>
        <source>Change the photo</source>
        <translation>‏[Çhåñgé thé phötö ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>‏[Çhåñgé ~~]‏</translation>
    </message>
    <message>
        <source>Map of the place: %1</source>
        <translation>‏[Måp öf thé plåçé: %1 ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>Photo of the problem</source>
        <translation>‏[Phötö öf thé pröblém ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>‏[%1 (%2) ~~~]‏</translation>
    </message>
</context>
<context>
    <name>ScanReceiptStep</name>
    <message>
        <source>Your receipt</source>
        <translation>‏[Ýöür réçéîpt ~~~~~]‏</translation>
    </message>
    <message>
        <source>Check the status</source>
        <translation>‏[Çhéçk thé ståtüs ~~~~~~]‏</translation>
    </message>
    <message>
        <source>This is not the code of an eCitizen receipt. Please scan the square code printed on your receipt.</source>
        <translation>‏[Thîs îs ñöt thé çödé öf åñ éÇîtîzéñ réçéîpt. Pléåsé sçåñ thé sqüåré çödé prîñtéd öñ ýöür réçéîpt. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~]‏</translation>
    </message>
    <message>
        <source>Please type the reference as it is printed on your receipt, for example K7QX-3M9P.</source>
        <translation>‏[Pléåsé týpé thé référéñçé ås ît îs prîñtéd öñ ýöür réçéîpt, för éxåmplé K7QX-3M9P. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~]‏</translation>
    </message>
    <message>
        <source>Hold the square code on your receipt in front of the camera, or type the reference number printed on it. You do not need to sign in.</source>
        <translation>‏[Höld thé sqüåré çödé öñ ýöür réçéîpt îñ fröñt öf thé çåmérå, ör týpé thé référéñçé ñümbér prîñtéd öñ ît. Ýöü dö ñöt ñééd tö sîgñ îñ. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~]‏</translation>
    </message>
    <message>
        <source>Scan my receipt</source>
        <translation>‏[Sçåñ mý réçéîpt ~~~~~~]‏</translation>
    </message>
    <message>
        <source>This kiosk has no camera. Please type the reference number.</source>
        <translation>‏[Thîs kîösk hås ñö çåmérå. Pléåsé týpé thé référéñçé ñümbér. ~~~~~~ ~~~~~~ ~~~~~~ ~~~]‏</translation>
    </message>
    <message>
        <source>The camera is not working right now. Please type the reference number.</source>
        <translation>‏[Thé çåmérå îs ñöt wörkîñg rîght ñöw. Pléåsé týpé thé référéñçé ñümbér. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Hold the code on your receipt in front of the camera.</source>
        <translation>‏[Höld thé çödé öñ ýöür réçéîpt îñ fröñt öf thé çåmérå. ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>‏[Stårtîñg thé çåmérå… ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>‏[Référéñçé ñümbér ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Only the report's status is shown: its reference, kind, dates and the city's note. Nothing about you.</source>
        <translation>‏[Öñlý thé répört's ståtüs îs shöwñ: îts référéñçé, kîñd, dåtés åñd thé çîtý's ñöté. Ñöthîñg åböüt ýöü. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~]‏</translation>
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
        <translation>‏[Båçk tö thé sérvîçés ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>Please wait…</source>
        <translation>‏[Pléåsé wåît… ~~~~~]‏</translation>
    </message>
    <message>
        <source>The city's service cannot be reached right now. This part needs the network. Please try again later or ask staff.</source>
        <translation>‏[Thé çîtý's sérvîçé çåññöt bé réåçhéd rîght ñöw. Thîs pårt ñééds thé ñétwörk. Pléåsé trý ågåîñ låtér ör åsk ståff. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~]‏</translation>
    </message>
    <message>
        <source>Your request could not be saved on this kiosk. Nothing was sent. Please ask staff for help.</source>
        <translation>‏[Ýöür réqüést çöüld ñöt bé såvéd öñ thîs kîösk. Ñöthîñg wås séñt. Pléåsé åsk ståff för hélp. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>This is closed and no longer accepts responses.</source>
        <translation>‏[Thîs îs çlöséd åñd ñö löñgér åççépts réspöñsés. ~~~~~~ ~~~~~~ ~~~~~]‏</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing was sent. Please try again or ask staff.</source>
        <translation>‏[Söméthîñg wéñt wröñg. Ñöthîñg wås séñt. Pléåsé trý ågåîñ ör åsk ståff. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Sending your request…</source>
        <translation>‏[Séñdîñg ýöür réqüést… ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>This kiosk's storage is full, so your request could not be saved. Nothing was sent. Please use another kiosk or ask staff.</source>
        <translation>‏[Thîs kîösk's störågé îs füll, sö ýöür réqüést çöüld ñöt bé såvéd. Ñöthîñg wås séñt. Pléåsé üsé åñöthér kîösk ör åsk ståff. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Signing needs the eCitizen card you signed in with. Please sign in with your card and PIN, or ask staff.</source>
        <translation>‏[Sîgñîñg ñééds thé éÇîtîzéñ çård ýöü sîgñéd îñ wîth. Pléåsé sîgñ îñ wîth ýöür çård åñd PÎÑ, ör åsk ståff. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Your card did not sign. Please keep it in the reader and try again.</source>
        <translation>‏[Ýöür çård dîd ñöt sîgñ. Pléåsé kéép ît îñ thé réådér åñd trý ågåîñ. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>About this kiosk and your privacy</source>
        <translation>‏[Åböüt thîs kîösk åñd ýöür prîvåçý ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>What this kiosk does and what happens to your data</source>
        <translation>‏[Whåt thîs kîösk döés åñd whåt håppéñs tö ýöür dåtå ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Technician diagnostics</source>
        <translation>‏[Téçhñîçîåñ dîågñöstîçs ~~~~~~ ~~]‏</translation>
    </message>
    <message>
        <source>Device health, self-tests, queue decisions and log export</source>
        <translation>‏[Dévîçé héålth, sélf-tésts, qüéüé déçîsîöñs åñd lög éxpört ~~~~~~ ~~~~~~ ~~~~~~ ~~]‏</translation>
    </message>
    <message>
        <source>Pay a utility bill</source>
        <translation>‏[Påý å ütîlîtý bîll ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Water and waste bills: scan the bill or type the account number</source>
        <translation>‏[Wåtér åñd wåsté bîlls: sçåñ thé bîll ör týpé thé åççöüñt ñümbér ~~~~~~ ~~~~~~ ~~~~~~ ~~~~]‏</translation>
    </message>
    <message>
        <source>City projects</source>
        <translation>‏[Çîtý pröjéçts ~~~~~]‏</translation>
    </message>
    <message>
        <source>Works near this kiosk: status, budget and milestones</source>
        <translation>‏[Wörks ñéår thîs kîösk: ståtüs, büdgét åñd mîléstöñés ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>My notices</source>
        <translation>‏[Mý ñötîçés ~~~~]‏</translation>
    </message>
    <message>
        <source>Bills due, application updates and reminders, most urgent first</source>
        <translation>‏[Bîlls düé, åpplîçåtîöñ üpdåtés åñd rémîñdérs, möst ürgéñt fîrst ~~~~~~ ~~~~~~ ~~~~~~ ~~~~]‏</translation>
    </message>
    <message>
        <source>Book an appointment</source>
        <translation>‏[Böök åñ åppöîñtméñt ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>Library appointment, study room or digital help; cancel a booking</source>
        <translation>‏[Lîbrårý åppöîñtméñt, stüdý rööm ör dîgîtål hélp; çåñçél å böökîñg ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~]‏</translation>
    </message>
    <message>
        <source>Permits and licences</source>
        <translation>‏[Pérmîts åñd lîçéñçés ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>Apply for a permit or renew a licence, signed with your card</source>
        <translation>‏[Åpplý för å pérmît ör réñéw å lîçéñçé, sîgñéd wîth ýöür çård ~~~~~~ ~~~~~~ ~~~~~~ ~~~]‏</translation>
    </message>
    <message>
        <source>Report a street problem</source>
        <translation>‏[Répört å stréét pröblém ~~~~~~ ~~]‏</translation>
    </message>
    <message>
        <source>Potholes, broken lights, graffiti: tell the city where</source>
        <translation>‏[Pöthölés, brökéñ lîghts, gråffîtî: téll thé çîtý whéré ~~~~~~ ~~~~~~ ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>My library account</source>
        <translation>‏[Mý lîbrårý åççöüñt ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Loans, holds and fees: renew loans and pay fees</source>
        <translation>‏[Löåñs, hölds åñd féés: réñéw löåñs åñd påý féés ~~~~~~ ~~~~~~ ~~~~~]‏</translation>
    </message>
    <message>
        <source>Petitions</source>
        <translation>‏[Pétîtîöñs ~~~~]‏</translation>
    </message>
    <message>
        <source>Read petitions and sign them with your card</source>
        <translation>‏[Réåd pétîtîöñs åñd sîgñ thém wîth ýöür çård ~~~~~~ ~~~~~~ ~~~]‏</translation>
    </message>
    <message>
        <source>Public consultations</source>
        <translation>‏[Püblîç çöñsültåtîöñs ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>Give your opinion on city plans (not elections)</source>
        <translation>‏[Gîvé ýöür öpîñîöñ öñ çîtý plåñs (ñöt éléçtîöñs) ~~~~~~ ~~~~~~ ~~~~~]‏</translation>
    </message>
    <message>
        <source>My data and consent</source>
        <translation>‏[Mý dåtå åñd çöñséñt ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>What the city holds about you, your choices, a full copy</source>
        <translation>‏[Whåt thé çîtý hölds åböüt ýöü, ýöür çhöîçés, å füll çöpý ~~~~~~ ~~~~~~ ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>Election information</source>
        <translation>‏[Éléçtîöñ îñförmåtîöñ ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>Your polling station, election dates, registering and voting by post</source>
        <translation>‏[Ýöür pöllîñg ståtîöñ, éléçtîöñ dåtés, régîstérîñg åñd vötîñg bý pöst ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>My street reports</source>
        <translation>‏[Mý stréét répörts ~~~~~~]‏</translation>
    </message>
    <message>
        <source>What the city did with the problems you reported, and its notes</source>
        <translation>‏[Whåt thé çîtý dîd wîth thé pröbléms ýöü répörtéd, åñd îts ñötés ~~~~~~ ~~~~~~ ~~~~~~ ~~~~]‏</translation>
    </message>
    <message>
        <source>Check a street report</source>
        <translation>‏[Çhéçk å stréét répört ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>Scan the code on your receipt to see what the city is doing</source>
        <translation>‏[Sçåñ thé çödé öñ ýöür réçéîpt tö séé whåt thé çîtý îs döîñg ~~~~~~ ~~~~~~ ~~~~~~ ~~~]‏</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>How would you like to continue?</source>
        <translation>‏[Höw wöüld ýöü lîké tö çöñtîñüé? ~~~~~~ ~~~~~]‏</translation>
    </message>
    <message>
        <source>With your eCitizen card</source>
        <translation>‏[Wîth ýöür éÇîtîzéñ çård ~~~~~~ ~~]‏</translation>
    </message>
    <message>
        <source>Put your card in the reader below the screen, chip first. You will then type your PIN.</source>
        <translation>‏[Püt ýöür çård îñ thé réådér bélöw thé sçrééñ, çhîp fîrst. Ýöü wîll théñ týpé ýöür PÎÑ. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>With your library card</source>
        <translation>‏[Wîth ýöür lîbrårý çård ~~~~~~ ~~]‏</translation>
    </message>
    <message>
        <source>Hold your library card on the reader.</source>
        <translation>‏[Höld ýöür lîbrårý çård öñ thé réådér. ~~~~~~ ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>As a guest you can read about city projects and this kiosk, and report a problem on your street without giving your name.</source>
        <translation>‏[Ås å güést ýöü çåñ réåd åböüt çîtý pröjéçts åñd thîs kîösk, åñd répört å pröblém öñ ýöür stréét wîthöüt gîvîñg ýöür ñåmé. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Continue as a guest</source>
        <translation>‏[Çöñtîñüé ås å güést ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>Put your card in the reader, chip first.</source>
        <translation>‏[Püt ýöür çård îñ thé réådér, çhîp fîrst. ~~~~~~ ~~~~~~ ~~]‏</translation>
    </message>
    <message>
        <source>No card? Continue as a guest.</source>
        <translation>‏[Ñö çård? Çöñtîñüé ås å güést. ~~~~~~ ~~~~~]‏</translation>
    </message>
    <message>
        <source>How the city uses your data</source>
        <translation>‏[Höw thé çîtý üsés ýöür dåtå ~~~~~~ ~~~~]‏</translation>
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
        <translation>‏[Ñö fréé tîmés îñ thé ñéxt dåýs. ~~~~~~ ~~~~~]‏</translation>
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
    <message>
        <source>This kiosk has no voice for this language: another voice reads aloud.</source>
        <translation>‏[Thîs kîösk hås ñö vöîçé för thîs låñgüågé: åñöthér vöîçé réåds ålöüd. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
    </message>
</context>
<context>
    <name>SpeechTexts</name>
    <message numerus="yes">
        <source>%n character(s) typed</source>
        <translation><numerusform>‏[%n çhåråçtér týpéd ~~~~~~]‏</numerusform><numerusform>‏[%n çhåråçtérs týpéd ~~~~~~ ~]‏</numerusform></translation>
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
        <translation>‏[Réådîñg thé ståff çård… Pléåsé léåvé ît îñ thé réådér. ~~~~~~ ~~~~~~ ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>‏[Ståff PÎÑ ~~~~]‏</translation>
    </message>
    <message>
        <source>%1, type your staff PIN on the keypad of the card reader.</source>
        <translation>‏[%1, týpé ýöür ståff PÎÑ öñ thé kéýpåd öf thé çård réådér. ~~~~~~ ~~~~~~ ~~~~~~ ~~]‏</translation>
    </message>
    <message>
        <source>%1, type your staff PIN and press OK. The resident is then asked whether they want your help.</source>
        <translation>‏[%1, týpé ýöür ståff PÎÑ åñd préss ÖK. Thé résîdéñt îs théñ åskéd whéthér théý wåñt ýöür hélp. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~]‏</translation>
    </message>
    <message>
        <source>Tries left: %1</source>
        <translation>‏[Trîés léft: %1 ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Checking the staff PIN…</source>
        <translation>‏[Çhéçkîñg thé ståff PÎÑ… ~~~~~~ ~~]‏</translation>
    </message>
    <message>
        <source>This is not a staff card</source>
        <translation>‏[Thîs îs ñöt å ståff çård ~~~~~~ ~~~]‏</translation>
    </message>
    <message>
        <source>Assisted help is started with a member of staff's own staff card. Please take this card out of the reader.</source>
        <translation>‏[Åssîstéd hélp îs stårtéd wîth å mémbér öf ståff's öwñ ståff çård. Pléåsé tåké thîs çård öüt öf thé réådér. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
    </message>
</context>
<context>
    <name>StepBack</name>
    <message>
        <source>Helper, please step back</source>
        <translation>‏[Hélpér, pléåsé stép båçk ~~~~~~ ~~~]‏</translation>
    </message>
    <message>
        <source>My helper stepped back</source>
        <translation>‏[Mý hélpér stéppéd båçk ~~~~~~ ~~]‏</translation>
    </message>
    <message>
        <source>Only you can type your PIN. Your helper will step away until you are done.</source>
        <translation>‏[Öñlý ýöü çåñ týpé ýöür PÎÑ. Ýöür hélpér wîll stép åwåý üñtîl ýöü åré döñé. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~]‏</translation>
    </message>
    <message>
        <source>Only you can put your finger on the reader. Your helper will step away until you are done.</source>
        <translation>‏[Öñlý ýöü çåñ püt ýöür fîñgér öñ thé réådér. Ýöür hélpér wîll stép åwåý üñtîl ýöü åré döñé. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>Only you can be in your photo. Your helper will step away until you are done.</source>
        <translation>‏[Öñlý ýöü çåñ bé îñ ýöür phötö. Ýöür hélpér wîll stép åwåý üñtîl ýöü åré döñé. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~]‏</translation>
    </message>
    <message>
        <source>Only you can confirm the declaration. Your helper will step away until you are done.</source>
        <translation>‏[Öñlý ýöü çåñ çöñfîrm thé déçlåråtîöñ. Ýöür hélpér wîll stép åwåý üñtîl ýöü åré döñé. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Only you can do the next step. Your helper will step away until you are done.</source>
        <translation>‏[Öñlý ýöü çåñ dö thé ñéxt stép. Ýöür hélpér wîll stép åwåý üñtîl ýöü åré döñé. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~]‏</translation>
    </message>
</context>
<context>
    <name>StreetReport</name>
    <message>
        <source>About 100 m north of this kiosk</source>
        <translation>‏[Åböüt 100 m ñörth öf thîs kîösk ~~~~~~ ~~~~~]‏</translation>
    </message>
    <message>
        <source>About 100 m east of this kiosk</source>
        <translation>‏[Åböüt 100 m éåst öf thîs kîösk ~~~~~~ ~~~~~]‏</translation>
    </message>
    <message>
        <source>About 100 m south of this kiosk</source>
        <translation>‏[Åböüt 100 m söüth öf thîs kîösk ~~~~~~ ~~~~~]‏</translation>
    </message>
    <message>
        <source>About 100 m west of this kiosk</source>
        <translation>‏[Åböüt 100 m wést öf thîs kîösk ~~~~~~ ~~~~~]‏</translation>
    </message>
</context>
<context>
    <name>StreetReportScreen</name>
    <message>
        <source>Report a street problem</source>
        <translation>‏[Répört å stréét pröblém ~~~~~~ ~~]‏</translation>
    </message>
    <message>
        <source>The city's request number: %1</source>
        <translation>‏[Thé çîtý's réqüést ñümbér: %1 ~~~~~~ ~~~~~]‏</translation>
    </message>
    <message>
        <source>The city's request number follows once the report is sent.</source>
        <translation>‏[Thé çîtý's réqüést ñümbér föllöws öñçé thé répört îs séñt. ~~~~~~ ~~~~~~ ~~~~~~ ~~]‏</translation>
    </message>
    <message>
        <source>A photo is sent with the report.</source>
        <translation>‏[Å phötö îs séñt wîth thé répört. ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>The photo cannot be used. Please take it again.</source>
        <translation>‏[Thé phötö çåññöt bé üséd. Pléåsé tåké ît ågåîñ. ~~~~~~ ~~~~~~ ~~~~~]‏</translation>
    </message>
    <message>
        <source>Something is missing. Please go back.</source>
        <translation>‏[Söméthîñg îs mîssîñg. Pléåsé gö båçk. ~~~~~~ ~~~~~~ ~]‏</translation>
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
        <translation>‏[Whåt thé çîtý hölds åböüt ýöü ñééds thé ñétwörk, whîçh îs ñöt åvåîlåblé rîght ñöw. Ýöü çåñ stîll åsk för å füll çöpý: thé réqüést îs såvéd åñd séñt låtér. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>This is what the city holds about you.</source>
        <translation>‏[Thîs îs whåt thé çîtý hölds åböüt ýöü. ~~~~~~ ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>Your choices (tap to change)</source>
        <translation>‏[Ýöür çhöîçés (tåp tö çhåñgé) ~~~~~~ ~~~~]‏</translation>
    </message>
    <message>
        <source>Send me notices by e-mail</source>
        <translation>‏[Séñd mé ñötîçés bý é-måîl ~~~~~~ ~~~]‏</translation>
    </message>
    <message>
        <source>Send me notices by SMS</source>
        <translation>‏[Séñd mé ñötîçés bý SMS ~~~~~~ ~~]‏</translation>
    </message>
    <message>
        <source>Count my kiosk visits in anonymous statistics</source>
        <translation>‏[Çöüñt mý kîösk vîsîts îñ åñöñýmöüs ståtîstîçs ~~~~~~ ~~~~~~ ~~~~]‏</translation>
    </message>
    <message>
        <source>Your choice is saved and sent to the city.</source>
        <translation>‏[Ýöür çhöîçé îs såvéd åñd séñt tö thé çîtý. ~~~~~~ ~~~~~~ ~~~]‏</translation>
    </message>
    <message>
        <source>Your choice could not be saved. Please ask staff.</source>
        <translation>‏[Ýöür çhöîçé çöüld ñöt bé såvéd. Pléåsé åsk ståff. ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Ask for a full copy of my data</source>
        <translation>‏[Åsk för å füll çöpý öf mý dåtå ~~~~~~ ~~~~~]‏</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>‏[Åddréss ~~~]‏</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>‏[É-måîl ~~]‏</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>‏[Phöñé ~~]‏</translation>
    </message>
    <message>
        <source>tap to hide</source>
        <translation>‏[tåp tö hîdé ~~~~]‏</translation>
    </message>
    <message>
        <source>tap to show</source>
        <translation>‏[tåp tö shöw ~~~~]‏</translation>
    </message>
    <message>
        <source>Others may see this screen: tap a detail to show it for a few seconds.</source>
        <translation>‏[Öthérs måý séé thîs sçrééñ: tåp å détåîl tö shöw ît för å féw séçöñds. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Something is wrong: ask for a correction</source>
        <translation>‏[Söméthîñg îs wröñg: åsk för å çörréçtîöñ ~~~~~~ ~~~~~~ ~~]‏</translation>
    </message>
    <message>
        <source>Ask the city to erase my data</source>
        <translation>‏[Åsk thé çîtý tö éråsé mý dåtå ~~~~~~ ~~~~~]‏</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>‏[%1: %2 (%3) ~~~~]‏</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s), kept %2</source>
        <translation><numerusform>‏[%1: %n réçörd, képt %2 ~~~~~~ ~~]‏</numerusform><numerusform>‏[%1: %n réçörds, képt %2 ~~~~~~ ~~]‏</numerusform></translation>
    </message>
    <message>
        <source>%1: on</source>
        <translation>‏[%1: öñ ~~]‏</translation>
    </message>
    <message>
        <source>%1: off</source>
        <translation>‏[%1: öff ~~~]‏</translation>
    </message>
</context>
<context>
    <name>TakeCardScreen</name>
    <message>
        <source>Take your card</source>
        <translation>‏[Tåké ýöür çård ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Your session has ended and your details were cleared from this kiosk. Please take your card from the reader.</source>
        <translation>‏[Ýöür séssîöñ hås éñdéd åñd ýöür détåîls wéré çléåréd fröm thîs kîösk. Pléåsé tåké ýöür çård fröm thé réådér. ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~]‏</translation>
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
        <translation>‏[Låñgüågé åñd dîsplåý öptîöñs ~~~~~~ ~~~~]‏</translation>
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
        <translation>‏[Fîñîsh åñd sîgñ öüt ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>PRACTICE: made-up people, nothing is sent to the city</source>
        <translation>‏[PRÅÇTÎÇÉ: mådé-üp péöplé, ñöthîñg îs séñt tö thé çîtý ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Staff: end session</source>
        <translation>‏[Ståff: éñd séssîöñ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Helped by staff member %1</source>
        <translation>‏[Hélpéd bý ståff mémbér %1 ~~~~~~ ~~~]‏</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>‏[Sîgñéd îñ: %1 ~~~~~]‏</translation>
    </message>
    <message>
        <source>Offline: your requests are saved here and sent when the network is back</source>
        <translation>‏[Öfflîñé: ýöür réqüésts åré såvéd héré åñd séñt whéñ thé ñétwörk îs båçk ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Stop helping</source>
        <translation>‏[Stöp hélpîñg ~~~~~]‏</translation>
    </message>
</context>
<context>
    <name>owner</name>
    <message>
        <source>Check your change</source>
        <translation>‏[Çhéçk ýöür çhåñgé ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Change your visit to %1?</source>
        <translation>‏[Çhåñgé ýöür vîsît tö %1? ~~~~~~ ~~~]‏</translation>
    </message>
    <message>
        <source>Your booking on %1 will be cancelled.</source>
        <translation>‏[Ýöür böökîñg öñ %1 wîll bé çåñçélléd. ~~~~~~ ~~~~~~ ~]‏</translation>
    </message>
    <message>
        <source>Yes, change it</source>
        <translation>‏[Ýés, çhåñgé ît ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Booked: %1, %2</source>
        <translation>‏[Böökéd: %1, %2 ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Check your cancellation</source>
        <translation>‏[Çhéçk ýöür çåñçéllåtîöñ ~~~~~~ ~~]‏</translation>
    </message>
    <message>
        <source>Cancel your visit on %1 at %2?</source>
        <translation>‏[Çåñçél ýöür vîsît öñ %1 åt %2? ~~~~~~ ~~~~~]‏</translation>
    </message>
    <message>
        <source>Yes, cancel</source>
        <translation>‏[Ýés, çåñçél ~~~~]‏</translation>
    </message>
    <message>
        <source>Cancel a booking</source>
        <translation>‏[Çåñçél å böökîñg ~~~~~~]‏</translation>
    </message>
    <message>
        <source>Booking cancelled: %1, %2</source>
        <translation>‏[Böökîñg çåñçélléd: %1, %2 ~~~~~~ ~~~]‏</translation>
    </message>
</context>
</TS>