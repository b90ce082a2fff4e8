"""Demo content of the offers app: topics, target groups, more languages, fictional providers
and places in the Werra-Meißner-Kreis, about 25 offers with opening hours (the
Migrationsberatung and the Jugendmigrationsdienst at two places, with other hours at each), and
the directory.

Every provider and place is made up ("Beispiel" in the name), phone numbers come from the range
the Bundesnetzagentur keeps free for media (030 23125 000–999), addresses are invented.
Only what is missing is created, so load_demo may run again.
"""

import datetime

from django.utils import timezone

from wagtail.models import Locale

from contacts.models import Contact, Language
from integrationsnetz.demo import demo_centre_home, home_page
from integrationsnetz.phone import normalise_phone

from . import demo_translations
from .models import (
    Closure,
    Offer,
    OfferContact,
    OfferIndexPage,
    OfferPlace,
    OfferTopic,
    OpeningRule,
    Organisation,
    Place,
    TargetGroup,
)

# In this order on the home page's "Hilfe finden" (the first five, see offer_tags).
TOPICS = [
    ("deutsch-lernen", "Deutsch lernen"),
    ("beratung", "Beratung"),
    ("aufenthalt", "Aufenthalt"),
    ("arbeit-und-ausbildung", "Arbeit und Ausbildung"),
    ("kinder-und-familie", "Kinder und Familie"),
    ("wohnen", "Wohnen"),
    ("gesundheit", "Gesundheit"),
    ("freizeit-und-begegnung", "Freizeit und Begegnung"),
    ("ehrenamt", "Ehrenamt"),
]

TARGET_GROUPS = [
    ("erwachsene", "Erwachsene"),
    ("jugendliche", "Jugendliche und junge Erwachsene"),
    ("familien", "Familien mit Kindern"),
    ("frauen", "Frauen"),
    ("gefluechtete", "Geflüchtete"),
]

# More languages than the contacts' seven: ISO 639-1 where there is a code, else ISO 639-3.
MORE_LANGUAGES = [
    ("ps", "Paschtu", "پښتو"),
    ("ti", "Tigrinya", "ትግርኛ"),
    ("kmr", "Kurmandschi", "Kurmancî"),
    ("so", "Somali", "Soomaali"),
    ("pl", "Polnisch", "Polski"),
    ("ro", "Rumänisch", "Română"),
    ("fr", "Französisch", "Français"),
]

ORGANISATIONS = [
    (
        "auslaenderbehoerde-beispiel",
        "Ausländerbehörde des Kreises (Beispiel)",
        "behoerde",
        "030 23125-101",
        "Aufenthaltstitel, Verlängerungen, Einbürgerung.",
    ),
    (
        "vhs-beispiel",
        "Volkshochschule Werra-Meißner (Beispiel)",
        "bildungstraeger",
        "030 23125-102",
        "Sprach- und Integrationskurse, Bildung für alle.",
    ),
    (
        "wohlfahrt-beispiel",
        "Wohlfahrtsverband Nordhessen (Beispiel)",
        "wohlfahrtsverband",
        "030 23125-103",
        "Beratung und Begleitung für Menschen mit Migrationsgeschichte.",
    ),
    (
        "jmd-beispiel",
        "Jugendmigrationsdienst Werra (Beispiel)",
        "beratungsstelle",
        "030 23125-104",
        "Begleitung für junge Menschen von 12 bis 27 Jahren.",
    ),
    (
        "frauentreff-beispiel",
        "Frauentreff Miteinander e. V. (Beispiel)",
        "verein",
        "030 23125-105",
        "Ein Verein von Frauen für Frauen, seit 2016.",
    ),
    (
        "ehrenamtsagentur-beispiel",
        "Ehrenamtsagentur Werra-Meißner (Beispiel)",
        "beratungsstelle",
        "030 23125-106",
        "Vermittelt Ehrenamtliche und Einsatzstellen.",
    ),
    (
        "jobcenter-beispiel",
        "Jobcenter Werra-Meißner (Beispiel)",
        "behoerde",
        "030 23125-107",
        "Arbeitsvermittlung und Bürgergeld.",
    ),
    (
        "stadt-eschwege-beispiel",
        "Stadt Eschwege, Fachdienst Kinder (Beispiel)",
        "behoerde",
        "030 23125-108",
        "Kita-Plätze und Kindertagespflege in der Stadt.",
    ),
    (
        "gesundheitsamt-beispiel",
        "Gesundheitsamt des Kreises (Beispiel)",
        "gesundheit",
        "030 23125-109",
        "Impfberatung, Schuleingangsuntersuchung, Gesundheitsberatung.",
    ),
    (
        "anerkennung-beispiel",
        "Anerkennungsberatung Nordhessen (Beispiel)",
        "beratungsstelle",
        "030 23125-110",
        "Hilft bei der Anerkennung ausländischer Berufs- und Studienabschlüsse.",
    ),
]

PLACES = [
    # slug, name, street, postal code, town, latitude, longitude, step free, lift, WC, loop, bus
    (
        "kreishaus-eschwege",
        "Kreishaus Eschwege (Beispiel)",
        "Beispielplatz 1",
        "37269",
        "Eschwege",
        "51.1870",
        "10.0540",
        True,
        True,
        True,
        True,
        "Bus 210 oder 220 bis „Schlossplatz“, dann 2 Minuten zu Fuß.",
    ),
    (
        "vhs-eschwege",
        "VHS-Haus Eschwege (Beispiel)",
        "Schulweg 12",
        "37269",
        "Eschwege",
        "51.1850",
        "10.0490",
        True,
        True,
        True,
        False,
        "Bus 220 bis „Am Stadtbahnhof“, dann 5 Minuten zu Fuß.",
    ),
    (
        "haus-der-begegnung",
        "Haus der Begegnung (Beispiel)",
        "Marktgasse 3",
        "37269",
        "Eschwege",
        "51.1880",
        "10.0560",
        True,
        False,
        True,
        False,
        "Vom Busbahnhof 4 Minuten zu Fuß.",
    ),
    (
        "buergerhaus-witzenhausen",
        "Bürgerhaus Witzenhausen (Beispiel)",
        "Am Beispielmarkt 5",
        "37213",
        "Witzenhausen",
        "51.3410",
        "9.8560",
        True,
        True,
        False,
        False,
        "Bus 215 bis „Marktplatz“.",
    ),
    (
        "familienzentrum-lichtenau",
        "Familienzentrum Hessisch Lichtenau (Beispiel)",
        "Bahnhofsweg 8",
        "37235",
        "Hessisch Lichtenau",
        None,
        None,
        False,
        False,
        False,
        False,
        "Zug RT4 bis „Hessisch Lichtenau“, dann 6 Minuten zu Fuß.",
    ),
    (
        "beratungsstelle-sontra",
        "Beratungsstelle Sontra (Beispiel)",
        "Niederstadt 2",
        "36205",
        "Sontra",
        "51.0710",
        "9.9370",
        True,
        False,
        False,
        False,
        "Bus 230 bis „Rathaus“.",
    ),
]

MO, TU, WE, TH, FR, SA = range(6)
OPEN, APPOINTMENT = OpeningRule.Kind.OPEN, OpeningRule.Kind.APPOINTMENT


def _weekdays(days, opens, closes, kind=OPEN):
    return [(day, opens, closes, kind) for day in days]


OFFERS = [
    {
        "slug": "integrationskurs",
        "name": "Integrationskurs Deutsch",
        "short": "Deutsch lernen von A1 bis B1, mit Orientierungskurs über Leben in Deutschland.",
        "provider": "vhs-beispiel",
        "place": "vhs-eschwege",
        "topics": ["deutsch-lernen"],
        "groups": ["erwachsene", "gefluechtete"],
        "languages": ["de", "en", "ar"],
        "cost": "gebuehr",
        "cost_note": "2,29 € je Unterrichtsstunde; mit Berechtigung oft kostenlos.",
        "registration": "erforderlich",
        "registration_note": "persönlich in der Sprechzeit, mit Pass und Berechtigungsschein.",
        "terms": "Sprachkurs Deutschkurs Integrationskurs BAMF",
        "hours": _weekdays([MO, TU, WE, TH], "08:30", "12:45"),
        "minimum_age": 16,
    },
    {
        "slug": "deutschkurs-fuer-frauen",
        "name": "Deutschkurs für Frauen mit Kinderbetreuung",
        "short": "Deutsch lernen am Vormittag, während die Kinder im Nebenraum betreut werden.",
        "provider": "frauentreff-beispiel",
        "place": "haus-der-begegnung",
        "topics": ["deutsch-lernen", "kinder-und-familie"],
        "groups": ["frauen", "familien"],
        "languages": ["de", "ar", "fa", "ti"],
        "terms": "Sprachkurs Deutschkurs Frauenkurs",
        "hours": _weekdays([TU, TH], "09:00", "11:30"),
    },
    {
        "slug": "sprachcafe-eschwege",
        "name": "Sprachcafé Eschwege",
        "short": "Deutsch sprechen üben bei Tee und Kuchen, ohne Anmeldung.",
        "provider": "ehrenamtsagentur-beispiel",
        "place": "haus-der-begegnung",
        "topics": ["deutsch-lernen", "freizeit-und-begegnung"],
        "groups": ["erwachsene"],
        "languages": ["de", "en", "uk", "ar"],
        "terms": "Sprachkurs Deutsch üben Konversation Treffpunkt",
        "hours": _weekdays([WE], "15:00", "17:00"),
    },
    {
        "slug": "sprachcafe-witzenhausen",
        "name": "Sprachcafé Witzenhausen",
        "short": "Jeden Freitag Deutsch sprechen und Leute kennenlernen.",
        "provider": "ehrenamtsagentur-beispiel",
        "place": "buergerhaus-witzenhausen",
        "topics": ["deutsch-lernen", "freizeit-und-begegnung"],
        "groups": ["erwachsene"],
        "languages": ["de", "fa", "ps"],
        "terms": "Sprachkurs Deutsch üben",
        "hours": _weekdays([FR], "16:00", "18:00"),
    },
    {
        "slug": "berufssprachkurs",
        "name": "Berufssprachkurs B2",
        "short": "Deutsch für den Beruf, für Menschen mit B1, gefördert vom Bund.",
        "provider": "vhs-beispiel",
        "place": "vhs-eschwege",
        "topics": ["deutsch-lernen", "arbeit-und-ausbildung"],
        "groups": ["erwachsene"],
        "languages": ["de"],
        "registration": "erforderlich",
        "registration_note": "über das Jobcenter oder die Agentur für Arbeit.",
        "terms": "Sprachkurs Deutschkurs DeuFöV",
        "hours": _weekdays([MO, WE], "17:30", "20:45"),
        "valid_until_days": 120,
    },
    {
        "slug": "migrationsberatung",
        "name": "Migrationsberatung für Erwachsene (MBE)",
        "short": "Beratung zu Aufenthalt, Arbeit, Wohnen und Behörden für Zugewanderte ab 27.",
        "provider": "wohlfahrt-beispiel",
        # At two places, each with its own hours: Eschwege ("hours") and Witzenhausen.
        "place": "kreishaus-eschwege",
        "more_places": {"buergerhaus-witzenhausen": _weekdays([TH], "14:00", "17:00")},
        "topics": ["beratung", "aufenthalt", "wohnen"],
        "groups": ["erwachsene", "gefluechtete"],
        "languages": ["de", "ar", "ru", "tr"],
        "interpretation": True,
        "terms": "Beratung Migrationsberatung MBE",
        "hours": _weekdays([TU], "09:00", "12:00")
        + _weekdays([MO, WE], "09:00", "15:00", APPOINTMENT),
        "minimum_age": 27,
        "contact": "samira-beispiel",
    },
    {
        "slug": "jugendmigrationsdienst",
        "name": "Jugendmigrationsdienst",
        "short": "Beratung und Begleitung für junge Zugewanderte zu Schule, Ausbildung und Beruf.",
        "provider": "jmd-beispiel",
        "place": "kreishaus-eschwege",
        "more_places": {
            "buergerhaus-witzenhausen": _weekdays([FR], "10:00", "13:00")
            + _weekdays([TH], "13:00", "16:00", APPOINTMENT),
        },
        "topics": ["beratung", "arbeit-und-ausbildung"],
        "groups": ["jugendliche"],
        "languages": ["de", "en", "ar", "fa", "so"],
        "terms": "Beratung Jugendliche JMD Schule",
        "hours": _weekdays([MO, TU, WE], "10:00", "16:00", APPOINTMENT),
        "minimum_age": 12,
        "maximum_age": 27,
    },
    {
        "slug": "auslaenderbehoerde-sprechzeiten",
        "name": "Ausländerbehörde: Aufenthaltstitel",
        "short": "Aufenthaltserlaubnis beantragen oder verlängern, elektronischer Titel.",
        "provider": "auslaenderbehoerde-beispiel",
        "place": "kreishaus-eschwege",
        "topics": ["aufenthalt"],
        "groups": ["erwachsene", "gefluechtete"],
        "languages": ["de", "en"],
        "registration": "erforderlich",
        "registration_note": "nur mit Termin; Termine per Telefon oder E-Mail.",
        "terms": "Ausländerbehörde Ausländeramt Aufenthalt Visum eAT",
        "hours": _weekdays([MO, TU, TH], "08:00", "12:00", APPOINTMENT)
        + _weekdays([TH], "14:00", "17:30", APPOINTMENT),
        "contact": "taras-beispiel",
    },
    {
        "slug": "einbuergerung",
        "name": "Einbürgerungsberatung",
        "short": "Wer kann Deutsche oder Deutscher werden? Voraussetzungen und Antrag.",
        "provider": "auslaenderbehoerde-beispiel",
        "place": "kreishaus-eschwege",
        "topics": ["aufenthalt", "beratung"],
        "groups": ["erwachsene"],
        "languages": ["de"],
        "terms": "Einbürgerung Staatsangehörigkeit Ausländerbehörde",
        "hours": _weekdays([WE], "08:00", "12:00", APPOINTMENT),
    },
    {
        "slug": "kita-anmeldung",
        "name": "Kita-Anmeldung",
        "short": "Einen Platz in Kita oder Krippe anmelden; Hilfe beim Formular.",
        "provider": "stadt-eschwege-beispiel",
        "place": "kreishaus-eschwege",
        "topics": ["kinder-und-familie"],
        "groups": ["familien"],
        "languages": ["de", "en", "pl"],
        "registration": "erforderlich",
        "registration_note": "mit dem Anmeldebogen, auch online.",
        "terms": "Kita Kindergarten Krippe Kinderbetreuung Betreuungsplatz",
        "hours": _weekdays([MO, TU, WE, TH, FR], "08:30", "12:00")
        + _weekdays([TH], "14:00", "18:00"),
    },
    {
        "slug": "kindertagespflege",
        "name": "Kindertagespflege vermitteln",
        "short": "Tagesmütter und Tagesväter für Kinder unter drei Jahren.",
        "provider": "stadt-eschwege-beispiel",
        "place": "kreishaus-eschwege",
        "topics": ["kinder-und-familie"],
        "groups": ["familien"],
        "languages": ["de"],
        "terms": "Kita Tagesmutter Kinderbetreuung",
        "hours": _weekdays([TU, TH], "09:00", "12:00"),
    },
    {
        "slug": "familienzentrum-lichtenau",
        "name": "Offener Familientreff",
        "short": "Eltern und Kinder treffen sich, spielen und bekommen Rat.",
        "provider": "wohlfahrt-beispiel",
        "place": "familienzentrum-lichtenau",
        "topics": ["kinder-und-familie", "freizeit-und-begegnung"],
        "groups": ["familien"],
        "languages": ["de", "ar", "kmr"],
        "terms": "Familie Kinder Eltern Treffpunkt Kita",
        "hours": _weekdays([MO, WE], "14:30", "17:00"),
        "status": "voruebergehend-geschlossen",
        "notice": "Wegen Umbau bis auf Weiteres geschlossen.",
    },
    {
        "slug": "hausaufgabenhilfe",
        "name": "Hausaufgabenhilfe",
        "short": "Ehrenamtliche helfen Schulkindern bei den Hausaufgaben.",
        "provider": "ehrenamtsagentur-beispiel",
        "place": "haus-der-begegnung",
        "topics": ["kinder-und-familie"],
        "groups": ["familien", "jugendliche"],
        "languages": ["de", "en", "uk"],
        "terms": "Nachhilfe Schule Hausaufgaben",
        "hours": _weekdays([MO, TU, WE, TH], "14:00", "16:00"),
        "minimum_age": 6,
        "maximum_age": 16,
        "holiday": True,
    },
    {
        "slug": "ehrenamtsagentur",
        "name": "Ehrenamtsagentur: sich engagieren",
        "short": "Wir finden mit Ihnen ein Ehrenamt, das passt, auch mit wenig Deutsch.",
        "provider": "ehrenamtsagentur-beispiel",
        "place": "haus-der-begegnung",
        "topics": ["ehrenamt"],
        "groups": ["erwachsene", "jugendliche"],
        "languages": ["de", "en", "tr"],
        "terms": "Ehrenamt Freiwilligenarbeit helfen mitmachen",
        "hours": _weekdays([TU], "10:00", "13:00") + _weekdays([TH], "15:00", "18:00"),
        "contact": "samira-beispiel",
    },
    {
        "slug": "integrationslotsen",
        "name": "Integrationslotsinnen und -lotsen",
        "short": "Ehrenamtliche begleiten zu Ämtern, Ärztinnen und Schulen.",
        "provider": "ehrenamtsagentur-beispiel",
        "place": "kreishaus-eschwege",
        "topics": ["ehrenamt", "beratung"],
        "groups": ["gefluechtete", "erwachsene"],
        "languages": ["de", "ar", "uk", "ru", "ti", "so"],
        "terms": "Begleitung Lotsen Behördengang Dolmetschen",
        "hours": _weekdays([MO, TU, WE, TH, FR], "09:00", "16:00", APPOINTMENT),
    },
    {
        "slug": "anerkennungsberatung",
        "name": "Beratung zur Anerkennung ausländischer Abschlüsse",
        "short": "Ist Ihr Berufs- oder Studienabschluss in Deutschland anerkannt? Wir helfen.",
        "provider": "anerkennung-beispiel",
        "place": "kreishaus-eschwege",
        "topics": ["arbeit-und-ausbildung", "beratung"],
        "groups": ["erwachsene"],
        "languages": ["de", "en", "ar", "ru", "uk", "ro"],
        "terms": "Anerkennung Abschluss Zeugnis Beruf Beratung IQ",
        "hours": _weekdays([WE], "10:00", "15:00", APPOINTMENT),
    },
    {
        "slug": "jobcenter-arbeitsvermittlung",
        "name": "Jobcenter: Arbeit finden",
        "short": "Stellen, Bewerbungen, Weiterbildung und Bürgergeld.",
        "provider": "jobcenter-beispiel",
        "place": "kreishaus-eschwege",
        "topics": ["arbeit-und-ausbildung"],
        "groups": ["erwachsene", "gefluechtete"],
        "languages": ["de", "en"],
        "terms": "Jobcenter Arbeit Stelle Bürgergeld Bewerbung",
        "hours": _weekdays([MO, TU, WE, FR], "08:00", "12:00") + _weekdays([TH], "13:00", "17:30"),
    },
    {
        "slug": "bewerbungswerkstatt",
        "name": "Bewerbungswerkstatt",
        "short": "Lebenslauf schreiben, Bewerbung üben, Unterlagen drucken.",
        "provider": "jmd-beispiel",
        "place": "buergerhaus-witzenhausen",
        "topics": ["arbeit-und-ausbildung"],
        "groups": ["jugendliche", "erwachsene"],
        "languages": ["de", "fa", "ar"],
        "terms": "Bewerbung Lebenslauf Ausbildung Arbeit",
        "hours": _weekdays([WE], "14:00", "17:00"),
    },
    {
        "slug": "ausbildungsberatung",
        "name": "Ausbildung in Deutschland: Beratung",
        "short": "Welche Ausbildung passt? Wege, Berufsschule und Ausbildungsduldung.",
        "provider": "jmd-beispiel",
        "place": "beratungsstelle-sontra",
        "topics": ["arbeit-und-ausbildung", "beratung"],
        "groups": ["jugendliche"],
        "languages": ["de", "en", "ti"],
        "terms": "Ausbildung Beruf Beratung Schule",
        "hours": _weekdays([TU], "13:00", "16:00"),
        "maximum_age": 27,
    },
    {
        "slug": "wohnungssuche",
        "name": "Hilfe bei der Wohnungssuche",
        "short": "Wohnungsanzeigen verstehen, Mietvertrag prüfen, Wohnberechtigungsschein.",
        "provider": "wohlfahrt-beispiel",
        "place": "beratungsstelle-sontra",
        "topics": ["wohnen", "beratung"],
        "groups": ["erwachsene", "familien"],
        "languages": ["de", "ar", "pl"],
        "terms": "Wohnung Miete Mietvertrag WBS Wohngeld",
        "hours": _weekdays([TH], "09:00", "12:00"),
    },
    {
        "slug": "gesundheitsberatung",
        "name": "Gesundheitsberatung und Impfungen",
        "short": "Fragen zu Krankenversicherung, Impfungen und Ärztinnen in der Nähe.",
        "provider": "gesundheitsamt-beispiel",
        "place": "kreishaus-eschwege",
        "topics": ["gesundheit"],
        "groups": ["erwachsene", "familien"],
        "languages": ["de", "en", "fr"],
        "terms": "Gesundheit Arzt Ärztin Impfung Krankenkasse",
        "hours": _weekdays([MO, WE], "08:30", "11:30"),
    },
    {
        "slug": "psychosoziale-beratung",
        "name": "Psychosoziale Beratung für Geflüchtete",
        "short": "Gespräche bei Sorgen, Stress und schlimmen Erlebnissen, vertraulich.",
        "provider": "wohlfahrt-beispiel",
        "place": "beratungsstelle-sontra",
        "topics": ["gesundheit", "beratung"],
        "groups": ["gefluechtete"],
        "languages": ["de", "ar", "fa", "ps"],
        "interpretation": True,
        "terms": "Beratung Psychologie Trauma Gespräch",
        "hours": _weekdays([MO, WE], "10:00", "16:00", APPOINTMENT),
    },
    {
        "slug": "frauentreff",
        "name": "Frauentreff International",
        "short": "Frauen aus vielen Ländern treffen sich, kochen, reden und machen Ausflüge.",
        "provider": "frauentreff-beispiel",
        "place": "haus-der-begegnung",
        "topics": ["freizeit-und-begegnung"],
        "groups": ["frauen"],
        "languages": ["de", "ar", "tr", "uk", "so"],
        "terms": "Frauen Treffpunkt Begegnung",
        "hours": _weekdays([FR], "10:00", "12:30"),
        "notice": "Im August geschlossen.",
    },
    {
        "slug": "fahrradwerkstatt",
        "name": "Offene Fahrradwerkstatt",
        "short": "Fahrräder gemeinsam reparieren; gespendete Räder gegen kleine Gebühr.",
        "provider": "ehrenamtsagentur-beispiel",
        "place": "buergerhaus-witzenhausen",
        "topics": ["freizeit-und-begegnung", "ehrenamt"],
        "groups": ["erwachsene", "jugendliche"],
        "languages": ["de", "en", "fa"],
        "cost": "gebuehr",
        "cost_note": "Reparatur kostenlos, gebrauchte Räder ab 20 €.",
        "terms": "Fahrrad Werkstatt Mobilität",
        "hours": _weekdays([SA], "10:00", "13:00"),
    },
    {
        "slug": "asylverfahrensberatung",
        "name": "Asylverfahrensberatung",
        "short": "Unabhängige Beratung zum Asylverfahren, zur Anhörung und zu Bescheiden.",
        "provider": "wohlfahrt-beispiel",
        "place": "kreishaus-eschwege",
        "topics": ["aufenthalt", "beratung"],
        "groups": ["gefluechtete"],
        "languages": ["de", "ar", "fa", "ti", "so", "kmr"],
        "interpretation": True,
        "terms": "Asyl Beratung Anhörung BAMF Bescheid",
        "hours": _weekdays([TU], "09:00", "13:00") + _weekdays([FR], "09:00", "12:00", APPOINTMENT),
        "holiday": True,
    },
]

# The fictional second centre's own offers (integrationsnetz.demo.DEMO_CENTRE).
DEMO_CENTRE_ORGANISATION = (
    "musterstadt-beratung",
    "Beratungszentrum Musterstadt (Beispiel)",
    "beratungsstelle",
    "030 23125-120",
    "Erfundener Träger des Beispielzentrums Musterstadt.",
)
DEMO_CENTRE_PLACE = (
    "rathaus-musterstadt",
    "Rathaus Musterstadt (Beispiel)",
    "Musterstraße 1",
    "12345",
    "Musterstadt",
    None,
    None,
    True,
    True,
    True,
    False,
    "Bus 1 bis „Rathaus“.",
)
DEMO_CENTRE_OFFERS = [
    {
        "slug": "musterstadt-sprachkurs",
        "name": "Deutschkurs Musterstadt",
        "short": "Deutsch lernen am Abend, für Anfängerinnen und Anfänger.",
        "topics": ["deutsch-lernen"],
        "groups": ["erwachsene"],
        "languages": ["de", "en"],
        "terms": "Sprachkurs Deutschkurs",
        "hours": _weekdays([MO, WE], "18:00", "20:00"),
    },
    {
        "slug": "musterstadt-beratung",
        "name": "Migrationsberatung Musterstadt",
        "short": "Beratung zu Aufenthalt und Behörden im Beispielzentrum.",
        "topics": ["beratung", "aufenthalt"],
        "groups": ["erwachsene"],
        "languages": ["de", "ar", "uk"],
        "terms": "Beratung Migrationsberatung",
        "hours": _weekdays([TU], "09:00", "12:00", APPOINTMENT),
    },
    {
        "slug": "musterstadt-kita",
        "name": "Kita-Beratung Musterstadt",
        "short": "Hilfe bei der Suche nach einem Kita-Platz in Musterstadt.",
        "topics": ["kinder-und-familie"],
        "groups": ["familien"],
        "languages": ["de", "tr"],
        "terms": "Kita Kindergarten",
        "hours": _weekdays([TH], "14:00", "17:00"),
    },
]


def _time(text):
    return datetime.time.fromisoformat(text)


def _organisation(report, spec, site):
    slug, name, kind, phone, description = spec
    organisation, created = Organisation.objects.get_or_create(
        slug=slug,
        locale=Locale.get_default(),
        defaults={
            "site": site,
            "name": name,
            "kind": kind,
            "phone": normalise_phone(phone),
            "email": f"{slug}@example.org",
            "description": description,
        },
    )
    if created:
        organisation.save_revision().publish()
    return report.add(organisation, created)


def _place(report, spec, site):
    slug, name, street, postal_code, town, lat, lon, free, lift, wc, loop, transit = spec
    place, created = Place.objects.get_or_create(
        slug=slug,
        locale=Locale.get_default(),
        defaults={
            "site": site,
            "name": name,
            "street": street,
            "postal_code": postal_code,
            "town": town,
            "latitude": lat,
            "longitude": lon,
            "step_free": free,
            "lift": lift,
            "accessible_toilet": wc,
            "hearing_loop": loop,
            "transit": transit,
        },
    )
    if created:
        place.save_revision().publish()
    return report.add(place, created)


def _christmas_closure(today):
    """The coming Christmas holidays: 23 December to 2 January."""
    year = today.year if today <= datetime.date(today.year, 12, 23) else today.year + 1
    return datetime.date(year, 12, 23), datetime.date(year + 1, 1, 2)


def _offer(report, spec, site, organisations, places, topics, groups, languages):
    today = timezone.localdate()
    offer = Offer.objects.filter(slug=spec["slug"], locale=Locale.get_default()).first()
    if offer is not None:
        return report.add(offer, created=False)
    offer = Offer(
        site=site,
        slug=spec["slug"],
        name=spec["name"],
        short_description=spec["short"],
        description=f"<p>{spec['short']}</p><p>Dies ist ein erfundenes Beispielangebot.</p>",
        provider=organisations.get(spec.get("provider")),
        cost=spec.get("cost", Offer.Cost.FREE),
        cost_note=spec.get("cost_note", ""),
        registration=spec.get("registration", Offer.Registration.NONE),
        registration_note=spec.get("registration_note", ""),
        interpretation=spec.get("interpretation", False),
        status=spec.get("status", Offer.Status.ACTIVE),
        notice=spec.get("notice", ""),
        search_terms=spec.get("terms", ""),
        minimum_age=spec.get("minimum_age"),
        maximum_age=spec.get("maximum_age"),
        # A few never checked, to show "Angebote prüfen".
        last_checked=None if spec.get("holiday") else today - datetime.timedelta(days=30),
    )
    valid_until = None
    if spec.get("valid_until_days"):
        valid_until = today + datetime.timedelta(days=spec["valid_until_days"])
    # "hours" are at the first place ("place"), "more_places" names further places with theirs.
    at_places = [(None, spec["hours"])] + [
        (places[slug], times) for slug, times in spec.get("more_places", {}).items()
    ]
    first = places.get(spec.get("place"))
    offer.offer_places = [
        OfferPlace(place=place) for place in [first, *(p for p, _times in at_places[1:])] if place
    ]
    offer.opening_rules = [
        OpeningRule(
            place=place,
            weekday=day,
            opens=_time(opens),
            closes=_time(closes),
            kind=kind,
            valid_until=valid_until,
        )
        for place, times in at_places
        for day, opens, closes, kind in times
    ]
    if spec.get("holiday"):
        first, last = _christmas_closure(today)
        offer.closures = [Closure(first_day=first, last_day=last, reason="Weihnachtsferien")]
    if spec.get("contact"):
        contact = Contact.objects.filter(slug=spec["contact"]).first()
        if contact is not None:
            offer.related_contacts = [OfferContact(contact=contact)]
    offer.save()
    offer.topics.set([topics[slug] for slug in spec["topics"]])
    offer.target_groups.set([groups[slug] for slug in spec["groups"]])
    offer.languages.set([languages[code] for code in spec["languages"] if code in languages])
    offer.save_revision().publish()
    return report.add(offer, created=True)


def load(report):
    # Translations share the slug of their German original (demo_translations).
    german = Locale.get_default()
    topics = {
        slug: report.ensure(
            OfferTopic, {"slug": slug, "locale": german}, {"name": name, "sort_order": order}
        )
        for order, (slug, name) in enumerate(TOPICS, start=1)
    }
    groups = {
        slug: report.ensure(TargetGroup, {"slug": slug, "locale": german}, {"name": name})
        for slug, name in TARGET_GROUPS
    }
    for code, name, native in MORE_LANGUAGES:
        report.ensure(Language, {"code": code}, {"name": name, "native_name": native})
    languages = {language.code: language for language in Language.objects.all()}

    home = home_page()
    site = home.get_site()
    organisations = {spec[0]: _organisation(report, spec, site) for spec in ORGANISATIONS}
    places = {spec[0]: _place(report, spec, site) for spec in PLACES}
    offers = {
        spec["slug"]: _offer(report, spec, site, organisations, places, topics, groups, languages)
        for spec in OFFERS
    }
    report.ensure_page(
        home,
        OfferIndexPage(
            title="Angebote",
            slug="angebote",
            show_in_menus=True,
            intro=(
                "Deutschkurse, Beratung, Kita, Arbeit und Treffpunkte im Werra-Meißner-Kreis: "
                "Wählen Sie ein Thema, eine Sprache oder einen Ort."
            ),
        ),
    )

    centre_home = demo_centre_home()
    centre_site = centre_home.get_site()
    organisation = _organisation(report, DEMO_CENTRE_ORGANISATION, centre_site)
    place = _place(report, DEMO_CENTRE_PLACE, centre_site)
    for spec in DEMO_CENTRE_OFFERS:
        _offer(
            report,
            {**spec, "provider": "own", "place": "own"},
            centre_site,
            {"own": organisation},
            {"own": place},
            topics,
            groups,
            languages,
        )
    demo_translations.load(report, topics, groups, offers)
