"""Lighthouse on a phone profile for the main page types, served the production way.

`make lighthouse` migrates a throwaway SQLite database, loads the demo content, collects the
static files (hashed and compressed, as in production) and runs this command. It points the
default Site record at the local server (so canonical URLs and the sitemap name it), starts
gunicorn with deploy/gunicorn.conf.py and DEBUG off, runs Lighthouse from node_modules with
Debian's Chromium (CHROME_PATH, default /usr/bin/chromium) against home, an article, the news
index, an event and the contacts directory, and prints the four category scores per page.
It exits with an error if a score is below --min-score (default 100).
"""

import json
import os
import subprocess
import sys
import tempfile
import urllib.request
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db.models import Q
from django.utils import timezone

from wagtail.models import Site

from contacts.models import ContactIndexPage
from devtools.servers import HOST, free_port, production_environment, wait_until
from events.models import EventPage
from news.models import NewsArticlePage, NewsIndexPage

CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
LIGHTHOUSE = Path(settings.BASE_DIR) / "node_modules" / ".bin" / "lighthouse"


def healthy(url):
    try:
        with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310 (local URL)
            return response.status == 200
    except OSError:
        return False


class Command(BaseCommand):
    help = "Lighthouse scores (phone) for home, an article, news, an event and contacts."

    def add_arguments(self, parser):
        parser.add_argument("--min-score", type=int, default=100)

    def pages(self):
        """The pages measured, all of the default site (the demo has a second centre)."""
        home = Site.objects.get(is_default_site=True).root_page

        def first(model, *filters, order="path"):
            pages = model.objects.live().public().descendant_of(home)
            return pages.filter(*filters).order_by(order).first()

        pages = {
            "Startseite": home,
            "Artikel": first(NewsArticlePage, order="-date"),
            "Aktuelles": first(NewsIndexPage),
            "Veranstaltung": first(EventPage, Q(end__gte=timezone.now()), order="start"),
            "Ansprechpersonen": first(ContactIndexPage),
        }
        missing = [name for name, page in pages.items() if page is None]
        if missing:
            raise CommandError(f"No demo page for {', '.join(missing)}: run load_demo first.")
        return pages

    def handle(self, *args, min_score, **options):
        if not LIGHTHOUSE.exists():
            raise CommandError("Lighthouse is missing: run `npm ci` (make lighthouse does).")
        port = free_port()
        Site.objects.filter(is_default_site=True).update(hostname=HOST, port=port)
        # The path on the page's site: with several sites, get_url() gives whole URLs.
        paths = {name: page.get_url_parts()[2] for name, page in self.pages().items()}
        with tempfile.TemporaryDirectory(prefix="lighthouse-") as workdir:
            server = self.serve(port, Path(workdir))
            try:
                scores = {
                    name: self.lighthouse(f"http://{HOST}:{port}{path}", Path(workdir))
                    for name, path in paths.items()
                }
            finally:
                server.terminate()
                server.wait(timeout=10)
        self.print_table(scores, paths)
        low = [
            f"{name} {category} {score}"
            for name, page_scores in scores.items()
            for category, score in page_scores.items()
            if score < min_score
        ]
        if low:
            raise CommandError(f"Below {min_score}: " + "; ".join(low))

    def serve(self, port, workdir):
        env = production_environment(WEB_CONCURRENCY="2", LOG_LEVEL="WARNING")
        log = (workdir / "gunicorn.log").open("w")
        server = subprocess.Popen(  # noqa: S603 (fixed command line)
            [
                sys.executable,
                "-m",
                "gunicorn",
                "-c",
                "deploy/gunicorn.conf.py",
                "--bind",
                f"{HOST}:{port}",
                "integrationsnetz.wsgi:application",
            ],
            cwd=settings.BASE_DIR,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        url = f"http://{HOST}:{port}/healthz/"
        # Stops waiting as soon as gunicorn has exited.
        answered = wait_until(lambda: server.poll() is not None or healthy(url), 60, 0.3)
        if not answered or server.poll() is not None:
            server.terminate()
            raise CommandError("gunicorn did not become healthy.")
        return server

    def lighthouse(self, url, workdir):
        report = workdir / "report.json"
        env = {**os.environ, "CHROME_PATH": os.environ.get("CHROME_PATH", "/usr/bin/chromium")}
        subprocess.run(  # noqa: S603 (fixed command line)
            [
                str(LIGHTHOUSE),
                url,
                f"--only-categories={','.join(CATEGORIES)}",
                "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
                "--output=json",
                f"--output-path={report}",
                "--quiet",
            ],
            check=True,
            env=env,
            timeout=300,
        )
        data = json.loads(report.read_text())
        self.report_failures(url, data)
        return {
            category: round((data["categories"][category]["score"] or 0) * 100)
            for category in CATEGORIES
        }

    def report_failures(self, url, data):
        """The audits that cost points, so the table says what to fix."""
        for category in CATEGORIES:
            for ref in data["categories"][category]["auditRefs"]:
                audit = data["audits"][ref["id"]]
                if ref["weight"] and audit["score"] is not None and audit["score"] < 1:
                    self.stderr.write(f"{url} {category}: {audit['id']} ({audit['score']})")

    def print_table(self, scores, paths):
        width = max(len(name) for name in scores)
        header = " | ".join(["Seite".ljust(width), *(c.ljust(14) for c in CATEGORIES)])
        self.stdout.write(header)
        self.stdout.write("-" * len(header))
        for name, page_scores in scores.items():
            cells = [str(page_scores[c]).ljust(14) for c in CATEGORIES]
            self.stdout.write(" | ".join([name.ljust(width), *cells]) + f"  {paths[name]}")
