"""Every relative link in the Markdown files resolves: the file exists, and an `#anchor` names a
heading of the target file, slugged as GitHub does. External addresses are not fetched."""

import re
import unicodedata
from pathlib import Path
from urllib.parse import unquote

import pytest

ROOT = Path(__file__).resolve().parents[1]
FENCE = re.compile(r"^(```|~~~)")
INLINE_CODE = re.compile(r"(`+)(.+?)\1")
# [text](target) and ![alt](target), with an optional "title"; the text may hold code spans.
LINK = re.compile(r"!?\[(?:[^\[\]]|\[[^\]]*\])*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
EXTERNAL = re.compile(r"^[a-z][a-z0-9+.-]*:", re.IGNORECASE)


# Installed or generated, not ours: the virtualenv, npm's packages, collectstatic's output.
NOT_OURS = {".venv", "node_modules", "staticfiles", ".git"}


def markdown_files():
    return sorted(
        path
        for path in ROOT.rglob("*.md")
        if not NOT_OURS.intersection(path.relative_to(ROOT).parts)
    )


def prose_lines(text):
    """The lines outside fenced code blocks."""
    fenced = False
    for line in text.splitlines():
        if FENCE.match(line.strip()):
            fenced = not fenced
            continue
        if not fenced:
            yield line


def slug(heading):
    """GitHub's anchor for a heading: its rendered text, lower-cased, without punctuation other
    than '-' and '_', spaces as '-'; letters of any script (ä, ß) stay."""
    text = INLINE_CODE.sub(lambda match: match.group(2), heading)
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)  # a link shows its text
    text = re.sub(r"<[^>]+>", "", text)  # HTML tags
    kept = (
        char
        for char in text.lower()
        if char in " -"
        or unicodedata.category(char)[0] in "LMN"
        or unicodedata.category(char) == "Pc"
    )
    return "".join(kept).replace(" ", "-")


def anchors(path):
    """The anchors of a Markdown file's headings; a repeated heading gets -1, -2 … as on GitHub."""
    found, seen = set(), {}
    for line in prose_lines(path.read_text()):
        match = HEADING.match(line)
        if match:
            base = slug(match.group(2))
            count = seen.get(base, 0)
            seen[base] = count + 1
            found.add(base if count == 0 else f"{base}-{count}")
    return found


def links(path):
    """The targets of the links in a Markdown file, in order, outside code."""
    result = []
    for line in prose_lines(path.read_text()):
        without_code = INLINE_CODE.sub("", line)
        result.extend(LINK.findall(without_code))
    return result


def broken_links(path):
    broken = []
    for target in links(path):
        if EXTERNAL.match(target):
            continue
        file_part, _, anchor = target.partition("#")
        destination = (path.parent / unquote(file_part)).resolve() if file_part else path
        if not destination.exists():
            broken.append(f"{target}: no file {destination.relative_to(ROOT)}")
        elif anchor and destination.suffix == ".md" and unquote(anchor) not in anchors(destination):
            broken.append(f"{target}: no heading with that anchor in {destination.name}")
    return broken


@pytest.mark.parametrize(
    ("heading", "anchor"),
    [
        ("Geplante Veröffentlichung", "geplante-veröffentlichung"),
        (
            "Container (`deploy/compose.yaml`, `Dockerfile`)",
            "container-deploycomposeyaml-dockerfile",
        ),
        (
            "2. Teile von Seiten: Djangos Fragment-Cache",
            "2-teile-von-seiten-djangos-fragment-cache",
        ),
        ("Straße & Maß_nahmen", "straße--maß_nahmen"),
        (
            "Startbereitschaft prüfen: `manage.py golive_check`",
            "startbereitschaft-prüfen-managepy-golive_check",
        ),
        ("[Betrieb](docs/betrieb.md) – kurz", "betrieb--kurz"),
    ],
)
def test_headings_are_slugged_as_on_github(heading, anchor):
    assert slug(heading) == anchor


def test_links_in_code_are_not_links(tmp_path):
    page = tmp_path / "page.md"
    page.write_text(
        "# Titel\n\n[gut](#titel) `[nicht](fehlt.md)`\n\n```\n[auch nicht](fehlt.md)\n```\n"
        "[schlecht](fehlt.md) [Anker fehlt](#gibt-es-nicht) ![Bild](fehlt.png)\n"
    )
    assert links(page) == ["#titel", "fehlt.md", "#gibt-es-nicht", "fehlt.png"]


def test_the_readme_and_the_docs_are_checked():
    names = {path.relative_to(ROOT).as_posix() for path in markdown_files()}
    assert {"README.md", "docs/betrieb.md", "docs/redaktion.md", "docs/mitmachen.md"} <= names


@pytest.mark.parametrize(
    "path", markdown_files(), ids=lambda path: path.relative_to(ROOT).as_posix()
)
def test_every_relative_link_and_anchor_resolves(path):
    assert broken_links(path) == []
