import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


# Every page type is opened under the CSP by the axe, reflow and keyboard tests, and any
# violation Chromium reports fails them (conftest.csp_violations); these check the mechanism.


def test_the_site_script_runs_under_the_policy(open_page, csp_violations):
    page = open_page("integrationsnetz.homepage", fresh=True)
    policy = page.context.request.get(page.url).headers["content-security-policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
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
    # Only the page itself: the browser's report to /csp-report/ must pass untouched.
    page.route(page.url, inject)
    page.reload()

    assert page.title() != "eingeschleust"
    assert page.evaluate("getComputedStyle(document.getElementById('styled')).color") != (
        "rgb(255, 0, 0)"
    )
    page.unroute_all(behavior="ignoreErrors")
    reported = csp_violations.pop(page)
    assert any("inline script" in message for message in reported), reported
    assert any("inline style" in message for message in reported), reported
