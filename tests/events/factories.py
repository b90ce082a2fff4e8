"""Factories for events: fixed defaults; times relative to the moment the test runs."""

import datetime

from django.utils import timezone

import factory
import wagtail_factories

from events.models import EventCategory, EventIndexPage, EventPage


def local(year, month, day, hour=0, minute=0):
    """An aware datetime at a local (Europe/Berlin) wall-clock time."""
    return timezone.make_aware(datetime.datetime(year, month, day, hour, minute))


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
    title = factory.Sequence(lambda n: f"Veranstaltung {n}")
    slug = factory.Sequence(lambda n: f"veranstaltung-{n}")
    teaser = "Ein Abend zum Kennenlernen."
    start = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=7))
    end = factory.LazyAttribute(lambda event: event.start + datetime.timedelta(hours=2))
    venue_name = "Kreishaus"
    street = "Schlossplatz 1"
    postal_code = "37269"
    city = "Eschwege"

    class Meta:
        model = EventPage
