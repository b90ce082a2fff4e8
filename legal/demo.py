"""Demo content: Impressum and Datenschutz of the WIR-Vielfaltszentrum.

Public facts of the county where they are known; everything that could not be checked is a
clearly marked placeholder ("Platzhalter – bitte prüfen und ergänzen"). The cookie list is
taken from the settings the code uses, so it names every cookie the site sets.
"""

from django.conf import settings
from django.utils.translation import gettext as _

from accessibility.preferences import COOKIE_MAX_AGE, COOKIE_NAME
from integrationsnetz.demo import home_page, link_in_settings

from .models import ImprintPage, PrivacyCookie, PrivacyPage, PrivacyProcessing

PLACEHOLDER = "Platzhalter – bitte prüfen und ergänzen"
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


def _imprint(report, home):
    page = ImprintPage(
        title="Impressum",
        slug="impressum",
        show_in_menus=False,
        provider_name="Kreisausschuss des Werra-Meißner-Kreises",
        legal_form="Landkreis, Körperschaft des öffentlichen Rechts",
        provider_address="Schlossplatz 1\n37269 Eschwege",
        representative=f"{PLACEHOLDER}: Name der Landrätin oder des Landrats",
        supervisory_authority=f"{PLACEHOLDER}: Name und Anschrift der Kommunalaufsicht",
        editor_name=f"{PLACEHOLDER}: Name der verantwortlichen Person",
        editor_address="WIR-Vielfaltszentrum\nSchlossplatz 1\n37269 Eschwege",
        body=[
            ("heading", {"text": "Bildnachweise", "level": "h3"}),
            (
                "paragraph",
                "<p>Logo, Piktogramme und Bilder der Demo-Inhalte sind mit dieser Software "
                "erzeugt. Das Video auf der Seite Deutsche Gebärdensprache ist ein "
                "Platzhalter.</p>",
            ),
        ],
    )
    return report.ensure_page(home, page)


def _processings():
    return [
        PrivacyProcessing(
            title="Aufruf der Website (Server-Protokolle)",
            data=(
                "IP-Adresse, Zeitpunkt, aufgerufene Adresse (auch Suchbegriffe der Suche), "
                f"Statuscode, übertragene Datenmenge und Browserkennung. {PLACEHOLDER}: mit "
                "dem Betrieb der Website abgleichen."
            ),
            purpose="Die Seiten ausliefern, Fehler finden und Angriffe abwehren.",
            legal_basis=PUBLIC_TASK,
            retention=f"{PLACEHOLDER}: Speicherdauer der Server-Protokolle.",
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
            retention=f"{PLACEHOLDER}: Löschfrist nach Abschluss der Meldung.",
        ),
        PrivacyProcessing(
            title="Kontakt per E-Mail oder Telefon",
            data="Was Sie uns mitteilen, und Ihre Kontaktdaten.",
            purpose="Ihre Anfrage beantworten.",
            legal_basis=PUBLIC_TASK,
            retention=f"{PLACEHOLDER}: Löschfrist nach der Aktenordnung des Kreises.",
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


def _privacy(report, home):
    page = PrivacyPage(
        title="Datenschutz",
        slug="datenschutz",
        show_in_menus=False,
        intro=(
            "Diese Website erhebt so wenige Daten wie möglich. Sie lädt keine Schriften, "
            "Skripte oder Zählpixel von anderen Anbietern, wertet Ihr Verhalten nicht aus und "
            "hat keinen Newsletter."
        ),
        dpo_name=f"{PLACEHOLDER}: Datenschutzbeauftragte Stelle des Werra-Meißner-Kreises",
        dpo_address=f"{PLACEHOLDER}\nSchlossplatz 1\n37269 Eschwege",
        dpo_email="datenschutz@example.org",
        recipients=(
            "Die Website wird im Auftrag betrieben (Auftragsverarbeitung nach Art. 28 DSGVO). "
            f"{PLACEHOLDER}: Name des Rechenzentrums oder Dienstleisters. Meldungen aus dem "
            "Formular gehen per E-Mail an das Postfach des WIR-Vielfaltszentrums."
        ),
        authority_name="Der Hessische Beauftragte für Datenschutz und Informationsfreiheit",
        authority_address=f"Wiesbaden\n{PLACEHOLDER}: Postanschrift",
        authority_url="https://datenschutz.hessen.de/",
        processings=_processings(),
        cookies=_cookies(),
    )
    return report.ensure_page(home, page)


def load(report):
    home = home_page()
    pages = {"imprint_page": _imprint(report, home), "privacy_page": _privacy(report, home)}
    link_in_settings(pages)
