"""The admin as a coordinator of one centre sees it: German words, no silent cuts, ASCII
addresses, no plain "Veröffentlichen" past the sign-off."""

import re
from pathlib import Path

from django.apps import apps
from django.urls import reverse
from django.utils.translation.trans_real import DjangoTranslation

from wagtail.models import Locale

import polib
import pytest
from bs4 import BeautifulSoup
from wagtail_localize.models import Translation

from contacts.models import Contact
from news.models import NewsArticlePage

from ..admin_forms import news_article_form
from ..factories import EventPageFactory, NewsArticlePageFactory

ENGLISH = ["Link text", "Image", "Update", "Root", "Locale", "Go-Live", "Reviewer", "Workflow"]


def article_data(**fields):
    return news_article_form(**{"action-submit": "1", **fields})


def visible_text(response):
    soup = BeautifulSoup(response.content, "html.parser")
    for hidden in soup(["script", "style", "template"]):
        hidden.decompose()
    words = [soup.get_text(" ")]
    # What a screen reader or a tooltip says counts too.
    for element in soup.find_all(attrs={"aria-label": True}):
        words.append(element["aria-label"])
    for element in soup.find_all(attrs={"title": True}):
        words.append(element["title"])
    return " ".join(words)


def add_url(news_index):
    return reverse("wagtailadmin_pages:add", args=("news", "newsarticlepage", news_index.pk))


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Über uns", "ueber-uns"),
        ("Straßenfest in Eschwege", "strassenfest-in-eschwege"),
        ("Sprachcafé für Mütter", "sprachcafe-fuer-muetter"),
    ],
)
def test_a_new_page_gets_an_ascii_address_from_its_german_title(
    news_index, editor_client, title, slug
):
    # The admin's script fills in the slug as Wagtail makes it (Unicode); the form spells it out.
    unicode_slug = title.lower().replace(" ", "-")
    response = editor_client.post(add_url(news_index), article_data(title=title, slug=unicode_slug))
    assert response.status_code == 302
    assert NewsArticlePage.objects.get(title=title).slug == slug


def test_an_existing_unicode_address_is_kept_when_the_page_is_saved(news_index, moderator_client):
    article = NewsArticlePageFactory(parent=news_index, title="Sprachcafé", slug="sprachcafé")
    response = moderator_client.post(
        reverse("wagtailadmin_pages:edit", args=[article.pk]),
        article_data(slug="sprachcafé", teaser="Neu"),
    )
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.slug == "sprachcafé"


def test_a_title_longer_than_the_field_is_refused_with_a_message_not_cut(news_index, editor_client):
    form = BeautifulSoup(editor_client.get(add_url(news_index)).content, "html.parser")
    assert not form.find("input", attrs={"name": "title"}).has_attr("maxlength")

    response = editor_client.post(add_url(news_index), article_data(title=("Wort " * 65).strip()))

    assert response.status_code == 200
    text = BeautifulSoup(response.content, "html.parser").get_text(" ")
    assert "ist 324 Zeichen lang; erlaubt sind höchstens 255" in text
    assert not NewsArticlePage.objects.exists()


def test_freigabe_sees_no_plain_publish_where_the_workflow_applies(news_index, moderator_client):
    article = NewsArticlePageFactory(parent=news_index, title="Entwurf", slug="entwurf", live=False)
    page = BeautifulSoup(
        moderator_client.get(reverse("wagtailadmin_pages:edit", args=[article.pk])).content,
        "html.parser",
    )
    assert page.find(attrs={"name": "action-publish"}) is None
    assert page.find(attrs={"name": "action-submit"}) is not None


def english_words_on(client, urls):
    """{url: [English words it shows]} for the pages that show any."""
    found = {}
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        text = visible_text(response)
        hits = [word for word in ENGLISH if re.search(rf"\b{re.escape(word)}\b", text)]
        if hits:
            found[url] = hits
    return found


def test_the_editor_pages_of_a_redaktion_user_have_no_english_words(
    home, news_index, editor_client
):
    article = NewsArticlePageFactory(parent=news_index, title="Sprachcafé", slug="sprachcafe")
    urls = [
        reverse("wagtailadmin_home"),
        add_url(news_index),
        reverse("wagtailadmin_pages:edit", args=[article.pk]),
        reverse("wagtailadmin_pages:history", args=[article.pk]),
        reverse("wagtailadmin_explore", args=[home.pk]),
        reverse(Contact.snippet_viewset.get_url_name("add")),
        reverse("wagtailimages:index"),
        reverse("wagtailimages:add_multiple"),
        reverse("editor_guide"),
    ]
    assert english_words_on(editor_client, urls) == {}


def test_the_event_pages_of_a_redaktion_user_have_no_english_words(calendar_page, editor_client):
    event = EventPageFactory(parent=calendar_page, title="Sprachcafé am Abend", slug="abend")
    urls = [
        reverse("wagtailadmin_pages:add", args=("events", "eventpage", calendar_page.pk)),
        reverse("wagtailadmin_pages:edit", args=[event.pk]),
        reverse("wagtailadmin_explore", args=[calendar_page.pk]),
    ]
    assert english_words_on(editor_client, urls) == {}


def test_the_translation_pages_of_a_redaktion_user_have_no_english_words(news_index, editor_client):
    """ "Übersetzen", the translation editor and "Übersetzungen aktualisieren"; the parts of the
    editor its script draws are checked in Chromium (tests/browser/test_german_admin.py)."""
    article = NewsArticlePageFactory(parent=news_index, title="Sprachcafé", slug="sprachcafe")
    arabic, _created = Locale.objects.get_or_create(language_code="ar")
    submit = reverse("wagtail_localize:submit_page_translation", args=[article.pk])
    assert english_words_on(editor_client, [submit]) == {}

    response = editor_client.post(submit, {"locales": [arabic.pk]})
    assert response.status_code == 302
    translation = Translation.objects.get(
        source__object_id=article.translation_key, target_locale=arabic
    )
    urls = [
        response["Location"],
        reverse("wagtail_localize:update_translations", args=[translation.source_id]),
        reverse("missing_translations"),
    ]
    assert english_words_on(editor_client, urls) == {}


@pytest.mark.parametrize(
    ("english", "german"),
    [
        ("Update", "Aktualisieren"),
        ("Locale", "Sprache"),
        ("Go-live:", "Veröffentlichung ab:"),
        ("Cancel workflow ", "Freigabeablauf abbrechen"),
        ("No other translations", "Keine anderen Übersetzungen"),
        (
            "Only reviewers for this task can edit the %(model_name)s.",
            "Bearbeiten kann ihn jetzt nur, wer diesen Schritt freigeben darf.",
        ),
        ("Choose another %(object)s", "%(object)s austauschen"),
        ("Visit the live page", "Veröffentlichte Seite ansehen"),
    ],
)
def test_the_project_catalogue_overrides_wagtails_english_and_jargon(english, german):
    from django.utils import translation

    with translation.override("de"):
        assert translation.gettext(english) == german


# Wagtail's German catalogue writes "seite-Objekt" (a model name, lower-cased, before
# "-Objekt"), "Gutachter" for reviewers, "Keine andere Übersetzungen", "Dashboard", "Upload",
# "Best Practices", "Teilbaum" and "{} locale"; an earlier override wrote "Eintrag (seite)".
JARGON = re.compile(
    r"-Objekt|Gutachter|Reviewer|\(%\(model_name\)s\)|Keine andere Übersetzungen|Live-"
    r"|Dashboard|Upload|Best Practices|Teilbaum|(?<![({])\blocales?\b(?![)}])"
)


def wagtail_messages(domain):
    """The messages of Wagtail's and wagtail-localize's German catalogues of `domain`."""
    for app in apps.get_app_configs():
        if not app.name.startswith("wagtail"):
            continue
        path = Path(app.path) / "locale" / "de" / "LC_MESSAGES" / f"{domain}.po"
        if path.exists():
            yield from (entry for entry in polib.pofile(str(path)) if entry.msgid)


@pytest.mark.parametrize("domain", ["django", "djangojs"])
def test_no_german_admin_message_is_jargon(domain):
    catalogue = DjangoTranslation("de", domain=domain)
    jargon = {}
    for entry in wagtail_messages(domain):
        if entry.msgid_plural:
            german = [catalogue.ngettext(entry.msgid, entry.msgid_plural, n) for n in (1, 2)]
        elif entry.msgctxt:
            german = [catalogue.pgettext(entry.msgctxt, entry.msgid)]
        else:
            german = [catalogue.gettext(entry.msgid)]
        if any(JARGON.search(text) for text in german):
            jargon[entry.msgid] = german
    assert jargon == {}


def test_the_readability_label_is_german():
    from django.utils.translation.trans_real import DjangoTranslation

    catalogue = DjangoTranslation("de", domain="djangojs")
    assert catalogue.gettext("Fair") == "mittel"
    assert catalogue.gettext("Complex") == "schwer"


def test_the_image_chooser_inside_the_figure_block_has_a_german_label():
    from integrationsnetz.blocks import FigureBlock

    image = FigureBlock().child_blocks["image"]
    assert image.child_blocks["image"].label == "Bilddatei"


def test_the_editors_header_actions_have_a_german_name(news_index, editor_client):
    article = NewsArticlePageFactory(parent=news_index, title="Sprachcafé", slug="sprachcafe")
    page = BeautifulSoup(
        editor_client.get(reverse("wagtailadmin_pages:edit", args=[article.pk])).content,
        "html.parser",
    )
    assert page.find(id="w-slim-header-buttons")["aria-label"] == "Aktionen"
