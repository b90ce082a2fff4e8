"""Alt text at upload: the image library asks for it, unless an image is marked decorative."""

import json

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail.images import get_image_model
from wagtail.models import Collection, UploadedFile

from bs4 import BeautifulSoup

from ..factories import ImageFactory, StandardPageFactory, png_bytes

ALT_MISSING = (
    "Bitte beschreiben Sie, was auf dem Bild zu sehen ist (Alternativtext), oder kreuzen Sie "
    "„Nur schmückend“ an."
)


def upload(client, name="foto.png"):
    return client.post(
        reverse("wagtailimages:add_multiple"),
        {
            "title": name,
            "collection": Collection.get_first_root_node().pk,
            "files[]": SimpleUploadedFile(name, png_bytes(), content_type="image/png"),
        },
    )


def finish_upload(client, upload_id, **fields):
    prefix = f"uploaded-image-{upload_id}"
    data = {f"{prefix}-{key}": value for key, value in {"title": "Foto", **fields}.items()}
    data[f"{prefix}-collection"] = Collection.get_first_root_node().pk
    return client.post(
        reverse("wagtailimages:create_multiple_from_uploaded_image", args=[upload_id]), data
    )


def test_an_upload_waits_for_its_alt_text(editor_client):
    response = upload(editor_client)

    assert response.status_code == 200
    assert not get_image_model().objects.exists()
    form = BeautifulSoup(response.json()["form"], "html.parser")
    assert "Alternativtext" in form.get_text(" ")
    upload_id = UploadedFile.objects.get().pk

    refused = finish_upload(editor_client, upload_id, description="")

    assert refused.json()["success"] is False
    assert ALT_MISSING in BeautifulSoup(refused.json()["form"], "html.parser").get_text(" ")
    assert not get_image_model().objects.exists()

    accepted = finish_upload(
        editor_client, upload_id, description="Zwei Frauen unterschreiben einen Bescheid"
    )

    assert accepted.json()["success"] is True
    assert get_image_model().objects.get().description == (
        "Zwei Frauen unterschreiben einen Bescheid"
    )


def test_a_decorative_image_needs_no_alt_text(editor_client):
    upload(editor_client)

    accepted = finish_upload(
        editor_client, UploadedFile.objects.get().pk, description="", decorative="on"
    )

    assert accepted.json()["success"] is True
    assert get_image_model().objects.get().description == ""


def image_body(image, **image_value):
    """A body with one image block, as stored (JSON), the way the admin saves it."""
    value = {"image": {"image": image.pk, **image_value}, "caption": "", "credit": ""}
    return json.dumps([{"type": "image", "value": value}])


def test_a_decorative_image_block_renders_an_empty_alt(home, client):
    image = ImageFactory(description="Ein Muster aus Linien")
    StandardPageFactory(
        parent=home,
        slug="muster",
        body=image_body(image, decorative=True, alt_text=""),
    )

    soup = BeautifulSoup(client.get("/muster/").content, "html.parser")

    assert soup.select_one("figure img")["alt"] == ""


def test_an_image_block_uses_the_alt_text_given_for_this_use(home, client):
    image = ImageFactory(description="Beschreibung aus der Bildverwaltung")
    StandardPageFactory(
        parent=home,
        slug="bild",
        body=image_body(image, decorative=False, alt_text="Hier gezeigt"),
    )

    soup = BeautifulSoup(client.get("/bild/").content, "html.parser")

    assert soup.select_one("figure img")["alt"] == "Hier gezeigt"


def test_old_image_blocks_keep_their_alt_text_when_migrated():
    from integrationsnetz.blocks import ImageChooserToImageBlock

    old = {"image": 7, "alt_text": "Eigener Text", "caption": "Unterschrift", "credit": "Foto: X"}

    assert ImageChooserToImageBlock().apply(old) == {
        "image": {"image": 7, "alt_text": "Eigener Text", "decorative": False},
        "caption": "Unterschrift",
        "credit": "Foto: X",
    }
