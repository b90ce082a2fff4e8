"""Contact persons and topics become translatable (wagtail-localize, TranslatableMixin).

Existing rows get the default language (settings.LANGUAGE_CODE, German) and a translation key of
their own; only then are the columns required. Names and slugs are unique per language instead
of overall, because a translation keeps its slug.
"""

import uuid

from django.conf import settings
from django.db import migrations, models
import django.db.models.deletion


def backfill_default_locale(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    locale, _created = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    for name in ("Contact", "Topic"):
        model = apps.get_model("contacts", name)
        for pk in model.objects.filter(translation_key__isnull=True).values_list("pk", flat=True):
            model.objects.filter(pk=pk).update(translation_key=uuid.uuid4(), locale=locale)


class Migration(migrations.Migration):

    dependencies = [
        ("contacts", "0005_contact_site"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.AddField(
            model_name="contact",
            name="translation_key",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name="contact",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AddField(
            model_name="topic",
            name="translation_key",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name="topic",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.RunPython(backfill_default_locale, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="contact",
            name="translation_key",
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterField(
            model_name="contact",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AlterField(
            model_name="topic",
            name="translation_key",
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterField(
            model_name="topic",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),

        migrations.AlterField(
            model_name='contact',
            name='slug',
            field=models.SlugField(blank=True, help_text='Wird für die vCard-Adresse verwendet, z. B. „julia-kapinus“. Leer lassen, um es aus dem Namen zu bilden.', max_length=150, verbose_name='Kürzel für Adressen'),
        ),
        migrations.AlterField(
            model_name='topic',
            name='name',
            field=models.CharField(help_text='z. B. „Flucht und Asyl“. Erscheint als Filter im Verzeichnis der Ansprechpersonen.', max_length=100, verbose_name='Name'),
        ),
        migrations.AlterField(
            model_name='topic',
            name='slug',
            field=models.SlugField(blank=True, help_text='Erscheint in Filteradressen, z. B. „integrationskurse“. Leer lassen, um es aus dem Namen zu bilden.', max_length=100, verbose_name='Kürzel für Adressen'),
        ),
        migrations.AlterUniqueTogether(
            name='contact',
            unique_together={('translation_key', 'locale')},
        ),
        migrations.AlterUniqueTogether(
            name='topic',
            unique_together={('translation_key', 'locale')},
        ),
        migrations.AddConstraint(
            model_name='contact',
            constraint=models.UniqueConstraint(fields=('slug', 'locale'), name='contacts_contact_slug_locale'),
        ),
        migrations.AddConstraint(
            model_name='topic',
            constraint=models.UniqueConstraint(fields=('name', 'locale'), name='contacts_topic_name_locale'),
        ),
        migrations.AddConstraint(
            model_name='topic',
            constraint=models.UniqueConstraint(fields=('slug', 'locale'), name='contacts_topic_slug_locale'),
        ),
    ]
