"""Offers, providers, places, opening hours; and the roles' permissions on them.

"Redaktion" adds and changes offers, providers and places and submits them for approval;
"Freigabe" also publishes, deletes and manages topics and target groups. Offers, providers and
places go through the workflow "Freigabe durch die Koordination" (editorial 0001), as contacts.
Looked up before created: safe to run on any database.
"""

import django.core.validators
import django.db.models.deletion
import integrationsnetz.phone
import modelcluster.fields
import modelsearch.index
import offers.models
import uuid
import wagtail.contrib.routable_page.models
import wagtail.fields
import wagtail.models.preview
from django.conf import settings
from django.db import migrations, models


WORKFLOW = "Freigabe durch die Koordination"
SNIPPETS = ("offer", "organisation", "place")
MODEL_PERMISSIONS = {
    "Redaktion": [f"{action}_{model}" for model in SNIPPETS for action in ("add", "change")],
    "Freigabe": [
        *(
            f"{action}_{model}"
            for model in SNIPPETS
            for action in ("add", "change", "delete", "publish", "lock", "unlock")
        ),
        *(
            f"{action}_{model}"
            for model in ("offertopic", "targetgroup")
            for action in ("add", "change", "delete")
        ),
    ],
}


def grant_permissions_and_workflow(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")

    def permission(codename):
        model = codename.split("_", 1)[1]
        content_type, _created = ContentType.objects.get_or_create(app_label="offers", model=model)
        found, _created = Permission.objects.get_or_create(
            content_type=content_type,
            codename=codename,
            defaults={"name": f"Can {codename.replace('_', ' ')}"},
        )
        return found

    for name, codenames in MODEL_PERMISSIONS.items():
        for group in Group.objects.filter(name__startswith=name):
            # The install-wide role and every centre's ("Redaktion Musterstadt"); the centres'
            # groups leave topics and target groups to the install-wide ones (editorial).
            shared = group.name != name
            group.permissions.add(
                *(
                    permission(codename)
                    for codename in codenames
                    if not (shared and codename.split("_", 1)[1] in ("offertopic", "targetgroup"))
                )
            )
    workflow = Workflow.objects.filter(name=WORKFLOW).first()
    if workflow is not None:
        for model in SNIPPETS:
            content_type, _created = ContentType.objects.get_or_create(
                app_label="offers", model=model
            )
            WorkflowContentType.objects.update_or_create(
                content_type=content_type, defaults={"workflow": workflow}
            )


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ("editorial", "0001_roles_and_workflow"),
        ('contacts', '0006_translatable_contacts_and_topics'),
        ('wagtailcore', '0098_apitoken'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='OfferIndexPage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                ('intro', models.TextField(blank=True, help_text='Ein, zwei Sätze über dem Verzeichnis, z. B. wobei die Angebote helfen.', verbose_name='Einleitung')),
            ],
            options={
                'verbose_name': 'Verzeichnis der Angebote',
                'verbose_name_plural': 'Verzeichnisse der Angebote',
            },
            bases=(wagtail.contrib.routable_page.models.RoutablePageMixin, 'wagtailcore.page'),
        ),
        migrations.CreateModel(
            name='Offer',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('translation_key', models.UUIDField(default=uuid.uuid4, editable=False)),
                ('live', models.BooleanField(default=True, editable=False, verbose_name='live')),
                ('has_unpublished_changes', models.BooleanField(default=False, editable=False, verbose_name='has unpublished changes')),
                ('first_published_at', models.DateTimeField(blank=True, db_index=True, null=True, verbose_name='first published at')),
                ('last_published_at', models.DateTimeField(editable=False, null=True, verbose_name='last published at')),
                ('go_live_at', models.DateTimeField(blank=True, null=True, verbose_name='go live date/time')),
                ('expire_at', models.DateTimeField(blank=True, null=True, verbose_name='expiry date/time')),
                ('expired', models.BooleanField(default=False, editable=False, verbose_name='expired')),
                ('locked', models.BooleanField(default=False, editable=False, verbose_name='locked')),
                ('locked_at', models.DateTimeField(editable=False, null=True, verbose_name='locked at')),
                ('name', models.CharField(help_text='Kurz und klar, z. B. „Integrationskurs Deutsch“.', max_length=200, verbose_name='Name')),
                ('slug', models.SlugField(allow_unicode=True, blank=True, help_text='Erscheint in der Adresse, z. B. „integrationskurs-deutsch“. Leer lassen, um es aus dem Namen zu bilden.', max_length=150, verbose_name='Kürzel für Adressen')),
                ('short_description', models.CharField(help_text='Ein Satz in einfacher Sprache, erscheint im Verzeichnis, z. B. „Deutsch lernen von A1 bis B1, mit Orientierungskurs“.', max_length=300, verbose_name='Kurzbeschreibung')),
                ('description', wagtail.fields.RichTextField(blank=True, help_text='Was genau angeboten wird, für wen und wie es abläuft. Kurze Absätze.', verbose_name='Beschreibung')),
                ('eligibility', models.TextField(blank=True, help_text='Wer teilnehmen kann, z. B. „mit Berechtigungsschein der Ausländerbehörde“.', verbose_name='Voraussetzungen')),
                ('minimum_age', models.PositiveSmallIntegerField(blank=True, help_text='Optional, in Jahren, z. B. „16“.', null=True, validators=[django.core.validators.MaxValueValidator(120)], verbose_name='Mindestalter')),
                ('maximum_age', models.PositiveSmallIntegerField(blank=True, help_text='Optional, in Jahren, z. B. „27“ beim Jugendmigrationsdienst.', null=True, validators=[django.core.validators.MaxValueValidator(120)], verbose_name='Höchstalter')),
                ('cost', models.CharField(choices=[('kostenlos', 'Kostenlos'), ('gebuehr', 'Mit Kosten')], default='kostenlos', help_text='„Kostenlos“ erscheint als Filter im Verzeichnis.', max_length=20, verbose_name='Kosten')),
                ('cost_note', models.CharField(blank=True, help_text='z. B. „2,29 € je Unterrichtsstunde, Befreiung möglich“.', max_length=300, verbose_name='Hinweis zu den Kosten')),
                ('registration', models.CharField(choices=[('keine', 'Keine Anmeldung nötig'), ('erforderlich', 'Anmeldung erforderlich')], default='keine', help_text='Muss man sich vorher anmelden?', max_length=20, verbose_name='Anmeldung')),
                ('registration_note', models.CharField(blank=True, help_text='z. B. „telefonisch oder persönlich während der Sprechzeiten“.', max_length=300, verbose_name='Wie man sich anmeldet')),
                ('registration_url', models.URLField(blank=True, help_text='Optional, z. B. ein Anmeldeformular.', verbose_name='Link zur Anmeldung')),
                ('interpretation', models.BooleanField(default=False, help_text='Für andere Sprachen kann eine Dolmetscherin oder ein Sprachmittler kommen.', verbose_name='Dolmetschen möglich')),
                ('phone', integrationsnetz.phone.PhoneNumberField(blank=True, help_text='Für Fragen und Termine, z. B. „05651 302-1234“. Leer: Telefon des Trägers.', max_length=40, verbose_name='Telefon')),
                ('email', models.EmailField(blank=True, help_text='Leer: E-Mail-Adresse des Trägers.', max_length=254, verbose_name='E-Mail-Adresse')),
                ('status', models.CharField(choices=[('aktiv', 'Aktiv'), ('voruebergehend-geschlossen', 'Vorübergehend geschlossen'), ('beendet', 'Beendet')], default='aktiv', help_text='„Vorübergehend geschlossen“ zeigt das Angebot weiter, mit Hinweis; „Beendet“ nimmt es aus dem Verzeichnis.', max_length=30, verbose_name='Status')),
                ('notice', models.CharField(blank=True, help_text='Erscheint hervorgehoben, z. B. „Im August geschlossen“.', max_length=200, verbose_name='Kurzer Hinweis')),
                ('closed_on_public_holidays', models.BooleanField(default=True, help_text='An den gesetzlichen Feiertagen in Hessen geschlossen (Ostermontag …).', verbose_name='An Feiertagen geschlossen')),
                ('search_terms', models.CharField(blank=True, help_text='Wörter, unter denen Menschen das Angebot suchen, z. B. „Sprachkurs Deutschkurs“.', max_length=300, verbose_name='Weitere Suchbegriffe')),
                ('last_checked', models.DateField(blank=True, help_text='Wann jemand die Angaben zuletzt mit dem Träger abgeglichen hat. Nach sechs Monaten erscheint das Angebot unter „Angebote prüfen“.', null=True, verbose_name='Zuletzt geprüft')),
                ('languages', modelcluster.fields.ParentalManyToManyField(blank=True, help_text='In welchen Sprachen die Mitarbeitenden beraten, Deutsch eingeschlossen. Fehlt eine Sprache, legen Sie sie unter „Ansprechpersonen → Sprachen“ an.', related_name='offers', to='contacts.language', verbose_name='Gesprochene Sprachen')),
                ('latest_revision', models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailcore.revision', verbose_name='latest revision')),
                ('live_revision', models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailcore.revision', verbose_name='live revision')),
                ('locale', models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='wagtailcore.locale', verbose_name='locale')),
                ('locked_by', models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='locked_%(class)ss', to=settings.AUTH_USER_MODEL, verbose_name='locked by')),
                ('site', models.ForeignKey(blank=True, help_text='Auf welcher Website (welchem WIR-Zentrum) der Eintrag erscheint. Leer lassen nur für Einträge, die alle Zentren teilen, z. B. ein Angebot des Landes; solche Einträge darf nur bearbeiten, wer für alle Websites zuständig ist.', null=True, on_delete=django.db.models.deletion.CASCADE, related_name='+', to='wagtailcore.site', verbose_name='Website')),
            ],
            options={
                'verbose_name': 'Angebot',
                'verbose_name_plural': 'Angebote',
                'ordering': ['name'],
                'abstract': False,
            },
            bases=(offers.models.SlugFromNameMixin, wagtail.models.preview.PreviewableMixin, modelsearch.index.Indexed, models.Model),
        ),
        migrations.CreateModel(
            name='Closure',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('sort_order', models.IntegerField(blank=True, editable=False, null=True)),
                ('first_day', models.DateField(help_text='Erster geschlossener Tag.', verbose_name='Von')),
                ('last_day', models.DateField(blank=True, help_text='Letzter geschlossener Tag; leer: nur ein Tag.', null=True, verbose_name='Bis')),
                ('reason', models.CharField(blank=True, help_text='z. B. „Weihnachtsferien“.', max_length=100, verbose_name='Grund')),
                ('offer', modelcluster.fields.ParentalKey(on_delete=django.db.models.deletion.CASCADE, related_name='closures', to='offers.offer')),
            ],
            options={
                'verbose_name': 'Schließzeit',
                'verbose_name_plural': 'Schließzeiten',
                'ordering': ['sort_order'],
                'abstract': False,
            },
        ),
        migrations.CreateModel(
            name='OfferContact',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('sort_order', models.IntegerField(blank=True, editable=False, null=True)),
                ('contact', models.ForeignKey(help_text='Eine Person aus „Ansprechpersonen“; ihre Karte erscheint am Ende der Seite. Neue Personen legen Sie dort an.', on_delete=django.db.models.deletion.CASCADE, related_name='+', to='contacts.contact', verbose_name='Ansprechperson')),
                ('offer', modelcluster.fields.ParentalKey(on_delete=django.db.models.deletion.CASCADE, related_name='related_contacts', to='offers.offer')),
            ],
            options={
                'verbose_name': 'Ansprechperson',
                'verbose_name_plural': 'Ansprechpersonen',
                'ordering': ['sort_order'],
                'abstract': False,
            },
        ),
        migrations.CreateModel(
            name='OfferTopic',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('translation_key', models.UUIDField(default=uuid.uuid4, editable=False)),
                ('name', models.CharField(help_text='z. B. „Deutsch lernen“. Erscheint als Filter und auf der Startseite.', max_length=100, verbose_name='Name')),
                ('slug', models.SlugField(blank=True, help_text='Erscheint in Filteradressen, z. B. „deutsch-lernen“. Leer lassen, um es aus dem Namen zu bilden.', max_length=100, verbose_name='Kürzel für Adressen')),
                ('sort_order', models.PositiveSmallIntegerField(default=100, help_text='Kleinere Zahlen stehen weiter vorn, z. B. auf der Startseite.', verbose_name='Reihenfolge')),
                ('locale', models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='wagtailcore.locale', verbose_name='locale')),
            ],
            options={
                'verbose_name': 'Themenbereich',
                'verbose_name_plural': 'Themenbereiche',
                'ordering': ['sort_order', 'name'],
                'abstract': False,
            },
            bases=(modelsearch.index.Indexed, models.Model),
        ),
        migrations.AddField(
            model_name='offer',
            name='topics',
            field=modelcluster.fields.ParentalManyToManyField(blank=True, help_text='Ein oder mehrere, z. B. „Deutsch lernen“. Danach wird gefiltert.', related_name='offers', to='offers.offertopic', verbose_name='Themenbereiche'),
        ),
        migrations.CreateModel(
            name='OpeningRule',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('sort_order', models.IntegerField(blank=True, editable=False, null=True)),
                ('weekday', models.PositiveSmallIntegerField(choices=[(0, 'Montag'), (1, 'Dienstag'), (2, 'Mittwoch'), (3, 'Donnerstag'), (4, 'Freitag'), (5, 'Samstag'), (6, 'Sonntag')], help_text='z. B. „Montag“.', verbose_name='Wochentag')),
                ('opens', models.TimeField(help_text='z. B. „9:00“.', verbose_name='Von')),
                ('closes', models.TimeField(help_text='z. B. „12:00“.', verbose_name='Bis')),
                ('kind', models.CharField(choices=[('offen', 'Geöffnet, ohne Termin'), ('termin', 'Nur nach Terminvereinbarung')], default='offen', help_text='„Nur nach Terminvereinbarung“: zu dieser Zeit nur mit Termin.', max_length=10, verbose_name='Art')),
                ('valid_from', models.DateField(blank=True, help_text='Optional, z. B. Beginn des Semesters.', null=True, verbose_name='Gilt ab')),
                ('valid_until', models.DateField(blank=True, help_text='Optional, z. B. Ende des Semesters.', null=True, verbose_name='Gilt bis')),
                ('offer', modelcluster.fields.ParentalKey(on_delete=django.db.models.deletion.CASCADE, related_name='opening_rules', to='offers.offer')),
            ],
            options={
                'verbose_name': 'Öffnungszeit',
                'verbose_name_plural': 'Öffnungszeiten',
                'ordering': ['sort_order'],
                'abstract': False,
            },
        ),
        migrations.CreateModel(
            name='Organisation',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('translation_key', models.UUIDField(default=uuid.uuid4, editable=False)),
                ('live', models.BooleanField(default=True, editable=False, verbose_name='live')),
                ('has_unpublished_changes', models.BooleanField(default=False, editable=False, verbose_name='has unpublished changes')),
                ('first_published_at', models.DateTimeField(blank=True, db_index=True, null=True, verbose_name='first published at')),
                ('last_published_at', models.DateTimeField(editable=False, null=True, verbose_name='last published at')),
                ('go_live_at', models.DateTimeField(blank=True, null=True, verbose_name='go live date/time')),
                ('expire_at', models.DateTimeField(blank=True, null=True, verbose_name='expiry date/time')),
                ('expired', models.BooleanField(default=False, editable=False, verbose_name='expired')),
                ('locked', models.BooleanField(default=False, editable=False, verbose_name='locked')),
                ('locked_at', models.DateTimeField(editable=False, null=True, verbose_name='locked at')),
                ('name', models.CharField(help_text='z. B. „Volkshochschule Werra-Meißner“.', max_length=200, verbose_name='Name')),
                ('slug', models.SlugField(allow_unicode=True, blank=True, help_text='Erscheint in der Adresse, z. B. „volkshochschule-werra-meissner“. Leer lassen, um es aus dem Namen zu bilden.', max_length=150, verbose_name='Kürzel für Adressen')),
                ('kind', models.CharField(choices=[('behoerde', 'Behörde'), ('beratungsstelle', 'Beratungsstelle'), ('verein', 'Verein oder Initiative'), ('bildungstraeger', 'Bildungsträger'), ('wohlfahrtsverband', 'Wohlfahrtsverband'), ('gesundheit', 'Gesundheitswesen'), ('religionsgemeinschaft', 'Religionsgemeinschaft'), ('sonstige', 'Sonstige')], default='beratungsstelle', help_text='Was für eine Einrichtung ist der Träger?', max_length=30, verbose_name='Art')),
                ('description', models.TextField(blank=True, help_text='Ein, zwei Sätze, z. B. „Die Volkshochschule des Kreises bietet …“.', verbose_name='Beschreibung')),
                ('website', models.URLField(blank=True, help_text='z. B. „https://www.vhs-werra-meissner.de“.', verbose_name='Website')),
                ('email', models.EmailField(blank=True, help_text='z. B. „info@vhs-beispiel.de“.', max_length=254, verbose_name='E-Mail-Adresse')),
                ('phone', integrationsnetz.phone.PhoneNumberField(blank=True, help_text='Mit Vorwahl, z. B. „05651 302-0“. Wird beim Speichern einheitlich geschrieben.', max_length=40, verbose_name='Telefon')),
                ('latest_revision', models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailcore.revision', verbose_name='latest revision')),
                ('live_revision', models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailcore.revision', verbose_name='live revision')),
                ('locale', models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='wagtailcore.locale', verbose_name='locale')),
                ('locked_by', models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='locked_%(class)ss', to=settings.AUTH_USER_MODEL, verbose_name='locked by')),
                ('site', models.ForeignKey(blank=True, help_text='Auf welcher Website (welchem WIR-Zentrum) der Eintrag erscheint. Leer lassen nur für Einträge, die alle Zentren teilen, z. B. ein Angebot des Landes; solche Einträge darf nur bearbeiten, wer für alle Websites zuständig ist.', null=True, on_delete=django.db.models.deletion.CASCADE, related_name='+', to='wagtailcore.site', verbose_name='Website')),
            ],
            options={
                'verbose_name': 'Träger',
                'verbose_name_plural': 'Träger',
                'ordering': ['name'],
                'abstract': False,
            },
            bases=(offers.models.SlugFromNameMixin, wagtail.models.preview.PreviewableMixin, modelsearch.index.Indexed, models.Model),
        ),
        migrations.AddField(
            model_name='offer',
            name='provider',
            field=models.ForeignKey(blank=True, help_text='Wer das Angebot macht. Neue Träger legen Sie unter „Angebote → Träger“ an.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='offers', to='offers.organisation', verbose_name='Träger'),
        ),
        migrations.CreateModel(
            name='Place',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('translation_key', models.UUIDField(default=uuid.uuid4, editable=False)),
                ('live', models.BooleanField(default=True, editable=False, verbose_name='live')),
                ('has_unpublished_changes', models.BooleanField(default=False, editable=False, verbose_name='has unpublished changes')),
                ('first_published_at', models.DateTimeField(blank=True, db_index=True, null=True, verbose_name='first published at')),
                ('last_published_at', models.DateTimeField(editable=False, null=True, verbose_name='last published at')),
                ('go_live_at', models.DateTimeField(blank=True, null=True, verbose_name='go live date/time')),
                ('expire_at', models.DateTimeField(blank=True, null=True, verbose_name='expiry date/time')),
                ('expired', models.BooleanField(default=False, editable=False, verbose_name='expired')),
                ('locked', models.BooleanField(default=False, editable=False, verbose_name='locked')),
                ('locked_at', models.DateTimeField(editable=False, null=True, verbose_name='locked at')),
                ('name', models.CharField(help_text='z. B. „Landratsamt Eschwege, Haus B“.', max_length=200, verbose_name='Name')),
                ('slug', models.SlugField(allow_unicode=True, blank=True, help_text='Erscheint in der Adresse, z. B. „landratsamt-eschwege“. Leer lassen, um es aus dem Namen zu bilden.', max_length=150, verbose_name='Kürzel für Adressen')),
                ('street', models.CharField(help_text='z. B. „Schlossplatz 1“.', max_length=200, verbose_name='Straße und Hausnummer')),
                ('postal_code', models.CharField(help_text='z. B. „37269“.', max_length=10, verbose_name='Postleitzahl')),
                ('town', models.CharField(help_text='z. B. „Eschwege“. Danach kann im Verzeichnis gefiltert werden: bitte immer gleich schreiben.', max_length=100, verbose_name='Ort')),
                ('latitude', models.DecimalField(blank=True, decimal_places=6, help_text='Optional, z. B. „51.185“. Macht den Link „Route planen“ genauer.', max_digits=9, null=True, verbose_name='Breitengrad')),
                ('longitude', models.DecimalField(blank=True, decimal_places=6, help_text='Optional, z. B. „10.055“.', max_digits=9, null=True, verbose_name='Längengrad')),
                ('step_free', models.BooleanField(default=False, help_text='Der Eingang und die Räume sind ohne Stufen erreichbar.', verbose_name='Stufenloser Zugang')),
                ('lift', models.BooleanField(default=False, help_text='Ein Aufzug führt zu den Räumen des Angebots.', verbose_name='Aufzug')),
                ('accessible_toilet', models.BooleanField(default=False, help_text='Im Gebäude gibt es ein Rollstuhl-WC.', verbose_name='Barrierefreies WC')),
                ('hearing_loop', models.BooleanField(default=False, help_text='Eine induktive Höranlage für Menschen mit Hörgerät ist vorhanden.', verbose_name='Hörschleife')),
                ('accessibility_note', models.TextField(blank=True, help_text='z. B. „Klingel am Seiteneingang, Behindertenparkplatz vor dem Haus“.', verbose_name='Hinweise zur Barrierefreiheit')),
                ('transit', models.TextField(blank=True, help_text='z. B. „Bus 220 bis Haltestelle Schlossplatz, dann 2 Minuten zu Fuß“.', verbose_name='Anfahrt mit Bus und Bahn')),
                ('latest_revision', models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailcore.revision', verbose_name='latest revision')),
                ('live_revision', models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailcore.revision', verbose_name='live revision')),
                ('locale', models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='wagtailcore.locale', verbose_name='locale')),
                ('locked_by', models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='locked_%(class)ss', to=settings.AUTH_USER_MODEL, verbose_name='locked by')),
                ('site', models.ForeignKey(blank=True, help_text='Auf welcher Website (welchem WIR-Zentrum) der Eintrag erscheint. Leer lassen nur für Einträge, die alle Zentren teilen, z. B. ein Angebot des Landes; solche Einträge darf nur bearbeiten, wer für alle Websites zuständig ist.', null=True, on_delete=django.db.models.deletion.CASCADE, related_name='+', to='wagtailcore.site', verbose_name='Website')),
            ],
            options={
                'verbose_name': 'Ort',
                'verbose_name_plural': 'Orte',
                'ordering': ['town', 'name'],
                'abstract': False,
            },
            bases=(offers.models.SlugFromNameMixin, wagtail.models.preview.PreviewableMixin, modelsearch.index.Indexed, models.Model),
        ),
        migrations.AddField(
            model_name='offer',
            name='place',
            field=models.ForeignKey(blank=True, help_text='Wo das Angebot stattfindet. Leer lassen für Angebote nur am Telefon oder online.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='offers', to='offers.place', verbose_name='Ort'),
        ),
        migrations.CreateModel(
            name='TargetGroup',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('translation_key', models.UUIDField(default=uuid.uuid4, editable=False)),
                ('name', models.CharField(help_text='z. B. „Frauen“ oder „Jugendliche“.', max_length=100, verbose_name='Name')),
                ('slug', models.SlugField(blank=True, help_text='Erscheint in Filteradressen, z. B. „frauen“. Leer lassen, um es aus dem Namen zu bilden.', max_length=100, verbose_name='Kürzel für Adressen')),
                ('locale', models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='wagtailcore.locale', verbose_name='locale')),
            ],
            options={
                'verbose_name': 'Zielgruppe',
                'verbose_name_plural': 'Zielgruppen',
                'ordering': ['name'],
                'abstract': False,
            },
        ),
        migrations.AddField(
            model_name='offer',
            name='target_groups',
            field=modelcluster.fields.ParentalManyToManyField(blank=True, help_text='Für wen das Angebot gedacht ist, z. B. „Frauen“. Leer: für alle.', related_name='offers', to='offers.targetgroup', verbose_name='Zielgruppen'),
        ),
        migrations.AddConstraint(
            model_name='offertopic',
            constraint=models.UniqueConstraint(fields=('slug', 'locale'), name='offers_topic_slug_locale'),
        ),
        migrations.AlterUniqueTogether(
            name='offertopic',
            unique_together={('translation_key', 'locale')},
        ),
        migrations.AddConstraint(
            model_name='organisation',
            constraint=models.UniqueConstraint(fields=('slug', 'locale'), name='offers_organisation_slug'),
        ),
        migrations.AlterUniqueTogether(
            name='organisation',
            unique_together={('translation_key', 'locale')},
        ),
        migrations.AddConstraint(
            model_name='place',
            constraint=models.UniqueConstraint(fields=('slug', 'locale'), name='offers_place_slug'),
        ),
        migrations.AlterUniqueTogether(
            name='place',
            unique_together={('translation_key', 'locale')},
        ),
        migrations.AddConstraint(
            model_name='targetgroup',
            constraint=models.UniqueConstraint(fields=('slug', 'locale'), name='offers_targetgroup_slug_locale'),
        ),
        migrations.AlterUniqueTogether(
            name='targetgroup',
            unique_together={('translation_key', 'locale')},
        ),
        migrations.AddConstraint(
            model_name='offer',
            constraint=models.UniqueConstraint(fields=('slug', 'locale'), name='offers_offer_slug_locale'),
        ),
        migrations.AlterUniqueTogether(
            name='offer',
            unique_together={('translation_key', 'locale')},
        ),
        migrations.RunPython(grant_permissions_and_workflow, migrations.RunPython.noop),
]
