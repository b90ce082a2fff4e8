"""A search that never dead-ends: synonyms, misspellings and missing accents, German pages
under a language prefix, a weekly event once, and ways on when nothing is found."""

import re
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.utils import timezone

import pytest
from bs4 import BeautifulSoup

from integrationsnetz.models import SearchSynonyms

from ..factories import (
    ContactFactory,
    ContactIndexPageFactory,
    EventPageFactory,
    GlossaryPageFactory,
    LanguageFactory,
    OfferFactory,
    OfferIndexPageFactory,
    StandardPageFactory,
    translate,
)

pytestmark = pytest.mark.django_db


def search(client, query, prefix=""):
    response = client.get(f"{prefix}/suche/", {"q": query})
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def titles(soup):
    return [item.get_text(strip=True) for item in soup.select(".search-results__title")]


@pytest.fixture
def pages(home):
    return {
        "racism": StandardPageFactory(
            parent=home, title="Internationaler Tag gegen Rassismus", slug="tag-gegen-rassismus"
        ),
        "kita": StandardPageFactory(parent=home, title="Kita-Plätze im Landkreis", slug="kita"),
        "course": StandardPageFactory(
            parent=home, title="Integrationskurs in Eschwege", slug="integrationskurs"
        ),
    }


@pytest.fixture
def synonyms(db):
    SearchSynonyms.objects.create(words="Sprachkurs, Deutschkurs, Integrationskurs")
    SearchSynonyms.objects.create(words="Kita, Kindergarten, Kindertagesstätte")


def test_a_misspelt_word_finds_the_page_and_says_what_was_searched(pages, client):
    soup = search(client, "Rassismuss")
    assert titles(soup) == ["Internationaler Tag gegen Rassismus"]
    correction = soup.select_one(".search-correction")
    assert "Meinten Sie" in correction.get_text()
    assert correction.a["href"] == "/suche/?q=Rassismus"


def test_a_misspelt_offer_name_is_corrected_and_finds_the_offer(home, client):
    OfferIndexPageFactory(parent=home)
    OfferFactory(name="Integrationskurs", slug="integrationskurs", site=home.get_site())
    soup = search(client, "Integrationskurz")
    assert soup.select_one(".search-correction a")["href"] == "/suche/?q=Integrationskurs"
    assert titles(soup) == ["Integrationskurs"]


def test_a_contact_name_without_its_umlaut_is_corrected(home, client):
    ContactIndexPageFactory(parent=home, slug="ansprechpartner")
    ContactFactory(live=True, name="Stefanie Vöckler")
    soup = search(client, "Voeckler")
    assert soup.select_one(".search-correction a")["href"] == "/suche/?q=V%C3%B6ckler"
    assert titles(soup) == ["Stefanie Vöckler"]


def test_a_word_without_its_accent_finds_the_event(calendar_page, client):
    EventPageFactory(parent=calendar_page, title="Sprachcafé", slug="sprachcafe")
    assert titles(search(client, "Sprachcafe")) == ["Sprachcafé"]


def test_a_word_finds_the_pages_of_its_synonyms(pages, synonyms, client):
    assert titles(search(client, "Kindergarten")) == ["Kita-Plätze im Landkreis"]
    assert titles(search(client, "Deutschkurs")) == ["Integrationskurs in Eschwege"]


def test_without_synonyms_a_word_finds_only_itself(pages, client):
    assert titles(search(client, "Kindergarten")) == []


def test_a_weekly_event_is_listed_once_at_its_next_date(calendar_page, client):
    now = timezone.now()
    for weeks in (-1, 1, 2, 3):
        start = now + timezone.timedelta(weeks=weeks)
        EventPageFactory(
            parent=calendar_page,
            title="Sprachcafé",
            slug=f"sprachcafe-{weeks + 10}",
            start=start,
            end=start + timezone.timedelta(hours=2),
        )
    soup = search(client, "Sprachcafé")
    items = soup.select(".search-results__item")
    assert len(items) == 1
    # The date as the site shows it (local time: late in the UTC evening it is the next day).
    next_date = timezone.localdate(now + timezone.timedelta(weeks=1)).isoformat()
    assert items[0].select_one("time")["datetime"] == next_date


def test_a_german_word_under_a_language_prefix_finds_the_untranslated_german_page(
    home, pages, client
):
    translate(home, "ar", title="الصفحة الرئيسية")
    soup = search(client, "Rassismus", prefix="/ar")
    title = soup.select_one(".search-results__title")
    assert title.get_text(strip=True) == "Internationaler Tag gegen Rassismus"
    assert title["lang"] == "de"


def test_a_translated_page_is_found_once_in_its_language(home, pages, client):
    translate(home, "en", title="Home")
    translate(pages["kita"], "en", title="Kita places in the district")
    found = titles(search(client, "Kita", prefix="/en"))
    assert found == ["Kita places in the district"]


def test_nothing_found_offers_the_glossary_contacts_in_my_language_and_the_phone(home, client):
    GlossaryPageFactory(parent=home)
    translate(home, "ar", title="الصفحة الرئيسية")
    directory = ContactIndexPageFactory(parent=home, slug="ansprechpartner")
    translate(directory, "ar", title="جهات الاتصال")
    arabic = LanguageFactory(name="Arabisch", native_name="العربية", code="ar")
    ContactFactory(live=True, languages=[arabic])
    soup = search(client, "Qwertzuiop", prefix="/ar")
    ways = soup.select(".search-help__item")
    links = [way.a["href"] for way in ways]
    assert "/ar/ansprechpartner/?sprache=ar" in links
    assert any(link.endswith("/glossar/") for link in links)
    assert "tel:+4956513020" in links
    assert "العربية" in soup.select_one(".search-help").get_text()


def test_nothing_found_in_german_offers_the_directory(home, client):
    ContactIndexPageFactory(parent=home, slug="ansprechpartner")
    soup = search(client, "Qwertzuiop")
    assert "/ansprechpartner/" in [way.a["href"] for way in soup.select(".search-help__item")]
    assert soup.select_one(".search-correction") is None


@pytest.mark.parametrize("query", ["Sprachkurs " * 100, "ä" * 1000, "Ї" * 1000])
def test_a_query_of_a_thousand_characters_gets_a_calm_page(home, client, query):
    soup = search(client, query)
    assert "Ihr Suchbegriff war sehr lang" in soup.get_text()


def test_the_servers_accept_the_request_line_of_a_long_search():
    # 1,000 letters of three UTF-8 bytes each, URL-encoded, after "GET /uk/suche/?q=".
    longest = len("GET /uk/suche/?q=") + 1000 * 9 + len(" HTTP/1.1")
    deploy = Path(settings.BASE_DIR) / "deploy"
    nginx = (deploy / "nginx" / "proxy.conf").read_text()
    size = re.search(r"large_client_header_buffers\s+\d+\s+(\d+)k;", nginx)
    assert int(size.group(1)) * 1024 > longest
    gunicorn = (deploy / "gunicorn.conf.py").read_text()
    limit = int(re.search(r"^limit_request_line = (\d+)$", gunicorn, re.MULTILINE).group(1))
    assert limit == 0 or limit > longest


def test_synonyms_need_at_least_two_words(db):
    with pytest.raises(ValidationError):
        SearchSynonyms(words="Kita").full_clean()
    synonyms = SearchSynonyms(words=" Kita ,Kindergarten,, kita ")
    synonyms.full_clean()
    assert synonyms.words == "Kita, Kindergarten"


def test_editors_keep_the_synonyms_in_the_admin(centre, client):
    editor = get_user_model().objects.create_user("redaktion", "r@example.org", "x")
    editor.groups.add(centre["Redaktion"])
    client.force_login(editor)
    response = client.post(
        "/admin/snippets/integrationsnetz/searchsynonyms/add/",
        {"words": "Jobcenter, Bürgergeld"},
    )
    assert response.status_code == 302
    assert SearchSynonyms.objects.get().words == "Jobcenter, Bürgergeld"
