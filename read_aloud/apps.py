from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReadAloudConfig(AppConfig):
    name = "read_aloud"
    verbose_name = _("Vorlesen")

    def ready(self):
        from . import signals  # noqa: F401
