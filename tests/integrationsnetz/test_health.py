from django.db import connection
from django.db.utils import OperationalError


def lost_connection(execute, sql, params, many, context):
    raise OperationalError("server closed the connection unexpectedly")


def test_health_check_answers_ok_for_any_host(db, client):
    response = client.get("/healthz/", HTTP_HOST="10.0.0.7:8000")
    assert response.status_code == 200
    assert response.content == b"ok"
    assert response["Cache-Control"] == "no-store"


def test_health_check_is_ok_with_redis_as_the_cache(db, client, live_redis):
    response = client.get("/healthz/")
    assert response.status_code == 200
    assert response.content == b"ok"


def test_health_check_runs_a_query_and_reports_a_lost_database(db, client):
    # The connection object is still there; only a query finds out the server is gone.
    connection.ensure_connection()
    with connection.execute_wrapper(lost_connection):
        response = client.get("/healthz/")
    assert response.status_code == 503
    assert response.content == b"database unavailable"
    assert response["Cache-Control"] == "no-store"


def test_health_check_reports_an_unreachable_cache(db, client, unreachable_redis):
    response = client.get("/healthz/")
    assert response.status_code == 503
    assert response.content == b"cache unavailable"


def test_health_check_reports_a_cache_that_does_not_answer(db, client, hanging_redis):
    response = client.get("/healthz/")
    assert response.status_code == 503
    assert response.content == b"cache unavailable"


def test_health_check_names_everything_that_failed(db, client, unreachable_redis):
    with connection.execute_wrapper(lost_connection):
        response = client.get("/healthz/")
    assert response.status_code == 503
    assert response.content.decode().splitlines() == [
        "database unavailable",
        "cache unavailable",
    ]
