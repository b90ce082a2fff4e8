"""Offline reading in Chromium: the service worker keeps what was read and what was saved (a
saved guide takes the offers it links along), shows the offline page in the page's language,
keeps nothing of the admin or of a signed-in editor, and a new release replaces its caches
(offline/, templates/offline/service-worker.js)."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils import translation

from wagtail.models import Site

import pytest

from editorial.roles import REDAKTION

from ..conftest import logged_in, member_of
from .conftest import server_paused

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

CONTROLLED = "() => navigator.serviceWorker.controller !== null"
KEPT_URLS = """async () => {
    const urls = [];
    for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const request of await cache.keys()) urls.push(request.url);
    }
    return urls;
}"""
CACHE_NAMES = "() => caches.keys()"


def controlled(page):
    """The page once the service worker controls it (it claims the page it was installed from)."""
    page.wait_for_function(CONTROLLED)
    return page


def read(page):
    """Read the page again through the worker: now it is kept."""
    page.reload()
    page.wait_for_function(
        "url => caches.keys().then(async names => { for (const name of names) {"
        " if (await (await caches.open(name)).match(url)) return true; } return false; })",
        arg=page.url,
    )


@pytest.fixture
def editor_session(demo_site, django_db_blocker):
    with server_paused(django_db_blocker):
        editor = member_of(REDAKTION, Site.objects.get(is_default_site=True))
        session = logged_in(editor).cookies[settings.SESSION_COOKIE_NAME].value
    yield session
    with server_paused(django_db_blocker):
        get_user_model().objects.filter(pk=editor.pk).delete()


def test_a_read_article_is_shown_offline_with_the_date_it_was_kept(open_page):
    page = controlled(open_page("news.newsarticlepage", fresh=True))
    read(page)
    title = page.locator("h1").inner_text()
    page.context.set_offline(True)
    page.reload()
    assert page.locator("h1").inner_text() == title
    note = page.locator("[data-offline-note]")
    assert note.is_visible()
    assert note.inner_text().startswith("Offline gespeicherte Fassung vom ")
    assert note.inner_text() != "Offline gespeicherte Fassung vom "


def test_an_unread_page_offline_shows_the_offline_page_in_the_page_language(open_page):
    page = controlled(open_page("/ar/", fresh=True))
    page.context.set_offline(True)
    page.goto("/ar/nie-gelesen/")
    with translation.override("ar"):
        heading = translation.gettext("Sie sind offline")
    assert heading != "Sie sind offline"
    assert page.locator("html").get_attribute("lang") == "ar"
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator("h1").inner_text() == heading
    # The office's phone number, to call instead.
    assert page.locator("main a[href^='tel:']").count() == 1


def test_a_saved_page_takes_what_it_links_to_offline_and_can_be_removed(open_page):
    page = controlled(open_page("events.eventpage", fresh=True))
    button = page.get_by_role("button", name="Für unterwegs speichern")
    button.click()
    status = page.locator("[data-save-offline-status]")
    status.filter(has_text="Gespeichert.").wait_for()
    # The calendar file the event links to, never fetched by this browser before.
    calendar = page.locator("main a[type='text/calendar']").get_attribute("href")
    event_title = page.locator("h1").inner_text()
    page.context.set_offline(True)
    body = page.evaluate(
        "url => fetch(url).then(response => response.text())",
        calendar,
    )
    assert "BEGIN:VCALENDAR" in body
    page.context.set_offline(False)
    page.goto("/gespeichert/")
    item = page.locator(".saved-pages__item")
    item.first.wait_for()
    assert item.count() == 1
    assert item.locator("a").inner_text().startswith(event_title)
    page.get_by_role("button", name=f"Entfernen: {item.locator('a').inner_text()}").click()
    page.locator("[data-saved-pages-empty]").wait_for()
    assert page.locator("[data-saved-pages-status]").inner_text() == "Die Seite wurde entfernt."
    assert not any(calendar in url for url in page.evaluate(KEPT_URLS))


def test_a_saved_guide_and_the_offer_it_links_to_load_offline(open_page):
    page = controlled(open_page("/ankommen-im-landkreis/", fresh=True))
    guide_url, guide_title = page.url, page.locator("h1").inner_text()
    offer = page.locator("main .step-offer__name").first
    offer_path, offer_name = offer.get_attribute("href"), offer.inner_text()
    assert offer_path.startswith("/angebote/")
    page.get_by_role("button", name="Für unterwegs speichern").click()
    page.locator("[data-save-offline-status]").filter(has_text="Gespeichert.").wait_for()

    page.context.set_offline(True)
    # The offer's page was never opened in this browser: it comes from what the guide kept.
    page.goto(offer_path)
    assert page.locator("h1").inner_text() == offer_name
    assert page.locator("[data-offline-note]").is_visible()
    page.goto(guide_url)
    assert page.locator("h1").inner_text() == guide_title
    assert page.locator("[data-offline-note]").is_visible()
    assert page.locator("main .step-offer__name").first.get_attribute("href") == offer_path


def test_the_admin_and_pages_seen_by_a_signed_in_editor_are_never_kept(
    open_page, demo_site, editor_session
):
    page = open_page("news.newsarticlepage", fresh=True)
    page.context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": editor_session, "url": demo_site.url}]
    )
    controlled(page)
    article = page.url
    page.reload()  # the editor's view of the article: private, with the user bar
    page.goto("/admin/")
    kept = page.evaluate(KEPT_URLS)
    assert not [url for url in kept if "/admin/" in url]
    assert article not in kept
    page.context.set_offline(True)
    page.goto(article)
    # Not the editor's page: the offline page.
    assert page.locator("h1").inner_text() == "Sie sind offline"


def test_a_new_release_replaces_the_old_caches_and_keeps_read_pages(open_page, settings):
    settings.RELEASE = "release-1"
    page = controlled(open_page("news.newsarticlepage", fresh=True))
    read(page)
    assert all("release-1" in name for name in page.evaluate(CACHE_NAMES))
    settings.RELEASE = "release-2"
    page.evaluate("navigator.serviceWorker.getRegistration().then(r => r.update())")
    page.wait_for_function(
        "() => caches.keys().then(names => names.length > 0"
        " && names.every(name => name.includes('release-2')))",
        timeout=20000,
    )
    page.context.set_offline(True)
    page.reload()
    assert page.locator("[data-offline-note]").is_visible()
