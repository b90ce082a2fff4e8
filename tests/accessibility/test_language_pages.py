import datetime

from django.core.exceptions import ValidationError

import pytest
from bs4 import BeautifulSoup

from accessibility.models import (
    EasyLanguageItem,
    EasyLanguagePage,
    SignLanguagePage,
    SignLanguageVideo,
)

from ..factories import (
    DocumentFactory,
    EasyLanguageItemFactory,
    EasyLanguagePageFactory,
    SignLanguagePageFactory,
    SignLanguageVideoFactory,
)


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def easy(home):
    page = EasyLanguagePageFactory(parent=home)
    EasyLanguageItemFactory(page=page, sort_order=0)
    EasyLanguageItemFactory(
        page=page, heading="So erreichen Sie uns", text="Rufen Sie uns an.", sort_order=1
    )
    return page


@pytest.fixture
def sign(home):
    page = SignLanguagePageFactory(parent=home)
    SignLanguageVideoFactory(page=page)
    return page


def test_easy_language_pairs_each_picture_with_short_lines(easy, client):
    soup = soup_of(client.get("/leichte-sprache/"))
    items = soup.select(".easy-language__item")
    assert [item.h2.get_text(strip=True) for item in items] == [
        "Wer wir sind",
        "So erreichen Sie uns",
    ]
    first = items[0]
    assert first.img["alt"] == ""
    assert [p.get_text(strip=True) for p in first.select(".easy-language__text p")] == [
        "Wir sind das WIR-Vielfaltszentrum.",
        "Wir helfen Ihnen.",
    ]
    assert soup.find("article", class_="easy-language__article")


def test_sign_language_video_uses_the_browsers_player_with_captions(sign, client):
    soup = soup_of(client.get("/gebaerdensprache/"))
    video = soup.find("video")
    assert video.has_attr("controls")
    assert video["poster"].startswith("/media/images/")
    source = video.find("source")
    assert source["src"].endswith(".mp4")
    assert source["type"] == "video/mp4"
    track = video.find("track")
    assert track["kind"] == "captions"
    assert track["srclang"] == "de"
    assert track["src"].endswith(".vtt")
    assert not soup.find("iframe")


def test_sign_language_video_shows_size_duration_download_and_transcript(sign, client):
    soup = soup_of(client.get("/gebaerdensprache/"))
    section = soup.find("section", class_="sign-video")
    assert section.h2.get_text(strip=True) == "Willkommen"
    meta = section.find(class_="sign-video__meta").get_text(" ", strip=True)
    assert "MP4" in meta
    assert "2,0\xa0KB" in meta
    assert "Dauer 1:30 Minuten" in meta
    assert section.find("a", attrs={"download": True})["href"].startswith("/documents/")
    assert "Herzlich willkommen" in section.find("details").get_text()


def test_sign_language_video_must_be_a_video_and_captions_webvtt(sign):
    pdf = DocumentFactory()
    video = SignLanguageVideo(
        page=sign,
        heading="Falsch",
        video=pdf,
        captions=pdf,
        poster=sign.videos.first().poster,
        duration=datetime.timedelta(seconds=5),
        transcript="Text",
    )
    with pytest.raises(ValidationError) as error:
        video.full_clean()
    assert "MP4 oder WebM" in str(error.value)
    assert "WebVTT" in str(error.value)


@pytest.mark.parametrize("model", [EasyLanguagePage, SignLanguagePage])
def test_language_pages_live_once_under_the_home_page(home, model, easy, sign):
    assert not model.can_create_at(home)
    assert model.parent_page_types == ["integrationsnetz.HomePage"]


def test_previews_show_the_unsaved_sections_and_videos(easy, sign, rf):
    # A preview renders the page with its edited, unsaved child rows (modelcluster).
    easy.items = [EasyLanguageItem(heading="Neu", text="Eine Zeile.")]
    assert [item.heading for item in easy.get_context(rf.get("/"))["sections"]] == ["Neu"]
    sign.videos = [SignLanguageVideo(heading="Noch nicht gespeichert", transcript="Text")]
    videos = sign.get_context(rf.get("/"))["videos"]
    assert [video.heading for video in videos] == ["Noch nicht gespeichert"]
