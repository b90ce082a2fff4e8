import datetime

from django.utils import timezone

import pytest
from bs4 import BeautifulSoup

from ..factories import EventPageFactory

pytestmark = pytest.mark.django_db


def upcoming_section(client):
    response = client.get("/")
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").select_one(".upcoming-events")


def test_home_page_shows_the_next_three_events_and_links_to_the_calendar(calendar_page, client):
    now = timezone.now()
    for days, title in [(9, "Vierte"), (2, "Zweite"), (1, "Erste"), (5, "Dritte")]:
        EventPageFactory(
            parent=calendar_page, title=title, start=now + datetime.timedelta(days=days)
        )
    EventPageFactory(
        parent=calendar_page,
        title="Vorbei",
        start=now - datetime.timedelta(days=1),
        end=now - datetime.timedelta(hours=20),
    )

    section = upcoming_section(client)

    assert section.h2.get_text(strip=True) == "Nächste Veranstaltungen"
    titles = [title.get_text(strip=True) for title in section.select("h3.card__title")]
    assert titles == ["Erste", "Zweite", "Dritte"]
    assert section.select_one(".upcoming-events__more a")["href"] == "/veranstaltungen/"


def test_home_page_says_when_nothing_is_planned(calendar_page, client):
    section = upcoming_section(client)

    assert "Zurzeit sind keine Veranstaltungen geplant." in section.get_text()


def test_home_page_without_a_calendar_has_no_events_section(home, client):
    assert upcoming_section(client) is None


def test_upcoming_events_on_the_home_page_cost_a_fixed_number_of_queries(
    calendar_page, client, django_assert_max_num_queries
):
    EventPageFactory(parent=calendar_page)
    with django_assert_max_num_queries(100) as one_event:
        client.get("/")
    queries_with_one_event = len(one_event.captured_queries)
    for _ in range(5):
        EventPageFactory(parent=calendar_page).save_revision().publish()
    with django_assert_max_num_queries(queries_with_one_event):
        assert len(upcoming_section(client).select(".card")) == 3


def test_a_weekly_series_appears_once_and_does_not_push_out_one_off_events(calendar_page, client):
    start = timezone.localtime().replace(hour=16, minute=0, second=0, microsecond=0)
    # The next Wednesday at least a day ahead, and the three after it.
    wednesday = start + datetime.timedelta(days=(2 - start.weekday()) % 7 or 7)
    for week in range(4):
        EventPageFactory(
            parent=calendar_page,
            title="Sprachcafé",
            start=wednesday + datetime.timedelta(weeks=week),
        )
    EventPageFactory(
        parent=calendar_page, title="Infoabend", start=wednesday + datetime.timedelta(days=1)
    )
    EventPageFactory(
        parent=calendar_page, title="Fest", start=wednesday + datetime.timedelta(days=9)
    )

    section = upcoming_section(client)

    titles = [title.get_text(strip=True) for title in section.select("h3.card__title")]
    assert titles == ["Sprachcafé", "Infoabend", "Fest"]
    date = section.select_one(".card__date").get_text(" ", strip=True)
    assert date.startswith("Jeden Mittwoch, nächster Termin: Mittwoch,")
