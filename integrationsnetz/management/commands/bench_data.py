import time
from importlib import import_module
from importlib.util import find_spec

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import connection, transaction

from wagtail.models import Site

from integrationsnetz import view_restrictions
from integrationsnetz.bench_data import Progress
from integrationsnetz.page_cache import purge_site


def generators():
    """The `bench_data` modules of the project's apps, in the order of INSTALLED_APPS."""
    modules = []
    for app_config in apps.get_app_configs():
        name = f"{app_config.name}.bench_data"
        if app_config.name.startswith(("django.", "wagtail")) or not find_spec(name):
            continue
        module = import_module(name)
        if hasattr(module, "generate"):
            modules.append(module)
    return modules


class Command(BaseCommand):
    help = (
        "Legt viele Beispielinhalte für `make bench` an (nach load_demo). Kann beliebig oft "
        "laufen: Vorhandenes wird nicht doppelt angelegt."
    )

    def add_arguments(self, parser):
        for module in generators():
            parser.add_argument(
                f"--{module.OPTION}", type=int, default=module.DEFAULT, help=f"{module.DEFAULT}"
            )

    def handle(self, *args, **options):
        progress = Progress(self.stderr._out)
        created = 0
        for module in generators():
            started = time.monotonic()
            with transaction.atomic():
                count = module.generate(options[module.OPTION], progress)
            created += count
            if count:
                self.stderr.write(
                    f"  {count} {module.OPTION} in {time.monotonic() - started:.1f} s angelegt"
                )
        if created:
            # Written without signals: no cached frame or page may show the old state.
            for site in Site.objects.all():
                purge_site(site)
            view_restrictions.forget()
            if connection.vendor == "postgresql":
                # Planner statistics for the new rows, as autovacuum would gather them soon.
                with connection.cursor() as cursor:
                    cursor.execute("ANALYZE")
        self.stdout.write(f"Bench-Daten: {created} angelegt.")
