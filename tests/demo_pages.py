"""The pages of the demo content that page-wide tests visit: one per page type, plus extras.
The demo content itself is loaded once per run (the `demo` fixture, tests/conftest.py)."""

from wagtail.models import Page, get_page_models

# Every concrete page type, found when the tests are collected: a page type added later is
# tested without editing the tests (and fails until the demo content has a page of it).
PAGE_TYPES = [model._meta.label_lower for model in get_page_models() if model is not Page]
EXTRA_URLS = {
    "search": "/suche/?q=Vielfalt",
    "barrier-report": "/barriere-melden/",
    "not-found": "/gibt-es-nicht/",
}
# Pages with a form carry a CSRF token, so they set a cookie and are never shared from a cache.
FORM_PAGES = ["accessibility.accessibilitystatementpage", "barrier-report"]


def demo_paths():
    """{page type or extra name: path} for the live demo content in the database."""
    paths = dict(EXTRA_URLS)
    for model in get_page_models():
        if model is Page:
            continue
        page = model.objects.live().public().exact_type(model).order_by("path").first()
        if page is not None:
            # The path only: with two demo centres get_url() would name the host.
            paths[model._meta.label_lower] = page.get_url_parts()[2]
    return paths
