"""The audio file of a page (espeak-ng), made in the background when the page is published."""

import os
import shutil

from django.core.files.storage import default_storage
from django.core.management import call_command

import pytest
from bs4 import BeautifulSoup
from django_tasks_db.models import DBTaskResult

from read_aloud.audio import audio_for, audio_path

from ..factories import NewsArticlePageFactory, StandardPageFactory

# The worker takes its tasks in transactions of its own (on SQLite BEGIN EXCLUSIVE), as in
# production: the tests commit, so publishing queues the task for real.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture(autouse=True)
def espeak_installed():
    if shutil.which("espeak-ng") is None:
        message = "espeak-ng is not installed (Debian: apt-get install espeak-ng)"
        if os.environ.get("CI"):
            pytest.fail(message, pytrace=False)
        pytest.skip(message)


def run_background_tasks():
    # What the `tasks` service of deploy/compose.yaml runs, until the queue is empty.
    call_command(
        "db_worker", "--backend", "background", "--batch", "--no-startup-delay", verbosity=0
    )


def test_publishing_a_page_makes_its_audio_in_the_background_and_the_page_offers_it(
    news_index, client
):
    article = NewsArticlePageFactory(parent=news_index, title="Deutschkurs für Anfänger")
    article.save_revision().publish()
    # Queued, not made in the request that published.
    assert audio_for(article) is None
    assert DBTaskResult.objects.filter(task_path="read_aloud.tasks.make_page_audio").count() == 1
    run_background_tasks()
    audio = audio_for(article)
    assert audio.size > 10_000
    with default_storage.open(audio_path(article.pk)) as file:
        assert file.read(4) == b"RIFF"
    soup = BeautifulSoup(client.get(article.url).content, "html.parser")
    assert soup.select_one(f"a[href='{audio.url}']").get_text(strip=True) == (
        "Diese Seite als Audiodatei anhören"
    )
    article.unpublish()
    assert audio_for(article) is None


def test_deleting_a_page_removes_its_audio(news_index):
    article = NewsArticlePageFactory(parent=news_index)
    article.save_revision().publish()
    run_background_tasks()
    assert audio_for(article) is not None
    page_id = article.pk
    article.delete()
    article.pk = page_id
    assert audio_for(article) is None


def test_pages_without_the_read_aloud_control_get_no_audio(home):
    page = StandardPageFactory(parent=home)
    page.save_revision().publish()
    run_background_tasks()
    assert audio_for(page) is None
