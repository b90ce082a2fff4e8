from django.urls import reverse

import pytest
from bs4 import BeautifulSoup

from legal.models import ImprintPage, PrivacyPage

from ..factories import (
    ImprintPageFactory,
    PrivacyCookieFactory,
    PrivacyPageFactory,
    PrivacyProcessingFactory,
)

IMPRINT_ORDER = [
    "Anbieter",
    "Vertretungsberechtigt",
    "Kontakt",
    "Zuständige Aufsichtsbehörde",
    "Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV",
]
PRIVACY_ORDER = [
    "Verantwortliche Stelle",
    "Datenschutzbeauftragte Stelle",
    "Zwecke und Rechtsgrundlagen der Verarbeitung",
    "Cookies",
    "Speicher in Ihrem Browser (Lesen ohne Internet)",
    "Empfänger",
    "Ihre Rechte",
    "Recht auf Beschwerde bei der Aufsichtsbehörde",
]


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


def h2s(response):
    return [h.get_text(" ", strip=True) for h in soup_of(response).main.find_all("h2")]


@pytest.fixture
def imprint(home):
    return ImprintPageFactory(parent=home)


@pytest.fixture
def privacy(home):
    page = PrivacyPageFactory(parent=home)
    PrivacyProcessingFactory(page=page)
    PrivacyCookieFactory(page=page)
    return page


def test_imprint_renders_the_required_sections_in_order(imprint, client):
    response = client.get("/anbieter/")
    assert h2s(response) == IMPRINT_ORDER
    text = soup_of(response).main.get_text(" ", strip=True)
    assert "§ 5 Digitale-Dienste-Gesetz (DDG)" in text
    assert "Kreisausschuss des Testkreises" in text
    assert "Landrätin Erika Muster" in text
    assert "info@example.org" in text
    assert "05651 302-0" in text
    assert "Max Redakteur" in text


def test_imprint_shows_vat_and_register_numbers_only_where_they_exist(imprint, client):
    assert "Umsatzsteuer" not in soup_of(client.get("/anbieter/")).main.get_text()
    imprint.vat_id = "DE123456789"
    imprint.save_revision().publish()
    text = soup_of(client.get("/anbieter/")).main.get_text(" ", strip=True)
    assert "Umsatzsteuer-Identifikationsnummer: DE123456789" in text


def test_privacy_page_renders_the_article_13_sections_in_order(privacy, client):
    response = client.get("/datenschutzerklaerung/")
    assert h2s(response) == PRIVACY_ORDER
    text = soup_of(response).main.get_text(" ", strip=True)
    assert "WIR-Vielfaltszentrum Testkreis" in text
    assert "datenschutz@example.org" in text
    for article in range(15, 22):
        assert f"Art. {article} DSGVO" in text
    assert "Art. 77 DSGVO" in text
    assert "Der Hessische Beauftragte für Datenschutz und Informationsfreiheit" in text
    assert "Cookie „darstellung“" in text


def imprint_data(page, **overrides):
    data = {
        "title": page.title,
        "slug": page.slug,
        "provider_name": page.provider_name,
        "legal_form": page.legal_form,
        "provider_address": page.provider_address,
        "representative": page.representative,
        "supervisory_authority": page.supervisory_authority,
        "vat_id": "",
        "register_entries": "",
        "editor_name": page.editor_name,
        "editor_address": page.editor_address,
        "body-count": "0",
    }
    data.update(overrides)
    return data


def test_publishing_an_imprint_without_required_parts_names_each(imprint, moderator_client):
    url = reverse("wagtailadmin_pages:edit", args=[imprint.pk])
    response = moderator_client.post(
        url,
        imprint_data(imprint, representative="", editor_name="", **{"action-publish": "1"}),
    )
    assert response.status_code == 200
    text = soup_of(response).get_text(" ", strip=True)
    assert "„Vertretungsberechtigt“ fehlt" in text
    assert "„Verantwortlich für den Inhalt“ fehlt" in text
    imprint.refresh_from_db()
    assert imprint.representative == "Landrätin Erika Muster"


def privacy_data(page, **overrides):
    data = {
        "title": page.title,
        "slug": page.slug,
        "intro": "",
        "dpo_name": page.dpo_name,
        "dpo_address": page.dpo_address,
        "dpo_email": page.dpo_email,
        "dpo_phone": "",
        "recipients": page.recipients,
        "authority_name": page.authority_name,
        "authority_address": page.authority_address,
        "authority_url": "",
        "body-count": "0",
        "processings-TOTAL_FORMS": "0",
        "processings-INITIAL_FORMS": "0",
        "processings-MIN_NUM_FORMS": "1",
        "processings-MAX_NUM_FORMS": "1000",
        "cookies-TOTAL_FORMS": "0",
        "cookies-INITIAL_FORMS": "0",
        "cookies-MIN_NUM_FORMS": "0",
        "cookies-MAX_NUM_FORMS": "1000",
    }
    data.update(overrides)
    return data


def test_publishing_a_privacy_page_without_the_officer_names_the_missing_fields(
    privacy, moderator_client
):
    url = reverse("wagtailadmin_pages:edit", args=[privacy.pk])
    response = moderator_client.post(
        url, privacy_data(privacy, dpo_email="", authority_name="", **{"action-publish": "1"})
    )
    assert response.status_code == 200
    text = soup_of(response).get_text(" ", strip=True)
    assert "„E-Mail-Adresse“ fehlt" in text
    assert "„Aufsichtsbehörde“ fehlt" in text


@pytest.mark.parametrize("model", [ImprintPage, PrivacyPage])
def test_legal_pages_live_once_under_the_home_page(home, imprint, privacy, model):
    assert not model.can_create_at(home)
    assert model.parent_page_types == ["integrationsnetz.HomePage"]


def test_an_imprint_with_a_placeholder_cannot_be_published_but_saved_as_draft(
    imprint, moderator_client
):
    url = reverse("wagtailadmin_pages:edit", args=[imprint.pk])
    placeholder = "Platzhalter – bitte prüfen und ergänzen: Name der Landrätin"

    response = moderator_client.post(
        url, imprint_data(imprint, representative=placeholder, **{"action-publish": "1"})
    )

    assert response.status_code == 200
    text = soup_of(response).get_text(" ", strip=True)
    assert (
        "„Vertretungsberechtigt“ enthält noch den Platzhalter „Platzhalter – bitte prüfen und "
        "ergänzen: Name der Landrätin“"
    ) in text
    imprint.refresh_from_db()
    assert imprint.representative == "Landrätin Erika Muster"
    assert not imprint.has_unpublished_changes

    response = moderator_client.post(url, imprint_data(imprint, representative=placeholder))

    assert response.status_code == 302
    imprint.refresh_from_db()
    assert imprint.representative == "Landrätin Erika Muster"
    assert imprint.get_latest_revision_as_object().representative == placeholder


def test_a_placeholder_in_a_processing_stops_publishing_the_privacy_page(privacy, moderator_client):
    url = reverse("wagtailadmin_pages:edit", args=[privacy.pk])
    processing = privacy.processings.get()
    response = moderator_client.post(
        url,
        privacy_data(
            privacy,
            **{
                "processings-TOTAL_FORMS": "1",
                "processings-INITIAL_FORMS": "1",
                "processings-0-id": str(processing.pk),
                "processings-0-ORDER": "1",
                "processings-0-title": processing.title,
                "processings-0-data": processing.data,
                "processings-0-purpose": processing.purpose,
                "processings-0-legal_basis": processing.legal_basis,
                "processings-0-retention": "Platzhalter: Löschfrist",
                "action-publish": "1",
            },
        ),
    )
    assert response.status_code == 200
    assert "enthält noch den Platzhalter „Platzhalter: Löschfrist“" in soup_of(response).get_text(
        " ", strip=True
    )
