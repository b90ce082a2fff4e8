from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IntegrationsnetzConfig(AppConfig):
    name = "integrationsnetz"
    verbose_name = _("Grundgerüst")

    def ready(self):
        from . import signals  # noqa: F401 (connects the page cache purge)
