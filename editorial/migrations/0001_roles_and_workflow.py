"""Roles and the approval workflow, by data migration: safe to run on any database, any number
of times (everything is looked up by name first and only created when missing).

- "Redaktion" creates and edits pages, news, events and contacts and submits them for
  approval; it cannot publish.
- "Freigabe" approves, publishes and unpublishes, and manages contacts, topics, languages,
  event categories and the organisation's site settings.
- The workflow "Freigabe durch die Koordination" (one approval task for "Freigabe") governs
  every page of every site (assigned to the root page and to each home page) and contacts.

Permissions are created here if they do not exist yet: on a fresh database Django and Wagtail
only create them after all migrations have run.
"""

from django.db import migrations

REDAKTION = "Redaktion"
FREIGABE = "Freigabe"
WORKFLOW = "Freigabe durch die Koordination"

ACCESS_ADMIN = ("wagtailadmin", "admin", "access_admin")
MODEL_PERMISSIONS = {
    REDAKTION: [
        ACCESS_ADMIN,
        ("contacts", "contact", "add_contact"),
        ("contacts", "contact", "change_contact"),
    ],
    FREIGABE: [
        ACCESS_ADMIN,
        *(
            ("contacts", "contact", f"{action}_contact")
            for action in ("add", "change", "delete", "publish", "lock", "unlock")
        ),
        *(
            (app, model, f"{action}_{model}")
            for app, model in (
                ("contacts", "topic"),
                ("contacts", "language"),
                ("events", "eventcategory"),
            )
            for action in ("add", "change", "delete")
        ),
        ("integrationsnetz", "organisationsettings", "change_organisationsettings"),
    ],
}
PAGE_PERMISSIONS = {
    REDAKTION: ["add_page", "change_page"],
    FREIGABE: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
}
COLLECTION_PERMISSIONS = {
    REDAKTION: [
        ("wagtailimages", "image", "add_image"),
        ("wagtailimages", "image", "change_image"),
        ("wagtailimages", "image", "choose_image"),
        ("wagtaildocs", "document", "add_document"),
        ("wagtaildocs", "document", "change_document"),
        ("wagtaildocs", "document", "choose_document"),
    ],
    FREIGABE: [
        (app, model, f"{action}_{model}")
        for app, model in (("wagtailimages", "image"), ("wagtaildocs", "document"))
        for action in ("add", "change", "delete", "choose")
    ],
}


def permission(apps, app_label, model, codename):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _created = ContentType.objects.get_or_create(app_label=app_label, model=model)
    found, _created = Permission.objects.get_or_create(
        content_type=content_type,
        codename=codename,
        defaults={"name": f"Can {codename.replace('_', ' ')}"},
    )
    return found


def set_up_roles_and_workflow(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    WorkflowState = apps.get_model("wagtailcore", "WorkflowState")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")

    root_page = Page.objects.filter(depth=1).order_by("path").first()
    root_collection = Collection.objects.filter(depth=1).order_by("path").first()

    groups = {}
    for name, permissions in MODEL_PERMISSIONS.items():
        group, _created = Group.objects.get_or_create(name=name)
        groups[name] = group
        group.permissions.add(*(permission(apps, *spec) for spec in permissions))
        if root_page is not None:
            for codename in PAGE_PERMISSIONS[name]:
                GroupPagePermission.objects.get_or_create(
                    group=group,
                    page=root_page,
                    permission=permission(apps, "wagtailcore", "page", codename),
                )
        if root_collection is not None:
            for spec in COLLECTION_PERMISSIONS[name]:
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root_collection, permission=permission(apps, *spec)
                )

    task_type, _created = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )
    task = GroupApprovalTask.objects.filter(name=WORKFLOW).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=WORKFLOW, content_type=task_type, active=True)
    task.groups.add(groups[FREIGABE])

    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})

    # Wagtail's own default ("Moderators approval") gives way to ours, unless it is in use.
    for default in Workflow.objects.exclude(pk=workflow.pk).filter(active=True):
        if not WorkflowState.objects.filter(workflow=default, status="in_progress").exists():
            default.active = False
            default.save(update_fields=["active"])

    home_pages = Page.objects.filter(
        content_type__app_label="integrationsnetz", content_type__model="homepage"
    )
    for page in [root_page, *home_pages]:
        if page is not None:
            WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})
    contact_type, _created = ContentType.objects.get_or_create(
        app_label="contacts", model="contact"
    )
    WorkflowContentType.objects.update_or_create(
        content_type=contact_type, defaults={"workflow": workflow}
    )

    # Wagtail's default groups only confuse editors next to ours; removed while nobody is in them.
    Group.objects.filter(name__in=["Editors", "Moderators"], user__isnull=True).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("contacts", "0004_drafts_locking_and_workflow"),
        ("events", "0002_lead_image_caption_and_credit"),
        ("integrationsnetz", "0003_phone_number_field"),
    ]

    operations = [migrations.RunPython(set_up_roles_and_workflow, migrations.RunPython.noop)]
