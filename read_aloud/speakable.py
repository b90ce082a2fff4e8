"""Speakable text: what a speech synthesizer should say where the written form misleads it.

A phone number written "05651 302-30308" is read as one large number by most voices; spoken
digit by digit with a pause between the groups it can be dialled by ear. Postcodes are read digit
by digit too, times in the words of the page's language ("16 Uhr 30"). `mark_speakable` adds
these spoken forms to rendered HTML as `data-speak` attributes, which the read-aloud control
(static/js/read-aloud.js) and the server's audio file (read_aloud/audio.py) say instead of the
element's text.
"""

import re
from html import escape, unescape

from django.utils.safestring import mark_safe
from django.utils.translation import gettext

from integrationsnetz.phone import phone_display

TAG = re.compile(r"(<[^>]*>)")
# Candidates only; each is checked with phonenumbers (integrationsnetz/phone.py).
PHONE = re.compile(r"(?<![\w+])(?:\+|0)[\d ()/-]{5,}\d(?!\w)")
# Only inside <address>: elsewhere "12000 Besucher" is a number, not a postcode.
POSTCODE = re.compile(r"(?<![\w.,:/-])(\d{5})(?= \w)")
TIME = re.compile(r"(?<![\w.:])([01]?\d|2[0-3]):([0-5]\d)(?: Uhr\b)?(?![\w:])")
TEL_LINK = re.compile(r"""^<a\b[^>]*\bhref=["']tel:[^>]*>$""", re.IGNORECASE)
SKIPPED = {"script", "style", "template", "textarea"}


def spoken_digits(text):
    """ "05651 302-30308" -> "0 5 6 5 1, 3 0 2, 3 0 3 0 8": digits one by one, groups paused."""
    groups = re.findall(r"\+?\d+", text)
    return ", ".join(" ".join(group) for group in groups)


def spoken_phone(value):
    """A phone number in its national form, digit by digit; "" if it is no valid number."""
    display = phone_display(value)
    if not re.fullmatch(r"[\d +-]+", display or ""):
        return ""
    digits = re.sub(r"\D", "", display)
    return spoken_digits(display) if len(digits) >= 6 else ""


def spoken_time(hour, minute):
    hour = int(hour)
    if minute == "00":
        return gettext("%(hour)s Uhr") % {"hour": hour}
    return gettext("%(hour)s Uhr %(minute)s") % {"hour": hour, "minute": int(minute)}


def _span(text, spoken):
    return f'<span data-speak="{escape(spoken)}">{text}</span>'


def _phone_in_text(match):
    spoken = spoken_phone(match.group(0))
    return _span(match.group(0), spoken) if spoken else match.group(0)


MARKED = re.compile(r"(<span data-speak=[^>]*>[^<]*</span>)")


def _postcode(match):
    return _span(match.group(1), spoken_digits(match.group(1)))


def _time(match):
    return _span(match.group(0), spoken_time(*match.groups()))


def mark_text(text, address=False):
    """Text (escaped, without tags) with its phone numbers, times and, in an address, postcodes
    marked."""
    parts = []
    # Phone numbers first: their digits must not be taken for postcodes or times.
    for index, piece in enumerate(MARKED.split(PHONE.sub(_phone_in_text, text))):
        if not index % 2:
            if address:
                piece = POSTCODE.sub(_postcode, piece)
            piece = TIME.sub(_time, piece)
        parts.append(piece)
    return "".join(parts)


def _with_speech(tag, link_text):
    """A tel: link's opening tag with the spoken form of the number it shows (which keeps the
    grouping the editor gave) or, failing that, of the number it dials."""
    if "data-speak" in tag:
        return tag
    href = re.search(r"""href=["']tel:([^"']+)["']""", tag, re.IGNORECASE)
    spoken = spoken_phone(unescape(link_text).strip()) or (
        spoken_phone(href.group(1)) if href else ""
    )
    return f'{tag[:-1]} data-speak="{escape(spoken)}">' if spoken else tag


def mark_speakable(html):
    """Rendered HTML with `data-speak` on phone links and spans around numbers in the text."""
    out = []
    link = None  # [index of a tel: link's opening tag in out, its text so far]
    skipped = None
    addresses = 0
    for piece in TAG.split(str(html)):
        if not piece:
            continue
        if piece.startswith("<"):
            name = re.match(r"</?([a-zA-Z0-9-]+)", piece)
            name = name.group(1).lower() if name else ""
            if skipped:
                skipped = None if piece.lower().startswith(f"</{skipped}") else skipped
            elif name in SKIPPED and not piece.startswith("</"):
                skipped = name
            elif link is None and TEL_LINK.match(piece):
                link = [len(out), ""]
            elif link is not None and piece.lower().startswith("</a"):
                out[link[0]] = _with_speech(out[link[0]], link[1])
                link = None
            elif name == "address":
                addresses += -1 if piece.startswith("</") else 1
            out.append(piece)
        elif skipped:
            out.append(piece)
        elif link is not None:
            link[1] += piece
            out.append(piece)
        else:
            out.append(mark_text(piece, address=addresses > 0))
    # The input is rendered template output; every added attribute value is escaped.
    return mark_safe("".join(out))
