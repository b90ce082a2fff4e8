"""What the read-aloud audio of an offer needs from the offers app (the audio itself:
tests/read_aloud/test_audio.py): the live offer's page to read, and a purge of that page on
every site that shows the offer once its file is made."""

from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Site

import pytest

from offers.models import Offer
from read_aloud.audio import CONTROL_MARK, PAGE_PREVIEW_MODE, audio_changed

from ..factories import OfferFactory, OfferIndexPageFactory, translate
from .conftest import published

pytestmark = pytest.mark.django_db


def test_the_read_aloud_preview_mode_renders_the_live_offer_page(home):
    OfferIndexPageFactory(parent=home)
    offer = published(OfferFactory(name="Sprachcafé", slug="sprachcafe", site=home.get_site()))

    assert offer.get_full_url() == "http://localhost/angebote/sprachcafe/"
    response = offer.make_preview_request(preview_mode=PAGE_PREVIEW_MODE)
    html = response.content.decode()
    assert response.status_code == 200
    assert CONTROL_MARK in html and "Sprachcafé" in html and "Zurück zu: Angebote" in html
    # The admin's preview still shows the card only.
    assert [mode for mode, _label in offer.preview_modes] == [""]


def test_an_offer_without_a_directory_in_its_language_has_no_page_to_read(home):
    OfferIndexPageFactory(parent=home)
    offer = published(OfferFactory(site=home.get_site()))
    arabic = offer.copy_for_translation(translate(home, "ar").locale)
    arabic.save()

    assert arabic.get_full_url() is None
    assert arabic.make_preview_request(preview_mode=PAGE_PREVIEW_MODE).status_code == 404


@pytest.fixture
def purged(settings, monkeypatch):
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": "http://127.0.0.1:1",
        }
    }
    urls = []
    monkeypatch.setattr(PurgeBatch, "purge", lambda batch, **kwargs: urls.extend(batch.urls))
    return urls


def test_a_new_audio_file_purges_the_offer_page_on_each_site_that_shows_it(
    home, other_home, purged, django_capture_on_commit_callbacks
):
    OfferIndexPageFactory(parent=home)
    OfferIndexPageFactory(parent=other_home)
    own = published(OfferFactory(slug="eigenes", site=home.get_site()))
    shared = published(OfferFactory(slug="gemeinsam", site=None))

    with django_capture_on_commit_callbacks(execute=True):
        audio_changed.send(sender=Offer, instance=own)
    assert "http://localhost/angebote/eigenes/" in purged
    assert not any("musterstadt" in url for url in purged)

    purged.clear()
    with django_capture_on_commit_callbacks(execute=True):
        audio_changed.send(sender=Offer, instance=shared)
    assert {"http://localhost/angebote/gemeinsam/"} <= set(purged)
    other = Site.objects.get(hostname="musterstadt.localhost")
    assert f"{other.root_url}/angebote/gemeinsam/" in purged
