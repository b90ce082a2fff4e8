"""A full-text index for the site search on PostgreSQL.

Wagtail's database backend matches `(title || body) @@ query`, but its table only has GIN
indexes on `title` and on `body` apart, which that expression cannot use: every search read
the index entries of all pages. This index on the expression itself lets PostgreSQL find the
matching entries first (EXPLAIN: "Bitmap Index Scan on integrationsnetz_search_text_gin").
SQLite's search uses its own FTS table and needs nothing.
"""

from django.db import migrations

INDEX = "integrationsnetz_search_text_gin"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailsearch_indexentry "
            "USING gin ((title || body))"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("integrationsnetz", "0009_rich_text_glossary_terms_and_search_synonyms"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create, drop)]
