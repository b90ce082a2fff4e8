import json

from django.core.files.base import ContentFile
from django.utils import translation

import pytest
from bs4 import BeautifulSoup

from integrationsnetz.models import OrganisationSettings

from ..factories import ImageFactory, png_bytes

pytestmark = pytest.mark.django_db


def test_the_service_worker_is_served_from_the_site_root_and_never_cached(home, client, settings):
    settings.RELEASE = "2026-12-07"
    response = client.get("/service-worker.js")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/javascript")
    assert "no-cache" in response["Cache-Control"]
    config = json.loads(response.content.decode().split("const CONFIG = ", 1)[1].split(";\n", 1)[0])
    assert config["version"] == "2026-12-07"
    assert config["offlinePages"]["de"] == "/offline/"
    assert config["offlinePages"]["ar"] == "/ar/offline/"
    assert "/admin/" in config["bypass"]
    assert "/static/css/main.css" in config["precache"]


def test_a_new_release_gives_a_new_worker(home, client, settings):
    settings.RELEASE = "eins"
    first = client.get("/service-worker.js").content
    settings.RELEASE = "zwei"
    assert client.get("/service-worker.js").content != first


def test_every_page_allows_the_worker_and_the_manifest_in_its_policy(home, client):
    policy = client.get("/")["Content-Security-Policy"]
    assert "worker-src 'self'" in policy
    assert "manifest-src 'self'" in policy


@pytest.mark.parametrize("language", ["de", "ar"])
def test_the_offline_page_is_in_its_language_with_the_office_phone(home, client, language):
    with translation.override(language):
        heading = translation.gettext("Sie sind offline")
    prefix = "" if language == "de" else f"/{language}"
    response = client.get(f"{prefix}/offline/")
    soup = BeautifulSoup(response.content, "html.parser")
    assert response.status_code == 200
    assert soup.html["lang"] == language
    assert soup.h1.get_text(strip=True) == heading
    assert soup.select_one("main a[href^='tel:']")["href"] == "tel:+4956513020"
    # Public: the worker may keep it (templates/offline/service-worker.js).
    assert "public" in response["Cache-Control"]


def test_the_saved_pages_page_explains_itself_without_javascript(home, client):
    response = client.get("/gespeichert/")
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.h1.get_text(strip=True) == "Gespeicherte Seiten"
    assert not soup.select_one("[data-saved-pages-unsupported]").has_attr("hidden")
    assert soup.select_one("[data-saved-pages-list]").has_attr("hidden")


def test_the_manifest_starts_the_app_at_the_home_page_of_its_language(home, client):
    german = json.loads(client.get("/manifest.webmanifest").content)
    assert german["display"] == "standalone"
    assert german["start_url"] == german["scope"] == "/"
    assert german["name"] == "WIR-Vielfaltszentrum Testkreis"
    arabic = json.loads(client.get("/ar/manifest.webmanifest").content)
    assert arabic["start_url"] == arabic["scope"] == "/ar/"
    assert arabic["lang"] == "ar"
    assert arabic["dir"] == "rtl"
    assert arabic["name"] == german["name"]


def test_the_manifest_icons_come_from_a_square_logo(home, client):
    settings = OrganisationSettings.objects.get()
    settings.logo = ImageFactory(file=ContentFile(png_bytes((600, 600)), name="logo.png"))
    settings.save()
    icons = json.loads(client.get("/manifest.webmanifest").content)["icons"]
    assert [icon["sizes"] for icon in icons] == ["192x192", "512x512"]
    assert all(icon["src"].startswith("/media/") for icon in icons)
