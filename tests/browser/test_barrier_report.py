"""The "Barriere melden" form with the keyboard only, with and without JavaScript."""

import time

import pytest

from accessibility.forms import MIN_FILL_SECONDS
from accessibility.models import BarrierReport

from .axe import axe_violations, describe

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

ACTIVE = """() => {
    const element = document.activeElement;
    return {
        tag: element.tagName.toLowerCase(),
        id: element.id,
        summary: element.hasAttribute("data-error-summary"),
        text: element.textContent.trim(),
    };
}"""


def tab_to(page, element_id=None, text=None, limit=60):
    for _ in range(limit):
        page.keyboard.press("Tab")
        active = page.evaluate(ACTIVE)
        if (element_id and active["id"] == element_id) or (text and active["text"] == text):
            return
    pytest.fail(f"{element_id or text} cannot be reached with the Tab key")


def test_form_is_usable_by_keyboard_and_errors_are_announced(open_page):
    page = open_page("/barriere-melden/?seite=/ueber-uns/", fresh=True)
    started = time.monotonic()
    tab_to(page, "id_name")
    page.keyboard.type("Erika Muster")
    page.keyboard.press("Tab")
    page.keyboard.type("erika@example.org")
    page.keyboard.press("Tab")
    page.keyboard.press("Space")
    tab_to(page, text="Meldung absenden")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    page.wait_for_load_state()

    active = page.evaluate(ACTIVE)
    assert active["summary"], "the error summary must receive focus"
    assert "Bitte beschreiben Sie die Barriere." in active["text"]
    assert page.title().startswith("Fehler:")
    assert page.input_value("#id_name") == "Erika Muster"
    assert page.input_value("#id_page_url") == "/ueber-uns/"
    assert page.is_checked("#id_wants_answer")
    description = page.locator("#id_description")
    assert description.get_attribute("aria-invalid") == "true"
    assert "id_description_error" in description.get_attribute("aria-describedby")

    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    assert page.evaluate(ACTIVE)["id"] == "id_description"
    page.keyboard.type("Die Tabelle im Kalender hat keine Überschriften.")
    remaining = MIN_FILL_SECONDS + 0.5 - (time.monotonic() - started)
    if remaining > 0:
        time.sleep(remaining)
    tab_to(page, text="Meldung absenden")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == "Vielen Dank für Ihre Meldung"
    assert BarrierReport.objects.filter(page_url="/ueber-uns/").exists()


def test_without_javascript_the_error_summary_comes_first(open_page):
    page = open_page("barrier-report", javascript=False, fresh=True)
    with page.expect_navigation():
        page.click("text=Meldung absenden")
    page.wait_for_load_state()
    assert page.title().startswith("Fehler:")
    first = page.locator("main .error-summary, main form").first
    assert first.get_attribute("data-error-summary") is not None


@pytest.mark.parametrize("theme", ["default", "gelb-schwarz"])
@pytest.mark.parametrize("size", [100, 200])
def test_form_with_errors_has_no_accessibility_violations(open_page, theme, size):
    page = open_page("barrier-report", theme=theme, size=size, fresh=True)
    with page.expect_navigation():
        page.click("text=Meldung absenden")
    page.wait_for_load_state()
    violations = axe_violations(page, enhanced_contrast=theme == "gelb-schwarz")
    assert not violations, f"{page.url}\n{describe(violations)}"
