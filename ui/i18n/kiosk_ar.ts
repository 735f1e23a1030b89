<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AboutScreen</name>
    <message>
        <source>About this kiosk and your privacy</source>
        <translation>عن هذا الكشك وخصوصيتك</translation>
    </message>
    <message>
        <source>What this kiosk does</source>
        <translation>ماذا يفعل هذا الكشك</translation>
    </message>
    <message>
        <source>This is a public eCitizen kiosk of the city. You can pay bills, book library appointments, report street problems, apply for permits, sign petitions and read your notices, with your eCitizen card, your library card or as a guest.</source>
        <translation>هذا كشك eCitizen عام تابع للمدينة. يمكنك دفع الفواتير، وحجز مواعيد في المكتبة، والإبلاغ عن مشاكل في الشارع، وطلب التصاريح، وتوقيع العرائض، وقراءة إشعاراتك، باستخدام بطاقة eCitizen أو بطاقة المكتبة أو كضيف.</translation>
    </message>
    <message>
        <source>Your privacy</source>
        <translation>خصوصيتك</translation>
    </message>
    <message>
        <source>Everything you type or see here is erased from the kiosk as soon as you finish, take out your card, or leave the kiosk alone for a while. Your PIN is checked by your card, never stored or seen by the kiosk. If you use your fingerprint, it is compared with the copy on your card and never stored.</source>
        <translation>كل ما تكتبه أو تراه هنا يُمحى من الكشك فور انتهائك أو إخراج بطاقتك أو ترك الكشك لفترة. بطاقتك هي التي تتحقق من رمز PIN، ولا يراه الكشك ولا يحفظه أبدًا. إذا استخدمت بصمتك، تُقارن بالنسخة الموجودة على بطاقتك ولا تُحفظ أبدًا.</translation>
    </message>
    <message>
        <source>When the network is down</source>
        <translation>عندما تنقطع الشبكة</translation>
    </message>
    <message>
        <source>Your request is saved on this kiosk in encrypted form and sent as soon as the network returns. Your receipt always says whether it was sent or saved for sending. Nothing is sent twice.</source>
        <translation>يُحفظ طلبك مشفّرًا على هذا الكشك ويُرسل فور عودة الشبكة. يذكر إيصالك دائمًا إن كان الطلب قد أُرسل أو حُفظ لإرساله لاحقًا. لا يُرسل أي شيء مرتين.</translation>
    </message>
    <message>
        <source>Who is responsible</source>
        <translation>من المسؤول</translation>
    </message>
    <message>
        <source>The city&apos;s eCitizen office runs this kiosk. Staff at the desk can help you and tell you how to get a copy of the data the city holds about you.</source>
        <translation>يدير مكتب eCitizen في المدينة هذا الكشك. يمكن لموظفي المكتب مساعدتك وإخبارك بكيفية الحصول على نسخة من البيانات التي تحتفظ بها المدينة عنك.</translation>
    </message>
    <message>
        <source>This kiosk</source>
        <translation>هذا الكشك</translation>
    </message>
    <message>
        <source>Kiosk %1 at %2</source>
        <translation>الكشك %1 في %2</translation>
    </message>
    <message>
        <source>Back to the services</source>
        <translation>العودة إلى الخدمات</translation>
    </message>
</context>
<context>
    <name>AccessPanel</name>
    <message>
        <source>Language and display</source>
        <translation>اللغة والعرض</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>خط كبير</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>القراءة بصوت عالٍ</translation>
    </message>
    <message>
        <source>Simple mode</source>
        <translation>الوضع المبسّط</translation>
    </message>
    <message>
        <source>Say it again</source>
        <translation>أعد القراءة</translation>
    </message>
    <message>
        <source>Speak slower</source>
        <translation>تكلّم ببطء أكثر</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>صوت أعلى</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>صوت أخفض</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
</context>
<context>
    <name>AccountStep</name>
    <message>
        <source>Loans, holds and fees</source>
        <translation>الإعارات والحجوزات والرسوم</translation>
    </message>
    <message>
        <source>Library renewal</source>
        <translation>تجديد إعارة المكتبة</translation>
    </message>
    <message>
        <source>Library fee</source>
        <translation>رسوم المكتبة</translation>
    </message>
    <message>
        <source>Loans: tap one to renew it</source>
        <translation>الإعارات: اضغط على إحداها لتجديدها</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>يُعاد في %1</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>الحجوزات</translation>
    </message>
    <message>
        <source>No holds.</source>
        <translation>لا توجد حجوزات.</translation>
    </message>
    <message>
        <source>Fees: %1</source>
        <translation>الرسوم: %1</translation>
    </message>
    <message>
        <source>Pay %1 with my eCitizen account: %2</source>
        <translation>ادفع %1 بحسابي في المواطن الإلكتروني: %2</translation>
    </message>
    <message>
        <source>Ready to collect</source>
        <translation>جاهز للاستلام</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <source>Due now: %1</source>
        <translation>موعد الإرجاع الحالي: %1</translation>
    </message>
    <message>
        <source>Check your renewal</source>
        <translation>تحقق من التجديد</translation>
    </message>
    <message>
        <source>Renew %1?</source>
        <translation>هل تجدد %1؟</translation>
    </message>
    <message>
        <source>Yes, renew</source>
        <translation>نعم، جدّد</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>رسم</translation>
    </message>
    <message>
        <source>Check your payment</source>
        <translation>تحقق من الدفع</translation>
    </message>
    <message>
        <source>Pay %1 for the library fee: %2?</source>
        <translation>هل تدفع %1 مقابل رسوم المكتبة: %2؟</translation>
    </message>
    <message>
        <source>The city charges the payment method saved on your eCitizen account. The kiosk never sees your card.</source>
        <translation>تخصم المدينة المبلغ من وسيلة الدفع المحفوظة في حساب eCitizen الخاص بك. لا يرى الكشك بطاقتك أبدًا.</translation>
    </message>
    <message>
        <source>Yes, pay %1</source>
        <translation>نعم، ادفع %1</translation>
    </message>
    <message>
        <source>Renewal sent to the library</source>
        <translation>أُرسل التجديد إلى المكتبة</translation>
    </message>
    <message>
        <source>Paid %1</source>
        <translation>تم دفع %1</translation>
    </message>
    <message>
        <source>%1: amount not clear, please ask library staff</source>
        <translation>%1: المبلغ غير واضح، يرجى سؤال موظفي المكتبة</translation>
    </message>
    <message>
        <source>The library did not renew %1 (reference %2, %3).</source>
        <translation>لم تجدد المكتبة %1 (المرجع %2، %3).</translation>
    </message>
    <message>
        <source>The library did not renew %1 (reference %2, %3). Library staff can tell you why.</source>
        <translation>لم تجدّد المكتبة %1 (المرجع %2، %3). يمكن لموظفي المكتبة إخبارك بالسبب.</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>الإعارات</translation>
    </message>
    <message>
        <source>These loans can be renewed at the library desk:</source>
        <translation>يمكن تجديد هذه الإعارات في مكتب المكتبة:</translation>
    </message>
    <message>
        <source>No loans.</source>
        <translation>لا توجد إعارات.</translation>
    </message>
    <message>
        <source>No fees.</source>
        <translation>لا توجد رسوم.</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>الرسوم</translation>
    </message>
    <message>
        <source>Fees cannot be paid at this kiosk: the library system does not take payments from it. You can pay at the library desk.</source>
        <translation>لا يمكن دفع الرسوم في هذا الكشك: نظام المكتبة لا يقبل المدفوعات منه. يمكنك الدفع في مكتب المكتبة.</translation>
    </message>
    <message>
        <source>Fees without an amount here can be paid at the library desk.</source>
        <translation>يمكن دفع الرسوم التي لا يظهر مبلغها هنا في مكتب المكتبة.</translation>
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
        <translation>موعد في المكتبة</translation>
    </message>
    <message>
        <source>Study room</source>
        <translation>غرفة دراسة</translation>
    </message>
    <message>
        <source>Digital help desk</source>
        <translation>مكتب المساعدة الرقمية</translation>
    </message>
</context>
<context>
    <name>AppointmentsScreen</name>
    <message>
        <source>Book an appointment</source>
        <translation>حجز موعد</translation>
    </message>
    <message>
        <source>This time was just taken. Please choose another.</source>
        <translation>تم حجز هذا الوقت للتو. يرجى اختيار وقت آخر.</translation>
    </message>
    <message>
        <source>Change a booking</source>
        <translation>تغيير حجز</translation>
    </message>
    <message>
        <source>Cancel a booking</source>
        <translation>إلغاء حجز</translation>
    </message>
    <message>
        <source>Saved: %1, %2 will be booked when the network is back. Your old time stays booked until then: cancel it here once the new one is confirmed.</source>
        <translation>تم الحفظ: سيُحجز %1، %2 عند عودة الشبكة. يبقى موعدك السابق محجوزًا حتى ذلك الحين: ألغِه هنا بعد تأكيد الموعد الجديد.</translation>
    </message>
    <message>
        <source>Changed: %1, %2. Your old time is cancelled.</source>
        <translation>تم التغيير: %1، %2. أُلغي موعدك السابق.</translation>
    </message>
    <message>
        <source>Sending your request…</source>
        <translation>جارٍ إرسال طلبك…</translation>
    </message>
</context>
<context>
    <name>AssistConfirm</name>
    <message>
        <source>Would you like help from %1?</source>
        <translation>هل تريد مساعدة من %1؟</translation>
    </message>
    <message>
        <source>%1 is a member of staff. They can see the screen and type for you when you ask. Your PIN, fingerprint, photo and declarations are done by you alone. Either of you can end the session at any time.</source>
        <translation>%1 من الموظفين. يمكنه رؤية الشاشة والكتابة نيابة عنك عندما تطلب ذلك. أما رمز PIN والبصمة والصورة والإقرارات فتقوم بها أنت وحدك. يمكن لأي منكما إنهاء الجلسة في أي وقت.</translation>
    </message>
    <message>
        <source>Yes, help me</source>
        <translation>نعم، ساعدني</translation>
    </message>
    <message>
        <source>No, thank you</source>
        <translation>لا، شكرًا</translation>
    </message>
    <message>
        <source>Help cannot start right now</source>
        <translation>لا يمكن بدء المساعدة الآن</translation>
    </message>
    <message>
        <source>Every assisted session is recorded, to protect residents, and this kiosk cannot record one right now. The resident can go on alone. Please report the kiosk to a technician.</source>
        <translation>تُسجَّل كل جلسة بمساعدة لحماية السكان، ولا يستطيع هذا الكشك تسجيلها الآن. يمكن للمقيم المتابعة وحده. يُرجى إبلاغ فني عن هذا الكشك.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Welcome to eCitizen</source>
        <translation>مرحبًا بك في eCitizen</translation>
    </message>
    <message>
        <source>Pay bills, book the library, report a problem on your street and more.</source>
        <translation>ادفع الفواتير، واحجز في المكتبة، وأبلغ عن مشكلة في شارعك، وغير ذلك.</translation>
    </message>
    <message>
        <source>Touch here to start</source>
        <translation>المس هنا للبدء</translation>
    </message>
    <message>
        <source>Or insert your eCitizen card to sign in.</source>
        <translation>أو أدخل بطاقة eCitizen لتسجيل الدخول.</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>اختر لغتك</translation>
    </message>
    <message>
        <source>Make it easier to use</source>
        <translation>اجعل الاستخدام أسهل</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>خط كبير</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>القراءة بصوت عالٍ</translation>
    </message>
    <message>
        <source>Simple mode</source>
        <translation>الوضع المبسّط</translation>
    </message>
    <message>
        <source>This kiosk is out of service. Please use another kiosk or ask staff. Staff: a technician must check this kiosk before it can be used again.</source>
        <translation>هذا الكشك خارج الخدمة. يُرجى استخدام كشك آخر أو طلب المساعدة من الموظفين. للموظفين: يجب أن يفحص فني هذا الكشك قبل استخدامه مجددًا.</translation>
    </message>
    <message>
        <source>A card was left in the reader: please hand it to staff.</source>
        <translation>تُركت بطاقة في القارئ: يُرجى تسليمها إلى الموظفين.</translation>
    </message>
    <message>
        <source>Check a street report: scan your receipt</source>
        <translation>التحقق من بلاغ عن الشارع: امسح إيصالك</translation>
    </message>
</context>
<context>
    <name>BillListStep</name>
    <message>
        <source>Your bills</source>
        <translation>فواتيرك</translation>
    </message>
    <message>
        <source>Choose the bill to pay.</source>
        <translation>اختر الفاتورة التي تريد دفعها.</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>تستحق في %1</translation>
    </message>
</context>
<context>
    <name>BillStep</name>
    <message>
        <source>Your bill</source>
        <translation>فاتورتك</translation>
    </message>
    <message>
        <source>Pay at the counter with this receipt&apos;s code.</source>
        <translation>ادفع عند الشباك باستخدام رمز هذا الإيصال.</translation>
    </message>
    <message>
        <source>Payment slip</source>
        <translation>قسيمة الدفع</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>تستحق في %1</translation>
    </message>
    <message>
        <source>Pay now: the city charges the payment method saved on your eCitizen account. The kiosk never sees your card. Or print a slip and pay at the counter.</source>
        <translation>ادفع الآن: تخصم المدينة المبلغ من وسيلة الدفع المحفوظة في حسابك في المواطن الإلكتروني. لا يرى الكشك بطاقتك أبدًا. أو اطبع قسيمة وادفع عند الشباك.</translation>
    </message>
    <message>
        <source>This bill is already paid.</source>
        <translation>هذه الفاتورة مدفوعة بالفعل.</translation>
    </message>
    <message>
        <source>Pay now with my eCitizen account</source>
        <translation>ادفع الآن بحسابي في المواطن الإلكتروني</translation>
    </message>
    <message>
        <source>Print a payment slip for the counter</source>
        <translation>اطبع قسيمة دفع للشباك</translation>
    </message>
    <message>
        <source>Check your payment</source>
        <translation>تحقق من الدفع</translation>
    </message>
    <message>
        <source>Pay %1 for %2?</source>
        <translation>هل تدفع %1 مقابل %2؟</translation>
    </message>
    <message>
        <source>Yes, pay %1</source>
        <translation>نعم، ادفع %1</translation>
    </message>
    <message>
        <source>The city charges the payment method saved on your eCitizen account. The kiosk never sees your card.</source>
        <translation>تخصم المدينة المبلغ من وسيلة الدفع المحفوظة في حساب eCitizen الخاص بك. لا يرى الكشك بطاقتك أبدًا.</translation>
    </message>
    <message>
        <source>Paid %1</source>
        <translation>تم دفع %1</translation>
    </message>
    <message>
        <source>Payment slip ready: pay %1 at the counter</source>
        <translation>قسيمة الدفع جاهزة: ادفع %1 في الشباك</translation>
    </message>
    <message>
        <source>Print a payment slip and pay it at the counter. The slip shows the amount and the bill&apos;s reference, nothing about you.</source>
        <translation>اطبع قسيمة دفع وادفعها في الشباك. تُظهر القسيمة المبلغ ومرجع الفاتورة، ولا شيء عنك.</translation>
    </message>
</context>
<context>
    <name>Bills</name>
    <message>
        <source>Paid</source>
        <translation>مدفوعة</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>متأخرة</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مستحقة</translation>
    </message>
</context>
<context>
    <name>BillsScreen</name>
    <message>
        <source>Pay a utility bill</source>
        <translation>دفع فاتورة خدمات</translation>
    </message>
    <message>
        <source>Please type the digits of your account number.</source>
        <translation>يرجى كتابة أرقام رقم حسابك.</translation>
    </message>
    <message>
        <source>No bill was found. Please check the number or ask staff.</source>
        <translation>لم يُعثر على أي فاتورة. يرجى التحقق من الرقم أو سؤال الموظفين.</translation>
    </message>
    <message>
        <source>This code does not match the city&apos;s records. Please ask staff.</source>
        <translation>هذا الرمز لا يطابق سجلات المدينة. يرجى سؤال الموظفين.</translation>
    </message>
    <message>
        <source>This bill is already paid.</source>
        <translation>هذه الفاتورة مدفوعة بالفعل.</translation>
    </message>
    <message>
        <source>The amount due has changed. Please look the bill up again.</source>
        <translation>تغيّر المبلغ المستحق. يرجى البحث عن الفاتورة مرة أخرى.</translation>
    </message>
    <message>
        <source>This bill cannot be paid at the kiosk. Please ask staff.</source>
        <translation>لا يمكن دفع هذه الفاتورة في الكشك. يرجى سؤال الموظفين.</translation>
    </message>
    <message>
        <source>This code is not a bill the kiosk can use. Please try another.</source>
        <translation>هذا الرمز ليس فاتورة يمكن للكشك استخدامها. يرجى تجربة رمز آخر.</translation>
    </message>
</context>
<context>
    <name>BookingStep</name>
    <message>
        <source>Your booking</source>
        <translation>حجزك</translation>
    </message>
    <message>
        <source>Change the time</source>
        <translation>تغيير الوقت</translation>
    </message>
    <message>
        <source>Cancel this booking</source>
        <translation>إلغاء هذا الحجز</translation>
    </message>
</context>
<context>
    <name>BookingsStep</name>
    <message>
        <source>My bookings</source>
        <translation>حجوزاتي</translation>
    </message>
    <message>
        <source>You have no bookings.</source>
        <translation>ليس لديك أي حجوزات.</translation>
    </message>
    <message>
        <source>Tap a booking to change or cancel it.</source>
        <translation>المس حجزًا لتغييره أو إلغائه.</translation>
    </message>
</context>
<context>
    <name>CardSignIn</name>
    <message>
        <source>Wrong PIN</source>
        <translation>رمز PIN غير صحيح</translation>
    </message>
    <message>
        <source>That PIN was not right. You have one try left: if it is wrong again your card will be blocked. If you are not sure, ask staff for help.</source>
        <translation>رمز PIN هذا غير صحيح. بقيت لك محاولة واحدة: إذا كان خاطئًا مرة أخرى فستُحظر بطاقتك. إذا لم تكن متأكدًا، فاطلب المساعدة من الموظفين.</translation>
    </message>
    <message>
        <source>That PIN was not right. You have %1 tries left.</source>
        <translation>رمز PIN هذا غير صحيح. بقيت لك %1 محاولات.</translation>
    </message>
    <message>
        <source>That PIN was not right. Please try again.</source>
        <translation>رمز PIN هذا غير صحيح. يُرجى المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>We cannot read this card</source>
        <translation>لا يمكننا قراءة هذه البطاقة</translation>
    </message>
    <message>
        <source>This card is not one the kiosk knows. Take it out and try your eCitizen card.</source>
        <translation>هذه البطاقة غير معروفة للكشك. أخرجها وجرّب بطاقة eCitizen.</translation>
    </message>
    <message>
        <source>This is not an eCitizen card</source>
        <translation>هذه ليست بطاقة eCitizen</translation>
    </message>
    <message>
        <source>This card was not issued by the city for eCitizen services. Take it out and use your eCitizen card, or continue as a guest.</source>
        <translation>لم تُصدر المدينة هذه البطاقة لخدمات eCitizen. أخرجها واستخدم بطاقة eCitizen، أو تابع كضيف.</translation>
    </message>
    <message>
        <source>This card could not be checked</source>
        <translation>تعذّر التحقق من هذه البطاقة</translation>
    </message>
    <message>
        <source>The card did not pass the security check. Please ask staff for help.</source>
        <translation>لم تنجح البطاقة في فحص الأمان. يُرجى طلب المساعدة من الموظفين.</translation>
    </message>
    <message>
        <source>Your card has expired</source>
        <translation>انتهت صلاحية بطاقتك</translation>
    </message>
    <message>
        <source>You can renew your eCitizen card at the city hall desk. Staff can help you.</source>
        <translation>يمكنك تجديد بطاقة eCitizen في مكتب البلدية. يمكن للموظفين مساعدتك.</translation>
    </message>
    <message>
        <source>Your card is not active yet</source>
        <translation>بطاقتك غير مفعّلة بعد</translation>
    </message>
    <message>
        <source>Your new card can be used from the date printed on it.</source>
        <translation>يمكن استخدام بطاقتك الجديدة ابتداءً من التاريخ المطبوع عليها.</translation>
    </message>
    <message>
        <source>This card can no longer be used</source>
        <translation>لم يعد بالإمكان استخدام هذه البطاقة</translation>
    </message>
    <message>
        <source>This card has been cancelled, for example after it was reported lost. Please ask staff for help.</source>
        <translation>أُلغيت هذه البطاقة، مثلًا بعد الإبلاغ عن فقدانها. يُرجى طلب المساعدة من الموظفين.</translation>
    </message>
    <message>
        <source>Cards cannot be checked right now</source>
        <translation>لا يمكن التحقق من البطاقات الآن</translation>
    </message>
    <message>
        <source>The kiosk cannot confirm that cards are still valid at the moment. You can continue as a guest or ask staff for help.</source>
        <translation>لا يستطيع الكشك الآن التأكد من أن البطاقات ما زالت صالحة. يمكنك المتابعة كضيف أو طلب المساعدة من الموظفين.</translation>
    </message>
    <message>
        <source>Your card is blocked</source>
        <translation>بطاقتك محظورة</translation>
    </message>
    <message>
        <source>The PIN was entered wrongly too many times. The card is safe, but it must be unblocked at the city hall desk with an identity document.</source>
        <translation>أُدخل رمز PIN بشكل خاطئ مرات كثيرة. البطاقة آمنة، لكن يجب فك حظرها في مكتب البلدية بوثيقة هوية.</translation>
    </message>
    <message>
        <source>That PIN is not valid</source>
        <translation>رمز PIN هذا غير صالح</translation>
    </message>
    <message>
        <source>A PIN has 6 to 8 digits. Please type it again.</source>
        <translation>يتكوّن رمز PIN من 6 إلى 8 أرقام. يُرجى كتابته مرة أخرى.</translation>
    </message>
    <message>
        <source>PIN entry stopped</source>
        <translation>توقّف إدخال رمز PIN</translation>
    </message>
    <message>
        <source>The PIN was not entered on the reader in time. Please try again.</source>
        <translation>لم يُدخل رمز PIN على القارئ في الوقت المحدد. يُرجى المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>We could not finish checking your PIN</source>
        <translation>لم نتمكن من إكمال التحقق من رمز PIN</translation>
    </message>
    <message>
        <source>Take your card out and put it in again to continue.</source>
        <translation>أخرج بطاقتك وأدخلها مرة أخرى للمتابعة.</translation>
    </message>
    <message>
        <source>The card was taken out</source>
        <translation>أُخرجت البطاقة</translation>
    </message>
    <message>
        <source>Everything was erased. Put your card in again to start over.</source>
        <translation>مُحي كل شيء. أدخل بطاقتك مرة أخرى للبدء من جديد.</translation>
    </message>
    <message>
        <source>The card reader is not working</source>
        <translation>قارئ البطاقات لا يعمل</translation>
    </message>
    <message>
        <source>You can continue as a guest. Staff have been told about the problem.</source>
        <translation>يمكنك المتابعة كضيف. أُبلغ الموظفون بالمشكلة.</translation>
    </message>
    <message>
        <source>We could not read your card</source>
        <translation>لم نتمكن من قراءة بطاقتك</translation>
    </message>
    <message>
        <source>Take your card out, check that the chip is clean and facing the right way, and put it in again.</source>
        <translation>أخرج بطاقتك، وتأكد من أن الشريحة نظيفة وفي الاتجاه الصحيح، ثم أدخلها مرة أخرى.</translation>
    </message>
    <message>
        <source>This kiosk is out of service</source>
        <translation>هذا الكشك خارج الخدمة</translation>
    </message>
    <message>
        <source>Please take your card out and use another kiosk, or ask staff.</source>
        <translation>يُرجى إخراج بطاقتك واستخدام كشك آخر، أو طلب المساعدة من الموظفين.</translation>
    </message>
</context>
<context>
    <name>CardSignInScreen</name>
    <message>
        <source>Type your PIN</source>
        <translation>اكتب رمز PIN</translation>
    </message>
    <message>
        <source>Signing in with your card</source>
        <translation>تسجيل الدخول ببطاقتك</translation>
    </message>
    <message>
        <source>Reading your card… Please leave it in the reader.</source>
        <translation>جارٍ قراءة بطاقتك… يُرجى تركها في القارئ.</translation>
    </message>
    <message>
        <source>Checking your PIN…</source>
        <translation>جارٍ التحقق من رمز PIN…</translation>
    </message>
    <message>
        <source>Hello, %1. Type your PIN and press OK.</source>
        <translation>مرحبًا %1. اكتب رمز PIN واضغط موافق.</translation>
    </message>
    <message>
        <source>Tries left: %1</source>
        <translation>المحاولات المتبقية: %1</translation>
    </message>
    <message>
        <source>Careful: this is your last try before the card is blocked.</source>
        <translation>انتبه: هذه محاولتك الأخيرة قبل حظر البطاقة.</translation>
    </message>
    <message>
        <source>Type your PIN on the keypad of the card reader.</source>
        <translation>اكتب رمز PIN على لوحة مفاتيح قارئ البطاقات.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>حاول مرة أخرى</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>ابدأ من جديد</translation>
    </message>
    <message>
        <source>Please take your card out of the reader.</source>
        <translation>يُرجى إخراج بطاقتك من القارئ.</translation>
    </message>
    <message>
        <source>Continue as a guest</source>
        <translation>المتابعة كضيف</translation>
    </message>
    <message>
        <source>How the city uses your data</source>
        <translation>كيف تستخدم المدينة بياناتك</translation>
    </message>
</context>
<context>
    <name>CategoryStep</name>
    <message>
        <source>What is the problem?</source>
        <translation>ما المشكلة؟</translation>
    </message>
    <message>
        <source>The list of problems is not available on this kiosk yet: it needs the network once. Please try again later.</source>
        <translation>قائمة المشكلات غير متاحة على هذا الكشك بعد: تحتاج إلى الشبكة مرة واحدة. يرجى المحاولة لاحقًا.</translation>
    </message>
    <message>
        <source>The network is down: this is the list saved on this kiosk. Your report will be sent when the network returns.</source>
        <translation>الشبكة متوقفة: هذه هي القائمة المحفوظة على هذا الكشك. سيُرسل بلاغك عند عودة الشبكة.</translation>
    </message>
    <message>
        <source>Choose the kind of problem.</source>
        <translation>اختر نوع المشكلة.</translation>
    </message>
</context>
<context>
    <name>CheckRequestScreen</name>
    <message>
        <source>Check a street report</source>
        <translation>التحقق من بلاغ عن الشارع</translation>
    </message>
    <message>
        <source>The status cannot be checked on this kiosk right now. Please try later.</source>
        <translation>لا يمكن التحقق من الحالة في هذا الكشك الآن. يُرجى المحاولة لاحقًا.</translation>
    </message>
    <message>
        <source>Asking the city…</source>
        <translation>جارٍ سؤال البلدية…</translation>
    </message>
    <message>
        <source>The status cannot be checked right now. Please try again later.</source>
        <translation>لا يمكن التحقق من الحالة الآن. يُرجى المحاولة لاحقًا.</translation>
    </message>
</context>
<context>
    <name>CheckStep</name>
    <message>
        <source>Check before you confirm</source>
        <translation>تحقق قبل التأكيد</translation>
    </message>
    <message>
        <source>No, go back</source>
        <translation>لا، رجوع</translation>
    </message>
</context>
<context>
    <name>ChooseStep</name>
    <message>
        <source>Apply for a permit or renew a licence.</source>
        <translation>قدّم طلب تصريح أو جدّد رخصة.</translation>
    </message>
    <message>
        <source>Loading the list of permits…</source>
        <translation>جارٍ تحميل قائمة التصاريح…</translation>
    </message>
    <message>
        <source>The list of permits is not available on this kiosk yet: it needs the network once. Please try again later.</source>
        <translation>قائمة التصاريح غير متوفرة في هذا الكشك بعد: تحتاج إلى الشبكة مرة واحدة. يرجى المحاولة لاحقًا.</translation>
    </message>
    <message>
        <source>The network is down: this is the list of permits saved on this kiosk. Your application will be sent when the network returns.</source>
        <translation>الشبكة متوقفة: هذه قائمة التصاريح المحفوظة في هذا الكشك. سيُرسل طلبك عند عودة الشبكة.</translation>
    </message>
    <message>
        <source>Renewing a licence needs the network to look up your licences.</source>
        <translation>يحتاج تجديد الرخصة إلى الشبكة للبحث عن رخصك.</translation>
    </message>
    <message>
        <source>Apply: %1</source>
        <translation>تقديم طلب: %1</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>اختر</translation>
    </message>
    <message>
        <source>Your licence is valid until %1.</source>
        <translation>رخصتك سارية حتى %1.</translation>
    </message>
</context>
<context>
    <name>ConfirmAnswersStep</name>
    <message>
        <source>Send your answers</source>
        <translation>أرسل إجاباتك</translation>
    </message>
    <message>
        <source>Send my answers</source>
        <translation>أرسل إجاباتي</translation>
    </message>
    <message>
        <source>Check your answers. You can still change them. Once sent, they cannot be changed.</source>
        <translation>راجع إجاباتك. لا يزال بإمكانك تغييرها. بعد الإرسال لا يمكن تغييرها.</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>لم تتم الإجابة</translation>
    </message>
    <message>
        <source>Change my answers</source>
        <translation>تغيير إجاباتي</translation>
    </message>
</context>
<context>
    <name>ConfirmStep</name>
    <message>
        <source>Check your booking</source>
        <translation>تحقق من حجزك</translation>
    </message>
    <message>
        <source>Yes, book this time</source>
        <translation>نعم، احجز هذا الوقت</translation>
    </message>
    <message>
        <source>No, go back</source>
        <translation>لا، رجوع</translation>
    </message>
</context>
<context>
    <name>ConsultationStep</name>
    <message>
        <source>Read the consultation</source>
        <translation>اقرأ الاستشارة</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>أجب</translation>
    </message>
    <message>
        <source>Open until %1.</source>
        <translation>مفتوحة حتى %1.</translation>
    </message>
    <message>
        <source>You have already taken part in this consultation.</source>
        <translation>لقد شاركت في هذه الاستشارة من قبل.</translation>
    </message>
    <message>
        <source>This consultation is closed.</source>
        <translation>هذه الاستشارة مغلقة.</translation>
    </message>
    <message>
        <source>Your answers are sent once and cannot be changed afterwards. They are used for this consultation only.</source>
        <translation>تُرسل إجاباتك مرة واحدة ولا يمكن تغييرها بعد ذلك. تُستخدم لهذه الاستشارة فقط.</translation>
    </message>
</context>
<context>
    <name>ConsultationsScreen</name>
    <message>
        <source>Public consultations</source>
        <translation>الاستشارات العامة</translation>
    </message>
    <message>
        <source>%1 (you took part)</source>
        <translation>%1 (شاركت فيها)</translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation>%1 (مغلقة)</translation>
    </message>
    <message>
        <source>Consultation response</source>
        <translation>رد على استشارة</translation>
    </message>
</context>
<context>
    <name>ContentLanguage</name>
    <message>
        <source>Shown in English: the city has no text for this in your language.</source>
        <translation>معروض بالإنجليزية: ليس لدى المدينة نص عربي لهذا.</translation>
    </message>
    <message>
        <source>Shown in Spanish: the city has no text for this in your language.</source>
        <translation>معروض بالإسبانية: ليس لدى المدينة نص عربي لهذا.</translation>
    </message>
    <message>
        <source>Shown in French: the city has no text for this in your language.</source>
        <translation>معروض بالفرنسية: ليس لدى المدينة نص عربي لهذا.</translation>
    </message>
    <message>
        <source>Shown in Arabic: the city has no text for this in your language.</source>
        <translation>معروض بالعربية: ليس لدى المدينة هذا النص بلغتك.</translation>
    </message>
    <message>
        <source>Some of this is shown in the language the city wrote it in: the city has no text for it in your language.</source>
        <translation>بعض هذا معروض باللغة التي كتبته بها المدينة: ليس لديها نص عربي له.</translation>
    </message>
</context>
<context>
    <name>CounterStep</name>
    <message>
        <source>At the counter</source>
        <translation>عند المكتب</translation>
    </message>
    <message>
        <source>Please bring a recent passport-style photo and your eCitizen card to the city counter; staff will complete this application with you. Nothing was sent.</source>
        <translation>يرجى إحضار صورة حديثة بحجم جواز السفر وبطاقة eCitizen إلى مكتب البلدية؛ سيكمل الموظفون هذا الطلب معك. لم يُرسل أي شيء.</translation>
    </message>
    <message>
        <source>Back to the services</source>
        <translation>العودة إلى الخدمات</translation>
    </message>
</context>
<context>
    <name>DescribeStep</name>
    <message>
        <source>Describe it (optional)</source>
        <translation>صفها (اختياري)</translation>
    </message>
    <message>
        <source>Please shorten the description.</source>
        <translation>يرجى تقصير الوصف.</translation>
    </message>
    <message>
        <source>What should the city know? (optional)</source>
        <translation>ماذا يجب أن تعرف المدينة؟ (اختياري)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>The report is linked to your eCitizen account.</source>
        <translation>البلاغ مرتبط بحسابك في المواطن الإلكتروني.</translation>
    </message>
    <message>
        <source>The report is anonymous. You can link it to your account.</source>
        <translation>البلاغ مجهول الهوية. يمكنك ربطه بحسابك.</translation>
    </message>
    <message>
        <source>The report is anonymous.</source>
        <translation>البلاغ مجهول الهوية.</translation>
    </message>
    <message>
        <source>Link the report to my account</source>
        <translation>اربط البلاغ بحسابي</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
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
        <translation>جارٍ الفحص…</translation>
    </message>
    <message>
        <source>The kiosk is still starting. Try again in a moment.</source>
        <translation>لا يزال الكشك قيد التشغيل. حاول مرة أخرى بعد لحظة.</translation>
    </message>
    <message>
        <source>Technician diagnostics</source>
        <translation>تشخيص الفني</translation>
    </message>
    <message>
        <source>Technician sessions end automatically after 30 minutes. Queue contents are never shown here.</source>
        <translation>تنتهي جلسات الفني تلقائيًا بعد 30 دقيقة. لا يُعرض محتوى قائمة الانتظار هنا أبدًا.</translation>
    </message>
    <message>
        <source>Device and system health</source>
        <translation>حالة الأجهزة والنظام</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Check card reader</source>
        <translation>فحص قارئ البطاقات</translation>
    </message>
    <message>
        <source>Print test receipt</source>
        <translation>طباعة إيصال اختبار</translation>
    </message>
    <message>
        <source>Test fingerprint sensor</source>
        <translation>اختبار مستشعر البصمة</translation>
    </message>
    <message>
        <source>Test camera</source>
        <translation>اختبار الكاميرا</translation>
    </message>
    <message>
        <source>Items that could not be sent</source>
        <translation>عناصر تعذّر إرسالها</translation>
    </message>
    <message>
        <source>No items are waiting for a decision.</source>
        <translation>لا توجد عناصر تنتظر قرارًا.</translation>
    </message>
    <message>
        <source>Choose the reason, then retry or discard:</source>
        <translation>اختر السبب، ثم أعد المحاولة أو تجاهل:</translation>
    </message>
    <message>
        <source>The service is working again</source>
        <translation>الخدمة تعمل مجددًا</translation>
    </message>
    <message>
        <source>The resident was informed</source>
        <translation>تم إبلاغ المقيم</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>مكرر</translation>
    </message>
    <message>
        <source>Invalid data</source>
        <translation>بيانات غير صالحة</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>منتهي الصلاحية</translation>
    </message>
    <message>
        <source>Service withdrawn</source>
        <translation>الخدمة مسحوبة</translation>
    </message>
    <message>
        <source>Other, documented in the ticket</source>
        <translation>آخر، موثّق في التذكرة</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Reprint a receipt</source>
        <translation>إعادة طباعة إيصال</translation>
    </message>
    <message>
        <source>Receipt reference</source>
        <translation>مرجع الإيصال</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>إعادة الطباعة</translation>
    </message>
    <message>
        <source>Export logs (encrypted for the city)</source>
        <translation>تصدير السجلات (مشفّرة للبلدية)</translation>
    </message>
    <message>
        <source>Save to USB stick</source>
        <translation>حفظ على ذاكرة USB</translation>
    </message>
    <message>
        <source>Show as QR code</source>
        <translation>عرض كرمز QR</translation>
    </message>
    <message>
        <source>Encrypted log bundle as a QR code</source>
        <translation>حزمة سجلات مشفّرة كرمز QR</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>جارٍ العمل…</translation>
    </message>
    <message>
        <source>Encrypted log bundle ready.</source>
        <translation>حزمة السجلات المشفّرة جاهزة.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>تم.</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>مشكلة: %1</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>سليم</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <source>Not installed</source>
        <translation>غير مثبّت</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>لم يُفحص</translation>
    </message>
    <message>
        <source>Card reader</source>
        <translation>قارئ البطاقات</translation>
    </message>
    <message>
        <source>Fingerprint sensor</source>
        <translation>مستشعر البصمة</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>الكاميرا</translation>
    </message>
    <message>
        <source>Disk and memory</source>
        <translation>القرص والذاكرة</translation>
    </message>
    <message>
        <source>Card revocation list</source>
        <translation>قائمة إبطال البطاقات</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>التنبيهات</translation>
    </message>
    <message>
        <source>The audit log is not available: nothing was changed.</source>
        <translation>سجل التدقيق غير متاح: لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Queued again.</source>
        <translation>أُعيد إلى قائمة الانتظار.</translation>
    </message>
    <message>
        <source>Discarded.</source>
        <translation>تم التجاهل.</translation>
    </message>
    <message>
        <source>No receipt with this reference on this kiosk.</source>
        <translation>لا يوجد إيصال بهذا المرجع على هذا الكشك.</translation>
    </message>
    <message>
        <source>Reprinted.</source>
        <translation>أُعيدت الطباعة.</translation>
    </message>
    <message>
        <source>The printer could not print it.</source>
        <translation>تعذّر على الطابعة طباعته.</translation>
    </message>
    <message>
        <source>No printer is installed.</source>
        <translation>لا توجد طابعة مثبّتة.</translation>
    </message>
    <message>
        <source>Encrypted log bundle saved: %1</source>
        <translation>تم حفظ حزمة السجلات المشفّرة: %1</translation>
    </message>
    <message>
        <source>No USB stick is mounted for export.</source>
        <translation>لا توجد ذاكرة USB مركّبة للتصدير.</translation>
    </message>
    <message>
        <source>No city export key is installed: nothing was exported.</source>
        <translation>لا يوجد مفتاح تصدير للبلدية مثبّت: لم يُصدَّر شيء.</translation>
    </message>
    <message>
        <source>Out of service: a card reader was unplugged while the kiosk was running. Check that the reader and its cable are the kiosk&apos;s own and nothing was added between them, then put the kiosk back in service.</source>
        <translation>خارج الخدمة: فُصل قارئ بطاقات أثناء عمل الكشك. تحقّق من أن القارئ وكابله هما الخاصان بالكشك وأنه لم يُضَف شيء بينهما، ثم أعِد الكشك إلى الخدمة.</translation>
    </message>
    <message>
        <source>Put back in service</source>
        <translation>إعادة إلى الخدمة</translation>
    </message>
    <message>
        <source>The kiosk is back in service.</source>
        <translation>عاد الكشك إلى الخدمة.</translation>
    </message>
    <message>
        <source>The kiosk could not be put back in service: its disk refused.</source>
        <translation>تعذّرت إعادة الكشك إلى الخدمة: رفض القرص ذلك.</translation>
    </message>
    <message>
        <source>Out of service: the fingerprint sensor was unplugged while the kiosk was running. Check that the sensor and its cable are the kiosk&apos;s own and nothing was added between them, then put the kiosk back in service.</source>
        <translation>خارج الخدمة: فُصل مستشعر البصمات أثناء عمل الكشك. تحقّق من أن المستشعر وكابله هما الخاصان بالكشك وأنه لم يُضَف شيء بينهما، ثم أعِد الكشك إلى الخدمة.</translation>
    </message>
    <message>
        <source>Taken out of service by the city&apos;s IT team. Put the kiosk back in service only when they ask you to.</source>
        <translation>أوقف فريق تقنية المعلومات في البلدية هذا الكشك عن الخدمة. لا تُعِده إلى الخدمة إلا عندما يطلبون منك ذلك.</translation>
    </message>
    <message>
        <source>Updated at %1.</source>
        <translation>تم التحديث في %1.</translation>
    </message>
    <message>
        <source>Not installed on this kiosk.</source>
        <translation>غير مثبّت في هذا الكشك.</translation>
    </message>
    <message>
        <source>Test receipt printed. Check it came out and is readable.</source>
        <translation>طُبع إيصال الاختبار. تحقّق من خروجه ومن وضوحه.</translation>
    </message>
    <message>
        <source>Card reader works.</source>
        <translation>قارئ البطاقات يعمل.</translation>
    </message>
    <message>
        <source>Fingerprint sensor works.</source>
        <translation>مستشعر البصمة يعمل.</translation>
    </message>
    <message>
        <source>Camera works.</source>
        <translation>الكاميرا تعمل.</translation>
    </message>
    <message>
        <source>Failed: %1 %2</source>
        <translation>فشل: %1 %2</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>مشكلة</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>طابعة الإيصالات</translation>
    </message>
    <message>
        <source>Saved requests (offline queue)</source>
        <translation>الطلبات المحفوظة (قائمة الانتظار دون اتصال)</translation>
    </message>
    <message>
        <source>Network and city back end</source>
        <translation>الشبكة والنظام المركزي للمدينة</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>تحذير: %1</translation>
    </message>
    <message>
        <source>Everything installed works.</source>
        <translation>كل ما هو مثبّت يعمل.</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>الخطوة التالية: %1</translation>
    </message>
    <message>
        <source>Code for the service desk: %1</source>
        <translation>رمز لمكتب الدعم: %1</translation>
    </message>
    <message>
        <source>Readers connected: %1</source>
        <translation>القارئات المتصلة: %1</translation>
    </message>
    <message>
        <source>Waiting to be sent: %1. Could not be sent: %2.</source>
        <translation>في انتظار الإرسال: %1. تعذّر إرسالها: %2.</translation>
    </message>
    <message>
        <source>Network: connected.</source>
        <translation>الشبكة: متصلة.</translation>
    </message>
    <message>
        <source>Network: not connected.</source>
        <translation>الشبكة: غير متصلة.</translation>
    </message>
    <message>
        <source>Answers in %1 ms.</source>
        <translation>يستجيب خلال %1 مللي ثانية.</translation>
    </message>
    <message>
        <source>Disk: %1 GB free (%2 %). Core dumps: %3. Swap: %4.</source>
        <translation>القرص: %1 غيغابايت متاحة (%2 %). تفريغ الذاكرة: %3. مساحة التبديل: %4.</translation>
    </message>
    <message>
        <source>Version %1, kiosk %2.</source>
        <translation>الإصدار %1، الكشك %2.</translation>
    </message>
    <message>
        <source>Also:</source>
        <translation>أيضًا:</translation>
    </message>
    <message>
        <source>The camera is switched on only during a test or a service.</source>
        <translation>لا تُشغَّل الكاميرا إلا أثناء اختبار أو خدمة.</translation>
    </message>
    <message numerus="yes">
        <source>Updated %n hour(s) ago.</source>
        <translation>
            <numerusform>حُدّثت قبل أقل من ساعة.</numerusform>
            <numerusform>حُدّثت قبل ساعة واحدة.</numerusform>
            <numerusform>حُدّثت قبل ساعتين.</numerusform>
            <numerusform>حُدّثت قبل %n ساعات.</numerusform>
            <numerusform>حُدّثت قبل %n ساعة.</numerusform>
            <numerusform>حُدّثت قبل %n ساعة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiagnosticsText</name>
    <message>
        <source>The receipt printer is out of paper.</source>
        <translation>نفد الورق من طابعة الإيصالات.</translation>
    </message>
    <message>
        <source>Open the printer cover, put in a new paper roll, close the cover.</source>
        <translation>افتح غطاء الطابعة، وضع لفة ورق جديدة، ثم أغلق الغطاء.</translation>
    </message>
    <message>
        <source>The paper roll is nearly empty.</source>
        <translation>لفة الورق على وشك النفاد.</translation>
    </message>
    <message>
        <source>Put in a new paper roll soon.</source>
        <translation>ضع لفة ورق جديدة قريبًا.</translation>
    </message>
    <message>
        <source>The printer cover is open.</source>
        <translation>غطاء الطابعة مفتوح.</translation>
    </message>
    <message>
        <source>Close the printer cover until it clicks.</source>
        <translation>أغلق غطاء الطابعة حتى تسمع نقرة.</translation>
    </message>
    <message>
        <source>The paper cutter is stuck.</source>
        <translation>قاطع الورق عالق.</translation>
    </message>
    <message>
        <source>Open the cover, remove jammed paper, close the cover.</source>
        <translation>افتح الغطاء، وأزل الورق العالق، ثم أغلق الغطاء.</translation>
    </message>
    <message>
        <source>The printer does not answer.</source>
        <translation>الطابعة لا تستجيب.</translation>
    </message>
    <message>
        <source>Check the printer&apos;s power and cable, then print a test receipt.</source>
        <translation>تحقّق من تغذية الطابعة وكابلها، ثم اطبع إيصال اختبار.</translation>
    </message>
    <message>
        <source>The printer is not connected.</source>
        <translation>الطابعة غير متصلة.</translation>
    </message>
    <message>
        <source>No printer was found.</source>
        <translation>لم يُعثر على أي طابعة.</translation>
    </message>
    <message>
        <source>The test receipt did not print.</source>
        <translation>لم يُطبع إيصال الاختبار.</translation>
    </message>
    <message>
        <source>Check paper and cover, then try again.</source>
        <translation>تحقّق من الورق والغطاء، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>No card reader is connected.</source>
        <translation>لا يوجد قارئ بطاقات متصل.</translation>
    </message>
    <message>
        <source>Check the card reader&apos;s cable, then press Check card reader.</source>
        <translation>تحقّق من كابل قارئ البطاقات، ثم اضغط فحص قارئ البطاقات.</translation>
    </message>
    <message>
        <source>The card reader service is not running.</source>
        <translation>خدمة قارئ البطاقات لا تعمل.</translation>
    </message>
    <message>
        <source>Restart the kiosk. If it stays, call the service desk.</source>
        <translation>أعد تشغيل الكشك. إذا استمرت المشكلة، اتصل بمكتب الدعم.</translation>
    </message>
    <message>
        <source>The card reader was unplugged.</source>
        <translation>فُصل قارئ البطاقات.</translation>
    </message>
    <message>
        <source>No card certificates are installed: cards cannot be checked.</source>
        <translation>لا توجد شهادات بطاقات مثبّتة: لا يمكن التحقق من البطاقات.</translation>
    </message>
    <message>
        <source>Install the city&apos;s card certificates (kiosk provisioning).</source>
        <translation>ثبّت شهادات بطاقات المدينة (تجهيز الكشك).</translation>
    </message>
    <message>
        <source>The fingerprint sensor is not connected.</source>
        <translation>مستشعر البصمة غير متصل.</translation>
    </message>
    <message>
        <source>Check the sensor&apos;s cable, then press Test fingerprint sensor.</source>
        <translation>تحقّق من كابل المستشعر، ثم اضغط اختبار مستشعر البصمة.</translation>
    </message>
    <message>
        <source>The fingerprint sensor does not answer.</source>
        <translation>مستشعر البصمة لا يستجيب.</translation>
    </message>
    <message>
        <source>The camera is not connected.</source>
        <translation>الكاميرا غير متصلة.</translation>
    </message>
    <message>
        <source>Check the camera&apos;s cable, then press Test camera.</source>
        <translation>تحقّق من كابل الكاميرا، ثم اضغط اختبار الكاميرا.</translation>
    </message>
    <message>
        <source>The camera gives no picture.</source>
        <translation>الكاميرا لا تعطي صورة.</translation>
    </message>
    <message>
        <source>Some requests could not be sent.</source>
        <translation>تعذّر إرسال بعض الطلبات.</translation>
    </message>
    <message>
        <source>Decide on each one below: retry or discard, with a reason.</source>
        <translation>قرّر بشأن كل طلب أدناه: إعادة المحاولة أو الإلغاء، مع ذكر السبب.</translation>
    </message>
    <message>
        <source>A request needs a person to look at it.</source>
        <translation>يحتاج طلب إلى مراجعة من شخص.</translation>
    </message>
    <message>
        <source>Saved requests have waited a long time to be sent.</source>
        <translation>انتظرت الطلبات المحفوظة وقتًا طويلًا لإرسالها.</translation>
    </message>
    <message>
        <source>Check the network and the city back end below.</source>
        <translation>تحقّق من الشبكة والنظام المركزي للمدينة أدناه.</translation>
    </message>
    <message>
        <source>The offline queue cannot be opened: requests cannot be saved.</source>
        <translation>لا يمكن فتح قائمة الانتظار دون اتصال: لا يمكن حفظ الطلبات.</translation>
    </message>
    <message>
        <source>Call the service desk: the kiosk&apos;s disk needs checking.</source>
        <translation>اتصل بمكتب الدعم: يجب فحص قرص الكشك.</translation>
    </message>
    <message>
        <source>The queue database was damaged and set aside.</source>
        <translation>تلفت قاعدة بيانات قائمة الانتظار ونُحّيت جانبًا.</translation>
    </message>
    <message>
        <source>Call the service desk and give them the kiosk&apos;s number.</source>
        <translation>اتصل بمكتب الدعم وأعطهم رقم الكشك.</translation>
    </message>
    <message>
        <source>Sending saved requests keeps failing.</source>
        <translation>يستمر فشل إرسال الطلبات المحفوظة.</translation>
    </message>
    <message>
        <source>No city back end is configured.</source>
        <translation>لا يوجد نظام مركزي للمدينة مُعدّ.</translation>
    </message>
    <message>
        <source>Check the kiosk&apos;s configuration (kiosk provisioning).</source>
        <translation>تحقّق من إعدادات الكشك (تجهيز الكشك).</translation>
    </message>
    <message>
        <source>The city back end reports a problem.</source>
        <translation>يُبلغ النظام المركزي للمدينة عن مشكلة.</translation>
    </message>
    <message>
        <source>Nothing to do here: requests are saved and sent later.</source>
        <translation>لا شيء للقيام به هنا: تُحفظ الطلبات وتُرسل لاحقًا.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s clock is wrong.</source>
        <translation>ساعة الكشك غير صحيحة.</translation>
    </message>
    <message>
        <source>Check the network time (NTP) settings of the kiosk.</source>
        <translation>تحقّق من إعدادات وقت الشبكة (NTP) في الكشك.</translation>
    </message>
    <message>
        <source>The city back end cannot be reached.</source>
        <translation>لا يمكن الوصول إلى النظام المركزي للمدينة.</translation>
    </message>
    <message>
        <source>Check the network cable and router. Requests are saved meanwhile.</source>
        <translation>تحقّق من كابل الشبكة والموجّه. تُحفظ الطلبات في هذه الأثناء.</translation>
    </message>
    <message>
        <source>The disk is full: the kiosk takes no new requests.</source>
        <translation>القرص ممتلئ: لا يقبل الكشك طلبات جديدة.</translation>
    </message>
    <message>
        <source>Call the service desk now.</source>
        <translation>اتصل بمكتب الدعم الآن.</translation>
    </message>
    <message>
        <source>The disk is nearly full.</source>
        <translation>القرص على وشك الامتلاء.</translation>
    </message>
    <message>
        <source>Tell the service desk soon.</source>
        <translation>أبلغ مكتب الدعم قريبًا.</translation>
    </message>
    <message>
        <source>No card revocation list is installed.</source>
        <translation>لا توجد قائمة إلغاء بطاقات مثبّتة.</translation>
    </message>
    <message>
        <source>Check the network: the list is fetched automatically.</source>
        <translation>تحقّق من الشبكة: تُجلب القائمة تلقائيًا.</translation>
    </message>
    <message>
        <source>The card revocation list is out of date.</source>
        <translation>قائمة إلغاء البطاقات قديمة.</translation>
    </message>
    <message>
        <source>The receipt printer has a problem.</source>
        <translation>في طابعة الإيصالات مشكلة.</translation>
    </message>
    <message>
        <source>Check paper, cover and cable, then print a test receipt.</source>
        <translation>تحقّق من الورق والغطاء والكابل، ثم اطبع إيصال اختبار.</translation>
    </message>
    <message>
        <source>The card reader has a problem.</source>
        <translation>في قارئ البطاقات مشكلة.</translation>
    </message>
    <message>
        <source>The fingerprint sensor has a problem.</source>
        <translation>في مستشعر البصمة مشكلة.</translation>
    </message>
    <message>
        <source>The camera has a problem.</source>
        <translation>في الكاميرا مشكلة.</translation>
    </message>
    <message>
        <source>The offline queue has a problem.</source>
        <translation>في قائمة الانتظار دون اتصال مشكلة.</translation>
    </message>
    <message>
        <source>The city back end cannot be used right now.</source>
        <translation>لا يمكن استخدام النظام المركزي للمدينة الآن.</translation>
    </message>
    <message>
        <source>The card certificates have a problem.</source>
        <translation>في شهادات البطاقات مشكلة.</translation>
    </message>
    <message>
        <source>Something is not working as it should.</source>
        <translation>هناك شيء لا يعمل كما ينبغي.</translation>
    </message>
    <message>
        <source>Call the service desk and give them the kiosk&apos;s number and this code.</source>
        <translation>اتصل بمكتب الدعم وأعطهم رقم الكشك وهذا الرمز.</translation>
    </message>
    <message>
        <source>The printer&apos;s address or model in the configuration is not known.</source>
        <translation>عنوان الطابعة أو طرازها في الإعدادات غير معروف.</translation>
    </message>
    <message>
        <source>Check [devices.printer] uri and profile in the kiosk&apos;s configuration.</source>
        <translation>تحقق من uri و profile في [devices.printer] ضمن إعدادات الكشك.</translation>
    </message>
    <message>
        <source>The queue database looks damaged.</source>
        <translation>يبدو أن قاعدة بيانات قائمة الانتظار تالفة.</translation>
    </message>
    <message>
        <source>Restart the kiosk (it sets the file aside and keeps it), then call the service desk.</source>
        <translation>أعد تشغيل الكشك (يضع الملف جانبًا ويحتفظ به)، ثم اتصل بمكتب الخدمة.</translation>
    </message>
</context>
<context>
    <name>ElectionInfoStep</name>
    <message>
        <source>Elections</source>
        <translation>الانتخابات</translation>
    </message>
    <message>
        <source>Election information is not available on this kiosk yet: it needs the network once. Please try again later or ask staff.</source>
        <translation>معلومات الانتخابات غير متاحة بعد على هذا الكشك: يحتاج إلى الشبكة مرة واحدة. يرجى المحاولة لاحقًا أو سؤال الموظفين.</translation>
    </message>
    <message>
        <source>Step-free access.</source>
        <translation>مدخل بدون درج.</translation>
    </message>
    <message>
        <source>Not step-free: ask the city for an accessible station.</source>
        <translation>ليس بدون درج: اطلب من البلدية مركز اقتراع يسهل الوصول إليه.</translation>
    </message>
    <message>
        <source>You cannot vote at this kiosk: voting happens at your polling station or by post, where the secrecy of your vote is protected.</source>
        <translation>لا يمكنك التصويت في هذا الكشك: يتم التصويت في مركز الاقتراع الخاص بك أو بالبريد، حيث تُحمى سرية صوتك.</translation>
    </message>
    <message>
        <source>The network is down: this is the information saved on this kiosk, as of %1. Dates can change; please check again later.</source>
        <translation>الشبكة متوقفة: هذه هي المعلومات المحفوظة على هذا الكشك حتى %1. قد تتغير المواعيد؛ يرجى التحقق لاحقًا.</translation>
    </message>
    <message>
        <source>Information from the city as of %1.</source>
        <translation>معلومات من البلدية حتى %1.</translation>
    </message>
    <message>
        <source>Your polling station</source>
        <translation>مركز الاقتراع الخاص بك</translation>
    </message>
    <message>
        <source>Your own polling station needs the network: it is not saved on this kiosk. It is also printed on the polling card sent to your home.</source>
        <translation>يحتاج عرض مركز الاقتراع الخاص بك إلى الشبكة: فهو غير محفوظ على هذا الكشك. وهو مطبوع أيضًا على بطاقة الناخب المرسلة إلى منزلك.</translation>
    </message>
    <message>
        <source>The city has no polling station for you. If you think you can vote here, please ask staff or City Hall.</source>
        <translation>ليس لدى البلدية مركز اقتراع لك. إذا كنت تعتقد أنه يمكنك التصويت هنا، يرجى سؤال الموظفين أو مبنى البلدية.</translation>
    </message>
    <message>
        <source>You are registered to vote. Your polling station:</source>
        <translation>أنت مسجل للتصويت. مركز الاقتراع الخاص بك:</translation>
    </message>
    <message>
        <source>You are not on the electoral roll yet. See below how to register. Once registered, your polling station will be:</source>
        <translation>لست مسجلاً في القائمة الانتخابية بعد. انظر أدناه كيفية التسجيل. بعد التسجيل، سيكون مركز الاقتراع الخاص بك:</translation>
    </message>
    <message>
        <source>Next elections</source>
        <translation>الانتخابات القادمة</translation>
    </message>
    <message>
        <source>%1: %2, polling stations open %3–%4. Register by %5. Ask for a postal vote by %6.</source>
        <translation>%1: %2، مراكز الاقتراع مفتوحة %3–%4. سجّل قبل %5. اطلب التصويت بالبريد قبل %6.</translation>
    </message>
    <message>
        <source>No elections are planned.</source>
        <translation>لا توجد انتخابات مقررة.</translation>
    </message>
    <message>
        <source>How to register</source>
        <translation>كيفية التسجيل</translation>
    </message>
    <message>
        <source>How to vote by post</source>
        <translation>كيفية التصويت بالبريد</translation>
    </message>
    <message>
        <source>All polling stations</source>
        <translation>جميع مراكز الاقتراع</translation>
    </message>
</context>
<context>
    <name>ElectionsScreen</name>
    <message>
        <source>Election information</source>
        <translation>معلومات الانتخابات</translation>
    </message>
</context>
<context>
    <name>ErasureStep</name>
    <message>
        <source>Erase my data</source>
        <translation>محو بياناتي</translation>
    </message>
    <message>
        <source>Ask for erasure</source>
        <translation>اطلب المحو</translation>
    </message>
    <message>
        <source>Erasure means the city deletes the personal data it holds about you and no longer needs: your contact details, your choices, old appointments and notices. After erasure you can no longer use the city&apos;s online services with your current record. The city answers within one month and tells you what it erased.</source>
        <translation>المحو يعني أن تحذف البلدية البيانات الشخصية التي تحتفظ بها عنك ولم تعد تحتاج إليها: بيانات الاتصال واختياراتك والمواعيد والإشعارات القديمة. بعد المحو لن تتمكن من استخدام خدمات البلدية عبر الإنترنت بسجلك الحالي. ترد البلدية خلال شهر وتخبرك بما محته.</translation>
    </message>
    <message>
        <source>Records the law makes the city keep, such as bills and payments (tax law), stay until their period ends; the rest is erased. How long each kind is kept:</source>
        <translation>السجلات التي يُلزم القانون البلدية بالاحتفاظ بها، مثل الفواتير والمدفوعات (قانون الضرائب)، تبقى حتى تنتهي مدتها؛ ويُمحى الباقي. مدة الاحتفاظ بكل نوع:</translation>
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
        <translation>تعليقك (اختياري)</translation>
    </message>
    <message>
        <source>Send my comment</source>
        <translation>إرسال تعليقي</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 من %2 حرفًا</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>تعليق</translation>
    </message>
    <message>
        <source>Please shorten your comment.</source>
        <translation>يرجى اختصار تعليقك.</translation>
    </message>
    <message>
        <source>Please write your comment first.</source>
        <translation>يرجى كتابة تعليقك أولاً.</translation>
    </message>
    <message>
        <source>Tell the city what went well or what could be better. Your comment is anonymous: it is sent without your name, so please do not write personal details in it.</source>
        <translation>أخبر البلدية بما سار جيدًا أو بما يمكن تحسينه. تعليقك مجهول الهوية: يُرسل بدون اسمك، لذا يرجى عدم كتابة معلومات شخصية فيه.</translation>
    </message>
    <message>
        <source>Your comment</source>
        <translation>تعليقك</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>%1 (optional)</source>
        <translation>%1 (اختياري)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 من %2 حرفًا</translation>
    </message>
    <message numerus="yes">
        <source>%n characters too many</source>
        <translation>
            <numerusform>لا أحرف زائدة</numerusform>
            <numerusform>حرف واحد زائد</numerusform>
            <numerusform>حرفان زائدان</numerusform>
            <numerusform>%n أحرف زائدة</numerusform>
            <numerusform>%n حرفًا زائدًا</numerusform>
            <numerusform>%n حرف زائد</numerusform>
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
        <translation>ابحث عن فاتورتك</translation>
    </message>
    <message>
        <source>Find my bills</source>
        <translation>ابحث عن فواتيري</translation>
    </message>
    <message>
        <source>Scan the code printed on your bill, or type your account number.</source>
        <translation>امسح الرمز المطبوع على فاتورتك أو اكتب رقم حسابك.</translation>
    </message>
    <message>
        <source>The kiosk is offline. The amount due is only shown live from the city&apos;s system, so bills cannot be looked up until the network is back.</source>
        <translation>الكشك غير متصل. يُعرض المبلغ المستحق مباشرة من نظام المدينة فقط، لذا لا يمكن البحث عن الفواتير حتى تعود الشبكة.</translation>
    </message>
    <message>
        <source>Scan the code on my bill</source>
        <translation>امسح الرمز على فاتورتي</translation>
    </message>
    <message>
        <source>This kiosk has no camera. Please type your account number.</source>
        <translation>لا توجد كاميرا في هذا الكشك. يرجى كتابة رقم حسابك.</translation>
    </message>
    <message>
        <source>The camera is not working right now. Please type your account number.</source>
        <translation>الكاميرا لا تعمل الآن. يرجى كتابة رقم حسابك.</translation>
    </message>
    <message>
        <source>Hold the code on your bill in front of the camera.</source>
        <translation>أمسك الرمز الموجود على فاتورتك أمام الكاميرا.</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>جارٍ تشغيل الكاميرا…</translation>
    </message>
    <message>
        <source>Account number (digits only)</source>
        <translation>رقم الحساب (أرقام فقط)</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>رقم الحساب</translation>
    </message>
    <message>
        <source>Scan the code printed on your bill. You get a payment slip to pay at the counter; nothing about you is kept.</source>
        <translation>امسح الرمز المطبوع على فاتورتك. ستحصل على قسيمة دفع لتدفعها في الشباك، ولا يُحفظ أي شيء عنك.</translation>
    </message>
    <message>
        <source>The camera cannot read codes right now. Please pay at the counter with your bill, or sign in with your eCitizen card to type your account number.</source>
        <translation>لا تستطيع الكاميرا قراءة الرموز الآن. يرجى الدفع في الشباك بفاتورتك، أو تسجيل الدخول ببطاقة eCitizen لكتابة رقم حسابك.</translation>
    </message>
</context>
<context>
    <name>FingerprintPanel</name>
    <message>
        <source>Confirm with your fingerprint?</source>
        <translation>هل تريد التأكيد ببصمة إصبعك؟</translation>
    </message>
    <message>
        <source>Fingerprint confirmed</source>
        <translation>تم تأكيد البصمة</translation>
    </message>
    <message>
        <source>Fingerprint not recognised</source>
        <translation>لم يتم التعرف على البصمة</translation>
    </message>
    <message>
        <source>Please try again</source>
        <translation>يرجى المحاولة مرة أخرى</translation>
    </message>
    <message>
        <source>No finger found</source>
        <translation>لم يتم العثور على إصبع</translation>
    </message>
    <message>
        <source>Your fingerprint cannot be checked here</source>
        <translation>لا يمكن التحقق من بصمتك هنا</translation>
    </message>
    <message>
        <source>The fingerprint reader is not working</source>
        <translation>قارئ البصمات لا يعمل</translation>
    </message>
    <message>
        <source>Confirm with your fingerprint</source>
        <translation>التأكيد ببصمة الإصبع</translation>
    </message>
    <message>
        <source>Place your finger flat on the fingerprint reader.</source>
        <translation>ضع إصبعك بشكل مسطح على قارئ البصمات.</translation>
    </message>
    <message>
        <source>Keep your finger still…</source>
        <translation>أبقِ إصبعك ثابتًا…</translation>
    </message>
    <message>
        <source>Lift your finger.</source>
        <translation>ارفع إصبعك.</translation>
    </message>
    <message>
        <source>Getting the fingerprint reader ready…</source>
        <translation>جارٍ تجهيز قارئ البصمات…</translation>
    </message>
    <message>
        <source>That is fine: your PIN is enough. Tap Continue.</source>
        <translation>لا بأس: رمز PIN الخاص بك كافٍ. اضغط متابعة.</translation>
    </message>
    <message>
        <source>Your PIN was right. You can also confirm with your fingerprint: it is compared with the one on your card and is not kept.</source>
        <translation>رمز PIN صحيح. يمكنك أيضًا التأكيد ببصمة إصبعك: تتم مقارنتها بالبصمة المخزنة على بطاقتك ولا يتم الاحتفاظ بها.</translation>
    </message>
    <message>
        <source>Thank you. You can lift your finger.</source>
        <translation>شكرًا. يمكنك رفع إصبعك.</translation>
    </message>
    <message>
        <source>Lift your finger, then place it flat on the reader again.</source>
        <translation>ارفع إصبعك، ثم ضعه مسطحًا على القارئ مرة أخرى.</translation>
    </message>
    <message>
        <source>We could not read your finger clearly. Lift it, dry or clean it if needed, and place it flat on the reader.</source>
        <translation>لم نتمكن من قراءة إصبعك بوضوح. ارفعه، وجففه أو نظفه إذا لزم الأمر، ثم ضعه مسطحًا على القارئ.</translation>
    </message>
    <message>
        <source>We did not feel a finger on the reader. Tap Try again when ready.</source>
        <translation>لم نشعر بإصبع على القارئ. اضغط حاول مرة أخرى عندما تكون جاهزًا.</translation>
    </message>
    <message>
        <source>The fingerprint on your card cannot be used with this reader.</source>
        <translation>لا يمكن استخدام البصمة المخزنة على بطاقتك مع هذا القارئ.</translation>
    </message>
    <message>
        <source>This is optional. Your PIN is enough to sign in.</source>
        <translation>هذا اختياري. رمز PIN كافٍ لتسجيل الدخول.</translation>
    </message>
    <message>
        <source>Tries left: %1</source>
        <translation>المحاولات المتبقية: %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>حاول مرة أخرى</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>Skip — PIN is enough</source>
        <translation>تخطٍّ — رمز PIN كافٍ</translation>
    </message>
    <message numerus="yes">
        <source>Your fingerprint was not recognised after %n tries.</source>
        <translation>
            <numerusform>لم يتم التعرف على بصمتك.</numerusform>
            <numerusform>لم يتم التعرف على بصمتك بعد محاولة واحدة.</numerusform>
            <numerusform>لم يتم التعرف على بصمتك بعد محاولتين.</numerusform>
            <numerusform>لم يتم التعرف على بصمتك بعد %n محاولات.</numerusform>
            <numerusform>لم يتم التعرف على بصمتك بعد %n محاولة.</numerusform>
            <numerusform>لم يتم التعرف على بصمتك بعد %n محاولة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormStep</name>
    <message>
        <source>Question %1 of %2</source>
        <translation>السؤال %1 من %2</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message numerus="yes">
        <source>%n answers need checking. Tap one to go to it.</source>
        <translation>
            <numerusform>لا توجد إجابات تحتاج إلى مراجعة.</numerusform>
            <numerusform>إجابة واحدة تحتاج إلى مراجعة. المسها للانتقال إليها.</numerusform>
            <numerusform>إجابتان تحتاجان إلى مراجعة. المس إحداهما للانتقال إليها.</numerusform>
            <numerusform>%n إجابات تحتاج إلى مراجعة. المس إحداها للانتقال إليها.</numerusform>
            <numerusform>%n إجابة تحتاج إلى مراجعة. المس إحداها للانتقال إليها.</numerusform>
            <numerusform>%n إجابة تحتاج إلى مراجعة. المس إحداها للانتقال إليها.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormTexts</name>
    <message>
        <source>A number from %1 to %2</source>
        <translation>رقم من %1 إلى %2</translation>
    </message>
    <message>
        <source>A number of at least %1</source>
        <translation>رقم لا يقل عن %1</translation>
    </message>
    <message>
        <source>A number of at most %1</source>
        <translation>رقم لا يزيد عن %1</translation>
    </message>
    <message numerus="yes">
        <source>%n digits</source>
        <translation>
            <numerusform>لا أرقام</numerusform>
            <numerusform>رقم واحد</numerusform>
            <numerusform>رقمان</numerusform>
            <numerusform>%n أرقام</numerusform>
            <numerusform>%n رقمًا</numerusform>
            <numerusform>%n رقم</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2 digits</source>
        <translation>من %1 إلى %2 أرقام</translation>
    </message>
    <message numerus="yes">
        <source>At least %n digits</source>
        <translation>
            <numerusform>لا أرقام على الأقل</numerusform>
            <numerusform>رقم واحد على الأقل</numerusform>
            <numerusform>رقمان على الأقل</numerusform>
            <numerusform>%n أرقام على الأقل</numerusform>
            <numerusform>%n رقمًا على الأقل</numerusform>
            <numerusform>%n رقم على الأقل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Up to %n digits</source>
        <translation>
            <numerusform>بلا أرقام</numerusform>
            <numerusform>حتى رقم واحد</numerusform>
            <numerusform>حتى رقمين</numerusform>
            <numerusform>حتى %n أرقام</numerusform>
            <numerusform>حتى %n رقمًا</numerusform>
            <numerusform>حتى %n رقم</numerusform>
        </translation>
    </message>
    <message>
        <source>Digits only</source>
        <translation>أرقام فقط</translation>
    </message>
    <message numerus="yes">
        <source>%n characters</source>
        <translation>
            <numerusform>لا أحرف</numerusform>
            <numerusform>حرف واحد</numerusform>
            <numerusform>حرفان</numerusform>
            <numerusform>%n أحرف</numerusform>
            <numerusform>%n حرفًا</numerusform>
            <numerusform>%n حرف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>لا أحرف على الأقل</numerusform>
            <numerusform>حرف واحد على الأقل</numerusform>
            <numerusform>حرفان على الأقل</numerusform>
            <numerusform>%n أحرف على الأقل</numerusform>
            <numerusform>%n حرفًا على الأقل</numerusform>
            <numerusform>%n حرف على الأقل</numerusform>
        </translation>
    </message>
    <message>
        <source>Please enter a number from %1 to %2.</source>
        <translation>يرجى إدخال رقم من %1 إلى %2.</translation>
    </message>
    <message numerus="yes">
        <source>Please enter %n digits.</source>
        <translation>
            <numerusform>يرجى عدم إدخال أرقام.</numerusform>
            <numerusform>يرجى إدخال رقم واحد.</numerusform>
            <numerusform>يرجى إدخال رقمين.</numerusform>
            <numerusform>يرجى إدخال %n أرقام.</numerusform>
            <numerusform>يرجى إدخال %n رقمًا.</numerusform>
            <numerusform>يرجى إدخال %n رقم.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please enter %1 to %2 digits.</source>
        <translation>يرجى إدخال من %1 إلى %2 أرقام.</translation>
    </message>
    <message numerus="yes">
        <source>Please enter at least %n digits.</source>
        <translation>
            <numerusform>يرجى إدخال أرقام.</numerusform>
            <numerusform>يرجى إدخال رقم واحد على الأقل.</numerusform>
            <numerusform>يرجى إدخال رقمين على الأقل.</numerusform>
            <numerusform>يرجى إدخال %n أرقام على الأقل.</numerusform>
            <numerusform>يرجى إدخال %n رقمًا على الأقل.</numerusform>
            <numerusform>يرجى إدخال %n رقم على الأقل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Please enter at most %n digits.</source>
        <translation>
            <numerusform>يرجى عدم إدخال أرقام.</numerusform>
            <numerusform>يرجى إدخال رقم واحد على الأكثر.</numerusform>
            <numerusform>يرجى إدخال رقمين على الأكثر.</numerusform>
            <numerusform>يرجى إدخال %n أرقام على الأكثر.</numerusform>
            <numerusform>يرجى إدخال %n رقمًا على الأكثر.</numerusform>
            <numerusform>يرجى إدخال %n رقم على الأكثر.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Please enter at least %n characters.</source>
        <translation>
            <numerusform>يرجى إدخال نص.</numerusform>
            <numerusform>يرجى إدخال حرف واحد على الأقل.</numerusform>
            <numerusform>يرجى إدخال حرفين على الأقل.</numerusform>
            <numerusform>يرجى إدخال %n أحرف على الأقل.</numerusform>
            <numerusform>يرجى إدخال %n حرفًا على الأقل.</numerusform>
            <numerusform>يرجى إدخال %n حرف على الأقل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Please enter at most %n characters.</source>
        <translation>
            <numerusform>يرجى عدم إدخال أحرف.</numerusform>
            <numerusform>يرجى إدخال حرف واحد على الأكثر.</numerusform>
            <numerusform>يرجى إدخال حرفين على الأكثر.</numerusform>
            <numerusform>يرجى إدخال %n أحرف على الأكثر.</numerusform>
            <numerusform>يرجى إدخال %n حرفًا على الأكثر.</numerusform>
            <numerusform>يرجى إدخال %n حرف على الأكثر.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please answer this question.</source>
        <translation>يرجى الإجابة عن هذا السؤال.</translation>
    </message>
    <message>
        <source>This is too short.</source>
        <translation>هذا قصير جدًا.</translation>
    </message>
    <message>
        <source>This is too long. Please shorten it.</source>
        <translation>هذا طويل جدًا. يرجى تقصيره.</translation>
    </message>
    <message>
        <source>This does not look right. Please check the example.</source>
        <translation>يبدو هذا غير صحيح. يرجى مراجعة المثال.</translation>
    </message>
    <message>
        <source>Please enter a number, for example 12 or 12.5.</source>
        <translation>يرجى إدخال رقم، مثل 12 أو 12.5.</translation>
    </message>
    <message>
        <source>This number is too small.</source>
        <translation>هذا الرقم صغير جدًا.</translation>
    </message>
    <message>
        <source>This number is too large.</source>
        <translation>هذا الرقم كبير جدًا.</translation>
    </message>
    <message>
        <source>This is not a valid date.</source>
        <translation>هذا ليس تاريخًا صالحًا.</translation>
    </message>
    <message>
        <source>Please choose one of the options.</source>
        <translation>يرجى اختيار أحد الخيارات.</translation>
    </message>
    <message>
        <source>Please use at most two decimals.</source>
        <translation>يرجى استخدام منزلتين عشريتين على الأكثر.</translation>
    </message>
    <message>
        <source>Please check this answer.</source>
        <translation>يرجى مراجعة هذه الإجابة.</translation>
    </message>
</context>
<context>
    <name>HandoverNotice</name>
    <message>
        <source>%1 from the library is ready to help</source>
        <translation>%1 من المكتبة مستعد لمساعدتك</translation>
    </message>
    <message>
        <source>Staff: please take your staff card out of the reader now.</source>
        <translation>الموظف: يرجى إخراج بطاقة الموظف من القارئ الآن.</translation>
    </message>
    <message>
        <source>Sign in as usual with your card, or touch the start button. You will then be asked whether you would like their help.</source>
        <translation>سجّل الدخول كالمعتاد ببطاقتك، أو المس زر البدء. سيُسأل بعدها إن كنت تريد مساعدته.</translation>
    </message>
    <message>
        <source>Staff: cancel help</source>
        <translation>الموظف: إلغاء المساعدة</translation>
    </message>
</context>
<context>
    <name>HelpPanel</name>
    <message>
        <source>Ask a member of staff</source>
        <translation>اطلب المساعدة من أحد الموظفين</translation>
    </message>
    <message>
        <source>Staff at the desk can help you use this kiosk, sit with you while you do it, or do your request at the counter. You never have to tell anyone your PIN.</source>
        <translation>يمكن لموظفي المكتب مساعدتك في استخدام هذا الكشك، أو الجلوس معك أثناء استخدامه، أو إنجاز طلبك عند الشبّاك. لست مضطرًا أبدًا لإخبار أي أحد برمز PIN.</translation>
    </message>
    <message>
        <source>Back to what I was doing</source>
        <translation>العودة إلى ما كنت أفعله</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>What would you like to do?</source>
        <translation>ماذا تريد أن تفعل؟</translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation>مرحبًا %1</translation>
    </message>
    <message>
        <source>Hello</source>
        <translation>مرحبًا</translation>
    </message>
    <message>
        <source>Choose one.</source>
        <translation>اختر واحدًا.</translation>
    </message>
    <message>
        <source>Previous choices</source>
        <translation>الخيارات السابقة</translation>
    </message>
    <message>
        <source>More choices (page %1 of %2)</source>
        <translation>خيارات أخرى (صفحة %1 من %2)</translation>
    </message>
    <message>
        <source>You have 1 unread notice, and it is urgent.</source>
        <translation>لديك إشعار واحد غير مقروء، وهو عاجل.</translation>
    </message>
    <message>
        <source>Help a resident</source>
        <translation>مساعدة مقيم</translation>
    </message>
    <message>
        <source>Signs you out. The next person to sign in is asked whether they would like your help.</source>
        <translation>يسجّل خروجك. سيُسأل الشخص التالي الذي يسجّل الدخول إن كان يريد مساعدتك.</translation>
    </message>
    <message>
        <source>This kiosk cannot save new requests right now, because its storage is full. You can still look things up. To send a request, please use another kiosk or ask staff.</source>
        <translation>لا يستطيع هذا الكشك حفظ طلبات جديدة الآن لأن مساحة التخزين فيه ممتلئة. لا يزال بإمكانك الاطلاع على المعلومات. لإرسال طلب، يُرجى استخدام كشك آخر أو طلب المساعدة من الموظفين.</translation>
    </message>
    <message numerus="yes">
        <source>You have %n unread notices, %1 urgent.</source>
        <translation>
            <numerusform>لديك %n إشعارات غير مقروءة، منها %1 عاجلة.</numerusform>
            <numerusform>لديك إشعار واحد غير مقروء، منها %1 عاجلة.</numerusform>
            <numerusform>لديك إشعاران غير مقروءين، منها %1 عاجلة.</numerusform>
            <numerusform>لديك %n إشعارات غير مقروءة، منها %1 عاجلة.</numerusform>
            <numerusform>لديك %n إشعارًا غير مقروء، منها %1 عاجلة.</numerusform>
            <numerusform>لديك %n إشعار غير مقروء، منها %1 عاجلة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have %n unread notices.</source>
        <translation>
            <numerusform>ليس لديك إشعارات غير مقروءة.</numerusform>
            <numerusform>لديك إشعار واحد غير مقروء.</numerusform>
            <numerusform>لديك إشعاران غير مقروءين.</numerusform>
            <numerusform>لديك %n إشعارات غير مقروءة.</numerusform>
            <numerusform>لديك %n إشعارًا غير مقروء.</numerusform>
            <numerusform>لديك %n إشعار غير مقروء.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start practice session</source>
        <translation>بدء جلسة تدريب</translation>
    </message>
    <message>
        <source>Signs you out and starts a practice session with made-up people: nothing is sent to the city. Leave your staff card in; taking it out ends the practice.</source>
        <translation>يسجّل خروجك ويبدأ جلسة تدريب مع أشخاص وهميين: لا يُرسل أي شيء إلى المدينة. اترك بطاقة الموظف في القارئ؛ إخراجها ينهي التدريب.</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Are you still there?</source>
        <translation>هل ما زلت هنا؟</translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>أحتاج إلى وقت إضافي</translation>
    </message>
    <message>
        <source>Finish now</source>
        <translation>إنهاء الآن</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>لم تبقَ أي ثانية</numerusform>
            <numerusform>بقيت ثانية واحدة</numerusform>
            <numerusform>بقيت ثانيتان</numerusform>
            <numerusform>بقيت %n ثوانٍ</numerusform>
            <numerusform>بقيت %n ثانية</numerusform>
            <numerusform>بقيت %n ثانية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For your privacy, this session will end and everything you entered will be erased in %n second(s).</source>
        <translation>
            <numerusform>حفاظًا على خصوصيتك، ستنتهي هذه الجلسة ويُمحى كل ما أدخلته الآن.</numerusform>
            <numerusform>حفاظًا على خصوصيتك، ستنتهي هذه الجلسة ويُمحى كل ما أدخلته خلال ثانية واحدة.</numerusform>
            <numerusform>حفاظًا على خصوصيتك، ستنتهي هذه الجلسة ويُمحى كل ما أدخلته خلال ثانيتين.</numerusform>
            <numerusform>حفاظًا على خصوصيتك، ستنتهي هذه الجلسة ويُمحى كل ما أدخلته خلال %n ثوانٍ.</numerusform>
            <numerusform>حفاظًا على خصوصيتك، ستنتهي هذه الجلسة ويُمحى كل ما أدخلته خلال %n ثانية.</numerusform>
            <numerusform>حفاظًا على خصوصيتك، ستنتهي هذه الجلسة ويُمحى كل ما أدخلته خلال %n ثانية.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxStep</name>
    <message>
        <source>Your inbox</source>
        <translation>صندوق الوارد</translation>
    </message>
    <message>
        <source>You have no notices.</source>
        <translation>ليس لديك أي إشعارات.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message numerus="yes">
        <source>%n unread, the most urgent first.</source>
        <translation>
            <numerusform>لا إشعارات غير مقروءة، الأكثر إلحاحاً أولاً.</numerusform>
            <numerusform>إشعار واحد غير مقروء، الأكثر إلحاحاً أولاً.</numerusform>
            <numerusform>إشعاران غير مقروءين، الأكثر إلحاحاً أولاً.</numerusform>
            <numerusform>%n إشعارات غير مقروءة، الأكثر إلحاحاً أولاً.</numerusform>
            <numerusform>%n إشعاراً غير مقروء، الأكثر إلحاحاً أولاً.</numerusform>
            <numerusform>%n إشعار غير مقروء، الأكثر إلحاحاً أولاً.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <source>Clear all</source>
        <translation>مسح الكل</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>مسافة</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Hide keyboard</source>
        <translation>إخفاء لوحة المفاتيح</translation>
    </message>
    <message>
        <source>abc</source>
        <translation>أبج</translation>
    </message>
    <message>
        <source>?123</source>
        <translation>؟١٢٣</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>حروف</translation>
    </message>
    <message>
        <source>Symbols</source>
        <translation>رموز</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Shift: on</source>
        <translation>Shift: on</translation>
    </message>
    <message>
        <source>Caps lock: on</source>
        <translation>Caps lock: on</translation>
    </message>
</context>
<context>
    <name>KindStep</name>
    <message>
        <source>What would you like to book?</source>
        <translation>ماذا تريد أن تحجز؟</translation>
    </message>
    <message>
        <source>Free times are shown live from the library. You can also change or cancel a booking.</source>
        <translation>تُعرض الأوقات المتاحة مباشرة من المكتبة. يمكنك أيضًا تغيير حجز أو إلغاؤه.</translation>
    </message>
    <message>
        <source>My bookings (change or cancel)</source>
        <translation>حجوزاتي (تغيير أو إلغاء)</translation>
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <source>Choose your language</source>
        <translation>اختر لغتك</translation>
    </message>
</context>
<context>
    <name>LibraryPasswordEntry</name>
    <message>
        <source>This password has a character the library system cannot take. Library staff can help you.</source>
        <translation>تحتوي كلمة المرور هذه على حرف لا يقبله نظام المكتبة. يمكن لموظفي المكتبة مساعدتك.</translation>
    </message>
    <message>
        <source>Library password</source>
        <translation>كلمة مرور المكتبة</translation>
    </message>
    <message>
        <source>Hide password</source>
        <translation>إخفاء كلمة المرور</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>إظهار كلمة المرور</translation>
    </message>
    <message>
        <source>Capital letters: on</source>
        <translation>الأحرف الكبيرة: مفعّلة</translation>
    </message>
    <message>
        <source>Capital letters: off</source>
        <translation>الأحرف الكبيرة: متوقفة</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message numerus="yes">
        <source>Your library PIN has %n digit(s).</source>
        <translation>
            <numerusform>رمز المكتبة بلا أرقام.</numerusform>
            <numerusform>رمز المكتبة رقم واحد.</numerusform>
            <numerusform>رمز المكتبة رقمان.</numerusform>
            <numerusform>رمز المكتبة %n أرقام.</numerusform>
            <numerusform>رمز المكتبة %n رقماً.</numerusform>
            <numerusform>رمز المكتبة %n رقم.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your library PIN has %1 to %n digits.</source>
        <translation>
            <numerusform>رمز المكتبة من %1 إلى %n أرقام.</numerusform>
            <numerusform>رمز المكتبة من %1 إلى %n رقم.</numerusform>
            <numerusform>رمز المكتبة من %1 إلى %n رقم.</numerusform>
            <numerusform>رمز المكتبة من %1 إلى %n أرقام.</numerusform>
            <numerusform>رمز المكتبة من %1 إلى %n رقماً.</numerusform>
            <numerusform>رمز المكتبة من %1 إلى %n رقم.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your library password has %n character(s).</source>
        <translation>
            <numerusform>كلمة مرور المكتبة بلا أحرف.</numerusform>
            <numerusform>كلمة مرور المكتبة حرف واحد.</numerusform>
            <numerusform>كلمة مرور المكتبة حرفان.</numerusform>
            <numerusform>كلمة مرور المكتبة %n أحرف.</numerusform>
            <numerusform>كلمة مرور المكتبة %n حرفاً.</numerusform>
            <numerusform>كلمة مرور المكتبة %n حرف.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your library password has %1 to %n characters.</source>
        <translation>
            <numerusform>كلمة مرور المكتبة من %1 إلى %n أحرف.</numerusform>
            <numerusform>كلمة مرور المكتبة من %1 إلى %n حرف.</numerusform>
            <numerusform>كلمة مرور المكتبة من %1 إلى %n حرف.</numerusform>
            <numerusform>كلمة مرور المكتبة من %1 إلى %n أحرف.</numerusform>
            <numerusform>كلمة مرور المكتبة من %1 إلى %n حرفاً.</numerusform>
            <numerusform>كلمة مرور المكتبة من %1 إلى %n حرف.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A library PIN here has %1 to %n digits. Please type it again.</source>
        <translation>
            <numerusform>رمز المكتبة هنا من %1 إلى %n أرقام. يرجى كتابته مرة أخرى.</numerusform>
            <numerusform>رمز المكتبة هنا من %1 إلى %n رقم. يرجى كتابته مرة أخرى.</numerusform>
            <numerusform>رمز المكتبة هنا من %1 إلى %n رقم. يرجى كتابته مرة أخرى.</numerusform>
            <numerusform>رمز المكتبة هنا من %1 إلى %n أرقام. يرجى كتابته مرة أخرى.</numerusform>
            <numerusform>رمز المكتبة هنا من %1 إلى %n رقماً. يرجى كتابته مرة أخرى.</numerusform>
            <numerusform>رمز المكتبة هنا من %1 إلى %n رقم. يرجى كتابته مرة أخرى.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A library password here has %1 to %n characters. Please check it and press OK again.</source>
        <translation>
            <numerusform>كلمة مرور المكتبة هنا من %1 إلى %n أحرف. يرجى التحقق منها والضغط على موافق مرة أخرى.</numerusform>
            <numerusform>كلمة مرور المكتبة هنا من %1 إلى %n حرف. يرجى التحقق منها والضغط على موافق مرة أخرى.</numerusform>
            <numerusform>كلمة مرور المكتبة هنا من %1 إلى %n حرف. يرجى التحقق منها والضغط على موافق مرة أخرى.</numerusform>
            <numerusform>كلمة مرور المكتبة هنا من %1 إلى %n أحرف. يرجى التحقق منها والضغط على موافق مرة أخرى.</numerusform>
            <numerusform>كلمة مرور المكتبة هنا من %1 إلى %n حرفاً. يرجى التحقق منها والضغط على موافق مرة أخرى.</numerusform>
            <numerusform>كلمة مرور المكتبة هنا من %1 إلى %n حرف. يرجى التحقق منها والضغط على موافق مرة أخرى.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryPinScreen</name>
    <message>
        <source>Your library password</source>
        <translation>كلمة مرور المكتبة الخاصة بك</translation>
    </message>
    <message>
        <source>Your library PIN — not your eCitizen card PIN</source>
        <translation>رمز PIN الخاص بالمكتبة — وليس رمز PIN لبطاقة eCitizen</translation>
    </message>
    <message>
        <source>That password was not right. You have one try left: if it is wrong again this card will be locked on this kiosk for a while.</source>
        <translation>كلمة المرور هذه غير صحيحة. بقيت لديك محاولة واحدة: إذا كانت خاطئة مرة أخرى فستُقفل هذه البطاقة على هذا الكشك لفترة.</translation>
    </message>
    <message>
        <source>That password was not right. Please try again.</source>
        <translation>كلمة المرور هذه غير صحيحة. يرجى المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>That PIN was not right. You have one try left: if it is wrong again this card will be locked on this kiosk for a while.</source>
        <translation>رقم PIN غير صحيح. بقيت لك محاولة واحدة: إذا كان خاطئًا مرة أخرى فستُقفل هذه البطاقة على هذا الكشك لبعض الوقت.</translation>
    </message>
    <message>
        <source>That PIN was not right. Please try again.</source>
        <translation>رقم PIN غير صحيح. يرجى المحاولة مرة أخرى.</translation>
    </message>
    <message numerus="yes">
        <source>This library card is locked on this kiosk for %n minute(s) because the password was wrong too many times. Library staff can help you.</source>
        <translation>
            <numerusform>هذه البطاقة مقفلة على هذا الكشك لمدة %n دقيقة لأن كلمة المرور كانت خاطئة مرات كثيرة. يمكن لموظفي المكتبة مساعدتك.</numerusform>
            <numerusform>هذه البطاقة مقفلة على هذا الكشك لمدة %n دقيقة لأن كلمة المرور كانت خاطئة مرات كثيرة. يمكن لموظفي المكتبة مساعدتك.</numerusform>
            <numerusform>هذه البطاقة مقفلة على هذا الكشك لمدة %n دقيقة لأن كلمة المرور كانت خاطئة مرات كثيرة. يمكن لموظفي المكتبة مساعدتك.</numerusform>
            <numerusform>هذه البطاقة مقفلة على هذا الكشك لمدة %n دقيقة لأن كلمة المرور كانت خاطئة مرات كثيرة. يمكن لموظفي المكتبة مساعدتك.</numerusform>
            <numerusform>هذه البطاقة مقفلة على هذا الكشك لمدة %n دقيقة لأن كلمة المرور كانت خاطئة مرات كثيرة. يمكن لموظفي المكتبة مساعدتك.</numerusform>
            <numerusform>هذه البطاقة مقفلة على هذا الكشك لمدة %n دقيقة لأن كلمة المرور كانت خاطئة مرات كثيرة. يمكن لموظفي المكتبة مساعدتك.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This library card is locked on this kiosk for %n minute(s) because the PIN was wrong too many times. Library staff can help you.</source>
        <translation>
            <numerusform>هذه البطاقة مقفلة على هذا الكشك لمدة %n دقيقة لأن رقم PIN أُدخل خطأً مرات كثيرة. يمكن لموظفي المكتبة مساعدتك.</numerusform>
            <numerusform>هذه البطاقة مقفلة على هذا الكشك لمدة %n دقيقة لأن رقم PIN أُدخل خطأً مرات كثيرة. يمكن لموظفي المكتبة مساعدتك.</numerusform>
            <numerusform>هذه البطاقة مقفلة على هذا الكشك لمدة %n دقيقة لأن رقم PIN أُدخل خطأً مرات كثيرة. يمكن لموظفي المكتبة مساعدتك.</numerusform>
            <numerusform>هذه البطاقة مقفلة على هذا الكشك لمدة %n دقيقة لأن رقم PIN أُدخل خطأً مرات كثيرة. يمكن لموظفي المكتبة مساعدتك.</numerusform>
            <numerusform>هذه البطاقة مقفلة على هذا الكشك لمدة %n دقيقة لأن رقم PIN أُدخل خطأً مرات كثيرة. يمكن لموظفي المكتبة مساعدتك.</numerusform>
            <numerusform>هذه البطاقة مقفلة على هذا الكشك لمدة %n دقيقة لأن رقم PIN أُدخل خطأً مرات كثيرة. يمكن لموظفي المكتبة مساعدتك.</numerusform>
        </translation>
    </message>
    <message>
        <source>The library does not know this card. Please ask library staff, or use your eCitizen card.</source>
        <translation>المكتبة لا تعرف هذه البطاقة. يرجى سؤال موظفي المكتبة أو استخدام بطاقة eCitizen الخاصة بك.</translation>
    </message>
    <message>
        <source>The library system cannot check PINs right now, so the kiosk cannot open your library account. Please ask library staff.</source>
        <translation>لا يستطيع نظام المكتبة التحقق من أرقام PIN الآن، لذلك لا يستطيع الكشك فتح حسابك في المكتبة. يرجى سؤال موظفي المكتبة.</translation>
    </message>
    <message>
        <source>This card cannot be read as a library card. Please ask staff.</source>
        <translation>لا يمكن قراءة هذه البطاقة كبطاقة مكتبة. يرجى سؤال الموظفين.</translation>
    </message>
    <message>
        <source>The library system cannot be reached right now. Please try again later or ask library staff.</source>
        <translation>لا يمكن الوصول إلى نظام المكتبة الآن. يرجى المحاولة لاحقًا أو سؤال موظفي المكتبة.</translation>
    </message>
    <message>
        <source>You used a library card. To see your loans, holds and fees, type your library password and press OK. If this is not your library card, take it away.</source>
        <translation>لقد استخدمت بطاقة مكتبة. لرؤية إعاراتك وحجوزاتك ورسومك، اكتب كلمة مرور المكتبة واضغط موافق. إذا لم تكن هذه بطاقة مكتبتك، فأبعدها.</translation>
    </message>
    <message>
        <source>You used a library card. To see your loans, holds and fees, type your library PIN and press OK. If this is not your library card, take it away: never type a bank card&apos;s PIN here.</source>
        <translation>لقد استخدمت بطاقة مكتبة. لرؤية إعاراتك وحجوزاتك ورسومك، اكتب رقم PIN الخاص بالمكتبة واضغط OK. إذا لم تكن هذه بطاقة مكتبتك فأبعدها: لا تكتب هنا أبدًا رقم PIN لبطاقة مصرفية.</translation>
    </message>
    <message>
        <source>Tries left: %1</source>
        <translation>المحاولات المتبقية: %1</translation>
    </message>
    <message>
        <source>Careful: this is your last try before the card is locked on this kiosk.</source>
        <translation>انتبه: هذه محاولتك الأخيرة قبل أن تُقفل البطاقة على هذا الكشك.</translation>
    </message>
    <message>
        <source>Checking your password with the library…</source>
        <translation>جارٍ التحقق من كلمة المرور لدى المكتبة…</translation>
    </message>
    <message>
        <source>Checking your PIN with the library…</source>
        <translation>جارٍ التحقق من رقم PIN لدى المكتبة…</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>ابدأ من جديد</translation>
    </message>
    <message>
        <source>Continue as a guest</source>
        <translation>المتابعة كضيف</translation>
    </message>
    <message>
        <source>How the city uses your data</source>
        <translation>كيف تستخدم المدينة بياناتك</translation>
    </message>
</context>
<context>
    <name>LibraryScreen</name>
    <message>
        <source>My library account</source>
        <translation>حسابي في المكتبة</translation>
    </message>
    <message>
        <source>The library PIN is not right. Please try again.</source>
        <translation>رقم التعريف الشخصي للمكتبة غير صحيح. يرجى المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>No library card is linked to your account. Please ask library staff.</source>
        <translation>لا توجد بطاقة مكتبة مرتبطة بحسابك. يرجى سؤال موظفي المكتبة.</translation>
    </message>
    <message>
        <source>The library system cannot be reached right now. Please try again later or ask library staff.</source>
        <translation>لا يمكن الوصول إلى نظام المكتبة الآن. يرجى المحاولة لاحقًا أو سؤال موظفي المكتبة.</translation>
    </message>
    <message>
        <source>The library password is not right. Please try again.</source>
        <translation>كلمة مرور المكتبة غير صحيحة. يرجى المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>Tries left: %1</source>
        <translation>المحاولات المتبقية: %1</translation>
    </message>
    <message numerus="yes">
        <source>This library card is locked on this kiosk for %n minute(s) because the PIN was wrong too many times. Library staff can help you.</source>
        <translation>
            <numerusform>هذه البطاقة مقفلة على هذا الكشك لمدة %n دقيقة لأن رقم PIN أُدخل خطأً مرات كثيرة. يمكن لموظفي المكتبة مساعدتك.</numerusform>
            <numerusform>هذه البطاقة مقفلة على هذا الكشك لمدة %n دقيقة لأن رقم PIN أُدخل خطأً مرات كثيرة. يمكن لموظفي المكتبة مساعدتك.</numerusform>
            <numerusform>هذه البطاقة مقفلة على هذا الكشك لمدة %n دقيقة لأن رقم PIN أُدخل خطأً مرات كثيرة. يمكن لموظفي المكتبة مساعدتك.</numerusform>
            <numerusform>هذه البطاقة مقفلة على هذا الكشك لمدة %n دقيقة لأن رقم PIN أُدخل خطأً مرات كثيرة. يمكن لموظفي المكتبة مساعدتك.</numerusform>
            <numerusform>هذه البطاقة مقفلة على هذا الكشك لمدة %n دقيقة لأن رقم PIN أُدخل خطأً مرات كثيرة. يمكن لموظفي المكتبة مساعدتك.</numerusform>
            <numerusform>هذه البطاقة مقفلة على هذا الكشك لمدة %n دقيقة لأن رقم PIN أُدخل خطأً مرات كثيرة. يمكن لموظفي المكتبة مساعدتك.</numerusform>
        </translation>
    </message>
    <message>
        <source>The library system cannot check PINs right now, so the kiosk cannot open your library account. Please ask library staff.</source>
        <translation>لا يستطيع نظام المكتبة التحقق من أرقام PIN الآن، لذلك لا يستطيع الكشك فتح حسابك في المكتبة. يرجى سؤال موظفي المكتبة.</translation>
    </message>
    <message>
        <source>This fee cannot be paid at the kiosk. Please pay it at the library desk.</source>
        <translation>لا يمكن دفع هذا الرسم في الكشك. يرجى دفعه في مكتب المكتبة.</translation>
    </message>
    <message>
        <source>The library system does not take this from the kiosk. Please ask at the library desk.</source>
        <translation>نظام المكتبة لا يقبل هذا من الكشك. يرجى السؤال في مكتب المكتبة.</translation>
    </message>
</context>
<context>
    <name>ListStep</name>
    <message>
        <source>This needs the network, which is not available right now. Please try again later.</source>
        <translation>يحتاج هذا إلى الشبكة، وهي غير متوفرة الآن. يرجى المحاولة لاحقًا.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>There is nothing open right now.</source>
        <translation>لا يوجد شيء مفتوح الآن.</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>اختر</translation>
    </message>
</context>
<context>
    <name>MyDataScreen</name>
    <message>
        <source>My data and consent</source>
        <translation>بياناتي وموافقتي</translation>
    </message>
    <message>
        <source>Consent change</source>
        <translation>تغيير الموافقة</translation>
    </message>
    <message>
        <source>Full copy of my data</source>
        <translation>نسخة كاملة من بياناتي</translation>
    </message>
    <message>
        <source>Copy of my data</source>
        <translation>نسخة من بياناتي</translation>
    </message>
    <message>
        <source>The city answers within one month.</source>
        <translation>ترد البلدية خلال شهر واحد.</translation>
    </message>
    <message>
        <source>Correct my data</source>
        <translation>تصحيح بياناتي</translation>
    </message>
    <message>
        <source>Please write the correction in plain letters and digits.</source>
        <translation>يرجى كتابة التصحيح بأحرف وأرقام عادية.</translation>
    </message>
    <message>
        <source>Correction of my data</source>
        <translation>تصحيح بياناتي</translation>
    </message>
    <message>
        <source>A clerk checks the correction and writes to you within one month. Until then your data stays as it is.</source>
        <translation>يتحقق موظف من التصحيح ويراسلك خلال شهر. حتى ذلك الحين تبقى بياناتك كما هي.</translation>
    </message>
    <message>
        <source>Correction requested: a clerk checks it within one month</source>
        <translation>تم طلب التصحيح: يتحقق منه موظف خلال شهر</translation>
    </message>
    <message>
        <source>Erasure of my data</source>
        <translation>محو بياناتي</translation>
    </message>
    <message>
        <source>The city answers within one month: it says what it erased and what the law makes it keep. You can still use the kiosk until then.</source>
        <translation>ترد البلدية خلال شهر: تخبرك بما محته وبما يُلزمها القانون بالاحتفاظ به. يمكنك استخدام الكشك حتى ذلك الحين.</translation>
    </message>
    <message>
        <source>Erasure requested: the city answers within one month</source>
        <translation>تم طلب المحو: ترد البلدية خلال شهر</translation>
    </message>
</context>
<context>
    <name>MyRequestsScreen</name>
    <message>
        <source>My street reports</source>
        <translation>بلاغاتي عن الشارع</translation>
    </message>
</context>
<context>
    <name>MyRequestsStep</name>
    <message>
        <source>Reports linked to your account</source>
        <translation>البلاغات المرتبطة بحسابك</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>التحقق مرة أخرى</translation>
    </message>
    <message>
        <source>Asking the city…</source>
        <translation>جارٍ سؤال البلدية…</translation>
    </message>
    <message>
        <source>You have no street reports linked to your account on this kiosk.</source>
        <translation>ليست لديك بلاغات عن الشارع مرتبطة بحسابك في هذا الكشك.</translation>
    </message>
    <message>
        <source>The city&apos;s system cannot be reached right now, so some statuses could not be checked. Each report says what was last known.</source>
        <translation>لا يمكن الوصول إلى نظام البلدية الآن، لذلك تعذّر التحقق من بعض الحالات. يبيّن كل بلاغ آخر ما كان معروفًا عنه.</translation>
    </message>
    <message>
        <source>Reports sent without your name, or at another kiosk, are not listed here. To check one, use Check a street report and scan the code on its receipt.</source>
        <translation>البلاغات المرسلة دون اسمك، أو من كشك آخر، لا تظهر هنا. للتحقق من أحدها، استخدم «التحقق من بلاغ عن الشارع» وامسح الرمز الموجود على إيصاله.</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s), the newest first.</source>
        <translation>
            <numerusform>لا توجد بلاغات.</numerusform>
            <numerusform>بلاغ واحد، الأحدث أولاً.</numerusform>
            <numerusform>بلاغان، الأحدث أولاً.</numerusform>
            <numerusform>%n بلاغات، الأحدث أولاً.</numerusform>
            <numerusform>%n بلاغاً، الأحدث أولاً.</numerusform>
            <numerusform>%n بلاغ، الأحدث أولاً.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoticeStep</name>
    <message>
        <source>Notice</source>
        <translation>إشعار</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>المرجع: %1</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>Urgent</source>
        <translation>عاجل</translation>
    </message>
    <message>
        <source>For information</source>
        <translation>للعلم</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>عادي</translation>
    </message>
</context>
<context>
    <name>NoticesScreen</name>
    <message>
        <source>My notices</source>
        <translation>إشعاراتي</translation>
    </message>
</context>
<context>
    <name>PermitsScreen</name>
    <message>
        <source>Permits and licences</source>
        <translation>التصاريح والرخص</translation>
    </message>
    <message>
        <source>Some answers need checking. Please go back.</source>
        <translation>بعض الإجابات تحتاج إلى مراجعة. يرجى الرجوع.</translation>
    </message>
</context>
<context>
    <name>PetitionStep</name>
    <message>
        <source>Read the petition</source>
        <translation>اقرأ العريضة</translation>
    </message>
    <message>
        <source>Sign with my card</source>
        <translation>وقّع ببطاقتي</translation>
    </message>
    <message>
        <source>Started by: %1</source>
        <translation>بدأها: %1</translation>
    </message>
    <message>
        <source>You have already signed this petition.</source>
        <translation>لقد وقّعت على هذه العريضة من قبل.</translation>
    </message>
    <message>
        <source>This petition is closed.</source>
        <translation>هذه العريضة مغلقة.</translation>
    </message>
    <message>
        <source>Signing is public support for this petition. The city counts one signature per person and does not show your name on the petition.</source>
        <translation>التوقيع دعم علني لهذه العريضة. تحتسب البلدية توقيعًا واحدًا لكل شخص ولا تعرض اسمك على العريضة.</translation>
    </message>
    <message>
        <source>To sign this petition, sign in with your eCitizen card: the city counts one signature per person.</source>
        <translation>لتوقيع هذه العريضة، سجّل الدخول ببطاقة eCitizen: تحتسب البلدية توقيعًا واحدًا لكل شخص.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n signature(s).</source>
        <translation>
            <numerusform>%1 من أصل لا توقيعات.</numerusform>
            <numerusform>%1 من أصل توقيع واحد.</numerusform>
            <numerusform>%1 من أصل توقيعين.</numerusform>
            <numerusform>%1 من أصل %n توقيعات.</numerusform>
            <numerusform>%1 من أصل %n توقيعاً.</numerusform>
            <numerusform>%1 من أصل %n توقيع.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open until %1.</source>
        <translation>مفتوحة حتى %1.</translation>
    </message>
</context>
<context>
    <name>PetitionsScreen</name>
    <message>
        <source>Petitions</source>
        <translation>العرائض</translation>
    </message>
    <message>
        <source>%1 (you signed)</source>
        <translation>%1 (وقّعت عليها)</translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation>%1 (مغلقة)</translation>
    </message>
    <message>
        <source>Petition signature</source>
        <translation>توقيع عريضة</translation>
    </message>
</context>
<context>
    <name>PhotoStep</name>
    <message>
        <source>Your photo</source>
        <translation>صورتك</translation>
    </message>
    <message>
        <source>Look at the camera.</source>
        <translation>انظر إلى الكاميرا.</translation>
    </message>
    <message>
        <source>Only one person in the picture, please.</source>
        <translation>شخص واحد فقط في الصورة من فضلك.</translation>
    </message>
    <message>
        <source>Move a little closer.</source>
        <translation>اقترب قليلًا.</translation>
    </message>
    <message>
        <source>Move a little back.</source>
        <translation>ابتعد قليلًا.</translation>
    </message>
    <message>
        <source>Move your face to the middle.</source>
        <translation>ضع وجهك في المنتصف.</translation>
    </message>
    <message>
        <source>It is too dark.</source>
        <translation>الإضاءة ضعيفة جدًا.</translation>
    </message>
    <message>
        <source>It is too bright.</source>
        <translation>الإضاءة قوية جدًا.</translation>
    </message>
    <message>
        <source>Hold still.</source>
        <translation>اثبت مكانك.</translation>
    </message>
    <message>
        <source>The camera of this kiosk is not available. You can bring a passport-style photo to the counter instead.</source>
        <translation>كاميرا هذا الكشك غير متوفرة. يمكنك إحضار صورة بحجم جواز السفر إلى المكتب بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Is this photo good? Your face should be clear and in the middle.</source>
        <translation>هل هذه الصورة جيدة؟ يجب أن يكون وجهك واضحًا وفي المنتصف.</translation>
    </message>
    <message>
        <source>Photo accepted.</source>
        <translation>قُبلت الصورة.</translation>
    </message>
    <message>
        <source>We need a photo of your face. The camera turns on only when you press Take photo, and the photo is erased from the kiosk when you finish.</source>
        <translation>نحتاج إلى صورة لوجهك. لا تعمل الكاميرا إلا عند الضغط على التقاط صورة، وتُمحى الصورة من الكشك عند الانتهاء.</translation>
    </message>
    <message>
        <source>Hold still: %1</source>
        <translation>اثبت مكانك: %1</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>جارٍ تشغيل الكاميرا…</translation>
    </message>
    <message>
        <source>Camera on</source>
        <translation>الكاميرا تعمل</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>التقاط صورة</translation>
    </message>
    <message>
        <source>Take the photo now</source>
        <translation>التقط الصورة الآن</translation>
    </message>
    <message>
        <source>Use this photo</source>
        <translation>استخدم هذه الصورة</translation>
    </message>
    <message>
        <source>Take it again</source>
        <translation>أعد التقاطها</translation>
    </message>
    <message>
        <source>Bring a photo to the counter instead</source>
        <translation>سأحضر صورة إلى المكتب بدلًا من ذلك</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Clear</source>
        <translation>مسح الكل</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
</context>
<context>
    <name>PinStep</name>
    <message>
        <source>Library PIN</source>
        <translation>رقم التعريف الشخصي للمكتبة</translation>
    </message>
    <message>
        <source>Library password</source>
        <translation>كلمة مرور المكتبة</translation>
    </message>
    <message>
        <source>Please enter your library password.</source>
        <translation>يرجى إدخال كلمة مرور المكتبة.</translation>
    </message>
    <message>
        <source>Your library PIN — not your eCitizen card PIN. Please enter it and press OK.</source>
        <translation>رمز PIN الخاص بالمكتبة — وليس رمز PIN لبطاقة eCitizen. أدخله واضغط موافق.</translation>
    </message>
</context>
<context>
    <name>PlaceStep</name>
    <message>
        <source>Where is it?</source>
        <translation>أين هي؟</translation>
    </message>
    <message>
        <source>Use this address</source>
        <translation>استخدم هذا العنوان</translation>
    </message>
    <message>
        <source>Please type the street and number, or tap a place.</source>
        <translation>يرجى كتابة الشارع والرقم أو الضغط على مكان.</translation>
    </message>
    <message>
        <source>Tap a place, or type the address below.</source>
        <translation>اضغط على مكان أو اكتب العنوان أدناه.</translation>
    </message>
    <message>
        <source>Here, at this kiosk: %1</source>
        <translation>هنا، عند هذا الكشك: %1</translation>
    </message>
    <message>
        <source>Another address</source>
        <translation>عنوان آخر</translation>
    </message>
</context>
<context>
    <name>PracticeNotice</name>
    <message>
        <source>Practice session</source>
        <translation>جلسة تدريب</translation>
    </message>
    <message>
        <source>Touch the start button, then tap a made-up person to sign in as them. Nothing is sent to the city; everything is wiped when the practice ends.</source>
        <translation>المس زر البدء، ثم المس شخصًا وهميًا لتسجيل الدخول باسمه. لا يُرسل أي شيء إلى المدينة؛ ويُمسح كل شيء عند انتهاء التدريب.</translation>
    </message>
    <message>
        <source>Staff: end practice</source>
        <translation>الموظف: إنهاء التدريب</translation>
    </message>
</context>
<context>
    <name>PracticePeople</name>
    <message>
        <source>Practice: tap a made-up person to sign in as them</source>
        <translation>تدريب: المس شخصًا وهميًا لتسجيل الدخول باسمه</translation>
    </message>
    <message>
        <source>%1 — practice PIN %2</source>
        <translation>%1 — رمز PIN للتدريب %2</translation>
    </message>
</context>
<context>
    <name>PracticeSessionPeople</name>
    <message>
        <source>Practice: tap a made-up person to sign in as them</source>
        <translation>تدريب: المس شخصًا وهميًا لتسجيل الدخول باسمه</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>The city&apos;s eCitizen office</source>
        <translation>مكتب eCitizen في المدينة</translation>
    </message>
    <message>
        <source>the eCitizen desk</source>
        <translation>مكتب eCitizen</translation>
    </message>
    <message>
        <source>%1 uses what you enter here only to give you the service you choose, as part of the city&apos;s public tasks. Nothing stays on this kiosk when you finish; a request waiting for the network is kept encrypted until the city has received it. You can see, correct or delete your data, and withdraw any choice you made, in &quot;My data and consent&quot;. Questions: %2.</source>
        <translation>تستخدم %1 ما تُدخله هنا فقط لتقديم الخدمة التي تختارها، في إطار المهام العامة للمدينة. لا يبقى شيء على هذا الكشك عندما تنتهي؛ ويُحفظ الطلب الذي ينتظر الشبكة مشفّرًا حتى تستلمه المدينة. يمكنك الاطلاع على بياناتك أو تصحيحها أو حذفها، وسحب أي اختيار قمت به، في &quot;بياناتي وموافقتي&quot;. للاستفسار: %2.</translation>
    </message>
</context>
<context>
    <name>PrivacyPanel</name>
    <message>
        <source>How the city uses your data</source>
        <translation>كيف تستخدم المدينة بياناتك</translation>
    </message>
    <message>
        <source>Who is responsible</source>
        <translation>الجهة المسؤولة</translation>
    </message>
    <message>
        <source>%1 is responsible for the data you give at this kiosk.</source>
        <translation>%1 هي الجهة المسؤولة عن البيانات التي تقدّمها في هذا الكشك.</translation>
    </message>
    <message>
        <source>Why, and on what basis</source>
        <translation>لماذا وعلى أي أساس</translation>
    </message>
    <message>
        <source>Only to give you the service you choose: a payment, a booking, a report, an application, a signature or an answer. The city does this as part of its public tasks; nothing is used for advertising or sold.</source>
        <translation>فقط لتقديم الخدمة التي تختارها: دفعة أو حجز أو بلاغ أو طلب أو توقيع أو إجابة. تقوم المدينة بذلك في إطار مهامها العامة؛ ولا يُستخدم شيء للإعلان ولا يُباع.</translation>
    </message>
    <message>
        <source>How long it is kept</source>
        <translation>مدة الاحتفاظ بها</translation>
    </message>
    <message>
        <source>Nothing stays on this kiosk when you finish, take your card out or leave it alone for a while. A request waiting for the network is kept encrypted on the kiosk until the city has received it, then deleted. The city keeps your request as long as the law requires for that service.</source>
        <translation>لا يبقى شيء على هذا الكشك عندما تنتهي أو تُخرج بطاقتك أو تتركه بعض الوقت. ويُحفظ الطلب الذي ينتظر الشبكة مشفّرًا على الكشك حتى تستلمه المدينة، ثم يُحذف. وتحتفظ المدينة بطلبك المدة التي يفرضها القانون لتلك الخدمة.</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>حقوقك</translation>
    </message>
    <message>
        <source>You can see the data the city holds about you, have it corrected or deleted, get a copy, and object. Use &quot;My data and consent&quot; after signing in, or ask at the desk. You can also complain to the data protection authority.</source>
        <translation>يمكنك الاطلاع على البيانات التي تحتفظ بها المدينة عنك، وطلب تصحيحها أو حذفها، والحصول على نسخة منها، والاعتراض. استخدم &quot;بياناتي وموافقتي&quot; بعد تسجيل الدخول، أو اسأل في المكتب. ويمكنك أيضًا تقديم شكوى إلى هيئة حماية البيانات.</translation>
    </message>
    <message>
        <source>Your choices</source>
        <translation>اختياراتك</translation>
    </message>
    <message>
        <source>Confirming with your fingerprint is offered each time and never needed: your PIN is enough, and the fingerprint is not kept. Notices by e-mail or text message, and counting your visits in the city&apos;s anonymous statistics, are your choices: see and change them in &quot;My data and consent&quot;, as easily as you made them.</source>
        <translation>يُعرض التأكيد ببصمة الإصبع في كل مرة ولا يكون ضروريًا أبدًا: رمز PIN يكفي، ولا تُحفظ البصمة. الإشعارات عبر البريد الإلكتروني أو الرسائل النصية، واحتساب زياراتك في إحصاءات المدينة المجهولة الهوية، هي اختياراتك: اطّلع عليها وغيّرها في &quot;بياناتي وموافقتي&quot; بالسهولة نفسها التي اخترتها بها.</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>للاستفسار</translation>
    </message>
    <message>
        <source>Ask %1.</source>
        <translation>اسأل %1.</translation>
    </message>
    <message>
        <source>Scan to read the complete notice on your phone.</source>
        <translation>امسح الرمز لقراءة الإشعار الكامل على هاتفك.</translation>
    </message>
    <message>
        <source>QR code of the complete privacy notice</source>
        <translation>رمز QR لإشعار الخصوصية الكامل</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>ProjectListStep</name>
    <message>
        <source>Projects</source>
        <translation>المشاريع</translation>
    </message>
    <message>
        <source>The list of projects is not available on this kiosk yet: it needs the network once. Please try again later.</source>
        <translation>قائمة المشاريع غير متاحة على هذا الكشك بعد: تحتاج إلى الشبكة مرة واحدة. يرجى المحاولة لاحقًا.</translation>
    </message>
    <message>
        <source>The network is down: this is the list saved on this kiosk on %1.</source>
        <translation>الشبكة متوقفة: هذه هي القائمة المحفوظة على هذا الكشك بتاريخ %1.</translation>
    </message>
    <message>
        <source>Projects around this kiosk, nearest first.</source>
        <translation>المشاريع حول هذا الكشك، الأقرب أولًا.</translation>
    </message>
</context>
<context>
    <name>ProjectStep</name>
    <message>
        <source>Project</source>
        <translation>مشروع</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>الحالة: %1</translation>
    </message>
    <message>
        <source>Budget: %1, spent so far: %2 (%3 %)</source>
        <translation>الميزانية: %1، المصروف حتى الآن: %2 (%3 %)</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>المراحل</translation>
    </message>
</context>
<context>
    <name>Projects</name>
    <message>
        <source>Planned</source>
        <translation>مخطط</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>متوقف مؤقتًا</translation>
    </message>
    <message>
        <source>Public consultation: residents are being asked</source>
        <translation>استشارة عامة: يُستطلع رأي السكان</translation>
    </message>
    <message>
        <source>Under construction</source>
        <translation>قيد الإنشاء</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
</context>
<context>
    <name>ProjectsScreen</name>
    <message>
        <source>City projects near you</source>
        <translation>مشاريع المدينة القريبة منك</translation>
    </message>
</context>
<context>
    <name>QuestionsStep</name>
    <message>
        <source>A few questions</source>
        <translation>بعض الأسئلة</translation>
    </message>
    <message>
        <source>Please answer the questions marked as needed.</source>
        <translation>يرجى الإجابة عن الأسئلة المحددة كضرورية.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>%1 (needed)</source>
        <translation>%1 (ضروري)</translation>
    </message>
</context>
<context>
    <name>ReceiptStep</name>
    <message>
        <source>Confirmation</source>
        <translation>التأكيد</translation>
    </message>
    <message>
        <source>Practice: nothing was sent</source>
        <translation>تدريب: لم يُرسل أي شيء</translation>
    </message>
    <message>
        <source>This kiosk is in practice mode. This request was not sent to the city.</source>
        <translation>هذا الكشك في وضع التدريب. لم يُرسل هذا الطلب إلى البلدية.</translation>
    </message>
    <message>
        <source>Sent: the city received your request</source>
        <translation>أُرسل: استلمت البلدية طلبك</translation>
    </message>
    <message>
        <source>The city&apos;s system confirmed it. Keep your reference to follow it up.</source>
        <translation>أكد نظام البلدية ذلك. احتفظ بالرقم المرجعي للمتابعة.</translation>
    </message>
    <message>
        <source>Saved: your request will be sent</source>
        <translation>حُفظ: سيُرسل طلبك</translation>
    </message>
    <message>
        <source>The city&apos;s system could not confirm it yet, so your request is saved on this kiosk in encrypted form and will be sent automatically. You do not need to do it again. It will appear in My notices once it is sent.</source>
        <translation>لم يتمكن نظام البلدية من تأكيده بعد، لذا حُفظ طلبك مشفرًا في هذا الكشك وسيُرسل تلقائيًا. لا داعي لتكراره. سيظهر في إشعاراتي بعد إرساله.</translation>
    </message>
    <message>
        <source>Your reference</source>
        <translation>الرقم المرجعي</translation>
    </message>
    <message>
        <source>Verification code: %1</source>
        <translation>رمز التحقق: %1</translation>
    </message>
    <message>
        <source>Printing your receipt…</source>
        <translation>جارٍ طباعة الإيصال…</translation>
    </message>
    <message>
        <source>Your receipt is printed. Please take it.</source>
        <translation>طُبع الإيصال. يرجى أخذه.</translation>
    </message>
    <message>
        <source>The receipt could not be printed. Please write down your reference or ask staff for a copy later.</source>
        <translation>تعذرت طباعة الإيصال. يرجى تدوين الرقم المرجعي أو طلب نسخة من الموظفين لاحقًا.</translation>
    </message>
    <message>
        <source>This kiosk cannot print receipts. Please write down your reference.</source>
        <translation>لا يمكن لهذا الكشك طباعة الإيصالات. يرجى تدوين الرقم المرجعي.</translation>
    </message>
    <message>
        <source>Show on screen instead</source>
        <translation>اعرضه على الشاشة بدلًا من ذلك</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>القراءة بصوت عالٍ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Thank you for your answer.</source>
        <translation>شكرًا على إجابتك.</translation>
    </message>
    <message>
        <source>How did it go? (optional, anonymous)</source>
        <translation>كيف كانت التجربة؟ (اختياري، مجهول الهوية)</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>جيد</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <source>Not good</source>
        <translation>ليست جيدة</translation>
    </message>
    <message>
        <source>Add a comment (optional)</source>
        <translation>أضف تعليقًا (اختياري)</translation>
    </message>
    <message>
        <source>Thank you for your comment. It is saved on this kiosk and goes to the city automatically, without your name.</source>
        <translation>شكرًا على تعليقك. تم حفظه على هذا الكشك وسيُرسل إلى البلدية تلقائيًا، بدون اسمك.</translation>
    </message>
    <message>
        <source>Saved — will be sent when the network is back</source>
        <translation>تم الحفظ — سيُرسل عند عودة الشبكة</translation>
    </message>
    <message>
        <source>The city&apos;s system could not confirm it yet, so your request is saved on this kiosk in encrypted form and will be sent automatically. You do not need to do it again. Keep your reference to follow it up.</source>
        <translation>لم يتمكن نظام البلدية من تأكيدها بعد، لذا حُفظ طلبك على هذا الكشك بشكل مشفّر وسيُرسل تلقائيًا. لا حاجة لإعادته. احتفظ بالرقم المرجعي لمتابعته.</translation>
    </message>
    <message>
        <source>QR code of your receipt: scan it at any kiosk to check your request</source>
        <translation>رمز QR لإيصالك: امسحه في أي كشك للتحقق من طلبك</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>اطبع مرة أخرى</translation>
    </message>
    <message>
        <source>The printer is ready again. Press Print again for your receipt.</source>
        <translation>الطابعة جاهزة من جديد. اضغط اطبع مرة أخرى للحصول على إيصالك.</translation>
    </message>
    <message>
        <source>The city&apos;s system refused this request, so nothing was done. Please ask staff, or try again.</source>
        <translation>رفض نظام البلدية هذا الطلب، لذلك لم يُتخذ أي إجراء. يُرجى سؤال الموظفين أو المحاولة مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>RenewalStep</name>
    <message>
        <source>The library says: %1</source>
        <translation>تقول المكتبة: %1</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>التجديد</translation>
    </message>
    <message>
        <source>Renewed until %1</source>
        <translation>تم التجديد حتى %1</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>تم التجديد</translation>
    </message>
    <message>
        <source>The library renewed this item.</source>
        <translation>جدّدت المكتبة هذه المادة.</translation>
    </message>
    <message>
        <source>Not renewed</source>
        <translation>لم يتم التجديد</translation>
    </message>
    <message>
        <source>The library did not renew this item. Your other items are not affected.</source>
        <translation>لم تجدّد المكتبة هذه المادة. موادك الأخرى لم تتأثر.</translation>
    </message>
    <message>
        <source>The library gave no reason. Library staff can tell you more.</source>
        <translation>لم تذكر المكتبة سببًا. يمكن لموظفي المكتبة إخبارك بالمزيد.</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>لم يتم التأكيد</translation>
    </message>
    <message>
        <source>The library did not confirm the renewal in time. Please check the due date in your loans before renewing again.</source>
        <translation>لم تؤكد المكتبة التجديد في الوقت المحدد. يرجى التحقق من تاريخ الإرجاع في إعاراتك قبل التجديد مرة أخرى.</translation>
    </message>
    <message>
        <source>Back to my loans</source>
        <translation>العودة إلى إعاراتي</translation>
    </message>
</context>
<context>
    <name>ReportPhotoStep</name>
    <message>
        <source>This photo is too large. Please take it again.</source>
        <translation>هذه الصورة كبيرة جدًا. يرجى التقاطها مرة أخرى.</translation>
    </message>
    <message>
        <source>Add a photo (optional)</source>
        <translation>أضف صورة (اختياري)</translation>
    </message>
    <message>
        <source>The camera of this kiosk is not working right now. You can send the report without a photo.</source>
        <translation>كاميرا هذا الكشك لا تعمل الآن. يمكنك إرسال البلاغ بدون صورة.</translation>
    </message>
    <message>
        <source>This photo will be sent with your report.</source>
        <translation>سيتم إرسال هذه الصورة مع بلاغك.</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>جارٍ تشغيل الكاميرا…</translation>
    </message>
    <message>
        <source>Point the camera at the problem, then take the photo.</source>
        <translation>وجّه الكاميرا نحو المشكلة، ثم التقط الصورة.</translation>
    </message>
    <message>
        <source>Camera on</source>
        <translation>الكاميرا قيد التشغيل</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>التقاط صورة</translation>
    </message>
    <message>
        <source>Take the photo now</source>
        <translation>التقط الصورة الآن</translation>
    </message>
    <message>
        <source>Take it again</source>
        <translation>التقطها مرة أخرى</translation>
    </message>
    <message>
        <source>Remove the photo</source>
        <translation>إزالة الصورة</translation>
    </message>
    <message>
        <source>Photo of the problem</source>
        <translation>صورة المشكلة</translation>
    </message>
    <message>
        <source>Blurring faces and number plates…</source>
        <translation>جارٍ تمويه الوجوه ولوحات الأرقام…</translation>
    </message>
    <message>
        <source>The photo cannot be used. Please take it again.</source>
        <translation>لا يمكن استخدام الصورة. يرجى التقاطها مرة أخرى.</translation>
    </message>
    <message>
        <source>Continue with the photo</source>
        <translation>المتابعة مع الصورة</translation>
    </message>
    <message>
        <source>Continue without a photo</source>
        <translation>المتابعة بدون صورة</translation>
    </message>
    <message>
        <source>Faces and number plates found in the photo have been blurred. This photo will be sent with your report.</source>
        <translation>تم تمويه الوجوه ولوحات الأرقام التي وُجدت في الصورة. سيتم إرسال هذه الصورة مع بلاغك.</translation>
    </message>
    <message>
        <source>A photo helps the city find and fix the problem. It is published with the report, so please keep people&apos;s faces and number plates out of it: those the kiosk finds are blurred. The camera turns on only when you press Take photo.</source>
        <translation>تساعد الصورة المدينة على إيجاد المشكلة وإصلاحها. تُنشر الصورة مع البلاغ، لذا يرجى إبقاء وجوه الناس ولوحات الأرقام خارجها: ما يجده الكشك منها يتم تمويهه. لا تعمل الكاميرا إلا عند الضغط على التقاط صورة.</translation>
    </message>
</context>
<context>
    <name>RequestStatus</name>
    <message>
        <source>Waiting to be sent</source>
        <translation>في انتظار الإرسال</translation>
    </message>
    <message>
        <source>Not sent yet: staff will look at it</source>
        <translation>لم يُرسل بعد: سيتولّى الموظفون أمره</translation>
    </message>
    <message>
        <source>Being checked by staff</source>
        <translation>قيد التحقق من الموظفين</translation>
    </message>
    <message>
        <source>Refused by the city&apos;s system</source>
        <translation>رفضه نظام البلدية</translation>
    </message>
    <message>
        <source>Cancelled by staff</source>
        <translation>ألغاه الموظفون</translation>
    </message>
    <message>
        <source>Sent to the city</source>
        <translation>أُرسل إلى البلدية</translation>
    </message>
    <message>
        <source>Received by the city (open)</source>
        <translation>استلمته البلدية (مفتوح)</translation>
    </message>
    <message>
        <source>Acknowledged by the city</source>
        <translation>أكّدت البلدية استلامه</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>تم الإصلاح</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <source>Closed: already reported by someone else</source>
        <translation>مغلق: أبلغ عنه شخص آخر من قبل</translation>
    </message>
    <message>
        <source>Closed and archived</source>
        <translation>مغلق ومؤرشف</translation>
    </message>
    <message>
        <source>Passed on: another organisation is responsible</source>
        <translation>أُحيل: جهة أخرى هي المسؤولة</translation>
    </message>
    <message>
        <source>Closed: no further action</source>
        <translation>مغلق: لا إجراء آخر</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>غير موجود</translation>
    </message>
    <message>
        <source>The city says: %1</source>
        <translation>تقول البلدية: %1</translation>
    </message>
    <message>
        <source>The code on this receipt does not match this kiosk&apos;s records. Please ask staff to check your receipt.</source>
        <translation>الرمز الموجود على هذا الإيصال لا يطابق سجلات هذا الكشك. يُرجى أن تطلب من الموظفين التحقق من إيصالك.</translation>
    </message>
    <message>
        <source>This receipt is not for a street report, so the kiosk can only say whether it was sent. Please ask staff about its progress.</source>
        <translation>هذا الإيصال ليس لبلاغ عن الشارع، لذلك لا يستطيع الكشك إلا أن يخبرك هل أُرسل. يُرجى سؤال الموظفين عن تقدّمه.</translation>
    </message>
    <message>
        <source>The city has your report but has not given it a request number yet. Please check again later.</source>
        <translation>لدى البلدية بلاغك لكنها لم تمنحه رقم طلب بعد. يُرجى التحقق لاحقًا.</translation>
    </message>
    <message>
        <source>The city has your report but has not published its progress yet. Please check again later.</source>
        <translation>لدى البلدية بلاغك لكنها لم تنشر تقدّمه بعد. يُرجى التحقق لاحقًا.</translation>
    </message>
    <message>
        <source>It is saved on this kiosk and will be sent automatically when the city&apos;s system can be reached. You do not need to do it again.</source>
        <translation>إنه محفوظ في هذا الكشك وسيُرسل تلقائيًا عندما يصبح الوصول إلى نظام البلدية ممكنًا. لا تحتاج إلى إعادته.</translation>
    </message>
    <message>
        <source>It is saved, but this kiosk could not send it yet. Staff will send it or contact you. You can ask staff, with your reference.</source>
        <translation>إنه محفوظ، لكن هذا الكشك لم يتمكن من إرساله بعد. سيرسله الموظفون أو يتواصلون معك. يمكنك سؤال الموظفين مع ذكر رقمك المرجعي.</translation>
    </message>
    <message>
        <source>The kiosk cannot tell whether the city received it, so it will never send it a second time by itself. A member of staff checks that it arrived.</source>
        <translation>لا يستطيع الكشك معرفة ما إذا كانت البلدية قد استلمته، لذلك لن يرسله مرة ثانية من تلقاء نفسه أبدًا. يتحقق أحد الموظفين من وصوله.</translation>
    </message>
    <message>
        <source>The city&apos;s system refused this report, so nothing was done. Please ask staff, or report it again.</source>
        <translation>رفض نظام البلدية هذا البلاغ، لذلك لم يُتخذ أي إجراء. يُرجى سؤال الموظفين أو الإبلاغ مرة أخرى.</translation>
    </message>
    <message>
        <source>The city does not publish the progress of this kind of report.</source>
        <translation>لا تنشر البلدية تقدّم هذا النوع من البلاغات.</translation>
    </message>
    <message>
        <source>The kiosk could not search the city&apos;s whole list of reports, so it cannot say where this one is. The kiosk where you made the report can, or staff can help.</source>
        <translation>لم يتمكن الكشك من البحث في قائمة بلاغات البلدية كاملة، لذلك لا يستطيع أن يخبرك بحالة هذا البلاغ. يستطيع ذلك الكشك الذي قدّمت منه البلاغ، أو يمكن للموظفين المساعدة.</translation>
    </message>
    <message>
        <source>The city has no street report with this reference. New reports can take a little while to appear, and reports older than 90 days are not shown.</source>
        <translation>لا يوجد لدى البلدية بلاغ عن الشارع بهذا الرقم المرجعي. قد تستغرق البلاغات الجديدة بعض الوقت لتظهر، ولا تُعرض البلاغات التي مضى عليها أكثر من 90 يومًا.</translation>
    </message>
    <message>
        <source>The city&apos;s system sent an answer the kiosk cannot read, so the status cannot be checked right now. This is what it said on %1.</source>
        <translation>أرسل نظام البلدية ردًّا لا يستطيع الكشك قراءته، لذلك لا يمكن التحقق من الحالة الآن. هذا ما ذكره في %1.</translation>
    </message>
    <message>
        <source>The status cannot be checked right now: the city&apos;s system cannot be reached. This is what it said on %1.</source>
        <translation>لا يمكن التحقق من الحالة الآن: لا يمكن الوصول إلى نظام البلدية. هذا ما ذكره في %1.</translation>
    </message>
    <message>
        <source>The city&apos;s system sent an answer the kiosk cannot read, so the status cannot be checked right now. Please try again later.</source>
        <translation>أرسل نظام البلدية ردًّا لا يستطيع الكشك قراءته، لذلك لا يمكن التحقق من الحالة الآن. يُرجى المحاولة لاحقًا.</translation>
    </message>
    <message>
        <source>The status cannot be checked right now: the city&apos;s system cannot be reached. Please try again later.</source>
        <translation>لا يمكن التحقق من الحالة الآن: لا يمكن الوصول إلى نظام البلدية. يُرجى المحاولة لاحقًا.</translation>
    </message>
    <message>
        <source>Reference %1</source>
        <translation>الرقم المرجعي %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>الحالة: %1</translation>
    </message>
    <message>
        <source>Note from the city (shortened):</source>
        <translation>ملاحظة من البلدية (مختصرة):</translation>
    </message>
    <message>
        <source>Note from the city:</source>
        <translation>ملاحظة من البلدية:</translation>
    </message>
    <message>
        <source>Reported on %1</source>
        <translation>أُبلغ عنه في %1</translation>
    </message>
    <message>
        <source>Last updated on %1</source>
        <translation>آخر تحديث في %1</translation>
    </message>
    <message>
        <source>City&apos;s request number: %1</source>
        <translation>رقم الطلب لدى البلدية: %1</translation>
    </message>
</context>
<context>
    <name>RequestStatusStep</name>
    <message>
        <source>Status of your report</source>
        <translation>حالة بلاغك</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
</context>
<context>
    <name>ReviewStep</name>
    <message>
        <source>Check and sign</source>
        <translation>راجع ووقّع</translation>
    </message>
    <message>
        <source>Sign with my card and send</source>
        <translation>وقّع ببطاقتي وأرسل</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Photo: taken at this kiosk</source>
        <translation>الصورة: التُقطت في هذا الكشك</translation>
    </message>
    <message>
        <source>No fee.</source>
        <translation>بدون رسوم.</translation>
    </message>
    <message>
        <source>Fee: %1 %2, charged to your eCitizen account when the city processes it.</source>
        <translation>الرسوم: %1 %2، تُخصم من حساب eCitizen عند معالجة البلدية للطلب.</translation>
    </message>
    <message>
        <source>I declare that this information is true and complete. My eCitizen card signs this application; I agree to pay the fee shown.</source>
        <translation>أقر بأن هذه المعلومات صحيحة وكاملة. تُوقّع بطاقة eCitizen هذا الطلب؛ وأوافق على دفع الرسوم المبينة.</translation>
    </message>
    <message>
        <source>Check your report</source>
        <translation>راجع بلاغك</translation>
    </message>
    <message>
        <source>Send the report</source>
        <translation>إرسال البلاغ</translation>
    </message>
    <message>
        <source>Check what you entered, then send the report.</source>
        <translation>راجع ما أدخلته، ثم أرسل البلاغ.</translation>
    </message>
    <message>
        <source>The report is anonymous.</source>
        <translation>البلاغ مجهول الهوية.</translation>
    </message>
    <message>
        <source>The report is linked to your eCitizen account.</source>
        <translation>البلاغ مرتبط بحسابك في eCitizen.</translation>
    </message>
    <message>
        <source>No description</source>
        <translation>لا يوجد وصف</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>لا توجد صورة</translation>
    </message>
    <message>
        <source>This photo is published with the report. Faces and number plates found in it have been blurred.</source>
        <translation>تُنشر هذه الصورة مع البلاغ. تم تمويه الوجوه ولوحات الأرقام التي وُجدت فيها.</translation>
    </message>
    <message>
        <source>This photo is published with the report.</source>
        <translation>تُنشر هذه الصورة مع البلاغ.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <source>Change the problem</source>
        <translation>تغيير المشكلة</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Change the place</source>
        <translation>تغيير المكان</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Change the description</source>
        <translation>تغيير الوصف</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>الصورة</translation>
    </message>
    <message>
        <source>Change the photo</source>
        <translation>تغيير الصورة</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>تغيير</translation>
    </message>
    <message>
        <source>Map of the place: %1</source>
        <translation>خريطة المكان: %1</translation>
    </message>
    <message>
        <source>Photo of the problem</source>
        <translation>صورة المشكلة</translation>
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
        <translation>إيصالك</translation>
    </message>
    <message>
        <source>Check the status</source>
        <translation>التحقق من الحالة</translation>
    </message>
    <message>
        <source>This is not the code of an eCitizen receipt. Please scan the square code printed on your receipt.</source>
        <translation>هذا ليس رمز إيصال من المواطن الإلكتروني. يُرجى مسح الرمز المربّع المطبوع على إيصالك.</translation>
    </message>
    <message>
        <source>Please type the reference as it is printed on your receipt, for example K7QX-3M9P.</source>
        <translation>يُرجى كتابة الرقم المرجعي كما هو مطبوع على إيصالك، مثل K7QX-3M9P.</translation>
    </message>
    <message>
        <source>Hold the square code on your receipt in front of the camera, or type the reference number printed on it. You do not need to sign in.</source>
        <translation>ضع الرمز المربّع الموجود على إيصالك أمام الكاميرا، أو اكتب الرقم المرجعي المطبوع عليه. لا تحتاج إلى تسجيل الدخول.</translation>
    </message>
    <message>
        <source>Scan my receipt</source>
        <translation>مسح إيصالي</translation>
    </message>
    <message>
        <source>This kiosk has no camera. Please type the reference number.</source>
        <translation>لا توجد كاميرا في هذا الكشك. يُرجى كتابة الرقم المرجعي.</translation>
    </message>
    <message>
        <source>The camera is not working right now. Please type the reference number.</source>
        <translation>الكاميرا لا تعمل الآن. يُرجى كتابة الرقم المرجعي.</translation>
    </message>
    <message>
        <source>Hold the code on your receipt in front of the camera.</source>
        <translation>ضع الرمز الموجود على إيصالك أمام الكاميرا.</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>جارٍ تشغيل الكاميرا…</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>الرقم المرجعي</translation>
    </message>
    <message>
        <source>Only the report&apos;s status is shown: its reference, kind, dates and the city&apos;s note. Nothing about you.</source>
        <translation>تُعرض حالة البلاغ فقط: رقمه المرجعي ونوعه وتواريخه وملاحظة البلدية. لا شيء عنك.</translation>
    </message>
</context>
<context>
    <name>ServiceScreen</name>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Back to the services</source>
        <translation>العودة إلى الخدمات</translation>
    </message>
    <message>
        <source>Please wait…</source>
        <translation>يرجى الانتظار…</translation>
    </message>
    <message>
        <source>The city&apos;s service cannot be reached right now. This part needs the network. Please try again later or ask staff.</source>
        <translation>لا يمكن الوصول إلى خدمة البلدية الآن. هذا الجزء يحتاج إلى الشبكة. يرجى المحاولة لاحقًا أو طلب المساعدة من الموظفين.</translation>
    </message>
    <message>
        <source>Your request could not be saved on this kiosk. Nothing was sent. Please ask staff for help.</source>
        <translation>تعذر حفظ طلبك في هذا الكشك. لم يُرسل أي شيء. يرجى طلب المساعدة من الموظفين.</translation>
    </message>
    <message>
        <source>This is closed and no longer accepts responses.</source>
        <translation>هذا مغلق ولم يعد يقبل الردود.</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing was sent. Please try again or ask staff.</source>
        <translation>حدث خطأ. لم يُرسل أي شيء. يرجى المحاولة مرة أخرى أو طلب المساعدة من الموظفين.</translation>
    </message>
    <message>
        <source>Sending your request…</source>
        <translation>جارٍ إرسال طلبك…</translation>
    </message>
    <message>
        <source>This kiosk&apos;s storage is full, so your request could not be saved. Nothing was sent. Please use another kiosk or ask staff.</source>
        <translation>مساحة التخزين في هذا الكشك ممتلئة، لذا تعذّر حفظ طلبك. لم يُرسل أي شيء. يرجى استخدام كشك آخر أو سؤال الموظفين.</translation>
    </message>
    <message>
        <source>Signing needs the eCitizen card you signed in with. Please sign in with your card and PIN, or ask staff.</source>
        <translation>يتطلب التوقيع بطاقة eCitizen التي سجلت الدخول بها. يرجى تسجيل الدخول ببطاقتك ورقمك السري، أو اطلب المساعدة من الموظفين.</translation>
    </message>
    <message>
        <source>Your card did not sign. Please keep it in the reader and try again.</source>
        <translation>لم توقّع بطاقتك. أبقها في القارئ وحاول مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>About this kiosk and your privacy</source>
        <translation>عن هذا الكشك وخصوصيتك</translation>
    </message>
    <message>
        <source>What this kiosk does and what happens to your data</source>
        <translation>ماذا يفعل هذا الكشك وماذا يحدث لبياناتك</translation>
    </message>
    <message>
        <source>Technician diagnostics</source>
        <translation>تشخيص الفني</translation>
    </message>
    <message>
        <source>Device health, self-tests, queue decisions and log export</source>
        <translation>حالة الأجهزة والاختبارات الذاتية وقرارات قائمة الانتظار وتصدير السجلات</translation>
    </message>
    <message>
        <source>Pay a utility bill</source>
        <translation>دفع فاتورة خدمات</translation>
    </message>
    <message>
        <source>Water and waste bills: scan the bill or type the account number</source>
        <translation>فواتير المياه والنفايات: امسح الفاتورة أو اكتب رقم الحساب</translation>
    </message>
    <message>
        <source>City projects</source>
        <translation>مشاريع المدينة</translation>
    </message>
    <message>
        <source>Works near this kiosk: status, budget and milestones</source>
        <translation>الأشغال قرب هذا الكشك: الحالة والميزانية والمراحل</translation>
    </message>
    <message>
        <source>My notices</source>
        <translation>إشعاراتي</translation>
    </message>
    <message>
        <source>Bills due, application updates and reminders, most urgent first</source>
        <translation>الفواتير المستحقة وتحديثات الطلبات والتذكيرات، الأكثر إلحاحًا أولًا</translation>
    </message>
    <message>
        <source>Book an appointment</source>
        <translation>حجز موعد</translation>
    </message>
    <message>
        <source>Library appointment, study room or digital help; cancel a booking</source>
        <translation>موعد في المكتبة أو غرفة دراسة أو مساعدة رقمية؛ إلغاء حجز</translation>
    </message>
    <message>
        <source>Permits and licences</source>
        <translation>التصاريح والرخص</translation>
    </message>
    <message>
        <source>Apply for a permit or renew a licence, signed with your card</source>
        <translation>قدّم طلب تصريح أو جدّد رخصة، بتوقيع بطاقتك</translation>
    </message>
    <message>
        <source>Report a street problem</source>
        <translation>الإبلاغ عن مشكلة في الشارع</translation>
    </message>
    <message>
        <source>Potholes, broken lights, graffiti: tell the city where</source>
        <translation>الحفر والأضواء المعطلة والكتابات على الجدران: أخبر المدينة بالمكان</translation>
    </message>
    <message>
        <source>My library account</source>
        <translation>حسابي في المكتبة</translation>
    </message>
    <message>
        <source>Loans, holds and fees: renew loans and pay fees</source>
        <translation>الإعارات والحجوزات والرسوم: جدّد الإعارات وادفع الرسوم</translation>
    </message>
    <message>
        <source>Petitions</source>
        <translation>العرائض</translation>
    </message>
    <message>
        <source>Read petitions and sign them with your card</source>
        <translation>اقرأ العرائض ووقّعها ببطاقتك</translation>
    </message>
    <message>
        <source>Public consultations</source>
        <translation>الاستشارات العامة</translation>
    </message>
    <message>
        <source>Give your opinion on city plans (not elections)</source>
        <translation>أبدِ رأيك في خطط البلدية (ليست انتخابات)</translation>
    </message>
    <message>
        <source>My data and consent</source>
        <translation>بياناتي وموافقتي</translation>
    </message>
    <message>
        <source>What the city holds about you, your choices, a full copy</source>
        <translation>ما تحتفظ به البلدية عنك، واختياراتك، ونسخة كاملة</translation>
    </message>
    <message>
        <source>Election information</source>
        <translation>معلومات الانتخابات</translation>
    </message>
    <message>
        <source>Your polling station, election dates, registering and voting by post</source>
        <translation>مركز الاقتراع الخاص بك، مواعيد الانتخابات، التسجيل والتصويت بالبريد</translation>
    </message>
    <message>
        <source>My street reports</source>
        <translation>بلاغاتي عن الشارع</translation>
    </message>
    <message>
        <source>What the city did with the problems you reported, and its notes</source>
        <translation>ما فعلته البلدية بالمشكلات التي أبلغت عنها، وملاحظاتها</translation>
    </message>
    <message>
        <source>Check a street report</source>
        <translation>التحقق من بلاغ عن الشارع</translation>
    </message>
    <message>
        <source>Scan the code on your receipt to see what the city is doing</source>
        <translation>امسح الرمز الموجود على إيصالك لترى ما تفعله البلدية</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>How would you like to continue?</source>
        <translation>كيف تريد أن تتابع؟</translation>
    </message>
    <message>
        <source>With your eCitizen card</source>
        <translation>ببطاقة eCitizen</translation>
    </message>
    <message>
        <source>Put your card in the reader below the screen, chip first. You will then type your PIN.</source>
        <translation>أدخل بطاقتك في القارئ أسفل الشاشة، والشريحة أولًا. ثم ستكتب رمز PIN.</translation>
    </message>
    <message>
        <source>With your library card</source>
        <translation>ببطاقة المكتبة</translation>
    </message>
    <message>
        <source>Hold your library card on the reader.</source>
        <translation>ضع بطاقة المكتبة على القارئ.</translation>
    </message>
    <message>
        <source>As a guest you can read about city projects and this kiosk, and report a problem on your street without giving your name.</source>
        <translation>كضيف، يمكنك القراءة عن مشاريع المدينة وعن هذا الكشك، والإبلاغ عن مشكلة في شارعك دون ذكر اسمك.</translation>
    </message>
    <message>
        <source>Continue as a guest</source>
        <translation>المتابعة كضيف</translation>
    </message>
    <message>
        <source>Put your card in the reader, chip first.</source>
        <translation>أدخل بطاقتك في القارئ، والشريحة أولًا.</translation>
    </message>
    <message>
        <source>No card? Continue as a guest.</source>
        <translation>ليست لديك بطاقة؟ تابع كضيف.</translation>
    </message>
    <message>
        <source>How the city uses your data</source>
        <translation>كيف تستخدم المدينة بياناتك</translation>
    </message>
</context>
<context>
    <name>SlotStep</name>
    <message>
        <source>Choose a time.</source>
        <translation>اختر وقتًا.</translation>
    </message>
    <message>
        <source>No free times in the next days.</source>
        <translation>لا توجد أوقات متاحة في الأيام القادمة.</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <source>on</source>
        <translation>مفعّل</translation>
    </message>
    <message>
        <source>off</source>
        <translation>غير مفعّل</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>غير متاح</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>فارغ</translation>
    </message>
    <message>
        <source>Normal speed</source>
        <translation>سرعة عادية</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>أبطأ</translation>
    </message>
    <message>
        <source>Slowest</source>
        <translation>الأبطأ</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>صوت أعلى</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>صوت أخفض</translation>
    </message>
    <message>
        <source>This kiosk has no voice for this language: another voice reads aloud.</source>
        <translation>لا يوجد في هذا الكشك صوت لهذه اللغة: سيقرأ صوت آخر بصوت عالٍ.</translation>
    </message>
</context>
<context>
    <name>SpeechTexts</name>
    <message numerus="yes">
        <source>%n character(s) typed</source>
        <translation>
            <numerusform>لم يُكتب أي حرف</numerusform>
            <numerusform>كُتب حرف واحد</numerusform>
            <numerusform>كُتب حرفان</numerusform>
            <numerusform>كُتبت %n أحرف</numerusform>
            <numerusform>كُتب %n حرفًا</numerusform>
            <numerusform>كُتب %n حرف</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffCardPanel</name>
    <message>
        <source>Try again</source>
        <translation>حاول مرة أخرى</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Staff card</source>
        <translation>بطاقة الموظف</translation>
    </message>
    <message>
        <source>Reading the staff card… Please leave it in the reader.</source>
        <translation>جارٍ قراءة بطاقة الموظف… يرجى تركها في القارئ.</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>رمز PIN للموظف</translation>
    </message>
    <message>
        <source>%1, type your staff PIN on the keypad of the card reader.</source>
        <translation>%1، اكتب رمز PIN الخاص بالموظف على لوحة مفاتيح قارئ البطاقات.</translation>
    </message>
    <message>
        <source>%1, type your staff PIN and press OK. The resident is then asked whether they want your help.</source>
        <translation>%1، اكتب رمز PIN الخاص بالموظف واضغط موافق. سيُسأل المقيم بعد ذلك إن كان يريد مساعدتك.</translation>
    </message>
    <message>
        <source>Tries left: %1</source>
        <translation>المحاولات المتبقية: %1</translation>
    </message>
    <message>
        <source>Checking the staff PIN…</source>
        <translation>جارٍ التحقق من رمز PIN للموظف…</translation>
    </message>
    <message>
        <source>This is not a staff card</source>
        <translation>هذه ليست بطاقة موظف</translation>
    </message>
    <message>
        <source>Assisted help is started with a member of staff&apos;s own staff card. Please take this card out of the reader.</source>
        <translation>تبدأ المساعدة بواسطة بطاقة الموظف الخاصة بأحد الموظفين. يرجى إخراج هذه البطاقة من القارئ.</translation>
    </message>
</context>
<context>
    <name>StepBack</name>
    <message>
        <source>Helper, please step back</source>
        <translation>أيها المساعد، يُرجى الابتعاد</translation>
    </message>
    <message>
        <source>My helper stepped back</source>
        <translation>ابتعد مساعدي</translation>
    </message>
    <message>
        <source>Only you can type your PIN. Your helper will step away until you are done.</source>
        <translation>أنت وحدك من يكتب رمز PIN. سيبتعد مساعدك حتى تنتهي.</translation>
    </message>
    <message>
        <source>Only you can put your finger on the reader. Your helper will step away until you are done.</source>
        <translation>أنت وحدك من يضع إصبعه على القارئ. سيبتعد مساعدك حتى تنتهي.</translation>
    </message>
    <message>
        <source>Only you can be in your photo. Your helper will step away until you are done.</source>
        <translation>أنت وحدك من يظهر في صورتك. سيبتعد مساعدك حتى تنتهي.</translation>
    </message>
    <message>
        <source>Only you can confirm the declaration. Your helper will step away until you are done.</source>
        <translation>أنت وحدك من يؤكد الإقرار. سيبتعد مساعدك حتى تنتهي.</translation>
    </message>
    <message>
        <source>Only you can do the next step. Your helper will step away until you are done.</source>
        <translation>أنت وحدك من يقوم بالخطوة التالية. سيبتعد مساعدك حتى تنتهي.</translation>
    </message>
</context>
<context>
    <name>StreetReport</name>
    <message>
        <source>About 100 m north of this kiosk</source>
        <translation>على بعد نحو 100 م شمال هذا الكشك</translation>
    </message>
    <message>
        <source>About 100 m east of this kiosk</source>
        <translation>على بعد نحو 100 م شرق هذا الكشك</translation>
    </message>
    <message>
        <source>About 100 m south of this kiosk</source>
        <translation>على بعد نحو 100 م جنوب هذا الكشك</translation>
    </message>
    <message>
        <source>About 100 m west of this kiosk</source>
        <translation>على بعد نحو 100 م غرب هذا الكشك</translation>
    </message>
</context>
<context>
    <name>StreetReportScreen</name>
    <message>
        <source>Report a street problem</source>
        <translation>الإبلاغ عن مشكلة في الشارع</translation>
    </message>
    <message>
        <source>The city&apos;s request number: %1</source>
        <translation>رقم طلب المدينة: %1</translation>
    </message>
    <message>
        <source>The city&apos;s request number follows once the report is sent.</source>
        <translation>سيصلك رقم طلب البلدية بعد إرسال البلاغ.</translation>
    </message>
    <message>
        <source>A photo is sent with the report.</source>
        <translation>تُرسل صورة مع البلاغ.</translation>
    </message>
    <message>
        <source>The photo cannot be used. Please take it again.</source>
        <translation>لا يمكن استخدام الصورة. يرجى التقاطها مرة أخرى.</translation>
    </message>
    <message>
        <source>Something is missing. Please go back.</source>
        <translation>هناك شيء ناقص. يرجى الرجوع.</translation>
    </message>
</context>
<context>
    <name>SummaryStep</name>
    <message>
        <source>Your data</source>
        <translation>بياناتك</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>What the city holds about you needs the network, which is not available right now. You can still ask for a full copy: the request is saved and sent later.</source>
        <translation>يحتاج عرض ما تحتفظ به البلدية عنك إلى الشبكة، وهي غير متوفرة الآن. لا يزال بإمكانك طلب نسخة كاملة: يُحفظ الطلب ويُرسل لاحقًا.</translation>
    </message>
    <message>
        <source>This is what the city holds about you.</source>
        <translation>هذا ما تحتفظ به البلدية عنك.</translation>
    </message>
    <message>
        <source>Your choices (tap to change)</source>
        <translation>اختياراتك (المس للتغيير)</translation>
    </message>
    <message>
        <source>Send me notices by e-mail</source>
        <translation>أرسل لي الإشعارات عبر البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Send me notices by SMS</source>
        <translation>أرسل لي الإشعارات عبر الرسائل القصيرة</translation>
    </message>
    <message>
        <source>Count my kiosk visits in anonymous statistics</source>
        <translation>احتساب زياراتي للكشك في إحصاءات مجهولة الهوية</translation>
    </message>
    <message>
        <source>Your choice is saved and sent to the city.</source>
        <translation>حُفظ اختيارك ويُرسل إلى البلدية.</translation>
    </message>
    <message>
        <source>Your choice could not be saved. Please ask staff.</source>
        <translation>تعذر حفظ اختيارك. يرجى طلب المساعدة من الموظفين.</translation>
    </message>
    <message>
        <source>Ask for a full copy of my data</source>
        <translation>اطلب نسخة كاملة من بياناتي</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>tap to hide</source>
        <translation>المس للإخفاء</translation>
    </message>
    <message>
        <source>tap to show</source>
        <translation>المس للإظهار</translation>
    </message>
    <message>
        <source>Others may see this screen: tap a detail to show it for a few seconds.</source>
        <translation>قد يرى الآخرون هذه الشاشة: المس معلومة لإظهارها بضع ثوانٍ.</translation>
    </message>
    <message>
        <source>Something is wrong: ask for a correction</source>
        <translation>هناك خطأ: اطلب تصحيحًا</translation>
    </message>
    <message>
        <source>Ask the city to erase my data</source>
        <translation>اطلب من البلدية محو بياناتي</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s), kept %2</source>
        <translation>
            <numerusform>%1: لا سجلات، تُحفظ %2</numerusform>
            <numerusform>%1: سجل واحد، يُحفظ %2</numerusform>
            <numerusform>%1: سجلان، يُحفظان %2</numerusform>
            <numerusform>%1: %n سجلات، تُحفظ %2</numerusform>
            <numerusform>%1: %n سجلاً، تُحفظ %2</numerusform>
            <numerusform>%1: %n سجل، تُحفظ %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: on</source>
        <translation>%1: مفعّل</translation>
    </message>
    <message>
        <source>%1: off</source>
        <translation>%1: غير مفعّل</translation>
    </message>
</context>
<context>
    <name>TakeCardScreen</name>
    <message>
        <source>Take your card</source>
        <translation>خذ بطاقتك</translation>
    </message>
    <message>
        <source>Your session has ended and your details were cleared from this kiosk. Please take your card from the reader.</source>
        <translation>انتهت جلستك ومُسحت بياناتك من هذا الكشك. يُرجى أخذ بطاقتك من القارئ.</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Aa  Language</source>
        <translation>Aa  اللغة</translation>
    </message>
    <message>
        <source>Language and display options</source>
        <translation>خيارات اللغة والعرض</translation>
    </message>
    <message>
        <source>Ask staff</source>
        <translation>اطلب مساعدة</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>الرئيسية</translation>
    </message>
    <message>
        <source>Finish and sign out</source>
        <translation>إنهاء وتسجيل الخروج</translation>
    </message>
    <message>
        <source>PRACTICE: made-up people, nothing is sent to the city</source>
        <translation>تدريب: أشخاص وهميون، لا يُرسل أي شيء إلى المدينة</translation>
    </message>
    <message>
        <source>Staff: end session</source>
        <translation>للموظف: إنهاء الجلسة</translation>
    </message>
    <message>
        <source>Helped by staff member %1</source>
        <translation>بمساعدة الموظف %1</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>مسجّل الدخول: %1</translation>
    </message>
    <message>
        <source>Offline: your requests are saved here and sent when the network is back</source>
        <translation>غير متصل: تُحفظ طلباتك هنا وتُرسل عند عودة الشبكة</translation>
    </message>
    <message>
        <source>Stop helping</source>
        <translation>إيقاف المساعدة</translation>
    </message>
</context>
<context>
    <name>owner</name>
    <message>
        <source>Check your change</source>
        <translation>تحقق من التغيير</translation>
    </message>
    <message>
        <source>Change your visit to %1?</source>
        <translation>هل تغيّر زيارتك إلى %1؟</translation>
    </message>
    <message>
        <source>Your booking on %1 will be cancelled.</source>
        <translation>سيُلغى حجزك في %1.</translation>
    </message>
    <message>
        <source>Yes, change it</source>
        <translation>نعم، غيّره</translation>
    </message>
    <message>
        <source>Booked: %1, %2</source>
        <translation>تم الحجز: %1، %2</translation>
    </message>
    <message>
        <source>Check your cancellation</source>
        <translation>تحقق من الإلغاء</translation>
    </message>
    <message>
        <source>Cancel your visit on %1 at %2?</source>
        <translation>هل تلغي زيارتك في %1 في %2؟</translation>
    </message>
    <message>
        <source>Yes, cancel</source>
        <translation>نعم، ألغِ</translation>
    </message>
    <message>
        <source>Cancel a booking</source>
        <translation>إلغاء حجز</translation>
    </message>
    <message>
        <source>Booking cancelled: %1, %2</source>
        <translation>أُلغي الحجز: %1، %2</translation>
    </message>
</context>
</TS>
