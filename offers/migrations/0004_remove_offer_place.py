"""Offer.place goes: its value moved to the offer's places (OfferPlace) in 0003."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ("offers", "0003_move_offer_place_to_offer_places"),
    ]

    operations = [
        migrations.RemoveField(
            model_name="offer",
            name="place",
        ),
    ]
