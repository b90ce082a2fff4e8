"""The Gelb-Schwarz palette is written twice in main.css: once for the visitor's choice
(html.theme-contrast) and once for the system setting (prefers-contrast: more). CSS cannot
share one block between a class and a media query, so this test keeps the two identical."""

import re

from django.conf import settings

CSS = (settings.BASE_DIR / "static" / "css" / "main.css").read_text()


def declarations(selector, after=""):
    """The declarations of the first rule for `selector` after the text `after`."""
    start = CSS.index(selector + " {", CSS.index(after) if after else 0)
    body = CSS[start + len(selector) + 2 : CSS.index("}", start)]
    return [line.strip() for line in body.strip().splitlines()]


def test_chosen_and_system_contrast_palettes_are_identical():
    chosen = declarations("html.theme-contrast")
    system = declarations("html:not(.theme-default)", after="@media (prefers-contrast: more)")

    assert chosen == system
    assert "--color-text: #ffff00;" in chosen
    assert "--color-background: #000000;" in chosen


def test_the_palette_is_written_in_these_two_places_only():
    assert len(re.findall(r"--color-background:\s*#000000", CSS)) == 2
