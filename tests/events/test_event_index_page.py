import datetime

from django.utils import timezone

from wagtail.models import PageViewRestriction

import pytest
from bs4 import BeautifulSoup

from events.calendar import PAST_EVENTS_PER_PAGE, UPCOMING_EVENTS_PER_PAGE

from ..factories import EventCategoryFactory, EventPageFactory, ImageFactory, local

pytestmark = pytest.mark.django_db


def get_soup(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def card_titles(soup):
    return [title.get_text(strip=True) for title in soup.select(".card__title")]


def month_headings(soup):
    return [heading.get_text(strip=True) for heading in soup.select(".event-month__heading")]


def test_an_event_ending_later_today_is_upcoming_and_one_that_ended_is_past(calendar_page, client):
    now = timezone.now()
    EventPageFactory(
        parent=calendar_page,
        title="Läuft noch",
        start=now - datetime.timedelta(hours=2),
        end=now + datetime.timedelta(hours=1),
    )
    EventPageFactory(
        parent=calendar_page,
        title="Gerade vorbei",
        start=now - datetime.timedelta(hours=3),
        end=now - datetime.timedelta(hours=1),
    )

    assert card_titles(get_soup(client, "/veranstaltungen/")) == ["Läuft noch"]
    assert card_titles(get_soup(client, "/veranstaltungen/archiv/")) == ["Gerade vorbei"]


def test_upcoming_events_are_grouped_by_month_in_date_order(calendar_page, client):
    next_year = timezone.localdate().year + 1
    EventPageFactory(parent=calendar_page, title="März b", start=local(next_year, 3, 21, 15))
    EventPageFactory(parent=calendar_page, title="Februar", start=local(next_year, 2, 3, 18))
    EventPageFactory(parent=calendar_page, title="März a", start=local(next_year, 3, 2, 10))

    soup = get_soup(client, "/veranstaltungen/")

    assert month_headings(soup) == [f"Februar {next_year}", f"März {next_year}"]
    sections = soup.select(".event-month")
    assert card_titles(sections[0]) == ["Februar"]
    assert card_titles(sections[1]) == ["März a", "März b"]
    assert sections[1].find("time")["datetime"] == f"{next_year}-03"


def test_a_running_event_is_listed_under_the_current_month(calendar_page, client):
    now = timezone.now()
    EventPageFactory(
        parent=calendar_page,
        title="Ausstellung",
        start=now - datetime.timedelta(days=70),
        end=now + datetime.timedelta(days=1),
    )

    soup = get_soup(client, "/veranstaltungen/")

    today = timezone.localdate()
    assert month_headings(soup) == [f"{_month_name(today.month)} {today.year}"]


def _month_name(number):
    return [
        "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli",
        "August", "September", "Oktober", "November", "Dezember",
    ][number - 1]  # fmt: skip


def test_cards_show_time_span_place_category_and_cost(calendar_page, client):
    next_year = timezone.localdate().year + 1
    EventPageFactory(
        parent=calendar_page,
        title="Lesung",
        start=local(next_year, 2, 4, 19),
        end=local(next_year, 2, 4, 21),
        city="Witzenhausen",
        category=EventCategoryFactory(name="Begegnung", slug="begegnung"),
        is_free=False,
        cost="5 €",
    )

    card = get_soup(client, "/veranstaltungen/").select_one(".card")

    date = card.select_one(".card__date").get_text(strip=True)
    assert date.endswith(f"4. Februar {next_year}, 19:00 bis 21:00 Uhr")
    assert card.select_one(".card__meta").get_text(strip=True) == "Witzenhausen · Begegnung · 5 €"
    assert card.a["href"] == "/veranstaltungen/veranstaltung-" + card.a["href"].split("-")[-1]


def test_filter_by_category(calendar_page, client):
    meeting = EventCategoryFactory(name="Begegnung", slug="begegnung")
    EventCategoryFactory(name="Fachveranstaltung", slug="fachveranstaltung")
    EventPageFactory(parent=calendar_page, title="Sprachcafé", category=meeting)
    EventPageFactory(parent=calendar_page, title="Fachtag")

    soup = get_soup(client, "/veranstaltungen/?kategorie=begegnung")

    assert card_titles(soup) == ["Sprachcafé"]
    assert soup.select_one("#filter-kategorie option[selected]")["value"] == "begegnung"
    assert soup.select_one(".event-status").get_text(strip=True) == "1 Veranstaltung gefunden"
    assert soup.select_one(".filter-form__reset")["href"] == "/veranstaltungen/"


def test_filter_by_month_includes_events_that_run_into_it(calendar_page, client):
    next_year = timezone.localdate().year + 1
    EventPageFactory(parent=calendar_page, title="Januar", start=local(next_year, 1, 20, 10))
    EventPageFactory(
        parent=calendar_page,
        title="Über den Monatswechsel",
        start=local(next_year, 1, 30, 10),
        end=local(next_year, 2, 2, 16),
    )
    EventPageFactory(parent=calendar_page, title="Februar", start=local(next_year, 2, 10, 10))

    soup = get_soup(client, f"/veranstaltungen/?monat={next_year}-02")

    assert card_titles(soup) == ["Über den Monatswechsel", "Februar"]
    assert month_headings(soup) == [f"Februar {next_year}"]
    options = [option["value"] for option in soup.select("#filter-monat option")]
    assert options == ["", f"{next_year}-01", f"{next_year}-02"]
    assert soup.select_one("#filter-monat option[selected]")["value"] == f"{next_year}-02"


def test_filters_combine(calendar_page, client):
    next_year = timezone.localdate().year + 1
    meeting = EventCategoryFactory(name="Begegnung", slug="begegnung")
    EventPageFactory(
        parent=calendar_page, title="Treffen Mai", category=meeting, start=local(next_year, 5, 5)
    )
    EventPageFactory(
        parent=calendar_page, title="Treffen Juni", category=meeting, start=local(next_year, 6, 5)
    )
    EventPageFactory(parent=calendar_page, title="Anderes Mai", start=local(next_year, 5, 6))

    soup = get_soup(client, f"/veranstaltungen/?kategorie=begegnung&monat={next_year}-05")

    assert card_titles(soup) == ["Treffen Mai"]


def test_filter_form_works_without_javascript(calendar_page, client):
    EventPageFactory(parent=calendar_page, category=EventCategoryFactory())

    form = get_soup(client, "/veranstaltungen/").select_one("form.filter-form")

    assert form["method"] == "get"
    assert form["action"] == "/veranstaltungen/"
    assert form.find("button", type="submit").get_text(strip=True) == "Anzeigen"
    for select in form.find_all("select"):
        assert form.find("label", attrs={"for": select["id"]}) is not None


@pytest.mark.parametrize(
    "query",
    [
        "kategorie=xyz",
        "monat=2026-13",
        "monat=abc",
        "monat=0000-01",
        "monat=9999-12",
        "monat=2026-1",
        "kategorie=%00&monat=%00",
        "kategorie=" + "x" * 5000,
        "monat=" + "2" * 5000,
    ],
)
def test_junk_filter_values_show_an_empty_state_not_an_error(calendar_page, client, query):
    EventPageFactory(parent=calendar_page, category=EventCategoryFactory(slug="begegnung"))

    soup = get_soup(client, f"/veranstaltungen/?{query}")

    assert card_titles(soup) == []
    assert "Für diese Auswahl gibt es keine kommenden Veranstaltungen" in soup.select_one(
        ".empty-state"
    ).get_text(" ", strip=True)


def test_empty_calendar_says_so(calendar_page, client):
    soup = get_soup(client, "/veranstaltungen/")

    assert "Zurzeit sind keine Veranstaltungen geplant" in soup.select_one(".empty-state").text
    assert soup.select_one("form.filter-form") is None


def test_drafts_and_private_events_are_not_listed(calendar_page, client):
    EventPageFactory(parent=calendar_page, title="Öffentlich")
    draft = EventPageFactory(parent=calendar_page, title="Entwurf")
    draft.unpublish()

    assert card_titles(get_soup(client, "/veranstaltungen/")) == ["Öffentlich"]


def test_index_links_to_feed_and_archive(calendar_page, client):
    # The site record of the `home` fixture is http://localhost; absolute links come from it.
    soup = get_soup(client, "/veranstaltungen/")

    subscribe = soup.select_one(".event-subscribe a")
    assert subscribe.get_text(strip=True) == "Kalender abonnieren"
    assert subscribe["href"] == "webcal://localhost/veranstaltungen/kalender/"
    assert soup.select_one(".event-subscribe__url").text == (
        "http://localhost/veranstaltungen/kalender/"
    )
    feed = soup.find("link", rel="alternate", type="text/calendar")
    assert feed["href"] == "http://localhost/veranstaltungen/kalender/"
    assert soup.select_one(".event-archive-link a")["href"] == "/veranstaltungen/archiv/"
    assert len(soup.find_all("h1")) == 1


def test_archive_lists_past_events_newest_first_ten_per_page(calendar_page, client):
    now = timezone.now()
    for number in range(12):
        start = now - datetime.timedelta(days=number + 1)
        EventPageFactory(
            parent=calendar_page,
            title=f"Vorbei {number}",
            start=start,
            end=start + datetime.timedelta(hours=1),
        )

    first = get_soup(client, "/veranstaltungen/archiv/")
    second = get_soup(client, "/veranstaltungen/archiv/?page=2")

    assert card_titles(first) == [f"Vorbei {number}" for number in range(10)]
    assert card_titles(second) == ["Vorbei 10", "Vorbei 11"]
    assert first.h1.get_text(strip=True) == "Vergangene Veranstaltungen"
    assert first.select_one(".pagination a[rel=next]")["href"] == "?page=2"


def test_the_calendar_shows_twenty_events_a_page_and_keeps_the_filter(calendar_page, client):
    category = EventCategoryFactory(name="Sprachcafé", slug="sprachcafe")
    start = timezone.now() + datetime.timedelta(days=1)
    for number in range(23):
        EventPageFactory(
            parent=calendar_page,
            title=f"Termin {number:02d}",
            category=category,
            start=start + datetime.timedelta(days=number),
            end=start + datetime.timedelta(days=number, hours=2),
        ).save_revision().publish()

    for _visit in range(2):  # the second visit from the kept fragments
        first = get_soup(client, "/veranstaltungen/?kategorie=sprachcafe")
        second = get_soup(client, "/veranstaltungen/?kategorie=sprachcafe&page=2")
        assert card_titles(first) == [f"Termin {number:02d}" for number in range(20)]
        assert card_titles(second) == ["Termin 20", "Termin 21", "Termin 22"]
    assert "23 Veranstaltungen gefunden" in first.select_one(".event-status").get_text()
    navigation = first.select_one("nav.pagination")
    assert navigation["aria-label"] == "Seiten des Veranstaltungskalenders"
    assert navigation.select_one("a[rel=next]")["href"] == "?kategorie=sprachcafe&page=2"
    # Junk page numbers show the first page, numbers beyond the end the last.
    assert card_titles(get_soup(client, "/veranstaltungen/?page=abc"))[0] == "Termin 00"
    assert card_titles(get_soup(client, "/veranstaltungen/?page=99")) == card_titles(second)


def test_empty_archive_says_so(calendar_page, client):
    soup = get_soup(client, "/veranstaltungen/archiv/")

    assert "sobald sie vorbei sind" in soup.select_one(".empty-state").text


@pytest.mark.parametrize("url", ["/veranstaltungen/", "/veranstaltungen/archiv/"])
def test_listing_queries_do_not_grow_with_the_number_of_events(
    calendar_page, client, django_assert_max_num_queries, url
):
    past = url.endswith("archiv/")
    category = EventCategoryFactory()

    def add_events(count):
        now = timezone.now()
        for number in range(count):
            offset = datetime.timedelta(days=number + 1)
            start = now - offset if past else now + offset
            EventPageFactory(
                parent=calendar_page,
                category=category,
                start=start,
                end=start + datetime.timedelta(hours=1),
            ).save_revision().publish()  # publishing makes the kept cards stale

    add_events(5)
    with django_assert_max_num_queries(100) as few:
        assert client.get(url).status_code == 200
    # Read now: the next request empties the connection's query log.
    queries_with_few_events = len(few.captured_queries)
    add_events(195)
    with django_assert_max_num_queries(queries_with_few_events):
        response = client.get(url)
    assert response.status_code == 200
    assert len(BeautifulSoup(response.content, "html.parser").select(".card")) == (
        PAST_EVENTS_PER_PAGE if past else UPCOMING_EVENTS_PER_PAGE
    )


def test_lead_images_on_cards_cost_no_query_per_card(
    calendar_page, client, django_assert_max_num_queries
):
    def add_events(count):
        for _ in range(count):
            # Published, as an editor would: that makes the kept cards stale.
            EventPageFactory(
                parent=calendar_page, lead_image=ImageFactory()
            ).save_revision().publish()

    add_events(1)
    client.get("/veranstaltungen/")  # renders the renditions once
    with django_assert_max_num_queries(100) as few:
        client.get("/veranstaltungen/")
    # Read now: the next request empties the connection's query log.
    queries_with_one_image = len(few.captured_queries)
    add_events(3)
    client.get("/veranstaltungen/")
    with django_assert_max_num_queries(queries_with_one_image):
        soup = get_soup(client, "/veranstaltungen/")
    images = soup.select(".card img")
    assert len(images) == 4
    assert images[0]["alt"] == "Eine Gruppe von Menschen an einem Tisch im Gespräch"


def test_a_forged_host_header_never_appears_in_the_calendar_links(calendar_page, client):
    response = client.get("/veranstaltungen/", HTTP_HOST="localhost:99999")

    assert response.status_code == 200
    assert b"99999" not in response.content
    assert b"webcal://localhost/veranstaltungen/kalender/" in response.content


def month_options(soup):
    return [option["value"] for option in soup.select("select[name=monat] option")]


def test_a_published_event_shows_in_the_kept_calendar_at_once(calendar_page, client):
    EventPageFactory(parent=calendar_page, title="Sommerfest").save_revision().publish()
    assert card_titles(get_soup(client, "/veranstaltungen/")) == ["Sommerfest"]
    assert month_options(get_soup(client, "/veranstaltungen/")) == ["", "2099-06"]
    assert card_titles(get_soup(client, "/veranstaltungen/?monat=2099-06")) == ["Sommerfest"]

    later = EventPageFactory(parent=calendar_page, title="Herbstfest", start=local(2099, 9, 5, 15))
    later.save_revision().publish()

    assert card_titles(get_soup(client, "/veranstaltungen/")) == ["Sommerfest", "Herbstfest"]
    assert month_options(get_soup(client, "/veranstaltungen/")) == ["", "2099-06", "2099-09"]
    assert card_titles(get_soup(client, "/veranstaltungen/?monat=2099-09")) == ["Herbstfest"]
    assert card_titles(get_soup(client, "/veranstaltungen/?monat=2099-06")) == ["Sommerfest"]


def test_a_renamed_category_shows_in_the_kept_calendar_at_once(calendar_page, client):
    category = EventCategoryFactory(name="Sprachcafé", slug="sprachcafe")
    event = EventPageFactory(parent=calendar_page, title="Treffen", category=category)
    event.save_revision().publish()
    soup = get_soup(client, "/veranstaltungen/?kategorie=sprachcafe")
    assert "Sprachcafé" in soup.select_one("select[name=kategorie]").get_text()
    assert "Sprachcafé" in soup.select_one(".card").get_text()

    category.name = "Sprachtreff"
    category.save()

    soup = get_soup(client, "/veranstaltungen/?kategorie=sprachcafe")
    assert "Sprachtreff" in soup.select_one("select[name=kategorie]").get_text()
    assert "Sprachtreff" in soup.select_one(".card").get_text()


def test_the_kept_calendar_leaves_out_events_that_have_ended(calendar_page, client, monkeypatch):
    now = timezone.now()
    EventPageFactory(
        parent=calendar_page,
        title="Bald vorbei",
        start=now - datetime.timedelta(hours=1),
        end=now + datetime.timedelta(hours=1),
    ).save_revision().publish()
    EventPageFactory(parent=calendar_page, title="Sommerfest").save_revision().publish()
    this_month = f"{timezone.localdate(now):%Y-%m}"
    soup = get_soup(client, "/veranstaltungen/")
    assert card_titles(soup) == ["Bald vorbei", "Sommerfest"]
    assert this_month in month_options(soup)

    later = now + datetime.timedelta(hours=2)
    monkeypatch.setattr(timezone, "now", lambda: later)

    soup = get_soup(client, "/veranstaltungen/")
    assert card_titles(soup) == ["Sommerfest"]
    assert month_options(soup) == ["", "2099-06"]


@pytest.mark.parametrize(
    "query", ["?kategorie=gibt-es-nicht", "?monat=2099-13", "?monat=1850-01", "?monat=2098-01"]
)
def test_junk_in_the_kept_calendar_gives_a_calm_page(calendar_page, client, query):
    category = EventCategoryFactory(name="Sprachcafé", slug="sprachcafe")
    event = EventPageFactory(parent=calendar_page, title="Sommerfest", category=category)
    event.save_revision().publish()
    first = get_soup(client, f"/veranstaltungen/{query}")
    assert card_titles(first) == []
    assert get_soup(client, f"/veranstaltungen/{query}").decode() == first.decode()


def test_an_event_made_private_leaves_the_archive_at_once(calendar_page, client):
    start = timezone.now() - datetime.timedelta(days=2)
    end = start + datetime.timedelta(hours=1)
    EventPageFactory(parent=calendar_page, title="Offen", start=start, end=end)
    secret = EventPageFactory(parent=calendar_page, title="Intern", start=start, end=end)
    assert card_titles(get_soup(client, "/veranstaltungen/archiv/")) == ["Intern", "Offen"]
    PageViewRestriction.objects.create(
        page=secret, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    assert card_titles(get_soup(client, "/veranstaltungen/archiv/")) == ["Offen"]
