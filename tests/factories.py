"""Factories for all test content, one per model: fixed defaults, no randomness, no clock."""

import datetime
import io

from django.core.files.base import ContentFile
from django.utils import timezone

from wagtail.models import Site

import factory
import wagtail_factories
from PIL import Image as PILImage

from accessibility.models import (
    AccessibilityStatementPage,
    BarrierReport,
    EasyLanguageItem,
    EasyLanguagePage,
    NonAccessibleContent,
    SignLanguagePage,
    SignLanguageVideo,
)
from contacts.models import Contact, ContactIndexPage, Language, Topic
from events.models import EventCategory, EventIndexPage, EventPage
from glossary.models import GlossaryPage, GlossaryTerm
from guides.models import GuidePage
from integrationsnetz.models import HomePage, StandardPage
from legal.models import ImprintPage, PrivacyCookie, PrivacyPage, PrivacyProcessing
from news.models import NewsArticleContact, NewsArticlePage, NewsIndexPage
from offers.models import (
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


def local(year, month, day, hour=0, minute=0):
    """An aware datetime at a local (Europe/Berlin) wall-clock time."""
    return timezone.make_aware(datetime.datetime(year, month, day, hour, minute))


def png_bytes(size=(800, 450), colour="#0b5c78"):
    buffer = io.BytesIO()
    PILImage.new("RGB", size, colour).save(buffer, format="PNG")
    return buffer.getvalue()


def page_factory(model, title, slug, intro):
    """A factory for a page type with a fixed title, slug and intro (`parent=` places it)."""
    return factory.make_factory(
        model, FACTORY_CLASS=wagtail_factories.PageFactory, title=title, slug=slug, intro=intro
    )


class ListEntryFactory(factory.django.DjangoModelFactory):
    class Meta:
        abstract = True
        django_get_or_create = ("slug",)


def list_entry_factory(model, name, slug):
    """A factory for an entry of a shared list (topics, categories, target groups): numbered
    name and slug, fetched again when its slug exists."""
    return factory.make_factory(
        model,
        FACTORY_CLASS=ListEntryFactory,
        name=factory.Sequence(lambda n: f"{name} {n}"),
        slug=factory.Sequence(lambda n: f"{slug}-{n}"),
    )


def sets_relation(field):
    """A post-generation declaration: `field=[...]` sets that many-to-many relation."""

    @factory.post_generation
    def set_relation(obj, create, extracted, **kwargs):
        if create and extracted:
            getattr(obj, field).set(extracted)
            obj.save()

    return set_relation


class ImageFactory(wagtail_factories.ImageFactory):
    title = factory.Sequence(lambda n: f"Testbild {n}")
    description = "Eine Gruppe von Menschen an einem Tisch im Gespräch"
    file = factory.LazyFunction(lambda: ContentFile(png_bytes(), name="testbild.png"))


class DocumentFactory(wagtail_factories.DocumentFactory):
    title = factory.Sequence(lambda n: f"Merkblatt {n}")
    file = factory.LazyFunction(
        lambda: ContentFile(b"%PDF-1.4\n" + b"0" * 1_258_291, name="merkblatt.pdf")
    )


HomePageFactory = page_factory(
    HomePage, "Startseite", "startseite", "Willkommen beim WIR-Vielfaltszentrum."
)

StandardPageFactory = page_factory(
    StandardPage,
    factory.Sequence(lambda n: f"Inhaltsseite {n}"),
    factory.Sequence(lambda n: f"inhaltsseite-{n}"),
    "Eine kurze Einleitung.",
)

TopicFactory = list_entry_factory(Topic, "Thema", "thema")


class LanguageFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Sprache {n}")
    code = factory.Sequence(lambda n: f"s{n}")

    class Meta:
        model = Language
        django_get_or_create = ("code",)


class ContactFactory(factory.django.DjangoModelFactory):
    """A contact; pass languages=[...] and topics=[...] to set its relations."""

    name = factory.Sequence(lambda n: f"Erika Muster {n}")
    slug = factory.Sequence(lambda n: f"erika-muster-{n}")
    role = "WIR-Koordinatorin"
    unit = "WIR-Vielfaltszentrum"
    phone = "+49 5651 302-30308"
    email = factory.Sequence(lambda n: f"erika.muster{n}@example.org")

    class Meta:
        model = Contact
        skip_postgeneration_save = True

    languages = sets_relation("languages")

    topics = sets_relation("topics")


def stefanie(**kwargs):
    """The contact with umlauts that many tests use."""
    defaults = {
        "name": "Stefanie Vöckler",
        "slug": "stefanie-voeckler",
        "role": "WIR-Koordinatorin",
        "unit": "Fachbereich Jugend, Familie, Senioren und Soziales",
        "phone": "+49 5651 302-30305",
        "email": "stefanie.voeckler@werra-meissner-kreis.de",
    }
    return ContactFactory(**{**defaults, **kwargs})


ContactIndexPageFactory = page_factory(
    ContactIndexPage,
    "Ansprechpartner*innen",
    "ansprechpartner",
    "Hier finden Sie die passende Ansprechperson.",
)

NewsIndexPageFactory = page_factory(
    NewsIndexPage, "Aktuelles", "aktuelles", "Neuigkeiten aus dem Vielfaltszentrum."
)


class NewsArticlePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Nachricht {n}")
    slug = factory.Sequence(lambda n: f"nachricht-{n}")
    date = datetime.date(2025, 6, 6)
    teaser = "Ein kurzer Anreißer für die Liste."

    class Meta:
        model = NewsArticlePage
        skip_postgeneration_save = True

    @factory.post_generation
    def tags(obj, create, extracted, **kwargs):
        """`tags=["Ehrenamt", ...]` tags the article by name."""
        if extracted:
            obj.tags.add(*extracted)
            if create:
                obj.save()


class NewsArticleContactFactory(factory.django.DjangoModelFactory):
    page = factory.SubFactory(NewsArticlePageFactory)
    contact = factory.SubFactory(ContactFactory)

    class Meta:
        model = NewsArticleContact


EventCategoryFactory = list_entry_factory(EventCategory, "Kategorie", "kategorie")

EventIndexPageFactory = page_factory(
    EventIndexPage, "Veranstaltungen", "veranstaltungen", "Was im Kreis los ist."
)


class EventPageFactory(wagtail_factories.PageFactory):
    """An event; the fixed default start lies far ahead, so it is upcoming on any test day.
    Tests about past or running events pass their own times."""

    title = factory.Sequence(lambda n: f"Veranstaltung {n}")
    slug = factory.Sequence(lambda n: f"veranstaltung-{n}")
    teaser = "Ein Abend zum Kennenlernen."
    start = local(2099, 6, 10, 18)
    end = factory.LazyAttribute(lambda event: event.start + datetime.timedelta(hours=2))
    venue_name = "Kreishaus"
    street = "Schlossplatz 1"
    postal_code = "37269"
    city = "Eschwege"

    class Meta:
        model = EventPage


WEBVTT = b"WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nHallo.\n"


class AccessibilityStatementPageFactory(wagtail_factories.PageFactory):
    title = "Erklärung zur Barrierefreiheit"
    slug = "erklaerung"
    body_name = "Der Kreisausschuss des Testkreises"
    scope = "die Website des Testzentrums"
    status = "teilweise"
    preparation_method = "selbstbewertung"
    method_description = "Prüfung jeder Seitenart mit axe-core."
    prepared_on = datetime.date(2026, 1, 15)
    reviewed_on = datetime.date(2026, 6, 1)
    enforcement_name = "Durchsetzungsstelle Testland"
    enforcement_address = "Teststraße 1\n35390 Gießen"
    enforcement_url = "https://durchsetzung.example.org/antrag"

    class Meta:
        model = AccessibilityStatementPage


class NonAccessibleContentFactory(factory.django.DjangoModelFactory):
    description = "PDF-Dokumente ohne Struktur"
    reason = "unvereinbar"
    explanation = "Werden bis Ende 2026 ersetzt."
    alternative = "Auf Anfrage per E-Mail."

    class Meta:
        model = NonAccessibleContent


class BarrierReportFactory(factory.django.DjangoModelFactory):
    """A report sent from the default site (the `home` fixture's centre)."""

    site = factory.LazyFunction(lambda: Site.objects.filter(is_default_site=True).first())
    page_url = "/veranstaltungen/"
    description = "Der Kalender lässt sich nicht mit der Tastatur bedienen."

    class Meta:
        model = BarrierReport


EasyLanguagePageFactory = page_factory(
    EasyLanguagePage,
    "Leichte Sprache",
    "leichte-sprache",
    "Hier erklären wir die Website in Leichter Sprache.",
)


class EasyLanguageItemFactory(factory.django.DjangoModelFactory):
    heading = "Wer wir sind"
    image = factory.SubFactory(ImageFactory, description="")
    text = "Wir sind das WIR-Vielfaltszentrum.\nWir helfen Ihnen."

    class Meta:
        model = EasyLanguageItem


SignLanguagePageFactory = page_factory(
    SignLanguagePage,
    "Deutsche Gebärdensprache",
    "gebaerdensprache",
    "Videos in Deutscher Gebärdensprache.",
)


class SignLanguageVideoFactory(factory.django.DjangoModelFactory):
    heading = "Willkommen"
    video = factory.SubFactory(
        DocumentFactory,
        title="Video Willkommen",
        file=factory.LazyFunction(lambda: ContentFile(b"\x00" * 2048, name="willkommen.mp4")),
    )
    captions = factory.SubFactory(
        DocumentFactory,
        title="Untertitel Willkommen",
        file=factory.LazyFunction(lambda: ContentFile(WEBVTT, name="willkommen.vtt")),
    )
    poster = factory.SubFactory(ImageFactory)
    duration = datetime.timedelta(minutes=1, seconds=30)
    transcript = "Herzlich willkommen beim WIR-Vielfaltszentrum."

    class Meta:
        model = SignLanguageVideo


class ImprintPageFactory(wagtail_factories.PageFactory):
    title = "Impressum"
    slug = "anbieter"
    provider_name = "Kreisausschuss des Testkreises"
    legal_form = "Körperschaft des öffentlichen Rechts"
    provider_address = "Schlossplatz 1\n37269 Eschwege"
    representative = "Landrätin Erika Muster"
    supervisory_authority = "Regierungspräsidium Testhausen"
    editor_name = "Max Redakteur"
    editor_address = "Schlossplatz 1\n37269 Eschwege"

    class Meta:
        model = ImprintPage


class PrivacyPageFactory(wagtail_factories.PageFactory):
    title = "Datenschutz"
    slug = "datenschutzerklaerung"
    dpo_name = "Datenschutzbeauftragte des Testkreises"
    dpo_address = "Schlossplatz 1\n37269 Eschwege"
    dpo_email = "datenschutz@example.org"
    recipients = "Rechenzentrum Test GmbH"
    authority_name = "Der Hessische Beauftragte für Datenschutz und Informationsfreiheit"
    authority_address = "Postfach 1\n65000 Wiesbaden"

    class Meta:
        model = PrivacyPage


class PrivacyProcessingFactory(factory.django.DjangoModelFactory):
    title = "Server-Protokolle"
    data = "IP-Adresse, Zeitpunkt"
    purpose = "Seiten ausliefern"
    legal_basis = "Art. 6 Abs. 1 Buchst. e DSGVO"
    retention = "7 Tage"

    class Meta:
        model = PrivacyProcessing


class PrivacyCookieFactory(factory.django.DjangoModelFactory):
    name = "darstellung"
    purpose = "Kontrast und Schriftgröße"
    lifetime = "ein Jahr"
    legal_basis = "§ 25 Abs. 2 Nr. 2 TDDDG"

    class Meta:
        model = PrivacyCookie


def translate(page, language_code, **fields):
    """A published translation of `page` (and of its untranslated ancestors) in a language,
    made the way Wagtail's "Übersetzen" does it; `fields` overwrite the copied German values."""
    from wagtail.models import Locale

    locale, _ = Locale.objects.get_or_create(language_code=language_code)
    translation = page.specific.get_translation_or_none(locale)
    if translation is None:
        translation = page.specific.copy_for_translation(locale, copy_parents=True)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    for ancestor in translation.get_ancestors().filter(depth__gt=1).specific():
        if not ancestor.live:
            ancestor.save_revision().publish()
    translation.refresh_from_db()
    return translation


OfferTopicFactory = list_entry_factory(OfferTopic, "Themenbereich", "themenbereich")

TargetGroupFactory = list_entry_factory(TargetGroup, "Zielgruppe", "zielgruppe")


class OrganisationFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Träger Nummer {n} e. V.")
    slug = factory.Sequence(lambda n: f"traeger-{n}")
    kind = Organisation.Kind.ASSOCIATION
    phone = "+49 5651 302-0"
    email = "traeger@example.org"

    class Meta:
        model = Organisation


class PlaceFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Begegnungsstätte {n}")
    slug = factory.Sequence(lambda n: f"ort-{n}")
    street = "Marktgasse 3"
    postal_code = "37269"
    town = "Eschwege"

    class Meta:
        model = Place


class OfferFactory(factory.django.DjangoModelFactory):
    """An offer; pass topics=[...], languages=[...], target_groups=[...] to set relations, and
    place=... (one place) or places=[...] (several, the first first) for its places."""

    name = factory.Sequence(lambda n: f"Sprachcafé Nummer {n}")
    slug = factory.Sequence(lambda n: f"angebot-{n}")
    short_description = "Deutsch sprechen üben, ohne Anmeldung."

    class Meta:
        model = Offer
        skip_postgeneration_save = True

    topics = sets_relation("topics")

    languages = sets_relation("languages")

    target_groups = sets_relation("target_groups")

    @factory.post_generation
    def place(obj, create, extracted, **kwargs):
        if create and extracted:
            OfferPlace.objects.create(offer=obj, place=extracted, sort_order=0)

    @factory.post_generation
    def places(obj, create, extracted, **kwargs):
        if create and extracted:
            for number, place in enumerate(extracted):
                OfferPlace.objects.create(offer=obj, place=place, sort_order=number)


class OpeningRuleFactory(factory.django.DjangoModelFactory):
    offer = factory.SubFactory(OfferFactory)
    weekday = 0
    opens = datetime.time(9)
    closes = datetime.time(12)

    class Meta:
        model = OpeningRule


class ClosureFactory(factory.django.DjangoModelFactory):
    offer = factory.SubFactory(OfferFactory)
    first_day = datetime.date(2027, 12, 23)
    last_day = datetime.date(2028, 1, 2)
    reason = "Weihnachtsferien"

    class Meta:
        model = Closure


class OfferContactFactory(factory.django.DjangoModelFactory):
    offer = factory.SubFactory(OfferFactory)
    contact = factory.SubFactory(ContactFactory)

    class Meta:
        model = OfferContact


OfferIndexPageFactory = page_factory(
    OfferIndexPage, "Angebote", "angebote", "Beratung, Kurse und Hilfe in Ihrer Nähe."
)


class GuidePageFactory(wagtail_factories.PageFactory):
    """A guide; pass steps=[guide_step(...), ...]."""

    title = "Ankommen im Landkreis"
    slug = "ankommen-im-landkreis"
    intro = "Die ersten Schritte nach dem Umzug in den Landkreis."

    class Meta:
        model = GuidePage


def guide_step(title, text="<p>Was zu tun ist.</p>", connection="neu", links=()):
    """One step of a guide for GuidePageFactory(steps=[...]); `links` as stream data, e.g.
    [("page", {"page": page.pk, "text": ""})]."""
    return {
        "type": "step",
        "value": {
            "connection": connection,
            "title": title,
            "text": text,
            "links": [{"type": kind, "value": value} for kind, value in links],
        },
    }


GlossaryPageFactory = page_factory(
    GlossaryPage, "Glossar", "glossar", "Wörter von Ämtern einfach erklärt."
)


class GlossaryTermFactory(factory.django.DjangoModelFactory):
    term = factory.Sequence(lambda n: f"Begriff {n}")
    slug = factory.Sequence(lambda n: f"begriff-{n}")
    explanation = "Eine Erklärung in einfacher Sprache."
    live = True

    class Meta:
        model = GlossaryTerm
