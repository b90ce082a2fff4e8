from django.core.management.base import BaseCommand, CommandError

from wagtail.models import Site

from offers.hsds_import import HSDSError, import_tables, read_file


class Command(BaseCommand):
    help = (
        "Importiert Angebote, Träger und Orte aus einer HSDS-3-Datei (JSON wie unter "
        "/angebote/hsds/ oder ZIP mit den CSV-Tabellen) für ein Zentrum. Kann beliebig oft "
        "laufen: Einträge werden an ihrer id erkannt, Unverändertes bleibt, wie es ist. Eine "
        "fehlerhafte Datei importiert nichts."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="Pfad der JSON- oder ZIP-Datei")
        parser.add_argument(
            "--centre",
            required=True,
            help="Hostname der Website des Zentrums, z. B. „musterstadt.localhost“",
        )

    def handle(self, *args, file, centre, **options):
        site = Site.objects.filter(hostname=centre.strip().lower()).first()
        if site is None:
            raise CommandError(f"Es gibt keine Website mit dem Hostnamen „{centre}“.")
        try:
            changed = import_tables(read_file(file), site)
        except HSDSError as error:
            raise CommandError(f"Nichts importiert. {error}") from error
        for obj in changed:
            self.stdout.write(f"  importiert: {obj._meta.verbose_name} „{obj}“")
        self.stdout.write(
            self.style.SUCCESS(
                f"HSDS-Import für {site.site_name or site.hostname}: "
                f"{len(changed)} Einträge neu oder geändert."
            )
        )
