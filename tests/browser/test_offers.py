"""The directory of offers and an offer's page as visitors use them: at 320 px, in German and
Arabic, in both themes, at 100 and 200 % text, without JavaScript, with axe and without
horizontal scrolling."""

import pytest

from .axe import axe_violations, describe

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

PATHS = {
    "directory": "/angebote/?thema=beratung",
    "offer": "/angebote/migrationsberatung/",
    "directory-ar": "/ar/angebote/?thema=beratung",
    "offer-ar": "/ar/angebote/migrationsberatung/",
}


@pytest.mark.parametrize("size", [100, 200])
@pytest.mark.parametrize("theme", ["default", "gelb-schwarz"])
@pytest.mark.parametrize("name", list(PATHS))
def test_offer_pages_at_320_pixels_have_no_violations_and_no_horizontal_scroll(
    open_page, name, theme, size
):
    page = open_page(PATHS[name], theme=theme, size=size, width=320)

    assert page.locator("h1").count() == 1
    scroll_width, inner_width = page.evaluate(
        "() => [document.documentElement.scrollWidth, window.innerWidth]"
    )
    assert scroll_width <= inner_width, f"{page.url}: {scroll_width}px wide"
    violations = axe_violations(page, enhanced_contrast=theme == "gelb-schwarz")
    assert not violations, f"{page.url}\n{describe(violations)}"


def test_the_filters_work_without_javascript(open_page):
    page = open_page("/angebote/", javascript=False, width=320)

    page.select_option("#filter-ort", label="Witzenhausen")
    page.check("#filter-kostenlos")
    page.get_by_role("button", name="Filtern").click()

    assert "ort=witzenhausen" in page.url
    titles = page.locator(".offer-card__title").all_inner_texts()
    assert titles and "Sprachcafé Witzenhausen" in titles
    assert "Offene Fahrradwerkstatt" not in titles
