import pytest

from .conftest import ALL_PAGES, ROUTED_PAGES

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


@pytest.mark.parametrize("page_type", ALL_PAGES)
def test_page_works_under_its_content_security_policy(open_page, csp_violations, page_type):
    page = open_page(page_type, fresh=True)
    page.wait_for_load_state("networkidle")
    if page_type not in ROUTED_PAGES:
        # The display switcher is the site's script: it must run under the policy.
        page.get_by_role("button", name="Kontrast Gelb-Schwarz").click()
        page.wait_for_function("document.documentElement.classList.contains('theme-contrast')")
    assert csp_violations[page] == []


def test_inline_script_and_style_are_blocked_and_reported(open_page, demo_site, csp_violations):
    def inject(route):
        response = route.fetch()
        html = response.text().replace(
            "</main>",
            '<script>document.title = "eingeschleust";</script>'
            '<p id="styled" style="color: rgb(255, 0, 0)">x</p></main>',
        )
        route.fulfill(response=response, body=html)

    page = open_page("integrationsnetz.homepage", fresh=True)
    page.route("**/", inject)
    page.reload()

    assert page.title() != "eingeschleust"
    assert page.evaluate("getComputedStyle(document.getElementById('styled')).color") != (
        "rgb(255, 0, 0)"
    )
    reported = csp_violations.pop(page)
    assert any("inline script" in message for message in reported), reported
    assert any("inline style" in message for message in reported), reported
