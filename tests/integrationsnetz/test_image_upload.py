import io

from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.images import get_image_model

import pytest
from bs4 import BeautifulSoup
from PIL import Image


@pytest.fixture
def editor(centre, client):
    user = get_user_model().objects.create_user("redaktion", "r@example.org", "x")
    user.groups.add(centre["Redaktion"])
    client.force_login(user)
    return user


def png(width, height):
    """A 1-bit PNG: tiny as a file, however many pixels it has (like a decompression bomb)."""
    buffer = io.BytesIO()
    Image.new("1", (width, height)).save(buffer, format="PNG")
    return SimpleUploadedFile("bild.png", buffer.getvalue(), content_type="image/png")


def upload(client, width, height):
    return client.post(
        "/admin/images/add/",
        {"title": "Bild", "file": png(width, height), "description": "Ein schwarzes Bild"},
    )


def test_an_image_with_too_many_pixels_is_refused_in_german(editor, client):
    response = upload(client, 7000, 7000)
    assert response.status_code == 200
    errors = BeautifulSoup(response.content, "html.parser").select(".error-message")
    assert any("Dieses Bild hat zu viele Pixel" in error.get_text() for error in errors)
    assert not get_image_model().objects.exists()


def test_a_24_megapixel_camera_photo_is_accepted(editor, client):
    response = upload(client, 6000, 4000)
    assert response.status_code == 302
    assert get_image_model().objects.get().width == 6000
