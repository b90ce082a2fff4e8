"""Side-by-side benchmark of the production set-up on loopback (`make bench`).

Serves, each with gunicorn the production way (deploy/gunicorn.conf.py, DEBUG off, 2 sync
workers, PostgreSQL with persistent connections):

- this site twice: the app alone (its fragment cache on and warm), and through Varnish with
  the shipped deploy/varnish/default.vcl (Debian's `varnishd`) in front of that app;
- a stock Wagtail project made now by the installed Wagtail's own `wagtail start` template in a
  temporary folder (its welcome page, on its own PostgreSQL database);
- a one-line Django view (a tiny project in the same temporary folder).

Then, interleaved in rounds (every URL once per round, so that a busy neighbour on the machine
slows all of them alike), wrk measures requests/s, p50/p99 and, from /proc, the gunicorn
processes' CPU time per request. Queries per request are counted in-process with Django's test
client, bytes on the wire with and without `Accept-Encoding: br, gzip`. Last, a mixed load of
10,000 requests, after which a worker's memory (RSS) is read.

Prints a table and the targets (issues 16 and 28) with PASS or MISS. A MISS is a measurement, not an
error: the exit code is 0 unless `--strict`. Errors (a non-200 answer, a server that does not
start) exit non-zero. Traffic goes to 127.0.0.1 only; every process started here is stopped at
the end.
"""

import contextlib
import http.client
import itertools
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

from django.apps import apps
from django.conf import settings
from django.core.cache import caches
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from wagtail.models import Page

from devtools.generators.bulk import GROUPS, THINGS, TOWNS
from devtools.servers import HOST, free_port, production_environment, wait_until

HOSTNAME = "localhost"
COMPRESSED = "br, gzip"
STOCK_PROJECT = "benchstock"
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")

WRK_REPORT = """
done = function(summary, latency, requests)
  local e = summary.errors
  io.write("RESULT " .. string.format(
    '{"requests": %d, "duration_us": %d, "p50_us": %d, "p99_us": %d, "errors": %d,'
    .. ' "status_errors": %d}',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    e.connect + e.read + e.write + e.status + e.timeout, e.status) .. "\\n")
end
"""
WRK_MIX = """
paths = {%s}
counter = 0
answered = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter %% #paths) + 1])
end
response = function(status, headers, body)
  answered = answered + 1
  -- No more requests; run_bench then ends wrk (SIGINT: it prints the summary).
  if answered == %d then wrk.thread:stop() end
end
"""

# Typical searches of residents, and one that finds nothing ("Meinten Sie …?" runs then).
SEARCH_WORDS = ["Sprachkurs", "Kita", "Beratung", "Xylofonunterricht"]
SEARCH_PATH = "/suche/"
FULL_TEXT_INDEX = "integrationsnetz_search_text_gin"
# Targets of issue 31: one search's database time, and 16 clients with distinct queries.
SEARCH_DATABASE_MS = 30
SEARCH_MEDIAN_MS = 150
WRK_PATHS = """
paths = {%s}
counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[((counter - 1) %% #paths) + 1])
end
"""


def search_vocabulary():
    """Words a resident might search for on the bench site: the typical searches, and the
    towns, groups and activities the bench articles and events are written from."""
    words = list(SEARCH_WORDS[:-1])
    for text in [*THINGS, *GROUPS, *TOWNS]:
        words += [word for word in re.findall(r"[\w-]{4,}", text) if word not in words]
    words += ["Deutschkurs", "Wohnung", "Ausbildung", "Fest", "Familie", "Arbeit"]
    return list(dict.fromkeys(words))


def distinct_search_paths(count):
    """`count` search addresses, no two alike: each word alone, then pairs of words."""
    words = search_vocabulary()
    queries = itertools.chain(words, (f"{a} {b}" for a, b in itertools.permutations(words, 2)))
    return [f"{SEARCH_PATH}?{urlencode({'q': q})}" for q in itertools.islice(queries, count)]


class QueryTimer:
    """Djangos execute_wrapper: the time each query of a request took, as the app sees it."""

    def __init__(self):
        self.seconds = []

    def __call__(self, execute, sql, params, many, context):
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            self.seconds.append(time.perf_counter() - started)


# Counts queries of one warm request in the project that this runs in (its own settings).
QUERY_SNIPPET = """
import json, sys
import django
django.setup()
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
client = Client()
client.get(sys.argv[1], HTTP_HOST="localhost")
with CaptureQueriesContext(connection) as queries:
    response = client.get(sys.argv[1], HTTP_HOST="localhost")
print(json.dumps({"status": response.status_code, "queries": len(queries)}))
"""

MINIMAL_SETTINGS = '''"""A one-line Django view: settings and URLs in one module."""

from django.http import HttpResponse
from django.urls import path

DEBUG = False
SECRET_KEY = "bench-only-not-secret"
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "testserver"]
ROOT_URLCONF = "minimalsite"
INSTALLED_APPS = []
MIDDLEWARE = []
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
USE_TZ = True


def hello(request):
    return HttpResponse("Hallo, Welt!")


urlpatterns = [path("", hello)]
'''
MINIMAL_WSGI = """from django.core.wsgi import get_wsgi_application

application = get_wsgi_application()
"""

STOCK_LOCAL_SETTINGS = """# Written by `make bench`: production settings of the stock project.
SECRET_KEY = "bench-only-not-secret"
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "testserver"]
DATABASES = {{"default": {database!r}}}
# The welcome page's one stylesheet is named without a manifest (no collectstatic needed).
STORAGES = {{
    "default": {{"BACKEND": "django.core.files.storage.FileSystemStorage"}},
    "staticfiles": {{"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}},
}}
"""


@dataclass
class Server:
    name: str
    port: int
    process: subprocess.Popen
    log: Path
    served: int = 0

    def processes(self):
        """The gunicorn master and its workers."""
        pids = [self.process.pid]
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == self.process.pid:
                pids.append(int(entry.name))
        return pids

    def workers(self):
        return self.processes()[1:]

    def cpu_seconds(self):
        total = 0
        for pid in self.processes():
            with contextlib.suppress(OSError):
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
                total += int(fields[11]) + int(fields[12])  # utime, stime
        return total / CLOCK_TICKS


class LogLines:
    """How many lines a server's access log has gained since this was made."""

    def __init__(self, path):
        self.path = path
        self.offset = path.stat().st_size
        self.count = 0

    def new(self):
        with self.path.open("rb") as log:
            log.seek(self.offset)
            chunk = log.read()
        self.offset += len(chunk)
        self.count += chunk.count(b"\n")
        return self.count


@dataclass
class Target:
    label: str
    server: str
    path: str
    mode: str = ""
    runs: list = field(default_factory=list)
    queries: int | None = None
    bytes_compressed: int = 0
    bytes_plain: int = 0
    encoding: str = ""

    @property
    def requests(self):
        return sum(run["requests"] for run in self.runs)

    @property
    def per_second(self):
        seconds = sum(run["duration_us"] for run in self.runs) / 1e6
        return self.requests / seconds if seconds else 0.0

    def median(self, key):
        values = sorted(run[key] for run in self.runs)
        return values[len(values) // 2] if values else 0

    @property
    def cpu_ms(self):
        requests = self.requests
        return sum(run["cpu"] for run in self.runs) * 1000 / requests if requests else 0.0


def fetch(port, path, encoding=None, timeout=30.0):
    """Status, headers and the body as it came over the wire (not decompressed)."""
    conn = http.client.HTTPConnection(HOST, port, timeout=timeout)
    try:
        headers = {"Host": HOSTNAME}
        if encoding:
            headers["Accept-Encoding"] = encoding
        conn.request("GET", path, headers=headers)
        response = conn.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    except OSError:
        return 0, {}, b""
    finally:
        conn.close()


def ratio(value, reference):
    return value / reference if reference else float("inf")


def path_of(page):
    """The page's path on its site (`url` is absolute when there are several sites)."""
    return page.get_url_parts()[2]


class Command(BaseCommand):
    help = "Side-by-side benchmark on 127.0.0.1 against stock Wagtail (see make bench)."

    def add_arguments(self, parser):
        parser.add_argument("--rounds", type=int, default=3)
        parser.add_argument("--seconds", type=int, default=5, help="per URL and round")
        parser.add_argument("--connections", type=int, default=2)
        parser.add_argument("--memory-requests", type=int, default=10_000)
        parser.add_argument("--stock-database", default="integrationsnetz_bench_stock")
        parser.add_argument("--search-clients", type=int, default=16)
        parser.add_argument("--search-seconds", type=int, default=20)
        parser.add_argument("--search-repeats", type=int, default=5, help="per search word")
        parser.add_argument(
            "--strict", action="store_true", help="exit non-zero when a target is missed"
        )

    def handle(self, *args, **options):
        database = settings.DATABASES["default"]
        if database["ENGINE"] != "django.db.backends.postgresql":
            raise CommandError("The benchmark needs PostgreSQL: set DATABASE_URL (see Makefile).")
        self.wrk_path = shutil.which("wrk")
        if not self.wrk_path:
            raise CommandError("The benchmark needs wrk (apt-get install wrk).")
        self.options = options
        # `timeout` and Ctrl-C: stop every server started here before leaving.
        signal.signal(signal.SIGTERM, lambda *_args: sys.exit(143))
        self.errors = []
        self.servers = {}
        started = self.started = time.monotonic()
        targets = self.targets()
        with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
            workdir = Path(tmp)
            try:
                # The bench owns this cache database: start from nothing, then warm it.
                caches["default"].clear()
                self.log("Stock Wagtail project from `wagtail start` ...")
                stock_dir = self.make_stock(workdir, database, options["stock_database"])
                minimal_dir = workdir / "minimal"
                minimal_dir.mkdir()
                (minimal_dir / "minimalsite.py").write_text(MINIMAL_SETTINGS)
                (minimal_dir / "minimalwsgi.py").write_text(MINIMAL_WSGI)
                self.log("Starting three gunicorn servers and Varnish ...")
                self.start_servers(workdir, stock_dir, minimal_dir)
                self.log("Warming up, counting queries and bytes ...")
                self.warm_up(targets)
                self.count_queries(targets, stock_dir, minimal_dir)
                self.measure_bytes(targets)
                self.assets = self.measure_assets(targets[0].path)
                self.search_database = self.measure_search_database()
                self.measure(targets)
                self.search_load = self.measure_search_load()
                self.memory = self.measure_memory(targets)
            finally:
                self.stop_servers()
        self.print_table(targets, time.monotonic() - started)
        missed = self.print_targets(targets)
        if self.errors:
            raise CommandError("Benchmark errors:\n" + "\n".join(self.errors))
        if missed and options["strict"]:
            raise CommandError(f"{missed} target(s) missed (--strict).")

    def log(self, message):
        self.stderr.write(f"[{time.monotonic() - self.started:5.0f} s] {message}")

    # What is measured -------------------------------------------------------------------------

    def first_page(self, label):
        """The first live page of a page type, found through the app registry."""
        page = (
            Page.objects.live()
            .public()
            .type(apps.get_model(label))
            .filter(locale__language_code=settings.LANGUAGE_CODE)
            .order_by("path")
            .first()
        )
        if page is None:
            raise CommandError(f"No live page of type {label}: run load_demo first.")
        return page

    def targets(self):
        article = Page.objects.live().filter(
            slug="bewilligungsbescheid-wir-vielfaltszentrum",
            locale__language_code=settings.LANGUAGE_CODE,
        )
        article = article.order_by("path").first()
        if article is None:
            raise CommandError("The seed article is missing: run load_demo first.")
        index = article.get_parent()
        event = self.first_page("events.EventPage")
        self.article_index, self.event_index = index, event.get_parent()
        if index.get_children().live().count() < 5000:
            raise CommandError("Too few articles: run `manage.py bench_data` first.")
        ours = [
            ("news article (seed)", path_of(article)),
            ("home page", "/"),
            ("news index", path_of(index)),
            ("news index page 500", f"{path_of(index)}?page=500"),
            ("event page", path_of(event)),
            ("contacts directory", path_of(self.first_page("contacts.ContactIndexPage"))),
        ]
        targets = [
            Target("stock Wagtail welcome", "stock", "/"),
            Target("minimal Django view", "minimal", "/"),
        ]
        targets += [Target(label, "app", path, "app") for label, path in ours]
        targets += [Target(label, "varnish", path, "varnish") for label, path in ours]
        # The seed article uncached first: the asset and size targets read it.
        targets.insert(0, targets.pop(2))
        return targets

    # Servers ----------------------------------------------------------------------------------

    def make_stock(self, workdir, database, name):
        stock_dir = workdir / "stock"
        stock_dir.mkdir()
        wagtail = Path(sys.executable).parent / "wagtail"
        self.run([str(wagtail), "start", STOCK_PROJECT, str(stock_dir)], cwd=workdir)
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
            if cursor.fetchone() is None:
                cursor.execute(f'CREATE DATABASE "{name}"')
        stock_database = {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": name,
            "USER": database["USER"],
            "PASSWORD": database["PASSWORD"],
            "HOST": database["HOST"] or HOST,
            "PORT": str(database["PORT"] or 5432),
            "CONN_MAX_AGE": 600,
            "CONN_HEALTH_CHECKS": True,
        }
        (stock_dir / STOCK_PROJECT / "settings" / "local.py").write_text(
            STOCK_LOCAL_SETTINGS.format(database=stock_database)
        )
        self.run(
            [sys.executable, "manage.py", "migrate", "--no-input", "-v0"],
            cwd=stock_dir,
            env=self.stock_env(),
        )
        return stock_dir

    def stock_env(self):
        return {
            **self.clean_env(),
            "DJANGO_SETTINGS_MODULE": f"{STOCK_PROJECT}.settings.production",
        }

    def clean_env(self):
        """The environment without this project's settings, for the reference projects."""
        env = {key: value for key, value in os.environ.items() if key.isupper()}
        for key in ("DJANGO_SETTINGS_MODULE", "DATABASE_URL", "CACHE_URL"):
            env.pop(key, None)
        # deploy/gunicorn.conf.py imports integrationsnetz.log.
        env["PYTHONPATH"] = str(settings.BASE_DIR)
        return env

    def run(self, command, cwd, env=None, timeout=180):
        result = subprocess.run(  # noqa: S603 (fixed command line)
            command, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout
        )
        if result.returncode != 0:
            raise CommandError(f"{' '.join(command)} failed:\n{result.stdout}{result.stderr}")
        return result.stdout

    def start_servers(self, workdir, stock_dir, minimal_dir):
        ours = production_environment(LOG_LEVEL="WARNING")
        specs = [
            ("app", settings.BASE_DIR, ours, "integrationsnetz.wsgi"),
            ("stock", stock_dir, self.stock_env(), f"{STOCK_PROJECT}.wsgi"),
            (
                "minimal",
                minimal_dir,
                {**self.clean_env(), "DJANGO_SETTINGS_MODULE": "minimalsite"},
                "minimalwsgi",
            ),
        ]
        for name, cwd, env, module in specs:
            port = free_port()
            log = workdir / f"{name}.log"
            command = [
                sys.executable,
                "-m",
                "gunicorn",
                "-c",
                str(settings.BASE_DIR / "deploy" / "gunicorn.conf.py"),
                "--bind",
                f"{HOST}:{port}",
                "--workers",
                "2",
                "--worker-class",
                "sync",
                # gunicorn.conf.py asks for 8 threads, with which gunicorn silently runs gthread
                # workers: one request at a time per worker, as the table says.
                "--threads",
                "1",
                # No recycling: the memory measurement needs the same workers throughout.
                "--max-requests",
                "0",
                "--chdir",
                str(cwd),
                f"{module}:application",
            ]
            with log.open("w") as log_file:
                process = subprocess.Popen(  # noqa: S603 (fixed command line)
                    command,
                    cwd=cwd,
                    env=env,
                    stdout=log_file,
                    stderr=subprocess.STDOUT,
                    start_new_session=True,
                )
            self.servers[name] = Server(name, port, process, log)
        self.start_varnish(workdir, self.servers["app"].port)
        for server in self.servers.values():
            if not wait_until(lambda s=server: fetch(s.port, "/", timeout=5)[0] != 0, 60):
                tail = server.log.read_text(errors="replace")[-2000:]
                raise CommandError(f"{server.name} did not start:\n{tail}")

    def start_varnish(self, workdir, backend_port):
        """Debian's varnishd with the shipped VCL, in front of the app's gunicorn."""
        binary = shutil.which("varnishd") or shutil.which("varnishd", path="/usr/sbin")
        if binary is None:
            raise CommandError("The benchmark needs Varnish (apt-get install varnish).")
        vcl = workdir / "default.vcl"
        shipped = (settings.BASE_DIR / "deploy" / "varnish" / "default.vcl").read_text()
        vcl.write_text(shipped.replace('.port = "8000";', f'.port = "{backend_port}";'))
        port = free_port()
        log = workdir / "varnish.log"
        with log.open("w") as log_file:
            process = subprocess.Popen(  # noqa: S603 (the Debian binary, our arguments)
                [
                    binary,
                    "-F",
                    "-j",
                    "none",
                    "-n",
                    str(workdir / "varnish"),
                    "-a",
                    f"{HOST}:{port}",
                    "-f",
                    str(vcl),
                    "-s",
                    "malloc,256m",
                ],
                stdout=log_file,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        self.servers["varnish"] = Server("varnish", port, process, log)

    def stop_servers(self):
        for server in self.servers.values():
            if server.process.poll() is None:
                server.process.send_signal(signal.SIGTERM)
        for server in self.servers.values():
            try:
                server.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(server.process.pid, signal.SIGKILL)
                server.process.wait(timeout=5)

    # Measurements -----------------------------------------------------------------------------

    def warm_up(self, targets):
        """Renditions, fragment caches and page caches are made here, not during measuring."""
        for target in targets:
            server = self.servers[target.server]
            for encoding in (COMPRESSED, None, COMPRESSED):
                status = fetch(server.port, target.path, encoding)[0]
                server.served += 1
                if status != 200:
                    self.errors.append(f"{target.label} ({target.mode}): HTTP {status}")
        if self.errors:
            raise CommandError("Benchmark errors:\n" + "\n".join(self.errors))

    def count_queries(self, targets, stock_dir, minimal_dir):
        client = Client()
        for target in targets:
            if target.server == "varnish":
                target.queries = 0  # a hit never reaches the app
                continue
            if target.server == "app":
                client.get(target.path, HTTP_HOST=HOSTNAME)
                with CaptureQueriesContext(connection) as queries:
                    client.get(target.path, HTTP_HOST=HOSTNAME)
                target.queries = len(queries)
                continue
            cwd, env = (
                (stock_dir, self.stock_env())
                if target.server == "stock"
                else (minimal_dir, {**self.clean_env(), "DJANGO_SETTINGS_MODULE": "minimalsite"})
            )
            output = self.run([sys.executable, "-c", QUERY_SNIPPET, target.path], cwd, env)
            target.queries = json.loads(output.strip().splitlines()[-1])["queries"]

    def measure_bytes(self, targets):
        for target in targets:
            port = self.servers[target.server].port
            _status, headers, body = fetch(port, target.path, COMPRESSED)
            target.bytes_compressed = len(body)
            target.encoding = headers.get("Content-Encoding", "-")
            target.bytes_plain = len(fetch(port, target.path)[2])

    def measure_assets(self, path):
        """The stylesheets and scripts the article loads, as they come over the wire."""
        port = self.servers["app"].port
        html = fetch(port, path)[2].decode("utf-8", "replace")
        urls = re.findall(r'<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"', html)
        urls += re.findall(r'<link[^>]+href="([^"]+)"[^>]+rel="stylesheet"', html)
        urls += re.findall(r'<script[^>]+src="([^"]+)"', html)
        assets = []
        for url in dict.fromkeys(urls):
            status, headers, body = fetch(port, url, COMPRESSED)
            if status != 200:
                self.errors.append(f"asset {url}: HTTP {status}")
            assets.append((url, len(body), headers.get("Content-Encoding", "-")))
        return assets

    def wrk(self, port, path, seconds, script=WRK_REPORT, connections=None, until=None):
        """Runs wrk for `seconds`, or until `until` = (server, n) has logged n more requests."""
        connections = connections or self.options["connections"]
        with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as lua:
            lua.write(script + WRK_REPORT if script is not WRK_REPORT else script)
        try:
            process = subprocess.Popen(  # noqa: S603 (fixed command line)
                [
                    self.wrk_path,
                    "-t1",
                    f"-c{connections}",
                    f"-d{seconds}s",
                    "--timeout",
                    "10s",
                    "-H",
                    f"Host: {HOSTNAME}",
                    # What browsers send; the stock project and the minimal view ignore it.
                    "-H",
                    f"Accept-Encoding: {COMPRESSED}",
                    "-s",
                    lua.name,
                    f"http://{HOST}:{port}{path}",
                ],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            try:
                if until is not None:
                    server, count = until
                    lines = LogLines(server.log)
                    deadline = time.monotonic() + seconds
                    while process.poll() is None and time.monotonic() < deadline:
                        if lines.new() >= count:
                            process.send_signal(signal.SIGINT)
                            break
                        time.sleep(0.5)
                output, errors = process.communicate(timeout=seconds + 30)
            finally:
                if process.poll() is None:
                    process.kill()
                    process.wait()
        finally:
            os.unlink(lua.name)
        if "RESULT " not in output:
            raise CommandError(f"wrk failed: {errors}")
        return json.loads(output.split("RESULT ", 1)[1])

    def measure(self, targets):
        rounds, seconds = self.options["rounds"], self.options["seconds"]
        self.log(
            f"Measuring {len(targets)} URLs x {rounds} rounds x {seconds} s, interleaved "
            f"(wrk -t1 -c{self.options['connections']}) ..."
        )
        for number in range(rounds):
            for index, target in enumerate(targets):
                server = self.servers[target.server]
                cpu_before = server.cpu_seconds()
                result = self.wrk(server.port, target.path, seconds)
                result["cpu"] = server.cpu_seconds() - cpu_before
                server.served += result["requests"]
                target.runs.append(result)
                if result["errors"]:
                    self.errors.append(
                        f"{target.label} ({target.mode or target.server}): {result['errors']} "
                        f"errors ({result['status_errors']} non-2xx/3xx answers)"
                    )
                bar = "#" * (30 * (number * len(targets) + index + 1) // (rounds * len(targets)))
                self.stderr.write(f"\r  round {number + 1}/{rounds} [{bar:30}]", ending="")
        self.stderr.write("")

    def mix_paths(self, targets):
        """Every measured page plus many other articles, events, index pages and the search."""
        index, events = self.article_index, self.event_index
        paths = [target.path for target in targets if target.server == "app"]
        paths += [path_of(page) for page in index.get_children().live().order_by("?")[:200]]
        paths += [f"{path_of(index)}?page={number}" for number in range(2, 1000, 33)]
        paths += [path_of(page) for page in events.get_children().live().order_by("?")[:50]]
        paths += [
            path_of(events),
            f"{path_of(index)}feed/rss/",
            "/suche/?q=Vielfalt",
            "/suche/?q=Sprachkurs",
        ]
        return paths

    def measure_search_database(self):
        """Database time of one search per typical word, in-process (Django's test client, an
        execute_wrapper timing every query): the median of `--search-repeats` searches, none
        of them a kept result (the query differs in trailing blanks, which the search strips).
        Then EXPLAIN ANALYZE of the full-text query: does it use the GIN index?"""
        self.log("Search: database time per search ...")
        client = Client()
        rows = []
        for word in SEARCH_WORDS:
            client.get(SEARCH_PATH, {"q": word}, HTTP_HOST=HOSTNAME)  # the frame's fragments
            times, counts = [], []
            full_text = None
            for repeat in range(1, self.options["search_repeats"] + 1):
                timer = QueryTimer()
                with (
                    CaptureQueriesContext(connection) as captured,
                    connection.execute_wrapper(timer),
                ):
                    response = client.get(
                        SEARCH_PATH, {"q": word + " " * repeat}, HTTP_HOST=HOSTNAME
                    )
                if response.status_code != 200:
                    self.errors.append(f"search {word!r}: HTTP {response.status_code}")
                times.append(sum(timer.seconds) * 1000)
                counts.append(len(timer.seconds))
                full_text = full_text or next(
                    (
                        q["sql"]
                        for q in captured.captured_queries
                        if "wagtailsearch_indexentry" in q["sql"] and "@@" in q["sql"]
                    ),
                    None,
                )
            rows.append(
                {
                    "word": word,
                    "ms": statistics.median(times),
                    "queries": max(counts),
                    **self.explain(full_text),
                }
            )
        return rows

    def explain(self, sql):
        """Execution time and whether the full-text index is used, from EXPLAIN ANALYZE."""
        if sql is None:
            return {"plan_ms": 0.0, "index": False}
        with connection.cursor() as cursor:
            cursor.execute(f"EXPLAIN ANALYZE {sql}")
            plan = "\n".join(row[0] for row in cursor.fetchall())
        match = re.search(r"Execution Time: ([\d.]+) ms", plan)
        plan_ms = float(match.group(1)) if match else 0.0
        return {"plan_ms": plan_ms, "index": FULL_TEXT_INDEX in plan}

    def measure_search_load(self):
        """`--search-clients` clients at once, each search with a query not searched before
        (no kept results), directly at the app: median, p99, errors."""
        clients, seconds = self.options["search_clients"], self.options["search_seconds"]
        self.log(f"Search: {clients} clients, distinct queries, {seconds} s ...")
        server = self.servers["app"]
        paths = distinct_search_paths(5000)
        script = WRK_PATHS % ", ".join(json.dumps(path) for path in paths)
        cpu_before = server.cpu_seconds()
        result = self.wrk(server.port, SEARCH_PATH, seconds, script=script, connections=clients)
        result["cpu"] = server.cpu_seconds() - cpu_before
        server.served += result["requests"]
        if result["requests"] > len(paths):
            self.errors.append("search load: more requests than distinct queries")
        return result

    def rss(self, server):
        values = []
        for pid in server.workers():
            with contextlib.suppress(OSError):
                status = Path(f"/proc/{pid}/status").read_text()
                values.append(int(re.search(r"VmRSS:\s+(\d+)", status).group(1)) / 1024)
        return values

    def measure_memory(self, targets):
        """A mix of many URLs on the app's workers (what Varnish passes to them)."""
        server = self.servers["app"]
        paths = self.mix_paths(targets)
        count = self.options["memory_requests"]
        self.log(f"Mixed load for memory: {count} requests over {len(paths)} URLs ...")
        script = WRK_MIX % (", ".join(json.dumps(path) for path in paths), count)
        # Bounded: on a busy machine the renders of the new URLs can take minutes.
        result = self.wrk(server.port, "/", 180, script=script, until=(server, count))
        server.served += result["requests"]
        if result["errors"]:
            self.errors.append(
                f"mixed load: {result['errors']} errors "
                f"({result['status_errors']} non-2xx/3xx answers)"
            )
        self.log("Done.")
        return {
            "served": server.served,
            "mixed": result["requests"],
            "urls": len(paths),
            "rss_mb": self.rss(server),
        }

    # Report -----------------------------------------------------------------------------------

    def print_table(self, targets, seconds):
        stock = next(target for target in targets if target.server == "stock")
        minimal = next(target for target in targets if target.server == "minimal")
        write = self.stdout.write
        write("")
        header = (
            f"| {'page':28} | {'mode':8} | {'req/s':>7} | {'x stock':>7} | {'x minimal':>9} "
            f"| {'p50 ms':>6} | {'p99 ms':>6} | {'CPU ms/req':>10} | {'queries':>7} "
            f"| {'KB br/gzip':>10} | {'KB plain':>8} |"
        )
        write(header)
        cells = header.split("|")[1:-1]
        # Markdown: text columns left, numbers right.
        rule = [":" + "-" * (len(cell) - 1) for cell in cells[:2]]
        rule += ["-" * (len(cell) - 1) + ":" for cell in cells[2:]]
        write("|" + "|".join(rule) + "|")
        order = [stock, minimal] + [t for t in targets if t.server == "app"]
        order += [t for t in targets if t.server == "varnish"]
        for target in order:
            label = target.label
            encoding = "" if target.encoding in ("-", "") else f" {target.encoding}"
            write(
                f"| {label:28} | {target.mode or '-':8} | {target.per_second:7.1f} "
                f"| {ratio(target.per_second, stock.per_second):7.2f} "
                f"| {ratio(target.per_second, minimal.per_second):9.3f} "
                f"| {target.median('p50_us') / 1000:6.1f} | {target.median('p99_us') / 1000:6.1f} "
                f"| {target.cpu_ms:10.1f} | {target.queries:7d} "
                f"| {target.bytes_compressed / 1024:7.1f}{encoding:3} "
                f"| {target.bytes_plain / 1024:8.1f} |"
            )
        write("")
        write(
            f"Suche: Datenbankzeit je Suche (median of {self.options['search_repeats']}, results "
            "not kept; the full-text query by EXPLAIN ANALYZE):"
        )
        for row in self.search_database:
            index = f"index {FULL_TEXT_INDEX}" if row["index"] else "no full-text index"
            write(
                f"  {row['word']:20} {row['ms']:6.1f} ms in {row['queries']:2d} queries; "
                f"full-text query {row['plan_ms']:5.1f} ms, {index}"
            )
        load = self.search_load
        write(
            f"Search under load: {self.options['search_clients']} clients, distinct queries, "
            f"{load['requests']} searches in {load['duration_us'] / 1e6:.0f} s "
            f"({load['requests'] / (load['duration_us'] / 1e6 or 1):.1f}/s): "
            f"p50 {load['p50_us'] / 1000:.0f} ms, p99 {load['p99_us'] / 1000:.0f} ms, "
            f"{load['errors']} errors ({load['status_errors']} answers other than 2xx/3xx); "
            f"gunicorn CPU {load['cpu'] * 1000 / max(load['requests'], 1):.0f} ms per search"
        )
        write("")
        assets = ", ".join(f"{url} {size / 1024:.1f} KB {enc}" for url, size, enc in self.assets)
        write(f"Article assets over the wire ({COMPRESSED}): {assets or 'none'}")
        memory = self.memory
        write(
            f"Memory (RSS per gunicorn worker): {self.megabytes(memory['rss_mb'])} after "
            f"{memory['mixed']} mixed requests over {memory['urls']} URLs "
            f"({memory['served']} requests in all)."
        )
        write(
            f"{self.options['rounds']} interleaved rounds x {self.options['seconds']} s per URL, "
            f"wrk -t1 -c{self.options['connections']} with Accept-Encoding: {COMPRESSED}; "
            f"gunicorn 2 sync workers each; {os.cpu_count()} CPUs; total {seconds:.0f} s."
        )

    @staticmethod
    def megabytes(values):
        return " and ".join(f"{value:.0f} MB" for value in values) or "-"

    def print_targets(self, targets):
        by = {(target.label, target.mode or target.server): target for target in targets}
        stock = by["stock Wagtail welcome", "stock"].per_second
        minimal = by["minimal Django view", "minimal"].per_second
        article = by["news article (seed)", "app"]
        uncached = [target for target in targets if target.server == "app"]
        cached = [target for target in targets if target.server == "varnish"]
        first = by["news index", "app"]
        page_500 = by["news index page 500", "app"]
        article_bytes = article.bytes_compressed + sum(size for _url, size, _enc in self.assets)
        slowest_other = min(
            (t for t in uncached if t.label not in ("news article (seed)", "news index page 500")),
            key=lambda t: t.per_second,
        )
        slowest_cached = min(cached, key=lambda t: t.per_second)
        worst_queries = max(uncached, key=lambda t: t.queries)
        rss = max(self.memory["rss_mb"] or [0])
        checks = [
            (
                "article, app alone, >= 0.6x stock Wagtail (req/s)",
                ratio(article.per_second, stock) >= 0.6,
                f"{ratio(article.per_second, stock):.2f}x",
            ),
            (
                "home, index, event, contacts, app alone, >= 0.5x stock",
                ratio(slowest_other.per_second, stock) >= 0.5,
                f"slowest {slowest_other.label} {ratio(slowest_other.per_second, stock):.2f}x",
            ),
            (
                "article through Varnish >= 3x minimal view (req/s)",
                ratio(by["news article (seed)", "varnish"].per_second, minimal) >= 3,
                f"{ratio(by['news article (seed)', 'varnish'].per_second, minimal):.2f}x",
            ),
            (
                "every page through Varnish >= 1x minimal view",
                ratio(slowest_cached.per_second, minimal) >= 1,
                f"slowest {slowest_cached.label} {ratio(slowest_cached.per_second, minimal):.2f}x",
            ),
            ("article <= 6 queries", article.queries <= 6, f"{article.queries}"),
            (
                "every page <= 8 queries",
                worst_queries.queries <= 8,
                f"most: {worst_queries.label} {worst_queries.queries}",
            ),
            (
                "news index page 500 within 1.2x of page 1",
                ratio(first.per_second, page_500.per_second) <= 1.2,
                f"{ratio(first.per_second, page_500.per_second):.2f}x the time of page 1",
            ),
            (
                "article HTML + CSS + JS <= 30 KB compressed",
                article_bytes <= 30 * 1024,
                f"{article_bytes / 1024:.1f} KB",
            ),
            (
                "gunicorn worker RSS < 250 MB after 10,000 requests",
                rss < 250 and self.memory["mixed"] >= 10_000,
                f"{rss:.0f} MB after {self.memory['mixed']} mixed requests",
            ),
        ]
        slowest_search = max(self.search_database, key=lambda row: row["ms"])
        load = self.search_load
        checks += [
            (
                f"Suche: Datenbankzeit je Suche < {SEARCH_DATABASE_MS} ms, full-text index used",
                slowest_search["ms"] < SEARCH_DATABASE_MS
                and all(row["index"] for row in self.search_database),
                f"slowest {slowest_search['word']} {slowest_search['ms']:.1f} ms",
            ),
            (
                f"{self.options['search_clients']} clients, distinct searches: median < "
                f"{SEARCH_MEDIAN_MS} ms, 0 errors",
                load["p50_us"] / 1000 < SEARCH_MEDIAN_MS and load["errors"] == 0,
                f"median {load['p50_us'] / 1000:.0f} ms, {load['errors']} errors",
            ),
        ]
        self.stdout.write("")
        self.stdout.write("Targets (issues 16, 28 and 31):")
        for text, ok, value in checks:
            self.stdout.write(f"  {'PASS' if ok else 'MISS'}  {text}: {value}")
        return sum(1 for _text, ok, _value in checks if not ok)
