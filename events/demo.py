"""Demo content of the events app: the calendar, categories and events around today.

Dates are computed from the day the loader runs, so the calendar always has upcoming events.
Slugs contain the year, month or day an event belongs to: a second run on the same day creates
nothing, a run months later adds that season's events. Places without a street are marked
"(Beispielort)"; they are illustrative, as are all events except the dates of the national
days of action.
"""

import calendar
import datetime

from django.utils import timezone
from django.utils.translation import gettext as _

from contacts.models import Contact, Language
from integrationsnetz.demo import DEMO_CENTRE_NOTE, demo_centre_home, home_page

from . import demo_translations
from .models import EventCategory, EventIndexPage, EventOrganiser, EventPage

CATEGORIES = [
    ("aktionstage", "Aktionswochen und Aktionstage"),
    ("begegnung", "Begegnung"),
    ("information", "Information und Beratung"),
    ("fachveranstaltung", "Fachveranstaltung"),
]
COORDINATOR_SLUGS = ["julia-kapinus", "stefanie-voeckler"]
MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)

KREISHAUS = {
    "venue_name": "Kreishaus Eschwege",
    "street": "Schlossplatz 1",
    "postal_code": "37269",
    "city": "Eschwege",
}


def at(day, hour, minute=0):
    """An aware datetime on `day` at a local time."""
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, minute)))


def add_months(day, months):
    """The first day of the month `months` after (or before) the month of `day`."""
    index = day.year * 12 + day.month - 1 + months
    return datetime.date(index // 12, index % 12 + 1, 1)


def nth_weekday(year, month, weekday, n):
    """The n-th (1-based; -1 for the last) given weekday of a month."""
    days = calendar.monthcalendar(year, month)
    candidates = [week[weekday] for week in days if week[weekday]]
    return datetime.date(year, month, candidates[n - 1 if n > 0 else n])


def next_on_or_after(today, date_in_year):
    """The date given by `date_in_year(year)` this year, or next year if it has passed."""
    day = date_in_year(today.year)
    return day if day >= today else date_in_year(today.year + 1)


def _draw_week(draw, size):
    width, height = size
    draw.rectangle((0, 0, width, height), fill="#0b5c78")
    colours = ["#f2b705", "#ffffff", "#7cc4dc", "#e36f4c", "#9bd17a", "#f2b705", "#ffffff"]
    step = width // 8
    margin = (width - len(colours) * step + step // 4) // 2
    for index, colour in enumerate(colours):
        left = margin + index * step
        draw.rounded_rectangle(
            (left, height // 3, left + step * 3 // 4, 2 * height // 3), radius=18, fill=colour
        )


def _draw_hands(draw, size):
    width, height = size
    draw.rectangle((0, 0, width, height), fill="#e3f1f6")
    colours = ["#5a3a82", "#0b5c78", "#b3005a", "#f2b705", "#3d7a3a"]
    for index, colour in enumerate(colours):
        centre = width // 6 + index * width // 6
        draw.ellipse(
            (centre - 70, height // 2 - 70, centre + 70, height // 2 + 70),
            outline=colour,
            width=18,
        )


def _specs(today, categories, languages, coordinators, images):
    def langs(*codes):
        return [languages[code] for code in codes if code in languages]

    def organisers(*slugs):
        return [
            EventOrganiser(contact=coordinators[slug]) for slug in slugs if slug in coordinators
        ]

    specs = []

    week_end = next_on_or_after(today, lambda year: nth_weekday(year, 9, SUNDAY, -1))
    specs.append(
        {
            "title": f"Interkulturelle Woche {week_end.year}",
            "slug": f"interkulturelle-woche-{week_end.year}",
            "teaser": (
                "Eine Woche voller Begegnungen: Feste, Lesungen, Gottesdienste, Sport und "
                "offene Türen in Städten und Gemeinden im ganzen Werra-Meißner-Kreis."
            ),
            "start": at(week_end - datetime.timedelta(days=7), 0),
            "end": at(week_end, 23, 59),
            "all_day": True,
            "venue_name": "An vielen Orten im Werra-Meißner-Kreis",
            "category": categories["aktionstage"],
            "languages": langs("de", "ar", "uk", "en"),
            "accessibility_notes": (
                "Die Angaben zur Barrierefreiheit der einzelnen Orte stehen im Programmheft. "
                "Fragen Sie uns gern, wir helfen weiter."
            ),
            "lead_image": images["week"],
            "body": [
                (
                    "paragraph",
                    "<p>Die Interkulturelle Woche ist eine bundesweite Initiative der Kirchen, "
                    "Gewerkschaften, Wohlfahrtsverbände und Kommunen. Im Werra-Meißner-Kreis "
                    "koordiniert das WIR-Vielfaltszentrum das Programm.</p>",
                ),
                ("heading", {"text": "Mitmachen", "level": "h2"}),
                (
                    "paragraph",
                    "<p>Vereine, Schulen, Initiativen und Gemeinden können eigene "
                    "Veranstaltungen beitragen. Melden Sie sich bis Ende Juni bei uns.</p>",
                ),
            ],
            "related_contacts": organisers("julia-kapinus", "stefanie-voeckler"),
        }
    )

    day = next_on_or_after(today, lambda year: datetime.date(year, 3, 21))
    specs.append(
        {
            "title": f"Internationaler Tag gegen Rassismus {day.year}",
            "slug": f"internationaler-tag-gegen-rassismus-{day.year}",
            "teaser": (
                "Gemeinsam ein Zeichen setzen: Kundgebung, Redebeiträge und Musik auf dem "
                "Marktplatz, mit Ständen von Vereinen und Initiativen."
            ),
            "start": at(day, 15),
            "end": at(day, 18),
            "venue_name": "Marktplatz Eschwege",
            "street": "Marktplatz",
            "postal_code": "37269",
            "city": "Eschwege",
            "category": categories["aktionstage"],
            "languages": langs("de", "ar", "tr"),
            "step_free": True,
            "sign_language": True,
            "lead_image": images["hands"],
            "body": [
                (
                    "paragraph",
                    "<p>Der 21. März erinnert an das Massaker von Sharpeville 1960. Die Vereinten "
                    "Nationen haben ihn zum Internationalen Tag zur Überwindung von "
                    "Rassendiskriminierung erklärt.</p>",
                ),
            ],
            "related_contacts": organisers("stefanie-voeckler"),
        }
    )

    day = next_on_or_after(today, lambda year: nth_weekday(year, 5, TUESDAY, -1))
    registration = (
        {
            "registration_required": True,
            "registration_contact": coordinators["julia-kapinus"],
            "registration_deadline": day - datetime.timedelta(days=7),
        }
        if "julia-kapinus" in coordinators
        else {}
    )
    specs.append(
        {
            "title": f"Deutscher Diversity-Tag {day.year}: Vielfalt in der Verwaltung",
            "slug": f"diversity-tag-{day.year}",
            "teaser": (
                "Ein Vormittag für Beschäftigte von Kreis, Städten und Gemeinden: Wie "
                "erreichen wir alle Menschen, die bei uns leben?"
            ),
            "start": at(day, 9, 30),
            "end": at(day, 13),
            **KREISHAUS,
            "category": categories["fachveranstaltung"],
            "languages": langs("de"),
            "step_free": True,
            "accessible_toilet": True,
            "induction_loop": True,
            **registration,
            "related_contacts": organisers("julia-kapinus"),
        }
    )

    days_to_wednesday = (WEDNESDAY - today.weekday() - 1) % 7 + 1
    first_wednesday = today + datetime.timedelta(days=days_to_wednesday)
    for week in range(4):
        day = first_wednesday + datetime.timedelta(weeks=week)
        specs.append(
            {
                "title": "Sprachcafé",
                "slug": f"sprachcafe-{day.isoformat()}",
                "teaser": (
                    "Deutsch üben bei Kaffee und Tee: Menschen, die neu hier sind, treffen "
                    "Ehrenamtliche zum Gespräch. Jeden Mittwoch, ohne Anmeldung."
                ),
                "start": at(day, 16),
                "end": at(day, 18),
                "venue_name": "Begegnungsraum (Beispielort)",
                "postal_code": "37213",
                "city": "Witzenhausen",
                "category": categories["begegnung"],
                "languages": langs("de", "ar", "fa", "uk", "en"),
                "step_free": True,
                "accessible_toilet": True,
                "related_contacts": organisers("stefanie-voeckler"),
            }
        )

    month = add_months(today, 1)
    day = nth_weekday(month.year, month.month, THURSDAY, 3)
    registration = (
        {
            "registration_required": True,
            "registration_contact": coordinators["stefanie-voeckler"],
            "registration_deadline": day - datetime.timedelta(days=3),
        }
        if "stefanie-voeckler" in coordinators
        else {}
    )
    specs.append(
        {
            "title": "Infoabend: Ausländische Berufsabschlüsse anerkennen lassen",
            "slug": f"infoabend-anerkennung-{month:%Y-%m}",
            "teaser": (
                "Sie haben im Ausland einen Beruf gelernt oder studiert? Wir erklären, wie die "
                "Anerkennung in Deutschland funktioniert und wer dabei hilft."
            ),
            "start": at(day, 18),
            "end": at(day, 20),
            **KREISHAUS,
            "category": categories["information"],
            "languages": langs("de", "ar", "uk", "en"),
            "step_free": True,
            "accessible_toilet": True,
            "easy_language": True,
            **registration,
            "body": [
                (
                    "paragraph",
                    "<p>Dolmetscherinnen und Dolmetscher übersetzen ins Arabische, Ukrainische "
                    "und Englische. Bringen Sie gern Ihre Zeugnisse mit.</p>",
                ),
                (
                    "external_link",
                    {
                        "url": "https://www.anerkennung-in-deutschland.de/",
                        "text": "Anerkennung in Deutschland",
                        "description": "Das Informationsportal der Bundesregierung.",
                    },
                ),
            ],
            "related_contacts": organisers("stefanie-voeckler"),
        }
    )

    last_month = add_months(today, -1)
    two_months_ago = add_months(today, -2)
    day = nth_weekday(last_month.year, last_month.month, SATURDAY, 2)
    specs.append(
        {
            "title": "Fachtag: Vielfalt in Vereinen",
            "slug": f"fachtag-vielfalt-in-vereinen-{last_month:%Y-%m}",
            "teaser": (
                "Wie gewinnen Sportvereine, Feuerwehren und Chöre neue Mitglieder mit "
                "Migrationsgeschichte? Beispiele, Fördermöglichkeiten und Austausch."
            ),
            "start": at(day, 10),
            "end": at(day, 16),
            "venue_name": "Bürgerhaus (Beispielort)",
            "postal_code": "37235",
            "city": "Hessisch Lichtenau",
            "category": categories["fachveranstaltung"],
            "languages": langs("de"),
            "step_free": True,
            "accessible_toilet": True,
            "related_contacts": organisers("julia-kapinus"),
        }
    )
    day = nth_weekday(last_month.year, last_month.month, SUNDAY, 1)
    specs.append(
        {
            "title": "Interkulturelles Frühstück",
            "slug": f"interkulturelles-fruehstueck-{last_month:%Y-%m}",
            "teaser": (
                "Jede und jeder bringt etwas mit: ein Frühstück mit Speisen aus vielen Ländern."
            ),
            "start": at(day, 10),
            "end": at(day, 12, 30),
            "venue_name": "Begegnungsraum (Beispielort)",
            "postal_code": "37213",
            "city": "Witzenhausen",
            "category": categories["begegnung"],
            "languages": langs("de", "ar", "uk"),
            "step_free": True,
        }
    )
    day = nth_weekday(two_months_ago.year, two_months_ago.month, TUESDAY, -1)
    specs.append(
        {
            "title": "Online-Infoabend: Ehrenamt in der Geflüchtetenhilfe",
            "slug": f"online-infoabend-ehrenamt-{two_months_ago:%Y-%m}",
            "teaser": (
                "Was Ehrenamtliche wissen sollten: Versicherung, Fortbildungen, Ansprechpersonen "
                "und wo gerade Hilfe gebraucht wird."
            ),
            "start": at(day, 18),
            "end": at(day, 19, 30),
            "online_url": "https://meet.example.org/ehrenamt",
            "category": categories["information"],
            "languages": langs("de"),
            "related_contacts": organisers("stefanie-voeckler"),
        }
    )
    day = nth_weekday(two_months_ago.year, two_months_ago.month, THURSDAY, 2)
    specs.append(
        {
            "title": "Lesung und Gespräch: Angekommen im Werratal",
            "slug": f"lesung-angekommen-im-werratal-{two_months_ago:%Y-%m}",
            "teaser": (
                "Drei Menschen erzählen, wie sie im Werra-Meißner-Kreis ein Zuhause gefunden "
                "haben, und lesen aus ihren Texten."
            ),
            "start": at(day, 19),
            "end": at(day, 21),
            "venue_name": "Stadtbücherei (Beispielort)",
            "postal_code": "37269",
            "city": "Eschwege",
            "is_free": False,
            "cost": "5 €, ermäßigt 3 €",
            "category": categories["begegnung"],
            "languages": langs("de"),
            "step_free": True,
            "induction_loop": True,
        }
    )
    return specs


def load(report):
    home = home_page()
    index = report.ensure_page(
        home,
        EventIndexPage(
            title=_("Veranstaltungen"),
            slug="veranstaltungen",
            intro=_(
                "Interkulturelle Woche, Aktionstage, Sprachcafés und Infoabende: Hier finden "
                "Sie, was das WIR-Vielfaltszentrum und seine Partner im Kreis anbieten."
            ),
            show_in_menus=True,
        ),
    )
    categories = {
        slug: report.ensure(
            EventCategory, {"slug": slug, "locale__language_code": "de"}, {"name": name}
        )
        for slug, name in CATEGORIES
    }
    # Languages and contacts come from the contacts app's demo; without them events have none.
    languages = {language.code: language for language in Language.objects.all()}
    coordinators = {
        contact.slug: contact
        for contact in Contact.objects.filter(
            slug__in=COORDINATOR_SLUGS, locale__language_code="de"
        )
    }
    images = {
        "week": report.ensure_image(
            _("Illustration: Interkulturelle Woche"),
            _draw_week,
            alt=_("Sieben bunte Felder nebeneinander auf blauem Grund, eines für jeden Tag."),
        ),
        "hands": report.ensure_image(
            _("Illustration: Tag gegen Rassismus"),
            _draw_hands,
            alt=_("Fünf farbige Ringe nebeneinander, die sich berühren."),
        ),
    }
    for spec in _specs(timezone.localdate(), categories, languages, coordinators, images):
        report.ensure_page(index, EventPage(**spec))
    _load_demo_centre(report, categories, languages)


def _load_demo_centre(report, categories, languages):
    """Three events of the fictional second centre (integrationsnetz.demo.DEMO_CENTRE)."""
    index = EventIndexPage.objects.child_of(demo_centre_home()).first()
    if index is None:
        return
    people = {
        contact.slug: contact
        for contact in Contact.objects.filter(site=index.get_site(), locale__language_code="de")
    }
    first = add_months(timezone.localdate(), 1)
    specs = [
        (
            "musterstadt-sprachtreff",
            "Sprachtreff im Musterstädter Rathauscafé",
            "Deutsch sprechen in entspannter Runde, für alle Niveaus.",
            first.replace(day=8),
            (17, 19),
            "begegnung",
            "max-mustermann",
        ),
        (
            "musterstadt-infoabend-einbuergerung",
            "Infoabend Einbürgerung",
            "Was braucht man für die Einbürgerung? Die Beratung erklärt Schritt für Schritt.",
            first.replace(day=15),
            (18, 20),
            "information",
            "pia-probe",
        ),
        (
            "musterstadt-vereinsforum",
            "Forum für Vereine und Initiativen",
            "Vereine aus Musterstadt stellen sich vor und planen gemeinsame Projekte.",
            first.replace(day=22),
            (10, 14),
            "fachveranstaltung",
            "mara-musterfrau",
        ),
    ]
    for slug, title, teaser, day, (begin, end), category, contact_slug in specs:
        organisers = (
            [EventOrganiser(contact=people[contact_slug])] if contact_slug in people else []
        )
        event = EventPage(
            title=title,
            slug=slug,
            teaser=teaser,
            start=at(day, begin),
            end=at(day, end),
            venue_name="Rathaus Musterstadt (Beispielort)",
            street="Musterstraße 1",
            postal_code="12345",
            city="Musterstadt",
            category=categories.get(category),
            languages=[languages[code] for code in ("de", "en") if code in languages],
            step_free=True,
            related_contacts=organisers,
            body=[("paragraph", DEMO_CENTRE_NOTE)],
        )
        report.ensure_page(index, event)


def translate(report):
    """Event categories and events in English, Ukrainian and Arabic, some in all six languages
    (demo_translations)."""
    demo_translations.load(report)
