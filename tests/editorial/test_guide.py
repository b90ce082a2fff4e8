"""The editor guide docs/redaktion.md: every picture it names is there, and the admin's "Hilfe"
shows it to a centre's editors, with its headings and pictures (editorial/guide.py)."""

import json
import re

from django.conf import settings
from django.urls import reverse

from bs4 import BeautifulSoup

from devtools.guide_screenshots import (
    EVERY_SCREENSHOT,
    ROOT,
    SHOWS,
    fingerprint,
    picture_hash,
    read_manifest,
    shown_files,
)

GUIDE = settings.BASE_DIR / "docs" / "redaktion.md"


def guide_pictures():
    return re.findall(r"!\[[^\]]*\]\(([^)]+)\)", GUIDE.read_text())


def test_every_screenshot_the_guide_names_exists():
    pictures = guide_pictures()
    assert pictures
    missing = [name for name in pictures if not (GUIDE.parent / name).is_file()]
    assert missing == []


def test_the_guide_shows_every_screenshot_that_docs_screenshots_takes():
    named = sorted(re.fullmatch(r"img/(.+)\.png", picture).group(1) for picture in guide_pictures())
    assert named == sorted(SHOWS)


def test_every_screenshot_is_younger_than_what_it_shows():
    """The pictures were taken (`make docs-screenshots`) after the last change to the
    templates, panels and German texts they show: the fingerprints recorded with them in
    docs/img/screenshots.json match those files and the Wagtail versions as they are now."""
    manifest = read_manifest()
    assert sorted(manifest) == sorted(SHOWS)
    stale = {
        name: [path.name for path in shown_files(name)]
        for name, recorded in manifest.items()
        if recorded["shows_sha256"] != fingerprint(name)
    }
    assert stale == {}, "Retake the screenshots: make docs-screenshots"
    # Recorded by the run that took these very pictures, not by hand afterwards.
    retaken = {
        name for name, recorded in manifest.items() if recorded["png_sha256"] != picture_hash(name)
    }
    assert retaken == set()


def test_every_file_pattern_a_screenshot_shows_matches_files():
    patterns = {pattern for shows in SHOWS.values() for pattern in shows} | set(EVERY_SCREENSHOT)
    assert [pattern for pattern in patterns if not list(ROOT.glob(pattern))] == []


def menu_items(props, name):
    """The items of the sidebar's submenu `name`, as (name, label, url), from the sidebar's
    JSON (Wagtail's telepath format: {"_type": …, "_args": [options, children]})."""
    if isinstance(props, dict):
        args = props.get("_args")
        options = args[0] if isinstance(args, list) and len(args) > 1 else None
        if isinstance(options, dict) and options.get("name") == name:
            return [
                (item["_args"][0]["name"], item["_args"][0]["label"], item["_args"][0]["url"])
                for item in args[1]
            ]
        children = props.values()
    elif isinstance(props, list):
        children = props
    else:
        return None
    for child in children:
        found = menu_items(child, name)
        if found is not None:
            return found
    return None


def test_the_help_menu_of_a_redaktion_user_links_our_guide_not_wagtails(editor_client):
    response = editor_client.get(reverse("wagtailadmin_home"))

    page = BeautifulSoup(response.content, "html.parser")
    sidebar = json.loads(page.find(id="wagtail-sidebar-props").string)
    help_items = menu_items(sidebar, "help")
    assert ("handbuch", "Handbuch für die Redaktion", reverse("editor_guide")) in help_items
    # Neither the menu nor the dashboard's account box sends editors to Wagtail's English guide.
    assert "guide.wagtail.org" not in response.content.decode()
    assert page.find("a", href=reverse("editor_guide"), string="Handbuch für die Redaktion")


def test_the_guide_shows_a_redaktion_user_its_headings_and_pictures(editor_client):
    response = editor_client.get(reverse("editor_guide"))

    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    assert page.find("h1").get_text(strip=True) == "Handbuch für die Redaktion"
    guide = page.find(class_="editor-guide")
    headings = [h2.get_text(strip=True) for h2 in guide.find_all("h2")]
    written = re.findall(r"^## (.+)$", GUIDE.read_text(), flags=re.MULTILINE)
    assert written
    assert headings == ["Inhalt", *written]
    contents = [link.get_text(strip=True) for link in guide.find("nav").find_all("a")]
    assert contents == written

    sources = [image["src"] for image in guide.find_all("img")]
    assert len(sources) == len(guide_pictures())
    for source, name in zip(sources, guide_pictures(), strict=True):
        picture = editor_client.get(source)
        assert picture.status_code == 200, source
        assert picture["Content-Type"] == "image/png"
        assert b"".join(picture.streaming_content) == (GUIDE.parent / name).read_bytes()


def test_the_guide_is_served_under_the_admins_strict_rules(editor_client):
    """No inline script or style inside the guide, and links to operators' pages (docs/betrieb.md,
    not served in the admin) keep their words but lead nowhere."""
    page = BeautifulSoup(editor_client.get(reverse("editor_guide")).content, "html.parser")
    guide = page.find(class_="editor-guide")
    assert guide.find("script") is None
    assert guide.find(attrs={"style": True}) is None
    hrefs = [link["href"] for link in guide.find_all("a")]
    assert not [href for href in hrefs if ".md" in href]
    assert "Betrieb" in guide.get_text()


def test_guide_and_pictures_need_a_login(client, db):
    picture = reverse("editor_guide_picture", args=["01-dashboard-redaktion.png"])
    for url in (reverse("editor_guide"), picture):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("wagtailadmin_login"))


def test_only_the_guides_pictures_are_served(editor_client):
    base = reverse("editor_guide")
    for name in ("fehlt.png", "..%2Fredaktion.md", "../redaktion.md", "%2E%2E/redaktion.md"):
        assert editor_client.get(f"{base}bilder/{name}", follow=True).status_code == 404, name
