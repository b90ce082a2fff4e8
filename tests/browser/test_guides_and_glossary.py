"""Guides and glossary in a real browser: a marked term opens its explanation by keyboard and
closes with Escape, in the page's language; the guide prints in full, and so does the guide box
of a page or offer it links; no axe violations in any display mode."""

import pytest

from .axe import axe_violations, describe

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

GUIDE = "/ankommen-im-landkreis/"
ACTIVE = "() => document.activeElement.className"


def first_term(page):
    return page.locator(".glossary-term__button").first


def test_a_marked_term_opens_its_explanation_by_keyboard_and_closes_with_escape(open_page):
    page = open_page(GUIDE, width=360, fresh=True)
    button = first_term(page)
    popover = page.locator(f"#{button.get_attribute('popovertarget')}")
    assert not popover.is_visible()
    button.focus()
    page.keyboard.press("Enter")
    assert popover.is_visible()
    assert "Das Papier, das man nach der Anmeldung bekommt" in popover.inner_text()
    page.keyboard.press("Escape")
    assert not popover.is_visible()
    assert page.evaluate(ACTIVE) == "glossary-term__button"


def test_a_marked_term_opens_without_javascript(open_page):
    page = open_page(GUIDE, width=360, javascript=False)
    button = first_term(page)
    button.click()
    assert page.locator(f"#{button.get_attribute('popovertarget')}").is_visible()


def test_a_marked_term_explains_in_the_language_of_the_page(open_page):
    page = open_page("/ar/ankommen-im-landkreis/", width=360, fresh=True)
    button = first_term(page)
    button.click()
    popover = page.locator(f"#{button.get_attribute('popovertarget')}")
    assert "الورقة التي تحصل عليها بعد تسجيل السكن" in popover.inner_text()


def test_the_guide_prints_every_step_in_full(open_page):
    page = open_page(GUIDE, width=800)
    page.emulate_media(media="print")
    steps = page.locator(".step-nav__text")
    assert steps.count() == 8
    for index in range(steps.count()):
        assert steps.nth(index).is_visible()


def test_a_linked_offer_prints_the_guide_box_with_every_step(open_page):
    page = open_page("/angebote/integrationskurs/", width=800, fresh=True)
    box = page.locator("aside.guide-box")
    assert "Schritt" in box.locator(".guide-box__part").inner_text()
    details = box.locator("details.guide-box__details")
    steps = box.locator(".guide-box__step")
    assert not steps.first.is_visible()
    # Chromium opens it through the print styles (::details-content) ...
    page.emulate_media(media="print")
    assert all(steps.nth(index).is_visible() for index in range(steps.count()))
    # ... other browsers through print.js, which closes it again afterwards.
    page.emulate_media(media="screen")
    page.evaluate("() => window.dispatchEvent(new Event('beforeprint'))")
    assert details.get_attribute("open") is not None
    page.evaluate("() => window.dispatchEvent(new Event('afterprint'))")
    assert details.get_attribute("open") is None


@pytest.mark.parametrize("size", [100, 200])
@pytest.mark.parametrize("theme", ["default", "gelb-schwarz"])
@pytest.mark.parametrize(
    "path", [GUIDE, "/ar/ankommen-im-landkreis/", "/glossar/", "/ansprechpartner/"]
)
def test_guides_and_glossary_have_no_accessibility_violations(open_page, path, theme, size):
    page = open_page(path, theme=theme, size=size)
    violations = axe_violations(page, enhanced_contrast=theme == "gelb-schwarz")
    assert not violations, f"{page.url}\n{describe(violations)}"


@pytest.mark.parametrize("theme", ["default", "gelb-schwarz"])
def test_an_open_explanation_has_no_accessibility_violations(open_page, theme):
    page = open_page(GUIDE, theme=theme, width=360, fresh=True)
    first_term(page).click()
    violations = axe_violations(page, enhanced_contrast=theme == "gelb-schwarz")
    assert not violations, f"{page.url}\n{describe(violations)}"
