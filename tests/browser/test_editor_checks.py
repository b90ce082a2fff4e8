"""Wagtail's content checker with our rules, run by axe-core in Chromium for a signed-in editor."""

import math
import uuid

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile

from wagtail.models import Collection, Site

import pytest

from editorial.roles import REDAKTION, SHARED_COLLECTION

from ..conftest import logged_in, member_of
from ..factories import ImageFactory, StandardPageFactory, png_bytes
from .conftest import admin_context, server_paused

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

# The public site's policy: no eval, no inline script. The checks must work under it.
STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'"


@pytest.fixture(scope="module")
def faulty_page(demo_site, django_db_blocker):
    """A page with one mistake per rule, and an editor's session; committed for the live server."""
    with server_paused(django_db_blocker):
        site = Site.objects.get(is_default_site=True)
        home = site.root_page
        stem = f"sommerfest-{uuid.uuid4().hex[:8]}"
        # From the shared collection: an editor may use it on any centre's pages.
        image = ImageFactory(
            collection=Collection.objects.get(name=SHARED_COLLECTION),
            description=stem.replace("-", " "),
            file=ContentFile(png_bytes(), name=f"{stem}.png"),
        )
        # As Wagtail's ImageBlock hands it over: the description prefilled as the alt text.
        image.contextual_alt_text, image.decorative = image.description, False
        page = StandardPageFactory(
            parent=home,
            title="Sommerfest",
            slug=f"sommerfest-{uuid.uuid4().hex[:6]}",
            body=[
                ("heading", {"text": "Programm", "level": "h3"}),
                (
                    "paragraph",
                    '<p>Die Anmeldung finden Sie <a href="https://example.org/anmeldung">hier</a>.'
                    "</p><p>BITTE BRINGEN SIE IHREN AUSWEIS UND DIE EINLADUNG MIT.</p>",
                ),
                ("image", {"image": image, "caption": "", "credit": ""}),
            ],
        )
        # A member of the demo centre's editorial group, as `add_centre` sets it up.
        editor = member_of(REDAKTION, site)
        session = logged_in(editor).cookies[settings.SESSION_COOKIE_NAME].value
    yield page, session
    with server_paused(django_db_blocker):
        page.delete()
        image.delete()
        get_user_model().objects.filter(pk=editor.pk).delete()


@pytest.fixture
def editor_page(chromium, demo_site, faulty_page):
    page, session = faulty_page
    context = admin_context(chromium, demo_site)
    context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": session, "url": demo_site.url}]
    )
    browser_page = context.new_page()
    errors = []
    browser_page.on("console", lambda message: errors.append(message.text))
    browser_page.on("pageerror", lambda error: errors.append(str(error)))
    yield browser_page, page, errors
    context.close()


def with_strict_csp(route):
    response = route.fetch()
    headers = {**response.headers, "content-security-policy": STRICT_CSP}
    route.fulfill(response=response, headers=headers)


def test_the_userbar_names_each_mistake_in_german_under_the_strict_csp(editor_page):
    browser_page, page, errors = editor_page
    # The path only: the demo has two centres, so page.url names the (default) site's host.
    path = page.get_url_parts()[2]
    browser_page.route(f"**{path}", with_strict_csp)

    browser_page.goto(path)
    browser_page.locator("[data-w-userbar-axe-count]").wait_for(timeout=20_000)
    browser_page.locator("#wagtail-userbar-trigger").click()
    browser_page.locator("#checker-trigger").click()
    browser_page.locator("#checker-results [data-content-checker-name]").first.wait_for()

    names = browser_page.locator("#checker-results [data-content-checker-name]").all_text_contents()
    assert sorted(names) == [
        "Alternativtext ist der Dateiname",
        "Nichtssagender Linktext",
        "Text in Großbuchstaben",
        "Überschriften-Ebene übersprungen",
    ]
    csp_errors = [error for error in errors if "Content Security Policy" in error]
    assert not csp_errors


def test_the_checks_panel_counts_words_and_reading_time(editor_page):
    browser_page, page, _ = editor_page

    browser_page.goto(f"/admin/pages/{page.pk}/edit/")
    browser_page.locator('[data-side-panel-toggle="checks"]').click()

    word_count = browser_page.locator("[data-content-word-count]")
    browser_page.wait_for_function(
        "() => /^[0-9]+$/.test(document.querySelector('[data-content-word-count]').textContent)",
        timeout=20_000,
    )
    words = int(word_count.text_content())
    assert words > 10
    # Rounded up, never "0 Min.": Wagtail itself rounds this page's few words (German, 260 a
    # minute) to 0 minutes.
    assert round(words / 260) == 0
    expected = f"{max(1, math.ceil(words / 260))} Min."
    assert expected == "1 Min."
    reading_time = browser_page.locator("[data-content-reading-time]")
    browser_page.wait_for_function(
        "expected => document.querySelector('[data-content-reading-time]').textContent"
        " === expected",
        arg=expected,
        timeout=5_000,
    )
    assert reading_time.text_content() == expected
    browser_page.locator('[data-side-panel="checks"]').get_by_text(
        "Nichtssagender Linktext"
    ).first.wait_for(timeout=20_000)
