import datetime
import json

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

import pytest
from bs4 import BeautifulSoup

from events.models import EventOrganiser

from ..factories import (
    ContactFactory,
    EventCategoryFactory,
    EventPageFactory,
    ImageFactory,
    LanguageFactory,
    local,
)

pytestmark = pytest.mark.django_db


def get_soup(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def facts(soup):
    return {
        item.dt.get_text(strip=True): item.dd.get_text(" ", strip=True)
        for item in soup.select(".event-facts__item")
    }


def structured_data(soup):
    script = soup.find("script", type="application/ld+json")
    return json.loads(script.string)


@pytest.fixture
def event(calendar_page):
    next_year = timezone.localdate().year + 1
    event = EventPageFactory(
        parent=calendar_page,
        title="Infoabend Anerkennung",
        slug="infoabend",
        teaser="Wie die Anerkennung ausländischer Abschlüsse funktioniert.",
        start=local(next_year, 2, 4, 18),
        end=local(next_year, 2, 4, 20),
        venue_name="Kreishaus Eschwege",
        category=EventCategoryFactory(name="Information", slug="information"),
        step_free=True,
        induction_loop=True,
    )
    event.languages.set(
        [
            LanguageFactory(name="Deutsch", code="de"),
            LanguageFactory(name="Arabisch", native_name="العربية", code="ar"),
        ]
    )
    event.save()
    return event


def test_event_page_shows_when_where_cost_languages_and_registration(event, client):
    soup = get_soup(client, event)
    year = event.start.year

    assert soup.h1.get_text(strip=True) == "Infoabend Anerkennung"
    assert len(soup.find_all("h1")) == 1
    assert facts(soup) == {
        "Wann": f"Donnerstag, 4. Februar {year} , 18:00 bis 20:00 Uhr",
        "Wo": "Kreishaus Eschwege Schlossplatz 1 37269 Eschwege",
        "Kosten": "kostenlos",
        "Sprachen": "Arabisch ( العربية ) Deutsch",
        "Kategorie": "Information",
        "Anmeldung": "Nicht nötig. Kommen Sie einfach vorbei.",
    }
    times = [time["datetime"] for time in soup.select(".event-facts__item dd time")]
    assert times == [
        f"{year}-02-04",
        f"{year}-02-04T18:00:00+01:00",
        f"{year}-02-04T20:00:00+01:00",
    ]
    assert soup.find("bdi", lang="ar").get_text() == "العربية"


def test_event_page_lists_accessibility_features_as_text(event, client):
    section = get_soup(client, event).select_one(".event-accessibility")

    assert section.h2.get_text(strip=True) == "Barrierefreiheit"
    features = [item.get_text(strip=True) for item in section.select("li")]
    assert features == ["Stufenlos erreichbar", "Induktionsschleife"]


def test_event_page_without_accessibility_information_says_so(calendar_page, client):
    event = EventPageFactory(parent=calendar_page)

    section = get_soup(client, event).select_one(".event-accessibility")

    assert section.select("li") == []
    assert "keine Angaben" in section.get_text()


def test_paid_event_with_registration_shows_cost_deadline_and_how_to_register(
    calendar_page, client
):
    next_year = timezone.localdate().year + 1
    contact = ContactFactory(name="Julia Beispiel", email="julia@example.org")
    event = EventPageFactory(
        parent=calendar_page,
        start=local(next_year, 3, 10, 10),
        end=local(next_year, 3, 10, 12),
        is_free=False,
        cost="5 €, ermäßigt 3 €",
        registration_required=True,
        registration_url="https://example.org/anmeldung",
        registration_contact=contact,
        registration_deadline=datetime.date(next_year, 3, 1),
    )

    soup = get_soup(client, event)

    assert facts(soup)["Kosten"] == "5 €, ermäßigt 3 €"
    registration = soup.select(".event-facts__item")[-1].dd
    text = registration.get_text(" ", strip=True)
    assert f"Erforderlich, bitte bis zum 1. März {next_year}." in text
    assert "Anmeldung bei Julia Beispiel" in text
    assert registration.find("a", string="Zur Anmeldung")["href"] == "https://example.org/anmeldung"
    assert registration.find("a", href="mailto:julia@example.org") is not None
    assert "abgelaufen" not in text


def test_online_event_links_to_the_online_room(calendar_page, client):
    event = EventPageFactory(
        parent=calendar_page,
        venue_name="",
        street="",
        postal_code="",
        city="",
        online_url="https://meet.example.org/raum",
    )

    soup = get_soup(client, event)

    assert "Wo" not in facts(soup)
    link = soup.select_one(".event-facts").find("a", string="Online teilnehmen")
    assert link["href"] == "https://meet.example.org/raum"


def test_all_day_event_over_several_days_shows_dates_only(calendar_page, client):
    next_year = timezone.localdate().year + 1
    event = EventPageFactory(
        parent=calendar_page,
        all_day=True,
        start=local(next_year, 9, 20),
        end=local(next_year, 9, 27),
    )

    assert facts(get_soup(client, event))["Wann"] == f"20. bis 27. September {next_year}"


def test_event_page_offers_the_calendar_file(event, client):
    link = get_soup(client, event).find("a", string="In meinen Kalender eintragen")

    assert link["href"] == "/veranstaltungen/infoabend/kalender/"
    assert client.get(link["href"]).status_code == 200


def test_past_event_says_it_has_taken_place(calendar_page, client):
    start = timezone.now() - datetime.timedelta(days=3)
    event = EventPageFactory(
        parent=calendar_page, start=start, end=start + datetime.timedelta(hours=2)
    )

    notice = get_soup(client, event).select_one(".notice")

    assert notice.get_text(strip=True) == "Diese Veranstaltung hat bereits stattgefunden."


def test_organisers_are_shown_as_contact_cards_in_editor_order(event, client):
    first = ContactFactory(name="Zora Zweite")
    second = ContactFactory(name="Anna Erste")
    EventOrganiser.objects.create(page=event, contact=first, sort_order=0)
    EventOrganiser.objects.create(page=event, contact=second, sort_order=1)

    section = get_soup(client, event).select_one(".related-contacts")

    assert section.h2.get_text(strip=True) == "Veranstaltet von"
    names = [name.get_text(strip=True) for name in section.select("h3.contact-card__name")]
    assert names == ["Zora Zweite", "Anna Erste"]


def test_structured_data_describes_the_event(event, client):
    EventOrganiser.objects.create(page=event, contact=ContactFactory(name="Julia Beispiel"))
    year = event.start.year

    data = structured_data(get_soup(client, event))

    assert data["@type"] == "Event"
    assert data["name"] == "Infoabend Anerkennung"
    assert data["startDate"] == f"{year}-02-04T18:00:00+01:00"
    assert data["endDate"] == f"{year}-02-04T20:00:00+01:00"
    assert data["isAccessibleForFree"] is True
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["location"] == {
        "@type": "Place",
        "name": "Kreishaus Eschwege",
        "address": {
            "@type": "PostalAddress",
            "streetAddress": "Schlossplatz 1",
            "postalCode": "37269",
            "addressLocality": "Eschwege",
            "addressCountry": "DE",
        },
    }
    assert data["inLanguage"] == ["ar", "de"]
    assert data["organizer"]["name"] == "Julia Beispiel"
    assert data["url"] == "http://localhost/veranstaltungen/infoabend/"


def test_structured_data_of_an_all_day_online_event(calendar_page, client):
    next_year = timezone.localdate().year + 1
    event = EventPageFactory(
        parent=calendar_page,
        all_day=True,
        start=local(next_year, 5, 26),
        end=local(next_year, 5, 26),
        venue_name="",
        street="",
        postal_code="",
        city="",
        online_url="https://meet.example.org/raum",
        is_free=False,
        cost="10 €",
        lead_image=ImageFactory(),
    )

    data = structured_data(get_soup(client, event))

    assert data["startDate"] == data["endDate"] == f"{next_year}-05-26"
    assert data["location"] == {"@type": "VirtualLocation", "url": "https://meet.example.org/raum"}
    assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert data["isAccessibleForFree"] is False
    assert data["image"].startswith("http://localhost/media/images/")


def test_structured_data_cannot_break_out_of_its_script_element(calendar_page, client):
    event = EventPageFactory(
        parent=calendar_page, title="</script><script>alert(1)</script> & mehr"
    )

    response = client.get(event.url)
    soup = BeautifulSoup(response.content, "html.parser")

    assert b"</script><script>alert(1)" not in response.content
    assert structured_data(soup)["name"] == "</script><script>alert(1)</script> & mehr"


def test_event_page_queries_are_bounded(event, client, django_assert_max_num_queries):
    for _ in range(3):
        EventOrganiser.objects.create(page=event, contact=ContactFactory())
    with django_assert_max_num_queries(30):
        assert client.get(event.url).status_code == 200


def test_lead_image_shows_its_caption_and_credit(calendar_page, client):
    event = EventPageFactory(
        parent=calendar_page,
        lead_image=ImageFactory(description="Menschen an einem Tisch"),
        lead_image_caption="Das Sprachcafé im Mai",
        lead_image_credit="Foto: Kreisverwaltung",
    )

    figure = get_soup(client, event).select_one("figure.event__image")

    assert figure.img["alt"] == "Menschen an einem Tisch"
    assert figure.select_one(".figure__text").get_text(strip=True) == "Das Sprachcafé im Mai"
    assert figure.select_one(".figure__credit").get_text(strip=True) == "Foto: Kreisverwaltung"


def test_kept_organiser_cards_need_no_rendition_query_once_made(calendar_page, client):
    # Kept with prefetched renditions, the cards would look up the photo's renditions made on
    # the first visit again on every visit; Wagtail's rendition cache serves them instead.
    event = EventPageFactory(parent=calendar_page)
    contact = ContactFactory(name="Mit Foto", photo=ImageFactory())
    EventOrganiser.objects.create(page=event, contact=contact)
    event.save_revision().publish()
    client.get(event.url)  # makes the renditions
    with CaptureQueriesContext(connection) as queries:
        assert "Mit Foto" in client.get(event.url).content.decode()
    assert not [query for query in queries if "wagtailimages_rendition" in query["sql"]]
    cache.clear()
