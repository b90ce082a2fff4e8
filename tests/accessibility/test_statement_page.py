import datetime
from unittest import mock

from django.urls import reverse

import pytest
from bs4 import BeautifulSoup

from accessibility.models import AccessibilityStatementPage

from ..factories import AccessibilityStatementPageFactory, NonAccessibleContentFactory

MODEL_ORDER = [
    "Stand der Vereinbarkeit mit den Anforderungen",
    "Nicht barrierefreie Inhalte",
    "Erstellung dieser Erklärung",
    "Feedback und Kontaktangaben",
    "Durchsetzungsverfahren",
]


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def statement(home):
    page = AccessibilityStatementPageFactory(parent=home)
    NonAccessibleContentFactory(page=page)
    NonAccessibleContentFactory(
        page=page,
        description="Alte Videos ohne Untertitel",
        reason="belastung",
        alternative="Textfassung auf Anfrage",
    )
    return page


def test_statement_renders_the_model_sections_in_order(statement, client):
    soup = soup_of(client.get("/erklaerung/"))
    headings = [h.get_text(strip=True) for h in soup.main.find_all("h2")]
    assert headings == MODEL_ORDER
    assert soup.main.h1.get_text(strip=True) == "Erklärung zur Barrierefreiheit"


def test_statement_names_the_body_the_hessian_law_and_the_scope(statement, client):
    text = soup_of(client.get("/erklaerung/")).main.get_text(" ", strip=True)
    assert "Der Kreisausschuss des Testkreises ist bemüht" in text
    assert "Hessischen Behinderten-Gleichstellungsgesetz (HessBGG, § 14)" in text
    assert "Hessischen Verordnung über barrierefreie Informationstechnik (HVBIT)" in text
    assert "BITV" not in text
    assert "gilt für die Website des Testzentrums" in text
    assert "teilweise vereinbar" in text


def test_statement_groups_non_accessible_content_by_reason_with_alternatives(statement, client):
    soup = soup_of(client.get("/erklaerung/"))
    section = soup.find(id="statement-content").parent
    assert [h.get_text(strip=True) for h in section.find_all("h3")] == [
        "Unvereinbarkeit mit der HVBIT",
        "Unverhältnismäßige Belastung",
    ]
    text = section.get_text(" ", strip=True)
    assert "PDF-Dokumente ohne Struktur" in text
    assert "Barrierefreie Alternative: Textfassung auf Anfrage" in text


def test_statement_shows_preparation_and_review_dates(statement, client):
    text = soup_of(client.get("/erklaerung/")).find(id="statement-preparation").parent
    text = text.get_text(" ", strip=True)
    assert "am 15. Januar 2026 erstellt" in text
    assert "Selbstbewertung" in text
    assert "zuletzt am 1. Juni 2026 überprüft" in text


def test_statement_offers_the_report_form_office_contact_and_enforcement(statement, client):
    soup = soup_of(client.get("/erklaerung/"))
    form = soup.find("form", class_="report-form")
    assert form["action"] == "/barriere-melden/"
    assert form["method"] == "post"
    assert form.find("input", attrs={"name": "csrfmiddlewaretoken"})
    feedback = soup.find(id="statement-feedback").parent.get_text(" ", strip=True)
    assert "info@example.org" in feedback
    enforcement = soup.find(id="statement-enforcement").parent
    assert "sechs Wochen" in enforcement.get_text(" ", strip=True)
    assert "§ 6 HVBIT" in enforcement.get_text(" ", strip=True)
    assert enforcement.find("a", href="https://durchsetzung.example.org/antrag")


def test_statement_page_with_its_form_is_never_stored_in_a_shared_cache(statement, client):
    response = client.get("/erklaerung/")
    cache_control = response["Cache-Control"]
    assert "private" in cache_control
    assert "no-store" in cache_control


def test_statement_page_is_allowed_once_per_site_under_the_home_page(statement, home):
    assert not AccessibilityStatementPage.can_create_at(home)
    assert not AccessibilityStatementPage.can_create_at(statement)


def edit_form_data(page, **overrides):
    data = {
        "title": page.title,
        "slug": page.slug,
        "body_name": page.body_name,
        "scope": page.scope,
        "status": page.status,
        "preparation_method": page.preparation_method,
        "method_description": page.method_description,
        "prepared_on": "2026-01-15",
        "reviewed_on": "2026-06-01",
        "feedback_note": "",
        "enforcement_name": page.enforcement_name,
        "enforcement_address": page.enforcement_address,
        "enforcement_email": "",
        "enforcement_url": page.enforcement_url,
        "body-count": "0",
        "non_accessible_items-TOTAL_FORMS": "0",
        "non_accessible_items-INITIAL_FORMS": "0",
        "non_accessible_items-MIN_NUM_FORMS": "0",
        "non_accessible_items-MAX_NUM_FORMS": "1000",
    }
    data.update(overrides)
    return data


def test_publishing_without_status_and_dates_fails_with_messages_naming_them(
    statement, moderator_client
):
    url = reverse("wagtailadmin_pages:edit", args=[statement.pk])
    response = moderator_client.post(
        url,
        edit_form_data(
            statement, status="", prepared_on="", reviewed_on="", **{"action-publish": "1"}
        ),
    )
    assert response.status_code == 200
    text = soup_of(response).get_text(" ", strip=True)
    assert "„Stand der Vereinbarkeit“ fehlt" in text
    assert "„Erstellt am“ fehlt" in text
    assert "„Zuletzt überprüft am“ fehlt" in text
    statement.refresh_from_db()
    assert statement.status == "teilweise"


def test_a_draft_may_be_saved_without_status_and_dates(statement, moderator_client):
    url = reverse("wagtailadmin_pages:edit", args=[statement.pk])
    response = moderator_client.post(
        url, edit_form_data(statement, status="", prepared_on="", reviewed_on="")
    )
    assert response.status_code == 302
    statement.refresh_from_db()
    draft = statement.get_latest_revision_as_object()
    assert draft.status == ""
    assert draft.prepared_on is None


def test_publishing_with_all_fields_succeeds(statement, moderator_client):
    url = reverse("wagtailadmin_pages:edit", args=[statement.pk])
    response = moderator_client.post(
        url, edit_form_data(statement, status="vollstaendig", **{"action-publish": "1"})
    )
    assert response.status_code == 302
    statement.refresh_from_db()
    assert statement.status == "vollstaendig"


def test_admin_warns_when_the_last_review_is_older_than_a_year(statement, moderator_client):
    url = reverse("wagtailadmin_pages:edit", args=[statement.pk])
    warning = "seit über einem Jahr nicht überprüft"
    with mock.patch("django.utils.timezone.localdate", return_value=datetime.date(2027, 5, 31)):
        assert warning not in moderator_client.get(url).content.decode()
    with mock.patch("django.utils.timezone.localdate", return_value=datetime.date(2027, 6, 3)):
        assert warning in moderator_client.get(url).content.decode()
