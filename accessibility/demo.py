"""Demo content: the accessibility statement, Leichte Sprache and Gebärdensprache pages.

The statement is true for this code base: it names what the browser suite checks and what is
known not to be accessible. Facts that could not be checked are marked as part of the
demonstration in the published statement, and as placeholders ("bitte prüfen und ergänzen") in
its draft, which cannot be published (integrationsnetz.placeholders). The sign-language clip in
demo_media/ is a labelled placeholder (see its README). Musterstadt, the fictional second
centre, gets the same three pages, published.
"""

from datetime import timedelta
from pathlib import Path

from django.core.files import File
from django.utils import timezone

from wagtail.documents import get_document_model

from integrationsnetz.demo import DEMO_CENTRE, demo_centre_home, home_page, link_in_settings

from . import demo_translations
from .models import (
    AccessibilityStatementPage,
    EasyLanguageItem,
    EasyLanguagePage,
    NonAccessibleContent,
    NonAccessibleReason,
    SignLanguagePage,
    SignLanguageVideo,
)

MEDIA = Path(__file__).resolve().parent / "demo_media"
PLACEHOLDER = "bitte prüfen und ergänzen"

STATEMENT = {
    "title": "Erklärung zur Barrierefreiheit",
    "slug": "barrierefreiheit",
    "body_name": "Der Kreisausschuss des Werra-Meißner-Kreises",
    "scope": (
        "die Website des WIR-Vielfaltszentrums Werra-Meißner-Kreis mit allen Unterseiten, hier "
        "als Demonstration der Software"
    ),
    "status": "teilweise",
    "preparation_method": "selbstbewertung",
    "method_description": (
        "Jede Seitenart dieser Website wird bei jeder Änderung automatisch in einem echten "
        "Browser (Chromium) geprüft: mit dem Prüfprogramm axe-core auf Verstöße gegen die "
        "WCAG 2.1 Stufe AA, in der normalen Darstellung und im Kontrast Gelb-Schwarz, bei "
        "100 und 200 Prozent Schriftgröße; dazu, ob jede Seite bei 320 Pixel Breite ohne "
        "waagerechtes Scrollen lesbar bleibt und ob sie mit der Tastatur bedienbar ist. "
        "Automatische Prüfungen finden nicht alle Barrieren. Eine Prüfung von Hand mit "
        "Bildschirmleser durch Menschen mit Behinderungen steht noch aus."
    ),
    "feedback_note": "Wir antworten Ihnen so schnell wie möglich, spätestens nach sechs Wochen.",
    "enforcement_name": (
        "Durchsetzungs- und Überwachungsstelle für barrierefreie IT des Landes Hessen"
    ),
    "enforcement_address": (
        "beim Regierungspräsidium Gießen\nPostanschrift: Demonstration, wird vor dem Start ergänzt"
    ),
    "enforcement_url": (
        "https://lbit.hessen.de/Durchsetzungs-und-Ueberwachungsstelle/"
        "Durchsetzungsverfahren-beantragen"
    ),
}

NON_ACCESSIBLE = [
    {
        "description": (
            "PDF-Dokumente und andere Dateien zum Herunterladen werden nicht automatisch "
            "geprüft. Ältere Dokumente sind möglicherweise nicht barrierefrei, zum Beispiel "
            "ohne Überschriften-Struktur oder ohne Alternativtexte für Bilder."
        ),
        "reason": NonAccessibleReason.NON_COMPLIANCE,
        "explanation": (
            "Neue Dokumente erstellen wir barrierefrei; ältere prüfen wir nach und nach."
        ),
        "alternative": (
            "Schreiben Sie uns über das Formular „Barriere melden“ oder per E-Mail. Wir "
            "schicken Ihnen den Inhalt in einer barrierefreien Form."
        ),
    },
    {
        "description": (
            "Die Seite in Deutscher Gebärdensprache zeigt bisher nur ein Platzhalter-Video. "
            "Die Erläuterungen in Deutscher Gebärdensprache nach § 3 Abs. 3 HVBIT fehlen noch."
        ),
        "reason": NonAccessibleReason.NON_COMPLIANCE,
        "explanation": "Das Video wird mit einer Gebärdensprach-Dolmetscherin aufgenommen.",
        "alternative": (
            "Die Seite in Leichter Sprache erklärt dieselben Inhalte. Sie können uns auch "
            "eine E-Mail schreiben."
        ),
    },
]

EASY_LANGUAGE_ITEMS = [
    (
        "Wer wir sind",
        "people",
        "Wir sind das WIR-Vielfaltszentrum.\n"
        "Wir arbeiten für den Werra-Meißner-Kreis.\n"
        "Wir helfen Menschen, die neu im Kreis sind.\n"
        "Wir helfen auch Vereinen und Ehren-Amtlichen.",
    ),
    (
        "Was wir machen",
        "talk",
        "Wir beraten Sie.\n"
        "Wir bringen Menschen zusammen.\n"
        "Wir machen Veranstaltungen.\n"
        "Zum Beispiel die Interkulturelle Woche.",
    ),
    (
        "So erreichen Sie uns",
        "phone",
        "Sie können uns anrufen.\n"
        "Sie können uns eine E-Mail schreiben.\n"
        "Die Telefon-Nummer und die E-Mail-Adresse stehen unten auf jeder Seite.",
    ),
    (
        "So finden Sie Dinge auf der Website",
        "search",
        "Oben auf jeder Seite ist das Menü.\n"
        "Im Menü stehen die wichtigen Seiten.\n"
        "Oben ist auch die Suche.\n"
        "Dort können Sie ein Wort eingeben.\n"
        "Dann finden Sie Seiten zu diesem Wort.",
    ),
    (
        "So können Sie besser lesen",
        "contrast",
        "Ganz oben auf jeder Seite sind Knöpfe.\n"
        "Mit dem Knopf „Kontrast Gelb-Schwarz“ wird die Schrift gelb.\n"
        "Der Hintergrund wird schwarz.\n"
        "Mit den Knöpfen „A“ wird die Schrift größer.",
    ),
    (
        "Erklärung zur Barriere-Freiheit",
        "document",
        "Wir wollen: Alle Menschen können unsere Website gut nutzen.\n"
        "Das ist noch nicht überall so.\n"
        "In der Erklärung zur Barriere-Freiheit steht, was noch nicht gut ist.\n"
        "Dort können Sie uns auch schreiben, wenn etwas nicht gut geht.",
    ),
]


def _draw_pictogram(kind):
    def draw(canvas, size):
        width, height = size
        blue, yellow, white = "#0b5c78", "#f2b705", "#ffffff"
        canvas.rectangle((0, 0, width, height), fill=white)
        canvas.rounded_rectangle((8, 8, width - 8, height - 8), radius=40, fill=blue)
        if kind == "people":
            for x, colour in ((150, yellow), (240, white), (330, yellow)):
                canvas.ellipse((x - 38, 120, x + 38, 196), fill=colour)
                canvas.rounded_rectangle((x - 60, 210, x + 60, 360), radius=40, fill=colour)
        elif kind == "talk":
            canvas.rounded_rectangle((70, 90, 300, 240), radius=36, fill=white)
            canvas.polygon([(120, 230), (110, 300), (180, 232)], fill=white)
            canvas.rounded_rectangle((180, 230, 410, 380), radius=36, fill=yellow)
            canvas.polygon([(350, 372), (370, 440), (300, 374)], fill=yellow)
        elif kind == "phone":
            canvas.rounded_rectangle((160, 80, 320, 400), radius=24, fill=white)
            canvas.rectangle((180, 120, 300, 330), fill=blue)
            canvas.ellipse((222, 345, 258, 381), fill=blue)
        elif kind == "search":
            canvas.ellipse((110, 100, 310, 300), outline=white, width=28)
            canvas.line((280, 270, 380, 370), fill=yellow, width=40)
        elif kind == "contrast":
            canvas.rectangle((90, 110, 240, 370), fill="#000000")
            canvas.rectangle((240, 110, 390, 370), fill=white)
            canvas.text((130, 170), "A", fill="#ffff00", font_size=120)
            canvas.text((280, 170), "A", fill="#000000", font_size=120)
        else:
            canvas.rounded_rectangle((140, 80, 340, 400), radius=16, fill=white)
            for y in (140, 190, 240):
                canvas.line((175, y, 305, y), fill=blue, width=14)
            canvas.line((190, 320, 230, 360), fill=yellow, width=22)
            canvas.line((230, 360, 300, 280), fill=yellow, width=22)

    return draw


def _draw_poster(canvas, size):
    width, height = size
    canvas.rectangle((0, 0, width, height), fill="#0b5c78")
    canvas.text(
        (width // 2, height // 2 - 40), "PLATZHALTER", fill="#ffffff", font_size=64, anchor="mm"
    )
    canvas.text(
        (width // 2, height // 2 + 40),
        "Das Video in DGS folgt",
        fill="#f2b705",
        font_size=32,
        anchor="mm",
    )


def _ensure_document(report, title, filename):
    model = get_document_model()
    existing = model.objects.filter(title=title).first()
    if existing is not None:
        return report.add(existing, created=False)
    with (MEDIA / filename).open("rb") as handle:
        document = model(title=title)
        document.file.save(filename, File(handle), save=False)
        document.save()
    return report.add(document, created=True)


def _statement(report, home):
    today = timezone.localdate()
    page = AccessibilityStatementPage(
        **STATEMENT,
        prepared_on=today,
        reviewed_on=today,
        show_in_menus=False,
        non_accessible_items=[NonAccessibleContent(**item) for item in NON_ACCESSIBLE],
    )
    page = report.ensure_page(home, page)
    # Fresh from the database: the instance that was just published still says "changed".
    page = AccessibilityStatementPage.objects.get(pk=page.pk)
    if not page.has_unpublished_changes:
        page.enforcement_address = f"beim Regierungspräsidium Gießen\nPostanschrift: {PLACEHOLDER}"
        page.save_revision()
    return page


def _easy_language_items(report):
    items = []
    for heading, kind, text in EASY_LANGUAGE_ITEMS:
        image = report.ensure_image(
            f"Piktogramm Leichte Sprache: {heading}", _draw_pictogram(kind), alt="", size=(480, 480)
        )
        items.append(EasyLanguageItem(heading=heading, image=image, text=text))
    return items


def _easy_language(report, home):
    items = _easy_language_items(report)
    page = EasyLanguagePage(
        title="Leichte Sprache",
        slug="leichte-sprache",
        intro="Hier erklären wir unsere Website in Leichter Sprache.",
        show_in_menus=False,
        items=items,
    )
    return report.ensure_page(home, page)


def _sign_language_videos(report):
    video = _ensure_document(
        report, "Platzhalter-Video Gebärdensprache", "gebaerdensprache-platzhalter.mp4"
    )
    captions = _ensure_document(
        report, "Untertitel Platzhalter-Video Gebärdensprache", "gebaerdensprache-platzhalter.vtt"
    )
    poster = report.ensure_image(
        "Vorschaubild Platzhalter-Video Gebärdensprache", _draw_poster, alt="", size=(960, 720)
    )
    return [
        SignLanguageVideo(
            heading="Platzhalter: Willkommen beim WIR-Vielfaltszentrum",
            video=video,
            captions=captions,
            poster=poster,
            duration=timedelta(seconds=8),
            transcript=(
                "Platzhalter: Hier steht später ein Video in Deutscher Gebärdensprache.\n"
                "Es erklärt, was das WIR-Vielfaltszentrum macht und wie Sie uns erreichen."
            ),
        )
    ]


SIGN_LANGUAGE_INTRO = (
    "Hier erklären wir die Website in Deutscher Gebärdensprache (DGS). Das Video unten ist "
    "noch ein Platzhalter: Das Video in Gebärdensprache folgt."
)


def _sign_language(report, home):
    page = SignLanguagePage(
        title="Deutsche Gebärdensprache",
        slug="gebaerdensprache",
        intro=SIGN_LANGUAGE_INTRO,
        show_in_menus=False,
        videos=_sign_language_videos(report),
    )
    return report.ensure_page(home, page)


def _publish_centre_draft(report, page, fields):
    """Complete a page `add_centre` left as a draft, and publish it, once."""
    page = page.specific
    if page.live:
        return report.add(page, created=False)
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()
    return report.add(page, created=True)


def _musterstadt(report):
    """Musterstadt's own statement, Leichte Sprache and DGS pages (drafts made by
    `add_centre`), published: a centre's footer links them only once they are live."""
    home = demo_centre_home()
    today = timezone.localdate()
    pages = {page.slug: page for page in home.get_children()}
    if "barrierefreiheit" in pages:
        _publish_centre_draft(
            report,
            pages["barrierefreiheit"],
            {
                **STATEMENT,
                "title": "Erklärung zur Barrierefreiheit",
                "body_name": "Der Magistrat der Stadt Musterstadt (erfunden)",
                "scope": f"die Website des {DEMO_CENTRE}s, einer Demonstration der Software",
                "prepared_on": today,
                "reviewed_on": today,
                "non_accessible_items": [NonAccessibleContent(**item) for item in NON_ACCESSIBLE],
            },
        )
    if "leichte-sprache" in pages:
        _publish_centre_draft(
            report,
            pages["leichte-sprache"],
            {
                "intro": "Hier erklären wir unsere Website in Leichter Sprache.",
                "items": [
                    EasyLanguageItem(
                        heading=item.heading,
                        image=item.image,
                        text=item.text.replace("den Werra-Meißner-Kreis", "die Stadt Musterstadt"),
                    )
                    for item in _easy_language_items(report)
                ],
            },
        )
    if "gebaerdensprache" in pages:
        _publish_centre_draft(
            report,
            pages["gebaerdensprache"],
            {"intro": SIGN_LANGUAGE_INTRO, "videos": _sign_language_videos(report)},
        )


def load(report):
    home = home_page()
    pages = {
        "accessibility_page": _statement(report, home),
        "easy_language_page": _easy_language(report, home),
        "sign_language_page": _sign_language(report, home),
    }
    link_in_settings(pages)
    _musterstadt(report)


def translate(report):
    """The accessibility statement in English, Ukrainian and Arabic (demo_translations)."""
    demo_translations.load(report)
