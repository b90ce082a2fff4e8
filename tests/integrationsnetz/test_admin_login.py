import datetime

from django.contrib.auth.password_validation import validate_password
from django.core.cache import cache
from django.core.exceptions import ValidationError

from wagtail.admin.forms.auth import PasswordChangeForm

import pytest
from axes.models import AccessAttempt
from bs4 import BeautifulSoup

from editorial.roles import REDAKTION

from ..conftest import member_of

PASSWORD = "Lange-Passphrase-für-die-Redaktion"
LOGIN = "/admin/login/"


@pytest.fixture
def editor(centre, home):
    return member_of(REDAKTION, home.get_site(), "redaktion", PASSWORD)


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


def change_password(editor, new):
    """The form of the admin's account page ("Passwort ändern"), filled in by the editor."""
    return PasswordChangeForm(
        editor, {"old_password": PASSWORD, "new_password1": new, "new_password2": new}
    )


def test_a_long_passphrase_is_accepted_where_an_editor_changes_the_password(editor):
    form = change_password(editor, "Werra-Meißner-Herbstlaub")

    assert form.is_valid(), form.errors
    form.save()
    editor.refresh_from_db()
    assert editor.check_password("Werra-Meißner-Herbstlaub")


def test_a_short_password_is_refused_where_an_editor_changes_the_password(editor):
    form = change_password(editor, "Winter2026")

    assert not form.is_valid()
    assert "mindestens 12 Zeichen" in " ".join(form.errors["new_password2"])


def test_the_admin_loads_no_avatar_from_a_third_party(editor, client):
    client.force_login(editor)
    html = client.get("/admin/").content.decode()
    assert "gravatar" not in html.lower()
    assert "avatar" in html


def spray(client, attempts, address):
    for number in range(attempts):
        credentials = {"username": f"konto{number % 40}", "password": "Sommer2026!"}
        client.post(LOGIN, credentials, REMOTE_ADDR=address)


def test_an_address_that_tries_many_accounts_is_locked_out_and_others_still_log_in(editor, client):
    spray(client, 41, address="203.0.113.66")
    refused = log_in(client, PASSWORD, address="203.0.113.66")
    assert refused.status_code == 429
    assert "Anmeldung vorübergehend gesperrt" in refused.content.decode()
    assert not is_logged_in(client)
    assert log_in(client, PASSWORD, address="198.51.100.7").status_code == 302
    assert is_logged_in(client)


def test_a_few_typos_over_several_accounts_from_one_office_lock_nobody_out(editor, client):
    spray(client, 12, address="203.0.113.70")
    assert log_in(client, PASSWORD, address="203.0.113.70").status_code == 302


RESET = "/admin/password_reset/"


@pytest.fixture
def reset_counts():
    """The limits count in the cache, which outlives a test's database."""
    cache.clear()
    yield
    cache.clear()


def request_reset(client, email, address="192.0.2.10"):
    return client.post(RESET, {"email": email}, REMOTE_ADDR=address)


def test_password_reset_mails_to_one_account_are_limited(editor, client, mailoutbox, reset_counts):
    answers = [
        request_reset(client, "redaktion@example.org", address=f"192.0.2.{n}") for n in range(5)
    ]
    assert len(mailoutbox) == 3
    assert {(answer.status_code, answer["Location"]) for answer in answers} == {
        (302, "/admin/password_reset/done/")
    }


def test_password_reset_requests_from_one_address_are_limited(
    editor, client, mailoutbox, reset_counts
):
    for number in range(10):
        request_reset(client, f"niemand{number}@example.org", address="203.0.113.9")
    limited = request_reset(client, "redaktion@example.org", address="203.0.113.9")
    assert not mailoutbox
    assert (limited.status_code, limited["Location"]) == (302, "/admin/password_reset/done/")
    request_reset(client, "redaktion@example.org", address="198.51.100.7")
    assert len(mailoutbox) == 1


def test_the_answer_is_the_same_whether_or_not_the_account_exists(editor, client, reset_counts):
    known = client.get(request_reset(client, "redaktion@example.org")["Location"])
    unknown = client.get(request_reset(client, "unbekannt@example.org")["Location"])
    assert known.status_code == unknown.status_code == 200

    def text(response):
        return BeautifulSoup(response.content, "html.parser").main.get_text(" ", strip=True)

    assert text(known) == text(unknown)
    assert "E-Mail" in text(known)
