from django.test import Client

import pytest

from accessibility.preferences import COOKIE_NAME

from .conftest import ALL_PAGES

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

# The 500 page is served by the browser test route, not by Django.
# Pages with a form carry a CSRF token, so they set a cookie and are never cached (see below).
FORM_PAGES = ["accessibility.accessibilitystatementpage", "barrier-report"]
DJANGO_PAGES = [
    page_type for page_type in ALL_PAGES if page_type not in ("server-error", *FORM_PAGES)
]


@pytest.mark.parametrize("page_type", DJANGO_PAGES)
def test_page_varies_on_the_display_cookie_only(demo_site, page_type):
    path = demo_site.path_for(page_type)
    plain = Client().get(path)
    assert not plain.cookies, "a public page must not set cookies (it could not be cached)"
    assert plain["Vary"] == "Cookie"

    other_cookies = Client()
    other_cookies.cookies["sonstiges"] = "egal"
    assert other_cookies.get(path).content == plain.content

    themed = Client()
    themed.cookies[COOKIE_NAME] = "kontrast-200"
    assert themed.get(path).content != plain.content


@pytest.mark.parametrize("page_type", FORM_PAGES)
def test_pages_with_a_form_are_never_stored_in_a_cache(demo_site, page_type):
    response = Client().get(demo_site.path_for(page_type))
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]
