"""The audio file of a page or offer (espeak-ng, Ogg Opus), made in the background when it is
published and stored as a Wagtail document."""

import os
import shutil
import subprocess
from pathlib import Path
from urllib.parse import urlsplit

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.utils import translation
from django.utils.translation import gettext

from wagtail.documents import get_document_model
from wagtail.models import Locale, PageViewRestriction

import pytest
from bs4 import BeautifulSoup
from django_tasks_db.models import DBTaskResult

from read_aloud import audio as audio_module
from read_aloud.audio import audio_for
from read_aloud.models import Recording

from ..factories import (
    NewsArticlePageFactory,
    OfferFactory,
    OfferIndexPageFactory,
    StandardPageFactory,
    translate,
)

# The worker takes its tasks in transactions of its own (on SQLite BEGIN EXCLUSIVE), as in
# production: the tests commit, so publishing queues the task for real.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

Document = get_document_model()


@pytest.fixture(autouse=True)
def espeak_installed():
    for program, package in (("espeak-ng", "espeak-ng"), ("opusenc", "opus-tools")):
        if shutil.which(program) is None:
            message = f"{program} is not installed (Debian: apt-get install {package})"
            if os.environ.get("CI"):
                pytest.fail(message, pytrace=False)
            pytest.skip(message)


@pytest.fixture
def voices(monkeypatch):
    """The espeak-ng voices asked for, in order (the programs still run)."""
    asked, run = [], subprocess.run

    def recording_run(command, **kwargs):
        if "-v" in command:
            asked.append(command[command.index("-v") + 1])
        return run(command, **kwargs)

    monkeypatch.setattr(audio_module.subprocess, "run", recording_run)
    return asked


def run_background_tasks():
    # What the `tasks` service of deploy/compose.yaml runs, until the queue is empty.
    call_command(
        "db_worker", "--backend", "background", "--batch", "--no-startup-delay", verbosity=0
    )


def document_of(obj):
    recording = Recording.objects.of(obj).select_related("document").first()
    return recording.document if recording else None


def file_start(document, length=4):
    with default_storage.open(document.file.name) as file:
        return file.read(length)


def offered(client, url, audio, label="Diese Seite als Audiodatei anhören"):
    """The page at `url` offers `audio` in the player and as a link."""
    soup = BeautifulSoup(client.get(url).content, "html.parser")
    source = soup.select_one("audio.read-aloud__player source")
    link = soup.select_one(f".read-aloud__audio a[href='{audio.url}']")
    return (
        source is not None
        and source["src"] == audio.url
        and source["type"] == audio.mime_type
        and link is not None
        and link.get_text(strip=True) == label
        and soup.select_one("audio.read-aloud__player")["aria-label"] == label
    )


def test_publishing_a_page_makes_its_audio_document_in_the_background_and_the_page_offers_it(
    centre, news_index, client
):
    article = NewsArticlePageFactory(parent=news_index, title="Deutschkurs für Anfänger")
    article.save_revision().publish()
    # Queued, not made in the request that published.
    assert audio_for(article) is None
    assert DBTaskResult.objects.filter(task_path="read_aloud.tasks.make_audio_file").count() == 1
    run_background_tasks()
    audio = audio_for(article)
    document = document_of(article)
    assert audio.mime_type == "audio/ogg"
    assert audio.size == document.file.size > 2_000
    assert file_start(document) == b"OggS"
    assert document.title == "Vorlesen: Deutschkurs für Anfänger"
    # The collection "Vorlesen" of the centre (collections are named after the site).
    assert document.collection.name == "Vorlesen"
    assert document.collection.get_parent().name == "Test"
    assert offered(client, article.url, audio)
    # Visitors get it while the page is live, in the browser's player.
    response = client.get(audio.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "audio/ogg"
    assert response["Content-Disposition"].startswith("inline")

    file_name = document.file.name
    article.unpublish()
    assert audio_for(article) is None
    assert not Document.objects.filter(pk=document.pk).exists()
    assert not default_storage.exists(file_name)
    assert client.get(audio.url).status_code == 404


def test_publishing_again_replaces_the_document_and_its_file(news_index):
    article = NewsArticlePageFactory(parent=news_index, title="Sprachcafé")
    # A plain WAV file as versions before the documents made it: gone with the next publication.
    legacy = default_storage.save(audio_module.legacy_path(article.pk), ContentFile(b"RIFF"))
    article.save_revision().publish()
    run_background_tasks()
    first = document_of(article)
    assert not default_storage.exists(legacy)

    article.title = "Sprachcafé am Dienstag"
    article.save_revision().publish()
    run_background_tasks()

    second = document_of(article)
    assert second.pk != first.pk
    assert second.title == "Vorlesen: Sprachcafé am Dienstag"
    assert not Document.objects.filter(pk=first.pk).exists()
    assert not default_storage.exists(first.file.name)
    assert default_storage.exists(second.file.name)
    assert Recording.objects.count() == 1
    assert Document.objects.filter(title__startswith="Vorlesen:").count() == 1


def test_without_opusenc_the_audio_is_wav(news_index, client, monkeypatch):
    monkeypatch.setattr(audio_module, "opusenc", lambda: None)
    article = NewsArticlePageFactory(parent=news_index)
    article.save_revision().publish()
    run_background_tasks()
    audio = audio_for(article)
    assert audio.mime_type == "audio/wav"
    assert file_start(document_of(article)) == b"RIFF"
    assert offered(client, article.url, audio)


def test_deleting_a_page_removes_its_audio(news_index):
    article = NewsArticlePageFactory(parent=news_index)
    article.save_revision().publish()
    run_background_tasks()
    document = document_of(article)
    assert document is not None
    article.delete()
    assert not Recording.objects.exists()
    assert not Document.objects.filter(pk=document.pk).exists()
    assert not default_storage.exists(document.file.name)


def test_the_audio_of_a_restricted_or_draft_page_is_not_served(news_index, client):
    article = NewsArticlePageFactory(parent=news_index)
    article.save_revision().publish()
    run_background_tasks()
    url = audio_for(article).url
    assert client.get(url).status_code == 200

    PageViewRestriction.objects.create(page=article, restriction_type="password", password="x")
    assert client.get(url).status_code == 404

    draft = NewsArticlePageFactory(parent=news_index, live=False)
    audio_module.store(draft, Path(default_storage.path(document_of(article).file.name)))
    assert client.get(audio_for(draft).url).status_code == 404


def test_pages_without_the_read_aloud_control_get_no_audio(home):
    page = StandardPageFactory(parent=home)
    page.save_revision().publish()
    run_background_tasks()
    assert audio_for(page) is None
    assert not Recording.objects.exists()


def test_publishing_an_offer_makes_its_audio_and_the_offer_page_offers_it(
    centre, home, client, voices
):
    OfferIndexPageFactory(parent=home)
    offer = OfferFactory(name="Sprachcafé", slug="sprachcafe", site=home.get_site(), live=False)
    offer.save_revision().publish()
    offer.refresh_from_db()
    assert audio_for(offer) is None
    assert DBTaskResult.objects.filter(task_path="read_aloud.tasks.make_audio_file").count() == 1
    run_background_tasks()

    audio = audio_for(offer)
    document = document_of(offer)
    assert document.title == "Vorlesen: Sprachcafé"
    assert document.collection.get_parent().name == "Test"
    assert file_start(document) == b"OggS"
    assert voices == ["de"]
    assert offered(client, "/angebote/sprachcafe/", audio)
    assert client.get(audio.url).status_code == 200

    offer.unpublish()
    assert audio_for(offer) is None
    assert not Document.objects.filter(pk=document.pk).exists()
    assert client.get(audio.url).status_code == 404
    soup = BeautifulSoup(client.get("/angebote/").content, "html.parser")
    assert soup.select_one("audio") is None


def test_a_shared_offer_files_its_audio_under_the_shared_collection(centre, home):
    OfferIndexPageFactory(parent=home)
    offer = OfferFactory(site=None, live=False)
    offer.save_revision().publish()
    run_background_tasks()
    assert document_of(offer).collection.get_parent().name == "Gemeinsam"


def test_deleting_an_offer_removes_its_audio(home):
    OfferIndexPageFactory(parent=home)
    offer = OfferFactory(site=home.get_site(), live=False)
    offer.save_revision().publish()
    run_background_tasks()
    document = document_of(offer)
    offer.delete()
    assert not Recording.objects.exists()
    assert not Document.objects.filter(pk=document.pk).exists()


def test_the_translation_of_an_offer_is_read_in_its_language(home, client, voices):
    directory = OfferIndexPageFactory(parent=home)
    translate(directory, "ar", title="العروض")
    offer = OfferFactory(slug="sprachcafe", site=home.get_site())
    offer.save_revision().publish()
    arabic = offer.copy_for_translation(Locale.objects.get(language_code="ar"))
    arabic.name = "مقهى اللغة"
    arabic.short_description = "تدرّب على التحدث بالألمانية دون تسجيل."
    arabic.live = False
    arabic.save()
    run_background_tasks()
    voices.clear()

    arabic.save_revision().publish()
    run_background_tasks()

    assert voices == ["ar"]
    audio = audio_for(arabic)
    assert document_of(arabic).title == "Vorlesen: مقهى اللغة"
    assert urlsplit(arabic.get_full_url()).path == "/ar/angebote/sprachcafe/"
    with translation.override("ar"):
        label = gettext("Diese Seite als Audiodatei anhören")
    assert offered(client, "/ar/angebote/sprachcafe/", audio, label)
    # The German offer keeps its own German file.
    assert audio_for(offer) is not None and audio_for(offer).url != audio.url
