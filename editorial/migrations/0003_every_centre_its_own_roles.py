"""Every centre, the first included, gets the groups and workflow `add_centre` gives a new one.

Before, the first centre's groups "Redaktion" and "Freigabe" held their permissions on the root
of the page tree and collections, so its editors could edit every other centre's pages, images
and contacts. Now:

- each site with a home page gets a name (the main site showed as "localhost [Standard]"), a
  collection of its own, its groups "Redaktion <Zentrum>" and "Freigabe <Zentrum>" (with
  wagtail-localize's translation permission) and its own workflow (editorial.roles);
- the members of "Redaktion" and "Freigabe" move to the default site's groups, images and
  documents of the root collection to its collection (they were uploaded for it);
- "Redaktion" and "Freigabe" are removed; the shared role "Zentrenübergreifende Redaktion"
  manages what the centres share.
Safe to run on any database, any number of times.
"""

from django.db import migrations

from editorial.roles import (
    FREIGABE,
    REDAKTION,
    collection_named,
    grant_centre_roles,
    grant_shared_role,
    group_name,
)


def centre_name(apps, site):
    OrganisationSettings = apps.get_model("integrationsnetz", "OrganisationSettings")
    organisation = OrganisationSettings.objects.filter(site=site).first()
    return (
        site.site_name.strip()
        or (organisation.name.strip() if organisation else "")
        or site.root_page.title
    )


def every_centre_its_own_roles(apps, schema_editor):
    Site = apps.get_model("wagtailcore", "Site")
    Group = apps.get_model("auth", "Group")
    Collection = apps.get_model("wagtailcore", "Collection")
    Image = apps.get_model("wagtailimages", "Image")
    Document = apps.get_model("wagtaildocs", "Document")

    grant_shared_role(apps)
    sites = Site.objects.filter(
        root_page__content_type__app_label="integrationsnetz",
        root_page__content_type__model="homepage",
    ).select_related("root_page")
    default_groups = {}
    for site in sites.order_by("-is_default_site", "pk"):
        name = centre_name(apps, site)
        if site.site_name != name:
            site.site_name = name
            site.save(update_fields=["site_name"])
        collection = collection_named(apps, name)
        groups = grant_centre_roles(apps, name, site, site.root_page, collection)
        if site.is_default_site:
            default_groups = groups
            root_collection = Collection.objects.filter(depth=1).first()
            Image.objects.filter(collection=root_collection).update(collection=collection)
            Document.objects.filter(collection=root_collection).update(collection=collection)

    for role in (REDAKTION, FREIGABE):
        old = Group.objects.filter(name=role).first()
        if old is None:
            continue
        if role in default_groups:
            default_groups[role].user_set.add(*old.user_set.all())
        elif old.user_set.exists():
            # No centre to move the members to: the group stays until one exists.
            continue
        old.delete()


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0002_search_promotions"),
        ("accessibility", "0004_help_texts"),
        ("contacts", "0006_translatable_contacts_and_topics"),
        ("events", "0002_lead_image_caption_and_credit"),
        ("integrationsnetz", "0008_page_url_path_index"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
    ]

    operations = [migrations.RunPython(every_centre_its_own_roles, migrations.RunPython.noop)]
