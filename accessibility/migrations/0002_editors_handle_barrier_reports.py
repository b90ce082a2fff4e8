"""Both editorial roles ("Redaktion" and "Freigabe") may view barrier reports and change their status."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUPS = ["Redaktion", "Freigabe"]
CODENAMES = ["view_barrierreport", "change_barrierreport"]


def grant(apps, schema_editor):
    # Permissions are normally created after all migrations; the groups need them now.
    app_config = apps.get_app_config("accessibility")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(
        content_type__app_label="accessibility", codename__in=CODENAMES
    )
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.add(*permissions)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(
        content_type__app_label="accessibility", codename__in=CODENAMES
    )
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("accessibility", "0001_statement_reports_easy_and_sign_language"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0002_initial_data"),
        ("editorial", "0001_roles_and_workflow"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
