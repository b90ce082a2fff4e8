import pytest

from .conftest import ALL_PAGES

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

# Content that is cut off: clipped by an element's overflow, or pushed out of the page on the
# start side, where no scrollbar reaches it.
CUT_OFF = """() => [...document.querySelectorAll("body *")]
    .filter((element) => !element.closest(".visually-hidden, .skip-link"))
    .filter((element) => {
        const style = getComputedStyle(element);
        const clipped = ["hidden", "clip"].includes(style.overflowX)
            && element.scrollWidth > element.clientWidth + 1;
        return clipped || element.getBoundingClientRect().left < -1;
    })
    .map((element) => element.outerHTML.slice(0, 120))"""


@pytest.mark.parametrize("size", [100, 200])
@pytest.mark.parametrize("page_type", ALL_PAGES)
def test_page_reflows_at_320_pixels_without_horizontal_scrolling(open_page, page_type, size):
    page = open_page(page_type, size=size, width=320)
    scroll_width, inner_width = page.evaluate(
        "() => [document.documentElement.scrollWidth, window.innerWidth]"
    )
    assert scroll_width <= inner_width, f"{page.url}: {scroll_width}px wide in {inner_width}px"
    assert page.evaluate(CUT_OFF) == [], f"{page.url}: content cut off"
