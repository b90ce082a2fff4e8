"""Every page type in Arabic (right to left) and Ukrainian, in every display mode: lang and dir,
axe without violations, reflow at 320 px without horizontal scrolling.

One browser page serves all of it: each address is loaded once, and the display modes are
switched with the site's own switcher buttons (static/js/preferences.js, no reload), the
320 px check by resizing the viewport. So the languages add one test per page and language, not
one per mode; the server-rendered modes are covered by test_axe.py and test_switcher.py.
"""

import pytest

from .axe import axe_violations, describe
from .conftest import ALL_PAGES, DEMO_LANGUAGES, ROUTED_PAGES, is_csp_violation

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

# The 500 and 503 pages are rendered without a request (no language): tested in German only.
LANGUAGE_PAGES = [page for page in ALL_PAGES if page not in ROUTED_PAGES]
DIRECTION = {"ar": "rtl", "uk": "ltr"}
# (theme, size) in the order the clicks reach them: size 200, contrast on, size 100.
MODES = [
    ("default", 100, None),
    ("default", 200, "[data-preferences-size='200']"),
    ("gelb-schwarz", 200, "[data-preferences-contrast]"),
    ("gelb-schwarz", 100, "[data-preferences-size='100']"),
]
CLASSES = "() => document.documentElement.className"

# Horizontal overflow, and content pushed out on the start side (left in LTR, right in RTL),
# where no scrollbar reaches it; elements clipped by their own overflow.
REFLOW = """() => {
    const rtl = document.documentElement.dir === "rtl";
    const width = window.innerWidth;
    const cut = [...document.querySelectorAll("body *")]
        .filter((element) => !element.closest(".visually-hidden, .skip-link"))
        .filter((element) => {
            const style = getComputedStyle(element);
            const clipped = ["hidden", "clip"].includes(style.overflowX)
                && element.scrollWidth > element.clientWidth + 1;
            const box = element.getBoundingClientRect();
            return clipped || (rtl ? box.right > width + 1 : box.left < -1);
        })
        .map((element) => element.outerHTML.slice(0, 120));
    return {scrollWidth: document.documentElement.scrollWidth, width, cut};
}"""


@pytest.fixture(scope="module")
def language_page(chromium, demo_site):
    context = chromium.new_context(
        base_url=demo_site.url, viewport={"width": 1280, "height": 800}, locale="de-DE"
    )
    page = context.new_page()
    page.csp_messages = []
    page.on(
        "console",
        lambda message: is_csp_violation(message) and page.csp_messages.append(message.text),
    )
    yield page
    context.close()


def switch(page, button, expected_classes):
    page.click(button)
    check = "(name) => document.documentElement.classList.contains(name)"
    page.wait_for_function(f"() => {expected_classes!r}.every({check})")


def expected(theme, size):
    classes = ["theme-contrast"] if theme == "gelb-schwarz" else []
    return [*classes, f"text-{size}"] if size != 100 else classes


@pytest.mark.parametrize("page_type", LANGUAGE_PAGES)
@pytest.mark.parametrize("code", DEMO_LANGUAGES)
def test_page_in_language(language_page, demo_site, code, page_type):
    page = language_page
    url = f"{demo_site.url}/{code}{demo_site.path_for(page_type)}"
    page.csp_messages.clear()
    page.context.clear_cookies()
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(url)
    assert page.evaluate("[document.documentElement.lang, document.documentElement.dir]") == [
        code,
        DIRECTION[code],
    ], url
    for theme, size, button in MODES:
        if button:
            switch(page, button, expected(theme, size))
        violations = axe_violations(page, enhanced_contrast=theme == "gelb-schwarz")
        assert not violations, f"{url} ({theme}, {size} %)\n{describe(violations)}"
    page.set_viewport_size({"width": 320, "height": 800})
    for size, button in [(100, None), (200, "[data-preferences-size='200']")]:
        if button:
            switch(page, button, expected("gelb-schwarz", size))
        reflow = page.evaluate(REFLOW)
        assert reflow["scrollWidth"] <= reflow["width"], f"{url} ({size} %): {reflow}"
        assert reflow["cut"] == [], f"{url} ({size} %): content cut off"
    assert page.csp_messages == [], page.csp_messages
