"""Editor groups and the approval workflow of one WIR centre, the same for every centre.

`add_centre` calls `set_up_centre_roles` (hook "populate_centre"); migration 0003 calls
`grant_centre_roles` for the centres that existed before, with the migration's historical
models. Both work through an app registry (`django.apps.apps` or the migration's `apps`).

- "Redaktion <Zentrum>" creates and edits the centre's pages, contacts, images and documents,
  translates them (wagtail-localize's "submit_translation") and works the centre's barrier
  reports; it submits for approval and never publishes.
- "Freigabe <Zentrum>" may do the same and approves, publishes, unpublishes, deletes and edits
  the centre's organisation settings; its group is the reviewer of the centre's workflow.
- Page permissions sit on the centre's home page and on each of its translations (the home
  pages of the other languages are siblings under the root, see `translated_home_pages`), image
  and document permissions on the centre's collection; the shared collection "Gemeinsam" may be
  chosen from.
- "Zentrenübergreifende Redaktion" is the shared role: it manages what all centres share
  (topics, languages, event categories, search promotions, the shared collection). Someone
  who works for several centres is a member of it and of the groups of each of their centres.

The centre's workflow "Freigabe durch die Koordination (<Zentrum>)" has one approval task for
"Freigabe <Zentrum>"; it is assigned to the centre's home pages, so its pages are approved by
its own coordinators, who are notified of nothing from other centres. The centre's contacts,
offers, providers and places go through the same workflow (they ask their site's home page,
integrationsnetz.snippets.CentreWorkflowMixin). What all centres share (glossary terms) goes
through the install-wide workflow "Freigabe durch die Koordination", reviewed by every
centre's "Freigabe".
"""

REDAKTION = "Redaktion"
FREIGABE = "Freigabe"
SHARED_ROLE = "Zentrenübergreifende Redaktion"
SHARED_COLLECTION = "Gemeinsam"
WORKFLOW = "Freigabe durch die Koordination"

ACCESS_ADMIN = ("wagtailadmin", "admin", "access_admin")
SUBMIT_TRANSLATION = ("wagtail_localize", "translation", "submit_translation")
SETTINGS_PERMISSION = ("integrationsnetz", "organisationsettings", "change_organisationsettings")
IMAGE = ("wagtailimages", "image")
DOCUMENT = ("wagtaildocs", "document")
# The offers directory's own snippets (offers/): edited per centre like contacts.
OFFER_SNIPPETS = ("offer", "organisation", "place")


def _actions(app, model, *actions):
    return [(app, model, f"{action}_{model}") for action in actions]


MODEL_PERMISSIONS = {
    REDAKTION: [
        ACCESS_ADMIN,
        SUBMIT_TRANSLATION,
        *_actions("contacts", "contact", "add", "change"),
        *(
            action
            for model in OFFER_SNIPPETS
            for action in _actions("offers", model, "add", "change")
        ),
        *_actions("glossary", "glossaryterm", "add", "change"),
        *_actions("integrationsnetz", "searchsynonyms", "add", "change"),
        *_actions("accessibility", "barrierreport", "view", "change"),
    ],
    FREIGABE: [
        ACCESS_ADMIN,
        SUBMIT_TRANSLATION,
        *_actions("contacts", "contact", "add", "change", "delete", "publish", "lock", "unlock"),
        *(
            action
            for model in OFFER_SNIPPETS
            for action in _actions(
                "offers", model, "add", "change", "delete", "publish", "lock", "unlock"
            )
        ),
        *_actions(
            "glossary", "glossaryterm", "add", "change", "delete", "publish", "lock", "unlock"
        ),
        *_actions("integrationsnetz", "searchsynonyms", "add", "change", "delete"),
        *_actions("accessibility", "barrierreport", "view", "change"),
        # New entries of the shared lists; changing or deleting them is for the shared role.
        *_actions("contacts", "topic", "add"),
        *_actions("contacts", "language", "add"),
        *_actions("events", "eventcategory", "add"),
        *_actions("offers", "offertopic", "add"),
        *_actions("offers", "targetgroup", "add"),
    ],
    SHARED_ROLE: [
        ACCESS_ADMIN,
        *_actions("contacts", "topic", "add", "change", "delete"),
        *_actions("contacts", "language", "add", "change", "delete"),
        *_actions("events", "eventcategory", "add", "change", "delete"),
        *_actions("offers", "offertopic", "add", "change", "delete"),
        *_actions("offers", "targetgroup", "add", "change", "delete"),
        *_actions("wagtailsearchpromotions", "searchpromotion", "add", "change", "delete"),
    ],
}
PAGE_PERMISSIONS = {
    REDAKTION: ["add_page", "change_page"],
    FREIGABE: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
}
COLLECTION_PERMISSIONS = {
    REDAKTION: [
        *_actions(*IMAGE, "add", "change", "choose"),
        *_actions(*DOCUMENT, "add", "change", "choose"),
    ],
    FREIGABE: [
        *_actions(*IMAGE, "add", "change", "delete", "choose"),
        *_actions(*DOCUMENT, "add", "change", "delete", "choose"),
    ],
}
SHARED_COLLECTION_PERMISSIONS = {
    REDAKTION: [*_actions(*IMAGE, "choose"), *_actions(*DOCUMENT, "choose")],
    FREIGABE: [*_actions(*IMAGE, "choose"), *_actions(*DOCUMENT, "choose")],
    SHARED_ROLE: [
        *_actions(*IMAGE, "add", "change", "delete", "choose"),
        *_actions(*DOCUMENT, "add", "change", "delete", "choose"),
    ],
}
SITE_PERMISSIONS = {FREIGABE: [SETTINGS_PERMISSION]}


def group_name(role, centre_name):
    return f"{role} {centre_name}"


def workflow_name(centre_name):
    return f"{WORKFLOW} ({centre_name})"


def permission(apps, app_label, model, codename):
    """The permission, created if missing (on a fresh database Django and Wagtail create
    permissions only after all migrations have run)."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _created = ContentType.objects.get_or_create(app_label=app_label, model=model)
    found, _created = Permission.objects.get_or_create(
        content_type=content_type,
        codename=codename,
        defaults={"name": f"Can {codename.replace('_', ' ')}"},
    )
    return found


def collection_named(apps, name):
    """The collection `name` below the root, created if missing."""
    Collection = apps.get_model("wagtailcore", "Collection")
    root = Collection.objects.filter(depth=1).order_by("path").first()
    existing = Collection.objects.filter(depth=2, name=name).first()
    if existing is not None or root is None:
        return existing
    if hasattr(root, "add_child"):
        return root.add_child(name=name)
    # Historical models have no treebeard methods: the next path below the root by hand.
    last = Collection.objects.filter(depth=2).order_by("-path").first()
    number = int(last.path[-4:], 36) + 1 if last else 1
    step = ""
    while number:
        number, digit = divmod(number, 36)
        step = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"[digit] + step
    collection = Collection.objects.create(
        name=name, path=root.path + step.rjust(4, "0"), depth=2, numchild=0
    )
    root.numchild += 1
    root.save(update_fields=["numchild"])
    return collection


def shared_collection(apps):
    return collection_named(apps, SHARED_COLLECTION)


def translated_home_pages(apps, home):
    """The centre's home page and its translations (siblings under the root)."""
    Page = apps.get_model("wagtailcore", "Page")
    return list(Page.objects.filter(translation_key=home.translation_key, depth=home.depth))


def grant_shared_role(apps):
    Group = apps.get_model("auth", "Group")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    group, _created = Group.objects.get_or_create(name=SHARED_ROLE)
    group.permissions.add(*(permission(apps, *spec) for spec in MODEL_PERMISSIONS[SHARED_ROLE]))
    collection = shared_collection(apps)
    for spec in SHARED_COLLECTION_PERMISSIONS[SHARED_ROLE]:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=permission(apps, *spec)
        )
    return group


def grant_centre_roles(apps, name, site, home, collection):
    """The centre's two groups and its workflow; returns {role: group}. Safe to run again."""
    Group = apps.get_model("auth", "Group")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    GroupSitePermission = apps.get_model("wagtailcore", "GroupSitePermission")
    homes = translated_home_pages(apps, home)
    shared = shared_collection(apps)
    groups = {}
    for role in (REDAKTION, FREIGABE):
        group, _created = Group.objects.get_or_create(name=group_name(role, name))
        groups[role] = group
        group.permissions.add(*(permission(apps, *spec) for spec in MODEL_PERMISSIONS[role]))
        for page in homes:
            for codename in PAGE_PERMISSIONS[role]:
                GroupPagePermission.objects.get_or_create(
                    group=group,
                    page_id=page.pk,
                    permission=permission(apps, "wagtailcore", "page", codename),
                )
        for target, specs in (
            (collection, COLLECTION_PERMISSIONS[role]),
            (shared, SHARED_COLLECTION_PERMISSIONS[role]),
        ):
            for spec in specs:
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection_id=target.pk, permission=permission(apps, *spec)
                )
        for spec in SITE_PERMISSIONS.get(role, []):
            GroupSitePermission.objects.get_or_create(
                group=group, site_id=site.pk, permission=permission(apps, *spec)
            )
    _workflow(apps, name, homes, groups[FREIGABE])
    return groups


def _workflow(apps, name, homes, approvers):
    ContentType = apps.get_model("contenttypes", "ContentType")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    title = workflow_name(name)
    task = GroupApprovalTask.objects.filter(name=title).first()
    if task is None:
        task_type, _created = ContentType.objects.get_or_create(
            app_label="wagtailcore", model="groupapprovaltask"
        )
        task = GroupApprovalTask.objects.create(name=title, content_type=task_type, active=True)
    task.groups.add(approvers)
    workflow, _created = Workflow.objects.get_or_create(name=title, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    for page in homes:
        WorkflowPage.objects.update_or_create(page_id=page.pk, defaults={"workflow": workflow})
    # The install-wide workflow (glossary terms, shared by all centres): every centre's
    # approvers review in it.
    shared_task = GroupApprovalTask.objects.filter(name=WORKFLOW).first()
    if shared_task is not None:
        shared_task.groups.add(approvers)
    return workflow


def set_up_centre_roles(centre):
    from django.apps import apps
    from django.contrib.auth.models import Group

    existed = set(
        Group.objects.filter(
            name__in=[group_name(role, centre.name) for role in (REDAKTION, FREIGABE)]
        ).values_list("name", flat=True)
    )
    grant_shared_role(apps)
    groups = grant_centre_roles(apps, centre.name, centre.site, centre.home, centre.collection)
    for group in groups.values():
        centre.report.add(group, created=group.name not in existed)
