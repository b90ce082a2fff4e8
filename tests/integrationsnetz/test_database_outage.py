import logging

from django.db import connection
from django.db.utils import OperationalError

import pytest
from bs4 import BeautifulSoup


def unreachable(execute, sql, params, many, context):
    raise OperationalError('connection to server at "127.0.0.1", port 5432 failed: timeout expired')


@pytest.fixture
def admins(settings):
    settings.ADMINS = [("IT-Betrieb", "it@example.org")]


def test_every_page_answers_the_german_maintenance_page_while_the_database_is_down(home, client):
    for url in ["/", "/impressum/", "/suche/?q=Vielfalt", "/gibt-es-nicht/"]:
        with connection.execute_wrapper(unreachable):
            response = client.get(url)
        assert response.status_code == 503, url
        assert response["Retry-After"] == "30"
        assert response["Cache-Control"] == "no-store"
        soup = BeautifulSoup(response.content, "html.parser")
        assert soup.html["lang"] == "de"
        assert soup.h1.get_text(strip=True) == "Vorübergehend nicht erreichbar"


def test_the_site_recovers_by_itself_when_the_database_is_back(home, client):
    with connection.execute_wrapper(unreachable):
        assert client.get("/").status_code == 503
    assert client.get("/").status_code == 200


def test_an_outage_is_logged_once_and_mails_nobody_per_request(home, client, admins, caplog):
    with (
        caplog.at_level(logging.ERROR, logger="integrationsnetz.middleware"),
        connection.execute_wrapper(unreachable),
    ):
        for _ in range(5):
            assert client.get("/").status_code == 503
    assert [record.getMessage()[:28] for record in caplog.records] == [
        "Database unavailable, answer"
    ]


def test_a_server_error_is_mailed_to_the_admins(home, client, admins, monkeypatch, mailoutbox):
    def explode(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr("integrationsnetz.views.Paginator", explode)
    client.raise_request_exception = False
    assert client.get("/suche/?q=test").status_code == 500
    [mail] = mailoutbox
    assert mail.to == ["it@example.org"]
    assert "Internal Server Error: /suche/" in mail.subject
