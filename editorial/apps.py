from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EditorialConfig(AppConfig):
    """Roles and approval: each centre's groups "Redaktion <Zentrum>" and "Freigabe <Zentrum>",
    its workflow and the shared role (editorial.roles)."""

    name = "editorial"
    verbose_name = _("Redaktion und Freigabe")

    def ready(self):
        from wagtail.signals import copy_for_translation_done

        from .signals import home_translation_follows_its_centre

        copy_for_translation_done.connect(home_translation_follows_its_centre)
