"""Factories for test content: fixed defaults, no randomness."""

import io

from django.core.files.base import ContentFile

import factory
import wagtail_factories
from PIL import Image as PILImage

from contacts.models import Contact, Language, Topic
from integrationsnetz.models import HomePage, StandardPage


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
    name = factory.Sequence(lambda n: f"Erika Muster {n}")
    slug = factory.Sequence(lambda n: f"erika-muster-{n}")
    role = "WIR-Koordinatorin"
    unit = "WIR-Vielfaltszentrum"
    phone = "+49 5651 302-30308"
    email = factory.Sequence(lambda n: f"erika.muster{n}@example.org")

    class Meta:
        model = Contact
