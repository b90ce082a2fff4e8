"""A document is public only once a live page links it; editors always get it."""

from django.contrib.auth import get_user_model

import pytest

from ..factories import DocumentFactory, StandardPageFactory


@pytest.fixture
def document(db):
    return DocumentFactory(title="Anmeldebogen Sprachkurs")


def body_linking(document):
    return [("document", {"document": document, "title": "Anmeldebogen"})]


def test_an_uploaded_document_is_not_public_until_a_live_page_links_it(home, document, client):
    url = document.url
    assert client.get(url).status_code == 404

    page = StandardPageFactory(parent=home, title="Sprachkurs", slug="sprachkurs", live=False)
    page.body = body_linking(document)
    page.save_revision()
    assert client.get(url).status_code == 404

    page.get_latest_revision().publish()
    response = client.get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content)


def test_an_unpublished_page_takes_its_documents_off_the_public_site(home, document, client):
    page = StandardPageFactory(parent=home, title="Sprachkurs", slug="sprachkurs")
    page.body = body_linking(document)
    page.save_revision().publish()
    assert client.get(document.url).status_code == 200

    page.unpublish()
    assert client.get(document.url).status_code == 404


def test_editors_get_a_document_that_waits_for_its_page(centre, document, client):
    editor = get_user_model().objects.create_user("redaktion", "r@example.org", "x")
    editor.groups.add(centre["Redaktion"])
    client.force_login(editor)
    assert client.get(document.url).status_code == 200


def test_document_files_are_not_served_from_the_media_folder(home, document, client, settings):
    assert client.get(f"/media/{document.file.name}").status_code == 404
