"""Non-superuser admin accounts for admin tests: a group with page permissions below a page."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission

from wagtail.models import GroupPagePermission

EDIT = ("add_page", "change_page")
APPROVE = (*EDIT, "publish_page")


def admin_user(username, page, page_permissions=EDIT, group_name=None):
    """A user who may use the admin and has `page_permissions` on `page` and below."""
    group, _ = Group.objects.get_or_create(name=group_name or f"Gruppe {username}")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for codename in page_permissions:
        GroupPagePermission.objects.get_or_create(
            group=group,
            page=page,
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            ),
        )
    user = get_user_model().objects.create_user(
        username, f"{username}@example.org", "passwort", first_name=username.title()
    )
    user.groups.add(group)
    return user
