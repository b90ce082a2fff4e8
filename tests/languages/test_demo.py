"""load_demo translates the home page, "Über uns", the contacts directory, the seed article and
the next events into all six languages; every page type answers in every language."""

from io import StringIO

from django.core.management import call_command

import pytest
from bs4 import BeautifulSoup

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


# One test: load_demo takes half a minute, so it runs once for every check.
@pytest.mark.django_db
def test_demo_in_every_language(client, settings):
    settings.DEMO_LANGUAGES = LANGUAGES
    call_command("load_demo", stdout=StringIO())
    for code in LANGUAGES:
        check_language(client, code)
    check_german(client)
    out = StringIO()
    call_command("load_demo", stdout=out)
    assert "nichts neu angelegt" in out.getvalue()
