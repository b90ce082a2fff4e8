"""Contacts, offers, providers and places waiting for approval move into their centre's workflow.

Until now they went through the one workflow "Freigabe durch die Koordination" of their model,
whose task every centre's "Freigabe" group reviewed: each centre's coordinators were notified
of the others' entries. Now an entry goes through the workflow of its centre's home page
(integrationsnetz.snippets.CentreWorkflowMixin). Entries already waiting (in review or sent back
for changes) keep their place: their workflow state and its task states are moved to the
centre's workflow and its task, so that the centre's own "Freigabe" approves them. A waiting
entry without a centre (shared by all) or of a centre without a workflow can be approved by no
centre's group: its workflow is cancelled, the entry stays a draft.
Safe to run on any database, any number of times.
"""

from django.db import migrations
from django.utils import timezone

SITE_SCOPED = (
    ("contacts", "contact"),
    ("offers", "offer"),
    ("offers", "organisation"),
    ("offers", "place"),
)
WAITING = ("in_progress", "needs_changes")


def centre_workflow(apps, site_id):
    """The active workflow of the site's home page, with its first task; (None, None) if none."""
    Site = apps.get_model("wagtailcore", "Site")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    site = Site.objects.filter(pk=site_id).first() if site_id else None
    assigned = (
        WorkflowPage.objects.filter(page_id=site.root_page_id, workflow__active=True)
        .select_related("workflow")
        .first()
        if site
        else None
    )
    first = (
        WorkflowTask.objects.filter(workflow=assigned.workflow).order_by("sort_order").first()
        if assigned
        else None
    )
    if first is None:
        return None, None
    return assigned.workflow, first.task_id


def centre_snippets_follow_their_centres_workflow(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    WorkflowState = apps.get_model("wagtailcore", "WorkflowState")
    TaskState = apps.get_model("wagtailcore", "TaskState")
    for app_label, model_name in SITE_SCOPED:
        content_type = ContentType.objects.filter(app_label=app_label, model=model_name).first()
        if content_type is None:
            continue
        states = list(
            WorkflowState.objects.filter(base_content_type=content_type, status__in=WAITING)
        )
        Model = apps.get_model(app_label, model_name)
        site_of = dict(
            Model.objects.filter(pk__in=[int(state.object_id) for state in states]).values_list(
                "pk", "site_id"
            )
        )
        for state in states:
            workflow, task_id = centre_workflow(apps, site_of.get(int(state.object_id)))
            if workflow is None:
                TaskState.objects.filter(workflow_state=state, status="in_progress").update(
                    status="cancelled", finished_at=timezone.now()
                )
                state.status = "cancelled"
                state.save(update_fields=["status"])
            elif state.workflow_id != workflow.pk:
                TaskState.objects.filter(workflow_state=state).update(task_id=task_id)
                state.workflow = workflow
                state.save(update_fields=["workflow"])


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0003_every_centre_its_own_roles"),
        ("contacts", "0006_translatable_contacts_and_topics"),
        ("offers", "0001_offers_places_providers_hours"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunPython(
            centre_snippets_follow_their_centres_workflow, migrations.RunPython.noop
        )
    ]
