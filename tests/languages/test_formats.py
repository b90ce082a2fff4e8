"""Dates from each language's own formats (integrationsnetz/formats/), Latin digits everywhere
(docs/sprachen.md, "Daten, Uhrzeiten und Ziffern")."""

import datetime
import re

from django.template import Context, Template
from django.utils import translation
from django.utils.formats import date_format

import polib
import pytest
from bs4 import BeautifulSoup

from integrationsnetz.management.commands.update_catalogues import catalogue_languages

DAY = datetime.date(2026, 12, 9)
EXPECTED = {
    "de": "9. Dezember 2026",
    "en": "December 9, 2026",
    "uk": "9 грудня 2026",
    "ru": "9 декабря 2026",
    "tr": "9 Aralık 2026",
    "ar": "9 ديسمبر 2026",
    "fa": "9 دسامبر 2026",
}
EASTERN_DIGITS = re.compile("[٠-٩۰-۹]")


@pytest.mark.parametrize("code", EXPECTED)
def test_date_format_of_every_language(code):
    with translation.override(code):
        assert date_format(DAY, "DATE_FORMAT") == EXPECTED[code]


def test_search_results_show_the_date_in_the_language_of_the_page():
    template = Template('{% include "search/result.html" %}')
    result = {"title": "Sprachcafé", "url": "/x/", "type": "Veranstaltung", "date": DAY}
    with translation.override("uk"):
        html = template.render(Context({"result": result, "promoted": False}))
    assert BeautifulSoup(html, "html.parser").find("time").get_text() == "9 грудня 2026"


@pytest.mark.parametrize("code", ["ar", "fa"])
def test_times_have_latin_digits_and_24_hours(code):
    moment = datetime.datetime(2026, 12, 9, 16, 5)
    with translation.override(code):
        assert date_format(moment, "TIME_FORMAT") == "16:05"


def test_catalogues_write_latin_digits_only():
    for code in catalogue_languages():
        po = polib.pofile(f"locale/{code}/LC_MESSAGES/django.po")
        eastern = [entry.msgid for entry in po if EASTERN_DIGITS.search(entry.msgstr)]
        assert not eastern, (code, eastern)


def test_search_result_types_are_translated():
    from events.models import EventPage
    from news.models import NewsArticlePage

    with translation.override("ar"):
        assert str(EventPage.search_result_type) == "فعالية"
        assert str(NewsArticlePage.search_result_type) == "خبر"


def test_the_print_date_and_address_of_an_arabic_page(demo, client):
    soup = BeautifulSoup(client.get("/ar/").content, "html.parser")
    source = soup.select_one(".print-source")
    printed = source.find("time").get_text()
    assert re.fullmatch(r"\d{1,2} \S+ \d{4}", printed) and not EASTERN_DIGITS.search(printed)
    address = source.find("bdi")
    assert address["dir"] == "ltr" and address.get_text().startswith("http")
