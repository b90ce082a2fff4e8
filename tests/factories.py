"""Factories for all test content, one per model: fixed defaults, no randomness, no clock."""

import datetime
import io

from django.core.files.base import ContentFile
from django.utils import timezone

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
from integrationsnetz.models import HomePage, StandardPage
from legal.models import ImprintPage, PrivacyCookie, PrivacyPage, PrivacyProcessing
from news.models import NewsArticleContact, NewsArticlePage, NewsIndexPage


def local(year, month, day, hour=0, minute=0):
    """An aware datetime at a local (Europe/Berlin) wall-clock time."""
    return timezone.make_aware(datetime.datetime(year, month, day, hour, minute))


def png_bytes(size=(800, 450), colour="#0b5c78"):
    buffer = io.BytesIO()
    PILImage.new("RGB", size, colour).save(buffer, format="PNG")
    return buffer.getvalue()


class ImageFactory(wagtail_factories.ImageFactory):
    title = factory.Sequence(lambda n: f"Testbild {n}")
    description = "Eine Gruppe von Menschen an einem Tisch im Gespräch"
    file = factory.LazyFunction(lambda: ContentFile(png_bytes(), name="testbild.png"))


class DocumentFactory(wagtail_factories.DocumentFactory):
    title = factory.Sequence(lambda n: f"Merkblatt {n}")
    file = factory.LazyFunction(
        lambda: ContentFile(b"%PDF-1.4\n" + b"0" * 1_258_291, name="merkblatt.pdf")
    )


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Startseite"
    slug = "startseite"
    intro = "Willkommen beim WIR-Vielfaltszentrum."

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Inhaltsseite {n}")
    slug = factory.Sequence(lambda n: f"inhaltsseite-{n}")
    intro = "Eine kurze Einleitung."

    class Meta:
        model = StandardPage


class TopicFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Thema {n}")
    slug = factory.Sequence(lambda n: f"thema-{n}")

    class Meta:
        model = Topic
        django_get_or_create = ("slug",)


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

    @factory.post_generation
    def languages(self, create, extracted, **kwargs):
        if create and extracted:
            self.languages.set(extracted)
            self.save()

    @factory.post_generation
    def topics(self, create, extracted, **kwargs):
        if create and extracted:
            self.topics.set(extracted)
            self.save()


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


class ContactIndexPageFactory(wagtail_factories.PageFactory):
    title = "Ansprechpartner*innen"
    slug = "ansprechpartner"
    intro = "Hier finden Sie die passende Ansprechperson."

    class Meta:
        model = ContactIndexPage


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "Aktuelles"
    slug = "aktuelles"
    intro = "Neuigkeiten aus dem Vielfaltszentrum."

    class Meta:
        model = NewsIndexPage


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


class EventCategoryFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Kategorie {n}")
    slug = factory.Sequence(lambda n: f"kategorie-{n}")

    class Meta:
        model = EventCategory
        django_get_or_create = ("slug",)


class EventIndexPageFactory(wagtail_factories.PageFactory):
    title = "Veranstaltungen"
    slug = "veranstaltungen"
    intro = "Was im Kreis los ist."

    class Meta:
        model = EventIndexPage


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
    page_url = "/veranstaltungen/"
    description = "Der Kalender lässt sich nicht mit der Tastatur bedienen."

    class Meta:
        model = BarrierReport


class EasyLanguagePageFactory(wagtail_factories.PageFactory):
    title = "Leichte Sprache"
    slug = "leichte-sprache"
    intro = "Hier erklären wir die Website in Leichter Sprache."

    class Meta:
        model = EasyLanguagePage


class EasyLanguageItemFactory(factory.django.DjangoModelFactory):
    heading = "Wer wir sind"
    image = factory.SubFactory(ImageFactory, description="")
    text = "Wir sind das WIR-Vielfaltszentrum.\nWir helfen Ihnen."

    class Meta:
        model = EasyLanguageItem


class SignLanguagePageFactory(wagtail_factories.PageFactory):
    title = "Deutsche Gebärdensprache"
    slug = "gebaerdensprache"
    intro = "Videos in Deutscher Gebärdensprache."

    class Meta:
        model = SignLanguagePage


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
