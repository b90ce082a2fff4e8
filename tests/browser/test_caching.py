from django.test import Client

import pytest

from accessibility.preferences import COOKIE_NAME

from .conftest import ALL_PAGES, ROUTED_PAGES

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

# The 500 and 503 pages are served by the browser test route, not by Django.
DJANGO_PAGES = [page_type for page_type in ALL_PAGES if page_type not in ROUTED_PAGES]


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
