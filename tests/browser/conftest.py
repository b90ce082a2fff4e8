"""Real-browser tests: Debian's Chromium driven by Playwright, axe-core injected into each page.

The demo content (`manage.py load_demo`, loaded once for the run by tests/conftest.py) is served
by pytest-django's live server for the whole package. The tests are marked
django_db (each runs in a transaction that is rolled back) so that pytest-django sets up the
test database. Without Chromium or axe-core the tests are skipped with a message saying how to
install them; in CI (CI set) they fail instead, so CI cannot pass without them.
"""

import faulthandler
import os
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from django.db import connections
from django.template import loader

import pytest
from csp.utils import build_policy
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
from playwright.sync_api import sync_playwright
from pytest_django.live_server_helper import LiveServer

from accessibility.preferences import COOKIE_NAME

from ..demo_pages import EXTRA_URLS, PAGE_TYPES, demo_paths
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
    # SQLite in memory: the server's threads use the test's own connection and see its
    # uncommitted writes. Elsewhere the server has connections of its own (see committed).
    shares_connection: bool = False

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


# Held by the live server for each request where it shares the test's connection, by
# server_paused() around a test's own writes, and while each test's transaction begins and is
# rolled back (pytest_fixture_setup below). Reentrant: a fixture holding it may pause the server.
SERVER_LOCK = threading.RLock()


@pytest.hookimpl(wrapper=True)
def pytest_fixture_setup(fixturedef, request):
    """No request of the live server while a test's transaction begins or is rolled back.

    pytest-django's `_django_db_helper` opens the transaction in its setup and rolls it back in
    its teardown, on the connection the server shares on SQLite. A request still arriving from
    the test before (a page's late fetch) would otherwise run its own atomic block across that
    edge and leave the connection outside any transaction with autocommit off ("on_commit()
    cannot be used in manual transaction management" in the next fixture). Finalizers run last
    in, first out: the lock is taken before the rollback and given back after it.
    """
    if fixturedef.argname != "_django_db_helper":
        return (yield)
    held = threading.Event()

    def acquire():
        SERVER_LOCK.acquire()
        held.set()

    def release():
        if held.is_set():
            held.clear()
            SERVER_LOCK.release()

    fixturedef.addfinalizer(release)
    with SERVER_LOCK:
        result = yield
    fixturedef.addfinalizer(acquire)
    return result


@contextmanager
def server_paused(django_db_blocker):
    """The database for a fixture's or test's own writes: unblocked, and with no request of the
    live server running meanwhile (on SQLite both use one connection: a request in its
    transaction would otherwise meet the write halfway)."""
    with SERVER_LOCK, django_db_blocker.unblock():
        yield


class OneRequestAtATime:
    """Runs the site for one request at a time, the response read to the end inside.

    On SQLite the test database lives in memory, and the server's threads share the test's one
    connection: Chromium's parallel requests (image renditions, say) would otherwise open
    transactions on it at the same time ("cannot start a transaction within a transaction").
    The server stays threaded, so an idle connection Chromium opens ahead never blocks it.
    """

    def __init__(self, app):
        self.app = app

    def __call__(self, environ, start_response):
        with SERVER_LOCK:
            response = self.app(environ, start_response)
            try:
                return [b"".join(response)]
            finally:
                if hasattr(response, "close"):
                    response.close()


def live_server():
    """pytest-django's live server, serialised where it shares the test's connection."""
    server = LiveServer("127.0.0.1", start=False)
    if server.thread.connections_override:
        handler = server.thread.static_handler
        server.thread.static_handler = lambda app: OneRequestAtATime(handler(app))
    server.start()
    return server


@pytest.fixture(scope="package")
def demo_site(chromium, demo_content, django_db_blocker):
    """The demo content (tests/conftest.py, in Arabic and Ukrainian too) on a live server."""
    with django_db_blocker.unblock():
        paths = {**demo_paths(), **ROUTED_URLS}
    server = live_server()
    try:
        yield DemoSite(
            url=server.url,
            paths=paths,
            shares_connection=bool(server.thread.connections_override),
        )
    finally:
        server.stop()


def committed(demo_site, function, *args):
    """function(*args), its writes committed where the live server can see them.

    Where the server shares the test's connection, it sees the test's transaction: the
    function runs here. Elsewhere (PostgreSQL) it runs in a thread of its own, with its own
    connection in autocommit, so that the server neither misses its rows nor waits on their
    locks until the test's transaction ends.
    """
    if demo_site.shares_connection:
        return function(*args)
    outcome = {}

    def run():
        try:
            outcome["value"] = function(*args)
        except BaseException as error:  # handed to the test below
            outcome["error"] = error
        finally:
            connections.close_all()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("value")


ADMIN_PASSWORD = "Browser-Test-Passphrase"


def admin_context(chromium, demo_site):
    """A fresh browser context for the admin; the caller closes it. Without the site's service
    worker: a preview in the editor would register it, and its precaching would keep the network
    busy while a test waits for it to go quiet."""
    return chromium.new_context(base_url=demo_site.url, locale="de-DE", service_workers="block")


def admin_logged_in(chromium, demo_site, username, password=ADMIN_PASSWORD, csp_violations=None):
    """A fresh browser context logged into the admin as `username`, and its page on the
    dashboard; the caller closes the context. Given a list as `csp_violations`, the page adds
    every Content-Security-Policy violation to it, from the login page on."""
    context = admin_context(chromium, demo_site)
    page = context.new_page()
    if csp_violations is not None:
        page.on(
            "console",
            lambda message: is_csp_violation(message) and csp_violations.append(message.text),
        )
    page.goto("/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/")
    return context, page


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
                # Without the service worker: in a shared context it would go on fetching
                # (precache, kept pages) between tests and answer later tests from its cache.
                # The offline tests open fresh contexts, where it runs.
                shared_contexts[key] = new_context(
                    theme, size, width, javascript, {"service_workers": "block"}
                )
            context = shared_contexts[key]
        page = context.new_page()
        pages.append(page)
        csp_violations[page] = []
        page.on(
            "console",
            lambda message: is_csp_violation(message) and csp_violations[page].append(message.text),
        )
        try:
            page.goto(demo_site.path_for(path) if path in ALL_PAGES else path)
        except PlaywrightTimeoutError:
            # Where the live server's threads stand: a hang shows its cause in the CI log.
            faulthandler.dump_traceback(all_threads=True)
            raise
        return page

    yield open_page
    for page in pages:
        page.close()
    for context in fresh_contexts:
        context.close()
