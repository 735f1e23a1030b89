<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutScreen</name>
    <message>
        <source>About this kiosk and your privacy</source>
        <translation>À propos de cette borne et de votre vie privée</translation>
    </message>
    <message>
        <source>What this kiosk does</source>
        <translation>Ce que fait cette borne</translation>
    </message>
    <message>
        <source>This is a public eCitizen kiosk of the city. You can pay bills, book library appointments, report street problems, apply for permits, sign petitions and read your notices, with your eCitizen card, your library card or as a guest.</source>
        <translation>Ceci est une borne publique eCitizen de la ville. Vous pouvez payer des factures, prendre rendez-vous à la bibliothèque, signaler un problème dans la rue, demander un permis, signer une pétition et lire vos avis, avec votre carte eCitizen, votre carte de bibliothèque ou en tant qu&apos;invité.</translation>
    </message>
    <message>
        <source>Your privacy</source>
        <translation>Votre vie privée</translation>
    </message>
    <message>
        <source>Everything you type or see here is erased from the kiosk as soon as you finish, take out your card, or leave the kiosk alone for a while. Your PIN is checked by your card, never stored or seen by the kiosk. If you use your fingerprint, it is compared with the copy on your card and never stored.</source>
        <translation>Tout ce que vous tapez ou voyez ici est effacé de la borne dès que vous terminez, retirez votre carte ou laissez la borne un moment. Votre code PIN est vérifié par votre carte : la borne ne le voit jamais et ne le garde jamais. Si vous utilisez votre empreinte, elle est comparée à la copie sur votre carte et n&apos;est jamais gardée.</translation>
    </message>
    <message>
        <source>When the network is down</source>
        <translation>Quand le réseau ne marche pas</translation>
    </message>
    <message>
        <source>Your request is saved on this kiosk in encrypted form and sent as soon as the network returns. Your receipt always says whether it was sent or saved for sending. Nothing is sent twice.</source>
        <translation>Votre demande est gardée chiffrée sur cette borne et envoyée dès que le réseau revient. Votre reçu dit toujours si elle a été envoyée ou gardée pour l&apos;envoi. Rien n&apos;est envoyé deux fois.</translation>
    </message>
    <message>
        <source>Who is responsible</source>
        <translation>Qui est responsable</translation>
    </message>
    <message>
        <source>The city&apos;s eCitizen office runs this kiosk. Staff at the desk can help you and tell you how to get a copy of the data the city holds about you.</source>
        <translation>Le bureau eCitizen de la ville gère cette borne. Le personnel de l&apos;accueil peut vous aider et vous dire comment obtenir une copie des données que la ville a sur vous.</translation>
    </message>
    <message>
        <source>This kiosk</source>
        <translation>Cette borne</translation>
    </message>
    <message>
        <source>Kiosk %1 at %2</source>
        <translation>Borne %1 à %2</translation>
    </message>
    <message>
        <source>Back to the services</source>
        <translation>Retour aux services</translation>
    </message>
</context>
<context>
    <name>AccessPanel</name>
    <message>
        <source>Language and display</source>
        <translation>Langue et affichage</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Texte plus grand</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Lecture à voix haute</translation>
    </message>
    <message>
        <source>Simple mode</source>
        <translation>Mode simple</translation>
    </message>
    <message>
        <source>Say it again</source>
        <translation>Répéter</translation>
    </message>
    <message>
        <source>Speak slower</source>
        <translation>Parler plus lentement</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Plus fort</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>Moins fort</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>AccountStep</name>
    <message>
        <source>Loans, holds and fees</source>
        <translation>Prêts, réservations et frais</translation>
    </message>
    <message>
        <source>Library renewal</source>
        <translation>Renouvellement à la bibliothèque</translation>
    </message>
    <message>
        <source>Library fee</source>
        <translation>Frais de bibliothèque</translation>
    </message>
    <message>
        <source>Loans: tap one to renew it</source>
        <translation>Prêts : touchez-en un pour le renouveler</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>À rendre le %1</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Réservations</translation>
    </message>
    <message>
        <source>No holds.</source>
        <translation>Aucune réservation.</translation>
    </message>
    <message>
        <source>Fees: %1</source>
        <translation>Frais : %1</translation>
    </message>
    <message>
        <source>Pay %1 with my eCitizen account: %2</source>
        <translation>Payer %1 avec mon compte eCitizen : %2</translation>
    </message>
    <message>
        <source>Ready to collect</source>
        <translation>Prêt à retirer</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Due now: %1</source>
        <translation>Échéance actuelle : %1</translation>
    </message>
    <message>
        <source>Check your renewal</source>
        <translation>Vérifiez votre renouvellement</translation>
    </message>
    <message>
        <source>Renew %1?</source>
        <translation>Renouveler %1 ?</translation>
    </message>
    <message>
        <source>Yes, renew</source>
        <translation>Oui, renouveler</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Frais</translation>
    </message>
    <message>
        <source>Check your payment</source>
        <translation>Vérifiez votre paiement</translation>
    </message>
    <message>
        <source>Pay %1 for the library fee: %2?</source>
        <translation>Payer %1 pour les frais de bibliothèque : %2 ?</translation>
    </message>
    <message>
        <source>The city charges the payment method saved on your eCitizen account. The kiosk never sees your card.</source>
        <translation>La ville débite le moyen de paiement enregistré sur votre compte eCitizen. La borne ne voit jamais votre carte.</translation>
    </message>
    <message>
        <source>Yes, pay %1</source>
        <translation>Oui, payer %1</translation>
    </message>
    <message>
        <source>Renewal sent to the library</source>
        <translation>Renouvellement envoyé à la bibliothèque</translation>
    </message>
    <message>
        <source>Paid %1</source>
        <translation>Payé : %1</translation>
    </message>
    <message>
        <source>%1: amount not clear, please ask library staff</source>
        <translation>%1 : montant peu clair, demandez au personnel de la bibliothèque</translation>
    </message>
    <message>
        <source>The library did not renew %1 (reference %2, %3).</source>
        <translation>La bibliothèque n&apos;a pas renouvelé %1 (référence %2, %3).</translation>
    </message>
    <message>
        <source>The library did not renew %1 (reference %2, %3). Library staff can tell you why.</source>
        <translation>La bibliothèque n’a pas renouvelé %1 (référence %2, %3). Le personnel de la bibliothèque peut vous dire pourquoi.</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>Prêts</translation>
    </message>
    <message>
        <source>These loans can be renewed at the library desk:</source>
        <translation>Ces prêts peuvent être renouvelés à l’accueil de la bibliothèque :</translation>
    </message>
    <message>
        <source>No loans.</source>
        <translation>Aucun prêt.</translation>
    </message>
    <message>
        <source>No fees.</source>
        <translation>Aucuns frais.</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Frais</translation>
    </message>
    <message>
        <source>Fees cannot be paid at this kiosk: the library system does not take payments from it. You can pay at the library desk.</source>
        <translation>Les frais ne peuvent pas être payés à cette borne : le système de la bibliothèque n’accepte pas ses paiements. Vous pouvez payer à l’accueil de la bibliothèque.</translation>
    </message>
    <message>
        <source>Fees without an amount here can be paid at the library desk.</source>
        <translation>Les frais sans montant ici peuvent être payés à l’accueil de la bibliothèque.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>Appointments</name>
    <message>
        <source>Library appointment</source>
        <translation>Rendez-vous à la bibliothèque</translation>
    </message>
    <message>
        <source>Study room</source>
        <translation>Salle d&apos;étude</translation>
    </message>
    <message>
        <source>Digital help desk</source>
        <translation>Aide numérique</translation>
    </message>
</context>
<context>
    <name>AppointmentsScreen</name>
    <message>
        <source>Book an appointment</source>
        <translation>Prendre rendez-vous</translation>
    </message>
    <message>
        <source>This time was just taken. Please choose another.</source>
        <translation>Ce créneau vient d&apos;être pris. Choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Change a booking</source>
        <translation>Modifier une réservation</translation>
    </message>
    <message>
        <source>Cancel a booking</source>
        <translation>Annuler une réservation</translation>
    </message>
    <message>
        <source>Saved: %1, %2 will be booked when the network is back. Your old time stays booked until then: cancel it here once the new one is confirmed.</source>
        <translation>Enregistré : %1, %2 sera réservé au retour du réseau. Votre ancien rendez-vous reste réservé d’ici là : annulez-le ici une fois le nouveau confirmé.</translation>
    </message>
    <message>
        <source>Changed: %1, %2. Your old time is cancelled.</source>
        <translation>Modifié : %1, %2. Votre ancien créneau est annulé.</translation>
    </message>
    <message>
        <source>Sending your request…</source>
        <translation>Envoi de votre demande…</translation>
    </message>
</context>
<context>
    <name>AssistConfirm</name>
    <message>
        <source>Would you like help from %1?</source>
        <translation>Voulez-vous l&apos;aide de %1 ?</translation>
    </message>
    <message>
        <source>%1 is a member of staff. They can see the screen and type for you when you ask. Your PIN, fingerprint, photo and declarations are done by you alone. Either of you can end the session at any time.</source>
        <translation>%1 fait partie du personnel. Cette personne peut voir l&apos;écran et taper pour vous si vous le demandez. Votre code PIN, votre empreinte, votre photo et vos déclarations, vous les faites seul. Chacun de vous peut arrêter la session à tout moment.</translation>
    </message>
    <message>
        <source>Yes, help me</source>
        <translation>Oui, aidez-moi</translation>
    </message>
    <message>
        <source>No, thank you</source>
        <translation>Non, merci</translation>
    </message>
    <message>
        <source>Help cannot start right now</source>
        <translation>L’aide ne peut pas commencer maintenant</translation>
    </message>
    <message>
        <source>Every assisted session is recorded, to protect residents, and this kiosk cannot record one right now. The resident can go on alone. Please report the kiosk to a technician.</source>
        <translation>Chaque session accompagnée est enregistrée pour protéger les résidents, et cette borne ne peut pas l’enregistrer maintenant. Le résident peut continuer seul. Signalez la borne à un technicien.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Welcome to eCitizen</source>
        <translation>Bienvenue sur eCitizen</translation>
    </message>
    <message>
        <source>Pay bills, book the library, report a problem on your street and more.</source>
        <translation>Payez vos factures, réservez à la bibliothèque, signalez un problème dans votre rue, et plus encore.</translation>
    </message>
    <message>
        <source>Touch here to start</source>
        <translation>Touchez ici pour commencer</translation>
    </message>
    <message>
        <source>Or insert your eCitizen card to sign in.</source>
        <translation>Ou insérez votre carte eCitizen pour vous connecter.</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>Choisissez votre langue</translation>
    </message>
    <message>
        <source>Make it easier to use</source>
        <translation>Rendre l&apos;utilisation plus facile</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Texte plus grand</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Lecture à voix haute</translation>
    </message>
    <message>
        <source>Simple mode</source>
        <translation>Mode simple</translation>
    </message>
    <message>
        <source>This kiosk is out of service. Please use another kiosk or ask staff. Staff: a technician must check this kiosk before it can be used again.</source>
        <translation>Cette borne est hors service. Utilisez une autre borne ou demandez au personnel. Personnel : un technicien doit vérifier cette borne avant qu’elle puisse être réutilisée.</translation>
    </message>
    <message>
        <source>A card was left in the reader: please hand it to staff.</source>
        <translation>Une carte a été oubliée dans le lecteur : remettez-la au personnel.</translation>
    </message>
    <message>
        <source>Check a street report: scan your receipt</source>
        <translation>Suivre un signalement de rue : scannez votre reçu</translation>
    </message>
</context>
<context>
    <name>BillListStep</name>
    <message>
        <source>Your bills</source>
        <translation>Vos factures</translation>
    </message>
    <message>
        <source>Choose the bill to pay.</source>
        <translation>Choisissez la facture à payer.</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>À payer avant le %1</translation>
    </message>
</context>
<context>
    <name>BillStep</name>
    <message>
        <source>Your bill</source>
        <translation>Votre facture</translation>
    </message>
    <message>
        <source>Pay at the counter with this receipt&apos;s code.</source>
        <translation>Payez au guichet avec le code de ce reçu.</translation>
    </message>
    <message>
        <source>Payment slip</source>
        <translation>Bordereau de paiement</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>À payer avant le %1</translation>
    </message>
    <message>
        <source>Pay now: the city charges the payment method saved on your eCitizen account. The kiosk never sees your card. Or print a slip and pay at the counter.</source>
        <translation>Payer maintenant : la ville débite le moyen de paiement enregistré sur votre compte eCitizen. La borne ne voit jamais votre carte. Ou imprimez un bordereau et payez au guichet.</translation>
    </message>
    <message>
        <source>This bill is already paid.</source>
        <translation>Cette facture est déjà payée.</translation>
    </message>
    <message>
        <source>Pay now with my eCitizen account</source>
        <translation>Payer maintenant avec mon compte eCitizen</translation>
    </message>
    <message>
        <source>Print a payment slip for the counter</source>
        <translation>Imprimer un bordereau pour le guichet</translation>
    </message>
    <message>
        <source>Check your payment</source>
        <translation>Vérifiez votre paiement</translation>
    </message>
    <message>
        <source>Pay %1 for %2?</source>
        <translation>Payer %1 pour %2 ?</translation>
    </message>
    <message>
        <source>Yes, pay %1</source>
        <translation>Oui, payer %1</translation>
    </message>
    <message>
        <source>The city charges the payment method saved on your eCitizen account. The kiosk never sees your card.</source>
        <translation>La ville débite le moyen de paiement enregistré sur votre compte eCitizen. La borne ne voit jamais votre carte.</translation>
    </message>
    <message>
        <source>Paid %1</source>
        <translation>Payé : %1</translation>
    </message>
    <message>
        <source>Payment slip ready: pay %1 at the counter</source>
        <translation>Bordereau de paiement prêt : payez %1 au guichet</translation>
    </message>
    <message>
        <source>Print a payment slip and pay it at the counter. The slip shows the amount and the bill&apos;s reference, nothing about you.</source>
        <translation>Imprimez un bordereau de paiement et réglez-le au guichet. Le bordereau indique le montant et la référence de la facture, rien sur vous.</translation>
    </message>
</context>
<context>
    <name>Bills</name>
    <message>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>À payer</translation>
    </message>
</context>
<context>
    <name>BillsScreen</name>
    <message>
        <source>Pay a utility bill</source>
        <translation>Payer une facture</translation>
    </message>
    <message>
        <source>Please type the digits of your account number.</source>
        <translation>Tapez les chiffres de votre numéro de compte.</translation>
    </message>
    <message>
        <source>No bill was found. Please check the number or ask staff.</source>
        <translation>Aucune facture trouvée. Vérifiez le numéro ou demandez au personnel.</translation>
    </message>
    <message>
        <source>This code does not match the city&apos;s records. Please ask staff.</source>
        <translation>Ce code ne correspond pas aux registres de la ville. Demandez au personnel.</translation>
    </message>
    <message>
        <source>This bill is already paid.</source>
        <translation>Cette facture est déjà payée.</translation>
    </message>
    <message>
        <source>The amount due has changed. Please look the bill up again.</source>
        <translation>Le montant dû a changé. Recherchez à nouveau la facture.</translation>
    </message>
    <message>
        <source>This bill cannot be paid at the kiosk. Please ask staff.</source>
        <translation>Cette facture ne peut pas être payée à la borne. Demandez au personnel.</translation>
    </message>
    <message>
        <source>This code is not a bill the kiosk can use. Please try another.</source>
        <translation>Ce code n&apos;est pas une facture utilisable par la borne. Essayez-en un autre.</translation>
    </message>
</context>
<context>
    <name>BookingStep</name>
    <message>
        <source>Your booking</source>
        <translation>Votre réservation</translation>
    </message>
    <message>
        <source>Change the time</source>
        <translation>Changer l&apos;horaire</translation>
    </message>
    <message>
        <source>Cancel this booking</source>
        <translation>Annuler cette réservation</translation>
    </message>
</context>
<context>
    <name>BookingsStep</name>
    <message>
        <source>My bookings</source>
        <translation>Mes réservations</translation>
    </message>
    <message>
        <source>You have no bookings.</source>
        <translation>Vous n&apos;avez aucune réservation.</translation>
    </message>
    <message>
        <source>Tap a booking to change or cancel it.</source>
        <translation>Touchez une réservation pour la modifier ou l&apos;annuler.</translation>
    </message>
</context>
<context>
    <name>CardSignIn</name>
    <message>
        <source>Wrong PIN</source>
        <translation>Code PIN incorrect</translation>
    </message>
    <message>
        <source>That PIN was not right. You have one try left: if it is wrong again your card will be blocked. If you are not sure, ask staff for help.</source>
        <translation>Ce code PIN n&apos;est pas le bon. Il vous reste un essai : s&apos;il est encore faux, votre carte sera bloquée. Si vous n&apos;êtes pas sûr, demandez de l&apos;aide au personnel.</translation>
    </message>
    <message>
        <source>That PIN was not right. You have %1 tries left.</source>
        <translation>Ce code PIN n&apos;est pas le bon. Il vous reste %1 essais.</translation>
    </message>
    <message>
        <source>That PIN was not right. Please try again.</source>
        <translation>Ce code PIN n&apos;est pas le bon. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>We cannot read this card</source>
        <translation>Nous ne pouvons pas lire cette carte</translation>
    </message>
    <message>
        <source>This card is not one the kiosk knows. Take it out and try your eCitizen card.</source>
        <translation>La borne ne connaît pas cette carte. Retirez-la et essayez votre carte eCitizen.</translation>
    </message>
    <message>
        <source>This is not an eCitizen card</source>
        <translation>Ce n&apos;est pas une carte eCitizen</translation>
    </message>
    <message>
        <source>This card was not issued by the city for eCitizen services. Take it out and use your eCitizen card, or continue as a guest.</source>
        <translation>Cette carte n&apos;a pas été délivrée par la ville pour les services eCitizen. Retirez-la et utilisez votre carte eCitizen, ou continuez en tant qu&apos;invité.</translation>
    </message>
    <message>
        <source>This card could not be checked</source>
        <translation>Cette carte n&apos;a pas pu être vérifiée</translation>
    </message>
    <message>
        <source>The card did not pass the security check. Please ask staff for help.</source>
        <translation>La carte n&apos;a pas passé le contrôle de sécurité. Demandez de l&apos;aide au personnel.</translation>
    </message>
    <message>
        <source>Your card has expired</source>
        <translation>Votre carte a expiré</translation>
    </message>
    <message>
        <source>You can renew your eCitizen card at the city hall desk. Staff can help you.</source>
        <translation>Vous pouvez renouveler votre carte eCitizen à l&apos;accueil de la mairie. Le personnel peut vous aider.</translation>
    </message>
    <message>
        <source>Your card is not active yet</source>
        <translation>Votre carte n&apos;est pas encore active</translation>
    </message>
    <message>
        <source>Your new card can be used from the date printed on it.</source>
        <translation>Votre nouvelle carte peut être utilisée à partir de la date imprimée dessus.</translation>
    </message>
    <message>
        <source>This card can no longer be used</source>
        <translation>Cette carte ne peut plus être utilisée</translation>
    </message>
    <message>
        <source>This card has been cancelled, for example after it was reported lost. Please ask staff for help.</source>
        <translation>Cette carte a été annulée, par exemple après une déclaration de perte. Demandez de l&apos;aide au personnel.</translation>
    </message>
    <message>
        <source>Cards cannot be checked right now</source>
        <translation>Les cartes ne peuvent pas être vérifiées pour le moment</translation>
    </message>
    <message>
        <source>The kiosk cannot confirm that cards are still valid at the moment. You can continue as a guest or ask staff for help.</source>
        <translation>Pour le moment, la borne ne peut pas confirmer que les cartes sont encore valables. Vous pouvez continuer en tant qu&apos;invité ou demander de l&apos;aide au personnel.</translation>
    </message>
    <message>
        <source>Your card is blocked</source>
        <translation>Votre carte est bloquée</translation>
    </message>
    <message>
        <source>The PIN was entered wrongly too many times. The card is safe, but it must be unblocked at the city hall desk with an identity document.</source>
        <translation>Le code PIN a été mal tapé trop de fois. La carte est en sécurité, mais elle doit être débloquée à l&apos;accueil de la mairie avec une pièce d&apos;identité.</translation>
    </message>
    <message>
        <source>That PIN is not valid</source>
        <translation>Ce code PIN n&apos;est pas valable</translation>
    </message>
    <message>
        <source>A PIN has 6 to 8 digits. Please type it again.</source>
        <translation>Un code PIN a de 6 à 8 chiffres. Veuillez le taper à nouveau.</translation>
    </message>
    <message>
        <source>PIN entry stopped</source>
        <translation>La saisie du code PIN s&apos;est arrêtée</translation>
    </message>
    <message>
        <source>The PIN was not entered on the reader in time. Please try again.</source>
        <translation>Le code PIN n&apos;a pas été tapé à temps sur le lecteur. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>We could not finish checking your PIN</source>
        <translation>Nous n&apos;avons pas pu finir de vérifier votre code PIN</translation>
    </message>
    <message>
        <source>Take your card out and put it in again to continue.</source>
        <translation>Retirez votre carte et remettez-la pour continuer.</translation>
    </message>
    <message>
        <source>The card was taken out</source>
        <translation>La carte a été retirée</translation>
    </message>
    <message>
        <source>Everything was erased. Put your card in again to start over.</source>
        <translation>Tout a été effacé. Remettez votre carte pour recommencer.</translation>
    </message>
    <message>
        <source>The card reader is not working</source>
        <translation>Le lecteur de cartes ne marche pas</translation>
    </message>
    <message>
        <source>You can continue as a guest. Staff have been told about the problem.</source>
        <translation>Vous pouvez continuer en tant qu&apos;invité. Le personnel a été prévenu du problème.</translation>
    </message>
    <message>
        <source>We could not read your card</source>
        <translation>Nous n&apos;avons pas pu lire votre carte</translation>
    </message>
    <message>
        <source>Take your card out, check that the chip is clean and facing the right way, and put it in again.</source>
        <translation>Retirez votre carte, vérifiez que la puce est propre et dans le bon sens, puis remettez-la.</translation>
    </message>
    <message>
        <source>This kiosk is out of service</source>
        <translation>Cette borne est hors service</translation>
    </message>
    <message>
        <source>Please take your card out and use another kiosk, or ask staff.</source>
        <translation>Retirez votre carte et utilisez une autre borne, ou demandez au personnel.</translation>
    </message>
</context>
<context>
    <name>CardSignInScreen</name>
    <message>
        <source>Type your PIN</source>
        <translation>Tapez votre code PIN</translation>
    </message>
    <message>
        <source>Signing in with your card</source>
        <translation>Connexion avec votre carte</translation>
    </message>
    <message>
        <source>Reading your card… Please leave it in the reader.</source>
        <translation>Lecture de votre carte… Laissez-la dans le lecteur.</translation>
    </message>
    <message>
        <source>Checking your PIN…</source>
        <translation>Vérification de votre code PIN…</translation>
    </message>
    <message>
        <source>Hello, %1. Type your PIN and press OK.</source>
        <translation>Bonjour %1. Tapez votre code PIN et appuyez sur OK.</translation>
    </message>
    <message>
        <source>Tries left: %1</source>
        <translation>Essais restants : %1</translation>
    </message>
    <message>
        <source>Careful: this is your last try before the card is blocked.</source>
        <translation>Attention : c&apos;est votre dernier essai avant le blocage de la carte.</translation>
    </message>
    <message>
        <source>Type your PIN on the keypad of the card reader.</source>
        <translation>Tapez votre code PIN sur le clavier du lecteur de cartes.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>Please take your card out of the reader.</source>
        <translation>Veuillez retirer votre carte du lecteur.</translation>
    </message>
    <message>
        <source>Continue as a guest</source>
        <translation>Continuer en tant qu&apos;invité</translation>
    </message>
    <message>
        <source>How the city uses your data</source>
        <translation>Comment la ville utilise vos données</translation>
    </message>
</context>
<context>
    <name>CategoryStep</name>
    <message>
        <source>What is the problem?</source>
        <translation>Quel est le problème ?</translation>
    </message>
    <message>
        <source>The list of problems is not available on this kiosk yet: it needs the network once. Please try again later.</source>
        <translation>La liste des problèmes n&apos;est pas encore disponible sur cette borne : il faut le réseau une fois. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The network is down: this is the list saved on this kiosk. Your report will be sent when the network returns.</source>
        <translation>Le réseau est coupé : voici la liste enregistrée sur cette borne. Votre signalement sera envoyé au retour du réseau.</translation>
    </message>
    <message>
        <source>Choose the kind of problem.</source>
        <translation>Choisissez le type de problème.</translation>
    </message>
</context>
<context>
    <name>CheckRequestScreen</name>
    <message>
        <source>Check a street report</source>
        <translation>Suivre un signalement de rue</translation>
    </message>
    <message>
        <source>The status cannot be checked on this kiosk right now. Please try later.</source>
        <translation>L&apos;état ne peut pas être vérifié sur cette borne pour le moment. Veuillez réessayer plus tard.</translation>
    </message>
    <message>
        <source>Asking the city…</source>
        <translation>Interrogation de la ville…</translation>
    </message>
    <message>
        <source>The status cannot be checked right now. Please try again later.</source>
        <translation>L&apos;état ne peut pas être vérifié pour le moment. Veuillez réessayer plus tard.</translation>
    </message>
</context>
<context>
    <name>CheckStep</name>
    <message>
        <source>Check before you confirm</source>
        <translation>Vérifiez avant de confirmer</translation>
    </message>
    <message>
        <source>No, go back</source>
        <translation>Non, revenir</translation>
    </message>
</context>
<context>
    <name>ChooseStep</name>
    <message>
        <source>Apply for a permit or renew a licence.</source>
        <translation>Demandez un permis ou renouvelez une licence.</translation>
    </message>
    <message>
        <source>Loading the list of permits…</source>
        <translation>Chargement de la liste des permis…</translation>
    </message>
    <message>
        <source>The list of permits is not available on this kiosk yet: it needs the network once. Please try again later.</source>
        <translation>La liste des permis n&apos;est pas encore disponible sur cette borne : elle a besoin du réseau une fois. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The network is down: this is the list of permits saved on this kiosk. Your application will be sent when the network returns.</source>
        <translation>Le réseau est coupé : voici la liste des permis enregistrée sur cette borne. Votre demande sera envoyée au retour du réseau.</translation>
    </message>
    <message>
        <source>Renewing a licence needs the network to look up your licences.</source>
        <translation>Le renouvellement d&apos;une licence a besoin du réseau pour consulter vos licences.</translation>
    </message>
    <message>
        <source>Apply: %1</source>
        <translation>Demander : %1</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Choisir</translation>
    </message>
    <message>
        <source>Your licence is valid until %1.</source>
        <translation>Votre licence est valable jusqu&apos;au %1.</translation>
    </message>
</context>
<context>
    <name>ConfirmAnswersStep</name>
    <message>
        <source>Send your answers</source>
        <translation>Envoyer vos réponses</translation>
    </message>
    <message>
        <source>Send my answers</source>
        <translation>Envoyer mes réponses</translation>
    </message>
    <message>
        <source>Check your answers. You can still change them. Once sent, they cannot be changed.</source>
        <translation>Vérifiez vos réponses. Vous pouvez encore les modifier. Une fois envoyées, elles ne peuvent plus être modifiées.</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>Change my answers</source>
        <translation>Modifier mes réponses</translation>
    </message>
</context>
<context>
    <name>ConfirmStep</name>
    <message>
        <source>Check your booking</source>
        <translation>Vérifiez votre réservation</translation>
    </message>
    <message>
        <source>Yes, book this time</source>
        <translation>Oui, réserver ce créneau</translation>
    </message>
    <message>
        <source>No, go back</source>
        <translation>Non, revenir</translation>
    </message>
</context>
<context>
    <name>ConsultationStep</name>
    <message>
        <source>Read the consultation</source>
        <translation>Lire la consultation</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <source>Open until %1.</source>
        <translation>Ouverte jusqu&apos;au %1.</translation>
    </message>
    <message>
        <source>You have already taken part in this consultation.</source>
        <translation>Vous avez déjà participé à cette consultation.</translation>
    </message>
    <message>
        <source>This consultation is closed.</source>
        <translation>Cette consultation est close.</translation>
    </message>
    <message>
        <source>Your answers are sent once and cannot be changed afterwards. They are used for this consultation only.</source>
        <translation>Vos réponses sont envoyées une seule fois et ne peuvent plus être modifiées. Elles ne servent qu&apos;à cette consultation.</translation>
    </message>
</context>
<context>
    <name>ConsultationsScreen</name>
    <message>
        <source>Public consultations</source>
        <translation>Consultations publiques</translation>
    </message>
    <message>
        <source>%1 (you took part)</source>
        <translation>%1 (vous avez participé)</translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation>%1 (close)</translation>
    </message>
    <message>
        <source>Consultation response</source>
        <translation>Réponse à une consultation</translation>
    </message>
</context>
<context>
    <name>ContentLanguage</name>
    <message>
        <source>Shown in English: the city has no text for this in your language.</source>
        <translation>Affiché en anglais : la ville n&apos;a pas ce texte en français.</translation>
    </message>
    <message>
        <source>Shown in Spanish: the city has no text for this in your language.</source>
        <translation>Affiché en espagnol : la ville n&apos;a pas ce texte en français.</translation>
    </message>
    <message>
        <source>Shown in French: the city has no text for this in your language.</source>
        <translation>Affiché en français : la ville n&apos;a pas ce texte dans votre langue.</translation>
    </message>
    <message>
        <source>Shown in Arabic: the city has no text for this in your language.</source>
        <translation>Affiché en arabe : la ville n&apos;a pas ce texte en français.</translation>
    </message>
    <message>
        <source>Some of this is shown in the language the city wrote it in: the city has no text for it in your language.</source>
        <translation>Une partie est affichée dans la langue où la ville l&apos;a écrite : elle ne l&apos;a pas en français.</translation>
    </message>
</context>
<context>
    <name>CounterStep</name>
    <message>
        <source>At the counter</source>
        <translation>Au guichet</translation>
    </message>
    <message>
        <source>Please bring a recent passport-style photo and your eCitizen card to the city counter; staff will complete this application with you. Nothing was sent.</source>
        <translation>Apportez une photo d&apos;identité récente et votre carte eCitizen au guichet de la ville ; le personnel terminera cette demande avec vous. Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Back to the services</source>
        <translation>Retour aux services</translation>
    </message>
</context>
<context>
    <name>DescribeStep</name>
    <message>
        <source>Describe it (optional)</source>
        <translation>Décrivez-le (facultatif)</translation>
    </message>
    <message>
        <source>Please shorten the description.</source>
        <translation>Raccourcissez la description.</translation>
    </message>
    <message>
        <source>What should the city know? (optional)</source>
        <translation>Que doit savoir la ville ? (facultatif)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>The report is linked to your eCitizen account.</source>
        <translation>Le signalement est lié à votre compte eCitizen.</translation>
    </message>
    <message>
        <source>The report is anonymous. You can link it to your account.</source>
        <translation>Le signalement est anonyme. Vous pouvez le lier à votre compte.</translation>
    </message>
    <message>
        <source>The report is anonymous.</source>
        <translation>Le signalement est anonyme.</translation>
    </message>
    <message>
        <source>Link the report to my account</source>
        <translation>Lier le signalement à mon compte</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>DiagnosticsScreen</name>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>The kiosk is still starting. Try again in a moment.</source>
        <translation>La borne démarre encore. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Technician diagnostics</source>
        <translation>Diagnostic technicien</translation>
    </message>
    <message>
        <source>Technician sessions end automatically after 30 minutes. Queue contents are never shown here.</source>
        <translation>Les sessions technicien se terminent automatiquement après 30 minutes. Le contenu de la file n’est jamais affiché ici.</translation>
    </message>
    <message>
        <source>Device and system health</source>
        <translation>État des appareils et du système</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Check card reader</source>
        <translation>Vérifier le lecteur de cartes</translation>
    </message>
    <message>
        <source>Print test receipt</source>
        <translation>Imprimer un reçu de test</translation>
    </message>
    <message>
        <source>Test fingerprint sensor</source>
        <translation>Tester le capteur d’empreintes</translation>
    </message>
    <message>
        <source>Test camera</source>
        <translation>Tester la caméra</translation>
    </message>
    <message>
        <source>Items that could not be sent</source>
        <translation>Éléments qui n’ont pas pu être envoyés</translation>
    </message>
    <message>
        <source>No items are waiting for a decision.</source>
        <translation>Aucun élément n’attend de décision.</translation>
    </message>
    <message>
        <source>Choose the reason, then retry or discard:</source>
        <translation>Choisissez le motif, puis réessayez ou abandonnez :</translation>
    </message>
    <message>
        <source>The service is working again</source>
        <translation>Le service fonctionne à nouveau</translation>
    </message>
    <message>
        <source>The resident was informed</source>
        <translation>Le résident a été informé</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Doublon</translation>
    </message>
    <message>
        <source>Invalid data</source>
        <translation>Données non valides</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Service withdrawn</source>
        <translation>Service retiré</translation>
    </message>
    <message>
        <source>Other, documented in the ticket</source>
        <translation>Autre, documenté dans le ticket</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Reprint a receipt</source>
        <translation>Réimprimer un reçu</translation>
    </message>
    <message>
        <source>Receipt reference</source>
        <translation>Référence du reçu</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Réimprimer</translation>
    </message>
    <message>
        <source>Export logs (encrypted for the city)</source>
        <translation>Exporter les journaux (chiffrés pour la ville)</translation>
    </message>
    <message>
        <source>Save to USB stick</source>
        <translation>Enregistrer sur clé USB</translation>
    </message>
    <message>
        <source>Show as QR code</source>
        <translation>Afficher en code QR</translation>
    </message>
    <message>
        <source>Encrypted log bundle as a QR code</source>
        <translation>Paquet de journaux chiffré en code QR</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <source>Encrypted log bundle ready.</source>
        <translation>Paquet de journaux chiffré prêt.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problème : %1</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Not installed</source>
        <translation>Non installé</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>Card reader</source>
        <translation>Lecteur de cartes</translation>
    </message>
    <message>
        <source>Fingerprint sensor</source>
        <translation>Capteur d’empreintes</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>Disk and memory</source>
        <translation>Disque et mémoire</translation>
    </message>
    <message>
        <source>Card revocation list</source>
        <translation>Liste de révocation des cartes</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Logiciel</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>The audit log is not available: nothing was changed.</source>
        <translation>Le journal d’audit n’est pas disponible : rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Queued again.</source>
        <translation>Remis dans la file.</translation>
    </message>
    <message>
        <source>Discarded.</source>
        <translation>Abandonné.</translation>
    </message>
    <message>
        <source>No receipt with this reference on this kiosk.</source>
        <translation>Aucun reçu avec cette référence sur cette borne.</translation>
    </message>
    <message>
        <source>Reprinted.</source>
        <translation>Réimprimé.</translation>
    </message>
    <message>
        <source>The printer could not print it.</source>
        <translation>L’imprimante n’a pas pu l’imprimer.</translation>
    </message>
    <message>
        <source>No printer is installed.</source>
        <translation>Aucune imprimante n’est installée.</translation>
    </message>
    <message>
        <source>Encrypted log bundle saved: %1</source>
        <translation>Paquet de journaux chiffré enregistré : %1</translation>
    </message>
    <message>
        <source>No USB stick is mounted for export.</source>
        <translation>Aucune clé USB n’est montée pour l’export.</translation>
    </message>
    <message>
        <source>No city export key is installed: nothing was exported.</source>
        <translation>Aucune clé d’export de la ville n’est installée : rien n’a été exporté.</translation>
    </message>
    <message>
        <source>Out of service: a card reader was unplugged while the kiosk was running. Check that the reader and its cable are the kiosk&apos;s own and nothing was added between them, then put the kiosk back in service.</source>
        <translation>Hors service : un lecteur de cartes a été débranché pendant que la borne fonctionnait. Vérifiez que le lecteur et son câble sont bien ceux de la borne et que rien n’a été ajouté entre eux, puis remettez la borne en service.</translation>
    </message>
    <message>
        <source>Put back in service</source>
        <translation>Remettre en service</translation>
    </message>
    <message>
        <source>The kiosk is back in service.</source>
        <translation>La borne est de nouveau en service.</translation>
    </message>
    <message>
        <source>The kiosk could not be put back in service: its disk refused.</source>
        <translation>La borne n’a pas pu être remise en service : son disque a refusé.</translation>
    </message>
    <message>
        <source>Out of service: the fingerprint sensor was unplugged while the kiosk was running. Check that the sensor and its cable are the kiosk&apos;s own and nothing was added between them, then put the kiosk back in service.</source>
        <translation>Hors service : le capteur d’empreintes a été débranché pendant que la borne fonctionnait. Vérifiez que le capteur et son câble sont bien ceux de la borne et que rien n’a été ajouté entre eux, puis remettez la borne en service.</translation>
    </message>
    <message>
        <source>Taken out of service by the city&apos;s IT team. Put the kiosk back in service only when they ask you to.</source>
        <translation>Mise hors service par l’équipe informatique de la ville. Ne remettez la borne en service que lorsqu’elle vous le demande.</translation>
    </message>
    <message>
        <source>Updated at %1.</source>
        <translation>Mis à jour à %1.</translation>
    </message>
    <message>
        <source>Not installed on this kiosk.</source>
        <translation>Non installé sur cette borne.</translation>
    </message>
    <message>
        <source>Test receipt printed. Check it came out and is readable.</source>
        <translation>Reçu de test imprimé. Vérifiez qu’il est sorti et lisible.</translation>
    </message>
    <message>
        <source>Card reader works.</source>
        <translation>Le lecteur de cartes fonctionne.</translation>
    </message>
    <message>
        <source>Fingerprint sensor works.</source>
        <translation>Le capteur d’empreintes fonctionne.</translation>
    </message>
    <message>
        <source>Camera works.</source>
        <translation>La caméra fonctionne.</translation>
    </message>
    <message>
        <source>Failed: %1 %2</source>
        <translation>Échec : %1 %2</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>Imprimante de reçus</translation>
    </message>
    <message>
        <source>Saved requests (offline queue)</source>
        <translation>Demandes enregistrées (file hors ligne)</translation>
    </message>
    <message>
        <source>Network and city back end</source>
        <translation>Réseau et système central de la ville</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <source>Everything installed works.</source>
        <translation>Tout ce qui est installé fonctionne.</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>Étape suivante : %1</translation>
    </message>
    <message>
        <source>Code for the service desk: %1</source>
        <translation>Code pour le service d’assistance : %1</translation>
    </message>
    <message>
        <source>Readers connected: %1</source>
        <translation>Lecteurs connectés : %1</translation>
    </message>
    <message>
        <source>Waiting to be sent: %1. Could not be sent: %2.</source>
        <translation>En attente d’envoi : %1. Non envoyées : %2.</translation>
    </message>
    <message>
        <source>Network: connected.</source>
        <translation>Réseau : connecté.</translation>
    </message>
    <message>
        <source>Network: not connected.</source>
        <translation>Réseau : non connecté.</translation>
    </message>
    <message>
        <source>Answers in %1 ms.</source>
        <translation>Répond en %1 ms.</translation>
    </message>
    <message>
        <source>Disk: %1 GB free (%2 %). Core dumps: %3. Swap: %4.</source>
        <translation>Disque : %1 Go libres (%2 %). Vidages mémoire : %3. Swap : %4.</translation>
    </message>
    <message>
        <source>Version %1, kiosk %2.</source>
        <translation>Version %1, borne %2.</translation>
    </message>
    <message>
        <source>Also:</source>
        <translation>Aussi :</translation>
    </message>
    <message>
        <source>The camera is switched on only during a test or a service.</source>
        <translation>La caméra n’est allumée que pendant un test ou un service.</translation>
    </message>
    <message numerus="yes">
        <source>Updated %n hour(s) ago.</source>
        <translation>
            <numerusform>Mise à jour il y a %n heure.</numerusform>
            <numerusform>Mise à jour il y a %n heures.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiagnosticsText</name>
    <message>
        <source>The receipt printer is out of paper.</source>
        <translation>L’imprimante de reçus n’a plus de papier.</translation>
    </message>
    <message>
        <source>Open the printer cover, put in a new paper roll, close the cover.</source>
        <translation>Ouvrez le capot de l’imprimante, mettez un nouveau rouleau, refermez le capot.</translation>
    </message>
    <message>
        <source>The paper roll is nearly empty.</source>
        <translation>Le rouleau de papier est presque vide.</translation>
    </message>
    <message>
        <source>Put in a new paper roll soon.</source>
        <translation>Mettez bientôt un nouveau rouleau de papier.</translation>
    </message>
    <message>
        <source>The printer cover is open.</source>
        <translation>Le capot de l’imprimante est ouvert.</translation>
    </message>
    <message>
        <source>Close the printer cover until it clicks.</source>
        <translation>Refermez le capot de l’imprimante jusqu’au déclic.</translation>
    </message>
    <message>
        <source>The paper cutter is stuck.</source>
        <translation>Le massicot est bloqué.</translation>
    </message>
    <message>
        <source>Open the cover, remove jammed paper, close the cover.</source>
        <translation>Ouvrez le capot, retirez le papier coincé, refermez le capot.</translation>
    </message>
    <message>
        <source>The printer does not answer.</source>
        <translation>L’imprimante ne répond pas.</translation>
    </message>
    <message>
        <source>Check the printer&apos;s power and cable, then print a test receipt.</source>
        <translation>Vérifiez l’alimentation et le câble de l’imprimante, puis imprimez un reçu de test.</translation>
    </message>
    <message>
        <source>The printer is not connected.</source>
        <translation>L’imprimante n’est pas connectée.</translation>
    </message>
    <message>
        <source>No printer was found.</source>
        <translation>Aucune imprimante trouvée.</translation>
    </message>
    <message>
        <source>The test receipt did not print.</source>
        <translation>Le reçu de test ne s’est pas imprimé.</translation>
    </message>
    <message>
        <source>Check paper and cover, then try again.</source>
        <translation>Vérifiez le papier et le capot, puis réessayez.</translation>
    </message>
    <message>
        <source>No card reader is connected.</source>
        <translation>Aucun lecteur de cartes n’est connecté.</translation>
    </message>
    <message>
        <source>Check the card reader&apos;s cable, then press Check card reader.</source>
        <translation>Vérifiez le câble du lecteur de cartes, puis appuyez sur Vérifier le lecteur de cartes.</translation>
    </message>
    <message>
        <source>The card reader service is not running.</source>
        <translation>Le service du lecteur de cartes ne fonctionne pas.</translation>
    </message>
    <message>
        <source>Restart the kiosk. If it stays, call the service desk.</source>
        <translation>Redémarrez la borne. Si cela persiste, appelez le service d’assistance.</translation>
    </message>
    <message>
        <source>The card reader was unplugged.</source>
        <translation>Le lecteur de cartes a été débranché.</translation>
    </message>
    <message>
        <source>No card certificates are installed: cards cannot be checked.</source>
        <translation>Aucun certificat de carte n’est installé : les cartes ne peuvent pas être vérifiées.</translation>
    </message>
    <message>
        <source>Install the city&apos;s card certificates (kiosk provisioning).</source>
        <translation>Installez les certificats de cartes de la ville (provisionnement de la borne).</translation>
    </message>
    <message>
        <source>The fingerprint sensor is not connected.</source>
        <translation>Le capteur d’empreintes n’est pas connecté.</translation>
    </message>
    <message>
        <source>Check the sensor&apos;s cable, then press Test fingerprint sensor.</source>
        <translation>Vérifiez le câble du capteur, puis appuyez sur Tester le capteur d’empreintes.</translation>
    </message>
    <message>
        <source>The fingerprint sensor does not answer.</source>
        <translation>Le capteur d’empreintes ne répond pas.</translation>
    </message>
    <message>
        <source>The camera is not connected.</source>
        <translation>La caméra n’est pas connectée.</translation>
    </message>
    <message>
        <source>Check the camera&apos;s cable, then press Test camera.</source>
        <translation>Vérifiez le câble de la caméra, puis appuyez sur Tester la caméra.</translation>
    </message>
    <message>
        <source>The camera gives no picture.</source>
        <translation>La caméra ne donne aucune image.</translation>
    </message>
    <message>
        <source>Some requests could not be sent.</source>
        <translation>Certaines demandes n’ont pas pu être envoyées.</translation>
    </message>
    <message>
        <source>Decide on each one below: retry or discard, with a reason.</source>
        <translation>Décidez pour chacune ci-dessous : réessayer ou abandonner, avec un motif.</translation>
    </message>
    <message>
        <source>A request needs a person to look at it.</source>
        <translation>Une demande doit être examinée par une personne.</translation>
    </message>
    <message>
        <source>Saved requests have waited a long time to be sent.</source>
        <translation>Des demandes enregistrées attendent depuis longtemps d’être envoyées.</translation>
    </message>
    <message>
        <source>Check the network and the city back end below.</source>
        <translation>Vérifiez le réseau et le système central de la ville ci-dessous.</translation>
    </message>
    <message>
        <source>The offline queue cannot be opened: requests cannot be saved.</source>
        <translation>La file hors ligne ne peut pas être ouverte : les demandes ne peuvent pas être enregistrées.</translation>
    </message>
    <message>
        <source>Call the service desk: the kiosk&apos;s disk needs checking.</source>
        <translation>Appelez le service d’assistance : le disque de la borne doit être vérifié.</translation>
    </message>
    <message>
        <source>The queue database was damaged and set aside.</source>
        <translation>La base de données de la file était endommagée et a été mise de côté.</translation>
    </message>
    <message>
        <source>Call the service desk and give them the kiosk&apos;s number.</source>
        <translation>Appelez le service d’assistance et donnez-lui le numéro de la borne.</translation>
    </message>
    <message>
        <source>Sending saved requests keeps failing.</source>
        <translation>L’envoi des demandes enregistrées échoue sans cesse.</translation>
    </message>
    <message>
        <source>No city back end is configured.</source>
        <translation>Aucun système central de la ville n’est configuré.</translation>
    </message>
    <message>
        <source>Check the kiosk&apos;s configuration (kiosk provisioning).</source>
        <translation>Vérifiez la configuration de la borne (provisionnement de la borne).</translation>
    </message>
    <message>
        <source>The city back end reports a problem.</source>
        <translation>Le système central de la ville signale un problème.</translation>
    </message>
    <message>
        <source>Nothing to do here: requests are saved and sent later.</source>
        <translation>Rien à faire ici : les demandes sont enregistrées et envoyées plus tard.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s clock is wrong.</source>
        <translation>L’horloge de la borne est fausse.</translation>
    </message>
    <message>
        <source>Check the network time (NTP) settings of the kiosk.</source>
        <translation>Vérifiez les réglages de l’heure réseau (NTP) de la borne.</translation>
    </message>
    <message>
        <source>The city back end cannot be reached.</source>
        <translation>Le système central de la ville est injoignable.</translation>
    </message>
    <message>
        <source>Check the network cable and router. Requests are saved meanwhile.</source>
        <translation>Vérifiez le câble réseau et le routeur. Les demandes sont enregistrées en attendant.</translation>
    </message>
    <message>
        <source>The disk is full: the kiosk takes no new requests.</source>
        <translation>Le disque est plein : la borne n’accepte plus de nouvelles demandes.</translation>
    </message>
    <message>
        <source>Call the service desk now.</source>
        <translation>Appelez maintenant le service d’assistance.</translation>
    </message>
    <message>
        <source>The disk is nearly full.</source>
        <translation>Le disque est presque plein.</translation>
    </message>
    <message>
        <source>Tell the service desk soon.</source>
        <translation>Prévenez bientôt le service d’assistance.</translation>
    </message>
    <message>
        <source>No card revocation list is installed.</source>
        <translation>Aucune liste de révocation de cartes n’est installée.</translation>
    </message>
    <message>
        <source>Check the network: the list is fetched automatically.</source>
        <translation>Vérifiez le réseau : la liste est récupérée automatiquement.</translation>
    </message>
    <message>
        <source>The card revocation list is out of date.</source>
        <translation>La liste de révocation de cartes est périmée.</translation>
    </message>
    <message>
        <source>The receipt printer has a problem.</source>
        <translation>L’imprimante de reçus a un problème.</translation>
    </message>
    <message>
        <source>Check paper, cover and cable, then print a test receipt.</source>
        <translation>Vérifiez le papier, le capot et le câble, puis imprimez un reçu de test.</translation>
    </message>
    <message>
        <source>The card reader has a problem.</source>
        <translation>Le lecteur de cartes a un problème.</translation>
    </message>
    <message>
        <source>The fingerprint sensor has a problem.</source>
        <translation>Le capteur d’empreintes a un problème.</translation>
    </message>
    <message>
        <source>The camera has a problem.</source>
        <translation>La caméra a un problème.</translation>
    </message>
    <message>
        <source>The offline queue has a problem.</source>
        <translation>La file hors ligne a un problème.</translation>
    </message>
    <message>
        <source>The city back end cannot be used right now.</source>
        <translation>Le système central de la ville est inutilisable pour le moment.</translation>
    </message>
    <message>
        <source>The card certificates have a problem.</source>
        <translation>Les certificats de cartes ont un problème.</translation>
    </message>
    <message>
        <source>Something is not working as it should.</source>
        <translation>Quelque chose ne fonctionne pas comme prévu.</translation>
    </message>
    <message>
        <source>Call the service desk and give them the kiosk&apos;s number and this code.</source>
        <translation>Appelez le service d’assistance et donnez-lui le numéro de la borne et ce code.</translation>
    </message>
    <message>
        <source>The printer&apos;s address or model in the configuration is not known.</source>
        <translation>L’adresse ou le modèle de l’imprimante dans la configuration n’est pas reconnu.</translation>
    </message>
    <message>
        <source>Check [devices.printer] uri and profile in the kiosk&apos;s configuration.</source>
        <translation>Vérifiez uri et profile de [devices.printer] dans la configuration de la borne.</translation>
    </message>
    <message>
        <source>The queue database looks damaged.</source>
        <translation>La base de données de la file d’attente semble endommagée.</translation>
    </message>
    <message>
        <source>Restart the kiosk (it sets the file aside and keeps it), then call the service desk.</source>
        <translation>Redémarrez la borne (elle met le fichier de côté et le conserve), puis appelez le support.</translation>
    </message>
</context>
<context>
    <name>ElectionInfoStep</name>
    <message>
        <source>Elections</source>
        <translation>Élections</translation>
    </message>
    <message>
        <source>Election information is not available on this kiosk yet: it needs the network once. Please try again later or ask staff.</source>
        <translation>Les informations électorales ne sont pas encore disponibles sur cette borne : elle doit d&apos;abord se connecter au réseau. Réessayez plus tard ou demandez au personnel.</translation>
    </message>
    <message>
        <source>Step-free access.</source>
        <translation>Accès de plain-pied.</translation>
    </message>
    <message>
        <source>Not step-free: ask the city for an accessible station.</source>
        <translation>Pas de plain-pied : demandez à la ville un bureau de vote accessible.</translation>
    </message>
    <message>
        <source>You cannot vote at this kiosk: voting happens at your polling station or by post, where the secrecy of your vote is protected.</source>
        <translation>Vous ne pouvez pas voter sur cette borne : on vote au bureau de vote ou par correspondance, où le secret du vote est protégé.</translation>
    </message>
    <message>
        <source>The network is down: this is the information saved on this kiosk, as of %1. Dates can change; please check again later.</source>
        <translation>Le réseau est coupé : voici les informations enregistrées sur cette borne, à la date du %1. Les dates peuvent changer ; vérifiez plus tard.</translation>
    </message>
    <message>
        <source>Information from the city as of %1.</source>
        <translation>Informations de la ville à la date du %1.</translation>
    </message>
    <message>
        <source>Your polling station</source>
        <translation>Votre bureau de vote</translation>
    </message>
    <message>
        <source>Your own polling station needs the network: it is not saved on this kiosk. It is also printed on the polling card sent to your home.</source>
        <translation>Votre propre bureau de vote nécessite le réseau : il n&apos;est pas enregistré sur cette borne. Il figure aussi sur la carte électorale envoyée à votre domicile.</translation>
    </message>
    <message>
        <source>The city has no polling station for you. If you think you can vote here, please ask staff or City Hall.</source>
        <translation>La ville n&apos;a pas de bureau de vote pour vous. Si vous pensez pouvoir voter ici, demandez au personnel ou à la mairie.</translation>
    </message>
    <message>
        <source>You are registered to vote. Your polling station:</source>
        <translation>Vous êtes inscrit sur les listes électorales. Votre bureau de vote :</translation>
    </message>
    <message>
        <source>You are not on the electoral roll yet. See below how to register. Once registered, your polling station will be:</source>
        <translation>Vous n&apos;êtes pas encore inscrit sur les listes électorales. Voyez ci-dessous comment vous inscrire. Une fois inscrit, votre bureau de vote sera :</translation>
    </message>
    <message>
        <source>Next elections</source>
        <translation>Prochaines élections</translation>
    </message>
    <message>
        <source>%1: %2, polling stations open %3–%4. Register by %5. Ask for a postal vote by %6.</source>
        <translation>%1 : %2, bureaux de vote ouverts de %3 à %4. Inscription avant le %5. Vote par correspondance à demander avant le %6.</translation>
    </message>
    <message>
        <source>No elections are planned.</source>
        <translation>Aucune élection n&apos;est prévue.</translation>
    </message>
    <message>
        <source>How to register</source>
        <translation>Comment s&apos;inscrire</translation>
    </message>
    <message>
        <source>How to vote by post</source>
        <translation>Comment voter par correspondance</translation>
    </message>
    <message>
        <source>All polling stations</source>
        <translation>Tous les bureaux de vote</translation>
    </message>
</context>
<context>
    <name>ElectionsScreen</name>
    <message>
        <source>Election information</source>
        <translation>Informations électorales</translation>
    </message>
</context>
<context>
    <name>ErasureStep</name>
    <message>
        <source>Erase my data</source>
        <translation>Effacer mes données</translation>
    </message>
    <message>
        <source>Ask for erasure</source>
        <translation>Demander l&apos;effacement</translation>
    </message>
    <message>
        <source>Erasure means the city deletes the personal data it holds about you and no longer needs: your contact details, your choices, old appointments and notices. After erasure you can no longer use the city&apos;s online services with your current record. The city answers within one month and tells you what it erased.</source>
        <translation>L&apos;effacement signifie que la ville supprime les données personnelles qu&apos;elle détient sur vous et dont elle n&apos;a plus besoin : vos coordonnées, vos choix, les anciens rendez-vous et avis. Après l&apos;effacement, vous ne pourrez plus utiliser les services en ligne de la ville avec votre dossier actuel. La ville répond dans un délai d&apos;un mois et vous indique ce qu&apos;elle a effacé.</translation>
    </message>
    <message>
        <source>Records the law makes the city keep, such as bills and payments (tax law), stay until their period ends; the rest is erased. How long each kind is kept:</source>
        <translation>Les dossiers que la loi oblige la ville à conserver, comme les factures et paiements (loi fiscale), restent jusqu&apos;à la fin de leur durée ; le reste est effacé. Durée de conservation de chaque type :</translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation>• %1 : %2</translation>
    </message>
</context>
<context>
    <name>FeedbackCommentStep</name>
    <message>
        <source>Your comment (optional)</source>
        <translation>Votre commentaire (facultatif)</translation>
    </message>
    <message>
        <source>Send my comment</source>
        <translation>Envoyer mon commentaire</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 sur %2 caractères</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Please shorten your comment.</source>
        <translation>Veuillez raccourcir votre commentaire.</translation>
    </message>
    <message>
        <source>Please write your comment first.</source>
        <translation>Veuillez d&apos;abord écrire votre commentaire.</translation>
    </message>
    <message>
        <source>Tell the city what went well or what could be better. Your comment is anonymous: it is sent without your name, so please do not write personal details in it.</source>
        <translation>Dites à la ville ce qui s&apos;est bien passé ou ce qui pourrait être amélioré. Votre commentaire est anonyme : il est envoyé sans votre nom, alors n&apos;y écrivez pas d&apos;informations personnelles.</translation>
    </message>
    <message>
        <source>Your comment</source>
        <translation>Votre commentaire</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>%1 (optional)</source>
        <translation>%1 (facultatif)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 sur %2 caractères</translation>
    </message>
    <message numerus="yes">
        <source>%n characters too many</source>
        <translation>
            <numerusform>%n caractère de trop</numerusform>
            <numerusform>%n caractères de trop</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>FindBillStep</name>
    <message>
        <source>Find your bill</source>
        <translation>Trouvez votre facture</translation>
    </message>
    <message>
        <source>Find my bills</source>
        <translation>Trouver mes factures</translation>
    </message>
    <message>
        <source>Scan the code printed on your bill, or type your account number.</source>
        <translation>Scannez le code imprimé sur votre facture ou tapez votre numéro de compte.</translation>
    </message>
    <message>
        <source>The kiosk is offline. The amount due is only shown live from the city&apos;s system, so bills cannot be looked up until the network is back.</source>
        <translation>La borne est hors ligne. Le montant dû n&apos;est affiché qu&apos;en direct depuis le système de la ville : les factures ne peuvent pas être consultées avant le retour du réseau.</translation>
    </message>
    <message>
        <source>Scan the code on my bill</source>
        <translation>Scanner le code de ma facture</translation>
    </message>
    <message>
        <source>This kiosk has no camera. Please type your account number.</source>
        <translation>Cette borne n&apos;a pas de caméra. Tapez votre numéro de compte.</translation>
    </message>
    <message>
        <source>The camera is not working right now. Please type your account number.</source>
        <translation>La caméra ne fonctionne pas pour le moment. Tapez votre numéro de compte.</translation>
    </message>
    <message>
        <source>Hold the code on your bill in front of the camera.</source>
        <translation>Tenez le code de votre facture devant la caméra.</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Démarrage de la caméra…</translation>
    </message>
    <message>
        <source>Account number (digits only)</source>
        <translation>Numéro de compte (chiffres uniquement)</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Numéro de compte</translation>
    </message>
    <message>
        <source>Scan the code printed on your bill. You get a payment slip to pay at the counter; nothing about you is kept.</source>
        <translation>Scannez le code imprimé sur votre facture. Vous recevez un bordereau de paiement à régler au guichet ; rien sur vous n&apos;est conservé.</translation>
    </message>
    <message>
        <source>The camera cannot read codes right now. Please pay at the counter with your bill, or sign in with your eCitizen card to type your account number.</source>
        <translation>La caméra ne peut pas lire de codes pour le moment. Payez au guichet avec votre facture, ou connectez-vous avec votre carte eCitizen pour saisir votre numéro de compte.</translation>
    </message>
</context>
<context>
    <name>FingerprintPanel</name>
    <message>
        <source>Confirm with your fingerprint?</source>
        <translation>Confirmer avec votre empreinte digitale ?</translation>
    </message>
    <message>
        <source>Fingerprint confirmed</source>
        <translation>Empreinte confirmée</translation>
    </message>
    <message>
        <source>Fingerprint not recognised</source>
        <translation>Empreinte non reconnue</translation>
    </message>
    <message>
        <source>Please try again</source>
        <translation>Veuillez réessayer</translation>
    </message>
    <message>
        <source>No finger found</source>
        <translation>Aucun doigt détecté</translation>
    </message>
    <message>
        <source>Your fingerprint cannot be checked here</source>
        <translation>Votre empreinte ne peut pas être vérifiée ici</translation>
    </message>
    <message>
        <source>The fingerprint reader is not working</source>
        <translation>Le lecteur d&apos;empreintes ne fonctionne pas</translation>
    </message>
    <message>
        <source>Confirm with your fingerprint</source>
        <translation>Confirmer avec mon empreinte</translation>
    </message>
    <message>
        <source>Place your finger flat on the fingerprint reader.</source>
        <translation>Posez votre doigt à plat sur le lecteur d&apos;empreintes.</translation>
    </message>
    <message>
        <source>Keep your finger still…</source>
        <translation>Gardez le doigt immobile…</translation>
    </message>
    <message>
        <source>Lift your finger.</source>
        <translation>Levez le doigt.</translation>
    </message>
    <message>
        <source>Getting the fingerprint reader ready…</source>
        <translation>Préparation du lecteur d&apos;empreintes…</translation>
    </message>
    <message>
        <source>That is fine: your PIN is enough. Tap Continue.</source>
        <translation>Ce n&apos;est pas grave : votre code PIN suffit. Touchez Continuer.</translation>
    </message>
    <message>
        <source>Your PIN was right. You can also confirm with your fingerprint: it is compared with the one on your card and is not kept.</source>
        <translation>Votre code PIN est correct. Vous pouvez aussi confirmer avec votre empreinte : elle est comparée à celle de votre carte et n&apos;est pas conservée.</translation>
    </message>
    <message>
        <source>Thank you. You can lift your finger.</source>
        <translation>Merci. Vous pouvez lever le doigt.</translation>
    </message>
    <message>
        <source>Lift your finger, then place it flat on the reader again.</source>
        <translation>Levez le doigt, puis reposez-le à plat sur le lecteur.</translation>
    </message>
    <message>
        <source>We could not read your finger clearly. Lift it, dry or clean it if needed, and place it flat on the reader.</source>
        <translation>Nous n&apos;avons pas pu lire votre doigt correctement. Levez-le, séchez-le ou nettoyez-le si besoin, puis posez-le à plat sur le lecteur.</translation>
    </message>
    <message>
        <source>We did not feel a finger on the reader. Tap Try again when ready.</source>
        <translation>Nous n&apos;avons pas senti de doigt sur le lecteur. Touchez Réessayer quand vous êtes prêt.</translation>
    </message>
    <message>
        <source>The fingerprint on your card cannot be used with this reader.</source>
        <translation>L&apos;empreinte de votre carte ne peut pas être utilisée avec ce lecteur.</translation>
    </message>
    <message>
        <source>This is optional. Your PIN is enough to sign in.</source>
        <translation>C&apos;est facultatif. Votre code PIN suffit pour vous connecter.</translation>
    </message>
    <message>
        <source>Tries left: %1</source>
        <translation>Essais restants : %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Skip — PIN is enough</source>
        <translation>Passer — le code PIN suffit</translation>
    </message>
    <message numerus="yes">
        <source>Your fingerprint was not recognised after %n tries.</source>
        <translation>
            <numerusform>Votre empreinte n&apos;a pas été reconnue après %n essai.</numerusform>
            <numerusform>Votre empreinte n&apos;a pas été reconnue après %n essais.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormStep</name>
    <message>
        <source>Question %1 of %2</source>
        <translation>Question %1 sur %2</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message numerus="yes">
        <source>%n answers need checking. Tap one to go to it.</source>
        <translation>
            <numerusform>%n réponse est à vérifier. Touchez-la pour y aller.</numerusform>
            <numerusform>%n réponses sont à vérifier. Touchez-en une pour y aller.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormTexts</name>
    <message>
        <source>A number from %1 to %2</source>
        <translation>Un nombre de %1 à %2</translation>
    </message>
    <message>
        <source>A number of at least %1</source>
        <translation>Un nombre d’au moins %1</translation>
    </message>
    <message>
        <source>A number of at most %1</source>
        <translation>Un nombre d’au plus %1</translation>
    </message>
    <message numerus="yes">
        <source>%n digits</source>
        <translation>
            <numerusform>%n chiffre</numerusform>
            <numerusform>%n chiffres</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2 digits</source>
        <translation>De %1 à %2 chiffres</translation>
    </message>
    <message numerus="yes">
        <source>At least %n digits</source>
        <translation>
            <numerusform>Au moins %n chiffre</numerusform>
            <numerusform>Au moins %n chiffres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Up to %n digits</source>
        <translation>
            <numerusform>Jusqu&apos;à %n chiffre</numerusform>
            <numerusform>Jusqu&apos;à %n chiffres</numerusform>
        </translation>
    </message>
    <message>
        <source>Digits only</source>
        <translation>Chiffres uniquement</translation>
    </message>
    <message numerus="yes">
        <source>%n characters</source>
        <translation>
            <numerusform>%n caractère</numerusform>
            <numerusform>%n caractères</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>Au moins %n caractère</numerusform>
            <numerusform>Au moins %n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>Please enter a number from %1 to %2.</source>
        <translation>Saisissez un nombre de %1 à %2.</translation>
    </message>
    <message numerus="yes">
        <source>Please enter %n digits.</source>
        <translation>
            <numerusform>Saisissez %n chiffre.</numerusform>
            <numerusform>Saisissez %n chiffres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please enter %1 to %2 digits.</source>
        <translation>Saisissez de %1 à %2 chiffres.</translation>
    </message>
    <message numerus="yes">
        <source>Please enter at least %n digits.</source>
        <translation>
            <numerusform>Saisissez au moins %n chiffre.</numerusform>
            <numerusform>Saisissez au moins %n chiffres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Please enter at most %n digits.</source>
        <translation>
            <numerusform>Saisissez au plus %n chiffre.</numerusform>
            <numerusform>Saisissez au plus %n chiffres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Please enter at least %n characters.</source>
        <translation>
            <numerusform>Saisissez au moins %n caractère.</numerusform>
            <numerusform>Saisissez au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Please enter at most %n characters.</source>
        <translation>
            <numerusform>Saisissez au plus %n caractère.</numerusform>
            <numerusform>Saisissez au plus %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please answer this question.</source>
        <translation>Veuillez répondre à cette question.</translation>
    </message>
    <message>
        <source>This is too short.</source>
        <translation>C&apos;est trop court.</translation>
    </message>
    <message>
        <source>This is too long. Please shorten it.</source>
        <translation>C&apos;est trop long. Veuillez raccourcir.</translation>
    </message>
    <message>
        <source>This does not look right. Please check the example.</source>
        <translation>Cela ne semble pas correct. Vérifiez l&apos;exemple.</translation>
    </message>
    <message>
        <source>Please enter a number, for example 12 or 12.5.</source>
        <translation>Saisissez un nombre, par exemple 12 ou 12,5.</translation>
    </message>
    <message>
        <source>This number is too small.</source>
        <translation>Ce nombre est trop petit.</translation>
    </message>
    <message>
        <source>This number is too large.</source>
        <translation>Ce nombre est trop grand.</translation>
    </message>
    <message>
        <source>This is not a valid date.</source>
        <translation>Ce n&apos;est pas une date valide.</translation>
    </message>
    <message>
        <source>Please choose one of the options.</source>
        <translation>Choisissez l&apos;une des options.</translation>
    </message>
    <message>
        <source>Please use at most two decimals.</source>
        <translation>Utilisez au plus deux décimales.</translation>
    </message>
    <message>
        <source>Please check this answer.</source>
        <translation>Vérifiez cette réponse.</translation>
    </message>
</context>
<context>
    <name>HandoverNotice</name>
    <message>
        <source>%1 from the library is ready to help</source>
        <translation>%1, de la bibliothèque, est prêt à vous aider</translation>
    </message>
    <message>
        <source>Staff: please take your staff card out of the reader now.</source>
        <translation>Personnel : retirez maintenant votre carte du personnel du lecteur.</translation>
    </message>
    <message>
        <source>Sign in as usual with your card, or touch the start button. You will then be asked whether you would like their help.</source>
        <translation>Connectez-vous comme d&apos;habitude avec votre carte ou touchez le bouton de démarrage. On vous demandera ensuite si vous souhaitez son aide.</translation>
    </message>
    <message>
        <source>Staff: cancel help</source>
        <translation>Personnel : annuler l&apos;aide</translation>
    </message>
</context>
<context>
    <name>HelpPanel</name>
    <message>
        <source>Ask a member of staff</source>
        <translation>Demandez au personnel</translation>
    </message>
    <message>
        <source>Staff at the desk can help you use this kiosk, sit with you while you do it, or do your request at the counter. You never have to tell anyone your PIN.</source>
        <translation>Le personnel de l&apos;accueil peut vous aider à utiliser cette borne, rester à côté de vous pendant que vous l&apos;utilisez, ou faire votre demande au guichet. Vous n&apos;avez jamais à dire votre code PIN à qui que ce soit.</translation>
    </message>
    <message>
        <source>Back to what I was doing</source>
        <translation>Revenir à ce que je faisais</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>What would you like to do?</source>
        <translation>Que voulez-vous faire ?</translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation>Bonjour %1</translation>
    </message>
    <message>
        <source>Hello</source>
        <translation>Bonjour</translation>
    </message>
    <message>
        <source>Choose one.</source>
        <translation>Choisissez.</translation>
    </message>
    <message>
        <source>Previous choices</source>
        <translation>Choix précédents</translation>
    </message>
    <message>
        <source>More choices (page %1 of %2)</source>
        <translation>Plus de choix (page %1 sur %2)</translation>
    </message>
    <message>
        <source>You have 1 unread notice, and it is urgent.</source>
        <translation>Vous avez 1 avis non lu, et il est urgent.</translation>
    </message>
    <message>
        <source>Help a resident</source>
        <translation>Aider un habitant</translation>
    </message>
    <message>
        <source>Signs you out. The next person to sign in is asked whether they would like your help.</source>
        <translation>Vous déconnecte. La prochaine personne qui se connecte se verra demander si elle souhaite votre aide.</translation>
    </message>
    <message>
        <source>This kiosk cannot save new requests right now, because its storage is full. You can still look things up. To send a request, please use another kiosk or ask staff.</source>
        <translation>Cette borne ne peut pas enregistrer de nouvelles demandes pour le moment, car son stockage est plein. Vous pouvez toujours consulter des informations. Pour envoyer une demande, utilisez une autre borne ou demandez au personnel.</translation>
    </message>
    <message numerus="yes">
        <source>You have %n unread notices, %1 urgent.</source>
        <translation>
            <numerusform>Vous avez %n avis non lu, %1 urgent(s).</numerusform>
            <numerusform>Vous avez %n avis non lus, dont %1 urgent(s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have %n unread notices.</source>
        <translation>
            <numerusform>Vous avez %n avis non lu.</numerusform>
            <numerusform>Vous avez %n avis non lus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start practice session</source>
        <translation>Démarrer une séance d&apos;entraînement</translation>
    </message>
    <message>
        <source>Signs you out and starts a practice session with made-up people: nothing is sent to the city. Leave your staff card in; taking it out ends the practice.</source>
        <translation>Vous déconnecte et démarre une séance d&apos;entraînement avec des personnes fictives : rien n&apos;est envoyé à la ville. Laissez votre carte de personnel dans le lecteur ; la retirer met fin à l&apos;entraînement.</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Are you still there?</source>
        <translation>Êtes-vous toujours là ?</translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>J&apos;ai besoin de plus de temps</translation>
    </message>
    <message>
        <source>Finish now</source>
        <translation>Terminer maintenant</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>%n seconde restante</numerusform>
            <numerusform>%n secondes restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For your privacy, this session will end and everything you entered will be erased in %n second(s).</source>
        <translation>
            <numerusform>Pour protéger votre vie privée, cette session va se terminer et tout ce que vous avez saisi sera effacé dans %n seconde.</numerusform>
            <numerusform>Pour protéger votre vie privée, cette session va se terminer et tout ce que vous avez saisi sera effacé dans %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxStep</name>
    <message>
        <source>Your inbox</source>
        <translation>Votre boîte de réception</translation>
    </message>
    <message>
        <source>You have no notices.</source>
        <translation>Vous n&apos;avez aucun avis.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message numerus="yes">
        <source>%n unread, the most urgent first.</source>
        <translation>
            <numerusform>%n non lu, le plus urgent d&apos;abord.</numerusform>
            <numerusform>%n non lus, les plus urgents d&apos;abord.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <source>Clear all</source>
        <translation>Tout effacer</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Hide keyboard</source>
        <translation>Masquer le clavier</translation>
    </message>
    <message>
        <source>abc</source>
        <translation>abc</translation>
    </message>
    <message>
        <source>?123</source>
        <translation>?123</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Lettres</translation>
    </message>
    <message>
        <source>Symbols</source>
        <translation>Symboles</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Maj</translation>
    </message>
    <message>
        <source>Shift: on</source>
        <translation>Maj : activée</translation>
    </message>
    <message>
        <source>Caps lock: on</source>
        <translation>Verr. Maj : activé</translation>
    </message>
</context>
<context>
    <name>KindStep</name>
    <message>
        <source>What would you like to book?</source>
        <translation>Que souhaitez-vous réserver ?</translation>
    </message>
    <message>
        <source>Free times are shown live from the library. You can also change or cancel a booking.</source>
        <translation>Les créneaux libres viennent en direct de la bibliothèque. Vous pouvez aussi modifier ou annuler une réservation.</translation>
    </message>
    <message>
        <source>My bookings (change or cancel)</source>
        <translation>Mes réservations (modifier ou annuler)</translation>
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <source>Choose your language</source>
        <translation>Choisissez votre langue</translation>
    </message>
</context>
<context>
    <name>LibraryPasswordEntry</name>
    <message>
        <source>This password has a character the library system cannot take. Library staff can help you.</source>
        <translation>Ce mot de passe contient un caractère que le système de la bibliothèque ne peut pas accepter. Le personnel de la bibliothèque peut vous aider.</translation>
    </message>
    <message>
        <source>Library password</source>
        <translation>Mot de passe de bibliothèque</translation>
    </message>
    <message>
        <source>Hide password</source>
        <translation>Masquer le mot de passe</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Afficher le mot de passe</translation>
    </message>
    <message>
        <source>Capital letters: on</source>
        <translation>Majuscules : activées</translation>
    </message>
    <message>
        <source>Capital letters: off</source>
        <translation>Majuscules : désactivées</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message numerus="yes">
        <source>Your library PIN has %n digit(s).</source>
        <translation>
            <numerusform>Votre code de bibliothèque a %n chiffre.</numerusform>
            <numerusform>Votre code de bibliothèque a %n chiffres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your library PIN has %1 to %n digits.</source>
        <translation>
            <numerusform>Votre code de bibliothèque a de %1 à %n chiffre.</numerusform>
            <numerusform>Votre code de bibliothèque a de %1 à %n chiffres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your library password has %n character(s).</source>
        <translation>
            <numerusform>Votre mot de passe de bibliothèque a %n caractère.</numerusform>
            <numerusform>Votre mot de passe de bibliothèque a %n caractères.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your library password has %1 to %n characters.</source>
        <translation>
            <numerusform>Votre mot de passe de bibliothèque a de %1 à %n caractère.</numerusform>
            <numerusform>Votre mot de passe de bibliothèque a de %1 à %n caractères.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A library PIN here has %1 to %n digits. Please type it again.</source>
        <translation>
            <numerusform>Un code de bibliothèque a ici de %1 à %n chiffre. Veuillez le saisir à nouveau.</numerusform>
            <numerusform>Un code de bibliothèque a ici de %1 à %n chiffres. Veuillez le saisir à nouveau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A library password here has %1 to %n characters. Please check it and press OK again.</source>
        <translation>
            <numerusform>Un mot de passe de bibliothèque a ici de %1 à %n caractère. Vérifiez-le et appuyez de nouveau sur OK.</numerusform>
            <numerusform>Un mot de passe de bibliothèque a ici de %1 à %n caractères. Vérifiez-le et appuyez de nouveau sur OK.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryPinScreen</name>
    <message>
        <source>Your library password</source>
        <translation>Votre mot de passe de bibliothèque</translation>
    </message>
    <message>
        <source>Your library PIN — not your eCitizen card PIN</source>
        <translation>Votre code PIN de bibliothèque — pas celui de votre carte eCitizen</translation>
    </message>
    <message>
        <source>That password was not right. You have one try left: if it is wrong again this card will be locked on this kiosk for a while.</source>
        <translation>Ce mot de passe n&apos;était pas correct. Il vous reste un essai : s&apos;il est de nouveau faux, cette carte sera bloquée sur cette borne pendant un moment.</translation>
    </message>
    <message>
        <source>That password was not right. Please try again.</source>
        <translation>Ce mot de passe n&apos;était pas correct. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>That PIN was not right. You have one try left: if it is wrong again this card will be locked on this kiosk for a while.</source>
        <translation>Ce code PIN n’est pas correct. Il vous reste un essai : s’il est de nouveau faux, cette carte sera bloquée sur cette borne pendant un moment.</translation>
    </message>
    <message>
        <source>That PIN was not right. Please try again.</source>
        <translation>Ce code PIN n’est pas correct. Veuillez réessayer.</translation>
    </message>
    <message numerus="yes">
        <source>This library card is locked on this kiosk for %n minute(s) because the password was wrong too many times. Library staff can help you.</source>
        <translation>
            <numerusform>Cette carte de bibliothèque est bloquée sur cette borne pendant %n minute car le mot de passe a été faux trop de fois. Le personnel de la bibliothèque peut vous aider.</numerusform>
            <numerusform>Cette carte de bibliothèque est bloquée sur cette borne pendant %n minutes car le mot de passe a été faux trop de fois. Le personnel de la bibliothèque peut vous aider.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This library card is locked on this kiosk for %n minute(s) because the PIN was wrong too many times. Library staff can help you.</source>
        <translation>
            <numerusform>Cette carte de bibliothèque est bloquée sur cette borne pendant %n minute car le code PIN a été faux trop de fois. Le personnel de la bibliothèque peut vous aider.</numerusform>
            <numerusform>Cette carte de bibliothèque est bloquée sur cette borne pendant %n minutes car le code PIN a été faux trop de fois. Le personnel de la bibliothèque peut vous aider.</numerusform>
        </translation>
    </message>
    <message>
        <source>The library does not know this card. Please ask library staff, or use your eCitizen card.</source>
        <translation>La bibliothèque ne connaît pas cette carte. Demandez au personnel de la bibliothèque ou utilisez votre carte eCitizen.</translation>
    </message>
    <message>
        <source>The library system cannot check PINs right now, so the kiosk cannot open your library account. Please ask library staff.</source>
        <translation>Le système de la bibliothèque ne peut pas vérifier les codes PIN pour le moment : la borne ne peut donc pas ouvrir votre compte de bibliothèque. Demandez au personnel de la bibliothèque.</translation>
    </message>
    <message>
        <source>This card cannot be read as a library card. Please ask staff.</source>
        <translation>Cette carte ne peut pas être lue comme carte de bibliothèque. Demandez au personnel.</translation>
    </message>
    <message>
        <source>The library system cannot be reached right now. Please try again later or ask library staff.</source>
        <translation>Le système de la bibliothèque est injoignable pour le moment. Réessayez plus tard ou demandez au personnel de la bibliothèque.</translation>
    </message>
    <message>
        <source>You used a library card. To see your loans, holds and fees, type your library password and press OK. If this is not your library card, take it away.</source>
        <translation>Vous avez utilisé une carte de bibliothèque. Pour voir vos prêts, réservations et frais, saisissez votre mot de passe de bibliothèque et appuyez sur OK. Si ce n&apos;est pas votre carte de bibliothèque, retirez-la.</translation>
    </message>
    <message>
        <source>You used a library card. To see your loans, holds and fees, type your library PIN and press OK. If this is not your library card, take it away: never type a bank card&apos;s PIN here.</source>
        <translation>Vous avez utilisé une carte de bibliothèque. Pour voir vos prêts, réservations et frais, tapez votre code PIN de bibliothèque et appuyez sur OK. Si ce n’est pas votre carte de bibliothèque, retirez-la : ne tapez jamais ici le code PIN d’une carte bancaire.</translation>
    </message>
    <message>
        <source>Tries left: %1</source>
        <translation>Essais restants : %1</translation>
    </message>
    <message>
        <source>Careful: this is your last try before the card is locked on this kiosk.</source>
        <translation>Attention : c’est votre dernier essai avant que la carte soit bloquée sur cette borne.</translation>
    </message>
    <message>
        <source>Checking your password with the library…</source>
        <translation>Vérification de votre mot de passe auprès de la bibliothèque…</translation>
    </message>
    <message>
        <source>Checking your PIN with the library…</source>
        <translation>Vérification de votre code PIN auprès de la bibliothèque…</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>Continue as a guest</source>
        <translation>Continuer en tant qu’invité</translation>
    </message>
    <message>
        <source>How the city uses your data</source>
        <translation>Comment la ville utilise vos données</translation>
    </message>
</context>
<context>
    <name>LibraryScreen</name>
    <message>
        <source>My library account</source>
        <translation>Mon compte de bibliothèque</translation>
    </message>
    <message>
        <source>The library PIN is not right. Please try again.</source>
        <translation>Le code PIN de la bibliothèque n&apos;est pas bon. Réessayez.</translation>
    </message>
    <message>
        <source>No library card is linked to your account. Please ask library staff.</source>
        <translation>Aucune carte de bibliothèque n&apos;est liée à votre compte. Demandez au personnel de la bibliothèque.</translation>
    </message>
    <message>
        <source>The library system cannot be reached right now. Please try again later or ask library staff.</source>
        <translation>Le système de la bibliothèque est injoignable pour le moment. Réessayez plus tard ou demandez au personnel.</translation>
    </message>
    <message>
        <source>The library password is not right. Please try again.</source>
        <translation>Le mot de passe de bibliothèque n&apos;est pas correct. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>Tries left: %1</source>
        <translation>Essais restants : %1</translation>
    </message>
    <message numerus="yes">
        <source>This library card is locked on this kiosk for %n minute(s) because the PIN was wrong too many times. Library staff can help you.</source>
        <translation>
            <numerusform>Cette carte de bibliothèque est bloquée sur cette borne pendant %n minute car le code PIN a été faux trop de fois. Le personnel de la bibliothèque peut vous aider.</numerusform>
            <numerusform>Cette carte de bibliothèque est bloquée sur cette borne pendant %n minutes car le code PIN a été faux trop de fois. Le personnel de la bibliothèque peut vous aider.</numerusform>
        </translation>
    </message>
    <message>
        <source>The library system cannot check PINs right now, so the kiosk cannot open your library account. Please ask library staff.</source>
        <translation>Le système de la bibliothèque ne peut pas vérifier les codes PIN pour le moment : la borne ne peut donc pas ouvrir votre compte de bibliothèque. Demandez au personnel de la bibliothèque.</translation>
    </message>
    <message>
        <source>This fee cannot be paid at the kiosk. Please pay it at the library desk.</source>
        <translation>Ces frais ne peuvent pas être payés à la borne. Veuillez les payer à l’accueil de la bibliothèque.</translation>
    </message>
    <message>
        <source>The library system does not take this from the kiosk. Please ask at the library desk.</source>
        <translation>Le système de la bibliothèque n’accepte pas cela depuis la borne. Adressez-vous à l’accueil de la bibliothèque.</translation>
    </message>
</context>
<context>
    <name>ListStep</name>
    <message>
        <source>This needs the network, which is not available right now. Please try again later.</source>
        <translation>Cela nécessite le réseau, indisponible pour le moment. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>There is nothing open right now.</source>
        <translation>Rien n&apos;est ouvert pour le moment.</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Choisir</translation>
    </message>
</context>
<context>
    <name>MyDataScreen</name>
    <message>
        <source>My data and consent</source>
        <translation>Mes données et consentement</translation>
    </message>
    <message>
        <source>Consent change</source>
        <translation>Modification du consentement</translation>
    </message>
    <message>
        <source>Full copy of my data</source>
        <translation>Copie complète de mes données</translation>
    </message>
    <message>
        <source>Copy of my data</source>
        <translation>Copie de mes données</translation>
    </message>
    <message>
        <source>The city answers within one month.</source>
        <translation>La ville répond dans un délai d&apos;un mois.</translation>
    </message>
    <message>
        <source>Correct my data</source>
        <translation>Rectifier mes données</translation>
    </message>
    <message>
        <source>Please write the correction in plain letters and digits.</source>
        <translation>Écrivez la rectification avec des lettres et des chiffres ordinaires.</translation>
    </message>
    <message>
        <source>Correction of my data</source>
        <translation>Rectification de mes données</translation>
    </message>
    <message>
        <source>A clerk checks the correction and writes to you within one month. Until then your data stays as it is.</source>
        <translation>Un agent vérifie la rectification et vous écrit dans un délai d&apos;un mois. D&apos;ici là, vos données restent inchangées.</translation>
    </message>
    <message>
        <source>Correction requested: a clerk checks it within one month</source>
        <translation>Rectification demandée : un agent la vérifie dans un délai d&apos;un mois</translation>
    </message>
    <message>
        <source>Erasure of my data</source>
        <translation>Effacement de mes données</translation>
    </message>
    <message>
        <source>The city answers within one month: it says what it erased and what the law makes it keep. You can still use the kiosk until then.</source>
        <translation>La ville répond dans un délai d&apos;un mois : elle indique ce qu&apos;elle a effacé et ce que la loi l&apos;oblige à conserver. D&apos;ici là, vous pouvez toujours utiliser la borne.</translation>
    </message>
    <message>
        <source>Erasure requested: the city answers within one month</source>
        <translation>Effacement demandé : la ville répond dans un délai d&apos;un mois</translation>
    </message>
</context>
<context>
    <name>MyRequestsScreen</name>
    <message>
        <source>My street reports</source>
        <translation>Mes signalements de rue</translation>
    </message>
</context>
<context>
    <name>MyRequestsStep</name>
    <message>
        <source>Reports linked to your account</source>
        <translation>Signalements liés à votre compte</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Asking the city…</source>
        <translation>Interrogation de la ville…</translation>
    </message>
    <message>
        <source>You have no street reports linked to your account on this kiosk.</source>
        <translation>Vous n&apos;avez aucun signalement de rue lié à votre compte sur cette borne.</translation>
    </message>
    <message>
        <source>The city&apos;s system cannot be reached right now, so some statuses could not be checked. Each report says what was last known.</source>
        <translation>Le système de la ville est injoignable pour le moment : certains états n&apos;ont pas pu être vérifiés. Chaque signalement indique ce qui était connu en dernier.</translation>
    </message>
    <message>
        <source>Reports sent without your name, or at another kiosk, are not listed here. To check one, use Check a street report and scan the code on its receipt.</source>
        <translation>Les signalements envoyés sans votre nom, ou depuis une autre borne, ne figurent pas ici. Pour en suivre un, utilisez Suivre un signalement de rue et scannez le code de son reçu.</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s), the newest first.</source>
        <translation>
            <numerusform>%n signalement, le plus récent d&apos;abord.</numerusform>
            <numerusform>%n signalements, les plus récents d&apos;abord.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoticeStep</name>
    <message>
        <source>Notice</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Référence : %1</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>For information</source>
        <translation>Pour information</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
</context>
<context>
    <name>NoticesScreen</name>
    <message>
        <source>My notices</source>
        <translation>Mes avis</translation>
    </message>
</context>
<context>
    <name>PermitsScreen</name>
    <message>
        <source>Permits and licences</source>
        <translation>Permis et licences</translation>
    </message>
    <message>
        <source>Some answers need checking. Please go back.</source>
        <translation>Certaines réponses sont à vérifier. Veuillez revenir en arrière.</translation>
    </message>
</context>
<context>
    <name>PetitionStep</name>
    <message>
        <source>Read the petition</source>
        <translation>Lire la pétition</translation>
    </message>
    <message>
        <source>Sign with my card</source>
        <translation>Signer avec ma carte</translation>
    </message>
    <message>
        <source>Started by: %1</source>
        <translation>Lancée par : %1</translation>
    </message>
    <message>
        <source>You have already signed this petition.</source>
        <translation>Vous avez déjà signé cette pétition.</translation>
    </message>
    <message>
        <source>This petition is closed.</source>
        <translation>Cette pétition est close.</translation>
    </message>
    <message>
        <source>Signing is public support for this petition. The city counts one signature per person and does not show your name on the petition.</source>
        <translation>Signer, c&apos;est soutenir publiquement cette pétition. La ville compte une signature par personne et n&apos;affiche pas votre nom sur la pétition.</translation>
    </message>
    <message>
        <source>To sign this petition, sign in with your eCitizen card: the city counts one signature per person.</source>
        <translation>Pour signer cette pétition, connectez-vous avec votre carte eCitizen : la ville compte une signature par personne.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n signature(s).</source>
        <translation>
            <numerusform>%1 sur %n signature.</numerusform>
            <numerusform>%1 sur %n signatures.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open until %1.</source>
        <translation>Ouverte jusqu&apos;au %1.</translation>
    </message>
</context>
<context>
    <name>PetitionsScreen</name>
    <message>
        <source>Petitions</source>
        <translation>Pétitions</translation>
    </message>
    <message>
        <source>%1 (you signed)</source>
        <translation>%1 (vous avez signé)</translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation>%1 (close)</translation>
    </message>
    <message>
        <source>Petition signature</source>
        <translation>Signature de pétition</translation>
    </message>
</context>
<context>
    <name>PhotoStep</name>
    <message>
        <source>Your photo</source>
        <translation>Votre photo</translation>
    </message>
    <message>
        <source>Look at the camera.</source>
        <translation>Regardez la caméra.</translation>
    </message>
    <message>
        <source>Only one person in the picture, please.</source>
        <translation>Une seule personne sur l&apos;image, s&apos;il vous plaît.</translation>
    </message>
    <message>
        <source>Move a little closer.</source>
        <translation>Approchez-vous un peu.</translation>
    </message>
    <message>
        <source>Move a little back.</source>
        <translation>Reculez un peu.</translation>
    </message>
    <message>
        <source>Move your face to the middle.</source>
        <translation>Placez votre visage au milieu.</translation>
    </message>
    <message>
        <source>It is too dark.</source>
        <translation>Il fait trop sombre.</translation>
    </message>
    <message>
        <source>It is too bright.</source>
        <translation>C&apos;est trop lumineux.</translation>
    </message>
    <message>
        <source>Hold still.</source>
        <translation>Ne bougez plus.</translation>
    </message>
    <message>
        <source>The camera of this kiosk is not available. You can bring a passport-style photo to the counter instead.</source>
        <translation>La caméra de cette borne n&apos;est pas disponible. Vous pouvez apporter une photo d&apos;identité au guichet.</translation>
    </message>
    <message>
        <source>Is this photo good? Your face should be clear and in the middle.</source>
        <translation>Cette photo est-elle bonne ? Votre visage doit être net et au milieu.</translation>
    </message>
    <message>
        <source>Photo accepted.</source>
        <translation>Photo acceptée.</translation>
    </message>
    <message>
        <source>We need a photo of your face. The camera turns on only when you press Take photo, and the photo is erased from the kiosk when you finish.</source>
        <translation>Nous avons besoin d&apos;une photo de votre visage. La caméra ne s&apos;allume que lorsque vous appuyez sur Prendre la photo, et la photo est effacée de la borne à la fin.</translation>
    </message>
    <message>
        <source>Hold still: %1</source>
        <translation>Ne bougez plus : %1</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Démarrage de la caméra…</translation>
    </message>
    <message>
        <source>Camera on</source>
        <translation>Caméra allumée</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>Prendre la photo</translation>
    </message>
    <message>
        <source>Take the photo now</source>
        <translation>Prendre la photo maintenant</translation>
    </message>
    <message>
        <source>Use this photo</source>
        <translation>Utiliser cette photo</translation>
    </message>
    <message>
        <source>Take it again</source>
        <translation>La reprendre</translation>
    </message>
    <message>
        <source>Bring a photo to the counter instead</source>
        <translation>Apporter une photo au guichet</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Clear</source>
        <translation>Tout effacer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>PinStep</name>
    <message>
        <source>Library PIN</source>
        <translation>Code PIN de la bibliothèque</translation>
    </message>
    <message>
        <source>Library password</source>
        <translation>Mot de passe de bibliothèque</translation>
    </message>
    <message>
        <source>Please enter your library password.</source>
        <translation>Veuillez saisir votre mot de passe de bibliothèque.</translation>
    </message>
    <message>
        <source>Your library PIN — not your eCitizen card PIN. Please enter it and press OK.</source>
        <translation>Votre code PIN de bibliothèque — pas celui de votre carte eCitizen. Saisissez-le et appuyez sur OK.</translation>
    </message>
</context>
<context>
    <name>PlaceStep</name>
    <message>
        <source>Where is it?</source>
        <translation>Où est-ce ?</translation>
    </message>
    <message>
        <source>Use this address</source>
        <translation>Utiliser cette adresse</translation>
    </message>
    <message>
        <source>Please type the street and number, or tap a place.</source>
        <translation>Tapez la rue et le numéro, ou touchez un lieu.</translation>
    </message>
    <message>
        <source>Tap a place, or type the address below.</source>
        <translation>Touchez un lieu ou tapez l&apos;adresse ci-dessous.</translation>
    </message>
    <message>
        <source>Here, at this kiosk: %1</source>
        <translation>Ici, à cette borne : %1</translation>
    </message>
    <message>
        <source>Another address</source>
        <translation>Une autre adresse</translation>
    </message>
</context>
<context>
    <name>PracticeNotice</name>
    <message>
        <source>Practice session</source>
        <translation>Séance d&apos;entraînement</translation>
    </message>
    <message>
        <source>Touch the start button, then tap a made-up person to sign in as them. Nothing is sent to the city; everything is wiped when the practice ends.</source>
        <translation>Touchez le bouton de démarrage, puis touchez une personne fictive pour vous connecter en tant qu&apos;elle. Rien n&apos;est envoyé à la ville ; tout est effacé à la fin de l&apos;entraînement.</translation>
    </message>
    <message>
        <source>Staff: end practice</source>
        <translation>Personnel : terminer l&apos;entraînement</translation>
    </message>
</context>
<context>
    <name>PracticePeople</name>
    <message>
        <source>Practice: tap a made-up person to sign in as them</source>
        <translation>Entraînement : touchez une personne fictive pour vous connecter à sa place</translation>
    </message>
    <message>
        <source>%1 — practice PIN %2</source>
        <translation>%1 — code PIN d&apos;entraînement %2</translation>
    </message>
</context>
<context>
    <name>PracticeSessionPeople</name>
    <message>
        <source>Practice: tap a made-up person to sign in as them</source>
        <translation>Entraînement : touchez une personne fictive pour vous connecter en tant qu&apos;elle</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>The city&apos;s eCitizen office</source>
        <translation>Le bureau eCitizen de la ville</translation>
    </message>
    <message>
        <source>the eCitizen desk</source>
        <translation>le guichet eCitizen</translation>
    </message>
    <message>
        <source>%1 uses what you enter here only to give you the service you choose, as part of the city&apos;s public tasks. Nothing stays on this kiosk when you finish; a request waiting for the network is kept encrypted until the city has received it. You can see, correct or delete your data, and withdraw any choice you made, in &quot;My data and consent&quot;. Questions: %2.</source>
        <translation>%1 utilise ce que vous saisissez ici uniquement pour vous rendre le service choisi, dans le cadre des missions publiques de la ville. Rien ne reste sur cette borne quand vous avez fini ; une demande qui attend le réseau est conservée chiffrée jusqu&apos;à ce que la ville l&apos;ait reçue. Vous pouvez consulter, corriger ou supprimer vos données, et retirer tout choix fait, dans &quot;Mes données et consentement&quot;. Questions : %2.</translation>
    </message>
</context>
<context>
    <name>PrivacyPanel</name>
    <message>
        <source>How the city uses your data</source>
        <translation>Comment la ville utilise vos données</translation>
    </message>
    <message>
        <source>Who is responsible</source>
        <translation>Qui est responsable</translation>
    </message>
    <message>
        <source>%1 is responsible for the data you give at this kiosk.</source>
        <translation>%1 est responsable des données que vous donnez sur cette borne.</translation>
    </message>
    <message>
        <source>Why, and on what basis</source>
        <translation>Pourquoi, et sur quelle base</translation>
    </message>
    <message>
        <source>Only to give you the service you choose: a payment, a booking, a report, an application, a signature or an answer. The city does this as part of its public tasks; nothing is used for advertising or sold.</source>
        <translation>Uniquement pour vous rendre le service choisi : un paiement, une réservation, un signalement, une demande, une signature ou une réponse. La ville le fait dans le cadre de ses missions publiques ; rien n’est utilisé pour la publicité ni vendu.</translation>
    </message>
    <message>
        <source>How long it is kept</source>
        <translation>Combien de temps elles sont conservées</translation>
    </message>
    <message>
        <source>Nothing stays on this kiosk when you finish, take your card out or leave it alone for a while. A request waiting for the network is kept encrypted on the kiosk until the city has received it, then deleted. The city keeps your request as long as the law requires for that service.</source>
        <translation>Rien ne reste sur cette borne quand vous avez fini, retirez votre carte ou la laissez un moment sans l’utiliser. Une demande qui attend le réseau est conservée chiffrée sur la borne jusqu’à ce que la ville l’ait reçue, puis supprimée. La ville conserve votre demande aussi longtemps que la loi l’exige pour ce service.</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>Vos droits</translation>
    </message>
    <message>
        <source>You can see the data the city holds about you, have it corrected or deleted, get a copy, and object. Use &quot;My data and consent&quot; after signing in, or ask at the desk. You can also complain to the data protection authority.</source>
        <translation>Vous pouvez consulter les données que la ville détient sur vous, les faire corriger ou supprimer, en obtenir une copie et vous opposer à leur utilisation. Utilisez &quot;Mes données et consentement&quot; après vous être connecté, ou demandez au guichet. Vous pouvez aussi saisir l’autorité de protection des données.</translation>
    </message>
    <message>
        <source>Your choices</source>
        <translation>Vos choix</translation>
    </message>
    <message>
        <source>Confirming with your fingerprint is offered each time and never needed: your PIN is enough, and the fingerprint is not kept. Notices by e-mail or text message, and counting your visits in the city&apos;s anonymous statistics, are your choices: see and change them in &quot;My data and consent&quot;, as easily as you made them.</source>
        <translation>La confirmation par empreinte digitale est proposée à chaque fois et n&apos;est jamais nécessaire : votre code PIN suffit, et l&apos;empreinte n&apos;est pas conservée. Les avis par e-mail ou SMS, et le décompte de vos visites dans les statistiques anonymes de la ville, sont vos choix : consultez-les et modifiez-les dans &quot;Mes données et consentement&quot;, aussi facilement que vous les avez faits.</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Ask %1.</source>
        <translation>Adressez-vous à %1.</translation>
    </message>
    <message>
        <source>Scan to read the complete notice on your phone.</source>
        <translation>Scannez-le pour lire la notice complète sur votre téléphone.</translation>
    </message>
    <message>
        <source>QR code of the complete privacy notice</source>
        <translation>Code QR de la notice de confidentialité complète</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>ProjectListStep</name>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>The list of projects is not available on this kiosk yet: it needs the network once. Please try again later.</source>
        <translation>La liste des projets n&apos;est pas encore disponible sur cette borne : il faut le réseau une fois. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The network is down: this is the list saved on this kiosk on %1.</source>
        <translation>Le réseau est coupé : voici la liste enregistrée sur cette borne le %1.</translation>
    </message>
    <message>
        <source>Projects around this kiosk, nearest first.</source>
        <translation>Projets autour de cette borne, les plus proches d&apos;abord.</translation>
    </message>
</context>
<context>
    <name>ProjectStep</name>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>État : %1</translation>
    </message>
    <message>
        <source>Budget: %1, spent so far: %2 (%3 %)</source>
        <translation>Budget : %1, dépensé à ce jour : %2 (%3 %)</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Étapes</translation>
    </message>
</context>
<context>
    <name>Projects</name>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Public consultation: residents are being asked</source>
        <translation>Consultation publique : les habitants sont consultés</translation>
    </message>
    <message>
        <source>Under construction</source>
        <translation>En travaux</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
</context>
<context>
    <name>ProjectsScreen</name>
    <message>
        <source>City projects near you</source>
        <translation>Projets de la ville près de chez vous</translation>
    </message>
</context>
<context>
    <name>QuestionsStep</name>
    <message>
        <source>A few questions</source>
        <translation>Quelques questions</translation>
    </message>
    <message>
        <source>Please answer the questions marked as needed.</source>
        <translation>Répondez aux questions marquées comme nécessaires.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>%1 (needed)</source>
        <translation>%1 (nécessaire)</translation>
    </message>
</context>
<context>
    <name>ReceiptStep</name>
    <message>
        <source>Confirmation</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <source>Practice: nothing was sent</source>
        <translation>Entraînement : rien n&apos;a été envoyé</translation>
    </message>
    <message>
        <source>This kiosk is in practice mode. This request was not sent to the city.</source>
        <translation>Cette borne est en mode entraînement. Cette demande n&apos;a pas été envoyée à la ville.</translation>
    </message>
    <message>
        <source>Sent: the city received your request</source>
        <translation>Envoyé : la ville a reçu votre demande</translation>
    </message>
    <message>
        <source>The city&apos;s system confirmed it. Keep your reference to follow it up.</source>
        <translation>Le système de la ville l&apos;a confirmé. Gardez votre référence pour le suivi.</translation>
    </message>
    <message>
        <source>Saved: your request will be sent</source>
        <translation>Enregistré : votre demande sera envoyée</translation>
    </message>
    <message>
        <source>The city&apos;s system could not confirm it yet, so your request is saved on this kiosk in encrypted form and will be sent automatically. You do not need to do it again. It will appear in My notices once it is sent.</source>
        <translation>Le système de la ville n&apos;a pas encore pu la confirmer : votre demande est enregistrée chiffrée sur cette borne et sera envoyée automatiquement. Inutile de la refaire. Elle apparaîtra dans Mes avis une fois envoyée.</translation>
    </message>
    <message>
        <source>Your reference</source>
        <translation>Votre référence</translation>
    </message>
    <message>
        <source>Verification code: %1</source>
        <translation>Code de vérification : %1</translation>
    </message>
    <message>
        <source>Printing your receipt…</source>
        <translation>Impression de votre reçu…</translation>
    </message>
    <message>
        <source>Your receipt is printed. Please take it.</source>
        <translation>Votre reçu est imprimé. Veuillez le prendre.</translation>
    </message>
    <message>
        <source>The receipt could not be printed. Please write down your reference or ask staff for a copy later.</source>
        <translation>Le reçu n&apos;a pas pu être imprimé. Notez votre référence ou demandez une copie au personnel plus tard.</translation>
    </message>
    <message>
        <source>This kiosk cannot print receipts. Please write down your reference.</source>
        <translation>Cette borne ne peut pas imprimer de reçus. Veuillez noter votre référence.</translation>
    </message>
    <message>
        <source>Show on screen instead</source>
        <translation>Afficher à l&apos;écran</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Lecture à voix haute</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Thank you for your answer.</source>
        <translation>Merci pour votre réponse.</translation>
    </message>
    <message>
        <source>How did it go? (optional, anonymous)</source>
        <translation>Comment cela s&apos;est-il passé ? (facultatif, anonyme)</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bien</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Not good</source>
        <translation>Pas bien</translation>
    </message>
    <message>
        <source>Add a comment (optional)</source>
        <translation>Ajouter un commentaire (facultatif)</translation>
    </message>
    <message>
        <source>Thank you for your comment. It is saved on this kiosk and goes to the city automatically, without your name.</source>
        <translation>Merci pour votre commentaire. Il est enregistré sur cette borne et transmis automatiquement à la ville, sans votre nom.</translation>
    </message>
    <message>
        <source>Saved — will be sent when the network is back</source>
        <translation>Enregistré : sera envoyé au retour du réseau</translation>
    </message>
    <message>
        <source>The city&apos;s system could not confirm it yet, so your request is saved on this kiosk in encrypted form and will be sent automatically. You do not need to do it again. Keep your reference to follow it up.</source>
        <translation>Le système de la ville n&apos;a pas encore pu la confirmer : votre demande est donc enregistrée chiffrée sur cette borne et sera envoyée automatiquement. Vous n&apos;avez pas besoin de recommencer. Gardez votre référence pour la suivre.</translation>
    </message>
    <message>
        <source>QR code of your receipt: scan it at any kiosk to check your request</source>
        <translation>Code QR de votre reçu : scannez-le sur n&apos;importe quelle borne pour suivre votre demande</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Imprimer à nouveau</translation>
    </message>
    <message>
        <source>The printer is ready again. Press Print again for your receipt.</source>
        <translation>L’imprimante est de nouveau prête. Appuyez sur Imprimer à nouveau pour votre reçu.</translation>
    </message>
    <message>
        <source>The city&apos;s system refused this request, so nothing was done. Please ask staff, or try again.</source>
        <translation>Le système de la ville a refusé cette demande : rien n&apos;a été fait. Adressez-vous au personnel ou réessayez.</translation>
    </message>
</context>
<context>
    <name>RenewalStep</name>
    <message>
        <source>The library says: %1</source>
        <translation>La bibliothèque indique : %1</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Renouvellement</translation>
    </message>
    <message>
        <source>Renewed until %1</source>
        <translation>Renouvelé jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>Renouvelé</translation>
    </message>
    <message>
        <source>The library renewed this item.</source>
        <translation>La bibliothèque a renouvelé ce document.</translation>
    </message>
    <message>
        <source>Not renewed</source>
        <translation>Non renouvelé</translation>
    </message>
    <message>
        <source>The library did not renew this item. Your other items are not affected.</source>
        <translation>La bibliothèque n’a pas renouvelé ce document. Vos autres documents ne sont pas concernés.</translation>
    </message>
    <message>
        <source>The library gave no reason. Library staff can tell you more.</source>
        <translation>La bibliothèque n’a pas donné de raison. Le personnel de la bibliothèque peut vous en dire plus.</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>Non confirmé</translation>
    </message>
    <message>
        <source>The library did not confirm the renewal in time. Please check the due date in your loans before renewing again.</source>
        <translation>La bibliothèque n’a pas confirmé le renouvellement à temps. Vérifiez la date de retour dans vos prêts avant de renouveler à nouveau.</translation>
    </message>
    <message>
        <source>Back to my loans</source>
        <translation>Retour à mes prêts</translation>
    </message>
</context>
<context>
    <name>ReportPhotoStep</name>
    <message>
        <source>This photo is too large. Please take it again.</source>
        <translation>Cette photo est trop grande. Veuillez la reprendre.</translation>
    </message>
    <message>
        <source>Add a photo (optional)</source>
        <translation>Ajouter une photo (facultatif)</translation>
    </message>
    <message>
        <source>The camera of this kiosk is not working right now. You can send the report without a photo.</source>
        <translation>La caméra de cette borne ne fonctionne pas pour le moment. Vous pouvez envoyer le signalement sans photo.</translation>
    </message>
    <message>
        <source>This photo will be sent with your report.</source>
        <translation>Cette photo sera envoyée avec votre signalement.</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Démarrage de la caméra…</translation>
    </message>
    <message>
        <source>Point the camera at the problem, then take the photo.</source>
        <translation>Orientez la caméra vers le problème, puis prenez la photo.</translation>
    </message>
    <message>
        <source>Camera on</source>
        <translation>Caméra allumée</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>Prendre une photo</translation>
    </message>
    <message>
        <source>Take the photo now</source>
        <translation>Prendre la photo maintenant</translation>
    </message>
    <message>
        <source>Take it again</source>
        <translation>Reprendre la photo</translation>
    </message>
    <message>
        <source>Remove the photo</source>
        <translation>Supprimer la photo</translation>
    </message>
    <message>
        <source>Photo of the problem</source>
        <translation>Photo du problème</translation>
    </message>
    <message>
        <source>Blurring faces and number plates…</source>
        <translation>Floutage des visages et des plaques d’immatriculation…</translation>
    </message>
    <message>
        <source>The photo cannot be used. Please take it again.</source>
        <translation>La photo ne peut pas être utilisée. Veuillez la reprendre.</translation>
    </message>
    <message>
        <source>Continue with the photo</source>
        <translation>Continuer avec la photo</translation>
    </message>
    <message>
        <source>Continue without a photo</source>
        <translation>Continuer sans photo</translation>
    </message>
    <message>
        <source>Faces and number plates found in the photo have been blurred. This photo will be sent with your report.</source>
        <translation>Les visages et plaques d’immatriculation trouvés sur la photo ont été floutés. Cette photo sera envoyée avec votre signalement.</translation>
    </message>
    <message>
        <source>A photo helps the city find and fix the problem. It is published with the report, so please keep people&apos;s faces and number plates out of it: those the kiosk finds are blurred. The camera turns on only when you press Take photo.</source>
        <translation>Une photo aide la ville à trouver et réparer le problème. Elle est publiée avec le signalement : évitez donc les visages et les plaques d’immatriculation ; ceux que la borne trouve sont floutés. La caméra ne s’allume que lorsque vous appuyez sur Prendre une photo.</translation>
    </message>
</context>
<context>
    <name>RequestStatus</name>
    <message>
        <source>Waiting to be sent</source>
        <translation>En attente d&apos;envoi</translation>
    </message>
    <message>
        <source>Not sent yet: staff will look at it</source>
        <translation>Pas encore envoyé : le personnel va s&apos;en occuper</translation>
    </message>
    <message>
        <source>Being checked by staff</source>
        <translation>En cours de vérification par le personnel</translation>
    </message>
    <message>
        <source>Refused by the city&apos;s system</source>
        <translation>Refusé par le système de la ville</translation>
    </message>
    <message>
        <source>Cancelled by staff</source>
        <translation>Annulé par le personnel</translation>
    </message>
    <message>
        <source>Sent to the city</source>
        <translation>Envoyé à la ville</translation>
    </message>
    <message>
        <source>Received by the city (open)</source>
        <translation>Reçu par la ville (ouvert)</translation>
    </message>
    <message>
        <source>Acknowledged by the city</source>
        <translation>Pris en compte par la ville</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Réparé</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>Closed: already reported by someone else</source>
        <translation>Clos : déjà signalé par quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>Closed and archived</source>
        <translation>Clos et archivé</translation>
    </message>
    <message>
        <source>Passed on: another organisation is responsible</source>
        <translation>Transmis : un autre organisme est responsable</translation>
    </message>
    <message>
        <source>Closed: no further action</source>
        <translation>Clos : aucune autre suite</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>The city says: %1</source>
        <translation>La ville indique : %1</translation>
    </message>
    <message>
        <source>The code on this receipt does not match this kiosk&apos;s records. Please ask staff to check your receipt.</source>
        <translation>Le code de ce reçu ne correspond pas aux registres de cette borne. Veuillez demander au personnel de vérifier votre reçu.</translation>
    </message>
    <message>
        <source>This receipt is not for a street report, so the kiosk can only say whether it was sent. Please ask staff about its progress.</source>
        <translation>Ce reçu ne concerne pas un signalement de rue : la borne peut seulement dire s&apos;il a été envoyé. Renseignez-vous auprès du personnel sur son avancement.</translation>
    </message>
    <message>
        <source>The city has your report but has not given it a request number yet. Please check again later.</source>
        <translation>La ville a reçu votre signalement mais ne lui a pas encore attribué de numéro de demande. Veuillez vérifier plus tard.</translation>
    </message>
    <message>
        <source>The city has your report but has not published its progress yet. Please check again later.</source>
        <translation>La ville a reçu votre signalement mais n&apos;a pas encore publié son avancement. Veuillez vérifier plus tard.</translation>
    </message>
    <message>
        <source>It is saved on this kiosk and will be sent automatically when the city&apos;s system can be reached. You do not need to do it again.</source>
        <translation>Il est enregistré sur cette borne et sera envoyé automatiquement dès que le système de la ville sera joignable. Vous n&apos;avez pas à le refaire.</translation>
    </message>
    <message>
        <source>It is saved, but this kiosk could not send it yet. Staff will send it or contact you. You can ask staff, with your reference.</source>
        <translation>Il est enregistré, mais cette borne n&apos;a pas encore pu l&apos;envoyer. Le personnel l&apos;enverra ou vous contactera. Vous pouvez vous adresser au personnel avec votre référence.</translation>
    </message>
    <message>
        <source>The kiosk cannot tell whether the city received it, so it will never send it a second time by itself. A member of staff checks that it arrived.</source>
        <translation>La borne ne peut pas savoir si la ville l&apos;a reçu : elle ne l&apos;enverra donc jamais une seconde fois d&apos;elle-même. Un membre du personnel vérifie qu&apos;il est bien arrivé.</translation>
    </message>
    <message>
        <source>The city&apos;s system refused this report, so nothing was done. Please ask staff, or report it again.</source>
        <translation>Le système de la ville a refusé ce signalement : rien n&apos;a été fait. Adressez-vous au personnel ou refaites le signalement.</translation>
    </message>
    <message>
        <source>The city does not publish the progress of this kind of report.</source>
        <translation>La ville ne publie pas l&apos;avancement de ce type de signalement.</translation>
    </message>
    <message>
        <source>The kiosk could not search the city&apos;s whole list of reports, so it cannot say where this one is. The kiosk where you made the report can, or staff can help.</source>
        <translation>La borne n&apos;a pas pu parcourir toute la liste des signalements de la ville : elle ne peut pas dire où en est celui-ci. La borne où vous avez fait le signalement le peut, ou le personnel peut vous aider.</translation>
    </message>
    <message>
        <source>The city has no street report with this reference. New reports can take a little while to appear, and reports older than 90 days are not shown.</source>
        <translation>La ville n&apos;a aucun signalement de rue avec cette référence. Les nouveaux signalements peuvent mettre un peu de temps à apparaître, et ceux de plus de 90 jours ne sont pas affichés.</translation>
    </message>
    <message>
        <source>The city&apos;s system sent an answer the kiosk cannot read, so the status cannot be checked right now. This is what it said on %1.</source>
        <translation>Le système de la ville a envoyé une réponse illisible pour la borne : l&apos;état ne peut pas être vérifié pour le moment. Voici ce qu&apos;il indiquait le %1.</translation>
    </message>
    <message>
        <source>The status cannot be checked right now: the city&apos;s system cannot be reached. This is what it said on %1.</source>
        <translation>L&apos;état ne peut pas être vérifié pour le moment : le système de la ville est injoignable. Voici ce qu&apos;il indiquait le %1.</translation>
    </message>
    <message>
        <source>The city&apos;s system sent an answer the kiosk cannot read, so the status cannot be checked right now. Please try again later.</source>
        <translation>Le système de la ville a envoyé une réponse illisible pour la borne : l&apos;état ne peut pas être vérifié pour le moment. Veuillez réessayer plus tard.</translation>
    </message>
    <message>
        <source>The status cannot be checked right now: the city&apos;s system cannot be reached. Please try again later.</source>
        <translation>L&apos;état ne peut pas être vérifié pour le moment : le système de la ville est injoignable. Veuillez réessayer plus tard.</translation>
    </message>
    <message>
        <source>Reference %1</source>
        <translation>Référence %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>État : %1</translation>
    </message>
    <message>
        <source>Note from the city (shortened):</source>
        <translation>Note de la ville (abrégée) :</translation>
    </message>
    <message>
        <source>Note from the city:</source>
        <translation>Note de la ville :</translation>
    </message>
    <message>
        <source>Reported on %1</source>
        <translation>Signalé le %1</translation>
    </message>
    <message>
        <source>Last updated on %1</source>
        <translation>Dernière mise à jour le %1</translation>
    </message>
    <message>
        <source>City&apos;s request number: %1</source>
        <translation>Numéro de demande de la ville : %1</translation>
    </message>
</context>
<context>
    <name>RequestStatusStep</name>
    <message>
        <source>Status of your report</source>
        <translation>État de votre signalement</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>ReviewStep</name>
    <message>
        <source>Check and sign</source>
        <translation>Vérifier et signer</translation>
    </message>
    <message>
        <source>Sign with my card and send</source>
        <translation>Signer avec ma carte et envoyer</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Photo: taken at this kiosk</source>
        <translation>Photo : prise à cette borne</translation>
    </message>
    <message>
        <source>No fee.</source>
        <translation>Pas de frais.</translation>
    </message>
    <message>
        <source>Fee: %1 %2, charged to your eCitizen account when the city processes it.</source>
        <translation>Frais : %1 %2, prélevés sur votre compte eCitizen lorsque la ville la traite.</translation>
    </message>
    <message>
        <source>I declare that this information is true and complete. My eCitizen card signs this application; I agree to pay the fee shown.</source>
        <translation>Je déclare que ces informations sont exactes et complètes. Ma carte eCitizen signe cette demande ; j&apos;accepte de payer les frais indiqués.</translation>
    </message>
    <message>
        <source>Check your report</source>
        <translation>Vérifiez votre signalement</translation>
    </message>
    <message>
        <source>Send the report</source>
        <translation>Envoyer le signalement</translation>
    </message>
    <message>
        <source>Check what you entered, then send the report.</source>
        <translation>Vérifiez ce que vous avez saisi, puis envoyez le signalement.</translation>
    </message>
    <message>
        <source>The report is anonymous.</source>
        <translation>Le signalement est anonyme.</translation>
    </message>
    <message>
        <source>The report is linked to your eCitizen account.</source>
        <translation>Le signalement est lié à votre compte eCitizen.</translation>
    </message>
    <message>
        <source>No description</source>
        <translation>Pas de description</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Pas de photo</translation>
    </message>
    <message>
        <source>This photo is published with the report. Faces and number plates found in it have been blurred.</source>
        <translation>Cette photo est publiée avec le signalement. Les visages et plaques d’immatriculation qui y ont été trouvés ont été floutés.</translation>
    </message>
    <message>
        <source>This photo is published with the report.</source>
        <translation>Cette photo est publiée avec le signalement.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Change the problem</source>
        <translation>Modifier le problème</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Change the place</source>
        <translation>Modifier le lieu</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Change the description</source>
        <translation>Modifier la description</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Change the photo</source>
        <translation>Modifier la photo</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Map of the place: %1</source>
        <translation>Plan du lieu : %1</translation>
    </message>
    <message>
        <source>Photo of the problem</source>
        <translation>Photo du problème</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ScanReceiptStep</name>
    <message>
        <source>Your receipt</source>
        <translation>Votre reçu</translation>
    </message>
    <message>
        <source>Check the status</source>
        <translation>Vérifier l&apos;état</translation>
    </message>
    <message>
        <source>This is not the code of an eCitizen receipt. Please scan the square code printed on your receipt.</source>
        <translation>Ce n&apos;est pas le code d&apos;un reçu eCitizen. Veuillez scanner le code carré imprimé sur votre reçu.</translation>
    </message>
    <message>
        <source>Please type the reference as it is printed on your receipt, for example K7QX-3M9P.</source>
        <translation>Veuillez saisir la référence telle qu&apos;elle est imprimée sur votre reçu, par exemple K7QX-3M9P.</translation>
    </message>
    <message>
        <source>Hold the square code on your receipt in front of the camera, or type the reference number printed on it. You do not need to sign in.</source>
        <translation>Présentez le code carré de votre reçu devant la caméra, ou saisissez le numéro de référence imprimé dessus. Vous n&apos;avez pas besoin de vous connecter.</translation>
    </message>
    <message>
        <source>Scan my receipt</source>
        <translation>Scanner mon reçu</translation>
    </message>
    <message>
        <source>This kiosk has no camera. Please type the reference number.</source>
        <translation>Cette borne n&apos;a pas de caméra. Veuillez saisir le numéro de référence.</translation>
    </message>
    <message>
        <source>The camera is not working right now. Please type the reference number.</source>
        <translation>La caméra ne fonctionne pas pour le moment. Veuillez saisir le numéro de référence.</translation>
    </message>
    <message>
        <source>Hold the code on your receipt in front of the camera.</source>
        <translation>Présentez le code de votre reçu devant la caméra.</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Démarrage de la caméra…</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>Numéro de référence</translation>
    </message>
    <message>
        <source>Only the report&apos;s status is shown: its reference, kind, dates and the city&apos;s note. Nothing about you.</source>
        <translation>Seul l&apos;état du signalement est affiché : sa référence, son type, ses dates et la note de la ville. Rien sur vous.</translation>
    </message>
</context>
<context>
    <name>ServiceScreen</name>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Back to the services</source>
        <translation>Retour aux services</translation>
    </message>
    <message>
        <source>Please wait…</source>
        <translation>Veuillez patienter…</translation>
    </message>
    <message>
        <source>The city&apos;s service cannot be reached right now. This part needs the network. Please try again later or ask staff.</source>
        <translation>Le service de la ville est injoignable pour le moment. Cette partie a besoin du réseau. Réessayez plus tard ou demandez au personnel.</translation>
    </message>
    <message>
        <source>Your request could not be saved on this kiosk. Nothing was sent. Please ask staff for help.</source>
        <translation>Votre demande n&apos;a pas pu être enregistrée sur cette borne. Rien n&apos;a été envoyé. Demandez de l&apos;aide au personnel.</translation>
    </message>
    <message>
        <source>This is closed and no longer accepts responses.</source>
        <translation>C&apos;est clos et n&apos;accepte plus de réponses.</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing was sent. Please try again or ask staff.</source>
        <translation>Un problème est survenu. Rien n&apos;a été envoyé. Réessayez ou demandez au personnel.</translation>
    </message>
    <message>
        <source>Sending your request…</source>
        <translation>Envoi de votre demande…</translation>
    </message>
    <message>
        <source>This kiosk&apos;s storage is full, so your request could not be saved. Nothing was sent. Please use another kiosk or ask staff.</source>
        <translation>Le stockage de cette borne est plein : votre demande n&apos;a pas pu être enregistrée. Rien n&apos;a été envoyé. Utilisez une autre borne ou demandez au personnel.</translation>
    </message>
    <message>
        <source>Signing needs the eCitizen card you signed in with. Please sign in with your card and PIN, or ask staff.</source>
        <translation>La signature nécessite la carte eCitizen utilisée pour vous connecter. Connectez-vous avec votre carte et votre code, ou demandez au personnel.</translation>
    </message>
    <message>
        <source>Your card did not sign. Please keep it in the reader and try again.</source>
        <translation>Votre carte n&apos;a pas signé. Laissez-la dans le lecteur et réessayez.</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>About this kiosk and your privacy</source>
        <translation>À propos de cette borne et de votre vie privée</translation>
    </message>
    <message>
        <source>What this kiosk does and what happens to your data</source>
        <translation>Ce que fait cette borne et ce que deviennent vos données</translation>
    </message>
    <message>
        <source>Technician diagnostics</source>
        <translation>Diagnostic technicien</translation>
    </message>
    <message>
        <source>Device health, self-tests, queue decisions and log export</source>
        <translation>État des appareils, autotests, décisions sur la file et export des journaux</translation>
    </message>
    <message>
        <source>Pay a utility bill</source>
        <translation>Payer une facture</translation>
    </message>
    <message>
        <source>Water and waste bills: scan the bill or type the account number</source>
        <translation>Factures d&apos;eau et d&apos;ordures : scannez la facture ou tapez le numéro de compte</translation>
    </message>
    <message>
        <source>City projects</source>
        <translation>Projets de la ville</translation>
    </message>
    <message>
        <source>Works near this kiosk: status, budget and milestones</source>
        <translation>Travaux près de cette borne : état, budget et étapes</translation>
    </message>
    <message>
        <source>My notices</source>
        <translation>Mes avis</translation>
    </message>
    <message>
        <source>Bills due, application updates and reminders, most urgent first</source>
        <translation>Factures à payer, suivi des demandes et rappels, le plus urgent d&apos;abord</translation>
    </message>
    <message>
        <source>Book an appointment</source>
        <translation>Prendre rendez-vous</translation>
    </message>
    <message>
        <source>Library appointment, study room or digital help; cancel a booking</source>
        <translation>Rendez-vous à la bibliothèque, salle d&apos;étude ou aide numérique ; annuler une réservation</translation>
    </message>
    <message>
        <source>Permits and licences</source>
        <translation>Permis et licences</translation>
    </message>
    <message>
        <source>Apply for a permit or renew a licence, signed with your card</source>
        <translation>Demandez un permis ou renouvelez une licence, signé avec votre carte</translation>
    </message>
    <message>
        <source>Report a street problem</source>
        <translation>Signaler un problème dans la rue</translation>
    </message>
    <message>
        <source>Potholes, broken lights, graffiti: tell the city where</source>
        <translation>Nids-de-poule, lampadaires en panne, graffitis : dites à la ville où</translation>
    </message>
    <message>
        <source>My library account</source>
        <translation>Mon compte de bibliothèque</translation>
    </message>
    <message>
        <source>Loans, holds and fees: renew loans and pay fees</source>
        <translation>Prêts, réservations et frais : renouvelez vos prêts et payez vos frais</translation>
    </message>
    <message>
        <source>Petitions</source>
        <translation>Pétitions</translation>
    </message>
    <message>
        <source>Read petitions and sign them with your card</source>
        <translation>Lisez des pétitions et signez-les avec votre carte</translation>
    </message>
    <message>
        <source>Public consultations</source>
        <translation>Consultations publiques</translation>
    </message>
    <message>
        <source>Give your opinion on city plans (not elections)</source>
        <translation>Donnez votre avis sur les projets de la ville (pas d&apos;élections)</translation>
    </message>
    <message>
        <source>My data and consent</source>
        <translation>Mes données et consentement</translation>
    </message>
    <message>
        <source>What the city holds about you, your choices, a full copy</source>
        <translation>Ce que la ville détient sur vous, vos choix, une copie complète</translation>
    </message>
    <message>
        <source>Election information</source>
        <translation>Informations électorales</translation>
    </message>
    <message>
        <source>Your polling station, election dates, registering and voting by post</source>
        <translation>Votre bureau de vote, les dates des élections, l&apos;inscription et le vote par correspondance</translation>
    </message>
    <message>
        <source>My street reports</source>
        <translation>Mes signalements de rue</translation>
    </message>
    <message>
        <source>What the city did with the problems you reported, and its notes</source>
        <translation>Ce que la ville a fait des problèmes que vous avez signalés, et ses notes</translation>
    </message>
    <message>
        <source>Check a street report</source>
        <translation>Suivre un signalement de rue</translation>
    </message>
    <message>
        <source>Scan the code on your receipt to see what the city is doing</source>
        <translation>Scannez le code de votre reçu pour voir ce que fait la ville</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>How would you like to continue?</source>
        <translation>Comment voulez-vous continuer ?</translation>
    </message>
    <message>
        <source>With your eCitizen card</source>
        <translation>Avec votre carte eCitizen</translation>
    </message>
    <message>
        <source>Put your card in the reader below the screen, chip first. You will then type your PIN.</source>
        <translation>Mettez votre carte dans le lecteur sous l&apos;écran, puce en premier. Vous taperez ensuite votre code PIN.</translation>
    </message>
    <message>
        <source>With your library card</source>
        <translation>Avec votre carte de bibliothèque</translation>
    </message>
    <message>
        <source>Hold your library card on the reader.</source>
        <translation>Posez votre carte de bibliothèque sur le lecteur.</translation>
    </message>
    <message>
        <source>As a guest you can read about city projects and this kiosk, and report a problem on your street without giving your name.</source>
        <translation>En tant qu&apos;invité, vous pouvez lire des informations sur les projets de la ville et sur cette borne, et signaler un problème dans votre rue sans donner votre nom.</translation>
    </message>
    <message>
        <source>Continue as a guest</source>
        <translation>Continuer en tant qu&apos;invité</translation>
    </message>
    <message>
        <source>Put your card in the reader, chip first.</source>
        <translation>Mettez votre carte dans le lecteur, puce en premier.</translation>
    </message>
    <message>
        <source>No card? Continue as a guest.</source>
        <translation>Pas de carte ? Continuez en tant qu&apos;invité.</translation>
    </message>
    <message>
        <source>How the city uses your data</source>
        <translation>Comment la ville utilise vos données</translation>
    </message>
</context>
<context>
    <name>SlotStep</name>
    <message>
        <source>Choose a time.</source>
        <translation>Choisissez un créneau.</translation>
    </message>
    <message>
        <source>No free times in the next days.</source>
        <translation>Aucun créneau libre dans les prochains jours.</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>non disponible</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>Normal speed</source>
        <translation>Vitesse normale</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Plus lent</translation>
    </message>
    <message>
        <source>Slowest</source>
        <translation>Le plus lent</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Plus fort</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>Moins fort</translation>
    </message>
    <message>
        <source>This kiosk has no voice for this language: another voice reads aloud.</source>
        <translation>Cette borne n’a pas de voix pour cette langue : une autre voix lit à haute voix.</translation>
    </message>
</context>
<context>
    <name>SpeechTexts</name>
    <message numerus="yes">
        <source>%n character(s) typed</source>
        <translation>
            <numerusform>%n caractère tapé</numerusform>
            <numerusform>%n caractères tapés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffCardPanel</name>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Staff card</source>
        <translation>Carte du personnel</translation>
    </message>
    <message>
        <source>Reading the staff card… Please leave it in the reader.</source>
        <translation>Lecture de la carte du personnel… Laissez-la dans le lecteur.</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>Code PIN du personnel</translation>
    </message>
    <message>
        <source>%1, type your staff PIN on the keypad of the card reader.</source>
        <translation>%1, saisissez votre code PIN du personnel sur le clavier du lecteur de cartes.</translation>
    </message>
    <message>
        <source>%1, type your staff PIN and press OK. The resident is then asked whether they want your help.</source>
        <translation>%1, saisissez votre code PIN du personnel et appuyez sur OK. On demandera ensuite à l&apos;habitant s&apos;il souhaite votre aide.</translation>
    </message>
    <message>
        <source>Tries left: %1</source>
        <translation>Essais restants : %1</translation>
    </message>
    <message>
        <source>Checking the staff PIN…</source>
        <translation>Vérification du code PIN du personnel…</translation>
    </message>
    <message>
        <source>This is not a staff card</source>
        <translation>Ce n&apos;est pas une carte du personnel</translation>
    </message>
    <message>
        <source>Assisted help is started with a member of staff&apos;s own staff card. Please take this card out of the reader.</source>
        <translation>L&apos;aide accompagnée se lance avec la carte personnelle d&apos;un membre du personnel. Veuillez retirer cette carte du lecteur.</translation>
    </message>
</context>
<context>
    <name>StepBack</name>
    <message>
        <source>Helper, please step back</source>
        <translation>La personne qui aide, veuillez vous éloigner</translation>
    </message>
    <message>
        <source>My helper stepped back</source>
        <translation>La personne qui m&apos;aide s&apos;est éloignée</translation>
    </message>
    <message>
        <source>Only you can type your PIN. Your helper will step away until you are done.</source>
        <translation>Vous seul pouvez taper votre code PIN. La personne qui vous aide va s&apos;éloigner jusqu&apos;à ce que vous ayez fini.</translation>
    </message>
    <message>
        <source>Only you can put your finger on the reader. Your helper will step away until you are done.</source>
        <translation>Vous seul pouvez poser votre doigt sur le lecteur. La personne qui vous aide va s&apos;éloigner jusqu&apos;à ce que vous ayez fini.</translation>
    </message>
    <message>
        <source>Only you can be in your photo. Your helper will step away until you are done.</source>
        <translation>Vous seul devez être sur votre photo. La personne qui vous aide va s&apos;éloigner jusqu&apos;à ce que vous ayez fini.</translation>
    </message>
    <message>
        <source>Only you can confirm the declaration. Your helper will step away until you are done.</source>
        <translation>Vous seul pouvez confirmer la déclaration. La personne qui vous aide va s&apos;éloigner jusqu&apos;à ce que vous ayez fini.</translation>
    </message>
    <message>
        <source>Only you can do the next step. Your helper will step away until you are done.</source>
        <translation>Vous seul pouvez faire l&apos;étape suivante. La personne qui vous aide va s&apos;éloigner jusqu&apos;à ce que vous ayez fini.</translation>
    </message>
</context>
<context>
    <name>StreetReport</name>
    <message>
        <source>About 100 m north of this kiosk</source>
        <translation>À environ 100 m au nord de cette borne</translation>
    </message>
    <message>
        <source>About 100 m east of this kiosk</source>
        <translation>À environ 100 m à l&apos;est de cette borne</translation>
    </message>
    <message>
        <source>About 100 m south of this kiosk</source>
        <translation>À environ 100 m au sud de cette borne</translation>
    </message>
    <message>
        <source>About 100 m west of this kiosk</source>
        <translation>À environ 100 m à l&apos;ouest de cette borne</translation>
    </message>
</context>
<context>
    <name>StreetReportScreen</name>
    <message>
        <source>Report a street problem</source>
        <translation>Signaler un problème dans la rue</translation>
    </message>
    <message>
        <source>The city&apos;s request number: %1</source>
        <translation>Numéro de demande de la ville : %1</translation>
    </message>
    <message>
        <source>The city&apos;s request number follows once the report is sent.</source>
        <translation>Le numéro de demande de la ville suivra une fois le signalement envoyé.</translation>
    </message>
    <message>
        <source>A photo is sent with the report.</source>
        <translation>Une photo est envoyée avec le signalement.</translation>
    </message>
    <message>
        <source>The photo cannot be used. Please take it again.</source>
        <translation>La photo ne peut pas être utilisée. Veuillez la reprendre.</translation>
    </message>
    <message>
        <source>Something is missing. Please go back.</source>
        <translation>Il manque quelque chose. Veuillez revenir en arrière.</translation>
    </message>
</context>
<context>
    <name>SummaryStep</name>
    <message>
        <source>Your data</source>
        <translation>Vos données</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>What the city holds about you needs the network, which is not available right now. You can still ask for a full copy: the request is saved and sent later.</source>
        <translation>Voir ce que la ville détient à votre sujet nécessite le réseau, indisponible pour le moment. Vous pouvez quand même demander une copie complète : la demande est enregistrée et envoyée plus tard.</translation>
    </message>
    <message>
        <source>This is what the city holds about you.</source>
        <translation>Voici ce que la ville détient à votre sujet.</translation>
    </message>
    <message>
        <source>Your choices (tap to change)</source>
        <translation>Vos choix (touchez pour modifier)</translation>
    </message>
    <message>
        <source>Send me notices by e-mail</source>
        <translation>M&apos;envoyer les avis par e-mail</translation>
    </message>
    <message>
        <source>Send me notices by SMS</source>
        <translation>M&apos;envoyer les avis par SMS</translation>
    </message>
    <message>
        <source>Count my kiosk visits in anonymous statistics</source>
        <translation>Compter mes visites à la borne dans des statistiques anonymes</translation>
    </message>
    <message>
        <source>Your choice is saved and sent to the city.</source>
        <translation>Votre choix est enregistré et envoyé à la ville.</translation>
    </message>
    <message>
        <source>Your choice could not be saved. Please ask staff.</source>
        <translation>Votre choix n&apos;a pas pu être enregistré. Demandez au personnel.</translation>
    </message>
    <message>
        <source>Ask for a full copy of my data</source>
        <translation>Demander une copie complète de mes données</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>tap to hide</source>
        <translation>touchez pour masquer</translation>
    </message>
    <message>
        <source>tap to show</source>
        <translation>touchez pour afficher</translation>
    </message>
    <message>
        <source>Others may see this screen: tap a detail to show it for a few seconds.</source>
        <translation>D&apos;autres personnes peuvent voir cet écran : touchez une donnée pour l&apos;afficher quelques secondes.</translation>
    </message>
    <message>
        <source>Something is wrong: ask for a correction</source>
        <translation>Une erreur : demander une rectification</translation>
    </message>
    <message>
        <source>Ask the city to erase my data</source>
        <translation>Demander à la ville d&apos;effacer mes données</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1 : %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s), kept %2</source>
        <translation>
            <numerusform>%1 : %n enregistrement, conservé %2</numerusform>
            <numerusform>%1 : %n enregistrements, conservés %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: on</source>
        <translation>%1 : activé</translation>
    </message>
    <message>
        <source>%1: off</source>
        <translation>%1 : désactivé</translation>
    </message>
</context>
<context>
    <name>TakeCardScreen</name>
    <message>
        <source>Take your card</source>
        <translation>Reprenez votre carte</translation>
    </message>
    <message>
        <source>Your session has ended and your details were cleared from this kiosk. Please take your card from the reader.</source>
        <translation>Votre session est terminée et vos données ont été effacées de cette borne. Reprenez votre carte dans le lecteur.</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Aa  Language</source>
        <translation>Aa  Langue</translation>
    </message>
    <message>
        <source>Language and display options</source>
        <translation>Options de langue et d&apos;affichage</translation>
    </message>
    <message>
        <source>Ask staff</source>
        <translation>Demander de l&apos;aide</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Finish and sign out</source>
        <translation>Terminer et quitter</translation>
    </message>
    <message>
        <source>PRACTICE: made-up people, nothing is sent to the city</source>
        <translation>ENTRAÎNEMENT : personnes fictives, rien n&apos;est envoyé à la ville</translation>
    </message>
    <message>
        <source>Staff: end session</source>
        <translation>Personnel : arrêter la session</translation>
    </message>
    <message>
        <source>Helped by staff member %1</source>
        <translation>Aidé par %1, membre du personnel</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Connecté : %1</translation>
    </message>
    <message>
        <source>Offline: your requests are saved here and sent when the network is back</source>
        <translation>Hors ligne : vos demandes sont enregistrées ici et envoyées au retour du réseau</translation>
    </message>
    <message>
        <source>Stop helping</source>
        <translation>Arrêter d&apos;aider</translation>
    </message>
</context>
<context>
    <name>owner</name>
    <message>
        <source>Check your change</source>
        <translation>Vérifiez la modification</translation>
    </message>
    <message>
        <source>Change your visit to %1?</source>
        <translation>Déplacer votre visite au %1 ?</translation>
    </message>
    <message>
        <source>Your booking on %1 will be cancelled.</source>
        <translation>Votre réservation du %1 sera annulée.</translation>
    </message>
    <message>
        <source>Yes, change it</source>
        <translation>Oui, la modifier</translation>
    </message>
    <message>
        <source>Booked: %1, %2</source>
        <translation>Réservé : %1, %2</translation>
    </message>
    <message>
        <source>Check your cancellation</source>
        <translation>Vérifiez l&apos;annulation</translation>
    </message>
    <message>
        <source>Cancel your visit on %1 at %2?</source>
        <translation>Annuler votre visite du %1 à %2 ?</translation>
    </message>
    <message>
        <source>Yes, cancel</source>
        <translation>Oui, annuler</translation>
    </message>
    <message>
        <source>Cancel a booking</source>
        <translation>Annuler une réservation</translation>
    </message>
    <message>
        <source>Booking cancelled: %1, %2</source>
        <translation>Réservation annulée : %1, %2</translation>
    </message>
</context>
</TS>
