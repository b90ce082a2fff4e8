import datetime
from zoneinfo import ZoneInfo

from django.utils import timezone

import pytest
from icalendar import Calendar

from ..factories import EventCategoryFactory, EventPageFactory, local

pytestmark = pytest.mark.django_db

BERLIN = ZoneInfo("Europe/Berlin")


def download(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return response


def vevents(content):
    return Calendar.from_ical(content).walk("VEVENT")


def test_event_file_parses_and_keeps_start_and_end_across_the_daylight_saving_change(
    calendar_page, client
):
    # Sunday, 25 October 2026: clocks go back from 03:00 CEST to 02:00 CET.
    start = datetime.datetime(2026, 10, 25, 1, 30, tzinfo=BERLIN)
    end = datetime.datetime(2026, 10, 25, 4, 0, tzinfo=BERLIN)
    event = EventPageFactory(parent=calendar_page, slug="nachtwanderung", start=start, end=end)

    response = download(client, "/veranstaltungen/nachtwanderung/kalender/")

    content = response.content
    assert b"DTSTART;TZID=Europe/Berlin:20261025T013000" in content
    assert b"DTEND;TZID=Europe/Berlin:20261025T040000" in content
    assert b"BEGIN:VTIMEZONE" in content
    (entry,) = vevents(content)
    parsed_start, parsed_end = entry.decoded("dtstart"), entry.decoded("dtend")
    # In UTC, so the comparison sees the offsets and not only the wall-clock times.
    assert parsed_start.astimezone(datetime.UTC) == datetime.datetime(
        2026, 10, 24, 23, 30, tzinfo=datetime.UTC
    )
    assert parsed_end.astimezone(datetime.UTC) == datetime.datetime(
        2026, 10, 25, 3, 0, tzinfo=datetime.UTC
    )
    assert parsed_end.astimezone(datetime.UTC) - parsed_start.astimezone(
        datetime.UTC
    ) == datetime.timedelta(hours=3, minutes=30)
    assert parsed_start.utcoffset() == datetime.timedelta(hours=2)
    assert parsed_end.utcoffset() == datetime.timedelta(hours=1)
    assert str(entry["uid"]) == f"event-{event.pk}@localhost"
    assert response["Content-Disposition"] == 'attachment; filename="nachtwanderung.ics"'


def test_event_file_has_summary_location_url_description_and_stamp(calendar_page, client):
    event = EventPageFactory(
        parent=calendar_page,
        slug="infoabend",
        title="Infoabend",
        teaser="Alles über die Anerkennung.",
        is_free=False,
        cost="3 €",
        category=EventCategoryFactory(name="Information"),
    )
    event.save_revision().publish()
    event.refresh_from_db()

    (entry,) = vevents(download(client, "/veranstaltungen/infoabend/kalender/").content)

    assert str(entry["summary"]) == "Infoabend"
    assert str(entry["location"]) == "Kreishaus, Schlossplatz 1, 37269 Eschwege"
    assert str(entry["url"]) == "http://localhost/veranstaltungen/infoabend/"
    assert str(entry["description"]) == "Alles über die Anerkennung.\n\nKosten: 3 €"
    assert entry.decoded("dtstamp") == event.last_published_at.replace(microsecond=0)
    assert entry.decoded("dtstamp").utcoffset() == datetime.timedelta(0)
    assert [str(name) for name in entry["categories"].cats] == ["Information"]


def test_all_day_event_uses_dates_with_an_exclusive_end(calendar_page, client):
    next_year = timezone.localdate().year + 1
    EventPageFactory(
        parent=calendar_page,
        slug="aktionswoche",
        all_day=True,
        start=local(next_year, 9, 20, 14),
        end=local(next_year, 9, 27, 9),
    )

    content = download(client, "/veranstaltungen/aktionswoche/kalender/").content

    assert f"DTSTART;VALUE=DATE:{next_year}0920".encode() in content
    assert f"DTEND;VALUE=DATE:{next_year}0928".encode() in content
    (entry,) = vevents(content)
    assert entry.decoded("dtstart") == datetime.date(next_year, 9, 20)
    assert entry.decoded("dtend") == datetime.date(next_year, 9, 28)


def test_uid_stays_the_same_when_the_event_changes(calendar_page, client):
    event = EventPageFactory(parent=calendar_page, slug="treffen")
    before = vevents(download(client, "/veranstaltungen/treffen/kalender/").content)[0]["uid"]
    event.title = "Treffen (verschoben)"
    event.start += datetime.timedelta(days=1)
    event.end += datetime.timedelta(days=1)
    event.save_revision().publish()

    after = vevents(download(client, "/veranstaltungen/treffen/kalender/").content)[0]

    assert after["uid"] == before
    assert str(after["summary"]) == "Treffen (verschoben)"


def test_feed_holds_all_upcoming_events_and_no_past_ones(calendar_page, client):
    now = timezone.now()
    EventPageFactory(parent=calendar_page, title="Bald")
    EventPageFactory(
        parent=calendar_page,
        title="Läuft gerade",
        start=now - datetime.timedelta(hours=1),
        end=now + datetime.timedelta(hours=1),
    )
    EventPageFactory(
        parent=calendar_page,
        title="Vorbei",
        start=now - datetime.timedelta(hours=3),
        end=now - datetime.timedelta(hours=1),
    )
    draft = EventPageFactory(parent=calendar_page, title="Entwurf")
    draft.unpublish()

    response = download(client, "/veranstaltungen/kalender/")

    calendar = Calendar.from_ical(response.content)
    assert [str(entry["summary"]) for entry in calendar.walk("VEVENT")] == [
        "Läuft gerade",
        "Bald",
    ]
    assert str(calendar["x-wr-calname"]) == "Veranstaltungen – WIR-Vielfaltszentrum Testkreis"
    assert len(calendar.walk("VTIMEZONE")) == 1
    assert "attachment" not in response["Content-Disposition"]


def test_empty_feed_is_still_a_valid_calendar(calendar_page, client):
    calendar = Calendar.from_ical(download(client, "/veranstaltungen/kalender/").content)

    assert calendar.walk("VEVENT") == []
    assert str(calendar["version"]) == "2.0"


def test_feed_queries_do_not_grow_with_the_number_of_events(
    calendar_page, client, django_assert_max_num_queries
):
    category = EventCategoryFactory()
    for _ in range(3):
        EventPageFactory(parent=calendar_page, category=category)
    with django_assert_max_num_queries(100) as few:
        download(client, "/veranstaltungen/kalender/")
    queries_with_few_events = len(few.captured_queries)
    for _ in range(20):
        EventPageFactory(parent=calendar_page, category=category)
    with django_assert_max_num_queries(queries_with_few_events):
        download(client, "/veranstaltungen/kalender/")
