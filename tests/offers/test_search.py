"""Offers in the site search: labelled "Angebot", found by name, search terms, topic and the
language spoken, only the site's own and shared ones, linking to the offer's page."""

import pytest
from bs4 import BeautifulSoup

from offers.models import Offer

from ..conftest import OTHER_HOST
from ..factories import (
    LanguageFactory,
    OfferFactory,
    OfferIndexPageFactory,
    OfferTopicFactory,
    PlaceFactory,
)

pytestmark = pytest.mark.django_db


def found(client, query, **headers):
    response = client.get("/suche/", {"q": query}, headers=headers)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return [
        (
            item.select_one(".search-results__type").get_text(strip=True),
            item.select_one("a").get_text(strip=True),
            item.select_one("a")["href"],
        )
        for item in soup.select(".search-results__item")
    ]


@pytest.fixture
def offers(home, directory):
    kita = OfferFactory(
        name="Kita-Anmeldung",
        slug="kita-anmeldung",
        site=home.get_site(),
        search_terms="Kita Kindergarten Krippe",
        topics=[OfferTopicFactory(name="Kinder und Familie", slug="kinder-und-familie")],
    )
    course = OfferFactory(
        name="Integrationskurs",
        slug="integrationskurs",
        site=home.get_site(),
        search_terms="Sprachkurs Deutschkurs",
        languages=[LanguageFactory(name="Tigrinya", code="ti")],
    )
    for offer in (kita, course):
        offer.save_revision().publish()
    return kita, course


def test_an_offer_is_found_by_a_search_term_with_its_type_and_page(client, offers):
    assert found(client, "Sprachkurs") == [
        ("Angebot", "Integrationskurs", "/angebote/integrationskurs/")
    ]
    assert ("Angebot", "Kita-Anmeldung", "/angebote/kita-anmeldung/") in found(client, "Kita")


def test_an_offer_is_found_by_its_topic_and_by_a_language_spoken(client, offers):
    assert [title for _type, title, _url in found(client, "Familie")] == ["Kita-Anmeldung"]
    assert [title for _type, title, _url in found(client, "Tigrinya")] == ["Integrationskurs"]


def test_an_offer_is_found_by_the_town_of_any_of_its_places(client, home, directory):
    places = [PlaceFactory(town="Eschwege"), PlaceFactory(name="Bürgerhaus", town="Sontra")]
    offer = OfferFactory(name="Migrationsberatung", slug="mbe", site=home.get_site(), places=places)
    offer.save_revision().publish()

    assert [title for _type, title, _url in found(client, "Sontra")] == ["Migrationsberatung"]
    assert [title for _type, title, _url in found(client, "Bürgerhaus")] == ["Migrationsberatung"]


def test_drafts_and_ended_offers_are_not_found(client, home, offers):
    _kita, course = offers
    OfferFactory(name="Kita-Entwurf", site=home.get_site(), live=False)
    course.status = Offer.Status.ENDED
    course.save_revision().publish()

    assert found(client, "Sprachkurs") == []
    assert [title for _type, title, _url in found(client, "Kita")] == ["Kita-Anmeldung"]


def test_another_centres_offers_are_not_found_and_shared_ones_are(client, home, other_home):
    OfferIndexPageFactory(parent=home)
    OfferIndexPageFactory(parent=other_home)
    theirs = OfferFactory(name="Sprachcafé Musterstadt", site=other_home.get_site())
    shared = OfferFactory(name="Sprachcafé Hessen", site=None)
    for offer in (theirs, shared):
        offer.save_revision().publish()

    assert [title for _type, title, _url in found(client, "Sprachcafé")] == ["Sprachcafé Hessen"]
    there = [title for _type, title, _url in found(client, "Sprachcafé", host=OTHER_HOST)]
    assert sorted(there) == ["Sprachcafé Hessen", "Sprachcafé Musterstadt"]


def ways_on(client, path):
    soup = BeautifulSoup(client.get(path, {"q": "Qwertzuiop"}).content, "html.parser")
    return [way.a["href"] for way in soup.select(".search-help__item")]


def test_an_empty_search_leads_to_the_directory_in_the_visitors_language(home, directory, client):
    arabic = LanguageFactory(name="Arabisch", native_name="العربية", code="ar")
    OfferFactory(name="Beratung auf Arabisch", site=home.get_site(), languages=[arabic])

    assert directory.url in ways_on(client, "/suche/")
    assert any(link.endswith("/angebote/?sprache=ar") for link in ways_on(client, "/ar/suche/"))
    # Nobody offers Ukrainian: the whole directory.
    assert not any("sprache=" in link for link in ways_on(client, "/uk/suche/"))
