import datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError

import pytest
from axes.models import AccessAttempt
from bs4 import BeautifulSoup

PASSWORD = "Lange-Passphrase-für-die-Redaktion"
LOGIN = "/admin/login/"


@pytest.fixture
def editor(db):
    user = get_user_model().objects.create_user("redaktion", "r@example.org", PASSWORD)
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return user


def log_in(client, password, address="192.0.2.10"):
    return client.post(LOGIN, {"username": "redaktion", "password": password}, REMOTE_ADDR=address)


def is_logged_in(client):
    return "_auth_user_id" in client.session


def test_the_right_password_logs_an_editor_in(editor, client):
    response = log_in(client, PASSWORD)
    assert response.status_code == 302
    assert is_logged_in(client)


def test_sixth_attempt_after_five_failures_is_refused_in_german_even_with_the_right_password(
    editor, client
):
    for _ in range(5):
        log_in(client, "falsch")
    response = log_in(client, PASSWORD)

    assert response.status_code == 429
    assert not is_logged_in(client)
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.h1.get_text(strip=True) == "Anmeldung vorübergehend gesperrt"
    message = soup.select_one(".messages").get_text(" ", strip=True)
    assert "Zu viele fehlgeschlagene Anmeldeversuche" in message
    assert "in 15 Minuten wieder" in message
    assert int(response["Retry-After"]) == 15 * 60


def test_the_lockout_is_keyed_on_user_name_and_address(editor, client):
    for _ in range(5):
        log_in(client, "falsch", address="192.0.2.10")
    assert log_in(client, PASSWORD, address="198.51.100.7").status_code == 302


def test_the_lockout_expires(editor, client):
    for _ in range(6):
        log_in(client, "falsch")
    assert log_in(client, PASSWORD).status_code == 429

    # As if the last failed attempt were 16 minutes ago (the cool-off is 15 minutes).
    AccessAttempt.objects.update(
        attempt_time=datetime.datetime.now(datetime.UTC) - datetime.timedelta(minutes=16)
    )
    assert log_in(client, PASSWORD).status_code == 302
    assert is_logged_in(client)


def test_behind_the_proxy_the_lockout_uses_the_forwarded_address(editor, client, settings):
    settings.BEHIND_PROXY = True
    for _ in range(5):
        client.post(
            LOGIN,
            {"username": "redaktion", "password": "falsch"},
            REMOTE_ADDR="10.0.0.2",
            HTTP_X_FORWARDED_FOR="192.0.2.10",
        )
    other_visitor = client.post(
        LOGIN,
        {"username": "redaktion", "password": PASSWORD},
        REMOTE_ADDR="10.0.0.2",
        HTTP_X_FORWARDED_FOR="198.51.100.7",
    )
    assert other_visitor.status_code == 302


@pytest.mark.parametrize("password", ["Winter2026", "Kurz-123"])
def test_passwords_shorter_than_twelve_characters_are_refused(password):
    with pytest.raises(ValidationError, match="mindestens 12 Zeichen"):
        validate_password(password)


def test_a_long_passphrase_is_accepted():
    validate_password("Werra-Meißner-Herbstlaub")


def test_the_admin_loads_no_avatar_from_a_third_party(editor, client):
    client.force_login(editor)
    html = client.get("/admin/").content.decode()
    assert "gravatar" not in html.lower()
    assert "avatar" in html
