"""What a Redaktion user of the demo centre reads in Chromium, scripts run: no English words
from the list of tests/editorial/test_german_admin.py on the event pages and in the translation
flow, whose editor wagtail-localize draws with its script (the server's HTML has only its frame).
"""

import re

from django.urls import reverse

from wagtail.models import Locale, Site

import pytest

from editorial.roles import REDAKTION
from events.models import EventIndexPage
from news.models import NewsIndexPage

from ..conftest import member_of
from ..editorial.test_german_admin import ENGLISH
from ..factories import EventPageFactory, NewsArticlePageFactory
from .conftest import ADMIN_PASSWORD, admin_logged_in, server_paused

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


# What a person reads: the text, and what screen readers and tooltips say.
READABLE = """() => {
    const words = [document.body.innerText];
    for (const element of document.querySelectorAll("[aria-label], [title], [placeholder]")) {
        for (const name of ["aria-label", "title", "placeholder"]) {
            if (element.getAttribute(name)) words.push(element.getAttribute(name));
        }
    }
    return words.join("\\n");
}"""


@pytest.fixture(scope="module")
def redaktion(demo_site, django_db_blocker):
    """A Redaktion user of the main centre, a German article and an event of it."""
    with server_paused(django_db_blocker):
        site = Site.objects.get(is_default_site=True)
        german = {"locale__language_code": "de"}
        news = NewsIndexPage.objects.descendant_of(site.root_page).get(**german)
        calendar = EventIndexPage.objects.descendant_of(site.root_page).get(**german)
        user = member_of(REDAKTION, site, "browser-deutsch", ADMIN_PASSWORD)
        article = NewsArticlePageFactory(
            parent=news, title="Sprachcafé für Eltern", slug="sprachcafe-fuer-eltern"
        )
        article.save_revision().publish()
        event = EventPageFactory(parent=calendar, title="Elterncafé", slug="elterncafe-browser")
        event.save_revision().publish()
    yield {"article": article, "event": event, "calendar": calendar}
    with server_paused(django_db_blocker):
        arabic = Locale.objects.get(language_code="ar")
        translation = article.get_translation_or_none(arabic)
        if translation is not None:
            translation.delete()
        article.delete()
        event.delete()
        user.delete()


@pytest.fixture
def browser_page(chromium, demo_site, redaktion):
    context, page = admin_logged_in(chromium, demo_site, "browser-deutsch")
    yield page
    context.close()


def english_words(page):
    page.wait_for_load_state("networkidle")
    text = page.evaluate(READABLE)
    return [word for word in ENGLISH if re.search(rf"\b{re.escape(word)}\b", text)]


def test_the_event_editor_shows_a_redaktion_user_no_english_words(browser_page, redaktion):
    calendar, event = redaktion["calendar"], redaktion["event"]
    found = {}
    for path in (
        reverse("wagtailadmin_pages:add", args=("events", "eventpage", calendar.pk)),
        reverse("wagtailadmin_pages:edit", args=[event.pk]),
    ):
        browser_page.goto(path)
        # The side panels draw their text when opened.
        for panel in ("status", "checks"):
            browser_page.locator(f'[data-side-panel-toggle="{panel}"]').first.click()
            found[f"{path} {panel}"] = english_words(browser_page)
    assert {place: words for place, words in found.items() if words} == {}


def test_the_translation_flow_shows_a_redaktion_user_no_english_words(browser_page, redaktion):
    article = redaktion["article"]
    arabic = Locale.objects.get(language_code="ar")

    browser_page.goto(reverse("wagtail_localize:submit_page_translation", args=[article.pk]))
    assert english_words(browser_page) == []
    browser_page.check(f"input[name=locales][value='{arabic.pk}']")
    browser_page.click("input[type=submit]")
    browser_page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/"))

    # The translation editor, drawn by wagtail-localize's script: one field per string.
    browser_page.get_by_text(article.title, exact=True).first.wait_for()
    assert english_words(browser_page) == []
    # Its two phrases in English, put into German (static/js/admin-translation-editor.js).
    browser_page.get_by_text("Übersetzung: Deutsch → العربية").first.wait_for()
    readable = browser_page.evaluate(READABLE)
    assert "More actions" not in readable
    assert not re.search(r"\bto\b.+\btranslation\b", readable)
    browser_page.get_by_role("tab", name="Veröffentlichung").click()
    assert english_words(browser_page) == []
