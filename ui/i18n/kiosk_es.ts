<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutScreen</name>
    <message>
        <source>About this kiosk and your privacy</source>
        <translation>Sobre este quiosco y su privacidad</translation>
    </message>
    <message>
        <source>What this kiosk does</source>
        <translation>Qué hace este quiosco</translation>
    </message>
    <message>
        <source>This is a public eCitizen kiosk of the city. You can pay bills, book library appointments, report street problems, apply for permits, sign petitions and read your notices, with your eCitizen card, your library card or as a guest.</source>
        <translation>Este es un quiosco público eCitizen de la ciudad. Puede pagar facturas, pedir citas en la biblioteca, avisar de problemas en la calle, solicitar permisos, firmar peticiones y leer sus avisos, con su tarjeta eCitizen, su carné de biblioteca o como invitado.</translation>
    </message>
    <message>
        <source>Your privacy</source>
        <translation>Su privacidad</translation>
    </message>
    <message>
        <source>Everything you type or see here is erased from the kiosk as soon as you finish, take out your card, or leave the kiosk alone for a while. Your PIN is checked by your card, never stored or seen by the kiosk. If you use your fingerprint, it is compared with the copy on your card and never stored.</source>
        <translation>Todo lo que escribe o ve aquí se borra del quiosco en cuanto termina, saca su tarjeta o deja el quiosco sin usar un rato. Su PIN lo comprueba su tarjeta; el quiosco nunca lo guarda ni lo ve. Si usa su huella, se compara con la copia de su tarjeta y nunca se guarda.</translation>
    </message>
    <message>
        <source>When the network is down</source>
        <translation>Cuando no hay red</translation>
    </message>
    <message>
        <source>Your request is saved on this kiosk in encrypted form and sent as soon as the network returns. Your receipt always says whether it was sent or saved for sending. Nothing is sent twice.</source>
        <translation>Su solicitud se guarda cifrada en este quiosco y se envía en cuanto vuelve la red. Su recibo siempre dice si se envió o si se guardó para enviarla. Nada se envía dos veces.</translation>
    </message>
    <message>
        <source>Who is responsible</source>
        <translation>Quién es responsable</translation>
    </message>
    <message>
        <source>The city&apos;s eCitizen office runs this kiosk. Staff at the desk can help you and tell you how to get a copy of the data the city holds about you.</source>
        <translation>La oficina eCitizen de la ciudad gestiona este quiosco. El personal del mostrador puede ayudarle y explicarle cómo obtener una copia de los datos que la ciudad tiene sobre usted.</translation>
    </message>
    <message>
        <source>This kiosk</source>
        <translation>Este quiosco</translation>
    </message>
    <message>
        <source>Kiosk %1 at %2</source>
        <translation>Quiosco %1 en %2</translation>
    </message>
    <message>
        <source>Back to the services</source>
        <translation>Volver a los servicios</translation>
    </message>
</context>
<context>
    <name>AccessPanel</name>
    <message>
        <source>Language and display</source>
        <translation>Idioma y pantalla</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Letra grande</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Leer en voz alta</translation>
    </message>
    <message>
        <source>Simple mode</source>
        <translation>Modo sencillo</translation>
    </message>
    <message>
        <source>Say it again</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Speak slower</source>
        <translation>Hablar más despacio</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Más alto</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>Más bajo</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
</context>
<context>
    <name>AccountStep</name>
    <message>
        <source>Loans, holds and fees</source>
        <translation>Préstamos, reservas y multas</translation>
    </message>
    <message>
        <source>Library renewal</source>
        <translation>Renovación en la biblioteca</translation>
    </message>
    <message>
        <source>Library fee</source>
        <translation>Multa de la biblioteca</translation>
    </message>
    <message>
        <source>Loans: tap one to renew it</source>
        <translation>Préstamos: toque uno para renovarlo</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Devolver el %1</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Reservas</translation>
    </message>
    <message>
        <source>No holds.</source>
        <translation>No hay reservas.</translation>
    </message>
    <message>
        <source>Fees: %1</source>
        <translation>Multas: %1</translation>
    </message>
    <message>
        <source>Pay %1 with my eCitizen account: %2</source>
        <translation>Pagar %1 con mi cuenta eCitizen: %2</translation>
    </message>
    <message>
        <source>Ready to collect</source>
        <translation>Listo para recoger</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Due now: %1</source>
        <translation>Vence ahora: %1</translation>
    </message>
    <message>
        <source>Check your renewal</source>
        <translation>Compruebe su renovación</translation>
    </message>
    <message>
        <source>Renew %1?</source>
        <translation>¿Renovar %1?</translation>
    </message>
    <message>
        <source>Yes, renew</source>
        <translation>Sí, renovar</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Check your payment</source>
        <translation>Compruebe su pago</translation>
    </message>
    <message>
        <source>Pay %1 for the library fee: %2?</source>
        <translation>¿Pagar %1 por la tasa de la biblioteca: %2?</translation>
    </message>
    <message>
        <source>The city charges the payment method saved on your eCitizen account. The kiosk never sees your card.</source>
        <translation>La ciudad cobra con el método de pago guardado en su cuenta eCitizen. El quiosco nunca ve su tarjeta.</translation>
    </message>
    <message>
        <source>Yes, pay %1</source>
        <translation>Sí, pagar %1</translation>
    </message>
    <message>
        <source>Renewal sent to the library</source>
        <translation>Renovación enviada a la biblioteca</translation>
    </message>
    <message>
        <source>Paid %1</source>
        <translation>Pagado: %1</translation>
    </message>
    <message>
        <source>%1: amount not clear, please ask library staff</source>
        <translation>%1: importe poco claro, pregunte al personal de la biblioteca</translation>
    </message>
    <message>
        <source>The library did not renew %1 (reference %2, %3).</source>
        <translation>La biblioteca no renovó %1 (referencia %2, %3).</translation>
    </message>
    <message>
        <source>The library did not renew %1 (reference %2, %3). Library staff can tell you why.</source>
        <translation>La biblioteca no renovó %1 (referencia %2, %3). El personal de la biblioteca puede decirle por qué.</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>Préstamos</translation>
    </message>
    <message>
        <source>These loans can be renewed at the library desk:</source>
        <translation>Estos préstamos se pueden renovar en el mostrador de la biblioteca:</translation>
    </message>
    <message>
        <source>No loans.</source>
        <translation>No tiene préstamos.</translation>
    </message>
    <message>
        <source>No fees.</source>
        <translation>No tiene cargos.</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Cargos</translation>
    </message>
    <message>
        <source>Fees cannot be paid at this kiosk: the library system does not take payments from it. You can pay at the library desk.</source>
        <translation>Los cargos no se pueden pagar en este quiosco: el sistema de la biblioteca no acepta pagos desde él. Puede pagar en el mostrador de la biblioteca.</translation>
    </message>
    <message>
        <source>Fees without an amount here can be paid at the library desk.</source>
        <translation>Los cargos sin importe aquí se pueden pagar en el mostrador de la biblioteca.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Appointments</name>
    <message>
        <source>Library appointment</source>
        <translation>Cita en la biblioteca</translation>
    </message>
    <message>
        <source>Study room</source>
        <translation>Sala de estudio</translation>
    </message>
    <message>
        <source>Digital help desk</source>
        <translation>Ayuda digital</translation>
    </message>
</context>
<context>
    <name>AppointmentsScreen</name>
    <message>
        <source>Book an appointment</source>
        <translation>Pedir una cita</translation>
    </message>
    <message>
        <source>This time was just taken. Please choose another.</source>
        <translation>Esta hora acaba de ocuparse. Elija otra.</translation>
    </message>
    <message>
        <source>Change a booking</source>
        <translation>Cambiar una reserva</translation>
    </message>
    <message>
        <source>Cancel a booking</source>
        <translation>Cancelar una reserva</translation>
    </message>
    <message>
        <source>Saved: %1, %2 will be booked when the network is back. Your old time stays booked until then: cancel it here once the new one is confirmed.</source>
        <translation>Guardado: %1, %2 se reservará cuando vuelva la red. Su hora anterior sigue reservada hasta entonces: cancélela aquí cuando se confirme la nueva.</translation>
    </message>
    <message>
        <source>Changed: %1, %2. Your old time is cancelled.</source>
        <translation>Cambiado: %1, %2. Su hora anterior está cancelada.</translation>
    </message>
    <message>
        <source>Sending your request…</source>
        <translation>Enviando su solicitud…</translation>
    </message>
</context>
<context>
    <name>AssistConfirm</name>
    <message>
        <source>Would you like help from %1?</source>
        <translation>¿Quiere que %1 le ayude?</translation>
    </message>
    <message>
        <source>%1 is a member of staff. They can see the screen and type for you when you ask. Your PIN, fingerprint, photo and declarations are done by you alone. Either of you can end the session at any time.</source>
        <translation>%1 es miembro del personal. Puede ver la pantalla y escribir por usted cuando se lo pida. Su PIN, su huella, su foto y sus declaraciones los hace usted solo. Cualquiera de los dos puede terminar la sesión en cualquier momento.</translation>
    </message>
    <message>
        <source>Yes, help me</source>
        <translation>Sí, ayúdeme</translation>
    </message>
    <message>
        <source>No, thank you</source>
        <translation>No, gracias</translation>
    </message>
    <message>
        <source>Help cannot start right now</source>
        <translation>La ayuda no puede empezar ahora</translation>
    </message>
    <message>
        <source>Every assisted session is recorded, to protect residents, and this kiosk cannot record one right now. The resident can go on alone. Please report the kiosk to a technician.</source>
        <translation>Cada sesión asistida queda registrada para proteger a los residentes, y este quiosco no puede registrarla ahora. El residente puede continuar solo. Informe de este quiosco a un técnico.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Welcome to eCitizen</source>
        <translation>Bienvenido a eCitizen</translation>
    </message>
    <message>
        <source>Pay bills, book the library, report a problem on your street and more.</source>
        <translation>Pague facturas, reserve en la biblioteca, avise de un problema en su calle y mucho más.</translation>
    </message>
    <message>
        <source>Touch here to start</source>
        <translation>Toque aquí para empezar</translation>
    </message>
    <message>
        <source>Or insert your eCitizen card to sign in.</source>
        <translation>O introduzca su tarjeta eCitizen para entrar.</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>Elija su idioma</translation>
    </message>
    <message>
        <source>Make it easier to use</source>
        <translation>Hacerlo más fácil de usar</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Letra grande</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Leer en voz alta</translation>
    </message>
    <message>
        <source>Simple mode</source>
        <translation>Modo sencillo</translation>
    </message>
    <message>
        <source>This kiosk is out of service. Please use another kiosk or ask staff. Staff: a technician must check this kiosk before it can be used again.</source>
        <translation>Este quiosco está fuera de servicio. Use otro quiosco o pida ayuda al personal. Personal: un técnico debe revisar este quiosco antes de que pueda volver a usarse.</translation>
    </message>
    <message>
        <source>A card was left in the reader: please hand it to staff.</source>
        <translation>Se ha dejado una tarjeta en el lector: entréguela al personal.</translation>
    </message>
    <message>
        <source>Check a street report: scan your receipt</source>
        <translation>Consultar un aviso de la calle: escanee su comprobante</translation>
    </message>
</context>
<context>
    <name>BillListStep</name>
    <message>
        <source>Your bills</source>
        <translation>Sus facturas</translation>
    </message>
    <message>
        <source>Choose the bill to pay.</source>
        <translation>Elija la factura que quiere pagar.</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Vence el %1</translation>
    </message>
</context>
<context>
    <name>BillStep</name>
    <message>
        <source>Your bill</source>
        <translation>Su factura</translation>
    </message>
    <message>
        <source>Pay at the counter with this receipt&apos;s code.</source>
        <translation>Pague en el mostrador con el código de este comprobante.</translation>
    </message>
    <message>
        <source>Payment slip</source>
        <translation>Documento de pago</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Vence el %1</translation>
    </message>
    <message>
        <source>Pay now: the city charges the payment method saved on your eCitizen account. The kiosk never sees your card. Or print a slip and pay at the counter.</source>
        <translation>Pagar ahora: el ayuntamiento cobra con el medio de pago guardado en su cuenta eCitizen. El quiosco nunca ve su tarjeta. O imprima un documento y pague en el mostrador.</translation>
    </message>
    <message>
        <source>This bill is already paid.</source>
        <translation>Esta factura ya está pagada.</translation>
    </message>
    <message>
        <source>Pay now with my eCitizen account</source>
        <translation>Pagar ahora con mi cuenta eCitizen</translation>
    </message>
    <message>
        <source>Print a payment slip for the counter</source>
        <translation>Imprimir un documento de pago para el mostrador</translation>
    </message>
    <message>
        <source>Check your payment</source>
        <translation>Compruebe su pago</translation>
    </message>
    <message>
        <source>Pay %1 for %2?</source>
        <translation>¿Pagar %1 por %2?</translation>
    </message>
    <message>
        <source>Yes, pay %1</source>
        <translation>Sí, pagar %1</translation>
    </message>
    <message>
        <source>The city charges the payment method saved on your eCitizen account. The kiosk never sees your card.</source>
        <translation>La ciudad cobra con el método de pago guardado en su cuenta eCitizen. El quiosco nunca ve su tarjeta.</translation>
    </message>
    <message>
        <source>Paid %1</source>
        <translation>Pagado: %1</translation>
    </message>
    <message>
        <source>Payment slip ready: pay %1 at the counter</source>
        <translation>Resguardo de pago listo: pague %1 en el mostrador</translation>
    </message>
    <message>
        <source>Print a payment slip and pay it at the counter. The slip shows the amount and the bill&apos;s reference, nothing about you.</source>
        <translation>Imprima un resguardo de pago y páguelo en el mostrador. El resguardo muestra el importe y la referencia de la factura, nada sobre usted.</translation>
    </message>
</context>
<context>
    <name>Bills</name>
    <message>
        <source>Paid</source>
        <translation>Pagada</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Pendiente</translation>
    </message>
</context>
<context>
    <name>BillsScreen</name>
    <message>
        <source>Pay a utility bill</source>
        <translation>Pagar un recibo de suministros</translation>
    </message>
    <message>
        <source>Please type the digits of your account number.</source>
        <translation>Escriba los dígitos de su número de cuenta.</translation>
    </message>
    <message>
        <source>No bill was found. Please check the number or ask staff.</source>
        <translation>No se encontró ninguna factura. Compruebe el número o pregunte al personal.</translation>
    </message>
    <message>
        <source>This code does not match the city&apos;s records. Please ask staff.</source>
        <translation>Este código no coincide con los registros del ayuntamiento. Pregunte al personal.</translation>
    </message>
    <message>
        <source>This bill is already paid.</source>
        <translation>Esta factura ya está pagada.</translation>
    </message>
    <message>
        <source>The amount due has changed. Please look the bill up again.</source>
        <translation>El importe ha cambiado. Busque la factura de nuevo.</translation>
    </message>
    <message>
        <source>This bill cannot be paid at the kiosk. Please ask staff.</source>
        <translation>Esta factura no se puede pagar en el quiosco. Pregunte al personal.</translation>
    </message>
    <message>
        <source>This code is not a bill the kiosk can use. Please try another.</source>
        <translation>Este código no es una factura que el quiosco pueda usar. Pruebe con otro.</translation>
    </message>
</context>
<context>
    <name>BookingStep</name>
    <message>
        <source>Your booking</source>
        <translation>Su reserva</translation>
    </message>
    <message>
        <source>Change the time</source>
        <translation>Cambiar la hora</translation>
    </message>
    <message>
        <source>Cancel this booking</source>
        <translation>Cancelar esta reserva</translation>
    </message>
</context>
<context>
    <name>BookingsStep</name>
    <message>
        <source>My bookings</source>
        <translation>Mis reservas</translation>
    </message>
    <message>
        <source>You have no bookings.</source>
        <translation>No tiene reservas.</translation>
    </message>
    <message>
        <source>Tap a booking to change or cancel it.</source>
        <translation>Toque una reserva para cambiarla o cancelarla.</translation>
    </message>
</context>
<context>
    <name>CardSignIn</name>
    <message>
        <source>Wrong PIN</source>
        <translation>PIN incorrecto</translation>
    </message>
    <message>
        <source>That PIN was not right. You have one try left: if it is wrong again your card will be blocked. If you are not sure, ask staff for help.</source>
        <translation>Ese PIN no es correcto. Le queda un intento: si vuelve a fallar, su tarjeta se bloqueará. Si no está seguro, pida ayuda al personal.</translation>
    </message>
    <message>
        <source>That PIN was not right. You have %1 tries left.</source>
        <translation>Ese PIN no es correcto. Le quedan %1 intentos.</translation>
    </message>
    <message>
        <source>That PIN was not right. Please try again.</source>
        <translation>Ese PIN no es correcto. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>We cannot read this card</source>
        <translation>No podemos leer esta tarjeta</translation>
    </message>
    <message>
        <source>This card is not one the kiosk knows. Take it out and try your eCitizen card.</source>
        <translation>El quiosco no conoce esta tarjeta. Sáquela y pruebe con su tarjeta eCitizen.</translation>
    </message>
    <message>
        <source>This is not an eCitizen card</source>
        <translation>Esta no es una tarjeta eCitizen</translation>
    </message>
    <message>
        <source>This card was not issued by the city for eCitizen services. Take it out and use your eCitizen card, or continue as a guest.</source>
        <translation>La ciudad no emitió esta tarjeta para los servicios eCitizen. Sáquela y use su tarjeta eCitizen, o siga como invitado.</translation>
    </message>
    <message>
        <source>This card could not be checked</source>
        <translation>No se pudo comprobar esta tarjeta</translation>
    </message>
    <message>
        <source>The card did not pass the security check. Please ask staff for help.</source>
        <translation>La tarjeta no pasó el control de seguridad. Pida ayuda al personal.</translation>
    </message>
    <message>
        <source>Your card has expired</source>
        <translation>Su tarjeta ha caducado</translation>
    </message>
    <message>
        <source>You can renew your eCitizen card at the city hall desk. Staff can help you.</source>
        <translation>Puede renovar su tarjeta eCitizen en el mostrador del ayuntamiento. El personal puede ayudarle.</translation>
    </message>
    <message>
        <source>Your card is not active yet</source>
        <translation>Su tarjeta aún no está activa</translation>
    </message>
    <message>
        <source>Your new card can be used from the date printed on it.</source>
        <translation>Puede usar su nueva tarjeta a partir de la fecha impresa en ella.</translation>
    </message>
    <message>
        <source>This card can no longer be used</source>
        <translation>Esta tarjeta ya no se puede usar</translation>
    </message>
    <message>
        <source>This card has been cancelled, for example after it was reported lost. Please ask staff for help.</source>
        <translation>Esta tarjeta se anuló, por ejemplo porque se declaró perdida. Pida ayuda al personal.</translation>
    </message>
    <message>
        <source>Cards cannot be checked right now</source>
        <translation>Ahora no se pueden comprobar las tarjetas</translation>
    </message>
    <message>
        <source>The kiosk cannot confirm that cards are still valid at the moment. You can continue as a guest or ask staff for help.</source>
        <translation>En este momento el quiosco no puede confirmar que las tarjetas siguen siendo válidas. Puede seguir como invitado o pedir ayuda al personal.</translation>
    </message>
    <message>
        <source>Your card is blocked</source>
        <translation>Su tarjeta está bloqueada</translation>
    </message>
    <message>
        <source>The PIN was entered wrongly too many times. The card is safe, but it must be unblocked at the city hall desk with an identity document.</source>
        <translation>El PIN se escribió mal demasiadas veces. La tarjeta está segura, pero hay que desbloquearla en el mostrador del ayuntamiento con un documento de identidad.</translation>
    </message>
    <message>
        <source>That PIN is not valid</source>
        <translation>Ese PIN no es válido</translation>
    </message>
    <message>
        <source>A PIN has 6 to 8 digits. Please type it again.</source>
        <translation>Un PIN tiene de 6 a 8 cifras. Escríbalo de nuevo.</translation>
    </message>
    <message>
        <source>PIN entry stopped</source>
        <translation>Se detuvo la entrada del PIN</translation>
    </message>
    <message>
        <source>The PIN was not entered on the reader in time. Please try again.</source>
        <translation>El PIN no se escribió a tiempo en el lector. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>We could not finish checking your PIN</source>
        <translation>No pudimos terminar de comprobar su PIN</translation>
    </message>
    <message>
        <source>Take your card out and put it in again to continue.</source>
        <translation>Saque su tarjeta y vuelva a introducirla para seguir.</translation>
    </message>
    <message>
        <source>The card was taken out</source>
        <translation>Se sacó la tarjeta</translation>
    </message>
    <message>
        <source>Everything was erased. Put your card in again to start over.</source>
        <translation>Se borró todo. Vuelva a introducir su tarjeta para empezar de nuevo.</translation>
    </message>
    <message>
        <source>The card reader is not working</source>
        <translation>El lector de tarjetas no funciona</translation>
    </message>
    <message>
        <source>You can continue as a guest. Staff have been told about the problem.</source>
        <translation>Puede seguir como invitado. Ya se ha avisado al personal del problema.</translation>
    </message>
    <message>
        <source>We could not read your card</source>
        <translation>No pudimos leer su tarjeta</translation>
    </message>
    <message>
        <source>Take your card out, check that the chip is clean and facing the right way, and put it in again.</source>
        <translation>Saque su tarjeta, compruebe que el chip está limpio y en la posición correcta, y vuelva a introducirla.</translation>
    </message>
    <message>
        <source>This kiosk is out of service</source>
        <translation>Este quiosco está fuera de servicio</translation>
    </message>
    <message>
        <source>Please take your card out and use another kiosk, or ask staff.</source>
        <translation>Retire su tarjeta y use otro quiosco, o pida ayuda al personal.</translation>
    </message>
</context>
<context>
    <name>CardSignInScreen</name>
    <message>
        <source>Type your PIN</source>
        <translation>Escriba su PIN</translation>
    </message>
    <message>
        <source>Signing in with your card</source>
        <translation>Entrando con su tarjeta</translation>
    </message>
    <message>
        <source>Reading your card… Please leave it in the reader.</source>
        <translation>Leyendo su tarjeta… Déjela en el lector.</translation>
    </message>
    <message>
        <source>Checking your PIN…</source>
        <translation>Comprobando su PIN…</translation>
    </message>
    <message>
        <source>Hello, %1. Type your PIN and press OK.</source>
        <translation>Hola, %1. Escriba su PIN y pulse Aceptar.</translation>
    </message>
    <message>
        <source>Tries left: %1</source>
        <translation>Intentos que quedan: %1</translation>
    </message>
    <message>
        <source>Careful: this is your last try before the card is blocked.</source>
        <translation>Cuidado: es su último intento antes de que se bloquee la tarjeta.</translation>
    </message>
    <message>
        <source>Type your PIN on the keypad of the card reader.</source>
        <translation>Escriba su PIN en el teclado del lector de tarjetas.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Intentar de nuevo</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <source>Please take your card out of the reader.</source>
        <translation>Saque su tarjeta del lector.</translation>
    </message>
    <message>
        <source>Continue as a guest</source>
        <translation>Seguir como invitado</translation>
    </message>
    <message>
        <source>How the city uses your data</source>
        <translation>Cómo usa la ciudad sus datos</translation>
    </message>
</context>
<context>
    <name>CategoryStep</name>
    <message>
        <source>What is the problem?</source>
        <translation>¿Cuál es el problema?</translation>
    </message>
    <message>
        <source>The list of problems is not available on this kiosk yet: it needs the network once. Please try again later.</source>
        <translation>La lista de problemas aún no está disponible en este quiosco: necesita la red una vez. Inténtelo más tarde.</translation>
    </message>
    <message>
        <source>The network is down: this is the list saved on this kiosk. Your report will be sent when the network returns.</source>
        <translation>No hay red: esta es la lista guardada en este quiosco. Su aviso se enviará cuando vuelva la red.</translation>
    </message>
    <message>
        <source>Choose the kind of problem.</source>
        <translation>Elija el tipo de problema.</translation>
    </message>
</context>
<context>
    <name>CheckRequestScreen</name>
    <message>
        <source>Check a street report</source>
        <translation>Consultar un aviso de la calle</translation>
    </message>
    <message>
        <source>The status cannot be checked on this kiosk right now. Please try later.</source>
        <translation>Ahora no se puede comprobar el estado en este quiosco. Inténtelo más tarde.</translation>
    </message>
    <message>
        <source>Asking the city…</source>
        <translation>Consultando a la ciudad…</translation>
    </message>
    <message>
        <source>The status cannot be checked right now. Please try again later.</source>
        <translation>Ahora no se puede comprobar el estado. Inténtelo de nuevo más tarde.</translation>
    </message>
</context>
<context>
    <name>CheckStep</name>
    <message>
        <source>Check before you confirm</source>
        <translation>Compruebe antes de confirmar</translation>
    </message>
    <message>
        <source>No, go back</source>
        <translation>No, volver</translation>
    </message>
</context>
<context>
    <name>ChooseStep</name>
    <message>
        <source>Apply for a permit or renew a licence.</source>
        <translation>Solicite un permiso o renueve una licencia.</translation>
    </message>
    <message>
        <source>Loading the list of permits…</source>
        <translation>Cargando la lista de permisos…</translation>
    </message>
    <message>
        <source>The list of permits is not available on this kiosk yet: it needs the network once. Please try again later.</source>
        <translation>La lista de permisos aún no está disponible en este quiosco: necesita la red una vez. Inténtelo más tarde.</translation>
    </message>
    <message>
        <source>The network is down: this is the list of permits saved on this kiosk. Your application will be sent when the network returns.</source>
        <translation>La red no funciona: esta es la lista de permisos guardada en este quiosco. Su solicitud se enviará cuando vuelva la red.</translation>
    </message>
    <message>
        <source>Renewing a licence needs the network to look up your licences.</source>
        <translation>Renovar una licencia necesita la red para consultar sus licencias.</translation>
    </message>
    <message>
        <source>Apply: %1</source>
        <translation>Solicitar: %1</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Elegir</translation>
    </message>
    <message>
        <source>Your licence is valid until %1.</source>
        <translation>Su licencia es válida hasta el %1.</translation>
    </message>
</context>
<context>
    <name>ConfirmAnswersStep</name>
    <message>
        <source>Send your answers</source>
        <translation>Enviar sus respuestas</translation>
    </message>
    <message>
        <source>Send my answers</source>
        <translation>Enviar mis respuestas</translation>
    </message>
    <message>
        <source>Check your answers. You can still change them. Once sent, they cannot be changed.</source>
        <translation>Revise sus respuestas. Todavía puede cambiarlas. Una vez enviadas, no se pueden cambiar.</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Change my answers</source>
        <translation>Cambiar mis respuestas</translation>
    </message>
</context>
<context>
    <name>ConfirmStep</name>
    <message>
        <source>Check your booking</source>
        <translation>Revise su reserva</translation>
    </message>
    <message>
        <source>Yes, book this time</source>
        <translation>Sí, reservar esta hora</translation>
    </message>
    <message>
        <source>No, go back</source>
        <translation>No, volver</translation>
    </message>
</context>
<context>
    <name>ConsultationStep</name>
    <message>
        <source>Read the consultation</source>
        <translation>Leer la consulta</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>Open until %1.</source>
        <translation>Abierta hasta el %1.</translation>
    </message>
    <message>
        <source>You have already taken part in this consultation.</source>
        <translation>Ya participó en esta consulta.</translation>
    </message>
    <message>
        <source>This consultation is closed.</source>
        <translation>Esta consulta está cerrada.</translation>
    </message>
    <message>
        <source>Your answers are sent once and cannot be changed afterwards. They are used for this consultation only.</source>
        <translation>Sus respuestas se envían una sola vez y no se pueden cambiar después. Solo se usan para esta consulta.</translation>
    </message>
</context>
<context>
    <name>ConsultationsScreen</name>
    <message>
        <source>Public consultations</source>
        <translation>Consultas públicas</translation>
    </message>
    <message>
        <source>%1 (you took part)</source>
        <translation>%1 (ya participó)</translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation>%1 (cerrada)</translation>
    </message>
    <message>
        <source>Consultation response</source>
        <translation>Respuesta a una consulta</translation>
    </message>
</context>
<context>
    <name>ContentLanguage</name>
    <message>
        <source>Shown in English: the city has no text for this in your language.</source>
        <translation>Se muestra en inglés: el ayuntamiento no tiene este texto en español.</translation>
    </message>
    <message>
        <source>Shown in Spanish: the city has no text for this in your language.</source>
        <translation>Se muestra en español: el ayuntamiento no tiene este texto en su idioma.</translation>
    </message>
    <message>
        <source>Shown in French: the city has no text for this in your language.</source>
        <translation>Se muestra en francés: el ayuntamiento no tiene este texto en español.</translation>
    </message>
    <message>
        <source>Shown in Arabic: the city has no text for this in your language.</source>
        <translation>Se muestra en árabe: el ayuntamiento no tiene este texto en español.</translation>
    </message>
    <message>
        <source>Some of this is shown in the language the city wrote it in: the city has no text for it in your language.</source>
        <translation>Parte de esto se muestra en el idioma en que lo escribió el ayuntamiento: no lo tiene en español.</translation>
    </message>
</context>
<context>
    <name>CounterStep</name>
    <message>
        <source>At the counter</source>
        <translation>En el mostrador</translation>
    </message>
    <message>
        <source>Please bring a recent passport-style photo and your eCitizen card to the city counter; staff will complete this application with you. Nothing was sent.</source>
        <translation>Lleve una foto reciente tipo carné y su tarjeta eCitizen al mostrador municipal; el personal completará esta solicitud con usted. No se envió nada.</translation>
    </message>
    <message>
        <source>Back to the services</source>
        <translation>Volver a los servicios</translation>
    </message>
</context>
<context>
    <name>DescribeStep</name>
    <message>
        <source>Describe it (optional)</source>
        <translation>Descríbalo (opcional)</translation>
    </message>
    <message>
        <source>Please shorten the description.</source>
        <translation>Acorte la descripción.</translation>
    </message>
    <message>
        <source>What should the city know? (optional)</source>
        <translation>¿Qué debe saber el ayuntamiento? (opcional)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>The report is linked to your eCitizen account.</source>
        <translation>El aviso está vinculado a su cuenta eCitizen.</translation>
    </message>
    <message>
        <source>The report is anonymous. You can link it to your account.</source>
        <translation>El aviso es anónimo. Puede vincularlo a su cuenta.</translation>
    </message>
    <message>
        <source>The report is anonymous.</source>
        <translation>El aviso es anónimo.</translation>
    </message>
    <message>
        <source>Link the report to my account</source>
        <translation>Vincular el aviso a mi cuenta</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>DiagnosticsScreen</name>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>The kiosk is still starting. Try again in a moment.</source>
        <translation>El quiosco aún se está iniciando. Inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>Technician diagnostics</source>
        <translation>Diagnóstico técnico</translation>
    </message>
    <message>
        <source>Technician sessions end automatically after 30 minutes. Queue contents are never shown here.</source>
        <translation>Las sesiones técnicas terminan automáticamente a los 30 minutos. Aquí nunca se muestra el contenido de la cola.</translation>
    </message>
    <message>
        <source>Device and system health</source>
        <translation>Estado de los dispositivos y del sistema</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Check card reader</source>
        <translation>Comprobar el lector de tarjetas</translation>
    </message>
    <message>
        <source>Print test receipt</source>
        <translation>Imprimir recibo de prueba</translation>
    </message>
    <message>
        <source>Test fingerprint sensor</source>
        <translation>Probar el sensor de huellas</translation>
    </message>
    <message>
        <source>Test camera</source>
        <translation>Probar la cámara</translation>
    </message>
    <message>
        <source>Items that could not be sent</source>
        <translation>Elementos que no se pudieron enviar</translation>
    </message>
    <message>
        <source>No items are waiting for a decision.</source>
        <translation>Ningún elemento espera una decisión.</translation>
    </message>
    <message>
        <source>Choose the reason, then retry or discard:</source>
        <translation>Elija el motivo y luego reintente o descarte:</translation>
    </message>
    <message>
        <source>The service is working again</source>
        <translation>El servicio vuelve a funcionar</translation>
    </message>
    <message>
        <source>The resident was informed</source>
        <translation>Se informó al residente</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicado</translation>
    </message>
    <message>
        <source>Invalid data</source>
        <translation>Datos no válidos</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducado</translation>
    </message>
    <message>
        <source>Service withdrawn</source>
        <translation>Servicio retirado</translation>
    </message>
    <message>
        <source>Other, documented in the ticket</source>
        <translation>Otro, documentado en la incidencia</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Reprint a receipt</source>
        <translation>Reimprimir un recibo</translation>
    </message>
    <message>
        <source>Receipt reference</source>
        <translation>Referencia del recibo</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Reimprimir</translation>
    </message>
    <message>
        <source>Export logs (encrypted for the city)</source>
        <translation>Exportar registros (cifrados para el ayuntamiento)</translation>
    </message>
    <message>
        <source>Save to USB stick</source>
        <translation>Guardar en memoria USB</translation>
    </message>
    <message>
        <source>Show as QR code</source>
        <translation>Mostrar como código QR</translation>
    </message>
    <message>
        <source>Encrypted log bundle as a QR code</source>
        <translation>Paquete de registros cifrado como código QR</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Trabajando…</translation>
    </message>
    <message>
        <source>Encrypted log bundle ready.</source>
        <translation>Paquete de registros cifrado listo.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Hecho.</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problema: %1</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Not installed</source>
        <translation>No instalado</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>No comprobado</translation>
    </message>
    <message>
        <source>Card reader</source>
        <translation>Lector de tarjetas</translation>
    </message>
    <message>
        <source>Fingerprint sensor</source>
        <translation>Sensor de huellas</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <source>Disk and memory</source>
        <translation>Disco y memoria</translation>
    </message>
    <message>
        <source>Card revocation list</source>
        <translation>Lista de revocación de tarjetas</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>The audit log is not available: nothing was changed.</source>
        <translation>El registro de auditoría no está disponible: no se cambió nada.</translation>
    </message>
    <message>
        <source>Queued again.</source>
        <translation>Puesto de nuevo en la cola.</translation>
    </message>
    <message>
        <source>Discarded.</source>
        <translation>Descartado.</translation>
    </message>
    <message>
        <source>No receipt with this reference on this kiosk.</source>
        <translation>No hay ningún recibo con esta referencia en este quiosco.</translation>
    </message>
    <message>
        <source>Reprinted.</source>
        <translation>Reimpreso.</translation>
    </message>
    <message>
        <source>The printer could not print it.</source>
        <translation>La impresora no pudo imprimirlo.</translation>
    </message>
    <message>
        <source>No printer is installed.</source>
        <translation>No hay ninguna impresora instalada.</translation>
    </message>
    <message>
        <source>Encrypted log bundle saved: %1</source>
        <translation>Paquete de registros cifrado guardado: %1</translation>
    </message>
    <message>
        <source>No USB stick is mounted for export.</source>
        <translation>No hay ninguna memoria USB montada para exportar.</translation>
    </message>
    <message>
        <source>No city export key is installed: nothing was exported.</source>
        <translation>No hay clave de exportación del ayuntamiento instalada: no se exportó nada.</translation>
    </message>
    <message>
        <source>Out of service: a card reader was unplugged while the kiosk was running. Check that the reader and its cable are the kiosk&apos;s own and nothing was added between them, then put the kiosk back in service.</source>
        <translation>Fuera de servicio: se desconectó un lector de tarjetas mientras el quiosco funcionaba. Compruebe que el lector y su cable son los del quiosco y que no se ha añadido nada entre ellos; después, vuelva a poner el quiosco en servicio.</translation>
    </message>
    <message>
        <source>Put back in service</source>
        <translation>Volver a poner en servicio</translation>
    </message>
    <message>
        <source>The kiosk is back in service.</source>
        <translation>El quiosco vuelve a estar en servicio.</translation>
    </message>
    <message>
        <source>The kiosk could not be put back in service: its disk refused.</source>
        <translation>No se pudo volver a poner el quiosco en servicio: su disco lo rechazó.</translation>
    </message>
    <message>
        <source>Out of service: the fingerprint sensor was unplugged while the kiosk was running. Check that the sensor and its cable are the kiosk&apos;s own and nothing was added between them, then put the kiosk back in service.</source>
        <translation>Fuera de servicio: se desconectó el lector de huellas mientras el quiosco funcionaba. Compruebe que el lector y su cable son los del quiosco y que no se ha añadido nada entre ellos; después, vuelva a poner el quiosco en servicio.</translation>
    </message>
    <message>
        <source>Taken out of service by the city&apos;s IT team. Put the kiosk back in service only when they ask you to.</source>
        <translation>El equipo de TI del ayuntamiento ha puesto este quiosco fuera de servicio. Vuelva a ponerlo en servicio solo cuando se lo pidan.</translation>
    </message>
    <message>
        <source>Updated at %1.</source>
        <translation>Actualizado a las %1.</translation>
    </message>
    <message>
        <source>Not installed on this kiosk.</source>
        <translation>No está instalado en este quiosco.</translation>
    </message>
    <message>
        <source>Test receipt printed. Check it came out and is readable.</source>
        <translation>Recibo de prueba impreso. Compruebe que ha salido y se puede leer.</translation>
    </message>
    <message>
        <source>Card reader works.</source>
        <translation>El lector de tarjetas funciona.</translation>
    </message>
    <message>
        <source>Fingerprint sensor works.</source>
        <translation>El sensor de huellas funciona.</translation>
    </message>
    <message>
        <source>Camera works.</source>
        <translation>La cámara funciona.</translation>
    </message>
    <message>
        <source>Failed: %1 %2</source>
        <translation>Ha fallado: %1 %2</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>Impresora de recibos</translation>
    </message>
    <message>
        <source>Saved requests (offline queue)</source>
        <translation>Solicitudes guardadas (cola sin conexión)</translation>
    </message>
    <message>
        <source>Network and city back end</source>
        <translation>Red y sistema central de la ciudad</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Aviso: %1</translation>
    </message>
    <message>
        <source>Everything installed works.</source>
        <translation>Todo lo instalado funciona.</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>Siguiente paso: %1</translation>
    </message>
    <message>
        <source>Code for the service desk: %1</source>
        <translation>Código para el servicio técnico: %1</translation>
    </message>
    <message>
        <source>Readers connected: %1</source>
        <translation>Lectores conectados: %1</translation>
    </message>
    <message>
        <source>Waiting to be sent: %1. Could not be sent: %2.</source>
        <translation>En espera de envío: %1. No se pudieron enviar: %2.</translation>
    </message>
    <message>
        <source>Network: connected.</source>
        <translation>Red: conectada.</translation>
    </message>
    <message>
        <source>Network: not connected.</source>
        <translation>Red: sin conexión.</translation>
    </message>
    <message>
        <source>Answers in %1 ms.</source>
        <translation>Responde en %1 ms.</translation>
    </message>
    <message>
        <source>Disk: %1 GB free (%2 %). Core dumps: %3. Swap: %4.</source>
        <translation>Disco: %1 GB libres (%2 %). Volcados de memoria: %3. Intercambio: %4.</translation>
    </message>
    <message>
        <source>Version %1, kiosk %2.</source>
        <translation>Versión %1, quiosco %2.</translation>
    </message>
    <message>
        <source>Also:</source>
        <translation>Además:</translation>
    </message>
    <message>
        <source>The camera is switched on only during a test or a service.</source>
        <translation>La cámara solo se enciende durante una prueba o un servicio.</translation>
    </message>
    <message numerus="yes">
        <source>Updated %n hour(s) ago.</source>
        <translation>
            <numerusform>Actualizada hace %n hora.</numerusform>
            <numerusform>Actualizada hace %n horas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiagnosticsText</name>
    <message>
        <source>The receipt printer is out of paper.</source>
        <translation>La impresora de recibos no tiene papel.</translation>
    </message>
    <message>
        <source>Open the printer cover, put in a new paper roll, close the cover.</source>
        <translation>Abra la tapa de la impresora, coloque un rollo de papel nuevo y cierre la tapa.</translation>
    </message>
    <message>
        <source>The paper roll is nearly empty.</source>
        <translation>El rollo de papel está casi vacío.</translation>
    </message>
    <message>
        <source>Put in a new paper roll soon.</source>
        <translation>Coloque pronto un rollo de papel nuevo.</translation>
    </message>
    <message>
        <source>The printer cover is open.</source>
        <translation>La tapa de la impresora está abierta.</translation>
    </message>
    <message>
        <source>Close the printer cover until it clicks.</source>
        <translation>Cierre la tapa de la impresora hasta oír un clic.</translation>
    </message>
    <message>
        <source>The paper cutter is stuck.</source>
        <translation>La cuchilla de papel está atascada.</translation>
    </message>
    <message>
        <source>Open the cover, remove jammed paper, close the cover.</source>
        <translation>Abra la tapa, retire el papel atascado y cierre la tapa.</translation>
    </message>
    <message>
        <source>The printer does not answer.</source>
        <translation>La impresora no responde.</translation>
    </message>
    <message>
        <source>Check the printer&apos;s power and cable, then print a test receipt.</source>
        <translation>Compruebe la alimentación y el cable de la impresora y luego imprima un recibo de prueba.</translation>
    </message>
    <message>
        <source>The printer is not connected.</source>
        <translation>La impresora no está conectada.</translation>
    </message>
    <message>
        <source>No printer was found.</source>
        <translation>No se encontró ninguna impresora.</translation>
    </message>
    <message>
        <source>The test receipt did not print.</source>
        <translation>El recibo de prueba no se imprimió.</translation>
    </message>
    <message>
        <source>Check paper and cover, then try again.</source>
        <translation>Compruebe el papel y la tapa e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>No card reader is connected.</source>
        <translation>No hay ningún lector de tarjetas conectado.</translation>
    </message>
    <message>
        <source>Check the card reader&apos;s cable, then press Check card reader.</source>
        <translation>Compruebe el cable del lector de tarjetas y pulse Comprobar lector de tarjetas.</translation>
    </message>
    <message>
        <source>The card reader service is not running.</source>
        <translation>El servicio del lector de tarjetas no está en marcha.</translation>
    </message>
    <message>
        <source>Restart the kiosk. If it stays, call the service desk.</source>
        <translation>Reinicie el quiosco. Si persiste, llame al servicio técnico.</translation>
    </message>
    <message>
        <source>The card reader was unplugged.</source>
        <translation>Se desconectó el lector de tarjetas.</translation>
    </message>
    <message>
        <source>No card certificates are installed: cards cannot be checked.</source>
        <translation>No hay certificados de tarjetas instalados: no se pueden comprobar las tarjetas.</translation>
    </message>
    <message>
        <source>Install the city&apos;s card certificates (kiosk provisioning).</source>
        <translation>Instale los certificados de tarjetas de la ciudad (aprovisionamiento del quiosco).</translation>
    </message>
    <message>
        <source>The fingerprint sensor is not connected.</source>
        <translation>El sensor de huellas no está conectado.</translation>
    </message>
    <message>
        <source>Check the sensor&apos;s cable, then press Test fingerprint sensor.</source>
        <translation>Compruebe el cable del sensor y pulse Probar sensor de huellas.</translation>
    </message>
    <message>
        <source>The fingerprint sensor does not answer.</source>
        <translation>El sensor de huellas no responde.</translation>
    </message>
    <message>
        <source>The camera is not connected.</source>
        <translation>La cámara no está conectada.</translation>
    </message>
    <message>
        <source>Check the camera&apos;s cable, then press Test camera.</source>
        <translation>Compruebe el cable de la cámara y pulse Probar cámara.</translation>
    </message>
    <message>
        <source>The camera gives no picture.</source>
        <translation>La cámara no da imagen.</translation>
    </message>
    <message>
        <source>Some requests could not be sent.</source>
        <translation>Algunas solicitudes no se pudieron enviar.</translation>
    </message>
    <message>
        <source>Decide on each one below: retry or discard, with a reason.</source>
        <translation>Decida sobre cada una abajo: reintentar o descartar, con un motivo.</translation>
    </message>
    <message>
        <source>A request needs a person to look at it.</source>
        <translation>Una solicitud necesita que una persona la revise.</translation>
    </message>
    <message>
        <source>Saved requests have waited a long time to be sent.</source>
        <translation>Las solicitudes guardadas llevan mucho tiempo esperando su envío.</translation>
    </message>
    <message>
        <source>Check the network and the city back end below.</source>
        <translation>Compruebe la red y el sistema central de la ciudad más abajo.</translation>
    </message>
    <message>
        <source>The offline queue cannot be opened: requests cannot be saved.</source>
        <translation>No se puede abrir la cola sin conexión: no se pueden guardar solicitudes.</translation>
    </message>
    <message>
        <source>Call the service desk: the kiosk&apos;s disk needs checking.</source>
        <translation>Llame al servicio técnico: hay que revisar el disco del quiosco.</translation>
    </message>
    <message>
        <source>The queue database was damaged and set aside.</source>
        <translation>La base de datos de la cola estaba dañada y se apartó.</translation>
    </message>
    <message>
        <source>Call the service desk and give them the kiosk&apos;s number.</source>
        <translation>Llame al servicio técnico y deles el número del quiosco.</translation>
    </message>
    <message>
        <source>Sending saved requests keeps failing.</source>
        <translation>El envío de solicitudes guardadas sigue fallando.</translation>
    </message>
    <message>
        <source>No city back end is configured.</source>
        <translation>No hay ningún sistema central de la ciudad configurado.</translation>
    </message>
    <message>
        <source>Check the kiosk&apos;s configuration (kiosk provisioning).</source>
        <translation>Compruebe la configuración del quiosco (aprovisionamiento del quiosco).</translation>
    </message>
    <message>
        <source>The city back end reports a problem.</source>
        <translation>El sistema central de la ciudad informa de un problema.</translation>
    </message>
    <message>
        <source>Nothing to do here: requests are saved and sent later.</source>
        <translation>Nada que hacer aquí: las solicitudes se guardan y se envían más tarde.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s clock is wrong.</source>
        <translation>El reloj del quiosco no está en hora.</translation>
    </message>
    <message>
        <source>Check the network time (NTP) settings of the kiosk.</source>
        <translation>Compruebe la configuración de hora de red (NTP) del quiosco.</translation>
    </message>
    <message>
        <source>The city back end cannot be reached.</source>
        <translation>No se puede acceder al sistema central de la ciudad.</translation>
    </message>
    <message>
        <source>Check the network cable and router. Requests are saved meanwhile.</source>
        <translation>Compruebe el cable de red y el router. Mientras tanto, las solicitudes se guardan.</translation>
    </message>
    <message>
        <source>The disk is full: the kiosk takes no new requests.</source>
        <translation>El disco está lleno: el quiosco no acepta nuevas solicitudes.</translation>
    </message>
    <message>
        <source>Call the service desk now.</source>
        <translation>Llame ahora al servicio técnico.</translation>
    </message>
    <message>
        <source>The disk is nearly full.</source>
        <translation>El disco está casi lleno.</translation>
    </message>
    <message>
        <source>Tell the service desk soon.</source>
        <translation>Avise pronto al servicio técnico.</translation>
    </message>
    <message>
        <source>No card revocation list is installed.</source>
        <translation>No hay ninguna lista de revocación de tarjetas instalada.</translation>
    </message>
    <message>
        <source>Check the network: the list is fetched automatically.</source>
        <translation>Compruebe la red: la lista se descarga automáticamente.</translation>
    </message>
    <message>
        <source>The card revocation list is out of date.</source>
        <translation>La lista de revocación de tarjetas está desactualizada.</translation>
    </message>
    <message>
        <source>The receipt printer has a problem.</source>
        <translation>La impresora de recibos tiene un problema.</translation>
    </message>
    <message>
        <source>Check paper, cover and cable, then print a test receipt.</source>
        <translation>Compruebe el papel, la tapa y el cable y luego imprima un recibo de prueba.</translation>
    </message>
    <message>
        <source>The card reader has a problem.</source>
        <translation>El lector de tarjetas tiene un problema.</translation>
    </message>
    <message>
        <source>The fingerprint sensor has a problem.</source>
        <translation>El sensor de huellas tiene un problema.</translation>
    </message>
    <message>
        <source>The camera has a problem.</source>
        <translation>La cámara tiene un problema.</translation>
    </message>
    <message>
        <source>The offline queue has a problem.</source>
        <translation>La cola sin conexión tiene un problema.</translation>
    </message>
    <message>
        <source>The city back end cannot be used right now.</source>
        <translation>Ahora mismo no se puede usar el sistema central de la ciudad.</translation>
    </message>
    <message>
        <source>The card certificates have a problem.</source>
        <translation>Los certificados de tarjetas tienen un problema.</translation>
    </message>
    <message>
        <source>Something is not working as it should.</source>
        <translation>Algo no funciona como debería.</translation>
    </message>
    <message>
        <source>Call the service desk and give them the kiosk&apos;s number and this code.</source>
        <translation>Llame al servicio técnico y deles el número del quiosco y este código.</translation>
    </message>
    <message>
        <source>The printer&apos;s address or model in the configuration is not known.</source>
        <translation>La dirección o el modelo de la impresora en la configuración no se reconoce.</translation>
    </message>
    <message>
        <source>Check [devices.printer] uri and profile in the kiosk&apos;s configuration.</source>
        <translation>Revise uri y profile de [devices.printer] en la configuración del quiosco.</translation>
    </message>
    <message>
        <source>The queue database looks damaged.</source>
        <translation>La base de datos de la cola parece dañada.</translation>
    </message>
    <message>
        <source>Restart the kiosk (it sets the file aside and keeps it), then call the service desk.</source>
        <translation>Reinicie el quiosco (aparta el archivo y lo conserva) y luego llame al servicio técnico.</translation>
    </message>
</context>
<context>
    <name>ElectionInfoStep</name>
    <message>
        <source>Elections</source>
        <translation>Elecciones</translation>
    </message>
    <message>
        <source>Election information is not available on this kiosk yet: it needs the network once. Please try again later or ask staff.</source>
        <translation>La información electoral aún no está disponible en este quiosco: necesita la red una vez. Inténtelo más tarde o pregunte al personal.</translation>
    </message>
    <message>
        <source>Step-free access.</source>
        <translation>Acceso sin escalones.</translation>
    </message>
    <message>
        <source>Not step-free: ask the city for an accessible station.</source>
        <translation>Con escalones: pida al ayuntamiento un colegio electoral accesible.</translation>
    </message>
    <message>
        <source>You cannot vote at this kiosk: voting happens at your polling station or by post, where the secrecy of your vote is protected.</source>
        <translation>No puede votar en este quiosco: se vota en su colegio electoral o por correo, donde se protege el secreto de su voto.</translation>
    </message>
    <message>
        <source>The network is down: this is the information saved on this kiosk, as of %1. Dates can change; please check again later.</source>
        <translation>No hay red: esta es la información guardada en este quiosco, a fecha de %1. Las fechas pueden cambiar; vuelva a consultarlo más tarde.</translation>
    </message>
    <message>
        <source>Information from the city as of %1.</source>
        <translation>Información del ayuntamiento a fecha de %1.</translation>
    </message>
    <message>
        <source>Your polling station</source>
        <translation>Su colegio electoral</translation>
    </message>
    <message>
        <source>Your own polling station needs the network: it is not saved on this kiosk. It is also printed on the polling card sent to your home.</source>
        <translation>Su propio colegio electoral necesita la red: no se guarda en este quiosco. También figura en la tarjeta censal enviada a su domicilio.</translation>
    </message>
    <message>
        <source>The city has no polling station for you. If you think you can vote here, please ask staff or City Hall.</source>
        <translation>El ayuntamiento no tiene un colegio electoral para usted. Si cree que puede votar aquí, pregunte al personal o en el ayuntamiento.</translation>
    </message>
    <message>
        <source>You are registered to vote. Your polling station:</source>
        <translation>Está inscrito para votar. Su colegio electoral:</translation>
    </message>
    <message>
        <source>You are not on the electoral roll yet. See below how to register. Once registered, your polling station will be:</source>
        <translation>Aún no está en el censo electoral. Vea abajo cómo inscribirse. Una vez inscrito, su colegio electoral será:</translation>
    </message>
    <message>
        <source>Next elections</source>
        <translation>Próximas elecciones</translation>
    </message>
    <message>
        <source>%1: %2, polling stations open %3–%4. Register by %5. Ask for a postal vote by %6.</source>
        <translation>%1: %2, colegios abiertos de %3 a %4. Inscríbase antes del %5. Solicite el voto por correo antes del %6.</translation>
    </message>
    <message>
        <source>No elections are planned.</source>
        <translation>No hay elecciones previstas.</translation>
    </message>
    <message>
        <source>How to register</source>
        <translation>Cómo inscribirse</translation>
    </message>
    <message>
        <source>How to vote by post</source>
        <translation>Cómo votar por correo</translation>
    </message>
    <message>
        <source>All polling stations</source>
        <translation>Todos los colegios electorales</translation>
    </message>
</context>
<context>
    <name>ElectionsScreen</name>
    <message>
        <source>Election information</source>
        <translation>Información electoral</translation>
    </message>
</context>
<context>
    <name>ErasureStep</name>
    <message>
        <source>Erase my data</source>
        <translation>Suprimir mis datos</translation>
    </message>
    <message>
        <source>Ask for erasure</source>
        <translation>Pedir la supresión</translation>
    </message>
    <message>
        <source>Erasure means the city deletes the personal data it holds about you and no longer needs: your contact details, your choices, old appointments and notices. After erasure you can no longer use the city&apos;s online services with your current record. The city answers within one month and tells you what it erased.</source>
        <translation>La supresión significa que el ayuntamiento borra los datos personales que tiene sobre usted y que ya no necesita: sus datos de contacto, sus preferencias, citas y avisos antiguos. Después de la supresión ya no podrá usar los servicios en línea del ayuntamiento con su registro actual. El ayuntamiento responde en el plazo de un mes y le dice qué ha borrado.</translation>
    </message>
    <message>
        <source>Records the law makes the city keep, such as bills and payments (tax law), stay until their period ends; the rest is erased. How long each kind is kept:</source>
        <translation>Los registros que la ley obliga al ayuntamiento a conservar, como facturas y pagos (ley tributaria), se conservan hasta que termine su plazo; el resto se suprime. Cuánto tiempo se conserva cada tipo:</translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation>• %1: %2</translation>
    </message>
</context>
<context>
    <name>FeedbackCommentStep</name>
    <message>
        <source>Your comment (optional)</source>
        <translation>Su comentario (opcional)</translation>
    </message>
    <message>
        <source>Send my comment</source>
        <translation>Enviar mi comentario</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 de %2 caracteres</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Please shorten your comment.</source>
        <translation>Acorte su comentario, por favor.</translation>
    </message>
    <message>
        <source>Please write your comment first.</source>
        <translation>Escriba primero su comentario.</translation>
    </message>
    <message>
        <source>Tell the city what went well or what could be better. Your comment is anonymous: it is sent without your name, so please do not write personal details in it.</source>
        <translation>Diga al ayuntamiento qué fue bien o qué podría mejorar. Su comentario es anónimo: se envía sin su nombre, así que no escriba datos personales.</translation>
    </message>
    <message>
        <source>Your comment</source>
        <translation>Su comentario</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>%1 (optional)</source>
        <translation>%1 (opcional)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 de %2 caracteres</translation>
    </message>
    <message numerus="yes">
        <source>%n characters too many</source>
        <translation>
            <numerusform>%n carácter de más</numerusform>
            <numerusform>%n caracteres de más</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>FindBillStep</name>
    <message>
        <source>Find your bill</source>
        <translation>Busque su factura</translation>
    </message>
    <message>
        <source>Find my bills</source>
        <translation>Buscar mis facturas</translation>
    </message>
    <message>
        <source>Scan the code printed on your bill, or type your account number.</source>
        <translation>Escanee el código impreso en su factura o escriba su número de cuenta.</translation>
    </message>
    <message>
        <source>The kiosk is offline. The amount due is only shown live from the city&apos;s system, so bills cannot be looked up until the network is back.</source>
        <translation>El quiosco no tiene conexión. El importe solo se muestra en directo desde el sistema del ayuntamiento, así que no se pueden consultar facturas hasta que vuelva la red.</translation>
    </message>
    <message>
        <source>Scan the code on my bill</source>
        <translation>Escanear el código de mi factura</translation>
    </message>
    <message>
        <source>This kiosk has no camera. Please type your account number.</source>
        <translation>Este quiosco no tiene cámara. Escriba su número de cuenta.</translation>
    </message>
    <message>
        <source>The camera is not working right now. Please type your account number.</source>
        <translation>La cámara no funciona ahora. Escriba su número de cuenta.</translation>
    </message>
    <message>
        <source>Hold the code on your bill in front of the camera.</source>
        <translation>Sostenga el código de su factura delante de la cámara.</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Encendiendo la cámara…</translation>
    </message>
    <message>
        <source>Account number (digits only)</source>
        <translation>Número de cuenta (solo dígitos)</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Número de cuenta</translation>
    </message>
    <message>
        <source>Scan the code printed on your bill. You get a payment slip to pay at the counter; nothing about you is kept.</source>
        <translation>Escanee el código impreso en su factura. Recibirá un resguardo de pago para pagar en el mostrador; no se guarda nada sobre usted.</translation>
    </message>
    <message>
        <source>The camera cannot read codes right now. Please pay at the counter with your bill, or sign in with your eCitizen card to type your account number.</source>
        <translation>La cámara no puede leer códigos ahora. Pague en el mostrador con su factura o identifíquese con su tarjeta eCitizen para escribir su número de cuenta.</translation>
    </message>
</context>
<context>
    <name>FingerprintPanel</name>
    <message>
        <source>Confirm with your fingerprint?</source>
        <translation>¿Confirmar con su huella dactilar?</translation>
    </message>
    <message>
        <source>Fingerprint confirmed</source>
        <translation>Huella confirmada</translation>
    </message>
    <message>
        <source>Fingerprint not recognised</source>
        <translation>Huella no reconocida</translation>
    </message>
    <message>
        <source>Please try again</source>
        <translation>Inténtelo de nuevo</translation>
    </message>
    <message>
        <source>No finger found</source>
        <translation>No se detectó ningún dedo</translation>
    </message>
    <message>
        <source>Your fingerprint cannot be checked here</source>
        <translation>Aquí no se puede comprobar su huella</translation>
    </message>
    <message>
        <source>The fingerprint reader is not working</source>
        <translation>El lector de huellas no funciona</translation>
    </message>
    <message>
        <source>Confirm with your fingerprint</source>
        <translation>Confirmar con mi huella</translation>
    </message>
    <message>
        <source>Place your finger flat on the fingerprint reader.</source>
        <translation>Coloque el dedo plano sobre el lector de huellas.</translation>
    </message>
    <message>
        <source>Keep your finger still…</source>
        <translation>Mantenga el dedo quieto…</translation>
    </message>
    <message>
        <source>Lift your finger.</source>
        <translation>Levante el dedo.</translation>
    </message>
    <message>
        <source>Getting the fingerprint reader ready…</source>
        <translation>Preparando el lector de huellas…</translation>
    </message>
    <message>
        <source>That is fine: your PIN is enough. Tap Continue.</source>
        <translation>No pasa nada: su PIN es suficiente. Toque Continuar.</translation>
    </message>
    <message>
        <source>Your PIN was right. You can also confirm with your fingerprint: it is compared with the one on your card and is not kept.</source>
        <translation>Su PIN es correcto. También puede confirmar con su huella: se compara con la de su tarjeta y no se guarda.</translation>
    </message>
    <message>
        <source>Thank you. You can lift your finger.</source>
        <translation>Gracias. Puede levantar el dedo.</translation>
    </message>
    <message>
        <source>Lift your finger, then place it flat on the reader again.</source>
        <translation>Levante el dedo y vuelva a colocarlo plano sobre el lector.</translation>
    </message>
    <message>
        <source>We could not read your finger clearly. Lift it, dry or clean it if needed, and place it flat on the reader.</source>
        <translation>No pudimos leer bien su dedo. Levántelo, séquelo o límpielo si hace falta y colóquelo plano sobre el lector.</translation>
    </message>
    <message>
        <source>We did not feel a finger on the reader. Tap Try again when ready.</source>
        <translation>No detectamos ningún dedo en el lector. Toque Intentar de nuevo cuando esté listo.</translation>
    </message>
    <message>
        <source>The fingerprint on your card cannot be used with this reader.</source>
        <translation>La huella de su tarjeta no se puede usar con este lector.</translation>
    </message>
    <message>
        <source>This is optional. Your PIN is enough to sign in.</source>
        <translation>Es opcional. Su PIN basta para identificarse.</translation>
    </message>
    <message>
        <source>Tries left: %1</source>
        <translation>Intentos restantes: %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Intentar de nuevo</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Skip — PIN is enough</source>
        <translation>Omitir: el PIN es suficiente</translation>
    </message>
    <message numerus="yes">
        <source>Your fingerprint was not recognised after %n tries.</source>
        <translation>
            <numerusform>Su huella no se reconoció tras %n intento.</numerusform>
            <numerusform>Su huella no se reconoció tras %n intentos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormStep</name>
    <message>
        <source>Question %1 of %2</source>
        <translation>Pregunta %1 de %2</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message numerus="yes">
        <source>%n answers need checking. Tap one to go to it.</source>
        <translation>
            <numerusform>%n respuesta necesita revisión. Tóquela para ir a ella.</numerusform>
            <numerusform>%n respuestas necesitan revisión. Toque una para ir a ella.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormTexts</name>
    <message>
        <source>A number from %1 to %2</source>
        <translation>Un número de %1 a %2</translation>
    </message>
    <message>
        <source>A number of at least %1</source>
        <translation>Un número de al menos %1</translation>
    </message>
    <message>
        <source>A number of at most %1</source>
        <translation>Un número de como máximo %1</translation>
    </message>
    <message numerus="yes">
        <source>%n digits</source>
        <translation>
            <numerusform>%n dígito</numerusform>
            <numerusform>%n dígitos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2 digits</source>
        <translation>De %1 a %2 dígitos</translation>
    </message>
    <message numerus="yes">
        <source>At least %n digits</source>
        <translation>
            <numerusform>Al menos %n dígito</numerusform>
            <numerusform>Al menos %n dígitos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Up to %n digits</source>
        <translation>
            <numerusform>Hasta %n dígito</numerusform>
            <numerusform>Hasta %n dígitos</numerusform>
        </translation>
    </message>
    <message>
        <source>Digits only</source>
        <translation>Solo dígitos</translation>
    </message>
    <message numerus="yes">
        <source>%n characters</source>
        <translation>
            <numerusform>%n carácter</numerusform>
            <numerusform>%n caracteres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>Al menos %n carácter</numerusform>
            <numerusform>Al menos %n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>Please enter a number from %1 to %2.</source>
        <translation>Escriba un número de %1 a %2.</translation>
    </message>
    <message numerus="yes">
        <source>Please enter %n digits.</source>
        <translation>
            <numerusform>Escriba %n dígito.</numerusform>
            <numerusform>Escriba %n dígitos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please enter %1 to %2 digits.</source>
        <translation>Escriba de %1 a %2 dígitos.</translation>
    </message>
    <message numerus="yes">
        <source>Please enter at least %n digits.</source>
        <translation>
            <numerusform>Escriba al menos %n dígito.</numerusform>
            <numerusform>Escriba al menos %n dígitos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Please enter at most %n digits.</source>
        <translation>
            <numerusform>Escriba como máximo %n dígito.</numerusform>
            <numerusform>Escriba como máximo %n dígitos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Please enter at least %n characters.</source>
        <translation>
            <numerusform>Escriba al menos %n carácter.</numerusform>
            <numerusform>Escriba al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Please enter at most %n characters.</source>
        <translation>
            <numerusform>Escriba como máximo %n carácter.</numerusform>
            <numerusform>Escriba como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please answer this question.</source>
        <translation>Responda a esta pregunta, por favor.</translation>
    </message>
    <message>
        <source>This is too short.</source>
        <translation>Es demasiado corto.</translation>
    </message>
    <message>
        <source>This is too long. Please shorten it.</source>
        <translation>Es demasiado largo. Acórtelo, por favor.</translation>
    </message>
    <message>
        <source>This does not look right. Please check the example.</source>
        <translation>Esto no parece correcto. Revise el ejemplo.</translation>
    </message>
    <message>
        <source>Please enter a number, for example 12 or 12.5.</source>
        <translation>Escriba un número, por ejemplo 12 o 12,5.</translation>
    </message>
    <message>
        <source>This number is too small.</source>
        <translation>Este número es demasiado pequeño.</translation>
    </message>
    <message>
        <source>This number is too large.</source>
        <translation>Este número es demasiado grande.</translation>
    </message>
    <message>
        <source>This is not a valid date.</source>
        <translation>No es una fecha válida.</translation>
    </message>
    <message>
        <source>Please choose one of the options.</source>
        <translation>Elija una de las opciones.</translation>
    </message>
    <message>
        <source>Please use at most two decimals.</source>
        <translation>Use como máximo dos decimales.</translation>
    </message>
    <message>
        <source>Please check this answer.</source>
        <translation>Revise esta respuesta.</translation>
    </message>
</context>
<context>
    <name>HandoverNotice</name>
    <message>
        <source>%1 from the library is ready to help</source>
        <translation>%1, de la biblioteca, está listo para ayudarle</translation>
    </message>
    <message>
        <source>Staff: please take your staff card out of the reader now.</source>
        <translation>Personal: retire ahora su tarjeta de personal del lector.</translation>
    </message>
    <message>
        <source>Sign in as usual with your card, or touch the start button. You will then be asked whether you would like their help.</source>
        <translation>Identifíquese como siempre con su tarjeta o toque el botón de inicio. Después se le preguntará si quiere su ayuda.</translation>
    </message>
    <message>
        <source>Staff: cancel help</source>
        <translation>Personal: cancelar la ayuda</translation>
    </message>
</context>
<context>
    <name>HelpPanel</name>
    <message>
        <source>Ask a member of staff</source>
        <translation>Pida ayuda al personal</translation>
    </message>
    <message>
        <source>Staff at the desk can help you use this kiosk, sit with you while you do it, or do your request at the counter. You never have to tell anyone your PIN.</source>
        <translation>El personal del mostrador puede ayudarle a usar este quiosco, quedarse a su lado mientras lo usa o hacer su trámite en el mostrador. Nunca tiene que decirle a nadie su PIN.</translation>
    </message>
    <message>
        <source>Back to what I was doing</source>
        <translation>Volver a lo que estaba haciendo</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>What would you like to do?</source>
        <translation>¿Qué quiere hacer?</translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation>Hola, %1</translation>
    </message>
    <message>
        <source>Hello</source>
        <translation>Hola</translation>
    </message>
    <message>
        <source>Choose one.</source>
        <translation>Elija una opción.</translation>
    </message>
    <message>
        <source>Previous choices</source>
        <translation>Opciones anteriores</translation>
    </message>
    <message>
        <source>More choices (page %1 of %2)</source>
        <translation>Más opciones (página %1 de %2)</translation>
    </message>
    <message>
        <source>You have 1 unread notice, and it is urgent.</source>
        <translation>Tiene 1 aviso sin leer, y es urgente.</translation>
    </message>
    <message>
        <source>Help a resident</source>
        <translation>Ayudar a un residente</translation>
    </message>
    <message>
        <source>Signs you out. The next person to sign in is asked whether they would like your help.</source>
        <translation>Cierra su sesión. A la próxima persona que se identifique se le preguntará si quiere su ayuda.</translation>
    </message>
    <message>
        <source>This kiosk cannot save new requests right now, because its storage is full. You can still look things up. To send a request, please use another kiosk or ask staff.</source>
        <translation>Este quiosco no puede guardar nuevas solicitudes ahora mismo porque su almacenamiento está lleno. Puede seguir consultando información. Para enviar una solicitud, use otro quiosco o pida ayuda al personal.</translation>
    </message>
    <message numerus="yes">
        <source>You have %n unread notices, %1 urgent.</source>
        <translation>
            <numerusform>Tiene %n aviso sin leer, %1 urgente(s).</numerusform>
            <numerusform>Tiene %n avisos sin leer, %1 urgentes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have %n unread notices.</source>
        <translation>
            <numerusform>Tiene %n aviso sin leer.</numerusform>
            <numerusform>Tiene %n avisos sin leer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start practice session</source>
        <translation>Iniciar sesión de práctica</translation>
    </message>
    <message>
        <source>Signs you out and starts a practice session with made-up people: nothing is sent to the city. Leave your staff card in; taking it out ends the practice.</source>
        <translation>Cierra su sesión e inicia una sesión de práctica con personas inventadas: no se envía nada al ayuntamiento. Deje su tarjeta de personal puesta; al sacarla termina la práctica.</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Are you still there?</source>
        <translation>¿Sigue ahí?</translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>Necesito más tiempo</translation>
    </message>
    <message>
        <source>Finish now</source>
        <translation>Terminar ahora</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>Queda %n segundo</numerusform>
            <numerusform>Quedan %n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For your privacy, this session will end and everything you entered will be erased in %n second(s).</source>
        <translation>
            <numerusform>Por su privacidad, esta sesión terminará y todo lo que escribió se borrará en %n segundo.</numerusform>
            <numerusform>Por su privacidad, esta sesión terminará y todo lo que escribió se borrará en %n segundos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxStep</name>
    <message>
        <source>Your inbox</source>
        <translation>Su bandeja de entrada</translation>
    </message>
    <message>
        <source>You have no notices.</source>
        <translation>No tiene avisos.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message numerus="yes">
        <source>%n unread, the most urgent first.</source>
        <translation>
            <numerusform>%n sin leer, el más urgente primero.</numerusform>
            <numerusform>%n sin leer, los más urgentes primero.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <source>Clear all</source>
        <translation>Borrar todo</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Hide keyboard</source>
        <translation>Ocultar teclado</translation>
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
        <translation>Letras</translation>
    </message>
    <message>
        <source>Symbols</source>
        <translation>Símbolos</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Mayús</translation>
    </message>
    <message>
        <source>Shift: on</source>
        <translation>Mayús: activada</translation>
    </message>
    <message>
        <source>Caps lock: on</source>
        <translation>Bloq Mayús: activado</translation>
    </message>
</context>
<context>
    <name>KindStep</name>
    <message>
        <source>What would you like to book?</source>
        <translation>¿Qué quiere reservar?</translation>
    </message>
    <message>
        <source>Free times are shown live from the library. You can also change or cancel a booking.</source>
        <translation>Las horas libres se muestran en directo desde la biblioteca. También puede cambiar o cancelar una reserva.</translation>
    </message>
    <message>
        <source>My bookings (change or cancel)</source>
        <translation>Mis reservas (cambiar o cancelar)</translation>
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <source>Choose your language</source>
        <translation>Elija su idioma</translation>
    </message>
</context>
<context>
    <name>LibraryPasswordEntry</name>
    <message>
        <source>This password has a character the library system cannot take. Library staff can help you.</source>
        <translation>Esta contraseña tiene un carácter que el sistema de la biblioteca no acepta. El personal de la biblioteca puede ayudarle.</translation>
    </message>
    <message>
        <source>Library password</source>
        <translation>Contraseña de la biblioteca</translation>
    </message>
    <message>
        <source>Hide password</source>
        <translation>Ocultar contraseña</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Mostrar contraseña</translation>
    </message>
    <message>
        <source>Capital letters: on</source>
        <translation>Mayúsculas: activadas</translation>
    </message>
    <message>
        <source>Capital letters: off</source>
        <translation>Mayúsculas: desactivadas</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message numerus="yes">
        <source>Your library PIN has %n digit(s).</source>
        <translation>
            <numerusform>Su PIN de la biblioteca tiene %n cifra.</numerusform>
            <numerusform>Su PIN de la biblioteca tiene %n cifras.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your library PIN has %1 to %n digits.</source>
        <translation>
            <numerusform>Su PIN de la biblioteca tiene de %1 a %n cifra.</numerusform>
            <numerusform>Su PIN de la biblioteca tiene de %1 a %n cifras.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your library password has %n character(s).</source>
        <translation>
            <numerusform>Su contraseña de la biblioteca tiene %n carácter.</numerusform>
            <numerusform>Su contraseña de la biblioteca tiene %n caracteres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your library password has %1 to %n characters.</source>
        <translation>
            <numerusform>Su contraseña de la biblioteca tiene de %1 a %n carácter.</numerusform>
            <numerusform>Su contraseña de la biblioteca tiene de %1 a %n caracteres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A library PIN here has %1 to %n digits. Please type it again.</source>
        <translation>
            <numerusform>Un PIN de la biblioteca tiene aquí de %1 a %n cifra. Escríbalo de nuevo.</numerusform>
            <numerusform>Un PIN de la biblioteca tiene aquí de %1 a %n cifras. Escríbalo de nuevo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A library password here has %1 to %n characters. Please check it and press OK again.</source>
        <translation>
            <numerusform>Una contraseña de la biblioteca tiene aquí de %1 a %n carácter. Revísela y pulse Aceptar de nuevo.</numerusform>
            <numerusform>Una contraseña de la biblioteca tiene aquí de %1 a %n caracteres. Revísela y pulse Aceptar de nuevo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryPinScreen</name>
    <message>
        <source>Your library password</source>
        <translation>Su contraseña de la biblioteca</translation>
    </message>
    <message>
        <source>Your library PIN — not your eCitizen card PIN</source>
        <translation>Su PIN de la biblioteca — no el PIN de su tarjeta eCitizen</translation>
    </message>
    <message>
        <source>That password was not right. You have one try left: if it is wrong again this card will be locked on this kiosk for a while.</source>
        <translation>Esa contraseña no era correcta. Le queda un intento: si vuelve a ser incorrecta, esta tarjeta se bloqueará en este quiosco durante un tiempo.</translation>
    </message>
    <message>
        <source>That password was not right. Please try again.</source>
        <translation>Esa contraseña no era correcta. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>That PIN was not right. You have one try left: if it is wrong again this card will be locked on this kiosk for a while.</source>
        <translation>Ese PIN no es correcto. Le queda un intento: si vuelve a ser incorrecto, esta tarjeta se bloqueará en este quiosco durante un tiempo.</translation>
    </message>
    <message>
        <source>That PIN was not right. Please try again.</source>
        <translation>Ese PIN no es correcto. Inténtelo de nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>This library card is locked on this kiosk for %n minute(s) because the password was wrong too many times. Library staff can help you.</source>
        <translation>
            <numerusform>Esta tarjeta de la biblioteca está bloqueada en este quiosco durante %n minuto porque la contraseña se introdujo mal demasiadas veces. El personal de la biblioteca puede ayudarle.</numerusform>
            <numerusform>Esta tarjeta de la biblioteca está bloqueada en este quiosco durante %n minutos porque la contraseña se introdujo mal demasiadas veces. El personal de la biblioteca puede ayudarle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This library card is locked on this kiosk for %n minute(s) because the PIN was wrong too many times. Library staff can help you.</source>
        <translation>
            <numerusform>Esta tarjeta de la biblioteca está bloqueada en este quiosco durante %n minuto porque el PIN se escribió mal demasiadas veces. El personal de la biblioteca puede ayudarle.</numerusform>
            <numerusform>Esta tarjeta de la biblioteca está bloqueada en este quiosco durante %n minutos porque el PIN se escribió mal demasiadas veces. El personal de la biblioteca puede ayudarle.</numerusform>
        </translation>
    </message>
    <message>
        <source>The library does not know this card. Please ask library staff, or use your eCitizen card.</source>
        <translation>La biblioteca no conoce esta tarjeta. Pregunte al personal de la biblioteca o use su tarjeta eCitizen.</translation>
    </message>
    <message>
        <source>The library system cannot check PINs right now, so the kiosk cannot open your library account. Please ask library staff.</source>
        <translation>El sistema de la biblioteca no puede comprobar los PIN ahora, así que el quiosco no puede abrir su cuenta de la biblioteca. Pregunte al personal de la biblioteca.</translation>
    </message>
    <message>
        <source>This card cannot be read as a library card. Please ask staff.</source>
        <translation>Esta tarjeta no se puede leer como tarjeta de la biblioteca. Pregunte al personal.</translation>
    </message>
    <message>
        <source>The library system cannot be reached right now. Please try again later or ask library staff.</source>
        <translation>No se puede contactar ahora con el sistema de la biblioteca. Inténtelo más tarde o pregunte al personal de la biblioteca.</translation>
    </message>
    <message>
        <source>You used a library card. To see your loans, holds and fees, type your library password and press OK. If this is not your library card, take it away.</source>
        <translation>Ha usado una tarjeta de la biblioteca. Para ver sus préstamos, reservas y cargos, escriba su contraseña de la biblioteca y pulse OK. Si no es su tarjeta de la biblioteca, retírela.</translation>
    </message>
    <message>
        <source>You used a library card. To see your loans, holds and fees, type your library PIN and press OK. If this is not your library card, take it away: never type a bank card&apos;s PIN here.</source>
        <translation>Ha usado una tarjeta de la biblioteca. Para ver sus préstamos, reservas y cargos, escriba su PIN de la biblioteca y pulse OK. Si no es su tarjeta de la biblioteca, retírela: nunca escriba aquí el PIN de una tarjeta bancaria.</translation>
    </message>
    <message>
        <source>Tries left: %1</source>
        <translation>Intentos que quedan: %1</translation>
    </message>
    <message>
        <source>Careful: this is your last try before the card is locked on this kiosk.</source>
        <translation>Atención: es su último intento antes de que la tarjeta se bloquee en este quiosco.</translation>
    </message>
    <message>
        <source>Checking your password with the library…</source>
        <translation>Comprobando su contraseña con la biblioteca…</translation>
    </message>
    <message>
        <source>Checking your PIN with the library…</source>
        <translation>Comprobando su PIN con la biblioteca…</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <source>Continue as a guest</source>
        <translation>Seguir como invitado</translation>
    </message>
    <message>
        <source>How the city uses your data</source>
        <translation>Cómo usa la ciudad sus datos</translation>
    </message>
</context>
<context>
    <name>LibraryScreen</name>
    <message>
        <source>My library account</source>
        <translation>Mi cuenta de la biblioteca</translation>
    </message>
    <message>
        <source>The library PIN is not right. Please try again.</source>
        <translation>El PIN de la biblioteca no es correcto. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>No library card is linked to your account. Please ask library staff.</source>
        <translation>No hay ningún carné de biblioteca vinculado a su cuenta. Pregunte al personal de la biblioteca.</translation>
    </message>
    <message>
        <source>The library system cannot be reached right now. Please try again later or ask library staff.</source>
        <translation>No se puede contactar con el sistema de la biblioteca ahora. Inténtelo más tarde o pregunte al personal de la biblioteca.</translation>
    </message>
    <message>
        <source>The library password is not right. Please try again.</source>
        <translation>La contraseña de la biblioteca no es correcta. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Tries left: %1</source>
        <translation>Intentos que quedan: %1</translation>
    </message>
    <message numerus="yes">
        <source>This library card is locked on this kiosk for %n minute(s) because the PIN was wrong too many times. Library staff can help you.</source>
        <translation>
            <numerusform>Esta tarjeta de la biblioteca está bloqueada en este quiosco durante %n minuto porque el PIN se escribió mal demasiadas veces. El personal de la biblioteca puede ayudarle.</numerusform>
            <numerusform>Esta tarjeta de la biblioteca está bloqueada en este quiosco durante %n minutos porque el PIN se escribió mal demasiadas veces. El personal de la biblioteca puede ayudarle.</numerusform>
        </translation>
    </message>
    <message>
        <source>The library system cannot check PINs right now, so the kiosk cannot open your library account. Please ask library staff.</source>
        <translation>El sistema de la biblioteca no puede comprobar los PIN ahora, así que el quiosco no puede abrir su cuenta de la biblioteca. Pregunte al personal de la biblioteca.</translation>
    </message>
    <message>
        <source>This fee cannot be paid at the kiosk. Please pay it at the library desk.</source>
        <translation>Este cargo no se puede pagar en el quiosco. Páguelo en el mostrador de la biblioteca.</translation>
    </message>
    <message>
        <source>The library system does not take this from the kiosk. Please ask at the library desk.</source>
        <translation>El sistema de la biblioteca no acepta esto desde el quiosco. Pregunte en el mostrador de la biblioteca.</translation>
    </message>
</context>
<context>
    <name>ListStep</name>
    <message>
        <source>This needs the network, which is not available right now. Please try again later.</source>
        <translation>Esto necesita la red, que no está disponible ahora. Inténtelo más tarde.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>There is nothing open right now.</source>
        <translation>Ahora no hay nada abierto.</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Elegir</translation>
    </message>
</context>
<context>
    <name>MyDataScreen</name>
    <message>
        <source>My data and consent</source>
        <translation>Mis datos y consentimiento</translation>
    </message>
    <message>
        <source>Consent change</source>
        <translation>Cambio de consentimiento</translation>
    </message>
    <message>
        <source>Full copy of my data</source>
        <translation>Copia completa de mis datos</translation>
    </message>
    <message>
        <source>Copy of my data</source>
        <translation>Copia de mis datos</translation>
    </message>
    <message>
        <source>The city answers within one month.</source>
        <translation>El ayuntamiento responde en un plazo de un mes.</translation>
    </message>
    <message>
        <source>Correct my data</source>
        <translation>Rectificar mis datos</translation>
    </message>
    <message>
        <source>Please write the correction in plain letters and digits.</source>
        <translation>Escriba la rectificación con letras y cifras normales.</translation>
    </message>
    <message>
        <source>Correction of my data</source>
        <translation>Rectificación de mis datos</translation>
    </message>
    <message>
        <source>A clerk checks the correction and writes to you within one month. Until then your data stays as it is.</source>
        <translation>Un empleado comprueba la rectificación y le escribe en el plazo de un mes. Hasta entonces sus datos no cambian.</translation>
    </message>
    <message>
        <source>Correction requested: a clerk checks it within one month</source>
        <translation>Rectificación solicitada: un empleado la comprueba en el plazo de un mes</translation>
    </message>
    <message>
        <source>Erasure of my data</source>
        <translation>Supresión de mis datos</translation>
    </message>
    <message>
        <source>The city answers within one month: it says what it erased and what the law makes it keep. You can still use the kiosk until then.</source>
        <translation>El ayuntamiento responde en el plazo de un mes: le dice qué ha suprimido y qué debe conservar por ley. Hasta entonces puede seguir usando el quiosco.</translation>
    </message>
    <message>
        <source>Erasure requested: the city answers within one month</source>
        <translation>Supresión solicitada: el ayuntamiento responde en el plazo de un mes</translation>
    </message>
</context>
<context>
    <name>MyRequestsScreen</name>
    <message>
        <source>My street reports</source>
        <translation>Mis avisos de la calle</translation>
    </message>
</context>
<context>
    <name>MyRequestsStep</name>
    <message>
        <source>Reports linked to your account</source>
        <translation>Avisos vinculados a su cuenta</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Comprobar de nuevo</translation>
    </message>
    <message>
        <source>Asking the city…</source>
        <translation>Consultando a la ciudad…</translation>
    </message>
    <message>
        <source>You have no street reports linked to your account on this kiosk.</source>
        <translation>No tiene avisos de la calle vinculados a su cuenta en este quiosco.</translation>
    </message>
    <message>
        <source>The city&apos;s system cannot be reached right now, so some statuses could not be checked. Each report says what was last known.</source>
        <translation>Ahora no se puede contactar con el sistema de la ciudad, así que algunos estados no se han podido comprobar. Cada aviso indica lo último que se sabía.</translation>
    </message>
    <message>
        <source>Reports sent without your name, or at another kiosk, are not listed here. To check one, use Check a street report and scan the code on its receipt.</source>
        <translation>Los avisos enviados sin su nombre, o desde otro quiosco, no aparecen aquí. Para consultar uno, use Consultar un aviso de la calle y escanee el código de su comprobante.</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s), the newest first.</source>
        <translation>
            <numerusform>%n aviso, el más reciente primero.</numerusform>
            <numerusform>%n avisos, los más recientes primero.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoticeStep</name>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Referencia: %1</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>For information</source>
        <translation>Informativo</translation>
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
        <translation>Mis avisos</translation>
    </message>
</context>
<context>
    <name>PermitsScreen</name>
    <message>
        <source>Permits and licences</source>
        <translation>Permisos y licencias</translation>
    </message>
    <message>
        <source>Some answers need checking. Please go back.</source>
        <translation>Algunas respuestas necesitan revisión. Vuelva atrás, por favor.</translation>
    </message>
</context>
<context>
    <name>PetitionStep</name>
    <message>
        <source>Read the petition</source>
        <translation>Leer la petición</translation>
    </message>
    <message>
        <source>Sign with my card</source>
        <translation>Firmar con mi tarjeta</translation>
    </message>
    <message>
        <source>Started by: %1</source>
        <translation>Iniciada por: %1</translation>
    </message>
    <message>
        <source>You have already signed this petition.</source>
        <translation>Ya firmó esta petición.</translation>
    </message>
    <message>
        <source>This petition is closed.</source>
        <translation>Esta petición está cerrada.</translation>
    </message>
    <message>
        <source>Signing is public support for this petition. The city counts one signature per person and does not show your name on the petition.</source>
        <translation>Firmar es apoyar públicamente esta petición. El ayuntamiento cuenta una firma por persona y no muestra su nombre en la petición.</translation>
    </message>
    <message>
        <source>To sign this petition, sign in with your eCitizen card: the city counts one signature per person.</source>
        <translation>Para firmar esta petición, identifíquese con su tarjeta eCitizen: el ayuntamiento cuenta una firma por persona.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n signature(s).</source>
        <translation>
            <numerusform>%1 de %n firma.</numerusform>
            <numerusform>%1 de %n firmas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open until %1.</source>
        <translation>Abierta hasta el %1.</translation>
    </message>
</context>
<context>
    <name>PetitionsScreen</name>
    <message>
        <source>Petitions</source>
        <translation>Peticiones</translation>
    </message>
    <message>
        <source>%1 (you signed)</source>
        <translation>%1 (ya la firmó)</translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation>%1 (cerrada)</translation>
    </message>
    <message>
        <source>Petition signature</source>
        <translation>Firma de petición</translation>
    </message>
</context>
<context>
    <name>PhotoStep</name>
    <message>
        <source>Your photo</source>
        <translation>Su foto</translation>
    </message>
    <message>
        <source>Look at the camera.</source>
        <translation>Mire a la cámara.</translation>
    </message>
    <message>
        <source>Only one person in the picture, please.</source>
        <translation>Solo una persona en la imagen, por favor.</translation>
    </message>
    <message>
        <source>Move a little closer.</source>
        <translation>Acérquese un poco.</translation>
    </message>
    <message>
        <source>Move a little back.</source>
        <translation>Aléjese un poco.</translation>
    </message>
    <message>
        <source>Move your face to the middle.</source>
        <translation>Coloque la cara en el centro.</translation>
    </message>
    <message>
        <source>It is too dark.</source>
        <translation>Hay demasiado poca luz.</translation>
    </message>
    <message>
        <source>It is too bright.</source>
        <translation>Hay demasiada luz.</translation>
    </message>
    <message>
        <source>Hold still.</source>
        <translation>No se mueva.</translation>
    </message>
    <message>
        <source>The camera of this kiosk is not available. You can bring a passport-style photo to the counter instead.</source>
        <translation>La cámara de este quiosco no está disponible. Puede llevar una foto tipo carné al mostrador.</translation>
    </message>
    <message>
        <source>Is this photo good? Your face should be clear and in the middle.</source>
        <translation>¿Es buena esta foto? Su cara debe verse clara y en el centro.</translation>
    </message>
    <message>
        <source>Photo accepted.</source>
        <translation>Foto aceptada.</translation>
    </message>
    <message>
        <source>We need a photo of your face. The camera turns on only when you press Take photo, and the photo is erased from the kiosk when you finish.</source>
        <translation>Necesitamos una foto de su cara. La cámara solo se enciende al pulsar Hacer foto, y la foto se borra del quiosco cuando termine.</translation>
    </message>
    <message>
        <source>Hold still: %1</source>
        <translation>No se mueva: %1</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Encendiendo la cámara…</translation>
    </message>
    <message>
        <source>Camera on</source>
        <translation>Cámara encendida</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>Hacer foto</translation>
    </message>
    <message>
        <source>Take the photo now</source>
        <translation>Hacer la foto ahora</translation>
    </message>
    <message>
        <source>Use this photo</source>
        <translation>Usar esta foto</translation>
    </message>
    <message>
        <source>Take it again</source>
        <translation>Repetir la foto</translation>
    </message>
    <message>
        <source>Bring a photo to the counter instead</source>
        <translation>Llevaré una foto al mostrador</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Clear</source>
        <translation>Borrar todo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
</context>
<context>
    <name>PinStep</name>
    <message>
        <source>Library PIN</source>
        <translation>PIN de la biblioteca</translation>
    </message>
    <message>
        <source>Library password</source>
        <translation>Contraseña de la biblioteca</translation>
    </message>
    <message>
        <source>Please enter your library password.</source>
        <translation>Escriba su contraseña de la biblioteca.</translation>
    </message>
    <message>
        <source>Your library PIN — not your eCitizen card PIN. Please enter it and press OK.</source>
        <translation>Su PIN de la biblioteca — no el PIN de su tarjeta eCitizen. Escríbalo y pulse OK.</translation>
    </message>
</context>
<context>
    <name>PlaceStep</name>
    <message>
        <source>Where is it?</source>
        <translation>¿Dónde está?</translation>
    </message>
    <message>
        <source>Use this address</source>
        <translation>Usar esta dirección</translation>
    </message>
    <message>
        <source>Please type the street and number, or tap a place.</source>
        <translation>Escriba la calle y el número, o toque un lugar.</translation>
    </message>
    <message>
        <source>Tap a place, or type the address below.</source>
        <translation>Toque un lugar o escriba la dirección abajo.</translation>
    </message>
    <message>
        <source>Here, at this kiosk: %1</source>
        <translation>Aquí, en este quiosco: %1</translation>
    </message>
    <message>
        <source>Another address</source>
        <translation>Otra dirección</translation>
    </message>
</context>
<context>
    <name>PracticeNotice</name>
    <message>
        <source>Practice session</source>
        <translation>Sesión de práctica</translation>
    </message>
    <message>
        <source>Touch the start button, then tap a made-up person to sign in as them. Nothing is sent to the city; everything is wiped when the practice ends.</source>
        <translation>Toque el botón de inicio y luego toque una persona inventada para iniciar sesión como ella. No se envía nada al ayuntamiento; todo se borra al terminar la práctica.</translation>
    </message>
    <message>
        <source>Staff: end practice</source>
        <translation>Personal: terminar la práctica</translation>
    </message>
</context>
<context>
    <name>PracticePeople</name>
    <message>
        <source>Practice: tap a made-up person to sign in as them</source>
        <translation>Práctica: toque a una persona inventada para iniciar sesión como ella</translation>
    </message>
    <message>
        <source>%1 — practice PIN %2</source>
        <translation>%1 — PIN de práctica %2</translation>
    </message>
</context>
<context>
    <name>PracticeSessionPeople</name>
    <message>
        <source>Practice: tap a made-up person to sign in as them</source>
        <translation>Práctica: toque una persona inventada para iniciar sesión como ella</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>The city&apos;s eCitizen office</source>
        <translation>La oficina eCitizen de la ciudad</translation>
    </message>
    <message>
        <source>the eCitizen desk</source>
        <translation>el mostrador eCitizen</translation>
    </message>
    <message>
        <source>%1 uses what you enter here only to give you the service you choose, as part of the city&apos;s public tasks. Nothing stays on this kiosk when you finish; a request waiting for the network is kept encrypted until the city has received it. You can see, correct or delete your data, and withdraw any choice you made, in &quot;My data and consent&quot;. Questions: %2.</source>
        <translation>%1 usa lo que usted introduce aquí solo para prestarle el servicio que elija, como parte de las funciones públicas de la ciudad. Nada se queda en este quiosco cuando termina; una solicitud que espera a la red se guarda cifrada hasta que la ciudad la recibe. Puede ver, corregir o borrar sus datos, y retirar cualquier elección que haya hecho, en &quot;Mis datos y consentimiento&quot;. Preguntas: %2.</translation>
    </message>
</context>
<context>
    <name>PrivacyPanel</name>
    <message>
        <source>How the city uses your data</source>
        <translation>Cómo usa la ciudad sus datos</translation>
    </message>
    <message>
        <source>Who is responsible</source>
        <translation>Quién es responsable</translation>
    </message>
    <message>
        <source>%1 is responsible for the data you give at this kiosk.</source>
        <translation>%1 es responsable de los datos que usted proporciona en este quiosco.</translation>
    </message>
    <message>
        <source>Why, and on what basis</source>
        <translation>Para qué y con qué base</translation>
    </message>
    <message>
        <source>Only to give you the service you choose: a payment, a booking, a report, an application, a signature or an answer. The city does this as part of its public tasks; nothing is used for advertising or sold.</source>
        <translation>Solo para prestarle el servicio que elija: un pago, una reserva, un aviso, una solicitud, una firma o una respuesta. La ciudad lo hace como parte de sus funciones públicas; nada se usa para publicidad ni se vende.</translation>
    </message>
    <message>
        <source>How long it is kept</source>
        <translation>Cuánto tiempo se guarda</translation>
    </message>
    <message>
        <source>Nothing stays on this kiosk when you finish, take your card out or leave it alone for a while. A request waiting for the network is kept encrypted on the kiosk until the city has received it, then deleted. The city keeps your request as long as the law requires for that service.</source>
        <translation>Nada se queda en este quiosco cuando termina, retira su tarjeta o lo deja sin usar un rato. Una solicitud que espera a la red se guarda cifrada en el quiosco hasta que la ciudad la recibe, y después se borra. La ciudad conserva su solicitud el tiempo que la ley exige para ese servicio.</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>Sus derechos</translation>
    </message>
    <message>
        <source>You can see the data the city holds about you, have it corrected or deleted, get a copy, and object. Use &quot;My data and consent&quot; after signing in, or ask at the desk. You can also complain to the data protection authority.</source>
        <translation>Puede ver los datos que la ciudad tiene sobre usted, pedir que se corrijan o borren, obtener una copia y oponerse. Use &quot;Mis datos y consentimiento&quot; después de identificarse, o pregunte en el mostrador. También puede reclamar ante la autoridad de protección de datos.</translation>
    </message>
    <message>
        <source>Your choices</source>
        <translation>Sus elecciones</translation>
    </message>
    <message>
        <source>Confirming with your fingerprint is offered each time and never needed: your PIN is enough, and the fingerprint is not kept. Notices by e-mail or text message, and counting your visits in the city&apos;s anonymous statistics, are your choices: see and change them in &quot;My data and consent&quot;, as easily as you made them.</source>
        <translation>Confirmar con su huella se ofrece cada vez y nunca es necesario: su PIN basta y la huella no se guarda. Los avisos por correo electrónico o mensaje de texto, y contar sus visitas en las estadísticas anónimas de la ciudad, son decisión suya: puede verlos y cambiarlos en &quot;Mis datos y consentimiento&quot;, con la misma facilidad con que los eligió.</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Ask %1.</source>
        <translation>Pregunte a %1.</translation>
    </message>
    <message>
        <source>Scan to read the complete notice on your phone.</source>
        <translation>Escanéelo para leer el aviso completo en su teléfono.</translation>
    </message>
    <message>
        <source>QR code of the complete privacy notice</source>
        <translation>Código QR del aviso de privacidad completo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>ProjectListStep</name>
    <message>
        <source>Projects</source>
        <translation>Proyectos</translation>
    </message>
    <message>
        <source>The list of projects is not available on this kiosk yet: it needs the network once. Please try again later.</source>
        <translation>La lista de proyectos aún no está disponible en este quiosco: necesita la red una vez. Inténtelo más tarde.</translation>
    </message>
    <message>
        <source>The network is down: this is the list saved on this kiosk on %1.</source>
        <translation>No hay red: esta es la lista guardada en este quiosco el %1.</translation>
    </message>
    <message>
        <source>Projects around this kiosk, nearest first.</source>
        <translation>Proyectos alrededor de este quiosco, los más cercanos primero.</translation>
    </message>
</context>
<context>
    <name>ProjectStep</name>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Budget: %1, spent so far: %2 (%3 %)</source>
        <translation>Presupuesto: %1, gastado hasta ahora: %2 (%3 %)</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Hitos</translation>
    </message>
</context>
<context>
    <name>Projects</name>
    <message>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Public consultation: residents are being asked</source>
        <translation>Consulta pública: se pregunta a los vecinos</translation>
    </message>
    <message>
        <source>Under construction</source>
        <translation>En obras</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
</context>
<context>
    <name>ProjectsScreen</name>
    <message>
        <source>City projects near you</source>
        <translation>Proyectos municipales cerca de usted</translation>
    </message>
</context>
<context>
    <name>QuestionsStep</name>
    <message>
        <source>A few questions</source>
        <translation>Unas preguntas</translation>
    </message>
    <message>
        <source>Please answer the questions marked as needed.</source>
        <translation>Responda las preguntas marcadas como necesarias.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>%1 (needed)</source>
        <translation>%1 (necesario)</translation>
    </message>
</context>
<context>
    <name>ReceiptStep</name>
    <message>
        <source>Confirmation</source>
        <translation>Confirmación</translation>
    </message>
    <message>
        <source>Practice: nothing was sent</source>
        <translation>Práctica: no se envió nada</translation>
    </message>
    <message>
        <source>This kiosk is in practice mode. This request was not sent to the city.</source>
        <translation>Este quiosco está en modo de práctica. Esta solicitud no se envió al ayuntamiento.</translation>
    </message>
    <message>
        <source>Sent: the city received your request</source>
        <translation>Enviado: el ayuntamiento recibió su solicitud</translation>
    </message>
    <message>
        <source>The city&apos;s system confirmed it. Keep your reference to follow it up.</source>
        <translation>El sistema del ayuntamiento lo confirmó. Guarde su referencia para hacer el seguimiento.</translation>
    </message>
    <message>
        <source>Saved: your request will be sent</source>
        <translation>Guardado: su solicitud se enviará</translation>
    </message>
    <message>
        <source>The city&apos;s system could not confirm it yet, so your request is saved on this kiosk in encrypted form and will be sent automatically. You do not need to do it again. It will appear in My notices once it is sent.</source>
        <translation>El sistema del ayuntamiento aún no pudo confirmarlo, así que su solicitud se guarda cifrada en este quiosco y se enviará automáticamente. No necesita repetirla. Aparecerá en Mis avisos cuando se envíe.</translation>
    </message>
    <message>
        <source>Your reference</source>
        <translation>Su referencia</translation>
    </message>
    <message>
        <source>Verification code: %1</source>
        <translation>Código de verificación: %1</translation>
    </message>
    <message>
        <source>Printing your receipt…</source>
        <translation>Imprimiendo su comprobante…</translation>
    </message>
    <message>
        <source>Your receipt is printed. Please take it.</source>
        <translation>Su comprobante está impreso. Recójalo, por favor.</translation>
    </message>
    <message>
        <source>The receipt could not be printed. Please write down your reference or ask staff for a copy later.</source>
        <translation>No se pudo imprimir el comprobante. Anote su referencia o pida una copia al personal más tarde.</translation>
    </message>
    <message>
        <source>This kiosk cannot print receipts. Please write down your reference.</source>
        <translation>Este quiosco no puede imprimir comprobantes. Anote su referencia, por favor.</translation>
    </message>
    <message>
        <source>Show on screen instead</source>
        <translation>Mostrar en pantalla</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Leer en voz alta</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Thank you for your answer.</source>
        <translation>Gracias por su respuesta.</translation>
    </message>
    <message>
        <source>How did it go? (optional, anonymous)</source>
        <translation>¿Cómo le fue? (opcional, anónimo)</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bien</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Regular</translation>
    </message>
    <message>
        <source>Not good</source>
        <translation>Mal</translation>
    </message>
    <message>
        <source>Add a comment (optional)</source>
        <translation>Añadir un comentario (opcional)</translation>
    </message>
    <message>
        <source>Thank you for your comment. It is saved on this kiosk and goes to the city automatically, without your name.</source>
        <translation>Gracias por su comentario. Se guarda en este quiosco y llega al ayuntamiento automáticamente, sin su nombre.</translation>
    </message>
    <message>
        <source>Saved — will be sent when the network is back</source>
        <translation>Guardado: se enviará cuando vuelva la red</translation>
    </message>
    <message>
        <source>The city&apos;s system could not confirm it yet, so your request is saved on this kiosk in encrypted form and will be sent automatically. You do not need to do it again. Keep your reference to follow it up.</source>
        <translation>El sistema del ayuntamiento aún no ha podido confirmarlo, así que su solicitud se guarda cifrada en este quiosco y se enviará automáticamente. No necesita repetirla. Guarde su referencia para hacer el seguimiento.</translation>
    </message>
    <message>
        <source>QR code of your receipt: scan it at any kiosk to check your request</source>
        <translation>Código QR de su comprobante: escanéelo en cualquier quiosco para consultar su solicitud</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Imprimir de nuevo</translation>
    </message>
    <message>
        <source>The printer is ready again. Press Print again for your receipt.</source>
        <translation>La impresora vuelve a estar lista. Pulse Imprimir de nuevo para obtener su recibo.</translation>
    </message>
    <message>
        <source>The city&apos;s system refused this request, so nothing was done. Please ask staff, or try again.</source>
        <translation>El sistema de la ciudad rechazó esta solicitud, así que no se hizo nada. Consulte al personal o vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>RenewalStep</name>
    <message>
        <source>The library says: %1</source>
        <translation>La biblioteca dice: %1</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Renovación</translation>
    </message>
    <message>
        <source>Renewed until %1</source>
        <translation>Renovado hasta el %1</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>Renovado</translation>
    </message>
    <message>
        <source>The library renewed this item.</source>
        <translation>La biblioteca ha renovado este documento.</translation>
    </message>
    <message>
        <source>Not renewed</source>
        <translation>No renovado</translation>
    </message>
    <message>
        <source>The library did not renew this item. Your other items are not affected.</source>
        <translation>La biblioteca no ha renovado este documento. Sus otros documentos no se ven afectados.</translation>
    </message>
    <message>
        <source>The library gave no reason. Library staff can tell you more.</source>
        <translation>La biblioteca no ha dado ningún motivo. El personal de la biblioteca puede darle más información.</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>Sin confirmar</translation>
    </message>
    <message>
        <source>The library did not confirm the renewal in time. Please check the due date in your loans before renewing again.</source>
        <translation>La biblioteca no confirmó la renovación a tiempo. Compruebe la fecha de devolución en sus préstamos antes de volver a renovar.</translation>
    </message>
    <message>
        <source>Back to my loans</source>
        <translation>Volver a mis préstamos</translation>
    </message>
</context>
<context>
    <name>ReportPhotoStep</name>
    <message>
        <source>This photo is too large. Please take it again.</source>
        <translation>Esta foto es demasiado grande. Hágala de nuevo, por favor.</translation>
    </message>
    <message>
        <source>Add a photo (optional)</source>
        <translation>Añadir una foto (opcional)</translation>
    </message>
    <message>
        <source>The camera of this kiosk is not working right now. You can send the report without a photo.</source>
        <translation>La cámara de este quiosco no funciona ahora. Puede enviar el aviso sin foto.</translation>
    </message>
    <message>
        <source>This photo will be sent with your report.</source>
        <translation>Esta foto se enviará con su aviso.</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Encendiendo la cámara…</translation>
    </message>
    <message>
        <source>Point the camera at the problem, then take the photo.</source>
        <translation>Apunte la cámara al problema y haga la foto.</translation>
    </message>
    <message>
        <source>Camera on</source>
        <translation>Cámara encendida</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>Hacer foto</translation>
    </message>
    <message>
        <source>Take the photo now</source>
        <translation>Hacer la foto ahora</translation>
    </message>
    <message>
        <source>Take it again</source>
        <translation>Repetir la foto</translation>
    </message>
    <message>
        <source>Remove the photo</source>
        <translation>Quitar la foto</translation>
    </message>
    <message>
        <source>Photo of the problem</source>
        <translation>Foto del problema</translation>
    </message>
    <message>
        <source>Blurring faces and number plates…</source>
        <translation>Difuminando caras y matrículas…</translation>
    </message>
    <message>
        <source>The photo cannot be used. Please take it again.</source>
        <translation>No se puede usar la foto. Tómela de nuevo.</translation>
    </message>
    <message>
        <source>Continue with the photo</source>
        <translation>Continuar con la foto</translation>
    </message>
    <message>
        <source>Continue without a photo</source>
        <translation>Continuar sin foto</translation>
    </message>
    <message>
        <source>Faces and number plates found in the photo have been blurred. This photo will be sent with your report.</source>
        <translation>Las caras y matrículas encontradas en la foto se han difuminado. Esta foto se enviará con su aviso.</translation>
    </message>
    <message>
        <source>A photo helps the city find and fix the problem. It is published with the report, so please keep people&apos;s faces and number plates out of it: those the kiosk finds are blurred. The camera turns on only when you press Take photo.</source>
        <translation>Una foto ayuda al ayuntamiento a encontrar y arreglar el problema. Se publica con el aviso, así que no incluya caras de personas ni matrículas: las que el quiosco encuentre se difuminan. La cámara solo se enciende cuando pulsa Tomar foto.</translation>
    </message>
</context>
<context>
    <name>RequestStatus</name>
    <message>
        <source>Waiting to be sent</source>
        <translation>Pendiente de envío</translation>
    </message>
    <message>
        <source>Not sent yet: staff will look at it</source>
        <translation>Aún no enviado: el personal lo revisará</translation>
    </message>
    <message>
        <source>Being checked by staff</source>
        <translation>En revisión por el personal</translation>
    </message>
    <message>
        <source>Refused by the city&apos;s system</source>
        <translation>Rechazado por el sistema de la ciudad</translation>
    </message>
    <message>
        <source>Cancelled by staff</source>
        <translation>Cancelado por el personal</translation>
    </message>
    <message>
        <source>Sent to the city</source>
        <translation>Enviado a la ciudad</translation>
    </message>
    <message>
        <source>Received by the city (open)</source>
        <translation>Recibido por la ciudad (abierto)</translation>
    </message>
    <message>
        <source>Acknowledged by the city</source>
        <translation>Registrado por la ciudad</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Solucionado</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Closed: already reported by someone else</source>
        <translation>Cerrado: otra persona ya lo había avisado</translation>
    </message>
    <message>
        <source>Closed and archived</source>
        <translation>Cerrado y archivado</translation>
    </message>
    <message>
        <source>Passed on: another organisation is responsible</source>
        <translation>Remitido: es responsabilidad de otro organismo</translation>
    </message>
    <message>
        <source>Closed: no further action</source>
        <translation>Cerrado: sin más actuaciones</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>The city says: %1</source>
        <translation>La ciudad indica: %1</translation>
    </message>
    <message>
        <source>The code on this receipt does not match this kiosk&apos;s records. Please ask staff to check your receipt.</source>
        <translation>El código de este comprobante no coincide con los registros de este quiosco. Pida al personal que revise su comprobante.</translation>
    </message>
    <message>
        <source>This receipt is not for a street report, so the kiosk can only say whether it was sent. Please ask staff about its progress.</source>
        <translation>Este comprobante no es de un aviso de la calle, así que el quiosco solo puede indicar si se envió. Pregunte al personal por su avance.</translation>
    </message>
    <message>
        <source>The city has your report but has not given it a request number yet. Please check again later.</source>
        <translation>La ciudad tiene su aviso pero aún no le ha asignado un número de solicitud. Vuelva a comprobarlo más tarde.</translation>
    </message>
    <message>
        <source>The city has your report but has not published its progress yet. Please check again later.</source>
        <translation>La ciudad tiene su aviso pero aún no ha publicado su avance. Vuelva a comprobarlo más tarde.</translation>
    </message>
    <message>
        <source>It is saved on this kiosk and will be sent automatically when the city&apos;s system can be reached. You do not need to do it again.</source>
        <translation>Está guardado en este quiosco y se enviará automáticamente cuando se pueda contactar con el sistema de la ciudad. No tiene que volver a hacerlo.</translation>
    </message>
    <message>
        <source>It is saved, but this kiosk could not send it yet. Staff will send it or contact you. You can ask staff, with your reference.</source>
        <translation>Está guardado, pero este quiosco aún no ha podido enviarlo. El personal lo enviará o se pondrá en contacto con usted. Puede preguntar al personal indicando su referencia.</translation>
    </message>
    <message>
        <source>The kiosk cannot tell whether the city received it, so it will never send it a second time by itself. A member of staff checks that it arrived.</source>
        <translation>El quiosco no puede saber si la ciudad lo recibió, así que nunca lo enviará una segunda vez por su cuenta. Un miembro del personal comprueba que llegó.</translation>
    </message>
    <message>
        <source>The city&apos;s system refused this report, so nothing was done. Please ask staff, or report it again.</source>
        <translation>El sistema de la ciudad rechazó este aviso, así que no se hizo nada. Consulte al personal o vuelva a avisar.</translation>
    </message>
    <message>
        <source>The city does not publish the progress of this kind of report.</source>
        <translation>La ciudad no publica el avance de este tipo de aviso.</translation>
    </message>
    <message>
        <source>The kiosk could not search the city&apos;s whole list of reports, so it cannot say where this one is. The kiosk where you made the report can, or staff can help.</source>
        <translation>El quiosco no pudo buscar en toda la lista de avisos de la ciudad, así que no puede decir en qué punto está este. El quiosco donde hizo el aviso sí puede, o el personal puede ayudarle.</translation>
    </message>
    <message>
        <source>The city has no street report with this reference. New reports can take a little while to appear, and reports older than 90 days are not shown.</source>
        <translation>La ciudad no tiene ningún aviso de la calle con esta referencia. Los avisos nuevos pueden tardar un poco en aparecer y los de más de 90 días no se muestran.</translation>
    </message>
    <message>
        <source>The city&apos;s system sent an answer the kiosk cannot read, so the status cannot be checked right now. This is what it said on %1.</source>
        <translation>El sistema de la ciudad envió una respuesta que el quiosco no puede leer, así que ahora no se puede comprobar el estado. Esto es lo que indicaba el %1.</translation>
    </message>
    <message>
        <source>The status cannot be checked right now: the city&apos;s system cannot be reached. This is what it said on %1.</source>
        <translation>Ahora no se puede comprobar el estado: no se puede contactar con el sistema de la ciudad. Esto es lo que indicaba el %1.</translation>
    </message>
    <message>
        <source>The city&apos;s system sent an answer the kiosk cannot read, so the status cannot be checked right now. Please try again later.</source>
        <translation>El sistema de la ciudad envió una respuesta que el quiosco no puede leer, así que ahora no se puede comprobar el estado. Inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>The status cannot be checked right now: the city&apos;s system cannot be reached. Please try again later.</source>
        <translation>Ahora no se puede comprobar el estado: no se puede contactar con el sistema de la ciudad. Inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>Reference %1</source>
        <translation>Referencia %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Note from the city (shortened):</source>
        <translation>Nota de la ciudad (resumida):</translation>
    </message>
    <message>
        <source>Note from the city:</source>
        <translation>Nota de la ciudad:</translation>
    </message>
    <message>
        <source>Reported on %1</source>
        <translation>Avisado el %1</translation>
    </message>
    <message>
        <source>Last updated on %1</source>
        <translation>Última actualización el %1</translation>
    </message>
    <message>
        <source>City&apos;s request number: %1</source>
        <translation>Número de solicitud de la ciudad: %1</translation>
    </message>
</context>
<context>
    <name>RequestStatusStep</name>
    <message>
        <source>Status of your report</source>
        <translation>Estado de su aviso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminar</translation>
    </message>
</context>
<context>
    <name>ReviewStep</name>
    <message>
        <source>Check and sign</source>
        <translation>Revisar y firmar</translation>
    </message>
    <message>
        <source>Sign with my card and send</source>
        <translation>Firmar con mi tarjeta y enviar</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Photo: taken at this kiosk</source>
        <translation>Foto: hecha en este quiosco</translation>
    </message>
    <message>
        <source>No fee.</source>
        <translation>Sin tasa.</translation>
    </message>
    <message>
        <source>Fee: %1 %2, charged to your eCitizen account when the city processes it.</source>
        <translation>Tasa: %1 %2, cargada a su cuenta eCitizen cuando el ayuntamiento la tramite.</translation>
    </message>
    <message>
        <source>I declare that this information is true and complete. My eCitizen card signs this application; I agree to pay the fee shown.</source>
        <translation>Declaro que esta información es verdadera y completa. Mi tarjeta eCitizen firma esta solicitud; acepto pagar la tasa indicada.</translation>
    </message>
    <message>
        <source>Check your report</source>
        <translation>Revise su aviso</translation>
    </message>
    <message>
        <source>Send the report</source>
        <translation>Enviar el aviso</translation>
    </message>
    <message>
        <source>Check what you entered, then send the report.</source>
        <translation>Revise lo que ha indicado y envíe el aviso.</translation>
    </message>
    <message>
        <source>The report is anonymous.</source>
        <translation>El aviso es anónimo.</translation>
    </message>
    <message>
        <source>The report is linked to your eCitizen account.</source>
        <translation>El aviso está vinculado a su cuenta eCitizen.</translation>
    </message>
    <message>
        <source>No description</source>
        <translation>Sin descripción</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Sin foto</translation>
    </message>
    <message>
        <source>This photo is published with the report. Faces and number plates found in it have been blurred.</source>
        <translation>Esta foto se publica con el aviso. Las caras y matrículas encontradas en ella se han difuminado.</translation>
    </message>
    <message>
        <source>This photo is published with the report.</source>
        <translation>Esta foto se publica con el aviso.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Change the problem</source>
        <translation>Cambiar el problema</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Change the place</source>
        <translation>Cambiar el lugar</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Change the description</source>
        <translation>Cambiar la descripción</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Change the photo</source>
        <translation>Cambiar la foto</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <source>Map of the place: %1</source>
        <translation>Mapa del lugar: %1</translation>
    </message>
    <message>
        <source>Photo of the problem</source>
        <translation>Foto del problema</translation>
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
        <translation>Su comprobante</translation>
    </message>
    <message>
        <source>Check the status</source>
        <translation>Comprobar el estado</translation>
    </message>
    <message>
        <source>This is not the code of an eCitizen receipt. Please scan the square code printed on your receipt.</source>
        <translation>Este no es el código de un comprobante eCitizen. Escanee el código cuadrado impreso en su comprobante.</translation>
    </message>
    <message>
        <source>Please type the reference as it is printed on your receipt, for example K7QX-3M9P.</source>
        <translation>Escriba la referencia tal como aparece en su comprobante, por ejemplo K7QX-3M9P.</translation>
    </message>
    <message>
        <source>Hold the square code on your receipt in front of the camera, or type the reference number printed on it. You do not need to sign in.</source>
        <translation>Acerque el código cuadrado de su comprobante a la cámara, o escriba el número de referencia impreso en él. No necesita identificarse.</translation>
    </message>
    <message>
        <source>Scan my receipt</source>
        <translation>Escanear mi comprobante</translation>
    </message>
    <message>
        <source>This kiosk has no camera. Please type the reference number.</source>
        <translation>Este quiosco no tiene cámara. Escriba el número de referencia.</translation>
    </message>
    <message>
        <source>The camera is not working right now. Please type the reference number.</source>
        <translation>La cámara no funciona ahora. Escriba el número de referencia.</translation>
    </message>
    <message>
        <source>Hold the code on your receipt in front of the camera.</source>
        <translation>Acerque el código de su comprobante a la cámara.</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Encendiendo la cámara…</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>Número de referencia</translation>
    </message>
    <message>
        <source>Only the report&apos;s status is shown: its reference, kind, dates and the city&apos;s note. Nothing about you.</source>
        <translation>Solo se muestra el estado del aviso: su referencia, tipo, fechas y la nota de la ciudad. Nada sobre usted.</translation>
    </message>
</context>
<context>
    <name>ServiceScreen</name>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Back to the services</source>
        <translation>Volver a los servicios</translation>
    </message>
    <message>
        <source>Please wait…</source>
        <translation>Espere, por favor…</translation>
    </message>
    <message>
        <source>The city&apos;s service cannot be reached right now. This part needs the network. Please try again later or ask staff.</source>
        <translation>No se puede contactar con el servicio del ayuntamiento ahora. Esta parte necesita la red. Inténtelo más tarde o pida ayuda al personal.</translation>
    </message>
    <message>
        <source>Your request could not be saved on this kiosk. Nothing was sent. Please ask staff for help.</source>
        <translation>No se pudo guardar su solicitud en este quiosco. No se envió nada. Pida ayuda al personal.</translation>
    </message>
    <message>
        <source>This is closed and no longer accepts responses.</source>
        <translation>Está cerrado y ya no acepta respuestas.</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing was sent. Please try again or ask staff.</source>
        <translation>Algo salió mal. No se envió nada. Inténtelo de nuevo o pida ayuda al personal.</translation>
    </message>
    <message>
        <source>Sending your request…</source>
        <translation>Enviando su solicitud…</translation>
    </message>
    <message>
        <source>This kiosk&apos;s storage is full, so your request could not be saved. Nothing was sent. Please use another kiosk or ask staff.</source>
        <translation>El almacenamiento de este quiosco está lleno, así que no se pudo guardar su solicitud. No se envió nada. Use otro quiosco o pregunte al personal.</translation>
    </message>
    <message>
        <source>Signing needs the eCitizen card you signed in with. Please sign in with your card and PIN, or ask staff.</source>
        <translation>Para firmar se necesita la tarjeta eCitizen con la que inició sesión. Inicie sesión con su tarjeta y PIN, o pida ayuda al personal.</translation>
    </message>
    <message>
        <source>Your card did not sign. Please keep it in the reader and try again.</source>
        <translation>Su tarjeta no firmó. Déjela en el lector e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>About this kiosk and your privacy</source>
        <translation>Sobre este quiosco y su privacidad</translation>
    </message>
    <message>
        <source>What this kiosk does and what happens to your data</source>
        <translation>Qué hace este quiosco y qué pasa con sus datos</translation>
    </message>
    <message>
        <source>Technician diagnostics</source>
        <translation>Diagnóstico técnico</translation>
    </message>
    <message>
        <source>Device health, self-tests, queue decisions and log export</source>
        <translation>Estado de dispositivos, autopruebas, decisiones sobre la cola y exportación de registros</translation>
    </message>
    <message>
        <source>Pay a utility bill</source>
        <translation>Pagar un recibo de suministros</translation>
    </message>
    <message>
        <source>Water and waste bills: scan the bill or type the account number</source>
        <translation>Recibos de agua y residuos: escanee la factura o escriba el número de cuenta</translation>
    </message>
    <message>
        <source>City projects</source>
        <translation>Proyectos municipales</translation>
    </message>
    <message>
        <source>Works near this kiosk: status, budget and milestones</source>
        <translation>Obras cerca de este quiosco: estado, presupuesto e hitos</translation>
    </message>
    <message>
        <source>My notices</source>
        <translation>Mis avisos</translation>
    </message>
    <message>
        <source>Bills due, application updates and reminders, most urgent first</source>
        <translation>Facturas pendientes, novedades de solicitudes y recordatorios, lo más urgente primero</translation>
    </message>
    <message>
        <source>Book an appointment</source>
        <translation>Pedir una cita</translation>
    </message>
    <message>
        <source>Library appointment, study room or digital help; cancel a booking</source>
        <translation>Cita en la biblioteca, sala de estudio o ayuda digital; anular una reserva</translation>
    </message>
    <message>
        <source>Permits and licences</source>
        <translation>Permisos y licencias</translation>
    </message>
    <message>
        <source>Apply for a permit or renew a licence, signed with your card</source>
        <translation>Solicite un permiso o renueve una licencia, firmado con su tarjeta</translation>
    </message>
    <message>
        <source>Report a street problem</source>
        <translation>Avisar de un problema en la calle</translation>
    </message>
    <message>
        <source>Potholes, broken lights, graffiti: tell the city where</source>
        <translation>Baches, farolas rotas, grafitis: diga al ayuntamiento dónde</translation>
    </message>
    <message>
        <source>My library account</source>
        <translation>Mi cuenta de la biblioteca</translation>
    </message>
    <message>
        <source>Loans, holds and fees: renew loans and pay fees</source>
        <translation>Préstamos, reservas y multas: renueve préstamos y pague multas</translation>
    </message>
    <message>
        <source>Petitions</source>
        <translation>Peticiones</translation>
    </message>
    <message>
        <source>Read petitions and sign them with your card</source>
        <translation>Lea peticiones y fírmelas con su tarjeta</translation>
    </message>
    <message>
        <source>Public consultations</source>
        <translation>Consultas públicas</translation>
    </message>
    <message>
        <source>Give your opinion on city plans (not elections)</source>
        <translation>Opine sobre los planes municipales (no elecciones)</translation>
    </message>
    <message>
        <source>My data and consent</source>
        <translation>Mis datos y consentimiento</translation>
    </message>
    <message>
        <source>What the city holds about you, your choices, a full copy</source>
        <translation>Lo que el ayuntamiento tiene sobre usted, sus opciones, una copia completa</translation>
    </message>
    <message>
        <source>Election information</source>
        <translation>Información electoral</translation>
    </message>
    <message>
        <source>Your polling station, election dates, registering and voting by post</source>
        <translation>Su colegio electoral, fechas de elecciones, inscripción y voto por correo</translation>
    </message>
    <message>
        <source>My street reports</source>
        <translation>Mis avisos de la calle</translation>
    </message>
    <message>
        <source>What the city did with the problems you reported, and its notes</source>
        <translation>Qué ha hecho la ciudad con los problemas que avisó, y sus notas</translation>
    </message>
    <message>
        <source>Check a street report</source>
        <translation>Consultar un aviso de la calle</translation>
    </message>
    <message>
        <source>Scan the code on your receipt to see what the city is doing</source>
        <translation>Escanee el código de su comprobante para ver qué está haciendo la ciudad</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>How would you like to continue?</source>
        <translation>¿Cómo quiere continuar?</translation>
    </message>
    <message>
        <source>With your eCitizen card</source>
        <translation>Con su tarjeta eCitizen</translation>
    </message>
    <message>
        <source>Put your card in the reader below the screen, chip first. You will then type your PIN.</source>
        <translation>Introduzca su tarjeta en el lector bajo la pantalla, con el chip por delante. Después escribirá su PIN.</translation>
    </message>
    <message>
        <source>With your library card</source>
        <translation>Con su carné de biblioteca</translation>
    </message>
    <message>
        <source>Hold your library card on the reader.</source>
        <translation>Acerque su carné de biblioteca al lector.</translation>
    </message>
    <message>
        <source>As a guest you can read about city projects and this kiosk, and report a problem on your street without giving your name.</source>
        <translation>Como invitado puede leer sobre los proyectos de la ciudad y este quiosco, y avisar de un problema en su calle sin dar su nombre.</translation>
    </message>
    <message>
        <source>Continue as a guest</source>
        <translation>Seguir como invitado</translation>
    </message>
    <message>
        <source>Put your card in the reader, chip first.</source>
        <translation>Introduzca su tarjeta en el lector, con el chip por delante.</translation>
    </message>
    <message>
        <source>No card? Continue as a guest.</source>
        <translation>¿No tiene tarjeta? Siga como invitado.</translation>
    </message>
    <message>
        <source>How the city uses your data</source>
        <translation>Cómo usa la ciudad sus datos</translation>
    </message>
</context>
<context>
    <name>SlotStep</name>
    <message>
        <source>Choose a time.</source>
        <translation>Elija una hora.</translation>
    </message>
    <message>
        <source>No free times in the next days.</source>
        <translation>No hay horas libres en los próximos días.</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <source>on</source>
        <translation>activado</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>no disponible</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vacío</translation>
    </message>
    <message>
        <source>Normal speed</source>
        <translation>Velocidad normal</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Más despacio</translation>
    </message>
    <message>
        <source>Slowest</source>
        <translation>Lo más despacio</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Más alto</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>Más bajo</translation>
    </message>
    <message>
        <source>This kiosk has no voice for this language: another voice reads aloud.</source>
        <translation>Este quiosco no tiene voz para este idioma: otra voz lee en voz alta.</translation>
    </message>
</context>
<context>
    <name>SpeechTexts</name>
    <message numerus="yes">
        <source>%n character(s) typed</source>
        <translation>
            <numerusform>%n carácter escrito</numerusform>
            <numerusform>%n caracteres escritos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffCardPanel</name>
    <message>
        <source>Try again</source>
        <translation>Intentar de nuevo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Staff card</source>
        <translation>Tarjeta de personal</translation>
    </message>
    <message>
        <source>Reading the staff card… Please leave it in the reader.</source>
        <translation>Leyendo la tarjeta de personal… Déjela en el lector, por favor.</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>PIN de personal</translation>
    </message>
    <message>
        <source>%1, type your staff PIN on the keypad of the card reader.</source>
        <translation>%1, escriba su PIN de personal en el teclado del lector de tarjetas.</translation>
    </message>
    <message>
        <source>%1, type your staff PIN and press OK. The resident is then asked whether they want your help.</source>
        <translation>%1, escriba su PIN de personal y pulse Aceptar. Después se preguntará al residente si quiere su ayuda.</translation>
    </message>
    <message>
        <source>Tries left: %1</source>
        <translation>Intentos restantes: %1</translation>
    </message>
    <message>
        <source>Checking the staff PIN…</source>
        <translation>Comprobando el PIN de personal…</translation>
    </message>
    <message>
        <source>This is not a staff card</source>
        <translation>Esta no es una tarjeta de personal</translation>
    </message>
    <message>
        <source>Assisted help is started with a member of staff&apos;s own staff card. Please take this card out of the reader.</source>
        <translation>La ayuda asistida se inicia con la tarjeta de personal propia de un empleado. Retire esta tarjeta del lector, por favor.</translation>
    </message>
</context>
<context>
    <name>StepBack</name>
    <message>
        <source>Helper, please step back</source>
        <translation>Por favor, la persona que ayuda debe apartarse</translation>
    </message>
    <message>
        <source>My helper stepped back</source>
        <translation>La persona que me ayuda se ha apartado</translation>
    </message>
    <message>
        <source>Only you can type your PIN. Your helper will step away until you are done.</source>
        <translation>Solo usted puede escribir su PIN. La persona que le ayuda se apartará hasta que termine.</translation>
    </message>
    <message>
        <source>Only you can put your finger on the reader. Your helper will step away until you are done.</source>
        <translation>Solo usted puede poner el dedo en el lector. La persona que le ayuda se apartará hasta que termine.</translation>
    </message>
    <message>
        <source>Only you can be in your photo. Your helper will step away until you are done.</source>
        <translation>Solo usted puede salir en su foto. La persona que le ayuda se apartará hasta que termine.</translation>
    </message>
    <message>
        <source>Only you can confirm the declaration. Your helper will step away until you are done.</source>
        <translation>Solo usted puede confirmar la declaración. La persona que le ayuda se apartará hasta que termine.</translation>
    </message>
    <message>
        <source>Only you can do the next step. Your helper will step away until you are done.</source>
        <translation>Solo usted puede hacer el siguiente paso. La persona que le ayuda se apartará hasta que termine.</translation>
    </message>
</context>
<context>
    <name>StreetReport</name>
    <message>
        <source>About 100 m north of this kiosk</source>
        <translation>A unos 100 m al norte de este quiosco</translation>
    </message>
    <message>
        <source>About 100 m east of this kiosk</source>
        <translation>A unos 100 m al este de este quiosco</translation>
    </message>
    <message>
        <source>About 100 m south of this kiosk</source>
        <translation>A unos 100 m al sur de este quiosco</translation>
    </message>
    <message>
        <source>About 100 m west of this kiosk</source>
        <translation>A unos 100 m al oeste de este quiosco</translation>
    </message>
</context>
<context>
    <name>StreetReportScreen</name>
    <message>
        <source>Report a street problem</source>
        <translation>Avisar de un problema en la calle</translation>
    </message>
    <message>
        <source>The city&apos;s request number: %1</source>
        <translation>Número de solicitud del ayuntamiento: %1</translation>
    </message>
    <message>
        <source>The city&apos;s request number follows once the report is sent.</source>
        <translation>El número de solicitud del ayuntamiento llegará cuando se envíe el aviso.</translation>
    </message>
    <message>
        <source>A photo is sent with the report.</source>
        <translation>Se envía una foto con el aviso.</translation>
    </message>
    <message>
        <source>The photo cannot be used. Please take it again.</source>
        <translation>No se puede usar la foto. Hágala de nuevo, por favor.</translation>
    </message>
    <message>
        <source>Something is missing. Please go back.</source>
        <translation>Falta algo. Vuelva atrás, por favor.</translation>
    </message>
</context>
<context>
    <name>SummaryStep</name>
    <message>
        <source>Your data</source>
        <translation>Sus datos</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>What the city holds about you needs the network, which is not available right now. You can still ask for a full copy: the request is saved and sent later.</source>
        <translation>Ver lo que el ayuntamiento tiene sobre usted necesita la red, que no está disponible ahora. Aún puede pedir una copia completa: la solicitud se guarda y se envía más tarde.</translation>
    </message>
    <message>
        <source>This is what the city holds about you.</source>
        <translation>Esto es lo que el ayuntamiento tiene sobre usted.</translation>
    </message>
    <message>
        <source>Your choices (tap to change)</source>
        <translation>Sus opciones (toque para cambiar)</translation>
    </message>
    <message>
        <source>Send me notices by e-mail</source>
        <translation>Enviarme avisos por correo electrónico</translation>
    </message>
    <message>
        <source>Send me notices by SMS</source>
        <translation>Enviarme avisos por SMS</translation>
    </message>
    <message>
        <source>Count my kiosk visits in anonymous statistics</source>
        <translation>Contar mis visitas al quiosco en estadísticas anónimas</translation>
    </message>
    <message>
        <source>Your choice is saved and sent to the city.</source>
        <translation>Su elección se ha guardado y se envía al ayuntamiento.</translation>
    </message>
    <message>
        <source>Your choice could not be saved. Please ask staff.</source>
        <translation>No se pudo guardar su elección. Pida ayuda al personal.</translation>
    </message>
    <message>
        <source>Ask for a full copy of my data</source>
        <translation>Pedir una copia completa de mis datos</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>tap to hide</source>
        <translation>toque para ocultar</translation>
    </message>
    <message>
        <source>tap to show</source>
        <translation>toque para mostrar</translation>
    </message>
    <message>
        <source>Others may see this screen: tap a detail to show it for a few seconds.</source>
        <translation>Otras personas pueden ver esta pantalla: toque un dato para mostrarlo unos segundos.</translation>
    </message>
    <message>
        <source>Something is wrong: ask for a correction</source>
        <translation>Hay un error: pedir una rectificación</translation>
    </message>
    <message>
        <source>Ask the city to erase my data</source>
        <translation>Pedir al ayuntamiento que suprima mis datos</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s), kept %2</source>
        <translation>
            <numerusform>%1: %n registro, se conserva %2</numerusform>
            <numerusform>%1: %n registros, se conservan %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: on</source>
        <translation>%1: activado</translation>
    </message>
    <message>
        <source>%1: off</source>
        <translation>%1: desactivado</translation>
    </message>
</context>
<context>
    <name>TakeCardScreen</name>
    <message>
        <source>Take your card</source>
        <translation>Retire su tarjeta</translation>
    </message>
    <message>
        <source>Your session has ended and your details were cleared from this kiosk. Please take your card from the reader.</source>
        <translation>Su sesión ha terminado y sus datos se han borrado de este quiosco. Retire su tarjeta del lector.</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Aa  Language</source>
        <translation>Aa  Idioma</translation>
    </message>
    <message>
        <source>Language and display options</source>
        <translation>Opciones de idioma y pantalla</translation>
    </message>
    <message>
        <source>Ask staff</source>
        <translation>Pedir ayuda</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Finish and sign out</source>
        <translation>Terminar y salir</translation>
    </message>
    <message>
        <source>PRACTICE: made-up people, nothing is sent to the city</source>
        <translation>PRÁCTICA: personas inventadas, no se envía nada a la ciudad</translation>
    </message>
    <message>
        <source>Staff: end session</source>
        <translation>Personal: terminar sesión</translation>
    </message>
    <message>
        <source>Helped by staff member %1</source>
        <translation>Con la ayuda de %1, del personal</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Sesión de %1</translation>
    </message>
    <message>
        <source>Offline: your requests are saved here and sent when the network is back</source>
        <translation>Sin conexión: sus solicitudes se guardan aquí y se envían cuando vuelva la red</translation>
    </message>
    <message>
        <source>Stop helping</source>
        <translation>Dejar de ayudar</translation>
    </message>
</context>
<context>
    <name>owner</name>
    <message>
        <source>Check your change</source>
        <translation>Compruebe el cambio</translation>
    </message>
    <message>
        <source>Change your visit to %1?</source>
        <translation>¿Cambiar su visita al %1?</translation>
    </message>
    <message>
        <source>Your booking on %1 will be cancelled.</source>
        <translation>Se cancelará su reserva del %1.</translation>
    </message>
    <message>
        <source>Yes, change it</source>
        <translation>Sí, cambiarla</translation>
    </message>
    <message>
        <source>Booked: %1, %2</source>
        <translation>Reservado: %1, %2</translation>
    </message>
    <message>
        <source>Check your cancellation</source>
        <translation>Compruebe la cancelación</translation>
    </message>
    <message>
        <source>Cancel your visit on %1 at %2?</source>
        <translation>¿Cancelar su visita del %1 en %2?</translation>
    </message>
    <message>
        <source>Yes, cancel</source>
        <translation>Sí, cancelar</translation>
    </message>
    <message>
        <source>Cancel a booking</source>
        <translation>Cancelar una reserva</translation>
    </message>
    <message>
        <source>Booking cancelled: %1, %2</source>
        <translation>Reserva cancelada: %1, %2</translation>
    </message>
</context>
</TS>
