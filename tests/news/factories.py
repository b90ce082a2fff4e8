"""Factories for news content: fixed defaults, no randomness."""

import datetime

import factory
import wagtail_factories

from news.models import NewsArticleContact, NewsArticlePage, NewsIndexPage

from ..factories import ContactFactory


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
