"""Editors of a centre translate its pages with wagtail-localize: Redaktion translates, Freigabe
publishes, the other centre's coordinators never see it."""

from urllib.parse import urlencode

from django.urls import reverse

from wagtail.models import Locale

from wagtail_localize.models import StringSegment, Translation

from editorial.roles import FREIGABE

from ..conftest import logged_in, member_of
from ..factories import NewsArticlePageFactory


def test_redaktion_translates_an_article_into_arabic_and_freigabe_publishes_it(
    news_index,
    other_centre,
    other_home,
    editor_client,
    moderator_client,
    client,
    django_capture_on_commit_callbacks,
):
    article = NewsArticlePageFactory(
        parent=news_index,
        title="Sprachcafé startet wieder",
        slug="sprachcafe-startet",
        teaser="Ab Januar jeden Mittwoch.",
    )
    arabic, _created = Locale.objects.get_or_create(language_code="ar")

    # Redaktion: "Übersetzen" → Arabisch; the translation editor opens.
    response = editor_client.post(
        reverse("wagtail_localize:submit_page_translation", args=[article.pk]),
        {"locales": [arabic.pk]},
    )
    assert response.status_code == 302
    translated = article.get_translation(arabic)
    edit_url = reverse("wagtailadmin_pages:edit", args=[translated.pk])
    assert response["Location"] == edit_url
    editor = editor_client.get(edit_url)
    assert editor.status_code == 200
    assert "Sie haben leider keinen Zugang" not in editor.content.decode()

    translation = Translation.objects.get(
        source__object_id=article.translation_key, target_locale=arabic
    )
    for segment in StringSegment.objects.filter(source=translation.source).select_related("string"):
        text = {
            "Sprachcafé startet wieder": "مقهى اللغة يعود",
            "Ab Januar jeden Mittwoch.": ("كل أربعاء ابتداءً من يناير."),
        }.get(segment.string.data, segment.string.data)
        response = editor_client.put(
            reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk]),
            urlencode({"value": text}),
            content_type="application/x-www-form-urlencoded",
        )
        assert response.status_code in (200, 201)

    # Redaktion cannot publish it; the other centre's Freigabe cannot even open it.
    assert editor_client.post(edit_url, {"action": "publish"}).status_code in (302, 403)
    translated.refresh_from_db()
    assert not translated.live
    other = logged_in(member_of(FREIGABE, other_home.get_site(), "muster-freigabe"))
    assert other.get(edit_url).status_code in (302, 403)

    # Freigabe publishes (wagtail-localize publishes once the transaction commits).
    with django_capture_on_commit_callbacks(execute=True):
        response = moderator_client.post(edit_url, {"action": "publish"})
    assert response.status_code == 302
    translated.refresh_from_db()
    assert translated.live
    assert translated.title == "مقهى اللغة يعود"
    path = translated.get_url_parts()[2]
    assert path.startswith("/ar/")
    page = client.get(path)
    assert page.status_code == 200
    assert "مقهى اللغة يعود" in page.content.decode()
