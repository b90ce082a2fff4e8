"""A PostgreSQL that keeps its connections open but stops answering (docs/betrieb.md).

gunicorn runs as in production (deploy/gunicorn.conf.py, persistent connections), with sync
and with gthread workers, against a database of its own on the machine's PostgreSQL, through
a TCP proxy that is switched to swallow everything on the established connections.
"""

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

from django.conf import settings

import psycopg
import pytest

from devtools.tcp_proxy import TcpProxy

# One per pytest-xdist worker: two workers must not migrate the same database at once.
DATABASE = "integrationsnetz_silent_db_test" + os.environ.get("PYTEST_XDIST_WORKER", "")
HOST = "127.0.0.1"
ENV = {
    "DJANGO_SETTINGS_MODULE": "integrationsnetz.settings",
    "DEBUG": "false",
    "SECRET_KEY": "silent-database-test-key",
    "EMAIL_URL": "dummymail://",
    "ALLOWED_HOSTS": "127.0.0.1,localhost",
    "STATIC_MANIFEST": "false",
    "SECURE_SSL_REDIRECT": "false",
    "SECURE_COOKIES": "false",
    "CACHE_URL": "locmemcache://",
    # Every page asks the database; nothing is served from a cache during the outage.
    "PAGE_CACHE": "false",
    "FRAGMENT_CACHE": "false",
    "LOG_LEVEL": "ERROR",
    # Persistent connections, as in production (the test settings switch them off).
    "CONN_MAX_AGE": "600",
    "WEB_CONCURRENCY": "1",
    "GUNICORN_THREADS": "2",
}


def server_address():
    database = settings.DATABASES["default"]
    if database["ENGINE"] == "django.db.backends.postgresql":
        return database["HOST"] or HOST, int(database["PORT"] or 5432), database["USER"]
    return HOST, 5432, "postgres"


def run_env(port, user):
    return {**os.environ, **ENV, "DATABASE_URL": f"postgres://{user}@{HOST}:{port}/{DATABASE}"}


@pytest.fixture(scope="module")
def database():
    """Created and migrated once per machine; later runs find it up to date in seconds."""
    host, port, user = server_address()
    with psycopg.connect(host=host, port=port, user=user, dbname="postgres", autocommit=True) as pg:
        if not pg.execute("SELECT 1 FROM pg_database WHERE datname = %s", [DATABASE]).fetchone():
            pg.execute(f'CREATE DATABASE "{DATABASE}"')
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--no-input", "-v0"],
        env=run_env(port, user),
        cwd=settings.BASE_DIR,
        check=True,
    )
    return host, port, user


def free_port():
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def get(port, path):
    """Status and seconds taken; a hang shows as a timeout after 20 s."""
    started = time.monotonic()
    try:
        with urllib.request.urlopen(f"http://{HOST}:{port}{path}", timeout=20) as response:
            status, body = response.status, response.read()
    except urllib.error.HTTPError as error:
        status, body = error.code, error.read()
    return status, time.monotonic() - started, body.decode()


@pytest.fixture(params=["sync", "gthread"])
def served(request, database):
    host, port, user = database
    with TcpProxy(host, port) as proxy:
        app_port = free_port()
        gunicorn = subprocess.Popen(  # noqa: S603 (this interpreter, our configuration)
            [
                sys.executable,
                "-m",
                "gunicorn",
                "-c",
                "deploy/gunicorn.conf.py",
                "--worker-class",
                request.param,
                "--bind",
                f"{HOST}:{app_port}",
                "integrationsnetz.wsgi:application",
            ],
            env=run_env(proxy.port, user),
            cwd=settings.BASE_DIR,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline:
                try:
                    if get(app_port, "/healthz/")[0] == 200:
                        break
                except OSError:
                    time.sleep(0.2)
            yield app_port, proxy
        finally:
            gunicorn.terminate()
            gunicorn.wait(timeout=30)


def test_a_silent_database_gives_503_within_5_seconds_and_the_site_recovers_within_5(served):
    port, proxy = served
    # Open connections in the worker (both threads of a gthread worker), as after any request.
    for _ in range(4):
        assert get(port, "/")[0] == 200
        assert get(port, "/healthz/")[0] == 200

    proxy.silence()
    status, seconds, body = get(port, "/healthz/")
    assert (status, "database unavailable" in body) == (503, True)
    assert seconds < 5
    for path in ("/", "/healthz/", "/"):
        status, seconds, body = get(port, path)
        assert status == 503, path
        assert seconds < 5, path
    assert "Vorübergehend nicht erreichbar" in body

    proxy.forward()
    recovered = time.monotonic()
    while get(port, "/")[0] != 200:
        assert time.monotonic() - recovered < 5
    assert get(port, "/healthz/")[0] == 200
    assert time.monotonic() - recovered < 5
