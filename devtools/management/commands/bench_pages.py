import statistics
import time

from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext

from wagtail.models import Page, Site, get_page_models

from devtools.generators import GENERATORS, events, news
from integrationsnetz.centres import add_centre

# Targets for one in-process request (no network, no cache), per page type.
TARGET_MEDIAN_MS = 60
TARGET_P95_MS = 150
# With --centres: a page of one centre among many may cost at most this much more time than
# with that centre alone, and exactly the same number of queries.
TARGET_SCALE_RATIO = 1.1
CENTRE_CONTENT = {"articles": 300, "events": 100, "contacts": 20}
ROUNDS = 3


def centre_paths(content=CENTRE_CONTENT):
    """What is measured on a centre with `content`: its lists, an article and an event from
    the middle, the feed, the calendar and the search (paths of add_centre's pages)."""
    article = news.title_and_slug(max(1, content["articles"] // 2))[1]
    event = events.title_and_slug(max(1, content["events"] // 2))[1]
    return [
        "/",
        "/aktuelles/",
        f"/aktuelles/{article}/",
        "/aktuelles/feed/rss/",
        "/veranstaltungen/",
        f"/veranstaltungen/{event}/",
        "/veranstaltungen/kalender/",
        "/ansprechpartner/",
        "/ansprechpartner/?page=2",
        "/suche/?q=Vielfalt",
    ]


def make_centre(number, content=CENTRE_CONTENT):
    """Benchmark centre `number` with `content` made by the bench data generators."""
    centre = add_centre(f"Benchmark-Zentrum {number:02d}", f"bench-{number:02d}.localhost")
    for generator in GENERATORS:
        generator.generate(centre.site, content[generator.OPTION])
    return centre


class RollBack(Exception):
    """Leaves the transaction with the other centres, so the next round measures one alone."""


class Command(BaseCommand):
    help = (
        "Misst die Antwortzeit und Datenbankabfragen jeder Seitenart der Demo-Inhalte "
        "und prüft sie gegen die Zielwerte. Vorher: migrate und load_demo."
    )

    def add_arguments(self, parser):
        parser.add_argument("--requests", type=int, default=50, help="Anfragen je Seite")
        parser.add_argument(
            "--rounds",
            type=int,
            default=ROUNDS,
            help="Mit --centres: so oft abwechselnd allein und mit allen Zentren messen",
        )
        parser.add_argument(
            "--centres",
            type=int,
            default=0,
            help=(
                "Statt der Demo-Inhalte: so viele Zentren mit je 300 Nachrichten, 100 "
                "Veranstaltungen und 20 Ansprechpersonen anlegen (z. B. 33) und prüfen, dass "
                "eine Seite eines Zentrums so viele Abfragen und (bis auf 10 %%) so viel Zeit "
                "kostet wie mit einem Zentrum allein. Braucht eine frische Datenbank."
            ),
        )

    def page_urls(self):
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
        if options["centres"]:
            return self.handle_centres(options["centres"], options["requests"], options["rounds"])
        urls = self.page_urls()
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

    @staticmethod
    def best_of(rounds):
        """Per path: the queries and the lowest median of all rounds (the least disturbed)."""
        return {
            path: (rounds[-1][path][0], min(result[path][1] for result in rounds))
            for path in centre_paths()
        }

    # --- many centres ---------------------------------------------------------------------

    def make_centres(self, first, last):
        """Centres `first`..`last` (numbered), each with its bulk-made content; returns seconds."""
        start = time.perf_counter()
        for number in range(first, last + 1):
            make_centre(number)
        return time.perf_counter() - start

    def measure_round(self, client, host, requests):
        """{path: (queries, median ms)} of one round of `requests` requests per path."""
        results = {}
        for path in centre_paths():
            response = client.get(path, HTTP_HOST=host)  # warm caches
            if response.status_code != 200:
                raise CommandError(f"{path} auf {host}: HTTP {response.status_code}")
            timings = []
            for _ in range(requests):
                start = time.perf_counter()
                client.get(path, HTTP_HOST=host)
                timings.append((time.perf_counter() - start) * 1000)
            with CaptureQueriesContext(connection) as queries:
                client.get(path, HTTP_HOST=host)
            results[path] = (len(queries), statistics.median(timings))
        return results

    def handle_centres(self, count, requests, rounds=ROUNDS):
        if Site.objects.filter(hostname__startswith="bench-").exists():
            raise CommandError(
                "Es gibt schon Benchmark-Zentren: Der Vergleich braucht eine frische Datenbank "
                "(make bench CENTRES=33 legt jedes Mal eine neue an)."
            )
        host = "bench-01.localhost"
        client = Client()
        seconds = self.make_centres(1, 1)
        self.stdout.write(f"1 Zentrum angelegt in {seconds:.1f} s.")
        # Alone and among the others in turns, so that a busy machine hurts both alike: the
        # other centres are made in a transaction that is rolled back after each round but
        # the last.
        alone, among = [], []
        for number in range(1, rounds + 1):
            alone.append(self.measure_round(client, host, requests))
            try:
                with transaction.atomic():
                    seconds = self.make_centres(2, count)
                    pages = Page.objects.count()
                    among.append(self.measure_round(client, host, requests))
                    if number < rounds:
                        raise RollBack
            except RollBack:
                # Wagtail keeps the sites' root paths in the cache; the rollback removed sites.
                Site.clear_site_root_paths_cache()
            self.stdout.write(
                f"Runde {number}/{rounds}: {count - 1} weitere Zentren in {seconds:.1f} s "
                f"angelegt ({pages} Seiten), {host} allein und mit ihnen gemessen."
            )
        alone = self.best_of(alone)
        among = self.best_of(among)

        width = max(len(path) for path in centre_paths())
        self.stdout.write(
            f"{'URL':{width}} {'Abfragen 1':>10} {'Abfr. ' + str(count):>10} "
            f"{'Median 1':>10} {'Median ' + str(count):>10} {'Faktor':>7}"
        )
        failures = []
        for path in centre_paths():
            (queries_alone, ms_alone), (queries_among, ms_among) = alone[path], among[path]
            ratio = ms_among / ms_alone
            self.stdout.write(
                f"{path:{width}} {queries_alone:10d} {queries_among:10d} "
                f"{ms_alone:8.1f}ms {ms_among:8.1f}ms {ratio:7.2f}"
            )
            if queries_among != queries_alone or ratio > TARGET_SCALE_RATIO:
                failures.append(path)
        if failures:
            raise CommandError(
                f"Mit {count} Zentren teurer als mit einem (Abfragen oder mehr als "
                f"{TARGET_SCALE_RATIO}-fache Zeit): " + ", ".join(failures)
            )
        self.stdout.write(
            self.style.SUCCESS(
                f"Mit {count} Zentren kostet jede Seite eines Zentrums gleich viele Abfragen und "
                f"höchstens das {TARGET_SCALE_RATIO}-fache der Zeit."
            )
        )
