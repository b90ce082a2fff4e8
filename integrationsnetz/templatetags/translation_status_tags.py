"""Out-of-date translations (integrationsnetz.translation_status) in templates: the notice on a
public translated page. The page listing's button comes from wagtail_hooks.py."""

from django import template

from .. import i18n, translation_status

register = template.Library()


@register.simple_tag(takes_context=True)
def source_change(context):
    """The German page of the page shown, with `changed_at`, when the page is a translation
    that lacks a later change of it (for the notice above the content); else None."""
    if i18n.current_language() == i18n.default_language():
        return None  # German addresses show German pages only: no query
    return translation_status.source_change(context.get("page"))
