from unittest import mock

from django.db import connection
from django.db.utils import OperationalError


def test_health_check_answers_ok_for_any_host(db, client):
    response = client.get("/healthz/", HTTP_HOST="10.0.0.7:8000")
    assert response.status_code == 200
    assert response.content == b"ok"
    assert response["Cache-Control"] == "no-store"


def test_health_check_reports_an_unavailable_database(db, client):
    with mock.patch.object(connection, "ensure_connection", side_effect=OperationalError("down")):
        response = client.get("/healthz/")
    assert response.status_code == 503
