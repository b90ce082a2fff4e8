from django.utils import timezone

import pytest
from bs4 import BeautifulSoup

from events.models import EventPage

from ..admin_forms import event_form
from ..factories import EventIndexPageFactory, EventPageFactory, local

pytestmark = pytest.mark.django_db


@pytest.fixture
def calendar_page(home):
    return EventIndexPageFactory(parent=home)


def test_event_dates_are_entered_in_german_format(editor_client, calendar_page):
    year = timezone.localdate().year + 1

    response = editor_client.post(
        f"/admin/pages/add/events/eventpage/{calendar_page.pk}/",
        event_form(start=f"02.12.{year} 16:00", end=f"02.12.{year} 18:30"),
    )

    assert response.status_code == 302
    event = EventPage.objects.get(slug="sprachcafe")
    assert timezone.localtime(event.start) == local(year, 12, 2, 16, 0)
    assert timezone.localtime(event.end) == local(year, 12, 2, 18, 30)


def test_event_form_shows_dates_in_german_format(editor_client, calendar_page):
    year = timezone.localdate().year + 1
    event = EventPageFactory(
        parent=calendar_page, start=local(year, 12, 2, 16, 0), end=local(year, 12, 2, 18, 30)
    )

    response = editor_client.get(f"/admin/pages/{event.pk}/edit/")

    form = BeautifulSoup(response.content, "html.parser")
    assert form.find("input", {"name": "start"})["value"] == f"02.12.{year} 16:00"
    assert form.find("input", {"name": "end"})["value"] == f"02.12.{year} 18:30"


def test_a_date_the_calendar_does_not_have_is_refused_in_german(editor_client, calendar_page):
    year = timezone.localdate().year + 1

    response = editor_client.post(
        f"/admin/pages/add/events/eventpage/{calendar_page.pk}/",
        event_form(start=f"31.02.{year} 16:00", end=f"31.02.{year} 18:00"),
    )

    assert response.status_code == 200
    assert "Bitte ein gültiges Datum" in BeautifulSoup(response.content, "html.parser").get_text()
    assert not EventPage.objects.exists()
