"""The demo topics and contact persons in English, Ukrainian and Arabic (load_demo): topic
names, job titles (role), units and office hours. Written by the project; names, addresses and
phone numbers stay as they are."""

from integrationsnetz.demo_snippets import snippet_languages, translate_snippet

from .models import Contact, Topic

LANGUAGES = ("en", "uk", "ar")

TOPICS = {
    "integration-und-teilhabe": (
        "Integration and participation",
        "Інтеграція і участь",
        "الاندماج والمشاركة",
    ),
    "flucht-und-asyl": ("Refuge and asylum", "Втеча і притулок", "اللجوء والحماية"),
    "fallmanagement": ("Case management", "Кейс-менеджмент", "إدارة الحالات"),
    "ehrenamt": ("Volunteering", "Волонтерство", "العمل التطوعي"),
    "interkulturelle-woche": (
        "Intercultural Week",
        "Міжкультурний тиждень",
        "الأسبوع بين الثقافات",
    ),
    "foerdermittel": ("Funding", "Фінансування", "التمويل"),
    "antidiskriminierung": ("Anti-discrimination", "Протидія дискримінації", "مكافحة التمييز"),
}

ROLES = {
    "WIR-Koordinatorin": ("WIR coordinator", "Координаторка WIR", "منسّقة برنامج WIR"),
    "WIR-Koordinatorin, WIR-Fallmanagement": (
        "WIR coordinator, WIR case management",
        "Координаторка WIR, кейс-менеджмент WIR",
        "منسّقة برنامج WIR، إدارة الحالات في WIR",
    ),
    "Verwaltungsfachkraft": (
        "Administrative officer",
        "Адміністративна працівниця",
        "موظفة إدارية",
    ),
    "Integrationslotsin, Ehrenamtskoordination": (
        "Integration guide, volunteer coordination",
        "Інтеграційна провідниця, координація волонтерства",
        "مرشدة اندماج، تنسيق العمل التطوعي",
    ),
    "Sprach- und Kulturmittler": (
        "Language and cultural mediator",
        "Мовний і культурний посередник",
        "وسيط لغوي وثقافي",
    ),
    "WIR-Koordinatorin (Beispiel)": (
        "WIR coordinator (example)",
        "Координаторка WIR (приклад)",
        "منسّقة برنامج WIR (مثال)",
    ),
    "Integrationslotse (Beispiel)": (
        "Integration guide (example)",
        "Інтеграційний провідник (приклад)",
        "مرشد اندماج (مثال)",
    ),
    "Migrationsberatung (Beispiel)": (
        "Migration advice (example)",
        "Консультації з питань міграції (приклад)",
        "استشارات الهجرة (مثال)",
    ),
}

UNITS = {
    "WIR-Vielfaltszentrum (Beispielkontakt)": (
        "WIR-Vielfaltszentrum (example contact)",
        "WIR-Vielfaltszentrum (приклад контакту)",
        "WIR-Vielfaltszentrum (جهة اتصال للمثال)",
    ),
    "WIR-Vielfaltszentrum Musterstadt (Beispielkontakt)": (
        "WIR-Vielfaltszentrum Musterstadt (example contact)",
        "WIR-Vielfaltszentrum Musterstadt (приклад контакту)",
        "WIR-Vielfaltszentrum Musterstadt (جهة اتصال للمثال)",
    ),
}

OFFICE_HOURS = {
    "Beispielkontakt: Mo–Do 9–12 Uhr\nund nach Vereinbarung": (
        "Example contact: Mon–Thu 9 am–12 noon\nand by appointment",
        "Приклад контакту: пн–чт 9–12\nі за домовленістю",
        "جهة اتصال للمثال: من الاثنين إلى الخميس 9–12\nوبموعد مسبق",
    ),
    "Beispielkontakt: Di 14–17 Uhr\nDo 10–12 Uhr": (
        "Example contact: Tue 2–5 pm\nThu 10 am–12 noon",
        "Приклад контакту: вт 14–17\nчт 10–12",
        "جهة اتصال للمثال: الثلاثاء 14–17\nالخميس 10–12",
    ),
    "Beispielkontakt: Mi 9–13 Uhr": (
        "Example contact: Wed 9 am–1 pm",
        "Приклад контакту: ср 9–13",
        "جهة اتصال للمثال: الأربعاء 9–13",
    ),
    "Beispielkontakt: Mo–Do 9–12 Uhr": (
        "Example contact: Mon–Thu 9 am–12 noon",
        "Приклад контакту: пн–чт 9–12",
        "جهة اتصال للمثال: من الاثنين إلى الخميس 9–12",
    ),
}


def translated(texts, german, column):
    """The translation of `german` from `texts`, or `german` itself (names, "WIR-…")."""
    return texts[german][column] if german in texts else german


def load(report):
    topics = Topic.objects.filter(locale__language_code="de", slug__in=TOPICS)
    contacts = Contact.objects.filter(locale__language_code="de", role__in=ROLES)
    for column, code in snippet_languages(LANGUAGES):
        translated_topics = {}
        for topic in topics:
            translated_topics[topic.pk] = translate_snippet(
                report, topic, code, name=TOPICS[topic.slug][column]
            )
        for contact in contacts:
            translation = translate_snippet(
                report,
                contact,
                code,
                role=translated(ROLES, contact.role, column),
                unit=translated(UNITS, contact.unit, column),
                office_hours=translated(OFFICE_HOURS, contact.office_hours, column),
            )
            # The translated contact lists the translated topics (what "Übersetzen" does).
            wanted = [translated_topics.get(topic.pk, topic) for topic in contact.topics.all()]
            if set(translation.topics.all()) != set(wanted):
                translation.topics.set(wanted)
                translation.save()
