"""Translatable snippets (wagtail-localize, `TranslatableMixin`: topics, categories, contact
persons …) shown in the visitor's language, with German where no translation exists yet; the
templates mark the German ones with `{% lang_attrs obj %}` (language_tags.py), which reads the
object's own locale.

Like `i18n.in_current_language` for querysets, for objects already loaded (a page's category,
the contacts and topics of its cards). One query per model, none on German addresses.
"""

from .i18n import current_language, default_language


def in_visitor_language(objects, queryset=None):
    """`objects` (snippets of one model, in order) each replaced by its translation in the
    current language where there is one. `queryset`: where to look for translations (for
    example only live contacts with what their cards show); the model's default manager
    otherwise."""
    objects = [obj for obj in objects if obj is not None]
    active = current_language()
    if active == default_language() or not objects:
        return objects
    if queryset is None:
        queryset = type(objects[0]).objects.all()
    found = {
        translation.translation_key: translation
        for translation in queryset.filter(
            translation_key__in={obj.translation_key for obj in objects},
            locale__language_code=active,
        )
    }
    return [found.get(obj.translation_key, obj) for obj in objects]
