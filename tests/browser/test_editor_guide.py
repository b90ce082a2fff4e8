"""A Redaktion user of the demo centre opens the editor guide from the admin's "Hilfe" menu in
Chromium: the guide and all its screenshots load under the admin's Content-Security-Policy."""

from wagtail.models import Site

import pytest

from editorial.roles import REDAKTION

from ..conftest import member_of
from .conftest import ADMIN_PASSWORD, admin_logged_in, server_paused

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


@pytest.fixture(scope="module")
def redaktion(demo_site, django_db_blocker):
    with server_paused(django_db_blocker):
        user = member_of(
            REDAKTION, Site.objects.get(is_default_site=True), "handbuch-leserin", ADMIN_PASSWORD
        )
    yield
    with server_paused(django_db_blocker):
        user.delete()


def test_hilfe_opens_the_guide_with_every_screenshot(chromium, demo_site, redaktion):
    violations = []
    context, page = admin_logged_in(
        chromium, demo_site, "handbuch-leserin", csp_violations=violations
    )
    try:
        page.get_by_role("navigation", name="Hauptmenü").get_by_role("button", name="Hilfe").click()
        page.get_by_role("link", name="Handbuch für die Redaktion").first.click()
        page.wait_for_url("**/admin/handbuch/")
        assert page.locator("h1").inner_text().strip() == "Handbuch für die Redaktion"
        assert page.get_by_role("heading", name="Eine Seite übersetzen").count() == 1

        images = page.locator(".editor-guide img")
        assert images.count() > 10
        for index in range(images.count()):
            image = images.nth(index)
            image.scroll_into_view_if_needed()
            page.wait_for_function("image => image.complete", arg=image.element_handle())
            assert image.evaluate("image => image.naturalWidth") > 0, image.get_attribute("src")
    finally:
        context.close()
    assert violations == []
