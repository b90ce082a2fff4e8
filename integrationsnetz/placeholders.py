"""Placeholder texts that must never reach the public: "Platzhalter – bitte prüfen und ergänzen".

Demo content and `add_centre` fill legal pages with clearly marked placeholders where only the
centre knows the facts. A legal page cannot be published while one is left
(`NamedRequiredFieldsPageForm`), and `manage.py golive_check` lists those of live pages.
"""

import json
import re

from django.db import models

from wagtail.fields import StreamField

# "Platzhalter:" or "Platzhalter – …" (a marked gap), or the request to fill it in; not a word
# such as "Platzhalter-Video", which names a placeholder rather than being one.
PLACEHOLDER = re.compile(r"Platzhalter(:|\s+[–-]\s)|bitte prüfen und ergänzen", re.IGNORECASE)


def placeholder_in(value):
    """The placeholder text found in `value` (a string or a StreamField value), or None."""
    if value is None:
        return None
    if hasattr(value, "raw_data"):
        value = json.dumps(list(value.raw_data), ensure_ascii=False)
    if not isinstance(value, str):
        return None
    match = PLACEHOLDER.search(value)
    if match is None:
        return None
    # The placeholder with the words that follow it, as the editor sees it in the field.
    return value[match.start() : match.start() + 80].splitlines()[0].strip()


def _text_fields(obj):
    for field in obj._meta.concrete_fields:
        if isinstance(field, models.CharField | models.TextField | StreamField):
            yield field


def placeholders_in_page(page):
    """[(field label, placeholder text)] of the page's own fields and of its inline objects
    (e.g. the processings of a privacy page)."""
    found = []
    for field in _text_fields(page):
        # Of Wagtail's own page fields only the title is shown as content.
        if field.model._meta.label == "wagtailcore.Page" and field.name != "title":
            continue
        text = placeholder_in(getattr(page, field.name))
        if text:
            found.append((str(field.verbose_name), text))
    for relation in page._meta.related_objects:
        if not relation.one_to_many or not hasattr(page, relation.get_accessor_name()):
            continue
        if relation.related_model._meta.app_label != page._meta.app_label:
            continue
        for child in getattr(page, relation.get_accessor_name()).all():
            for field in _text_fields(child):
                text = placeholder_in(getattr(child, field.name))
                if text:
                    found.append((f"{child._meta.verbose_name} – {field.verbose_name}", text))
    return found
