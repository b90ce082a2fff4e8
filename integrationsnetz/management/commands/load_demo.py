from importlib import import_module
from importlib.util import find_spec

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction

from integrationsnetz import demo_translations
from integrationsnetz.demo import complete_centres
from integrationsnetz.demo_report import DemoReport


class Command(BaseCommand):
    help = (
        "Legt die Demo-Inhalte an (Seitenbaum, Ansprechpersonen, Nachrichten, Veranstaltungen). "
        "Kann beliebig oft laufen: Vorhandenes wird nicht doppelt angelegt."
    )

    def handle(self, *args, **options):
        report = DemoReport(self.stdout)
        with transaction.atomic():
            modules = []
            for app_config in apps.get_app_configs():
                module_name = f"{app_config.name}.demo"
                if app_config.name.startswith(("django.", "wagtail")) or not find_spec(module_name):
                    continue
                modules.append(import_module(module_name))
                modules[-1].load(report)
            # Last: the translations need the German pages of every app; an app translates
            # its own pages (`translate(report)`) once the translated home pages exist.
            demo_translations.load(report)
            for module in modules:
                if hasattr(module, "translate"):
                    module.translate(report)
            complete_centres(report)
        if report.created:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Demo-Inhalte: {report.created} angelegt, {report.existing} waren schon da."
                )
            )
        else:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Demo-Inhalte sind vollständig ({report.existing} Objekte): "
                    "nichts neu angelegt."
                )
            )
