"""The editor guide, docs/redaktion.md, inside the admin: "Hilfe → Handbuch für die Redaktion".

The guide stays one Markdown file in the repository, read on the code host as well; the admin
renders it with Python-Markdown and serves the screenshots it names from docs/img/, so a deployed
site (its image holds docs/, see the Dockerfile) shows its editors the guide of its own version.
Both views sit under /admin/, where Wagtail lets only signed-in editors in.
"""

import re

from django.conf import settings
from django.http import FileResponse, Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy

import markdown
from markdown.extensions.tables import TableExtension
from markdown.extensions.toc import TocExtension, slugify_unicode
from markdown.treeprocessors import Treeprocessor

GUIDE = settings.BASE_DIR / "docs" / "redaktion.md"
PICTURES = GUIDE.parent / "img"
# The screenshots `make docs-screenshots` takes: lower-case names, PNG only.
PICTURE_NAME = r"[a-z0-9-]+\.png"
TITLE = gettext_lazy("Handbuch für die Redaktion")
# Addresses with a scheme (https:, mailto:) or from the site's root are left as they are.
ABSOLUTE = re.compile(r"^([a-z][a-z0-9+.-]*:|/|#)", re.IGNORECASE)


class AdminAddresses(Treeprocessor):
    """Makes the Markdown file's relative addresses work in the admin: `img/…` pictures come
    from the picture view; links to other files of docs/ (for the operators, not served here)
    keep their words and lose the link. The file's own title becomes the page's header."""

    title = ""

    def run(self, root):
        first = root.find("h1")
        if first is not None:
            self.title = "".join(first.itertext())
            root.remove(first)
        for image in root.iter("img"):
            source = image.get("src", "")
            if source.startswith("img/"):
                name = source.removeprefix("img/")
                image.set("src", reverse("editor_guide_picture", args=[name]))
            image.set("loading", "lazy")
        for link in root.iter("a"):
            if not ABSOLUTE.match(link.get("href", "")):
                link.tag = "span"
                del link.attrib["href"]


def render_guide():
    """(title, table of contents, body) of docs/redaktion.md as HTML."""
    addresses = AdminAddresses()
    converter = markdown.Markdown(
        extensions=[
            # align="…" instead of style="text-align: …": no inline style under the CSP.
            TableExtension(use_align_attribute=True),
            # Anchors as the guide's readers know them from the code host: umlauts kept.
            TocExtension(slugify=slugify_unicode, toc_depth="2"),
        ],
        output_format="html",
    )
    # Before the table of contents (priority 5), so that the title is not listed in it.
    converter.treeprocessors.register(addresses, "admin_addresses", 10)
    body = converter.convert(GUIDE.read_text(encoding="utf-8"))
    # Our own file from the repository, not editors' input: its HTML is trusted.
    return addresses.title, mark_safe(converter.toc), mark_safe(body)


def guide(request):
    title, contents, body = render_guide()
    return render(
        request,
        "editorial/admin/guide.html",
        {"page_title": title or TITLE, "contents": contents, "body": body},
    )


def picture(request, name):
    path = PICTURES / name
    if not re.fullmatch(PICTURE_NAME, name) or not path.is_file():
        raise Http404
    return FileResponse(path.open("rb"), content_type="image/png")
