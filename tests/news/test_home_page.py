import datetime

from django.apps import apps
from django.contrib.contenttypes.models import ContentType

from bs4 import BeautifulSoup

from ..factories import NewsArticlePageFactory


def test_home_page_shows_the_three_newest_articles(news_index, client):
    for number in range(5):
        NewsArticlePageFactory(
            parent=news_index, title=f"Nachricht {number}", date=datetime.date(2025, 1, 1 + number)
        )
    NewsArticlePageFactory(
        parent=news_index, title="Entwurf", date=datetime.date(2026, 1, 1), live=False
    )
    soup = BeautifulSoup(client.get("/").content, "html.parser")
    section = soup.select_one(".latest-news")
    assert section.h2.get_text(strip=True) == "Aktuelles"
    assert [h.get_text(strip=True) for h in section.select("h3.card__title")] == [
        "Nachricht 4",
        "Nachricht 3",
        "Nachricht 2",
    ]
    assert section.select_one(".latest-news__more a")["href"] == "/aktuelles/"


def test_home_page_without_articles_has_no_news_section(news_index, client):
    soup = BeautifulSoup(client.get("/").content, "html.parser")
    assert soup.select_one(".latest-news") is None


def test_latest_news_queries_do_not_grow_with_the_number_of_articles(
    news_index, client, django_assert_max_num_queries
):
    for number in range(12):
        NewsArticlePageFactory(parent=news_index, date=datetime.date(2025, 1, 1 + number))
    # With nothing kept yet but Django's content types (all looked up first, so that the count
    # does not depend on the tests before): Wagtail's routing, the language links, "Hilfe
    # finden" (offers and contacts directories) and the guides that link the home page; the
    # latest news in a fixed number of queries.
    ContentType.objects.get_for_models(*apps.get_models())
    with django_assert_max_num_queries(21):
        assert client.get("/").status_code == 200
