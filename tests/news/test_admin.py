from django.urls import reverse

import pytest
from bs4 import BeautifulSoup

from news.models import NewsArticlePage

from ..admin_forms import news_article_form
from ..factories import ImageFactory

ALT_ERROR = "Bitte geben Sie einen Alternativtext ein: Das gewählte Bild hat in der " + (
    "Bildverwaltung keinen."
)


def add_article(client, index, **fields):
    data = news_article_form(
        **{
            "title": "Neue Nachricht",
            "slug": "neue-nachricht",
            "date": "2025-06-06",
            "teaser": "Ein kurzer Anreißer.",
            "action-publish": "action-publish",
            **fields,
        }
    )
    url = reverse("wagtailadmin_pages:add", args=("news", "newsarticlepage", index.pk))
    return client.post(url, data)


def test_admin_refuses_a_lead_image_without_alt_text(
    centre_collection, news_index, moderator_client
):
    image = ImageFactory(collection=centre_collection, description="")
    response = add_article(moderator_client, news_index, lead_image=image.pk)
    assert response.status_code == 200
    assert not NewsArticlePage.objects.exists()
    soup = BeautifulSoup(response.content, "html.parser")
    assert ALT_ERROR in soup.get_text(" ", strip=True)


def test_admin_accepts_a_lead_image_with_an_alt_override(
    centre_collection, news_index, moderator_client
):
    image = ImageFactory(collection=centre_collection, description="")
    response = add_article(
        moderator_client,
        news_index,
        lead_image=image.pk,
        lead_image_alt="Zwei Menschen reichen sich ein Dokument",
        tags="Fördermittel, Ehrenamt",
    )
    assert response.status_code == 302
    article = NewsArticlePage.objects.get()
    assert article.live
    assert sorted(tag.name for tag in article.tags.all()) == ["Ehrenamt", "Fördermittel"]


def test_admin_accepts_a_lead_image_with_its_own_alt_text(
    centre_collection, news_index, moderator_client
):
    image = ImageFactory(
        collection=centre_collection, description="Ein Festzelt auf dem Marktplatz"
    )
    response = add_article(moderator_client, news_index, lead_image=image.pk)
    assert response.status_code == 302
    assert NewsArticlePage.objects.get().lead_image == image


@pytest.mark.parametrize("slug", ["2024", "1999"])
def test_admin_refuses_a_slug_the_year_archive_would_answer(news_index, moderator_client, slug):
    response = add_article(moderator_client, news_index, slug=slug)

    assert response.status_code == 200
    assert not NewsArticlePage.objects.exists()
    soup = BeautifulSoup(response.content, "html.parser")
    assert "Diese Adresse ist für „Aktuelles“ selbst reserviert" in soup.get_text(" ", strip=True)


def test_admin_accepts_a_slug_that_only_looks_like_a_year(news_index, moderator_client):
    assert add_article(moderator_client, news_index, slug="2024-rueckblick").status_code == 302
    assert NewsArticlePage.objects.get().url == "/aktuelles/2024-rueckblick/"
