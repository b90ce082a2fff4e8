import datetime

from django.utils import timezone

from wagtail.test.utils.form_data import inline_formset

import pytest
from bs4 import BeautifulSoup

from events.models import EventCategory, EventPage

from ..admin_forms import event_form
from ..factories import ContactFactory, EventPageFactory, ImageFactory, LanguageFactory, local

pytestmark = pytest.mark.django_db


def form_data(**overrides):
    next_year = timezone.localdate().year + 1
    return event_form(
        **{"start": f"{next_year}-03-10 16:00", "end": f"{next_year}-03-10 18:00", **overrides}
    )


def bound_form(calendar_page, moderator, **overrides):
    form_class = EventPage.get_edit_handler().get_form_class()
    return form_class(
        form_data(**overrides), instance=EventPage(), parent_page=calendar_page, for_user=moderator
    )


def test_admin_refuses_an_end_before_the_start_in_german(calendar_page, moderator, client):
    client.force_login(moderator)
    next_year = timezone.localdate().year + 1

    response = client.post(
        f"/admin/pages/add/events/eventpage/{calendar_page.pk}/",
        form_data(start=f"{next_year}-03-10 18:00", end=f"{next_year}-03-10 16:00"),
    )

    assert response.status_code == 200
    assert (
        "Das Ende muss nach dem Beginn liegen."
        in BeautifulSoup(response.content, "html.parser").get_text()
    )
    assert not EventPage.objects.exists()


def test_admin_creates_a_valid_event(calendar_page, moderator, client):
    client.force_login(moderator)

    response = client.post(
        f"/admin/pages/add/events/eventpage/{calendar_page.pk}/",
        form_data(**{"action-publish": "action-publish"}),
    )

    assert response.status_code == 302
    event = EventPage.objects.get(slug="sprachcafe")
    assert event.live
    assert timezone.localtime(event.start).hour == 16


def test_end_equal_to_start_is_refused(calendar_page, moderator):
    next_year = timezone.localdate().year + 1
    form = bound_form(
        calendar_page, moderator, start=f"{next_year}-03-10 16:00", end=f"{next_year}-03-10 16:00"
    )

    assert not form.is_valid()
    assert form.errors["end"] == ["Das Ende muss nach dem Beginn liegen."]


def test_an_hour_across_the_night_the_clocks_go_back_is_published(calendar_page):
    # 02:30 summer time to 02:30 winter time (25 October 2026): the same wall-clock time,
    # one hour later. Loaded from its revision, start and end share the zone Europe/Berlin.
    start = datetime.datetime(2026, 10, 25, 0, 30, tzinfo=datetime.UTC)
    event = EventPageFactory(
        parent=calendar_page, start=start, end=start + datetime.timedelta(hours=1)
    )
    event.save_revision().publish()
    event.refresh_from_db()
    assert event.live
    assert event.end - event.start == datetime.timedelta(hours=1)


def test_timed_event_needs_an_end(calendar_page, moderator):
    form = bound_form(calendar_page, moderator, end="")

    assert not form.is_valid()
    assert form.errors["end"] == ["Bitte geben Sie an, wann die Veranstaltung endet."]


def test_all_day_event_is_stored_from_midnight_to_the_end_of_its_last_day(calendar_page, moderator):
    next_year = timezone.localdate().year + 1
    form = bound_form(
        calendar_page,
        moderator,
        all_day="on",
        start=f"{next_year}-09-20 14:00",
        end=f"{next_year}-09-27 09:00",
    )

    assert form.is_valid(), form.errors
    event = form.instance
    assert event.start == local(next_year, 9, 20)
    assert timezone.localtime(event.end) == local(next_year, 9, 27, 23, 59) + datetime.timedelta(
        seconds=59
    )


def test_one_day_all_day_event_needs_no_end(calendar_page, moderator):
    next_year = timezone.localdate().year + 1
    form = bound_form(
        calendar_page, moderator, all_day="on", start=f"{next_year}-03-21 00:00", end=""
    )

    assert form.is_valid(), form.errors
    assert timezone.localdate(form.instance.end) == datetime.date(next_year, 3, 21)


def test_all_day_event_ending_before_it_starts_is_refused(calendar_page, moderator):
    next_year = timezone.localdate().year + 1
    form = bound_form(
        calendar_page,
        moderator,
        all_day="on",
        start=f"{next_year}-03-21 00:00",
        end=f"{next_year}-03-20 00:00",
    )

    assert not form.is_valid()
    assert form.errors["end"] == ["Das Ende muss nach dem Beginn liegen."]


def test_event_needs_a_place_or_an_online_link(calendar_page, moderator):
    form = bound_form(calendar_page, moderator, venue_name="", city="")

    assert not form.is_valid()
    assert form.errors["venue_name"] == [
        "Bitte geben Sie einen Veranstaltungsort oder einen Link zur Online-Veranstaltung an."
    ]
    assert bound_form(
        calendar_page, moderator, venue_name="", city="", online_url="https://meet.example.org/x"
    ).is_valid()


def test_paid_event_needs_its_cost(calendar_page, moderator):
    form = bound_form(calendar_page, moderator, is_free=None)

    assert not form.is_valid()
    assert "Bitte geben Sie die Kosten an" in form.errors["cost"][0]
    assert bound_form(calendar_page, moderator, is_free=None, cost="5 €").is_valid()


def test_required_registration_needs_a_way_to_register(calendar_page, moderator):
    form = bound_form(calendar_page, moderator, registration_required="on")

    assert not form.is_valid()
    assert "wie man sich anmeldet" in form.errors["registration_url"][0]
    contact = ContactFactory()
    assert bound_form(
        calendar_page, moderator, registration_required="on", registration_contact=contact.pk
    ).is_valid()


def test_registration_deadline_may_not_be_after_the_event(calendar_page, moderator):
    next_year = timezone.localdate().year + 1
    form = bound_form(calendar_page, moderator, registration_deadline=f"{next_year}-03-11")

    assert not form.is_valid()
    assert form.errors["registration_deadline"] == [
        "Der Anmeldeschluss darf nicht nach dem Tag der Veranstaltung liegen."
    ]
    assert bound_form(
        calendar_page, moderator, registration_deadline=f"{next_year}-03-10"
    ).is_valid()


def test_lead_image_without_description_needs_an_alt_text(
    calendar_page, centre_collection, moderator
):
    image = ImageFactory(collection=centre_collection, description="")

    form = bound_form(calendar_page, moderator, lead_image=image.pk)

    assert not form.is_valid()
    assert "Alternativtext" in form.errors["lead_image_alt"][0]
    assert bound_form(
        calendar_page, moderator, lead_image=image.pk, lead_image_alt="Menschen im Gespräch"
    ).is_valid()


@pytest.mark.parametrize("slug", ["kalender", "archiv"])
def test_slugs_of_the_calendar_routes_are_reserved(calendar_page, moderator, slug):
    form = bound_form(calendar_page, moderator, slug=slug)

    assert not form.is_valid()
    assert "reserviert" in form.errors["slug"][0]


def test_an_event_category_added_in_the_admin_appears_in_the_calendar_filter(
    calendar_page, moderator, client
):
    client.force_login(moderator)

    response = client.post(
        "/admin/snippets/events/eventcategory/add/", {"name": "Begegnung", "slug": "begegnung"}
    )

    assert response.status_code == 302
    category = EventCategory.objects.get(slug="begegnung")
    EventPageFactory(parent=calendar_page, category=category)
    soup = BeautifulSoup(client.get("/veranstaltungen/").content, "html.parser")
    options = {
        option["value"]: option.get_text() for option in soup.select("#filter-kategorie option")
    }
    assert options == {"": "Alle Kategorien", "begegnung": "Begegnung"}


def test_editors_can_preview_an_event_with_organisers_and_languages(
    calendar_page, moderator, client
):
    client.force_login(moderator)
    contact = ContactFactory(name="Julia Beispiel")
    url = f"/admin/pages/add/events/eventpage/{calendar_page.pk}/preview/"
    data = form_data(
        related_contacts=inline_formset([{"contact": contact.pk}]),
        languages=LanguageFactory(name="Arabisch", code="ar").pk,
    )

    assert client.post(url, data).json()["is_valid"] is True
    response = client.get(url)

    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.h1.get_text(strip=True) == "Sprachcafé"
    assert soup.select_one(".related-contacts h3").get_text(strip=True) == "Julia Beispiel"
    assert "Arabisch" in soup.select_one(".event-facts").get_text()
