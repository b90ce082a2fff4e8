import json
import re

from django.conf import settings

from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

import pytest
from bs4 import BeautifulSoup

from integrationsnetz.editor_checks import EditorChecksItem

from ..factories import StandardPageFactory

pytestmark = pytest.mark.django_db

OUR_RULES = {"link-text-specific", "alt-text-file-name", "text-not-all-caps"}
WAGTAIL_RULES = {"heading-order", "empty-heading", "link-name", "p-as-heading", "alt-text-quality"}


@pytest.fixture
def page(home):
    return StandardPageFactory(parent=home, title="Sprachcafé", slug="sprachcafe")


def axe_configuration(html):
    script = BeautifulSoup(html, "html.parser").find(id="checker-axe-configuration")
    assert script is not None, "no content checker configuration in the page"
    return json.loads(script.string)


def userbar_configuration(html):
    # The user bar keeps its markup in a <template>, which html.parser reads as text.
    template = BeautifulSoup(html, "html.parser").find("template", id="wagtail-userbar-template")
    assert template is not None, "no user bar in the page"
    return axe_configuration(template.decode_contents())


def test_the_userbar_runs_heading_link_alt_text_and_capitals_checks(editor_client, page):
    config = userbar_configuration(editor_client.get(page.url).content)

    assert set(config["options"]["runOnly"]) >= OUR_RULES | WAGTAIL_RULES
    assert {rule["id"] for rule in config["spec"]["rules"]} >= OUR_RULES
    assert config["context"]["include"] == ["main"]
    checks = {check["id"]: check.get("options", {}) for check in config["spec"]["checks"]}
    assert {"hier", "mehr", "weiter", "klicken sie hier", "link", "mehr erfahren"} <= set(
        checks["integrationsnetz-link-text-specific"]["texts"]
    )
    assert checks["integrationsnetz-not-all-caps"]["minWords"] >= 3


def test_the_userbar_messages_are_german(editor_client, page):
    messages = userbar_configuration(editor_client.get(page.url).content)["messages"]

    assert messages["link-text-specific"]["error_name"] == "Nichtssagender Linktext"
    assert "„hier“" in messages["link-text-specific"]["help_text"]
    assert messages["heading-order"]["error_name"] == "Überschriften-Ebene übersprungen"
    assert messages["empty-heading"]["error_name"] == "Leere Überschrift"
    assert messages["alt-text-file-name"]["error_name"] == "Alternativtext ist der Dateiname"
    assert messages["text-not-all-caps"]["error_name"] == "Text in Großbuchstaben"
    assert set(messages) >= set(EditorChecksItem.axe_run_only), "every rule needs a message"


def test_the_alt_text_pattern_catches_camera_file_names(editor_client, page):
    config = userbar_configuration(editor_client.get(page.url).content)
    checks = {check["id"]: check.get("options", {}) for check in config["spec"]["checks"]}
    pattern = re.compile(checks["check-image-alt-text"]["pattern"], re.IGNORECASE)

    for file_name in ["IMG 2041", "DSC01234", "sommerfest_2026", "foto.jpg", "Bildschirmfoto 3"]:
        assert pattern.search(file_name), file_name
    for alt_text in ["Frauen beim Sprachcafé im Begegnungsraum", "Bildung für alle"]:
        assert not pattern.search(alt_text), alt_text


def test_the_checks_panel_of_the_page_editor_uses_the_same_rules(editor_client, page):
    config = axe_configuration(editor_client.get(f"/admin/pages/{page.pk}/edit/").content)

    assert set(config["options"]["runOnly"]) >= OUR_RULES
    assert config["messages"]["link-text-specific"]["error_name"] == "Nichtssagender Linktext"


def test_every_custom_check_has_its_function_in_the_static_script():
    script = (settings.BASE_DIR / "static" / "js" / "editor-checks.js").read_text()
    ours = [
        check["id"]
        for check in EditorChecksItem.axe_custom_checks
        if check["id"].startswith("integrationsnetz-")
    ]

    assert len(ours) == 3
    for check_id in ours:
        assert f'"{check_id}":' in script, check_id


def test_the_userbar_loads_its_checks_from_a_file_and_runs_no_inline_script(editor_client, page):
    soup = BeautifulSoup(editor_client.get(page.url).content, "html.parser")

    assert soup.find("script", src="/static/js/editor-checks.js")
    for script in soup.find_all("script"):
        data = script.get("type") in {"application/json", "application/ld+json"}
        assert script.get("src") or data, script


def test_visitors_get_no_userbar_and_no_editor_script(client, page):
    response = client.get(page.url)

    assert b"wagtail-userbar" not in response.content
    assert b"editor-checks.js" not in response.content
    assert "private" not in response.get("Cache-Control", "")


def test_a_page_with_the_userbar_is_kept_out_of_shared_caches(editor_client, page):
    response = editor_client.get(page.url)

    assert "private" in response["Cache-Control"]
    assert "no-store" in response["Cache-Control"]


def test_the_preview_gives_the_word_count_its_main_content_and_language(editor_client, page):
    # Wagtail's checks panel counts words in the preview's <main> through the user bar there;
    # without the user bar it shows "-".
    url = f"/admin/pages/{page.pk}/edit/preview/"
    data = nested_form_data(
        {
            "title": "Sprachcafé",
            "slug": "sprachcafe",
            "intro": "Deutsch üben bei Kaffee und Tee, jeden Dienstag im Begegnungsraum.",
            "body": streamfield([]),
            "comments": inline_formset([]),
        }
    )
    assert editor_client.post(url, data).json()["is_valid"] is True

    response = editor_client.get(url, {"in_preview_panel": "true"})

    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.html["lang"] == "de"
    assert "Deutsch üben bei Kaffee" in soup.find("main").get_text()
    assert "link-text-specific" in userbar_configuration(response.content)["options"]["runOnly"]
