"""load_demo translates the home page, "Über uns", the directories, the seed article and the next
events into all six languages, every news article, event and legal page into English, Ukrainian
and Arabic; every page type answers in every language."""

from io import StringIO

from django.core.management import call_command

from wagtail.models import Locale, Page, Site

from bs4 import BeautifulSoup

from legal.demo_translations import BINDING

LANGUAGES = ["en", "uk", "ar", "fa", "tr", "ru"]
DIRECTION = {"ar": "rtl", "fa": "rtl"}
ABOUT = {
    "en": "About us",
    "uk": "Про нас",
    "ar": "من نحن",
    "fa": "درباره ما",
    "tr": "Hakkımızda",
    "ru": "О нас",
}
ARTICLE = "/aktuelles/bewilligungsbescheid-wir-vielfaltszentrum/"


def next_event_path():
    from events.models import EventPage

    event = (
        EventPage.objects.live()
        .filter(locale__language_code="de", title="Sprachcafé")
        .order_by("start")
        .first()
    )
    return event.get_url_parts()[2]  # the path: the demo has two sites, so url is absolute


def check_language(client, code):
    event = next_event_path()
    pages = {
        "home": f"/{code}/",
        "about": f"/{code}/ueber-uns/",
        "news index": f"/{code}/aktuelles/",
        "article": f"/{code}{ARTICLE}",
        "event": f"/{code}{event}",
        "contacts": f"/{code}/ansprechpartner/",
        "search": f"/{code}/suche/?q=WIR",
        "easy language (German only)": f"/{code}/leichte-sprache/",
    }
    for name, url in pages.items():
        response = client.get(url)
        assert response.status_code == 200, (name, url)
        soup = BeautifulSoup(response.content, "html.parser")
        assert soup.html["lang"] == code, name
        assert soup.html["dir"] == DIRECTION.get(code, "ltr"), name
    soup = BeautifulSoup(client.get(f"/{code}/ueber-uns/").content, "html.parser")
    assert soup.find("h1").get_text(strip=True) == ABOUT[code]
    assert soup.select_one(".translation-notice") is None
    # Names and phone numbers are never translated.
    phone = soup.find("footer").select_one('a[href^="tel:"]')
    assert phone["href"] == "tel:+49565130230308"
    assert "30308" in phone.get_text()
    missing = client.get(f"/{code}/gibt-es-nicht/")
    assert missing.status_code == 404
    assert BeautifulSoup(missing.content, "html.parser").html["lang"] == code


def check_german(client):
    for url in ["/", "/ueber-uns/", "/aktuelles/", ARTICLE, "/ansprechpartner/", next_event_path()]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert BeautifulSoup(response.content, "html.parser").html["lang"] == "de"


# One test: translating takes seconds per language, so it runs once for every check. The
# demo content of the tests comes in three languages (tests/conftest.py); load_demo adds the rest.
def test_demo_in_every_language(demo, client, settings):
    settings.DEMO_LANGUAGES = LANGUAGES
    call_command("load_demo", stdout=StringIO())
    for code in LANGUAGES:
        check_language(client, code)
    check_german(client)


# What the tests' demo content (DEMO_TEST_LANGUAGES) translates in full: every news article and
# event, the Impressum, the Datenschutzerklärung and the accessibility statement.
FULL = ["en", "uk", "ar"]


def listed_titles(client, url):
    """The card titles of every page of a paginated listing."""
    response = client.get(url)
    assert response.status_code == 200, url
    titles = []
    for number in range(1, response.context["page_obj"].paginator.num_pages + 1):
        soup = BeautifulSoup(client.get(f"{url}?page={number}").content, "html.parser")
        titles += [title.get_text(strip=True) for title in soup.select(".card__title")]
    return titles


def german_children(path):
    home = Site.objects.get(is_default_site=True).root_page
    index = Page.objects.get(url_path=home.url_path + path.lstrip("/"))
    return index.get_children().live().specific()


def test_each_language_lists_as_many_articles_as_german(demo, client):
    german = listed_titles(client, "/aktuelles/")
    assert len(german) == len(german_children("/aktuelles/")) >= 16
    for code in FULL:
        translated = listed_titles(client, f"/{code}/aktuelles/")
        assert len(translated) == len(german), code
        # Written in the language, not German titles copied over.
        assert not set(translated) & set(german), code


def test_every_demo_event_has_its_translation(demo, client):
    events = list(german_children("/veranstaltungen/"))
    assert len(events) >= 12
    for code in FULL:
        locale = Locale.objects.get(language_code=code)
        for event in events:
            translation = event.get_translation_or_none(locale)
            assert translation is not None and translation.live, (code, event.slug)
            assert translation.title != event.title, (code, event.slug)
    # Under /ar/ each one is the Arabic page, not the German one with a notice.
    for event in events:
        path = event.get_url_parts()[2]
        soup = BeautifulSoup(client.get(f"/ar{path}").content, "html.parser")
        assert soup.select_one(".translation-notice") is None, path
        assert soup.find("h1").get_text(strip=True) != event.title, path


LEGAL = {
    "/impressum/": "الإشعار القانوني",
    "/datenschutz/": "حماية البيانات",
    "/barrierefreiheit/": "بيان إمكانية الوصول",
}


def test_the_legal_pages_exist_under_ar_and_say_that_german_is_binding(demo, client):
    binding = BeautifulSoup(BINDING["ar"], "html.parser").get_text()
    for path, title in LEGAL.items():
        response = client.get(f"/ar{path}")
        assert response.status_code == 200, path
        soup = BeautifulSoup(response.content, "html.parser")
        assert soup.html["lang"] == "ar"
        assert soup.select_one(".translation-notice") is None, path
        assert soup.find("h1").get_text(strip=True) == title
        assert binding in soup.find("main").get_text(), path
    for code in ["en", "uk"]:
        for path in LEGAL:
            soup = BeautifulSoup(client.get(f"/{code}{path}").content, "html.parser")
            assert soup.select_one(".translation-notice") is None, (code, path)
