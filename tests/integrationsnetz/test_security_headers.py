import json
import logging
import re

from wagtail.models import Page, get_page_models
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

import pytest
from bs4 import BeautifulSoup

from integrationsnetz import security

# Script types a browser does not execute (structured data for search engines).
DATA_SCRIPT_TYPES = {"application/ld+json", "application/json"}
EXTRA_URLS = ["/suche/?q=Vielfalt", "/gibt-es-nicht/"]


@pytest.fixture
def demo_urls(demo):
    """One URL per public page type from the demo content, plus search and the 404 page."""
    urls = {}
    for model in get_page_models():
        if model is Page:
            continue
        page = model.objects.live().public().exact_type(model).order_by("path").first()
        assert page is not None, f"no demo page of type {model._meta.label}"
        urls[model._meta.label_lower] = page.get_url()
    return list(urls.values()) + EXTRA_URLS


def csp_directives(response):
    header = response["Content-Security-Policy"]
    return {
        name: values
        for name, *values in (part.split() for part in header.split(";") if part.strip())
    }


def assert_strict_policy_and_security_headers(url, response):
    directives = csp_directives(response)
    assert directives["default-src"] == ["'self'"], url
    assert directives["script-src"] == ["'self'"], url
    assert directives["style-src"] == ["'self'"], url
    assert directives["object-src"] == ["'none'"], url
    assert directives["base-uri"] == ["'none'"], url
    assert directives["frame-ancestors"] == ["'none'"], url
    assert directives["form-action"] == ["'self'"], url
    assert directives["report-uri"] == ["/csp-report/"], url
    header = response["Content-Security-Policy"]
    assert "unsafe-inline" not in header and "unsafe-eval" not in header, url
    assert response["Strict-Transport-Security"].startswith("max-age=31536000"), url
    assert response["X-Content-Type-Options"] == "nosniff", url
    assert response["Referrer-Policy"] == "same-origin", url
    assert response["Cross-Origin-Opener-Policy"] == "same-origin", url
    assert response["X-Frame-Options"] == "DENY", url
    permissions = response["Permissions-Policy"]
    for feature in ("camera", "microphone", "geolocation", "payment", "usb"):
        assert f"{feature}=()" in permissions, url


def assert_no_inline_script_style_or_event_handler(url, response):
    soup = BeautifulSoup(response.content, "html.parser")
    for script in soup.find_all("script"):
        assert script.get("src") or script.get("type") in DATA_SCRIPT_TYPES, (url, script)
    assert not soup.find_all(attrs={"style": True}), url
    assert not soup.find_all("style"), url
    for element in soup.find_all(True):
        handlers = [name for name in element.attrs if name.lower().startswith("on")]
        assert not handlers, (url, element.name, handlers)
    assert not re.search(r"href=[\"']?\s*javascript:", str(soup), re.IGNORECASE), url


def test_every_public_page_has_a_strict_csp_the_security_headers_and_no_inline_code(
    demo_urls, client
):
    # One test, so that the demo content is loaded once for both checks.
    for url in demo_urls:
        response = client.get(url, secure=True)
        assert response.status_code in {200, 404}, url
        assert_strict_policy_and_security_headers(url, response)
        assert_no_inline_script_style_or_event_handler(url, response)


def test_hsts_is_only_sent_when_enabled(home, client, settings):
    settings.SECURE_HSTS_SECONDS = 0
    assert "Strict-Transport-Security" not in client.get("/", secure=True)


def test_hsts_options_follow_the_settings(home, client, settings):
    settings.SECURE_HSTS_SECONDS = 600
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = False
    settings.SECURE_HSTS_PRELOAD = False
    assert client.get("/", secure=True)["Strict-Transport-Security"] == "max-age=600"


def test_the_admin_gets_its_own_policy_and_the_public_site_never_does(home, moderator_client):
    admin = csp_directives(moderator_client.get("/admin/"))
    assert "'unsafe-inline'" in admin["script-src"]
    assert admin["frame-ancestors"] == ["'self'"]
    public = moderator_client.get("/")
    assert "unsafe-inline" not in public["Content-Security-Policy"]


def test_the_admin_preview_may_be_framed_by_the_admin(home, moderator_client):
    url = f"/admin/pages/{home.pk}/edit/preview/"
    # The page as edited, which Wagtail then renders through a request for its public path.
    data = nested_form_data(
        {
            "title": "Vorschau der Startseite",
            "slug": home.slug,
            "intro": "",
            "body": streamfield([]),
            "comments": inline_formset([]),
        }
    )
    assert moderator_client.post(url, data).json()["is_valid"] is True

    preview = moderator_client.get(f"{url}?in_preview_panel=true")

    assert preview.status_code == 200
    assert "Vorschau der Startseite" in preview.content.decode()
    assert preview["X-Frame-Options"] == "SAMEORIGIN"
    assert csp_directives(preview)["frame-ancestors"] == ["'self'"]


def test_proxy_headers_are_ignored_unless_behind_a_proxy(home, client, settings):
    # SECURE_PROXY_SSL_HEADER is only set with BEHIND_PROXY=true (checked in test_settings).
    assert settings.SECURE_PROXY_SSL_HEADER is None
    response = client.get("/", HTTP_X_FORWARDED_PROTO="https")
    assert "Strict-Transport-Security" not in response


REPORT = {
    "csp-report": {
        "document-uri": "https://www.example.org/aktuelles/",
        "violated-directive": "script-src-elem",
        "effective-directive": "script-src-elem",
        "blocked-uri": "inline",
        "disposition": "enforce",
    }
}


@pytest.fixture
def fresh_report_limit(monkeypatch):
    monkeypatch.setattr(security, "csp_report_limit", security.RateLimit(3))


def post_report(client, body):
    data = body if isinstance(body, bytes) else json.dumps(body)
    return client.post("/csp-report/", data=data, content_type="application/csp-report")


def test_csp_reports_are_logged_in_one_line(fresh_report_limit, client, caplog):
    with caplog.at_level("WARNING", logger="integrationsnetz.csp"):
        assert post_report(client, REPORT).status_code == 204
    [record] = caplog.records
    message = record.getMessage()
    assert 'violated-directive="script-src-elem"' in message
    assert "\n" not in message


@pytest.mark.parametrize(
    "body",
    [b"", b"not json", b"\xff\xfe", b"[]", b'{"csp-report": 1}', b'{"other": {}}', b"null"],
)
def test_junk_csp_reports_get_400_not_500(fresh_report_limit, client, body):
    assert post_report(client, body).status_code == 400


def test_oversized_csp_reports_are_refused(fresh_report_limit, client):
    report = {"csp-report": {**REPORT["csp-report"], "blocked-uri": "x" * 20_000}}
    assert post_report(client, report).status_code == 413


def test_csp_reports_are_rate_limited(fresh_report_limit, client, caplog):
    statuses = [post_report(client, REPORT).status_code for _ in range(5)]
    assert statuses == [204, 204, 204, 429, 429]


def test_csp_report_endpoint_only_takes_posts(client):
    assert client.get("/csp-report/").status_code == 405


@pytest.mark.parametrize(
    ("body", "status"),
    [
        (b"[" * 3000, 400),
        (b"[" * 1500 + b"]" * 1500, 400),
        (b'{"csp-report": ' * 500 + b"{}" + b"}" * 500, 400),
        (b"", 400),
        (b'{"csp-report": {"blocked-uri": "\xff\xfe"}}', 400),
        (b"x" * 1024 * 1024, 413),
    ],
)
def test_hostile_csp_reports_never_answer_500_and_mail_nobody(
    fresh_report_limit, client, settings, mailoutbox, caplog, body, status
):
    settings.ADMINS = [("IT-Betrieb", "it@example.org")]
    client.raise_request_exception = False
    assert post_report(client, body).status_code == status
    assert not mailoutbox
    assert not [record for record in caplog.records if record.levelno >= logging.ERROR]


def test_a_report_with_brackets_inside_its_strings_is_logged(fresh_report_limit, client, caplog):
    report = {"csp-report": {**REPORT["csp-report"], "blocked-uri": "https://x.example/[[[[[{{{{"}}
    with caplog.at_level("WARNING", logger="integrationsnetz.csp"):
        assert post_report(client, report).status_code == 204
    assert "x.example/[[[[[{{{{" in caplog.records[0].getMessage()
