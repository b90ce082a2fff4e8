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
from ..factories import OfferFactory

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
