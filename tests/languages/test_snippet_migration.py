"""The migrations that make contact persons, topics and event categories translatable give the
rows that already exist the default language and a translation key each (on a database with
data), and names and slugs are unique per language afterwards."""

from django.db import IntegrityError, connection, transaction
from django.db.migrations.executor import MigrationExecutor

from wagtail.models import Locale

import pytest

from contacts.models import Contact, Topic
from events.models import EventCategory

BEFORE = [("contacts", "0005_contact_site"), ("events", "0004_help_texts")]
AFTER = [
    ("contacts", "0006_translatable_contacts_and_topics"),
    ("events", "0005_translatable_event_categories"),
]


@pytest.fixture
def latest_schema_afterwards():
    """The migrations run back to the latest state after the test, so that the transactional
    tests after it (read_aloud) find the schema and, restored, the data they expect."""
    yield
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_existing_snippets_get_the_default_locale(latest_schema_afterwards):
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    old = executor.loader.project_state(BEFORE).apps
    old.get_model("contacts", "Topic").objects.create(name="Ehrenamt", slug="ehrenamt")
    old.get_model("contacts", "Topic").objects.create(name="Sprache", slug="sprache")
    old.get_model("contacts", "Contact").objects.create(
        name="Julia Kapinus", slug="julia-kapinus", role="WIR-Koordinatorin", live=True
    )
    old.get_model("events", "EventCategory").objects.create(name="Begegnung", slug="begegnung")

    executor = MigrationExecutor(connection)
    executor.migrate(AFTER)

    german = Locale.objects.get(language_code="de")
    for model in (Topic, Contact, EventCategory):
        rows = list(model.objects.all())
        assert rows, model
        assert {row.locale_id for row in rows} == {german.pk}, model
        keys = [row.translation_key for row in rows]
        assert None not in keys and len(set(keys)) == len(keys), model

    # A translation keeps the slug; a second German topic with it is refused.
    english = Locale.objects.create(language_code="en")
    ehrenamt = Topic.objects.get(slug="ehrenamt")
    ehrenamt.copy_for_translation(english).save()
    assert Topic.objects.filter(slug="ehrenamt").count() == 2
    with pytest.raises(IntegrityError), transaction.atomic():
        Topic.objects.create(name="Ehrenamt 2", slug="ehrenamt", locale=german)
