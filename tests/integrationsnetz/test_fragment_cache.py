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

    from contacts.models import Language, Topic
    from events.models import EventCategory

    from ..demo_pages import FORM_PAGES, demo_paths

    call_command("load_demo", stdout=io.StringIO())
    found = demo_paths()
    paths = [path for name, path in found.items() if name not in FORM_PAGES]
    # The listings' filters: valid choices are kept, invalid ones are rendered every time.
    directory, calendar = found["contacts.contactindexpage"], found["events.eventindexpage"]
    topic = Topic.objects.filter(contacts__isnull=False).order_by("pk").first()
    language = Language.objects.filter(contacts__isnull=False).order_by("pk").first()
    category = EventCategory.objects.filter(events__isnull=False).order_by("pk").first()
    junk = [f"{directory}?thema=gibt-es-nicht", f"{calendar}?monat=2099-01&kategorie=x"]
    paths += [
        f"{directory}?thema={topic.slug}",
        f"{directory}?thema={topic.slug}&sprache={language.code}",
        f"{calendar}?kategorie={category.slug}",
        *junk,
    ]
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
    # (A header is kept per address: the filtered listings share it.)
    addresses = {path.split("?")[0] for path in paths}
    assert sum(":html:header:" in key for key in kept_keys) >= len(addresses) - 4
    assert sum(":route:" in key for key in kept_keys) >= 10
    filters = [key for key in kept_keys if ":html:filter:" in key]
    assert any(f":html:filter:{topic.slug}:{language.code}:" in key for key in filters)
    assert any(f":html:filter:{category.slug}:" in key for key in filters)
    assert not [key for key in filters if "gibt-es-nicht" in key or "2099" in key]
    for path in junk:  # the visitor is told the choice is unknown, from a live rendering
        assert "filter-form" in kept[path]
    differing = [path for path in paths if fresh[path] != kept[path]]
    assert not differing


@pytest.mark.django_db
def test_a_warm_page_reads_the_cache_in_a_few_round_trips(news_index, fragments, settings):
    """The route, the frame and what the page keeps are read together (HomePage.route,
    page_cache.prefetch), not one round trip each: an added fragment that is not prefetched
    shows here."""
    from django.core.cache import caches

    settings.PAGE_CACHE = False
    article = publish(NewsArticlePageFactory(parent=news_index, title="Sprachcafé"))
    backend = caches[settings.PAGE_CACHE_ALIAS]
    reads, inside = [], []
    for method in ("get", "get_many"):
        original = getattr(backend, method)

        def counted(*args, _original=original, _method=method, **kwargs):
            if not inside:  # the local-memory get_many calls get for each key
                reads.append((_method, args[0]))
            inside.append(_method)
            try:
                return _original(*args, **kwargs)
            finally:
                inside.pop()

        setattr(backend, method, counted)
    visitor = Client()
    try:
        # The article: tokens; route and frame; the page's own; the private sections (view
        # restrictions); Wagtail's site root paths (14 before prefetching). The news index
        # also reads its listing's count and rows, and its cards; the private sections twice.
        budgets = {"/": 4, article.url: 5, news_index.url: 8}
        for path, budget in budgets.items():
            visitor.get(path)
            reads.clear()
            assert visitor.get(path).status_code == 200
            assert len(reads) <= budget, (path, [(m, str(k)[:40]) for m, k in reads])
    finally:
        for method in ("get", "get_many"):
            del backend.__dict__[method]


@pytest.mark.django_db
def test_a_translation_published_later_is_served_under_its_prefix_at_once(home, fragments):
    """Where a translation is missing, the kept route leads to the German page; once the
    translation is published, the address shows it, and again the German page after it is
    unpublished."""
    from ..factories import translate

    about = publish(StandardPageFactory(parent=home, title="Über uns", slug="ueber-uns"))
    team = publish(StandardPageFactory(parent=about, title="Team", slug="team"))
    translate(about, "en", title="About us")  # the menu page: a change there purges the site
    visitor = Client()
    for _visit in range(2):
        german = soup(visitor.get("/en/ueber-uns/team/"))
        assert german.h1.get_text(strip=True) == "Team"
    assert german.main["lang"] == "de"

    english = translate(team, "en", title="Our team")
    assert soup(visitor.get("/en/ueber-uns/team/")).h1.get_text(strip=True) == "Our team"

    english.unpublish()
    assert soup(visitor.get("/en/ueber-uns/team/")).h1.get_text(strip=True) == "Team"


@pytest.mark.django_db
def test_a_home_page_translated_later_is_served_under_its_prefix_at_once(home, fragments):
    """The kept home page of a language (localized_root) follows its first translation."""
    from ..factories import translate

    visitor = Client()
    for _visit in range(2):
        assert soup(visitor.get("/en/")).main["lang"] == "de"  # the German home, marked

    translate(home, "en", title="Home")
    assert soup(visitor.get("/en/")).main.get("lang") != "de"
