"""A page or an offer read aloud as an audio file, for devices without a voice for its language.

When a page (or an offer, through its preview mode "seite", offers/models.py) is published, a
background task (django-tasks, the "background" backend, run by `manage.py db_worker --backend
background`; never in the request) renders it, takes the text the read-aloud control would speak
(its <article>, with the spoken forms of read_aloud/speakable.py) and has espeak-ng (a Debian
package, on the server, no third-party service) speak it in the voice of its language. opusenc
(Debian's opus-tools) compresses the result to Ogg Opus, a tenth of the size, for visitors on
prepaid plans; without it the file stays WAV. The file is stored as a Wagtail document
("Vorlesen: <title>") in the collection "Vorlesen" below the centre's collection (shared offers:
below "Gemeinsam"); a `Recording` says whose it is. Publishing again replaces the document,
unpublishing or deleting the page or offer deletes it, and visitors get it only while the page
or offer is live (read_aloud/wagtail_hooks.py, integrationsnetz/documents.py). Only what shows
the read-aloud control gets a file. Without espeak-ng nothing is made and the control offers none.
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
from django.db import transaction
from django.dispatch import Signal

from wagtail.documents import get_document_model
from wagtail.models import Collection, Page

from editorial.roles import SHARED_COLLECTION

from .models import Recording, owner_type

logger = logging.getLogger(__name__)

# Sent (sender: the object's class, instance: the page or offer) when a new audio file is
# made: what shows the object must be purged from the caches (signals.py; offers/signals.py).
audio_changed = Signal()

COLLECTION = "Vorlesen"
# The preview mode in which a model other than a page shows its public page (offers).
PAGE_PREVIEW_MODE = "seite"
CONTROL_MARK = "data-read-aloud"
# espeak-ng's voice for each site language.
VOICES = {"de": "de", "en": "en-gb", "uk": "uk", "ar": "ar", "fa": "fa", "tr": "tr", "ru": "ru"}
ESPEAK_TIMEOUT_SECONDS = 300
# Ogg Opus at 24 kbit/s, tuned for speech: clear, about 3 kB per second of reading.
OPUS_BITRATE = "24"
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
    mime_type: str


def audio_for(obj):
    """The audio file of a page or offer, or None (one query)."""
    recording = Recording.objects.of(obj).select_related("document").first()
    if recording is None:
        return None
    document = recording.document
    return Audio(url=document.url, size=document.file_size or 0, mime_type=document.content_type)


def espeak():
    return shutil.which("espeak-ng")


def opusenc():
    return shutil.which("opusenc")


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


def legacy_path(page_id):
    """Where versions before the documents kept a page's audio, as a plain WAV file."""
    return f"vorlesen/seite-{page_id}.wav"


def remove_audio(obj):
    """Delete the audio document of `obj` (its file goes when the transaction commits), and a
    page's WAV file from before the documents."""
    for recording in Recording.objects.of(obj).select_related("document"):
        recording.document.delete()
    if isinstance(obj, Page) and default_storage.exists(legacy_path(obj.pk)):
        default_storage.delete(legacy_path(obj.pk))


def collection_for(site):
    """The collection "Vorlesen" below the centre's collection (named as its site), below the
    shared collection for what all centres share, made when missing."""
    root = Collection.get_first_root_node()
    name = site.site_name if site is not None else SHARED_COLLECTION
    parent = root.get_children().filter(name=name).first() or root
    return parent.get_children().filter(name=COLLECTION).first() or parent.add_child(
        name=COLLECTION
    )


def render(obj):
    """The live page of `obj` as the server renders it."""
    if isinstance(obj, Page):
        return obj.make_preview_request()
    return obj.make_preview_request(preview_mode=PAGE_PREVIEW_MODE)


def speak(text, voice, folder):
    """The file espeak-ng makes of `text`, compressed to Ogg Opus where opusenc is installed."""
    wav = Path(folder) / "audio.wav"
    subprocess.run(  # noqa: S603 (a fixed program and arguments, the text on stdin)
        [espeak(), "-v", voice, "--stdin", "-w", str(wav)],
        input=text.encode(),
        check=True,
        capture_output=True,
        timeout=ESPEAK_TIMEOUT_SECONDS,
    )
    encoder = opusenc()
    if encoder is None:
        return wav
    opus = Path(folder) / "audio.opus"
    subprocess.run(  # noqa: S603 (a fixed program and arguments, files of our own)
        [encoder, "--quiet", "--speech", "--bitrate", OPUS_BITRATE, str(wav), str(opus)],
        check=True,
        capture_output=True,
        timeout=ESPEAK_TIMEOUT_SECONDS,
    )
    return opus


def owner_name(obj):
    return getattr(obj, "title", None) or str(obj)


def owner_site(obj):
    return obj.get_site() if isinstance(obj, Page) else obj.site


@transaction.atomic
def store(obj, path):
    """Replace the audio document of `obj` by the file at `path`."""
    remove_audio(obj)
    kind = owner_type(obj).model
    document = get_document_model()(
        title=f"Vorlesen: {owner_name(obj)}"[:255], collection=collection_for(owner_site(obj))
    )
    with path.open("rb") as audio:
        document.file.save(f"vorlesen-{kind}-{obj.pk}{path.suffix}", File(audio), save=False)
    document.file_size = document.file.size
    document.save()
    Recording.objects.create(content_type=owner_type(obj), object_id=obj.pk, document=document)
    return document


def make_audio(obj):
    """Render the live page or offer, speak its article with espeak-ng, store the file as a
    document; True if made."""
    if espeak() is None:
        return False
    response = render(obj)
    html = response.content.decode(response.charset or "utf-8")
    if response.status_code != 200 or CONTROL_MARK not in html:
        remove_audio(obj)
        return False
    text = article_text(html)
    voice = VOICES.get(obj.locale.language_code, VOICES["de"])
    with tempfile.TemporaryDirectory() as folder:
        store(obj, speak(text, voice, folder))
    logger.info("Audio for %s %s made (%s characters)", type(obj).__name__, obj.pk, len(text))
    return True
