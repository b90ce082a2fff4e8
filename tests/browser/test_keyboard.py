import pytest

from .conftest import ALL_PAGES

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

ACTIVE = """() => {
    const element = document.activeElement;
    return {tag: element.tagName.toLowerCase(), id: element.id, text: element.textContent.trim()};
}"""
FOCUS_RING = """() => {
    const style = getComputedStyle(document.activeElement);
    return [style.outlineStyle, parseFloat(style.outlineWidth)];
}"""


@pytest.mark.parametrize("page_type", ALL_PAGES)
def test_first_tab_focuses_the_skip_link_and_enter_moves_focus_into_main(open_page, page_type):
    page = open_page(page_type, fresh=True)
    page.keyboard.press("Tab")
    assert page.evaluate(ACTIVE)["text"] == "Zum Hauptinhalt springen"
    assert page.evaluate(FOCUS_RING)[0] != "none"
    page.keyboard.press("Enter")
    assert page.evaluate(ACTIVE)["id"] == "main"


@pytest.mark.parametrize("theme", ["default", "gelb-schwarz"])
def test_switcher_controls_show_a_focus_ring_of_at_least_2_pixels(open_page, theme):
    page = open_page("integrationsnetz.homepage", theme=theme, fresh=True)
    page.keyboard.press("Tab")
    for _ in range(5):
        page.keyboard.press("Tab")
        style, width = page.evaluate(FOCUS_RING)
        assert style == "solid"
        assert width >= 2
