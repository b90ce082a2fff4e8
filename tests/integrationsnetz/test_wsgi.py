"""Requests through the real WSGI entry point (integrationsnetz/wsgi.py), built as gunicorn
builds them (PEP 3333: the path's bytes as Latin-1 text), which the test client skips:
German and Arabic addresses work, and no path gives a 5xx."""

import io
import sys

from django.core import signals
from django.db import close_old_connections

import pytest

from integrationsnetz.wsgi import application

from ..factories import NewsArticlePageFactory


def call(raw_path, host="localhost"):
    """(status code, body) for a GET of `raw_path` (bytes, as on the wire, percent-decoded)."""
    environ = {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": raw_path.decode("latin-1"),
        "QUERY_STRING": "",
        "SERVER_NAME": host,
        "SERVER_PORT": "80",
        "HTTP_HOST": host,
        "SERVER_PROTOCOL": "HTTP/1.1",
        "wsgi.version": (1, 0),
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(b""),
        "wsgi.errors": sys.stderr,
        "wsgi.multithread": True,
        "wsgi.multiprocess": True,
        "wsgi.run_once": False,
    }
    started = {}

    def start_response(status, headers, exc_info=None):
        started["status"] = int(status.split()[0])

    # As Django's test client does: the request must not close the test's connection (inside
    # the test's transaction Django would close it as unusable; on PostgreSQL that ends it).
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    try:
        response = application(environ, start_response)
        body = b"".join(response)
        response.close()
    finally:
        signals.request_started.connect(close_old_connections)
        signals.request_finished.connect(close_old_connections)
    return started["status"], body.decode("utf-8", "replace")


@pytest.mark.django_db
def test_a_published_page_with_an_umlaut_in_its_slug_is_served_at_its_address(news_index):
    article = NewsArticlePageFactory(
        parent=news_index, title="Neues Sprachcafé", slug="neues-sprachcafé-im-zentrum"
    )
    article.save_revision().publish()
    path = "/aktuelles/neues-sprachcafé-im-zentrum/".encode()
    for _visit in range(2):  # the second from the kept fragments
        status, body = call(path)
        assert status == 200
        assert "Neues Sprachcafé" in body
    assert call("/ar/aktuelles/neues-sprachcafé-im-zentrum/".encode())[0] == 200


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path",
    [
        "/aktuelles/٢٠٢٦/".encode(),  # Arabic-Indic digits
        "/новости/".encode(),
        "/ar/الأخبار/".encode(),
        "/ar/aktuelles/خبر-جديد/".encode(),
        b"/aktuelles/%FF/",
        b"/aktuelles/\xff\xfe/",
        b"/aktuelles/\x00/",
        b"/" + b"a" * 8192 + b"/",
        "/ü".encode() * 1000 + b"/",
    ],
)
def test_any_path_answers_404_or_400_never_5xx(news_index, path):
    status, body = call(path)
    assert status in (400, 404), status
    assert "<html" in body
