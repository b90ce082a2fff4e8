"""A home page translated into another language is a sibling of the German one under the root
(wagtail-localize): it gets the same groups' page permissions and the same workflow, so that the
centre's editors translate and approve its pages in every language."""

from wagtail.models import GroupPagePermission, WorkflowPage


def home_translation_follows_its_centre(sender, source_obj, target_obj, **kwargs):
    if getattr(source_obj, "depth", None) != 2 or target_obj.depth != 2:
        return
    for granted in GroupPagePermission.objects.filter(page=source_obj):
        GroupPagePermission.objects.get_or_create(
            group_id=granted.group_id, page=target_obj, permission_id=granted.permission_id
        )
    assigned = WorkflowPage.objects.filter(page=source_obj).first()
    if assigned is not None:
        WorkflowPage.objects.update_or_create(
            page=target_obj, defaults={"workflow_id": assigned.workflow_id}
        )
