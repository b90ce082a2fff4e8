"""Wagtail's view restrictions: a password-protected page can be unlocked through Wagtail's own
/_util/ view, and a restriction on a German page holds for its translations in every language,
in listings, feeds, the search and the sitemap."""

from django.test import Client

from wagtail.models import PageViewRestriction

import pytest
from bs4 import BeautifulSoup

from ..factories import NewsArticlePageFactory, translate


def publish(page, **changes):
    for name, value in changes.items():
        setattr(page, name, value)
    page.save_revision().publish()
    return page


PASSWORD = "geheim123"


def restrict(page):
    return PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password=PASSWORD
    )


@pytest.fixture
def article(news_index):
    return publish(
        NewsArticlePageFactory(
            parent=news_index, title="Protokoll", slug="protokoll", teaser="Nur intern."
        )
    )


@pytest.mark.django_db
def test_a_password_protected_page_opens_with_its_password(article):
    restrict(article)
    visitor = Client()
    locked = visitor.get(article.url)
    assert "Nur intern." not in locked.content.decode()
    form = BeautifulSoup(locked.content, "html.parser").find("form", action=True)
    assert form["action"].startswith("/_util/authenticate_with_password/")

    wrong = visitor.post(form["action"], {"password": "falsch", "return_url": article.url})
    assert wrong.status_code == 200
    unlocked = visitor.post(form["action"], {"password": PASSWORD, "return_url": article.url})
    assert unlocked.status_code == 302

    page = visitor.get(article.url)
    assert page.status_code == 200
    assert "Nur intern." in page.content.decode()
    assert "private" in page["Cache-Control"]


@pytest.mark.django_db
def test_a_restriction_holds_for_the_translations_made_before_and_after_it(article, news_index):
    english = translate(article, "en", title="Minutes", teaser="Internal only.")
    restrict(article)
    visitor = Client()
    assert "Internal only." not in visitor.get(english.url).content.decode()
    assert "Minutes" not in visitor.get("/en/aktuelles/").content.decode()
    assert "Minutes" not in visitor.get("/en/aktuelles/feed/rss/").content.decode()
    assert english.url not in visitor.get("/sitemap.xml").content.decode()
    assert english.url not in visitor.get("/en/suche/", {"q": "Minutes"}).content.decode()

    arabic = translate(article, "ar", title="محضر", teaser="داخلي فقط.")
    assert "داخلي فقط." not in visitor.get(arabic.url).content.decode()


@pytest.mark.django_db
def test_a_lifted_restriction_is_lifted_for_the_translations_too(article):
    english = translate(article, "en", title="Minutes", teaser="Internal only.")
    restriction = restrict(article)
    visitor = Client()
    assert "Internal only." not in visitor.get(english.url).content.decode()

    restriction.delete()

    assert "Internal only." in visitor.get(english.url).content.decode()
    assert not english.view_restrictions.exists()
