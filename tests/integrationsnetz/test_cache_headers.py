"""What the app tells Varnish and browsers (integrationsnetz/caching.py): public pages for
anonymous visitors are public and tagged for purging, everything else is private."""

from django.test import Client

import pytest

from ..factories import NewsArticlePageFactory


@pytest.fixture
def article(news_index):
    page = NewsArticlePageFactory(parent=news_index, slug="neues-sprachcafé")
    page.save_revision().publish()
    return page


@pytest.mark.django_db
def test_a_public_page_is_public_tagged_and_answers_conditional_requests(article, settings):
    response = Client().get(article.url)
    cache_control = {part.strip() for part in response["Cache-Control"].split(",")}
    assert cache_control == {
        "public",
        f"max-age={settings.PAGE_CACHE_BROWSER_SECONDS}",
        f"s-maxage={settings.PAGE_CACHE_SECONDS}",
    }
    assert response["X-Purge-Site"] == "localhost"
    # As Wagtail builds the address it purges: percent-encoded.
    assert response["X-Purge-Path"] == "/aktuelles/neues-sprachcaf%C3%A9/"
    again = Client().get(article.url, HTTP_IF_NONE_MATCH=response["ETag"])
    assert again.status_code == 304


@pytest.mark.django_db
def test_editors_forms_and_missing_pages_are_never_public(article, moderator_client):
    editor = moderator_client.get(article.url)
    assert "private" in editor["Cache-Control"]
    assert "X-Purge-Site" not in editor
    form = Client().get("/barriere-melden/")
    assert "public" not in form["Cache-Control"]
    assert "X-Purge-Site" not in form
    missing = Client().get("/gibt-es-nicht/")
    assert missing.status_code == 404
    assert "X-Purge-Site" not in missing
