from unittest import mock

from django.db import connections
from django.db.utils import OperationalError
from django.test import RequestFactory

from bs4 import BeautifulSoup

from integrationsnetz.views import server_error


def test_unknown_url_returns_german_404_page(home, client):
    response = client.get("/gibt-es-nicht/")
    assert response.status_code == 404
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.html["lang"] == "de"
    assert soup.h1.get_text(strip=True) == "Seite nicht gefunden"
    assert soup.find("main", id="main") is not None
    assert soup.select("a.skip-link")[0]["href"] == "#main"
    assert soup.find("a", string="Zur Startseite")["href"] == "/"


def test_404_page_is_rendered_without_a_site(db, client):
    response = client.get("/gibt-es-nicht/")
    assert response.status_code == 404
    assert "Seite nicht gefunden" in response.content.decode()


def _refuse_queries(*args, **kwargs):
    raise OperationalError("database unavailable")


def test_500_page_renders_when_the_database_is_unavailable():
    request = RequestFactory().get("/aktuelles/")
    with mock.patch.object(
        connections["default"], "ensure_connection", side_effect=_refuse_queries
    ):
        response = server_error(request)
    assert response.status_code == 500
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.html["lang"] == "de"
    assert soup.h1.get_text(strip=True) == "Technischer Fehler"
    assert soup.find("main", id="main") is not None


def test_a_crashing_view_shows_the_german_500_page(home, client, monkeypatch):
    def explode(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr("integrationsnetz.views.Paginator", explode)
    client.raise_request_exception = False
    response = client.get("/suche/?q=test")
    assert response.status_code == 500
    assert "Technischer Fehler" in response.content.decode()
