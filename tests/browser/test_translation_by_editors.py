"""A centre's editors translate in Chromium, as members of the groups `add_centre` makes: the
Redaktion submits an article for Arabic, the translation editor opens for her, the other
centre's Freigabe cannot open it, the own Freigabe publishes it and /ar/… shows it."""

import re

from django.urls import reverse

from wagtail.models import Locale, Site

import pytest
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from editorial.roles import FREIGABE, REDAKTION
from integrationsnetz.demo import DEMO_CENTRE
from news.models import NewsIndexPage

from ..conftest import member_of
from ..factories import NewsArticlePageFactory
from .conftest import ADMIN_PASSWORD, admin_logged_in, committed, server_paused

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

ARABIC_TITLE = "مقهى اللغة يعود"


@pytest.fixture(scope="module")
def people(demo_site, django_db_blocker):
    """Three coordinators committed next to the demo content, and a new German article of the
    first centre (the demo's own articles are all translated into Arabic)."""
    with server_paused(django_db_blocker):
        main = Site.objects.get(is_default_site=True)
        muster = Site.objects.get(site_name=DEMO_CENTRE)
        users = [
            member_of(REDAKTION, main, "browser-redaktion", ADMIN_PASSWORD),
            member_of(FREIGABE, main, "browser-freigabe", ADMIN_PASSWORD),
            member_of(FREIGABE, muster, "browser-freigabe-muster", ADMIN_PASSWORD),
        ]
        arabic = Locale.objects.get(language_code="ar")
        news_index = NewsIndexPage.objects.descendant_of(main.root_page).get(
            locale__language_code="de"
        )
        article = NewsArticlePageFactory(
            parent=news_index, title="Das Sprachcafé kommt zurück", slug="sprachcafe-kommt-zurueck"
        )
        article.save_revision().publish()
    yield {"article": article, "arabic": arabic}
    with server_paused(django_db_blocker):
        translation = article.get_translation_or_none(arabic)
        if translation is not None:
            translation.delete()
        article.delete()
        for user in users:
            user.delete()


def type_the_translation(article, arabic):
    translation = Translation.objects.get(
        source__object_id=article.translation_key, target_locale=arabic
    )
    segments = StringSegment.objects.filter(source=translation.source).select_related("string")
    for segment in segments:
        text = segment.string.data
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=arabic,
            context=segment.context,
            defaults={"data": ARABIC_TITLE if text == article.title else text},
        )


def test_redaktion_translates_freigabe_publishes_and_arabic_visitors_read_it(
    chromium, demo_site, people, django_db_blocker, django_capture_on_commit_callbacks
):
    article, arabic = people["article"], people["arabic"]
    german_path = article.get_url_parts()[2]

    context, page = admin_logged_in(chromium, demo_site, "browser-redaktion")
    try:
        page.goto(reverse("wagtail_localize:submit_page_translation", args=[article.pk]))
        page.check(f"input[name=locales][value='{arabic.pk}']")
        page.click("input[type=submit]")
        page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/"))
        page.wait_for_load_state("networkidle")
        assert "keinen Zugang" not in page.content()
        edit_path = page.url.removeprefix(demo_site.url)
    finally:
        context.close()

    # What the Redaktion types into the translation editor, string by string.
    with server_paused(django_db_blocker):
        committed(demo_site, type_the_translation, article, arabic)

    context, page = admin_logged_in(chromium, demo_site, "browser-freigabe-muster")
    try:
        page.goto(edit_path)
        assert "/admin/pages/" not in page.url or "keinen Zugang" in page.content()
    finally:
        context.close()

    context, page = admin_logged_in(chromium, demo_site, "browser-freigabe")
    try:
        page.goto(edit_path)
        publish = page.get_by_role("button", name=re.compile("Veröffentlichen in"))
        # wagtail-localize publishes once the request's transaction commits; where the live
        # server shares the test's connection, that transaction never commits: run it here.
        with django_capture_on_commit_callbacks(execute=True), page.expect_navigation():
            publish.first.click()
        page.wait_for_load_state("networkidle")
        assert f"'{ARABIC_TITLE}' in العربية veröffentlicht" in page.locator("body").inner_text()
        # The translation keeps the German slug, under the language's prefix.
        public_path = "/ar" + german_path
        page.goto(public_path)
        assert page.locator("h1").first.inner_text().strip() == ARABIC_TITLE
        assert page.locator("html").get_attribute("dir") == "rtl"
    finally:
        context.close()
