"""Demo content of the news app: the news index, the grant article and a few short articles.

The grant article retells a press release of the district (no date given there); its date is
illustrative, and the article says so. What the named officials said is retold in indirect
speech, never put in quotation marks: the wording is ours, not theirs. Its picture is a drawing,
and its caption says so. The short articles are generic examples.
"""

import datetime

from contacts.models import Contact
from integrationsnetz.demo import DEMO_CENTRE_NOTE, demo_centre_home, home_page

from . import demo_translations
from .models import NewsArticleContact, NewsArticlePage, NewsIndexPage

COORDINATOR_SLUGS = ["julia-kapinus", "stefanie-voeckler"]

GRANT_ARTICLE = {
    "slug": "bewilligungsbescheid-wir-vielfaltszentrum",
    "title": "Land Hessen fördert das WIR-Vielfaltszentrum bis 2025",
    "date": datetime.date(2020, 11, 27),
    "teaser": (
        "Staatssekretärin Anne Janz hat Landrat Stefan Reuß den Bewilligungsbescheid für das "
        "WIR-Vielfaltszentrum überreicht. Für die Jahre 2021 bis 2025 trägt das Land rund eine "
        "halbe Million Euro an Personalkosten."
    ),
    "tags": ["Fördermittel", "WIR-Programm"],
    "lead_image_caption": (
        "Zeichnung, kein Foto: So könnte die Übergabe des Bewilligungsbescheids ausgesehen "
        "haben (Illustration)"
    ),
    "lead_image_credit": "Illustration: integrationsnetz",
    "body": [
        (
            "paragraph",
            "<p>Besuch aus Wiesbaden an einem Freitagnachmittag: Im Auftrag des Landes Hessen "
            "hat Staatssekretärin Anne Janz Landrat Stefan Reuß den Bewilligungsbescheid für "
            "das WIR-Vielfaltszentrum des Werra-Meißner-Kreises übergeben. Er gilt für die "
            "Jahre 2021 bis 2025.</p>",
        ),
        (
            "paragraph",
            "<p>Landrat Stefan Reuß dankte dem Land für die gute Zusammenarbeit. Er freue "
            "sich, dass die Integrationsarbeit im Kreis weitergehe und die WIR-Stellen zu einem "
            "WIR-Vielfaltszentrum wüchsen; das Land statte dieses wichtige Feld verlässlich "
            "aus.</p>",
        ),
        ("heading", {"text": "Von der Koordinationsstelle zum Vielfaltszentrum", "level": "h2"}),
        (
            "paragraph",
            "<p>Die WIR-Koordinationsstelle gibt es in der Kreisverwaltung seit 2015. Seitdem "
            "ist eine Menge entstanden, allen voran der „Masterplan“ Integration: ein "
            "Integrationskonzept, das viele Beteiligte in thematischen Arbeitsgruppen "
            "gemeinsam und nah an der Praxis erarbeitet haben, in einem partizipativen "
            "Prozess.</p>",
        ),
        (
            "paragraph",
            "<p>Die Rahmenbedingungen hätten sich seitdem verändert, sagte WIR-Koordinatorin "
            "Julia Kapinus. Der Weg habe aber geholfen, als Netzwerk von Haupt- und "
            "Ehrenamtlichen zusammenzufinden, sich vertrauensvoll abzustimmen und immer wieder "
            "neu auszurichten.</p>",
        ),
        (
            "paragraph",
            "<p>2018 kam das WIR-Fallmanagement hinzu. Es gibt vor allem geflüchteten Menschen "
            "ganz praktische Hilfe an die Hand. Seit 2019 hat Stefanie Vöckler diese Stelle "
            "inne.</p>",
        ),
        (
            "paragraph",
            "<p>Ratsuchende, Partner im Netzwerk und Ehrenamtliche schätzten den direkten "
            "Draht in die Verwaltung sehr, berichtete Stefanie Vöckler.</p>",
        ),
        ("heading", {"text": "Rund eine halbe Million Euro für Personal", "level": "h2"}),
        (
            "paragraph",
            "<p>Für die Personalkosten stellt das Land Hessen dem Kreis nun rund eine halbe "
            "Million Euro zur Verfügung. Die Arbeit steht unter zwei Leitgedanken, "
            "„vielfaltsorientierte Öffnung“ und „Willkommens- und Anerkennungskultur“, und "
            "soll mit konkreten Konzepten und Projekten weitergehen.</p>",
        ),
        (
            "paragraph",
            "<p>Wiebe Schindel, Referatsleiterin für das WIR-Programm im Hessischen Ministerium "
            "für Soziales und Integration, erklärte, mit den WIR-Vielfaltszentren könnten die "
            "Kommunen ihre wichtige Arbeit fortführen und sie zugleich in Teilen neu ausrichten "
            "und erweitern.</p>",
        ),
        (
            "paragraph",
            "<p>Ab dem kommenden Jahr kann das Vielfaltszentrum zusätzlich eine "
            "Verwaltungsstelle besetzen und bekommt ein kleines Budget, um Projekte zu "
            "beantragen. Außerdem tragen beide Stellen jetzt die Bezeichnung "
            "„WIR-Koordinierungskräfte“.</p>",
        ),
        (
            "paragraph",
            "<p>Staatssekretärin Anne Janz erinnerte daran, dass die Region im Dreiländereck "
            "lange Grenzregion gewesen sei und eine bewegte Geschichte habe. Umso mehr freue "
            "sich das Land, helfen zu können, die Arbeit an Fragen von Migration und Vielfalt "
            "auf die Bedürfnisse vor Ort zuzuschneiden.</p>",
        ),
        ("heading", {"text": "Viele Aufgaben, ein gemeinsames Ziel", "level": "h2"}),
        (
            "paragraph",
            "<p>WIR-Vielfaltszentren gibt es in allen hessischen Landkreisen und kreisfreien "
            "Städten, oder es wird sie ab dem nächsten Jahr geben. Sie verbinden das Land mit "
            "den Kreisen und Kommunen. Zu ihren Aufgaben gehören zum Beispiel:</p>"
            "<ul><li>über Fördermittel informieren,</li>"
            "<li>Netzwerk- und Öffentlichkeitsarbeit in der Region und darüber hinaus,</li>"
            "<li>die Interkulturelle Woche, den Tag gegen Rassismus und den Diversity-Tag "
            "organisieren,</li>"
            "<li>das Integrationskonzept fortschreiben,</li>"
            "<li>die vielfaltsorientierte Öffnung innerhalb und außerhalb der Verwaltung "
            "begleiten,</li>"
            "<li>Sozialraumorientierung und Informationsmanagement,</li>"
            "<li>Arbeitsgruppen mit Institutionen, Vereinen und Initiativen, auch zu "
            "schwierigen Themen.</li></ul>"
            "<p>Die Liste ist lang, und sie wächst weiter.</p>",
        ),
        (
            "paragraph",
            "<p>Warum sich eine Verwaltung damit befasst? Gründe gibt es viele: fehlende "
            "Fachkräfte, der demografische Wandel, die Stärkung der Demokratie. Einfache "
            "Sprache zum Beispiel nützt allen. Menschen mit Migrationsgeschichte sollen in der "
            "Verwaltung so selbstverständlich vorkommen wie in der Gesellschaft: als Kundinnen "
            "und Kunden, aber auch als Kolleginnen und Kollegen auf allen Ebenen. Darin sind "
            "sich alle Beteiligten einig: Migration und Vielfalt gehören zu unserer "
            "Wirklichkeit, und wir gestalten sie gemeinsam.</p>"
            "<p>Das „WIR“ im Namen ist Programm. Es will die Trennung in „wir“ und „die“ "
            "überwinden, Ausgrenzung und Ungleichheit abbauen und dabei die Vielfalt jedes "
            "einzelnen Menschen anerkennen.</p>",
        ),
        ("heading", {"text": "Informieren und mitmachen", "level": "h2"}),
        (
            "paragraph",
            "<p>Wer sich informieren oder beteiligen möchte, meldet sich bei den beiden "
            "WIR-Koordinatorinnen des Vielfaltszentrums, Julia Kapinus und Stefanie Vöckler. "
            "Ihre Kontaktdaten finden Sie am Ende dieser Seite.</p>",
        ),
        (
            "external_link",
            {
                "url": "https://www.integrationsnetz-wmk.de",
                "text": "integrationsnetz-wmk.de",
                "description": (
                    "Weitere Informationen rund um Integration und Vielfalt im Werra-Meißner-Kreis."
                ),
            },
        ),
        (
            "paragraph",
            "<p><i>Hinweis zu den Beispielinhalten: Die Vorlage dieser Nachricht nennt kein "
            "Datum. Das Datum 27. November 2020 dient nur der Veranschaulichung.</i></p>",
        ),
    ],
}

# Generic examples so that pagination, tags and the year archive have something to show.
SHORT_ARTICLES = [
    (
        "2024-02-09",
        "sprechstunde-fuer-vereine",
        "Neue Sprechstunde für Vereine und Initiativen",
        "Jeden ersten Dienstag im Monat beraten wir Vereine und Initiativen zu Projektideen, "
        "Förderanträgen und Kooperationen.",
        ["Ehrenamt", "Beratung"],
    ),
    (
        "2024-03-22",
        "tag-gegen-rassismus-2024",
        "Rückblick auf den Internationalen Tag gegen Rassismus",
        "Mit Lesungen, einem Gesprächskreis und Aktionen an Schulen haben viele Beteiligte im "
        "Kreis ein Zeichen für Respekt gesetzt.",
        ["Tag gegen Rassismus"],
    ),
    (
        "2024-05-31",
        "diversity-tag-2024",
        "Diversity-Tag: Verwaltung zeigt Vielfalt",
        "Zum Diversity-Tag haben Kolleginnen und Kollegen der Kreisverwaltung erzählt, welche "
        "Sprachen und Erfahrungen sie in ihre Arbeit einbringen.",
        ["Diversity-Tag"],
    ),
    (
        "2024-09-20",
        "interkulturelle-woche-2024",
        "Programm der Interkulturellen Woche 2024 steht",
        "Gemeinsam kochen, Musik hören, ins Gespräch kommen: Über zwanzig Veranstaltungen im "
        "ganzen Kreis laden zum Mitmachen ein.",
        ["Interkulturelle Woche"],
    ),
    (
        "2024-11-15",
        "foerderaufruf-2025",
        "Förderaufruf: Kleine Projekte für 2025 gesucht",
        "Vereine und Initiativen können ab sofort Ideen für kleine Projekte einreichen, die das "
        "Miteinander im Kreis stärken.",
        ["Fördermittel"],
    ),
    (
        "2025-01-24",
        "dank-an-ehrenamtliche",
        "Dankeschön-Abend für Ehrenamtliche",
        "Rund achtzig Ehrenamtliche aus Sprachpatenschaften, Begegnungscafés und Lotsendiensten "
        "kamen zu einem Abend des Austauschs zusammen.",
        ["Ehrenamt"],
    ),
    (
        "2025-03-21",
        "tag-gegen-rassismus-2025",
        "Tag gegen Rassismus: Schulen machen mit",
        "Mehrere Schulen im Kreis haben Projekttage gestaltet und ihre Ergebnisse in einer "
        "gemeinsamen Ausstellung gezeigt.",
        ["Tag gegen Rassismus"],
    ),
    (
        "2025-05-16",
        "integrationskonzept-werkstatt",
        "Werkstatt zur Fortschreibung des Integrationskonzepts",
        "In einer offenen Werkstatt haben Fachleute, Ehrenamtliche und Menschen mit "
        "Migrationsgeschichte Ziele für die nächsten Jahre gesammelt.",
        ["Integrationskonzept"],
    ),
    (
        "2025-07-04",
        "einfache-sprache-fortbildung",
        "Fortbildung: Einfache Sprache in der Verwaltung",
        "Mitarbeitende aus mehreren Fachbereichen haben geübt, Briefe und Formulare "
        "verständlicher zu schreiben.",
        ["Vielfaltsorientierte Öffnung"],
    ),
    (
        "2025-09-26",
        "interkulturelle-woche-2025",
        "Interkulturelle Woche 2025: Danke fürs Mitfeiern",
        "Viele Gäste, volle Räume und neue Kontakte: Ein kurzer Rückblick auf eine bunte Woche "
        "im Werra-Meißner-Kreis.",
        ["Interkulturelle Woche"],
    ),
    (
        "2025-11-14",
        "foerdermittel-ueberblick-2026",
        "Fördermittel für 2026 im Überblick",
        "Welche Programme gibt es, und bis wann muss der Antrag gestellt sein? Unsere Übersicht "
        "hilft bei der Planung.",
        ["Fördermittel", "Beratung"],
    ),
    (
        "2026-02-06",
        "lotsinnen-gesucht",
        "Ehrenamtliche Lotsinnen und Lotsen gesucht",
        "Sie begleiten Menschen, die neu im Kreis sind, zu Terminen und helfen beim "
        "Ankommen. Wir bereiten Sie gut darauf vor.",
        ["Ehrenamt"],
    ),
    (
        "2026-03-20",
        "tag-gegen-rassismus-2026",
        "Aktionswochen gegen Rassismus 2026",
        "Rund um den 21. März laden Vereine, Schulen und Kirchengemeinden zu Gesprächen, "
        "Filmen und Workshops ein.",
        ["Tag gegen Rassismus"],
    ),
    (
        "2026-05-29",
        "diversity-tag-2026",
        "Diversity-Tag 2026: Offene Türen in der Kreisverwaltung",
        "Interessierte konnten einen Blick hinter die Kulissen werfen und mit Beschäftigten "
        "über Vielfalt am Arbeitsplatz sprechen.",
        ["Diversity-Tag", "Vielfaltsorientierte Öffnung"],
    ),
    (
        "2026-09-25",
        "interkulturelle-woche-2026",
        "Interkulturelle Woche 2026 eröffnet",
        "Mit einem Fest auf dem Marktplatz hat die Interkulturelle Woche begonnen. Das "
        "Programm finden Sie in unserem Veranstaltungskalender.",
        ["Interkulturelle Woche"],
    ),
]

FOLLOW_UP = (
    "<p>Sie haben Fragen oder möchten mitmachen? Die WIR-Koordinierungskräfte helfen gern "
    "weiter. Ihre Kontaktdaten stehen unten auf jeder Seite.</p>"
)
DEMO_NOTE = (
    "<p><i>Beispielinhalt: Diese Nachricht zeigt, wie eine Meldung auf der Website aussieht. "
    "Das beschriebene Ereignis ist ausgedacht.</i></p>"
)


def _draw_handover(draw, size):
    """Two stylised figures handing over a document with a red seal, in Hessian red and white."""
    width, height = size
    draw.rectangle((0, 0, width, height), fill="#f4ece4")
    draw.rectangle((0, height * 3 // 4, width, height), fill="#d9cfc4")
    draw.rectangle((0, 0, width, height // 10), fill="#c8102e")
    figures = [(width * 3 // 10, "#0b5c78"), (width * 7 // 10, "#c8102e")]
    for centre, colour in figures:
        head = height // 11
        draw.ellipse(
            (centre - head, height * 3 // 10 - head, centre + head, height * 3 // 10 + head),
            fill="#8a5a3c",
        )
        draw.rounded_rectangle(
            (centre - width // 12, height * 2 // 5, centre + width // 12, height * 17 // 20),
            radius=height // 16,
            fill=colour,
        )
    # The arms meet at the document between the figures.
    arm_y = height // 2
    draw.line((width * 3 // 10, arm_y, width // 2 - 40, arm_y), fill="#0b5c78", width=34)
    draw.line((width * 7 // 10, arm_y, width // 2 + 40, arm_y), fill="#c8102e", width=34)
    document = (width // 2 - 70, arm_y - 120, width // 2 + 70, arm_y + 70)
    draw.rectangle(document, fill="#ffffff", outline="#4a5058", width=4)
    for line in range(5):
        y = arm_y - 90 + line * 26
        draw.line((width // 2 - 45, y, width // 2 + 45, y), fill="#9aa4ae", width=6)
    draw.ellipse((width // 2 + 10, arm_y + 10, width // 2 + 55, arm_y + 55), fill="#c8102e")


def _ensure_index(report, home):
    index = NewsIndexPage.objects.child_of(home).first()
    if index is not None:
        return report.add(index, created=False)
    return report.ensure_page(
        home,
        NewsIndexPage(
            title="Aktuelles",
            slug="aktuelles",
            intro=(
                "Neuigkeiten aus dem WIR-Vielfaltszentrum: Projekte, Fördermittel, "
                "Veranstaltungen und Menschen, die sich für ein gutes Miteinander einsetzen."
            ),
            show_in_menus=True,
        ),
    )


def _article(spec, body, **fields):
    article = NewsArticlePage(
        title=spec["title"],
        slug=spec["slug"],
        date=spec["date"],
        teaser=spec["teaser"],
        body=body,
        **fields,
    )
    article.tags.add(*spec["tags"])
    return article


def load(report):
    index = _ensure_index(report, home_page())

    lead_image = report.ensure_image(
        "Illustration: Übergabe des Bewilligungsbescheids",
        _draw_handover,
        alt=(
            "Zeichnung: Zwei stilisierte Figuren, eine blau, eine rot, reichen sich ein "
            "Schriftstück mit rotem Siegel."
        ),
    )
    coordinators = {
        contact.slug: contact
        for contact in Contact.objects.filter(
            slug__in=COORDINATOR_SLUGS, locale__language_code="de"
        )
    }
    report.ensure_page(
        index,
        _article(
            GRANT_ARTICLE,
            GRANT_ARTICLE["body"],
            lead_image=lead_image,
            lead_image_caption=GRANT_ARTICLE["lead_image_caption"],
            lead_image_credit=GRANT_ARTICLE["lead_image_credit"],
            # Contacts come from the contacts app's demo; without them the article has none.
            related_contacts=[
                NewsArticleContact(contact=coordinators[slug])
                for slug in COORDINATOR_SLUGS
                if slug in coordinators
            ],
        ),
    )

    for day, slug, title, teaser, tags in SHORT_ARTICLES:
        spec = {
            "slug": slug,
            "title": title,
            "date": datetime.date.fromisoformat(day),
            "teaser": teaser,
            "tags": tags,
        }
        body = [("paragraph", f"<p>{teaser}</p>{FOLLOW_UP}"), ("paragraph", DEMO_NOTE)]
        report.ensure_page(index, _article(spec, body))

    _load_demo_centre(report)


# The fictional second centre's news (integrationsnetz.demo.DEMO_CENTRE).
DEMO_CENTRE_ARTICLES = [
    (
        "2026-03-02",
        "musterstadt-sprachpatenschaften",
        "Musterstadt sucht Sprachpatinnen und Sprachpaten",
        "Wer eine Stunde pro Woche Zeit hat, kann Menschen beim Deutschlernen begleiten.",
        ["Ehrenamt"],
        "mara-musterfrau",
    ),
    (
        "2026-05-20",
        "musterstadt-fest-der-kulturen",
        "Fest der Kulturen auf dem Musterstädter Marktplatz",
        "Vereine aus zwölf Ländern laden zu Musik, Essen und Gesprächen ein.",
        ["Interkulturelle Woche"],
        "max-mustermann",
    ),
    (
        "2026-09-14",
        "musterstadt-beratung-im-stadtteil",
        "Beratung jetzt auch im Stadtteilzentrum Nord",
        "Die Migrationsberatung ist dienstags im Stadtteilzentrum Nord zu erreichen.",
        ["Beratung"],
        "pia-probe",
    ),
]


def _load_demo_centre(report):
    index = NewsIndexPage.objects.child_of(demo_centre_home()).first()
    if index is None:
        return
    people = {
        contact.slug: contact
        for contact in Contact.objects.filter(site=index.get_site(), locale__language_code="de")
    }
    for day, slug, title, teaser, tags, contact_slug in DEMO_CENTRE_ARTICLES:
        spec = {
            "slug": slug,
            "title": title,
            "date": datetime.date.fromisoformat(day),
            "teaser": teaser,
            "tags": tags,
        }
        body = [("paragraph", f"<p>{teaser}</p>"), ("paragraph", DEMO_CENTRE_NOTE)]
        contacts = (
            [NewsArticleContact(contact=people[contact_slug])] if contact_slug in people else []
        )
        report.ensure_page(index, _article(spec, body, related_contacts=contacts))


def translate(report):
    """The short articles in English, Ukrainian and Arabic (demo_translations)."""
    demo_translations.load(report)
