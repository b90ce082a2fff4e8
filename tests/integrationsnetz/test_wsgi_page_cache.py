"""The WSGI entry point answers stored pages before Django's request handling, and only those
it may: known hosts, anonymous visitors, GET and HEAD, HTTPS where it is required."""

import io
import sys

from django.core.cache import cache
from django.test import Client

import pytest

from integrationsnetz import page_cache
from integrationsnetz.wsgi import application

from ..factories import StandardPageFactory


@pytest.fixture
def stored_page(home, settings):
    settings.PAGE_CACHE = True
    settings.FRAGMENT_CACHE = True
    cache.clear()
    page_cache.forget_sites()
    page = StandardPageFactory(parent=home, title="Über uns", slug="ueber-uns")
    page.save_revision().publish()
    # Served once by Django, which validates the host and remembers its site.
    assert Client(HTTP_HOST="localhost").get("/ueber-uns/")["X-Page-Cache"] == "miss"
    yield page
    cache.clear()
    page_cache.forget_sites()


def call(path="/ueber-uns/", method="GET", host="localhost", **headers):
    environ = {
        "REQUEST_METHOD": method,
        "PATH_INFO": path,
        "QUERY_STRING": "",
        "SERVER_NAME": "localhost",
        "SERVER_PORT": "80",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "HTTP_HOST": host,
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(),
        "wsgi.errors": sys.stderr,
        **{f"HTTP_{name.upper()}": value for name, value in headers.items()},
    }
    answer = {}

    def start_response(status, response_headers, exc_info=None):
        answer["status"] = int(status.split()[0])
        answer["headers"] = dict(response_headers)

    body = application(environ, start_response)
    answer["body"] = b"".join(body)
    if hasattr(body, "close"):
        body.close()
    return answer


@pytest.mark.django_db
def test_a_stored_page_is_answered_with_its_headers_and_a_request_id(stored_page, monkeypatch):
    # Django's handler is never reached for a hit.
    monkeypatch.setattr("integrationsnetz.wsgi.django_application", None)
    answer = call()
    assert answer["status"] == 200
    assert answer["headers"]["X-Page-Cache"] == "hit"
    assert "Content-Security-Policy" in answer["headers"]
    assert len(answer["headers"]["X-Request-ID"]) == 32
    assert "Über uns" in answer["body"].decode()
    etag = answer["headers"]["ETag"]
    assert call(if_none_match=etag)["status"] == 304


@pytest.mark.django_db
@pytest.mark.parametrize(
    "request_kwargs",
    [
        {"method": "POST"},
        {"host": "unbekannt.example"},
        {"cookie": "sessionid=abc"},
        {"path": "/admin/"},
    ],
)
def test_other_requests_go_to_django(stored_page, request_kwargs, monkeypatch):
    def django(environ, start_response):
        start_response("200 OK", [("X-Handled-By", "Django")])
        return [b""]

    monkeypatch.setattr("integrationsnetz.wsgi.django_application", django)
    answer = call(**request_kwargs)
    assert answer["headers"] == {"X-Handled-By": "Django"}


@pytest.mark.django_db
def test_plain_http_is_redirected_when_https_is_required(stored_page, settings, monkeypatch):
    from django.core.wsgi import get_wsgi_application

    settings.SECURE_SSL_REDIRECT = True
    # SecurityMiddleware reads the setting when the handler is made.
    monkeypatch.setattr("integrationsnetz.wsgi.django_application", get_wsgi_application())
    answer = call()
    assert answer["status"] == 301
    assert answer["headers"]["Location"] == "https://localhost/ueber-uns/"
