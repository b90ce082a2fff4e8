"""An offer at several places (issue 32): the places of an offer (OfferPlace, HSDS
service_at_location) and, for each opening time and closure, the place it belongs to.

The existing offers' places and hours move there in 0003; Offer.place goes in 0004."""

import django.db.models.deletion
import modelcluster.fields
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('offers', '0001_offers_places_providers_hours'),
    ]

    operations = [
        migrations.AddField(
            model_name='closure',
            name='place',
            field=models.ForeignKey(blank=True, help_text='Leer: an allen Orten des Angebots geschlossen, z. B. in den Weihnachtsferien. Sonst nur an diesem Ort, z. B. „Bürgerhaus Witzenhausen“ wegen Renovierung.', null=True, on_delete=django.db.models.deletion.CASCADE, related_name='+', to='offers.place', verbose_name='Ort'),
        ),
        migrations.AddField(
            model_name='openingrule',
            name='place',
            field=models.ForeignKey(blank=True, help_text='Nur bei mehreren Orten nötig, z. B. „Bürgerhaus Witzenhausen“ für die Zeit am Donnerstag. Leer: der erste Ort des Angebots.', null=True, on_delete=django.db.models.deletion.CASCADE, related_name='+', to='offers.place', verbose_name='Ort'),
        ),
        migrations.CreateModel(
            name='OfferPlace',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('sort_order', models.IntegerField(blank=True, editable=False, null=True)),
                ('offer', modelcluster.fields.ParentalKey(on_delete=django.db.models.deletion.CASCADE, related_name='offer_places', to='offers.offer')),
                ('place', models.ForeignKey(help_text='z. B. „Kreishaus Eschwege“. Neue Orte legen Sie unter „Angebote → Orte“ an.', on_delete=django.db.models.deletion.CASCADE, related_name='offer_places', to='offers.place', verbose_name='Ort')),
            ],
            options={
                'verbose_name': 'Ort des Angebots',
                'verbose_name_plural': 'Orte des Angebots',
                'ordering': ['sort_order'],
                'abstract': False,
            },
        ),
    ]
