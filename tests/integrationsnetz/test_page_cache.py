"""The full-page cache: what anonymous visitors get from it, what never goes into it, and that a
change is visible at once on exactly the pages that show it."""

import gzip
import io

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client

from wagtail.models import Page, Site

import brotli
import pytest
from bs4 import BeautifulSoup

from accessibility.preferences import COOKIE_NAME
from integrationsnetz import page_cache
from integrationsnetz.models import OrganisationSettings

from ..demo_pages import FORM_PAGES, demo_paths
from ..factories import (
    ContactFactory,
    ContactIndexPageFactory,
    EventCategoryFactory,
    EventPageFactory,
    HomePageFactory,
    NewsArticleContactFactory,
    NewsArticlePageFactory,
    StandardPageFactory,
)


@pytest.fixture
def page_cache_on(settings, fragments):
    # As in production: a page missing from the cache is built from the frame's fragments.
    settings.PAGE_CACHE = True


@pytest.fixture
def pages(home, news_index, calendar_page, page_cache_on):
    article = NewsArticlePageFactory(parent=news_index, title="Sprachkurse starten")
    article.save_revision().publish()
    about = StandardPageFactory(parent=home, title="Über uns", slug="ueber-uns")
    return {"article": article, "about": about, "index": news_index, "home": home}


def visitor_with(cookies):
    client = Client()
    for name, value in cookies.items():
        client.cookies[name] = value
    return client


def state(response):
    return response.get("X-Page-Cache")


def title_in(client, path, title):
    return title in client.get(path).content.decode()


@pytest.mark.django_db
def test_every_public_page_type_is_served_from_the_cache_unchanged(page_cache_on):
    call_command("load_demo", stdout=io.StringIO())
    page_cache.forget_sites()
    for page_type, path in demo_paths().items():
        first = Client().get(path)
        second = Client().get(path)
        if page_type in FORM_PAGES or first.status_code != 200:
            assert state(second) is None, page_type
            continue
        assert (state(first), state(second)) == ("miss", "hit"), page_type
        assert second.content == first.content, page_type
        assert second["Content-Type"] == first["Content-Type"], page_type
        assert "public" in second["Cache-Control"], page_type
        assert "max-age=60" in second["Cache-Control"], page_type
        assert second["Vary"] == first["Vary"], page_type
        for header in ("Content-Security-Policy", "Permissions-Policy", "X-Content-Type-Options"):
            assert second[header] == first[header], (page_type, header)


def test_conditional_get_answers_304(pages, client):
    first = client.get("/aktuelles/")
    assert first["ETag"] and first["Last-Modified"]
    again = client.get("/aktuelles/", headers={"If-None-Match": first["ETag"]})
    assert again.status_code == 304
    assert again.content == b""
    since = client.get("/aktuelles/", headers={"If-Modified-Since": first["Last-Modified"]})
    assert since.status_code == 304
    assert state(again) == state(since) == "hit"
    assert client.get("/aktuelles/", headers={"If-None-Match": '"anders"'}).status_code == 200


def test_hits_keep_the_https_redirect_and_hsts(pages, settings):
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_HSTS_SECONDS = 31536000
    secure = Client()
    assert state(secure.get("/ueber-uns/", secure=True)) == "miss"
    hit = secure.get("/ueber-uns/", secure=True)
    assert state(hit) == "hit"
    assert hit["Strict-Transport-Security"].startswith("max-age=31536000")
    plain = Client().get("/ueber-uns/")
    assert plain.status_code == 301
    assert plain["Location"] == "https://testserver/ueber-uns/"


def test_each_display_preference_gets_its_own_copy(pages):
    plain = Client().get("/ueber-uns/")
    contrast = visitor_with({COOKIE_NAME: "kontrast-200"})
    first = contrast.get("/ueber-uns/")
    assert state(first) == "miss"
    assert "theme-contrast" in first.content.decode()
    assert "theme-contrast" not in plain.content.decode()
    assert state(contrast.get("/ueber-uns/")) == "hit"
    assert state(Client().get("/ueber-uns/")) == "hit"
    assert "theme-contrast" not in Client().get("/ueber-uns/").content.decode()


@pytest.mark.parametrize(
    "cookies",
    [
        {COOKIE_NAME: "junk"},
        {COOKIE_NAME: "kontrast-999"},
        {"sonstiges": "egal", "_ga": "GA1.2.3"},
        {COOKIE_NAME: "auto-100", "tracking": "x"},
    ],
)
def test_junk_or_other_cookies_make_no_new_entry(pages, cookies):
    assert state(Client().get("/ueber-uns/")) == "miss"
    response = visitor_with(cookies).get("/ueber-uns/")
    assert state(response) == "hit"


def test_logged_in_editors_neither_get_nor_fill_the_cache(pages, client):
    editor = get_user_model().objects.create_superuser("chefin", "c@example.org", "x")
    assert state(Client().get("/ueber-uns/")) == "miss"
    client.force_login(editor)
    seen = client.get("/ueber-uns/")
    assert state(seen) is None
    assert "private" in seen["Cache-Control"]
    # What the editor saw (with the user bar) is not what visitors get next.
    visitor = Client().get("/ueber-uns/")
    assert state(visitor) == "hit"
    assert b"wagtail-userbar" not in visitor.content


def test_previews_and_posts_are_never_cached(pages, client):
    editor = get_user_model().objects.create_superuser("chefin", "c@example.org", "x")
    client.force_login(editor)
    preview = client.get(f"/admin/pages/{pages['about'].pk}/edit/preview/?mode=")
    assert state(preview) is None
    anonymous = Client()
    assert state(anonymous.post("/ueber-uns/")) is None
    assert state(anonymous.get("/ueber-uns/")) == "miss"


def test_a_publish_appears_at_once_where_the_page_is_shown(pages):
    visitor = Client()
    article = pages["article"]
    for path in ("/", "/aktuelles/", "/aktuelles/feed/rss/", article.url, "/ueber-uns/"):
        visitor.get(path)
    assert state(visitor.get("/ueber-uns/")) == "hit"

    article.title = "Sprachkurse starten im Mai"
    article.save_revision().publish()

    for path in ("/", "/aktuelles/", "/aktuelles/feed/rss/", "/aktuelles/feed/atom/", article.url):
        response = visitor.get(path)
        assert state(response) == "miss", path
        assert "Sprachkurse starten im Mai" in response.content.decode(), path
    # A page that does not show the article stays cached.
    assert state(visitor.get("/ueber-uns/")) == "hit"


def test_unpublish_and_delete_remove_the_page_at_once(pages):
    visitor = Client()
    article = pages["article"]
    assert visitor.get(article.url).status_code == 200
    assert title_in(visitor, "/aktuelles/", "Sprachkurse starten")
    article.unpublish()
    assert visitor.get(article.url).status_code == 404
    assert not title_in(visitor, "/aktuelles/", "Sprachkurse starten")

    other = NewsArticlePageFactory(parent=pages["index"], title="Ein Sommerfest")
    other.save_revision().publish()
    assert title_in(visitor, "/aktuelles/", "Ein Sommerfest")
    other.delete()
    assert not title_in(visitor, "/aktuelles/", "Ein Sommerfest")


def test_a_changed_contact_is_purged_from_the_pages_that_show_it(pages):
    visitor = Client()
    contact = ContactFactory(name="Petra Beispiel")
    article = pages["article"]
    NewsArticleContactFactory(page=article, contact=contact)
    article.save_revision().publish()
    directory = ContactIndexPageFactory(parent=pages["home"])
    directory.save_revision().publish()
    assert title_in(visitor, article.url, "Petra Beispiel")
    assert title_in(visitor, directory.url, "Petra Beispiel")
    visitor.get("/ueber-uns/")

    contact.name = "Petra Muster"
    contact.save()

    assert title_in(visitor, article.url, "Petra Muster")
    assert title_in(visitor, directory.url, "Petra Muster")
    assert state(visitor.get("/ueber-uns/")) == "hit"


def test_a_renamed_event_category_is_purged_from_the_calendar(pages, calendar_page):
    visitor = Client()
    category = EventCategoryFactory(name="Sprachcafé")
    event = EventPageFactory(parent=calendar_page, title="Treffen am Markt", category=category)
    event.save_revision().publish()
    assert title_in(visitor, event.url, "Sprachcafé")
    assert title_in(visitor, calendar_page.url, "Sprachcafé")

    category.name = "Sprachtreff"
    category.save()

    assert title_in(visitor, event.url, "Sprachtreff")
    assert title_in(visitor, calendar_page.url, "Sprachtreff")


def test_new_site_settings_show_on_every_page_at_once(pages):
    visitor = Client()
    visitor.get("/ueber-uns/")
    visitor.get(pages["article"].url)
    settings_ = OrganisationSettings.objects.get()
    settings_.phone = "05651 999-0"
    settings_.save()
    for path in ("/ueber-uns/", pages["article"].url):
        response = visitor.get(path)
        assert state(response) == "miss", path
        assert "05651 999-0" in BeautifulSoup(response.content, "html.parser").footer.text


def test_the_switch_turns_the_store_off(pages, client, settings):
    settings.PAGE_CACHE = False
    assert state(client.get("/ueber-uns/")) is None
    assert state(client.get("/ueber-uns/")) is None
    assert "public" in client.get("/ueber-uns/")["Cache-Control"]


def test_an_unreachable_cache_serves_pages_uncached(pages, settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:9/0",
            "OPTIONS": {**settings.REDIS_CACHE_OPTIONS},
        }
    }
    response = Client().get("/ueber-uns/")
    assert response.status_code == 200
    assert state(response) is None
    assert "Über uns" in response.content.decode()


@pytest.mark.parametrize(
    ("accept", "encoding", "decompress"),
    [("gzip, deflate", "gzip", gzip.decompress), ("gzip, deflate, br", "br", brotli.decompress)],
)
def test_pages_are_compressed_for_clients_that_accept_it(pages, accept, encoding, decompress):
    plain = Client().get(pages["article"].url)
    assert "Content-Encoding" not in plain
    bodies = []
    for _ in range(2):  # from the view, then from the cache
        packed = Client().get(pages["article"].url, headers={"Accept-Encoding": accept})
        bodies.append(packed.content)
        assert packed["Content-Encoding"] == encoding
        assert decompress(packed.content) == plain.content
        assert len(packed.content) < len(plain.content) / 2
        assert "Accept-Encoding" in packed["Vary"]
        etag = packed["ETag"]
        again = Client().get(
            pages["article"].url, headers={"Accept-Encoding": accept, "If-None-Match": etag}
        )
        assert again.status_code == 304
    # Kept compressed: the hit is the stored bytes (gzip pads each compression differently).
    assert bodies[0] == bodies[1]


@pytest.mark.django_db
def test_form_pages_get_gzip_with_its_breach_padding_never_brotli(page_cache_on):
    call_command("load_demo", stdout=io.StringIO())
    for page_type in FORM_PAGES:
        path = demo_paths()[page_type]
        response = Client().get(path, headers={"Accept-Encoding": "br, gzip"})
        assert response["Content-Encoding"] == "gzip", page_type
        # Django pads each gzip response with random bytes: the lengths differ.
        lengths = {
            len(Client().get(path, headers={"Accept-Encoding": "gzip"}).content) for _ in range(4)
        }
        assert len(lengths) > 1, page_type


def test_two_sites_are_cached_and_purged_apart(pages):
    other_home = HomePageFactory(parent=Page.get_first_root_node(), title="Musterstadt", slug="m")
    other_site = Site.objects.create(
        hostname="musterstadt.example.org", port=80, root_page=other_home
    )
    OrganisationSettings.objects.create(site=other_site, name="WIR-Vielfaltszentrum Musterstadt")
    here, there = Client(), Client(HTTP_HOST="musterstadt.example.org")
    assert "Musterstadt" not in here.get("/").content.decode()
    assert "WIR-Vielfaltszentrum Musterstadt" in there.get("/").content.decode()
    assert state(here.get("/")) == "hit"
    assert state(there.get("/")) == "hit"

    settings_ = OrganisationSettings.objects.get(site=other_site)
    settings_.name = "WIR-Zentrum Musterstadt"
    settings_.save()

    assert state(here.get("/")) == "hit", "the other site's pages stay cached"
    response = there.get("/")
    assert state(response) == "miss"
    assert "WIR-Zentrum Musterstadt" in response.content.decode()
