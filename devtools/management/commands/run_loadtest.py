"""Load and fault test of the production set-up on loopback (`make loadtest`).

Serves the site the production way: gunicorn with deploy/gunicorn.conf.py, PostgreSQL and
Redis each behind a TCP proxy this command controls (devtools/tcp_proxy.py), and nginx
with deploy/nginx/proxy.conf in front where nginx is installed. Then, bounded in time:

1. 64 clients for 60 s over a mix of page types (wrk): requests/s, p50/p99, errors (must be 0);
2. slow clients dribbling header lines at nginx and at gunicorn while normal clients are
   measured: the normal clients' errors must stay 0;
3. PostgreSQL refused, then hanging, then silent on the connections already established
   (integrationsnetz/db_deadline.py): the German 503 page within 5 s, 200 again within 5 s of
   the database coming back;
4. Redis refused, then hanging: pages keep answering 200, within 1 s of the normal time.

Traffic goes to 127.0.0.1 only. The machine's PostgreSQL and Redis are never restarted.
Prints a table; exits non-zero when a target is missed.
"""

import contextlib
import http.client
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from wagtail.models import Page, get_page_models

from devtools.servers import HOST, free_port, production_environment, wait_until
from devtools.tcp_proxy import TcpProxy

GERMAN_UNAVAILABLE = "Vorübergehend nicht erreichbar"
EXTRA_PATHS = ["/suche/?q=Vielfalt", "/aktuelles/feed/rss/", "/veranstaltungen/kalender/"]
WRK_SCRIPT = """
paths = {%s}
counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter %% #paths) + 1])
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write("RESULT " .. string.format(
    '{"requests": %%d, "duration_us": %%d, "p50_us": %%d, "p99_us": %%d, "errors": %%d}',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    e.connect + e.read + e.write + e.status + e.timeout) .. "\\n")
end
"""


@dataclass
class Row:
    phase: str
    requests: int = 0
    per_second: float = 0.0
    p50_ms: float = 0.0
    p99_ms: float = 0.0
    errors: int = 0
    result: str = ""
    ok: bool = True


@dataclass
class Probe:
    status: int
    seconds: float
    german: bool = False


@dataclass
class Server:
    processes: list = field(default_factory=list)
    proxies: list = field(default_factory=list)

    def stop(self):
        for process in self.processes:
            if process.poll() is None:
                process.terminate()
        for process in self.processes:
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
        for proxy in self.proxies:
            proxy.stop()


def get(port, path, timeout=10.0):
    """One request on a fresh connection: status, seconds, and whether it is the German 503."""
    started = time.monotonic()
    connection = http.client.HTTPConnection(HOST, port, timeout=timeout)
    try:
        connection.request("GET", path, headers={"Host": "localhost"})
        response = connection.getresponse()
        body = response.read()
        status = response.status
    except OSError:
        return Probe(0, time.monotonic() - started)
    finally:
        connection.close()
    german = status == 503 and GERMAN_UNAVAILABLE in body.decode("utf-8", "replace")
    return Probe(status, time.monotonic() - started, german)


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else 0.0


class SlowClients:
    """Connections that send one header line every few seconds and never finish the request."""

    def __init__(self, port, count, interval=5.0):
        self.port, self.count, self.interval = port, count, interval
        self.stopping = threading.Event()
        self.threads = [threading.Thread(target=self._dribble, daemon=True) for _ in range(count)]

    def __enter__(self):
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc_info):
        self.stopping.set()
        for thread in self.threads:
            thread.join(timeout=self.interval + 2)

    def _dribble(self):
        while not self.stopping.is_set():
            try:
                with socket.create_connection((HOST, self.port), timeout=2) as sock:
                    sock.sendall(b"GET / HTTP/1.1\r\nHost: localhost\r\n")
                    line = 0
                    while not self.stopping.wait(self.interval):
                        line += 1
                        sock.sendall(f"X-Slow-{line}: {'a' * 10}\r\n".encode())
            except OSError:
                # Closed by the server (nginx's client_header_timeout): come back at once.
                self.stopping.wait(0.1)


class Command(BaseCommand):
    help = "Load and fault test of the production set-up on 127.0.0.1 (see make loadtest)."

    def add_arguments(self, parser):
        parser.add_argument("--redis", default="redis://127.0.0.1:6379/6")
        parser.add_argument("--duration", type=int, default=60, help="seconds of the 64-client mix")
        parser.add_argument("--clients", type=int, default=64)

    def handle(self, *args, **options):
        database = settings.DATABASES["default"]
        if database["ENGINE"] != "django.db.backends.postgresql":
            raise CommandError("The load test needs PostgreSQL: set DATABASE_URL (see Makefile).")
        self.wrk_path = shutil.which("wrk")
        if not self.wrk_path:
            raise CommandError("The load test needs wrk (apt-get install wrk).")
        self.rows = []
        paths = self.paths()
        server = Server()
        started = time.monotonic()
        with tempfile.TemporaryDirectory(prefix="loadtest-") as workdir:
            try:
                port = self.serve(server, Path(workdir), database, options["redis"])
                # Warm up: image renditions and caches are made once, not during the measurement.
                for path in paths * 2:
                    get(port, path, timeout=30)
                self.mix(port, paths, options["clients"], options["duration"])
                self.slow_clients(server, port, paths)
                db_proxy, redis_proxy = server.proxies
                self.database_outage(port, paths, db_proxy, "refuse")
                self.database_outage(port, paths, db_proxy, "blackhole")
                self.database_outage(port, paths, db_proxy, "silence")
                self.cache_outage(port, paths, redis_proxy, "refuse")
                self.cache_outage(port, paths, redis_proxy, "blackhole")
            finally:
                server.stop()
                log = Path(workdir) / "gunicorn.log"
                outage_lines = log.read_text(errors="replace").count("Database unavailable")
        self.print_table(time.monotonic() - started, outage_lines)
        if not all(row.ok for row in self.rows):
            raise CommandError("Load test: a target was missed (see the table).")

    def paths(self):
        """One live page per page type of the demo content, plus search, a feed and a calendar."""
        paths = []
        for model in get_page_models():
            if model is Page:
                continue
            page = model.objects.live().public().exact_type(model).order_by("path").first()
            if page is None:
                raise CommandError(f"No demo page of type {model.__name__}: run load_demo first.")
            paths.append(page.get_url())
        return paths + EXTRA_PATHS

    def serve(self, server, workdir, database, redis_url):
        db_proxy = TcpProxy(database["HOST"] or HOST, int(database["PORT"] or 5432)).start()
        redis = urlsplit(redis_url)
        redis_proxy = TcpProxy(redis.hostname, redis.port or 6379).start()
        server.proxies += [db_proxy, redis_proxy]
        app_port = free_port()
        env = production_environment(
            DATABASE_URL=(
                f"postgres://{database['USER']}:{database['PASSWORD']}@{HOST}:{db_proxy.port}"
                f"/{database['NAME']}"
            ),
            CACHE_URL=f"redis://{HOST}:{redis_proxy.port}{redis.path or '/0'}",
            BEHIND_PROXY="true",
            WEB_CONCURRENCY=os.environ.get("WEB_CONCURRENCY", "3"),
            LOG_LEVEL="WARNING",
        )
        log = (workdir / "gunicorn.log").open("w")
        gunicorn = [sys.executable, "-m", "gunicorn", "-c", "deploy/gunicorn.conf.py"]
        server.processes.append(
            subprocess.Popen(  # noqa: S603 (fixed command line)
                [*gunicorn, "--bind", f"{HOST}:{app_port}", "integrationsnetz.wsgi:application"],
                cwd=settings.BASE_DIR,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        )
        if not wait_until(lambda: get(app_port, "/healthz/", timeout=2).status == 200, 60):
            raise CommandError(f"gunicorn did not become healthy; see {workdir}/gunicorn.log")
        self.app_port = app_port
        nginx = shutil.which("nginx") or (Path("/usr/sbin/nginx").exists() and "/usr/sbin/nginx")
        if not nginx:
            self.stdout.write("nginx not installed: clients talk to gunicorn directly.")
            self.nginx = False
            return app_port
        nginx_port = free_port()
        (workdir / "nginx.conf").write_text(
            f"""
worker_processes 1;
pid {workdir}/nginx.pid;
error_log {workdir}/nginx-error.log warn;
events {{ worker_connections 2048; }}
http {{
    access_log off;
    client_body_temp_path {workdir}/body;
    proxy_temp_path {workdir}/proxy;
    fastcgi_temp_path {workdir}/fastcgi;
    uwsgi_temp_path {workdir}/uwsgi;
    scgi_temp_path {workdir}/scgi;
    upstream integrationsnetz_app {{ server {HOST}:{app_port}; keepalive 32; }}
    server {{
        listen {HOST}:{nginx_port};
        include {settings.BASE_DIR}/deploy/nginx/proxy.conf;
    }}
}}
"""
        )
        server.processes.append(
            subprocess.Popen(  # noqa: S603 (fixed command line)
                [nginx, "-c", str(workdir / "nginx.conf"), "-g", "daemon off;"],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.STDOUT,
            )
        )
        if not wait_until(lambda: get(nginx_port, "/healthz/", timeout=2).status == 200, 20):
            raise CommandError(f"nginx did not start; see {workdir}/nginx-error.log")
        self.nginx = True
        return nginx_port

    def wrk(self, port, paths, clients, seconds):
        with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
            script.write(WRK_SCRIPT % ", ".join(json.dumps(path) for path in paths))
        try:
            output = subprocess.run(  # noqa: S603 (fixed command line)
                [
                    self.wrk_path,
                    f"-t{min(2, clients)}",
                    f"-c{clients}",
                    f"-d{seconds}s",
                    "--timeout",
                    "10s",
                    "-H",
                    "Host: localhost",
                    "-s",
                    script.name,
                    f"http://{HOST}:{port}/",
                ],
                capture_output=True,
                text=True,
                timeout=seconds + 30,
                check=True,
            ).stdout
        finally:
            os.unlink(script.name)
        result = json.loads(output.split("RESULT ", 1)[1])
        seconds_run = result["duration_us"] / 1e6
        return result, result["requests"] / seconds_run

    def mix(self, port, paths, clients, seconds):
        result, per_second = self.wrk(port, paths, clients, seconds)
        self.rows.append(
            Row(
                f"{clients} clients, {seconds} s, {len(paths)} URLs",
                result["requests"],
                per_second,
                result["p50_us"] / 1000,
                result["p99_us"] / 1000,
                result["errors"],
                "errors must be 0",
                result["errors"] == 0,
            )
        )

    def slow_clients(self, server, port, paths):
        slow = [("gunicorn", self.app_port, 4)] + ([("nginx", port, 16)] if self.nginx else [])
        with contextlib.ExitStack() as stack:
            for _name, target, count in slow:
                stack.enter_context(SlowClients(target, count))
            time.sleep(6)  # every slow client has started dribbling
            result, per_second = self.wrk(port, paths, 16, 20)
        self.rows.append(
            Row(
                "16 clients + slow clients",
                result["requests"],
                per_second,
                result["p50_us"] / 1000,
                result["p99_us"] / 1000,
                result["errors"],
                ", ".join(f"{count} dribbling at {name}" for name, _, count in slow),
                result["errors"] == 0,
            )
        )

    def probe_cycle(self, port, paths, seconds):
        probes = []
        deadline = time.monotonic() + seconds
        index = 0
        while time.monotonic() < deadline:
            probes.append(get(port, paths[index % len(paths)]))
            index += 1
        return probes

    def database_outage(self, port, paths, proxy, mode):
        getattr(proxy, mode)()
        cut = time.monotonic()
        first_503 = None
        during = []
        while time.monotonic() - cut < 12:
            probe = get(port, paths[len(during) % len(paths)])
            during.append(probe)
            if probe.german and first_503 is None:
                first_503 = time.monotonic() - cut
        proxy.forward()
        back = time.monotonic()
        recovered = None
        after = []
        while time.monotonic() - back < 15:
            probe = get(port, paths[len(after) % len(paths)])
            after.append(probe)
            if probe.status == 200 and recovered is None:
                recovered = time.monotonic() - back
            if recovered is not None and len(after) >= 20:
                break
        # After recovery every worker must be back: the last ten answers are all 200.
        all_back = recovered is not None and all(probe.status == 200 for probe in after[-10:])
        slowest = max(probe.seconds for probe in during)
        # A page the cache still has (200) or the German 503 page; anything else is an error.
        errors = sum(1 for probe in during if not (probe.german or probe.status == 200))
        ok = (
            errors == 0
            and first_503 is not None
            and first_503 <= 5
            and slowest <= 5
            and recovered is not None
            and recovered <= 5
            and all_back
        )
        label = {
            "refuse": "refusing",
            "blackhole": "not answering",
            "silence": "connected, then silent",
        }[mode]
        self.rows.append(
            Row(
                f"PostgreSQL {label}",
                len(during),
                len(during) / 12,
                statistics.median(probe.seconds for probe in during) * 1000,
                percentile([probe.seconds for probe in during], 0.99) * 1000,
                errors,
                f"first German 503 after {first_503 or 0:.1f} s, slowest {slowest:.1f} s, "
                f"200 again {recovered or 0:.1f} s after it is back",
                ok,
            )
        )

    def cache_outage(self, port, paths, proxy, mode):
        normal = self.probe_cycle(port, paths, 5)
        getattr(proxy, mode)()
        during = self.probe_cycle(port, paths, 10)
        proxy.forward()
        normal_p50 = statistics.median(probe.seconds for probe in normal)
        during_p50 = statistics.median(probe.seconds for probe in during)
        errors = sum(1 for probe in during if probe.status != 200)
        slowest = max(probe.seconds for probe in during)
        label = "refusing" if mode == "refuse" else "not answering"
        self.rows.append(
            Row(
                f"Redis {label}",
                len(during),
                len(during) / 10,
                during_p50 * 1000,
                percentile([probe.seconds for probe in during], 0.99) * 1000,
                errors,
                f"p50 {normal_p50 * 1000:.0f} ms before, slowest {slowest * 1000:.0f} ms",
                errors == 0 and slowest <= normal_p50 + 1,
            )
        )

    def print_table(self, seconds, outage_lines):
        header = f"{'phase':42} {'requests':>9} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} "
        header += f"{'errors':>6}  result"
        self.stdout.write(header)
        self.stdout.write("-" * len(header))
        for row in self.rows:
            verdict = "ok" if row.ok else "FAILED"
            self.stdout.write(
                f"{row.phase:42} {row.requests:9d} {row.per_second:8.1f} {row.p50_ms:8.1f} "
                f"{row.p99_ms:8.1f} {row.errors:6d}  {verdict}: {row.result}"
            )
        self.stdout.write(
            f"Database outage log lines: {outage_lines} (once per minute and worker, "
            f"not per request). Total time: {seconds:.0f} s."
        )
