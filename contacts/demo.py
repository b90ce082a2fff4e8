"""Demo content of the contacts app: topics, languages, contact persons and the directory.

The two WIR coordinators are real and published by the Werra-Meißner-Kreis. All other contacts
are illustrative: fictional names, @example.org addresses, "Beispielkontakt" in the unit, and
phone numbers from the range the Bundesnetzagentur keeps free for media (030 23125 000–999).
"""

from django.utils.translation import gettext as _

from integrationsnetz.demo import demo_centre_home, home_page
from integrationsnetz.phone import normalise_phone

from . import demo_translations
from .models import Contact, ContactIndexPage, Language, Topic

TOPICS = [
    ("integration-und-teilhabe", "Integration und Teilhabe"),
    ("flucht-und-asyl", "Flucht und Asyl"),
    ("fallmanagement", "Fallmanagement"),
    ("ehrenamt", "Ehrenamt"),
    ("interkulturelle-woche", "Interkulturelle Woche"),
    ("foerdermittel", "Fördermittel"),
    ("antidiskriminierung", "Antidiskriminierung"),
]

LANGUAGES = [
    ("de", "Deutsch", "Deutsch"),
    ("en", "Englisch", "English"),
    ("ar", "Arabisch", "العربية"),
    ("fa", "Farsi/Dari", "فارسی / دری"),
    ("uk", "Ukrainisch", "Українська"),
    ("ru", "Russisch", "Русский"),
    ("tr", "Türkisch", "Türkçe"),
]

BEISPIEL_UNIT = "WIR-Vielfaltszentrum (Beispielkontakt)"

CONTACTS = [
    {
        "slug": "julia-kapinus",
        "name": "Julia Kapinus",
        "role": "WIR-Koordinatorin",
        "unit": "WIR-Vielfaltszentrum",
        "phone": "05651/302-30308",
        "email": "julia.kapinus@werra-meissner-kreis.de",
        "languages": ["de"],
        "topics": [
            "integration-und-teilhabe",
            "interkulturelle-woche",
            "foerdermittel",
            "antidiskriminierung",
        ],
    },
    {
        "slug": "stefanie-voeckler",
        "name": "Stefanie Vöckler",
        "role": "WIR-Koordinatorin, WIR-Fallmanagement",
        "unit": "WIR-Vielfaltszentrum",
        "phone": "05651/302-30305",
        "email": "stefanie.voeckler@werra-meissner-kreis.de",
        "languages": ["de"],
        "topics": ["fallmanagement", "flucht-und-asyl", "integration-und-teilhabe"],
    },
    {
        "slug": "anna-beispiel",
        "name": "Anna Beispiel",
        "role": "Verwaltungsfachkraft",
        "unit": BEISPIEL_UNIT,
        "phone": "030 23125-001",
        "email": "anna.beispiel@example.org",
        "office_hours": "Beispielkontakt: Mo–Do 9–12 Uhr\nund nach Vereinbarung",
        "languages": ["de", "en"],
        "topics": ["foerdermittel", "interkulturelle-woche"],
    },
    {
        "slug": "samira-beispiel",
        "name": "Samira Beispiel",
        "role": "Integrationslotsin, Ehrenamtskoordination",
        "unit": BEISPIEL_UNIT,
        "phone": "030 23125-002",
        "email": "samira.beispiel@example.org",
        "office_hours": "Beispielkontakt: Di 14–17 Uhr\nDo 10–12 Uhr",
        "languages": ["de", "ar", "en", "tr"],
        "topics": ["ehrenamt", "integration-und-teilhabe"],
        "photo": True,
    },
    {
        "slug": "taras-beispiel",
        "name": "Taras Beispiel",
        "role": "Sprach- und Kulturmittler",
        "unit": BEISPIEL_UNIT,
        "phone": "030 23125-003",
        "email": "taras.beispiel@example.org",
        "office_hours": "Beispielkontakt: Mi 9–13 Uhr",
        "languages": ["de", "uk", "ru", "fa"],
        "topics": ["flucht-und-asyl"],
    },
]


def _draw_person(draw, size):
    """A neutral placeholder silhouette: head and shoulders on the site's blue."""
    width, height = size
    draw.rectangle((0, 0, width, height), fill="#e3f1f6")
    draw.ellipse((width * 0.34, height * 0.18, width * 0.66, height * 0.50), fill="#0b5c78")
    draw.ellipse((width * 0.18, height * 0.56, width * 0.82, height * 1.20), fill="#0b5c78")


# The fictional second centre's own people (integrationsnetz.demo.DEMO_CENTRE).
DEMO_CENTRE_CONTACTS = [
    {
        "name": "Mara Musterfrau",
        "slug": "mara-musterfrau",
        "role": "WIR-Koordinatorin (Beispiel)",
        "phone": "030 23125-010",
        "email": "mara.musterfrau@example.org",
        "office_hours": "Beispielkontakt: Mo–Do 9–12 Uhr",
        "topics": ["integration-und-teilhabe", "foerdermittel"],
        "languages": ["de", "en"],
    },
    {
        "name": "Max Mustermann",
        "slug": "max-mustermann",
        "role": "Integrationslotse (Beispiel)",
        "phone": "030 23125-011",
        "email": "max.mustermann@example.org",
        "office_hours": "Beispielkontakt: Mo–Do 9–12 Uhr",
        "topics": ["ehrenamt"],
        "languages": ["de", "tr"],
    },
    {
        "name": "Pia Probe",
        "slug": "pia-probe",
        "role": "Migrationsberatung (Beispiel)",
        "phone": "030 23125-012",
        "email": "pia.probe@example.org",
        "office_hours": "Beispielkontakt: Mo–Do 9–12 Uhr",
        "topics": ["flucht-und-asyl"],
        "languages": ["de", "ar", "uk"],
    },
]


def _load_demo_centre(report, topics, languages):
    home = demo_centre_home()
    site = home.get_site()
    for spec in DEMO_CENTRE_CONTACTS:
        contact, created = Contact.objects.get_or_create(
            slug=spec["slug"],
            locale__language_code="de",
            defaults={
                "site": site,
                "name": spec["name"],
                "role": spec["role"],
                "unit": "WIR-Vielfaltszentrum Musterstadt (Beispielkontakt)",
                "phone": normalise_phone(spec["phone"]),
                "email": spec["email"],
                "office_hours": spec["office_hours"],
            },
        )
        if created:
            contact.languages.set([languages[code] for code in spec["languages"]])
            contact.topics.set([topics[slug] for slug in spec["topics"]])
            contact.save()
        report.add(contact, created)


def load(report):
    topics = {
        slug: report.ensure(Topic, {"slug": slug, "locale__language_code": "de"}, {"name": name})
        for slug, name in TOPICS
    }
    languages = {
        code: report.ensure(Language, {"code": code}, {"name": name, "native_name": native})
        for code, name, native in LANGUAGES
    }
    placeholder = report.ensure_image(
        _("Platzhalterbild Person"),
        _draw_person,
        alt=_("Platzhalter-Grafik: Umriss einer Person (Beispielbild)"),
        size=(480, 480),
    )

    site = home_page().get_site()
    for spec in CONTACTS:
        contact, created = Contact.objects.get_or_create(
            slug=spec["slug"],
            locale__language_code="de",
            defaults={
                "site": site,
                "name": spec["name"],
                "role": spec["role"],
                "unit": spec["unit"],
                "phone": normalise_phone(spec["phone"]),
                "email": spec["email"],
                "office_hours": spec.get("office_hours", ""),
                "photo": placeholder if spec.get("photo") else None,
            },
        )
        if created:
            # Only on creation: a second run must not undo what editors changed since.
            contact.languages.set([languages[code] for code in spec["languages"]])
            contact.topics.set([topics[slug] for slug in spec["topics"]])
            contact.save()
        report.add(contact, created)

    _load_demo_centre(report, topics, languages)
    report.ensure_page(
        home_page(),
        ContactIndexPage(
            title="Ansprechpartner*innen",
            slug="ansprechpartner",
            show_in_menus=True,
            intro=(
                "Hier finden Sie die Menschen im WIR-Vielfaltszentrum, die Ihnen weiterhelfen. "
                "Wählen Sie ein Thema oder eine Sprache, um die passende Ansprechperson zu finden."
            ),
        ),
    )


def translate(report):
    """Topics and contact persons in English, Ukrainian and Arabic (demo_translations)."""
    demo_translations.load(report)
