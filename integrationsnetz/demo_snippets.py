"""Translating demo snippets (TranslatableMixin) for load_demo: Wagtail's copy_for_translation,
as an editor's "Übersetzen" would; runs again without creating anything twice."""

from wagtail.models import Locale

from .demo_translations import demo_languages


def translate_snippet(report, obj, code, **fields):
    """`obj`'s translation into `code` with `fields` set, published if it has drafts."""
    locale, _created = Locale.objects.get_or_create(language_code=code)
    existing = obj.get_translation_or_none(locale)
    if existing is not None:
        return report.add(existing, created=False)
    translation = obj.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save()
    if hasattr(translation, "save_revision"):
        translation.save_revision().publish()
    return report.add(translation, created=True)


def snippet_languages(languages):
    """The languages of `languages` (tuple order) that this load_demo run translates into."""
    return [(column, code) for column, code in enumerate(languages) if code in demo_languages()]
