"""The frame's fragments and the listings' remembered pages ("uncached" in `make bench`: the
full-page cache off, the fragment caches on): a change shows at once, and nothing that
depends on the query string, the language or the kind of view is shared."""

import datetime

from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

import pytest
from bs4 import BeautifulSoup

from integrationsnetz import page_cache

from ..factories import NewsArticlePageFactory, StandardPageFactory


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def publish(page, **changes):
    for name, value in changes.items():
        setattr(page, name, value)
    page.save_revision().publish()
    return page


@pytest.mark.django_db
def test_a_renamed_menu_page_shows_in_the_header_of_every_page_at_once(home, fragments):
    about = publish(StandardPageFactory(parent=home, title="Über uns", show_in_menus=True))
    other = publish(StandardPageFactory(parent=home, title="Beratung", slug="beratung"))
    visitor = Client()
    assert "Über uns" in soup(visitor.get("/beratung/")).header.text

    publish(about, title="Wer wir sind")

    header = soup(visitor.get("/beratung/")).header.text
    assert "Wer wir sind" in header
    assert "Über uns" not in header
    assert other.pk  # the page asked for is not the one changed


@pytest.mark.django_db
def test_a_renamed_parent_shows_in_the_breadcrumbs_below_it_at_once(home, fragments):
    parent = publish(StandardPageFactory(parent=home, title="Angebote", slug="angebote"))
    child = publish(StandardPageFactory(parent=parent, title="Sprachkurse", slug="kurse"))
    visitor = Client()
    assert "Angebote" in soup(visitor.get(child.url)).find(class_="breadcrumbs").text

    publish(parent, title="Unsere Angebote")

    assert "Unsere Angebote" in soup(visitor.get(child.url)).find(class_="breadcrumbs").text


@pytest.mark.django_db
def test_the_search_page_frame_follows_the_query(home, fragments):
    visitor = Client()
    first = soup(visitor.get("/suche/", {"q": "Sprachcafe"}))
    second = soup(visitor.get("/suche/", {"q": "Beratung"}))
    assert "q=Sprachcafe" in first.find(class_="language-switcher").decode()
    assert "q=Beratung" in second.find(class_="language-switcher").decode()
    assert "Sprachcafe" not in second.find(class_="language-switcher").decode()


def publish_daily_articles(news_index, count, first_day, title):
    """`count` published articles, one a day from `first_day`, titled `title.format(number)`."""
    for number in range(count):
        day = first_day + datetime.timedelta(days=number)
        publish(NewsArticlePageFactory(parent=news_index, title=title.format(number), date=day))


def article_titles(response):
    return [card.text.strip() for card in soup(response).select("main h2 a, main h3 a")]


@pytest.mark.django_db
def test_news_pages_are_remembered_per_page_and_a_new_article_shows_at_once(news_index, fragments):
    publish_daily_articles(news_index, 12, datetime.date(2025, 1, 1), "Meldung {:02d}")
    visitor = Client()
    first = article_titles(visitor.get("/aktuelles/"))
    second = article_titles(visitor.get("/aktuelles/", {"page": "2"}))
    assert first[0] == "Meldung 11" and len(first) == 10
    assert second == ["Meldung 01", "Meldung 00"]
    # Warm: the same answers again.
    assert article_titles(visitor.get("/aktuelles/")) == first
    assert article_titles(visitor.get("/aktuelles/", {"page": "2"})) == second

    publish(
        NewsArticlePageFactory(parent=news_index, title="Ganz neu", date=datetime.date(2025, 3, 1))
    )

    assert article_titles(visitor.get("/aktuelles/"))[0] == "Ganz neu"
    assert article_titles(visitor.get("/aktuelles/", {"page": "2"})) == [
        "Meldung 02",
        "Meldung 01",
        "Meldung 00",
    ]


@pytest.mark.django_db
def test_junk_page_numbers_make_no_new_cache_entries(news_index, fragments):
    publish(NewsArticlePageFactory(parent=news_index, title="Eine Meldung"))
    visitor = Client()
    visitor.get("/aktuelles/")
    entries = len(cache._cache)
    for junk in ("abc", "0", "-3", "99999", "1.5", "2"):
        response = visitor.get("/aktuelles/", {"page": junk})
        assert article_titles(response) == ["Eine Meldung"], junk
    assert len(cache._cache) == entries


@pytest.mark.django_db
def test_page_500_costs_what_page_1_costs_once_remembered(news_index, fragments):
    publish_daily_articles(news_index, 25, datetime.date(2024, 1, 1), "M {}")
    visitor = Client()
    counts = {}
    for page in ("1", "3"):
        visitor.get("/aktuelles/", {"page": page})
        with CaptureQueriesContext(connection) as captured:
            visitor.get("/aktuelles/", {"page": page})
        counts[page] = len(captured)
        assert not any("OFFSET" in query["sql"] for query in captured.captured_queries)
        assert not any("COUNT(" in query["sql"] for query in captured.captured_queries)
    assert counts["1"] == counts["3"]


@pytest.mark.django_db
def test_page_addresses_and_article_dates_are_indexed():
    """Routing finds pages by url_path, the news index lists by date: both use an index."""
    with connection.cursor() as cursor:
        pages = connection.introspection.get_constraints(cursor, "wagtailcore_page")
        articles = connection.introspection.get_constraints(cursor, "news_newsarticlepage")
    assert any(c["index"] and c["columns"] == ["url_path"] for c in pages.values())
    assert any(c["index"] and c["columns"] == ["date"] for c in articles.values())


@pytest.mark.django_db
def test_a_changed_image_description_shows_in_the_remembered_picture(news_index, fragments):
    from ..factories import ImageFactory

    image = ImageFactory(description="Menschen im Sprachcafé")
    article = publish(NewsArticlePageFactory(parent=news_index, lead_image=image))
    visitor = Client()
    assert soup(visitor.get(article.url)).select_one("main figure img")["alt"] == (
        "Menschen im Sprachcafé"
    )
    assert soup(visitor.get(article.url)).select_one("main figure img")["alt"] == (
        "Menschen im Sprachcafé"
    )

    image.description = "Zwei Frauen am Tisch im Sprachcafé"
    image.save()

    alt = soup(visitor.get(article.url)).select_one("main figure img")["alt"]
    assert alt == "Zwei Frauen am Tisch im Sprachcafé"


@pytest.mark.django_db
def test_a_remembered_route_asks_no_query_and_follows_unpublish_and_slug_changes(
    news_index, fragments
):
    article = publish(NewsArticlePageFactory(parent=news_index, title="Erst so", slug="erst"))
    visitor = Client()
    assert visitor.get("/aktuelles/erst/").status_code == 200
    with CaptureQueriesContext(connection) as captured:
        assert "Erst so" in visitor.get("/aktuelles/erst/").content.decode()
    assert not any('"url_path" IN' in query["sql"] for query in captured.captured_queries)

    publish(article, title="Dann so", slug="dann")
    assert "Dann so" in visitor.get("/aktuelles/dann/").content.decode()

    article.refresh_from_db()
    article.unpublish()
    assert visitor.get("/aktuelles/dann/").status_code == 404
    # Feeds and other routes of a page below an address are still found.
    assert visitor.get("/aktuelles/feed/rss/").status_code == 200


@pytest.mark.django_db
def test_a_new_or_removed_view_restriction_applies_at_once(home, fragments):
    from wagtail.models import PageViewRestriction

    section = publish(StandardPageFactory(parent=home, title="Intern", slug="intern"))
    child = publish(StandardPageFactory(parent=section, title="Protokolle", slug="protokolle"))
    visitor = Client()
    assert visitor.get("/intern/protokolle/").status_code == 200
    with CaptureQueriesContext(connection) as captured:
        visitor.get("/intern/protokolle/")
    assert not any("pageviewrestriction" in query["sql"] for query in captured.captured_queries)

    restriction = PageViewRestriction.objects.create(
        page=section, restriction_type=PageViewRestriction.LOGIN
    )
    assert visitor.get("/intern/protokolle/").status_code == 302
    assert visitor.get("/intern/").status_code == 302

    restriction.delete()
    assert visitor.get(child.url).status_code == 200


@pytest.mark.django_db
def test_the_kept_fragments_change_nothing_a_visitor_sees(settings):
    """Every demo page type, in German and Arabic, warm from the fragment caches, is the very
    page rendered afresh (forms aside: their CSRF token differs on every request)."""
    import io

    from django.core.management import call_command

    from ..demo_pages import FORM_PAGES, demo_paths

    call_command("load_demo", stdout=io.StringIO())
    paths = [path for name, path in demo_paths().items() if name not in FORM_PAGES]
    paths += [f"/ar{path}" for path in paths if not path.startswith("/suche/")]
    settings.PAGE_CACHE = False

    def pages(fragments):
        settings.FRAGMENT_CACHE = fragments
        cache.clear()
        page_cache.forget_sites()
        visitor = Client()
        for path in paths:
            visitor.get(path)  # fills the fragment caches
        return {path: visitor.get(path).content.decode() for path in paths}

    fresh, kept = pages(False), pages(True)
    assert len(paths) > 20
    # The second visits really came from kept fragments and routes.
    kept_keys = [key for key in cache._cache if ":frag:" in key]
    assert sum(":html:header:" in key for key in kept_keys) >= len(paths) - 4
    assert sum(":route:" in key for key in kept_keys) >= 10
    differing = [path for path in paths if fresh[path] != kept[path]]
    assert not differing
