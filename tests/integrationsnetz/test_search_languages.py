"""Each language searched with its own stemming (PostgreSQL's text-search configurations): a
page is indexed by the rules of its language, a search by those of the visitor's language
and of German (integrationsnetz/search_backend.py)."""

from django.db import connection

from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry

import pytest
from bs4 import BeautifulSoup

from ..factories import StandardPageFactory, translate

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="text-search configurations are PostgreSQL's (SQLite's index has no stemming)",
    ),
]


def titles(client, query, prefix):
    """The titles found for all the words as they were typed: no "Meinten Sie …?" and no
    search for any of the words took the place of a failed search."""
    response = client.get(f"{prefix}/suche/", {"q": query})
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one(".search-correction") is None
    assert soup.select_one(".search-fallback") is None
    return [item.get_text(strip=True) for item in soup.select(".search-results__title")]


def lexemes(page):
    entry = IndexEntry.objects.get(object_id=str(page.pk), content_type=page.content_type)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT array_to_string(tsvector_to_array(%s::tsvector), ' ')", [entry.title]
        )
        return set(cursor.fetchone()[0].split())


@pytest.fixture
def course(home):
    return StandardPageFactory(
        parent=home, title="Integrationskurs in Eschwege", slug="integrationskurs"
    )


def test_a_russian_word_under_ru_finds_its_other_forms(home, course, client):
    translate(home, "ru", title="Главная")
    translate(course, "ru", title="Курсы немецкого языка в Эшвеге")
    # "курс" (singular) finds "Курсы" (plural) by Russian stemming; German rules leave
    # Cyrillic words as they are, and found nothing.
    assert titles(client, "курс", "/ru") == ["Курсы немецкого языка в Эшвеге"]
    assert titles(client, "немецкий язык", "/ru") == ["Курсы немецкого языка в Эшвеге"]


def test_each_page_is_indexed_by_the_rules_of_its_language(home, course):
    translate(home, "ru", title="Главная")
    translate(home, "ar", title="الصفحة الرئيسية")
    russian = translate(course, "ru", title="Курсы немецкого языка")
    arabic = translate(course, "ar", title="دورات اللغة الألمانية")
    assert lexemes(course) == {"integrationskur", "eschweg"}
    assert "курс" in lexemes(russian)
    assert "المان" in lexemes(arabic)


def test_a_german_word_under_ru_still_finds_the_german_page_by_german_rules(home, client):
    StandardPageFactory(parent=home, title="Beratung für Geflüchtete", slug="beratung")
    translate(home, "ru", title="Главная")
    # "Beratungen" and "Beratung" share their German stem.
    assert titles(client, "Beratungen", "/ru") == ["Beratung für Geflüchtete"]


def test_languages_without_rules_in_postgresql_are_indexed_without_stemming():
    backend = get_search_backend("default")
    assert backend.config_for("uk") == "simple"
    assert backend.config_for("fa") == "simple"
    assert backend.config_for("de") == "german"
    assert get_search_backend("default", SEARCH_LANGUAGES=("ru", "de")).config == (
        "russian",
        "german",
    )
