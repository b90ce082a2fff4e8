"""The first screen of a phone (360 x 740): a header of at most a quarter of the screen in
German and Arabic, both themes, and "Hilfe finden" below it on the home page; Escape closes
menu, search and language list and returns the focus; the language list opens next to its
button; nothing scrolls sideways at 320 px and 200 % text, where text hyphenates in its
language; the search page has no axe
best-practice findings."""

import pytest

from .axe import AXE, describe

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

PHONE = {"width": 360, "height": 740}
HEADER_HEIGHT = "() => document.querySelector('.site-header').getBoundingClientRect().height"
WIDER_THAN_WINDOW = "() => document.documentElement.scrollWidth - window.innerWidth"
# Long words break with hyphens where the browser has a dictionary for the text's language
# (each text's language is tested in tests/languages/test_lang_dir.py): headings and text
# hyphenate automatically, and the content has no soft hyphens of its own (Debian's headless
# Chromium has no dictionaries, so the hyphens themselves cannot be seen here; where none can
# be set, a word wider than the line breaks, so that nothing scrolls sideways).
HYPHENATION = """() => {
    const texts = [...document.querySelectorAll("main h1, main h2, main h3, main p, main li")]
        .filter(element => element.textContent.trim());
    const name = element => element.tagName + " " + element.textContent.trim().slice(0, 40);
    return {
        manual: texts.filter(element => getComputedStyle(element).hyphens !== "auto").map(name),
        soft: document.body.innerText.includes("\\u00ad"),
    };
}"""


@pytest.mark.parametrize("theme", ["default", "gelb-schwarz"])
@pytest.mark.parametrize(
    "path", ["/", "/en/", "/ar/", "/uk/", "/ankommen-im-landkreis/", "/ar/glossar/"]
)
def test_the_header_takes_at_most_a_quarter_of_a_phone_screen(open_page, path, theme):
    page = open_page(path, theme=theme, width=PHONE["width"])
    page.set_viewport_size(PHONE)
    assert page.evaluate(HEADER_HEIGHT) <= 185, page.url


@pytest.mark.parametrize("theme", ["default", "gelb-schwarz"])
@pytest.mark.parametrize("path", ["/", "/en/", "/ar/", "/uk/"])
def test_help_is_found_on_the_first_screen_of_a_phone(open_page, path, theme):
    page = open_page(path, theme=theme, width=PHONE["width"])
    page.set_viewport_size(PHONE)
    tasks = page.locator(".help-finder__topic")
    assert 4 <= tasks.count() <= 6
    phone = page.locator(".help-finder a[href^='tel:']")
    assert phone.count() == 1
    # Every task and the office's phone number are seen in full without scrolling.
    for link in [*(tasks.nth(index) for index in range(tasks.count())), phone]:
        box = link.bounding_box()
        assert box["y"] >= 0 and box["y"] + box["height"] <= PHONE["height"], (
            page.url,
            link.inner_text(),
        )
    assert page.evaluate("() => window.scrollY") == 0


def test_the_home_page_shows_the_site_name_once(open_page):
    page = open_page("/", width=PHONE["width"])
    assert page.locator(".site-logo__name").is_visible()
    heading = page.locator("main h1")
    # The heading is there for screen readers, not shown a second time below the header.
    assert heading.inner_text() == "WIR-Vielfaltszentrum Werra-Meißner-Kreis"
    assert heading.bounding_box()["height"] <= 1


@pytest.mark.parametrize(
    "disclosure", ["disclosure--menu", "disclosure--search", "disclosure--languages"]
)
def test_escape_closes_an_open_panel_and_returns_to_its_button(open_page, disclosure):
    page = open_page("/", width=PHONE["width"], fresh=True)
    summary = page.locator(f".{disclosure} > summary")
    summary.focus()
    page.keyboard.press("Enter")
    assert page.locator(f".{disclosure}").get_attribute("open") is not None
    page.keyboard.press("Escape")
    assert page.locator(f".{disclosure}").get_attribute("open") is None
    assert page.evaluate("() => document.activeElement.parentElement.className").startswith(
        f"disclosure {disclosure}"
    )


def test_the_language_list_opens_next_to_its_button(open_page):
    page = open_page("/ar/", width=PHONE["width"], fresh=True)
    page.set_viewport_size(PHONE)
    button = page.locator(".disclosure--languages > summary")
    button.click()
    below = page.locator(".language-switcher__list").bounding_box()
    above = button.bounding_box()
    assert 0 <= below["y"] - (above["y"] + above["height"]) <= 16


@pytest.mark.parametrize(
    "path", ["/", "/aktuelles/", "/suche/?q=Sprachkurs", "/glossar/", "/ankommen-im-landkreis/"]
)
def test_nothing_scrolls_sideways_at_320_pixels_and_200_percent_text(open_page, path):
    page = open_page(path, size=200, width=320)
    assert page.evaluate(WIDER_THAN_WINDOW) <= 0, page.url
    assert page.evaluate(HYPHENATION) == {"manual": [], "soft": False}, page.url


def test_long_tag_names_wrap(open_page):
    page = open_page("/aktuelles/", size=200, width=320, fresh=True)
    page.evaluate(
        """() => {
            const tags = document.createElement("div");
            tags.className = "news-article__tags";
            tags.innerHTML = '<ul class="tag-list"><li><a class="tag-list__link" href="#">'
                + "Integrationskursträgerkoordinationsverantwortliche" + "</a></li></ul>";
            document.querySelector("main").append(tags);
        }"""
    )
    assert page.evaluate(WIDER_THAN_WINDOW) <= 0


@pytest.mark.parametrize("query", ["Sprachkurs", "Qwertzuiop"])
def test_the_search_results_have_no_best_practice_findings(open_page, query):
    # With results, and without: the ways on (glossary, offers, contacts, phone).
    page = open_page(f"/suche/?q={query}")
    page.evaluate(AXE.read_text())
    options = {"runOnly": {"type": "tag", "values": ["best-practice"]}}
    violations = page.evaluate("options => axe.run(document, options)", options)["violations"]
    assert not violations, describe(violations)
