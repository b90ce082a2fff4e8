import datetime

import pytest

from ..factories import (
    EventIndexPageFactory,
    EventPageFactory,
    ImageFactory,
    NewsArticlePageFactory,
    NewsIndexPageFactory,
    stefanie,
)

# Accepted by Django's host validation, but not the site's address: must never be echoed.
FOREIGN_HOST = "localhost:99999"


@pytest.fixture
def content(home):
    calendar = EventIndexPageFactory(parent=home)
    event = EventPageFactory(parent=calendar, slug="sprachcafe", lead_image=ImageFactory())
    news = NewsIndexPageFactory(parent=home)
    NewsArticlePageFactory(parent=news, date=datetime.date(2026, 3, 1))
    stefanie(photo=ImageFactory())
    return event


@pytest.mark.parametrize(
    "url",
    [
        "/veranstaltungen/",
        "/veranstaltungen/sprachcafe/",
        "/veranstaltungen/sprachcafe/kalender/",
        "/veranstaltungen/kalender/",
        "/aktuelles/feed/rss/",
        "/aktuelles/feed/atom/",
        "/ansprechpartner/stefanie-voeckler.vcf",
    ],
)
def test_absolute_urls_come_from_the_site_not_the_host_header(content, client, url):
    response = client.get(url, HTTP_HOST=FOREIGN_HOST)
    assert response.status_code == 200
    text = response.content.decode()
    assert "http://localhost/" in text or "webcal://localhost/" in text
    assert "99999" not in text
