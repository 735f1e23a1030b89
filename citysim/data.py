"""Seeded demo data for the demo city: residents (matching the smart-card personas), bills,
appointment slots, petitions, consultations, projects, notices, licences, the service catalog and
a library with patrons, items and card UIDs.

Everything is deterministic given the start time, so tests can rely on ids and amounts.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

CITY_NAME = "Riverton"
CURRENCY = "EUR"
CENTRE = (41.3870, 2.1700)  # the central library kiosk's site
CATALOG_VERSION = "2026.11.1"
LANGS = ("en", "es", "fr", "ar")


def t(en: str, es: str, fr: str, ar: str) -> dict[str, str]:
    """A localized text in every kiosk language."""
    return {"en": en, "es": es, "fr": fr, "ar": ar}


def iso(when: dt.datetime) -> str:
    return when.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")


# --- people ----------------------------------------------------------------------------------

RESIDENTS: dict[str, dict[str, Any]] = {
    "RES-0001": {
        "resident_id": "RES-0001",
        "given_name": "Amina",
        "family_name": "Njoroge",
        "display_name": "Amina Njoroge",
        "preferred_language": "es",
        "roles": ["resident", "patron"],
        "address": "Carrer de la Riera 12, 2º 1ª, 08001 Riverton",
        "email": "amina.njoroge@example.org",
        "phone": "+34 600 000 001",
        "date_of_birth": "1985-04-17",
        "library_patron_id": "LIB-0001",
    },
    "RES-0002": {
        "resident_id": "RES-0002",
        "given_name": "Brian",
        "family_name": "Otieno",
        "display_name": "Brian Otieno",
        "preferred_language": "en",
        "roles": ["resident", "patron"],
        "address": "Avinguda del Port 7, 08002 Riverton",
        "email": "brian.otieno@example.org",
        "phone": "+34 600 000 002",
        "date_of_birth": "1972-09-03",
        "library_patron_id": "LIB-0002",
    },
    "RES-0003": {
        "resident_id": "RES-0003",
        "given_name": "Carmen",
        "family_name": "Díaz",
        "display_name": "Carmen Díaz",
        "preferred_language": "ar",
        "roles": ["resident", "patron"],
        "address": "Plaça Nova 3, 08003 Riverton",
        "email": "carmen.diaz@example.org",
        "phone": "+34 600 000 003",
        "date_of_birth": "1994-01-26",
        "library_patron_id": "LIB-0003",
    },
    "STAFF-0001": {
        "resident_id": "STAFF-0001",
        "given_name": "Daniel",
        "family_name": "Kimani",
        "display_name": "Daniel Kimani",
        "preferred_language": "es",
        "roles": ["staff"],
        "address": "Riverton City Hall",
        "email": "daniel.kimani@riverton.example.org",
        "phone": "+34 600 000 101",
        "date_of_birth": "1980-06-30",
        "library_patron_id": None,
    },
    "TECH-0001": {
        "resident_id": "TECH-0001",
        "given_name": "Esther",
        "family_name": "Wanjiru",
        "display_name": "Esther Wanjiru",
        "preferred_language": "en",
        "roles": ["technician"],
        "address": "Riverton IT Services",
        "email": "esther.wanjiru@riverton.example.org",
        "phone": "+34 600 000 201",
        "date_of_birth": "1988-11-11",
        "library_patron_id": None,
    },
}

# --- library (SIP2) ---------------------------------------------------------------------------

INSTITUTION_ID = "RIVERTONLIB"
LIBRARY_NAME = "Riverton Public Library"
SIP2_LOGIN = ("kiosk1", "kioskpw")
SIP2_LOCATION = "KIOSK1"


@dataclass
class Patron:
    patron_id: str
    name: str
    pin: str
    card_uid: str  # the library card's contactless UID (hex), read by the kiosk's reader
    resident_id: str | None
    email: str = ""
    phone: str = ""
    address: str = ""
    holds: list[str] = field(default_factory=list)  # item ids on hold for this patron
    fees: list[dict[str, Any]] = field(default_factory=list)  # {fee_id, amount, type, title}
    language: str = "000"


@dataclass
class Item:
    item_id: str
    title: str
    author: str
    media_type: str = "001"  # SIP2 CK: 001 other, 001 book
    location: str = "Main stacks"
    charged_to: str | None = None
    due: dt.datetime | None = None
    renewals: int = 0


def library_seed(now: dt.datetime) -> tuple[dict[str, Patron], dict[str, Item]]:
    patrons = {
        p.patron_id: p
        for p in (
            Patron(
                "LIB-0001",
                "Amina Njoroge",
                "1234",
                "04A1B2C3D4E501",
                "RES-0001",
                "amina.njoroge@example.org",
                "+34 600 000 001",
                "Carrer de la Riera 12, Riverton",
            ),
            Patron(
                "LIB-0002",
                "Brian Otieno",
                "2345",
                "04A1B2C3D4E502",
                "RES-0002",
                "brian.otieno@example.org",
                "+34 600 000 002",
                "Avinguda del Port 7, Riverton",
            ),
            Patron(
                "LIB-0003",
                "Carmen Díaz",
                "3456",
                "04A1B2C3D4E503",
                "RES-0003",
                "carmen.diaz@example.org",
                "+34 600 000 003",
                "Plaça Nova 3, Riverton",
            ),
            # the card emulator's contactless "library-card" persona
            Patron("LIB-0100", "Leo Martin", "4567", "04A22B1A5C3E80", None),
        )
    }
    items = {
        i.item_id: i
        for i in (
            Item("39000000000011", "Don Quijote de la Mancha", "Miguel de Cervantes"),
            Item("39000000000012", "The Little Prince", "Antoine de Saint-Exupéry"),
            Item("39000000000013", "Cien años de soledad", "Gabriel García Márquez"),
            Item("39000000000014", "Season of Migration to the North", "Tayeb Salih"),
            Item("39000000000015", "The Good Soldier Švejk", "Jaroslav Hašek"),
            Item("39000000000016", "Les Misérables", "Victor Hugo"),
            Item("39000000000017", "Python Crash Course", "Eric Matthes"),
            Item("39000000000018", "Riverton: A City History", "Riverton Archives"),
            Item("39000000000019", "The Cairo Trilogy", "Naguib Mahfouz"),
            Item("39000000000020", "Gardening in Small Spaces", "L. Ortega"),
        )
    }
    # Amina: two loans (one overdue), a hold, a fee.
    items["39000000000012"].charged_to = "LIB-0001"
    items["39000000000012"].due = now + dt.timedelta(days=9)
    items["39000000000013"].charged_to = "LIB-0001"
    items["39000000000013"].due = now - dt.timedelta(days=3)
    patrons["LIB-0001"].holds.append("39000000000016")
    patrons["LIB-0001"].fees.append(
        {"fee_id": "FEE-0001", "amount": "1.50", "type": "01", "title": "Overdue: Cien años"}
    )
    # Brian: one loan, two fees.
    items["39000000000015"].charged_to = "LIB-0002"
    items["39000000000015"].due = now + dt.timedelta(days=14)
    patrons["LIB-0002"].fees.append(
        {"fee_id": "FEE-0002", "amount": "0.80", "type": "01", "title": "Overdue: Hašek"}
    )
    patrons["LIB-0002"].fees.append(
        {"fee_id": "FEE-0003", "amount": "3.00", "type": "06", "title": "Lost card replacement"}
    )
    # Carmen: one loan, one hold.
    items["39000000000019"].charged_to = "LIB-0003"
    items["39000000000019"].due = now + dt.timedelta(days=2)
    patrons["LIB-0003"].holds.append("39000000000017")
    return patrons, items


# --- gateway data -----------------------------------------------------------------------------


def bills_seed(now: dt.datetime) -> dict[str, dict[str, Any]]:
    def bill(
        bill_id: str,
        code: str,
        account: str,
        owner: str,
        kind: str,
        amount: int,
        due_days: int,
        status: str = "open",
    ) -> dict[str, Any]:
        return {
            "bill_id": bill_id,
            "bill_code": code,
            "account_number": account,
            "resident_id": owner,
            "kind": kind,
            "description": t(
                f"{kind.title()} bill",
                {"water": "Factura de agua", "waste": "Tasa de residuos"}.get(kind, "Factura"),
                {"water": "Facture d'eau", "waste": "Taxe d'ordures"}.get(kind, "Facture"),
                {"water": "فاتورة المياه", "waste": "رسوم النفايات"}.get(kind, "فاتورة"),
            ),
            "amount_minor": amount,
            "currency": CURRENCY,
            "issued_at": iso(now - dt.timedelta(days=20)),
            "due_date": (now + dt.timedelta(days=due_days)).date().isoformat(),
            "status": status,
        }

    bills = [
        bill("BILL-1001", "RVB2026000101", "ACC-1001", "RES-0001", "water", 4520, 10),
        bill("BILL-1002", "RVB2026000102", "ACC-1001", "RES-0001", "waste", 8900, 25),
        bill("BILL-2001", "RVB2026000201", "ACC-2001", "RES-0002", "water", 3175, -2),
        bill("BILL-2002", "RVB2026000202", "ACC-2001", "RES-0002", "waste", 8900, 25, "paid"),
        bill("BILL-3001", "RVB2026000301", "ACC-3001", "RES-0003", "water", 2210, 5),
    ]
    return {b["bill_id"]: b for b in bills}


APPOINTMENT_SERVICES = {
    "library-appointment": t(
        "Library appointment", "Cita en la biblioteca", "Rendez-vous bibliothèque", "موعد المكتبة"
    ),
    "room-booking": t("Study room", "Sala de estudio", "Salle d'étude", "غرفة دراسة"),
    "digital-help": t("Digital help desk", "Ayuda digital", "Aide numérique", "مساعدة رقمية"),
}


def slots_seed(now: dt.datetime) -> dict[str, dict[str, Any]]:
    slots: dict[str, dict[str, Any]] = {}
    start_day = (now + dt.timedelta(days=1)).date()
    for day in range(7):
        date = start_day + dt.timedelta(days=day)
        if date.weekday() == 6:
            continue
        for service in APPOINTMENT_SERVICES:
            for hour in (10, 11, 12, 16, 17):
                start = dt.datetime.combine(date, dt.time(hour, 0), tzinfo=dt.UTC)
                slot_id = f"SLOT-{service[:3].upper()}-{start:%Y%m%d%H%M}"
                slots[slot_id] = {
                    "slot_id": slot_id,
                    "service": service,
                    "title": APPOINTMENT_SERVICES[service],
                    "start": iso(start),
                    "end": iso(start + dt.timedelta(minutes=45)),
                    "location": "Riverton Public Library, floor 1",
                    "available": True,
                }
    return slots


def petitions_seed(now: dt.datetime) -> dict[str, dict[str, Any]]:
    return {
        "PET-001": {
            "petition_id": "PET-001",
            "title": t(
                "More trees on Riera street",
                "Más árboles en la calle Riera",
                "Plus d'arbres rue de la Riera",
                "المزيد من الأشجار في شارع ريرا",
            ),
            "summary": t(
                "Plant 40 trees along Riera street by next spring.",
                "Plantar 40 árboles en la calle Riera antes de la primavera.",
                "Planter 40 arbres rue de la Riera d'ici le printemps.",
                "زراعة 40 شجرة في شارع ريرا قبل الربيع.",
            ),
            "text": t(
                "We, residents of Riverton, ask the city council to plant 40 shade trees along "
                "Riera street and to maintain them for five years.",
                "Los vecinos de Riverton pedimos al ayuntamiento que plante 40 árboles de sombra "
                "en la calle Riera y los mantenga durante cinco años.",
                "Nous, habitants de Riverton, demandons au conseil municipal de planter 40 arbres "
                "rue de la Riera et de les entretenir pendant cinq ans.",
                "نحن سكان ريفرتون نطلب من المجلس البلدي زراعة 40 شجرة ظل في شارع ريرا وصيانتها "
                "لمدة خمس سنوات.",
            ),
            "author": "Riera Neighbours' Association",
            "signature_count": 812,
            "goal": 1000,
            "opens_at": iso(now - dt.timedelta(days=30)),
            "closes_at": iso(now + dt.timedelta(days=30)),
            "status": "open",
        },
        "PET-002": {
            "petition_id": "PET-002",
            "title": t(
                "Library open on Sundays",
                "Biblioteca abierta los domingos",
                "Bibliothèque ouverte le dimanche",
                "فتح المكتبة أيام الأحد",
            ),
            "summary": t(
                "Open the central library on Sunday mornings.",
                "Abrir la biblioteca central los domingos por la mañana.",
                "Ouvrir la bibliothèque centrale le dimanche matin.",
                "فتح المكتبة المركزية صباح الأحد.",
            ),
            # the students wrote their petition in English and Spanish; the city translated
            # its title and summary only
            "text": {
                "en": "Open the central library from 10:00 to 14:00 on Sundays.",
                "es": "Abrir la biblioteca central de 10:00 a 14:00 los domingos.",
            },
            "author": "Riverton Students' Council",
            "signature_count": 233,
            "goal": 500,
            "opens_at": iso(now - dt.timedelta(days=5)),
            "closes_at": iso(now + dt.timedelta(days=60)),
            "status": "open",
        },
        "PET-003": {
            "petition_id": "PET-003",
            "title": t(
                "Night buses on weekdays",
                "Autobuses nocturnos entre semana",
                "Bus de nuit en semaine",
                "حافلات ليلية في أيام الأسبوع",
            ),
            "summary": t(
                "Run the N1 night bus every night.",
                "Que el bus nocturno N1 circule todas las noches.",
                "Faire circuler le bus de nuit N1 chaque nuit.",
                "تشغيل الحافلة الليلية N1 كل ليلة.",
            ),
            "text": t(
                "Run the N1 night bus every night, not only at weekends.",
                "Que el N1 circule todas las noches, no solo los fines de semana.",
                "Faire circuler le N1 chaque nuit, pas seulement le week-end.",
                "تشغيل N1 كل ليلة وليس فقط في عطلة نهاية الأسبوع.",
            ),
            "author": "Port District Residents",
            "signature_count": 1500,
            "goal": 1500,
            "opens_at": iso(now - dt.timedelta(days=90)),
            "closes_at": iso(now - dt.timedelta(days=1)),
            "status": "closed",
        },
    }


def consultations_seed(now: dt.datetime) -> dict[str, dict[str, Any]]:
    return {
        "CON-001": {
            "consultation_id": "CON-001",
            "title": t(
                "Plaça Nova redesign",
                "Remodelación de la Plaça Nova",
                "Réaménagement de la Plaça Nova",
                "إعادة تصميم ساحة نوفا",
            ),
            "description": t(
                "Help us choose the new layout of Plaça Nova.",
                "Ayúdanos a elegir el nuevo diseño de la Plaça Nova.",
                "Aidez-nous à choisir le nouvel aménagement de la Plaça Nova.",
                "ساعدنا في اختيار التصميم الجديد لساحة نوفا.",
            ),
            "closes_at": iso(now + dt.timedelta(days=21)),
            "status": "open",
            "questions": [
                {
                    "question_id": "q1",
                    "kind": "single_choice",
                    "required": True,
                    "text": t(
                        "Which layout do you prefer?",
                        "¿Qué diseño prefieres?",
                        "Quel aménagement préférez-vous ?",
                        "أي تصميم تفضل؟",
                    ),
                    "choices": [
                        {
                            "choice_id": "a",
                            "label": t("More green", "Más verde", "Plus de vert", "مساحات خضراء"),
                        },
                        {
                            "choice_id": "b",
                            "label": t(
                                "Market space", "Espacio de mercado", "Espace marché", "مساحة للسوق"
                            ),
                        },
                        {
                            "choice_id": "c",
                            "label": t(
                                "Playground", "Parque infantil", "Aire de jeux", "ملعب أطفال"
                            ),
                        },
                    ],
                },
                {
                    "question_id": "q2",
                    "kind": "multiple_choice",
                    "required": False,
                    "text": t(
                        "What should it have?",
                        "¿Qué debería tener?",
                        "Que devrait-elle avoir ?",
                        "ماذا يجب أن تحتوي؟",
                    ),
                    "choices": [
                        {"choice_id": "benches", "label": t("Benches", "Bancos", "Bancs", "مقاعد")},
                        {
                            "choice_id": "fountain",
                            "label": t("Fountain", "Fuente", "Fontaine", "نافورة"),
                        },
                        {"choice_id": "shade", "label": t("Shade", "Sombra", "Ombre", "ظل")},
                    ],
                },
                {
                    "question_id": "q3",
                    "kind": "free_text",
                    "required": False,
                    "max_length": 1000,
                    "text": t(
                        "Anything else?",
                        "¿Algo más?",
                        "Autre chose ?",
                        "أي شيء آخر؟",
                    ),
                    "choices": [],
                },
            ],
        },
        "CON-002": {
            "consultation_id": "CON-002",
            "title": t(
                "Library opening hours",
                "Horario de la biblioteca",
                "Horaires de la bibliothèque",
                "ساعات عمل المكتبة",
            ),
            "description": t(
                "When should the library open?",
                "¿Cuándo debería abrir la biblioteca?",
                "Quand la bibliothèque devrait-elle ouvrir ?",
                "متى يجب أن تفتح المكتبة؟",
            ),
            "closes_at": iso(now + dt.timedelta(days=10)),
            "status": "open",
            "questions": [
                {
                    "question_id": "q1",
                    "kind": "single_choice",
                    "required": True,
                    "text": t(
                        "Preferred hours",
                        "Horario preferido",
                        "Horaires préférés",
                        "الساعات المفضلة",
                    ),
                    "choices": [
                        {"choice_id": "early", "label": t("8–16", "8–16", "8–16", "8–16")},
                        {"choice_id": "late", "label": t("12–20", "12–20", "12–20", "12–20")},
                    ],
                }
            ],
        },
    }


# Plain-text names the gateway answers in the language asked for (Accept-Language), saying
# which in Content-Language; English is the key.
MILESTONE_NAMES: dict[str, dict[str, str]] = {
    "Design": {"es": "Diseño", "fr": "Conception", "ar": "التصميم"},
    "Planting": {"es": "Plantación", "fr": "Plantation", "ar": "الزراعة"},
    "Handover": {"es": "Entrega", "fr": "Réception", "ar": "التسليم"},
    "Tender": {"es": "Licitación", "fr": "Appel d'offres", "ar": "المناقصة"},
    "Works": {"es": "Obras", "fr": "Travaux", "ar": "الأشغال"},
    "Section 1": {"es": "Tramo 1", "fr": "Tronçon 1", "ar": "المقطع 1"},
    "Section 2": {"es": "Tramo 2", "fr": "Tronçon 2", "ar": "المقطع 2"},
    "Consultation": {"es": "Consulta", "fr": "Consultation", "ar": "الاستشارة"},
    "Opening": {"es": "Inauguración", "fr": "Inauguration", "ar": "الافتتاح"},
}
RETENTION_TEXTS: dict[str, dict[str, str]] = {
    "while resident": {
        "es": "mientras resida aquí",
        "fr": "tant que vous résidez ici",
        "ar": "طوال مدة الإقامة",
    },
    "10 years (tax law)": {
        "es": "10 años (ley tributaria)",
        "fr": "10 ans (droit fiscal)",
        "ar": "10 سنوات (قانون الضرائب)",
    },
    "1 year": {"es": "1 año", "fr": "1 an", "ar": "سنة واحدة"},
    "5 years after expiry": {
        "es": "5 años tras el vencimiento",
        "fr": "5 ans après l'expiration",
        "ar": "5 سنوات بعد انتهاء الصلاحية",
    },
    "2 years": {"es": "2 años", "fr": "2 ans", "ar": "سنتان"},
}


def in_language(text: str, names: dict[str, dict[str, str]], language: str) -> str:
    """A plain-text name in ``language`` where the city has it, else as it is (English)."""
    return names.get(text, {}).get(language, text)


def projects_seed(now: dt.datetime) -> dict[str, dict[str, Any]]:
    def proj(
        pid: str,
        title: dict[str, str],
        lat: float,
        lon: float,
        status: str,
        planned: int,
        spent: int,
        milestones: list[tuple[str, int, str]],
        description: dict[str, str] | None = None,
    ) -> dict[str, Any]:
        return {
            "project_id": pid,
            "title": title,
            "description": description or title,
            "location": {"lat": lat, "lon": lon},
            "status": status,
            "budget": {"planned_minor": planned, "spent_minor": spent, "currency": CURRENCY},
            "milestones": [
                {
                    "name": name,
                    "due_date": (now + dt.timedelta(days=days)).date().isoformat(),
                    "status": mstatus,
                }
                for name, days, mstatus in milestones
            ],
            "updated_at": iso(now - dt.timedelta(days=2)),
        }

    items = [
        proj(
            "PRJ-001",
            t(
                "Riera street trees",
                "Árboles de la calle Riera",
                "Arbres rue de la Riera",
                "أشجار شارع ريرا",
            ),
            41.3880,
            2.1710,
            "in_progress",
            12_000_000,
            4_500_000,
            [
                ("Design", -60, "done"),
                ("Planting", 30, "in_progress"),
                ("Handover", 120, "planned"),
            ],
        ),
        proj(
            "PRJ-002",
            t(
                "Library roof repair",
                "Reparación del tejado",
                "Réfection du toit",
                "إصلاح سقف المكتبة",
            ),
            41.3871,
            2.1702,
            "planned",
            25_000_000,
            0,
            [("Tender", 20, "planned"), ("Works", 90, "planned")],
        ),
        proj(
            "PRJ-003",
            t(
                "Port cycle lane",
                "Carril bici del puerto",
                "Piste cyclable du port",
                "مسار الدراجات في الميناء",
            ),
            41.3790,
            2.1850,
            "in_progress",
            80_000_000,
            61_000_000,
            [("Section 1", -10, "done"), ("Section 2", 45, "in_progress")],
        ),
        proj(
            "PRJ-004",
            t(
                "Plaça Nova redesign",
                "Remodelación Plaça Nova",
                "Réaménagement Plaça Nova",
                "إعادة تصميم ساحة نوفا",
            ),
            41.3840,
            2.1760,
            "consultation",
            40_000_000,
            500_000,
            [("Consultation", 21, "in_progress"), ("Design", 120, "planned")],
            # a new project: the city has written its description in English only so far
            {
                "en": "A new layout for the square, chosen with residents: more shade, seats "
                "and space for the Saturday market. Works start after the consultation.",
            },
        ),
        proj(
            "PRJ-005",
            t(
                "North district school",
                "Escuela del distrito norte",
                "École du quartier nord",
                "مدرسة الحي الشمالي",
            ),
            41.4300,
            2.1600,
            "completed",
            300_000_000,
            296_000_000,
            [("Opening", -30, "done")],
        ),
    ]
    return {p["project_id"]: p for p in items}


# --- election information (read-only; voting itself is out of scope, see docs/services.md) ---

POLLING_STATIONS: dict[str, dict[str, Any]] = {
    "PS-01": {
        "station_id": "PS-01",
        "name": t(
            "Central Library, ground-floor hall",
            "Biblioteca Central, sala de la planta baja",
            "Bibliothèque centrale, salle du rez-de-chaussée",
            "المكتبة المركزية، قاعة الطابق الأرضي",
        ),
        "address": "1 Library Square, 08001 Riverton",
        "lat": 41.3872,
        "lon": 2.1701,
        "district": "01",
        "step_free": True,
    },
    "PS-02": {
        "station_id": "PS-02",
        "name": t(
            "Port Civic Centre",
            "Centro Cívico del Puerto",
            "Centre civique du Port",
            "المركز المدني للميناء",
        ),
        "address": "Avinguda del Port 40, 08002 Riverton",
        "lat": 41.3805,
        "lon": 2.1790,
        "district": "02",
        "step_free": True,
    },
    "PS-03": {
        "station_id": "PS-03",
        "name": t(
            "Plaça Nova Primary School",
            "Escuela Primaria Plaça Nova",
            "École primaire Plaça Nova",
            "مدرسة بلاثا نوفا الابتدائية",
        ),
        "address": "Plaça Nova 9, 08003 Riverton",
        "lat": 41.3842,
        "lon": 2.1758,
        "district": "03",
        "step_free": False,
    },
}

# Each resident persona's district (from the address on the electoral roll) and roll status.
ELECTORAL_ROLL: dict[str, dict[str, Any]] = {
    "RES-0001": {"station_id": "PS-01", "registered": True},  # Amina, Carrer de la Riera 12
    "RES-0002": {"station_id": "PS-02", "registered": True},  # Brian, Avinguda del Port 7
    "RES-0003": {"station_id": "PS-03", "registered": False},  # Carmen, Plaça Nova 3
}


def elections_seed(now: dt.datetime) -> dict[str, Any]:
    """Upcoming elections and how to take part (public information)."""

    def day(days: int) -> str:
        return (now + dt.timedelta(days=days)).date().isoformat()

    return {
        "elections": [
            {
                "election_id": "EL-2027-MUN",
                "title": t(
                    "Riverton municipal election",
                    "Elecciones municipales de Riverton",
                    "Élections municipales de Riverton",
                    "الانتخابات البلدية في ريفرتون",
                ),
                "date": day(60),
                "registration_deadline": day(30),
                "postal_vote_deadline": day(50),
                "polls_open": "09:00",
                "polls_close": "20:00",
            },
            {
                "election_id": "EL-2027-REF",
                "title": t(
                    "Regional referendum on public transport",
                    "Referéndum regional sobre el transporte público",
                    "Référendum régional sur les transports publics",
                    "استفتاء إقليمي حول النقل العام",
                ),
                "date": day(150),
                "registration_deadline": day(120),
                "postal_vote_deadline": day(140),
                "polls_open": "09:00",
                "polls_close": "20:00",
            },
        ],
        "how_to_register": t(
            "Residents aged 18 or over can register on the electoral roll at City Hall or at "
            "any library counter with an ID document and proof of address, until the "
            "registration deadline.",
            "Los residentes de 18 años o más pueden inscribirse en el censo electoral en el "
            "Ayuntamiento o en cualquier mostrador de biblioteca con un documento de identidad "
            "y un justificante de domicilio, hasta la fecha límite de inscripción.",
            "Les résidents de 18 ans ou plus peuvent s'inscrire sur la liste électorale à la "
            "mairie ou à tout guichet de bibliothèque avec une pièce d'identité et un "
            "justificatif de domicile, jusqu'à la date limite d'inscription.",
            "يمكن للمقيمين الذين تبلغ أعمارهم 18 عامًا أو أكثر التسجيل في السجل الانتخابي في "
            "مبنى البلدية أو في أي مكتب مكتبة مع وثيقة هوية وإثبات عنوان، حتى الموعد النهائي "
            "للتسجيل.",
        ),
        "how_to_vote_by_post": t(
            "To vote by post, ask for a postal ballot at City Hall or at a post office before "
            "the postal vote deadline. The ballot is sent to your address on the roll.",
            "Para votar por correo, solicite el voto por correo en el Ayuntamiento o en una "
            "oficina de correos antes de la fecha límite. La papeleta se envía a su domicilio "
            "del censo.",
            "Pour voter par correspondance, demandez un bulletin à la mairie ou dans un bureau "
            "de poste avant la date limite. Le bulletin est envoyé à votre adresse inscrite.",
            "للتصويت بالبريد، اطلب بطاقة اقتراع بريدية من مبنى البلدية أو من مكتب بريد قبل "
            "الموعد النهائي. تُرسل البطاقة إلى عنوانك المسجل.",
        ),
    }


def notices_seed(now: dt.datetime) -> dict[str, list[dict[str, Any]]]:
    def notice(
        nid: str, kind: str, urgency: str, title: dict[str, str], days_ago: int, ref: str | None
    ) -> dict[str, Any]:
        return {
            "notice_id": nid,
            "kind": kind,
            "urgency": urgency,
            "title": title,
            "body": title,
            "created_at": iso(now - dt.timedelta(days=days_ago)),
            "read": False,
            "reference": ref,
        }

    return {
        "RES-0001": [
            notice(
                "NOT-0001",
                "bill_due",
                "high",
                t(
                    "Water bill due in 10 days",
                    "Factura de agua vence en 10 días",
                    "Facture d'eau due dans 10 jours",
                    "فاتورة المياه مستحقة خلال 10 أيام",
                ),
                1,
                "BILL-1001",
            ),
            notice(
                "NOT-0002",
                "library",
                "normal",
                t(
                    "A library book is overdue",
                    "Un libro de la biblioteca está vencido",
                    "Un livre de la bibliothèque est en retard",
                    "كتاب من المكتبة متأخر",
                ),
                2,
                None,
            ),
            notice(
                "NOT-0003",
                "general",
                "low",
                t(
                    "New consultation: Plaça Nova",
                    "Nueva consulta: Plaça Nova",
                    "Nouvelle consultation : Plaça Nova",
                    "استشارة جديدة: ساحة نوفا",
                ),
                3,
                "CON-001",
            ),
        ],
        "RES-0002": [
            notice(
                "NOT-0101",
                "bill_due",
                "high",
                t(
                    "Water bill overdue",
                    "Factura de agua vencida",
                    "Facture d'eau en retard",
                    "فاتورة المياه متأخرة",
                ),
                0,
                "BILL-2001",
            ),
            notice(
                "NOT-0102",
                "licence",
                "normal",
                t(
                    "Your market stall licence expires soon",
                    "Su licencia de puesto caduca pronto",
                    "Votre licence d'étal expire bientôt",
                    "رخصة كشك السوق تنتهي قريباً",
                ),
                4,
                "LIC-0002",
            ),
        ],
        "RES-0003": [
            notice(
                "NOT-0201",
                "appointment",
                "normal",
                t(
                    "Digital help sessions available",
                    "Sesiones de ayuda digital disponibles",
                    "Séances d'aide numérique disponibles",
                    "جلسات مساعدة رقمية متاحة",
                ),
                1,
                None,
            ),
        ],
    }


def licences_seed(now: dt.datetime) -> dict[str, dict[str, Any]]:
    return {
        "LIC-0001": {
            "licence_id": "LIC-0001",
            "resident_id": "RES-0001",
            "service_id": "dog-licence",
            "title": t("Dog licence", "Licencia de perro", "Licence pour chien", "رخصة كلب"),
            "valid_until": (now + dt.timedelta(days=20)).date().isoformat(),
            "status": "active",
        },
        "LIC-0002": {
            "licence_id": "LIC-0002",
            "resident_id": "RES-0002",
            "service_id": "market-stall-licence",
            "title": t(
                "Market stall licence",
                "Licencia de puesto de mercado",
                "Licence d'étal de marché",
                "رخصة كشك السوق",
            ),
            "valid_until": (now + dt.timedelta(days=12)).date().isoformat(),
            "status": "active",
        },
    }


# --- the service catalog -----------------------------------------------------------------------


def _field(
    name: str,
    ftype: str,
    label: dict[str, str],
    *,
    required: bool = True,
    help: dict[str, str] | None = None,
    validation: dict[str, Any] | None = None,
    choices: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    out: dict[str, Any] = {"name": name, "type": ftype, "label": label, "required": required}
    if help is not None:
        out["help"] = help
    if validation is not None:
        out["validation"] = validation
    if choices is not None:
        out["choices"] = choices
    return out


def _without_form(
    service_id: str,
    kind: str,
    category: str,
    title: dict[str, str],
    summary: dict[str, str],
    eligibility: list[str],
    *,
    requires_signature: bool = False,
    online_only: bool = False,
) -> dict[str, Any]:
    """A catalog entry of a service without form fields, photo or fee."""
    return {
        "service_id": service_id,
        "kind": kind,
        "category": category,
        "title": title,
        "summary": summary,
        "eligibility": eligibility,
        "requires_photo": False,
        "requires_signature": requires_signature,
        "fee": None,
        "online_only": online_only,
        "fields": [],
    }


def catalog_seed() -> dict[str, Any]:
    services = [
        {
            "service_id": "bill-payment",
            "kind": "bill_payment",
            "category": "payments",
            "title": t("Pay a bill", "Pagar una factura", "Payer une facture", "دفع فاتورة"),
            "summary": t(
                "Water, waste and other city bills.",
                "Agua, residuos y otras facturas.",
                "Eau, déchets et autres factures.",
                "المياه والنفايات وفواتير أخرى.",
            ),
            "eligibility": ["guest", "resident"],
            "requires_photo": False,
            "requires_signature": False,
            "fee": None,
            "online_only": True,
            "fields": [
                _field(
                    "account_number",
                    "text",
                    t("Account number", "Número de cuenta", "Numéro de compte", "رقم الحساب"),
                    required=False,
                    validation={"pattern": "^ACC-[0-9]{4}$", "max_length": 8},
                    help=t(
                        "Printed at the top of the bill.",
                        "Impreso arriba en la factura.",
                        "Imprimé en haut de la facture.",
                        "مطبوع أعلى الفاتورة.",
                    ),
                ),
            ],
        },
        {
            "service_id": "library-appointment",
            "kind": "appointment",
            "category": "library",
            "title": APPOINTMENT_SERVICES["library-appointment"],
            "summary": t(
                "Book time with a librarian.",
                "Reserva con un bibliotecario.",
                "Réservez un bibliothécaire.",
                "احجز موعداً مع أمين المكتبة.",
            ),
            "eligibility": ["resident", "patron"],
            "requires_photo": False,
            "requires_signature": False,
            "fee": None,
            "online_only": False,
            "fields": [
                _field(
                    "note",
                    "long_text",
                    t("What is it about?", "¿De qué se trata?", "À quel sujet ?", "ما الموضوع؟"),
                    required=False,
                    validation={"max_length": 500},
                ),
            ],
        },
        {
            "service_id": "street-report",
            "kind": "open311_report",
            "category": "street",
            "title": t(
                "Report a street problem",
                "Avisar de un problema en la calle",
                "Signaler un problème de voirie",
                "الإبلاغ عن مشكلة في الشارع",
            ),
            "summary": t(
                "Potholes, street lights, graffiti.",
                "Baches, farolas, grafitis.",
                "Nids-de-poule, éclairage, graffitis.",
                "الحفر، الإنارة، الكتابة على الجدران.",
            ),
            "eligibility": ["guest", "resident"],
            "requires_photo": False,
            "requires_signature": False,
            "fee": None,
            "online_only": False,
            "fields": [
                _field("location", "address", t("Where?", "¿Dónde?", "Où ?", "أين؟")),
                _field(
                    "description",
                    "long_text",
                    t("Description", "Descripción", "Description", "الوصف"),
                    validation={"max_length": 3900},
                ),
                _field("photo", "photo", t("Photo", "Foto", "Photo", "صورة"), required=False),
            ],
        },
        {
            "service_id": "parking-permit",
            "kind": "permit",
            "category": "permits",
            "title": t(
                "Resident parking permit",
                "Permiso de aparcamiento",
                "Permis de stationnement résident",
                "تصريح وقوف السكان",
            ),
            "summary": t(
                "Park in your zone.",
                "Aparca en tu zona.",
                "Stationnez dans votre zone.",
                "اركن في منطقتك.",
            ),
            "eligibility": ["resident"],
            "requires_photo": False,
            "requires_signature": True,
            "fee": {"amount_minor": 3500, "currency": CURRENCY},
            "online_only": False,
            "fields": [
                _field(
                    "plate",
                    "text",
                    t("Number plate", "Matrícula", "Immatriculation", "رقم اللوحة"),
                    validation={"pattern": "^[0-9]{4}[A-Z]{3}$", "max_length": 7},
                    help=t("Like 1234ABC", "Como 1234ABC", "Comme 1234ABC", "مثل 1234ABC"),
                ),
                _field(
                    "zone",
                    "choice",
                    t("Zone", "Zona", "Zone", "المنطقة"),
                    choices=[
                        {
                            "value": z,
                            "label": t(f"Zone {z}", f"Zona {z}", f"Zone {z}", f"المنطقة {z}"),
                        }
                        for z in ("A", "B", "C")
                    ],
                ),
                _field(
                    "start_date",
                    "date",
                    t("Start date", "Fecha de inicio", "Date de début", "تاريخ البدء"),
                ),
                _field(
                    "electric",
                    "yes_no",
                    t(
                        "Electric vehicle?",
                        "¿Vehículo eléctrico?",
                        "Véhicule électrique ?",
                        "مركبة كهربائية؟",
                    ),
                    required=False,
                ),
            ],
        },
        {
            "service_id": "dog-licence",
            "kind": "licence_renewal",
            "category": "permits",
            "title": t(
                "Renew a dog licence",
                "Renovar licencia de perro",
                "Renouveler une licence pour chien",
                "تجديد رخصة كلب",
            ),
            "summary": t(
                "Yearly renewal.", "Renovación anual.", "Renouvellement annuel.", "تجديد سنوي."
            ),
            "eligibility": ["resident"],
            "requires_photo": True,
            "requires_signature": True,
            "fee": {"amount_minor": 1500, "currency": CURRENCY},
            "online_only": False,
            "fields": [
                _field(
                    "chip_number",
                    "text",
                    t("Microchip number", "Número de microchip", "Numéro de puce", "رقم الشريحة"),
                    validation={"pattern": "^[0-9]{15}$", "min_length": 15, "max_length": 15},
                ),
                _field(
                    "weight_kg",
                    "number",
                    t("Weight (kg)", "Peso (kg)", "Poids (kg)", "الوزن (كغ)"),
                    validation={"min": 0.5, "max": 120},
                ),
            ],
        },
        {
            "service_id": "market-stall-licence",
            "kind": "licence_renewal",
            "category": "permits",
            "title": t(
                "Renew a market stall licence",
                "Renovar licencia de puesto",
                "Renouveler une licence d'étal",
                "تجديد رخصة كشك",
            ),
            "summary": t(
                "Six-month renewal.",
                "Renovación semestral.",
                "Renouvellement semestriel.",
                "تجديد لستة أشهر.",
            ),
            "eligibility": ["resident"],
            "requires_photo": True,
            "requires_signature": True,
            "fee": {"amount_minor": 12000, "currency": CURRENCY},
            "online_only": False,
            "fields": [
                _field(
                    "goods",
                    "choice",
                    t("Goods sold", "Productos", "Marchandises", "البضائع"),
                    choices=[
                        {"value": v, "label": t(v.title(), es, fr, ar)}
                        for v, es, fr, ar in (
                            ("food", "Comida", "Alimentation", "طعام"),
                            ("crafts", "Artesanía", "Artisanat", "حرف يدوية"),
                            ("clothes", "Ropa", "Vêtements", "ملابس"),
                        )
                    ],
                ),
                _field(
                    "deposit",
                    "money",
                    t("Deposit", "Fianza", "Caution", "التأمين"),
                    required=False,
                    validation={"min": 0, "max": 500},
                ),
            ],
        },
        _without_form(
            "petitions",
            "petition",
            "participation",
            t("Petitions", "Peticiones", "Pétitions", "العرائض"),
            t(
                "Read and sign petitions.",
                "Lee y firma peticiones.",
                "Lisez et signez des pétitions.",
                "اقرأ ووقع العرائض.",
            ),
            ["resident"],
            requires_signature=True,
        ),
        _without_form(
            "consultations",
            "consultation",
            "participation",
            t(
                "Public consultations",
                "Consultas públicas",
                "Consultations publiques",
                "الاستشارات العامة",
            ),
            t("Have your say.", "Da tu opinión.", "Donnez votre avis.", "أبدِ رأيك."),
            ["resident"],
        ),
        _without_form(
            "projects",
            "projects",
            "information",
            t("City projects", "Proyectos de la ciudad", "Projets de la ville", "مشاريع المدينة"),
            t(
                "What is being built near you.",
                "Qué se construye cerca.",
                "Ce qui se construit près de vous.",
                "ما يُبنى بالقرب منك.",
            ),
            ["guest", "resident", "patron"],
        ),
        _without_form(
            "elections",
            "elections",
            "information",
            t(
                "Election information",
                "Información electoral",
                "Informations électorales",
                "معلومات الانتخابات",
            ),
            t(
                "Your polling station, election dates, registering and voting by post.",
                "Su colegio electoral, fechas, inscripción y voto por correo.",
                "Votre bureau de vote, les dates, l'inscription et le vote par correspondance.",
                "مركز الاقتراع الخاص بك، مواعيد الانتخابات، التسجيل والتصويت بالبريد.",
            ),
            ["guest", "resident", "patron"],
        ),
        _without_form(
            "library-account",
            "library",
            "library",
            t(
                "My library account",
                "Mi cuenta de biblioteca",
                "Mon compte bibliothèque",
                "حسابي في المكتبة",
            ),
            t(
                "Loans, holds and fees.",
                "Préstamos, reservas y multas.",
                "Prêts, réservations et frais.",
                "الإعارات والحجوزات والرسوم.",
            ),
            ["patron"],
            online_only=True,
        ),
        _without_form(
            "my-data",
            "my_data",
            "account",
            t(
                "My data and consent",
                "Mis datos y consentimientos",
                "Mes données et consentements",
                "بياناتي وموافقاتي",
            ),
            t(
                "See and manage your data.",
                "Consulta y gestiona tus datos.",
                "Consultez et gérez vos données.",
                "اطلع على بياناتك وأدرها.",
            ),
            ["resident"],
        ),
    ]
    return {
        "version": CATALOG_VERSION,
        "languages": list(LANGS),
        "services": services,
    }
