"""The page read aloud as an audio file, for devices without a voice for the page's language.

When a page is published, a background task (django-tasks, the "background" backend, run by
`manage.py db_worker --backend background`; never in the request) renders the page, takes the
text the read-aloud control would speak (its <article>, with the spoken forms of
read_aloud/speakable.py) and has espeak-ng (a Debian package, on the server, no third-party
service) make a WAV file of it: MEDIA_ROOT/vorlesen/seite-<page id>.wav. Unpublishing or deleting
the page removes the file; publishing again replaces it. Only pages whose template shows the
read-aloud control get a file. Without espeak-ng nothing is made and the control offers none.
"""

import logging
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from django.core.files import File
from django.core.files.storage import default_storage

logger = logging.getLogger(__name__)

AUDIO_DIR = "vorlesen"
CONTROL_MARK = "data-read-aloud"
# espeak-ng's voice for each site language.
VOICES = {"de": "de", "en": "en-gb", "uk": "uk", "ar": "ar", "fa": "fa", "tr": "tr", "ru": "ru"}
ESPEAK_TIMEOUT_SECONDS = 300
BLOCKS = {
    "address", "blockquote", "br", "dd", "div", "dt", "figcaption", "h1", "h2", "h3", "h4", "h5",
    "h6", "li", "p", "section", "td", "th", "tr",
}  # fmt: skip
SKIPPED = {"script", "style", "template", "button", "svg", "audio", "video", "noscript"}
VOID = {"br", "img", "input", "meta", "link", "hr", "source", "wbr", "col", "area", "embed"}


@dataclass(frozen=True)
class Audio:
    url: str
    size: int


def audio_path(page_id):
    return f"{AUDIO_DIR}/seite-{page_id}.wav"


def audio_for(page):
    """The page's audio file, or None. A file-system check, no database query."""
    path = audio_path(page.pk)
    if not default_storage.exists(path):
        return None
    return Audio(url=default_storage.url(path), size=default_storage.size(path))


def espeak():
    return shutil.which("espeak-ng")


class _ArticleText(HTMLParser):
    """The text of the first <article> in <main>, in reading order, one line per block."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines, self.current = [], []
        self.depth = 0  # inside the article: open elements
        self.skip_depth = None  # depth at which a skipped element (or a data-speak one) began
        self.in_main = False
        self.done = False

    def end_line(self):
        line = " ".join("".join(self.current).split())
        if line:
            self.lines.append(line if re.search(r"[.!?:;…؟]$", line) else f"{line}.")
        self.current = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "main":
            self.in_main = True
        if self.done or not self.in_main:
            return
        if self.depth == 0 and tag != "article":
            return
        if tag in VOID:
            if tag == "br" and self.skip_depth is None:
                self.end_line()
            return
        self.depth += 1
        if self.skip_depth is not None:
            return
        hidden = "hidden" in attrs or attrs.get("aria-hidden") == "true"
        if tag in SKIPPED or hidden or "data-speak-skip" in attrs:
            self.skip_depth = self.depth
        elif "data-speak" in attrs:
            self.current.append(f" {attrs['data-speak']} ")
            self.skip_depth = self.depth
        elif tag in BLOCKS:
            self.end_line()

    def handle_endtag(self, tag):
        if self.done or self.depth == 0 or tag in VOID:
            return
        if self.skip_depth == self.depth:
            self.skip_depth = None
        elif self.skip_depth is None and tag in BLOCKS:
            self.end_line()
        self.depth -= 1
        if self.depth == 0:
            self.end_line()
            self.done = True

    def handle_data(self, data):
        if self.depth and self.skip_depth is None and not self.done:
            self.current.append(data)


def article_text(html):
    parser = _ArticleText()
    parser.feed(html)
    parser.close()
    return "\n".join(parser.lines)


def remove_audio(page_id):
    path = audio_path(page_id)
    if default_storage.exists(path):
        default_storage.delete(path)


def make_audio(page):
    """Render the live page, speak its article with espeak-ng, store the file; True if made."""
    program = espeak()
    if program is None:
        return False
    response = page.make_preview_request()
    html = response.content.decode(response.charset or "utf-8")
    if response.status_code != 200 or CONTROL_MARK not in html:
        remove_audio(page.pk)
        return False
    text = article_text(html)
    voice = VOICES.get(page.locale.language_code, VOICES["de"])
    with tempfile.TemporaryDirectory() as folder:
        wav = Path(folder) / "audio.wav"
        subprocess.run(  # noqa: S603 (a fixed program and arguments, the text on stdin)
            [program, "-v", voice, "--stdin", "-w", str(wav)],
            input=text.encode(),
            check=True,
            capture_output=True,
            timeout=ESPEAK_TIMEOUT_SECONDS,
        )
        remove_audio(page.pk)
        with wav.open("rb") as audio:
            default_storage.save(audio_path(page.pk), File(audio))
    logger.info("Audio for page %s made (%s characters)", page.pk, len(text))
    return True
