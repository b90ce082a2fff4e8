import datetime
import logging

import pytest

from ..factories import NewsArticlePageFactory, NewsIndexPageFactory

PAGES = ["/", "/aktuelles/", "/aktuelles/sprachcafe-eroeffnet/", "/suche/?q=Sprachcafé"]


@pytest.fixture
def news(home):
    index = NewsIndexPageFactory(parent=home)
    NewsArticlePageFactory(
        parent=index,
        title="Sprachcafé eröffnet",
        slug="sprachcafe-eroeffnet",
        date=datetime.date(2026, 3, 1),
    )


def rendered(client, url):
    response = client.get(url)
    return response.status_code, "Sprachcafé eröffnet" in response.content.decode()


@pytest.mark.parametrize("url", PAGES)
def test_pages_render_with_redis_refusing_connections(news, client, unreachable_redis, url):
    assert rendered(client, url) == (200, True)


@pytest.mark.parametrize("url", PAGES)
def test_pages_render_with_redis_not_answering(news, client, hanging_redis, url):
    assert rendered(client, url) == (200, True)


def test_pages_render_with_redis_up(news, client, live_redis):
    for url in PAGES:
        assert rendered(client, url) == (200, True), url


def test_a_redis_outage_is_logged_once_not_per_request(news, client, unreachable_redis, caplog):
    with caplog.at_level(logging.WARNING, logger="integrationsnetz.cache"):
        for url in PAGES * 3:
            assert client.get(url).status_code == 200
    messages = [record.getMessage() for record in caplog.records]
    assert len(messages) == 1, messages
    assert messages[0].startswith("Redis cache unavailable")
