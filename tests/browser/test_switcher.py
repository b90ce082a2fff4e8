import re

import pytest

from accessibility.preferences import COOKIE_NAME

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

HTML_CLASSES = "() => [...document.documentElement.classList].sort()"
BACKGROUND = "() => getComputedStyle(document.body).backgroundColor"
BLACK = "rgb(0, 0, 0)"
WHITE = "rgb(255, 255, 255)"
SIZE_NAMES = [f"Schriftgröße {size} %" for size in (100, 125, 150, 200)]


def preference_cookie(page):
    cookies = {cookie["name"]: cookie["value"] for cookie in page.context.cookies()}
    return cookies.get(COOKIE_NAME)


def pressed(page, name):
    return page.get_by_role("button", name=name).get_attribute("aria-pressed")


def focused_name(page):
    return page.evaluate("() => document.activeElement.textContent.replace(/\\s+/g, ' ').trim()")


def test_every_switcher_control_is_reachable_and_operable_by_keyboard(open_page):
    page = open_page("integrationsnetz.standardpage", fresh=True)
    page.evaluate("() => { window.notReloaded = true; }")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    assert focused_name(page) == "Kontrast Gelb-Schwarz"
    page.keyboard.press("Space")
    assert page.evaluate(HTML_CLASSES) == ["theme-contrast"]
    assert pressed(page, "Kontrast Gelb-Schwarz") == "true"

    for index, name in enumerate(SIZE_NAMES):
        page.keyboard.press("Tab")
        assert focused_name(page) == f"A {name}"
        page.keyboard.press("Enter" if index % 2 else "Space")
        assert pressed(page, name) == "true"
        assert [pressed(page, other) for other in SIZE_NAMES].count("true") == 1

    assert page.evaluate(HTML_CLASSES) == ["text-200", "theme-contrast"]
    assert focused_name(page) == f"A {SIZE_NAMES[-1]}", "focus stays on the control"
    assert page.evaluate("() => window.notReloaded"), "switched without a reload"
    assert preference_cookie(page) == "kontrast-200"


def test_choice_made_with_javascript_persists_across_pages_and_reloads(open_page, demo_site):
    page = open_page("integrationsnetz.homepage", fresh=True)
    page.get_by_role("button", name="Kontrast Gelb-Schwarz").click()
    page.get_by_role("button", name=SIZE_NAMES[2]).click()
    assert page.evaluate(BACKGROUND) == BLACK

    page.goto(demo_site.path_for("integrationsnetz.standardpage"))
    assert page.evaluate(HTML_CLASSES) == ["text-150", "theme-contrast"]
    assert pressed(page, SIZE_NAMES[2]) == "true"
    page.reload()
    assert page.evaluate(HTML_CLASSES) == ["text-150", "theme-contrast"]
    # The server renders the classes itself, so there is no flash of the wrong theme.
    html = page.context.request.get(page.url).text()
    assert re.search(r'<html [^>]*class="theme-contrast text-150"', html)

    page.get_by_role("button", name="Kontrast Gelb-Schwarz").click()
    page.get_by_role("button", name=SIZE_NAMES[0]).click()
    assert page.evaluate(HTML_CLASSES) == ["theme-default"]
    assert page.evaluate(BACKGROUND) == WHITE
    assert preference_cookie(page) == "standard-100"


def test_switcher_works_without_javascript_through_the_server(open_page, demo_site):
    path = demo_site.path_for("search")
    page = open_page("search", javascript=False, fresh=True)
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url == demo_site.url + path
    assert page.evaluate(HTML_CLASSES) == ["theme-contrast"]
    assert pressed(page, "Kontrast Gelb-Schwarz") == "true"

    with page.expect_navigation():
        page.get_by_role("button", name=SIZE_NAMES[3]).click()
    assert page.url == demo_site.url + path
    assert page.evaluate(HTML_CLASSES) == ["text-200", "theme-contrast"]
    assert pressed(page, SIZE_NAMES[3]) == "true"
    assert preference_cookie(page) == "kontrast-200"


def test_system_high_contrast_starts_in_yellow_on_black(open_page):
    page = open_page("integrationsnetz.homepage", contrast="more")
    assert page.evaluate(BACKGROUND) == BLACK
    assert pressed(page, "Kontrast Gelb-Schwarz") == "true"
    page.get_by_role("button", name="Kontrast Gelb-Schwarz").click()
    assert page.evaluate(BACKGROUND) == WHITE
    assert preference_cookie(page) == "standard-100"


def test_explicit_normal_theme_wins_over_system_high_contrast(open_page):
    page = open_page("integrationsnetz.homepage", theme="default", contrast="more")
    page.context.add_cookies([{"name": COOKIE_NAME, "value": "standard-100", "url": page.url}])
    page.reload()
    assert page.evaluate(BACKGROUND) == WHITE
    assert pressed(page, "Kontrast Gelb-Schwarz") == "false"


def test_forced_colors_keep_system_colours_and_the_pressed_state_visible(open_page):
    page = open_page("integrationsnetz.homepage", theme="gelb-schwarz", forced_colors="active")
    canvas = page.evaluate(
        """() => {
            const probe = document.createElement("div");
            probe.style.backgroundColor = "Canvas";
            document.body.append(probe);
            return getComputedStyle(probe).backgroundColor;
        }"""
    )
    assert page.evaluate(BACKGROUND) == canvas, "the theme's black must give way to Canvas"
    unpressed, pressed_button = (
        page.get_by_role("button", name=name).evaluate(
            "element => getComputedStyle(element).backgroundColor"
        )
        for name in (SIZE_NAMES[1], SIZE_NAMES[0])
    )
    assert unpressed != pressed_button


def test_images_are_not_inverted_or_filtered_in_yellow_on_black(open_page):
    page = open_page("integrationsnetz.homepage", theme="gelb-schwarz")
    filters = page.evaluate(
        "() => [...document.images].map((image) => getComputedStyle(image).filter)"
    )
    assert filters
    assert set(filters) == {"none"}


def test_server_error_page_follows_the_choice_through_the_script(open_page):
    page = open_page("server-error", theme="gelb-schwarz", size=200)
    assert page.evaluate(HTML_CLASSES) == ["text-200", "theme-contrast"]
    assert page.evaluate(BACKGROUND) == BLACK
