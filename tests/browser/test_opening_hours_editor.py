"""The opening-hours editor of an offer, used in Chromium the way a coordinator does: as a
member of the first centre's "Redaktion" (never a superuser), without training: add a time,
get a German message for a wrong one, correct it, save the draft and find it again; then give
the offer a second place with a time of its own."""

import datetime
import re

from wagtail.models import Site

import pytest

from editorial.roles import REDAKTION
from offers.models import OfferPlace, OpeningRule, Place

from ..conftest import member_of
from ..factories import OfferFactory, OpeningRuleFactory
from .conftest import ADMIN_PASSWORD, admin_logged_in, server_paused

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

USERNAME = "browser-redaktion-hours"


@pytest.fixture(scope="module")
def offer(demo_site, django_db_blocker):
    """A published offer of the first centre in Eschwege with one time, and a Redaktion member
    there."""
    with server_paused(django_db_blocker):
        main = Site.objects.get(is_default_site=True)
        user = member_of(REDAKTION, main, USERNAME, ADMIN_PASSWORD)
        offer = OfferFactory(
            name="Sprechstunde Wohnungssuche",
            slug="sprechstunde-wohnen",
            site=main,
            place=Place.objects.get(slug="kreishaus-eschwege", locale__language_code="de"),
        )
        OpeningRuleFactory(offer=offer, weekday=0, opens=datetime.time(9), closes=datetime.time(12))
        offer.save_revision().publish()
    yield offer.pk
    with server_paused(django_db_blocker):
        type(offer).objects.get(pk=offer.pk).delete()
        user.delete()


def fill_time(page, selector, value):
    """Types into a time field and closes its picker, as a keyboard user does."""
    page.fill(selector, value)
    page.press(selector, "Escape")


def test_a_coordinator_adds_a_time_is_told_what_is_wrong_and_saves_the_draft(
    chromium, demo_site, offer, django_db_blocker
):
    context, page = admin_logged_in(chromium, demo_site, USERNAME)
    try:
        page.goto(f"/admin/snippets/offers/offer/edit/{offer}/")
        assert page.get_by_text("Eine Zeile je Tag und Zeitraum").count() >= 1

        page.get_by_role("button", name="Zeit hinzufügen", exact=True).click()
        page.select_option("#id_opening_rules-1-weekday", label="Mittwoch")
        fill_time(page, "#id_opening_rules-1-opens", "14:00")
        fill_time(page, "#id_opening_rules-1-closes", "12:00")
        page.get_by_role("button", name="Entwurf speichern").click()

        # The form comes back with a German message beside the field, and keeps the input.
        page.get_by_text("„Bis“ muss nach „Von“ liegen").first.wait_for()
        assert page.input_value("#id_opening_rules-1-opens") == "14:00"

        fill_time(page, "#id_opening_rules-1-closes", "17:00")
        page.get_by_role("button", name="Entwurf speichern").click()
        page.wait_for_url(re.compile(r".*/admin/snippets/offers/offer/(edit/\d+/)?$"))

        page.goto(f"/admin/snippets/offers/offer/edit/{offer}/")
        assert page.input_value("#id_opening_rules-1-opens") == "14:00"
        assert page.input_value("#id_opening_rules-1-closes") == "17:00"
        # Redaktion cannot publish: the published offer still has its one time.
        assert page.get_by_role("button", name="Veröffentlichen").count() == 0
    finally:
        context.close()

    with django_db_blocker.unblock():
        assert OpeningRule.objects.filter(offer_id=offer).count() == 1
        draft = type(OpeningRule.objects.get(offer_id=offer).offer).objects.get(pk=offer)
        latest = draft.get_latest_revision_as_object()
        times = sorted(
            (rule.weekday, rule.opens, rule.closes) for rule in latest.opening_rules.all()
        )
        assert times == [
            (0, datetime.time(9), datetime.time(12)),
            (2, datetime.time(14), datetime.time(17)),
        ]


def choose_place(page, row, name):
    """Opens the place chooser of the inline row `row` (e.g. "opening_rules-2") and picks `name`."""
    page.locator(f"#id_{row}-place-chooser").get_by_role("button", name="Ort auswählen").click()
    page.get_by_role("dialog").get_by_role("link", name=name).click()
    page.get_by_role("dialog").wait_for(state="hidden")


def test_a_coordinator_gives_the_offer_a_second_place_with_a_time_of_its_own(
    chromium, demo_site, offer, django_db_blocker
):
    context, page = admin_logged_in(chromium, demo_site, USERNAME)
    try:
        page.goto(f"/admin/snippets/offers/offer/edit/{offer}/")
        assert page.get_by_text("Findet es an mehreren Orten statt").count() >= 1
        times = page.locator("[id^=id_opening_rules-][id$=-weekday]").count()

        # A time in Witzenhausen before Witzenhausen is a place of the offer: refused, saying why.
        page.get_by_role("button", name="Zeit hinzufügen", exact=True).click()
        row = f"opening_rules-{times}"
        page.select_option(f"#id_{row}-weekday", label="Donnerstag")
        fill_time(page, f"#id_{row}-opens", "14:00")
        fill_time(page, f"#id_{row}-closes", "17:00")
        choose_place(page, row, "Bürgerhaus Witzenhausen (Beispiel) (Witzenhausen)")
        page.get_by_role("button", name="Entwurf speichern").click()
        page.get_by_text("ist kein Ort dieses Angebots").first.wait_for()

        # Added under "Orte des Angebots", the same time is saved.
        page.get_by_role("button", name="Ort hinzufügen", exact=True).click()
        choose_place(page, "offer_places-1", "Bürgerhaus Witzenhausen (Beispiel) (Witzenhausen)")
        page.get_by_role("button", name="Entwurf speichern").click()
        page.wait_for_url(re.compile(r".*/admin/snippets/offers/offer/(edit/\d+/)?$"))
    finally:
        context.close()

    with django_db_blocker.unblock():
        latest = OfferPlace.objects.filter(offer_id=offer).first().offer
        latest = latest.get_latest_revision_as_object()
        assert [link.place.town for link in latest.offer_places.all()] == [
            "Eschwege",
            "Witzenhausen",
        ]
        thursday = [rule for rule in latest.opening_rules.all() if rule.weekday == 3]
        assert [(rule.opens, rule.place.town) for rule in thursday] == [
            (datetime.time(14), "Witzenhausen")
        ]
