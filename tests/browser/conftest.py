"""Real-browser tests: Debian's Chromium driven by Playwright, axe-core injected into each page.

The demo content (`manage.py load_demo`) is served by pytest-django's live server for the whole
package, and the database gets its earlier content back afterwards. The tests are marked
django_db (each runs in a transaction that is rolled back) so that pytest-django sets up the
test database. Without Chromium or axe-core the tests are skipped with a message saying how to
install them; in CI (CI set) they fail instead, so CI cannot pass without them.
"""

import os
from dataclasses import dataclass
from pathlib import Path

from django.template import loader

import pytest
from csp.utils import build_policy
from playwright.sync_api import sync_playwright
from pytest_django.live_server_helper import LiveServer

from accessibility.preferences import COOKIE_NAME

from ..demo_pages import EXTRA_URLS, PAGE_TYPES, committed_demo, demo_paths
from .axe import AXE

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
]

# The 500 and 503 pages cannot be provoked on a healthy server: the browser gets the rendered
# template at these addresses instead (see open_page), with the site's CSS, JS and CSP.
ROUTED_PAGES = {"server-error": "500.html", "unavailable": "503.html"}
ROUTED_STATUS = {"server-error": 500, "unavailable": 503}
ROUTED_URLS = {name: f"/test-{name}/" for name in ROUTED_PAGES}
BROWSER_EXTRA_URLS = {**EXTRA_URLS, **ROUTED_URLS}
ALL_PAGES = PAGE_TYPES + list(BROWSER_EXTRA_URLS)

THEMES = {"default": "auto", "gelb-schwarz": "kontrast"}
DEMO_LANGUAGES = ["ar", "uk"]


def _missing_tools():
    missing = []
    if not CHROMIUM.exists():
        missing.append("Chromium (Debian: sudo apt-get install chromium)")
    if not AXE.exists():
        missing.append("axe-core (npm ci, which `make test` runs)")
    return missing


@dataclass
class DemoSite:
    url: str
    paths: dict

    def path_for(self, page):
        if page not in self.paths:
            pytest.fail(
                f"No live demo page of type {page}: add one to its app's demo.py, so that "
                "every page type is tested in the browser.",
                pytrace=False,
            )
        return self.paths[page]


@pytest.fixture(scope="package")
def chromium():
    missing = _missing_tools()
    if missing:
        message = "Browser tests need " + " and ".join(missing) + "."
        if os.environ.get("CI"):
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    # Playwright's sync API keeps an event loop running in this thread; Django refuses
    # database calls next to one unless told that this (test-only) use is fine.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            yield browser
            browser.close()
    finally:
        if previous is None:
            del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture(scope="package")
def demo_site(chromium, django_db_setup, django_db_blocker):
    """The demo content on a live server; committed, so the server thread sees it on any database.

    Afterwards the database gets its earlier content back, as Django's serialized rollback
    does, so later tests start from the migrated database.
    """
    # Arabic (right to left) and Ukrainian: the languages the browser suite runs in too.
    with committed_demo(django_db_blocker, languages=DEMO_LANGUAGES):
        server = LiveServer("127.0.0.1")
        try:
            yield DemoSite(url=server.url, paths={**demo_paths(), **ROUTED_URLS})
        finally:
            server.stop()


@pytest.fixture(scope="package")
def shared_contexts(chromium):
    """Browser contexts reused by tests that only read pages, one per combination of options."""
    contexts = {}
    yield contexts
    for context in contexts.values():
        context.close()


def fulfil_with(template, status):
    """A route handler answering with a rendered template and the site's CSP header."""
    body = loader.get_template(template).render({})
    headers = {"Content-Security-Policy": build_policy()}

    def fulfil(route):
        route.fulfill(
            status=status, content_type="text/html; charset=utf-8", headers=headers, body=body
        )

    return fulfil


def is_csp_violation(message):
    return message.type == "error" and "Content Security Policy" in message.text


@pytest.fixture
def csp_violations():
    """Every Content-Security-Policy violation Chromium reports, per page opened by open_page.

    Any left at the end of a test fail it: the browser suite runs with the site's CSP enforced.
    A test that provokes violations on purpose takes them out of this dict.
    """
    violations = {}
    yield violations
    reported = {page.url: messages for page, messages in violations.items() if messages}
    if reported:
        pytest.fail(f"Content-Security-Policy violations: {reported}", pytrace=False)


@pytest.fixture
def open_page(chromium, demo_site, shared_contexts, csp_violations):
    """open_page(path or page type, theme=, size=, width=, javascript=, fresh=): a loaded page.

    The preference cookie is set before the first request, as a returning visitor has it.
    A test that changes cookies or browser state asks for a fresh context.
    """
    fresh_contexts = []
    pages = []

    def new_context(theme, size, width, javascript, options):
        context = chromium.new_context(
            base_url=demo_site.url,
            viewport={"width": width, "height": 800},
            java_script_enabled=javascript,
            locale="de-DE",
            **options,
        )
        for name, template in ROUTED_PAGES.items():
            context.route(f"**{ROUTED_URLS[name]}", fulfil_with(template, ROUTED_STATUS[name]))
        if theme != "default" or size != 100:
            value = f"{THEMES[theme]}-{size}"
            context.add_cookies([{"name": COOKIE_NAME, "value": value, "url": demo_site.url}])
        return context

    def open_page(
        path, *, theme="default", size=100, width=1280, javascript=True, fresh=False, **options
    ):
        if fresh or options:
            context = new_context(theme, size, width, javascript, options)
            fresh_contexts.append(context)
        else:
            key = (theme, size, width, javascript)
            if key not in shared_contexts:
                shared_contexts[key] = new_context(theme, size, width, javascript, {})
            context = shared_contexts[key]
        page = context.new_page()
        pages.append(page)
        csp_violations[page] = []
        page.on(
            "console",
            lambda message: is_csp_violation(message) and csp_violations[page].append(message.text),
        )
        page.goto(demo_site.path_for(path) if path in ALL_PAGES else path)
        return page

    yield open_page
    for page in pages:
        page.close()
    for context in fresh_contexts:
        context.close()
