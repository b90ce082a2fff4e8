"""The read-aloud control in Chromium. Headless Chromium has no voices: speechSynthesis is
replaced by a recorder before the page loads, which says nothing and ends an utterance when
the test says so (window.finishUtterance)."""

from django.utils import translation

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

NO_VOICE = "Ihr Gerät hat keine Stimme für diese Sprache. Darum kann es diese Seite nicht vorlesen."

FAKE_SPEECH = """(languages) => {
    const voices = languages.map((lang) => ({
        name: `Test ${lang}`, lang, localService: true, default: false, voiceURI: `test-${lang}`,
    }));
    window.spoken = [];
    window.SpeechSynthesisUtterance = class extends EventTarget {
        constructor(text) { super(); this.text = text; }
    };
    const synth = new EventTarget();
    Object.assign(synth, {
        speaking: false, paused: false, current: null,
        getVoices: () => voices,
        speak(utterance) {
            window.spoken.push(utterance);
            this.current = utterance;
            this.speaking = true;
        },
        pause() { this.paused = true; },
        resume() { this.paused = false; },
        cancel() { this.current = null; this.speaking = false; },
    });
    Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });
    window.finishUtterance = () => {
        const utterance = synth.current;
        synth.current = null;
        if (utterance) utterance.dispatchEvent(new Event("end"));
        return Boolean(utterance);
    };
}"""


@pytest.fixture
def speaking_page(open_page, demo_site):
    def speaking_page(page_type, languages=("de-DE",), path=None):
        page = open_page("about:blank", fresh=True)
        page.context.add_init_script(f"({FAKE_SPEECH})({list(languages)!r})")
        page.goto(path or demo_site.path_for(page_type))
        return page

    return speaking_page


def spoken(page):
    return page.evaluate("() => window.spoken.map((utterance) => utterance.text)")


def test_the_control_reads_the_article_sentence_by_sentence_and_stops(speaking_page):
    page = speaking_page("news.newsarticlepage")
    play = page.get_by_role("button", name="Vorlesen", exact=True)
    play.click()
    title = page.locator("h1").inner_text()
    assert spoken(page) == [title]
    assert page.evaluate("() => window.spoken[0].lang") == "de"
    status = page.locator("[data-read-aloud-status]")
    assert status.inner_text() == "Die Seite wird vorgelesen."
    # The sentence being read is highlighted.
    assert page.evaluate("() => CSS.highlights.has('read-aloud')")
    assert page.locator("h1.is-being-read").count() == 1
    page.evaluate("() => window.finishUtterance()")
    assert len(spoken(page)) == 2
    assert page.locator("h1.is-being-read").count() == 0
    page.get_by_role("button", name="Stopp").click()
    assert status.inner_text() == "Vorlesen beendet."
    assert page.evaluate("() => window.speechSynthesis.current") is None
    assert not page.evaluate("() => CSS.highlights.has('read-aloud')")
    assert page.get_by_role("button", name="Stopp").is_disabled()


def test_phone_numbers_are_read_digit_by_digit(speaking_page):
    page = speaking_page("events.eventpage")
    digits = page.locator("article a[href^='tel:']").first.get_attribute("data-speak")
    assert digits.startswith("0 5 6 5 1")
    page.get_by_role("button", name="Vorlesen", exact=True).click()
    for _ in range(300):
        if any(digits in text for text in spoken(page)):
            break
        assert page.evaluate("() => window.finishUtterance()"), "read to the end without it"
    assert not any(
        page.locator("article a[href^='tel:']").first.inner_text() in text for text in spoken(page)
    )


def test_the_control_is_operated_with_the_keyboard(speaking_page):
    page = speaking_page("legal.privacypage")
    page.get_by_role("button", name="Vorlesen", exact=True).focus()
    play = page.locator("[data-read-aloud-play]")
    page.keyboard.press("Enter")
    assert len(spoken(page)) == 1
    page.keyboard.press("Space")
    assert page.evaluate("() => window.speechSynthesis.paused")
    assert page.locator("[data-read-aloud-status]").inner_text() == "Vorlesen angehalten."
    assert play.inner_text() == "Weiter vorlesen"
    page.keyboard.press("Space")
    assert not page.evaluate("() => window.speechSynthesis.paused")
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.dataset.readAloudStop !== undefined")
    page.keyboard.press("Enter")
    assert page.locator("[data-read-aloud-status]").inner_text() == "Vorlesen beendet."


@pytest.mark.parametrize("language", ["de", "ar"])
def test_without_a_voice_for_the_language_the_control_says_so_in_that_language(
    speaking_page, demo_site, language
):
    path = demo_site.path_for("news.newsarticlepage")
    page = speaking_page(None, languages=["en-GB"], path=path if language == "de" else f"/ar{path}")
    with translation.override(language):
        message = translation.gettext(NO_VOICE)
    # In the page's language: in Arabic not the German source text.
    assert (message == NO_VOICE) == (language == "de")
    no_voice = page.locator("[data-read-aloud-no-voice]")
    no_voice.wait_for()
    assert no_voice.inner_text() == message
    assert page.locator("[data-read-aloud-controls]").is_hidden()
