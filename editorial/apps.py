from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EditorialConfig(AppConfig):
    """Roles and approval: the groups "Redaktion" and "Freigabe" and the workflow
    "Freigabe durch die Koordination", set up by a data migration."""

    name = "editorial"
    verbose_name = _("Redaktion und Freigabe")
