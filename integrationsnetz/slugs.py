"""Slugs for German names: umlauts spelt out ("stefanie-voeckler", not "stefanie-vockler")."""

from django.utils.text import slugify

GERMAN_TRANSLITERATION = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def german_slug(text):
    """A slug that spells umlauts out: "Stefanie Vöckler" becomes "stefanie-voeckler"."""
    return slugify(text.lower().translate(GERMAN_TRANSLITERATION))


def unique_slug(base, taken, max_length):
    """`base`, or `base-2`, `base-3`, ... : the first that `taken(slug)` says is free."""
    stem = base[: max_length - 10]
    slug, number = base[:max_length], 2
    while taken(slug):
        slug = f"{stem}-{number}"
        number += 1
    return slug
