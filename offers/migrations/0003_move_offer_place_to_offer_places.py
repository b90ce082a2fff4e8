"""Every offer's place becomes its first (and only) place of the offer (OfferPlace); its opening
times and closures, which name no place, then belong to that place (a rule without a place: the
first place; a closure without a place: all places).

The offer's revisions get the same, so that a draft or an older version published later keeps
its place. Reversible: the first place of each offer goes back into Offer.place.
"""

from django.db import migrations


def offer_revisions(apps):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Revision = apps.get_model("wagtailcore", "Revision")
    content_type = ContentType.objects.filter(app_label="offers", model="offer").first()
    if content_type is None:
        return Revision.objects.none()
    return Revision.objects.filter(content_type=content_type)


def places_to_offer_places(apps, schema_editor):
    Offer = apps.get_model("offers", "Offer")
    OfferPlace = apps.get_model("offers", "OfferPlace")
    links = {}
    for offer in Offer.objects.exclude(place=None).only("pk", "place_id"):
        link, _created = OfferPlace.objects.get_or_create(
            offer_id=offer.pk, place_id=offer.place_id, defaults={"sort_order": 0}
        )
        links[offer.pk] = link
    for revision in offer_revisions(apps).iterator():
        content = revision.content
        if not isinstance(content, dict) or "offer_places" in content:
            continue
        place_id = content.get("place")
        offer_id = int(revision.object_id)
        link = links.get(offer_id)
        content["offer_places"] = (
            [
                {
                    # The row made above where it is the same place: kept when published.
                    "pk": link.pk if link is not None and link.place_id == place_id else None,
                    "offer": offer_id,
                    "place": place_id,
                    "sort_order": 0,
                }
            ]
            if place_id
            else []
        )
        revision.save(update_fields=["content"])


def offer_places_to_places(apps, schema_editor):
    Offer = apps.get_model("offers", "Offer")
    OfferPlace = apps.get_model("offers", "OfferPlace")
    for offer in Offer.objects.all().only("pk"):
        first = OfferPlace.objects.filter(offer_id=offer.pk).order_by("sort_order", "pk").first()
        Offer.objects.filter(pk=offer.pk).update(place_id=first.place_id if first else None)
    for revision in offer_revisions(apps).iterator():
        content = revision.content
        if not isinstance(content, dict) or "offer_places" not in content:
            continue
        places = content.pop("offer_places") or []
        content["place"] = places[0]["place"] if places else None
        revision.save(update_fields=["content"])


class Migration(migrations.Migration):

    dependencies = [
        ("offers", "0002_offer_places_and_hours_per_place"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunPython(places_to_offer_places, offer_places_to_places, elidable=False),
    ]
