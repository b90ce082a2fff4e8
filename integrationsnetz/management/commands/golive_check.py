from django.core.management.base import BaseCommand, CommandError

from wagtail.models import Site

from integrationsnetz import golive


class Command(BaseCommand):
    help = (
        "Prüft je Zentrum, was dem Start (Go-live) im Weg steht: Pflichtseiten, Platzhalter, "
        "Name und Hostname der Website, Einstellungen. Endet mit Status 1, wenn etwas fehlt."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--centre", metavar="HOST", help="Nur das Zentrum mit diesem Hostnamen."
        )

    def handle(self, *args, **options):
        sites = Site.objects.order_by("-is_default_site", "site_name")
        if options["centre"]:
            sites = sites.filter(hostname=options["centre"].strip().lower())
            if not sites.exists():
                raise CommandError(f"Keine Website mit dem Hostnamen „{options['centre']}“.")
        blocked = False
        for site, problems in golive.report(list(sites)):
            name = site.site_name or site.hostname
            if problems:
                blocked = True
                self.stdout.write(self.style.ERROR(f"{name} ({site.hostname}): nicht startbereit"))
                for problem in problems:
                    self.stdout.write(f"  - {problem}")
            else:
                self.stdout.write(self.style.SUCCESS(f"{name} ({site.hostname}): startbereit"))
        # The installation's settings concern the operators, not one centre's coordinators.
        installation = [] if options["centre"] else golive.installation_problems()
        if installation:
            blocked = True
            self.stdout.write(self.style.ERROR("Installation:"))
            for problem in installation:
                self.stdout.write(f"  - {problem}")
        if blocked:
            raise SystemExit(1)
