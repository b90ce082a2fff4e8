from wagtail.models import Site

import pytest

from editorial.roles import FREIGABE

from ..conftest import member_of
from .conftest import admin_context, is_csp_violation, server_paused

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

PASSWORD = "Browser-Test-Passphrase"


@pytest.fixture(scope="module")
def editor_login(demo_site, django_db_blocker):
    """A member of the demo centre's "Freigabe" committed next to the demo content (the live
    server runs in another thread)."""
    with server_paused(django_db_blocker):
        site = Site.objects.get(is_default_site=True)
        user = member_of(FREIGABE, site, "csp-redaktion", PASSWORD)
        home_id = site.root_page_id
    yield home_id
    with server_paused(django_db_blocker):
        user.delete()


def test_the_wagtail_admin_works_under_its_own_policy(chromium, demo_site, editor_login):
    context = admin_context(chromium, demo_site)
    page = context.new_page()
    violations = []
    page.on(
        "console", lambda message: is_csp_violation(message) and violations.append(message.text)
    )
    try:
        page.goto("/admin/login/")
        page.fill("input[name=username]", "csp-redaktion")
        page.fill("input[name=password]", PASSWORD)
        page.click("button[type=submit]")
        page.wait_for_url("**/admin/")
        page.goto(f"/admin/pages/{editor_login}/edit/")
        page.wait_for_load_state("networkidle")
        assert page.locator("form#page-edit-form").count() == 1
        response = page.goto("/admin/images/")
        assert "'unsafe-inline'" in response.headers["content-security-policy"]
        page.wait_for_load_state("networkidle")
    finally:
        context.close()
    assert violations == []
