from django.test import Client

from accessibility.preferences import COOKIE_NAME

from ..demo_pages import EXTRA_URLS, FORM_PAGES, PAGE_TYPES, demo_paths


def test_every_page_varies_on_the_display_cookie_only(demo):
    paths = demo_paths()
    assert set(PAGE_TYPES) | set(EXTRA_URLS) <= set(paths), "every page type needs a demo page"

    for page_type, path in paths.items():
        if page_type in FORM_PAGES:
            continue
        plain = Client().get(path)
        assert not plain.cookies, f"{page_type}: a public page must not set cookies"
        assert plain["Vary"] == "Cookie, Accept-Encoding", page_type

        other_cookies = Client()
        other_cookies.cookies["sonstiges"] = "egal"
        assert other_cookies.get(path).content == plain.content, page_type

        themed = Client()
        themed.cookies[COOKIE_NAME] = "kontrast-200"
        assert themed.get(path).content != plain.content, page_type


def test_pages_with_a_form_are_never_stored_in_a_cache(demo):
    paths = demo_paths()

    for page_type in FORM_PAGES:
        response = Client().get(paths[page_type])
        assert response.status_code == 200, page_type
        assert "no-store" in response["Cache-Control"], page_type
        assert "private" in response["Cache-Control"], page_type
