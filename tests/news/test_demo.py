import datetime

from django.core.management import call_command

from taggit.models import Tag
from wagtail.images import get_image_model
from wagtail.models import Page

import pytest

from contacts.models import contacts_for_cards
from news.demo import GRANT_ARTICLE
from news.models import NewsArticleContact, NewsArticlePage, NewsIndexPage

from ..demo_pages import committed_demo


def counts():
    return (
        Page.objects.count(),
        get_image_model().objects.count(),
        NewsArticlePage.objects.count(),
        NewsArticleContact.objects.count(),
        Tag.objects.count(),
    )


@pytest.fixture(scope="module")
def loaded(django_db_setup, django_db_blocker):
    """Loaded once for the module (seconds each time); each test's changes are rolled back."""
    with committed_demo(django_db_blocker):
        yield


@pytest.fixture
def demo(loaded, db):
    pass


def test_load_demo_twice_creates_nothing_new(demo):
    before = counts()
    call_command("load_demo")
    assert counts() == before


def test_demo_has_a_news_index_with_articles_across_three_years_and_tags(demo):
    index = NewsIndexPage.objects.get(slug="aktuelles", url_path="/startseite/aktuelles/")
    articles = index.articles()
    assert articles.count() == 16
    years = {day.year for day in articles.dates("date", "year")}
    assert {2024, 2025, 2026} <= years
    assert all(article.tags.exists() for article in articles)


def test_seed_article_exists_with_both_coordinators_and_an_illustrated_lead_image(demo):
    article = NewsArticlePage.objects.get(slug=GRANT_ARTICLE["slug"])
    assert article.live
    assert article.date == datetime.date(2020, 11, 27)
    assert [
        contact.slug
        for contact in contacts_for_cards(article.related_contacts.all(), article.get_site())
    ] == [
        "julia-kapinus",
        "stefanie-voeckler",
    ]
    assert article.lead_image.description
    assert article.lead_image_credit == "Illustration: integrationsnetz"
    speakers = [block.value["person"] for block in article.body if block.block_type == "quote"]
    assert speakers == [
        "Stefan Reuß",
        "Julia Kapinus",
        "Stefanie Vöckler",
        "Wiebe Schindel",
        "Anne Janz",
    ]
    links = [block.value["url"] for block in article.body if block.block_type == "external_link"]
    assert links == ["https://www.integrationsnetz-wmk.de"]
    assert "Veranschaulichung" in str(article.body)


def test_demo_pages_render(demo, client):
    for url in ("/", "/aktuelles/", "/aktuelles/2020/", "/aktuelles/?tag=ehrenamt"):
        assert client.get(url).status_code == 200, url
    article = NewsArticlePage.objects.get(slug=GRANT_ARTICLE["slug"])
    assert client.get(article.url).status_code == 200
