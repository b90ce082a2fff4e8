"""The migration to offers at several places (offers 0003) gives every existing offer its place
as its first place of the offer, in the offer and in its revisions, and back."""

import uuid

from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

import pytest

BEFORE = [("offers", "0002_offer_places_and_hours_per_place")]
AFTER = [("offers", "0004_remove_offer_place")]


@pytest.fixture
def latest_schema_afterwards():
    """The migrations run forward again after the test, for the tests after it."""
    yield
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())


def models_at(target):
    executor = MigrationExecutor(connection)
    executor.migrate(target)
    return executor.loader.project_state(target).apps


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_place_of_every_offer_moves_to_its_places_and_back(latest_schema_afterwards):
    old = models_at(BEFORE)
    locale = old.get_model("wagtailcore", "Locale").objects.get_or_create(language_code="de")[0]
    place = old.get_model("offers", "Place").objects.create(
        name="Kreishaus",
        slug="kreishaus",
        street="Schlossplatz 1",
        postal_code="37269",
        town="Eschwege",
        locale=locale,
        translation_key=uuid.uuid4(),
    )
    Offer = old.get_model("offers", "Offer")
    common = {"short_description": "Beratung", "locale": locale}
    at_place = Offer.objects.create(
        name="Migrationsberatung", slug="mbe", place=place, translation_key=uuid.uuid4(), **common
    )
    by_phone = Offer.objects.create(
        name="Hotline", slug="hotline", translation_key=uuid.uuid4(), **common
    )
    old.get_model("offers", "OpeningRule").objects.create(
        offer=at_place, weekday=0, opens="09:00", closes="12:00"
    )
    content_type = old.get_model("contenttypes", "ContentType").objects.get_or_create(
        app_label="offers", model="offer"
    )[0]
    revision = old.get_model("wagtailcore", "Revision").objects.create(
        content_type=content_type,
        base_content_type=content_type,
        object_id=str(at_place.pk),
        content={"pk": at_place.pk, "name": "Migrationsberatung", "place": place.pk},
        created_at=timezone.now(),
        object_str="Migrationsberatung",
    )

    new = models_at(AFTER)

    links = new.get_model("offers", "OfferPlace").objects.all()
    assert [(link.offer_id, link.place_id) for link in links] == [(at_place.pk, place.pk)]
    assert not new.get_model("offers", "OfferPlace").objects.filter(offer_id=by_phone.pk)
    content = new.get_model("wagtailcore", "Revision").objects.get(pk=revision.pk).content
    assert content["offer_places"] == [
        {"pk": links[0].pk, "offer": at_place.pk, "place": place.pk, "sort_order": 0}
    ]
    # The rule names no place: it is at the offer's first (and only) place.
    assert new.get_model("offers", "OpeningRule").objects.get().place_id is None

    back = models_at(BEFORE)

    assert back.get_model("offers", "Offer").objects.get(pk=at_place.pk).place_id == place.pk
    content = back.get_model("wagtailcore", "Revision").objects.get(pk=revision.pk).content
    assert content["place"] == place.pk and "offer_places" not in content
