from django.contrib.auth import get_user_model
from django.urls import reverse

from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

import pytest
from bs4 import BeautifulSoup

from news.models import NewsArticlePage

from ..factories import ImageFactory

ALT_ERROR = "Bitte geben Sie einen Alternativtext ein: Das gewählte Bild hat in der " + (
    "Bildverwaltung keinen."
)


@pytest.fixture
def superuser_client(client, db):
    user = get_user_model().objects.create_superuser("redaktion", "r@example.org", "geheim")
    client.force_login(user)
    return client


def add_article(client, index, **fields):
    data = {
        "title": "Neue Nachricht",
        "slug": "neue-nachricht",
        "date": "2025-06-06",
        "teaser": "Ein kurzer Anreißer.",
        "lead_image": "",
        "lead_image_alt": "",
        "lead_image_caption": "",
        "lead_image_credit": "",
        "tags": "",
        "body": streamfield([]),
        "related_contacts": inline_formset([]),
        "comments": inline_formset([]),
        "action-publish": "action-publish",
        **fields,
    }
    url = reverse("wagtailadmin_pages:add", args=("news", "newsarticlepage", index.pk))
    return client.post(url, nested_form_data(data))


def test_admin_refuses_a_lead_image_without_alt_text(news_index, superuser_client):
    image = ImageFactory(description="")
    response = add_article(superuser_client, news_index, lead_image=image.pk)
    assert response.status_code == 200
    assert not NewsArticlePage.objects.exists()
    soup = BeautifulSoup(response.content, "html.parser")
    assert ALT_ERROR in soup.get_text(" ", strip=True)


def test_admin_accepts_a_lead_image_with_an_alt_override(news_index, superuser_client):
    image = ImageFactory(description="")
    response = add_article(
        superuser_client,
        news_index,
        lead_image=image.pk,
        lead_image_alt="Zwei Menschen reichen sich ein Dokument",
        tags="Fördermittel, Ehrenamt",
    )
    assert response.status_code == 302
    article = NewsArticlePage.objects.get()
    assert article.live
    assert sorted(tag.name for tag in article.tags.all()) == ["Ehrenamt", "Fördermittel"]


def test_admin_accepts_a_lead_image_with_its_own_alt_text(news_index, superuser_client):
    image = ImageFactory(description="Ein Festzelt auf dem Marktplatz")
    response = add_article(superuser_client, news_index, lead_image=image.pk)
    assert response.status_code == 302
    assert NewsArticlePage.objects.get().lead_image == image


@pytest.mark.parametrize("slug", ["2024", "1999"])
def test_admin_refuses_a_slug_the_year_archive_would_answer(news_index, superuser_client, slug):
    response = add_article(superuser_client, news_index, slug=slug)

    assert response.status_code == 200
    assert not NewsArticlePage.objects.exists()
    soup = BeautifulSoup(response.content, "html.parser")
    assert "Diese Adresse ist für „Aktuelles“ selbst reserviert" in soup.get_text(" ", strip=True)


def test_admin_accepts_a_slug_that_only_looks_like_a_year(news_index, superuser_client):
    assert add_article(superuser_client, news_index, slug="2024-rueckblick").status_code == 302
    assert NewsArticlePage.objects.get().url == "/aktuelles/2024-rueckblick/"
