"""Phone first: at 360 x 740 and 200 % text the page's heading is on the first screen; menu
and search fold behind <details> disclosure buttons that work with and without JavaScript and
by keyboard; printing hides the controls."""

import pytest

from .conftest import ALL_PAGES, THEMES

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

PHONE = {"width": 320, "height": 640}
# The first screen of the phone, where the heading must show at 200 % text too.
FIRST_SCREEN = {"width": 360, "height": 740}
HEADING_BOTTOM = """() => {
    const heading = document.querySelector("h1");
    const rect = heading.getBoundingClientRect();
    const line = parseFloat(getComputedStyle(heading).lineHeight) || 40;
    return rect.top + Math.min(rect.height, line);
}"""
ACTIVE_TEXT = "() => document.activeElement.textContent.trim()"


def phone_page(open_page, path, screen=PHONE, **options):
    page = open_page(path, width=screen["width"], **options)
    page.set_viewport_size(screen)
    return page


@pytest.mark.parametrize("theme", list(THEMES))
@pytest.mark.parametrize("page_type", ALL_PAGES)
def test_the_heading_is_on_the_first_screen_of_a_phone(open_page, page_type, theme):
    # At the largest text size: if the heading is on the first screen at 200 %, it is at 100 %.
    page = phone_page(open_page, page_type, screen=FIRST_SCREEN, theme=theme, size=200)
    assert page.evaluate(HEADING_BOTTOM) <= FIRST_SCREEN["height"], page.url
    assert not page.locator(".main-nav").is_visible()
    assert not page.locator("#site-search-q").is_visible()


@pytest.mark.parametrize("javascript", [True, False])
def test_menu_and_search_open_by_keyboard_on_a_phone(open_page, javascript):
    page = phone_page(open_page, "news.newsindexpage", javascript=javascript, fresh=True)
    menu = page.locator("summary", has_text="Menü")
    search = page.locator("summary", has_text="Suche")
    assert menu.get_attribute("aria-expanded") in (None, "false")

    search.focus()
    page.keyboard.press("Enter")
    assert page.locator("#site-search-q").is_visible()
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.id") == "site-search-q"
    page.keyboard.type("Sprachcafé")
    page.keyboard.press("Enter")
    page.wait_for_url("**/suche/?q=Sprachcaf*")
    assert page.locator("h1").inner_text() == "Suche"

    page.locator("summary", has_text="Menü").focus()
    page.keyboard.press("Enter")
    nav = page.locator(".main-nav")
    assert nav.is_visible()
    page.keyboard.press("Tab")
    assert page.evaluate(ACTIVE_TEXT) == nav.locator("a").first.inner_text()
    page.locator("summary", has_text="Menü").click()
    assert not nav.is_visible()


@pytest.mark.parametrize("javascript", [True, False])
def test_menu_and_search_are_always_shown_on_wide_screens(open_page, javascript):
    page = open_page("news.newsindexpage", javascript=javascript)
    assert page.locator(".main-nav").is_visible()
    assert page.locator("#site-search-q").is_visible()
    assert not page.locator("summary", has_text="Menü").is_visible()


def test_print_hides_the_controls_and_names_the_address(open_page):
    page = open_page("news.newsarticlepage", fresh=True)
    page.emulate_media(media="print")
    for selector in [".preferences", ".site-header__disclosures", ".footer-nav", ".breadcrumbs"]:
        assert not page.locator(selector).first.is_visible(), selector
    source = page.locator(".print-source")
    assert source.is_visible()
    assert "Diese Seite: http" in source.inner_text()
    assert "Gedruckt am" in source.inner_text()
    assert page.locator("h1").is_visible()
