"""The site search (/suche/): what a resident finds, how results are labelled, junk queries.

The stemming tests need PostgreSQL's German text-search configuration; CI runs the suite on
PostgreSQL too, where they run (on SQLite they are skipped).
"""

import datetime
import threading

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import PageViewRestriction

import pytest
from bs4 import BeautifulSoup

from editorial.roles import SHARED_ROLE
from integrationsnetz.search import count_search

from ..conftest import OTHER_HOST
from ..factories import (
    ContactFactory,
    ContactIndexPageFactory,
    EventPageFactory,
    LanguageFactory,
    NewsArticlePageFactory,
    StandardPageFactory,
    local,
)

pytestmark = pytest.mark.django_db

postgresql_only = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="braucht die deutsche Textsuche von PostgreSQL (läuft in CI auf PostgreSQL)",
)

GRANT_TEASER = (
    "Staatssekretärin Anne Janz hat Landrat Stefan Reuß den Bewilligungsbescheid für das "
    "WIR-Vielfaltszentrum überreicht."
)


def search(client, query, **params):
    response = client.get("/suche/", {"q": query, **params})
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def results(soup):
    """(type, title, date text, past?) of each result, in order."""
    found = []
    for item in soup.select(".search-results__item"):
        date = item.select_one("time")
        found.append(
            (
                item.select_one(".search-results__type").get_text(strip=True),
                item.select_one(".search-results__title").get_text(strip=True),
                date.get_text(strip=True) if date else "",
                item.select_one(".search-results__past") is not None,
            )
        )
    return found


def titles(soup):
    return [title for _type, title, _date, _past in results(soup)]


@pytest.fixture
def content(home, news_index, calendar_page):
    """The seed's words: the grant article, the concept workshop, contacts, a past event."""
    NewsArticlePageFactory(
        parent=news_index,
        title="Land Hessen fördert das WIR-Vielfaltszentrum bis 2025",
        date=datetime.date(2020, 11, 27),
        teaser=GRANT_TEASER,
    )
    NewsArticlePageFactory(
        parent=news_index,
        title="Werkstatt zur Fortschreibung",
        date=datetime.date(2024, 3, 5),
        teaser="Wir schreiben das Integrationskonzept des Kreises fort.",
    )
    StandardPageFactory(parent=home, title="Über uns", intro="Das Zentrum stellt sich vor.")
    last_year = timezone.localdate().year - 1
    EventPageFactory(
        parent=calendar_page,
        title="Interkulturelles Fest",
        teaser="Ein Fest mit Musik.",
        start=local(last_year, 9, 20, 14),
        end=local(last_year, 9, 20, 18),
    )
    ContactIndexPageFactory(parent=home)
    ContactFactory(
        name="Julia Kapinus",
        slug="julia-kapinus",
        languages=[LanguageFactory(name="Arabisch", native_name="العربية", code="ar")],
    )


def test_a_contact_is_found_by_name_with_a_link_to_her_card(content, client):
    soup = search(client, "Kapinus")
    assert ("Ansprechperson", "Julia Kapinus", "", False) in results(soup)
    link = soup.find("a", string="Julia Kapinus")
    assert link["href"] == "/ansprechpartner/#kontakt-julia-kapinus"
    directory = BeautifulSoup(client.get(link["href"]).content, "html.parser")
    assert directory.find(id="kontakt-julia-kapinus").find(string="Julia Kapinus")


def test_a_contact_is_found_by_a_language_she_speaks(content, client):
    assert "Julia Kapinus" in titles(search(client, "Arabisch"))


def test_unpublished_contacts_are_not_found(content, client):
    ContactFactory(name="Petra Entwurf", live=False)
    assert titles(search(client, "Entwurf")) == []


def test_each_result_shows_its_type_and_date(content, client):
    found = results(search(client, "Vielfaltszentrum"))
    assert (
        "Nachricht",
        "Land Hessen fördert das WIR-Vielfaltszentrum bis 2025",
        "27. November 2020",
        False,
    ) in found


def test_a_past_event_is_marked_as_past(content, client):
    ((kind, title, date, past),) = results(search(client, "Fest"))
    assert (kind, title, past) == ("Veranstaltung", "Interkulturelles Fest", True)
    assert date.startswith("20. September")


def test_any_word_fallback_says_so(content, client):
    soup = search(client, "Janz Bescheid")
    assert "Keine Treffer für alle Wörter; Treffer für einzelne Wörter:" in soup.get_text()
    assert titles(soup)[0] == "Land Hessen fördert das WIR-Vielfaltszentrum bis 2025"


def test_all_words_first_without_the_fallback_notice(content, client):
    soup = search(client, "Janz Bewilligungsbescheid")
    assert titles(soup) == ["Land Hessen fördert das WIR-Vielfaltszentrum bis 2025"]
    assert "einzelne Wörter" not in soup.get_text()


def test_the_query_stays_in_the_box(content, client):
    soup = search(client, "Janz Bescheid")
    assert soup.find("input", id="search-q")["value"] == "Janz Bescheid"


def test_private_pages_are_not_found(content, home, client):
    secret = StandardPageFactory(parent=home, title="Geheimplan", intro="Nur intern.")
    PageViewRestriction.objects.create(
        page=secret, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    assert titles(search(client, "Geheimplan")) == []


def test_results_are_paginated(home, client):
    for number in range(12):
        StandardPageFactory(parent=home, title=f"Sprachkurs {number}")
    soup = search(client, "Sprachkurs")
    assert len(results(soup)) == 10
    assert "12 Ergebnisse" in soup.select_one(".search-summary").get_text()
    assert len(results(search(client, "Sprachkurs", page=2))) == 2


@pytest.mark.parametrize(
    "query",
    ["", "   ", "x" * 1000, "%&§$!?*", "'\"<>", "\x00", "a:b OR (c", "Janz -Bescheid"],
)
def test_junk_queries_give_a_calm_page(content, client, query):
    soup = search(client, query)
    assert soup.find("h1").get_text(strip=True) == "Suche"


def test_symbols_only_get_a_hint(content, client):
    assert "Bitte geben Sie ein Wort" in search(client, "%&§").get_text()


def test_a_promoted_result_comes_first_and_the_query_is_counted(content, home, client):
    target = StandardPageFactory(parent=home, title="Beratung für Geflüchtete")
    SearchPromotion.objects.create(
        query=Query.get("kapinus"), page=target, description="Hier gibt es Hilfe."
    )
    soup = search(client, "Kapinus")
    assert titles(soup)[:2] == ["Beratung für Geflüchtete", "Julia Kapinus"]
    assert soup.select_one(".search-results__promoted")
    assert Query.get("kapinus").hits == 1


@postgresql_only
@pytest.mark.parametrize(
    ("query", "title"),
    [
        ("Integrationskonzepte", "Werkstatt zur Fortschreibung"),
        ("Integrationskonzepts", "Werkstatt zur Fortschreibung"),
        ("Vielfaltszentren", "Land Hessen fördert das WIR-Vielfaltszentrum bis 2025"),
    ],
)
def test_german_stemming_finds_other_forms_of_a_word(content, client, query, title):
    assert title in titles(search(client, query))


def test_an_editor_sees_frequent_queries_and_may_promote_a_result(content, centre, client):
    search(client, "Kapinus")
    search(client, "kapinus ")
    editor = get_user_model().objects.create_user("redaktion", "r@example.org", "x")
    # Promotions apply to every centre's search: the shared role manages them.
    editor.groups.add(centre["Redaktion"], Group.objects.get(name=SHARED_ROLE))
    client.force_login(editor)

    dashboard = BeautifulSoup(client.get("/admin/").content, "html.parser")
    panel = dashboard.find(id="haeufige-suchanfragen-section") or dashboard.find(
        id="haeufige-suchanfragen"
    )
    assert panel is not None
    row = panel.find("td", string="kapinus").find_parent("tr")
    assert row.find_all("td")[1].get_text(strip=True) == "2"
    assert client.get("/admin/searchpicks/add/").status_code == 200


def test_a_contact_links_to_the_directory_page_that_shows_her(home, client):
    ContactIndexPageFactory(parent=home)
    for number in range(30):
        ContactFactory(name=f"Person {number:02d}", slug=f"person-{number:02d}")

    def link(name):
        return search(client, name).find("a", string=name)["href"]

    # 24 cards to a directory page, by name.
    assert link("Person 00") == "/ansprechpartner/#kontakt-person-00"
    assert link("Person 23") == "/ansprechpartner/#kontakt-person-23"
    assert link("Person 24") == "/ansprechpartner/?page=2#kontakt-person-24"
    cache.clear()


def test_a_new_or_changed_promotion_shows_at_once(content, home, client):
    assert titles(search(client, "Kapinus")) == ["Julia Kapinus"]
    target = StandardPageFactory(parent=home, title="Beratung für Geflüchtete")
    promotion = SearchPromotion.objects.create(
        query=Query.get("kapinus"), page=target, description="Hier gibt es Hilfe."
    )
    assert titles(search(client, "Kapinus")) == ["Beratung für Geflüchtete", "Julia Kapinus"]
    promotion.description = "Hier gibt es Rat."
    promotion.save()
    assert "Hier gibt es Rat." in search(client, "Kapinus").get_text()
    promotion.delete()
    assert titles(search(client, "Kapinus")) == ["Julia Kapinus"]


def test_an_unpublished_promoted_page_leaves_the_kept_promotions(content, home, client):
    target = StandardPageFactory(parent=home, title="Beratung für Geflüchtete")
    target.save_revision().publish()
    SearchPromotion.objects.create(query=Query.get("kapinus"), page=target)
    assert titles(search(client, "Kapinus"))[0] == "Beratung für Geflüchtete"
    target.unpublish()
    assert titles(search(client, "Kapinus")) == ["Julia Kapinus"]


def test_a_page_made_private_leaves_the_kept_search_at_once(content, home, client):
    secret = StandardPageFactory(parent=home, title="Geheimplan", intro="Nur intern.")
    assert titles(search(client, "Geheimplan")) == ["Geheimplan"]
    PageViewRestriction.objects.create(
        page=secret, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    assert titles(search(client, "Geheimplan")) == []


def test_a_repeated_search_is_counted_with_one_query(db, django_assert_num_queries):
    count_search("Sprachkurs")
    with django_assert_num_queries(1):
        count_search("sprachkurs ")
    assert Query.get("sprachkurs").hits == 2


def test_results_cost_one_plain_query_per_page_type_shown_not_per_result(
    home, news_index, calendar_page, client, monkeypatch
):
    # Each search afresh: the results part is not kept (the frame around it is).
    monkeypatch.setattr("integrationsnetz.views.SEARCH_CACHE_SECONDS", 0)

    def queries():
        client.get("/suche/", {"q": "Nachbarschaft"})
        with CaptureQueriesContext(connection) as captured:
            soup = search(client, "Nachbarschaft")
        pages = [
            q["sql"] for q in captured.captured_queries if 'FROM "wagtailcore_page"' in q["sql"]
        ]
        joins = max(sql.count(" JOIN ") for sql in pages)
        return len(results(soup)), len(captured), joins

    StandardPageFactory(parent=home, title="Nachbarschaft im Blick")
    one_type = queries()
    for number in range(3):
        StandardPageFactory(parent=home, title=f"Nachbarschaft {number}")
    same_type = queries()
    NewsArticlePageFactory(parent=news_index, title="Nachbarschaft feiert")
    EventPageFactory(parent=calendar_page, title="Nachbarschaft trifft sich")
    three_types = queries()
    assert (one_type[0], same_type[0], three_types[0]) == (1, 4, 6)
    assert same_type[1] == one_type[1]
    assert three_types[1] == one_type[1] + 2
    # No join over every page type's table (there are more than a dozen).
    assert three_types[2] <= 4
    found = {kind for kind, *_rest in results(search(client, "Nachbarschaft"))}
    assert found == {"Seite", "Nachricht", "Veranstaltung"}


def test_a_busy_search_gets_a_calm_page_and_a_time_to_come_back(content, client, monkeypatch):
    slots = threading.BoundedSemaphore(1)
    monkeypatch.setattr("integrationsnetz.views.search_slots", slots)
    slots.acquire()
    response = client.get("/suche/", {"q": "Sprachcafé"})
    assert response.status_code == 503
    assert response["Retry-After"] == "5"
    assert "no-store" in response["Cache-Control"]
    soup = BeautifulSoup(response.content, "html.parser")
    assert "bitte versuchen sie es gleich noch einmal" in soup.main.get_text(" ").lower()
    assert soup.main.find("input", attrs={"name": "q"})["value"] == "Sprachcafé"
    slots.release()
    assert client.get("/suche/", {"q": "Sprachcafé"}).status_code == 200


@postgresql_only
def test_postgresql_can_find_matching_pages_through_the_full_text_index(content, client):
    with CaptureQueriesContext(connection) as captured:
        search(client, "Vielfaltszentren")
    sql = next(
        q["sql"]
        for q in captured.captured_queries
        if 'FROM "wagtailcore_page"' in q["sql"] and "wagtailsearch_indexentry" in q["sql"]
    )
    # Wagtail matches this expression, which the GIN indexes on title and body alone never serve.
    expression = '("wagtailsearch_indexentry"."title" || "wagtailsearch_indexentry"."body") @@'
    assert expression in sql
    with connection.cursor() as cursor:
        # On the demo-sized table reading it whole is cheaper; with 10,000 articles it is not.
        # Whether the planner prefers the index depends on the table sizes; with the other ways
        # to join switched off, the plan shows that the index serves this join at all.
        for setting in ("enable_seqscan", "enable_hashjoin", "enable_mergejoin"):
            cursor.execute(f"SET LOCAL {setting} = off")
        cursor.execute(
            "EXPLAIN SELECT id FROM wagtailsearch_indexentry "
            "WHERE (title || body) @@ plainto_tsquery('german', 'Vielfaltszentren')"
        )
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "Bitmap Index Scan on integrationsnetz_search_text_gin" in plan, plan


# Kept results: the results part of a search is kept a moment in the fragment cache.


def full_text_queries(client, query, **params):
    """The queries of one search that read the search index, and the titles it shows."""
    with CaptureQueriesContext(connection) as captured:
        found = titles(search(client, query, **params))
    index_reads = [q for q in captured.captured_queries if "wagtailsearch_indexentry" in q["sql"]]
    return index_reads, found


def test_an_equal_search_a_moment_later_asks_no_full_text_query_and_is_counted(content, client):
    first_reads, first = full_text_queries(client, "Kapinus")
    assert first_reads and first == ["Julia Kapinus"]
    again_reads, again = full_text_queries(client, "Kapinus")
    assert again_reads == [] and again == first
    # Junk page numbers are the first page; the search is still counted each time.
    assert full_text_queries(client, "Kapinus", page="abc") == ([], first)
    assert Query.get("kapinus").hits == 2


def test_a_publish_makes_the_next_search_fresh(content, home, client):
    assert titles(search(client, "Sprachcafé")) == []
    cafe = StandardPageFactory(parent=home, title="Sprachcafé am Markt", live=False)
    cafe.save_revision().publish()
    assert titles(search(client, "Sprachcafé")) == ["Sprachcafé am Markt"]


def test_each_site_and_language_keeps_its_own_results(home, other_home, client):
    StandardPageFactory(parent=home, title="Sprachcafé Testkreis")
    StandardPageFactory(parent=other_home, title="Sprachcafé Musterstadt")
    assert titles(search(client, "Sprachcafé")) == ["Sprachcafé Testkreis"]
    other = client.get("/suche/", {"q": "Sprachcafé"}, HTTP_HOST=OTHER_HOST)
    assert titles(BeautifulSoup(other.content, "html.parser")) == ["Sprachcafé Musterstadt"]
    german = search(client, "Sprachcafé").select_one(".search-summary").get_text(strip=True)
    english = BeautifulSoup(client.get("/en/suche/", {"q": "Sprachcafé"}).content, "html.parser")
    assert german == "Ein Ergebnis für „Sprachcafé“"
    assert (
        english.select_one(".search-summary").get_text(strip=True) == "One result for “Sprachcafé”"
    )


def test_results_are_not_kept_for_editors_or_addresses_with_other_parameters(content, client):
    for params in ({"utm_source": "newsletter"}, {"page": ["1", "2"]}):
        full_text_queries(client, "Kapinus", **params)
        assert full_text_queries(client, "Kapinus", **params)[0], params
    editor = get_user_model().objects.create_user("redaktion", password="x")
    client.force_login(editor)
    full_text_queries(client, "Kapinus")
    assert full_text_queries(client, "Kapinus")[0]


def test_kept_results_need_no_search_slot(content, client, monkeypatch):
    search(client, "Kapinus")
    slots = threading.BoundedSemaphore(1)
    monkeypatch.setattr("integrationsnetz.views.search_slots", slots)
    slots.acquire()
    assert titles(search(client, "Kapinus")) == ["Julia Kapinus"]
    assert client.get("/suche/", {"q": "Fest"}).status_code == 503


@postgresql_only
def test_postgresql_joins_the_found_entries_to_their_pages_through_an_index(content, client):
    """Wagtail joins index entries to pages on `page.id::varchar(50)`: without an index on
    that cast every search hashed all pages (migration 0011)."""
    with connection.cursor() as cursor:
        # Whether the planner prefers the index depends on the table sizes; with the other ways
        # to join switched off, the plan shows that the index serves this join at all.
        for setting in ("enable_seqscan", "enable_hashjoin", "enable_mergejoin"):
            cursor.execute(f"SET LOCAL {setting} = off")
        cursor.execute(
            "EXPLAIN SELECT wagtailcore_page.id FROM wagtailsearch_indexentry "
            "JOIN wagtailcore_page "
            "ON wagtailsearch_indexentry.object_id = (wagtailcore_page.id)::varchar(50) "
            "WHERE (wagtailsearch_indexentry.title || wagtailsearch_indexentry.body) "
            "@@ plainto_tsquery('german', 'Vielfaltszentren')"
        )
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "integrationsnetz_page_id_text" in plan, plan
