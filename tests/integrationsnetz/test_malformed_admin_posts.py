from django.urls import reverse

import pytest

from ..factories import StandardPageFactory


@pytest.fixture
def page(home):
    return StandardPageFactory(parent=home, title="Über uns", slug="ueber-uns")


@pytest.fixture
def admins(settings):
    settings.ADMINS = [("IT-Betrieb", "it@example.org")]


@pytest.mark.parametrize("view", ["wagtailadmin_pages:preview_on_edit", "wagtailadmin_pages:edit"])
@pytest.mark.parametrize(
    "body_fields",
    [{}, {"body-count": "zwei"}, {"body-count": "1"}, {"body-count": "1", "body-0-deleted": ""}],
)
def test_a_page_post_without_its_body_fields_answers_400_and_mails_nobody(
    page, moderator_client, admins, mailoutbox, view, body_fields
):
    moderator_client.raise_request_exception = False
    data = {"title": "Über uns", "slug": "ueber-uns", **body_fields}
    response = moderator_client.post(reverse(view, args=[page.pk]), data)
    assert response.status_code == 400
    assert not mailoutbox
    page.refresh_from_db()
    assert page.title == "Über uns"
