"""The page explorer names the tree's root by its title: "Alle Websites", not Wagtail's "Root"."""

from django.db import migrations

WAGTAIL_TITLE = "Root"
GERMAN_TITLE = "Alle Websites"


def rename_root(apps, schema_editor, old=WAGTAIL_TITLE, new=GERMAN_TITLE):
    # Only Wagtail's default title: a root somebody already renamed keeps its name.
    Page = apps.get_model("wagtailcore", "Page")
    Page.objects.filter(depth=1, title=old).update(title=new, draft_title=new)


def restore_root(apps, schema_editor):
    rename_root(apps, schema_editor, old=GERMAN_TITLE, new=WAGTAIL_TITLE)


class Migration(migrations.Migration):
    dependencies = [
        ("integrationsnetz", "0005_organisation_language_pages"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(rename_root, restore_root, elidable=False)]
