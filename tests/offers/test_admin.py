"""The offers in the admin: the sign-off workflow, centre scoping and "Angebote prüfen"."""

import datetime

from django.urls import reverse
from django.utils import timezone

import pytest
from bs4 import BeautifulSoup

from editorial.roles import REDAKTION
from integrationsnetz.centres import add_centre
from offers.models import Offer

from ..admin_forms import offer_form
from ..conftest import logged_in, member_of
from ..factories import OfferFactory, PlaceFactory

pytestmark = pytest.mark.django_db


def edit_url(offer):
    return reverse(Offer.snippet_viewset.get_url_name("edit"), args=[offer.pk])


def test_redaktion_cannot_publish_an_offer(home, editor_client):
    offer = OfferFactory(name="Sprachcafé", site=home.get_site(), live=False)

    page = BeautifulSoup(editor_client.get(edit_url(offer)).content, "html.parser")
    assert page.find(attrs={"name": "action-publish"}) is None

    editor_client.post(edit_url(offer), offer_form(offer, **{"action-publish": "1"}))

    offer.refresh_from_db()
    assert not offer.live


def test_an_offer_submitted_by_redaktion_goes_live_when_freigabe_approves(
    home,
    editor_client,
    moderator_client,
):
    offer = OfferFactory(name="Sprachcafé", site=home.get_site(), live=False)

    response = editor_client.post(
        edit_url(offer), offer_form(offer, name="Sprachcafé am Markt", **{"action-submit": "1"})
    )
    assert response.status_code == 302
    offer.refresh_from_db()
    assert not offer.live

    response = moderator_client.post(
        edit_url(offer),
        offer_form(
            offer,
            name="Sprachcafé am Markt",
            **{"action-workflow-action": "true", "workflow-action-name": "approve"},
        ),
    )

    assert response.status_code == 302
    offer.refresh_from_db()
    assert offer.live
    assert offer.name == "Sprachcafé am Markt"


def test_a_centres_editor_neither_lists_nor_opens_another_centres_offers(home):
    centre = add_centre("WIR-Zentrum Testhausen", "testhausen.localhost")
    client = logged_in(member_of(REDAKTION, centre.site, "testhausen"))
    own = OfferFactory(name="Sprachcafé Testhausen", site=centre.site)
    other = OfferFactory(name="Sprachcafé Eschwege", site=home.get_site())

    listing = client.get(reverse(Offer.snippet_viewset.get_url_name("list"))).content.decode()

    assert own.name in listing
    assert other.name not in listing
    assert client.get(edit_url(own)).status_code == 200
    assert client.get(edit_url(other)).status_code == 404


def test_offers_not_checked_for_six_months_are_listed_for_checking(home, moderator_client):
    today = timezone.localdate()
    OfferFactory(name="Nie geprüft", site=home.get_site())
    OfferFactory(
        name="Lange her", site=home.get_site(), last_checked=today - datetime.timedelta(days=200)
    )
    OfferFactory(name="Frisch geprüft", site=home.get_site(), last_checked=today)

    listing = moderator_client.get(reverse("offers_to_check")).content.decode()
    dashboard = moderator_client.get(reverse("wagtailadmin_home")).content.decode()

    assert listing.index("Nie geprüft") < listing.index("Lange her")
    assert "Frisch geprüft" not in listing
    assert "2 Angebote sind seit mehr als sechs Monaten nicht geprüft worden." in dashboard


def inline_rows(prefix, *rows):
    """An inline panel's rows as the admin form posts them."""
    data = {
        f"{prefix}-TOTAL_FORMS": str(len(rows)),
        f"{prefix}-INITIAL_FORMS": "0",
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }
    for number, row in enumerate(rows):
        data[f"{prefix}-{number}-ORDER"] = str(number + 1)
        data.update({f"{prefix}-{number}-{name}": value for name, value in row.items()})
    return data


def monday(place=""):
    return {"weekday": "0", "opens": "09:00", "closes": "12:00", "kind": "offen", "place": place}


def test_hours_at_a_place_the_offer_does_not_list_are_refused_with_a_clear_message(
    home, moderator_client
):
    site = home.get_site()
    eschwege, witzenhausen, sontra = (
        PlaceFactory(name=name, town=name, site=site)
        for name in ("Eschwege", "Witzenhausen", "Sontra")
    )
    offer = OfferFactory(name="Migrationsberatung", site=site)

    response = moderator_client.post(
        edit_url(offer),
        offer_form(
            offer,
            **inline_rows("offer_places", {"place": eschwege.pk}, {"place": witzenhausen.pk}),
            **inline_rows("opening_rules", monday(), monday(sontra.pk)),
            **inline_rows("closures", {"first_day": "2027-12-24", "place": sontra.pk}),
        ),
    )

    assert response.status_code == 200
    text = BeautifulSoup(response.content, "html.parser").get_text(" ")
    message = "„Sontra (Sontra)“ ist kein Ort dieses Angebots. Tragen Sie den Ort oben unter"
    assert text.count(message) == 2
    assert not offer.offer_places.exists()

    response = moderator_client.post(
        edit_url(offer),
        offer_form(
            offer,
            **inline_rows("offer_places", {"place": eschwege.pk}, {"place": witzenhausen.pk}),
            **inline_rows("opening_rules", monday(), monday(witzenhausen.pk)),
            **inline_rows("closures"),
        ),
    )

    assert response.status_code == 302
    offer = Offer.objects.get(pk=offer.pk).get_latest_revision_as_object()
    assert [link.place for link in offer.offer_places.all()] == [eschwege, witzenhausen]
    assert [rule.place for rule in offer.opening_rules.all()] == [None, witzenhausen]


def test_a_place_twice_is_refused(home, moderator_client):
    site = home.get_site()
    place = PlaceFactory(name="Kreishaus", town="Eschwege", site=site)
    offer = OfferFactory(name="Migrationsberatung", site=site)

    response = moderator_client.post(
        edit_url(offer),
        offer_form(offer, **inline_rows("offer_places", {"place": place.pk}, {"place": place.pk})),
    )

    assert response.status_code == 200
    assert "steht schon weiter oben" in response.content.decode()


def test_a_forged_post_with_another_centres_place_is_refused(home):
    centre = add_centre("WIR-Zentrum Testhausen", "testhausen.localhost")
    client = logged_in(member_of(REDAKTION, centre.site, "testhausen"))
    own = PlaceFactory(name="Rathaus Testhausen", town="Testhausen", site=centre.site)
    shared = PlaceFactory(name="Landeshaus", town="Kassel", site=None)
    foreign = PlaceFactory(name="Kreishaus", town="Eschwege", site=home.get_site())
    offer = OfferFactory(name="Sprachcafé Testhausen", site=centre.site)

    refused = client.post(
        edit_url(offer),
        offer_form(offer, **inline_rows("offer_places", {"place": foreign.pk})),
    )
    ruled = client.post(
        edit_url(offer),
        offer_form(
            offer,
            **inline_rows("offer_places", {"place": own.pk}),
            **inline_rows("opening_rules", monday(foreign.pk)),
        ),
    )
    accepted = client.post(
        edit_url(offer),
        offer_form(offer, **inline_rows("offer_places", {"place": own.pk}, {"place": shared.pk})),
    )

    assert refused.status_code == 200
    assert (
        "„Kreishaus (Eschwege)“ (Ort) gehört zu einem anderen Zentrum" in refused.content.decode()
    )
    assert ruled.status_code == 200
    assert "gehört zu einem anderen Zentrum" in ruled.content.decode()
    assert accepted.status_code == 302
    offer = Offer.objects.get(pk=offer.pk).get_latest_revision_as_object()
    assert [link.place for link in offer.offer_places.all()] == [own, shared]
