from django.core.management.base import BaseCommand, CommandError

from integrationsnetz.centres import CentreError, add_centre
from integrationsnetz.demo_report import DemoReport


class Command(BaseCommand):
    help = (
        "Legt ein weiteres WIR-Zentrum an: Site mit Hostname, Startseite, Aktuelles, "
        "Veranstaltungen, Ansprechpersonen, Pflichtseiten (als Entwurf), Einstellungen, "
        "Bildersammlung, die Gruppen „Redaktion <Name>“ und „Freigabe <Name>“ und den "
        "Freigabe-Workflow. Kann beliebig oft laufen: Vorhandenes wird nicht doppelt angelegt."
    )

    def add_arguments(self, parser):
        parser.add_argument("name", help="Name des Zentrums, z. B. „WIR-Vielfaltszentrum Kassel“")
        parser.add_argument("hostname", help="Hostname der Website, z. B. „wir.kassel.de“")
        parser.add_argument("--port", type=int, default=80, help="Port der Site (HTTPS: 443)")

    def handle(self, *args, **options):
        report = DemoReport(self.stdout if options["verbosity"] > 0 else None)
        try:
            centre = add_centre(options["name"], options["hostname"], options["port"], report)
        except CentreError as error:
            raise CommandError(str(error)) from error
        if report.created:
            message = (
                f"Zentrum „{centre.name}“ unter {centre.site.root_url}/: "
                f"{report.created} angelegt, {report.existing} waren schon da."
            )
        else:
            message = (
                f"Zentrum „{centre.name}“ unter {centre.site.root_url}/ ist vollständig: "
                "nichts neu angelegt."
            )
        self.stdout.write(self.style.SUCCESS(message))
