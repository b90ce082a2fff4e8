import json
import logging
import sys

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
