"""Demo content: Impressum and Datenschutz of both demo centres.

Public facts of the county where they are known. What could not be checked is, in the
published version, plainly marked as part of a demonstration ("Demonstration: …"), and each
page says it belongs to one; the latest draft carries the placeholders an editor replaces
before going live ("Platzhalter – bitte prüfen und ergänzen"), which cannot be published
(integrationsnetz.placeholders). The cookie list is taken from the settings the code uses, so
it names every cookie the site sets.
"""

from django.conf import settings
from django.utils.translation import gettext as _

from accessibility.preferences import COOKIE_MAX_AGE, COOKIE_NAME
from integrationsnetz.demo import DEMO_CENTRE, demo_centre_home, home_page, link_in_settings

from . import demo_translations
from .models import ImprintPage, PrivacyCookie, PrivacyPage, PrivacyProcessing

PLACEHOLDER = "Platzhalter – bitte prüfen und ergänzen"
DEMONSTRATION = "Demonstration"
DEMONSTRATION_NOTE = (
    "<p><b>Diese Seite gehört zu einer Demonstration</b> der Software des WIR-Netzwerks. Sie "
    "ist kein gültiges {page}. Angaben mit „Demonstration“ ergänzt das Zentrum vor dem Start; "
    "was noch fehlt, steht im Entwurf dieser Seite.</p>"
)


def published(text):
    """A gap in the published demo page: named as part of the demonstration."""
    return f"{DEMONSTRATION}: {text}"


def draft(text):
    """The same gap in the page's draft: the placeholder an editor must replace."""
    return f"{PLACEHOLDER}: {text}"


def placeholders_in_draft(page, fields):
    """Keep the published demo page and save `fields` (with placeholders) as its draft, once."""
    # Fresh from the database: the instance that was just published still says "changed".
    page = type(page).objects.get(pk=page.pk)
    if page.has_unpublished_changes:
        return
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision()


ESSENTIAL = (
    "§ 25 Abs. 2 Nr. 2 TDDDG: Das Cookie ist unbedingt erforderlich, damit die Website den "
    "von Ihnen gewünschten Dienst bereitstellen kann. Es braucht keine Einwilligung."
)
PUBLIC_TASK = "Art. 6 Abs. 1 Buchst. e DSGVO in Verbindung mit § 3 HDSIG"


def _lifetime(seconds):
    days = seconds // (24 * 60 * 60)
    if days == 365:
        return _("Wird nach einem Jahr gelöscht; Sie können es jederzeit im Browser löschen.")
    return _("Wird nach %(days)d Tagen gelöscht; Sie können es jederzeit im Browser löschen.") % {
        "days": days
    }


def _imprint_fields(mark, centre="des Werra-Meißner-Kreises"):
    return {
        "representative": mark(f"Name der Landrätin oder des Landrats {centre}"),
        "supervisory_authority": mark("Name und Anschrift der Kommunalaufsicht"),
        "editor_name": mark("Name der verantwortlichen Person"),
    }


def _imprint(report, home):
    page = ImprintPage(
        title="Impressum",
        slug="impressum",
        show_in_menus=False,
        provider_name="Kreisausschuss des Werra-Meißner-Kreises",
        legal_form="Landkreis, Körperschaft des öffentlichen Rechts",
        provider_address="Schlossplatz 1\n37269 Eschwege",
        editor_address="WIR-Vielfaltszentrum\nSchlossplatz 1\n37269 Eschwege",
        body=[
            ("paragraph", DEMONSTRATION_NOTE.format(page="Impressum")),
            ("heading", {"text": "Bildnachweise", "level": "h3"}),
            (
                "paragraph",
                "<p>Logo, Piktogramme und Bilder der Demo-Inhalte sind mit dieser Software "
                "erzeugt. Das Video auf der Seite Deutsche Gebärdensprache ist ein "
                "Platzhalter.</p>",
            ),
        ],
        **_imprint_fields(published),
    )
    page = report.ensure_page(home, page)
    placeholders_in_draft(page, _imprint_fields(draft))
    return page


def _processings(mark):
    return [
        PrivacyProcessing(
            title="Aufruf der Website (Server-Protokolle)",
            data=(
                "IP-Adresse, Zeitpunkt, aufgerufene Adresse (auch Suchbegriffe der Suche), "
                "Statuscode, übertragene Datenmenge und Browserkennung. "
                + mark("mit dem Betrieb der Website abgleichen.")
            ),
            purpose="Die Seiten ausliefern, Fehler finden und Angriffe abwehren.",
            legal_basis=PUBLIC_TASK,
            retention=mark("Speicherdauer der Server-Protokolle."),
        ),
        PrivacyProcessing(
            title="Formular „Barriere melden“",
            data=(
                "Adresse der betroffenen Seite, Ihre Beschreibung, freiwillig Name und "
                "E-Mail-Adresse, ob Sie eine Antwort möchten, Zeitpunkt. Die IP-Adresse wird "
                "nicht gespeichert. Gegen Spam wird eine nicht umkehrbare Kurzform (Hash) der "
                "IP-Adresse eine Stunde lang im Zwischenspeicher (Cache) gezählt und dann "
                "verworfen."
            ),
            purpose=(
                "Gemeldete Barrieren beheben und Ihnen antworten (Feedback-Mechanismus nach "
                "§ 4 HVBIT). Die Meldung geht per E-Mail an das WIR-Vielfaltszentrum."
            ),
            legal_basis=PUBLIC_TASK,
            retention=mark("Löschfrist nach Abschluss der Meldung."),
        ),
        PrivacyProcessing(
            title="Kontakt per E-Mail oder Telefon",
            data="Was Sie uns mitteilen, und Ihre Kontaktdaten.",
            purpose="Ihre Anfrage beantworten.",
            legal_basis=PUBLIC_TASK,
            retention=mark("Löschfrist nach der Aktenordnung des Kreises."),
        ),
    ]


def _cookies():
    return [
        PrivacyCookie(
            name=COOKIE_NAME,
            purpose=(
                "Speichert, ob Sie den Kontrast Gelb-Schwarz oder eine andere Schriftgröße "
                "gewählt haben, zum Beispiel „kontrast-150“. Es wird nur gesetzt, wenn Sie "
                "selbst etwas wählen, und enthält keine Angaben zu Ihrer Person."
            ),
            lifetime=_lifetime(COOKIE_MAX_AGE),
            legal_basis=ESSENTIAL,
        ),
        PrivacyCookie(
            name=settings.CSRF_COOKIE_NAME,
            purpose=(
                "Schützt das Formular „Barriere melden“ davor, dass eine fremde Website es "
                "in Ihrem Namen abschickt. Wird nur auf Seiten mit diesem Formular gesetzt "
                "und enthält eine Zufallszahl."
            ),
            lifetime=_lifetime(settings.CSRF_COOKIE_AGE),
            legal_basis=ESSENTIAL,
        ),
        PrivacyCookie(
            name=settings.SESSION_COOKIE_NAME,
            purpose=(
                "Nur für die Redaktion: hält die Anmeldung im Redaktionsbereich. "
                "Besucherinnen und Besucher bekommen dieses Cookie nicht."
            ),
            lifetime=_lifetime(settings.SESSION_COOKIE_AGE),
            legal_basis=ESSENTIAL,
        ),
    ]


def _privacy_fields(
    mark, centre="des Werra-Meißner-Kreises", address="Schlossplatz 1\n37269 Eschwege"
):
    return {
        "dpo_name": mark(f"Datenschutzbeauftragte Stelle {centre}"),
        "dpo_address": f"{mark('Name der Dienststelle')}\n{address}",
        "recipients": (
            "Die Website wird im Auftrag betrieben (Auftragsverarbeitung nach Art. 28 DSGVO). "
            + mark("Name des Rechenzentrums oder Dienstleisters.")
            + " Meldungen aus dem Formular gehen per E-Mail an das Postfach des "
            "WIR-Vielfaltszentrums."
        ),
        "authority_address": f"Wiesbaden\n{mark('Postanschrift')}",
        "processings": _processings(mark),
    }


def _privacy(report, home, **centre):
    page = PrivacyPage(
        title="Datenschutz",
        slug="datenschutz",
        show_in_menus=False,
        intro=(
            "Diese Website erhebt so wenige Daten wie möglich. Sie lädt keine Schriften, "
            "Skripte oder Zählpixel von anderen Anbietern, wertet Ihr Verhalten nicht aus und "
            "hat keinen Newsletter."
        ),
        dpo_email="datenschutz@example.org",
        authority_name="Der Hessische Beauftragte für Datenschutz und Informationsfreiheit",
        authority_url="https://datenschutz.hessen.de/",
        cookies=_cookies(),
        body=[("paragraph", DEMONSTRATION_NOTE.format(page="Datenschutzerklärung"))],
        **_privacy_fields(published, **centre),
    )
    page = report.ensure_page(home, page)
    placeholders_in_draft(page, _privacy_fields(draft, **centre))
    return page


MUSTERSTADT_IMPRINT = {
    "provider_name": "Magistrat der Stadt Musterstadt (erfunden)",
    "legal_form": "Beispiel einer Gebietskörperschaft",
    "provider_address": "Musterstraße 1\n12345 Musterstadt",
    "editor_address": f"{DEMO_CENTRE}\nMusterstraße 1\n12345 Musterstadt",
}


def _publish_centre_draft(report, page, fields):
    """Complete a legal page `add_centre` left as a draft, and publish it, once."""
    page = page.specific
    if page.live:
        return report.add(page, created=False)
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()
    return report.add(page, created=True)


def _musterstadt(report):
    """Musterstadt's own Impressum and Datenschutz (drafts made by `add_centre`), published
    as a demonstration with the fictional town as provider and controller."""
    home = demo_centre_home()
    centre = {"centre": "der Stadt Musterstadt", "address": "Musterstraße 1\n12345 Musterstadt"}
    imprint = home.get_children().filter(slug="impressum").first()
    if imprint is not None:
        _publish_centre_draft(
            report,
            imprint,
            {
                **MUSTERSTADT_IMPRINT,
                **_imprint_fields(published, centre="der Stadt Musterstadt"),
                "body": [("paragraph", DEMONSTRATION_NOTE.format(page="Impressum"))],
            },
        )
    privacy = home.get_children().filter(slug="datenschutz").first()
    if privacy is not None:
        _publish_centre_draft(
            report,
            privacy,
            {
                "dpo_email": "datenschutz@musterstadt.example",
                "authority_name": (
                    "Der Hessische Beauftragte für Datenschutz und Informationsfreiheit"
                ),
                "authority_url": "https://datenschutz.hessen.de/",
                "cookies": _cookies(),
                "body": [("paragraph", DEMONSTRATION_NOTE.format(page="Datenschutzerklärung"))],
                **_privacy_fields(published, **centre),
            },
        )


def load(report):
    home = home_page()
    pages = {"imprint_page": _imprint(report, home), "privacy_page": _privacy(report, home)}
    link_in_settings(pages)
    _musterstadt(report)


def translate(report):
    """Impressum and Datenschutz in English, Ukrainian and Arabic (demo_translations)."""
    demo_translations.load(report)
