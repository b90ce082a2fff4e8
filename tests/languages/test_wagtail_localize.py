"""wagtail-localize on Wagtail 8: translate an article through its admin views (submit, PO
download and upload), then synchronise a change in the German source ("Übersetzungen
aktualisieren") and see it on the translated page."""

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail.models import Locale

import polib
import pytest
from bs4 import BeautifulSoup
from wagtail_localize.models import Translation, TranslationSource

from editorial.roles import REDAKTION
from tests.conftest import member_of
from tests.factories import NewsArticlePageFactory, translate

GERMAN_TO_ENGLISH = {
    "Sprechstunde am Montag": "Office hours on Monday",
    "Wir beraten ohne Termin.": "We give advice without an appointment.",
    "Sprechstunde am Dienstag": "Office hours on Tuesday",
}


@pytest.fixture
def translator(home, client, centre):
    """A member of "Redaktion Test": a centre's editors translate its pages."""
    user = member_of(REDAKTION, home.get_site(), "uebersetzung")
    client.force_login(user)
    return user


def upload_translated_po(client, translation):
    """Download the PO file, translate every entry, upload it again (as a translator does)."""
    response = client.get(reverse("wagtail_localize:download_pofile", args=[translation.id]))
    assert response.status_code == 200
    po = polib.pofile(response.content.decode())
    for entry in po:
        entry.msgstr = GERMAN_TO_ENGLISH.get(entry.msgid, entry.msgid)
    response = client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.id]),
        {"file": SimpleUploadedFile("en.po", str(po).encode(), "text/x-gettext-translation")},
    )
    assert response.status_code == 302


def test_translate_an_article_and_synchronise_a_change(
    news_index, client, translator, django_capture_on_commit_callbacks
):
    translate(news_index, "en")
    english = Locale.objects.get(language_code="en")
    article = NewsArticlePageFactory(
        parent=news_index,
        title="Sprechstunde am Montag",
        slug="sprechstunde",
        teaser="Wir beraten ohne Termin.",
    )

    # 1. "Übersetzen" → English.
    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[article.id]),
        {"locales": [english.id]},
    )
    assert response.status_code == 302
    source = TranslationSource.objects.get(object_id=article.translation_key)
    translation = Translation.objects.get(source=source, target_locale=english)

    # 2. PO file out and back in, then publish the translation.
    upload_translated_po(client, translation)
    # wagtail-localize publishes when the transaction commits.
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(user=translator, publish=True)
    page = client.get(f"/en{news_index.url}sprechstunde/")
    assert page.status_code == 200
    soup = BeautifulSoup(page.content, "html.parser")
    assert soup.find("h1").get_text(strip=True) == "Office hours on Monday"
    assert soup.html["lang"] == "en"

    # 3. The German source changes; "Übersetzungen aktualisieren" synchronises it.
    article.title = "Sprechstunde am Dienstag"
    article.save_revision().publish()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("wagtail_localize:update_translations", args=[source.id]),
            {"publish_translations": "on"},
        )
    assert response.status_code == 302
    # Until the new title is translated, the English page shows the German one.
    soup = BeautifulSoup(client.get(f"/en{news_index.url}sprechstunde/").content, "html.parser")
    assert soup.find("h1").get_text(strip=True) == "Sprechstunde am Dienstag"
    upload_translated_po(client, translation)
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(user=translator, publish=True)
    soup = BeautifulSoup(client.get(f"/en{news_index.url}sprechstunde/").content, "html.parser")
    assert soup.find("h1").get_text(strip=True) == "Office hours on Tuesday"
    assert "We give advice without an appointment." in soup.get_text()
