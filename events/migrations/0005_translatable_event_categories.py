"""Event categories become translatable (wagtail-localize, TranslatableMixin).

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
    for name in ("EventCategory",):
        model = apps.get_model("events", name)
        for pk in model.objects.filter(translation_key__isnull=True).values_list("pk", flat=True):
            model.objects.filter(pk=pk).update(translation_key=uuid.uuid4(), locale=locale)


class Migration(migrations.Migration):

    dependencies = [
        ("events", "0004_help_texts"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.AddField(
            model_name="eventcategory",
            name="translation_key",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name="eventcategory",
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
            model_name="eventcategory",
            name="translation_key",
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterField(
            model_name="eventcategory",
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
            model_name='eventcategory',
            name='name',
            field=models.CharField(help_text='z. B. „Begegnung“ oder „Information und Beratung“. Erscheint im Filter.', max_length=100, verbose_name='Name'),
        ),
        migrations.AlterField(
            model_name='eventcategory',
            name='slug',
            field=models.SlugField(help_text='Erscheint in Filteradressen, z. B. „begegnung“.', max_length=100, verbose_name='Kürzel für Adressen'),
        ),
        migrations.AlterUniqueTogether(
            name='eventcategory',
            unique_together={('translation_key', 'locale')},
        ),
        migrations.AddConstraint(
            model_name='eventcategory',
            constraint=models.UniqueConstraint(fields=('name', 'locale'), name='events_category_name_locale'),
        ),
        migrations.AddConstraint(
            model_name='eventcategory',
            constraint=models.UniqueConstraint(fields=('slug', 'locale'), name='events_category_slug_locale'),
        ),
    ]
