"""The fragment cache (`{% wagtailcache %}` keyed on integrationsnetz.caching.fragment_scope),
on as in production: a change shows at once, and nothing that depends on the query string, the
language or the kind of view is shared."""

import datetime

from django.core.cache import cache
from django.db import connection
from django.test import Client

import pytest
from bs4 import BeautifulSoup

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
def test_a_renamed_menu_page_shows_in_the_header_of_every_page_at_once(home):
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
def test_a_renamed_parent_shows_in_the_breadcrumbs_below_it_at_once(home):
    parent = publish(StandardPageFactory(parent=home, title="Angebote", slug="angebote"))
    child = publish(StandardPageFactory(parent=parent, title="Sprachkurse", slug="kurse"))
    visitor = Client()
    assert "Angebote" in soup(visitor.get(child.url)).find(class_="breadcrumbs").text

    publish(parent, title="Unsere Angebote")

    assert "Unsere Angebote" in soup(visitor.get(child.url)).find(class_="breadcrumbs").text


@pytest.mark.django_db
def test_the_search_page_frame_follows_the_query(home):
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
def test_news_pages_are_remembered_per_page_and_a_new_article_shows_at_once(news_index):
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
def test_junk_page_numbers_make_no_new_cache_entries(news_index):
    publish(NewsArticlePageFactory(parent=news_index, title="Eine Meldung"))
    visitor = Client()
    visitor.get("/aktuelles/")
    entries = len(cache._cache)
    for junk in ("abc", "0", "-3", "99999", "1.5", "2"):
        response = visitor.get("/aktuelles/", {"page": junk})
        assert article_titles(response) == ["Eine Meldung"], junk
    assert len(cache._cache) == entries


@pytest.mark.django_db
def test_page_addresses_and_article_dates_are_indexed():
    """Routing finds pages by url_path, the news index lists by date: both use an index."""
    with connection.cursor() as cursor:
        pages = connection.introspection.get_constraints(cursor, "wagtailcore_page")
        articles = connection.introspection.get_constraints(cursor, "news_newsarticlepage")
    assert any(c["index"] and c["columns"] == ["url_path"] for c in pages.values())
    assert any(c["index"] and c["columns"] == ["date"] for c in articles.values())


@pytest.mark.django_db
def test_a_changed_image_description_shows_in_the_remembered_picture(news_index):
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
def test_a_kept_page_follows_unpublish_and_slug_changes(news_index):
    article = publish(NewsArticlePageFactory(parent=news_index, title="Erst so", slug="erst"))
    visitor = Client()
    for _visit in range(2):
        assert "Erst so" in visitor.get("/aktuelles/erst/").content.decode()

    publish(article, title="Dann so", slug="dann")
    assert "Dann so" in visitor.get("/aktuelles/dann/").content.decode()

    article.refresh_from_db()
    article.unpublish()
    assert visitor.get("/aktuelles/dann/").status_code == 404
    # Feeds and other routes of a page below an address are still found.
    assert visitor.get("/aktuelles/feed/rss/").status_code == 200


@pytest.mark.django_db
def test_a_new_or_removed_view_restriction_applies_at_once(home):
    from wagtail.models import PageViewRestriction

    section = publish(StandardPageFactory(parent=home, title="Intern", slug="intern"))
    child = publish(StandardPageFactory(parent=section, title="Protokolle", slug="protokolle"))
    visitor = Client()
    for _visit in range(2):
        assert visitor.get("/intern/protokolle/").status_code == 200

    restriction = PageViewRestriction.objects.create(
        page=section, restriction_type=PageViewRestriction.LOGIN
    )
    assert visitor.get("/intern/protokolle/").status_code == 302
    assert visitor.get("/intern/").status_code == 302

    restriction.delete()
    assert visitor.get(child.url).status_code == 200


def test_the_kept_fragments_change_nothing_a_visitor_sees(demo):
    """Every demo page type, in German and Arabic, warm from the fragment caches, is the very
    page rendered afresh (forms aside: their CSRF token differs on every request)."""
    from contacts.models import Language, Topic
    from events.models import EventCategory

    from ..demo_pages import FORM_PAGES, demo_paths

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

    def fresh_page(visitor, path):
        cache.clear()
        return visitor.get(path).content.decode()

    visitor = Client()
    fresh = {path: fresh_page(visitor, path) for path in paths}
    for path in paths:
        visitor.get(path)  # fills the fragment cache
    kept = {path: visitor.get(path).content.decode() for path in paths}
    assert len(paths) > 20
    # The second visits really came from kept fragments.
    keys = [str(key) for key in cache._cache]
    for name in ("head", "header", "breadcrumbs", "content", "cards", "months", "footer-nav"):
        # Wagtail's tag keeps the quotes of the fragment's name in the key.
        assert any(f'template.cache."{name}".' in key for key in keys), name
    for path in junk:  # the visitor is told the choice is unknown
        assert "filter-form" in kept[path]
    differing = [path for path in paths if fresh[path] != kept[path]]
    assert not differing


@pytest.mark.django_db
def test_a_publish_while_a_page_renders_never_keeps_the_old_page(news_index, monkeypatch):
    """The version is read before the page's data: what a render read before a publish is
    stored under the version the publish replaced, and never shown again."""
    from news.models import NewsArticlePage

    article = publish(NewsArticlePageFactory(parent=news_index, title="Vorher"))
    related = NewsArticlePage.related_articles
    changed = []

    def publish_during_render(self):
        if not changed:
            changed.append(publish(NewsArticlePage.objects.get(pk=article.pk), title="Nachher"))
        return related(self)

    monkeypatch.setattr(NewsArticlePage, "related_articles", publish_during_render)
    visitor = Client()
    assert soup(visitor.get(article.url)).h1.get_text(strip=True) == "Vorher"
    assert changed
    assert soup(visitor.get(article.url)).h1.get_text(strip=True) == "Nachher"


@pytest.mark.django_db
def test_fragments_are_kept_per_language_and_display_preference(news_index):
    article = publish(NewsArticlePageFactory(parent=news_index, title="Sprachcafé"))
    visitor = Client()
    visitor.get(article.url)
    entries = len(cache._cache)
    visitor.get(article.url)
    assert len(cache._cache) == entries
    visitor.cookies["darstellung"] = "kontrast-200"
    visitor.get(article.url)
    assert len(cache._cache) > entries
    contrast = len(cache._cache)
    visitor.cookies["darstellung"] = "gibt-es-nicht"  # junk is the default preference
    visitor.get(article.url)
    assert len(cache._cache) == contrast
    visitor.get("/en" + article.url)
    assert len(cache._cache) > contrast


@pytest.mark.django_db
def test_a_translation_published_later_is_served_under_its_prefix_at_once(home):
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
    assert german.h1["lang"] == "de"

    english = translate(team, "en", title="Our team")
    assert soup(visitor.get("/en/ueber-uns/team/")).h1.get_text(strip=True) == "Our team"

    english.unpublish()
    assert soup(visitor.get("/en/ueber-uns/team/")).h1.get_text(strip=True) == "Team"


@pytest.mark.django_db
def test_a_home_page_translated_later_is_served_under_its_prefix_at_once(home):
    """The kept home page of a language (localized_root) follows its first translation."""
    from ..factories import translate

    visitor = Client()
    for _visit in range(2):
        assert soup(visitor.get("/en/")).h1["lang"] == "de"  # the German home, marked

    translate(home, "en", title="Home")
    assert soup(visitor.get("/en/")).h1.get("lang") != "de"
