"""Editor groups and the approval workflow of one WIR centre (called by `add_centre`).

The groups are modelled on the install's roles "Redaktion" and "Freigabe" (migration 0001):
the same model permissions, but page permissions only on the centre's home page, image and
document permissions only on its own collection, and the organisation settings of its own
site only. Contacts are scoped by the page permissions (contacts.permissions): a group with
permissions on the centre's home page edits that centre's contacts.

The centre's workflow "Freigabe durch die Koordination (<Name>)" has one approval task for
"Freigabe <Name>"; it is assigned to the centre's home page, so its pages are approved by its
own coordinators, who are notified of nothing from other centres.
"""

from django.contrib.auth.models import Group, Permission

from wagtail.models import (
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    GroupSitePermission,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

REDAKTION = "Redaktion"
FREIGABE = "Freigabe"
WORKFLOW = "Freigabe durch die Koordination"
SETTINGS_PERMISSION = ("integrationsnetz", "change_organisationsettings")
# Shared by all centres, so only the install-wide roles change or delete them; barrier
# reports have no site yet (each centre gets its reports by e-mail, see OrganisationSettings).
INSTALL_WIDE = {
    ("contacts", "change_topic"),
    ("contacts", "delete_topic"),
    ("contacts", "change_language"),
    ("contacts", "delete_language"),
    ("events", "change_eventcategory"),
    ("events", "delete_eventcategory"),
    ("accessibility", "view_barrierreport"),
    ("accessibility", "change_barrierreport"),
    SETTINGS_PERMISSION,
}


def group_name(role, centre_name):
    return f"{role} {centre_name}"


def workflow_name(centre_name):
    return f"{WORKFLOW} ({centre_name})"


def _centre_group(role, centre):
    """The centre's group for `role`, with the role's permissions narrowed to the centre."""
    group, created = Group.objects.get_or_create(name=group_name(role, centre.name))
    centre.report.add(group, created)
    model = Group.objects.filter(name=role).first()
    if model is None:
        return group
    group.permissions.add(
        *(
            permission
            for permission in model.permissions.select_related("content_type")
            if (permission.content_type.app_label, permission.codename) not in INSTALL_WIDE
        )
    )
    for page_permission in GroupPagePermission.objects.filter(group=model, page__depth=1):
        GroupPagePermission.objects.get_or_create(
            group=group, page=centre.home, permission=page_permission.permission
        )
    for collection_permission in GroupCollectionPermission.objects.filter(
        group=model, collection__depth=1
    ):
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=centre.collection, permission=collection_permission.permission
        )
    if model.permissions.filter(
        content_type__app_label=SETTINGS_PERMISSION[0], codename=SETTINGS_PERMISSION[1]
    ).exists():
        GroupSitePermission.objects.get_or_create(
            group=group,
            site=centre.site,
            permission=Permission.objects.get(
                content_type__app_label=SETTINGS_PERMISSION[0], codename=SETTINGS_PERMISSION[1]
            ),
        )
    return group


def _workflow(centre, approvers):
    name = workflow_name(centre.name)
    task = GroupApprovalTask.objects.filter(name=name).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=name, active=True)
    task.groups.add(approvers)
    workflow, created = Workflow.objects.get_or_create(name=name, defaults={"active": True})
    centre.report.add(workflow, created)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.update_or_create(page=centre.home, defaults={"workflow": workflow})
    return workflow


def set_up_centre_roles(centre):
    _centre_group(REDAKTION, centre)
    approvers = _centre_group(FREIGABE, centre)
    _workflow(centre, approvers)
