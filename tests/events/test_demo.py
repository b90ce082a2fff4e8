from django.utils import timezone

import pytest
from bs4 import BeautifulSoup

from events.models import EventIndexPage, EventPage

pytestmark = pytest.mark.usefixtures("demo")


def test_demo_calendar_is_never_empty_and_has_an_archive(client):

    calendar = EventIndexPage.objects.get(
        slug="veranstaltungen", url_path="/startseite/veranstaltungen/"
    )
    now = timezone.now()
    upcoming = calendar.upcoming_events(now)
    titles = [event.title for event in upcoming]
    assert any(title.startswith("Interkulturelle Woche") for title in titles)
    assert any(title.startswith("Internationaler Tag gegen Rassismus") for title in titles)
    assert any(title.startswith("Deutscher Diversity-Tag") for title in titles)
    assert titles.count("Sprachcafé") == 4
    assert any(title.startswith("Infoabend") for title in titles)
    assert calendar.past_events(now).count() >= 3

    response = client.get("/veranstaltungen/")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert len(soup.select(".card")) == upcoming.count()


def test_demo_events_fall_on_their_days():

    # The German events (their translations share slug and dates).
    german = EventPage.objects.filter(locale__language_code="de")
    week = german.get(slug__startswith="interkulturelle-woche-")
    assert week.all_day
    assert week.last_day.month == 9 and week.last_day.weekday() == 6
    assert (week.last_day - week.first_day).days == 7
    day_against_racism = german.get(slug__startswith="internationaler-tag-gegen-")
    assert (day_against_racism.first_day.month, day_against_racism.first_day.day) == (3, 21)
    for cafe in german.filter(title="Sprachcafé"):
        assert cafe.first_day.weekday() == 2
        assert timezone.localtime(cafe.start).hour == 16
