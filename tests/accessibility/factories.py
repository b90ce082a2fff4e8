"""Factories for the accessibility pages and barrier reports: fixed defaults, no randomness."""

import datetime

from django.core.files.base import ContentFile

import factory
import wagtail_factories

from accessibility.models import (
    AccessibilityStatementPage,
    BarrierReport,
    EasyLanguageItem,
    EasyLanguagePage,
    NonAccessibleContent,
    SignLanguagePage,
    SignLanguageVideo,
)

from ..factories import DocumentFactory, ImageFactory

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
