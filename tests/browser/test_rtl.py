"""Languages in a real browser: in-site links work on the test server's random port, which the
Site record (localhost:8000) does not name; Arabic at 360 px runs right to left where it should
and left to right where it must (docs/sprachen.md). Screenshots: tests/.screenshots/ (ignored)."""

from pathlib import Path
from urllib.parse import urlsplit

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

SCREENSHOTS = Path(__file__).resolve().parent.parent / ".screenshots"
ARTICLE = "/ar/aktuelles/bewilligungsbescheid-wir-vielfaltszentrum/"
DIRECTION = "element => getComputedStyle(element).direction"


def same_server(page, demo_site):
    return urlsplit(page.url).netloc == urlsplit(demo_site.url).netloc


def test_switcher_pagination_and_filter_work_on_another_host_and_port(open_page, demo_site):
    assert urlsplit(demo_site.url).port != 8000
    page = open_page("/aktuelles/", fresh=True)

    page.locator(".language-switcher__link[hreflang=ar]").click()
    page.wait_for_load_state()
    assert same_server(page, demo_site)
    assert urlsplit(page.url).path == "/ar/aktuelles/"
    assert page.locator("html").get_attribute("lang") == "ar"

    page.goto("/aktuelles/")
    page.locator(".pagination__link[rel=next]").click()
    page.wait_for_load_state()
    assert same_server(page, demo_site)
    assert urlsplit(page.url).query == "page=2"
    assert page.locator(".pagination__link[aria-current=page]").inner_text().strip().endswith("2")

    page.goto("/veranstaltungen/")
    select = page.locator(".filter-form select").first
    value = select.locator("option").nth(1).get_attribute("value")
    select.select_option(value)
    page.locator(".filter-form button[type=submit]").click()
    page.wait_for_load_state()
    assert same_server(page, demo_site)
    assert urlsplit(page.url).path == "/veranstaltungen/"
    assert value in urlsplit(page.url).query
    assert page.locator(".event-status").is_visible()


def test_arabic_at_360_px_runs_right_to_left_and_isolates_the_address(open_page):
    page = open_page(ARTICLE, width=360, fresh=True)
    assert page.locator("h1").evaluate(DIRECTION) == "rtl"
    date = page.locator(".news-article__date time")
    assert date.evaluate(DIRECTION) == "rtl"
    assert date.inner_text()[0].isdigit()
    address = page.locator(".site-footer__address")
    assert address.evaluate(DIRECTION) == "rtl"
    town = address.locator("span", has_text="Eschwege")
    assert town.evaluate(DIRECTION) == "ltr"
    assert town.inner_text() == "37269 Eschwege"
    assert address.locator('a[href^="tel:"]').evaluate(DIRECTION) == "ltr"
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "ar-article-360.png"), full_page=True)
    # Nothing sticks out sideways at 360 px.
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 360
