from io import StringIO

from django.core.management import call_command

from wagtail.models import Page

import pytest

from contacts.models import Contact
from events.models import EventPage
from news.models import NewsArticlePage, NewsIndexPage

from ..factories import ContactIndexPageFactory


def _bench_data():
    out, err = StringIO(), StringIO()
    call_command("bench_data", articles=30, events=5, contacts=5, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


@pytest.fixture
def bench(news_index, calendar_page):
    ContactIndexPageFactory(parent=news_index.get_parent())
    return _bench_data()


def test_bench_data_is_made_once_with_a_progress_bar(bench):
    out, err = bench
    assert "Bench-Daten: 40 angelegt, 40 in den Suchindex." in out
    assert "100%" in err
    counts = (NewsArticlePage.objects.count(), EventPage.objects.count(), Contact.objects.count())

    out, _err = _bench_data()

    assert "Bench-Daten: 0 angelegt, 0 in den Suchindex." in out
    assert (
        NewsArticlePage.objects.count(),
        EventPage.objects.count(),
        Contact.objects.count(),
    ) == (counts)
    # The tree fields written in bulk are what treebeard itself would have written.
    assert Page.find_problems() == ([], [], [], [], [])


def test_bench_pages_render_and_page_through(bench, client):
    index = NewsIndexPage.objects.get()
    articles = list(index.articles())
    assert len(articles) == 30
    response = client.get(index.url, {"page": 3})
    assert response.status_code == 200
    assert articles[20].title in response.content.decode()
    for page in (articles[-1], EventPage.objects.live().order_by("-path").first()):
        assert client.get(page.url).status_code == 200
    directory = client.get("/ansprechpartner/")
    assert Contact.objects.filter(slug__contains="-beispiel-").first().name in (
        directory.content.decode()
    )


def test_the_site_search_finds_bench_articles_and_events(bench, client):
    article = NewsArticlePage.objects.live().order_by("-path").first()
    event = EventPage.objects.live().order_by("-path").first()
    for page in (article, event):
        response = client.get("/suche/", {"q": page.title})
        assert response.status_code == 200
        assert page.url in response.content.decode(), page.title
