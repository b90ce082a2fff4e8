"""A real Varnish with deploy/varnish/default.vcl in front of the test server: public pages are
served from it, a publish purges them at once, and editors and other cookies are handled right.

Skipped with a message where `varnishd` is missing (install Debian's `varnish`); under CI it
fails instead, and .ci/run installs the package."""

import os
import shutil
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

from django.conf import settings

import pytest

from integrationsnetz import page_cache

from ..factories import NewsArticlePageFactory

VCL = Path(settings.BASE_DIR) / "deploy" / "varnish" / "default.vcl"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def varnish(live_server, tmp_path):
    binary = shutil.which("varnishd") or (
        "/usr/sbin/varnishd" if os.path.exists("/usr/sbin/varnishd") else None
    )
    if binary is None:
        message = "varnishd is missing: apt-get install varnish"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    backend_port = live_server.url.rsplit(":", 1)[1]
    vcl = tmp_path / "default.vcl"
    vcl.write_text(VCL.read_text().replace('.port = "8000";', f'.port = "{backend_port}";'))
    port = free_port()
    workdir = tmp_path / "varnish"
    process = subprocess.Popen(  # noqa: S603 (the Debian binary, our arguments)
        [
            binary,
            "-F",
            "-j",
            "none",
            "-n",
            str(workdir),
            "-a",
            f"127.0.0.1:{port}",
            "-f",
            str(vcl),
            "-s",
            "malloc,32m",
            "-p",
            "ban_lurker_sleep=0.01",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 30
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                pytest.fail(f"varnishd did not start: {process.stderr.read().decode()}")
            time.sleep(0.1)
    yield f"http://127.0.0.1:{port}"
    process.terminate()
    process.wait(timeout=10)


def get(url, cookie=None):
    request = urllib.request.Request(url, headers={"Host": "localhost"})  # noqa: S310
    if cookie:
        request.add_header("Cookie", cookie)
    with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310 (loopback)
        return response.headers, response.read().decode()


@pytest.fixture
def frontend_cache(settings, varnish):
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": varnish,
        }
    }
    page_cache.forget_sites()
    return varnish


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_varnish_serves_cached_pages_and_shows_a_publish_at_once(home, news_index, frontend_cache):
    article = NewsArticlePageFactory(parent=news_index, title="Sprachkurse starten")
    article.save_revision().publish()
    base = frontend_cache

    headers, body = get(base + article.url)
    assert headers["X-Cache"] == "MISS"
    assert "Sprachkurse starten" in body
    get(base + "/aktuelles/")
    get(base + "/impressum/")
    headers, _body = get(base + article.url)
    assert headers["X-Cache"] == "HIT"

    # A change that is not published yet: Varnish keeps serving its copy.
    type(article).objects.filter(pk=article.pk).update(title="Nur in der Datenbank")
    headers, body = get(base + article.url)
    assert headers["X-Cache"] == "HIT"
    assert "Nur in der Datenbank" not in body

    article.refresh_from_db()
    article.title = "Sprachkurse starten im Mai"
    article.save_revision().publish()

    for path in (article.url, "/aktuelles/"):
        headers, body = get(base + path)
        assert headers["X-Cache"] == "MISS", path
        assert "Sprachkurse starten im Mai" in body, path
    headers, _body = get(base + "/impressum/")
    assert headers["X-Cache"] == "HIT", "an unrelated page stays cached"


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_varnish_keys_on_the_display_preference_only(home, frontend_cache):
    base = frontend_cache
    _headers, plain = get(base + "/impressum/")
    assert "theme-contrast" not in plain
    headers, _body = get(base + "/impressum/", cookie="_ga=1; darstellung=junk; csrftoken=x")
    assert headers["X-Cache"] == "HIT"
    headers, contrast = get(base + "/impressum/", cookie="a=b; darstellung=kontrast-200")
    assert headers["X-Cache"] == "MISS"
    assert "theme-contrast" in contrast
    headers, contrast = get(base + "/impressum/", cookie="darstellung=kontrast-200")
    assert headers["X-Cache"] == "HIT"
    assert "theme-contrast" in contrast
    # Logged-in editors always go to the app.
    headers, _body = get(base + "/impressum/", cookie="sessionid=abc")
    assert headers["X-Cache"] == "MISS"
