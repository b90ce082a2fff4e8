from wagtail.models import Site

import pytest

from editorial.roles import FREIGABE

from ..conftest import member_of
from .conftest import ADMIN_PASSWORD, admin_logged_in, server_paused

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


@pytest.fixture(scope="module")
def editor_login(demo_site, django_db_blocker):
    """A member of the demo centre's "Freigabe" committed next to the demo content (the live
    server runs in another thread)."""
    with server_paused(django_db_blocker):
        site = Site.objects.get(is_default_site=True)
        user = member_of(FREIGABE, site, "csp-redaktion", ADMIN_PASSWORD)
        home_id = site.root_page_id
    yield home_id
    with server_paused(django_db_blocker):
        user.delete()


def test_the_wagtail_admin_works_under_its_own_policy(chromium, demo_site, editor_login):
    violations = []
    context, page = admin_logged_in(chromium, demo_site, "csp-redaktion", csp_violations=violations)
    try:
        page.goto(f"/admin/pages/{editor_login}/edit/")
        page.wait_for_load_state("networkidle")
        assert page.locator("form#page-edit-form").count() == 1
        response = page.goto("/admin/images/")
        assert "'unsafe-inline'" in response.headers["content-security-policy"]
        page.wait_for_load_state("networkidle")
    finally:
        context.close()
    assert violations == []
