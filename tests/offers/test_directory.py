"""The directory /angebote/: filters, pagination, the count, centre isolation, query counts."""

import datetime
import io
import json
import zipfile
from unittest import mock
from zoneinfo import ZoneInfo

from django.utils import timezone

import pytest
from bs4 import BeautifulSoup

from offers.models import Offer, OfferIndexPage, OpeningRule

from ..conftest import OTHER_HOST
from ..factories import (
    ClosureFactory,
    ContactFactory,
    ContactIndexPageFactory,
    LanguageFactory,
    OfferContactFactory,
    OfferFactory,
    OfferIndexPageFactory,
    OfferTopicFactory,
    OpeningRuleFactory,
    OrganisationFactory,
    PlaceFactory,
    TargetGroupFactory,
    stefanie,
    translate,
)

pytestmark = pytest.mark.django_db


def names(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [title.get_text(strip=True) for title in soup.select(".offer-card__title")]


@pytest.fixture
def catalogue(home, directory):
    """Three offers: a free German course in Eschwege in Arabic, a paid one in Witzenhausen,
    advice for women in Eschwege."""
    deutsch = OfferTopicFactory(name="Deutsch lernen", slug="deutsch-lernen")
    beratung = OfferTopicFactory(name="Beratung", slug="beratung")
    arabisch = LanguageFactory(name="Arabisch", native_name="العربية", code="ar")
    tigrinya = LanguageFactory(name="Tigrinya", code="ti")
    frauen = TargetGroupFactory(name="Frauen", slug="frauen")
    eschwege, witzenhausen = PlaceFactory(town="Eschwege"), PlaceFactory(town="Witzenhausen")
    site = home.get_site()
    offers = {
        "kurs": OfferFactory(
            name="Integrationskurs",
            site=site,
            place=eschwege,
            topics=[deutsch],
            languages=[arabisch],
        ),
        "abendkurs": OfferFactory(
            name="Abendkurs Deutsch",
            site=site,
            place=witzenhausen,
            topics=[deutsch],
            languages=[tigrinya],
            cost=Offer.Cost.FEE,
        ),
        "frauen": OfferFactory(
            name="Frauenberatung",
            site=site,
            place=eschwege,
            topics=[beratung],
            languages=[arabisch, tigrinya],
            target_groups=[frauen],
        ),
    }
    for place in (eschwege, witzenhausen):
        place.save_revision().publish()
    for offer in offers.values():
        offer.save_revision().publish()
    return offers


def test_the_directory_lists_the_published_offers_with_their_count(client, catalogue):
    response = client.get("/angebote/")

    assert response.status_code == 200
    assert names(response) == ["Abendkurs Deutsch", "Frauenberatung", "Integrationskurs"]
    assert "3 Angebote gefunden" in response.content.decode()


def test_draft_and_ended_offers_are_not_listed(client, home, catalogue):
    OfferFactory(name="Entwurf", site=home.get_site(), live=False)
    ended = OfferFactory(name="Beendet", site=home.get_site(), status=Offer.Status.ENDED)
    ended.save_revision().publish()

    assert "Entwurf" not in names(client.get("/angebote/"))
    assert "Beendet" not in names(client.get("/angebote/"))


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("thema=deutsch-lernen", ["Abendkurs Deutsch", "Integrationskurs"]),
        ("sprache=ti", ["Abendkurs Deutsch", "Frauenberatung"]),
        ("ort=witzenhausen", ["Abendkurs Deutsch"]),
        ("zielgruppe=frauen", ["Frauenberatung"]),
        ("kostenlos=1", ["Frauenberatung", "Integrationskurs"]),
    ],
)
def test_each_filter_narrows_the_list(client, catalogue, query, expected):
    assert names(client.get(f"/angebote/?{query}")) == expected


def test_filters_combine(client, catalogue):
    response = client.get("/angebote/?thema=deutsch-lernen&sprache=ar&ort=eschwege&kostenlos=1")

    assert names(response) == ["Integrationskurs"]
    assert "1 Angebot gefunden" in response.content.decode()


def test_a_combination_without_offers_shows_the_calm_empty_state(client, catalogue):
    response = client.get("/angebote/?thema=beratung&ort=witzenhausen")

    assert response.status_code == 200
    assert names(response) == []
    assert "kein Angebot gefunden" in response.content.decode()
    assert 'href="/angebote/"' in response.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        "thema=gibt-es-nicht",
        "sprache=%00",
        "ort=%E2%80%AE",
        "zielgruppe[]=x",
        "page=abc",
        "page=99999",
        "thema=" + "x" * 5000,
    ],
)
def test_junk_in_the_query_string_never_breaks_the_page(client, catalogue, query):
    response = client.get(f"/angebote/?{query}")

    assert response.status_code == 200


def test_only_choices_with_offers_are_offered(client, catalogue):
    OfferTopicFactory(name="Wohnen", slug="wohnen")

    soup = BeautifulSoup(client.get("/angebote/").content, "html.parser")
    topics = [option["value"] for option in soup.select("#filter-thema option")]
    towns = [option.get_text() for option in soup.select("#filter-ort option")]

    assert topics == ["", "beratung", "deutsch-lernen"]
    assert towns == ["Alle Orte", "Eschwege", "Witzenhausen"]


BERLIN = ZoneInfo("Europe/Berlin")


def at(moment):
    """Django's clock stopped at `moment` (the directory and the calendar ask timezone.now)."""
    return mock.patch("django.utils.timezone.now", return_value=moment)


def test_open_now_lists_only_the_offers_open_at_this_moment(client, catalogue):
    kurs, frauen = catalogue["kurs"], catalogue["frauen"]
    # Tuesday 16 March 2027.
    kurs.opening_rules = [OpeningRule(weekday=1, opens=datetime.time(9), closes=datetime.time(12))]
    kurs.save_revision().publish()
    frauen.opening_rules = [
        OpeningRule(
            weekday=1,
            opens=datetime.time(9),
            closes=datetime.time(12),
            kind=OpeningRule.Kind.APPOINTMENT,
        )
    ]
    frauen.save_revision().publish()

    with at(datetime.datetime(2027, 3, 16, 10, tzinfo=BERLIN)):
        response = client.get("/angebote/?offen=1")
        everything = client.get("/angebote/").content.decode()

    assert names(response) == ["Integrationskurs"]
    assert "Jetzt geöffnet bis 12:00 Uhr" in everything
    assert "Heute nur mit Termin" in everything


def test_pagination_keeps_the_filters(client, home, directory):
    topic = OfferTopicFactory(name="Deutsch lernen", slug="deutsch-lernen")
    for number in range(OfferIndexPage.OFFERS_PER_PAGE + 3):
        offer = OfferFactory(name=f"Kurs {number:02}", site=home.get_site(), topics=[topic])
        offer.save_revision().publish()

    first = BeautifulSoup(client.get("/angebote/?thema=deutsch-lernen").content, "html.parser")
    next_link = first.select_one('a[rel="next"]')["href"]
    second = client.get(f"/angebote/{next_link}")

    assert "thema=deutsch-lernen" in next_link
    assert "page=2" in next_link
    assert names(second) == ["Kurs 20", "Kurs 21", "Kurs 22"]


def test_the_directorys_query_count_does_not_grow_with_offers_or_places(
    client, home, directory, django_assert_max_num_queries
):
    topic = OfferTopicFactory(name="Deutsch lernen", slug="deutsch-lernen")
    language = LanguageFactory(name="Arabisch", code="ar")

    def add_offers(count):
        for _number in range(count):
            # Each at two places with times and closures of their own.
            places = [PlaceFactory(), PlaceFactory(town="Witzenhausen")]
            for place in places:
                place.save_revision().publish()
            provider = OrganisationFactory()
            provider.save_revision().publish()
            offer = OfferFactory(
                site=home.get_site(),
                places=places,
                provider=provider,
                topics=[topic],
                languages=[language],
            )
            OpeningRuleFactory(offer=offer)
            OpeningRuleFactory(offer=offer, place=places[1], weekday=3)
            ClosureFactory(offer=offer)
            ClosureFactory(offer=offer, place=places[1])
            offer.save_revision().publish()

    def count_queries(url):
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    filtered, plain = "/angebote/?offen=1&thema=deutsch-lernen", "/angebote/"
    add_offers(2)
    client.get(filtered)  # the kept fragments, as every visitor after the first finds them
    client.get(plain)
    few = count_queries(filtered)
    few_plain = count_queries(plain)
    add_offers(8)  # every published offer makes the kept fragments stale
    client.get(filtered)
    client.get(plain)
    with django_assert_max_num_queries(few):
        client.get("/angebote/?offen=1&thema=deutsch-lernen")
    with django_assert_max_num_queries(few_plain):
        client.get("/angebote/")


def test_offers_of_one_centre_never_appear_on_the_other_and_shared_ones_on_both(
    client, home, other_home, directory
):
    OfferIndexPageFactory(parent=other_home)
    own = OfferFactory(name="Sprachcafé Eschwege", site=home.get_site())
    other = OfferFactory(name="Sprachcafé Musterstadt", site=other_home.get_site())
    shared = OfferFactory(name="Landesweite Hotline", site=None)
    for offer in (own, other, shared):
        offer.save_revision().publish()

    here = names(client.get("/angebote/"))
    there = names(client.get("/angebote/", headers={"host": OTHER_HOST}))

    assert here == ["Landesweite Hotline", "Sprachcafé Eschwege"]
    assert there == ["Landesweite Hotline", "Sprachcafé Musterstadt"]
    assert client.get(f"/angebote/{other.slug}/").status_code == 404
    assert client.get(f"/angebote/{shared.slug}/", headers={"host": OTHER_HOST}).status_code == 200
    sitemap = client.get("/sitemap.xml").content.decode()
    assert f"/angebote/{own.slug}/" in sitemap
    assert f"/angebote/{shared.slug}/" in sitemap
    assert f"/angebote/{other.slug}/" not in sitemap
    sitemap = client.get("/sitemap.xml", headers={"host": OTHER_HOST}).content.decode()
    assert f"/angebote/{other.slug}/" in sitemap
    assert f"/angebote/{shared.slug}/" in sitemap
    assert f"/angebote/{own.slug}/" not in sitemap

    # The open-data export of each centre: its own offers and the shared ones.
    for host, expected in ((None, {own, shared}), (OTHER_HOST, {other, shared})):
        headers = {"host": host} if host else {}
        data = client.get("/angebote/hsds/", headers=headers).json()
        assert {service["name"] for service in data["services"]} == {o.name for o in expected}
        archive = zipfile.ZipFile(
            io.BytesIO(client.get("/angebote/hsds/?format=csv", headers=headers).content)
        )
        services = archive.read("services.csv").decode("utf-8-sig")
        for offer in (own, other, shared):
            assert (offer.name in services) == (offer in expected), (host, offer.name)


def test_the_offer_page_shows_hours_place_contacts_and_structured_data(client, home, directory):
    place = PlaceFactory(
        name="Haus der Begegnung", street="Marktgasse 3", town="Eschwege", step_free=True
    )
    place.save_revision().publish()
    provider = OrganisationFactory(name="Ausländerbehörde Testkreis", kind="behoerde")
    provider.save_revision().publish()
    contact = stefanie(site=home.get_site())
    contact.save_revision().publish()
    offer = OfferFactory(
        name="Aufenthaltstitel",
        slug="aufenthaltstitel",
        site=home.get_site(),
        place=place,
        provider=provider,
        languages=[LanguageFactory(name="Arabisch", native_name="العربية", code="ar")],
        phone="05651 302-123",
    )
    OpeningRuleFactory(offer=offer, weekday=0, kind=OpeningRule.Kind.APPOINTMENT)
    OpeningRuleFactory(offer=offer, weekday=2, opens=datetime.time(9), closes=datetime.time(12))
    OfferContactFactory(offer=offer, contact=contact)
    offer.save_revision().publish()

    response = client.get("/angebote/aufenthaltstitel/")
    soup = BeautifulSoup(response.content, "html.parser")
    text = soup.get_text(" ", strip=True)

    assert response.status_code == 200
    assert soup.h1.get_text(strip=True) == "Aufenthaltstitel"
    assert "Montag" in text and "nur nach Terminvereinbarung" in text
    assert "Stufenloser Zugang" in text
    assert soup.select_one('a[href^="https://www.openstreetmap.org/"]') is not None
    assert "Stefanie Vöckler" in text
    assert soup.select_one('a[href="/ansprechpartner/stefanie-voeckler.vcf"]') is not None
    data = [
        json.loads(script.string) for script in soup.select('script[type="application/ld+json"]')
    ]
    service = next(item for item in data if item["@type"] == "GovernmentService")
    assert service["provider"]["name"] == "Ausländerbehörde Testkreis"
    assert [channel["serviceLocation"]["name"] for channel in service["availableChannel"]] == [
        "Haus der Begegnung"
    ]
    assert service["availableLanguage"][0]["alternateName"] == "ar"
    assert service["areaServed"] == [{"@type": "AdministrativeArea", "name": "Eschwege"}]
    # Only hours with times: "nur nach Terminvereinbarung" is no opening time.
    assert [
        (hours["dayOfWeek"], hours["opens"], hours["closes"]) for hours in service["hoursAvailable"]
    ] == [("https://schema.org/Wednesday", "09:00", "12:00")]
    (channel,) = service["availableChannel"]
    assert channel["@type"] == "ServiceChannel"
    assert channel["servicePhone"]["telephone"] == "+495651302123"
    assert channel["serviceLocation"]["address"]["streetAddress"] == "Marktgasse 3"
    assert channel["serviceLocation"]["address"]["addressLocality"] == "Eschwege"


def test_the_offer_calendar_holds_the_next_opening_times(client, home, directory):
    offer = OfferFactory(slug="sprachcafe", site=home.get_site())
    OpeningRuleFactory(offer=offer, weekday=2, opens=datetime.time(15), closes=datetime.time(17))
    offer.save_revision().publish()

    with at(datetime.datetime(2027, 3, 15, 8, tzinfo=BERLIN)):
        response = client.get("/angebote/sprachcafe/kalender/")

    body = response.content.decode()
    assert response["Content-Type"].startswith("text/calendar")
    assert body.count("BEGIN:VEVENT") == 2
    assert "DTSTART;TZID=Europe/Berlin:20270317T150000" in body


def test_an_unknown_offer_is_a_404(client, directory):
    assert client.get("/angebote/gibt-es-nicht/").status_code == 404


def test_the_directory_is_in_the_main_menu_of_a_new_centre():
    from integrationsnetz.centres import add_centre

    centre = add_centre("WIR-Zentrum Testhausen", "testhausen.localhost")

    index = OfferIndexPage.objects.child_of(centre.home).get()
    assert index.live and index.show_in_menus


def test_the_home_page_links_topics_into_the_directory_and_the_office_phone(
    client, home, catalogue
):
    soup = BeautifulSoup(client.get("/").content, "html.parser")
    box = soup.select_one(".help-finder")

    assert box is not None
    links = [link["href"] for link in box.select(".help-finder__topic")]
    assert links == ["/angebote/?thema=beratung", "/angebote/?thema=deutsch-lernen"]
    assert box.select_one('a[href^="tel:"]') is not None


def help_finder_links(client, path="/"):
    box = BeautifulSoup(client.get(path).content, "html.parser").select_one(".help-finder")
    return [(link["href"], link.get_text(strip=True)) for link in box.select(".help-finder__topic")]


def test_the_home_page_offers_at_most_six_tasks_the_first_topics_and_contacts(
    client, home, directory
):
    ContactIndexPageFactory(parent=home)
    site = home.get_site()
    for order, name in enumerate(
        ["Deutsch lernen", "Beratung", "Aufenthalt", "Arbeit", "Kinder", "Wohnen", "Gesundheit"]
    ):
        OfferFactory(site=site, topics=[OfferTopicFactory(name=name, sort_order=order)])

    links = help_finder_links(client)

    assert [text for _href, text in links] == [
        "Deutsch lernen",
        "Beratung",
        "Aufenthalt",
        "Arbeit",
        "Kinder",
        "Ansprechpersonen in meiner Sprache",
    ]
    # In German the contacts link leads to the directory's filter, where a language is chosen.
    assert links[-1][0] == "/ansprechpartner/#contact-filter-heading"


def test_the_home_page_links_the_contacts_who_speak_the_visitors_language(client, home):
    directory = ContactIndexPageFactory(parent=home)
    translate(home, "ar", title="الصفحة الرئيسية")
    translate(directory, "ar", title="جهات الاتصال")
    assert help_finder_links(client, "/ar/") == [
        ("/ar/ansprechpartner/#contact-filter-heading", "أشخاص التواصل بلغتي")
    ]

    # Someone speaks Arabic now: the kept "Hilfe finden" is made afresh with the filter.
    ContactFactory(live=True, languages=[LanguageFactory(name="Arabisch", code="ar")])

    assert help_finder_links(client, "/ar/")[0][0] == "/ar/ansprechpartner/?sprache=ar"


def test_a_closed_offer_shows_its_closure(client, home, directory):
    offer = OfferFactory(slug="hausaufgaben", site=home.get_site())
    OpeningRuleFactory(offer=offer)
    ClosureFactory(offer=offer, first_day=timezone.localdate(), last_day=None, reason="Fortbildung")
    offer.save_revision().publish()

    text = BeautifulSoup(client.get("/angebote/hausaufgaben/").content, "html.parser").get_text()

    assert "Fortbildung" in text


def test_the_filter_offers_the_topics_in_the_visitors_language(client, catalogue):
    from wagtail.models import Locale

    from offers.models import OfferTopic

    arabic, _created = Locale.objects.get_or_create(language_code="ar")
    topic = OfferTopic.objects.get(slug="deutsch-lernen")
    translation = topic.copy_for_translation(arabic)
    translation.name = "تعلّم الألمانية"
    translation.save()

    soup = BeautifulSoup(client.get("/ar/angebote/").content, "html.parser")
    labels = [option.get_text() for option in soup.select("#filter-thema option")]

    assert "تعلّم الألمانية" in labels
    assert "Deutsch lernen" not in labels
    assert "Beratung" in labels


@pytest.fixture
def two_places(home, directory):
    """The Migrationsberatung in Eschwege on Monday mornings and in Witzenhausen on Thursday
    afternoons, there also on Tuesday by appointment."""
    eschwege = PlaceFactory(name="Kreishaus", street="Schlossplatz 1", town="Eschwege")
    witzenhausen = PlaceFactory(
        name="Bürgerhaus", street="Am Markt 2", town="Witzenhausen", transit="Bus 210"
    )
    for place in (eschwege, witzenhausen):
        place.save_revision().publish()
    offer = OfferFactory(
        name="Migrationsberatung",
        slug="migrationsberatung",
        site=home.get_site(),
        places=[eschwege, witzenhausen],
        phone="05651 302-123",
    )
    OpeningRuleFactory(offer=offer, weekday=0, opens=datetime.time(9), closes=datetime.time(12))
    OpeningRuleFactory(
        offer=offer,
        place=witzenhausen,
        weekday=3,
        opens=datetime.time(14),
        closes=datetime.time(17),
    )
    OpeningRuleFactory(
        offer=offer, place=witzenhausen, weekday=1, kind=OpeningRule.Kind.APPOINTMENT
    )
    offer.save_revision().publish()
    OfferFactory(name="Sprachcafé", site=home.get_site(), place=eschwege).save_revision().publish()
    return offer


def test_the_town_filter_finds_an_offer_at_any_of_its_places(client, two_places):
    soup = BeautifulSoup(client.get("/angebote/").content, "html.parser")
    towns = [option["value"] for option in soup.select('select[name="ort"] option')]

    assert towns == ["", "eschwege", "witzenhausen"]
    assert names(client.get("/angebote/?ort=witzenhausen")) == ["Migrationsberatung"]
    assert names(client.get("/angebote/?ort=eschwege")) == ["Migrationsberatung", "Sprachcafé"]


def test_open_now_means_open_at_some_place_and_the_card_says_where(client, two_places):
    # Thursday 18 March 2027, 15:00: open in Witzenhausen only.
    with at(datetime.datetime(2027, 3, 18, 15, tzinfo=BERLIN)):
        open_now = client.get("/angebote/?offen=1")
    # Monday 15 March, 13:00: closed at both.
    with at(datetime.datetime(2027, 3, 15, 13, tzinfo=BERLIN)):
        closed = client.get("/angebote/?offen=1&ort=witzenhausen")

    card = BeautifulSoup(open_now.content, "html.parser").select_one(".offer-card")
    assert names(open_now) == ["Migrationsberatung"]
    assert "Jetzt geöffnet bis 17:00 Uhr (Witzenhausen)" in card.get_text(" ", strip=True)
    assert "Eschwege, Witzenhausen" in card.get_text(" ", strip=True)
    assert names(closed) == []


def test_the_offer_page_has_a_section_per_place_with_its_hours_and_status(client, two_places):
    # Tuesday 16 March 2027, 10:00: by appointment in Witzenhausen, closed in Eschwege.
    with at(datetime.datetime(2027, 3, 16, 10, tzinfo=BERLIN)):
        response = client.get("/angebote/migrationsberatung/")
        calendar = client.get("/angebote/migrationsberatung/kalender/").content.decode()
    soup = BeautifulSoup(response.content, "html.parser")
    sections = soup.select(".offer__place")

    assert [section.h2.get_text(" ", strip=True) for section in sections] == [
        "Kreishaus (Eschwege)",
        "Bürgerhaus (Witzenhausen)",
    ]
    eschwege, witzenhausen = (section.get_text(" ", strip=True) for section in sections)
    assert "Montag" in eschwege and "Donnerstag" not in eschwege
    assert "Heute geschlossen" in eschwege
    assert "Donnerstag" in witzenhausen and "Montag" not in witzenhausen
    assert "Heute nur mit Termin" in witzenhausen and "Bus 210" in witzenhausen
    assert sections[1].select_one("address")["dir"] == "ltr"
    assert len(soup.select('.offer__place a[href^="https://www.openstreetmap.org/"]')) == 2

    data = [
        json.loads(script.string) for script in soup.select('script[type="application/ld+json"]')
    ]
    service = next(item for item in data if item["@type"] == "Service")
    channels = service["availableChannel"]
    assert [channel["serviceLocation"]["address"]["addressLocality"] for channel in channels] == [
        "Eschwege",
        "Witzenhausen",
    ]
    assert all(channel["servicePhone"]["telephone"] == "+495651302123" for channel in channels)
    assert [
        [hours["dayOfWeek"] for hours in channel["serviceLocation"]["openingHoursSpecification"]]
        for channel in channels
    ] == [["https://schema.org/Monday"], ["https://schema.org/Thursday"]]
    assert [area["name"] for area in service["areaServed"]] == ["Eschwege", "Witzenhausen"]

    # The calendar: every place's times, each with its address.
    assert "LOCATION:Kreishaus\\, Schlossplatz 1\\, 37269 Eschwege" in calendar
    assert "LOCATION:Bürgerhaus\\, Am Markt 2\\, 37269 Witzenhausen" in calendar


def test_a_translation_synced_by_wagtail_localize_shows_the_places_and_their_hours(
    client, two_places
):
    from wagtail.models import Locale

    from wagtail_localize.models import TranslationSource

    english, _created = Locale.objects.get_or_create(language_code="en")
    source, _created = TranslationSource.get_or_create_from_instance(two_places)
    source.create_or_update_translation(english, fallback=True)
    # The German offer changes: Witzenhausen on Friday instead of Thursday; synced again.
    two_places.opening_rules.filter(weekday=3).update(weekday=4)
    two_places.save_revision().publish()
    source.update_from_db()
    translation, _created = source.create_or_update_translation(english, fallback=True)

    assert [link.place.town for link in translation.offer_places.all()] == [
        "Eschwege",
        "Witzenhausen",
    ]
    assert sorted(
        (rule.place_id is not None, rule.weekday) for rule in translation.opening_rules.all()
    ) == [(False, 0), (True, 1), (True, 4)]
    soup = BeautifulSoup(client.get("/en/angebote/migrationsberatung/").content, "html.parser")
    sections = soup.select(".offer__place")
    assert len(sections) == 2
    witzenhausen = sections[1].get_text(" ", strip=True)
    assert "Friday" in witzenhausen and "Thursday" not in witzenhausen
    assert "Monday" in sections[0].get_text(" ", strip=True)
