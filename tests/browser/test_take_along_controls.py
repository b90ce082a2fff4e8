"""The read-aloud and save controls, shown as a visitor with a voice and a service worker sees
them (and the offline and saved-pages pages): no axe violation and no horizontal scrolling at
320 px, in every display mode, in German and Arabic."""

import pytest

from .axe import axe_violations, describe
from .test_reflow import CUT_OFF

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

# A voice for every language: headless Chromium has none, so the controls would stay hidden.
VOICES = """(() => {
    const voices = ["de-DE", "ar-SA"].map((lang) => ({ name: lang, lang, localService: true }));
    window.SpeechSynthesisUtterance = class extends EventTarget {
        constructor(text) { super(); this.text = text; }
    };
    const synth = new EventTarget();
    Object.assign(synth, {
        getVoices: () => voices, speak() {}, pause() {}, resume() {}, cancel() {},
    });
    Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });
})()"""
PAGES = ["news.newsarticlepage", "events.eventpage", "/offline/", "/gespeichert/"]


@pytest.mark.parametrize("language", ["de", "ar"])
@pytest.mark.parametrize(("theme", "size"), [("default", 100), ("gelb-schwarz", 200)])
@pytest.mark.parametrize("page_type", PAGES)
def test_take_along_controls_are_accessible_and_reflow_at_320_pixels(
    open_page, demo_site, page_type, theme, size, language
):
    path = demo_site.path_for(page_type) if "." in page_type else page_type
    path = path if language == "de" else f"/{language}{path}"
    page = open_page(path, theme=theme, size=size, width=320, fresh=True)
    page.context.add_init_script(VOICES)
    page.wait_for_function("() => navigator.serviceWorker.controller !== null")
    page.reload()
    if page_type in PAGES[:2]:
        page.locator("[data-read-aloud-play]").wait_for()
        page.locator("[data-save-offline-button]").wait_for()
        page.locator("[data-read-aloud-play]").click()  # playing: both buttons enabled
    violations = axe_violations(page, enhanced_contrast=theme == "gelb-schwarz")
    assert not violations, f"{page.url}\n{describe(violations)}"
    scroll_width, inner_width = page.evaluate(
        "() => [document.documentElement.scrollWidth, window.innerWidth]"
    )
    assert scroll_width <= inner_width, f"{page.url}: {scroll_width}px wide in {inner_width}px"
    assert page.evaluate(CUT_OFF) == [], f"{page.url}: content cut off"
