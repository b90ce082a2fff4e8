import time

from django.core.management.base import BaseCommand
from django.db import connection, transaction

from wagtail.models import Site

from devtools.generators import GENERATORS
from devtools.generators.bulk import Progress, index_for_search
from integrationsnetz import caching


class Command(BaseCommand):
    help = (
        "Legt viele Beispielinhalte für `make bench` auf der Standard-Website an (nach "
        "load_demo). Kann beliebig oft laufen: Vorhandenes wird nicht doppelt angelegt."
    )

    def add_arguments(self, parser):
        for generator in GENERATORS:
            parser.add_argument(
                f"--{generator.OPTION}",
                type=int,
                default=generator.DEFAULT,
                help=f"{generator.DEFAULT}",
            )

    def handle(self, *args, **options):
        site = Site.objects.get(is_default_site=True)
        # The bar is rewritten in place: no line ending after each update.
        progress = Progress(lambda text: self.stderr.write(text, ending=""))
        created = 0
        for generator in GENERATORS:
            started = time.monotonic()
            with transaction.atomic():
                count = generator.generate(site, options[generator.OPTION], progress)
            created += count
            if count:
                self.stderr.write(
                    f"  {count} {generator.OPTION} in {time.monotonic() - started:.1f} s angelegt"
                )
        # The site search finds them as it finds pages made by editors (also after a run
        # before bench data was indexed).
        indexed = 0
        for generator in GENERATORS:
            for model in generator.MODELS:
                started = time.monotonic()
                count = index_for_search(model, progress)
                indexed += count
                if count:
                    self.stderr.write(
                        f"  {count} {model._meta.verbose_name_plural} in "
                        f"{time.monotonic() - started:.1f} s in den Suchindex"
                    )
        if created or indexed:
            # Written without signals: no cached frame or page may show the old state.
            with transaction.atomic():
                caching.all_sites_changed()
            if connection.vendor == "postgresql":
                # Planner statistics for the new rows, as autovacuum would gather them soon.
                with connection.cursor() as cursor:
                    cursor.execute("ANALYZE")
        self.stdout.write(f"Bench-Daten: {created} angelegt, {indexed} in den Suchindex.")
