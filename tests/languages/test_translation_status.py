"""A German page changed and published after its translation was published makes the
translation "veraltet": in Wagtail's page listing, in the report "Übersetzungen" and as a notice
on the public translated page (with the fragment cache on, as in production). wagtail-localize's
"Übersetzungen aktualisieren" with publishing clears all three."""

from django.test import Client
from django.urls import reverse
from django.utils import timezone

from wagtail.models import Locale

import pytest
from bs4 import BeautifulSoup
from wagtail_localize.models import Translation, TranslationSource

from editorial.roles import REDAKTION
from tests.conftest import logged_in, member_of
from tests.factories import NewsArticlePageFactory, translate


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def publish(page, **changes):
    for name, value in changes.items():
        setattr(page, name, value)
    page.save_revision().publish()
    return page


@pytest.fixture
def translator(home, centre):
    return logged_in(member_of(REDAKTION, home.get_site(), "uebersetzung"))


@pytest.fixture
def article(news_index, translator, django_capture_on_commit_callbacks):
    """A German article translated into English with wagtail-localize, published."""
    translate(news_index, "en", title="News")
    english = Locale.objects.get(language_code="en")
    article = publish(
        NewsArticlePageFactory(
            parent=news_index, title="Sprechstunde am Montag", slug="sprechstunde"
        )
    )
    response = translator.post(
        reverse("wagtail_localize:submit_page_translation", args=[article.id]),
        {"locales": [english.id]},
    )
    assert response.status_code == 302
    source = TranslationSource.objects.get(object_id=article.translation_key)
    job = Translation.objects.get(source=source, target_locale=english)
    with django_capture_on_commit_callbacks(execute=True):
        job.save_target(publish=True)
    article.source = source
    return article


def notice(visitor, path):
    return soup(visitor.get(path)).select_one(".translation-notice--outdated")


def listing_badges(client, parent):
    page = soup(client.get(reverse("wagtailadmin_explore", args=[parent.id])))
    return {
        row.select_one("td.title a").get_text(" ", strip=True): [
            badge.get_text(" ", strip=True) for badge in row.select(".translation-outdated")
        ]
        for row in page.select("table.listing tbody tr")
        if row.select_one("td.title a")
    }


def report_cell(client, title, language="English"):
    page = soup(client.get("/admin/berichte/uebersetzungen/"))
    headers = [th.get_text(strip=True) for th in page.select("table.listing thead th")]
    for row in page.select("table.listing tbody tr"):
        if row.th.get_text(" ", strip=True).strip("– ") == title:
            return row.find_all(["th", "td"])[headers.index(language)].get_text(" ", strip=True)
    raise AssertionError(f"{title} is not in the report")


def test_a_changed_german_page_makes_its_translation_out_of_date_until_synced_and_published(
    article, news_index, translator, django_capture_on_commit_callbacks
):
    english_index = news_index.get_translation(Locale.objects.get(language_code="en"))
    path = "/en/aktuelles/sprechstunde/"
    visitor = Client()
    for _visit in range(2):  # the second answer comes from the fragment cache
        assert notice(visitor, path) is None
    assert listing_badges(translator, english_index)["Sprechstunde am Montag"] == []
    assert report_cell(translator, "Sprechstunde am Montag") == "übersetzt (English)"

    with django_capture_on_commit_callbacks(execute=True):
        publish(article, title="Sprechstunde am Dienstag")
    changed = article.specific.__class__.objects.get(pk=article.pk).last_published_at

    shown = notice(visitor, path)
    assert shown is not None, "the kept page shows the notice at once"
    assert "The German version was changed on" in shown.get_text(" ", strip=True)
    assert shown.time["datetime"] == timezone.localdate(changed).isoformat()
    link = shown.find("a")
    assert link["href"] == "/aktuelles/sprechstunde/"
    assert (link["lang"], link["hreflang"]) == ("de", "de")
    assert link.get_text(strip=True) == "Sprechstunde am Dienstag"
    assert listing_badges(translator, english_index)["Sprechstunde am Montag"] == [
        "Übersetzung veraltet"
    ]
    date = timezone.localtime(changed).strftime("%d.%m.%Y")
    assert report_cell(translator, "Sprechstunde am Dienstag") == f"veraltet seit {date} (English)"

    # "Übersetzungen aktualisieren" and publishing the translations clears all three.
    with django_capture_on_commit_callbacks(execute=True):
        response = translator.post(
            reverse("wagtail_localize:update_translations", args=[article.source.id]),
            {"publish_translations": "on"},
        )
    assert response.status_code == 302
    assert notice(visitor, path) is None
    assert listing_badges(translator, english_index)["Sprechstunde am Dienstag"] == []
    assert report_cell(translator, "Sprechstunde am Dienstag") == "übersetzt (English)"


def test_publishing_the_translation_without_synchronising_keeps_it_out_of_date(
    article, news_index, translator, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        publish(article, title="Sprechstunde am Dienstag")
    english = article.get_translation(Locale.objects.get(language_code="en")).specific
    with django_capture_on_commit_callbacks(execute=True):
        publish(english, teaser="A corrected typo.")  # the German change is not carried over
    assert notice(Client(), "/en/aktuelles/sprechstunde/") is not None


def test_the_notice_is_in_the_visitors_language_and_absent_in_german(home, news_index):
    article = publish(NewsArticlePageFactory(parent=news_index, title="Fest", slug="fest"))
    translate(article, "uk", title="Свято")
    translate(article, "ar", title="مهرجان")
    publish(article, title="Fest der Kulturen")
    visitor = Client()
    ukrainian = notice(visitor, "/uk/aktuelles/fest/")
    assert ukrainian.get_text(" ", strip=True).startswith("Німецьку версію змінено")
    arabic = notice(visitor, "/ar/aktuelles/fest/")
    assert arabic.get_text(" ", strip=True).startswith("تم تغيير النسخة الألمانية")
    assert notice(visitor, "/aktuelles/fest/") is None
    # A page without translation (the German page under the prefix) has no such notice.
    other = publish(NewsArticlePageFactory(parent=news_index, title="Kurs", slug="kurs"))
    assert notice(visitor, "/uk" + other.url) is None


def test_the_report_counts_per_language_and_keeps_to_the_editors_centre(
    home, other_home, centre, other_centre, news_index, translator
):
    from tests.factories import HomePageFactory

    article = publish(NewsArticlePageFactory(parent=news_index, title="Kurs", slug="kurs"))
    translate(article, "en", title="Course")
    translate(article, "uk", title="Курс")
    publish(article, title="Kurs im Mai")
    translate(article, "uk", title="Курс у травні")  # Ukrainian catches up, English does not
    musterstadt = HomePageFactory._meta.model.objects.get(slug="musterstadt")
    elsewhere = publish(
        NewsArticlePageFactory(parent=musterstadt, title="Musterstädter Kurs", slug="m")
    )
    translate(elsewhere, "en", title="Course elsewhere")
    publish(elsewhere, title="Musterstädter Kurs neu")

    assert report_cell(translator, "Kurs im Mai").startswith("veraltet seit")
    assert report_cell(translator, "Kurs im Mai", "Українська") == "übersetzt (Українська)"
    page = soup(translator.get("/admin/berichte/uebersetzungen/"))
    assert "Musterstädter Kurs neu" not in page.get_text()
    summary = [
        item.get_text(" ", strip=True) for item in page.select(".translation-report__summary li")
    ]
    assert summary[0].startswith("English") and "1 veraltet" in summary[0]
    assert summary[1].startswith("Українська") and "0 veraltet" in summary[1]

    # One language at a time (for an agency working on one).
    ukrainian = soup(translator.get("/admin/berichte/uebersetzungen/", {"sprache": "uk"}))
    headers = [th.get_text(strip=True) for th in ukrainian.select("table.listing thead th")]
    assert headers == ["Seite (Deutsch)", "Українська"]
    junk = soup(translator.get("/admin/berichte/uebersetzungen/", {"sprache": "xx"}))
    assert len(junk.select("table.listing thead th")) == 7


def test_a_sections_po_files_come_as_one_zip_for_the_editors_centre_only(
    article, news_index, other_home, other_centre, translator
):
    import io
    import zipfile

    import polib

    url = reverse("section_po_files", args=[news_index.pk])
    form = soup(translator.get(url))
    assert [option["value"] for option in form.select("select[name=sprache] option")] == ["en"]

    response = translator.get(url, {"sprache": "en"})
    assert response["Content-Type"] == "application/zip"
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    names = archive.namelist()
    # The index has no wagtail-localize translation (made by copy): listed, the article's PO in.
    assert names == ["002-sprechstunde-en.po", "ohne-uebersetzung.txt"]
    po = polib.pofile(archive.read(names[0]).decode())
    assert "Sprechstunde am Montag" in [entry.msgid for entry in po]
    assert "Aktuelles" in archive.read("ohne-uebersetzung.txt").decode()

    # Another centre's section: refused.
    from tests.factories import HomePageFactory

    musterstadt = HomePageFactory._meta.model.objects.get(slug="musterstadt")
    refused = translator.get(reverse("section_po_files", args=[musterstadt.pk]), {"sprache": "en"})
    assert refused.status_code in (302, 403)
    # The listing offers it on German pages.
    listing = translator.get(reverse("wagtailadmin_explore", args=[news_index.get_parent().id]))
    assert url in listing.content.decode()
