import smtplib
import time
from unittest import mock

from django.core import mail
from django.core.cache import cache
from django.urls import reverse

import pytest
from bs4 import BeautifulSoup

from accessibility.forms import MIN_FILL_SECONDS, fill_token
from accessibility.models import BarrierReport
from accessibility.reports import RATE_LIMIT

URL = "/barriere-melden/"
THANKS = "/barriere-melden/danke/"


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


def report_data(**overrides):
    data = {
        "page_url": "/veranstaltungen/",
        "description": "Der Kalender lässt sich nicht mit der Tastatur bedienen.",
        "name": "Erika Muster",
        "email": "erika@example.org",
        "wants_answer": "on",
        "website": "",
        "started": fill_token(time.time() - 30),
    }
    data.update(overrides)
    return data


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


def test_a_valid_report_is_stored_mailed_and_confirmed_after_a_redirect(home, client):
    response = client.post(URL, report_data(), REMOTE_ADDR="203.0.113.7")
    assert response.status_code == 303
    assert response["Location"] == f"{THANKS}?zurueck=%2Fveranstaltungen%2F"

    report = BarrierReport.objects.get()
    assert report.description == "Der Kalender lässt sich nicht mit der Tastatur bedienen."
    assert report.page_url == "/veranstaltungen/"
    assert report.wants_answer is True
    assert report.status == "neu"
    assert report.notified is True
    assert report.site.root_page_id == home.pk
    stored = [str(getattr(report, field.attname)) for field in BarrierReport._meta.concrete_fields]
    assert not any("203.0.113.7" in value for value in stored)

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["info@example.org"]
    assert message.reply_to == ["erika@example.org"]
    assert "http://localhost/veranstaltungen/" in message.body
    assert "203.0.113.7" not in message.body

    confirmation = client.get(response["Location"])
    assert confirmation.status_code == 200
    text = soup_of(confirmation).main.get_text(" ", strip=True)
    assert "Vielen Dank für Ihre Meldung" in text
    assert soup_of(confirmation).main.find("a", href="/veranstaltungen/")


def test_reloading_the_confirmation_sends_nothing_again(home, client):
    location = client.post(URL, report_data())["Location"]
    client.get(location)
    client.get(location)
    assert BarrierReport.objects.count() == 1
    assert len(mail.outbox) == 1


def test_form_pages_are_private_and_never_stored(home, client):
    for response in (client.get(URL), client.post(URL, report_data(description=""))):
        assert "no-store" in response["Cache-Control"]
        assert "private" in response["Cache-Control"]
    confirmation = client.get(THANKS)
    assert "no-store" in confirmation["Cache-Control"]


def test_invalid_input_keeps_every_value_and_shows_an_error_summary(home, client):
    data = report_data(description="", email="keine-adresse")
    response = client.post(URL, data)
    assert response.status_code == 200
    assert not BarrierReport.objects.exists()
    soup = soup_of(response)
    assert soup.title.get_text().startswith("Fehler:")
    summary = soup.find(attrs={"data-error-summary": True})
    assert summary["tabindex"] == "-1"
    links = {a["href"]: a.get_text(" ", strip=True) for a in summary.find_all("a")}
    assert "Bitte beschreiben Sie die Barriere." in links["#id_description"]
    assert "gültige E-Mail-Adresse" in links["#id_email"]
    assert soup.find("input", attrs={"name": "page_url"})["value"] == "/veranstaltungen/"
    assert soup.find("input", attrs={"name": "name"})["value"] == "Erika Muster"
    assert soup.find("input", attrs={"name": "email"})["value"] == "keine-adresse"
    assert soup.find("input", attrs={"name": "wants_answer"}).has_attr("checked")
    description = soup.find("textarea", attrs={"name": "description"})
    assert description["aria-describedby"] == "id_description_error id_description_helptext"
    assert description["aria-invalid"] == "true"
    assert soup.find(id="id_description_error")


def test_wanting_an_answer_needs_an_email_address(home, client):
    response = client.post(URL, report_data(email=""))
    assert not BarrierReport.objects.exists()
    assert "Für eine Antwort brauchen wir Ihre E-Mail-Adresse." in response.content.decode()


def test_a_filled_honeypot_is_rejected_and_keeps_the_description(home, client):
    response = client.post(URL, report_data(website="http://spam.example"))
    assert response.status_code == 200
    assert not BarrierReport.objects.exists()
    assert not mail.outbox
    soup = soup_of(response)
    assert "Ihre Meldung konnte nicht angenommen werden" in soup.get_text()
    assert "Der Kalender lässt sich nicht" in soup.find("textarea").get_text()
    assert soup.find("input", attrs={"name": "website"}).get("value", "") == ""


def test_a_form_sent_faster_than_a_person_types_is_rejected_and_can_be_sent_again(home, client):
    response = client.post(URL, report_data(started=fill_token(time.time())))
    assert not BarrierReport.objects.exists()
    assert "Das ging sehr schnell" in response.content.decode()
    token = soup_of(response).find("input", attrs={"name": "started"})["value"]
    with mock.patch("time.time", return_value=time.time() + MIN_FILL_SECONDS + 1):
        again = client.post(URL, report_data(started=token))
    assert again.status_code == 303
    assert BarrierReport.objects.count() == 1


def test_a_form_with_errors_keeps_its_time_stamp_so_nobody_waits_twice(home, client):
    token = fill_token(time.time() - 30)
    response = client.post(URL, report_data(description="", started=token))
    assert soup_of(response).find("input", attrs={"name": "started"})["value"] == token
    forged = client.post(URL, report_data(description="", started="forged"))
    assert soup_of(forged).find("input", attrs={"name": "started"})["value"] != "forged"


def test_a_missing_or_forged_time_stamp_is_rejected(home, client):
    for started in ("", "12345", fill_token(time.time() - 30) + "x"):
        response = client.post(URL, report_data(started=started))
        assert response.status_code == 200
        assert "Das Formular war zu lange geöffnet" in response.content.decode()
    assert not BarrierReport.objects.exists()


def test_one_client_is_limited_but_another_may_still_report(home, client):
    for _ in range(RATE_LIMIT):
        assert client.post(URL, report_data(), REMOTE_ADDR="198.51.100.1").status_code == 303
    limited = client.post(URL, report_data(), REMOTE_ADDR="198.51.100.1")
    assert limited.status_code == 429
    assert "sehr viele Meldungen" in limited.content.decode()
    assert "Der Kalender lässt sich nicht" in soup_of(limited).find("textarea").get_text()
    assert client.post(URL, report_data(), REMOTE_ADDR="198.51.100.2").status_code == 303
    assert BarrierReport.objects.count() == RATE_LIMIT + 1


def test_a_report_is_kept_when_the_mail_server_fails(home, client):
    with mock.patch(
        "django.core.mail.EmailMessage.send", side_effect=smtplib.SMTPException("down")
    ):
        response = client.post(URL, report_data())
    assert response.status_code == 303
    report = BarrierReport.objects.get()
    assert report.notified is False


def test_a_report_is_accepted_when_the_cache_is_down(home, client):
    with mock.patch("django.core.cache.cache.add", side_effect=ConnectionError("redis down")):
        response = client.post(URL, report_data())
    assert response.status_code == 303
    assert BarrierReport.objects.count() == 1


def test_the_form_is_prefilled_with_the_page_the_visitor_came_from(home, client):
    response = client.get(URL, {"seite": "/ueber-uns/"})
    assert soup_of(response).find("input", attrs={"name": "page_url"})["value"] == "/ueber-uns/"
    referred = client.get(URL, HTTP_REFERER="http://testserver/aktuelles/?seite=2")
    value = soup_of(referred).find("input", attrs={"name": "page_url"})["value"]
    assert value == "/aktuelles/?seite=2"


@pytest.mark.parametrize(
    "referer", ["https://boese.example/seite/", "http://testserver.evil.example/x/"]
)
def test_a_foreign_referrer_is_not_used_as_the_page_address(home, client, referer):
    response = client.get(URL, HTTP_REFERER=referer)
    assert soup_of(response).find("input", attrs={"name": "page_url"}).get("value", "") == ""


@pytest.mark.parametrize("seite", ["//boese.example/", "https://boese.example/", "/\\boese"])
def test_a_foreign_address_in_the_link_is_not_used(home, client, seite):
    response = client.get(URL, {"seite": seite})
    assert soup_of(response).find("input", attrs={"name": "page_url"}).get("value", "") == ""


def test_the_confirmation_links_back_only_to_pages_of_this_site(home, client):
    response = client.get(THANKS, {"zurueck": "https://boese.example/"})
    assert not soup_of(response).main.find("a", href="https://boese.example/")


NGINX = "172.30.0.10"
VARNISH = "172.30.0.11"


def via_nginx(client_address, claimed=""):
    """What reaches the app through nginx and Varnish (deploy/compose.yaml): the address nginx
    saw, then nginx's own, which Varnish appends. A header the client sent (`claimed`) is
    dropped by our nginx; it stands in front here as if nginx appended, the harder case."""
    entries = [claimed, client_address, NGINX] if claimed else [client_address, NGINX]
    return {"REMOTE_ADDR": VARNISH, "HTTP_X_FORWARDED_FOR": ", ".join(entries)}


def test_junk_from_one_client_behind_the_proxy_does_not_stop_another_clients_report(
    home, client, settings
):
    settings.BEHIND_PROXY = True
    for number in range(20):
        junk = report_data(description="", website="http://spam.example")
        client.post(URL, junk, **via_nginx("198.51.100.66", claimed=f"10.0.0.{number}"))
    response = client.post(URL, report_data(), **via_nginx("198.51.100.7"))
    assert response.status_code == 303
    assert BarrierReport.objects.count() == 1


def test_behind_the_proxy_the_limit_is_per_client_not_per_nginx(home, client, settings):
    settings.BEHIND_PROXY = True
    for number in range(RATE_LIMIT):
        headers = via_nginx("198.51.100.66", claimed=f"10.0.0.{number}")
        assert client.post(URL, report_data(), **headers).status_code == 303
    # A forged first entry in X-Forwarded-For does not make a new client.
    limited = client.post(URL, report_data(), **via_nginx("198.51.100.66", claimed="10.9.9.9"))
    assert limited.status_code == 429
    assert client.post(URL, report_data(), **via_nginx("198.51.100.7")).status_code == 303
    assert BarrierReport.objects.count() == RATE_LIMIT + 1


def test_rejected_posts_do_not_count_towards_the_limit(home, client):
    for _ in range(RATE_LIMIT + 5):
        assert client.post(URL, report_data(description="")).status_code == 200
    assert client.post(URL, report_data()).status_code == 303


def test_a_replayed_fill_token_is_refused_and_a_new_form_offered(home, client):
    data = report_data()
    assert client.post(URL, data).status_code == 303
    replayed = client.post(URL, data)
    assert replayed.status_code == 200
    assert "Diese Meldung haben wir schon erhalten" in replayed.content.decode()
    assert soup_of(replayed).find("input", attrs={"name": "started"})["value"] != data["started"]
    assert BarrierReport.objects.count() == 1
    assert len(mail.outbox) == 1


def test_two_forms_shown_in_the_same_second_can_both_send_a_report(home, client):
    shown = time.time() - 30
    assert client.post(URL, report_data(started=fill_token(shown))).status_code == 303
    assert client.post(URL, report_data(started=fill_token(shown))).status_code == 303
    assert BarrierReport.objects.count() == 2


@pytest.mark.parametrize(
    "given",
    [
        "@evil.example/phish",
        "https://evil.example/phish",
        "//evil.example/phish",
        "javascript:alert(1)",
    ],
)
def test_an_address_that_is_not_a_page_of_the_site_is_stored_as_unknown(home, client, given):
    response = client.post(URL, report_data(page_url=given))
    assert response["Location"] == THANKS
    report = BarrierReport.objects.get()
    assert (report.page_url, report.page_url_given) == ("unbekannt", given)
    [message] = mail.outbox
    assert "evil.example" not in message.body
    assert "Betroffene Seite: unbekannt" in message.body


def test_a_full_address_of_this_site_is_kept_as_its_path(home, client):
    client.post(URL, report_data(page_url="http://testserver/aktuelles/?seite=2"))
    report = BarrierReport.objects.get()
    assert (report.page_url, report.page_url_given) == ("/aktuelles/?seite=2", "")


def test_the_raw_address_is_shown_escaped_in_the_admin(home, client, editor_client):
    client.post(URL, report_data(page_url='"><script>alert(1)</script>'))
    report = BarrierReport.objects.get()
    edit = editor_client.get(
        reverse(BarrierReport.snippet_viewset.get_url_name("edit"), args=[report.pk])
    )
    assert edit.status_code == 200
    assert "<script>alert(1)</script>" not in edit.content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in edit.content.decode()


def test_a_line_break_in_the_name_cannot_add_a_line_to_the_mail(home, client):
    client.post(URL, report_data(name="Erika Muster\r\nBcc: opfer@example.org\nX: y"))
    report = BarrierReport.objects.get()
    assert report.name == "Erika Muster Bcc: opfer@example.org X: y"
    lines = mail.outbox[0].body.splitlines()
    assert "Name: Erika Muster Bcc: opfer@example.org X: y" in lines
    assert not [line for line in lines if line.startswith(("Bcc:", "X:"))]


def test_lines_of_the_description_are_indented_in_the_mail(home, client):
    client.post(URL, report_data(description="Die Tastatur geht nicht.\r\nBcc: opfer@example.org"))
    lines = mail.outbox[0].body.splitlines()
    assert "  Die Tastatur geht nicht." in lines
    assert "  Bcc: opfer@example.org" in lines


def test_over_the_global_limit_a_report_is_stored_and_flagged_instead_of_refused(
    home, client, monkeypatch
):
    monkeypatch.setattr("accessibility.reports.GLOBAL_RATE_LIMIT", 3)
    for number in range(3):
        response = client.post(URL, report_data(), REMOTE_ADDR=f"198.51.100.{number}")
        assert response.status_code == 303
    assert len(mail.outbox) == 3
    response = client.post(URL, report_data(), REMOTE_ADDR="198.51.100.50")
    assert response.status_code == 303
    flagged = BarrierReport.objects.order_by("created_at").last()
    assert (flagged.needs_review, flagged.notified) == (True, False)
    assert len(mail.outbox) == 3
    assert BarrierReport.objects.filter(needs_review=False).count() == 3
