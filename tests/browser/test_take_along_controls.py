"""The read-aloud and save controls, shown as a visitor with a voice and a service worker sees
them, with the audio file the server made (read_aloud/audio.py): no axe violation and no
horizontal scrolling at 320 px, in every display mode, in German and Arabic, on every page type
that has them (and on the offline and saved-pages pages). One load per page, mode and language:
axe and the widths are checked on the same load."""

import tempfile
from pathlib import Path

from django.apps import apps

from wagtail.models import Locale

import pytest

from offers.models import Offer
from read_aloud.audio import remove_audio, store

from .axe import axe_violations, describe
from .conftest import committed
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
# Every page type whose template has {% read_aloud_control %}; True where it can be saved too.
CONTROL_PAGES = {
    "news.newsarticlepage": True,
    "events.eventpage": True,
    "offer": True,
    "guides.guidepage": True,
    "accessibility.easylanguagepage": False,
    "legal.imprintpage": False,
    "legal.privacypage": False,
    "accessibility.accessibilitystatementpage": False,
}
OFFER_SLUG = "migrationsberatung"
OTHER_PAGES = ["/offline/", "/gespeichert/"]
# The display modes (accessibility/preferences.py): both themes, at the smallest and the
# largest text size.
MODES = [("default", 100), ("default", 200), ("gelb-schwarz", 100), ("gelb-schwarz", 200)]
SCROLL_WIDTHS = "() => [document.documentElement.scrollWidth, window.innerWidth]"


def objects_with_controls():
    """The demo pages and the offer tested here, with their Arabic translations."""
    arabic = Locale.objects.get(language_code="ar")
    found = []
    for label in CONTROL_PAGES:
        if label == "offer":
            german = Offer.objects.get(slug=OFFER_SLUG, locale__language_code="de")
        else:
            model = apps.get_model(label)
            german = model.objects.live().public().exact_type(model).order_by("path").first()
        found.append(german)
        translation = german.get_translation_or_none(arabic)
        if translation is not None and translation.live:
            found.append(translation)
    return found


def make_audio_files():
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "audio.opus"
        path.write_bytes(b"OggS" + bytes(2048))  # never played: loaded only when asked for
        for obj in objects_with_controls():
            store(obj, path)


def remove_audio_files():
    for obj in objects_with_controls():
        remove_audio(obj)


@pytest.fixture
def audio_files(demo_site):
    committed(demo_site, make_audio_files)
    yield
    committed(demo_site, remove_audio_files)


def problems_at_320_pixels(page, theme):
    """What axe, the scroll width and cut-off content find on the loaded page."""
    found = []
    violations = axe_violations(page, enhanced_contrast=theme == "gelb-schwarz")
    if violations:
        found.append(f"{page.url}\n{describe(violations)}")
    scroll_width, inner_width = page.evaluate(SCROLL_WIDTHS)
    if scroll_width > inner_width:
        found.append(f"{page.url}: {scroll_width}px wide in {inner_width}px")
    if cut_off := page.evaluate(CUT_OFF):
        found.append(f"{page.url}: content cut off: {cut_off}")
    return found


def controlled_page(open_page, theme, size):
    """A tab in a fresh context whose service worker controls it (loaded once, on /offline/)."""
    page = open_page("/offline/", theme=theme, size=size, width=320, fresh=True)
    page.context.add_init_script(VOICES)
    page.wait_for_function("() => navigator.serviceWorker.controller !== null")
    return page


@pytest.mark.parametrize("language", ["de", "ar"])
@pytest.mark.parametrize(("theme", "size"), MODES)
def test_pages_with_controls_are_accessible_and_reflow_at_320_pixels(
    open_page, demo_site, audio_files, theme, size, language
):
    page = controlled_page(open_page, theme, size)
    prefix = "" if language == "de" else f"/{language}"
    problems = []
    for label, can_be_saved in CONTROL_PAGES.items():
        path = f"/angebote/{OFFER_SLUG}/" if label == "offer" else demo_site.path_for(label)
        page.goto(f"{prefix}{path}")
        page.locator("[data-read-aloud-play]").wait_for()
        assert page.locator("audio.read-aloud__player").count() == 1, f"{page.url}: no audio"
        if can_be_saved:
            page.locator("[data-save-offline-button]").wait_for()
        page.locator("[data-read-aloud-play]").click()  # playing: both buttons enabled
        problems += problems_at_320_pixels(page, theme)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", ["de", "ar"])
@pytest.mark.parametrize(("theme", "size"), MODES)
def test_offline_and_saved_pages_are_accessible_and_reflow_at_320_pixels(
    open_page, theme, size, language
):
    page = controlled_page(open_page, theme, size)
    prefix = "" if language == "de" else f"/{language}"
    problems = []
    for path in OTHER_PAGES:
        page.goto(f"{prefix}{path}")
        problems += problems_at_320_pixels(page, theme)
    assert not problems, "\n".join(problems)
