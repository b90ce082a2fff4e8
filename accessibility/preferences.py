"""The visitor's display preferences: contrast theme and text size, kept in one cookie.

The cookie `darstellung` holds `<theme>-<size>`, e.g. `kontrast-150`. It is first-party and
purely functional (it only changes how pages look), so it needs no consent (§ 25 Abs. 2 Nr. 2
TDDDG); the Datenschutz page names it. static/js/preferences.js reads and writes the same
format: change both together.
"""

import re
from dataclasses import dataclass, replace

COOKIE_NAME = "darstellung"
COOKIE_MAX_AGE = 365 * 24 * 60 * 60

# "auto" follows the operating system (prefers-contrast: more); "standard" is an explicit no.
THEMES = ("auto", "standard", "kontrast")
TEXT_SIZES = (100, 125, 150, 200)

_COOKIE_PATTERN = re.compile(r"(auto|standard|kontrast)-(100|125|150|200)")


@dataclass(frozen=True)
class Preferences:
    theme: str = "auto"
    text_size: int = 100

    @classmethod
    def from_cookie(cls, value):
        """Parse the cookie value; anything unexpected means the defaults."""
        match = _COOKIE_PATTERN.fullmatch(value or "")
        if match is None:
            return cls()
        return cls(theme=match[1], text_size=int(match[2]))

    def to_cookie(self):
        return f"{self.theme}-{self.text_size}"

    @property
    def is_default(self):
        return self == Preferences()

    @property
    def contrast(self):
        return self.theme == "kontrast"

    @property
    def html_classes(self):
        """The classes for <html>: the stylesheet and preferences.js use the same names."""
        classes = []
        if self.theme == "kontrast":
            classes.append("theme-contrast")
        elif self.theme == "standard":
            classes.append("theme-default")
        if self.text_size != 100:
            classes.append(f"text-{self.text_size}")
        return " ".join(classes)

    def choose(self, kontrast=None, schrift=None):
        """These preferences with the visitor's choice applied; invalid values are ignored."""
        chosen = self
        if kontrast == "an":
            chosen = replace(chosen, theme="kontrast")
        elif kontrast == "aus":
            chosen = replace(chosen, theme="standard")
        if schrift in {str(size) for size in TEXT_SIZES}:
            chosen = replace(chosen, text_size=int(schrift))
        return chosen
