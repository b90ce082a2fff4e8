"""The demo offers (load_demo): enough of every kind to show the directory, found by the words
newcomers search for, and the second centre's own few."""

import pytest
from bs4 import BeautifulSoup

from offers.models import Offer, OfferIndexPage, OpeningRule

from ..conftest import OTHER_HOST

pytestmark = pytest.mark.django_db


def test_the_demo_has_about_25_offers_of_every_kind_for_the_first_centre(demo):
    offers = Offer.objects.filter(site__is_default_site=True, live=True, locale__language_code="de")

    assert 24 <= offers.count() <= 30
    assert offers.filter(status=Offer.Status.TEMPORARILY_CLOSED).exists()
    assert offers.filter(closures__reason="Weihnachtsferien").exists()
    assert offers.filter(opening_rules__kind=OpeningRule.Kind.APPOINTMENT).exists()
    assert offers.filter(languages__code="ti").exists()
    directories = OfferIndexPage.objects.live().filter(locale__language_code="de")
    assert directories.filter(show_in_menus=True).count() == 2


@pytest.mark.parametrize(
    "word",
    ["Sprachkurs", "Deutschkurs", "Integrationskurs", "Kita", "Ausländerbehörde", "Beratung"],
)
def test_the_words_newcomers_search_for_find_demo_offers(demo, client, word):
    soup = BeautifulSoup(client.get("/suche/", {"q": word}).content, "html.parser")
    types = [item.get_text(strip=True) for item in soup.select(".search-results__type")]

    assert "Angebot" in types


def test_the_second_centre_lists_only_its_own_demo_offers(demo, client):
    soup = BeautifulSoup(
        client.get("/angebote/", headers={"host": OTHER_HOST}).content, "html.parser"
    )
    names = [title.get_text(strip=True) for title in soup.select(".offer-card__title")]

    assert sorted(names) == [
        "Deutschkurs Musterstadt",
        "Kita-Beratung Musterstadt",
        "Migrationsberatung Musterstadt",
    ]


@pytest.mark.parametrize("slug", ["migrationsberatung", "jugendmigrationsdienst"])
def test_two_demo_offers_are_at_two_places_with_other_hours_at_each_also_translated(demo, slug):
    from offers import hours

    offers = Offer.objects.filter(slug=slug).select_related("locale")

    assert {offer.locale.language_code for offer in offers} >= {"de", "en", "uk", "ar"}
    for offer in offers:
        schedules = hours.schedules(offer)
        assert [schedule.place.town for schedule in schedules] == ["Eschwege", "Witzenhausen"]
        days = [{rule.weekday for rule in schedule.rules} for schedule in schedules]
        assert all(days) and days[0] != days[1], offer.locale
