import json
import logging
import sys

import pytest
from log_request_id.filters import RequestIDFilter

from integrationsnetz.log import JsonFormatter, OneLineFormatter, RedactSecretsFilter

FORMAT = "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"


def make_record(message, *args, exc_info=None):
    record = logging.LogRecord(
        "django.request", logging.ERROR, __file__, 1, message, args, exc_info
    )
    record.request_id = "abc123"
    return record


def failure():
    try:
        raise ValueError("kaputt\nzweite Zeile")
    except ValueError:
        return sys.exc_info()


def test_text_log_lines_hold_one_event_each_even_with_a_traceback():
    line = OneLineFormatter(FORMAT).format(
        make_record("Fehler in %s", "/suche/", exc_info=failure())
    )
    assert "\n" not in line
    assert "[abc123] Fehler in /suche/" in line
    assert "ValueError: kaputt" in line


def test_json_log_lines_are_one_object_each():
    formatter = JsonFormatter(
        "%(asctime)s %(levelname)s %(name)s %(request_id)s %(message)s",
        rename_fields={"levelname": "level", "name": "logger"},
    )
    record = make_record("Fehler in %s", "/suche/", exc_info=failure())
    record.request = object()
    line = formatter.format(record)
    assert "\n" not in line
    data = json.loads(line)
    assert data["message"] == "Fehler in /suche/"
    assert data["level"] == "ERROR"
    assert data["request_id"] == "abc123"
    assert "ValueError: kaputt" in data["exc_info"]
    assert "request" not in data


def test_tokens_passwords_and_cookies_are_redacted():
    record = make_record(
        "Forbidden: /admin/password_reset/confirm/%s/%s/ password=%s Cookie: sessionid=%s",
        "MQ",
        "c3j4kd-0a1b2c3d4e5f",
        "geheim123",
        "s3ss10n",
    )
    RedactSecretsFilter().filter(record)
    message = record.getMessage()
    for secret in ("c3j4kd-0a1b2c3d4e5f", "geheim123", "s3ss10n"):
        assert secret not in message
    assert "/admin/password_reset/confirm/MQ/[redacted]/" in message


def test_log_lines_of_a_request_carry_its_request_id(db, client, caplog):
    caplog.handler.addFilter(RequestIDFilter())
    with caplog.at_level(logging.WARNING, logger="integrationsnetz.csp"):
        response = client.post(
            "/csp-report/",
            data=json.dumps({"csp-report": {"violated-directive": "img-src"}}),
            content_type="application/csp-report",
        )
    [record] = caplog.records
    assert len(response["X-Request-ID"]) == 32
    assert record.request_id == response["X-Request-ID"]


@pytest.fixture
def admins(settings):
    settings.ADMINS = [("IT-Betrieb", "it@example.org")]
    settings.ALLOWED_HOSTS = ["localhost"]


def test_a_bad_host_header_answers_400_and_mails_nobody(home, client, admins, mailoutbox, caplog):
    client.raise_request_exception = False
    with caplog.at_level(logging.INFO):
        response = client.get("/", HTTP_HOST="evil.example")
    assert response.status_code == 400
    assert not mailoutbox
    [record] = [record for record in caplog.records if record.name.startswith("django.security")]
    assert (record.levelname, record.exc_info) == ("WARNING", None)
    assert "evil.example" in record.getMessage()


def test_a_path_out_of_the_media_folder_is_a_warning_and_mails_nobody(
    home, client, admins, mailoutbox, caplog
):
    client.raise_request_exception = False
    with caplog.at_level(logging.INFO):
        response = client.get("/media/../integrationsnetz/settings.py", HTTP_HOST="localhost")
    assert response.status_code in (400, 404)
    assert not mailoutbox
    assert not [record for record in caplog.records if record.levelno >= logging.ERROR]


def test_a_server_error_of_our_own_is_still_mailed(home, client, admins, mailoutbox, monkeypatch):
    def explode(*args, **kwargs):
        raise RuntimeError("kaputt")

    monkeypatch.setattr("integrationsnetz.views.Paginator", explode)
    client.raise_request_exception = False
    assert client.get("/suche/?q=test", HTTP_HOST="localhost").status_code == 500
    [mail] = mailoutbox
    assert mail.to == ["it@example.org"]
