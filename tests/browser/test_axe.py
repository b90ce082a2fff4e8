import pytest

from .axe import axe_violations, describe
from .conftest import ALL_PAGES, PAGE_TYPES

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


def test_every_page_type_has_a_live_demo_page(demo_site):
    assert {"integrationsnetz.homepage", "integrationsnetz.standardpage"} <= set(PAGE_TYPES)
    missing = [page_type for page_type in PAGE_TYPES if page_type not in demo_site.paths]
    assert not missing, f"page types without a live demo page: {missing}"


@pytest.mark.parametrize("size", [100, 200])
@pytest.mark.parametrize("theme", ["default", "gelb-schwarz"])
@pytest.mark.parametrize("page_type", ALL_PAGES)
def test_page_has_no_accessibility_violations(open_page, page_type, theme, size):
    browser_page = open_page(page_type, theme=theme, size=size)
    violations = axe_violations(browser_page, enhanced_contrast=theme == "gelb-schwarz")
    assert not violations, f"{browser_page.url}\n{describe(violations)}"
