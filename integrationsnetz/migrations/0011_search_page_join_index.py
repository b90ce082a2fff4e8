"""An index for joining the site search's index entries to their pages on PostgreSQL.

Wagtail's database backend joins `wagtailsearch_indexentry.object_id` (text) to
`wagtailcore_page.id::varchar(50)`. The primary key cannot serve that cast, so every search
read and hashed all pages (about 20 ms with 10,000 articles, even for a word found nowhere).
With this index on the cast itself PostgreSQL looks up just the pages whose entries match
(EXPLAIN: "Index Scan using integrationsnetz_page_id_text"); `make bench` measures the
database time of a search ("Suche: Datenbankzeit je Suche"). SQLite needs nothing.
"""

from django.db import migrations

INDEX = "integrationsnetz_page_id_text"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailcore_page (((id)::varchar(50)))"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("integrationsnetz", "0010_search_text_index"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [migrations.RunPython(create, drop)]
