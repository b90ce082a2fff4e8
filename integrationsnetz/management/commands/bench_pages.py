import statistics
import time

from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from wagtail.models import Page, get_page_models

# Targets for one in-process request (no network, no cache), per page type.
TARGET_MEDIAN_MS = 60
TARGET_P95_MS = 150


class Command(BaseCommand):
    help = (
        "Misst die Antwortzeit und Datenbankabfragen jeder Seitenart der Demo-Inhalte "
        "und prüft sie gegen die Zielwerte. Vorher: migrate und load_demo."
    )

    def add_arguments(self, parser):
        parser.add_argument("--requests", type=int, default=50, help="Anfragen je Seite")

    def _urls(self):
        urls = {}
        for model in get_page_models():
            if model is Page:
                continue
            page = model.objects.live().order_by("path").first()
            if page is not None:
                urls[model._meta.verbose_name] = page.url
        urls["Suche"] = "/suche/?q=Vielfalt"
        urls["Seite nicht gefunden"] = "/gibt-es-nicht/"
        return urls

    def handle(self, *args, **options):
        urls = self._urls()
        if len(urls) <= 2:
            raise CommandError("Keine Seiten gefunden: erst `manage.py load_demo` ausführen.")
        client = Client()
        failures = []
        self.stdout.write(f"{'Seitenart':32} {'URL':40} {'Median':>8} {'p95':>8} {'Abfragen':>9}")
        for name, url in urls.items():
            client.get(url)  # warm caches and renditions
            timings = []
            for _ in range(options["requests"]):
                start = time.perf_counter()
                response = client.get(url)
                timings.append((time.perf_counter() - start) * 1000)
            with CaptureQueriesContext(connection) as queries:
                client.get(url)
            timings.sort()
            median = statistics.median(timings)
            p95 = timings[int(len(timings) * 0.95) - 1]
            self.stdout.write(
                f"{name:32} {url[:40]:40} {median:7.1f}ms {p95:7.1f}ms {len(queries):9d}"
                f"  HTTP {response.status_code}"
            )
            if median > TARGET_MEDIAN_MS or p95 > TARGET_P95_MS:
                failures.append(name)
        if failures:
            raise CommandError(
                f"Zielwerte (Median {TARGET_MEDIAN_MS} ms, p95 {TARGET_P95_MS} ms) verfehlt: "
                + ", ".join(failures)
            )
        self.stdout.write(self.style.SUCCESS("Alle Seitenarten innerhalb der Zielwerte."))
